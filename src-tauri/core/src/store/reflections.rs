//! The `reflections` and `focus_actions` tables: one weekly review per week
//! (keyed by the week's first day) and its one to four focus actions. Also
//! the two counts of the week's draft that no other table module owns.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_day, to_day, to_millis};
use crate::domain::ids::{FocusActionId, ReflectionId};
use crate::domain::reflection::{Became, FocusAction, Reflection, Week};
use crate::domain::StepId;
use crate::error::Result;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Reflection> {
    let week: String = row.get(1)?;
    Ok(Reflection {
        id: ReflectionId::from_trusted(row.get(0)?),
        week: Week {
            start: from_day(&week)?,
        },
        went_well: row.get(2)?,
        learned: row.get(3)?,
        adjust: row.get(4)?,
        focus: Vec::new(),
    })
}

fn focus_from_row(row: &Row<'_>) -> rusqlite::Result<FocusAction> {
    let became: Option<String> = row.get(2)?;
    Ok(FocusAction {
        id: FocusActionId::from_trusted(row.get(0)?),
        text: row.get(1)?,
        became: became
            .map(|b| Became::parse(&b).map_err(|e| super::bad_column(e.0)))
            .transpose()?,
        step_id: row.get::<_, Option<String>>(3)?.map(StepId::from_trusted),
    })
}

fn with_focus(conn: &Connection, mut r: Reflection) -> Result<Reflection> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, text, became, step_id FROM focus_actions
         WHERE reflection_id = ?1 ORDER BY position",
    )?;
    r.focus = stmt
        .query_map([r.id.as_str()], focus_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(r)
}

const COLUMNS: &str = "id, week_start, went_well, learned, adjust";

/// The review of the week starting on `start`, with its focus actions.
pub fn get(conn: &Connection, start: NaiveDate) -> Result<Option<Reflection>> {
    let r = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM reflections WHERE week_start = ?1"),
            [to_day(start)],
            from_row,
        )
        .optional()?;
    r.map(|r| with_focus(conn, r)).transpose()
}

/// Every review whose week starts between `from` and `to`, newest first.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Reflection>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM reflections WHERE week_start BETWEEN ?1 AND ?2
         ORDER BY week_start DESC"
    ))?;
    let rows = stmt
        .query_map([to_day(from), to_day(to)], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|r| with_focus(conn, r)).collect()
}

/// Every review, newest first.
pub fn all(conn: &Connection) -> Result<Vec<Reflection>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM reflections ORDER BY week_start DESC"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|r| with_focus(conn, r)).collect()
}

/// Writes a review: inserts it, or replaces the answers and focus actions of
/// the week's existing one (keeping its id and when it was first written).
pub fn put(conn: &Connection, r: &Reflection, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO reflections (id, week_start, went_well, learned, adjust, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT (week_start) DO UPDATE SET
             went_well = excluded.went_well, learned = excluded.learned,
             adjust = excluded.adjust, updated_at = excluded.updated_at",
        params![
            r.id.as_str(),
            to_day(r.week.start),
            r.went_well,
            r.learned,
            r.adjust,
            to_millis(now)
        ],
    )?;
    let id: String = conn.query_row(
        "SELECT id FROM reflections WHERE week_start = ?1",
        [to_day(r.week.start)],
        |row| row.get(0),
    )?;
    conn.execute("DELETE FROM focus_actions WHERE reflection_id = ?1", [&id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO focus_actions (id, reflection_id, position, text, became, step_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, f) in r.focus.iter().enumerate() {
        insert.execute(params![
            f.id.as_str(),
            id,
            position as i64,
            f.text,
            f.became.map(Became::as_str),
            f.step_id.as_ref().map(StepId::as_str)
        ])?;
    }
    Ok(())
}

/// Records what a focus action became. Returns whether it exists.
pub fn set_became(
    conn: &Connection,
    id: &FocusActionId,
    became: Became,
    step: Option<&StepId>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE focus_actions SET became = ?2, step_id = ?3 WHERE id = ?1",
        params![id.as_str(), became.as_str(), step.map(StepId::as_str)],
    )?;
    Ok(n > 0)
}

/// The week a focus action's review looks back on.
pub fn week_of_focus_action(conn: &Connection, id: &FocusActionId) -> Result<Option<Week>> {
    let start: Option<String> = conn
        .query_row(
            "SELECT r.week_start FROM focus_actions f JOIN reflections r ON r.id = f.reflection_id
             WHERE f.id = ?1",
            [id.as_str()],
            |row| row.get(0),
        )
        .optional()?;
    start
        .map(|s| {
            Ok(Week {
                start: from_day(&s)?,
            })
        })
        .transpose()
}

/// Days from `from` to `to` with at least one live win.
pub fn days_with_wins(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM win_day_totals WHERE local_date BETWEEN ?1 AND ?2",
        [to_day(from), to_day(to)],
        |row| row.get(0),
    )?)
}

