//! Files written whole, in the way every OS allows, and paths shown to a
//! person in their OS's own form.
//!
//! Everything Cairn writes outside its database (backups, exports, sync
//! files, `device.json`, the chronicle's picture) goes through
//! [`write_whole`] or [`replace`], so a crash or a reader never meets a
//! half-written file under its real name. Three rules differ on Windows,
//! and each holds everywhere here:
//! - a file is flushed to disk through a handle opened for writing
//!   (`FlushFileBuffers` refuses a read-only one with "access denied");
//! - a file is renamed over another only once every handle of ours on the
//!   source is closed;
//! - a file another program holds open without delete sharing (a sync
//!   tool, a virus scanner, a picture viewer) cannot be replaced for a
//!   moment: [`replace`] tries again briefly before giving up.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long [`replace`] keeps trying while another program holds the file
/// it replaces: long enough for a scanner's look or a sync tool's hash
/// (tens of milliseconds, seen in their own issue trackers), short enough
/// that a person never waits on a write that cannot succeed.
const REPLACE_PATIENCE: Duration = Duration::from_millis(1500);

/// A temporary name beside `path`, unique to this process and call, that
/// starts with `.tmp-` (sync folders and the backup list skip such names).
pub fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let unique = uuid::Uuid::new_v4().simple().to_string();
    path.with_file_name(format!(
        ".tmp-{}-{}-{name}",
        std::process::id(),
        &unique[..12]
    ))
}

/// Removes what a crash left in `folder`: temporary files (see
/// [`temp_beside`]) last written before `before`. A temporary file still
/// being written is newer than that; one that cannot be removed now (held
/// by another program) is left for the next time. Returns how many went.
pub fn remove_stale_temporaries(folder: &Path, before: std::time::SystemTime) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(".tmp-") {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|written| written < before);
        if stale && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Writes `body` to `path` whole: into a temporary file beside it, flushed
/// to disk, then renamed over `path`. An existing file is replaced only by
/// a complete one; on failure the temporary file is removed.
pub fn write_whole(path: &Path, body: &[u8]) -> io::Result<()> {
    write_whole_with(path, |out| out.write_all(body))
}

