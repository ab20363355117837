//! Preferences kept with the data: the quick-log shortcut and pausing
//! reminders (from the tray or the settings page).

use chrono::{DateTime, Duration, Utc};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::{self, Store};

/// The quick-log shortcut until the person picks another.
pub const DEFAULT_SHORTCUT: &str = "Ctrl+Alt+W";

const SHORTCUT: &str = "shortcut";
const PAUSED_UNTIL: &str = "reminders_paused_until";

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub shortcut: String,
    /// Reminders stay quiet until then; `None` when not paused (or the
    /// pause is over).
    pub paused_until: Option<DateTime<Utc>>,
}

/// The current settings; a pause that has ended reads as none.
pub fn settings(store: &Store, clock: &dyn Clock) -> Result<Settings> {
    store.read(|conn| {
        let shortcut =
            store::settings::get(conn, SHORTCUT)?.unwrap_or_else(|| DEFAULT_SHORTCUT.into());
        let paused_until = store::settings::get(conn, PAUSED_UNTIL)?
            .and_then(|ms| ms.parse::<i64>().ok())
            .and_then(DateTime::from_timestamp_millis)
            .filter(|until| *until > clock.now());
        Ok(Settings {
            shortcut,
            paused_until,
        })
    })
}

/// Stores a shortcut the app has already registered successfully.
pub fn set_shortcut(store: &Store, shortcut: &str) -> Result<()> {
    let shortcut = shortcut.trim();
    if shortcut.is_empty() || shortcut.len() > 60 || shortcut.chars().any(char::is_control) {
        return Err(Error::Validation(
            "Write a shortcut like Ctrl+Alt+W: modifiers and one key, joined by +.".into(),
        ));
    }
    store.write(|tx| store::settings::set(tx, SHORTCUT, shortcut))
}

/// How long to pause reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    OneHour,
    /// Until the start of the person's next day.
    UntilTomorrow,
}

/// Pauses reminders; returns when they resume.
pub fn pause_reminders(store: &Store, clock: &dyn Clock, pause: Pause) -> Result<DateTime<Utc>> {
    let until = match pause {
        Pause::OneHour => clock.now() + Duration::hours(1),
        Pause::UntilTomorrow => clock.start_of_day(clock.today() + Duration::days(1)),
    };
    store.write(|tx| {
        store::settings::set(tx, PAUSED_UNTIL, &until.timestamp_millis().to_string())
    })?;
    Ok(until)
}

pub fn resume_reminders(store: &Store) -> Result<()> {
    store.write(|tx| store::settings::remove(tx, PAUSED_UNTIL))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::test_support::*;

    #[test]
    fn defaults() {
        let t = temp_store();
        let s = settings(&t.store, &saturday_morning()).unwrap();
        assert_eq!(
            s,
            Settings {
                shortcut: DEFAULT_SHORTCUT.into(),
                paused_until: None
            }
        );
    }

    #[test]
    fn shortcut_is_kept_and_checked() {
        let t = temp_store();
        let clock = saturday_morning();
        set_shortcut(&t.store, " Ctrl+Shift+L ").unwrap();
        assert_eq!(settings(&t.store, &clock).unwrap().shortcut, "Ctrl+Shift+L");
        for bad in ["", "  ", &"K+".repeat(40), "Ctrl+\tW"] {
            assert_eq!(
                set_shortcut(&t.store, bad).unwrap_err().kind(),
                "validation",
                "{bad:?}"
            );
        }
        assert_eq!(settings(&t.store, &clock).unwrap().shortcut, "Ctrl+Shift+L");
    }

    #[test]
    fn pauses_end_by_themselves() {
        let t = temp_store();
        let clock = saturday_morning(); // 09:30 in UTC+1
        let until = pause_reminders(&t.store, &clock, Pause::OneHour).unwrap();
        assert_eq!(until, clock.now() + Duration::hours(1));
        assert_eq!(
            settings(&t.store, &clock).unwrap().paused_until,
            Some(until)
        );
        clock.advance(Duration::minutes(61));
        assert_eq!(settings(&t.store, &clock).unwrap().paused_until, None);

        let until = pause_reminders(&t.store, &clock, Pause::UntilTomorrow).unwrap();
        // Local midnight of Sunday 22 November in UTC+1.
        assert_eq!(until.to_rfc3339(), "2026-11-21T23:00:00+00:00");
        resume_reminders(&t.store).unwrap();
        assert_eq!(settings(&t.store, &clock).unwrap().paused_until, None);
    }
}
