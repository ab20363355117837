//! Sync through a folder, as sync tools really leave it: each test is one
//! situation a person's folder can be in (docs/sync.md), on real database
//! files and a real shared folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cairn_core::clock::FixedClock;
use cairn_core::domain::{GoalId, WinId, WinSource};
use cairn_core::service::{self, sync};
use cairn_core::store::Store;
use chrono::Duration;
use tempfile::TempDir;

const WORDS: &[&str] = &["failed", "failure", "lost", "broken", "streak", "missed"];

struct Device {
    store: Store,
    clock: Arc<FixedClock>,
    /// The device's data folder, held for as long as the device lives.
    dir: TempDir,
}

impl Device {
    fn new(folder: &Path, name: &str) -> Device {
        let dir = tempfile::tempdir().unwrap();
        Device::open(dir, folder, name)
    }

    fn open(dir: TempDir, folder: &Path, name: &str) -> Device {
        let store = Store::open_in(dir.path()).unwrap();
        let clock = Arc::new(FixedClock::at("2026-11-21T09:30:00+01:00"));
        store.set_clock(clock.clone());
        sync::configure(&store, &*clock, folder, name).unwrap();
        Device { store, clock, dir }
    }

    fn later(&self, minutes: i64) {
        self.clock.advance(Duration::minutes(minutes));
    }

    fn sync(&self) -> sync::SyncReport {
        let report = sync::sync_now(&self.store, &*self.clock).unwrap();
        for note in &report.notes {
            let lower = note.to_lowercase();
            for w in WORDS {
                assert!(!lower.contains(w), "{note:?} says {w:?}");
            }
        }
        report
    }

    fn log(&self, text: &str) -> WinId {
        service::wins::log_win(
            &self.store,
            &*self.clock,
            &service::wins::WinDraft {
                text: text.into(),
                note: String::new(),
                goal: None,
                step: None,
                source: WinSource::Cli,
                amount: None,
            },
        )
        .unwrap()
        .record
        .win
        .id
    }

    fn goal(&self, title: &str) -> GoalId {
        service::test_support::new_goal(&self.store, &*self.clock, title)
            .unwrap()
            .id
    }

    fn win_texts(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = service::wins::list_wins(&self.store, None, 1000)
            .unwrap()
            .wins
            .into_iter()
            .map(|w| (w.win.text, w.win.note))
            .collect();
        out.sort();
        out
    }

    fn dump(&self) -> Vec<String> {
        self.store
            .read(cairn_core::store::sync::canonical_dump)
            .unwrap()
    }

    fn id(&self) -> String {
        sync::status(&self.store).unwrap().this_device.unwrap().id
    }

    fn own_dir(&self, folder: &Path) -> PathBuf {
        folder.join(sync::ROOT).join(self.id())
    }
}

fn gunzip(bytes: &[u8]) -> String {
    let mut out = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut out = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    out.write_all(bytes).unwrap();
    out.finish().unwrap()
}

fn folder() -> TempDir {
    tempfile::tempdir().unwrap()
}

fn has_note(report: &sync::SyncReport, words: &str) -> bool {
    report.notes.iter().any(|n| n.contains(words))
}

