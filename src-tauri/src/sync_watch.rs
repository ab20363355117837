//! Keeps this computer in step with the sync folder while the app runs
//! (docs/sync.md): this computer's changes are written to the folder after
//! every local write, and other computers' new files are applied as soon as
//! the person's sync tool delivers them.
//!
//! Modelled on `db_watch.rs`: the `notify` crate waits on the system's own
//! file events (inotify, ReadDirectoryChangesW, FSEvents) on
//! `<folder>/Cairn/`, recursively; no debouncer, nothing polls. One
//! `cairn-sync` thread sleeps in a blocking receive on one channel that
//! carries both the folder's events and the app's "something was written
//! here" ([`SyncWatch::local_write`], sent by the change listener after
//! every write, so logging a win never waits for the folder). A burst is
//! coalesced: the thread takes everything already queued after the first
//! message, then either syncs (an event in ANOTHER device's folder, or a
//! request) or only writes this computer's pending changes. Events in this
//! computer's own folder (its own files) and the core's temporary
//! `.tmp-*` files are ignored, so writing never wakes a sync.
//!
//! Nothing exists while sync is off: the thread and the watch start when
//! sync is configured (at start, or from Settings) and end on "Stop
//! syncing". Every sync, flush and "Sync now" runs under one lock, so two
//! never write the same changes at once.

use std::ffi::OsStr;
use std::path::{Component, Path};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::service::sync::ROOT;

/// The thread's name (the idle test lists threads by name).
pub const THREAD: &str = "cairn-sync";

/// The temporary names the core writes a file under before renaming it.
const TEMP_PREFIX: &str = ".tmp-";

/// What the watch needs from the app: the store's sync use cases and the
/// one refresh of every window, the tray and the reminders.
pub trait Host: Send + Sync + 'static {
    /// `service::sync::sync_now`; true when anything a window shows
    /// changed (data applied, the computers seen, the notes).
    fn sync(&self) -> bool;
    /// `service::sync::flush_outbox`.
    fn flush(&self);
    /// This computer's device id (its folder's name), if sync is on.
    fn own_device(&self) -> Option<String>;
    /// Refreshes everything, as after any other write.
    fn changed(&self);
}

enum Msg {
    /// Something in the folder changed.
    Folder(notify::Result<Event>),
    /// A write here: its changes go to the folder.
    Flush,
    /// Read the folder now (at start, after the folder was chosen).
    Sync,
    /// Sync was turned off or moved: this thread ends.
    Stop,
}

struct Running {
    tx: Sender<Msg>,
}

/// The app's sync watch (managed state). Empty until sync is configured.
#[derive(Default)]
pub struct SyncWatch {
    host: OnceLock<Arc<dyn Host>>,
    running: Mutex<Option<Running>>,
    /// Held by every sync and flush, the watch's and "Sync now"'s.
    busy: Arc<Mutex<()>>,
}

impl SyncWatch {
    /// Hands over the app's side; before this (and in tests) nothing starts.
    pub fn set_host(&self, host: Arc<dyn Host>) {
        let _ = self.host.set(host);
    }

    /// Runs `f` while no other sync or flush runs.
    pub fn exclusive<T>(&self, f: impl FnOnce() -> T) -> T {
        let _held = self.busy.lock().unwrap_or_else(|e| e.into_inner());
        f()
    }

    /// Whether the thread runs (sync is on and the app has started it).
    pub fn is_running(&self) -> bool {
        self.lock().is_some()
    }

    /// (Re)starts the watch on `folder`'s `Cairn/` and syncs once on its
    /// thread. The folder may be missing (a drive not connected): the sync
    /// then notes it, and the first look after it is back (a write here,
    /// Sync now) watches and reads it.
    pub fn start(&self, folder: &Path) {
        let Some(host) = self.host.get().cloned() else {
            return;
        };
        self.stop();
        let (tx, rx) = channel();
        let root = folder.join(ROOT);
        let busy = self.busy.clone();
        let events = tx.clone();
        let spawned = std::thread::Builder::new()
            .name(THREAD.into())
            .spawn(move || run(&rx, &events, &root, host.as_ref(), &busy));
        match spawned {
            Ok(_) => {
                let _ = tx.send(Msg::Sync);
                *self.lock() = Some(Running { tx });
            }
            Err(e) => {
                tracing::warn!(error = %e, "no sync thread; Sync now in Settings still works")
            }
        }
    }

    /// Ends the watch and its thread (sync turned off).
    pub fn stop(&self) {
        if let Some(running) = self.lock().take() {
            let _ = running.tx.send(Msg::Stop);
        }
    }

