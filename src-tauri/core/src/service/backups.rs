//! Automatic backups and restore: one copy of the database a day in
//! `backups/` beside it, named by date, the last 7 days and 4 weeks kept
//! (the folder itself is `ops/backup_files.rs`); a restore first keeps the
//! current database aside as a backup itself, so it can be undone; and the
//! rescue of a damaged database, at start or by the day's check.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::store::Store;

pub use super::ops::backup_files::{
    backup_dir, backup_now, days_to_keep, list, prune, BackupInfo, BackupKind, BACKUP_DIR, EVERY,
    KEEP_BEFORE_RESTORE, KEEP_DAILY, KEEP_WEEKLY,
};
use super::ops::backup_files::{ensure_dir, info, io_error, BEFORE_RESTORE, PREFIX, SUFFIX};
use super::ops::merge::{add_new_in, everything_in};

/// What a restore did.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The backup now in use.
    pub restored: BackupInfo,
    /// The database as it was before; restoring it undoes the restore.
    pub kept_aside: BackupInfo,
}

/// A damaged database found at start and moved aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// Where the damaged file went (its WAL beside it, if any).
    pub moved_to: PathBuf,
    /// The newest backup that passes its check, to offer restoring.
    pub newest_backup: Option<BackupInfo>,
}

/// Beside the database: the local day of the last whole-file check that
/// passed. That check reads every page (about 70 ms at 100,000 wins on a
/// warm disk, most of a second from a cold one), so it runs once a day, at
/// the first start of the day, and after the first frame (see
/// [`check_when_due`]). Damage met in between still shows as a storage
/// error when a damaged page is read, and the next day's check finds it.
pub const CHECKED_FILE: &str = "cairn.checked";

/// Whether `dir`'s database passed its whole-file check on `day`.
fn checked_on(dir: &Path, day: NaiveDate) -> bool {
    std::fs::read_to_string(dir.join(CHECKED_FILE))
        .ok()
        .and_then(|text| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok())
        == Some(day)
}

fn note_checked(dir: &Path, day: NaiveDate) {
    // Only a hint: if it cannot be written, the next start checks again.
    if let Err(e) = std::fs::write(dir.join(CHECKED_FILE), day.to_string()) {
        tracing::warn!(error = %e, "could not note the database check");
    }
}

/// Opens the database in `dir` without reading all of it, so the first
/// frame never waits for the whole-file check. A file that does not open
/// because it is not a database (or is damaged where opening reads) is
/// never overwritten: it is moved aside, a fresh database is opened, and
/// what happened comes back so the window can say so and offer the newest
/// good backup. A database from a newer Cairn is refused, untouched.
///
/// When today's whole-file check is still due, the store comes back with
/// its writes held ([`Store::hold_writes`]): [`check_when_due`] runs the
/// check and lets them go, so no write is acknowledged into a file that
/// may yet be set aside.
pub fn open_or_recover(dir: &Path, clock: &dyn Clock) -> Result<(Store, Option<Recovered>)> {
    use crate::store::backup::{health, Health};
    let db = dir.join(crate::store::DB_FILE);
    let today = clock.today();
    let existed = db.exists();
    match Store::open_in(dir) {
        Ok(store) => {
            if !existed {
                // Nothing to check in a database made just now.
                note_checked(dir, today);
            } else if !checked_on(dir, today) {
                store.hold_writes();
            }
            return Ok((store, None));
        }
        // It does not open: the whole check says whether it is damaged.
        Err(e) if health(&db) != Health::Damaged => return Err(e),
        Err(_) => {}
    }
    let moved_to = move_aside(&db, clock)?;
    let store = Store::open_in(dir)?;
    store.write(|tx| super::ops::first_run::not_new_in(tx))?;
    note_checked(dir, today);
    let newest_backup = newest_good_backup(&store)?;
    Ok((
        store,
        Some(Recovered {
            moved_to,
            newest_backup,
        }),
    ))
}

