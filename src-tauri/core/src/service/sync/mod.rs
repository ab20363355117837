//! Sync through a folder the person already syncs (docs/sync.md): this
//! computer writes its changes as immutable files under
//! `<folder>/Cairn/<device id>/` and applies the files of every other
//! device folder there. No threads, no timers: the app and the command line
//! call these functions (at start, when the folder changes, on "Sync now").
//!
//! Everything a person may meet in the folder (a half-written file, a sync
//! tool's conflicted copy, garbage, a newer Cairn, a cloned disk, a device
//! folder gone, a clock far ahead) becomes a note: one kind sentence, and
//! nothing changed that cannot be trusted.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};
use serde::Serialize;
use serde_json::{json, Value as Json};

use crate::clock::Clock;
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};
use crate::store::sync::{self as db, Change};
use crate::store::Store;

mod format;

use format::{Body, Refused};

/// The first field of every file's header.
pub const FORMAT: &str = "cairn-sync";
/// The file format this Cairn writes and reads; a newer one is refused.
pub const VERSION: u64 = 1;
/// The folder Cairn keeps inside the sync folder.
pub const ROOT: &str = "Cairn";
/// Each device folder's description.
pub const DEVICE_FILE: &str = "device.json";
/// A folder with more change files than this is folded into a snapshot.
pub const COMPACT_AFTER: usize = 32;
/// Changes per file at most.
const CHANGES_PER_FILE: usize = 50_000;
/// A clock this far ahead of this computer's gets a note.
const AHEAD_NOTE_MS: i64 = 60 * 60 * 1000;
/// A computer's name: at most this many characters.
const NAME_MAX: usize = 40;

/// What Settings and `cairn sync status` show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// The sync folder chosen, if sync is on.
    pub folder: Option<PathBuf>,
    /// This computer, once sync is on.
    pub this_device: Option<Device>,
    /// The other computers seen in the folder.
    pub devices: Vec<Device>,
    /// Changes made here not yet written to the folder.
    pub pending: usize,
    /// What the last sync met, in sentences.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub name: String,
    /// The clock time of its newest change applied here.
    pub last_change_at: Option<DateTime<Utc>>,
}

/// What one "Sync now" did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// Changes from other computers that were newer than what was here.
    pub applied: usize,
    /// Files read from other computers' folders.
    pub files_read: usize,
    /// Files written to this computer's folder.
    pub written: Vec<PathBuf>,
    pub notes: Vec<String>,
}

struct Config {
    folder: PathBuf,
    device: String,
    name: String,
    incarnation: String,
}

impl Config {
    fn root(&self) -> PathBuf {
        self.folder.join(ROOT)
    }
    fn own_dir(&self) -> PathBuf {
        self.root().join(&self.device)
    }
}

fn config(conn: &crate::store::Conn) -> Result<Option<Config>> {
    let get = |k| db::state(conn, k);
    Ok(
        match (
            get("folder")?,
            get("device")?,
            get("name")?,
            get("incarnation")?,
        ) {
            (Some(folder), Some(device), Some(name), Some(incarnation)) => Some(Config {
                folder: PathBuf::from(folder),
                device,
                name,
                incarnation,
            }),
            _ => None,
        },
    )
}

fn configured(store: &Store) -> Result<Config> {
    store
        .read(config)?
        .ok_or_else(|| Error::Conflict(crate::tr!("error-sync-not-set-up")))
}

/// `what`: "create" (a folder), "write" or "read".
fn io_error(what: &str, path: &Path, e: std::io::Error) -> Error {
    tracing::error!(error = %e, path = %path.display(), "sync folder: cannot {what}");
    Error::Storage(crate::tr!(
        "error-sync-io",
        op = what,
        path = crate::files::shown(path)
    ))
}

/// A change file with more fields than this is merged as a bulk write
/// ([`Store::write_bulk`]).
const BULK_CHANGES: usize = 10_000;
/// Changes merged at a time while a file is read: a change file in one go,
/// a snapshot in pieces of this size.
const MERGE_CHUNK: usize = CHANGES_PER_FILE;

/// The name offered for this computer when the person gives none: its host
/// name without a domain ("laptop.local" → "laptop"), at most the length a
/// name may have, or "This computer".
pub fn suggested_device_name() -> String {
    let host = gethostname::gethostname();
    let host = host.to_string_lossy();
    let short: String = host
        .split('.')
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(NAME_MAX)
        .collect();
    if short.is_empty() || short == "localhost" {
        crate::tr!("core-this-computer")
    } else {
        short
    }
}

