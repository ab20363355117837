//! Start-up: `cairn --measure-startup` prints the time from launch to the
//! first painted frame with data as `first_frame_ms <ms>` (the same contract
//! as the floor app in ../shared/bench/tauri-floor), then exits; with
//! `CAIRN_LOG=cairn_lib=debug` the phases are logged too.
//!
//! Work that the first frame does not need (the quick window, the tray,
//! reminders, backups) waits until that frame is on screen and the database
//! is open, so it does not compete with it: [`Deferred`] says when.

use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

static LAUNCHED: OnceLock<Instant> = OnceLock::new();
/// The launch on the wall clock (ms since the Unix epoch), the clock the
/// page's `performance.timeOrigin` is on.
static LAUNCHED_WALL_MS: OnceLock<f64> = OnceLock::new();
static PHASES: Mutex<Vec<(&'static str, f64)>> = Mutex::new(Vec::new());

/// WebKitGTK's switch to rasterize on the CPU (Skia) instead of with GL.
pub const CPU_RENDERING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// WebKitGTK variables that choose a renderer; one set means the person
/// has chosen, and Cairn leaves the choice alone (WebKitGTK: Linux only).
#[cfg(target_os = "linux")]
const RENDERER_ENV: [&str; 3] = [
    CPU_RENDERING_ENV,
    "WEBKIT_DISABLE_DMABUF_RENDERER",
    "WEBKIT_DISABLE_COMPOSITING_MODE",
];

/// Whether WebKitGTK should rasterize on the CPU: only when the person has
/// not chosen a renderer and the machine has no GPU render node
/// (`/dev/dri/renderD*`). Without one, WebKit's GL path runs on Mesa's
/// software rasterizer, which is slower than Skia's own CPU path: the first
/// frame took about 270 ms instead of 60 under Xvfb (ARCHITECTURE.md,
/// "Start-up"). With a GPU the default stays.
pub fn cpu_rendering_wanted(chosen: bool, render_nodes: &[String]) -> bool {
    !chosen && !render_nodes.iter().any(|n| n.starts_with("renderD"))
}

/// Applies [`cpu_rendering_wanted`] to this process (and the web processes
/// it starts, which inherit the variable). Call before any thread or
/// window exists.
#[cfg(target_os = "linux")]
pub fn choose_renderer() {
    let chosen = RENDERER_ENV
        .iter()
        .any(|name| std::env::var_os(name).is_some());
    let nodes: Vec<String> = std::fs::read_dir("/dev/dri")
        .map(|dir| {
            dir.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    if cpu_rendering_wanted(chosen, &nodes) {
        tracing::debug!("no GPU render node: WebKit rasterizes on the CPU");
        std::env::set_var(CPU_RENDERING_ENV, "1");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn choose_renderer() {}

/// The conditions the deferred start-up work waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ready {
    /// The main window painted its first frame (or gave up trying).
    FirstFrame,
    /// The database is open (or failed to open).
    Store,
}

/// Whether the deferred start-up work may run: both conditions, once.
#[derive(Debug, Default)]
pub struct Deferred {
    seen: Mutex<Seen>,
}

/// What `Deferred` has been told so far.
#[derive(Debug, Default)]
struct Seen {
    first_frame: bool,
    store_settled: bool,
    released: bool,
}

impl Deferred {
    /// Notes that `ready` holds; true exactly once, on the call that makes
    /// both hold.
    pub fn note(&self, ready: Ready) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        match ready {
            Ready::FirstFrame => seen.first_frame = true,
            Ready::Store => seen.store_settled = true,
        }
        if seen.first_frame && seen.store_settled && !seen.released {
            seen.released = true;
            return true;
        }
        false
    }
}

/// Call first thing in `main`.
pub fn mark_launch() {
    LAUNCHED.get_or_init(Instant::now);
    LAUNCHED_WALL_MS.get_or_init(|| {
        use cairn_core::clock::Clock;
        cairn_core::clock::SystemClock.now().timestamp_micros() as f64 / 1000.0
    });
}

/// When the page began to load, in ms after launch, from the page's
/// `origin=<performance.timeOrigin>`: what came before is the app's and
/// WebKit's start, what came after is the page's own.
fn navigation_ms(page: &str) -> Option<f64> {
    Some(page_origin(page)? - LAUNCHED_WALL_MS.get()?)
}

/// The page's `origin=<ms since the epoch>`, if it sent a number.
fn page_origin(page: &str) -> Option<f64> {
    page.split(' ')
        .find_map(|p| p.strip_prefix("origin="))?
        .parse()
        .ok()
        .filter(|ms: &f64| ms.is_finite())
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

static MEASURING: OnceLock<bool> = OnceLock::new();

/// Whether this run measures its start-up (`--measure-startup`): it prints
/// the first frame's time and quits instead of going to the tray.
pub fn measuring() -> bool {
    MEASURING.get().copied().unwrap_or(false)
}

/// Notes, once, whether this run measures its start-up.
pub fn set_measuring(on: bool) {
    let _ = MEASURING.set(on);
}

static FIRST_VIEW: OnceLock<Option<String>> = OnceLock::new();

/// A view's name as the router names it (`--view`): lowercase letters.
pub fn parse_view(text: &str) -> Result<String, String> {
    if !text.is_empty() && text.len() <= 20 && text.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(text.to_owned())
    } else {
        Err(format!("{text:?}"))
    }
}

/// Notes, once, the view the main window opens on (`None`: Today).
pub fn set_first_view(view: Option<String>) {
    let _ = FIRST_VIEW.set(view);
}

/// The view the main window opens on, if not Today.
pub fn first_view() -> Option<&'static str> {
    FIRST_VIEW.get().and_then(|v| v.as_deref())
}

/// The UI has painted its first frame with data. `page_ms` is the page's own
/// account (navigation start to DOM ready, data, paint) for the log.
pub fn first_frame(page: &str) {
    let ms = elapsed_ms();
    let mut phases: Vec<String> = PHASES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .map(|(name, at)| format!("{name}={at:.1}"))
        .collect();
    if let Some(at) = navigation_ms(page) {
        // And when this report arrived, on the page's clock (its `painted`
        // is when it was sent).
        phases.push(format!("navigation={at:.1} reported={:.1}", ms - at));
    }
    tracing::debug!(
        first_frame_ms = ms,
        phases = phases.join(" "),
        page,
        threads = thread_cpu(),
        "first frame"
    );
    if !measuring() {
        return;
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "first_frame_ms {ms:.1}");
    // The page's `data=command:chars,...`: what the frame carried.
    if let Some(data) = page.split(' ').find_map(|p| p.strip_prefix("data=")) {
        let _ = writeln!(out, "first_frame_data {data}");
    }
    let _ = out.flush();
    // Every write is already committed; nothing is lost by leaving now.
    std::process::exit(0);
}

/// CPU time each of this process's threads used so far (Linux), to see what
/// competes with the first frame: "name=ms ...".
fn thread_cpu() -> String {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return String::new();
    };
    let mut out = Vec::new();
    for task in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ..." where comm may hold spaces.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let name = &stat[open + 1..close];
        let fields: Vec<&str> = stat[close + 2..].split(' ').collect();
        let ticks: u64 = [11, 12]
            .iter()
            .filter_map(|&i| fields.get(i)?.parse::<u64>().ok())
            .sum();
        if ticks > 0 {
            out.push(format!("{name}={}", ticks * 10));
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_origin_is_read_from_its_report() {
        let page = "origin=1796688447490.5 script=46 painted=93 data=today:138";
        assert_eq!(page_origin(page), Some(1_796_688_447_490.5));
        assert_eq!(page_origin("script=46 painted=93"), None);
        assert_eq!(page_origin("origin=soon painted=93"), None);
        assert_eq!(page_origin("origin=NaN"), None);
    }

    #[test]
    fn deferred_work_is_released_once_when_both_conditions_hold() {
        for order in [
            [Ready::FirstFrame, Ready::Store],
            [Ready::Store, Ready::FirstFrame],
        ] {
            let d = Deferred::default();
            assert!(!d.note(order[0]));
            assert!(d.note(order[1]));
            // The fallback timer or a reload noting again changes nothing.
            assert!(!d.note(Ready::FirstFrame));
            assert!(!d.note(Ready::Store));
        }
    }

    #[test]
    fn cpu_rendering_only_without_a_gpu_and_without_a_choice() {
        let nodes = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        // (a renderer variable already set, /dev/dri entries, expected)
        let cases = [
            (false, nodes(&[]), true),
            (false, nodes(&["card0"]), true),
            (false, nodes(&["card0", "renderD128"]), false),
            (true, nodes(&[]), false),
            (true, nodes(&["renderD128"]), false),
        ];
        for (env_set, dri, expected) in cases {
            assert_eq!(
                cpu_rendering_wanted(env_set, &dri),
                expected,
                "env set {env_set}, /dev/dri {dri:?}"
            );
        }
    }

    #[test]
    fn one_condition_noted_twice_releases_nothing() {
        let d = Deferred::default();
        assert!(!d.note(Ready::FirstFrame));
        assert!(!d.note(Ready::FirstFrame));
    }
}
