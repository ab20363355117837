//! A step as a form writes it (its draft, checked) and adding one inside
//! a transaction: the step use cases add them, and a focus action of the
//! week's review becomes one in the same write as its mark.

use crate::clock::Clock;
use crate::domain::step::parse_minutes;
use crate::domain::text::Title;
use crate::domain::{Cadence, GoalId, RuleError, Step, StepId, WeekdaySet};
use crate::error::Result;
use crate::store;

/// A cadence as a form sends it.
#[derive(Debug, Clone, Default)]
pub struct CadenceDraft {
    /// `once`, `daily`, `weekly`, `weekdays`, `every_n_days`, `monthly` or
    /// `month_day`.
    pub kind: String,
    /// For `weekly`: 1 to 7.
    pub times_per_week: Option<i64>,
    /// For `weekdays`: 0 (Monday) to 6 (Sunday).
    pub weekdays: Vec<i64>,
    /// For `every_n_days`: days apart (2 to 30); for `monthly`: times a
    /// month (1 to 30); for `month_day`: the day of the month (1 to 31).
    pub number: Option<i64>,
}

impl CadenceDraft {
    fn parse(&self) -> Result<Cadence, RuleError> {
        match self.kind.as_str() {
            "weekly" => {
                let n = self.times_per_week.unwrap_or(0);
                Cadence::times_per_week(u8::try_from(n).unwrap_or(0))
            }
            "weekdays" => {
                let days: Vec<u8> = self
                    .weekdays
                    .iter()
                    .map(|&d| u8::try_from(d).unwrap_or(u8::MAX))
                    .collect();
                WeekdaySet::from_days(&days).map(Cadence::Weekdays)
            }
            // The others read their number, if they have one, as stored.
            kind => Cadence::from_parts(kind, u8::try_from(self.number.unwrap_or(0)).unwrap_or(0)),
        }
    }
}

/// What a person writes for a step.
#[derive(Debug, Clone, Default)]
pub struct StepDraft {
    pub title: String,
    pub cadence: CadenceDraft,
    pub minutes: Option<i64>,
}

/// The step's title, cadence and minutes, checked.
pub fn validate(draft: &StepDraft) -> Result<(String, Cadence, Option<u16>)> {
    Ok((
        Title::parse(&draft.title, "core-field-step-title")?.into_string(),
        draft.cadence.parse()?,
        parse_minutes(draft.minutes)?,
    ))
}

/// Adds a checked step inside a write that does more (a focus action
/// becoming a step records that in the same transaction).
pub(crate) fn add_step_in(
    tx: &store::Conn,
    clock: &dyn Clock,
    goal: Option<&GoalId>,
    (title, cadence, minutes): (String, Cadence, Option<u16>),
) -> Result<Step> {
    if let Some(goal) = goal {
        super::goal_exists(tx, goal)?;
    }
    let position = store::steps::list_for_goal(tx, goal)?.len() as i64;
    let step = Step {
        id: StepId::from_trusted(store::new_id()),
        goal_id: goal.cloned(),
        title,
        cadence,
        minutes,
        position,
        archived: false,
        created_at: clock.now(),
    };
    store::steps::insert(tx, &step)?;
    super::step_versions::record_start(tx, clock, &step)?;
    Ok(step)
}
