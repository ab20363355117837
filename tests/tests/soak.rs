//! Issue "A month in the tray", item 5: a soak, run by `make bench` (not
//! `make test`: it takes twenty minutes). The app runs with its window open
//! on Today for the first half and closed to the tray for the second,
//! while the command line logs wins, another computer's wins arrive through
//! the sync folder, the language changes back and forth and the quick
//! window opens and closes. Afterwards every win is there, the process
//! tree's memory (PSS) grew by at most 10 %, the app holds no more threads,
//! file descriptors or timers than after its warm-up, and it is at rest
//! again.
//!
//! `SOAK_MINUTES` (default 20), `SOAK_WINS` (10,000), `SOAK_SYNCS` (200),
//! `SOAK_LANGUAGES` (20) and `SOAK_QUICK` (500) scale it; `CAIRN_APP` names
//! the app (the release build in `make bench`).

use std::path::Path;
use std::time::{Duration, Instant};

use cairn_e2e::desktop::{cairn_cli, wait_window_visible, TrayHost};
use cairn_e2e::idle::{close_window, measure, Snapshot};
use cairn_e2e::*;

const MAIN: &str = "Cairn";
const QUICK: &str = "Cairn quick log";
const SECOND: Duration = Duration::from_secs(1);
/// WebDriver's Escape key.
const ESCAPE: &str = "\u{e00c}";
/// The most the tree's PSS may grow over the soak.
const MAX_PSS_GROWTH: f64 = 0.10;
/// At rest afterwards, per 10 s (as `tests/idle.rs` asks in `make test`).
const MAX_TREE_TICKS: u64 = 20;
const MAX_APP_WAKEUPS: u64 = 60;

fn count_from_env(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// What the soak must not leave behind: the tree's memory, and the app
/// process's threads, open files and timers.
#[derive(Debug, Clone)]
struct Holdings {
    pss_kb: u64,
    /// Each process's PSS, by name and pid.
    by_process: Vec<ProcessPss>,
    processes: usize,
    threads: usize,
    fds: usize,
    timers: usize,
}

/// One process's proportional memory, and how much of it is its own heap
/// (anonymous) rather than mapped files (code, fonts, the database).
#[derive(Debug, Clone)]
struct ProcessPss {
    name: String,
    pss_kb: u64,
    anon_kb: u64,
    file_kb: u64,
}

impl std::fmt::Display for ProcessPss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} kB (anon {}, file {})",
            self.name, self.pss_kb, self.anon_kb, self.file_kb
        )
    }
}

impl Holdings {
    /// One line for the timeline: the tree's PSS, then each process's.
    fn line(&self) -> String {
        let each: Vec<String> = self.by_process.iter().map(|p| p.to_string()).collect();
        format!("{} kB; {}", self.pss_kb, each.join("; "))
    }

    fn take(pid: i32) -> Result<Holdings> {
        let tree = Snapshot::take(pid)?;
        let mut by_process = Vec::new();
        for p in &tree.processes {
            let rollup = std::fs::read_to_string(format!("/proc/{}/smaps_rollup", p.pid))
                .unwrap_or_default();
            let field = |key: &str| {
                rollup
                    .lines()
                    .find_map(|l| l.strip_prefix(key))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                    .unwrap_or(0)
            };
            by_process.push(ProcessPss {
                name: format!("{}[{}]", p.comm, p.pid),
                pss_kb: field("Pss:"),
                anon_kb: field("Pss_Anon:"),
                file_kb: field("Pss_File:"),
            });
        }
        let pss_kb = by_process.iter().map(|p| p.pss_kb).sum();
        let app = &tree.processes[0];
        let mut fds = 0;
        let mut timers = 0;
        for entry in std::fs::read_dir(format!("/proc/{pid}/fd"))?.flatten() {
            fds += 1;
            if std::fs::read_link(entry.path())
                .is_ok_and(|target| target.to_string_lossy().contains("timerfd"))
            {
                timers += 1;
            }
        }
        Ok(Holdings {
            pss_kb,
            by_process,
            processes: tree.processes.len(),
            threads: app.threads.len(),
            fds,
            timers,
        })
    }
}

