//! Where the app's D-Bus connections are made: on Tauri's tokio runtime.

/// Runs `f` where Tauri's tokio runtime is current, so that the D-Bus
/// connections made in it (by Cairn, the single-instance plugin, the tray
/// and notify-rust) run on tokio. Elsewhere zbus hands a connection's
/// set-up to the `blocking` crate's thread pool, whose idle threads (in
/// blocking 1.7) never exit and wake every 500 ms for as long as Cairn runs.
pub(crate) fn on_async_runtime<T>(f: impl FnOnce() -> T) -> T {
    let runtime = tauri::async_runtime::handle();
    let _current = runtime.inner().enter();
    f()
}
