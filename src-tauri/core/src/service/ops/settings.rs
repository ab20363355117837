//! The settings other use cases read inside their own snapshot: what the
//! reminder scheduler needs (quiet hours, "Later", a pause) and the weekly
//! review's (the week's first day, the nudge). `service/settings.rs` sets
//! them.

use chrono::{DateTime, NaiveTime, Utc, Weekday};

use crate::domain::schedule::QuietHours;
use crate::domain::stacks::parse_time;
use crate::error::Result;
use crate::store;

pub(crate) const PAUSED_UNTIL: &str = "reminders_paused_until";

pub(crate) const QUIET_HOURS: &str = "quiet_hours";
pub(crate) const SNOOZE_MINUTES: &str = "snooze_minutes";

/// Quiet hours until the person changes them: 22:00 to 07:00.
pub const DEFAULT_QUIET: (&str, &str) = ("22:00", "07:00");
/// How long "Later" waits, in minutes, until the person picks another.
pub const DEFAULT_SNOOZE_MINUTES: u32 = 30;
/// The snooze lengths a person can choose from.
pub const SNOOZE_CHOICES: [u32; 3] = [10, 30, 60];

/// What the reminder scheduler needs from the settings.
#[derive(Debug, Clone, PartialEq)]
pub struct ReminderSettings {
    /// `None` when the person turned quiet hours off.
    pub quiet: Option<QuietHours>,
    pub snooze_minutes: u32,
    /// The end of the latest pause, even if it is over (slots inside a
    /// pause stay skipped afterwards).
    pub pause_end: Option<DateTime<Utc>>,
}

pub(crate) fn default_quiet() -> QuietHours {
    QuietHours {
        start: parse_time(DEFAULT_QUIET.0).unwrap_or_default(),
        end: parse_time(DEFAULT_QUIET.1).unwrap_or_default(),
    }
}

/// The reminder settings, read on an open connection (so the scheduler
/// reads them in the same snapshot as the stacks).
pub fn reminder_settings_in(conn: &store::Conn) -> Result<ReminderSettings> {
    let quiet = match store::settings::get(conn, QUIET_HOURS)?.as_deref() {
        None => Some(default_quiet()),
        Some("off") => None,
        Some(text) => Some(
            text.split_once('-')
                .and_then(|(a, b)| {
                    Some(QuietHours {
                        start: parse_time(a).ok()?,
                        end: parse_time(b).ok()?,
                    })
                })
                .unwrap_or_else(default_quiet),
        ),
    };
    let snooze_minutes = store::settings::get(conn, SNOOZE_MINUTES)?
        .and_then(|m| m.parse().ok())
        .filter(|m| SNOOZE_CHOICES.contains(m))
        .unwrap_or(DEFAULT_SNOOZE_MINUTES);
    let pause_end = store::settings::get(conn, PAUSED_UNTIL)?
        .and_then(|ms| ms.parse::<i64>().ok())
        .and_then(DateTime::from_timestamp_millis);
    Ok(ReminderSettings {
        quiet,
        snooze_minutes,
        pause_end,
    })
}

/// The week's first day when the person has not chosen one and no locale
/// says otherwise.
pub const DEFAULT_FIRST_DAY: Weekday = Weekday::Mon;

pub(crate) const WEEK_START: &str = "week_start";
pub(crate) const REVIEW_NUDGE: &str = "review_nudge";

/// The weekly nudge until the person changes it: Sunday at 18:00.
pub const DEFAULT_NUDGE: (Weekday, u32, u32) = (Weekday::Sun, 18, 0);

/// The review's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewSettings {
    /// The week's first day; `None`: the locale's.
    pub week_start: Option<Weekday>,
    /// Whether the weekly nudge comes at all.
    pub nudge: bool,
    pub nudge_day: Weekday,
    pub nudge_time: NaiveTime,
}

fn weekday_from_number(n: u8) -> Option<Weekday> {
    (1..=7)
        .contains(&n)
        .then(|| Weekday::try_from(n - 1).ok())
        .flatten()
}

/// The review's settings, read on an open connection (the reminder
/// scheduler reads them beside the stacks).
pub fn review_settings_in(conn: &store::Conn) -> Result<ReviewSettings> {
    let week_start = store::settings::get(conn, WEEK_START)?
        .and_then(|n| n.parse::<u8>().ok())
        .and_then(weekday_from_number);
    let default_time =
        NaiveTime::from_hms_opt(DEFAULT_NUDGE.1, DEFAULT_NUDGE.2, 0).unwrap_or(NaiveTime::MIN);
    let (nudge, nudge_day, nudge_time) = match store::settings::get(conn, REVIEW_NUDGE)? {
        Some(text) if text == "off" => (false, DEFAULT_NUDGE.0, default_time),
        Some(text) => text
            .split_once(' ')
            .and_then(|(day, time)| {
                Some((
                    true,
                    weekday_from_number(day.parse().ok()?)?,
                    parse_time(time).ok()?,
                ))
            })
            .unwrap_or((true, DEFAULT_NUDGE.0, default_time)),
        None => (true, DEFAULT_NUDGE.0, default_time),
    };
    Ok(ReviewSettings {
        week_start,
        nudge,
        nudge_day,
        nudge_time,
    })
}

/// The first day of the week: the person's choice, else their locale's
/// (the language's locale, which keeps the system's region), else Monday.
pub fn first_day(settings: &ReviewSettings) -> Weekday {
    settings
        .week_start
        .unwrap_or_else(|| crate::i18n::locale::first_weekday(crate::i18n::current().locale()))
}

/// The first day of the week, read on an open connection.
pub fn first_day_in(conn: &store::Conn) -> Result<Weekday> {
    Ok(first_day(&review_settings_in(conn)?))
}
