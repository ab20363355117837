//! The SQL of sync (migration 0007, docs/sync.md): which tables and fields
//! travel (`ENTITIES`, from which the schema test derives every trigger
//! and column), the sync mode and state, and a canonical dump for checks.
//! Recording this computer's changes and stamping them with their clock
//! before the write commits is `record.rs`; merging changes by clock into
//! `sync_fields` and writing a row's merged state back into its table is
//! `merge.rs`; the computers seen and the files applied and written are
//! `peers.rs`.

mod merge;
mod peers;
mod record;

pub use merge::*;
pub use peers::*;
pub use record::*;

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::hlc::Hlc;
use crate::error::Result;

/// A table that travels: its name, the SQL of its sync key over its
/// columns, its columns, and whether it is keyed by a random id (whose
/// deletion is final) or by what it means (a day, a step and day, a
/// setting: such a row can be made again after a deletion). `added_later`
/// names the columns a later schema added (all of them may be NULL): a
/// Cairn from before them never sends them, so a row from it is placed
/// with them NULL instead of waiting for them for ever.
#[derive(Debug)]
pub struct Entity {
    pub name: &'static str,
    pub key_sql: &'static str,
    pub columns: &'static [&'static str],
    pub by_id: bool,
    pub added_later: &'static [&'static str],
}

/// Every table that travels, parents before children (the order rows are
/// written back in).
pub const ENTITIES: &[Entity] = &[
    Entity {
        name: "goals",
        key_sql: "id",
        columns: &[
            "id",
            "title",
            "why",
            "success",
            "status",
            "colour",
            "position",
            "created_at",
            "updated_at",
            "identity",
        ],
        by_id: true,
        added_later: &["identity"],
    },
    Entity {
        name: "steps",
        key_sql: "id",
        columns: &[
            "id",
            "goal_id",
            "title",
            "cadence_kind",
            "cadence_number",
            "minutes",
            "position",
            "archived",
            "created_at",
            "updated_at",
            "unit",
            "target_milli",
            "target_per",
            "target_bound",
            "usual_milli",
        ],
        by_id: true,
        added_later: &[
            "unit",
            "target_milli",
            "target_per",
            "target_bound",
            "usual_milli",
        ],
    },
    Entity {
        name: "wins",
        key_sql: "id",
        columns: &[
            "id",
            "text",
            "note",
            "logged_at",
            "local_date",
            "goal_id",
            "step_id",
            "source",
            "deleted_at",
            "updated_at",
            "amount_milli",
        ],
        by_id: true,
        added_later: &["amount_milli"],
    },
    Entity {
        name: "rest_days",
        key_sql: "local_date || '|' || COALESCE(step_id, '')",
        columns: &["id", "local_date", "step_id", "reason", "created_at"],
        by_id: false,
        added_later: &[],
    },
    Entity {
        name: "milestones_celebrated",
        key_sql: "key",
        columns: &["key", "at"],
        by_id: false,
        added_later: &[],
    },
    Entity {
        name: "habit_stacks",
        key_sql: "id",
        columns: &[
            "id",
            "anchor",
            "action",
            "step_id",
            "anchor_step_id",
            "times",
            "weekdays",
            "enabled",
            "created_at",
            "updated_at",
        ],
        by_id: true,
        added_later: &[],
    },
    Entity {
        name: "reflections",
        key_sql: "week_start",
        columns: &[
            "id",
            "week_start",
            "went_well",
            "learned",
            "adjust",
            "created_at",
            "updated_at",
        ],
        by_id: false,
        added_later: &[],
    },
    Entity {
        name: "one_things",
        key_sql: "local_date",
        columns: &[
            "id",
            "local_date",
            "step_id",
            "text",
            "win_id",
            "created_at",
            "updated_at",
        ],
        by_id: false,
        added_later: &[],
    },
    Entity {
        name: "step_versions",
        key_sql: "step_id || '|' || effective_date",
        columns: &[
            "id",
            "step_id",
            "effective_date",
            "title",
            "cadence_kind",
            "cadence_number",
            "minutes",
            "reason",
            "created_at",
            "target_milli",
        ],
        by_id: false,
        added_later: &["target_milli"],
    },
    Entity {
        name: "rewards",
        key_sql: "id",
        columns: &[
            "id",
            "text",
            "moment",
            "goal_id",
            "count",
            "earned_at",
            "enjoyed_at",
            "created_at",
            "updated_at",
        ],
        by_id: true,
        added_later: &[],
    },
    Entity {
        name: "settings",
        key_sql: "key",
        columns: &["key", "value"],
        by_id: false,
        added_later: &[],
    },
];

/// The settings that belong to the person and travel (the same list as the
/// triggers of 0007). The shortcut, autostart, a pause of reminders and the
/// nudge already shown stay with each computer.
pub const SYNCED_SETTINGS: &[&str] = &[
    "quiet_hours",
    "snooze_minutes",
    "week_start",
    "review_nudge",
    "focus.carry_over_set_aside",
];

/// A reflection's focus actions travel as its field `focus`.
pub const FOCUS_FIELD: &str = "focus";

