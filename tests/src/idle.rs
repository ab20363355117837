//! What an app costs at rest: CPU ticks and wakeups of a whole process tree,
//! read from `/proc` before and after a quiet window, so `make test` can
//! catch a polling loop or a page that never stops painting, and `make
//! bench` can print Cairn beside the floor app.
//!
//! A [`Snapshot`] holds, for a root process and all its descendants (the app
//! and its WebKit web and network processes), each process's CPU ticks
//! (`utime + stime`, which include its exited threads) and each thread's
//! context switches (`voluntary_ctxt_switches + nonvoluntary_ctxt_switches`,
//! our count of wakeups: a sleeping thread switches out once per wakeup).
//! [`IdleReport`] is the difference of two snapshots; [`measure`] takes both.
//!
//! Also here: [`close_window`], which asks an X11 window to close as a window
//! manager's close button does, and [`TreeGuard`], which stops an app and
//! whatever it started when a test ends, also on failure.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, Window,
};
use x11rb::rust_connection::RustConnection;
// For `sync`: a round trip, so the events are delivered before returning.
use x11rb::wrapper::ConnectionExt as _;
use x11rb::CURRENT_TIME;

use crate::Result;

/// Threads listed by [`IdleReport`]'s `Display`: enough to name a culprit.
const SHOWN_THREADS: usize = 12;

/// How long [`TreeGuard`] waits for the app to exit after SIGTERM before it
/// sends SIGKILL.
const EXIT_GRACE: Duration = Duration::from_secs(5);

/// Identifies a process or thread across snapshots: the id alone could be
/// reused by a newcomer, whose counters would then seem to go backwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct TaskKey {
    id: i32,
    /// Field 22 of `stat`: start time in clock ticks since boot.
    start: u64,
}

/// The fields of a `/proc/.../stat` line that the harness uses.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stat {
    comm: String,
    ppid: i32,
    /// `utime + stime`.
    ticks: u64,
    start: u64,
}

/// Parses a `stat` line. The command name sits in parentheses and may hold
/// spaces and parentheses itself, so the numeric fields are read after the
/// last `)`.
fn parse_stat(text: &str) -> Option<Stat> {
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let comm = text.get(open + 1..close)?.to_owned();
    // Field 3 (state) is index 0 of what follows the name.
    let fields: Vec<&str> = text.get(close + 1..)?.split_whitespace().collect();
    let field = |n: usize| fields.get(n - 3).and_then(|f| f.parse::<u64>().ok());
    Some(Stat {
        comm,
        ppid: i32::try_from(field(4)?).ok()?,
        ticks: field(14)? + field(15)?,
        start: field(22)?,
    })
}

/// Wakeups of one thread from its `status` file: voluntary plus involuntary
/// context switches.
fn parse_switches(status: &str) -> Option<u64> {
    let count = |key: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(key))
            .and_then(|rest| rest.trim().parse::<u64>().ok())
    };
    Some(count("voluntary_ctxt_switches:")? + count("nonvoluntary_ctxt_switches:")?)
}

/// One thread at the time of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadSample {
    pub tid: i32,
    pub name: String,
    pub wakeups: u64,
    start: u64,
}

/// One process at the time of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessSample {
    pub pid: i32,
    pub comm: String,
    /// `utime + stime` in clock ticks (`getconf CLK_TCK`, usually 100/s).
    pub ticks: u64,
    pub threads: Vec<ThreadSample>,
    start: u64,
}

impl ProcessSample {
    fn key(&self) -> TaskKey {
        TaskKey {
            id: self.pid,
            start: self.start,
        }
    }
}

/// A process tree's counters at one instant.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub root: i32,
    pub taken_at: Instant,
    /// The root first, then its descendants in pid order.
    pub processes: Vec<ProcessSample>,
}

