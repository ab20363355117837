//! All of Cairn's SQL: opening the database, migrations, and one module per
//! aggregate mapping rows to domain types (goals, steps and their
//! versions, wins, habit stacks, rest days, reflections, one things,
//! rewards, step offers, settings), plus the chronicle's counts, backups,
//! the data folder's place, reading a Loop backup, and sync's outbox and
//! peers (`sync.rs`).
//!
//! Reads take a `&Connection`; every write runs inside one `Transaction`
//! started with `BEGIN IMMEDIATE`, so a write either lands whole or not at
//! all, and a second process (the CLI) waits for its turn instead of failing
//! half-way.

pub mod backup;
pub mod chronicle;
pub mod goals;
pub mod location;
pub mod loop_backup;
pub mod migrations;
pub mod reflections;
pub mod rest_days;
pub mod settings;
pub mod stacks;
pub mod step_offers;
pub mod step_versions;
pub mod steps;
pub mod wins;

// Sync through a folder (docs/sync.md).
pub mod sync;

// Today's one thing and gentle rewards.
pub mod one_things;
pub mod rewards;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};

/// A connection or open transaction, as the use cases see it: they pass it
/// from `Store::read`/`Store::write` to this module's functions and never
/// write SQL themselves.
pub type Conn = Connection;

/// The page cache a bulk write may use, in KiB ([`Store::write_bulk`]).
pub const BULK_CACHE_KIB: i64 = 256 * 1024;
/// SQLite's own default cache size (2,000 KiB, as a negative number of
/// KiB), what every other transaction runs with.
const DEFAULT_CACHE: i64 = -2000;

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "cairn.sqlite3";

/// How long a write waits for another process's write before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// An open, migrated Cairn database.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// `PRAGMA data_version` when [`Store::external_change_seen`] last
    /// looked (or when the store opened).
    seen_version: AtomicI64,
    /// A second connection, opened on first need, that only waits for
    /// another process's write to finish (`external_change_seen`).
    probe: Mutex<Option<Connection>>,
    /// Stamps sync's recorded changes in `write` (the system clock unless
    /// the app or a test sets one).
    clock: RwLock<Arc<dyn Clock>>,
    /// While set, this store's writes wait: the whole-file check is pending
    /// or running (`service::backups::check_when_due`), so that no write
    /// lands in a file that may yet be set aside.
    writes_held: Mutex<bool>,
    writes_resumed: Condvar,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date. A database from a newer Cairn is refused.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = open_connection(path)?;
        let version = data_version(&conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
            path: path.to_owned(),
            seen_version: AtomicI64::new(version),
            probe: Mutex::new(None),
            clock: RwLock::new(Arc::new(SystemClock)),
            writes_held: Mutex::new(false),
            writes_resumed: Condvar::new(),
        })
    }

    /// Opens the database in a data folder, creating the folder if needed.
    pub fn open_in(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| {
            tracing::error!(error = %e, dir = %dir.display(), "cannot create data folder");
            Error::Storage(crate::tr!(
                "error-storage-create-folder",
                path = crate::files::shown(dir)
            ))
        })?;
        Store::open(&dir.join(DB_FILE))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves no transaction open (it rolls
        // back on drop), so the connection is still good to use.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs read-only queries.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.lock())
    }

    /// Runs `f` on a read-only connection of its own, in one read
    /// transaction: one consistent moment of the database for a long read
    /// (the whole sync state, streamed into a file), while this store's
    /// connection stays free and writes go on (WAL).
    pub fn read_apart<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let tx = conn.unchecked_transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` in one immediate transaction: committed if it returns `Ok`,
    /// rolled back otherwise. The changes sync recorded in it get their
    /// clock before the commit, in the same transaction.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.wait_while_writes_held();
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        sync::stamp_pending(&tx, to_millis(self.clock().now()))?;
        tx.commit()?;
        Ok(out)
    }

    /// [`Store::write`] for work that touches much of the file (an import,
    /// a first sync): SQLite's page cache may grow to [`BULK_CACHE_KIB`]
    /// for it, so inserts at random places in a large index do not spill
    /// and re-read pages, and is given back afterwards.
    pub fn write_bulk<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.set_cache(-BULK_CACHE_KIB)?;
        let out = self.write(f);
        let given_back = self.set_cache(DEFAULT_CACHE);
        let out = out?;
        given_back?;
        Ok(out)
    }

    /// [`Store::write_bulk`] when `bulk`, else [`Store::write`].
    pub fn write_maybe_bulk<T>(
        &self,
        bulk: bool,
        f: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        if bulk {
            self.write_bulk(f)
        } else {
            self.write(f)
        }
    }

    fn set_cache(&self, size: i64) -> Result<()> {
        let conn = self.lock();
        conn.pragma_update(None, "cache_size", size)?;
        if size == DEFAULT_CACHE {
            conn.execute_batch("PRAGMA shrink_memory")?;
        }
        Ok(())
    }

    /// From now on this store's writes wait until [`Store::resume_writes`];
    /// a write already under way finishes first. Reads go on.
    pub fn hold_writes(&self) {
        *self.writes_flag() = true;
        drop(self.lock());
    }

    /// Lets the writes held by [`Store::hold_writes`] go on.
    pub fn resume_writes(&self) {
        *self.writes_flag() = false;
        self.writes_resumed.notify_all();
    }

    /// Whether writes are held (see [`Store::hold_writes`]).
    pub fn writes_held(&self) -> bool {
        *self.writes_flag()
    }

    fn writes_flag(&self) -> MutexGuard<'_, bool> {
        self.writes_held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn wait_while_writes_held(&self) {
        let mut held = self.writes_flag();
        while *held {
            held = self
                .writes_resumed
                .wait(held)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// The clock that stamps sync's changes ("now" for the hybrid clock).
    pub fn set_clock(&self, clock: Arc<dyn Clock>) {
        *self.clock.write().unwrap_or_else(|e| e.into_inner()) = clock;
    }

    fn clock(&self) -> Arc<dyn Clock> {
        self.clock.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

// The file watch (the app's `db_watch`) asks this after the database's
// files changed on disk.
impl Store {
    /// Whether another connection (another process: `cairn log`, `cairn
    /// import`) committed since the last call, or since the store opened.
    /// This store's own commits never count: SQLite's `data_version` moves
    /// only for other connections' commits.
    ///
    /// A writer publishes its commit (in the `-shm` index) just after the
    /// last write to the `-wal` file, so a look right after that write can
    /// come too early. When nothing new is seen, this waits for any write
    /// in progress to end (a write lock taken and given back on a second
    /// connection, not this one, so the app's own reads go on meanwhile),
    /// then looks again.
    pub fn external_change_seen(&self) -> Result<bool> {
        if self.version_moved()? {
            return Ok(true);
        }
        self.wait_for_other_writers();
        self.version_moved()
    }

    fn version_moved(&self) -> Result<bool> {
        let now = data_version(&self.lock())?;
        Ok(self.seen_version.swap(now, Ordering::Relaxed) != now)
    }

    /// Takes the write lock and gives it back at once: returns when no
    /// other connection is writing (or after the busy timeout).
    fn wait_for_other_writers(&self) {
        let mut probe = self.probe.lock().unwrap_or_else(PoisonError::into_inner);
        if probe.is_none() {
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            match Connection::open_with_flags(&self.path, flags)
                .and_then(|c| c.busy_timeout(BUSY_TIMEOUT).map(|()| c))
            {
                Ok(c) => *probe = Some(c),
                Err(e) => tracing::debug!(error = %e, "no second connection to wait on"),
            }
        }
        if let Some(conn) = probe.as_ref() {
            if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
                // Busy for longer than the timeout: that write's own last
                // file change brings the next look.
                tracing::debug!(error = %e, "another write still going on");
            }
        }
    }
}