fn change_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains(".jsonl") && !n.starts_with('.'))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_win_logged_on_one_computer_appears_on_the_other() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("wrote one paragraph");
    a.sync();
    let report = b.sync();
    assert!(report.applied > 0);
    assert_eq!(
        b.win_texts(),
        vec![("wrote one paragraph".into(), String::new())]
    );
    // The tally the chronicle reads counts it on B too.
    let tally: i64 = b
        .store
        .read(|c| Ok(c.query_row("SELECT SUM(wins) FROM win_day_totals", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(tally, 1);
    let status = sync::status(&b.store).unwrap();
    assert_eq!(status.devices.len(), 1);
    assert_eq!(status.devices[0].name, "Laptop");
    assert!(status.devices[0].last_change_at.is_some());
    assert_eq!(a.dump(), b.dump());
}

/// Issue 24, part 2: a measured step and its wins' amounts travel; the
/// other computer's Today and tally read the same amounts.
#[test]
fn a_measured_step_and_its_amounts_travel() {
    use cairn_core::domain::measure::Amount;
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    let step = service::steps::add_step(
        &a.store,
        &*a.clock,
        None,
        &service::test_support::measured_draft("Read", "pages", "10", "at_least"),
    )
    .unwrap();
    for amount in ["4", "2.5"] {
        let amount = Some(Amount::parse(amount).unwrap());
        service::wins::tick_step_with(
            &a.store,
            &*a.clock,
            &step.id,
            WinSource::Window,
            None,
            amount,
        )
        .unwrap();
    }
    a.sync();
    b.sync();
    let today = service::today::today(&b.store, &*b.clock).unwrap();
    let open = &today.open_steps[0];
    assert_eq!(open.step.measure, step.measure);
    assert_eq!(open.amount.map(|a| a.milli()), Some(6_500));
    let summed: i64 = b
        .store
        .read(|c| Ok(c.query_row("SELECT SUM(amount_milli) FROM win_days", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(summed, 6_500);
    assert_eq!(a.dump(), b.dump());
}

#[test]
fn what_was_there_before_sync_was_turned_on_travels_too() {
    let f = folder();
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock::at("2026-11-21T09:30:00+01:00");
    {
        let store = Store::open_in(dir.path()).unwrap();
        service::test_support::goal_with_daily_step(&store, &clock, "Thesis", "write").unwrap();
        service::settings::set_quiet_hours(&store, Some(("22:00", "07:00"))).unwrap();
        service::settings::set_shortcut(&store, "Ctrl+Alt+K").unwrap();
    }
    let a = Device::open(dir, f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.sync();
    b.sync();
    assert_eq!(a.dump(), b.dump());
    let goals = service::goals::list_goals(&b.store).unwrap();
    assert_eq!(goals[0].goal.title, "Thesis");
    let quiet = cairn_core::store::settings::get;
    assert_eq!(
        b.store.read(|c| quiet(c, "quiet_hours")).unwrap(),
        a.store.read(|c| quiet(c, "quiet_hours")).unwrap()
    );
    assert_eq!(
        b.store.read(|c| quiet(c, "shortcut")).unwrap(),
        None,
        "the shortcut belongs to the computer"
    );
}

#[test]
fn edits_made_on_both_while_apart_merge_field_by_field() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    let win = a.log("ran");
    a.sync();
    b.sync();
    // Apart: A changes the text, B the note; then both change the title of
    // a goal, B later.
    a.later(1);
    b.later(1);
    service::wins::edit_win(&a.store, &*a.clock, &win, "ran 5 km", "", None).unwrap();
    service::wins::edit_win(&b.store, &*b.clock, &win, "ran", "in the rain", None).unwrap();
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.dump(), b.dump());
    assert_eq!(
        a.win_texts(),
        vec![("ran 5 km".into(), "in the rain".into())],
        "each field keeps its own newest edit"
    );
}

#[test]
fn a_half_written_file_is_read_once_complete() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("stretched");
    let files = a.sync().written;
    let file = files.last().unwrap();
    let whole = std::fs::read(file).unwrap();
    std::fs::write(file, &whole[..whole.len() / 2]).unwrap();
    let report = b.sync();
    assert!(has_note(&report, "still arriving"), "{:?}", report.notes);
    assert!(b.win_texts().is_empty(), "nothing from half a file");
    std::fs::write(file, &whole).unwrap();
    let report = b.sync();
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    assert_eq!(b.win_texts().len(), 1);
}

#[test]
fn a_sync_conflict_copy_is_left_alone_with_a_note() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("read a chapter");
    let file = a.sync().written.pop().unwrap();
    let name = file.file_name().unwrap().to_str().unwrap().to_owned();
    for copy in [
        name.replace(".jsonl", ".sync-conflict-20261121-093000-ABCDEFG.jsonl"),
        name.replace(".jsonl", " (Desk's conflicted copy 2026-11-21).jsonl"),
    ] {
        std::fs::copy(&file, file.with_file_name(copy)).unwrap();
    }
    let report = b.sync();
    assert_eq!(
        report
            .notes
            .iter()
            .filter(|n| n.contains("sync tool made"))
            .count(),
        2,
        "{:?}",
        report.notes
    );
    assert_eq!(report.files_read, 1);
    assert_eq!(b.win_texts().len(), 1);
}

#[test]
fn garbage_bytes_change_nothing() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("walked");
    let file = a.sync().written.pop().unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    // A flipped byte: the compression's check no longer matches.
    let at = bytes.len() / 2;
    bytes[at] ^= 0x55;
    std::fs::write(&file, &bytes).unwrap();
    std::fs::write(
        file.with_file_name("changes-00-11.jsonl"),
        b"\x00\xff garbage \x13\n",
    )
    .unwrap();
    let before = b.dump();
    let report = b.sync();
    assert_eq!(
        report
            .notes
            .iter()
            .filter(|n| n.contains("not one Cairn can read"))
            .count(),
        2,
        "{:?}",
        report.notes
    );
    assert_eq!(b.dump(), before);
}

#[test]
fn a_file_from_a_newer_cairn_is_refused_and_nothing_changes() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("cooked");
    let file = a.sync().written.pop().unwrap();
    let text = gunzip(&std::fs::read(&file).unwrap());
    let newer = text.replacen("\"version\":1", "\"version\":2", 1);
    assert_ne!(newer, text);
    std::fs::write(&file, gzip(newer.as_bytes())).unwrap();
    let before = b.dump();
    let report = b.sync();
    assert!(has_note(&report, "newer Cairn"), "{:?}", report.notes);
    assert_eq!(b.dump(), before);
}

