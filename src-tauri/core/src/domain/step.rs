//! Micro-steps: the smallest next actions towards a goal.

use chrono::{DateTime, Utc};

use super::measure::Measure;
use super::{Cadence, GoalId, RuleError, StepId};

/// Longest step duration, in minutes; a micro-step is small by design.
pub const MINUTES_MAX: u16 = 600;

/// A micro-goal under a goal, or standalone.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: StepId,
    pub goal_id: Option<GoalId>,
    pub title: String,
    pub cadence: Cadence,
    /// How long it takes; `Some(1)` marks a one-minute goal.
    pub minutes: Option<u16>,
    /// Order among the goal's steps, 0 first.
    pub position: i64,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    /// What a measurable step counts ("pages", with a target of 10 a day),
    /// or `None` for a step that is simply done.
    pub measure: Option<Measure>,
}

impl Step {
    pub fn is_one_minute(&self) -> bool {
        self.minutes == Some(1)
    }

    /// Its target, if it is measured and has one.
    pub fn target(&self) -> Option<&super::measure::Target> {
        self.measure.as_ref().and_then(|m| m.target.as_ref())
    }

    /// Whether it is a limit ("at most 2 coffees"): a day under it counts,
    /// and it never asks for a win the way a to-do does.
    pub fn is_limit(&self) -> bool {
        self.target()
            .is_some_and(|t| t.bound == super::measure::Bound::AtMost)
    }
}

/// Validates an optional duration: 1 to [`MINUTES_MAX`].
pub fn parse_minutes(minutes: Option<i64>) -> Result<Option<u16>, RuleError> {
    match minutes {
        None => Ok(None),
        Some(m) if (1..=i64::from(MINUTES_MAX)).contains(&m) => Ok(Some(m as u16)),
        Some(_) => Err(RuleError::new(crate::tr!(
            "error-minutes-range",
            max = MINUTES_MAX
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes() {
        assert_eq!(parse_minutes(None), Ok(None));
        assert_eq!(parse_minutes(Some(1)), Ok(Some(1)));
        assert_eq!(parse_minutes(Some(600)), Ok(Some(600)));
        assert!(parse_minutes(Some(0)).is_err());
        assert!(parse_minutes(Some(-5)).is_err());
        assert!(parse_minutes(Some(601)).is_err());
    }
}
