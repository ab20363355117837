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
    /// The instant it was logged (entered), in UTC.
    pub logged_at: DateTime<Utc>,
    /// The person's calendar day it counts for: the day it was logged, or
    /// an earlier day the person chose ("I did it yesterday"). Fixed when
    /// it is written, so a later change of time zone never moves it; only
    /// the person moves it.
    pub local_date: NaiveDate,
    pub goal_id: Option<GoalId>,
    pub step_id: Option<StepId>,
    pub source: WinSource,
    /// How much, for a measurable step ("7" pages); `None` otherwise.
    pub amount: Option<super::measure::Amount>,
}

impl Win {
    /// Whether it was entered after its day was over: a back entry (or a
    /// win moved to an earlier day), seen from the zone `entered_on` was
    /// read in.
    pub fn entered_later(&self, entered_on: NaiveDate) -> bool {
        self.local_date < entered_on
    }
}

/// The earliest day a win can be put on. Any real history fits; a year
/// typed wrong (0226 for 2026) does not.
pub fn earliest_win_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// Whether a win can be put on `day`, seen from `today`: any day from
/// [`earliest_win_day`] up to today, never a day still to come.
pub fn check_win_day(day: NaiveDate, today: NaiveDate) -> Result<(), RuleError> {
    if day > today {
        Err(RuleError::new(crate::tr!("error-win-day-future")))
    } else if day < earliest_win_day() {
        Err(RuleError::new(crate::tr!("error-win-day-too-early")))
    } else {
        Ok(())
    }
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

    #[test]
    fn a_win_goes_on_today_or_any_earlier_day_never_a_later_one() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let today = d("2026-12-07");
        for (day, ok) in [
            ("2026-12-07", true),
            ("2026-12-06", true),
            ("2025-12-07", true),
            ("2000-01-01", true),
            ("1999-12-31", false),
            ("0226-12-07", false),
            ("2026-12-08", false),
            ("2027-12-07", false),
        ] {
            assert_eq!(check_win_day(d(day), today).is_ok(), ok, "{day}");
        }
        // The first of January, seen on New Year's Eve of the year before:
        // still tomorrow.
        assert!(check_win_day(d("2027-01-01"), d("2026-12-31")).is_err());
    }

    #[test]
    fn a_win_put_on_an_earlier_day_says_it_was_entered_later() {
        let win = |day: &str| Win {
            id: WinId::from_trusted("w".into()),
            text: "Walked".into(),
            note: String::new(),
            logged_at: Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 0).unwrap(),
            local_date: day.parse().unwrap(),
            goal_id: None,
            step_id: None,
            source: WinSource::Window,
            amount: None,
        };
        let today = "2026-12-07".parse().unwrap();
        assert!(win("2026-12-06").entered_later(today));
        assert!(!win("2026-12-07").entered_later(today));
    }
}
