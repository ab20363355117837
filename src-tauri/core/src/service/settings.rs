//! Preferences kept with the data: the quick-log shortcut, pausing
//! reminders (from the tray or the settings page), quiet hours and how long
//! "Later" waits, the language Cairn speaks, and the weekly review's: the
//! week's first day (decided here for every page and command) and the
//! nudge.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::clock::Clock;
use crate::domain::stacks::{parse_time, time_text};
use crate::error::{Error, Result};
use crate::i18n::{self, Choice, Language};
use crate::store::{self, Store};

pub use super::ops::settings::{
    first_day, first_day_in, reminder_settings_in, review_settings_in, ReminderSettings,
    ReviewSettings, DEFAULT_FIRST_DAY, DEFAULT_NUDGE, DEFAULT_QUIET, DEFAULT_SNOOZE_MINUTES,
    SNOOZE_CHOICES,
};
use super::ops::settings::{PAUSED_UNTIL, QUIET_HOURS, REVIEW_NUDGE, SNOOZE_MINUTES, WEEK_START};

/// The quick-log shortcut until the person picks another.
pub const DEFAULT_SHORTCUT: &str = "Ctrl+Alt+W";

const SHORTCUT: &str = "shortcut";

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
        return Err(Error::Validation(crate::tr!("error-shortcut-invalid")));
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

const LANGUAGE: &str = "language";

/// The person's language choice ("system" until they pick one). It stays on
/// this computer: another computer may have another system language.
pub fn language_choice(store: &Store) -> Result<Choice> {
    store.read(|conn| {
        Ok(Choice::from_setting(
            store::settings::get(conn, LANGUAGE)?.as_deref(),
        ))
    })
}

/// Makes the language `CAIRN_LANG`, the person's choice and the system give
/// the process's current one, and returns it.
pub fn use_language(store: &Store) -> Result<Arc<Language>> {
    let lang = Language::get(&i18n::resolve(&language_choice(store)?));
    i18n::set_current(lang.clone());
    Ok(lang)
}

/// Saves the person's choice ("system", a catalogue id or a pseudo-locale)
/// and makes the language it gives the current one.
pub fn set_language(store: &Store, choice: &str) -> Result<Arc<Language>> {
    let choice = Choice::from_setting(Some(choice));
    if let Choice::Language(id) = &choice {
        let known = i18n::LANGUAGES
            .iter()
            .chain(i18n::PSEUDO_LANGUAGES)
            .any(|(l, _)| l == id);
        if !known {
            return Err(Error::Validation(crate::tr!("error-language-unknown")));
        }
    }
    store.write(|tx| store::settings::set(tx, LANGUAGE, choice.as_setting()))?;
    use_language(store)
}

pub fn reminder_settings(store: &Store) -> Result<ReminderSettings> {
    store.read(reminder_settings_in)
}

/// Sets quiet hours (`HH:MM` start and end), or turns them off (`None`).
pub fn set_quiet_hours(store: &Store, hours: Option<(&str, &str)>) -> Result<()> {
    let value = match hours {
        None => "off".to_owned(),
        Some((start, end)) => {
            let (start, end) = (parse_time(start)?, parse_time(end)?);
            if start == end {
                return Err(Error::Validation(crate::tr!("error-quiet-hours-same")));
            }
            format!("{}-{}", time_text(start), time_text(end))
        }
    };
    store.write(|tx| store::settings::set(tx, QUIET_HOURS, &value))
}

/// Sets how long "Later" waits: 10, 30 or 60 minutes.
pub fn set_snooze_minutes(store: &Store, minutes: u32) -> Result<()> {
    if !SNOOZE_CHOICES.contains(&minutes) {
        return Err(Error::Validation(crate::tr!("error-snooze-choice")));
    }
    store.write(|tx| store::settings::set(tx, SNOOZE_MINUTES, &minutes.to_string()))
}

// ---- the weekly review ---------------------------------------------

pub fn review_settings(store: &Store) -> Result<ReviewSettings> {
    store.read(review_settings_in)
}

/// Keeps the review's settings. A nudge turned off keeps no day or time:
/// turned on again, it comes back at the default.
pub fn set_review_settings(store: &Store, s: &ReviewSettings) -> Result<()> {
    store.write(|tx| {
        match s.week_start {
            Some(day) => {
                store::settings::set(tx, WEEK_START, &day.number_from_monday().to_string())?
            }
            None => store::settings::remove(tx, WEEK_START)?,
        }
        let nudge = if s.nudge {
            format!(
                "{} {}",
                s.nudge_day.number_from_monday(),
                time_text(s.nudge_time)
            )
        } else {
            "off".to_owned()
        };
        store::settings::set(tx, REVIEW_NUDGE, &nudge)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::ops::settings::default_quiet;
    use crate::service::test_support::*;
    use chrono::Weekday;

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

    #[test]
    fn reminder_settings_default_and_change() {
        let t = temp_store();
        let r = reminder_settings(&t.store).unwrap();
        assert_eq!(r.quiet, Some(default_quiet()));
        assert_eq!(r.snooze_minutes, 30);
        set_quiet_hours(&t.store, Some(("23:15", "6:45"))).unwrap();
        let q = reminder_settings(&t.store).unwrap().quiet.unwrap();
        assert_eq!(
            (time_text(q.start), time_text(q.end)),
            ("23:15".into(), "06:45".into())
        );
        set_quiet_hours(&t.store, None).unwrap();
        assert_eq!(reminder_settings(&t.store).unwrap().quiet, None);
        assert_eq!(
            set_quiet_hours(&t.store, Some(("22:00", "22:00")))
                .unwrap_err()
                .kind(),
            "validation"
        );
        assert_eq!(
            set_quiet_hours(&t.store, Some(("late", "07:00")))
                .unwrap_err()
                .kind(),
            "validation"
        );
        set_snooze_minutes(&t.store, 10).unwrap();
        assert_eq!(reminder_settings(&t.store).unwrap().snooze_minutes, 10);
        assert_eq!(
            set_snooze_minutes(&t.store, 45).unwrap_err().kind(),
            "validation"
        );
    }

    #[test]
    fn review_settings_default_to_sunday_evening_and_the_locale() {
        let t = temp_store();
        let s = review_settings(&t.store).unwrap();
        assert_eq!(s.week_start, None);
        assert!(s.nudge);
        assert_eq!(s.nudge_day, Weekday::Sun);
        assert_eq!(time_text(s.nudge_time), "18:00");
        let chosen = ReviewSettings {
            week_start: Some(Weekday::Sun),
            nudge: true,
            nudge_day: Weekday::Sat,
            nudge_time: parse_time("09:15").unwrap(),
        };
        set_review_settings(&t.store, &chosen).unwrap();
        assert_eq!(review_settings(&t.store).unwrap(), chosen);
        let off = ReviewSettings {
            week_start: None,
            nudge: false,
            ..chosen
        };
        set_review_settings(&t.store, &off).unwrap();
        let read = review_settings(&t.store).unwrap();
        assert_eq!((read.week_start, read.nudge), (None, false));
        // Without a choice, the week starts as the language's locale
        // starts it, whatever LANG this machine has.
        use crate::i18n::with_language;
        assert_eq!(with_language("en-US", || first_day(&read)), Weekday::Sun);
        assert_eq!(with_language("de-DE", || first_day(&read)), Weekday::Mon);
        assert_eq!(with_language("es-ES", || first_day(&read)), Weekday::Mon);
    }
}
