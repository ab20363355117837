//! Import: a Cairn JSON export, a Loop Habit Tracker backup (`.db`),
//! Loop's CSV export (a folder or a zip of it), a Habo backup or a Beaver
//! Habit Tracker export (both JSON), recognised by content.
//!
//! Every importer reads its file into a [`Plan`] of validated domain rows
//! without touching the database. [`preview`] says what of it is new;
//! [`apply`] adds exactly that in one transaction. Rows carry stable ids
//! (an export's own, or ids derived from the other app's file), so
//! importing the same file twice adds nothing the second time. What
//! another app keeps that has no place in Cairn is counted in the plan's
//! `left_out`, for the preview to say so.

pub mod beaver;
pub mod cairn;
pub mod habo;
pub mod loop_csv;
pub mod loop_db;

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::Store;

use super::ops::merge::{add_new_in, preview_in};
pub use super::ops::merge::{LeftOut, LeftOutKind, Plan, Preview, SourceKind};

/// Largest Loop, Habo or Beaver file an import reads, and the most a zip
/// may unpack to.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// Largest Cairn export an import reads (parsed as it is read): about six
/// million wins.
pub const MAX_EXPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// A yes or no as the other apps write it: Habo 1 or 0, Beaver true or
/// false (either reads the same, as a hand may write both).
#[derive(serde::Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(untagged)]
pub(crate) enum Flag {
    Bool(bool),
    Number(f64),
}

/// Whether `flag` says yes; absent is no.
pub(crate) fn yes(flag: Option<Flag>) -> bool {
    match flag {
        Some(Flag::Bool(b)) => b,
        Some(Flag::Number(n)) => n != 0.0,
        None => false,
    }
}

/// A win from an app that keeps days, not times: a check of `step` on
/// `date`. It is logged at noon UTC, which keeps the day in most time
/// zones should anything read the instant.
pub(crate) fn day_win(
    id: &str,
    text: String,
    note: String,
    date: chrono::NaiveDate,
    goal: &crate::domain::GoalId,
    step: &crate::domain::StepId,
    amount: Option<crate::domain::measure::Amount>,
) -> crate::domain::Win {
    crate::domain::Win {
        id: crate::domain::WinId::from_trusted(id.to_owned()),
        text,
        note,
        logged_at: date.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc(),
        local_date: date,
        goal_id: Some(goal.clone()),
        step_id: Some(step.clone()),
        source: crate::domain::WinSource::Import,
        amount,
    }
}

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
/// "too-large", "export-too-large", "unknown-kind", "csv-…", "zip-…",
/// "habo-…", "beaver-…".
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
        let mut head = Vec::with_capacity(HEAD_BYTES as usize);
        open_for_import(path)?
            .take(HEAD_BYTES)
            .read_to_end(&mut head)
            .map_err(|e| unreadable("unreadable", e))?;
        head
    };
    if head.starts_with(b"SQLite format 3\0") {
        loop_db::read(path, clock.now())
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        loop_csv::read_zip(path, clock.now())
    } else if starts_with_key(&head, "format") {
        // What Cairn writes: parsed as it is read, however large.
        cairn::read_file(path, clock)
    } else if matches!(json_start(&head), Some(b'{' | b'[')) {
        read_json(path, clock)
    } else {
        Err(unreadable("unknown-kind", path.display()))
    }
}

/// How much of a file's start tells its kind.
const HEAD_BYTES: u64 = 4096;

/// The text's first byte after a byte-order mark and white space.
fn json_start(head: &[u8]) -> Option<u8> {
    head.iter()
        .position(|b| !b" \t\r\n\xef\xbb\xbf".contains(b))
        .map(|i| head[i])
}

/// Whether `head` opens a JSON object whose first key is `key`, as every
/// Cairn export does (`"format"`).
fn starts_with_key(head: &[u8], key: &str) -> bool {
    let skip = |bytes: &[u8]| -> usize {
        bytes
            .iter()
            .position(|b| !b" \t\r\n\xef\xbb\xbf".contains(b))
            .unwrap_or(bytes.len())
    };
    let at = skip(head);
    let Some(rest) = head.get(at..).and_then(|r| r.strip_prefix(b"{")) else {
        return false;
    };
    let rest = &rest[skip(rest)..];
    let quoted = format!("\"{key}\"");
    rest.starts_with(quoted.as_bytes())
}

/// What a JSON file is, told by its keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Cairn,
    Habo,
    Beaver,
    /// JSON, but none of the three.
    Neither,
}