/// Runs the whole-file check if [`open_or_recover`] left it due (this
/// store's writes held), then lets the writes go; otherwise does nothing.
/// The app calls it after the first frame, on a background thread at low
/// priority. If the file is damaged, it is moved aside (its WAL with it,
/// byte for byte) and a fresh database opened in its place before any held
/// write runs, so those writes land in the fresh one; what happened comes
/// back for the window, with the newest good backup to offer
/// ([`restore_carrying_over`] keeps what was written since).
pub fn check_when_due(store: &Store, clock: &dyn Clock) -> Result<Option<Recovered>> {
    use crate::store::backup::Health;
    if !store.writes_held() {
        return Ok(None);
    }
    // However this ends, the held writes go on.
    struct Resume<'a>(&'a Store);
    impl Drop for Resume<'_> {
        fn drop(&mut self) {
            self.0.resume_writes();
        }
    }
    let recovered = {
        let _resume = Resume(store);
        let db = store.path().to_owned();
        let dir = db.parent().unwrap_or(Path::new(".")).to_owned();
        match store.check_whole_file() {
            Health::Damaged => {}
            // Not noted: the next start checks again.
            Health::Unchecked => return Ok(None),
            Health::Sound | Health::Missing => {
                note_checked(&dir, clock.today());
                return Ok(None);
            }
        }
        let mut moved_to = None;
        store.start_fresh(|| {
            moved_to = Some(move_aside(&db, clock)?);
            Ok(())
        })?;
        note_checked(&dir, clock.today());
        Recovered {
            moved_to: moved_to.unwrap_or_default(),
            newest_backup: newest_good_backup(store)?,
        }
    };
    // The writes go on now; the fresh file's person is no new one.
    store.write(|tx| super::ops::first_run::not_new_in(tx))?;
    Ok(Some(recovered))
}

/// Moves the database at `db` (and its WAL and shared-memory files) to
/// `cairn-damaged-<local time>.sqlite3` beside it; returns the new path.
fn move_aside(db: &Path, clock: &dyn Clock) -> Result<PathBuf> {
    let stamp = clock.local_datetime(clock.now()).format("%Y-%m-%d-%H%M%S");
    let dir = db.parent().unwrap_or(Path::new("."));
    let moved_to = dir.join(format!("cairn-damaged-{stamp}.sqlite3"));
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", db.display()));
        if from.exists() {
            let to = PathBuf::from(format!("{}{suffix}", moved_to.display()));
            std::fs::rename(&from, &to).map_err(|e| io_error("move-aside", &from, e))?;
        }
    }
    tracing::error!(moved_to = %moved_to.display(), "damaged database moved aside");
    Ok(moved_to)
}

fn newest_good_backup(store: &Store) -> Result<Option<BackupInfo>> {
    Ok(list(store)?.into_iter().find(|b| b.wins.is_some()))
}

