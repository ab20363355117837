//! How far each step is in its period as of a day (done today, this week,
//! ever for a once-step): what Today's open steps and a step's ✓ both ask,
//! the ✓ inside its own write.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};

use crate::domain::{Cadence, Step, StepId, StepProgress};
use crate::error::Result;
use crate::store;

/// The Monday that starts `day`'s ISO week.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Progress on `steps` as of `day`.
pub(crate) fn progress_of(
    conn: &store::Conn,
    steps: &[Step],
    day: NaiveDate,
) -> Result<HashMap<StepId, StepProgress>> {
    let once: Vec<StepId> = steps
        .iter()
        .filter(|s| s.cadence == Cadence::Once && !s.archived)
        .map(|s| s.id.clone())
        .collect();
    store::wins::step_progress(conn, day, week_start(day), &once)
}
