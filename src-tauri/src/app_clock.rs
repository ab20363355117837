//! The clock the app runs on: the system's clock and time zone. Built with
//! the `e2e` feature, `CAIRN_E2E_NOW` (an RFC 3339 instant) shifts it so
//! that the app starts at that instant and then runs at the real pace: an
//! end-to-end test watches the day turn at midnight without waiting for
//! one. A release build has no such variable.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::clock::{Clock, SystemClock};

/// The clock for the app's state and its scheduler.
pub fn app_clock() -> Box<dyn Clock> {
    #[cfg(feature = "e2e")]
    if let Some(shift) = e2e_shift() {
        return Box::new(Shifted(shift));
    }
    Box::new(SystemClock)
}

/// `CAIRN_E2E_NOW` minus the real now, read once: every clock the app makes
/// shows the same time.
#[cfg(feature = "e2e")]
fn e2e_shift() -> Option<chrono::Duration> {
    static SHIFT: std::sync::OnceLock<Option<chrono::Duration>> = std::sync::OnceLock::new();
    *SHIFT.get_or_init(|| {
        let wanted = std::env::var("CAIRN_E2E_NOW").ok()?;
        let at = DateTime::parse_from_rfc3339(wanted.trim()).ok()?;
        Some(at.with_timezone(&Utc) - SystemClock.now())
    })
}

/// The system's clock moved by a fixed amount; its time zone as it is.
#[cfg_attr(not(feature = "e2e"), allow(dead_code))]
struct Shifted(chrono::Duration);

impl Clock for Shifted {
    fn now(&self) -> DateTime<Utc> {
        SystemClock.now() + self.0
    }

    fn local_datetime(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        SystemClock.local_datetime(instant)
    }

    fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        SystemClock.start_of_day(date)
    }
}