/// Tells a Cairn export, a Habo backup and a Beaver Habit Tracker export
/// apart. Habo writes a list of habits (before version 3) or an object
/// with `habits`, `categories` and `metadata`, each habit with a `title`
/// and its `events`; Beaver an object with `habits` (and `user_email`,
/// `exported_at` or `order`), each with a `name` and its `records`; Cairn
/// an object with `format`. Any other object is read as a Cairn export,
/// which says what is missing.
pub fn json_kind(value: &serde_json::Value) -> JsonKind {
    use serde_json::Value;
    let habit_is = |habit: &Value, keys: &[&str]| keys.iter().any(|k| habit.get(k).is_some());
    match value {
        Value::Array(items) => {
            if items
                .iter()
                .all(|h| h.is_object() && habit_is(h, &["title", "events"]))
            {
                JsonKind::Habo
            } else {
                JsonKind::Neither
            }
        }
        Value::Object(top) => {
            let has = |keys: &[&str]| keys.iter().any(|k| top.contains_key(*k));
            if has(&["format"]) {
                return JsonKind::Cairn;
            }
            let Some(habits) = top.get("habits") else {
                return JsonKind::Cairn;
            };
            if has(&["categories", "habit_categories", "metadata"]) {
                return JsonKind::Habo;
            }
            if has(&["user_email", "exported_at", "order", "order_by"]) {
                return JsonKind::Beaver;
            }
            match habits.as_array().map(|h| h.first()) {
                Some(Some(first)) if habit_is(first, &["title", "events"]) => JsonKind::Habo,
                Some(Some(first)) if habit_is(first, &["name", "records"]) => JsonKind::Beaver,
                // Beaver's own import reads `{"habits": []}`.
                Some(None) => JsonKind::Beaver,
                _ => JsonKind::Neither,
            }
        }
        _ => JsonKind::Neither,
    }
}

/// Reads a JSON file that is not a Cairn export as Cairn writes it: parsed
/// once, then read as what its keys say it is.
fn read_json(path: &Path, clock: &dyn Clock) -> Result<Plan> {
    let size = open_for_import(path)?
        .metadata()
        .map(|m| m.len())
        .unwrap_or(0);
    if size > MAX_BYTES {
        // Only a Cairn export may be this large; it says what is wrong.
        return cairn::read_file(path, clock);
    }
    let bytes = read_capped(path)?;
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    let value: serde_json::Value =
        serde_json::from_slice(text).map_err(|e| unreadable("not-json", e))?;
    match json_kind(&value) {
        JsonKind::Cairn => cairn::read(&bytes, clock),
        JsonKind::Habo => habo::from_json(value, clock.now()),
        JsonKind::Beaver => beaver::from_json(value, clock.now()),
        JsonKind::Neither => Err(unreadable("not-cairn", path.display())),
    }
}

/// Cuts a note to [`NOTE_MAX`](crate::domain::text::NOTE_MAX) characters,
/// keeping its line breaks and tabs and turning other control characters
/// into spaces, for notes another app allows longer.
pub(crate) fn fit_note(text: &str) -> String {
    use crate::domain::text::NOTE_MAX;
    let kept: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let trimmed = kept.trim();
    if trimmed.chars().count() <= NOTE_MAX {
        trimmed.to_owned()
    } else {
        let mut cut: String = trimmed.chars().take(NOTE_MAX - 1).collect();
        cut.push('…');
        cut
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_cairn_export_is_told_by_its_first_key() {
        let check = |head: &[u8], expected: bool| {
            assert_eq!(
                starts_with_key(head, "format"),
                expected,
                "{}",
                String::from_utf8_lossy(head)
            );
        };
        check(b"{\"format\":\"cairn-export\"", true);
        check(b"\xef\xbb\xbf {\n  \"format\": 1", true);
        check(b"{\"habits\": [], \"format\": 1}", false);
        check(b"[{\"format\": 1}]", false);
        check(b"{\"form", false);
        check(b"", false);
    }

    #[test]
    fn json_kinds_are_told_by_their_keys() {
        let check = |value: serde_json::Value, expected: JsonKind| {
            assert_eq!(json_kind(&value), expected, "{value}");
        };
        check(
            json!({"format": "cairn-export", "habits": []}),
            JsonKind::Cairn,
        );
        check(json!({"hello": 1}), JsonKind::Cairn);
        check(json!([]), JsonKind::Habo);
        check(json!([{"title": "Read", "events": {}}]), JsonKind::Habo);
        check(json!([{"name": "Read"}]), JsonKind::Neither);
        check(json!([1, 2]), JsonKind::Neither);
        check(
            json!({"habits": [], "categories": [], "metadata": {}}),
            JsonKind::Habo,
        );
        check(
            json!({"habits": [{"title": "Read", "events": {}}]}),
            JsonKind::Habo,
        );
        check(
            json!({"user_email": "a@b.c", "exported_at": "2025-01-02 10:00:00", "habits": []}),
            JsonKind::Beaver,
        );
        check(
            json!({"habits": [{"name": "Read", "records": []}]}),
            JsonKind::Beaver,
        );
        check(json!({"habits": []}), JsonKind::Beaver);
        check(json!({"habits": 5}), JsonKind::Neither);
        check(json!({"habits": [{"x": 1}]}), JsonKind::Neither);
        check(json!("text"), JsonKind::Neither);
    }

    #[test]
    fn notes_keep_their_lines_and_fit() {
        assert_eq!(fit_note("  a\r\nb\tc\u{7}d "), "a\nb\tc d");
        assert_eq!(fit_note(&"x".repeat(3000)).chars().count(), 2000);
    }
}
