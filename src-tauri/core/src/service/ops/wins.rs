//! A win's write inside a transaction: the win itself, on today or an
//! earlier day the person chose, then what it reached (milestones, that
//! day's one thing, rewards). Logging a win, ticking a step and doing the
//! one thing all come through here.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::measure::Amount;
use crate::domain::win::check_win_day;
use crate::domain::{GoalId, StepId, Win, WinId, WinSource};
use crate::error::{Error, Result};
use crate::store;
use crate::store::wins::WinRecord;

use super::milestones::MilestoneView;

/// What a person logs.
#[derive(Debug, Clone)]
pub struct WinDraft {
    /// May be blank when a step is given: the step's title is used.
    pub text: String,
    pub note: String,
    pub goal: Option<GoalId>,
    pub step: Option<StepId>,
    pub source: WinSource,
    /// How much, for a measured step's win; `None` logs the step's usual
    /// amount (`Measure::usual_or_default`).
    pub amount: Option<Amount>,
}

/// A win just logged, and the milestones it reached (each reported once;
/// none when its source shows no celebration, see `WinSource::celebrates`).
#[derive(Debug, Clone)]
pub struct Logged {
    pub record: WinRecord,
    pub milestones: Vec<MilestoneView>,
    /// Whether this win did today's one thing (a bigger celebration).
    pub one_thing: bool,
    /// The rewards this win earned, each once (whatever the source; a win
    /// that shows no celebration leaves them waiting in "to enjoy").
    pub rewards: Vec<super::rewards::RewardView>,
}

/// Writes the win of `draft` in `tx` (the caller's one transaction), on
/// `day` (an earlier day the person chose; `None`: today), and finds the
/// milestones it reached, whether it did that day's one thing, and the
/// rewards it earned.
pub(crate) fn insert_win(
    tx: &store::Conn,
    clock: &dyn Clock,
    draft: &WinDraft,
    text: Option<String>,
    note: String,
    day: Option<NaiveDate>,
) -> Result<Logged> {
    let now = clock.now();
    let today = clock.local_date(now);
    let day = match day {
        Some(day) => {
            check_win_day(day, today)?;
            day
        }
        None => today,
    };
    let step = draft
        .step
        .as_ref()
        .map(|id| super::step_exists(tx, id))
        .transpose()?;
    let goal = match (&draft.goal, &step) {
        (Some(goal), Some(step)) if step.goal_id.as_ref() != Some(goal) => {
            return Err(Error::Validation(crate::tr!("error-win-step-other-goal")))
        }
        (Some(goal), _) => Some(super::goal_exists(tx, goal)?.id),
        (None, Some(step)) => step.goal_id.clone(),
        (None, None) => None,
    };
    let amount = match (&step, draft.amount) {
        (Some(s), amount) if s.measure.is_some() => {
            amount.or_else(|| s.measure.as_ref().map(|m| m.usual_or_default()))
        }
        (_, None) => None,
        (_, Some(_)) => return Err(Error::Validation(crate::tr!("error-amount-unmeasured"))),
    };
    let win = Win {
        id: WinId::from_trusted(store::new_id()),
        text: text.unwrap_or_else(|| step.as_ref().map(|s| s.title.clone()).unwrap_or_default()),
        note,
        logged_at: now,
        local_date: day,
        goal_id: goal,
        step_id: step.map(|s| s.id),
        source: draft.source,
        amount,
    };
    let open_one_thing = super::one_thing::open_one_thing(tx, win.local_date)?;
    store::wins::insert(tx, &win)?;
    let record = super::win_exists(tx, &win.id)?;
    let milestones = if draft.source.celebrates() {
        super::milestones::reached_by(tx, clock, &record)?
    } else {
        Vec::new()
    };
    let one_thing = super::one_thing::link_if_done(tx, clock, open_one_thing.as_ref(), &record)?;
    let rewards = super::rewards::earn_after_win(tx, clock, &record)?;
    Ok(Logged {
        record,
        milestones,
        one_thing,
        rewards,
    })
}