impl Snapshot {
    /// Reads the counters of `root` and all its descendants. Fails if the
    /// root is not running; a descendant that exits while it is read is
    /// left out.
    pub fn take(root: i32) -> Result<Snapshot> {
        let taken_at = Instant::now();
        let pids = tree_pids(root)?;
        let mut processes = Vec::with_capacity(pids.len());
        for pid in pids {
            match read_process(pid) {
                Some(p) => processes.push(p),
                None if pid == root => return Err(format!("process {root} is not running").into()),
                None => {}
            }
        }
        Ok(Snapshot {
            root,
            taken_at,
            processes,
        })
    }

    /// The (pid, start time) of every process in the tree, for
    /// [`TreeGuard`] to stop the ones still running later.
    fn keys(&self) -> Vec<TaskKey> {
        self.processes.iter().map(ProcessSample::key).collect()
    }
}

/// `root` and every descendant, by walking the parent pids in
/// `/proc/*/stat`; the root first, then the others in pid order.
fn tree_pids(root: i32) -> Result<Vec<i32>> {
    let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
    for entry in fs::read_dir("/proc")?.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        // A process that exits while the folder is listed has no stat.
        let Some(stat) = read_stat(&entry.path().join("stat")) else {
            continue;
        };
        children.entry(stat.ppid).or_default().push(pid);
    }
    let mut out = vec![root];
    let mut todo = vec![root];
    while let Some(pid) = todo.pop() {
        for &child in children.get(&pid).into_iter().flatten() {
            out.push(child);
            todo.push(child);
        }
    }
    out[1..].sort_unstable();
    Ok(out)
}

fn read_stat(path: &Path) -> Option<Stat> {
    parse_stat(&fs::read_to_string(path).ok()?)
}

/// A process's counters and its threads', or `None` once it has exited.
fn read_process(pid: i32) -> Option<ProcessSample> {
    let dir = Path::new("/proc").join(pid.to_string());
    let stat = read_stat(&dir.join("stat"))?;
    let mut threads = Vec::new();
    for entry in fs::read_dir(dir.join("task")).ok()?.flatten() {
        let Some(tid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        // A thread that ends while it is read is left out.
        let Some(task) = read_stat(&entry.path().join("stat")) else {
            continue;
        };
        let Some(wakeups) = fs::read_to_string(entry.path().join("status"))
            .ok()
            .as_deref()
            .and_then(parse_switches)
        else {
            continue;
        };
        threads.push(ThreadSample {
            tid,
            name: task.comm,
            wakeups,
            start: task.start,
        });
    }
    threads.sort_by_key(|t| t.tid);
    Some(ProcessSample {
        pid,
        comm: stat.comm,
        ticks: stat.ticks,
        threads,
        start: stat.start,
    })
}

/// What one process of the tree cost over the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessCost {
    pub pid: i32,
    /// As the kernel keeps it: at most 15 bytes ("WebKitWebProces").
    pub comm: String,
    pub ticks: u64,
    /// Summed over its threads.
    pub wakeups: u64,
}

/// What one thread cost over the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadCost {
    pub pid: i32,
    pub process: String,
    pub tid: i32,
    pub name: String,
    pub wakeups: u64,
}

/// The cost of a process tree between two snapshots. Processes and threads
/// that appeared during the window count from zero; those that vanished
/// count nothing (their last counters are gone with them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdleReport {
    pub window: Duration,
    pub root: i32,
    /// The root process's name (the app's).
    pub app: String,
    /// CPU ticks of the whole tree.
    pub tree_ticks: u64,
    /// Wakeups of the root process, summed over its threads.
    pub app_wakeups: u64,
    /// Every process of the tree, the costliest (ticks, then wakeups) first.
    pub processes: Vec<ProcessCost>,
    /// Every thread of the tree, the most wakeups first.
    pub threads: Vec<ThreadCost>,
}

