//! A recurring step's history as the momentum rules read it (its days
//! with a win, its rest days and those for every step, the day it starts,
//! its cadence over time), gathered once for the Chronicle's momentum, the
//! week's review (each step's runs) and the first-run milestone a win may
//! reach.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::cadence::RunUnit;
use crate::domain::momentum::{self, History};
use crate::domain::rest::RestDay;
use crate::domain::{Cadence, Step};
use crate::error::Result;
use crate::store;
use crate::store::chronicle::Scope;

/// What the momentum rules read of one step up to a day.
pub(crate) struct StepHistory {
    pub done: BTreeSet<NaiveDate>,
    pub rest: BTreeSet<NaiveDate>,
    /// Its first day: when it was made, or its first win if earlier.
    pub start: NaiveDate,
    pub today: NaiveDate,
    /// The cadence from each day it changed (empty: its cadence all along).
    pub changes: Vec<(NaiveDate, Cadence)>,
}

impl StepHistory {
    /// The rules' view of it, for `step`'s current cadence.
    pub fn history(&self, step: &Step) -> History<'_> {
        History {
            cadence: step.cadence,
            start: self.start,
            today: self.today,
            done: &self.done,
            rest: &self.rest,
        }
    }
}

/// One step's days with a win and its rest days (its own and those for
/// every step, of `rest`), and the day its history starts: `created`, or
/// its first win if earlier.
pub(crate) struct StepDays {
    pub done: BTreeSet<NaiveDate>,
    pub rest: BTreeSet<NaiveDate>,
    pub start: NaiveDate,
}

/// `step`'s days up to `today`, its history starting on `created` at the
/// latest (the day it was made, or its first kept version's).
pub(crate) fn step_days(
    conn: &store::Conn,
    step: &Step,
    created: NaiveDate,
    rest: &[RestDay],
    today: NaiveDate,
) -> Result<StepDays> {
    let done: BTreeSet<NaiveDate> =
        store::chronicle::days_with_wins(conn, &Scope::Step(step.id.clone()))?
            .into_iter()
            .collect();
    let rest = rest
        .iter()
        .filter(|r| r.step_id.as_ref().is_none_or(|id| id == &step.id))
        .map(|r| r.date)
        .collect();
    let start = done.first().map_or(created, |&d| d.min(created)).min(today);
    Ok(StepDays { done, rest, start })
}

/// `step`'s history up to `today`; `rest` is every rest day.
pub(crate) fn history_of(
    conn: &store::Conn,
    clock: &dyn Clock,
    step: &Step,
    rest: &[RestDay],
    today: NaiveDate,
) -> Result<StepHistory> {
    let created = clock.local_date(step.created_at);
    let StepDays { done, rest, start } = step_days(conn, step, created, rest, today)?;
    let changes = super::step_versions::cadences_in(conn, &step.id)?;
    Ok(StepHistory {
        done,
        rest,
        start,
        today,
        changes,
    })
}

/// A recurring step's first full run, for its milestone.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FirstRun {
    pub step: Step,
    /// The day the run reached its length, if it did.
    pub day: Option<NaiveDate>,
    /// What its runs count.
    pub unit: RunUnit,
}

/// The first full run of each recurring step among `steps`, up to `today`.
pub(crate) fn first_runs(
    conn: &store::Conn,
    clock: &dyn Clock,
    steps: &[Step],
    rest: &[RestDay],
    today: NaiveDate,
) -> Result<Vec<FirstRun>> {
    steps
        .iter()
        .filter(|s| s.cadence.is_recurring())
        .map(|step| {
            let h = history_of(conn, clock, step, rest, today)?;
            Ok(FirstRun {
                step: step.clone(),
                day: momentum::first_full_run(&h.history(step), &h.changes),
                unit: step.cadence.run_unit(),
            })
        })
        .collect()
}

/// A recurring step's runs up to a day, as the week's review reads them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct StepRuns {
    pub step: Step,
    pub runs: momentum::Runs,
    /// What its runs count.
    pub unit: RunUnit,
}

impl StepRuns {
    /// Its first full run, already counted in its runs.
    pub fn first_run(&self) -> FirstRun {
        FirstRun {
            step: self.step.clone(),
            day: self.runs.first_full_run,
            unit: self.unit,
        }
    }
}

/// The runs of each recurring step among `steps`, up to `today`.
pub(crate) fn runs_of(
    conn: &store::Conn,
    clock: &dyn Clock,
    steps: &[Step],
    rest: &[RestDay],
    today: NaiveDate,
) -> Result<Vec<StepRuns>> {
    steps
        .iter()
        .filter(|s| s.cadence.is_recurring())
        .map(|step| {
            let h = history_of(conn, clock, step, rest, today)?;
            Ok(StepRuns {
                step: step.clone(),
                runs: momentum::runs(&momentum::periods_over(&h.history(step), &h.changes)),
                unit: step.cadence.run_unit(),
            })
        })
        .collect()
}
