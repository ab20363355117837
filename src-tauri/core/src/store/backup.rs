//! Whole-database copies through SQLite's online backup API: a consistent
//! snapshot of a live database (taken on its own read connection, so the
//! app keeps writing meanwhile), restoring one into the open store,
//! checking a file before trusting it, and starting afresh in place of a
//! damaged file while the app runs.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::{migrations, Store};
use crate::error::{Error, Result};

/// What a database file holds, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Live (not deleted) wins.
    pub wins: u64,
    /// Its schema version (`user_version`).
    pub version: usize,
}

fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

fn copy(from: &Connection, to: &mut Connection) -> rusqlite::Result<()> {
    // All pages in one step: one read transaction, so the copy is one
    // consistent moment of the source.
    Backup::new(from, to)?.run_to_completion(i32::MAX, Duration::ZERO, None)
}

/// Runs `PRAGMA quick_check` and says whether the file is sound.
pub fn quick_check(conn: &Connection) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows == ["ok"])
}

/// Checks a database file: it opens, passes `quick_check`, is a Cairn
/// database no newer than this Cairn, and says how many wins it holds.
pub fn inspect(path: &Path) -> Result<Summary> {
    let unreadable = |e: rusqlite::Error| {
        tracing::warn!(error = %e, path = %path.display(), "cannot read database file");
        Error::Validation(crate::tr!(
            "error-backup-damaged",
            path = crate::files::shown(path)
        ))
    };
    let conn = open_read_only(path).map_err(unreadable)?;
    if !quick_check(&conn).map_err(unreadable)? {
        return Err(unreadable(rusqlite::Error::InvalidQuery));
    }
    let version: usize = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(unreadable)?;
    if version > migrations::SQL.len() {
        return Err(Error::Conflict(crate::tr!(
            "error-backup-newer",
            path = crate::files::shown(path)
        )));
    }
    let wins: u64 = conn
        .query_row(
            "SELECT COUNT(*) FROM wins WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .map_err(unreadable)?;
    Ok(Summary { wins, version })
}

/// What start-up finds in the database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// No file yet: a first start.
    Missing,
    /// It opens and passes `quick_check`.
    Sound,
    /// The check could not run for another reason (permissions, which
    /// opening reports in words; another process's long write): nothing is
    /// known against the file, and the check is tried again next time.
    Unchecked,
    /// SQLite says it is not a database or is corrupt.
    Damaged,
}