/// SQLite's counter of commits made by other connections.
fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "data_version", |r| r.get(0))?)
}

/// Opens, configures and migrates the store's connection to `path`.
fn open_connection(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| {
        tracing::error!(error = %e, path = %path.display(), "cannot open database");
        Error::Storage(crate::tr!(
            "error-storage-open",
            path = crate::files::shown(path)
        ))
    })?;
    configure(&conn)?;
    migrations::apply(&mut conn)?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL lets the CLI write while the app reads. FULL sync makes each
    // commit durable on disk, power loss included (NORMAL survives only an
    // application crash); it costs an fsync per write: `cargo bench -p cairn
    // --bench log_win` measured p99 0.65 ms against 0.28 at 100,000 wins.
    // Foreign keys guard references.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A write with a trigger or a foreign key keeps a statement journal (to
    // undo that one statement); in a temporary file it was a quarter of an
    // import's time, spent in write calls. It holds only the pages one
    // statement changes, so memory is the right place.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Whether the database holds nothing a person made: no goal, step, win
/// (even a deleted one) or habit stack. Four index probes, however long
/// the history: Today asks on every read until the first run is over.
pub fn holds_nothing(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT NOT (EXISTS (SELECT 1 FROM goals) OR EXISTS (SELECT 1 FROM steps)
                  OR EXISTS (SELECT 1 FROM wins) OR EXISTS (SELECT 1 FROM habit_stacks))",
        [],
        |r| r.get(0),
    )?)
}

/// A fresh random id for a new row.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Instants are stored as Unix milliseconds.
pub(crate) fn to_millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_millis(ms: i64) -> rusqlite::Result<DateTime<Utc>> {
    Utc.timestamp_millis_opt(ms)
        .single()
        .ok_or_else(|| bad_column(format!("instant {ms}")))
}

/// Days are stored as `YYYY-MM-DD`.
pub(crate) fn to_day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn from_day(text: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad_column(format!("day {text:?}")))
}

/// A stored value that no longer fits the domain: the file was edited by
/// hand or is damaged.
pub(crate) fn bad_column(what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unexpected stored {what}").into(),
    )
}

