//! Cairn's use cases, one plain function each:
//! `fn(&Store, &dyn Clock, input) -> Result<output>`, each a read or one
//! write transaction.
//!
//! The Tauri commands, the command line and the tests all call these, so a
//! rule is enforced in one place whichever door the person used. One file
//! per part of the product (wins, steps and their sizes in `adjust`, the
//! one thing and rewards, the week's review, the chronicle and its
//! milestones, reminders, settings, backups, export and `import/`, and
//! `sync/`: setting up in `sync/mod.rs`, this computer's files in
//! `outgoing.rs`, the others' in `incoming.rs`, the format in
//! `format.rs`). Below them, `ops/`: what use cases share, mostly run
//! inside a use case's transaction (`fn(&Conn, …)`), and never calling a
//! use case; a use case calls `ops/`, not another use case (the tidy test
//! `use_cases_reach_each_other_only_through_ops` keeps it so).

pub mod adjust;
pub mod backups;
pub mod chronicle;
pub mod export;
pub mod first_run;
pub mod goals;
pub mod import;
pub mod milestones;
pub mod ops;
pub mod reflections;
pub mod reminders;
pub mod settings;
pub mod stacks;
pub mod steps;
pub mod today;
pub mod wins;

// Today's one thing and gentle rewards.
pub mod focus;
pub mod rewards;

// Sync through a folder (docs/sync.md).
pub mod sync;

use crate::error::Result;
use crate::store::{self, Store};

/// Work to do once at start: wins whose undo window passed while the app
/// was closed are removed for good.
pub fn on_start(store: &Store) -> Result<()> {
    // A read first: start-up then writes nothing in the usual case.
    if !store.read(store::wins::any_deleted)? {
        return Ok(());
    }
    let purged = store.write(|tx| store::wins::purge_deleted(tx, None))?;
    if purged > 0 {
        tracing::info!(purged, "removed wins deleted in an earlier session");
    }
    Ok(())
}

/// Shared fixtures for tests of the use cases (the `testing` feature).
#[cfg(any(test, feature = "testing"))]
pub mod test_support {
    pub use crate::clock::FixedClock;
    pub use crate::store::test_support::{temp_store, TempStore};

    /// Saturday 21 November 2026, 09:30 in Berlin (UTC+1).
    pub fn saturday_morning() -> FixedClock {
        FixedClock::at("2026-11-21T09:30:00+01:00")
    }

    /// Gives the goal `id` the title `title` and the identity `identity`
    /// (issue 25), as its page's form does.
    pub fn name_identity(
        store: &crate::store::Store,
        clock: &dyn crate::clock::Clock,
        id: &crate::domain::GoalId,
        title: &str,
        identity: &str,
    ) -> crate::domain::Goal {
        let draft = super::goals::GoalDraft {
            title: title.into(),
            identity: identity.into(),
            ..Default::default()
        };
        super::goals::update_goal(store, clock, id, &draft).unwrap()
    }

    /// Creates a goal with only a title, as most tests need.
    pub fn new_goal(
        store: &crate::store::Store,
        clock: &dyn crate::clock::Clock,
        title: &str,
    ) -> crate::error::Result<crate::domain::Goal> {
        let draft = super::goals::GoalDraft {
            title: title.into(),
            ..Default::default()
        };
        super::goals::create_goal(store, clock, &draft)
    }

    /// A goal with one daily step, as many tests begin.
    pub fn goal_with_daily_step(
        store: &crate::store::Store,
        clock: &dyn crate::clock::Clock,
        goal: &str,
        step: &str,
    ) -> crate::error::Result<(crate::domain::Goal, crate::domain::Step)> {
        let goal = new_goal(store, clock, goal)?;
        let step =
            super::steps::add_step(store, clock, Some(&goal.id), &step_draft(step, "daily"))?;
        Ok((goal, step))
    }

    /// A step with a title and a cadence kind (`once`, `daily`, …), no
    /// minutes; the longer rhythms get 3 (every 3 days, 3 times a month,
    /// on the 3rd).
    pub fn step_draft(title: &str, kind: &str) -> super::steps::StepDraft {
        super::steps::StepDraft {
            title: title.into(),
            cadence: super::steps::CadenceDraft {
                kind: kind.into(),
                number: Some(3),
                ..Default::default()
            },
            minutes: None,
            measure: None,
        }
    }

    /// A daily step measured in `unit`, with an "at least" (or `bound`)
    /// target per day (blank: none) and no usual amount.
    pub fn measured_draft(
        title: &str,
        unit: &str,
        target: &str,
        bound: &str,
    ) -> super::steps::StepDraft {
        super::steps::StepDraft {
            measure: Some(super::steps::MeasureDraft {
                unit: unit.into(),
                target: target.into(),
                bound: bound.into(),
                ..Default::default()
            }),
            ..step_draft(title, "daily")
        }
    }

    /// Weeks start on Monday in this store, whatever the machine's locale
    /// says (under Wine it is en-US, whose weeks start on Sunday).
    pub fn weeks_from_monday(store: &crate::store::Store) {
        let settings = super::settings::review_settings(store).unwrap();
        super::settings::set_review_settings(
            store,
            &super::settings::ReviewSettings {
                week_start: Some(chrono::Weekday::Mon),
                ..settings
            },
        )
        .unwrap();
    }
}
