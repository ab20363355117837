//! Wins: logged accomplishments, each one more stone on the cairn.

use chrono::{DateTime, NaiveDate, Utc};

use super::{GoalId, RuleError, StepId, WinId};

/// Where a win was logged from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WinSource {
    Window,
    Tray,
    Quick,
    Shortcut,
    Reminder,
    Cli,
    Import,
}

impl WinSource {
    /// Whether the place the win came from shows a celebration right away
    /// (the window, the quick window, the command line). The tray's ✓ and a
    /// notification's Done show nothing, so the milestones such a win
    /// reaches wait, uncelebrated, for the chronicle.
    pub fn celebrates(self) -> bool {
        matches!(
            self,
            WinSource::Window | WinSource::Quick | WinSource::Shortcut | WinSource::Cli
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            WinSource::Window => "window",
            WinSource::Tray => "tray",
            WinSource::Quick => "quick",
            WinSource::Shortcut => "shortcut",
            WinSource::Reminder => "reminder",
            WinSource::Cli => "cli",
            WinSource::Import => "import",
        }
    }

    pub fn parse(text: &str) -> Result<Self, RuleError> {
        Ok(match text {
            "window" => WinSource::Window,
            "tray" => WinSource::Tray,
            "quick" => WinSource::Quick,
            "shortcut" => WinSource::Shortcut,
            "reminder" => WinSource::Reminder,
            "cli" => WinSource::Cli,
            "import" => WinSource::Import,
            other => {
                return Err(RuleError::new(crate::tr!(
                    "error-win-source-unknown",
                    value = other
                )))
            }
        })
    }
}

/// One logged accomplishment.
#[derive(Debug, Clone, PartialEq)]
pub struct Win {
    pub id: WinId,
    pub text: String,
    pub note: String,
    /// The instant it was logged, in UTC.
    pub logged_at: DateTime<Utc>,
    /// The person's calendar day when it was logged; fixed at logging, so a
    /// later change of time zone never moves it.
    pub local_date: NaiveDate,
    pub goal_id: Option<GoalId>,
    pub step_id: Option<StepId>,
    pub source: WinSource,
}

/// How long a deleted win can be brought back, in seconds.
pub const UNDO_SECONDS: i64 = 10;

/// Whether a win deleted at `deleted_at` can still be restored at `now`.
pub fn can_undo_delete(deleted_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    let age = now.signed_duration_since(deleted_at).num_seconds();
    (0..UNDO_SECONDS).contains(&age)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn sources_round_trip() {
        for s in [
            WinSource::Window,
            WinSource::Tray,
            WinSource::Quick,
            WinSource::Shortcut,
            WinSource::Reminder,
            WinSource::Cli,
            WinSource::Import,
        ] {
            assert_eq!(WinSource::parse(s.as_str()), Ok(s));
        }
        assert!(WinSource::parse("telepathy").is_err());
    }

    #[test]
    fn undo_window() {
        let t = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let secs = chrono::Duration::seconds;
        assert!(can_undo_delete(t, t));
        assert!(can_undo_delete(t, t + secs(9)));
        assert!(!can_undo_delete(t, t + secs(10)));
        assert!(!can_undo_delete(t, t + secs(3600)));
        // A clock that went backwards is not a licence to undo forever.
        assert!(!can_undo_delete(t, t - secs(1)));
    }
}
