//! The chronicle's reads: win counts per day from the `win_days` tally
//! (kept by triggers, see migration 0003), the filtered timeline pages, and
//! which milestones were celebrated.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, ToSql};

use super::wins::{Cursor, WinRecord};
use super::{from_day, to_day, to_millis};
use crate::domain::milestones::win_counts_reached;
use crate::domain::{GoalId, StepId};
use crate::error::Result;

/// Which wins a count covers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    All,
    Goal(GoalId),
    Step(StepId),
}

impl Scope {
    /// The tally's table and condition for this scope, with its id bound
    /// as `?n`: every win is in `win_day_totals`, one row per day.
    fn table(&self) -> &'static str {
        match self {
            Scope::All => "win_day_totals",
            Scope::Goal(_) | Scope::Step(_) => "win_days",
        }
    }

    fn condition(&self, n: usize) -> (String, Option<&str>) {
        match self {
            Scope::All => ("1".into(), None),
            // The `<> ''` terms let SQLite use the partial indexes.
            Scope::Goal(g) => (
                format!("goal_id = ?{n} AND goal_id <> ''"),
                Some(g.as_str()),
            ),
            Scope::Step(s) => (
                format!("step_id = ?{n} AND step_id <> ''"),
                Some(s.as_str()),
            ),
        }
    }
}

/// Wins per day from `from` to `to` (inclusive), days with none left out,
/// oldest first.
pub fn day_counts(
    conn: &Connection,
    scope: &Scope,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(NaiveDate, u32)>> {
    let (cond, id) = scope.condition(3);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT local_date, SUM(wins) FROM {}
         WHERE local_date BETWEEN ?1 AND ?2 AND {cond}
         GROUP BY local_date ORDER BY local_date",
        scope.table()
    ))?;
    let rows = match id {
        Some(id) => stmt.query_map(params![to_day(from), to_day(to), id], day_row)?,
        None => stmt.query_map(params![to_day(from), to_day(to)], day_row)?,
    };
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn day_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(NaiveDate, u32)> {
    Ok((day_at(r, 0)?, r.get(1)?))
}

/// A stored `YYYY-MM-DD` day, read without chrono's format parser: a
/// year's aggregates read thousands of them, and it is most of their cost.
fn day_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    let text = r.get_ref(i)?.as_str()?;
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) {
            if let Some(day) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Ok(day);
            }
        }
    }
    from_day(text)
}

/// Every day with a win in `scope`, oldest first.
pub fn days_with_wins(conn: &Connection, scope: &Scope) -> Result<Vec<NaiveDate>> {
    let (cond, id) = scope.condition(1);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT local_date FROM {} WHERE {cond} ORDER BY local_date",
        scope.table()
    ))?;
    let map = |r: &rusqlite::Row<'_>| day_at(r, 0);
    let rows = match id {
        Some(id) => stmt.query_map([id], map)?,
        None => stmt.query_map([], map)?,
    };
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The days from `from` to `to` on which `step` has a live win, from the
/// day tally (its step index reads only that step's rows).
pub fn step_days_between(
    conn: &Connection,
    step: &StepId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<std::collections::BTreeSet<NaiveDate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT local_date FROM win_days
         WHERE step_id = ?1 AND local_date BETWEEN ?2 AND ?3",
    )?;
    let rows = stmt.query_map(
        rusqlite::params![step.as_str(), from.to_string(), to.to_string()],
        |r| day_at(r, 0),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A step's amounts per day (thousandths, summed) from `from` to `to`,
/// from the day tally.
pub fn step_amounts(
    conn: &Connection,
    step: &StepId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<std::collections::BTreeMap<NaiveDate, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT local_date, SUM(amount_milli) FROM win_days
         WHERE step_id = ?1 AND local_date BETWEEN ?2 AND ?3 GROUP BY local_date",
    )?;
    let rows = stmt.query_map(
        rusqlite::params![step.as_str(), from.to_string(), to.to_string()],
        |r| Ok((day_at(r, 0)?, r.get::<_, i64>(1)?)),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Live wins in `scope`, ever.
pub fn total(conn: &Connection, scope: &Scope) -> Result<u64> {
    let (cond, id) = scope.condition(1);
    let sql = format!(
        "SELECT COALESCE(SUM(wins), 0) FROM {} WHERE {cond}",
        scope.table()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(match id {
        Some(id) => stmt.query_row([id], |r| r.get(0))?,
        None => stmt.query_row([], |r| r.get(0))?,
    })
}

/// The days on which `scope` reached each milestone win count; reads the
/// tally only as far as the last milestone.
pub fn win_counts_reached_in(conn: &Connection, scope: &Scope) -> Result<Vec<(u32, NaiveDate)>> {
    let (cond, id) = scope.condition(1);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT local_date, SUM(wins) FROM {} WHERE {cond}
         GROUP BY local_date ORDER BY local_date",
        scope.table()
    ))?;
    let mut rows = match id {
        Some(id) => stmt.query([id])?,
        None => stmt.query([])?,
    };
    let mut failed = None;
    let days = std::iter::from_fn(|| match rows.next() {
        Ok(Some(row)) => day_row(row).map_err(|e| failed = Some(e)).ok(),
        Ok(None) => None,
        Err(e) => {
            failed = Some(e);
            None
        }
    });
    let reached = win_counts_reached(days);
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(reached),
    }
}

