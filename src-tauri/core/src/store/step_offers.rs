//! The `step_offers_quiet` table: "Make it smaller?" and "Ready for a bit
//! more?" set aside for a step, quiet until a local day.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::{from_day, to_day};
use crate::domain::StepId;
use crate::error::Result;

/// The day a step's offers may come back, if they were set aside.
pub fn quiet_until(conn: &Connection, step: &StepId) -> Result<Option<NaiveDate>> {
    let mut stmt =
        conn.prepare_cached("SELECT quiet_until FROM step_offers_quiet WHERE step_id = ?1")?;
    let day: Option<String> = stmt.query_row([step.as_str()], |r| r.get(0)).optional()?;
    Ok(day.map(|d| from_day(&d)).transpose()?)
}

/// Every step set aside, with the day its offers may come back.
pub fn all(conn: &Connection) -> Result<HashMap<StepId, NaiveDate>> {
    let mut stmt = conn.prepare_cached("SELECT step_id, quiet_until FROM step_offers_quiet")?;
    let rows = stmt.query_map([], |r| {
        let day: String = r.get(1)?;
        Ok((StepId::from_trusted(r.get(0)?), from_day(&day)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Quiets a step's offers until `until`.
pub fn set_quiet(conn: &Connection, step: &StepId, until: NaiveDate) -> Result<()> {
    conn.execute(
        "INSERT INTO step_offers_quiet (step_id, quiet_until) VALUES (?1, ?2)
         ON CONFLICT (step_id) DO UPDATE SET quiet_until = excluded.quiet_until",
        params![step.as_str(), to_day(until)],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Cadence, Step};
    use crate::store::{steps, test_support::temp_store};
    use chrono::{TimeZone, Utc};

    #[test]
    fn quiet_days_round_trip_and_replace() {
        let t = temp_store();
        let id = StepId::from_trusted("00000000-0000-4000-9000-000000000001".into());
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(t.store.read(|c| quiet_until(c, &id)).unwrap(), None);
        t.store
            .write(|tx| {
                steps::insert(
                    tx,
                    &Step {
                        id: id.clone(),
                        goal_id: None,
                        title: "Stretch".into(),
                        cadence: Cadence::Daily,
                        minutes: None,
                        position: 0,
                        archived: false,
                        created_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
                        measure: None,
                    },
                )?;
                set_quiet(tx, &id, day(5))?;
                set_quiet(tx, &id, day(9))
            })
            .unwrap();
        assert_eq!(t.store.read(|c| quiet_until(c, &id)).unwrap(), Some(day(9)));
        assert_eq!(t.store.read(all).unwrap().get(&id), Some(&day(9)));
    }
}
