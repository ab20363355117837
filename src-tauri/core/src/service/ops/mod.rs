//! The lower of service/'s two layers: operations that run inside a
//! transaction a use case already holds, `fn(&Conn, …)`. Use cases (the
//! files beside this folder, `fn(&Store, &dyn Clock, input)`) call these;
//! an operation never calls a use case, so a write's path reads top-down:
//! one use case, its one transaction, the operations it runs.
//!
//! Here so far: whether an id exists, a step's draft and adding a step
//! (`steps.rs`), a step's kept versions (`step_versions.rs`), and the
//! settings other use cases read (`settings.rs`), the rewards a write earns
//! (`rewards.rs`), each step's progress in its period
//! (`progress.rs`), the day's one thing inside a win's write
//! (`one_thing.rs`), and a step's history as the momentum rules read it,
//! with the first-run milestone's lean rule (`momentum.rs`).

pub mod momentum;
pub mod one_thing;
pub mod progress;
pub mod rewards;
pub mod settings;
pub mod step_versions;
pub mod steps;

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
