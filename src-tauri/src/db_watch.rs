//! Writes by other processes (`cairn log`, `cairn import`) reach the
//! running app through a watch on the database's folder, on every OS.
//!
//! The `notify` crate waits on the system's own file events (inotify on
//! Linux, whose thread blocks in `epoll` with no timeout; ReadDirectoryChangesW
//! on Windows; FSEvents on macOS), so an idle watch costs no wakeups. No
//! debouncer: `notify-debouncer-*` keep a timer thread ticking. Bursts
//! coalesce without one: the `cairn-watch` thread sleeps in a blocking
//! receive, takes every event already queued after the first, and asks the
//! store once whether another process committed
//! ([`Store::external_change_seen`](crate::store::Store::external_change_seen),
//! SQLite's `data_version`). Only then does it refresh, so the app's own
//! writes (which change the same files) never refresh twice, and the events
//! that arrive while a refresh runs make at most one more look.

use std::ffi::OsStr;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::error::{Error, Result};

/// The thread's name (the idle test lists threads by name).
pub const THREAD: &str = "cairn-watch";

/// Starts watching the folder of the database at `db`. After each burst of
/// changes to its files, `external_change` says whether another process
/// wrote (and must not fail); if so, `changed` refreshes the app. Returns
/// once the watch is in place.
pub fn start(
    db: &Path,
    external_change: impl Fn() -> bool + Send + 'static,
    changed: impl Fn() + Send + 'static,
) -> Result<()> {
    let (Some(dir), Some(name)) = (db.parent(), db.file_name()) else {
        return Err(not_watched(db, "it has no folder"));
    };
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| not_watched(db, e))?;
    watcher
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(|e| not_watched(db, e))?;
    let name = name.to_owned();
    std::thread::Builder::new()
        .name(THREAD.into())
        .spawn(move || {
            // Kept alive by this thread, for as long as the app runs.
            let _watcher: RecommendedWatcher = watcher;
            // A write between the store's opening and this watch.
            if external_change() {
                changed();
            }
            while wait_for_writes(&rx, &name) {
                if external_change() {
                    changed();
                }
            }
            tracing::warn!("the database watch stopped; writes from `cairn` show after a restart");
        })
        .map_err(|e| not_watched(db, e))?;
    Ok(())
}

fn not_watched(db: &Path, e: impl std::fmt::Display) -> Error {
    tracing::warn!(error = %e, path = %db.display(), "no watch on the database");
    Error::Internal(cairn_core::tr!("app-not-watched"))
}

/// Blocks until some of the database's files changed, then takes whatever
/// else is already queued. False once the watch has ended.
fn wait_for_writes(rx: &Receiver<notify::Result<Event>>, db_name: &OsStr) -> bool {
    loop {
        let Ok(first) = rx.recv() else {
            return false;
        };
        let mut relevant = touches_database(&first, db_name);
        while let Ok(next) = rx.try_recv() {
            relevant |= touches_database(&next, db_name);
        }
        if relevant {
            return true;
        }
    }
}

/// Whether an event could carry another process's commit: the database
/// file or its `-wal` written to, created, or closed after writing. Opens
/// and reads (the app's own, the backups') are not.
fn touches_database(event: &notify::Result<Event>, db_name: &OsStr) -> bool {
    let event = match event {
        Ok(event) => event,
        // The system dropped events (a full queue): look, to be safe.
        Err(e) => {
            tracing::debug!(error = %e, "database watch error");
            return true;
        }
    };
    let written = match event.kind {
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Any | EventKind::Other => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Remove(_) => false,
    };
    // An event without a path (a rescan on macOS, say) may be anything.
    written && (event.paths.is_empty() || event.paths.iter().any(|p| is_db_file(p, db_name)))
}

