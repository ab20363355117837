//! Gives the memory a burst of work freed back to the system, once the
//! burst is over.
//!
//! glibc's malloc keeps freed memory in its arenas (one per thread that
//! allocated, up to eight per core) and by itself returns only the free
//! top of each heap. A tray app that handles thousands of writes over
//! weeks, each one a reload of every window, a new tray menu and perhaps a
//! sync file, so grows without holding more. Measured in the soak (`make
//! bench`): the app process's anonymous memory went from 36 to 77 MB over
//! 10,000 wins and 200 syncs while malloc counted 8 MB in use, and one
//! `malloc_trim(0)` brought it back to 36 MB.
//!
//! So every change and every window event (a window shown, hidden or
//! focused) pokes [`Trimmer`]: once nothing more has happened for
//! [`SETTLE`], one trim. It waits on a `Notify`, with no timer while
//! nothing happens.
//!
//! A trim returns only whole free pages, and with up to sixteen arenas
//! (two cores here) a little live data is spread over many of them:
//! after a full soak malloc counted 11 MB in use across 16 arenas holding
//! 44 MB, trimmed or not. [`few_arenas`] caps them at two before any
//! thread starts; the app's threads mostly wait, so they rarely contend
//! for an arena. Windows' and macOS's allocators give memory back by their
//! own rules; there both do nothing.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

/// Most malloc arenas the process may have (glibc's default: eight per
/// core).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const ARENAS: libc::c_int = 2;

/// Caps glibc's malloc arenas at [`ARENAS`]. Call first in `main`, before
/// any thread is started (a thread keeps the arena it was given).
pub fn few_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a malloc parameter; before any other
    // thread runs nothing can be allocating concurrently. If it is
    // refused (returns 0), malloc keeps its defaults.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, ARENAS);
    }
}

/// Quiet time after the last change before the trim: the windows' reloads
/// that a change brings (their requests to the backend) come within it.
pub const SETTLE: Duration = Duration::from_secs(2);

/// Trims once a burst of changes settles. Cheap to poke from any thread.
pub struct Trimmer {
    poked: Arc<Notify>,
}

impl Trimmer {
    /// Starts the waiting task on Tauri's async runtime.
    pub fn start() -> Trimmer {
        let poked = Arc::new(Notify::new());
        tauri::async_runtime::spawn(trim_when_settled(poked.clone(), SETTLE, give_back));
        Trimmer { poked }
    }

    /// Something happened: trim once things are quiet again.
    pub fn poke(&self) {
        self.poked.notify_one();
    }
}

/// Forever: waits for a poke, then until `settle` passes without one,
/// then runs `trim` once.
async fn trim_when_settled(poked: Arc<Notify>, settle: Duration, trim: impl Fn()) {
    loop {
        poked.notified().await;
        // Each poke within `settle` of the last starts the wait again.
        while tokio::time::timeout(settle, poked.notified()).await.is_ok() {}
        trim();
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn give_back() {
    // SAFETY: malloc_trim only takes each arena's lock and returns free
    // pages to the kernel; it touches no memory the program holds, and
    // any thread may call it at any time.
    let released = unsafe { libc::malloc_trim(0) };
    tracing::debug!(released, "freed memory given back");
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_back() {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Pokes `poked` at each of `gaps_ms` (after the wait before it) and
    /// says how many trims ran by then, and `SETTLE` after the last.
    async fn trims_after(gaps_ms: &[u64]) -> (Vec<usize>, usize) {
        let poked = Arc::new(Notify::new());
        let trims = Arc::new(AtomicUsize::new(0));
        let counted = trims.clone();
        tokio::spawn(trim_when_settled(poked.clone(), SETTLE, move || {
            counted.fetch_add(1, Ordering::SeqCst);
        }));
        let mut seen = Vec::new();
        for gap in gaps_ms {
            tokio::time::sleep(Duration::from_millis(*gap)).await;
            seen.push(trims.load(Ordering::SeqCst));
            poked.notify_one();
        }
        tokio::time::sleep(SETTLE + Duration::from_millis(10)).await;
        (seen, trims.load(Ordering::SeqCst))
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_of_changes_is_trimmed_once_when_it_settles() {
        // A thousand changes a millisecond apart: no trim among them.
        let (seen, after) = trims_after(&[1; 1000]).await;
        assert!(seen.iter().all(|n| *n == 0), "trimmed mid-burst");
        assert_eq!(after, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn changes_apart_are_trimmed_each() {
        let (seen, after) = trims_after(&[0, 3000, 3000]).await;
        assert_eq!(seen, vec![0, 1, 2]);
        assert_eq!(after, 3);
    }

    #[tokio::test(start_paused = true)]
    async fn nothing_is_trimmed_while_nothing_happens() {
        // An hour at rest, then one change: only that change's trim.
        let (seen, after) = trims_after(&[3_600_000]).await;
        assert_eq!((seen, after), (vec![0], 1));
    }
}
