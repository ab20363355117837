//! The schema's history: numbered `.sql` files under `src-tauri/migrations`,
//! applied in order by `rusqlite_migration` and tracked in `user_version`.
//! A migration is never edited once released; a change is a new file.

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

/// Every migration, oldest first. The schema version is their count.
pub const SQL: &[&str] = &[
    include_str!("../../migrations/0001_goals_steps_wins.sql"),
    include_str!("../../migrations/0002_settings.sql"),
    include_str!("../../migrations/0003_chronicle.sql"),
    include_str!("../../migrations/0004_habit_stacks.sql"),
    include_str!("../../migrations/0005_covering_tally_indexes.sql"),
    include_str!("../../migrations/0006_reflect_focus_adjust_rewards.sql"),
    include_str!("../../migrations/0007_sync.sql"),
    include_str!("../../migrations/0008_longer_rhythms.sql"),
    include_str!("../../migrations/0009_measured_steps.sql"),
    include_str!("../../migrations/0010_goal_identity.sql"),
];

/// The migrations that make tables again (SQLite cannot change a CHECK in
/// place): they run with foreign keys off, and the keys are checked after
/// each, inside its transaction.
const REMAKE_TABLES: &[usize] = &[8];

/// Rows as each schema stored them (index = version - 1), for the upgrade
/// tests: a database at version N gets every fixture up to N.
#[cfg(test)]
const FIXTURES: &[&str] = &[
    include_str!("../../migrations/fixtures/v1_rows.sql"),
    include_str!("../../migrations/fixtures/v2_rows.sql"),
    include_str!("../../migrations/fixtures/v3_rows.sql"),
    include_str!("../../migrations/fixtures/v4_rows.sql"),
    include_str!("../../migrations/fixtures/v5_rows.sql"),
    include_str!("../../migrations/fixtures/v6_rows.sql"),
    include_str!("../../migrations/fixtures/v7_rows.sql"),
    include_str!("../../migrations/fixtures/v8_rows.sql"),
    include_str!("../../migrations/fixtures/v9_rows.sql"),
    include_str!("../../migrations/fixtures/v10_rows.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(
        SQL.iter()
            .enumerate()
            .map(|(i, sql)| {
                let m = M::up(sql);
                if REMAKE_TABLES.contains(&(i + 1)) {
                    m.foreign_key_check()
                } else {
                    m
                }
            })
            .collect(),
    )
}

/// Brings the database up to the newest schema, in one transaction.
/// Foreign keys are off meanwhile (a table made again would otherwise take
/// its children's rows with it) and on again after, as they were.
pub fn apply(conn: &mut Connection) -> Result<()> {
    let keys_on: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let migrated = migrations().to_latest(conn);
    if keys_on {
        conn.pragma_update(None, "foreign_keys", "ON")?;
    }
    migrated.map_err(|e| match e {
        rusqlite_migration::Error::MigrationDefinition(
            rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
        ) => Error::Conflict(
            "This database was written by a newer version of Cairn. Install the newer Cairn to open it; nothing was changed."
                .into(),
        ),
        rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
        other => {
            tracing::error!(error = %other, "migration failed");
            Error::Storage(
                "Cairn could not update its database to this version. Nothing was changed; restore a backup or report the problem."
                    .into(),
            )
        }
    })
}

