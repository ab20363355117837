//! The `wins` table. Deleted wins stay for a short undo window
//! (`deleted_at` set) and are hidden from every listing meanwhile.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_day, from_millis, to_day, to_millis};
use crate::domain::measure::Amount;
use crate::domain::{GoalId, StepId, StepProgress, Win, WinId, WinSource};
use crate::error::Result;

/// A win with the names a listing shows beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct WinRecord {
    pub win: Win,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    pub step_title: Option<String>,
    /// The unit of the win's step, when it is measured.
    pub step_unit: Option<String>,
}

pub(crate) const SELECT: &str =
    "SELECT w.id, w.text, w.note, w.logged_at, w.local_date, w.goal_id, w.step_id,
            w.source, g.title, g.colour, s.title, w.amount_milli, s.unit
     FROM wins w
     LEFT JOIN goals g ON g.id = w.goal_id
     LEFT JOIN steps s ON s.id = w.step_id";

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<WinRecord> {
    let day: String = row.get(4)?;
    let source: String = row.get(7)?;
    Ok(WinRecord {
        win: Win {
            id: WinId::from_trusted(row.get(0)?),
            text: row.get(1)?,
            note: row.get(2)?,
            logged_at: from_millis(row.get(3)?)?,
            local_date: from_day(&day)?,
            goal_id: row.get::<_, Option<String>>(5)?.map(GoalId::from_trusted),
            step_id: row.get::<_, Option<String>>(6)?.map(StepId::from_trusted),
            source: WinSource::parse(&source).map_err(|e| super::bad_column(e.0))?,
            amount: row
                .get::<_, Option<i64>>(11)?
                .map(Amount::from_milli)
                .transpose()
                .map_err(|e| super::bad_column(e.0))?,
        },
        goal_title: row.get(8)?,
        goal_colour: row.get(9)?,
        step_title: row.get(10)?,
        step_unit: row.get(12)?,
    })
}

pub fn insert(conn: &Connection, win: &Win) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at,
                           amount_milli)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?4, ?9)",
    )?
    .execute(params![
        win.id.as_str(),
        win.text,
        win.note,
        to_millis(win.logged_at),
        to_day(win.local_date),
        win.goal_id.as_ref().map(GoalId::as_str),
        win.step_id.as_ref().map(StepId::as_str),
        win.source.as_str(),
        win.amount.map(|a| a.milli()),
    ])?;
    Ok(())
}

/// A win that is not deleted.
pub fn get(conn: &Connection, id: &WinId) -> Result<Option<WinRecord>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE w.id = ?1 AND w.deleted_at IS NULL"
    ))?;
    Ok(stmt.query_row([id.as_str()], from_row).optional()?)
}

/// When a win was deleted: `Some(None)` for a live win, `None` if no such row.
pub fn deleted_at(conn: &Connection, id: &WinId) -> Result<Option<Option<DateTime<Utc>>>> {
    // Cached: an import asks it once for every win in the file.
    let ms: Option<Option<i64>> = conn
        .prepare_cached("SELECT deleted_at FROM wins WHERE id = ?1")?
        .query_row([id.as_str()], |r| r.get(0))
        .optional()?;
    Ok(match ms {
        None => None,
        Some(None) => Some(None),
        Some(Some(ms)) => Some(Some(from_millis(ms)?)),
    })
}

/// Changes a live win's text and note. Returns whether it was found.
pub fn update_text(
    conn: &Connection,
    id: &WinId,
    text: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE wins SET text = ?2, note = ?3, updated_at = ?4 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.as_str(), text, note, to_millis(now)],
    )?;
    Ok(n == 1)
}

/// Changes a live win's amount. Returns whether it was found.
pub fn set_amount(
    conn: &Connection,
    id: &WinId,
    amount: Amount,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE wins SET amount_milli = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.as_str(), amount.milli(), to_millis(now)],
    )?;
    Ok(n == 1)
}