impl IdleReport {
    /// The cost between `before` and `after` (snapshots of the same root).
    pub fn between(before: &Snapshot, after: &Snapshot) -> IdleReport {
        let earlier: HashMap<TaskKey, &ProcessSample> =
            before.processes.iter().map(|p| (p.key(), p)).collect();
        let mut processes = Vec::new();
        let mut threads = Vec::new();
        for now in &after.processes {
            let then = earlier.get(&now.key());
            let then_threads: HashMap<TaskKey, u64> = then
                .map(|p| {
                    p.threads
                        .iter()
                        .map(|t| {
                            let key = TaskKey {
                                id: t.tid,
                                start: t.start,
                            };
                            (key, t.wakeups)
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut wakeups = 0;
            for t in &now.threads {
                let key = TaskKey {
                    id: t.tid,
                    start: t.start,
                };
                let delta = t
                    .wakeups
                    .saturating_sub(then_threads.get(&key).copied().unwrap_or(0));
                wakeups += delta;
                threads.push(ThreadCost {
                    pid: now.pid,
                    process: now.comm.clone(),
                    tid: t.tid,
                    name: t.name.clone(),
                    wakeups: delta,
                });
            }
            processes.push(ProcessCost {
                pid: now.pid,
                comm: now.comm.clone(),
                ticks: now.ticks.saturating_sub(then.map_or(0, |p| p.ticks)),
                wakeups,
            });
        }
        let app = after
            .processes
            .iter()
            .find(|p| p.pid == after.root)
            .map(|p| p.comm.clone())
            .unwrap_or_default();
        let app_wakeups = processes
            .iter()
            .filter(|p| p.pid == after.root)
            .map(|p| p.wakeups)
            .sum();
        processes.sort_by(|a, b| (b.ticks, b.wakeups, a.pid).cmp(&(a.ticks, a.wakeups, b.pid)));
        threads.sort_by(|a, b| (b.wakeups, a.tid).cmp(&(a.wakeups, b.tid)));
        IdleReport {
            window: after.taken_at.saturating_duration_since(before.taken_at),
            root: after.root,
            app,
            tree_ticks: processes.iter().map(|p| p.ticks).sum(),
            app_wakeups,
            processes,
            threads,
        }
    }

    /// The threads of the root (app) process, the most wakeups first.
    pub fn app_threads(&self) -> impl Iterator<Item = &ThreadCost> {
        self.threads.iter().filter(|t| t.pid == self.root)
    }

    /// The app thread with the most wakeups, if it has any thread.
    pub fn busiest_app_thread(&self) -> Option<&ThreadCost> {
        self.app_threads().next()
    }

    /// CPU ticks of processes called `comm` (all web processes, say).
    pub fn ticks_of(&self, comm: &str) -> u64 {
        self.processes
            .iter()
            .filter(|p| p.comm == comm)
            .map(|p| p.ticks)
            .sum()
    }
}

impl fmt::Display for IdleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.window.as_secs_f64();
        writeln!(
            f,
            "over {secs:.1} s, {} (pid {}) and its {} descendant(s): {} CPU ticks in all; \
             {} wakeups of the app process ({:.1}/s)",
            self.app,
            self.root,
            self.processes.len().saturating_sub(1),
            self.tree_ticks,
            self.app_wakeups,
            self.app_wakeups as f64 / secs.max(f64::EPSILON),
        )?;
        writeln!(f, "    process              pid  ticks  wakeups")?;
        for p in &self.processes {
            writeln!(
                f,
                "    {:<16} {:>7} {:>6} {:>8}",
                p.comm, p.pid, p.ticks, p.wakeups
            )?;
        }
        writeln!(
            f,
            "    process/thread                        tid  wakeups  (top threads)"
        )?;
        for t in self.threads.iter().take(SHOWN_THREADS) {
            let mark = if t.pid == self.root { "*" } else { " " };
            let who = format!("{}/{}", t.process, t.name);
            writeln!(f, "   {mark}{who:<33} {:>7} {:>8}", t.tid, t.wakeups)?;
        }
        write!(f, "  (* = a thread of the app process)")
    }
}

/// Sleeps `settle`, then reads the tree of `root` before and after
/// `window` of rest.
pub fn measure(root: i32, settle: Duration, window: Duration) -> Result<IdleReport> {
    std::thread::sleep(settle);
    let before = Snapshot::take(root)?;
    std::thread::sleep(window);
    let after = Snapshot::take(root)?;
    Ok(IdleReport::between(&before, &after))
}

/// Whether process `pid` is running (a zombie is not).
pub fn is_running(pid: i32) -> bool {
    let path = Path::new("/proc").join(pid.to_string()).join("stat");
    fs::read_to_string(path).is_ok_and(|text| {
        let state = text
            .rfind(')')
            .and_then(|i| text[i + 1..].split_whitespace().next());
        !matches!(state, Some("Z" | "X") | None)
    })
}

/// An app started by a test, with everything it starts: dropping it stops
/// the app (SIGTERM, then SIGKILL after a grace period) and then any of its
/// descendants still running, so a failed assertion leaves nothing behind.
#[derive(Debug)]
pub struct TreeGuard {
    child: Child,
}

impl TreeGuard {
    pub fn new(child: Child) -> TreeGuard {
        TreeGuard { child }
    }

    /// The app's pid.
    pub fn pid(&self) -> i32 {
        // Linux pids fit in an i32 (pid_max is at most 2^22).
        i32::try_from(self.child.id()).unwrap_or(i32::MAX)
    }

    /// Whether the app is still running (not exited, not a zombie).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None)) && is_running(self.pid())
    }
}

impl Drop for TreeGuard {
    fn drop(&mut self) {
        // Descendants are noted before the app goes: once it has exited they
        // are re-parented and no longer look like its children.
        let descendants = Snapshot::take(self.pid())
            .map(|s| s.keys())
            .unwrap_or_default();
        signal(self.pid(), libc::SIGTERM);
        let deadline = Instant::now() + EXIT_GRACE;
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        // WebKit's helpers exit with their app; any that lingers is stopped,
        // but only if the pid still belongs to the same process.
        for key in descendants.iter().skip(1) {
            let same = read_stat(&Path::new("/proc").join(key.id.to_string()).join("stat"))
                .is_some_and(|s| s.start == key.start);
            if same {
                signal(key.id, libc::SIGKILL);
            }
        }
    }
}

fn signal(pid: i32, signal: libc::c_int) {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    unsafe {
        libc::kill(pid, signal);
    }
}

/// The atoms [`close_window`] needs.
struct Atoms {
    net_wm_name: Atom,
    utf8_string: Atom,
    wm_protocols: Atom,
    wm_delete_window: Atom,
}

impl Atoms {
    fn intern(conn: &RustConnection) -> Result<Atoms> {
        let atom = |name: &str| -> Result<Atom> {
            Ok(conn.intern_atom(false, name.as_bytes())?.reply()?.atom)
        };
        Ok(Atoms {
            net_wm_name: atom("_NET_WM_NAME")?,
            utf8_string: atom("UTF8_STRING")?,
            wm_protocols: atom("WM_PROTOCOLS")?,
            wm_delete_window: atom("WM_DELETE_WINDOW")?,
        })
    }
}

/// Asks the top-level X11 window titled `title` to close, as a window
/// manager's close button does: a `WM_PROTOCOLS` client message carrying
/// `WM_DELETE_WINDOW`, sent to the window itself on `$DISPLAY`. The app
/// decides what closing means (Cairn with a tray hides its main window).
/// Fails if no window has that title (`_NET_WM_NAME` or `WM_NAME`) and takes
/// part in `WM_DELETE_WINDOW`.
pub fn close_window(title: &str) -> Result<()> {
    let (conn, screen) = RustConnection::connect(None)
        .map_err(|e| format!("cannot connect to the X display ($DISPLAY): {e}"))?;
    let root = conn
        .setup()
        .roots
        .get(screen)
        .ok_or("the X server has no such screen")?
        .root;
    let atoms = Atoms::intern(&conn)?;
    let titled = windows_titled(&conn, &atoms, root, title)?;
    if titled.is_empty() {
        return Err(format!("no X11 window is titled {title:?}").into());
    }
    let mut sent = 0;
    for window in titled {
        if !speaks_delete_window(&conn, &atoms, window)? {
            continue;
        }
        let message = ClientMessageEvent::new(
            32,
            window,
            atoms.wm_protocols,
            [atoms.wm_delete_window, CURRENT_TIME, 0, 0, 0],
        );
        conn.send_event(false, window, EventMask::NO_EVENT, message)?;
        sent += 1;
    }
    if sent == 0 {
        return Err(format!(
            "the window {title:?} does not take WM_DELETE_WINDOW in its WM_PROTOCOLS"
        )
        .into());
    }
    // A round trip: the server has taken the events before this returns.
    conn.sync()?;
    Ok(())
}

/// Every window under `root` whose `_NET_WM_NAME` or `WM_NAME` is `title`.
/// The whole tree is walked: with a window manager the app's window is a
/// child of its frame; under a bare Xvfb it is a child of the root.
fn windows_titled(
    conn: &RustConnection,
    atoms: &Atoms,
    root: Window,
    title: &str,
) -> Result<Vec<Window>> {
    let mut found = Vec::new();
    let mut todo = vec![root];
    while let Some(window) = todo.pop() {
        // A window destroyed during the walk has no tree and no name.
        let Ok(tree) = conn.query_tree(window)?.reply() else {
            continue;
        };
        todo.extend(tree.children);
        if window == root {
            continue;
        }
        let net_name = text_property(conn, window, atoms.net_wm_name, atoms.utf8_string)?;
        let name = text_property(conn, window, AtomEnum::WM_NAME.into(), AtomEnum::ANY.into())?;
        if net_name.as_deref() == Some(title) || name.as_deref() == Some(title) {
            found.push(window);
        }
    }
    Ok(found)
}

/// A text property of `window`, or `None` if it has none (or is gone).
fn text_property(
    conn: &RustConnection,
    window: Window,
    property: Atom,
    kind: Atom,
) -> Result<Option<String>> {
    // Titles are short; 1024 longs (4 KiB) is plenty.
    let Ok(reply) = conn
        .get_property(false, window, property, kind, 0, 1024)?
        .reply()
    else {
        return Ok(None);
    };
    if reply.value.is_empty() {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&reply.value).into_owned()))
}

