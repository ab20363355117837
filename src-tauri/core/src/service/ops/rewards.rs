//! Rewards inside another write: earning the waiting ones a win, a goal
//! marked done or a reviewed week reaches (each once, never taken back),
//! and the "to enjoy" list Today reads. `service/rewards.rs` names and
//! enjoys them.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};

use crate::clock::Clock;
use crate::domain::momentum::{self, History};
use crate::domain::rewards::{earned_now, Moment, Reached, Reward, RewardId};
use crate::domain::{Cadence, GoalId};
use crate::error::{Error, Result};
use crate::store;
use crate::store::chronicle::Scope;
use crate::store::rewards::RewardRecord;
use crate::store::wins::WinRecord;

/// A reward as the views show it.
#[derive(Debug, Clone, PartialEq)]
pub struct RewardView {
    pub reward: Reward,
    pub goal_title: Option<String>,
    /// "After 10 wins", "When Thesis is done".
    pub moment_words: String,
}

impl From<RewardRecord> for RewardView {
    fn from(r: RewardRecord) -> Self {
        let moment_words = r.reward.moment.words(
            &r.goal_title
                .clone()
                .unwrap_or_else(|| crate::tr!("reward-goal-unnamed")),
        );
        RewardView {
            reward: r.reward,
            goal_title: r.goal_title,
            moment_words,
        }
    }
}

/// Earned rewards not enjoyed yet, earliest earned first.
pub fn to_enjoy(conn: &store::Conn) -> Result<Vec<RewardView>> {
    Ok(store::rewards::to_enjoy(conn)?
        .into_iter()
        .map(Into::into)
        .collect())
}

pub(crate) fn reward_exists(conn: &store::Conn, id: &RewardId) -> Result<RewardView> {
    store::rewards::get(conn, id)?
        .map(Into::into)
        .ok_or_else(|| Error::not_found("reward"))
}

/// Marks earned the waiting rewards that `reached` meets, in `tx`.
fn earn(
    tx: &store::Conn,
    now: DateTime<Utc>,
    waiting: Vec<RewardRecord>,
    reached: &Reached,
) -> Result<Vec<RewardView>> {
    let rewards: Vec<Reward> = waiting.iter().map(|r| r.reward.clone()).collect();
    let ids: Vec<RewardId> = earned_now(&rewards, reached)
        .into_iter()
        .map(|r| r.id.clone())
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    store::rewards::mark_earned(tx, &ids, now)?;
    ids.iter().map(|id| reward_exists(tx, id)).collect()
}

/// The overall run of days with a win up to `today`, "never miss twice",
/// as the chronicle's header counts it.
fn day_run(conn: &store::Conn, today: NaiveDate) -> Result<u32> {
    let days = store::chronicle::days_with_wins(conn, &Scope::All)?;
    let Some(&first) = days.first() else {
        return Ok(0);
    };
    let done: BTreeSet<NaiveDate> = days.into_iter().filter(|d| *d <= today).collect();
    let rest: BTreeSet<NaiveDate> = store::rest_days::all(conn)?
        .into_iter()
        .filter(|r| r.step_id.is_none())
        .map(|r| r.date)
        .collect();
    let periods = momentum::periods(&History {
        cadence: Cadence::Daily,
        start: first,
        today,
        done: &done,
        rest: &rest,
    });
    Ok(momentum::runs(&periods).current)
}

/// The rewards `win`, just written in `tx`, earned: only what it can
/// change is counted, and only when a waiting reward asks for it.
pub(crate) fn earn_after_win(
    tx: &store::Conn,
    clock: &dyn Clock,
    win: &WinRecord,
) -> Result<Vec<RewardView>> {
    let waiting = store::rewards::waiting(tx)?;
    if waiting.is_empty() {
        return Ok(Vec::new());
    }
    let wants = |kind: &str| waiting.iter().any(|r| r.reward.moment.kind() == kind);
    let mut reached = Reached::default();
    if wants("wins") {
        reached.total_wins = Some(store::chronicle::total(tx, &Scope::All)?);
    }
    if let Some(goal) = &win.win.goal_id {
        let for_goal = waiting
            .iter()
            .any(|r| matches!(&r.reward.moment, Moment::GoalWins(g, _) if g == goal));
        if for_goal {
            let n = store::chronicle::total(tx, &Scope::Goal(goal.clone()))?;
            reached.goal_wins = Some((goal.clone(), n));
        }
    }
    if wants("first_run") {
        reached.day_run = Some(day_run(tx, clock.today().max(win.win.local_date))?);
    }
    earn(tx, clock.now(), waiting, &reached)
}

/// The rewards earned by `goal` being marked done, in `tx`.
pub(crate) fn earn_on_goal_done(
    tx: &store::Conn,
    clock: &dyn Clock,
    goal: &GoalId,
) -> Result<Vec<RewardView>> {
    let waiting = store::rewards::waiting(tx)?;
    let reached = Reached {
        goal_done: Some(goal.clone()),
        ..Reached::default()
    };
    earn(tx, clock.now(), waiting, &reached)
}

/// The rewards earned by a weekly review, for the review's own write to
/// call inside its transaction:
/// `store.write(|tx| { /* save the review */; earn_on_week_reviewed(tx, clock) })`.
/// Each is earned once; the caller may name them in its celebration (they
/// also wait in "to enjoy").
pub fn earn_on_week_reviewed(tx: &store::Conn, clock: &dyn Clock) -> Result<Vec<RewardView>> {
    let waiting = store::rewards::waiting(tx)?;
    let reached = Reached {
        week_reviewed: true,
        ..Reached::default()
    };
    earn(tx, clock.now(), waiting, &reached)
}
