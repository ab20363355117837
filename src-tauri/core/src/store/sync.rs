//! The SQL of sync (migration 0007, docs/sync.md): which tables and fields
//! travel, stamping this computer's recorded changes with their clock before
//! the write commits, merging changes by clock into `sync_fields`, and
//! writing a row's merged state back into its table.

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::hlc::Hlc;
use crate::error::Result;

/// A table that travels: its name, the SQL of its sync key over its
/// columns, its columns, and whether it is keyed by a random id (whose
/// deletion is final) or by what it means (a day, a step and day, a
/// setting: such a row can be made again after a deletion).
#[derive(Debug)]
pub struct Entity {
    pub name: &'static str,
    pub key_sql: &'static str,
    pub columns: &'static [&'static str],
    pub by_id: bool,
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
        ],
        by_id: true,
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
        ],
        by_id: true,
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
        ],
        by_id: true,
    },
    Entity {
        name: "rest_days",
        key_sql: "local_date || '|' || COALESCE(step_id, '')",
        columns: &["id", "local_date", "step_id", "reason", "created_at"],
        by_id: false,
    },
    Entity {
        name: "milestones_celebrated",
        key_sql: "key",
        columns: &["key", "at"],
        by_id: false,
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
        ],
        by_id: false,
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
    },
    Entity {
        name: "settings",
        key_sql: "key",
        columns: &["key", "value"],
        by_id: false,
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

// --- Recording ---

/// Gives every change recorded in this transaction its clock and merges it
/// into the merged state (a change made here is the newest there is). Runs
/// in `Store::write` just before the commit.
pub fn stamp_pending(conn: &Connection, now_ms: i64) -> Result<()> {
    let any: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE hlc IS NULL)")?
        .query_row([], |r| r.get(0))?;
    if !any {
        return Ok(());
    }
    let Some(device) = state(conn, "device")? else {
        return Ok(());
    };
    let mut last = last_hlc(conn, &device)?;
    let pending: Vec<(i64, String, String, String, Value)> = {
        let mut stmt = conn.prepare_cached(
            "SELECT seq, entity, key, field, value FROM sync_outbox WHERE hlc IS NULL ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    with_room(conn, pending.len(), || {
        let mut stamp = conn.prepare_cached("UPDATE sync_outbox SET hlc = ?2 WHERE seq = ?1")?;
        for (seq, entity, key, field, value) in pending {
            last = Hlc::send(&last, now_ms, &device);
            let hlc = last.encode();
            stamp.execute(params![seq, hlc])?;
            put_field(conn, &entity, &key, &field, &value, &hlc)?;
        }
        set_state(conn, "hlc", &last.encode())
    })
}

fn put_field(
    conn: &Connection,
    entity: &str,
    key: &str,
    field: &str,
    value: &Value,
    hlc: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_fields (entity, key, field, value, hlc) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (entity, key, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc",
    )?
    .execute(params![entity, key, field, value, hlc])?;
    Ok(())
}

/// Every field of every row of `e` that travels, as `(k, o, f, v)`: sync
/// key, column position, field name, value. Row by row when ordered by
/// `k, o`.
fn fields_sql(e: &Entity) -> String {
    let filter = row_filter(e);
    let mut parts: Vec<String> = e
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let filter = if filter.is_empty() {
                String::new()
            } else {
                format!(" WHERE {filter}")
            };
            format!(
                "SELECT {} AS k, {i} AS o, '{c}' AS f, {c} AS v FROM {}{filter}",
                e.key_sql, e.name
            )
        })
        .collect();
    parts.extend(focus_sql(e));
    parts.join(" UNION ALL ")
}

/// [`fields_sql`] without its sort: `(k, f, v)` row by row in key order,
/// each row's fields in column order, from one ordered scan of the table
/// joined to its list of columns. Sorting the union of every column's
/// fields instead cost most of turning sync on at a million wins (8
/// million fields sorted in memory), and grew faster than the history.
/// The reflections' focus field is not in it ([`focus_sql`]).
fn fields_by_row_sql(e: &Entity) -> String {
    let filter = row_filter(e);
    let and_filter = if filter.is_empty() {
        String::new()
    } else {
        format!(" AND {filter}")
    };
    let (names, values): (Vec<String>, Vec<String>) = e
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("({i}, '{c}')"), format!("WHEN {i} THEN r.{c}")))
        .unzip();
    // CROSS JOIN keeps the rows as the outer loop (SQLite does not reorder
    // it), so the fields come out in the scan's order, unsorted.
    format!(
        "SELECT r.k AS k, c.f AS f, CASE c.o {} END AS v
         FROM (SELECT {key} AS k, {cols} FROM {table}
               WHERE ({key}) IS NOT NULL{and_filter} ORDER BY k) AS r
         CROSS JOIN (SELECT column1 AS o, column2 AS f FROM (VALUES {})) AS c",
        values.join(" "),
        names.join(", "),
        key = e.key_sql,
        cols = e.columns.join(", "),
        table = e.name,
    )
}