fn is_damage(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode;
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// Checks the database file at `path` with `PRAGMA quick_check`, without
/// changing it.
pub fn health(path: &Path) -> Health {
    if !path.exists() {
        return Health::Missing;
    }
    verdict(open_read_only(path).and_then(|conn| quick_check(&conn)))
}

fn verdict(checked: rusqlite::Result<bool>) -> Health {
    match checked {
        Ok(true) => Health::Sound,
        Ok(false) => Health::Damaged,
        Err(e) if is_damage(&e) => Health::Damaged,
        Err(e) => {
            tracing::warn!(error = %e, "database check inconclusive");
            Health::Unchecked
        }
    }
}

/// Writes `to` as a temporary file beside it, flushed, then renamed into
/// place (`files`), so a crash never leaves a half-written copy under the
/// final name.
fn write_atomically(to: &Path, fill: impl FnOnce(&mut Connection) -> Result<()>) -> Result<()> {
    let tmp = crate::files::temp_beside(to);
    let result = (|| {
        let mut dest = Connection::open(&tmp)?;
        fill(&mut dest)?;
        // A copy is one self-contained file: no WAL beside it.
        dest.pragma_update(None, "journal_mode", "DELETE")?;
        dest.close().map_err(|(_, e)| e)?;
        crate::files::flush(&tmp)
            .and_then(|()| crate::files::replace(&tmp, to))
            .map_err(|e| {
                tracing::error!(error = %e, path = %to.display(), "cannot write backup");
                Error::Storage(crate::tr!(
                    "error-backup-write",
                    path = crate::files::shown(to)
                ))
            })
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

impl Store {
    /// The whole-file check of this store's database, while it is open. It
    /// runs on a second connection that takes the write lock and writes
    /// nothing, so another process's write (`cairn log`) waits for the
    /// verdict (up to its busy timeout) instead of landing in a file that
    /// may be set aside; the caller holds this store's own writes
    /// ([`Store::hold_writes`]). Reads go on meanwhile.
    pub fn check_whole_file(&self) -> Health {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        verdict(
            Connection::open_with_flags(&self.path, flags).and_then(|conn| {
                conn.busy_timeout(super::BUSY_TIMEOUT)?;
                // Dropping the connection ends the transaction: nothing to
                // roll back, nothing written.
                conn.execute_batch("BEGIN IMMEDIATE")?;
                quick_check(&conn)
            }),
        )
    }

    /// Closes the database (its WAL left beside it as it is, not folded into
    /// the file), lets `move_aside` move the files away, and opens a fresh
    /// database at the same path. If moving fails, the old file is opened
    /// again and the error returned. Until the new connection is in place
    /// the store has an empty read-only one: a write then fails in words,
    /// it is never acknowledged and lost.
    pub fn start_fresh(&self, move_aside: impl FnOnce() -> Result<()>) -> Result<()> {
        let mut conn = self.lock();
        *self.probe.lock().unwrap_or_else(|e| e.into_inner()) = None;
        if let Err(e) = conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true) {
            tracing::warn!(error = %e, "the damaged file's WAL may be folded in on close");
        }
        let placeholder = Connection::open_in_memory_with_flags(
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let old = std::mem::replace(&mut *conn, placeholder);
        if let Err((_, e)) = old.close() {
            tracing::warn!(error = %e, "closing the damaged database");
        }
        let moved = move_aside();
        // Moved: a fresh file. Not moved: the same file again.
        let reopened = super::open_connection(&self.path)?;
        self.seen_version.store(
            super::data_version(&reopened)?,
            std::sync::atomic::Ordering::Relaxed,
        );
        *conn = reopened;
        moved
    }

    /// Copies the whole database to `to`, consistently, while the app may
    /// keep writing. An existing file at `to` is replaced only once the copy
    /// is complete.
    pub fn backup_to(&self, to: &Path) -> Result<()> {
        write_atomically(to, |dest| {
            let source = open_read_only(&self.path)?;
            source.busy_timeout(super::BUSY_TIMEOUT)?;
            copy(&source, dest)?;
            Ok(())
        })
    }

    /// Replaces the whole database with the copy at `from`, in place, after
    /// checking it; then brings its schema up to date. The caller keeps the
    /// current database aside first if it may be wanted back.
    pub fn restore_from(&self, from: &Path) -> Result<Summary> {
        let summary = inspect(from)?;
        let source = open_read_only(from)?;
        let mut conn = self.lock();
        copy(&source, &mut conn)?;
        migrations::apply(&mut conn)?;
        Ok(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;

    fn add_win(store: &Store, id: &str) {
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO wins (id, text, logged_at, local_date, source, updated_at)
                     VALUES (?1, 'w', 0, '2026-11-21', 'window', 0)",
                    [id],
                )?;
                Ok(())
            })
            .unwrap();
    }

    fn wins(store: &Store) -> i64 {
        store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM wins", [], |r| r.get(0))?))
            .unwrap()
    }

    #[test]
    fn a_backup_restores_what_it_copied() {
        let t = temp_store();
        add_win(&t.store, "a");
        let copy = t.dir.path().join("copy.sqlite3");
        t.store.backup_to(&copy).unwrap();
        assert_eq!(
            inspect(&copy).unwrap(),
            Summary {
                wins: 1,
                version: migrations::SQL.len()
            }
        );
        let names: Vec<_> = std::fs::read_dir(t.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".tmp-"))
            .collect();
        assert!(names.is_empty(), "no temporary file is left: {names:?}");
        add_win(&t.store, "b");
        assert_eq!(wins(&t.store), 2);
        t.store.restore_from(&copy).unwrap();
        assert_eq!(wins(&t.store), 1, "the later win is gone");
        add_win(&t.store, "c");
        assert_eq!(wins(&t.store), 2, "the store still writes");
    }

    #[test]
    fn health_of_files() {
        let t = temp_store();
        assert_eq!(health(&t.dir.path().join("none.sqlite3")), Health::Missing);
        assert_eq!(health(t.store.path()), Health::Sound);
        let junk = t.dir.path().join("junk.sqlite3");
        std::fs::write(&junk, b"not a database at all".repeat(200)).unwrap();
        assert_eq!(health(&junk), Health::Damaged);
        // A real database with pages overwritten in the middle.
        add_win(&t.store, "a");
        let copy = t.dir.path().join("copy.sqlite3");
        t.store.backup_to(&copy).unwrap();
        let mut bytes = std::fs::read(&copy).unwrap();
        for b in &mut bytes[4096..] {
            *b = 0x5a;
        }
        std::fs::write(&copy, &bytes).unwrap();
        assert_eq!(health(&copy), Health::Damaged);
    }

    #[test]
    fn damaged_or_foreign_files_are_refused_and_nothing_changes() {
        let t = temp_store();
        add_win(&t.store, "a");
        let junk = t.dir.path().join("junk.sqlite3");
        std::fs::write(&junk, b"not a database at all".repeat(200)).unwrap();
        let foreign = t.dir.path().join("foreign.sqlite3");
        Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE other (x); PRAGMA user_version = 2;")
            .unwrap();
        let newer = t.dir.path().join("newer.sqlite3");
        t.store.backup_to(&newer).unwrap();
        Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", migrations::SQL.len() + 1)
            .unwrap();
        for (path, kind) in [
            (&junk, "validation"),
            (&foreign, "validation"),
            (&newer, "conflict"),
            (&t.dir.path().join("missing.sqlite3"), "validation"),
        ] {
            let err = t.store.restore_from(path).unwrap_err();
            assert_eq!(err.kind(), kind, "{}", path.display());
        }
        assert_eq!(wins(&t.store), 1);
    }
}