/// Puts a live win on another day. Returns whether it was found.
pub fn move_to_day(
    conn: &Connection,
    id: &WinId,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE wins SET local_date = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.as_str(), day.to_string(), to_millis(now)],
    )?;
    Ok(n == 1)
}

/// Marks a live win deleted. Returns whether it was found.
pub fn mark_deleted(conn: &Connection, id: &WinId, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE wins SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
        params![id.as_str(), to_millis(now)],
    )?;
    Ok(n == 1)
}

/// Brings a deleted win back. Returns whether one was restored.
pub fn unmark_deleted(conn: &Connection, id: &WinId, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE wins SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
        params![id.as_str(), to_millis(now)],
    )?;
    Ok(n == 1)
}

/// Whether any win is waiting in its undo window.
pub fn any_deleted(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM wins WHERE deleted_at IS NOT NULL)",
        [],
        |r| r.get(0),
    )?)
}

/// Removes for good the wins deleted before `cutoff` (all of them for `None`).
pub fn purge_deleted(conn: &Connection, cutoff: Option<DateTime<Utc>>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM wins WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
        [cutoff.map_or(i64::MAX, to_millis)],
    )?)
}

/// The live wins of one day, newest first.
pub fn on_day(conn: &Connection, day: NaiveDate) -> Result<Vec<WinRecord>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE w.local_date = ?1 AND w.deleted_at IS NULL ORDER BY w.logged_at DESC"
    ))?;
    let rows = stmt.query_map([to_day(day)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The newest `limit` live wins of `day`, newest first.
pub fn newest_on_day(conn: &Connection, day: NaiveDate, limit: usize) -> Result<Vec<WinRecord>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE w.local_date = ?1 AND w.deleted_at IS NULL \
         ORDER BY w.logged_at DESC LIMIT ?2"
    ))?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt.query_map(params![to_day(day), limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many live wins `day` has (one row of the day tally).
pub fn count_on_day(conn: &Connection, day: NaiveDate) -> Result<usize> {
    let mut stmt = conn.prepare_cached("SELECT wins FROM win_day_totals WHERE local_date = ?1")?;
    let n: Option<i64> = stmt.query_row([to_day(day)], |r| r.get(0)).optional()?;
    Ok(usize::try_from(n.unwrap_or(0)).unwrap_or(0))
}

/// Where a page of the wins list continues: strictly older than this win.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    pub local_date: NaiveDate,
    pub logged_at: DateTime<Utc>,
    pub id: WinId,
}

/// Up to `limit` live wins, newest day first, starting after `after`.
pub fn page(conn: &Connection, after: Option<&Cursor>, limit: usize) -> Result<Vec<WinRecord>> {
    // The sentinel cursor sorts after every real row.
    let (day, at, id) = match after {
        Some(c) => (
            to_day(c.local_date),
            to_millis(c.logged_at),
            c.id.as_str().to_owned(),
        ),
        None => ("9999-12-31".to_owned(), i64::MAX, String::new()),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT}
         WHERE w.deleted_at IS NULL
           AND (w.local_date < ?1 OR (w.local_date = ?1 AND (w.logged_at < ?2
                OR (w.logged_at = ?2 AND w.id < ?3))))
         ORDER BY w.local_date DESC, w.logged_at DESC, w.id DESC
         LIMIT ?4"
    ))?;
    let rows = stmt.query_map(params![day, at, id, limit as i64], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Hands every live win to `f`, oldest first (by day, time and id), one
/// row at a time, so an export of a long history never holds it whole.
/// Stops at the first error of `f`, which comes back inside the `Ok`; the
/// outer error is the database's.
pub fn each_live<E>(
    conn: &Connection,
    mut f: impl FnMut(WinRecord) -> std::result::Result<(), E>,
) -> Result<std::result::Result<(), E>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT}
         WHERE w.deleted_at IS NULL
         ORDER BY w.local_date, w.logged_at, w.id"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        if let Err(e) = f(from_row(row)?) {
            return Ok(Err(e));
        }
    }
    Ok(Ok(()))
}