/// Live wins from `from` to `to`, per goal (`None`: wins filed under no goal).
pub fn wins_per_goal(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(Option<String>, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT goal_id, SUM(wins) FROM win_days WHERE local_date BETWEEN ?1 AND ?2
         GROUP BY goal_id ORDER BY SUM(wins) DESC, goal_id",
    )?;
    let rows = stmt.query_map([to_day(from), to_day(to)], |row| {
        let goal: String = row.get(0)?;
        Ok(((!goal.is_empty()).then_some(goal), row.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

// --- Import: merge by id. ---

/// Whether a review with this id, or any review of the week starting on
/// `start`, is stored.
pub fn exists(conn: &Connection, id: &ReflectionId, start: NaiveDate) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM reflections WHERE id = ?1 OR week_start = ?2 LIMIT 1",
            params![id.as_str(), to_day(start)],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn review(week: &str, went_well: &str, focus: &[&str]) -> Reflection {
        Reflection {
            id: ReflectionId::from_trusted(crate::store::new_id()),
            week: Week { start: d(week) },
            went_well: went_well.into(),
            learned: String::new(),
            adjust: String::new(),
            focus: focus
                .iter()
                .map(|t| FocusAction {
                    id: FocusActionId::from_trusted(crate::store::new_id()),
                    text: (*t).into(),
                    became: None,
                    step_id: None,
                })
                .collect(),
        }
    }

    #[test]
    fn a_second_review_of_the_same_week_replaces_the_first_and_keeps_its_id() {
        let t = temp_store();
        let store = &t.store;
        let now = DateTime::from_timestamp_millis(1_767_225_600_000).unwrap();
        let first = review("2026-11-23", "Wrote daily", &["Read", "Walk"]);
        store.write(|tx| put(tx, &first, now)).unwrap();
        let second = review("2026-11-23", "Wrote most days", &["Sleep early"]);
        store.write(|tx| put(tx, &second, now)).unwrap();

        let got = store.read(|c| get(c, d("2026-11-23"))).unwrap().unwrap();
        assert_eq!(got.id, first.id);
        assert_eq!(got.went_well, "Wrote most days");
        assert_eq!(
            got.focus
                .iter()
                .map(|f| f.text.as_str())
                .collect::<Vec<_>>(),
            ["Sleep early"]
        );
        let focus_rows: i64 = store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM focus_actions", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(focus_rows, 1);
    }

    #[test]
    fn reviews_list_newest_first() {
        let t = temp_store();
        let store = &t.store;
        let now = DateTime::from_timestamp_millis(1_767_225_600_000).unwrap();
        for week in ["2026-11-09", "2026-11-23", "2026-11-16"] {
            store
                .write(|tx| put(tx, &review(week, "ok", &[]), now))
                .unwrap();
        }
        let weeks: Vec<NaiveDate> = store
            .read(all)
            .unwrap()
            .iter()
            .map(|r| r.week.start)
            .collect();
        assert_eq!(weeks, [d("2026-11-23"), d("2026-11-16"), d("2026-11-09")]);
        let some = store
            .read(|c| between(c, d("2026-11-10"), d("2026-11-30")))
            .unwrap();
        assert_eq!(some.len(), 2);
    }

    #[test]
    fn what_a_focus_action_became_is_kept() {
        let t = temp_store();
        let store = &t.store;
        let r = review("2026-11-23", "", &["Read one abstract"]);
        store.write(|tx| put(tx, &r, DateTime::UNIX_EPOCH)).unwrap();
        let id = r.focus[0].id.clone();
        assert!(store
            .write(|tx| set_became(tx, &id, Became::OneThing, None))
            .unwrap());
        let got = store.read(|c| get(c, d("2026-11-23"))).unwrap().unwrap();
        assert_eq!(got.focus[0].became, Some(Became::OneThing));
        assert_eq!(
            store.read(|c| week_of_focus_action(c, &id)).unwrap(),
            Some(Week {
                start: d("2026-11-23")
            })
        );
        let unknown = FocusActionId::from_trusted(crate::store::new_id());
        assert!(!store
            .write(|tx| set_became(tx, &unknown, Became::Step, None))
            .unwrap());
    }
}
