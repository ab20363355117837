//! Cairn's types and rules: goals, micro-steps, wins and the rules that hold
//! between them.
//!
//! Nothing here does IO or reads the clock: every function that needs "now"
//! or "today" takes it as an argument, so each rule is tested with fixed
//! dates. SQL lives in `store/`, use cases in `service/`.

pub mod adjust;
pub mod cadence;
pub mod goal;
pub mod heatmap;
pub mod identity;
pub mod ids;
pub mod measure;
pub mod milestones;
pub mod momentum;
pub mod reflection;
pub mod rest;
pub mod schedule;
pub mod stacks;
pub mod step;
pub mod text;
pub mod today;
pub mod win;

// Today's one thing and gentle rewards.
pub mod focus;
pub mod rewards;

// Sync through a folder: the hybrid logical clock.
pub mod hlc;

pub use cadence::{Cadence, WeekdaySet};
pub use goal::{Goal, GoalStatus};
pub use ids::{GoalId, StepId, WinId};
pub use step::Step;
pub use text::{Note, Title};
pub use today::{is_open_on, open_steps, smallest_next_step, StepProgress};
pub use win::{Win, WinSource};

/// A broken domain rule, in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RuleError(pub String);

impl RuleError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        RuleError(message.into())
    }
}
