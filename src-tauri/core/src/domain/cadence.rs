//! How often a step is meant to happen: once, daily, N times a week, on
//! chosen weekdays, every N days, N times a month, or on a day of each
//! month.

use chrono::{Datelike, Months, NaiveDate, Weekday};

use super::RuleError;

/// A set of weekdays, Monday first, as a 7-bit mask (Monday = bit 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WeekdaySet(u8);

impl WeekdaySet {
    pub const ALL: WeekdaySet = WeekdaySet(0b111_1111);

    /// From the mask as stored; bits above Sunday are refused.
    pub fn from_bits(bits: u8) -> Result<Self, RuleError> {
        if bits == 0 || bits > Self::ALL.0 {
            Err(RuleError::new(crate::tr!("error-weekdays-none")))
        } else {
            Ok(WeekdaySet(bits))
        }
    }

    /// From days numbered 0 (Monday) to 6 (Sunday).
    pub fn from_days(days: &[u8]) -> Result<Self, RuleError> {
        let mut bits = 0u8;
        for &d in days {
            if d > 6 {
                return Err(RuleError::new(crate::tr!("error-weekday-range")));
            }
            bits |= 1 << d;
        }
        Self::from_bits(bits)
    }

    pub fn bits(self) -> u8 {
        self.0
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    /// Days numbered 0 (Monday) to 6 (Sunday), in order.
    pub fn days(self) -> Vec<u8> {
        (0..7).filter(|d| self.0 & (1 << d) != 0).collect()
    }
}

/// A step's rhythm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    /// Done for good with its first win.
    Once,
    Daily,
    /// Any days, this many times in an ISO week (1 to 7).
    TimesPerWeek(u8),
    /// On these weekdays.
    Weekdays(WeekdaySet),
    /// Every this many days (2 to 30): due again that many days after its
    /// last win (medication every other day, plants every 3 days).
    EveryNDays(u8),
    /// Any days, this many times in a calendar month (1 to 30).
    TimesPerMonth(u8),
    /// On this day of each month (1 to 31; in a shorter month, its last
    /// day), or any day after it until done (a review on the 1st).
    MonthDay(u8),
}

/// What a step's runs count: days (daily, chosen weekdays), ISO weeks (N
/// times a week), months (N times a month, a day of the month) or times
/// (every N days: each N days with a win).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunUnit {
    Day,
    Week,
    Month,
    Time,
}

impl RunUnit {
    /// The name the window and the catalogue use.
    pub fn as_str(self) -> &'static str {
        match self {
            RunUnit::Day => "day",
            RunUnit::Week => "week",
            RunUnit::Month => "month",
            RunUnit::Time => "time",
        }
    }

    /// The plural as message ids end: `days`, `weeks`, `months`, `times`.
    pub fn plural(self) -> &'static str {
        match self {
            RunUnit::Day => "days",
            RunUnit::Week => "weeks",
            RunUnit::Month => "months",
            RunUnit::Time => "times",
        }
    }
}

/// The most days apart an every-N-days step can be.
pub const EVERY_N_DAYS_MAX: u8 = 30;
/// The most times a month a step can ask for.
pub const TIMES_PER_MONTH_MAX: u8 = 30;

/// The day of `day`'s month that a month-day step falls on: `n`, or the
/// month's last day in a shorter month.
pub fn month_day_in(n: u8, day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(day);
    first
        .with_day(u32::from(n.max(1)))
        .unwrap_or(last)
        .min(last)
}

impl Cadence {
    pub fn times_per_week(count: u8) -> Result<Self, RuleError> {
        if (1..=7).contains(&count) {
            Ok(Cadence::TimesPerWeek(count))
        } else {
            Err(RuleError::new(crate::tr!("error-times-per-week-range")))
        }
    }

    pub fn every_n_days(n: u8) -> Result<Self, RuleError> {
        if (2..=EVERY_N_DAYS_MAX).contains(&n) {
            Ok(Cadence::EveryNDays(n))
        } else {
            Err(RuleError::new(crate::tr!("error-every-n-days-range")))
        }
    }

    pub fn times_per_month(count: u8) -> Result<Self, RuleError> {
        if (1..=TIMES_PER_MONTH_MAX).contains(&count) {
            Ok(Cadence::TimesPerMonth(count))
        } else {
            Err(RuleError::new(crate::tr!("error-times-per-month-range")))
        }
    }

    pub fn month_day(day: u8) -> Result<Self, RuleError> {
        if (1..=31).contains(&day) {
            Ok(Cadence::MonthDay(day))
        } else {
            Err(RuleError::new(crate::tr!("error-month-day-range")))
        }
    }

    pub fn is_recurring(self) -> bool {
        !matches!(self, Cadence::Once)
    }

    /// Whether the cadence asks for the step on this day at all, before
    /// counting what is already done. Flexible steps (N times a week or a
    /// month, every N days) may happen on any day; a month-day step from
    /// its day on.
    pub fn allows(self, date: NaiveDate) -> bool {
        match self {
            Cadence::Weekdays(days) => days.contains(date.weekday()),
            Cadence::MonthDay(n) => date >= month_day_in(n, date),
            Cadence::Once
            | Cadence::Daily
            | Cadence::TimesPerWeek(_)
            | Cadence::EveryNDays(_)
            | Cadence::TimesPerMonth(_) => true,
        }
    }

    /// Whether it rests between the days it asks for, counted from its
    /// wins (every N days, N times a month, a day of the month): Today and
    /// the reminders ask whether such a step is due.
    pub fn rests_some_days(self) -> bool {
        matches!(
            self,
            Cadence::EveryNDays(_) | Cadence::TimesPerMonth(_) | Cadence::MonthDay(_)
        )
    }

