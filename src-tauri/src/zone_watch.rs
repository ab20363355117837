//! A change of the computer's time zone while Cairn runs (a person flies
//! from Berlin to New York with the laptop asleep, and the desktop sets the
//! new zone on waking). On Linux and macOS the zone is the file
//! `/etc/localtime`, a link that `timedatectl set-timezone` and the
//! desktops' settings replace; a watch on its folder (the `notify` crate:
//! inotify or FSEvents, a thread blocked with no timeout, no polling) hears
//! it. chrono's `Local` reads the file again once its modification time
//! changed, looking at most once a second, so the change is passed on a
//! little over a second after it: the reminder scheduler plans again in the
//! new zone (and says whether the day turned), and every window redraws.
//! Windows tells windows of a new zone with a message Tauri does not pass
//! on; there the zone is read at the scheduler's next wake (a write, a
//! resume, its next due instant). A `TZ` variable in the environment fixes
//! the zone for the process, and nothing is watched.

use std::ffi::OsString;
use std::path::Path;
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

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
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(std::io::Error::other)?;
    watcher
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(std::io::Error::other)?;
    let name = name.to_owned();
    std::thread::Builder::new()
        .name(THREAD.into())
        .spawn(move || {
            // Kept alive by this thread, for as long as the app runs.
            let _watcher: RecommendedWatcher = watcher;
            while wait_for_change(&rx, &name) {
                std::thread::sleep(settle);
                // What came meanwhile belongs to the same change.
                while rx.try_recv().is_ok() {}
                changed();
            }
        })
        .map(drop)
}

/// Blocks until an event touches `name`; false once the watch has ended.
fn wait_for_change(rx: &Receiver<notify::Result<Event>>, name: &OsString) -> bool {
    loop {
        match rx.recv() {
            Ok(Ok(event)) if touches(&event, name) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

/// Whether `event` created, replaced, changed or removed `name` (reading it
/// changes nothing).
fn touches(event: &Event, name: &OsString) -> bool {
    !matches!(event.kind, EventKind::Access(_))
        && event
            .paths
            .iter()
            .any(|p| p.file_name() == Some(name.as_os_str()))
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