    /// After a write here: its changes go to the folder, on the watch's
    /// thread. Does nothing while sync is off.
    pub fn local_write(&self) {
        if let Some(running) = self.lock().as_ref() {
            let _ = running.tx.send(Msg::Flush);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Running>> {
        self.running.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The system watch on `root`, its events sent to `tx`; `None` (with a
/// log line) when the folder cannot be watched.
fn watch(root: &Path, tx: Sender<Msg>) -> Option<RecommendedWatcher> {
    if !root.is_dir() {
        tracing::debug!(path = %root.display(), "the sync folder is not there yet; watched once it is");
        return None;
    }
    let made = notify::recommended_watcher(move |event| {
        let _ = tx.send(Msg::Folder(event));
    });
    let mut watcher = match made {
        Ok(w) => w,
        Err(e) => {
            tracing::warn!(error = %e, "no watch on the sync folder");
            return None;
        }
    };
    if let Err(e) = watcher.watch(root, RecursiveMode::Recursive) {
        tracing::warn!(error = %e, path = %root.display(), "no watch on the sync folder (is it there?)");
        return None;
    }
    Some(watcher)
}

/// What one burst asks for.
#[derive(Debug, Default, PartialEq)]
struct Burst {
    sync: bool,
    flush: bool,
    stop: bool,
}

/// The thread: owns the system watch (dropped when it ends). A folder that
/// is not there (a drive not connected) is watched as soon as a later look
/// finds it, and read at once then.
fn run(rx: &Receiver<Msg>, events: &Sender<Msg>, root: &Path, host: &dyn Host, busy: &Mutex<()>) {
    let mut watcher = watch(root, events.clone());
    loop {
        let Ok(first) = rx.recv() else { return };
        let own = host.own_device();
        let mut burst = Burst::default();
        take(&mut burst, first, root, own.as_deref());
        while let Ok(next) = rx.try_recv() {
            take(&mut burst, next, root, own.as_deref());
        }
        if burst.stop {
            return;
        }
        let held = busy.lock().unwrap_or_else(|e| e.into_inner());
        if burst.sync {
            if host.sync() {
                drop(held);
                tracing::debug!("changes from another computer: refreshing");
                host.changed();
            }
        } else if burst.flush {
            host.flush();
        }
        if watcher.is_none() && root.is_dir() {
            watcher = watch(root, events.clone());
            if watcher.is_some() {
                // The folder is back: what arrived meanwhile is read now.
                let _ = events.send(Msg::Sync);
            }
        }
    }
}

fn take(burst: &mut Burst, msg: Msg, root: &Path, own: Option<&str>) {
    match msg {
        Msg::Folder(event) => burst.sync |= from_another_device(&event, root, own),
        Msg::Flush => burst.flush = true,
        Msg::Sync => burst.sync = true,
        Msg::Stop => burst.stop = true,
    }
}

/// Whether an event could bring another computer's changes: a file (or a
/// device folder) created, written, renamed or removed anywhere under
/// `root` except this computer's own folder, and not one of the core's
/// temporary files. Opens and reads (Cairn's own reading) are not.
fn from_another_device(event: &notify::Result<Event>, root: &Path, own: Option<&str>) -> bool {
    let event = match event {
        Ok(event) => event,
        // The system dropped events (a full queue): look, to be safe.
        Err(e) => {
            tracing::debug!(error = %e, "sync folder watch error");
            return true;
        }
    };
    let written = match event.kind {
        EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Any
        | EventKind::Other => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
    };
    written
        && (event.paths.is_empty()
            || event
                .paths
                .iter()
                .any(|p| is_another_devices_file(p, root, own)))
}

fn is_another_devices_file(path: &Path, root: &Path, own: Option<&str>) -> bool {
    let Ok(inside) = path.strip_prefix(root) else {
        // Somewhere unexpected: look, to be safe.
        return true;
    };
    let mut parts = inside.components();
    let device = match parts.next() {
        Some(Component::Normal(device)) => device,
        _ => return true,
    };
    if own.is_some_and(|own| device == OsStr::new(own)) {
        return false;
    }
    let temp = path
        .file_name()
        .and_then(OsStr::to_str)
        .is_some_and(|name| name.starts_with(TEMP_PREFIX));
    !temp
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    use notify::event::{CreateKind, DataChange, ModifyKind, RemoveKind};

    use std::path::PathBuf;

    use super::*;

    fn event(kind: EventKind, path: &str) -> notify::Result<Event> {
        Ok(Event::new(kind).add_path(PathBuf::from(path)))
    }

    #[test]
    fn only_other_devices_files_count() {
        let root = Path::new("/sync/Cairn");
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let create = EventKind::Create(CreateKind::File);
        let close_write = EventKind::Access(AccessKind::Close(AccessMode::Write));
        let open = EventKind::Access(AccessKind::Open(AccessMode::Any));
        let read_close = EventKind::Access(AccessKind::Close(AccessMode::Read));
        let remove = EventKind::Remove(RemoveKind::Folder);
        for (kind, path, counts) in [
            (create, "/sync/Cairn/other/changes-1-2.jsonl.gz", true),
            (write, "/sync/Cairn/other/changes-1-2.jsonl.gz", true),
            (close_write, "/sync/Cairn/other/device.json", true),
            (create, "/sync/Cairn/other", true),
            (remove, "/sync/Cairn/other", true),
            (create, "/sync/Cairn/me/changes-1-2.jsonl.gz", false),
            (write, "/sync/Cairn/me/snapshot-1.jsonl", false),
            (create, "/sync/Cairn/other/.tmp-changes-1-2.jsonl.gz", false),
            (open, "/sync/Cairn/other/changes-1-2.jsonl.gz", false),
            (read_close, "/sync/Cairn/other/changes-1-2.jsonl.gz", false),
        ] {
            assert_eq!(
                from_another_device(&event(kind, path), root, Some("me")),
                counts,
                "{kind:?} {path}"
            );
        }
        assert!(
            from_another_device(&Ok(Event::new(write)), root, Some("me")),
            "no path"
        );
        // Before this computer has an id, every folder is another's.
        assert!(from_another_device(
            &event(create, "/sync/Cairn/me/changes-1-2.jsonl.gz"),
            root,
            None
        ));
    }

    #[derive(Default)]
    struct Recorder {
        syncs: AtomicUsize,
        flushes: AtomicUsize,
        changes: AtomicUsize,
        applies: bool,
    }

    impl Host for Recorder {
        fn sync(&self) -> bool {
            self.syncs.fetch_add(1, Ordering::SeqCst);
            self.applies
        }
        fn flush(&self) {
            self.flushes.fetch_add(1, Ordering::SeqCst);
        }
        fn own_device(&self) -> Option<String> {
            Some("me".into())
        }
        fn changed(&self) {
            self.changes.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn wait_for(count: &AtomicUsize, n: usize) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(3) {
            if count.load(Ordering::SeqCst) >= n {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }

    fn settle() {
        std::thread::sleep(Duration::from_millis(300));
    }

    #[test]
    fn nothing_runs_until_started_and_without_a_host() {
        let watch = SyncWatch::default();
        watch.local_write();
        let dir = tempfile::tempdir().expect("a folder");
        watch.start(dir.path());
        assert!(!watch.is_running(), "started without the app");
    }

    #[test]
    fn a_folder_that_comes_back_is_watched_and_read() {
        let dir = tempfile::tempdir().expect("a folder");
        let root = dir.path().join(ROOT);
        let host = Arc::new(Recorder::default());
        let watch = SyncWatch::default();
        watch.set_host(host.clone());
        // Not there at start (a drive not connected): the sync notes it.
        watch.start(dir.path());
        assert!(wait_for(&host.syncs, 1));
        std::fs::create_dir_all(root.join("other")).expect("the folder back");
        settle();
        assert_eq!(host.syncs.load(Ordering::SeqCst), 1, "nothing watched yet");
        // The next look (a write here) finds it: watched and read.
        watch.local_write();
        assert!(wait_for(&host.flushes, 1));
        assert!(wait_for(&host.syncs, 2), "not read when it came back");
        std::fs::write(root.join("other").join("changes-1-2.jsonl.gz"), b"x").expect("a file");
        assert!(wait_for(&host.syncs, 3), "not watched when it came back");
        watch.stop();
    }

    #[test]
    fn writes_here_flush_and_files_from_others_sync_and_refresh() {
        let dir = tempfile::tempdir().expect("a folder");
        let root = dir.path().join(ROOT);
        std::fs::create_dir_all(root.join("me")).expect("own folder");
        std::fs::create_dir_all(root.join("other")).expect("another folder");
        let host = Arc::new(Recorder {
            applies: true,
            ..Recorder::default()
        });
        let watch = SyncWatch::default();
        watch.set_host(host.clone());
        watch.start(dir.path());
        assert!(watch.is_running());
        // One sync at start, and its refresh.
        assert!(wait_for(&host.syncs, 1));
        assert!(wait_for(&host.changes, 1));

        // Writes here: flushed, never a sync.
        for _ in 0..5 {
            watch.local_write();
        }
        assert!(wait_for(&host.flushes, 1));
        // Our own files and temporary files wake nothing.
        std::fs::write(root.join("me").join("changes-1-2.jsonl.gz"), b"x").expect("own file");
        std::fs::write(root.join("other").join(".tmp-changes-3-4.jsonl.gz"), b"x")
            .expect("temp file");
        settle();
        assert_eq!(host.syncs.load(Ordering::SeqCst), 1, "own files synced");
        let flushes = host.flushes.load(Ordering::SeqCst);
        assert!((1..=5).contains(&flushes), "{flushes} flushes for 5 writes");

        // Another computer's file: a sync and a refresh, soon.
        std::fs::write(root.join("other").join("changes-3-4.jsonl.gz"), b"x").expect("a file");
        assert!(wait_for(&host.syncs, 2), "no sync for another's file");
        assert!(wait_for(&host.changes, 2));

        // Stopped: nothing more.
        watch.stop();
        assert!(!watch.is_running());
        settle();
        let syncs = host.syncs.load(Ordering::SeqCst);
        std::fs::write(root.join("other").join("changes-5-6.jsonl.gz"), b"x").expect("a file");
        watch.local_write();
        settle();
        assert_eq!(
            host.syncs.load(Ordering::SeqCst),
            syncs,
            "synced after stop"
        );
    }
}
