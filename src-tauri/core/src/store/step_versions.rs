//! The `step_versions` table: a step as it was from a day on (its title,
//! cadence, minutes and, for a measured step, its target amount), one row
//! per step and day. The row with the latest
//! `effective_date` on or before a day is the step on that day; `steps`
//! keeps the current values.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_day, to_day, to_millis};
use crate::domain::adjust::{ChangeReason, StepVersion};
use crate::domain::ids::StepVersionId;
use crate::domain::measure::Amount;
use crate::domain::{Cadence, StepId};
use crate::error::Result;

const COLUMNS: &str =
    "step_id, effective_date, title, cadence_kind, cadence_number, minutes, reason, target_milli";

fn from_row(row: &Row<'_>) -> rusqlite::Result<StepVersion> {
    let day: String = row.get(1)?;
    let kind: String = row.get(3)?;
    let number: u8 = row.get(4)?;
    let reason: String = row.get(6)?;
    Ok(StepVersion {
        step_id: StepId::from_trusted(row.get(0)?),
        effective: from_day(&day)?,
        title: row.get(2)?,
        cadence: Cadence::from_parts(&kind, number).map_err(|e| super::bad_column(e.0))?,
        minutes: row.get(5)?,
        reason: ChangeReason::parse(&reason).map_err(|e| super::bad_column(e.0))?,
        target: row
            .get::<_, Option<i64>>(7)?
            .map(Amount::from_milli)
            .transpose()
            .map_err(|e| super::bad_column(e.0))?,
    })
}

/// One step's versions, oldest first.
pub fn for_step(conn: &Connection, step: &StepId) -> Result<Vec<StepVersion>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM step_versions WHERE step_id = ?1 ORDER BY effective_date"
    ))?;
    let rows = stmt.query_map([step.as_str()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every step's versions, by step and oldest first.
pub fn all(conn: &Connection) -> Result<Vec<StepVersion>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM step_versions ORDER BY step_id, effective_date"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The insert both writers share; `put` adds what a clash on the step's
/// day does.
const INSERT: &str = "INSERT INTO step_versions (id, step_id, effective_date, title, cadence_kind,
                                   cadence_number, minutes, reason, created_at, target_milli)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

fn write(
    conn: &Connection,
    sql: &str,
    id: &str,
    v: &StepVersion,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        sql,
        params![
            id,
            v.step_id.as_str(),
            to_day(v.effective),
            v.title,
            v.cadence.kind(),
            v.cadence.number(),
            v.minutes,
            v.reason.as_str(),
            to_millis(now),
            v.target.map(|a| a.milli()),
        ],
    )?;
    Ok(())
}

/// Writes the version of its day, replacing one already there (a second
/// change the same day). A step's first version keeps the reason `start`.
pub fn put(conn: &Connection, v: &StepVersion, now: DateTime<Utc>) -> Result<()> {
    let sql = format!(
        "{INSERT} ON CONFLICT (step_id, effective_date) DO UPDATE SET
             title = excluded.title, cadence_kind = excluded.cadence_kind,
             cadence_number = excluded.cadence_number, minutes = excluded.minutes,
             target_milli = excluded.target_milli,
             reason = CASE WHEN step_versions.reason = 'start' THEN 'start'
                           ELSE excluded.reason END"
    );
    write(conn, &sql, &super::new_id(), v, now)
}

/// Removes the version of `day`, if there is one.
pub fn remove(conn: &Connection, step: &StepId, day: NaiveDate) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM step_versions WHERE step_id = ?1 AND effective_date = ?2",
        params![step.as_str(), to_day(day)],
    )?;
    Ok(n > 0)
}

// --- Export and import: every row with its stable id. ---

/// Every step's versions with their ids, by step and oldest first.
pub fn all_with_ids(conn: &Connection) -> Result<Vec<(StepVersionId, StepVersion)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, id FROM step_versions ORDER BY step_id, effective_date"
    ))?;
    let rows = stmt.query_map([], |row| {
        Ok((StepVersionId::from_trusted(row.get(8)?), from_row(row)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether a version with this id, or one of the same step and day, is
/// stored.
pub fn exists(conn: &Connection, id: &StepVersionId, v: &StepVersion) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM step_versions
             WHERE id = ?1 OR (step_id = ?2 AND effective_date = ?3) LIMIT 1",
            params![id.as_str(), v.step_id.as_str(), to_day(v.effective)],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Adds an imported version with its own id (its step and day have none).
pub fn insert(
    conn: &Connection,
    id: &StepVersionId,
    v: &StepVersion,
    now: DateTime<Utc>,
) -> Result<()> {
    write(conn, INSERT, id.as_str(), v, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Step;
    use crate::store::{steps, test_support::temp_store};
    use chrono::TimeZone;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn step_id() -> StepId {
        StepId::from_trusted("00000000-0000-4000-9000-000000000001".into())
    }

    fn version(d: u32, minutes: u16, reason: ChangeReason) -> StepVersion {
        StepVersion {
            step_id: step_id(),
            effective: day(d),
            title: "Stretch".into(),
            cadence: Cadence::TimesPerWeek(3),
            minutes: Some(minutes),
            reason,
            target: None,
        }
    }

    #[test]
    fn versions_round_trip_and_one_per_day() {
        let t = temp_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 8, 0, 0).unwrap();
        t.store
            .write(|tx| {
                steps::insert(
                    tx,
                    &Step {
                        id: step_id(),
                        goal_id: None,
                        title: "Stretch".into(),
                        cadence: Cadence::Daily,
                        minutes: Some(10),
                        position: 0,
                        archived: false,
                        created_at: now,
                        measure: None,
                    },
                )?;
                put(tx, &version(3, 10, ChangeReason::Start), now)?;
                put(tx, &version(20, 5, ChangeReason::Smaller), now)?;
                // The same day again: replaced, not added.
                put(tx, &version(20, 1, ChangeReason::Smaller), now)?;
                // A change on the first day keeps it the start.
                put(tx, &version(3, 12, ChangeReason::Edit), now)
            })
            .unwrap();
        let got = t.store.read(|c| for_step(c, &step_id())).unwrap();
        assert_eq!(
            got,
            [
                version(3, 12, ChangeReason::Start),
                version(20, 1, ChangeReason::Smaller)
            ]
        );
        assert_eq!(t.store.read(all).unwrap(), got);
        assert!(t.store.write(|tx| remove(tx, &step_id(), day(20))).unwrap());
        assert!(!t.store.write(|tx| remove(tx, &step_id(), day(20))).unwrap());
        assert_eq!(t.store.read(|c| for_step(c, &step_id())).unwrap().len(), 1);
    }
}
