//! The names of the events the backend emits to the windows (`ui/` listens
//! for the same strings).

/// The event every window listens to, to reload what it shows.
pub const CHANGED_EVENT: &str = "cairn://changed";

/// The event that shows a reminder inside the main window.
pub const REMINDER_EVENT: &str = "cairn://reminder";
/// Asks the main window to show a route (`{view, id}`), e.g. the week a
/// nudge's "Open" asked for.
pub const NAVIGATE_EVENT: &str = "cairn://navigate";

/// Emitted when the check after the first frame found the database
/// damaged and set it aside: the window asks `recovery_notice` and shows it.
pub const RECOVERY_EVENT: &str = "cairn://recovery";
