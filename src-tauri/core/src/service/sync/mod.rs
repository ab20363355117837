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
//!
//! Here: setting sync up, turning it off, forgetting a computer and the
//! status Settings shows. This computer's files are written in
//! `outgoing.rs`, the other computers' files read and merged in
//! `incoming.rs` ("Sync now"), and the file format is `format.rs`. The SQL
//! (recording, merging by clock, peers) is `store/sync/`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};
use serde::Serialize;

use crate::clock::Clock;
use crate::domain::hlc::Hlc;
use crate::error::{Error, Result};
use crate::store::sync::{self as db};
use crate::store::Store;

mod format;
mod incoming;
mod outgoing;

pub use incoming::sync_now;
use outgoing::write_device_file;
pub use outgoing::{compact, flush_outbox};

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

#[cfg(test)]
mod tests {
    use std::fs;

    use super::incoming::list_files;
    use super::outgoing::write_whole;
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
