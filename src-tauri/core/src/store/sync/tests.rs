//! The sync schema against `ENTITIES`, recording, and merging, on real
//! database files.

use std::collections::BTreeSet;

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
    assert_eq!(rows.len(), 10 + 1, "ten fields put, then one edited");
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