/// A row's tombstone is the field named ''.
pub const TOMBSTONE: &str = "";

pub fn entity(name: &str) -> Option<&'static Entity> {
    ENTITIES.iter().find(|e| e.name == name)
}

/// One change: a field's new value (or a tombstone) with its clock.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub entity: String,
    pub key: String,
    pub field: String,
    pub value: Value,
    pub hlc: String,
}

// --- Mode and state ---

pub const MODE_OFF: i64 = 0;
pub const MODE_RECORDING: i64 = 1;
pub const MODE_APPLYING: i64 = 2;

pub fn mode(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT mode FROM sync_mode", [], |r| r.get(0))?)
}

pub fn set_mode(conn: &Connection, mode: i64) -> Result<()> {
    conn.execute("UPDATE sync_mode SET mode = ?1", [mode])?;
    Ok(())
}

pub fn state(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn set_state(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// This device's latest clock (sent or received).
pub fn last_hlc(conn: &Connection, device: &str) -> Result<Hlc> {
    Ok(state(conn, "hlc")?
        .and_then(|t| Hlc::parse(&t).ok())
        .unwrap_or_else(|| Hlc::zero(device)))
}

/// Moves this device's clock past `remote`.
pub fn receive_hlc(conn: &Connection, remote: &Hlc, now_ms: i64) -> Result<()> {
    let Some(device) = state(conn, "device")? else {
        return Ok(());
    };
    let last = last_hlc(conn, &device)?;
    if remote <= &last && last.wall_ms >= now_ms {
        return Ok(());
    }
    set_state(
        conn,
        "hlc",
        &Hlc::receive(&last, remote, now_ms, &device).encode(),
    )
}

pub fn remove_state(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM sync_state WHERE key = ?1", [key])?;
    Ok(())
}

/// A value as a sync file holds it: JSON null, integer or string.
pub fn value_to_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null | Value::Blob(_) => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => (*f).into(),
        Value::Text(t) => t.as_str().into(),
    }
}

/// A value read from a sync file; `None` for what no column holds.
pub fn value_from_json(v: &serde_json::Value) -> Option<Value> {
    use serde_json::Value as Json;
    Some(match v {
        Json::Null => Value::Null,
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64()?),
        },
        Json::String(s) => Value::Text(s.clone()),
        _ => return None,
    })
}

/// Runs `f` with a page cache sized to the `rows` of sync_fields it writes
/// (about [`BYTES_PER_FIELD`] each), between a bulk write's and
/// [`MAX_ROOM_KIB`]: inserts at random ids into a large table read pages
/// back again and again (a first sync of 100,000 wins is a million
/// changes), and a cache smaller than the write spills it into the WAL
/// mid-transaction, where every later page read searches a longer index.
/// Turning sync on at a million wins writes ten million fields: 30 s with
/// 256 MiB, 20 s with 1 GiB (same run; 1.5 s at 100,000 wins either way).
fn with_room<T>(conn: &Connection, rows: usize, f: impl FnOnce() -> Result<T>) -> Result<T> {
    if rows < 10_000 {
        return f();
    }
    let before: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
    let wanted = (rows as i64)
        .saturating_mul(BYTES_PER_FIELD)
        .div_euclid(1024)
        .clamp(crate::store::BULK_CACHE_KIB, MAX_ROOM_KIB);
    // Never smaller than it was (negative: KiB; more negative, more).
    conn.pragma_update(None, "cache_size", before.min(-wanted))?;
    let out = f();
    conn.pragma_update(None, "cache_size", before)?;
    out
}

/// What one row of sync_fields takes in the page cache, roughly (a win's
/// ten fields at a million wins: 700 MB of pages).
const BYTES_PER_FIELD: i64 = 80;
/// The most page cache a sync write takes, in KiB: the memory is given
/// back when the write ends.
const MAX_ROOM_KIB: i64 = 1024 * 1024;

/// A canonical dump of everything that travels (for tests and checks):
/// each table's rows in key order, wins still in their undo window or
/// waiting to be purged left out (each computer purges on its own time).
pub fn canonical_dump(conn: &Connection) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for e in ENTITIES {
        let mut filter = String::new();
        if e.name == "wins" {
            filter = " WHERE deleted_at IS NULL".into();
        }
        if e.name == "settings" {
            filter = format!(
                " WHERE key IN ({})",
                SYNCED_SETTINGS
                    .iter()
                    .map(|k| format!("'{k}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let sql = format!(
            "SELECT {} AS k, json_array({}) FROM {}{filter} ORDER BY k",
            e.key_sql,
            e.columns.join(", "),
            e.name
        );
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| Ok(format!("{} {}", e.name, r.get::<_, String>(1)?)))?;
        for row in rows {
            out.push(row?);
        }
    }
    let mut stmt = conn.prepare(
        "SELECT json_array(r.week_start, f.id, f.position, f.text, f.became, f.step_id)
         FROM focus_actions f JOIN reflections r ON r.id = f.reflection_id
         ORDER BY r.week_start, f.position",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(format!("focus_actions {}", r.get::<_, String>(0)?))
    })?;
    for row in rows {
        out.push(row?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