/// Each step's progress as of `day`: a win on it, the days with a win in
/// its week (from `week_start`) and calendar month, and its last day with
/// a win before it; read from the day tally (live wins only), a month and
/// a day back at most. For `once_steps`, whether they have any win at all.
pub fn step_progress(
    conn: &Connection,
    day: NaiveDate,
    week_start: NaiveDate,
    once_steps: &[StepId],
) -> Result<HashMap<StepId, StepProgress>> {
    let month_start = day.with_day(1).unwrap_or(day);
    // A month and a day back covers the week and the month too.
    let from = day - chrono::Duration::days(31);
    let mut out: HashMap<StepId, StepProgress> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT step_id, local_date, SUM(amount_milli) FROM win_days
         WHERE step_id <> '' AND local_date BETWEEN ?1 AND ?2
         GROUP BY step_id, local_date",
    )?;
    let rows = stmt.query_map([to_day(from), to_day(day)], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (id, date, amount) = row?;
        let Ok(date) = date.parse::<NaiveDate>() else {
            continue;
        };
        let p = out.entry(StepId::from_trusted(id)).or_default();
        p.ever_done = true;
        if date == day {
            p.done_today = true;
            p.amount_today += amount;
        } else if p.last_done_before.is_none_or(|last| last < date) {
            p.last_done_before = Some(date);
        }
        if date >= week_start {
            p.days_this_week += 1;
            p.amount_this_week += amount;
        }
        if date >= month_start {
            p.days_this_month += 1;
        }
    }
    let mut ever = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM wins WHERE step_id = ?1 AND deleted_at IS NULL)",
    )?;
    for id in once_steps {
        if ever.query_row([id.as_str()], |r| r.get::<_, bool>(0))? {
            out.entry(id.clone()).or_default().ever_done = true;
        }
    }
    Ok(out)
}

/// One page of the wins list, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct WinPage {
    pub wins: Vec<WinRecord>,
    /// Where the next page starts; `None` at the end.
    pub next: Option<Cursor>,
}

impl WinPage {
    /// A page from the rows a query with `limit` returned: a full page may
    /// have more after its last win, so that win is where the next starts.
    pub fn from_rows(wins: Vec<WinRecord>, limit: usize) -> WinPage {
        let next = (wins.len() == limit)
            .then(|| wins.last())
            .flatten()
            .map(|last| Cursor {
                local_date: last.win.local_date,
                logged_at: last.win.logged_at,
                id: last.win.id.clone(),
            });
        WinPage { wins, next }
    }
}

