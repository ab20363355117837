//! The `rest_days` table: days off for one step (`step_id`) or for every
//! step (`step_id` NULL), at most one of each kind per day.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Row};

use super::{from_day, to_day, to_millis};
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::StepId;
use crate::error::Result;

fn from_row(row: &Row<'_>) -> rusqlite::Result<RestDay> {
    let day: String = row.get(0)?;
    let reason: String = row.get(2)?;
    Ok(RestDay {
        date: from_day(&day)?,
        step_id: row.get::<_, Option<String>>(1)?.map(StepId::from_trusted),
        reason: RestReason::parse(&reason).map_err(|e| super::bad_column(e.0))?,
    })
}

/// Marks a rest day, replacing the reason of the same day and step.
pub fn put(conn: &Connection, rest: &RestDay, now: DateTime<Utc>) -> Result<()> {
    let step = rest.step_id.as_ref().map(StepId::as_str);
    conn.execute(
        "DELETE FROM rest_days WHERE local_date = ?1 AND step_id IS ?2",
        params![to_day(rest.date), step],
    )?;
    conn.execute(
        "INSERT INTO rest_days (id, local_date, step_id, reason, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            super::new_id(),
            to_day(rest.date),
            step,
            rest.reason.as_str(),
            to_millis(now)
        ],
    )?;
    Ok(())
}

/// Removes the rest day of `date` for `step` (or for every step, `None`).
/// Returns whether there was one.
pub fn remove(conn: &Connection, date: NaiveDate, step: Option<&StepId>) -> Result<bool> {
    let n = conn.execute(
        "DELETE FROM rest_days WHERE local_date = ?1 AND step_id IS ?2",
        params![to_day(date), step.map(StepId::as_str)],
    )?;
    Ok(n > 0)
}

/// Rest days from `from` to `to` (inclusive), by day, the ones for every
/// step first.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<RestDay>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_date, step_id, reason FROM rest_days
         WHERE local_date BETWEEN ?1 AND ?2
         ORDER BY local_date, step_id IS NOT NULL, step_id",
    )?;
    let rows = stmt.query_map([to_day(from), to_day(to)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every rest day, oldest first (a short list: days off are rare).
pub fn all(conn: &Connection) -> Result<Vec<RestDay>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_date, step_id, reason FROM rest_days ORDER BY local_date, step_id IS NOT NULL, step_id",
    )?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use chrono::TimeZone;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn one_rest_day_per_day_and_step() {
        let t = temp_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        let step = StepId::from_trusted("00000000-0000-4000-9000-000000000001".into());
        t.store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO steps (id, title, cadence_kind, cadence_number, position, created_at, updated_at)
                     VALUES (?1, 's', 'daily', 0, 0, 0, 0)",
                    [step.as_str()],
                )?;
                let all = RestDay { date: day(20), step_id: None, reason: RestReason::Sick };
                put(tx, &all, now)?;
                put(tx, &RestDay { reason: RestReason::Travel, ..all.clone() }, now)?;
                put(tx, &RestDay { date: day(20), step_id: Some(step.clone()), reason: RestReason::Rest }, now)?;
                put(tx, &RestDay { date: day(22), step_id: None, reason: RestReason::Other }, now)
            })
            .unwrap();
        let listed = t.store.read(|c| between(c, day(19), day(21))).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(
            (listed[0].step_id.clone(), listed[0].reason),
            (None, RestReason::Travel)
        );
        assert_eq!(listed[1].step_id.as_ref(), Some(&step));
        assert_eq!(t.store.read(all).unwrap().len(), 3);
        assert!(t.store.write(|tx| remove(tx, day(20), None)).unwrap());
        assert!(!t.store.write(|tx| remove(tx, day(20), None)).unwrap());
        assert_eq!(
            t.store
                .read(|c| between(c, day(19), day(21)))
                .unwrap()
                .len(),
            1
        );
    }
}
