//! A step as a form writes it (its draft, checked) and adding one inside
//! a transaction: the step use cases add them, and a focus action of the
//! week's review becomes one in the same write as its mark.

use crate::clock::Clock;
use crate::domain::measure::{Amount, Bound, Measure, Per, Target, Unit};
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

/// A measure as a form sends it: amounts as typed ("2,5" or "2.5").
#[derive(Debug, Clone, Default)]
pub struct MeasureDraft {
    /// The unit in the person's words ("pages", "km").
    pub unit: String,
    /// Blank: measured without a target.
    pub target: String,
    /// `day` or `week` (blank: `day`).
    pub per: String,
    /// `at_least` or `at_most` (blank: `at_least`).
    pub bound: String,
    /// What one click logs; blank: the default (`Measure::usual_or_default`).
    pub usual: String,
}

impl MeasureDraft {
    fn parse(&self) -> Result<Measure, RuleError> {
        let or = |text: &str, default: &'static str| match text.trim() {
            "" => default.to_owned(),
            t => t.to_owned(),
        };
        let target = match self.target.trim() {
            "" => None,
            amount => Some(Target::new(
                Amount::parse(amount)?,
                Per::parse(&or(&self.per, "day"))?,
                Bound::parse(&or(&self.bound, "at_least"))?,
            )?),
        };
        let usual = match self.usual.trim() {
            "" => None,
            amount => Some(Amount::parse(amount)?),
        };
        Ok(Measure {
            unit: Unit::parse(&self.unit)?,
            target,
            usual,
        })
    }
}

/// What a person writes for a step.
#[derive(Debug, Clone, Default)]
pub struct StepDraft {
    pub title: String,
    pub cadence: CadenceDraft,
    pub minutes: Option<i64>,
    /// `Some` for a measurable step.
    pub measure: Option<MeasureDraft>,
}

/// A step's draft, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedStep {
    pub title: String,
    pub cadence: Cadence,
    pub minutes: Option<u16>,
    pub measure: Option<Measure>,
}

/// The step's title, cadence, minutes and measure, checked.
pub fn validate(draft: &StepDraft) -> Result<CheckedStep> {
    Ok(CheckedStep {
        title: Title::parse(&draft.title, "core-field-step-title")?.into_string(),
        cadence: draft.cadence.parse()?,
        minutes: parse_minutes(draft.minutes)?,
        measure: draft
            .measure
            .as_ref()
            .map(MeasureDraft::parse)
            .transpose()?,
    })
}

/// Adds a checked step inside a write that does more (a focus action
/// becoming a step records that in the same transaction).
pub(crate) fn add_step_in(
    tx: &store::Conn,
    clock: &dyn Clock,
    goal: Option<&GoalId>,
    checked: CheckedStep,
) -> Result<Step> {
    if let Some(goal) = goal {
        super::goal_exists(tx, goal)?;
    }
    let position = store::steps::list_for_goal(tx, goal)?.len() as i64;
    let step = Step {
        id: StepId::from_trusted(store::new_id()),
        goal_id: goal.cloned(),
        title: checked.title,
        cadence: checked.cadence,
        minutes: checked.minutes,
        position,
        archived: false,
        created_at: clock.now(),
        measure: checked.measure,
    };
    store::steps::insert(tx, &step)?;
    super::step_versions::record_start(tx, clock, &step)?;
    Ok(step)
}
