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
//! So every change pokes [`Trimmer`]: once nothing more has happened for
//! [`SETTLE`], one trim. It waits on a `Notify`, with no timer while
//! nothing happens. Windows' and macOS's allocators give memory back by
//! their own rules; there the trim does nothing.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

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
        let waiting = poked.clone();
        tauri::async_runtime::spawn(async move {
            loop {
                waiting.notified().await;
                // Each poke within SETTLE of the last starts the wait again.
                while tokio::time::timeout(SETTLE, waiting.notified())
                    .await
                    .is_ok()
                {}
                give_back();
            }
        });
        Trimmer { poked }
    }

    /// Something happened: trim once things are quiet again.
    pub fn poke(&self) {
        self.poked.notify_one();
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