/// Which of `e`'s rows travel, as an SQL condition ("" for all of them).
fn row_filter(e: &Entity) -> String {
    if e.name == "settings" {
        format!(
            "key IN ({})",
            SYNCED_SETTINGS
                .iter()
                .map(|k| format!("'{k}'"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        String::new()
    }
}

/// The reflections' focus actions, one field per week: `(k, o, f, v)`.
fn focus_sql(e: &Entity) -> Option<String> {
    (e.name == "reflections").then(|| {
        format!(
            "SELECT r.week_start AS k, {} AS o, '{FOCUS_FIELD}' AS f,
                    (SELECT json_group_array(json_array(f.id, f.position, f.text, f.became, f.step_id))
                     FROM (SELECT * FROM focus_actions WHERE reflection_id = r.id ORDER BY position) f) AS v
             FROM reflections r",
            e.columns.len()
        )
    })
}

/// Records every row that travels as changed now, into the outbox (to be
/// stamped and written as change files). Row by row, in key order and each
/// row's fields in column order: a change file then holds whole rows, so
/// a new computer writes each row once (recorded column by column, every
/// file held one field of 50,000 rows and each of them waited, incomplete,
/// until its last field came).
pub fn record_everything(conn: &Connection) -> Result<usize> {
    let mut n = 0;
    for e in ENTITIES {
        n += conn.execute(
            &format!(
                "INSERT INTO sync_outbox (entity, key, field, value)
                 SELECT '{}', k, f, v FROM ({}) ORDER BY k, o",
                e.name,
                fields_sql(e)
            ),
            [],
        )?;
    }
    Ok(n)
}

/// Turning sync on: every row that travels goes straight into the merged
/// state under one clock `hlc` (this computer's first), not through the
/// outbox; the caller then writes it as one snapshot. A million changes
/// at 100,000 wins are then neither stamped one by one nor written as
/// twenty change files, and the outbox does not grow and empty by a
/// million rows (which left the database file ~140 MB of free pages
/// larger). One clock for all is sound: no two of them are the same field,
/// and every later change here gets a later clock. As stamping does, what
/// is here now replaces any merged state left from an earlier time sync
/// was on.
pub fn record_everything_merged(conn: &Connection, hlc: &str) -> Result<usize> {
    let mut fields = 0;
    for e in ENTITIES {
        let rows: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", e.name), [], |r| {
            r.get(0)
        })?;
        fields += rows as usize * e.columns.len();
    }
    let mut n = 0;
    with_room(conn, fields, || {
        for e in ENTITIES {
            let rows = fields_by_row_sql(e);
            for select in std::iter::once(rows).chain(focus_sql(e)) {
                // An upsert after a SELECT needs its WHERE (SQLite's parser).
                n += conn.execute(
                    &format!(
                        "INSERT INTO sync_fields (entity, key, field, value, hlc)
                         SELECT '{}', k, f, v, ?1 FROM ({select}) WHERE k IS NOT NULL
                         ON CONFLICT (entity, key, field) DO UPDATE
                             SET value = excluded.value, hlc = excluded.hlc",
                        e.name,
                    ),
                    [hlc],
                )?;
            }
        }
        Ok(())
    })?;
    Ok(n)
}

/// Stamped changes not yet written to a file, oldest first.
pub fn outbox(conn: &Connection, limit: usize) -> Result<Vec<(i64, Change)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, entity, key, field, value, hlc FROM sync_outbox
         WHERE hlc IS NOT NULL ORDER BY seq LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], |r| {
        Ok((
            r.get(0)?,
            Change {
                entity: r.get(1)?,
                key: r.get(2)?,
                field: r.get(3)?,
                value: r.get(4)?,
                hlc: r.get(5)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many changes made here wait for a file.
pub fn outbox_len(conn: &Connection) -> Result<usize> {
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM sync_outbox", [], |r| r.get(0))?;
    Ok(n as usize)
}

/// Forgets everything recorded and not yet written (sync turned off).
pub fn clear_outbox(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM sync_outbox", [])?;
    Ok(())
}

/// Forgets which files of `device` (of every device, `None`) were applied,
/// so they are read again.
pub fn forget_applied(conn: &Connection, device: Option<&str>) -> Result<()> {
    conn.execute(
        "DELETE FROM sync_files WHERE ?1 IS NULL OR device = ?1",
        [device],
    )?;
    Ok(())
}

/// Forgets the changes up to `seq`: they are in a file now.
pub fn drop_outbox_through(conn: &Connection, seq: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM sync_outbox WHERE seq <= ?1 AND hlc IS NOT NULL",
        [seq],
    )?;
    Ok(())
}

/// What a snapshot's header says of the merged state: how many fields,
/// the clock of the first (in key order) and the newest clock.
pub struct FieldsHead {
    pub count: usize,
    pub first: String,
    pub last: String,
}

/// The merged state's [`FieldsHead`].
pub fn fields_head(conn: &Connection) -> Result<FieldsHead> {
    Ok(conn.query_row(
        "SELECT COUNT(*),
                (SELECT hlc FROM sync_fields ORDER BY entity, key, field LIMIT 1),
                MAX(hlc)
         FROM sync_fields",
        [],
        |r| {
            Ok(FieldsHead {
                count: r.get::<_, i64>(0)? as usize,
                first: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                last: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
            })
        },
    )?)
}

/// Hands every field of the merged state to `f`, in key order, one at a
/// time (a snapshot of a long history is never in memory whole). Stops at
/// the first error of `f`, which comes back inside the `Ok`; the outer
/// error is the database's.
pub fn each_field<E>(
    conn: &Connection,
    mut f: impl FnMut(Change) -> std::result::Result<(), E>,
) -> Result<std::result::Result<(), E>> {
    let mut stmt = conn.prepare(
        "SELECT entity, key, field, value, hlc FROM sync_fields ORDER BY entity, key, field",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let change = Change {
            entity: r.get(0)?,
            key: r.get(1)?,
            field: r.get(2)?,
            value: r.get(3)?,
            hlc: r.get(4)?,
        };
        if let Err(e) = f(change) {
            return Ok(Err(e));
        }
    }
    Ok(Ok(()))
}

// --- Merging ---

/// Merges changes from another computer: each field keeps the value with
/// the newest clock, then every row whose state moved is written back into
/// its table (with the triggers quiet). Returns how many changes were new.
pub fn merge(conn: &Connection, changes: &[Change]) -> Result<usize> {
    with_room(conn, changes.len(), || merge_in(conn, changes))
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

fn merge_in(conn: &Connection, changes: &[Change]) -> Result<usize> {
    let mut touched: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut newer = 0;
    {
        // One statement per change: taken only when its clock is newer.
        let mut take = conn.prepare_cached(
            "INSERT INTO sync_fields (entity, key, field, value, hlc) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (entity, key, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc
             WHERE excluded.hlc > sync_fields.hlc",
        )?;
        for c in changes {
            let Some(order) = ENTITIES.iter().position(|e| e.name == c.entity) else {
                continue;
            };
            // Only the person's settings travel: a file cannot set this
            // computer's shortcut.
            if c.entity == "settings" && !SYNCED_SETTINGS.contains(&c.key.as_str()) {
                continue;
            }
            if take.execute(params![c.entity, c.key, c.field, c.value, c.hlc])? == 0 {
                continue;
            }
            touched.insert((order, c.key.clone()));
            newer += 1;
        }
    }
    let before = mode(conn)?;
    set_mode(conn, MODE_APPLYING)?;
    let mut placed_any = false;
    for (order, key) in &touched {
        placed_any |= place(conn, &ENTITIES[*order], key)?;
    }
    // Rows that waited for a parent: try again until nothing moves. Only
    // a row placed now can be the parent one waited for; without one,
    // trying every waiting row again (after each file) changes nothing.
    while placed_any {
        let waiting: Vec<(String, String)> = {
            let mut stmt = conn.prepare_cached("SELECT entity, key FROM sync_unplaced")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut sorted: Vec<(usize, String)> = waiting
            .into_iter()
            .filter_map(|(e, k)| ENTITIES.iter().position(|x| x.name == e).map(|i| (i, k)))
            .collect();
        sorted.sort();
        placed_any = false;
        for (order, key) in &sorted {
            placed_any |= place(conn, &ENTITIES[*order], key)?;
        }
    }
    set_mode(conn, before)?;
    Ok(newer)
}

/// How many rows wait for something they refer to.
pub fn unplaced_count(conn: &Connection) -> Result<usize> {
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM sync_unplaced", [], |r| r.get(0))?;
    Ok(n as usize)
}

/// Writes one row's merged state into its table: put whole, or removed.
/// Returns whether the table now matches the state (false: it waits in
/// `sync_unplaced`).
fn place(conn: &Connection, e: &Entity, key: &str) -> Result<bool> {
    let fields: Vec<(String, Value, String)> = {
        let mut stmt = conn.prepare_cached(
            "SELECT field, value, hlc FROM sync_fields WHERE entity = ?1 AND key = ?2",
        )?;
        let rows = stmt.query_map(params![e.name, key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let tomb = fields
        .iter()
        .find(|(f, _, _)| f == TOMBSTONE)
        .map(|(_, _, h)| h.as_str());
    let newest_put = fields
        .iter()
        .filter(|(f, _, _)| f != TOMBSTONE)
        .map(|(_, _, h)| h.as_str())
        .max();
    let live = match (newest_put, tomb) {
        (None, _) => false,
        (Some(_), Some(_)) if e.by_id => false,
        (Some(put), Some(tomb)) => put > tomb,
        (Some(_), None) => true,
    };
    let values: Option<Vec<&Value>> = if live {
        e.columns
            .iter()
            .map(|c| fields.iter().find(|(f, _, _)| f == c).map(|(_, v, _)| v))
            .collect()
    } else {
        Some(Vec::new())
    };
    let sql = row_sql(e);
    let placed = match values {
        // A field not arrived yet: the row waits, nothing to try.
        None => false,
        Some(values) => {
            conn.prepare_cached("SAVEPOINT sync_place")?.execute([])?;
            let outcome = if live {
                match key_matches(conn, e, key, &values) {
                    Ok(true) => put_row(conn, e, sql, key, &values, &fields),
                    Ok(false) => Ok(false),
                    Err(err) => Err(err),
                }
            } else {
                conn.prepare_cached(&sql.delete)
                    .and_then(|mut s| s.execute([key]))
                    .map(|_| true)
            };
            match outcome {
                Ok(placed) => {
                    conn.prepare_cached("RELEASE sync_place")?.execute([])?;
                    placed
                }
                Err(err) => {
                    conn.prepare_cached("ROLLBACK TO sync_place")?.execute([])?;
                    conn.prepare_cached("RELEASE sync_place")?.execute([])?;
                    if !is_constraint(&err) {
                        return Err(err.into());
                    }
                    false
                }
            }
        }
    };
    if placed {
        conn.prepare_cached("DELETE FROM sync_unplaced WHERE entity = ?1 AND key = ?2")?
            .execute(params![e.name, key])?;
    } else {
        conn.prepare_cached(
            "INSERT INTO sync_unplaced (entity, key) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?
        .execute(params![e.name, key])?;
    }
    Ok(placed)
}

/// A row the table refuses (a missing parent, a value of the wrong type,
/// malformed focus actions): it waits instead of stopping the merge.
fn is_constraint(err: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode::{ConstraintViolation, TypeMismatch, Unknown};
    matches!(err, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, ConstraintViolation | TypeMismatch | Unknown))
        || matches!(err, rusqlite::Error::FromSqlConversionFailure(..))
}

/// Whether the row's values make the key it travels under (a file whose
/// key and fields disagree is never placed).
fn key_matches(
    conn: &Connection,
    e: &Entity,
    key: &str,
    values: &[&Value],
) -> rusqlite::Result<bool> {
    if e.by_id {
        return Ok(matches!(values.first(), Some(Value::Text(id)) if id == key));
    }
    let made: Option<String> = conn
        .prepare_cached(&row_sql(e).key_of)?
        .query_row(rusqlite::params_from_iter(values.iter().copied()), |r| {
            r.get(0)
        })?;
    Ok(made.as_deref() == Some(key))
}

/// The SQL that writes one entity's rows back, made once per entity (not
/// once per row).
struct RowSql {
    /// Removes the row under a key.
    delete: String,
    /// Puts the whole row: an upsert by id, or an insert after `delete`.
    put: String,
    /// The key the row's values make (rows keyed by what they mean).
    key_of: String,
}

fn row_sql(e: &Entity) -> &'static RowSql {
    static SQL: std::sync::OnceLock<Vec<RowSql>> = std::sync::OnceLock::new();
    let all = SQL.get_or_init(|| {
        ENTITIES
            .iter()
            .map(|e| {
                let cols = e.columns.join(", ");
                let marks = (1..=e.columns.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let put = if e.by_id {
                    let sets = e
                        .columns
                        .iter()
                        .filter(|c| **c != "id")
                        .map(|c| format!("{c} = excluded.{c}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!(
                        "INSERT INTO {} ({cols}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}",
                        e.name
                    )
                } else {
                    format!("INSERT INTO {} ({cols}) VALUES ({marks})", e.name)
                };
                let named = e
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("?{} AS {c}", i + 1))
                    .collect::<Vec<_>>()
                    .join(", ");
                RowSql {
                    delete: format!("DELETE FROM {} WHERE {} = ?1", e.name, e.key_sql),
                    put,
                    key_of: format!("SELECT {} FROM (SELECT {named})", e.key_sql),
                }
            })
            .collect()
    });
    let i = ENTITIES
        .iter()
        .position(|x| x.name == e.name)
        .unwrap_or_default();
    &all[i]
}

fn put_row(
    conn: &Connection,
    e: &Entity,
    sql: &RowSql,
    key: &str,
    values: &[&Value],
    fields: &[(String, Value, String)],
) -> rusqlite::Result<bool> {
    let params = rusqlite::params_from_iter(values.iter().copied());
    if !e.by_id {
        conn.prepare_cached(&sql.delete)?.execute([key])?;
    }
    conn.prepare_cached(&sql.put)?.execute(params)?;
    if e.name == "reflections" {
        let focus = fields
            .iter()
            .find(|(f, _, _)| f == FOCUS_FIELD)
            .map(|(_, v, _)| v);
        put_focus(conn, values[0], focus)?;
    }
    Ok(true)
}

/// A reflection's focus actions from its `focus` field (JSON rows of id,
/// position, text, became, step).
fn put_focus(conn: &Connection, reflection: &Value, focus: Option<&Value>) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM focus_actions WHERE reflection_id = ?1",
        [reflection],
    )?;
    let Some(Value::Text(json)) = focus else {
        return Ok(());
    };
    conn.execute(
        "INSERT INTO focus_actions (id, reflection_id, position, text, became, step_id)
         SELECT json_extract(value, '$[0]'), ?1, json_extract(value, '$[1]'),
                json_extract(value, '$[2]'), json_extract(value, '$[3]'),
                json_extract(value, '$[4]')
         FROM json_each(?2)",
        params![reflection, json],
    )?;
    Ok(())
}

// --- Peers and files ---

/// A computer seen in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    pub device: String,
    pub name: String,
    pub last_change: Option<String>,
}

pub fn peers(conn: &Connection) -> Result<Vec<Peer>> {
    let mut stmt = conn
        .prepare_cached("SELECT device, name, last_change FROM sync_peers ORDER BY name, device")?;
    let rows = stmt.query_map([], |r| {
        Ok(Peer {
            device: r.get(0)?,
            name: r.get(1)?,
            last_change: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn peer_known(conn: &Connection, device: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sync_peers WHERE device = ?1",
            [device],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Adds or renames a peer; its last change moves only forward.
pub fn put_peer(
    conn: &Connection,
    device: &str,
    name: &str,
    last_change: Option<&str>,
    now_ms: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_peers (device, name, last_change, first_seen) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (device) DO UPDATE SET name = excluded.name,
             last_change = CASE WHEN excluded.last_change IS NULL THEN last_change
                                WHEN last_change IS NULL OR excluded.last_change > last_change
                                THEN excluded.last_change ELSE last_change END",
        params![device, name, last_change, now_ms],
    )?;
    Ok(())
}

/// Removes a peer from the list; returns whether it was there.
pub fn forget_peer(conn: &Connection, device: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM sync_peers WHERE device = ?1", [device])? > 0)
}

/// The size a file had when it was applied, if it was.
pub fn applied_size(conn: &Connection, device: &str, name: &str) -> Result<Option<u64>> {
    let size: Option<i64> = conn
        .prepare_cached("SELECT size FROM sync_files WHERE device = ?1 AND name = ?2")?
        .query_row(params![device, name], |r| r.get(0))
        .optional()?;
    Ok(size.map(|s| s as u64))
}

pub fn mark_applied(conn: &Connection, device: &str, name: &str, size: u64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_files (device, name, size) VALUES (?1, ?2, ?3)
         ON CONFLICT (device, name) DO UPDATE SET size = excluded.size",
    )?
    .execute(params![device, name, size as i64])?;
    Ok(())
}

pub fn written(conn: &Connection) -> Result<BTreeSet<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM sync_written")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn mark_written(conn: &Connection, name: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_written (name) VALUES (?1) ON CONFLICT DO NOTHING",
        [name],
    )?;
    Ok(())
}

pub fn clear_written(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM sync_written", [])?;
    Ok(())
}

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
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;

    const DEVICE: &str = "aaaaaaaa-0000-4000-8000-000000000001";

    fn turn_on(conn: &Connection) -> Result<()> {
        set_state(conn, "device", DEVICE)?;
        set_mode(conn, MODE_RECORDING)
    }

    /// `sql` with every column of `e` read from row `row` ("NEW", "OLD").
    fn of_row(e: &Entity, sql: &str, row: &str) -> String {
        let mut out = String::new();
        let mut word = String::new();
        let mut quoted = false;
        for ch in sql.chars().chain(std::iter::once(' ')) {
            if !quoted && (ch.is_ascii_alphanumeric() || ch == '_') {
                word.push(ch);
                continue;
            }
            if !word.is_empty() {
                if e.columns.contains(&word.as_str()) {
                    out.push_str(row);
                    out.push('.');
                }
                out.push_str(&word);
                word.clear();
            }
            quoted ^= ch == '\'';
            out.push(ch);
        }
        out.pop();
        out
    }

    /// The lines of `trigger` that record one field of `e`, as written.
    fn field_lines(conn: &Connection, trigger: &str, e: &Entity) -> Vec<String> {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1 AND tbl_name = ?2",
                [trigger, e.name],
                |r| r.get(0),
            )
            .unwrap_or_else(|_| panic!("no trigger {trigger} on {}", e.name));
        sql.lines()
            .map(|l| {
                l.trim()
                    .trim_start_matches("UNION ALL ")
                    .trim_end_matches(';')
            })
            .filter(|l| l.starts_with(&format!("SELECT '{}', ", e.name)))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_sync_triggers_and_the_tables_record_exactly_the_entities_columns() {
        // Regression guard (issue 26): 0007_sync.sql repeats each table's
        // columns in its triggers, and ENTITIES repeats them again. A column
        // added to a table, a trigger or ENTITIES alone would travel half or
        // not at all; the three must agree.
        let t = temp_store();
        t.store
            .read(|conn| {
                let mut triggers: Vec<String> = Vec::new();
                for e in ENTITIES {
                    let mut stmt = conn.prepare(&format!("PRAGMA table_info({})", e.name))?;
                    let names = stmt.query_map([], |r| r.get::<_, String>(1))?;
                    let mut table: Vec<String> = names.collect::<rusqlite::Result<_>>()?;
                    let mut listed: Vec<String> = e.columns.iter().map(|c| c.to_string()).collect();
                    table.sort();
                    listed.sort();
                    assert_eq!(table, listed, "{}: the table's columns against ENTITIES", e.name);

                    let key = of_row(e, e.key_sql, "NEW");
                    let put: Vec<String> = e
                        .columns
                        .iter()
                        .map(|c| format!("SELECT '{}', {key}, '{c}', NEW.{c}", e.name))
                        .collect();
                    let changed: Vec<String> = put
                        .iter()
                        .zip(e.columns)
                        .map(|(line, c)| format!("{line} WHERE NEW.{c} IS NOT OLD.{c}"))
                        .collect();
                    let mut names = vec!["insert", "update"];
                    assert_eq!(field_lines(conn, &format!("sync_{}_insert", e.name), e), put);
                    assert_eq!(field_lines(conn, &format!("sync_{}_update", e.name), e), changed);
                    if !e.by_id {
                        // A changed key puts the row whole under the new one.
                        assert_eq!(field_lines(conn, &format!("sync_{}_rekey", e.name), e), put);
                        names.push("rekey");
                    }
                    if e.name == "wins" {
                        // A win's deletion is its field `deleted_at`;
                        // purging it later is this computer's own affair.
                        triggers.extend(names.iter().map(|n| format!("sync_wins_{n}")));
                        continue;
                    }
                    names.push("delete");
                    let gone: String = conn
                        .query_row(
                            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                            [format!("sync_{}_delete", e.name)],
                            |r| r.get(0),
                        )
                        .unwrap_or_else(|_| panic!("no trigger sync_{}_delete", e.name));
                    let tombstone = format!(
                        "VALUES ('{}', {}, '', NULL)",
                        e.name,
                        of_row(e, e.key_sql, "OLD")
                    );
                    assert!(gone.contains(&tombstone), "{gone}\nlacks {tombstone}");
                    triggers.extend(names.iter().map(|n| format!("sync_{}_{n}", e.name)));
                }
                // And no trigger records anything else: the focus actions
                // travel as their reflection's field `focus`.
                triggers.extend(
                    ["insert", "update", "delete"].map(|n| format!("sync_focus_actions_{n}")),
                );
                triggers.sort();
                let mut stmt = conn.prepare(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%sync_outbox%' ORDER BY name",
                )?;
                let found = stmt.query_map([], |r| r.get::<_, String>(0))?;
                let found: Vec<String> = found.collect::<rusqlite::Result<_>>()?;
                assert_eq!(found, triggers);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn nothing_is_recorded_while_sync_is_off() {
        let t = temp_store();
        t.store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
                     VALUES ('g', 'Thesis', '#000000', 0, 0, 0)",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        let n: i64 = t
            .store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM sync_outbox", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn an_edit_records_only_the_fields_it_changed_and_stamps_them_in_its_write() {
        let t = temp_store();
        t.store.write(|tx| turn_on(tx)).unwrap();
        t.store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
                     VALUES ('g', 'Thesis', '#000000', 0, 0, 0)",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        t.store
            .write(|tx| {
                tx.execute(
                    "UPDATE goals SET title = 'Thesis draft', colour = '#000000' WHERE id = 'g'",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        let rows = t.store.read(|c| outbox(c, 100)).unwrap();
        assert_eq!(rows.len(), 9 + 1, "nine fields put, then one edited");
        let last = &rows.last().unwrap().1;
        assert_eq!(
            (last.field.as_str(), &last.value),
            ("title", &Value::Text("Thesis draft".into()))
        );
        let clocks: Vec<&str> = rows.iter().map(|(_, c)| c.hlc.as_str()).collect();
        assert!(clocks.windows(2).all(|w| w[0] < w[1]), "clocks increase");
        let merged: String = t
            .store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT value FROM sync_fields WHERE entity = 'goals' AND key = 'g' AND field = 'title'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(merged, "Thesis draft");
    }

    #[test]
    fn turning_sync_on_records_row_by_row_in_key_order() {
        let t = temp_store();
        t.store
            .write(|tx| {
                for id in ["b", "a"] {
                    tx.execute(
                        "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
                         VALUES (?1, 'Thesis', '#000000', 0, 0, 0)",
                        [id],
                    )?;
                }
                turn_on(tx)?;
                record_everything(tx)
            })
            .unwrap();
        let rows = t.store.read(|c| outbox(c, 100)).unwrap();
        let order: Vec<(&str, &str)> = rows
            .iter()
            .map(|(_, c)| (c.key.as_str(), c.field.as_str()))
            .collect();
        let goal = |k| {
            entity("goals")
                .unwrap()
                .columns
                .iter()
                .map(move |c| (k, *c))
        };
        let expected: Vec<(&str, &str)> = goal("a").chain(goal("b")).collect();
        assert_eq!(order, expected, "whole rows, one after the other");
    }

    /// Turning sync on reads each table once, unsorted; recording reads it
    /// column by column. Both must find the same fields, nulls and
    /// computed keys included.
    #[test]
    fn turning_sync_on_merges_exactly_the_fields_recording_finds() {
        let t = temp_store();
        let (recorded, merged) = t
            .store
            .write(|tx| {
                tx.execute_batch(
                    "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
                     VALUES ('g2', 'Run', '#000000', 1, 0, 0), ('g1', 'Write', '#111111', 0, 0, 0);
                     INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, source, updated_at)
                     VALUES ('w2', 'Ran', '', 5, '2026-11-20', 'g2', 'cli', 5),
                            ('w1', 'Wrote', 'a note', 3, '2026-11-19', NULL, 'tray', 3);
                     INSERT INTO rest_days (id, local_date, step_id, reason, created_at)
                     VALUES ('r1', '2026-11-18', NULL, 'sick', 1);",
                )?;
                crate::store::settings::set(tx, "quiet_hours", "22:00-07:00")?;
                crate::store::settings::set(tx, "shortcut", "Ctrl+Alt+K")?;
                record_everything(tx)?;
                record_everything_merged(tx, "hlc")?;
                let fields_of = |table: &str| -> Result<BTreeSet<(String, String, String, String)>> {
                    let sql = format!("SELECT entity, key, field, quote(value) FROM {table}");
                    Ok(tx
                        .prepare(&sql)?
                        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                        .collect::<rusqlite::Result<_>>()?)
                };
                Ok((fields_of("sync_outbox")?, fields_of("sync_fields")?))
            })
            .unwrap();
        assert_eq!(merged, recorded);
        let has = |entity: &str, key: &str, field: &str, value: &str| {
            merged.contains(&(entity.into(), key.into(), field.into(), value.into()))
        };
        assert!(has("wins", "w1", "goal_id", "NULL"));
        assert!(has("wins", "w2", "text", "'Ran'"));
        assert!(has("rest_days", "2026-11-18|", "reason", "'sick'"));
        assert!(has("settings", "quiet_hours", "value", "'22:00-07:00'"));
        assert!(!merged.iter().any(|(_, k, _, _)| k == "shortcut"));
    }

    #[test]
    fn the_computers_own_settings_do_not_travel() {
        let t = temp_store();
        t.store.write(|tx| turn_on(tx)).unwrap();
        t.store
            .write(|tx| {
                crate::store::settings::set(tx, "shortcut", "Ctrl+Alt+K")?;
                crate::store::settings::set(tx, "quiet_hours", "22:00-07:00")
            })
            .unwrap();
        let rows = t.store.read(|c| outbox(c, 100)).unwrap();
        assert!(rows.iter().all(|(_, c)| c.key == "quiet_hours"), "{rows:?}");
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn a_change_older_than_the_merged_one_changes_nothing() {
        let t = temp_store();
        let put = |field: &str, value: &str, hlc: &str| Change {
            entity: "settings".into(),
            key: "quiet_hours".into(),
            field: field.into(),
            value: Value::Text(value.into()),
            hlc: hlc.into(),
        };
        let new = "1795000000005.000000.b";
        let old = "1795000000001.000000.b";
        t.store
            .write(|tx| {
                merge(
                    tx,
                    &[
                        put("key", "quiet_hours", new),
                        put("value", "21:00-06:00", new),
                    ],
                )?;
                assert_eq!(merge(tx, &[put("value", "23:00-08:00", old)])?, 0);
                assert_eq!(
                    merge(tx, &[put("value", "21:00-06:00", new)])?,
                    0,
                    "twice is once"
                );
                Ok(())
            })
            .unwrap();
        let v = t
            .store
            .read(|c| crate::store::settings::get(c, "quiet_hours"))
            .unwrap();
        assert_eq!(v.as_deref(), Some("21:00-06:00"));
        assert_eq!(
            t.store.read(|c| outbox(c, 10)).unwrap(),
            vec![],
            "merged changes are not re-sent"
        );
    }

    #[test]
    fn a_win_whose_goal_has_not_arrived_waits_then_is_placed() {
        let t = temp_store();
        let f = |e: &str, k: &str, field: &str, v: Value| Change {
            entity: e.into(),
            key: k.into(),
            field: field.into(),
            value: v,
            hlc: "1795000000000.000000.b".into(),
        };
        let win: Vec<Change> = [
            ("id", Value::Text("w".into())),
            ("text", Value::Text("wrote".into())),
            ("note", Value::Text(String::new())),
            ("logged_at", Value::Integer(1)),
            ("local_date", Value::Text("2026-11-21".into())),
            ("goal_id", Value::Text("g".into())),
            ("step_id", Value::Null),
            ("source", Value::Text("main".into())),
            ("deleted_at", Value::Null),
            ("updated_at", Value::Integer(1)),
        ]
        .into_iter()
        .map(|(c, v)| f("wins", "w", c, v))
        .collect();
        t.store.write(|tx| merge(tx, &win)).unwrap();
        assert_eq!(t.store.read(unplaced_count).unwrap(), 1);
        let goal: Vec<Change> = [
            ("id", Value::Text("g".into())),
            ("title", Value::Text("Thesis".into())),
            ("why", Value::Text(String::new())),
            ("success", Value::Text(String::new())),
            ("status", Value::Text("active".into())),
            ("colour", Value::Text("#000000".into())),
            ("position", Value::Integer(0)),
            ("created_at", Value::Integer(0)),
            ("updated_at", Value::Integer(0)),
        ]
        .into_iter()
        .map(|(c, v)| f("goals", "g", c, v))
        .collect();
        t.store.write(|tx| merge(tx, &goal)).unwrap();
        assert_eq!(t.store.read(unplaced_count).unwrap(), 0);
        let tally: i64 = t
            .store
            .read(|c| Ok(c.query_row("SELECT SUM(wins) FROM win_days", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(tally, 1, "the chronicle's tally counts a merged win");
    }

    #[test]
    fn a_file_cannot_set_this_computers_own_settings_or_misfile_a_row() {
        let t = temp_store();
        let c = |key: &str, field: &str, value: &str| Change {
            entity: "settings".into(),
            key: key.into(),
            field: field.into(),
            value: Value::Text(value.into()),
            hlc: "1795000000000.000000.b".into(),
        };
        t.store
            .write(|tx| {
                merge(
                    tx,
                    &[
                        c("shortcut", "key", "shortcut"),
                        c("shortcut", "value", "Ctrl+Q"),
                        // Travels as 'quiet_hours' but says it is 'week_start'.
                        c("quiet_hours", "key", "week_start"),
                        c("quiet_hours", "value", "sunday"),
                    ],
                )
            })
            .unwrap();
        let get = |k: &'static str| {
            t.store
                .read(move |c| crate::store::settings::get(c, k))
                .unwrap()
        };
        assert_eq!(get("shortcut"), None);
        assert_eq!(get("week_start"), None);
        assert_eq!(get("quiet_hours"), None);
        assert_eq!(
            t.store.read(unplaced_count).unwrap(),
            1,
            "it waits, never placed"
        );
    }
}