/// How long until the next backup is due, given when the newest was written.
pub fn due_in(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Duration {
    match last {
        None => Duration::zero(),
        Some(last) => (last + EVERY - now).max(Duration::zero()),
    }
}

/// How long until a backup is due (zero: now).
pub fn next_due(store: &Store, clock: &dyn Clock) -> Result<Duration> {
    let last = list(store)?
        .iter()
        .filter(|b| b.kind == BackupKind::Daily)
        .map(|b| b.written_at)
        .max();
    Ok(due_in(last, clock.now()))
}

/// Backs up if the newest backup is a day old or there is none.
pub fn backup_if_due(store: &Store, clock: &dyn Clock) -> Result<Option<BackupInfo>> {
    if next_due(store, clock)? > Duration::zero() {
        return Ok(None);
    }
    backup_now(store, clock).map(Some)
}

/// Replaces the database with the backup called `name`, keeping the
/// current one aside first (restoring that one undoes this).
pub fn restore(store: &Store, clock: &dyn Clock, name: &str) -> Result<Restored> {
    // Only a name from the list: never a path from outside the folder.
    let chosen = list(store)?
        .into_iter()
        .find(|b| b.name == name)
        .ok_or_else(|| Error::not_found("backup"))?;
    crate::store::backup::inspect(&chosen.path)?;
    let dir = ensure_dir(store)?;
    let now = clock.local_datetime(clock.now());
    let stem = format!(
        "{PREFIX}{}{BEFORE_RESTORE}{}",
        now.date(),
        now.format("%H%M%S")
    );
    let aside = (1..)
        .map(|n| match n {
            1 => dir.join(format!("{stem}{SUFFIX}")),
            n => dir.join(format!("{stem}-{n}{SUFFIX}")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{stem}{SUFFIX}")));
    store.backup_to(&aside)?;
    store.restore_from(&chosen.path)?;
    let kept_aside = info(aside, now.date(), BackupKind::BeforeRestore)?;
    prune(store)?;
    Ok(Restored {
        restored: chosen,
        kept_aside,
    })
}

/// [`restore`], keeping what was written since the database was started
/// afresh: after a damaged file was set aside, the wins (and everything
/// else) the person logged before choosing to restore are added to the
/// restored backup, merged by their ids, as an import of them would.
pub fn restore_carrying_over(store: &Store, clock: &dyn Clock, name: &str) -> Result<Restored> {
    let since = store.read(everything_in)?;
    let restored = restore(store, clock, name)?;
    store.write_bulk(|tx| add_new_in(tx, clock, &since))?;
    Ok(restored)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::domain::WinSource;
    use crate::service::ops::backup_files::{daily_name, parse_name};
    use crate::service::test_support::*;
    use crate::service::wins::{list_wins, log_win, WinDraft};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn win(t: &TempStore, clock: &FixedClock, text: &str) {
        log_win(
            &t.store,
            clock,
            &WinDraft {
                text: text.into(),
                note: String::new(),
                goal: None,
                step: None,
                source: WinSource::Window,
                amount: None,
            },
        )
        .unwrap();
    }

    fn texts(store: &Store) -> Vec<String> {
        list_wins(store, None, 200)
            .unwrap()
            .wins
            .into_iter()
            .map(|w| w.win.text)
            .collect()
    }

    #[test]
    fn names() {
        let check = |name: &str, expected: Option<(&str, BackupKind)>| {
            assert_eq!(
                parse_name(name),
                expected.map(|(d, k)| (day(d), k)),
                "{name}"
            );
        };
        check(
            "cairn-2026-11-21.sqlite3",
            Some(("2026-11-21", BackupKind::Daily)),
        );
        check(
            "cairn-2026-11-21-before-restore-093000.sqlite3",
            Some(("2026-11-21", BackupKind::BeforeRestore)),
        );
        check(
            "cairn-2026-11-21-before-restore-093000-2.sqlite3",
            Some(("2026-11-21", BackupKind::BeforeRestore)),
        );
        check("cairn-2026-11-21.partial", None);
        check("cairn-2026-13-01.sqlite3", None);
        check("cairn-2026-11-21-x.sqlite3", None);
        check("notes.txt", None);
        check("cairn-.sqlite3", None);
    }

    #[test]
    fn keeps_seven_days_and_four_weeks() {
        let check = |days: &[&str], kept: &[&str]| {
            let days: Vec<NaiveDate> = days.iter().map(|d| day(d)).collect();
            let kept: BTreeSet<NaiveDate> = kept.iter().map(|d| day(d)).collect();
            assert_eq!(days_to_keep(&days), kept, "{days:?}");
        };
        check(&[], &[]);
        check(&["2026-11-21"], &["2026-11-21"]);
        // 30 days in a row, ending Saturday 21 November 2026: the last 7
        // days, then the newest day of the 3 weeks before (Sundays).
        let month: Vec<String> = (0..30)
            .map(|i| (day("2026-11-21") - Duration::days(i)).to_string())
            .collect();
        let month: Vec<&str> = month.iter().map(String::as_str).collect();
        check(
            &month,
            &[
                "2026-11-15",
                "2026-11-16",
                "2026-11-17",
                "2026-11-18",
                "2026-11-19",
                "2026-11-20",
                "2026-11-21",
                "2026-11-08",
                "2026-11-01",
            ],
        );
        // Sparse: one a week for ten weeks keeps seven of them.
        let weekly: Vec<String> = (0..10)
            .map(|i| (day("2026-11-21") - Duration::weeks(i)).to_string())
            .collect();
        let weekly: Vec<&str> = weekly.iter().map(String::as_str).collect();
        check(&weekly, &weekly[..7]);
    }

    #[test]
    fn due_once_a_day() {
        let now: DateTime<Utc> = "2026-11-21T09:00:00Z".parse().unwrap();
        let check = |last: Option<&str>, hours: i64| {
            let last = last.map(|l| l.parse::<DateTime<Utc>>().unwrap());
            assert_eq!(due_in(last, now), Duration::hours(hours), "{last:?}");
        };
        check(None, 0);
        check(Some("2026-11-21T08:00:00Z"), 23);
        check(Some("2026-11-20T09:00:00Z"), 0);
        check(Some("2026-11-01T09:00:00Z"), 0);
    }

    #[test]
    fn back_up_list_and_prune_old_files() {
        let t = temp_store();
        let clock = saturday_morning();
        assert!(list(&t.store).unwrap().is_empty());
        win(&t, &clock, "First");
        let b = backup_now(&t.store, &clock).unwrap();
        assert_eq!(b.name, "cairn-2026-11-21.sqlite3");
        assert_eq!(b.wins, Some(1));
        assert!(b.bytes > 0);
        assert_eq!(backup_if_due(&t.store, &clock).unwrap(), None);
        // Old backups and a stray file: the rules keep 7 + 4.
        let dir = backup_dir(&t.store);
        for i in 1..40 {
            let d = day("2026-11-21") - Duration::days(i);
            std::fs::copy(&b.path, dir.join(daily_name(d))).unwrap();
        }
        std::fs::write(dir.join("notes.txt"), "mine").unwrap();
        backup_now(&t.store, &clock).unwrap();
        let names: Vec<String> = list(&t.store)
            .unwrap()
            .into_iter()
            .map(|b| b.name)
            .collect();
        assert_eq!(
            names.len(),
            9,
            "7 days and the weeks of 8 and 1 November: {names:?}"
        );
        assert!(dir.join("notes.txt").exists(), "other files are left alone");
    }

    #[test]
    fn restore_keeps_the_current_database_aside_and_can_be_undone() {
        let t = temp_store();
        let clock = saturday_morning();
        win(&t, &clock, "Before");
        let b = backup_now(&t.store, &clock).unwrap();
        win(&t, &clock, "After");
        let r = restore(&t.store, &clock, &b.name).unwrap();
        assert_eq!(texts(&t.store), ["Before"]);
        assert_eq!(r.kept_aside.kind, BackupKind::BeforeRestore);
        assert_eq!(r.kept_aside.wins, Some(2));
        // Undo: restore what was kept aside (at the same second, too).
        let undo = restore(&t.store, &clock, &r.kept_aside.name).unwrap();
        assert_ne!(undo.kept_aside.name, r.kept_aside.name);
        let mut now = texts(&t.store);
        now.sort();
        assert_eq!(now, ["After", "Before"]);
    }

    #[test]
    fn a_damaged_database_is_moved_aside_and_the_newest_good_backup_offered() {
        let t = temp_store();
        let clock = saturday_morning();
        win(&t, &clock, "Kept in the backup");
        backup_now(&t.store, &clock).unwrap();
        let dir = t.dir.path().to_owned();
        let db = t.store.path().to_owned();
        drop(t.store);
        let junk = b"damaged beyond reading ".repeat(500);
        std::fs::write(&db, &junk).unwrap();
        let _ = std::fs::remove_file(dir.join("cairn.sqlite3-wal"));

        let (store, found) = open_or_recover(&dir, &clock).unwrap();
        let found = found.expect("the damage is reported");
        assert_eq!(
            std::fs::read(&found.moved_to).unwrap(),
            junk,
            "the damaged file is kept, byte for byte"
        );
        let backup = found.newest_backup.expect("a backup to offer");
        assert_eq!(backup.wins, Some(1));
        assert!(list_wins(&store, None, 10).unwrap().wins.is_empty());
        // Its person is no new one: the fresh file does not lead with the
        // first run.
        assert!(
            !crate::service::today::today(&store, &clock)
                .unwrap()
                .first_run
        );
        restore(&store, &clock, &backup.name).unwrap();
        assert_eq!(list_wins(&store, None, 10).unwrap().wins.len(), 1);

        // A sound database opens as it is.
        drop(store);
        let (_, found) = open_or_recover(&dir, &clock).unwrap();
        assert_eq!(found, None);
    }

    /// Damage in a file that still opens: its last two pages overwritten,
    /// as a failing disk might.
    fn damage_pages(db: &Path) {
        let mut bytes = std::fs::read(db).unwrap();
        let from = bytes.len() - 2 * 4096;
        for b in &mut bytes[from..] {
            *b = 0x5a;
        }
        std::fs::write(db, &bytes).unwrap();
    }

    #[test]
    fn the_whole_file_check_runs_once_a_day_after_opening() {
        let t = temp_store();
        let clock = saturday_morning();
        for i in 0..200 {
            win(&t, &clock, &format!("Win {i}"));
        }
        let dir = t.dir.path().to_owned();
        let db = t.store.path().to_owned();
        drop(t.store);
        let checked = dir.join(CHECKED_FILE);
        let (store, found) = open_or_recover(&dir, &clock).unwrap();
        assert_eq!(found, None);
        assert!(store.writes_held(), "opening leaves the check due");
        assert!(!checked.exists(), "opening checks nothing");
        assert_eq!(check_when_due(&store, &clock).unwrap(), None);
        assert!(!store.writes_held());
        assert_eq!(std::fs::read_to_string(&checked).unwrap(), "2026-11-21");
        assert_eq!(check_when_due(&store, &clock).unwrap(), None, "once");
        // Closing the last connection folds the WAL into the file.
        drop(store);

        // Checked today: the next start does not read every page, so damage
        // in the middle of the file goes unseen until tomorrow.
        damage_pages(&db);
        let (store, found) = open_or_recover(&dir, &clock).unwrap();
        assert_eq!(found, None);
        assert!(!store.writes_held(), "checked today: nothing due");
        drop(store);

        // The next day's check finds it, after opening.
        let sunday = FixedClock::at("2026-11-22T08:00:00+01:00");
        let (store, found) = open_or_recover(&dir, &sunday).unwrap();
        assert_eq!(found, None, "opening does not read every page");
        let found = check_when_due(&store, &sunday).unwrap();
        assert!(found.is_some(), "the damage is found on Sunday");
        assert!(!store.writes_held());
    }

    /// Another process writing for longer than the busy timeout: the
    /// check is not counted as passed, the writes go on, and the next start
    /// checks again.
    #[test]
    fn a_check_kept_from_running_is_tried_again() {
        let t = temp_store();
        let clock = saturday_morning();
        win(&t, &clock, "Mine");
        let dir = t.dir.path().to_owned();
        drop(t.store);
        let (store, _) = open_or_recover(&dir, &clock).unwrap();
        let other = crate::store::test_support::another_writer(store.path());
        assert_eq!(check_when_due(&store, &clock).unwrap(), None);
        assert!(!store.writes_held());
        assert!(!dir.join(CHECKED_FILE).exists(), "not noted as checked");
        drop(other);
        win(&TempStore { store, dir: t.dir }, &clock, "Still writes");
    }

    #[test]
    fn a_new_database_needs_no_check() {
        let dir = tempfile::tempdir().unwrap();
        let (store, found) = open_or_recover(dir.path(), &saturday_morning()).unwrap();
        assert_eq!(found, None);
        assert!(!store.writes_held());
    }

    /// The morning's first start, found damaged after the first frame: a win
    /// logged while the check runs waits for it and lands in the fresh
    /// database, the damaged file is kept byte for byte, and restoring the
    /// offered backup keeps that win beside the backup's.
    #[test]
    fn damage_found_after_opening_loses_no_win_logged_meanwhile() {
        let t = temp_store();
        let clock = saturday_morning();
        win(&t, &clock, "Kept in the backup");
        backup_now(&t.store, &clock).unwrap();
        for i in 0..200 {
            win(&t, &clock, &format!("Later {i}"));
        }
        let dir = t.dir.path().to_owned();
        let db = t.store.path().to_owned();
        drop(t.store);
        damage_pages(&db);
        let damaged = std::fs::read(&db).unwrap();
        let sunday = FixedClock::at("2026-11-22T08:00:00+01:00");
        let (store, found) = open_or_recover(&dir, &sunday).unwrap();
        assert_eq!(found, None);
        assert!(store.writes_held());

        let found = std::thread::scope(|scope| {
            let logging = scope.spawn(|| {
                log_win(
                    &store,
                    &sunday,
                    &WinDraft {
                        text: "Logged while the check ran".into(),
                        note: String::new(),
                        goal: None,
                        step: None,
                        source: WinSource::Tray,
                        amount: None,
                    },
                )
            });
            std::thread::sleep(std::time::Duration::from_millis(50));
            assert!(!logging.is_finished(), "the write waits for the check");
            let found = check_when_due(&store, &sunday).unwrap();
            logging.join().unwrap().unwrap();
            found
        });
        let found = found.expect("the damage is reported");
        assert_eq!(
            std::fs::read(&found.moved_to).unwrap(),
            damaged,
            "kept byte for byte"
        );
        assert_eq!(texts(&store), ["Logged while the check ran"]);
        let backup = found.newest_backup.expect("a backup to offer");
        restore_carrying_over(&store, &sunday, &backup.name).unwrap();
        let mut now = texts(&store);
        now.sort();
        assert_eq!(now, ["Kept in the backup", "Logged while the check ran"]);
        restore_carrying_over(&store, &sunday, &backup.name).unwrap();
        assert_eq!(texts(&store).len(), 2, "twice adds nothing");
    }

    #[test]
    fn a_file_that_is_no_database_is_set_aside_even_when_checked_today() {
        let t = temp_store();
        let clock = saturday_morning();
        let dir = t.dir.path().to_owned();
        let db = t.store.path().to_owned();
        drop(t.store);
        std::fs::write(dir.join(CHECKED_FILE), "2026-11-21").unwrap();
        std::fs::write(&db, b"damaged beyond reading ".repeat(500)).unwrap();
        let _ = std::fs::remove_file(dir.join("cairn.sqlite3-wal"));
        let (_, found) = open_or_recover(&dir, &clock).unwrap();
        assert!(found.is_some());
    }

    #[test]
    fn a_database_from_a_newer_cairn_is_refused_untouched() {
        let t = temp_store();
        let clock = saturday_morning();
        let dir = t.dir.path().to_owned();
        let db = t.store.path().to_owned();
        let newer = crate::store::migrations::SQL.len() + 1;
        t.store
            .write(|tx| Ok(tx.pragma_update(None, "user_version", newer)?))
            .unwrap();
        drop(t.store);
        let before = std::fs::read(&db).unwrap();
        let err = open_or_recover(&dir, &clock).err().expect("refused");
        assert_eq!(err.kind(), "conflict");
        assert!(err.to_string().contains("newer version of Cairn"), "{err}");
        assert_eq!(std::fs::read(&db).unwrap(), before);
    }

    #[test]
    fn restore_takes_only_names_from_the_list() {
        let t = temp_store();
        let clock = saturday_morning();
        win(&t, &clock, "Mine");
        backup_now(&t.store, &clock).unwrap();
        for name in [
            "../cairn.sqlite3",
            "/etc/passwd",
            "cairn-2026-01-01.sqlite3",
            "",
        ] {
            let err = restore(&t.store, &clock, name).unwrap_err();
            assert_eq!(err.kind(), "notFound", "{name}");
        }
        assert_eq!(texts(&t.store), ["Mine"]);
    }

    #[test]
    fn a_restored_backup_holds_reviews_one_things_step_versions_and_rewards() {
        use crate::service::{focus, reflections, rewards};
        let t = temp_store();
        let clock = saturday_morning();
        let step = crate::service::steps::add_step(
            &t.store,
            &clock,
            None,
            &step_draft("Write one line", "daily"),
        )
        .unwrap();
        reflections::save(
            &t.store,
            &clock,
            &reflections::ReflectionInput {
                week_start: day("2026-11-09"),
                went_well: "Wrote most days".into(),
                learned: String::new(),
                adjust: String::new(),
                focus: vec![reflections::FocusInput {
                    id: None,
                    text: "Write before breakfast".into(),
                }],
            },
        )
        .unwrap();
        focus::set_one_thing(&t.store, &clock, &focus::Choice::Step(step.id.clone())).unwrap();
        let reward = rewards::save_reward(
            &t.store,
            &clock,
            None,
            &rewards::RewardDraft {
                text: "A long walk".into(),
                moment: "wins".into(),
                goal: None,
                count: Some(10),
            },
        )
        .unwrap();
        let b = backup_now(&t.store, &clock).unwrap();

        // Gone after the backup, back after the restore.
        focus::clear_one_thing(&t.store, &clock).unwrap();
        rewards::delete_reward(&t.store, &reward.reward.id).unwrap();
        crate::service::steps::update_step(
            &t.store,
            &clock,
            &step.id,
            &step_draft("Write two lines", "daily"),
        )
        .unwrap();
        reflections::save(
            &t.store,
            &clock,
            &reflections::ReflectionInput {
                week_start: day("2026-11-16"),
                went_well: "Later".into(),
                learned: String::new(),
                adjust: String::new(),
                focus: Vec::new(),
            },
        )
        .unwrap();
        restore(&t.store, &clock, &b.name).unwrap();

        let history = reflections::history(&t.store).unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].went_well, "Wrote most days");
        assert_eq!(history[0].focus[0].text, "Write before breakfast");
        let one = t
            .store
            .read(|c| crate::store::one_things::on_day(c, clock.today()))
            .unwrap()
            .unwrap();
        assert_eq!(one.one.step_id, Some(step.id.clone()));
        let versions = t
            .store
            .read(|c| crate::store::step_versions::for_step(c, &step.id))
            .unwrap();
        assert_eq!(versions.len(), 1);
        assert_eq!(versions[0].title, "Write one line");
        let all = rewards::list_rewards(&t.store).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].reward.text, "A long walk");
    }
}
