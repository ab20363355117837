//! Every other computer's side of sync: reading each device folder's new
//! files (whatever a person may meet there becomes a note), merging their
//! changes, and the backup before a new computer's first merge. "Sync now"
//! starts here: it writes this computer's changes first.

use std::fs;
use std::path::Path;

use serde_json::Value as Json;

use crate::clock::Clock;
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};
use crate::store::sync as db;
use crate::store::Store;

use super::*;

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

pub(super) fn list_files(dir: &Path) -> Result<Vec<String>> {
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
            super::super::ops::backup_files::backup_now(store, clock)?;
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