/// [`write_whole`] for output written in pieces: `fill` writes into a
/// buffered temporary file.
pub fn write_whole_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let tmp = temp_beside(path);
    let result = (|| {
        let file = File::create(&tmp)?;
        let mut out = io::BufWriter::new(file);
        fill(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        // Closed before the rename: Windows renames a file only when no
        // handle of ours still holds it without delete sharing.
        drop(file);
        replace(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Flushes a file that another writer (SQLite) has closed: opened for
/// writing, because Windows flushes only through a handle with write
/// access.
pub fn flush(path: &Path) -> io::Result<()> {
    OpenOptions::new().write(true).open(path)?.sync_all()
}

/// Renames `from` over `to`, replacing it. On Windows a file held open by
/// another program may refuse for a moment; this tries again for a little
/// while (see [`REPLACE_PATIENCE`]) before giving up. Where the OS allows
/// it, the folder is flushed too, so the new name survives a power cut.
pub fn replace(from: &Path, to: &Path) -> io::Result<()> {
    let mut wait = Duration::from_millis(5);
    let mut waited = Duration::ZERO;
    loop {
        match std::fs::rename(from, to) {
            Ok(()) => break,
            Err(e) if is_held_by_another(&e) && waited < REPLACE_PATIENCE => {
                tracing::debug!(error = %e, path = %to.display(), "file held open; trying again");
                std::thread::sleep(wait);
                waited += wait;
                wait = (wait * 2).min(Duration::from_millis(200));
            }
            Err(e) => return Err(e),
        }
    }
    flush_folder(to);
    Ok(())
}

/// Whether an error means another handle holds the file for now: Windows'
/// sharing and lock violations, and "access denied", which is what a
/// rename over a file open without delete sharing (or being deleted)
/// answers.
fn is_held_by_another(e: &io::Error) -> bool {
    const ERROR_ACCESS_DENIED: i32 = 5;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    const ERROR_LOCK_VIOLATION: i32 = 33;
    cfg!(windows)
        && matches!(
            e.raw_os_error(),
            Some(ERROR_ACCESS_DENIED | ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
        )
}

/// Flushes the folder's entry for `path` on Unix, where a rename is durable
/// only once its folder is; Windows has no handle for that (NTFS journals
/// the rename itself). Best effort: the data itself is already on disk.
fn flush_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent() {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Err(e) = File::open(folder).and_then(|f| f.sync_all()) {
            tracing::debug!(error = %e, "could not flush the folder");
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// A path as the person's OS writes it, for sentences and the window:
/// on Windows without the `\\?\` prefix `canonicalize` adds (where the path
/// means the same without it) and with `\` throughout, so
/// `\\?\C:\Users\Ana/Sync` reads `C:\Users\Ana\Sync`.
pub fn shown(path: &Path) -> String {
    #[cfg(windows)]
    {
        let text = dunce::simplified(path)
            .display()
            .to_string()
            .replace('/', "\\");
        // dunce keeps a verbatim share path as it is (it cannot know the
        // share's rules); shown, it reads as the person typed it.
        match text.strip_prefix(r"\\?\UNC\") {
            Some(share) => format!(r"\\{share}"),
            None => text,
        }
    }
    #[cfg(not(windows))]
    {
        path.display().to_string()
    }
}

/// [`std::fs::canonicalize`] without Windows' verbatim `\\?\` prefix where
/// the path means the same without it, so a stored folder reads as the
/// person chose it.
pub fn canonical(path: &Path) -> io::Result<PathBuf> {
    dunce::canonicalize(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A temporary folder holding one file, `name`, with `body`.
    fn folder_with(name: &str, body: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        (dir, path)
    }

    #[test]
    fn a_whole_write_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.json");
        write_whole(&path, b"first").unwrap();
        write_whole(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["device.json"]);
    }

    #[test]
    fn a_failed_fill_keeps_the_old_file_and_removes_the_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        write_whole(&path, b"old").unwrap();
        let err = write_whole_with(&path, |out| {
            out.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_write_into_a_missing_folder_fails_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("file");
        assert!(write_whole(&path, b"x").is_err());
        assert!(!dir.path().join("gone").exists());
    }

    #[test]
    fn only_stale_temporary_files_are_removed() {
        let (dir, backup) = folder_with("cairn-2026-12-01.sqlite3", b"kept");
        let left = temp_beside(&backup);
        std::fs::write(&left, b"a crash left it").unwrap();
        let written = std::fs::metadata(&left).unwrap().modified().unwrap();
        assert_eq!(
            remove_stale_temporaries(dir.path(), written),
            0,
            "not older yet"
        );
        let later = written + Duration::from_secs(3600);
        assert_eq!(remove_stale_temporaries(dir.path(), later), 1);
        assert!(!left.exists());
        assert_eq!(std::fs::read(&backup).unwrap(), b"kept");
        assert_eq!(remove_stale_temporaries(&dir.path().join("none"), later), 0);
    }

    #[test]
    fn temporary_names_are_hidden_beside_the_file_and_unique() {
        let path = Path::new("folder").join("changes-1-2.jsonl.gz");
        let a = temp_beside(&path);
        let b = temp_beside(&path);
        assert_ne!(a, b);
        assert_eq!(a.parent(), path.parent());
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(".tmp-"), "{name}");
        assert!(name.ends_with("-changes-1-2.jsonl.gz"), "{name}");
    }

    /// Regression: Windows' `FlushFileBuffers` refuses a read-only handle,
    /// so every backup failed there (issue 21).
    #[test]
    fn a_closed_file_is_flushed_through_a_handle_that_may_write() {
        let (dir, path) = folder_with("copy.sqlite3", b"pages");
        flush(&path).unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"pages",
            "flushing writes nothing"
        );
        assert!(flush(&dir.path().join("missing")).is_err());
    }

    /// Regression: a sync tool or a scanner holding the file a moment
    /// (here: our own handle, which Windows treats the same way) made the
    /// replace fail at once on Windows (issue 21).
    #[test]
    fn a_file_held_open_for_a_moment_is_still_replaced() {
        let (_dir, path) = folder_with("changes.jsonl.gz", b"old");
        let holder = hold_without_delete_sharing(&path);
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(150));
            drop(holder);
        });
        write_whole(&path, b"new").unwrap();
        release.join().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    /// Opens `path` the way Syncthing or a scanner does on Windows: reading,
    /// with no delete sharing, so it cannot be replaced while open.
    fn hold_without_delete_sharing(path: &Path) -> File {
        #[cfg(windows)]
        {
            use std::os::windows::fs::OpenOptionsExt;
            const FILE_SHARE_READ: u32 = 1;
            OpenOptions::new()
                .read(true)
                .share_mode(FILE_SHARE_READ)
                .open(path)
                .unwrap()
        }
        #[cfg(not(windows))]
        {
            File::open(path).unwrap()
        }
    }

    #[test]
    fn a_file_held_open_for_good_fails_after_a_while_and_keeps_the_old_file() {
        let (dir, path) = folder_with("picture.png", b"old");
        let _holder = hold_without_delete_sharing(&path);
        let result = write_whole(&path, b"new");
        if cfg!(windows) {
            assert!(result.is_err(), "Windows refuses while it is held");
            drop(_holder);
            assert_eq!(std::fs::read(&path).unwrap(), b"old");
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        } else {
            // Unix replaces the name; the holder keeps the old contents.
            result.unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), b"new");
        }
    }

    #[test]
    fn paths_are_shown_in_the_systems_own_form() {
        let dir = tempfile::tempdir().unwrap();
        let canonical = canonical(dir.path()).unwrap();
        let shown_canonical = shown(&canonical);
        assert!(!shown_canonical.starts_with(r"\\?\"), "{shown_canonical}");
        if cfg!(windows) {
            // A drive, then backslashes only, however the path was written.
            let mixed = PathBuf::from(format!("{}/Sync", shown_canonical)).join("Cairn");
            let text = shown(&mixed);
            assert!(!text.contains('/'), "{text}");
            assert!(text.ends_with(r"\Sync\Cairn"), "{text}");
            assert_eq!(text.as_bytes()[1], b':', "{text}");
            assert_eq!(
                shown(Path::new(r"\\?\C:\Users\Ana\Sync")),
                r"C:\Users\Ana\Sync"
            );
            assert_eq!(
                shown(Path::new(r"\\?\UNC\server\share\Cairn")),
                r"\\server\share\Cairn"
            );
        } else {
            assert_eq!(shown(Path::new("/home/ana/Sync")), "/home/ana/Sync");
            assert_eq!(shown_canonical, canonical.display().to_string());
        }
    }
}
