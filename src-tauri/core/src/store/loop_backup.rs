//! Reading a Loop Habit Tracker backup (its own SQLite file, schema
//! versions 12 to 25), read-only: habits and repetitions as Loop stored
//! them. Derived tables (Score, Streak, Checkmarks) are not read. Turning
//! them into Cairn's rows is `service::import::loop_db`'s job.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

/// The oldest and newest Loop schema versions the importer knows.
pub const OLDEST: i64 = 12;
pub const NEWEST: i64 = 25;

/// One row of Loop's `Habits` table.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopHabitRow {
    pub id: i64,
    pub name: String,
    /// The description (before version 23) or the question.
    pub question: String,
    pub freq_num: i64,
    pub freq_den: i64,
    pub archived: bool,
    pub position: i64,
    /// Hour, minute and Loop's weekday mask, when a reminder is set.
    pub reminder: Option<(i64, i64, i64)>,
    /// 0 yes/no, 1 numerical.
    pub kind: i64,
    pub unit: String,
    pub uuid: Option<String>,
    /// A numerical habit's target over its frequency's days, and whether
    /// it is a lower (0, "at least") or an upper (1, "at most") one.
    pub target_value: f64,
    pub target_type: i64,
}

/// One row of Loop's `Repetitions` table.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopRepetitionRow {
    pub habit: i64,
    /// Milliseconds since the epoch at UTC midnight of the day.
    pub timestamp: i64,
    /// `None` before version 16, where every row is a check.
    pub value: Option<i64>,
    pub notes: String,
}

/// What a Loop backup holds.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopBackup {
    pub version: i64,
    pub habits: Vec<LoopHabitRow>,
    pub repetitions: Vec<LoopRepetitionRow>,
}

fn not_loop(detail: impl std::fmt::Display) -> Error {
    tracing::warn!(%detail, "not a Loop backup");
    Error::Validation(crate::tr!("import-error-not-loop-backup"))
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names.into_iter().map(|n| n.to_lowercase()).collect())
}

/// Reads a Loop backup without changing it.
pub fn read(path: &Path) -> Result<LoopBackup> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(not_loop)?;
    if !super::backup::quick_check(&conn).map_err(not_loop)? {
        return Err(Error::Validation(crate::tr!("import-error-loop-damaged")));
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(not_loop)?;
    let habit_cols = columns(&conn, "Habits").map_err(|e| not_loop(e.to_string()))?;
    let rep_cols = columns(&conn, "Repetitions").map_err(|e| not_loop(e.to_string()))?;
    let required = ["id", "name", "freq_num", "freq_den", "archived"];
    if habit_cols.is_empty()
        || rep_cols.is_empty()
        || !required.iter().all(|c| habit_cols.iter().any(|h| h == c))
        || !["habit", "timestamp"]
            .iter()
            .all(|c| rep_cols.iter().any(|h| h == c))
    {
        return Err(not_loop(format!("version {version}, tables missing")));
    }
    if version > NEWEST {
        return Err(Error::Conflict(crate::tr!(
            "import-error-loop-newer",
            version = version.to_string(),
            newest = NEWEST.to_string()
        )));
    }
    if version < OLDEST {
        return Err(Error::Validation(crate::tr!(
            "import-error-loop-old",
            version = version.to_string()
        )));
    }
    let has = |cols: &[String], c: &str| cols.iter().any(|h| h == c);
    let col = |cols: &[String], c: &str, default: &str| {
        if has(cols, c) {
            c.to_owned()
        } else {
            default.to_owned()
        }
    };
    let question = if has(&habit_cols, "question") {
        "COALESCE(NULLIF(question, ''), description, '')"
    } else {
        "COALESCE(description, '')"
    };
    let sql = format!(
        "SELECT id, COALESCE(name, ''), {question}, COALESCE(freq_num, 1), COALESCE(freq_den, 1),
                COALESCE(archived, 0), {}, {}, {}, {}, {}, {}, {}, {}, {}
         FROM Habits ORDER BY {}, id",
        col(&habit_cols, "position", "0"),
        col(&habit_cols, "reminder_hour", "NULL"),
        col(&habit_cols, "reminder_min", "NULL"),
        col(&habit_cols, "reminder_days", "127"),
        col(&habit_cols, "type", "0"),
        col(&habit_cols, "unit", "''"),
        col(&habit_cols, "uuid", "NULL"),
        col(&habit_cols, "target_value", "0"),
        col(&habit_cols, "target_type", "0"),
        col(&habit_cols, "position", "0"),
    );
    let bad = |e: rusqlite::Error| not_loop(e.to_string());
    let mut stmt = conn.prepare(&sql).map_err(bad)?;
    let habits = stmt
        .query_map([], |r| {
            let hour: Option<i64> = r.get(7)?;
            let minute: Option<i64> = r.get(8)?;
            Ok(LoopHabitRow {
                id: r.get(0)?,
                name: r.get(1)?,
                question: r.get(2)?,
                freq_num: r.get(3)?,
                freq_den: r.get(4)?,
                archived: r.get::<_, i64>(5)? != 0,
                position: r.get(6)?,
                reminder: match (hour, minute) {
                    (Some(h), Some(m)) if h >= 0 => Some((h, m, r.get(9)?)),
                    _ => None,
                },
                kind: r.get(10)?,
                unit: r.get::<_, Option<String>>(11)?.unwrap_or_default(),
                uuid: r.get(12)?,
                target_value: r.get::<_, Option<f64>>(13)?.unwrap_or(0.0),
                target_type: r.get::<_, Option<i64>>(14)?.unwrap_or(0),
            })
        })
        .map_err(bad)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(bad)?;
    let sql = format!(
        "SELECT habit, timestamp, {}, {} FROM Repetitions ORDER BY habit, timestamp",
        col(&rep_cols, "value", "NULL"),
        if has(&rep_cols, "notes") {
            "COALESCE(notes, '')"
        } else {
            "''"
        },
    );
    let mut stmt = conn.prepare(&sql).map_err(bad)?;
    let repetitions = stmt
        .query_map([], |r| {
            Ok(LoopRepetitionRow {
                habit: r.get(0)?,
                timestamp: r.get(1)?,
                value: r.get(2)?,
                notes: r.get(3)?,
            })
        })
        .map_err(bad)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(bad)?;
    Ok(LoopBackup {
        version,
        habits,
        repetitions,
    })
}