/// Turns sync on (or changes its folder or this computer's name). The
/// first time, this computer gets its id and everything already here is
/// recorded once and written as one snapshot, so the other computers
/// receive it. Writes this device's folder and its description.
pub fn configure(
    store: &Store,
    clock: &dyn Clock,
    folder: &Path,
    device_name: &str,
) -> Result<SyncStatus> {
    let name = device_name.trim();
    if name.is_empty() || name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
        return Err(Error::Validation(crate::tr!(
            "error-sync-device-name",
            max = NAME_MAX
        )));
    }
    if !folder.is_dir() {
        return Err(Error::Validation(crate::tr!(
            "error-sync-folder-missing",
            path = crate::files::shown(folder)
        )));
    }
    let folder = crate::files::canonical(folder).unwrap_or_else(|_| folder.to_owned());
    let folder_text = folder
        .to_str()
        .ok_or_else(|| Error::Validation(crate::tr!("error-sync-folder-unusual")))?;
    let before = store.read(config)?;
    let moved = before.as_ref().is_some_and(|c| c.folder != folder);
    let now_ms = clock.now().timestamp_millis();
    // Whether turning on recorded anything (then it goes out as a snapshot).
    // Bulk: turning on records every field of the whole history.
    let recorded = store.write_bulk(|tx| {
        let mut recorded = 0;
        if before.is_none() {
            let device = crate::store::new_id();
            db::set_state(tx, "device", &device)?;
            db::set_state(tx, "incarnation", &crate::store::new_id())?;
            db::set_mode(tx, db::MODE_RECORDING)?;
            // Everything here, merged under this computer's first clock;
            // it goes out as one snapshot below.
            let hlc = Hlc::send(&db::last_hlc(tx, &device)?, now_ms, &device).encode();
            recorded = db::record_everything_merged(tx, &hlc)?;
            if recorded > 0 {
                db::set_state(tx, "hlc", &hlc)?;
            }
        }
        if moved {
            // A new folder: nothing there is applied or written yet.
            db::forget_applied(tx, None)?;
            db::clear_written(tx)?;
        }
        db::set_state(tx, "folder", folder_text)?;
        db::set_state(tx, "name", name)?;
        db::set_state(tx, "notes", "[]")?;
        Ok(recorded)
    })?;
    let cfg = configured(store)?;
    write_device_file(&cfg)?;
    if moved || recorded > 0 {
        compact(store, clock)?;
    } else {
        flush_outbox(store, clock)?;
    }
    status(store)
}

/// Turns sync off: nothing more is recorded or written; the folder stays.
pub fn turn_off(store: &Store) -> Result<()> {
    store.write(|tx| {
        db::set_mode(tx, db::MODE_OFF)?;
        db::clear_outbox(tx)?;
        db::remove_state(tx, "folder")
    })
}

/// Forgets a computer seen in the folder (Settings' "Forget", for a
/// computer given away whose folder was removed): it leaves the list and
/// its notes stop. Everything it sent stays; if its folder comes back, it
/// is read again like a new computer's.
pub fn forget_device(store: &Store, device: &str) -> Result<()> {
    let forgotten = store.write(|tx| {
        db::forget_applied(tx, Some(device))?;
        db::forget_peer(tx, device)
    })?;
    if forgotten {
        Ok(())
    } else {
        Err(Error::not_found("computer"))
    }
}

/// The sync folder, this computer, the computers seen and the last notes.
pub fn status(store: &Store) -> Result<SyncStatus> {
    store.read(|c| {
        let cfg = config(c)?;
        let notes: Vec<String> = db::state(c, "notes")?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let pending = db::outbox_len(c)?;
        let mut devices = Vec::new();
        for p in db::peers(c)? {
            devices.push(Device {
                id: p.device,
                name: p.name,
                last_change_at: p.last_change.as_deref().and_then(clock_time),
            });
        }
        let this_device = match &cfg {
            Some(cfg) => Some(Device {
                id: cfg.device.clone(),
                name: cfg.name.clone(),
                last_change_at: db::state(c, "hlc")?.as_deref().and_then(clock_time),
            }),
            None => None,
        };
        Ok(SyncStatus {
            folder: cfg.map(|c| c.folder),
            this_device,
            devices,
            pending,
            notes,
        })
    })
}

