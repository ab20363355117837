//! A goal's checked words and adding it inside a write: the goals use case
//! and the first run share them.

use crate::clock::Clock;
use crate::domain::goal::{colour_for_new_goal, parse_colour};
use crate::domain::identity::parse_identity;
use crate::domain::text::{Note, Title};
use crate::domain::{Goal, GoalId, GoalStatus};
use crate::error::Result;
use crate::store;

/// What a person writes for a goal.
#[derive(Debug, Clone, Default)]
pub struct GoalDraft {
    pub title: String,
    pub why: String,
    pub success: String,
    /// Who the person is becoming through it ("someone who writes"); blank
    /// for none.
    pub identity: String,
    /// `None` keeps the current colour (or picks the next for a new goal).
    pub colour: Option<String>,
}

pub(crate) struct ValidDraft {
    pub(crate) title: String,
    pub(crate) why: String,
    pub(crate) success: String,
    pub(crate) identity: String,
    pub(crate) colour: Option<String>,
}

pub(crate) fn validate(draft: &GoalDraft) -> Result<ValidDraft> {
    Ok(ValidDraft {
        title: Title::parse(&draft.title, "core-field-goal-title")?.into_string(),
        why: Note::parse(&draft.why, "core-field-goal-why")?.into_string(),
        success: Note::parse(&draft.success, "core-field-goal-success")?.into_string(),
        identity: parse_identity(&draft.identity)?,
        colour: draft.colour.as_deref().map(parse_colour).transpose()?,
    })
}

/// Adds a goal inside a write (the first run makes a goal, its step and a
/// stack in one).
pub(crate) fn create_goal_checked_in(
    tx: &store::Conn,
    clock: &dyn Clock,
    draft: &GoalDraft,
) -> Result<Goal> {
    create_goal_in(tx, clock, validate(draft)?)
}

pub(crate) fn create_goal_in(
    tx: &store::Conn,
    clock: &dyn Clock,
    valid: ValidDraft,
) -> Result<Goal> {
    let count = store::goals::count(tx)?;
    let goal = Goal {
        id: GoalId::from_trusted(store::new_id()),
        title: valid.title,
        why: valid.why,
        success: valid.success,
        identity: valid.identity,
        status: GoalStatus::Active,
        colour: valid
            .colour
            .unwrap_or_else(|| colour_for_new_goal(count).to_owned()),
        position: count as i64,
        created_at: clock.now(),
    };
    store::goals::insert(tx, &goal)?;
    Ok(goal)
}
