//! Start-up: `cairn --measure-startup` prints the time from launch to the
//! first painted frame with data as `first_frame_ms <ms>` (the same contract
//! as the floor app in ../shared/bench/tauri-floor), then exits; with
//! `CAIRN_LOG=cairn_lib=debug` the phases are logged too.
//!
//! Work that the first frame does not need (the hidden quick window) waits
//! until that frame is on screen, so it does not compete with it.

use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

static LAUNCHED: OnceLock<Instant> = OnceLock::new();
static PHASES: Mutex<Vec<(&'static str, f64)>> = Mutex::new(Vec::new());

/// Call first thing in `main`.
pub fn mark_launch() {
    LAUNCHED.get_or_init(Instant::now);
}

fn elapsed_ms() -> f64 {
    LAUNCHED
        .get()
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0)
}

/// Notes that a phase of start-up ended now.
pub fn mark(phase: &'static str) {
    PHASES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((phase, elapsed_ms()));
}

pub fn measuring() -> bool {
    std::env::args().any(|a| a == "--measure-startup")
}

/// The UI has painted its first frame with data. `page_ms` is the page's own
/// account (navigation start to DOM ready, data, paint) for the log.
pub fn first_frame(page: &str) {
    let ms = elapsed_ms();
    let phases: Vec<String> = PHASES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .map(|(name, at)| format!("{name}={at:.1}"))
        .collect();
    tracing::debug!(
        first_frame_ms = ms,
        phases = phases.join(" "),
        page,
        "first frame"
    );
    if !measuring() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "first_frame_ms {ms:.1}");
    let _ = out.flush();
    // Every write is already committed; nothing is lost by leaving now.
    std::process::exit(0);
}