/// The keys of the milestones celebrated already.
pub fn celebrated(conn: &Connection) -> Result<HashSet<String>> {
    let mut stmt = conn.prepare_cached("SELECT key FROM milestones_celebrated")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Remembers that these milestones were celebrated.
pub fn mark_celebrated(conn: &Connection, keys: &[String], now: DateTime<Utc>) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO milestones_celebrated (key, at) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
    )?;
    for key in keys {
        stmt.execute(params![key, to_millis(now)])?;
    }
    Ok(())
}

/// What the timeline shows: wins of one goal or step, and text to look for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineFilter {
    pub scope: Scope,
    /// Matched anywhere in the win's text or note, ignoring ASCII case.
    pub search: Option<String>,
}

/// Up to `limit` live wins matching `filter`, newest first, after `after`.
pub fn timeline(
    conn: &Connection,
    filter: &TimelineFilter,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<Vec<WinRecord>> {
    let (day, at, id) = match after {
        Some(c) => (
            to_day(c.local_date),
            to_millis(c.logged_at),
            c.id.as_str().to_owned(),
        ),
        None => ("9999-12-31".to_owned(), i64::MAX, String::new()),
    };
    let scope = match filter.scope {
        Scope::All => "",
        Scope::Goal(_) => "AND w.goal_id = ?5",
        Scope::Step(_) => "AND w.step_id = ?5",
    };
    let search = if filter.search.is_some() {
        "AND (w.text LIKE ?6 ESCAPE '\\' OR w.note LIKE ?6 ESCAPE '\\')"
    } else {
        ""
    };
    let mut stmt = conn.prepare_cached(&format!(
        "{}
         WHERE w.deleted_at IS NULL {scope} {search}
           AND (w.local_date < ?1 OR (w.local_date = ?1 AND (w.logged_at < ?2
                OR (w.logged_at = ?2 AND w.id < ?3))))
         ORDER BY w.local_date DESC, w.logged_at DESC, w.id DESC
         LIMIT ?4",
        super::wins::SELECT
    ))?;
    let scope_id = match &filter.scope {
        Scope::All => None,
        Scope::Goal(g) => Some(g.as_str()),
        Scope::Step(s) => Some(s.as_str()),
    };
    let pattern = filter.search.as_deref().map(like_pattern);
    let mut args: Vec<(&str, &dyn ToSql)> =
        vec![("?1", &day), ("?2", &at), ("?3", &id), ("?4", &limit)];
    if let Some(s) = &scope_id {
        args.push(("?5", s));
    }
    if let Some(p) = &pattern {
        args.push(("?6", p));
    }
    let rows = stmt.query_map(args.as_slice(), super::wins::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `%text%` with LIKE's wildcards taken literally.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Win, WinId, WinSource};
    use crate::store::test_support::temp_store;
    use crate::store::wins;
    use chrono::TimeZone;

    const STEP: &str = "00000000-0000-4000-9000-000000000001";
    const GOAL: &str = "00000000-0000-4000-8000-000000000001";

    fn win(n: u32, day: u32, text: &str, step: bool) -> Win {
        Win {
            id: WinId::from_trusted(format!("00000000-0000-4000-a000-{n:012}")),
            text: text.into(),
            note: String::new(),
            logged_at: Utc.with_ymd_and_hms(2026, 11, day, 9, n % 60, 0).unwrap(),
            local_date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            goal_id: step.then(|| GoalId::from_trusted(GOAL.into())),
            step_id: step.then(|| StepId::from_trusted(STEP.into())),
            source: WinSource::Window,
            amount: None,
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn seeded() -> crate::store::test_support::TempStore {
        let t = temp_store();
        t.store
            .write(|tx| {
                tx.execute_batch(&format!(
                    "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
                     VALUES ('{GOAL}', 'g', '#5b8a72', 0, 0, 0);
                     INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, position, created_at, updated_at)
                     VALUES ('{STEP}', '{GOAL}', 's', 'daily', 0, 0, 0, 0);"
                ))?;
                for (n, d, text, step) in [
                    (1, 2, "Wrote 50% of it", true),
                    (2, 2, "walked", false),
                    (3, 3, "wrote more", true),
                    (4, 5, "WROTE_again", false),
                    (5, 5, "read", false),
                    (6, 5, "read", false),
                ] {
                    wins::insert(tx, &win(n, d, text, step))?;
                }
                Ok(())
            })
            .unwrap();
        t
    }

    #[test]
    fn the_tally_follows_inserts_edits_and_deletions() {
        let t = seeded();
        let step = Scope::Step(StepId::from_trusted(STEP.into()));
        let counts = |scope: &Scope| {
            t.store
                .read(|c| day_counts(c, scope, day(1), day(30)))
                .unwrap()
        };
        assert_eq!(counts(&Scope::All), [(day(2), 2), (day(3), 1), (day(5), 3)]);
        assert_eq!(counts(&step), [(day(2), 1), (day(3), 1)]);
        assert_eq!(t.store.read(|c| total(c, &Scope::All)).unwrap(), 6);
        let id = WinId::from_trusted(format!("00000000-0000-4000-a000-{:012}", 3));
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        t.store
            .write(|tx| wins::mark_deleted(tx, &id, now))
            .unwrap();
        assert_eq!(counts(&step), [(day(2), 1)]);
        assert_eq!(
            t.store.read(|c| days_with_wins(c, &Scope::All)).unwrap(),
            [day(2), day(5)]
        );
        t.store
            .write(|tx| wins::unmark_deleted(tx, &id, now))
            .unwrap();
        assert_eq!(counts(&step), [(day(2), 1), (day(3), 1)]);
        // Deleted for good: once while live counts nothing twice.
        t.store
            .write(|tx| wins::mark_deleted(tx, &id, now))
            .unwrap();
        t.store.write(|tx| wins::purge_deleted(tx, None)).unwrap();
        assert_eq!(t.store.read(|c| total(c, &Scope::All)).unwrap(), 5);
        let tally: i64 = t
            .store
            .read(|c| {
                Ok(
                    c.query_row("SELECT COUNT(*) FROM win_days WHERE wins <= 0", [], |r| {
                        r.get(0)
                    })?,
                )
            })
            .unwrap();
        assert_eq!(tally, 0, "no empty rows are left behind");
        let days: i64 = t
            .store
            .read(|c| Ok(c.query_row("SELECT SUM(wins) FROM win_day_totals", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(days, 5);
    }

    /// Regression (the year payload at 100,000 wins): a goal's or a step's
    /// tally is read from its index alone, never row by row from the table.
    #[test]
    fn goal_and_step_tallies_read_covering_indexes() {
        let t = seeded();
        for scope in [
            Scope::Goal(GoalId::from_trusted(GOAL.into())),
            Scope::Step(StepId::from_trusted(STEP.into())),
        ] {
            let (cond, _) = scope.condition(1);
            let sql = format!(
                "EXPLAIN QUERY PLAN SELECT local_date, SUM(wins) FROM {} WHERE {cond}
                 GROUP BY local_date ORDER BY local_date",
                scope.table()
            );
            let plan: Vec<String> = t
                .store
                .read(|c| {
                    let mut stmt = c.prepare(&sql)?;
                    let rows = stmt.query_map(["x"], |r| r.get::<_, String>(3))?;
                    Ok(rows.collect::<rusqlite::Result<_>>()?)
                })
                .unwrap();
            assert!(
                plan.iter().any(|p| p.contains("COVERING INDEX")),
                "{scope:?}: {plan:?}"
            );
        }
    }

    #[test]
    fn milestones_from_the_tally() {
        let t = seeded();
        assert_eq!(
            t.store
                .read(|c| win_counts_reached_in(c, &Scope::All))
                .unwrap(),
            [(1, day(2))]
        );
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
        t.store
            .write(|tx| mark_celebrated(tx, &["wins:1".into(), "wins:1".into()], now))
            .unwrap();
        assert!(t.store.read(celebrated).unwrap().contains("wins:1"));
    }

    #[test]
    fn timeline_filters_and_searches_page_by_page() {
        let t = seeded();
        let page = |filter: &TimelineFilter, after: Option<&Cursor>, limit| {
            t.store
                .read(|c| timeline(c, filter, after, limit))
                .unwrap()
                .into_iter()
                .map(|r| r.win.text)
                .collect::<Vec<_>>()
        };
        let all = TimelineFilter::default();
        assert_eq!(page(&all, None, 10).len(), 6);
        let search = TimelineFilter {
            search: Some("wrote".into()),
            ..Default::default()
        };
        assert_eq!(
            page(&search, None, 10),
            ["WROTE_again", "wrote more", "Wrote 50% of it"]
        );
        let literal = TimelineFilter {
            search: Some("50%".into()),
            ..Default::default()
        };
        assert_eq!(page(&literal, None, 10), ["Wrote 50% of it"]);
        let underscore = TimelineFilter {
            search: Some("e_a".into()),
            ..Default::default()
        };
        assert_eq!(page(&underscore, None, 10), ["WROTE_again"]);
        let step = TimelineFilter {
            scope: Scope::Step(StepId::from_trusted(STEP.into())),
            search: None,
        };
        assert_eq!(page(&step, None, 10), ["wrote more", "Wrote 50% of it"]);
        let goal = TimelineFilter {
            scope: Scope::Goal(GoalId::from_trusted(GOAL.into())),
            search: Some("more".into()),
        };
        assert_eq!(page(&goal, None, 10), ["wrote more"]);
        // Pages continue after the cursor.
        let first = t.store.read(|c| timeline(c, &all, None, 4)).unwrap();
        let last = &first[3].win;
        let cursor = Cursor {
            local_date: last.local_date,
            logged_at: last.logged_at,
            id: last.id.clone(),
        };
        assert_eq!(page(&all, Some(&cursor), 10).len(), 2);
    }
}
