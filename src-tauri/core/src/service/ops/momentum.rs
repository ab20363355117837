//! A recurring step's history as the momentum rules read it (its days
//! with a win, its rest days and those for every step, the day it starts,
//! its cadence over time), gathered once for the Chronicle's momentum, the
//! week's review (each step's runs) and the first-run milestone a win may
//! reach. A measured step with a target also brings its amounts and
//! targets: its score follows Loop's numeric rule, and its runs count the
//! days it kept its target (reached "at least" a day's amount; stayed
//! within an "at most" limit, a day with nothing logged included).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::cadence::RunUnit;
use crate::domain::measure::{self, Bound, NumericHistory, Per, Target};
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
    /// A measured step with a target: its amounts and targets.
    pub numeric: Option<Numeric>,
}

/// A measured step's amounts per day (thousandths) and its targets over
/// time.
pub(crate) struct Numeric {
    pub amounts: BTreeMap<NaiveDate, i64>,
    pub targets: Vec<(NaiveDate, Target)>,
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

    /// The score at the end of each day from `start` to `today`: Loop's
    /// numeric rule for a measured step with a target, else its rule for
    /// the step's cadence.
    pub fn scores(&self, step: &Step) -> Vec<f64> {
        match &self.numeric {
            Some(n) => measure::numeric_scores(&NumericHistory {
                start: self.start,
                today: self.today,
                amounts: &n.amounts,
                rest: &self.rest,
                targets: &n.targets,
            }),
            None => momentum::daily_scores_over(&self.history(step), &self.changes),
        }
    }
}

/// The days a measured step kept its day's target, from `start` to
/// `today`: an "at least" day's amount reached, an "at most" day within
/// its limit (nothing logged is nothing over). A weekly target keeps the
/// days with a win (its cadence's periods count them).
pub(crate) fn days_kept(
    amounts: &BTreeMap<NaiveDate, i64>,
    targets: &[(NaiveDate, Target)],
    start: NaiveDate,
    today: NaiveDate,
) -> BTreeSet<NaiveDate> {
    start
        .iter_days()
        .take_while(|d| *d <= today)
        .filter(|d| {
            let sum = amounts.get(d).copied();
            match measure::target_on(targets, *d) {
                Some(t) if t.per == Per::Day && t.bound == Bound::AtLeast => {
                    sum.unwrap_or(0) >= t.amount.milli()
                }
                Some(t) if t.per == Per::Day => sum.unwrap_or(0) <= t.amount.milli(),
                _ => sum.is_some(),
            }
        })
        .collect()
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
    let StepDays {
        mut done,
        rest,
        start,
    } = step_days(conn, step, created, rest, today)?;
    let changes = super::step_versions::cadences_in(conn, &step.id)?;
    let targets = super::step_versions::targets_in(conn, step, start)?;
    let numeric = if targets.is_empty() {
        None
    } else {
        let amounts = store::chronicle::step_amounts(conn, &step.id, start, today)?;
        done = days_kept(&amounts, &targets, start, today);
        Some(Numeric { amounts, targets })
    };
    Ok(StepHistory {
        done,
        rest,
        start,
        today,
        changes,
        numeric,
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
