//! Import: a Cairn JSON export, a Loop Habit Tracker backup (`.db`), or
//! Loop's CSV export (a folder or a zip of it), recognised by content.
//!
//! Every importer reads its file into a [`Plan`] of validated domain rows
//! without touching the database. [`preview`] says what of it is new;
//! [`apply`] adds exactly that in one transaction. Rows carry stable ids
//! (an export's own, or ids derived from the Loop file), so importing the
//! same file twice adds nothing the second time.

pub mod cairn;
pub mod loop_csv;
pub mod loop_db;

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::Store;

use super::ops::merge::{add_new_in, preview_in};
pub use super::ops::merge::{Plan, Preview, SourceKind};

/// Largest Loop file an import reads, and the most a zip may unpack to.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// Largest Cairn export an import reads (parsed as it is read): about six
/// million wins.
pub const MAX_EXPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// A stable id (UUID text) derived from `parts`: the same Loop file gives
/// the same ids on every import.
pub fn derived_id(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for p in parts {
        hash.update((p.len() as u64).to_le_bytes());
        hash.update(p.as_bytes());
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    // A version-8 ("custom") UUID, RFC 9562.
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(bytes).to_string()
}

/// `why` names the reason, one sentence each in `import-error-unreadable`:
/// "not-json", "not-cairn", "no-version", "wrong-field", "unreadable",
/// "too-large", "export-too-large", "unknown-kind", "csv-…", "zip-…".
pub(crate) fn unreadable(why: &str, detail: impl std::fmt::Display) -> Error {
    tracing::warn!(%detail, why, "import refused");
    Error::Validation(crate::tr!("import-error-unreadable", why = why))
}

/// Opens a file to import, or says it cannot.
pub(crate) fn open_for_import(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| {
        tracing::warn!(error = %e, path = %path.display(), "cannot open import");
        Error::NotFound(crate::tr!(
            "import-error-cannot-open",
            path = crate::files::shown(path)
        ))
    })
}

/// Reads at most [`MAX_BYTES`] of a file.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let file = open_for_import(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable("unreadable", e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(unreadable("too-large", path.display()));
    }
    Ok(bytes)
}

/// Reads any importable file (or Loop's CSV folder) into a plan, telling
/// the kind by its content, not its name.
pub fn read_path(path: &Path, clock: &dyn Clock) -> Result<Plan> {
    if path.is_dir() {
        return loop_csv::read_folder(path, clock.now());
    }
    let head = {
        let mut head = [0u8; 16];
        let n = open_for_import(path)?
            .read(&mut head)
            .map_err(|e| unreadable("unreadable", e))?;
        head[..n].to_vec()
    };
    if head.starts_with(b"SQLite format 3\0") {
        loop_db::read(path, clock.now())
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        loop_csv::read_zip(path, clock.now())
    } else {
        let start = head
            .iter()
            .position(|b| !b" \t\r\n\xef\xbb\xbf".contains(b))
            .map(|i| head[i]);
        if start == Some(b'{') {
            cairn::read_file(path, clock)
        } else {
            Err(unreadable("unknown-kind", path.display()))
        }
    }
}

/// What importing `plan` would add; nothing is written.
pub fn preview(store: &Store, plan: &Plan) -> Result<Preview> {
    store.read(|conn| preview_in(conn, plan))
}

/// Adds what of `plan` is new, in one transaction: new goals after the
/// existing ones, new steps after their goal's steps.
pub fn apply(store: &Store, clock: &dyn Clock, plan: &Plan) -> Result<Preview> {
    store.write_bulk(|tx| add_new_in(tx, clock, plan))
}

/// Reads `path` and imports it, or with `dry_run` only says what it would
/// add. The window, the command line and the tests all come here.
pub fn import_path(
    store: &Store,
    clock: &dyn Clock,
    path: &Path,
    dry_run: bool,
) -> Result<Preview> {
    let plan = read_path(path, clock)?;
    if dry_run {
        preview(store, &plan)
    } else {
        apply(store, clock, &plan)
    }
}
