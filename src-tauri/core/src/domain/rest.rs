//! Rest days: a planned or after-the-fact day off, for one step or for all.
//! A rest day freezes a step's score and never breaks a run.

use chrono::{Duration, NaiveDate};

use super::{RuleError, StepId};

/// Why a day is a rest day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestReason {
    Sick,
    Travel,
    Rest,
    Other,
}

impl RestReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RestReason::Sick => "sick",
            RestReason::Travel => "travel",
            RestReason::Rest => "rest",
            RestReason::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Result<Self, RuleError> {
        Ok(match text {
            "sick" => RestReason::Sick,
            "travel" => RestReason::Travel,
            "rest" => RestReason::Rest,
            "other" => RestReason::Other,
            other => {
                return Err(RuleError::new(crate::tr!(
                    "error-rest-reason-unknown",
                    value = other
                )))
            }
        })
    }
}

/// A day off, for one step or (with no step) for every step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestDay {
    pub date: NaiveDate,
    pub step_id: Option<StepId>,
    pub reason: RestReason,
}

/// How far ahead a rest day can be planned.
pub const PLAN_AHEAD_DAYS: i64 = 366;

/// Whether `date` can be a rest day, seen from `today`: any past day, and
/// up to a year ahead.
pub fn check_rest_date(date: NaiveDate, today: NaiveDate) -> Result<(), RuleError> {
    if date > today + Duration::days(PLAN_AHEAD_DAYS) {
        Err(RuleError::new(crate::tr!("error-rest-too-far")))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn check(input: (NaiveDate, NaiveDate), ok: bool) {
        assert_eq!(check_rest_date(input.0, input.1).is_ok(), ok, "{input:?}");
    }

    #[test]
    fn rest_days_before_or_after_the_fact() {
        let today = date(2026, 11, 21);
        check((date(2020, 1, 1), today), true);
        check((today, today), true);
        check((date(2026, 12, 24), today), true);
        check((date(2027, 11, 22), today), true);
        check((date(2027, 11, 23), today), false);
    }

    #[test]
    fn reasons_round_trip() {
        for r in [
            RestReason::Sick,
            RestReason::Travel,
            RestReason::Rest,
            RestReason::Other,
        ] {
            assert_eq!(RestReason::parse(r.as_str()), Ok(r));
        }
        assert!(RestReason::parse("lazy").is_err());
    }
}