/// Most wins in one page.
pub const PAGE_MAX: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use chrono::TimeZone;

    fn win(n: u8, day: u32, hour: u32) -> Win {
        Win {
            id: WinId::from_trusted(format!("00000000-0000-4000-a000-0000000000{n:02}")),
            text: format!("win {n}"),
            note: String::new(),
            logged_at: Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap(),
            local_date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            goal_id: None,
            step_id: None,
            source: WinSource::Window,
            amount: None,
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_stored_local_day_is_kept_whatever_the_instant() {
        // Logged at 23:30 on the 20th in New York: 04:30 UTC on the 21st.
        let t = temp_store();
        let mut w = win(1, 21, 4);
        w.local_date = day(20);
        t.store.write(|tx| insert(tx, &w)).unwrap();
        assert_eq!(t.store.read(|c| on_day(c, day(20))).unwrap()[0].win, w);
        assert!(t.store.read(|c| on_day(c, day(21))).unwrap().is_empty());
    }

    #[test]
    fn delete_undo_and_purge() {
        let t = temp_store();
        let w = win(1, 21, 9);
        let now = w.logged_at;
        t.store.write(|tx| insert(tx, &w)).unwrap();
        assert!(t.store.write(|tx| mark_deleted(tx, &w.id, now)).unwrap());
        assert_eq!(t.store.read(|c| get(c, &w.id)).unwrap(), None);
        assert_eq!(
            t.store.read(|c| deleted_at(c, &w.id)).unwrap(),
            Some(Some(now))
        );
        assert!(
            !t.store.write(|tx| mark_deleted(tx, &w.id, now)).unwrap(),
            "only once"
        );
        assert!(t.store.write(|tx| unmark_deleted(tx, &w.id, now)).unwrap());
        assert!(t.store.read(|c| get(c, &w.id)).unwrap().is_some());

        t.store.write(|tx| mark_deleted(tx, &w.id, now)).unwrap();
        assert_eq!(
            t.store.write(|tx| purge_deleted(tx, Some(now))).unwrap(),
            0,
            "too young"
        );
        assert_eq!(t.store.write(|tx| purge_deleted(tx, None)).unwrap(), 1);
        assert_eq!(t.store.read(|c| deleted_at(c, &w.id)).unwrap(), None);
    }

    #[test]
    fn pages_walk_every_win_once_newest_first() {
        let t = temp_store();
        let wins: Vec<Win> = (0..25)
            .map(|n| win(n, 1 + u32::from(n % 5), u32::from(n % 24)))
            .collect();
        t.store
            .write(|tx| wins.iter().try_for_each(|w| insert(tx, w)))
            .unwrap();
        let mut seen = Vec::new();
        let mut cursor = None;
        loop {
            let page = t.store.read(|c| page(c, cursor.as_ref(), 7)).unwrap();
            if page.is_empty() {
                break;
            }
            let last = &page.last().unwrap().win;
            cursor = Some(Cursor {
                local_date: last.local_date,
                logged_at: last.logged_at,
                id: last.id.clone(),
            });
            seen.extend(page.into_iter().map(|r| r.win));
        }
        assert_eq!(seen.len(), 25);
        let mut sorted = seen.clone();
        sorted.sort_by_key(|w| std::cmp::Reverse((w.local_date, w.logged_at)));
        assert_eq!(seen, sorted);
    }

    #[test]
    fn step_progress_counts_days_in_the_week() {
        let t = temp_store();
        t.store
            .write(|tx| {
                tx.execute_batch(
                    "INSERT INTO steps (id, title, cadence_kind, cadence_number, position, created_at, updated_at)
                     VALUES ('00000000-0000-4000-9000-000000000001', 's', 'weekly', 3, 0, 0, 0),
                            ('00000000-0000-4000-9000-000000000002', 'o', 'once', 0, 1, 0, 0);",
                )?;
                let step = StepId::from_trusted("00000000-0000-4000-9000-000000000001".into());
                let once = StepId::from_trusted("00000000-0000-4000-9000-000000000002".into());
                for (n, d, s) in [(1, 16, &step), (2, 16, &step), (3, 18, &step), (4, 21, &step), (5, 2, &once)] {
                    let mut w = win(n, d, 9);
                    w.step_id = Some(s.clone());
                    insert(tx, &w)?;
                }
                Ok(())
            })
            .unwrap();
        let step = StepId::from_trusted("00000000-0000-4000-9000-000000000001".into());
        let once = StepId::from_trusted("00000000-0000-4000-9000-000000000002".into());
        // The ISO week of Saturday 2026-11-21 starts Monday 2026-11-16.
        let p = t
            .store
            .read(|c| step_progress(c, day(21), day(16), std::slice::from_ref(&once)))
            .unwrap();
        assert_eq!(
            p[&step],
            StepProgress {
                done_today: true,
                days_this_week: 3,
                days_this_month: 3,
                last_done_before: Some(day(18)),
                ever_done: true,
                ..Default::default()
            }
        );
        assert!(p[&once].ever_done);
        assert!(!p[&once].done_today);
        let p = t
            .store
            .read(|c| step_progress(c, day(20), day(16), &[]))
            .unwrap();
        assert_eq!(
            p[&step],
            StepProgress {
                done_today: false,
                days_this_week: 2,
                days_this_month: 2,
                last_done_before: Some(day(18)),
                ever_done: true,
                ..Default::default()
            }
        );
    }
}