/// Temporary stores for tests (the `testing` feature).
#[cfg(any(test, feature = "testing"))]
pub mod test_support {
    use super::*;

    /// A store on a real file in a temporary folder, kept alive with it.
    pub struct TempStore {
        pub store: Store,
        pub dir: tempfile::TempDir,
    }

    /// Opens a fresh store in a new temporary folder.
    pub fn temp_store() -> TempStore {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open_in(dir.path()).expect("open store");
        TempStore { store, dir }
    }

    /// Another process's long write on the file at `path`: its write lock
    /// is held until the returned connection is dropped.
    pub fn another_writer(path: &std::path::Path) -> Connection {
        let other = Connection::open(path).expect("open a second connection");
        other
            .execute_batch("BEGIN IMMEDIATE")
            .expect("take the write lock");
        other
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::temp_store;
    use super::*;

    #[test]
    fn a_bulk_write_gives_its_cache_back_whether_it_commits_or_not() {
        let t = temp_store();
        let cache = |s: &Store| {
            s.read(|c| Ok(c.pragma_query_value(None, "cache_size", |r| r.get::<_, i64>(0))?))
                .unwrap()
        };
        let during = t
            .store
            .write_bulk(|tx| Ok(tx.pragma_query_value(None, "cache_size", |r| r.get::<_, i64>(0))?))
            .unwrap();
        assert_eq!(during, -BULK_CACHE_KIB);
        assert_eq!(cache(&t.store), DEFAULT_CACHE);
        let failed: Result<()> = t.store.write_bulk(|tx| {
            tx.execute_batch("CREATE TABLE probe_bulk(x)")?;
            Err(Error::Validation("no".into()))
        });
        assert!(failed.is_err());
        assert_eq!(cache(&t.store), DEFAULT_CACHE);
        let kept: i64 = t
            .store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'probe_bulk'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(kept, 0, "rolled back");
    }

    #[test]
    fn only_another_connections_commit_counts_as_an_external_change() {
        let t = temp_store();
        let other = Store::open_in(t.dir.path()).unwrap();
        let settle = |s: &Store| {
            s.write(|tx| {
                Ok(tx.execute_batch(
                    "CREATE TABLE IF NOT EXISTS probe_t(x); INSERT INTO probe_t VALUES (1);",
                )?)
            })
            .unwrap()
        };
        // Opening (another connection's migrations included) is the start.
        assert!(!t.store.external_change_seen().unwrap(), "nothing yet");
        settle(&t.store);
        assert!(!t.store.external_change_seen().unwrap(), "its own write");
        settle(&other);
        assert!(t.store.external_change_seen().unwrap(), "another's write");
        assert!(!t.store.external_change_seen().unwrap(), "seen once");
        settle(&other);
        settle(&other);
        assert!(
            t.store.external_change_seen().unwrap(),
            "two, seen together"
        );
        assert!(!t.store.external_change_seen().unwrap());
        // A read by the other connection is no change.
        other.read(|c| Ok(c.execute_batch("SELECT 1")?)).unwrap();
        assert!(!t.store.external_change_seen().unwrap());
    }

    #[test]
    fn opens_with_wal_and_foreign_keys() {
        let t = temp_store();
        t.store
            .read(|c| {
                let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
                let fk: i64 = c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
                assert_eq!(mode, "wal");
                assert_eq!(fk, 1);
                Ok(())
            })
            .unwrap();
        assert!(t.dir.path().join(DB_FILE).exists());
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let t = temp_store();
        let result: Result<()> = t.store.write(|tx| {
            tx.execute(
                "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
                 VALUES ('g', 'half', '#000000', 0, 0, 0)",
                [],
            )?;
            Err(Error::Validation("stop here".into()))
        });
        assert!(result.is_err());
        let count: i64 = t
            .store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM goals", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(count, 0);
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_a_storage_error() {
        let t = temp_store();
        let file = t.dir.path().join("a-file");
        std::fs::write(&file, b"not a folder").unwrap();
        let err = Store::open_in(&file.join("data"))
            .err()
            .expect("cannot open");
        assert_eq!(err.kind(), "storage");
        assert!(err.to_string().contains("CAIRN_DATA_DIR"), "{err}");
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_untouched() {
        let t = temp_store();
        let path = t.dir.path().join("junk.sqlite3");
        let junk = b"this is not sqlite, just text that must survive".repeat(100);
        std::fs::write(&path, &junk).unwrap();
        let err = Store::open(&path).err().expect("refused");
        assert_eq!(err.kind(), "storage");
        assert_eq!(std::fs::read(&path).unwrap(), junk, "the file is unchanged");
    }

    #[test]
    fn day_and_instant_round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(from_day(&to_day(d)).unwrap(), d);
        assert!(from_day("2026-02-30").is_err());
        let t = Utc.with_ymd_and_hms(2026, 11, 21, 8, 15, 0).unwrap();
        assert_eq!(from_millis(to_millis(t)).unwrap(), t);
    }
}