/// `cairn.sqlite3` or `cairn.sqlite3-wal` (the `-shm` index is mapped into
/// memory and written without file events).
fn is_db_file(path: &Path, db_name: &OsStr) -> bool {
    let Some(file) = path.file_name() else {
        return false;
    };
    if file == db_name {
        return true;
    }
    let mut wal = db_name.to_owned();
    wal.push("-wal");
    file == wal
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use notify::event::{CreateKind, DataChange, ModifyKind};

    use super::*;
    use crate::store::test_support::temp_store;
    use crate::store::Store;

    fn event(kind: EventKind, file: &str) -> notify::Result<Event> {
        Ok(Event::new(kind).add_path(PathBuf::from("/data").join(file)))
    }

    #[test]
    fn only_writes_to_the_database_files_count() {
        let db = OsStr::new("cairn.sqlite3");
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let close_write = EventKind::Access(AccessKind::Close(AccessMode::Write));
        let open = EventKind::Access(AccessKind::Open(AccessMode::Any));
        let read_close = EventKind::Access(AccessKind::Close(AccessMode::Read));
        for (kind, file, counts) in [
            (write, "cairn.sqlite3-wal", true),
            (write, "cairn.sqlite3", true),
            (close_write, "cairn.sqlite3-wal", true),
            (
                EventKind::Create(CreateKind::File),
                "cairn.sqlite3-wal",
                true,
            ),
            (write, "cairn.sqlite3-shm", false),
            (write, "cairn.sqlite3-journal", false),
            (write, "notes.txt", false),
            (open, "cairn.sqlite3-wal", false),
            (read_close, "cairn.sqlite3", false),
            (
                EventKind::Remove(notify::event::RemoveKind::File),
                "cairn.sqlite3-wal",
                false,
            ),
        ] {
            assert_eq!(
                touches_database(&event(kind, file), db),
                counts,
                "{kind:?} {file}"
            );
        }
        assert!(touches_database(&Ok(Event::new(write)), db), "no path");
    }

    fn wait_for(count: &AtomicUsize, n: usize, within: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < within {
            if count.load(Ordering::SeqCst) >= n {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }

    fn log(store: &Store) {
        store
            .write(|tx| {
                Ok(tx.execute_batch(
                    "CREATE TABLE IF NOT EXISTS t(x); INSERT INTO t VALUES (1), (2), (3);",
                )?)
            })
            .expect("a write");
    }

    #[test]
    fn another_connections_write_refreshes_once_and_its_own_never() {
        let t = temp_store();
        let store = Arc::new(t.store);
        let refreshes = Arc::new(AtomicUsize::new(0));
        let looks = Arc::new(AtomicUsize::new(0));
        let (s, r, l) = (store.clone(), refreshes.clone(), looks.clone());
        start(
            store.path(),
            move || {
                l.fetch_add(1, Ordering::SeqCst);
                s.external_change_seen().unwrap_or(false)
            },
            move || {
                r.fetch_add(1, Ordering::SeqCst);
            },
        )
        .expect("a watch");
        // The look at start.
        assert!(wait_for(&looks, 1, Duration::from_secs(2)));

        // Its own writes: looked at, never a refresh.
        for _ in 0..3 {
            log(&store);
        }
        assert!(wait_for(&looks, 2, Duration::from_secs(2)), "no event");
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(refreshes.load(Ordering::SeqCst), 0, "own writes refreshed");

        // Another connection (as another process would): one refresh, soon.
        let other = Store::open(store.path()).expect("a second connection");
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(refreshes.load(Ordering::SeqCst), 0, "opening refreshed");
        let written = Instant::now();
        log(&other);
        assert!(
            wait_for(&refreshes, 1, Duration::from_secs(2)),
            "no refresh"
        );
        let latency = written.elapsed();
        assert!(latency < Duration::from_millis(200), "{latency:?}");

        // A burst of writes: at most a refresh for each, and at least one.
        let before = refreshes.load(Ordering::SeqCst);
        for _ in 0..20 {
            log(&other);
        }
        assert!(wait_for(&refreshes, before + 1, Duration::from_secs(2)));
        std::thread::sleep(Duration::from_millis(300));
        let burst = refreshes.load(Ordering::SeqCst) - before;
        assert!((1..=20).contains(&burst), "{burst} refreshes for 20 writes");

        // Quiet afterwards: no look without an event.
        let settled = looks.load(Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(
            looks.load(Ordering::SeqCst),
            settled,
            "looked with nothing written"
        );
    }
}
