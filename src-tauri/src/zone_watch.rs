//! A change of the computer's time zone while Cairn runs (a person flies
//! from Berlin to New York with the laptop asleep, and the desktop sets the
//! new zone on waking). On Linux and macOS the zone is the file
//! `/etc/localtime`, a link that `timedatectl set-timezone` and the
//! desktops' settings replace; a watch on its folder (inotify on Linux,
//! asked for changes only; FSEvents through the `notify` crate on macOS; a
//! thread blocked with no timeout, no polling) hears it. chrono's `Local`
//! reads the file again once its modification time changed, looking at most once a second, so the change is passed on a
//! little over a second after it: the reminder scheduler plans again in the
//! new zone (and says whether the day turned), and every window redraws.
//! Windows tells windows of a new zone with a message Tauri does not pass
//! on; there the zone is read at the scheduler's next wake (a write, a
//! resume, its next due instant). A `TZ` variable in the environment fixes
//! the zone for the process, and nothing is watched.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

/// The thread's name (the idle test lists threads by name).
pub const THREAD: &str = "cairn-zone";

/// How long after the zone's file changed the change is passed on: chrono's
/// `Local` looks at the file at most once a second.
pub const SETTLE: Duration = Duration::from_millis(1100);

/// The system's time-zone file, where there is one to watch.
pub fn system_zone_file() -> Option<&'static Path> {
    if cfg!(windows) || std::env::var_os("TZ").is_some() {
        return None;
    }
    Some(Path::new("/etc/localtime"))
}

/// Watches `file` (its folder, for the link is replaced, not written) and
/// calls `changed` once per burst of changes to it, `settle` after the
/// burst's first. Returns once the watch is in place.
pub fn start(
    file: &Path,
    settle: Duration,
    changed: impl Fn() + Send + 'static,
) -> std::io::Result<()> {
    let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
        return Err(std::io::ErrorKind::InvalidInput.into());
    };
    let mut folder = FolderWatch::new(dir, name.to_owned())?;
    std::thread::Builder::new()
        .name(THREAD.into())
        .spawn(move || {
            while folder.wait_for_change() {
                std::thread::sleep(settle);
                // What came meanwhile belongs to the same change.
                folder.forget_pending();
                changed();
            }
        })
        .map(drop)
}

/// On Linux, inotify itself, asked only for changes to the folder's entries.
/// (The `notify` crate always asks for opens as well, so every program
/// started anywhere on the computer, reading `/etc/ld.so.cache`, would
/// wake this thread and notify's: measured, 77 wakeups in 10 s while a
/// shell loop ran beside the soak.)
#[cfg(target_os = "linux")]
struct FolderWatch {
    inotify: inotify::Inotify,
    name: OsString,
    buffer: Vec<u8>,
}

#[cfg(target_os = "linux")]
impl FolderWatch {
    fn new(dir: &Path, name: OsString) -> std::io::Result<FolderWatch> {
        use inotify::WatchMask;
        let inotify = inotify::Inotify::init()?;
        inotify.watches().add(
            dir,
            WatchMask::CREATE
                | WatchMask::DELETE
                | WatchMask::MOVED_TO
                | WatchMask::MOVED_FROM
                | WatchMask::CLOSE_WRITE
                | WatchMask::ATTRIB
                | WatchMask::ONLYDIR,
        )?;
        Ok(FolderWatch {
            inotify,
            name,
            buffer: vec![0; 4096],
        })
    }

    /// Blocks until an event touches the file; false if the watch failed.
    fn wait_for_change(&mut self) -> bool {
        loop {
            match self.inotify.read_events_blocking(&mut self.buffer) {
                Ok(mut events) => {
                    if events.any(|e| e.name == Some(self.name.as_os_str())) {
                        return true;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    tracing::warn!(error = %e, "the time zone's watch stopped");
                    return false;
                }
            }
        }
    }

    fn forget_pending(&mut self) {
        while self
            .inotify
            .read_events(&mut self.buffer)
            .is_ok_and(|mut events| events.next().is_some())
        {}
    }
}

/// Elsewhere (macOS: FSEvents, which reports no reads) through `notify`.
#[cfg(not(target_os = "linux"))]
struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    events: std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
    name: OsString,
}

#[cfg(not(target_os = "linux"))]
impl FolderWatch {
    fn new(dir: &Path, name: OsString) -> std::io::Result<FolderWatch> {
        use notify::Watcher;
        let (tx, events) = std::sync::mpsc::channel();
        let mut watcher = notify::recommended_watcher(tx).map_err(std::io::Error::other)?;
        watcher
            .watch(dir, notify::RecursiveMode::NonRecursive)
            .map_err(std::io::Error::other)?;
        Ok(FolderWatch {
            _watcher: watcher,
            events,
            name,
        })
    }

    /// Blocks until an event changes the file; false once the watch ended.
    fn wait_for_change(&mut self) -> bool {
        loop {
            match self.events.recv() {
                Ok(Ok(event)) if self.touches(&event) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
    }

    /// Whether `event` created, replaced, changed or removed the file
    /// (reading it changes nothing).
    fn touches(&self, event: &notify::Event) -> bool {
        !matches!(event.kind, notify::EventKind::Access(_))
            && event
                .paths
                .iter()
                .any(|p| p.file_name() == Some(self.name.as_os_str()))
    }

    fn forget_pending(&mut self) {
        while self.events.try_recv().is_ok() {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;

    fn wait_for(check: impl Fn() -> bool) -> bool {
        (0..300).any(|_| {
            std::thread::sleep(Duration::from_millis(10));
            check()
        })
    }

    /// As `timedatectl set-timezone` does: a new link renamed over the old.
    #[test]
    fn replacing_the_zone_file_is_heard_once_and_other_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let zone = dir.path().join("localtime");
        std::fs::write(&zone, "Europe/Berlin").unwrap();
        let heard = Arc::new(AtomicU32::new(0));
        let h = heard.clone();
        start(&zone, Duration::from_millis(50), move || {
            h.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();

        std::fs::write(dir.path().join("hostname"), "laptop").unwrap();
        // Reading the zone, as every program that asks the time does.
        for _ in 0..100 {
            std::fs::read(&zone).unwrap();
        }
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(heard.load(Ordering::SeqCst), 0, "another file changed");

        let new = dir.path().join("localtime.new");
        std::fs::write(&new, "America/New_York").unwrap();
        std::fs::rename(&new, &zone).unwrap();
        assert!(wait_for(|| heard.load(Ordering::SeqCst) == 1));
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(heard.load(Ordering::SeqCst), 1, "one change, one call");
    }
}
