//! Crash safety: a child process logs wins through the real service code
//! (and takes a backup now and then) and prints each acknowledged win's id;
//! the harness kills it with SIGKILL at a random moment. After every trial
//! the database must pass `PRAGMA integrity_check` and hold every
//! acknowledged win, and every backup must be whole.
//!
//! `CAIRN_CRASH_TRIALS` sets the number of trials (20 by default; `make
//! crash-test` runs 200). The child is this test binary itself, started
//! again with `CAIRN_CRASH_CHILD` set to the data folder.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cairn_core::clock::SystemClock;
use cairn_core::domain::WinSource;
use cairn_core::service::{self, wins::WinDraft};
use cairn_core::store::Store;

const CHILD_ENV: &str = "CAIRN_CRASH_CHILD";
const TRIALS_ENV: &str = "CAIRN_CRASH_TRIALS";

/// The child: logs wins until it is killed, printing each id once its
/// transaction has committed.
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return; // Only a child started by the harness does anything.
    };
    let store = Store::open_in(Path::new(&dir)).expect("open store");
    let clock = SystemClock;
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let win = service::wins::log_win(
            &store,
            &clock,
            &WinDraft {
                text: format!("Crash-test win {i}"),
                note: "x".repeat((i % 7 * 100) as usize),
                goal: None,
                step: None,
                source: WinSource::Cli,
                amount: None,
            },
        )
        .expect("log a win");
        // libtest may have printed "test crash_child ... " on this line.
        writeln!(out, "\nACK {}", win.record.win.id).unwrap();
        out.flush().unwrap();
        if i % 40 == 39 {
            service::backups::backup_now(&store, &clock).expect("back up");
        }
    }
}

/// A small, seedable random source (xorshift), so a failing run can be
/// repeated with `CAIRN_CRASH_SEED`.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn check_database(dir: &Path, acknowledged: &HashSet<String>) {
    let conn = rusqlite::Connection::open(dir.join("cairn.sqlite3")).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let has_wins: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'wins')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if !has_wins {
        // Killed before the first migration committed (a slow start, as
        // under Wine): nothing can have been acknowledged, and the next
        // start must still open the folder and migrate it.
        assert!(acknowledged.is_empty(), "wins acknowledged before a schema");
        drop(conn);
        Store::open_in(dir).expect("a folder killed while migrating opens again");
        return;
    }
    let mut stmt = conn.prepare("SELECT id FROM wins").unwrap();
    let present: HashSet<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let lost: Vec<_> = acknowledged.difference(&present).collect();
    assert!(lost.is_empty(), "acknowledged wins lost: {lost:?}");
    let tally: i64 = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM wins WHERE deleted_at IS NULL)
                  - (SELECT COALESCE(SUM(wins), 0) FROM win_day_totals)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tally, 0, "the per-day tally matches the wins");
}

#[test]
fn killed_at_random_moments_no_acknowledged_win_is_lost() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let trials: u32 = std::env::var(TRIALS_ENV)
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("CAIRN_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let me = std::env::current_exe().unwrap();
    let mut acknowledged = HashSet::new();
    let mut killed_mid_run = 0;
    let started = Instant::now();
    for trial in 0..trials {
        let mut child = Command::new(&me)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            stdout.take(u64::MAX).read_to_string(&mut text).ok();
            // Only complete lines are acknowledgements.
            text.split_inclusive('\n')
                .filter(|l| l.ends_with('\n'))
                .filter_map(|l| l.trim_end().strip_prefix("ACK "))
                .filter(|id| id.len() == 36)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        });
        std::thread::sleep(Duration::from_millis(20 + rng.below(300)));
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().unwrap(); // SIGKILL on Unix.
        child.wait().unwrap();
        let ids = reader.join().unwrap();
        acknowledged.extend(ids);
        check_database(dir.path(), &acknowledged);
        for b in std::fs::read_dir(dir.path().join("backups"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = b.file_name().to_string_lossy().into_owned();
            // A backup cut short leaves only a temporary file, never a
            // half-written backup under a backup's name.
            if name.ends_with(".sqlite3") && !name.starts_with(".tmp-") {
                cairn_core::store::backup::inspect(&b.path())
                    .unwrap_or_else(|e| panic!("backup {name} after trial {trial}: {e}"));
            }
        }
    }
    eprintln!(
        "crash test: {trials} trials (seed {seed}), {killed_mid_run} killed while running, \
         {} acknowledged wins all present, integrity ok, in {:.1} s",
        acknowledged.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(killed_mid_run > 0, "the child was killed while running");
    assert!(!acknowledged.is_empty(), "the child logged wins");
}