#[test]
fn a_device_folder_deleted_keeps_what_it_sent_with_a_note() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("called mum");
    a.sync();
    b.sync();
    std::fs::remove_dir_all(a.own_dir(f.path())).unwrap();
    let report = b.sync();
    assert!(
        has_note(&report, "no longer in the sync folder"),
        "{:?}",
        report.notes
    );
    assert_eq!(b.win_texts().len(), 1);
    // A notices its folder is gone and writes everything anew.
    let report = a.sync();
    assert!(
        has_note(&report, "wrote everything anew"),
        "{:?}",
        report.notes
    );
    let c = Device::new(f.path(), "Tablet");
    c.sync();
    assert_eq!(c.win_texts().len(), 1);
    assert!(b.sync().notes.is_empty());
    // A computer given away: its folder removed, then forgotten.
    let gone = c.id();
    std::fs::remove_dir_all(c.own_dir(f.path())).unwrap();
    assert!(has_note(&b.sync(), "no longer in the sync folder"));
    sync::forget_device(&b.store, &gone).unwrap();
    assert!(b.sync().notes.is_empty());
    assert_eq!(sync::status(&b.store).unwrap().devices.len(), 1);
    assert_eq!(b.win_texts().len(), 1, "what it sent stays");
    assert_eq!(
        sync::forget_device(&b.store, &gone).unwrap_err().kind(),
        "notFound"
    );
}

#[test]
fn a_device_folder_from_a_newer_cairn_is_left_unread() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("planted bulbs");
    a.sync();
    let desc = a.own_dir(f.path()).join(sync::DEVICE_FILE);
    let text = std::fs::read_to_string(&desc).unwrap();
    std::fs::write(&desc, text.replacen("\"version\": 1", "\"version\": 7", 1)).unwrap();
    let before = b.dump();
    let report = b.sync();
    assert!(
        has_note(&report, "“Laptop” uses a newer Cairn"),
        "{:?}",
        report.notes
    );
    assert_eq!(b.dump(), before);
}