/// The window app's pid: the oldest process on `data` running the window
/// app, `cairn-app` beside `cairn` (which hands over to it by `exec`, so
/// the pid stays; the command line's `cairn log` never becomes it).
fn app_pid(data: &DataDir) -> Result<i32> {
    let binary = std::fs::canonicalize(app_binary()?)?.with_file_name("cairn-app");
    let wanted = format!("{DATA_DIR_ENV}={}", data.path().display());
    let mut found: Option<(u64, i32)> = None;
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let exe = std::fs::read_link(entry.path().join("exe")).ok();
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        let ours = environ.split(|b| *b == 0).any(|v| v == wanted.as_bytes());
        if exe.as_deref() != Some(binary.as_path()) || !ours {
            continue;
        }
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let start = stat
            .rfind(')')
            .and_then(|i| stat[i + 2..].split_whitespace().nth(19))
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(u64::MAX);
        if found.is_none_or(|(s, _)| start < s) {
            found = Some((start, pid));
        }
    }
    found
        .map(|(_, pid)| pid)
        .ok_or_else(|| "the app's process was not found".into())
}

fn cli_ok(data: &DataDir, args: &[&str]) -> Result<()> {
    let out = cairn_cli(data, args)?;
    if !out.status.success() {
        return Err(format!("cairn {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(())
}

/// Another computer logs a win and writes it to the sync folder, where the
/// app's watch finds it.
fn sync_from_the_desk(desk: &DataDir, n: u64) -> Result<()> {
    cli_ok(
        desk,
        &["log", &format!("Watered the plants at the desk ({n})")],
    )?;
    cli_ok(desk, &["sync", "now"])
}

/// The quick window from a click on the tray icon (in any language), then
/// Esc in it: shown and hidden.
async fn quick_window_once(app: &App, host: &std::sync::Arc<TrayHost>) -> Result<()> {
    let h = host.clone();
    blocking(move || {
        h.wait_for_item(10 * SECOND)?.activate()?;
        wait_window_visible(QUICK, true, 10 * SECOND)
    })
    .await?;
    let main = app.switch_to_other_window().await?;
    app.type_keys("#quick-text", ESCAPE).await?;
    blocking(|| wait_window_visible(QUICK, false, 10 * SECOND)).await?;
    app.client().switch_to_window(main).await?;
    Ok(())
}

/// Settings' language field, then the page reloaded in that language.
async fn switch_language(app: &App, to: &str) -> Result<()> {
    app.click("nav a[data-view='settings']").await?;
    app.find_for("#language option[value='de']", 20 * SECOND)
        .await?;
    app.select_by_value("#language", to).await?;
    app.wait_js_for(
        "return document.documentElement.lang.startsWith(arguments[0]) && document.body.dataset.ready === '1';",
        vec![serde_json::json!(to)],
        30 * SECOND,
    )
    .await?;
    Ok(())
}

fn wins_in(path: &Path) -> Result<i64> {
    let conn = rusqlite::Connection::open(path)?;
    Ok(conn.query_row("SELECT count(*) FROM wins", [], |r| r.get(0))?)
}

#[tokio::test]
#[ignore = "a benchmark: run by `make bench`"]
async fn bench_soak() -> Result<()> {
    let minutes = count_from_env("SOAK_MINUTES", 20);
    let wins = count_from_env("SOAK_WINS", 10_000);
    let syncs = count_from_env("SOAK_SYNCS", 200);
    let languages = count_from_env("SOAK_LANGUAGES", 20);
    let quicks = count_from_env("SOAK_QUICK", 500);
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    let desk = DataDir::new();
    let folder = tempfile::tempdir()?;
    let folder_text = folder.path().to_string_lossy().into_owned();
    cli_ok(
        &data,
        &["sync", "--folder", &folder_text, "--name", "Laptop"],
    )?;
    cli_ok(&desk, &["sync", "--folder", &folder_text, "--name", "Desk"])?;
    let app = App::launch(&data).await?.with_timeout(30 * SECOND);
    let pid = app_pid(&data)?;

    // Warm-up: one of each, so the quick window and a second language exist
    // before the first count (each is made once, on first use).
    cli_ok(&data, &["log", "Warm-up win"])?;
    sync_from_the_desk(&desk, 0)?;
    quick_window_once(&app, &host).await?;
    switch_language(&app, "de").await?;
    switch_language(&app, "en").await?;
    app.click("nav a[data-view='today']").await?;
    tokio::time::sleep(25 * SECOND).await; // past the first backup check
    let before = Holdings::take(pid)?;
    let expected = 2 + wins + syncs;

    // Rounds spread over the time given; the window closes halfway.
    let rounds: u64 = 200;
    let started = Instant::now();
    let total = Duration::from_secs(minutes * 60);
    let share = |n: u64, round: u64| n * (round + 1) / rounds - n * round / rounds;
    let (mut logged, mut synced, mut switched, mut quicked) = (0, 0, 0, 0);
    let mut open = true;
    for round in 0..rounds {
        if open && round >= rounds / 2 {
            blocking(|| close_window(MAIN)).await?;
            blocking(|| wait_window_visible(MAIN, false, 10 * SECOND)).await?;
            open = false;
        }
        for _ in 0..share(wins, round) {
            logged += 1;
            cli_ok(&data, &["log", &format!("Soak win {logged}")])?;
        }
        for _ in 0..share(syncs, round) {
            synced += 1;
            sync_from_the_desk(&desk, synced)?;
        }
        for _ in 0..share(quicks, round) {
            quicked += 1;
            quick_window_once(&app, &host).await?;
        }
        // Every language change while the window is open (it is the
        // Settings page that changes it).
        if open && switched < languages && round % (rounds / 2 / languages.max(1)).max(1) == 0 {
            switched += 1;
            switch_language(&app, if switched % 2 == 1 { "de" } else { "en" }).await?;
            app.click("nav a[data-view='today']").await?;
        }
        // A timeline, to tell a plateau from a leak.
        if (round + 1) % 20 == 0 {
            let now = Holdings::take(pid)?;
            println!(
                "soak: at {:5.1} min (round {}): {}",
                started.elapsed().as_secs_f64() / 60.0,
                round + 1,
                now.line()
            );
        }
        let due = total.mul_f64((round + 1) as f64 / rounds as f64);
        if let Some(rest) = due.checked_sub(started.elapsed()) {
            tokio::time::sleep(rest).await;
        }
    }
    let took = started.elapsed();
    if switched % 2 == 1 {
        return Err("the soak must end in English: give SOAK_LANGUAGES an even number".into());
    }

    // Every win is there: this computer's and the desk's.
    let db = data.db_path();
    let arrived = Instant::now();
    while wins_in(&db)? < expected as i64 && arrived.elapsed() < 120 * SECOND {
        tokio::time::sleep(SECOND).await;
    }
    let found = wins_in(&db)?;
    tokio::time::sleep(30 * SECOND).await;
    let after = Holdings::take(pid)?;
    let rest = blocking(move || measure(pid, 5 * SECOND, 10 * SECOND)).await?;
    let growth = after.pss_kb as f64 / before.pss_kb.max(1) as f64 - 1.0;
    println!(
        "soak: {:.1} min; {logged} wins from the command line, {synced} syncs from another computer, \
         {switched} language changes, {quicked} quick windows; {found} of {expected} wins in the database",
        took.as_secs_f64() / 60.0
    );
    println!(
        "soak: PSS {} kB -> {} kB ({:+.1} %), processes {} -> {}, app threads {} -> {}, fds {} -> {}, timers {} -> {}",
        before.pss_kb,
        after.pss_kb,
        growth * 100.0,
        before.processes,
        after.processes,
        before.threads,
        after.threads,
        before.fds,
        after.fds,
        before.timers,
        after.timers
    );
    println!(
        "soak: at rest afterwards, over 10 s: tree {} ticks, app {} wakeups",
        rest.tree_ticks, rest.app_wakeups
    );
    println!("soak: before {}", before.line());
    println!("soak: after  {}", after.line());
    for line in rest.to_string().lines() {
        println!("soak:   {line}");
    }
    // Every check is said, not only the first that fails.
    let mut failed = Vec::new();
    if found != expected as i64 {
        failed.push(format!("{found} of {expected} wins"));
    }
    if growth > MAX_PSS_GROWTH {
        failed.push(format!("PSS grew {:.1} %", growth * 100.0));
    }
    if after.threads > before.threads || after.fds > before.fds || after.timers > before.timers {
        failed.push("threads, file descriptors or timers left behind".to_owned());
    }
    if rest.tree_ticks > MAX_TREE_TICKS || rest.app_wakeups > MAX_APP_WAKEUPS {
        failed.push(format!("not at rest afterwards:\n{rest}"));
    }
    app.close().await?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("; ").into())
    }
}