    /// What its runs count.
    pub fn run_unit(self) -> RunUnit {
        match self {
            Cadence::TimesPerWeek(_) => RunUnit::Week,
            Cadence::TimesPerMonth(_) | Cadence::MonthDay(_) => RunUnit::Month,
            Cadence::EveryNDays(_) => RunUnit::Time,
            Cadence::Once | Cadence::Daily | Cadence::Weekdays(_) => RunUnit::Day,
        }
    }

    /// The stored kind name.
    pub fn kind(self) -> &'static str {
        match self {
            Cadence::Once => "once",
            Cadence::Daily => "daily",
            Cadence::TimesPerWeek(_) => "weekly",
            Cadence::Weekdays(_) => "weekdays",
            Cadence::EveryNDays(_) => "every_n_days",
            Cadence::TimesPerMonth(_) => "monthly",
            Cadence::MonthDay(_) => "month_day",
        }
    }

    /// Rebuilds a cadence from its stored kind and number (times per week or
    /// weekday mask).
    pub fn from_parts(kind: &str, number: u8) -> Result<Self, RuleError> {
        match kind {
            "once" => Ok(Cadence::Once),
            "daily" => Ok(Cadence::Daily),
            "weekly" => Cadence::times_per_week(number),
            "weekdays" => WeekdaySet::from_bits(number).map(Cadence::Weekdays),
            "every_n_days" => Cadence::every_n_days(number),
            "monthly" => Cadence::times_per_month(number),
            "month_day" => Cadence::month_day(number),
            other => Err(RuleError::new(crate::tr!(
                "error-cadence-unknown",
                value = other
            ))),
        }
    }

    /// The number the longer rhythms carry beside their kind (days apart,
    /// times a month, the day of the month); `None` for the others, whose
    /// numbers have fields of their own where they are written out.
    pub fn rhythm_number(self) -> Option<u8> {
        match self {
            Cadence::EveryNDays(n) | Cadence::TimesPerMonth(n) | Cadence::MonthDay(n) => Some(n),
            _ => None,
        }
    }

    /// The number stored beside the kind.
    pub fn number(self) -> u8 {
        match self {
            Cadence::Once | Cadence::Daily => 0,
            Cadence::TimesPerWeek(n)
            | Cadence::EveryNDays(n)
            | Cadence::TimesPerMonth(n)
            | Cadence::MonthDay(n) => n,
            Cadence::Weekdays(days) => days.bits(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekday_set_round_trips() {
        let set = WeekdaySet::from_days(&[0, 2, 4]).unwrap();
        assert_eq!(set.bits(), 0b10101);
        assert_eq!(set.days(), vec![0, 2, 4]);
        assert!(set.contains(Weekday::Mon));
        assert!(!set.contains(Weekday::Tue));
        assert!(set.contains(Weekday::Fri));
    }

    #[test]
    fn weekday_set_refuses_nonsense() {
        assert!(WeekdaySet::from_days(&[]).is_err());
        assert!(WeekdaySet::from_days(&[7]).is_err());
        assert!(WeekdaySet::from_bits(0x80).is_err());
    }

    #[test]
    fn cadence_parts_round_trip() {
        for cadence in [
            Cadence::Once,
            Cadence::Daily,
            Cadence::TimesPerWeek(3),
            Cadence::Weekdays(WeekdaySet::from_days(&[5, 6]).unwrap()),
            Cadence::EveryNDays(3),
            Cadence::TimesPerMonth(4),
            Cadence::MonthDay(31),
        ] {
            assert_eq!(
                Cadence::from_parts(cadence.kind(), cadence.number()),
                Ok(cadence)
            );
        }
        assert!(Cadence::from_parts("hourly", 0).is_err());
        assert!(Cadence::from_parts("weekly", 0).is_err());
        assert!(Cadence::from_parts("weekly", 8).is_err());
        for (kind, n) in [
            ("every_n_days", 1),
            ("every_n_days", 31),
            ("monthly", 0),
            ("monthly", 31),
            ("month_day", 0),
            ("month_day", 32),
        ] {
            assert!(Cadence::from_parts(kind, n).is_err(), "{kind} {n}");
        }
    }

    #[test]
    fn weekdays_allow_only_their_days() {
        // 2026-11-21 is a Saturday.
        let weekend = Cadence::Weekdays(WeekdaySet::from_days(&[5, 6]).unwrap());
        assert!(weekend.allows(date(2026, 11, 21)));
        assert!(weekend.allows(date(2026, 11, 22)));
        assert!(!weekend.allows(date(2026, 11, 23)));
        assert!(Cadence::Daily.allows(date(2026, 11, 23)));
        assert!(Cadence::TimesPerWeek(2).allows(date(2026, 11, 23)));
    }

    #[test]
    fn a_month_day_falls_on_the_months_last_day_when_the_month_is_short() {
        for (n, day, want) in [
            (1, date(2026, 2, 14), date(2026, 2, 1)),
            (31, date(2026, 2, 14), date(2026, 2, 28)),
            (31, date(2028, 2, 14), date(2028, 2, 29)),
            (30, date(2026, 4, 30), date(2026, 4, 30)),
            (31, date(2026, 12, 1), date(2026, 12, 31)),
        ] {
            assert_eq!(month_day_in(n, day), want, "{n} {day}");
        }
        let first = Cadence::MonthDay(1);
        assert!(first.allows(date(2026, 12, 1)));
        assert!(
            first.allows(date(2026, 12, 20)),
            "any day after it, until done"
        );
        let fifteenth = Cadence::MonthDay(15);
        assert!(!fifteenth.allows(date(2026, 12, 14)));
        assert!(fifteenth.allows(date(2026, 12, 15)));
        assert!(Cadence::EveryNDays(3).allows(date(2026, 12, 14)));
    }
}
