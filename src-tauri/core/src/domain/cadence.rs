//! How often a step is meant to happen: once, daily, N times a week, or on
//! chosen weekdays.

use chrono::{Datelike, Weekday};

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
}

impl Cadence {
    pub fn times_per_week(count: u8) -> Result<Self, RuleError> {
        if (1..=7).contains(&count) {
            Ok(Cadence::TimesPerWeek(count))
        } else {
            Err(RuleError::new(crate::tr!("error-times-per-week-range")))
        }
    }

    pub fn is_recurring(self) -> bool {
        !matches!(self, Cadence::Once)
    }

    /// Whether the cadence asks for the step on this day at all, before
    /// counting what is already done. Flexible weekly steps may happen on
    /// any day.
    pub fn allows(self, date: chrono::NaiveDate) -> bool {
        match self {
            Cadence::Weekdays(days) => days.contains(date.weekday()),
            Cadence::Once | Cadence::Daily | Cadence::TimesPerWeek(_) => true,
        }
    }

    /// The stored kind name.
    pub fn kind(self) -> &'static str {
        match self {
            Cadence::Once => "once",
            Cadence::Daily => "daily",
            Cadence::TimesPerWeek(_) => "weekly",
            Cadence::Weekdays(_) => "weekdays",
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
            other => Err(RuleError::new(crate::tr!(
                "error-cadence-unknown",
                value = other
            ))),
        }
    }

    /// The number stored beside the kind.
    pub fn number(self) -> u8 {
        match self {
            Cadence::Once | Cadence::Daily => 0,
            Cadence::TimesPerWeek(n) => n,
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
        ] {
            assert_eq!(
                Cadence::from_parts(cadence.kind(), cadence.number()),
                Ok(cadence)
            );
        }
        assert!(Cadence::from_parts("hourly", 0).is_err());
        assert!(Cadence::from_parts("weekly", 0).is_err());
        assert!(Cadence::from_parts("weekly", 8).is_err());
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
}
