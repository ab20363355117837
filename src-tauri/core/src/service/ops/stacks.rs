//! A habit stack's checked draft and saving it inside a write: the stacks
//! use case and the first run share them.

use crate::clock::Clock;
use crate::domain::stacks::{parse_action, parse_anchor, parse_times, Stack, StackId};
use crate::domain::{Cadence, Step, StepId, WeekdaySet};
use crate::error::{Error, Result};
use crate::store;

/// Which step a stack's "Done" logs a win for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StepChoice {
    #[default]
    None,
    Existing(StepId),
    /// A new standalone step titled like the action, on the stack's days.
    New,
}

/// A stack as the form sends it.
#[derive(Debug, Clone, Default)]
pub struct StackDraft {
    pub anchor: String,
    pub action: String,
    pub step: StepChoice,
    /// `HH:MM`, local.
    pub times: Vec<String>,
    /// 0 (Monday) to 6 (Sunday).
    pub weekdays: Vec<i64>,
    pub enabled: bool,
}

/// A stack's words, times and days, checked.
pub(crate) struct CheckedStack {
    anchor: String,
    action: String,
    times: Vec<chrono::NaiveTime>,
    weekdays: WeekdaySet,
    enabled: bool,
}

pub(crate) fn check(draft: &StackDraft) -> Result<CheckedStack> {
    let days: Vec<u8> = draft
        .weekdays
        .iter()
        .map(|&d| u8::try_from(d).unwrap_or(u8::MAX))
        .collect();
    Ok(CheckedStack {
        anchor: parse_anchor(&draft.anchor)?,
        action: parse_action(&draft.action)?,
        times: parse_times(&draft.times)?,
        weekdays: WeekdaySet::from_days(&days)
            .map_err(|_| Error::Validation(crate::tr!("error-reminder-days-none")))?,
        enabled: draft.enabled,
    })
}

/// Adds or saves a checked stack inside a write.
pub(crate) fn save_stack_in(
    tx: &store::Conn,
    clock: &dyn Clock,
    id: Option<&StackId>,
    step: &StepChoice,
    checked: CheckedStack,
) -> Result<Stack> {
    let CheckedStack {
        anchor,
        action,
        times,
        weekdays,
        enabled,
    } = checked;
    let now = clock.now();
    let steps = store::steps::list(tx)?;
    let step_id = match step {
        StepChoice::None => None,
        StepChoice::Existing(step) => Some(super::step_exists(tx, step)?.id),
        StepChoice::New => {
            let step = Step {
                id: StepId::from_trusted(store::new_id()),
                goal_id: None,
                title: action.clone(),
                cadence: if weekdays == WeekdaySet::ALL {
                    Cadence::Daily
                } else {
                    Cadence::Weekdays(weekdays)
                },
                minutes: None,
                position: store::steps::list_for_goal(tx, None)?.len() as i64,
                archived: false,
                created_at: now,
                measure: None,
            };
            store::steps::insert(tx, &step)?;
            super::step_versions::record_start(tx, clock, &step)?;
            Some(step.id)
        }
    };
    let anchor_step_id = steps
        .iter()
        .find(|s| !s.archived && s.title.trim().eq_ignore_ascii_case(&anchor))
        .map(|s| s.id.clone())
        .filter(|a| Some(a) != step_id.as_ref());
    let stack = Stack {
        id: id
            .cloned()
            .unwrap_or_else(|| StackId::from_trusted(store::new_id())),
        anchor,
        action,
        step_id,
        anchor_step_id,
        times,
        weekdays,
        enabled,
    };
    if id.is_some() {
        if !store::stacks::update(tx, &stack, now)? {
            return Err(Error::not_found("habit stack"));
        }
    } else {
        store::stacks::insert(tx, &stack, now)?;
    }
    Ok(stack)
}
