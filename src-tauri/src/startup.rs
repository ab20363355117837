//! `cairn --measure-startup`: the time from launch to the first painted
//! frame with data, printed as `first_frame_ms <ms>` (the same contract as
//! the floor app in ../shared/bench/tauri-floor), then the app exits.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;

static LAUNCHED: OnceLock<Instant> = OnceLock::new();

/// Call first thing in `main`.
pub fn mark_launch() {
    LAUNCHED.get_or_init(Instant::now);
}

pub fn measuring() -> bool {
    std::env::args().any(|a| a == "--measure-startup")
}

/// The UI has painted its first frame with data.
pub fn first_frame() {
    if !measuring() {
        return;
    }
    let ms = LAUNCHED
        .get()
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "first_frame_ms {ms:.1}");
    let _ = out.flush();
    // Every write is already committed; nothing is lost by leaving now.
    std::process::exit(0);
}