#[test]
fn a_clock_hours_ahead_keeps_causality_and_is_noted() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    b.clock.advance(Duration::hours(3));
    let goal = b.goal("Garden");
    b.sync();
    let report = a.sync();
    assert!(has_note(&report, "3 hours ahead"), "{:?}", report.notes);
    // A renames the goal after reading B's: A's edit is the newer one,
    // although A's wall clock is three hours behind B's.
    a.later(1);
    service::goals::update_goal(
        &a.store,
        &*a.clock,
        &goal,
        &service::goals::GoalDraft {
            title: "Vegetable garden".into(),
            identity: "someone who grows food".into(),
            ..Default::default()
        },
    )
    .unwrap();
    a.sync();
    b.sync();
    assert_eq!(a.dump(), b.dump());
    let goals = service::goals::list_goals(&b.store).unwrap();
    assert_eq!(goals[0].goal.title, "Vegetable garden");
    // Who its person is becoming travels with it (issue 25).
    assert_eq!(goals[0].goal.identity, "someone who grows food");
}

#[test]
fn a_device_restored_from_an_old_backup_brings_nothing_back_from_the_dead() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    let goal = a.goal("Thesis");
    let kept = a.log("kept win");
    let gone = a.log("deleted win");
    a.sync();
    b.sync();
    let old = tempfile::tempdir().unwrap();
    a.store
        .backup_to(&old.path().join(cairn_core::store::DB_FILE))
        .unwrap();
    // After the backup: a deletion, an edit, a new win.
    a.later(1);
    service::wins::delete_win(&a.store, &*a.clock, &gone).unwrap();
    service::goals::update_goal(
        &a.store,
        &*a.clock,
        &goal,
        &service::goals::GoalDraft {
            title: "Thesis, chapter 2".into(),
            ..Default::default()
        },
    )
    .unwrap();
    a.log("newer win");
    a.sync();
    b.sync();
    // The old copy comes back on this computer.
    let restored = Device {
        store: Store::open_in(old.path()).unwrap(),
        clock: Arc::new(FixedClock::at("2026-11-21T09:45:00+01:00")),
        dir: old,
    };
    restored.store.set_clock(restored.clock.clone());
    let report = restored.sync();
    assert!(has_note(&report, "new id"), "{:?}", report.notes);
    b.sync();
    restored.sync();
    assert_eq!(restored.dump(), b.dump());
    let texts: Vec<String> = b.win_texts().into_iter().map(|(t, _)| t).collect();
    assert_eq!(texts, vec!["kept win", "newer win"]);
    let goals = service::goals::list_goals(&b.store).unwrap();
    assert_eq!(
        goals[0].goal.title, "Thesis, chapter 2",
        "nothing newer is undone"
    );
    let _ = kept;
}

#[test]
fn two_computers_cloned_from_one_disk_are_told_apart() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    a.log("before the copy");
    a.sync();
    let copy = tempfile::tempdir().unwrap();
    a.store
        .backup_to(&copy.path().join(cairn_core::store::DB_FILE))
        .unwrap();
    let clone = Device {
        store: Store::open_in(copy.path()).unwrap(),
        clock: Arc::new(FixedClock::at("2026-11-21T09:31:00+01:00")),
        dir: copy,
    };
    clone.store.set_clock(clone.clock.clone());
    assert_eq!(clone.id(), a.id());
    a.later(2);
    a.log("on the original");
    a.sync();
    clone.log("on the clone");
    let report = clone.sync();
    assert!(has_note(&report, "new id"), "{:?}", report.notes);
    assert_ne!(clone.id(), a.id());
    a.sync();
    clone.sync();
    a.sync();
    assert_eq!(a.dump(), clone.dump());
    assert_eq!(a.win_texts().len(), 3);
}

#[test]
fn a_backup_is_taken_before_the_first_merge_from_a_new_computer() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    a.log("first");
    a.sync();
    assert!(service::backups::list(&b.store).unwrap().is_empty());
    b.sync();
    assert_eq!(service::backups::list(&b.store).unwrap().len(), 1);
}

