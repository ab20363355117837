//! The backups folder beside the database: its files' names and kinds,
//! listing them, taking today's copy and pruning to the last 7 days and 4
//! weeks. Over the whole store rather than inside a transaction (SQLite's
//! backup reads its own snapshot); the backups use cases and sync's
//! backup before a new computer's first merge both take copies here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::Store;

/// The folder, inside the data folder, that holds the backups.
pub const BACKUP_DIR: &str = "backups";
/// Daily backups kept.
pub const KEEP_DAILY: usize = 7;
/// Weeks for which the newest backup is kept beyond the daily ones.
pub const KEEP_WEEKLY: usize = 4;
/// Copies of the database kept aside by restores.
pub const KEEP_BEFORE_RESTORE: usize = 5;
/// How often a backup is due.
pub const EVERY: Duration = Duration::hours(24);

pub(crate) const PREFIX: &str = "cairn-";
pub(crate) const SUFFIX: &str = ".sqlite3";
pub(crate) const BEFORE_RESTORE: &str = "-before-restore-";

/// Why a backup exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    /// The day's copy (automatic or "Back up now").
    Daily,
    /// The database as it was just before a restore replaced it.
    BeforeRestore,
}

impl BackupKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::BeforeRestore => "beforeRestore",
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupInfo {
    /// The file's name inside the backups folder; what `restore` takes.
    pub name: String,
    pub path: PathBuf,
    pub date: NaiveDate,
    pub kind: BackupKind,
    pub bytes: u64,
    /// Live wins in it; `None` when the file cannot be read.
    pub wins: Option<u64>,
    /// When the file was written.
    pub written_at: DateTime<Utc>,
}

/// The backups folder of the database `store` has open.
pub fn backup_dir(store: &Store) -> PathBuf {
    store
        .path()
        .parent()
        .unwrap_or(Path::new("."))
        .join(BACKUP_DIR)
}

/// Reads a backup's name: its day and kind, or `None` for other files.
pub(crate) fn parse_name(name: &str) -> Option<(NaiveDate, BackupKind)> {
    let stem = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let date = NaiveDate::parse_from_str(stem.get(..10)?, "%Y-%m-%d").ok()?;
    match &stem[10..] {
        "" => Some((date, BackupKind::Daily)),
        rest => {
            let tail = rest.strip_prefix(BEFORE_RESTORE)?;
            tail.chars()
                .all(|c| c.is_ascii_digit() || c == '-')
                .then_some((date, BackupKind::BeforeRestore))
        }
    }
}

pub(crate) fn daily_name(date: NaiveDate) -> String {
    format!("{PREFIX}{date}{SUFFIX}")
}

/// `what`: "move-aside", "read", "read-folder", "remove" or "create".
pub(crate) fn io_error(what: &str, path: &Path, e: std::io::Error) -> Error {
    tracing::error!(error = %e, path = %path.display(), "{what}");
    Error::Storage(crate::tr!(
        "error-backup-io",
        op = what,
        path = crate::files::shown(path)
    ))
}

pub(crate) fn info(path: PathBuf, date: NaiveDate, kind: BackupKind) -> Result<BackupInfo> {
    let meta = std::fs::metadata(&path).map_err(|e| io_error("read", &path, e))?;
    let written_at = meta
        .modified()
        .map(DateTime::<Utc>::from)
        .unwrap_or_default();
    Ok(BackupInfo {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        wins: crate::store::backup::inspect(&path).ok().map(|s| s.wins),
        path,
        date,
        kind,
        bytes: meta.len(),
        written_at,
    })
}

/// Every backup, newest first. A missing folder means none yet.
pub fn list(store: &Store) -> Result<Vec<BackupInfo>> {
    let dir = backup_dir(store);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error("read-folder", &dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((date, kind)) = parse_name(&name) {
            out.push(info(entry.path(), date, kind)?);
        }
    }
    out.sort_by(|a, b| (b.written_at, b.date, &b.name).cmp(&(a.written_at, a.date, &a.name)));
    Ok(out)
}

/// Which daily backups to keep: the newest [`KEEP_DAILY`] days, and the
/// newest day of each of the newest [`KEEP_WEEKLY`] weeks.
pub fn days_to_keep(days: &[NaiveDate]) -> BTreeSet<NaiveDate> {
    let mut sorted: Vec<NaiveDate> = days.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let mut keep: BTreeSet<NaiveDate> = sorted.iter().take(KEEP_DAILY).copied().collect();
    let mut weeks = BTreeSet::new();
    for day in &sorted {
        let week = day.iso_week();
        if weeks.len() == KEEP_WEEKLY && !weeks.contains(&week) {
            break;
        }
        if weeks.insert(week) {
            keep.insert(*day);
        }
    }
    keep
}

/// Removes the backups the rules no longer keep; returns how many.
pub fn prune(store: &Store) -> Result<usize> {
    let all = list(store)?;
    let days: Vec<NaiveDate> = all
        .iter()
        .filter(|b| b.kind == BackupKind::Daily)
        .map(|b| b.date)
        .collect();
    let keep = days_to_keep(&days);
    let mut aside_seen = 0;
    let mut removed = 0;
    for b in &all {
        let keep_it = match b.kind {
            BackupKind::Daily => keep.contains(&b.date),
            BackupKind::BeforeRestore => {
                aside_seen += 1;
                aside_seen <= KEEP_BEFORE_RESTORE
            }
        };
        if !keep_it {
            // A backup another program holds open (a scanner, a sync tool,
            // on Windows) cannot go now; it goes at a later prune, and the
            // backup just taken stands.
            match std::fs::remove_file(&b.path) {
                Ok(()) => removed += 1,
                Err(e) => {
                    tracing::warn!(error = %e, path = %b.path.display(), "old backup kept for now")
                }
            }
        }
    }
    Ok(removed)
}

pub(crate) fn ensure_dir(store: &Store) -> Result<PathBuf> {
    let dir = backup_dir(store);
    std::fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
    Ok(dir)
}

/// Backs the database up now as today's backup (replacing an earlier one
/// from today), then prunes old ones.
pub fn backup_now(store: &Store, clock: &dyn Clock) -> Result<BackupInfo> {
    let today = clock.today();
    let dir = ensure_dir(store)?;
    // What a backup cut short by a crash left behind (an hour is far longer
    // than any backup takes).
    let hour_ago = clock.now() - Duration::hours(1);
    crate::files::remove_stale_temporaries(&dir, hour_ago.into());
    let path = dir.join(daily_name(today));
    store.backup_to(&path)?;
    prune(store)?;
    info(path, today, BackupKind::Daily)
}
