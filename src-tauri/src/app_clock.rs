//! The clock the app runs on: the system's clock and time zone. Built with
//! the `e2e` feature, two variables move it for end-to-end tests (a release
//! build reads neither): `CAIRN_E2E_NOW` (an RFC 3339 instant) shifts it so
//! that the app starts at that instant and then runs at the real pace, so a
//! test watches the day turn at midnight without waiting for one; and
//! `CAIRN_E2E_CLOCK_FILE` names a file whose whole number of seconds is
//! added at every reading, so a test can make a day pass at once, as a
//! computer asleep overnight finds on waking.

use crate::clock::{Clock, SystemClock};

/// The clock for the app's state and its scheduler.
pub fn app_clock() -> Box<dyn Clock> {
    #[cfg(feature = "e2e")]
    if let Some(shifted) = e2e::shifted() {
        return Box::new(shifted);
    }
    Box::new(SystemClock)
}

#[cfg(feature = "e2e")]
mod e2e {
    use super::*;
    use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

    /// `CAIRN_E2E_NOW` minus the real now, read once (every clock the app
    /// makes shows the same time), and the file of jumps, if either is set.
    pub fn shifted() -> Option<Shifted> {
        static SHIFT: std::sync::OnceLock<chrono::Duration> = std::sync::OnceLock::new();
        let start = std::env::var("CAIRN_E2E_NOW").ok();
        let jumps = std::env::var_os("CAIRN_E2E_CLOCK_FILE").map(std::path::PathBuf::from);
        if start.is_none() && jumps.is_none() {
            return None;
        }
        let shift = *SHIFT.get_or_init(|| {
            start
                .and_then(|s| DateTime::parse_from_rfc3339(s.trim()).ok())
                .map_or(chrono::Duration::zero(), |at| {
                    at.with_timezone(&Utc) - SystemClock.now()
                })
        });
        Some(Shifted { shift, jumps })
    }

    /// The system's clock moved by a fixed amount and by the jumps in a
    /// file; its time zone as it is.
    pub struct Shifted {
        shift: chrono::Duration,
        jumps: Option<std::path::PathBuf>,
    }

    impl Shifted {
        fn jumped(&self) -> chrono::Duration {
            let seconds = self
                .jumps
                .as_ref()
                .and_then(|f| std::fs::read_to_string(f).ok())
                .and_then(|text| text.trim().parse::<i64>().ok())
                .unwrap_or(0);
            chrono::Duration::seconds(seconds)
        }
    }

    impl Clock for Shifted {
        fn now(&self) -> DateTime<Utc> {
            SystemClock.now() + self.shift + self.jumped()
        }

        fn local_datetime(&self, instant: DateTime<Utc>) -> NaiveDateTime {
            SystemClock.local_datetime(instant)
        }

        fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
            SystemClock.start_of_day(date)
        }
    }
}
