//! Whether steps still fit, inside a use case's snapshot: the active
//! recurring steps in Today's order, and those with two misses in a row in
//! a span (Today's "Make it smaller?" and the week's review both ask).

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::domain::adjust::{self, cadences};
use crate::domain::momentum::{self, History};
use crate::domain::{Goal, GoalStatus, Step, StepId};
use crate::error::Result;
use crate::store;

use super::momentum::step_days;

/// Steps in Today's order (active goals in their order, each goal's steps
/// in theirs, then standalone steps), each with its goal; steps of goals
/// that are not active and archived steps left out.
pub(crate) fn active_steps(conn: &store::Conn) -> Result<Vec<(Step, Option<Goal>)>> {
    let goals: Vec<Goal> = store::goals::list(conn)?;
    let mut out: Vec<(usize, Step, Option<Goal>)> = store::steps::list(conn)?
        .into_iter()
        .filter(|s| !s.archived && s.cadence.is_recurring())
        .filter_map(|s| match &s.goal_id {
            None => Some((goals.len(), s, None)),
            Some(g) => goals
                .iter()
                .position(|goal| &goal.id == g && goal.status == GoalStatus::Active)
                .map(|i| (i, s, Some(goals[i].clone()))),
        })
        .collect();
    out.sort_by_key(|(rank, s, _)| (*rank, s.position));
    Ok(out.into_iter().map(|(_, s, g)| (s, g)).collect())
}

/// The active recurring steps that had two misses in a row between `from`
/// and `to` (both over): the week's review asks whether they still fit.
pub(crate) fn two_misses_in(
    conn: &store::Conn,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(StepId, String)>> {
    let rest = store::rest_days::all(conn)?;
    let mut out = Vec::new();
    for (step, _) in active_steps(conn)? {
        let versions = store::step_versions::for_step(conn, &step.id)?;
        let created = versions
            .first()
            .map_or_else(|| utc_day(step.created_at), |v| v.effective);
        // The day after `to` is "today": every day up to `to` is over.
        let today = to + Duration::days(1);
        let days = step_days(conn, &step, created, &rest, today)?;
        let changes = cadences(&versions);
        let h = History {
            cadence: step.cadence,
            start: days.start,
            today,
            done: &days.done,
            rest: &days.rest,
        };
        if adjust::two_misses_between(&momentum::periods_over(&h, &changes), from, to) {
            out.push((step.id, step.title));
        }
    }
    Ok(out)
}

fn utc_day(t: DateTime<Utc>) -> NaiveDate {
    t.date_naive()
}
