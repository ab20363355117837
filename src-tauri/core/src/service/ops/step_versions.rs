//! A step's kept versions: its size, words and cadence from a day on.
//! Adding or editing a step, taking an offer and a habit stack's new step
//! record them; the Chronicle and the step's story read them.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::adjust::{self, cadences, ChangeReason, StepVersion, StoryEntry};
use crate::domain::measure::Target;
use crate::domain::{Step, StepId};
use crate::error::Result;
use crate::store;

/// The version `step`'s current values make from `day`.
fn version_of(step: &Step, day: NaiveDate, reason: ChangeReason) -> StepVersion {
    StepVersion {
        step_id: step.id.clone(),
        effective: day,
        title: step.title.clone(),
        cadence: step.cadence,
        minutes: step.minutes,
        reason,
        target: step.target().map(|t| t.amount),
    }
}

/// A new step's first version, on the day it was made.
pub(crate) fn record_start(tx: &store::Conn, clock: &dyn Clock, step: &Step) -> Result<()> {
    let day = clock.local_date(step.created_at);
    store::step_versions::put(tx, &version_of(step, day, ChangeReason::Start), clock.now())
}

/// Keeps a change of a step's words, cadence or minutes (from `before` to
/// `after`) as its version from today, inside the caller's transaction. No
/// change, no version; a second change the same day replaces that day's; a
/// change back to what the step was before today leaves no version today.
pub(crate) fn record_change(
    tx: &store::Conn,
    clock: &dyn Clock,
    before: &Step,
    after: &Step,
    reason: ChangeReason,
) -> Result<()> {
    let today = clock.today();
    let now = clock.now();
    let new = version_of(after, today, reason);
    if version_of(before, today, reason).same_step_as(&new) {
        return Ok(());
    }
    let mut versions = store::step_versions::for_step(tx, &after.id)?;
    if versions.is_empty() {
        // A step from before versions were kept (or imported): its history
        // starts with what it was, on the day it was made.
        let start = clock.local_date(before.created_at).min(today);
        let first = version_of(before, start, ChangeReason::Start);
        store::step_versions::put(tx, &first, now)?;
        versions.push(first);
    }
    store::step_versions::put(tx, &new, now)?;
    let previous = versions.iter().rev().find(|v| v.effective < today);
    let started_today = versions
        .iter()
        .any(|v| v.effective == today && v.reason == ChangeReason::Start);
    if !started_today && previous.is_some_and(|p| p.same_step_as(&new)) {
        store::step_versions::remove(tx, &after.id, today)?;
    }
    Ok(())
}

/// A step's versions, oldest first; a step without any is its current
/// values since the day it was made.
pub(crate) fn versions_of(
    conn: &store::Conn,
    clock: &dyn Clock,
    step: &Step,
) -> Result<Vec<StepVersion>> {
    let versions = store::step_versions::for_step(conn, &step.id)?;
    Ok(if versions.is_empty() {
        vec![version_of(
            step,
            clock.local_date(step.created_at),
            ChangeReason::Start,
        )]
    } else {
        versions
    })
}

/// The step's story, oldest first, inside a read the caller holds.
pub(crate) fn story_in(
    conn: &store::Conn,
    clock: &dyn Clock,
    step: &Step,
) -> Result<Vec<StoryEntry>> {
    Ok(adjust::story(&versions_of(conn, clock, step)?))
}

/// A measured step's targets over time, oldest first, for
/// `measure::numeric_scores`: each version's target amount with the
/// step's period and bound; the current target from the first day when no
/// version has one. Empty for a step without a target.
pub(crate) fn targets_in(
    conn: &store::Conn,
    step: &Step,
    first: NaiveDate,
) -> Result<Vec<(NaiveDate, Target)>> {
    let Some(now) = step.target().copied() else {
        return Ok(Vec::new());
    };
    let mut targets: Vec<(NaiveDate, Target)> = store::step_versions::for_step(conn, &step.id)?
        .into_iter()
        .filter_map(|v| {
            v.target
                .map(|amount| (v.effective, Target { amount, ..now }))
        })
        .collect();
    if targets.is_empty() {
        targets.push((first, now));
    }
    Ok(targets)
}

/// A step's cadences over time, for `momentum::*_over` (empty: its
/// current cadence all along).
pub(crate) fn cadences_in(
    conn: &store::Conn,
    step: &StepId,
) -> Result<Vec<(NaiveDate, crate::domain::Cadence)>> {
    Ok(cadences(&store::step_versions::for_step(conn, step)?))
}