fn clock_time(hlc: &str) -> Option<DateTime<Utc>> {
    let h = Hlc::parse(hlc).ok()?;
    Utc.timestamp_millis_opt(h.wall_ms).single()
}

fn write_device_file(cfg: &Config) -> Result<()> {
    let dir = cfg.own_dir();
    fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
    let body = serde_json::to_vec_pretty(&json!({
        "format": FORMAT,
        "version": VERSION,
        "device": cfg.device,
        "name": cfg.name,
        "incarnation": cfg.incarnation,
    }))
    .map_err(|e| Error::Internal(e.to_string()))?;
    write_whole(&dir, DEVICE_FILE, &body)
}

/// Writes a file whole under a temporary name, then renames it
/// (`files::write_whole`): a sync tool never sees it half-written under its
/// real name. The temporary name is this writer's own (process and a fresh
/// id), so two processes flushing the same batch at the same moment (the
/// app and the command line) never write into one temporary file; each
/// renames a whole file, and since both hold the same changes, either one
/// under the real name is right.
fn write_whole(dir: &Path, name: &str, body: &[u8]) -> Result<()> {
    let path = dir.join(name);
    crate::files::write_whole(&path, body).map_err(|e| io_error("write", &path, e))
}

/// The part of a clock that names a file: wall time and counter.
fn stamp(hlc: &str) -> String {
    match Hlc::parse(hlc) {
        Ok(h) => format!("{:013}{:06x}", h.wall_ms, h.counter),
        Err(_) => "0".repeat(19),
    }
}

/// A file's bytes: header, one change per line, and a closing line with the
/// count and the SHA-256 of everything before it.
fn file_body(cfg: &Config, kind: &str, changes: &[Change]) -> Vec<u8> {
    let first = changes.first().map(|c| c.hlc.as_str()).unwrap_or_default();
    let last = changes
        .iter()
        .map(|c| c.hlc.as_str())
        .max()
        .unwrap_or_default();
    let written = (|| {
        let out = Vec::with_capacity(16 * changes.len() + 256);
        let mut body = Body::start(out, cfg, kind, changes.len(), first, last)?;
        for c in changes {
            body.line(c)?;
        }
        body.finish()
    })();
    // Writing to memory cannot go wrong.
    written.unwrap_or_default()
}

/// Writes this computer's recorded changes to its folder, as new files.
/// Returns the files written (none when there was nothing to write).
pub fn flush_outbox(store: &Store, _clock: &dyn Clock) -> Result<Vec<PathBuf>> {
    let cfg = configured(store)?;
    // A folder on a drive that is not connected: the changes wait in the
    // outbox. Creating the path would make a stray folder on the main disk.
    if !cfg.folder.is_dir() {
        tracing::info!(folder = %cfg.folder.display(), "sync folder not there; changes wait");
        return Ok(Vec::new());
    }
    let dir = cfg.own_dir();
    let mut written = Vec::new();
    loop {
        let batch = store.read(|c| db::outbox(c, CHANGES_PER_FILE))?;
        let (Some((_, first)), Some((last_seq, last))) = (batch.first(), batch.last()) else {
            break;
        };
        fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
        let name = format!(
            "changes-{}-{}.jsonl.gz",
            stamp(&first.hlc),
            stamp(&last.hlc)
        );
        let changes: Vec<Change> = batch.iter().map(|(_, c)| c.clone()).collect();
        let body = file_body(&cfg, "changes", &changes);
        // Named as written before it exists: a file of ours is never taken
        // for a stranger's.
        store.write(|tx| db::mark_written(tx, &name))?;
        write_whole(&dir, &name, &body)?;
        let last_seq = *last_seq;
        store.write(|tx| db::drop_outbox_through(tx, last_seq))?;
        written.push(dir.join(name));
    }
    Ok(written)
}

