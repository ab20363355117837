//! The lower of service/'s two layers: what use cases share. Most of it
//! runs inside a transaction a use case already holds, `fn(&Conn, …)`; a
//! few work on the whole store beside one (the backups folder). Use cases
//! (the files beside this folder, `fn(&Store, &dyn Clock, input)`) call
//! these and never each other; nothing here calls a use case, so a write's
//! path reads top-down: one use case, its one transaction, the operations
//! it runs.
//!
//! - `wins.rs`: a win's write and all it reaches, for logging a win,
//!   ticking a step and doing the one thing;
//! - `milestones.rs`: the milestones reached (all, or by one win), each
//!   celebrated once;
//! - `momentum.rs`: a step's history as the momentum rules read it, its
//!   runs, and the first-run milestone's lean rule;
//! - `one_thing.rs`: the day's one thing as Today shows it, and linking the
//!   win that does it;
//! - `rewards.rs`: the rewards a write earns, and "to enjoy";
//! - `progress.rs`: each step's progress in its period;
//! - `fit.rs`: the active steps in Today's order, and those with two misses
//!   in a row;
//! - `steps.rs`, `step_versions.rs`: a step's checked draft and adding it;
//!   its kept versions;
//! - `settings.rs`: the settings other use cases read in their snapshot;
//! - `reminder_plan.rs`: a reminder plan's inputs in one snapshot;
//! - `merge.rs`: rows from elsewhere (an import, what a restore carries
//!   over) merged by id;
//! - `export_json.rs`: the export file's shapes, written and read back;
//! - `backup_files.rs`: the backups folder: names, listing, today's copy,
//!   pruning;
//! - `goals.rs`, `stacks.rs`: a goal's and a stack's checked draft and
//!   adding it, shared by their use cases and the first run;
//! - `first_run.rs`: whether the window leads with the first run;
//! - here: whether a goal, step or win exists.

pub mod backup_files;
pub mod export_json;
pub mod first_run;
pub mod fit;
pub mod goals;
pub mod merge;
pub mod milestones;
pub mod momentum;
pub mod one_thing;
pub mod progress;
pub mod reminder_plan;
pub mod rewards;
pub mod settings;
pub mod stacks;
pub mod step_versions;
pub mod steps;
pub mod wins;

use crate::domain::{GoalId, StepId, WinId};
use crate::error::{Error, Result};
use crate::store;

/// The goal `id`, or "not found".
pub(crate) fn goal_exists(conn: &store::Conn, id: &GoalId) -> Result<crate::domain::Goal> {
    store::goals::get(conn, id)?.ok_or_else(|| Error::not_found("goal"))
}

/// The step `id`, or "not found".
pub(crate) fn step_exists(conn: &store::Conn, id: &StepId) -> Result<crate::domain::Step> {
    store::steps::get(conn, id)?.ok_or_else(|| Error::not_found("step"))
}

/// The win `id` (with its goal's and step's titles), or "not found".
pub(crate) fn win_exists(conn: &store::Conn, id: &WinId) -> Result<store::wins::WinRecord> {
    store::wins::get(conn, id)?.ok_or_else(|| Error::not_found("win"))
}