#[test]
fn compaction_folds_the_files_and_a_new_computer_reads_the_snapshot() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    for i in 0..5 {
        a.log(&format!("win {i}"));
        a.sync();
    }
    b.sync();
    let dir = a.own_dir(f.path());
    let folded = change_files(&dir);
    assert!(folded.len() >= 5);
    let saved: Vec<(PathBuf, Vec<u8>)> = folded
        .iter()
        .map(|p| (p.clone(), std::fs::read(p).unwrap()))
        .collect();
    let snapshot = sync::compact(&a.store, &*a.clock).unwrap();
    assert_eq!(change_files(&dir), vec![snapshot.clone()]);
    let c = Device::new(f.path(), "Tablet");
    c.sync();
    assert_eq!(c.win_texts().len(), 5);
    // The folded files arriving late beside the snapshot change nothing.
    for (p, bytes) in saved {
        std::fs::write(p, bytes).unwrap();
    }
    c.sync();
    b.sync();
    assert_eq!(c.dump(), a.dump());
    assert_eq!(b.dump(), a.dump());
}

#[test]
fn deleting_is_final_and_a_win_deleted_then_undone_stays() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    let w = a.log("swam");
    a.sync();
    b.sync();
    service::wins::delete_win(&a.store, &*a.clock, &w).unwrap();
    a.sync();
    // B purges the deleted win at its next start, before the undo arrives.
    b.sync();
    service::on_start(&b.store).unwrap();
    service::wins::undo_delete_win(&a.store, &*a.clock, &w).unwrap();
    a.sync();
    b.sync();
    assert_eq!(b.win_texts().len(), 1, "an undone deletion keeps the win");
    assert_eq!(a.dump(), b.dump());
}

#[test]
fn turning_sync_on_asks_for_a_folder_that_is_there_and_a_name() {
    let f = folder();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let clock = FixedClock::at("2026-11-21T09:30:00+01:00");
    let err = sync::configure(&store, &clock, &f.path().join("nope"), "Laptop").unwrap_err();
    assert_eq!(err.kind(), "validation");
    assert!(err.to_string().contains("is not there"), "{err}");
    let err = sync::configure(&store, &clock, f.path(), "  ").unwrap_err();
    assert_eq!(err.kind(), "validation");
    let err = sync::sync_now(&store, &clock).unwrap_err();
    assert_eq!(err.kind(), "conflict");
    assert!(sync::status(&store).unwrap().folder.is_none());
    let status = sync::configure(&store, &clock, f.path(), "Laptop").unwrap();
    assert_eq!(status.this_device.unwrap().name, "Laptop");
    let desc = std::fs::read_to_string(
        f.path()
            .join(sync::ROOT)
            .join(sync::status(&store).unwrap().this_device.unwrap().id)
            .join(sync::DEVICE_FILE),
    )
    .unwrap();
    assert!(desc.contains("\"Laptop\""));
}

#[test]
fn a_missing_sync_folder_is_a_note_not_an_error() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let path = f.path().to_owned();
    drop(f);
    let report = a.sync();
    assert!(
        has_note(&report, "not there right now"),
        "{:?}",
        report.notes
    );
    assert!(!path.exists());

    // A change made meanwhile waits here: no stray folder is made where
    // the drive would be, and it goes out once the folder is back.
    a.log("Walked while the drive was away");
    let written = service::sync::flush_outbox(&a.store, &*a.clock).unwrap();
    assert!(written.is_empty(), "{written:?}");
    assert!(
        !path.exists(),
        "the sync folder was created on the main disk"
    );
    let err = service::sync::compact(&a.store, &*a.clock).unwrap_err();
    assert!(err.to_string().contains("not there right now"), "{err}");
    std::fs::create_dir_all(&path).unwrap();
    let written = service::sync::flush_outbox(&a.store, &*a.clock).unwrap();
    assert!(!written.is_empty(), "the waiting change went out");
}

