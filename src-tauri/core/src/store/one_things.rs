//! The `one_things` table: each local day's one thing, and whether it is
//! done (its linked win is live, or a live win on its step was logged that
//! day; deleted wins do not count).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_day, to_day, to_millis};
use crate::domain::focus::{is_done, OneThing};
use crate::domain::ids::OneThingId;
use crate::domain::{StepId, WinId};
use crate::error::Result;

/// A stored one thing with whether it is done.
#[derive(Debug, Clone, PartialEq)]
pub struct OneThingRow {
    pub one: OneThing,
    pub done: bool,
}

const SELECT: &str = "SELECT o.local_date, o.step_id, o.text, o.win_id,
        EXISTS (SELECT 1 FROM wins w WHERE w.id = o.win_id AND w.deleted_at IS NULL),
        (SELECT COUNT(*) FROM wins w
         WHERE o.step_id IS NOT NULL AND w.step_id = o.step_id
           AND w.local_date = o.local_date AND w.deleted_at IS NULL)
     FROM one_things o";

fn from_row(row: &Row<'_>) -> rusqlite::Result<OneThingRow> {
    let day: String = row.get(0)?;
    let linked: bool = row.get(4)?;
    let step_wins: u32 = row.get(5)?;
    Ok(OneThingRow {
        one: OneThing {
            date: from_day(&day)?,
            step_id: row.get::<_, Option<String>>(1)?.map(StepId::from_trusted),
            text: row.get(2)?,
            win_id: row.get::<_, Option<String>>(3)?.map(WinId::from_trusted),
        },
        done: is_done(linked, step_wins),
    })
}

/// The one thing of `day`, if one was set.
pub fn on_day(conn: &Connection, day: NaiveDate) -> Result<Option<OneThingRow>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE o.local_date = ?1"))?;
    Ok(stmt.query_row([to_day(day)], from_row).optional()?)
}

/// The latest one thing before `day`, if any.
pub fn latest_before(conn: &Connection, day: NaiveDate) -> Result<Option<OneThingRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE o.local_date < ?1 ORDER BY o.local_date DESC LIMIT 1"
    ))?;
    Ok(stmt.query_row([to_day(day)], from_row).optional()?)
}

/// Sets the one thing of its day, replacing any other (which forgets the
/// win linked to the old one).
pub fn set(conn: &Connection, one: &OneThing, now: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO one_things (id, local_date, step_id, text, win_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT (local_date) DO UPDATE SET step_id = excluded.step_id,
             text = excluded.text, win_id = excluded.win_id, updated_at = excluded.updated_at",
    )?
    .execute(params![
        super::new_id(),
        to_day(one.date),
        one.step_id.as_ref().map(StepId::as_str),
        one.text,
        one.win_id.as_ref().map(WinId::as_str),
        to_millis(now)
    ])?;
    Ok(())
}

/// Links the win that did `day`'s one thing.
pub fn link_win(conn: &Connection, day: NaiveDate, win: &WinId, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE one_things SET win_id = ?2, updated_at = ?3 WHERE local_date = ?1",
        params![to_day(day), win.as_str(), to_millis(now)],
    )?;
    Ok(())
}

/// Removes `day`'s one thing; returns whether there was one.
pub fn clear(conn: &Connection, day: NaiveDate) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM one_things WHERE local_date = ?1",
        [to_day(day)],
    )? > 0)
}

/// The one things of the days from `from` to `to`, oldest first.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<OneThingRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE o.local_date BETWEEN ?1 AND ?2 ORDER BY o.local_date"
    ))?;
    let rows = stmt.query_map([to_day(from), to_day(to)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The days from `from` to `to` whose one thing is done, oldest first.
pub fn done_days(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<NaiveDate>> {
    Ok(between(conn, from, to)?
        .into_iter()
        .filter(|row| row.done)
        .map(|row| row.one.date)
        .collect())
}

// --- Export and import: every row with its stable id. ---

/// Every one thing with its id, oldest day first (the export).
pub fn all_with_ids(conn: &Connection) -> Result<Vec<(OneThingId, OneThing)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, local_date, step_id, text, win_id FROM one_things ORDER BY local_date",
    )?;
    let rows = stmt.query_map([], |row| {
        let day: String = row.get(1)?;
        Ok((
            OneThingId::from_trusted(row.get(0)?),
            OneThing {
                date: from_day(&day)?,
                step_id: row.get::<_, Option<String>>(2)?.map(StepId::from_trusted),
                text: row.get(3)?,
                win_id: row.get::<_, Option<String>>(4)?.map(WinId::from_trusted),
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether a one thing with this id is stored.
pub fn exists(conn: &Connection, id: &OneThingId) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM one_things WHERE id = ?1",
            [id.as_str()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Adds an imported one thing with its own id (its day has none yet).
pub fn insert(
    conn: &Connection,
    id: &OneThingId,
    one: &OneThing,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO one_things (id, local_date, step_id, text, win_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            id.as_str(),
            to_day(one.date),
            one.step_id.as_ref().map(StepId::as_str),
            one.text,
            one.win_id.as_ref().map(WinId::as_str),
            to_millis(now)
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Win, WinSource};
    use crate::store::test_support::temp_store;
    use chrono::{Duration, TimeZone};

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap() + Duration::days(n)
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap()
    }

    fn free(date: NaiveDate, text: &str) -> OneThing {
        OneThing {
            date,
            step_id: None,
            text: text.into(),
            win_id: None,
        }
    }

    fn win(conn: &Connection, date: NaiveDate) -> WinId {
        let id = WinId::from_trusted(super::super::new_id());
        crate::store::wins::insert(
            conn,
            &Win {
                id: id.clone(),
                text: "w".into(),
                note: String::new(),
                logged_at: now(),
                local_date: date,
                goal_id: None,
                step_id: None,
                source: WinSource::Window,
                amount: None,
            },
        )
        .unwrap();
        id
    }

    #[test]
    fn one_per_day_replaced_linked_and_cleared() {
        let t = temp_store();
        t.store
            .write(|tx| {
                set(tx, &free(day(0), "Call Mum"), now())?;
                set(tx, &free(day(0), "Call Dad"), now())?;
                set(tx, &free(day(-3), "Older"), now())
            })
            .unwrap();
        let got = t.store.read(|c| on_day(c, day(0))).unwrap().unwrap();
        assert_eq!((got.one.text.as_str(), got.done), ("Call Dad", false));
        assert_eq!(
            t.store
                .read(|c| latest_before(c, day(0)))
                .unwrap()
                .map(|r| r.one.text),
            Some("Older".into())
        );

        let w = t
            .store
            .write(|tx| {
                let w = win(tx, day(0));
                link_win(tx, day(0), &w, now())?;
                Ok(w)
            })
            .unwrap();
        assert!(t.store.read(|c| on_day(c, day(0))).unwrap().unwrap().done);
        assert_eq!(
            t.store.read(|c| done_days(c, day(-7), day(0))).unwrap(),
            [day(0)]
        );

        // A deleted win does not count.
        t.store
            .write(|tx| crate::store::wins::mark_deleted(tx, &w, now()).map(drop))
            .unwrap();
        assert!(!t.store.read(|c| on_day(c, day(0))).unwrap().unwrap().done);
        assert!(t
            .store
            .read(|c| done_days(c, day(-7), day(0)))
            .unwrap()
            .is_empty());

        assert!(t.store.write(|tx| clear(tx, day(0))).unwrap());
        assert!(!t.store.write(|tx| clear(tx, day(0))).unwrap());
        assert_eq!(t.store.read(|c| on_day(c, day(0))).unwrap(), None);
    }
}
