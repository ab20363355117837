//! Merging changes from another computer: each field keeps the value with
//! the newest clock in `sync_fields`, then each row whose state moved is
//! written back into its table (a row whose references have not arrived
//! waits, unplaced, until they do).

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{params, Connection};

use crate::error::Result;

use super::*;

/// Merges changes from another computer: each field keeps the value with
/// the newest clock, then every row whose state moved is written back into
/// its table (with the triggers quiet). Returns how many changes were new.
pub fn merge(conn: &Connection, changes: &[Change]) -> Result<usize> {
    with_room(conn, changes.len(), || merge_in(conn, changes))
}

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
/// A column a Cairn from before it never sends (`Entity::added_later`).
static NOT_SENT: Value = Value::Null;

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
            .map(|c| {
                fields
                    .iter()
                    .find(|(f, _, _)| f == c)
                    .map(|(_, v, _)| v)
                    .or_else(|| e.added_later.contains(c).then_some(&NOT_SENT))
            })
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