/// Figures in process (`cargo test --release -p cairn-core --test sync --
/// --ignored --nocapture`): a new computer's first sync of 100,000 wins,
/// and the folder's size before and after compaction. `make bench` measures
/// the same through the release command line, beside `cairn import` of the
/// same data: `bench/sync.sh`.
#[test]
#[ignore]
fn figures_first_sync_of_a_hundred_thousand_wins() {
    use std::time::Instant;
    let f = folder();
    let dir = tempfile::tempdir().unwrap();
    let clock = cairn_core::testing::bench_clock();
    {
        let store = Store::open_in(dir.path()).unwrap();
        cairn_core::testing::seed_history(&store, &clock);
    }
    let t = Instant::now();
    let a = Device::open(dir, f.path(), "Laptop");
    eprintln!(
        "turn sync on (record + write a snapshot): {:?}",
        t.elapsed()
    );
    let size = |p: &Path| -> u64 {
        std::fs::read_dir(p)
            .unwrap()
            .flatten()
            .map(|e| e.metadata().unwrap().len())
            .sum()
    };
    eprintln!("folder: {} bytes", size(&a.own_dir(f.path())));
    let b = Device::new(f.path(), "Desk");
    let t = Instant::now();
    let report = b.sync();
    eprintln!(
        "first sync on a new computer: {:?} ({} changes)",
        t.elapsed(),
        report.applied
    );
    let t = Instant::now();
    sync::compact(&a.store, &*a.clock).unwrap();
    eprintln!(
        "compaction: {:?}; folder after: {} bytes",
        t.elapsed(),
        size(&a.own_dir(f.path()))
    );
    b.sync(); // B reads the new snapshot once.
    for round in 0..2 {
        a.later(1);
        a.log(&format!("one more {round}"));
        let t = Instant::now();
        a.sync();
        let written = t.elapsed();
        b.sync();
        eprintln!(
            "one change: written on A in {written:?}, applied on B after {:?}",
            t.elapsed()
        );
    }
    assert_eq!(a.dump(), b.dump());
}

fn review(d: &Device, went_well: &str, focus: &[&str]) {
    service::reflections::save(
        &d.store,
        &*d.clock,
        &service::reflections::ReflectionInput {
            week_start: "2026-11-09".parse().unwrap(),
            went_well: went_well.into(),
            learned: String::new(),
            adjust: String::new(),
            focus: focus
                .iter()
                .map(|t| service::reflections::FocusInput {
                    id: None,
                    text: (*t).into(),
                })
                .collect(),
        },
    )
    .unwrap();
}

#[test]
fn the_same_weeks_review_written_on_two_computers_becomes_one() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    review(&a, "Wrote on four days", &["Read one abstract"]);
    b.later(2);
    review(&b, "Walked every morning", &["Walk on Sunday", "Call Sam"]);
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.dump(), b.dump());
    let reviews = service::reflections::history(&a.store).unwrap();
    assert_eq!(reviews.len(), 1);
    assert_eq!(
        reviews[0].went_well, "Walked every morning",
        "the later review"
    );
    let focus: Vec<&str> = reviews[0].focus.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(focus, vec!["Walk on Sunday", "Call Sam"]);
    // A focus action made a step on A: B sees the step and what it became.
    a.later(3);
    let step = service::reflections::focus_action_to_step(
        &a.store,
        &*a.clock,
        &reviews[0].focus[1].id,
        None,
        &service::test_support::step_draft("Call Sam", "daily"),
    )
    .unwrap();
    a.sync();
    b.sync();
    assert_eq!(a.dump(), b.dump());
    let on_b = service::reflections::history(&b.store).unwrap();
    assert_eq!(on_b[0].focus[1].step_id.as_ref(), Some(&step.id));
}

#[test]
fn the_same_days_one_thing_chosen_on_two_computers_becomes_the_later_one() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    let choose = |d: &Device, text: &str| {
        service::focus::set_one_thing(
            &d.store,
            &*d.clock,
            &service::focus::Choice::Text(text.into()),
        )
        .unwrap();
    };
    b.later(1);
    choose(&b, "tidy the desk");
    choose(&a, "call the dentist");
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.dump(), b.dump());
    let today = service::focus::one_thing_today(&a.store, &*a.clock).unwrap();
    assert!(format!("{today:?}").contains("tidy the desk"), "{today:?}");
}