/// Brings a database to exactly `version` (for the upgrade tests).
#[cfg(test)]
pub fn apply_up_to(conn: &mut Connection, version: usize) -> Result<()> {
    migrations()
        .to_version(conn, version)
        .map_err(|e| Error::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_has_a_fixture() {
        assert_eq!(FIXTURES.len(), SQL.len());
    }

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn version_is_the_number_of_files() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        let v: usize = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SQL.len());
    }

    /// Each migration N upgrades a database made by migration N-1 with rows
    /// in it, and those rows survive. With one migration, this is the
    /// database made by the first schema opening under the current code.
    #[test]
    fn every_schema_upgrades_from_the_one_before_with_data() {
        for from in 1..=SQL.len() {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(crate::store::DB_FILE);
            {
                let mut conn = Connection::open(&path).unwrap();
                apply_up_to(&mut conn, from).unwrap();
                for fixture in &FIXTURES[..from] {
                    conn.execute_batch(fixture).unwrap();
                }
            }
            let store = crate::store::Store::open(&path).unwrap();
            let (goals, steps, wins): (i64, i64, i64) = store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT (SELECT COUNT(*) FROM goals), (SELECT COUNT(*) FROM steps),
                                (SELECT COUNT(*) FROM wins)",
                        [],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )?)
                })
                .unwrap();
            assert_eq!((goals, steps, wins), (1, 2, 3), "upgrading from v{from}");
            let listed = store.read(crate::store::goals::list).unwrap();
            assert_eq!(listed[0].title, "Submit the thesis by June");
            // The chronicle's tally counts the wins whichever way they came:
            // backfilled by 0003, or through its triggers.
            let (tallied, rest): (i64, i64) = store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT (SELECT SUM(wins) FROM win_days), (SELECT COUNT(*) FROM rest_days)",
                        [],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )?)
                })
                .unwrap();
            assert_eq!(tallied, 3, "upgrading from v{from}");
            assert_eq!(rest, if from >= 3 { 2 } else { 0 });
            if from >= 4 {
                let stacks = store.read(crate::store::stacks::list).unwrap();
                assert_eq!(stacks[0].anchor, "pour my coffee", "upgrading from v{from}");
            }
            // 0006 starts every earlier step's history on the day it was
            // made; steps written after it have none until a service writes it.
            let (versions, starts, reviews): (i64, i64, i64) = store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT (SELECT COUNT(*) FROM step_versions),
                                (SELECT COUNT(*) FROM step_versions WHERE reason = 'start'
                                   AND effective_date = date(1767225600, 'unixepoch', 'localtime')),
                                (SELECT COUNT(*) FROM reflections)",
                        [],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )?)
                })
                .unwrap();
            if from < 6 {
                assert_eq!(
                    (versions, starts, reviews),
                    (2, 2, 0),
                    "upgrading from v{from}"
                );
            } else {
                assert_eq!((versions, starts, reviews), (1, 0, 1));
            }
            if from >= 2 {
                let shortcut = store
                    .read(|c| crate::store::settings::get(c, "shortcut"))
                    .unwrap();
                assert_eq!(shortcut.as_deref(), Some("Ctrl+Alt+K"));
            }
            // 0007 starts with sync off: nothing earlier is recorded until
            // sync is turned on (which records everything once).
            let (mode, outbox, fields, peers): (i64, i64, i64, i64) = store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT (SELECT mode FROM sync_mode), (SELECT COUNT(*) FROM sync_outbox),
                                (SELECT COUNT(*) FROM sync_fields), (SELECT COUNT(*) FROM sync_peers)",
                        [],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                    )?)
                })
                .unwrap();
            // 0008 makes steps and their versions again: the rows are kept,
            // and a step may now come every few days.
            let cadences: Vec<String> = store
                .read(|c| {
                    let mut stmt = c.prepare("SELECT cadence_kind FROM steps ORDER BY id")?;
                    let rows = stmt.query_map([], |r| r.get(0))?;
                    Ok(rows.collect::<rusqlite::Result<_>>()?)
                })
                .unwrap();
            let second = if from >= 8 { "every_n_days" } else { "weekly" };
            assert_eq!(cadences[1], second, "upgrading from v{from}");
            // 0009 measures steps: earlier rows are not measured and their
            // wins carry no amount; the tally sums the amounts there are.
            let (unit, amount, summed): (Option<String>, Option<i64>, i64) = store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT (SELECT unit FROM steps ORDER BY id LIMIT 1),
                                (SELECT amount_milli FROM wins ORDER BY id LIMIT 1),
                                (SELECT SUM(amount_milli) FROM win_days)",
                        [],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )?)
                })
                .unwrap();
            let measured = if from >= 9 {
                (Some("words".to_owned()), Some(250_000), 250_000)
            } else {
                (None, None, 0)
            };
            assert_eq!((unit, amount, summed), measured, "upgrading from v{from}");
            // 0010 lets a goal name an identity: earlier goals name none.
            let identity: Option<String> = store
                .read(|c| {
                    Ok(
                        c.query_row("SELECT identity FROM goals ORDER BY id LIMIT 1", [], |r| {
                            r.get(0)
                        })?,
                    )
                })
                .unwrap();
            let named = (from >= 10).then(|| "someone who writes".to_owned());
            assert_eq!(identity, named, "upgrading from v{from}");
            let kept = i64::from(from >= 7);
            assert_eq!(
                (mode, outbox, fields, peers),
                (0, 0, kept, kept),
                "upgrading from v{from}"
            );
        }
    }

    #[test]
    fn a_database_from_a_newer_cairn_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        conn.pragma_update(None, "user_version", SQL.len() + 1)
            .unwrap();
        let err = apply(&mut conn).unwrap_err();
        assert_eq!(err.kind(), "conflict");
        assert!(err.to_string().contains("newer version of Cairn"));
    }
}
