//! This computer's side of sync: its device file, its recorded changes
//! written to the folder as immutable files, and folding many of them into
//! one snapshot.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::clock::Clock;
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};
use crate::store::sync::{self as db, Change};
use crate::store::Store;

use super::*;

/// Writes this computer's `device.json` (its name and incarnation), whole.
pub(super) fn write_device_file(cfg: &Config) -> Result<()> {
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
pub(super) fn write_whole(dir: &Path, name: &str, body: &[u8]) -> Result<()> {
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
