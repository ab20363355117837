//! Recording this computer's changes: stamping each recorded change with
//! its clock just before the write commits, recording everything when sync
//! is turned on, and the outbox of changes still to write to a file.

use rusqlite::types::Value;
use rusqlite::{params, Connection};

use crate::domain::hlc::Hlc;
use crate::error::Result;

use super::*;

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