/// Whether `window` lists `WM_DELETE_WINDOW` in its `WM_PROTOCOLS` (without
/// it, a window manager would kill the client instead of asking).
fn speaks_delete_window(conn: &RustConnection, atoms: &Atoms, window: Window) -> Result<bool> {
    let Ok(reply) = conn
        .get_property(false, window, atoms.wm_protocols, AtomEnum::ATOM, 0, 64)?
        .reply()
    else {
        return Ok(false);
    };
    Ok(reply
        .value32()
        .is_some_and(|mut atoms_listed| atoms_listed.any(|a| a == atoms.wm_delete_window)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stat_line(pid: i32, comm: &str, ppid: i32, utime: u64, stime: u64, start: u64) -> String {
        // Fields 3..=22, the ones between filled with small numbers.
        let mut fields: Vec<String> = (3..=52).map(|n| n.to_string()).collect();
        fields[0] = "S".into();
        fields[4 - 3] = ppid.to_string();
        fields[14 - 3] = utime.to_string();
        fields[15 - 3] = stime.to_string();
        fields[22 - 3] = start.to_string();
        format!("{pid} ({comm}) {}\n", fields.join(" "))
    }

    #[test]
    fn stat_is_parsed_after_the_last_parenthesis() {
        let line = stat_line(42, "Web (Content) x", 7, 10, 5, 1234);
        assert_eq!(
            parse_stat(&line),
            Some(Stat {
                comm: "Web (Content) x".into(),
                ppid: 7,
                ticks: 15,
                start: 1234
            })
        );
        assert_eq!(parse_stat("42 (short) S 1"), None);
    }

    #[test]
    fn own_stat_parses_and_we_are_running() {
        let own = i32::try_from(std::process::id()).expect("pid fits");
        let stat = read_stat(Path::new("/proc/self/stat")).expect("own stat");
        assert!(stat.ppid > 0);
        assert!(is_running(own));
        assert!(!is_running(i32::MAX));
    }

    #[test]
    fn switches_sum_voluntary_and_involuntary() {
        let status =
            "Name:\tcairn\nvoluntary_ctxt_switches:\t120\nnonvoluntary_ctxt_switches:\t7\n";
        assert_eq!(parse_switches(status), Some(127));
        assert_eq!(parse_switches("Name:\tx\n"), None);
    }

    #[test]
    fn a_snapshot_of_this_process_has_its_threads() {
        let own = i32::try_from(std::process::id()).expect("pid fits");
        let snap = Snapshot::take(own).expect("snapshot");
        assert_eq!(snap.processes[0].pid, own);
        assert!(!snap.processes[0].threads.is_empty());
        assert!(Snapshot::take(i32::MAX).is_err());
    }

    fn thread(tid: i32, name: &str, wakeups: u64) -> ThreadSample {
        ThreadSample {
            tid,
            name: name.into(),
            wakeups,
            start: 1,
        }
    }

    fn process(pid: i32, comm: &str, ticks: u64, threads: Vec<ThreadSample>) -> ProcessSample {
        ProcessSample {
            pid,
            comm: comm.into(),
            ticks,
            threads,
            start: 1,
        }
    }

    #[test]
    fn the_report_counts_newcomers_from_zero_and_sorts() {
        let t0 = Instant::now();
        let before = Snapshot {
            root: 10,
            taken_at: t0,
            processes: vec![
                process(
                    10,
                    "cairn",
                    100,
                    vec![thread(10, "cairn", 50), thread(11, "gone", 9)],
                ),
                process(
                    20,
                    "WebKitWebProces",
                    40,
                    vec![thread(20, "WebKitWebProces", 5)],
                ),
                process(30, "vanished", 7, vec![thread(30, "vanished", 1)]),
            ],
        };
        let after = Snapshot {
            root: 10,
            taken_at: t0 + Duration::from_secs(10),
            processes: vec![
                process(
                    10,
                    "cairn",
                    103,
                    vec![thread(10, "cairn", 54), thread(12, "VBlankMonitor", 400)],
                ),
                process(
                    20,
                    "WebKitWebProces",
                    48,
                    vec![thread(20, "WebKitWebProces", 25)],
                ),
                process(
                    40,
                    "WebKitNetworkPr",
                    2,
                    vec![thread(40, "WebKitNetworkPr", 3)],
                ),
            ],
        };
        let r = IdleReport::between(&before, &after);
        assert_eq!(r.window, Duration::from_secs(10));
        assert_eq!(r.app, "cairn");
        assert_eq!(r.tree_ticks, 3 + 8 + 2);
        assert_eq!(r.app_wakeups, 4 + 400);
        assert_eq!(r.ticks_of("WebKitWebProces"), 8);
        let names: Vec<&str> = r.threads.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "VBlankMonitor",
                "WebKitWebProces",
                "cairn",
                "WebKitNetworkPr"
            ]
        );
        assert_eq!(
            r.busiest_app_thread().map(|t| (t.name.as_str(), t.wakeups)),
            Some(("VBlankMonitor", 400))
        );
        assert_eq!(r.processes[0].comm, "WebKitWebProces");
        let shown = r.to_string();
        assert!(shown.contains("*cairn/VBlankMonitor"), "{shown}");
    }
}
