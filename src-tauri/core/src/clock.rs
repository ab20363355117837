//! "Now", behind a trait: the app reads the system clock and the local time
//! zone, tests pass a fixed instant and offset.

#[cfg(any(test, feature = "testing"))]
use chrono::FixedOffset;
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;
    /// The person's wall-clock time at `instant`, in their current time zone.
    fn local_datetime(&self, instant: DateTime<Utc>) -> NaiveDateTime;
    /// The person's calendar day at `instant`, in their current time zone.
    fn local_date(&self, instant: DateTime<Utc>) -> NaiveDate {
        self.local_datetime(instant).date()
    }
    /// The first instant of `date` in the person's time zone (the first
    /// valid one, on a day whose midnight a clock change skips).
    fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc>;
    /// The person's calendar day now.
    fn today(&self) -> NaiveDate {
        self.local_date(self.now())
    }
}

/// The computer's clock and time zone.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn local_datetime(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        instant.with_timezone(&Local).naive_local()
    }

    fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        first_instant(&Local, date)
    }
}

/// The first instant of `date` in time zone `tz`: its midnight, or, where a
/// clock change skips midnight (Santiago, Havana, Beirut spring forward at
/// 00:00), the first minute that exists; where midnight comes twice, the
/// earlier.
pub fn first_instant<Tz: TimeZone>(tz: &Tz, date: NaiveDate) -> DateTime<Utc> {
    (0..180)
        .find_map(|m| {
            let t = date.and_time(NaiveTime::MIN) + chrono::Duration::minutes(m);
            tz.from_local_datetime(&t).earliest()
        })
        .map_or_else(
            || date.and_time(NaiveTime::MIN).and_utc(),
            |t| t.with_timezone(&Utc),
        )
}

/// A clock that stays where it is put, in a fixed UTC offset; for tests
/// (the `testing` feature).
#[cfg(any(test, feature = "testing"))]
#[derive(Debug)]
pub struct FixedClock {
    now: std::sync::Mutex<DateTime<Utc>>,
    offset: FixedOffset,
}

#[cfg(any(test, feature = "testing"))]
impl FixedClock {
    pub fn new(now: DateTime<Utc>, offset: FixedOffset) -> Self {
        FixedClock {
            now: std::sync::Mutex::new(now),
            offset,
        }
    }

    /// A fixed clock at an RFC 3339 instant such as `2026-11-21T09:30:00+01:00`;
    /// the offset given is the person's time zone.
    pub fn at(rfc3339: &str) -> Self {
        let t = DateTime::parse_from_rfc3339(rfc3339).expect("a valid RFC 3339 test instant");
        FixedClock::new(t.with_timezone(&Utc), *t.offset())
    }

    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) = now;
    }

    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

#[cfg(any(test, feature = "testing"))]
impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn local_datetime(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        instant.with_timezone(&self.offset).naive_local()
    }

    fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        (date.and_time(NaiveTime::MIN) - self.offset).and_utc()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_clock_uses_its_offset_for_the_day() {
        // 23:30 in Auckland on the 21st is still the 21st there, but 10:30 UTC.
        let clock = FixedClock::at("2026-11-21T23:30:00+13:00");
        assert_eq!(clock.now().to_rfc3339(), "2026-11-21T10:30:00+00:00");
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
        );
        clock.advance(chrono::Duration::minutes(45));
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        );
    }
}