#[test]
fn a_deleted_habit_stack_stays_deleted_after_an_edit_made_elsewhere() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    let draft = service::stacks::StackDraft {
        anchor: "pour my coffee".into(),
        action: "stretch".into(),
        step: service::stacks::StepChoice::None,
        times: vec!["07:30".into()],
        weekdays: vec![0, 1, 2, 3, 4],
        enabled: true,
    };
    let stack = service::stacks::save_stack(&a.store, &*a.clock, None, &draft).unwrap();
    a.sync();
    b.sync();
    a.later(1);
    service::stacks::delete_stack(&a.store, &stack.id).unwrap();
    b.later(2);
    let edited = service::stacks::StackDraft {
        action: "stretch for a minute".into(),
        ..draft
    };
    service::stacks::save_stack(&b.store, &*b.clock, Some(&stack.id), &edited).unwrap();
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.dump(), b.dump());
    let left: i64 = b
        .store
        .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM habit_stacks", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(left, 0, "deleting a stack is final");
}

#[test]
fn a_snapshot_is_named_for_its_gzip_and_one_under_the_old_name_is_read_too() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    a.log("ran 5 km");
    a.log("wrote a page");
    let snapshot = sync::compact(&a.store, &*a.clock).unwrap();
    let name = snapshot.file_name().unwrap().to_str().unwrap().to_owned();
    assert!(
        name.starts_with("snapshot-") && name.ends_with(".jsonl.gz"),
        "{name}"
    );
    // A Cairn before this one named its gzip snapshots `.jsonl`.
    let old = snapshot.with_file_name(name.trim_end_matches(".gz"));
    std::fs::rename(&snapshot, &old).unwrap();
    let b = Device::new(f.path(), "Desk");
    let report = b.sync();
    assert_eq!(report.files_read, 1, "{:?}", report.notes);
    assert_eq!(b.win_texts().len(), 2);
    assert_eq!(b.dump(), a.dump());
}

#[test]
fn a_clock_hours_ahead_is_noted_once_however_many_files_it_wrote() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    let b = Device::new(f.path(), "Desk");
    b.clock.advance(Duration::hours(3));
    for i in 0..3 {
        b.log(&format!("win {i}"));
        b.later(1);
        b.sync();
    }
    let report = a.sync();
    assert!(report.files_read >= 3, "{report:?}");
    let ahead = report
        .notes
        .iter()
        .filter(|n| n.contains("hours ahead"))
        .count();
    assert_eq!(ahead, 1, "{:?}", report.notes);
    let saved = sync::status(&a.store).unwrap().notes;
    assert_eq!(saved, report.notes);
}

#[test]
fn two_processes_flushing_at_the_same_moment_both_write_safely() {
    let f = folder();
    let a = Device::new(f.path(), "Laptop");
    // The command line: a second handle on the same database file.
    let cli = Store::open_in(a.dir.path()).unwrap();
    cli.set_clock(a.clock.clone());
    for round in 0..12 {
        a.log(&format!("win {round}"));
        std::thread::scope(|s| {
            let app = s.spawn(|| sync::flush_outbox(&a.store, &*a.clock));
            let other = s.spawn(|| sync::flush_outbox(&cli, &*a.clock));
            app.join().unwrap().unwrap();
            other.join().unwrap().unwrap();
        });
    }
    let dir = a.own_dir(f.path());
    let leftovers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let b = Device::new(f.path(), "Desk");
    let report = b.sync();
    assert!(
        !report.notes.iter().any(|n| n.contains("not one Cairn")),
        "{:?}",
        report.notes
    );
    assert_eq!(b.win_texts().len(), 12);
    assert_eq!(b.dump(), a.dump());
}