/// Folds everything into one snapshot file in this computer's folder (the
/// whole merged state, so a new computer reads one file), then removes this
/// computer's older files. Returns the snapshot written.
pub fn compact(store: &Store, clock: &dyn Clock) -> Result<PathBuf> {
    let cfg = configured(store)?;
    if !cfg.folder.is_dir() {
        return Err(Error::Conflict(crate::tr!(
            "error-sync-folder-away",
            path = crate::files::shown(&cfg.folder)
        )));
    }
    flush_outbox(store, clock)?;
    let dir = cfg.own_dir();
    fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
    // One moment of the merged state, read on a connection of its own and
    // streamed into the file: at a million wins it is millions of fields,
    // and the app's writes go on meanwhile.
    let name = store.read_apart(|c| {
        let head = db::fields_head(c)?;
        let last = db::state(c, "hlc")?;
        let name = format!(
            "snapshot-{}.jsonl.gz",
            stamp(last.as_deref().unwrap_or_default())
        );
        store.write(|tx| db::mark_written(tx, &name))?;
        let path = dir.join(&name);
        let mut failed_read = None;
        let written = crate::files::write_whole_with(&path, |out| {
            let mut body = Body::start(out, &cfg, "snapshot", head.count, &head.first, &head.last)?;
            match db::each_field(c, |change| body.line(&change)) {
                Ok(wrote) => wrote?,
                Err(e) => {
                    failed_read = Some(e);
                    return Err(std::io::Error::other("the merged state could not be read"));
                }
            }
            body.finish().map(drop)
        });
        if let Some(e) = failed_read {
            return Err(e);
        }
        written.map_err(|e| io_error("write", &path, e))?;
        Ok(name)
    })?;
    for entry in fs::read_dir(&dir).map_err(|e| io_error("read", &dir, e))? {
        let Ok(entry) = entry else { continue };
        let other = entry.file_name().to_string_lossy().into_owned();
        if is_change_file(&other) && other != name {
            // Everything in it is in the snapshot; a file another program
            // holds open is removed next time.
            let _ = fs::remove_file(entry.path());
        }
    }
    Ok(dir.join(name))
}

/// Writes this computer's changes, applies every other computer's new
/// files, and folds this computer's files when they are many.
pub fn sync_now(store: &Store, clock: &dyn Clock) -> Result<SyncReport> {
    let mut cfg = configured(store)?;
    let mut report = SyncReport::default();
    let now_ms = clock.now().timestamp_millis();
    if !cfg.folder.is_dir() {
        report.notes.push(crate::tr!(
            "sync-note-folder-away",
            path = crate::files::shown(&cfg.folder)
        ));
        save_notes(store, &mut report.notes)?;
        return Ok(report);
    }
    let root = cfg.root();
    let own = cfg.own_dir();

    // Our own folder: files we never wrote mean a copy of this database
    // writes there too (a cloned disk, a restored backup).
    let written = store.read(db::written)?;
    let mut strangers = false;
    let own_present = own.is_dir();
    if own_present {
        for name in list_files(&own)? {
            if is_change_file(&name) && !written.contains(&name) {
                strangers = true;
            }
        }
    }
    if strangers {
        let old = cfg.device.clone();
        store.write(|tx| {
            db::set_state(tx, "device", &crate::store::new_id())?;
            db::set_state(tx, "incarnation", &crate::store::new_id())?;
            db::clear_written(tx)?;
            // Our stamped changes not yet written go out under the new id.
            let device = db::state(tx, "device")?.unwrap_or_default();
            let last = db::last_hlc(tx, &old)?;
            db::set_state(tx, "hlc", &Hlc { device, ..last }.encode())?;
            db::forget_applied(tx, Some(&old))
        })?;
        cfg = configured(store)?;
        report
            .notes
            .push(crate::tr!("sync-note-new-id", id = short(&cfg.device)));
        write_device_file(&cfg)?;
        report.written.push(compact(store, clock)?);
    } else if !own_present && !written.is_empty() {
        report.notes.push(crate::tr!("sync-note-own-folder-gone"));
        write_device_file(&cfg)?;
        report.written.push(compact(store, clock)?);
    } else if !own.join(DEVICE_FILE).is_file() {
        write_device_file(&cfg)?;
    }
    report.written.extend(flush_outbox(store, clock)?);

    // Everyone else's folders.
    let mut seen = std::collections::BTreeSet::new();
    let mut backed_up = false;
    let mut dirs: Vec<String> = list_dirs(&root)?;
    dirs.sort();
    for device in dirs {
        if device == cfg.device || device.starts_with('.') {
            continue;
        }
        seen.insert(device.clone());
        read_device(
            store,
            clock,
            &root.join(&device),
            &device,
            now_ms,
            &mut backed_up,
            &mut report,
        )?;
    }
    for peer in store.read(db::peers)? {
        if !seen.contains(&peer.device) {
            report.notes.push(crate::tr!(
                "sync-note-peer-folder-gone",
                name = peer.name.as_str()
            ));
        }
    }
    let waiting = store.read(db::unplaced_count)?;
    if waiting > 0 {
        report
            .notes
            .push(crate::tr!("sync-note-waiting", count = waiting));
    }
    if list_files(&cfg.own_dir())?
        .iter()
        .filter(|n| n.starts_with("changes-"))
        .count()
        > COMPACT_AFTER
    {
        report.written.push(compact(store, clock)?);
    }
    save_notes(store, &mut report.notes)?;
    Ok(report)
}

fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

/// Keeps each note once (in the order first met) and saves them for
/// `status`.
fn save_notes(store: &Store, notes: &mut Vec<String>) -> Result<()> {
    let mut seen = std::collections::BTreeSet::new();
    notes.retain(|n| seen.insert(n.clone()));
    let text = serde_json::to_string(&notes).map_err(|e| Error::Internal(e.to_string()))?;
    store.write(|tx| db::set_state(tx, "notes", &text))
}

fn list_files(dir: &Path) -> Result<Vec<String>> {
    list(dir, false)
}

fn list_dirs(dir: &Path) -> Result<Vec<String>> {
    list(dir, true)
}

fn list(dir: &Path, dirs: bool) -> Result<Vec<String>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error("read", dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        if entry.path().is_dir() == dirs {
            if let Some(name) = entry.file_name().to_str() {
                out.push(name.to_owned());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// `changes-….jsonl.gz` or `snapshot-….jsonl.gz` (or without `.gz`),
/// nothing else.
fn is_change_file(name: &str) -> bool {
    let stem = |prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|r| r.strip_suffix(".gz").or(Some(r)))
            .and_then(|r| r.strip_suffix(".jsonl"))
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'))
    };
    stem("changes-") || stem("snapshot-")
}

/// A copy a sync tool made when two computers changed one file.
fn is_conflict_copy(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains("sync-conflict")
        || lower.contains("conflicted copy")
        || lower.contains("(conflict")
}

fn read_device(
    store: &Store,
    clock: &dyn Clock,
    dir: &Path,
    device: &str,
    now_ms: i64,
    backed_up: &mut bool,
    report: &mut SyncReport,
) -> Result<()> {
    // Its description: name and format version.
    let mut name = crate::tr!("sync-note-unnamed-computer", id = short(device));
    if let Ok(bytes) = fs::read(dir.join(DEVICE_FILE)) {
        if let Ok(desc) = serde_json::from_slice::<Json>(&bytes) {
            if desc["version"].as_u64().is_some_and(|v| v > VERSION) {
                report.notes.push(crate::tr!(
                    "sync-note-newer",
                    name = desc["name"].as_str().unwrap_or(&name)
                ));
                return Ok(());
            }
            if let Some(n) = desc["name"].as_str() {
                name = n.chars().take(NAME_MAX).collect();
            }
        }
    }
    // How far its clock is ahead, over every file read: one note per sync.
    let mut ahead: i64 = 0;
    for file in list_files(dir)? {
        if file == DEVICE_FILE || file.starts_with(".tmp-") {
            continue;
        }
        if is_conflict_copy(&file) {
            report.notes.push(crate::tr!(
                "sync-note-conflict-copy",
                file = file.as_str(),
                name = name.as_str()
            ));
            continue;
        }
        if !is_change_file(&file) {
            continue;
        }
        let path = dir.join(&file);
        let Ok(meta) = fs::metadata(&path) else {
            continue;
        };
        if store.read(|c| db::applied_size(c, device, &file))? == Some(meta.len()) {
            continue;
        }
        // The compressed file is read whole (a tenth of its lines' size) and
        // its lines one at a time: a handle held open for the whole merge
        // would keep a sync tool from replacing the file on Windows.
        let Ok(bytes) = fs::read(&path) else {
            // Held open by the sync tool, or gone since the listing.
            report.notes.push(crate::tr!(
                "sync-note-arriving",
                name = name.as_str(),
                file = file.as_str()
            ));
            continue;
        };
        let refused = |why: Refused, report: &mut SyncReport| {
            let (name, file) = (name.as_str(), file.as_str());
            report.notes.push(match why {
                Refused::Incomplete => crate::tr!("sync-note-arriving", name = name, file = file),
                Refused::Unreadable => {
                    crate::tr!("sync-note-unreadable", name = name, file = file)
                }
                Refused::Newer => crate::tr!("sync-note-newer-writer", name = name),
            });
        };
        let (header, changes) = match format::open(&bytes) {
            Ok(opened) => opened,
            Err(why) => {
                refused(why, report);
                if why == Refused::Newer {
                    return Ok(());
                }
                continue;
            }
        };
        if header.device != device {
            report.notes.push(crate::tr!(
                "sync-note-foreign-file",
                name = name.as_str(),
                file = file.as_str()
            ));
            continue;
        }
        let known = store.read(|c| db::peer_known(c, device))?;
        if !known && !*backed_up && header.count > 0 {
            // A backup before the first merge from a computer never seen.
            super::ops::backup_files::backup_now(store, clock)?;
            *backed_up = true;
        }
        let size = meta.len();
        let file_name = header
            .name
            .as_deref()
            .map_or_else(|| name.clone(), |n| n.chars().take(NAME_MAX).collect());
        // Its newest clock, and the newest of its own device's.
        let (mut newest, mut newest_any): (Option<Hlc>, Option<Hlc>) = (None, None);
        // A snapshot (a new computer's first sync) is the whole history:
        // read and merged a chunk at a time in one transaction, which a
        // file found not whole at its end rolls back.
        let bulk = header.count > BULK_CHANGES;
        let mut not_whole = None;
        let merged = store.write_maybe_bulk(bulk, |tx| {
            let mut n = 0;
            let read = changes.merge_each(MERGE_CHUNK, |chunk| {
                for h in chunk.iter().filter_map(|c| Hlc::parse(&c.hlc).ok()) {
                    if h.device == device && newest.as_ref().is_none_or(|n| h > *n) {
                        newest = Some(h.clone());
                    }
                    if newest_any.as_ref().is_none_or(|n| h > *n) {
                        newest_any = Some(h);
                    }
                }
                n += db::merge(tx, chunk)?;
                Ok(())
            })?;
            if let Err(why) = read {
                not_whole = Some(why);
                return Err(Error::Internal("a sync file was not whole".into()));
            }
            if let Some(h) = &newest_any {
                db::receive_hlc(tx, h, now_ms)?;
            }
            db::put_peer(
                tx,
                device,
                &file_name,
                newest.as_ref().map(Hlc::encode).as_deref(),
                now_ms,
            )?;
            db::mark_applied(tx, device, &file, size)?;
            Ok(n)
        });
        let applied = match (merged, not_whole) {
            (_, Some(why)) => {
                refused(why, report);
                continue;
            }
            (merged, None) => merged?,
        };
        name = file_name;
        if let Some(h) = &newest {
            ahead = ahead.max(h.ahead_of(now_ms));
        }
        report.applied += applied;
        report.files_read += 1;
    }
    if ahead > AHEAD_NOTE_MS {
        report.notes.push(crate::tr!(
            "sync-note-clock-ahead",
            name = name.as_str(),
            count = ahead / AHEAD_NOTE_MS
        ));
    }
    if !store.read(|c| db::peer_known(c, device))? && dir.join(DEVICE_FILE).is_file() {
        store.write(|tx| db::put_peer(tx, device, &name, None, now_ms))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offered_name_is_one_configure_accepts() {
        // Whatever this machine's host name is, the offer is a valid name.
        let name = suggested_device_name();
        assert!(
            !name.is_empty() && name.chars().count() <= NAME_MAX,
            "{name:?}"
        );
        assert!(
            !name.contains('.') && !name.chars().any(char::is_control),
            "{name:?}"
        );
    }

    /// A computer with `wins` wins of seeded history and sync on.
    struct Synced {
        store: Store,
        clock: crate::clock::FixedClock,
        _dirs: [tempfile::TempDir; 2],
    }

    impl Synced {
        fn with_wins(wins: usize) -> Synced {
            let clock = crate::testing::bench_clock();
            let (folder, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
            let store = Store::open_in(data.path()).unwrap();
            crate::testing::seed_wins(&store, &clock, wins);
            configure(&store, &clock, folder.path(), "Laptop").unwrap();
            Synced {
                store,
                clock,
                _dirs: [folder, data],
            }
        }
    }

    #[test]
    fn a_snapshot_merged_a_chunk_at_a_time_is_the_history_merged_whole() {
        // Rest days come before the steps they name in a snapshot (key
        // order), so small chunks make rows wait for a parent, and a row's
        // fields fall on both sides of a chunk's end.
        let a = Synced::with_wins(300);
        let bytes = fs::read(compact(&a.store, &a.clock).unwrap()).unwrap();
        let fields = a.store.read(db::fields_head).unwrap().count;
        let expected = a.store.read(db::canonical_dump).unwrap();
        assert!(expected.len() > 500, "{}", expected.len());
        for chunk in [1, 2, 7, 1000, MERGE_CHUNK] {
            let b_dir = tempfile::tempdir().unwrap();
            let b = Store::open_in(b_dir.path()).unwrap();
            let (_, changes) = format::open(&bytes).unwrap();
            let mut chunks = 0;
            let read = b
                .write(|tx| {
                    changes.merge_each(chunk, |c| {
                        chunks += 1;
                        db::merge(tx, c).map(drop)
                    })
                })
                .unwrap();
            assert_eq!(read, Ok(fields), "chunks of {chunk}");
            assert_eq!(chunks, fields.div_ceil(chunk), "chunks of {chunk}");
            assert_eq!(b.read(db::unplaced_count).unwrap(), 0, "chunks of {chunk}");
            let got = b.read(db::canonical_dump).unwrap();
            // Compared whole, shown short: a dump is hundreds of rows.
            assert!(
                got == expected,
                "chunks of {chunk}: {} rows, {} expected",
                got.len(),
                expected.len()
            );
        }
    }

    #[test]
    fn a_snapshot_found_cut_short_after_merging_began_leaves_nothing_behind() {
        // More fields than one chunk: merging begins before the end.
        let a = Synced::with_wins(6_000);
        let clock = &a.clock;
        let snapshot = compact(&a.store, clock).unwrap();
        let fields = a.store.read(db::fields_head).unwrap().count;
        assert!(fields > MERGE_CHUNK, "{fields}");
        // The sync tool has copied all but the closing line.
        let mut plain = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(&fs::read(&snapshot).unwrap()[..]),
            &mut plain,
        )
        .unwrap();
        let cut = plain[..plain.len() - 1]
            .iter()
            .rposition(|b| *b == b'\n')
            .unwrap();
        fs::write(&snapshot, &plain[..=cut]).unwrap();

        let (b_folder, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let b = Store::open_in(b_dir.path()).unwrap();
        configure(&b, clock, b_folder.path(), "Desk").unwrap();
        let before = b.read(db::canonical_dump).unwrap();
        // B reads A's folder as it would any other computer's.
        let a_id = a.store.read(|c| db::state(c, "device")).unwrap().unwrap();
        let theirs = b_folder.path().join(ROOT).join(&a_id);
        fs::create_dir_all(&theirs).unwrap();
        fs::copy(&snapshot, theirs.join(snapshot.file_name().unwrap())).unwrap();
        let report = sync_now(&b, clock).unwrap();
        assert_eq!(report.applied, 0);
        assert!(
            report.notes.iter().any(|n| n.contains("still arriving")),
            "{:?}",
            report.notes
        );
        let after = b.read(db::canonical_dump).unwrap();
        assert!(
            after == before,
            "{} rows, {} before",
            after.len(),
            before.len()
        );
        assert_eq!(b.read(db::unplaced_count).unwrap(), 0);
    }

    #[test]
    fn two_writers_of_one_name_at_once_both_finish_and_leave_it_whole() {
        // The app and the command line flushing the same batch at once.
        let dir = tempfile::tempdir().unwrap();
        let name = "changes-1795000000000000000-1795000000000000001.jsonl.gz";
        let body: Vec<u8> = (0..(1 << 18)).map(|i| (i % 251) as u8).collect();
        std::thread::scope(|s| {
            let writers: Vec<_> = (0..2)
                .map(|_| {
                    s.spawn(|| {
                        for _ in 0..10 {
                            write_whole(dir.path(), name, &body)?;
                        }
                        Ok::<(), Error>(())
                    })
                })
                .collect();
            for w in writers {
                w.join().unwrap().unwrap();
            }
        });
        assert_eq!(fs::read(dir.path().join(name)).unwrap(), body);
        assert_eq!(list_files(dir.path()).unwrap(), vec![name.to_owned()]);
    }
}
