//! Export and import through the service code, on real files: a round trip
//! into a fresh data folder, idempotent merges, the Loop Habit Tracker
//! samples of `../shared/fixtures/loop`, and hostile files, after which the
//! database must be byte-for-byte what it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use cairn_core::clock::FixedClock;
use cairn_core::domain::WinSource;
use cairn_core::service::{self, import::SourceKind, wins::WinDraft};
use cairn_core::store::Store;

fn clock() -> FixedClock {
    FixedClock::at("2026-11-21T09:30:00+01:00")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/loop")
}

struct Data {
    dir: tempfile::TempDir,
    store: Store,
}

fn fresh() -> Data {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    Data { dir, store }
}

fn seeded(clock: &FixedClock) -> Data {
    let d = fresh();
    seed(&d, clock);
    d
}

/// Writes one of every kind of row into `d`.
fn seed(d: &Data, clock: &FixedClock) {
    use service::goals::{create_goal, GoalDraft};
    use service::steps::{add_step, CadenceDraft, StepDraft};
    let g = create_goal(
        &d.store,
        clock,
        &GoalDraft {
            title: "Submit the thesis".into(),
            why: "To finish".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let s = add_step(
        &d.store,
        clock,
        Some(&g.id),
        &StepDraft {
            title: "Write one paragraph".into(),
            cadence: CadenceDraft {
                kind: "weekdays".into(),
                weekdays: vec![0, 2, 4],
                ..Default::default()
            },
            minutes: Some(1),
            measure: None,
        },
    )
    .unwrap();
    for (text, step) in [("Paragraph", Some(s.id.clone())), ("Walked", None)] {
        clock.advance(chrono::Duration::minutes(5));
        service::wins::log_win(
            &d.store,
            clock,
            &WinDraft {
                text: text.into(),
                note: "a note, with \"quotes\"".into(),
                goal: None,
                step,
                source: WinSource::Window,
                amount: None,
            },
        )
        .unwrap();
    }
    // Version 2's rows: today's one thing (done by the win "Walked"), a
    // review of an earlier week, a reward, and a step changed a day later.
    service::focus::set_one_thing(
        &d.store,
        clock,
        &service::focus::Choice::Text("Walked".into()),
    )
    .unwrap();
    service::reflections::save(
        &d.store,
        clock,
        &service::reflections::ReflectionInput {
            week_start: "2026-11-09".parse().unwrap(),
            went_well: "Wrote on three days".into(),
            learned: "Mornings work".into(),
            adjust: String::new(),
            focus: vec![service::reflections::FocusInput {
                id: None,
                text: "Write before breakfast".into(),
            }],
        },
    )
    .unwrap();
    service::rewards::save_reward(
        &d.store,
        clock,
        None,
        &service::rewards::RewardDraft {
            text: "A long walk".into(),
            moment: "goal_wins".into(),
            goal: Some(g.id.clone()),
            count: Some(3),
        },
    )
    .unwrap();
    clock.advance(chrono::Duration::days(1));
    service::steps::update_step(
        &d.store,
        clock,
        &s.id,
        &StepDraft {
            title: "Write two paragraphs".into(),
            cadence: CadenceDraft {
                kind: "daily".into(),
                ..Default::default()
            },
            minutes: Some(2),
            measure: None,
        },
    )
    .unwrap();
}

/// Goals, steps, wins, reviews, one things, step versions and rewards as
/// comparable text.
fn contents(store: &Store) -> Vec<Vec<String>> {
    let goals = service::goals::list_goals(store).unwrap();
    let g = goals
        .iter()
        .map(|g| format!("{} {} {}", g.goal.id, g.goal.title, g.goal.why))
        .collect();
    let s = goals
        .iter()
        .flat_map(|g| g.steps.iter())
        .map(|s| format!("{} {} {:?} {:?}", s.id, s.title, s.cadence, s.minutes))
        .collect();
    let w = service::wins::list_wins(store, None, 200)
        .unwrap()
        .wins
        .iter()
        .map(|r| format!("{:?}", r.win))
        .collect();
    let reflections = service::reflections::history(store)
        .unwrap()
        .iter()
        .map(|r| format!("{r:?}"))
        .collect();
    let (ones, versions, rewards) = store
        .read(|c| {
            Ok((
                cairn_core::store::one_things::all_with_ids(c)?,
                cairn_core::store::step_versions::all_with_ids(c)?,
                cairn_core::store::rewards::list(c)?,
            ))
        })
        .unwrap();
    vec![
        g,
        s,
        w,
        reflections,
        ones.iter().map(|o| format!("{o:?}")).collect(),
        versions.iter().map(|v| format!("{v:?}")).collect(),
        rewards.iter().map(|r| format!("{:?}", r.reward)).collect(),
    ]
}

fn db_bytes(d: &Data) -> Vec<u8> {
    // Checkpoint-free comparison: the main file and the WAL together.
    let main = std::fs::read(d.dir.path().join("cairn.sqlite3")).unwrap();
    let wal = std::fs::read(d.dir.path().join("cairn.sqlite3-wal")).unwrap_or_default();
    [main, wal].concat()
}

#[test]
fn export_then_import_into_a_fresh_folder_gives_the_same_data() {
    let clock = clock();
    let from = seeded(&clock);
    let file = from.dir.path().join("export.json");
    service::export::export_json(&from.store, &clock, &file).unwrap();

    let to = fresh();
    let preview = service::import::import_path(&to.store, &clock, &file, true).unwrap();
    assert_eq!(
        (preview.goals, preview.steps, preview.wins),
        (1, 1, 2),
        "the dry run says what it will add"
    );
    assert_eq!(
        (
            preview.reflections,
            preview.one_things,
            preview.step_versions,
            preview.rewards
        ),
        (1, 1, 2, 1)
    );
    assert!(service::goals::list_goals(&to.store).unwrap().is_empty());
    let added = service::import::import_path(&to.store, &clock, &file, false).unwrap();
    assert_eq!(added, preview);
    let there = contents(&to.store);
    assert_eq!(there, contents(&from.store));
    assert!(
        there.iter().all(|rows| !rows.is_empty()),
        "every kind of row came across: {there:?}"
    );

    let again = service::import::import_path(&to.store, &clock, &file, false).unwrap();
    assert!(again.is_empty(), "a second import adds nothing: {again:?}");
    assert_eq!(again.already_there, 9);
    assert_eq!(contents(&to.store), contents(&from.store));
}

/// The longer rhythms (issue 24) go out and come back exactly.
#[test]
fn every_n_days_monthly_and_month_day_steps_survive_export_and_import() {
    use service::steps::{add_step, CadenceDraft, StepDraft};
    let clock = clock();
    let from = fresh();
    for (title, kind, number) in [
        ("Water the plants", "every_n_days", 3),
        ("Call grandma", "monthly", 2),
        ("Review the month", "month_day", 31),
    ] {
        add_step(
            &from.store,
            &clock,
            None,
            &StepDraft {
                title: title.into(),
                cadence: CadenceDraft {
                    kind: kind.into(),
                    number: Some(number),
                    ..Default::default()
                },
                minutes: None,
                measure: None,
            },
        )
        .unwrap();
    }
    let file = from.dir.path().join("export.json");
    service::export::export_json(&from.store, &clock, &file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"every_n_days\""), "{text}");
    let to = fresh();
    service::import::import_path(&to.store, &clock, &file, false).unwrap();
    let cadences = |d: &Data| -> Vec<String> {
        let mut v: Vec<String> = d
            .store
            .read(cairn_core::store::steps::list)
            .unwrap()
            .iter()
            .map(|s| format!("{} {:?}", s.title, s.cadence))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        cadences(&to),
        [
            "Call grandma TimesPerMonth(2)",
            "Review the month MonthDay(31)",
            "Water the plants EveryNDays(3)"
        ]
    );
    assert_eq!(cadences(&to), cadences(&from));
}

/// A restore after damage keeps what was written since the fresh start:
/// every kind of row, not only wins, is added to the restored backup.
#[test]
fn a_restore_carries_over_every_kind_of_row_written_since() {
    let clock = clock();
    let d = fresh();
    service::wins::log_win(
        &d.store,
        &clock,
        &WinDraft {
            text: "In the backup".into(),
            note: String::new(),
            goal: None,
            step: None,
            source: WinSource::Window,
            amount: None,
        },
    )
    .unwrap();
    let backup = service::backups::backup_now(&d.store, &clock).unwrap();
    seed(&d, &clock);
    let before = contents(&d.store);

    service::backups::restore_carrying_over(&d.store, &clock, &backup.name).unwrap();
    assert_eq!(contents(&d.store), before);
    service::backups::restore_carrying_over(&d.store, &clock, &backup.name).unwrap();
    assert_eq!(contents(&d.store), before, "twice carries nothing twice");
}

#[test]
fn the_loop_backup_becomes_steps_wins_and_a_stack() {
    let clock = clock();
    let d = fresh();
    let file = fixtures().join("loop-v22.db");
    let before = std::fs::read(&file).unwrap();
    let p = service::import::import_path(&d.store, &clock, &file, true).unwrap();
    assert_eq!(p.source, SourceKind::LoopBackup);
    assert_eq!(
        (p.goals, p.steps, p.wins, p.rest_days, p.stacks),
        (1, 2, 1, 0, 1)
    );
    service::import::import_path(&d.store, &clock, &file, false).unwrap();
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "Loop's file is untouched"
    );
    let goals = service::goals::list_goals(&d.store).unwrap();
    assert_eq!(goals[0].goal.title, "From Loop Habit Tracker");
    assert!(goals[0].goal.why.contains("Work out: Did you work out?"));
    let titles: Vec<&str> = goals[0].steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Work out", "Test"]);
    let wins = service::wins::list_wins(&d.store, None, 10).unwrap().wins;
    assert_eq!(wins.len(), 1);
    assert_eq!(wins[0].win.text, "Work out");
    assert_eq!(wins[0].win.local_date.to_string(), "2020-01-01");
    assert_eq!(wins[0].win.source, WinSource::Import);
    let stacks = service::stacks::list_stacks(&d.store, &clock, &chrono::Utc).unwrap();
    assert_eq!(stacks.len(), 1);
    assert_eq!(stacks[0].stack.action, "Work out");
    // Mask 113: Saturday, Wednesday, Thursday, Friday.
    assert_eq!(stacks[0].stack.weekdays.days(), [2, 3, 4, 5]);
    assert_eq!(
        cairn_core::domain::stacks::time_text(stacks[0].stack.times[0]),
        "18:00"
    );
    let again = service::import::import_path(&d.store, &clock, &file, false).unwrap();
    assert!(again.is_empty(), "{again:?}");
}

/// Issue 24, part 2: Loop's numeric habits arrive as measured steps with
/// their unit, target and bound, and each value as the win's amount (Loop
/// keeps values in thousandths, as Cairn does).
#[test]
fn a_loop_backups_numeric_habits_become_measured_steps_with_amounts() {
    use cairn_core::domain::measure::{Bound, Per};
    let clock = clock();
    let d = fresh();
    let file = d.dir.path().join("loop-numeric.db");
    std::fs::copy(fixtures().join("loop-v22.db"), &file).unwrap();
    {
        let db = rusqlite::Connection::open(&file).unwrap();
        db.execute_batch(
            "UPDATE Habits SET type = 1, unit = 'km', target_type = 0, target_value = 5.0 WHERE id = 1;
             INSERT INTO Habits (id, archived, color, description, freq_den, freq_num, highlight, name,
                                 position, reminder_days, type, target_type, target_value, unit)
             VALUES (2, 0, 0, '', 1, 1, 0, 'Coffee', 2, 127, 1, 1, 2.0, 'cups');
             INSERT INTO Repetitions (habit, timestamp, value) VALUES
                 (1, 1577923200000, 2500), (2, 1577923200000, 3000);",
        )
        .unwrap();
    }
    service::import::import_path(&d.store, &clock, &file, false).unwrap();
    let goals = service::goals::list_goals(&d.store).unwrap();
    let step = |title: &str| {
        goals[0]
            .steps
            .iter()
            .find(|s| s.title == title)
            .unwrap()
            .clone()
    };
    let run = step("Test").measure.unwrap();
    assert_eq!(run.unit.as_str(), "km");
    let target = run.target.unwrap();
    assert_eq!(
        (target.amount.milli(), target.per, target.bound),
        (5_000, Per::Day, Bound::AtLeast)
    );
    let coffee = step("Coffee").measure.unwrap().target.unwrap();
    assert_eq!(
        (coffee.amount.milli(), coffee.bound),
        (2_000, Bound::AtMost)
    );
    let wins = service::wins::list_wins(&d.store, None, 10).unwrap().wins;
    let amounts: Vec<(String, Option<i64>)> = wins
        .iter()
        .map(|w| (w.win.text.clone(), w.win.amount.map(|a| a.milli())))
        .collect();
    assert!(
        amounts.contains(&("Test".into(), Some(2_500))),
        "{amounts:?}"
    );
    assert!(
        amounts.contains(&("Coffee".into(), Some(3_000))),
        "{amounts:?}"
    );
    assert!(amounts.contains(&("Work out".into(), None)), "{amounts:?}");
    // The note is the person's; the amount no longer goes there.
    assert!(wins.iter().all(|w| w.win.note.is_empty()));
}

fn loop_csv_counts(path: &Path) -> (usize, usize, usize, usize) {
    let clock = clock();
    let d = fresh();
    let p = service::import::import_path(&d.store, &clock, path, false).unwrap();
    assert_eq!(p.source, SourceKind::LoopCsv);
    (p.goals, p.steps, p.wins, p.rest_days)
}

#[test]
fn the_loop_csv_export_imports_from_its_folder_and_from_a_zip() {
    let folder = fixtures().join("csv_export");
    // "Wake up early" was checked by hand on six days; "Meditate" never.
    assert_eq!(loop_csv_counts(&folder), (1, 2, 6, 0));

    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("Loop Habits CSV 2015-01-25.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let name = format!("export/{}", path.file_name().unwrap().to_string_lossy());
            zip.start_file(name, options).unwrap();
            zip.write_all(&std::fs::read(&path).unwrap()).unwrap();
        }
    }
    zip.finish().unwrap();
    assert_eq!(loop_csv_counts(&zip_path), (1, 2, 6, 0));
}

/// A file that must be refused with `kind`, leaving the database as it was.
fn refused(d: &Data, clock: &FixedClock, path: &Path, kind: &str) {
    let before = db_bytes(d);
    let contents_before = contents(&d.store);
    for dry_run in [true, false] {
        let err = service::import::import_path(&d.store, clock, path, dry_run)
            .expect_err(&format!("{} is refused", path.display()));
        assert_eq!(err.kind(), kind, "{}: {err}", path.display());
        let text = err.to_string();
        assert!(text.ends_with('.') && !text.contains("rusqlite"), "{text}");
    }
    assert_eq!(db_bytes(d), before, "{} left bytes behind", path.display());
    assert_eq!(contents(&d.store), contents_before);
}

#[test]
fn hostile_files_are_refused_and_change_nothing() {
    let clock = clock();
    let source = seeded(&clock);
    let good = source.dir.path().join("good.json");
    service::export::export_json(&source.store, &clock, &good).unwrap();
    let good_text = std::fs::read_to_string(&good).unwrap();
    let d = seeded(&clock);
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (write("empty.json", b""), "validation"),
        (
            write(
                "truncated.json",
                &good_text.as_bytes()[..good_text.len() / 2],
            ),
            "validation",
        ),
        (write("other.json", b"{\"hello\": 1}"), "validation"),
        (
            write(
                "wrong-type.json",
                good_text
                    .replacen("\"version\": 4", "\"version\": \"4\"", 1)
                    .as_bytes(),
            ),
            "validation",
        ),
        (
            write(
                "newer.json",
                good_text
                    .replacen("\"version\": 4", "\"version\": 99", 1)
                    .as_bytes(),
            ),
            "conflict",
        ),
        (
            write(
                "huge-title.json",
                good_text
                    .replacen("\"Walked\"", &format!("\"{}\"", "W".repeat(1_000_000)), 1)
                    .as_bytes(),
            ),
            "validation",
        ),
        (
            write(
                "dangling.json",
                good_text
                    .replacen("\"goals\": [", "\"goalsX\": [", 1)
                    .as_bytes(),
            ),
            "validation",
        ),
        (write("text.txt", b"just some text"), "validation"),
        (
            write("fake.db", b"SQLite format 3\0 and then nothing"),
            "validation",
        ),
        (dir.path().join("missing.json"), "notFound"),
    ];
    for (path, kind) in &cases {
        refused(&d, &clock, path, kind);
    }

    // A SQLite file that is not a Loop backup: Cairn's own database.
    let cairn_db = dir.path().join("cairn-copy.sqlite3");
    d.store.backup_to(&cairn_db).unwrap();
    refused(&d, &clock, &cairn_db, "validation");

    // A Loop backup from a newer Loop than 25.
    let newer = dir.path().join("loop-v26.db");
    std::fs::copy(fixtures().join("loop-v22.db"), &newer).unwrap();
    let mut perms = std::fs::metadata(&newer).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&newer, perms).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 26)
        .unwrap();
    refused(&d, &clock, &newer, "conflict");

    // A zip bomb: a small zip whose Habits.csv unpacks to 100 MB.
    let bomb = dir.path().join("bomb.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("Habits.csv", options).unwrap();
    let zeros = vec![b'0'; 1024 * 1024];
    for _ in 0..100 {
        zip.write_all(&zeros).unwrap();
    }
    zip.start_file("Checkmarks.csv", options).unwrap();
    zip.write_all(b"Date\n").unwrap();
    zip.finish().unwrap();
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2 * 1024 * 1024);
    refused(&d, &clock, &bomb, "validation");
    let junk_zip = write("junk.zip", b"PK\x03\x04 broken");
    refused(&d, &clock, &junk_zip, "validation");
}

#[test]
fn a_version_1_export_still_imports() {
    let clock = clock();
    let d = fresh();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export-v1.json");
    let p = service::import::import_path(&d.store, &clock, &file, false).unwrap();
    assert_eq!(p.source, SourceKind::Cairn);
    assert_eq!(
        (p.goals, p.steps, p.wins, p.rest_days, p.stacks),
        (1, 1, 2, 1, 1)
    );
    assert_eq!(
        (p.reflections, p.one_things, p.step_versions, p.rewards),
        (0, 0, 0, 0)
    );
    let goals = service::goals::list_goals(&d.store).unwrap();
    assert_eq!(goals[0].goal.title, "Submit the thesis");
    let step = &goals[0].steps[0];
    // A step from a version 1 file has no history yet; its story is its
    // current values since the day it was made.
    let story = service::adjust::step_story(&d.store, &clock, &step.id).unwrap();
    assert_eq!(story.len(), 1);
    // Exported again, it is a file of the newest version.
    let out = d.dir.path().join("again.json");
    service::export::export_json(&d.store, &clock, &out).unwrap();
    let again: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(again["version"], 4);
    assert_eq!(again["reflections"], serde_json::json!([]));
    let twice = service::import::import_path(&d.store, &clock, &file, false).unwrap();
    assert!(twice.is_empty(), "{twice:?}");
}

#[test]
fn a_review_of_a_week_or_a_one_thing_of_a_day_already_here_stays_as_it_is() {
    let clock = clock();
    let source = seeded(&clock);
    let file = source.dir.path().join("export.json");
    service::export::export_json(&source.store, &clock, &file).unwrap();
    // Another computer with its own review of the same week and its own
    // one thing of the same day (different ids).
    let d = seeded(&FixedClock::at("2026-11-21T09:30:00+01:00"));
    let before = contents(&d.store);
    let p = service::import::import_path(&d.store, &clock, &file, false).unwrap();
    assert_eq!(
        (
            p.goals,
            p.steps,
            p.wins,
            p.reflections,
            p.one_things,
            p.step_versions,
            p.rewards
        ),
        (1, 1, 2, 0, 0, 2, 1)
    );
    assert_eq!(
        p.already_there, 2,
        "the week's review and the day's one thing"
    );
    let after = contents(&d.store);
    assert_eq!(after[3], before[3], "the review here is kept");
    assert_eq!(after[4], before[4], "the one thing here is kept");
    assert_eq!(after[5].len(), 4);
    assert_eq!(after[6].len(), 2);
}

/// The export of `seeded` with the value at `pointer` replaced.
fn altered(good: &serde_json::Value, pointer: &str, value: serde_json::Value) -> Vec<u8> {
    let mut v = good.clone();
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is in the export")) = value;
    serde_json::to_vec_pretty(&v).unwrap()
}

#[test]
fn bad_values_in_the_new_arrays_are_refused_naming_the_row() {
    use serde_json::json;
    let clock = clock();
    let source = seeded(&clock);
    let good = source.dir.path().join("good.json");
    service::export::export_json(&source.store, &clock, &good).unwrap();
    let good: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&good).unwrap()).unwrap();
    let d = seeded(&clock);
    let dir = tempfile::tempdir().unwrap();
    let nobody = json!("0b6f3c4e-8a51-4d0e-9a57-6e1f2a3b4c5d");
    let cases = [
        ("/reflections/0/id", json!("42"), "weekly review 1 has a problem"),
        ("/reflections/0/weekStart", json!("2099-11-02"), "weekly review 1 has a problem"),
        ("/reflections/0/weekStart", json!("someday"), "weekly review 1 has a problem"),
        ("/reflections/0/learned", json!("x".repeat(3000)), "weekly review 1 has a problem"),
        ("/reflections/0/focusActions/0/text", json!(""), "weekly review 1 has a problem"),
        ("/reflections/0/focusActions/0/became", json!("goal"), "weekly review 1 has a problem"),
        ("/reflections/0/focusActions/0/stepId", nobody.clone(), "weekly review 1 refers to a step"),
        (
            "/reflections/0/focusActions",
            json!((0..5).map(|i| json!({"id": format!("0b6f3c4e-8a51-4d0e-9a57-6e1f2a3b4c5{i}"), "text": "Walk"})).collect::<Vec<_>>()),
            "weekly review 1 has a problem",
        ),
        ("/oneThings/0/id", json!("one"), "one thing 1 has a problem"),
        ("/oneThings/0/date", json!("2026-13-01"), "one thing 1 has a problem"),
        ("/oneThings/0/text", json!("   "), "one thing 1 has a problem"),
        ("/oneThings/0/text", json!("two\nlines"), "one thing 1 has a problem"),
        ("/oneThings/0/winId", nobody.clone(), "one thing 1 refers to a win"),
        ("/oneThings/0/stepId", nobody.clone(), "one thing 1 refers to a step"),
        ("/stepVersions/0/id", json!(""), "step version 1 has a problem"),
        ("/stepVersions/0/reason", json!("huge"), "step version 1 has a problem"),
        ("/stepVersions/0/minutes", json!(0), "step version 1 has a problem"),
        ("/stepVersions/1/cadence/kind", json!("hourly"), "step version 2 has a problem"),
        ("/stepVersions/0/effectiveDate", json!(""), "step version 1 has a problem"),
        ("/stepVersions/0/stepId", nobody.clone(), "step version 1 refers to a step"),
        ("/rewards/0/id", json!("r"), "reward 1 has a problem"),
        ("/rewards/0/text", json!(""), "reward 1 has a problem"),
        ("/rewards/0/moment", json!("birthday"), "reward 1 has a problem"),
        ("/rewards/0/count", json!(0), "reward 1 has a problem"),
        ("/rewards/0/goalId", json!(null), "reward 1 has a problem"),
        ("/rewards/0/createdAt", json!("yesterday"), "reward 1 has a problem"),
        ("/rewards/0/enjoyedAt", json!("2026-11-21T08:00:00.000Z"), "reward 1 has a problem"),
        ("/rewards/0/goalId", nobody.clone(), "reward 1 refers to a goal"),
    ];
    for (i, (pointer, value, words)) in cases.into_iter().enumerate() {
        let path = dir.path().join(format!("bad-{i}.json"));
        std::fs::write(&path, altered(&good, pointer, value)).unwrap();
        refused(&d, &clock, &path, "validation");
        let err = service::import::import_path(&d.store, &clock, &path, false).unwrap_err();
        assert!(err.to_string().contains(words), "{pointer}: {err}");
        assert!(
            err.to_string().ends_with("Nothing was changed."),
            "{pointer}: {err}"
        );
    }
}

/// A Cairn export is parsed as it is read from its file (issue 22: a
/// million wins' export is over 300 MB); the sentence for each kind of
/// refusal is the one the in-memory reader gives (restore's carry-over
/// reads from memory).
#[test]
fn an_export_read_from_its_file_is_refused_for_the_same_reasons_as_in_memory() {
    let clock = clock();
    let source = seeded(&clock);
    let good = source.dir.path().join("good.json");
    service::export::export_json(&source.store, &clock, &good).unwrap();
    let good_text = std::fs::read_to_string(&good).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "cut",
            good_text[..good_text.len() / 2].to_owned(),
            "not valid JSON",
        ),
        ("other", "{\"hello\": 1}".to_owned(), "not a Cairn export"),
        (
            "no-version",
            good_text.replacen("\"version\": 4", "\"version\": \"4\"", 1),
            "version is missing",
        ),
        (
            "newer",
            good_text.replacen("\"version\": 4", "\"version\": 99", 1),
            "99",
        ),
        (
            "wrong-field",
            good_text.replacen("\"text\": \"Walked\"", "\"text\": 7", 1),
            "wrong type",
        ),
    ];
    for (name, text, says) in cases {
        let path = dir.path().join(format!("{name}.json"));
        std::fs::write(&path, &text).unwrap();
        let from_file = service::import::read_path(&path, &clock).unwrap_err();
        let in_memory = service::import::cairn::read(text.as_bytes(), &clock).unwrap_err();
        assert_eq!(from_file.to_string(), in_memory.to_string(), "{name}");
        assert!(from_file.to_string().contains(says), "{name}: {from_file}");
    }
    let plan = service::import::read_path(&good, &clock).unwrap();
    let same = service::import::cairn::read(good_text.as_bytes(), &clock).unwrap();
    assert_eq!(plan, same, "both readers make the same plan");
    assert_eq!(plan.wins.len(), 2);

    // Over the cap: refused before a byte is parsed (a sparse file).
    let huge = dir.path().join("huge.json");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(service::import::MAX_EXPORT_BYTES + 1).unwrap();
    let e = service::import::cairn::read_file(&huge, &clock).unwrap_err();
    assert!(e.to_string().contains("2 GB"), "{e}");
}

// ---- Habo and Beaver Habit Tracker -------------------------------------

/// A file of `tests/fixtures/<app>/`.
fn app_fixture(app: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(app)
        .join(name)
}

/// Goals, steps, wins, rest days and habit stacks a preview counts.
fn added(p: &service::import::Preview) -> (usize, usize, usize, usize, usize) {
    (p.goals, p.steps, p.wins, p.rest_days, p.stacks)
}

/// What a preview says stays behind, as kind keys and counts.
fn left_out(p: &service::import::Preview) -> Vec<(&'static str, usize)> {
    p.left_out.iter().map(|(k, n)| (k.as_str(), n)).collect()
}

/// Issue "import from Habo and Beaver": each sample previews what it adds
/// and what stays behind, the preview writes nothing, the import adds
/// exactly that, and importing it again adds nothing.
#[test]
fn habo_and_beaver_files_preview_add_once_and_say_what_stays_behind() {
    type Expected = (
        &'static str,
        &'static str,
        SourceKind,
        (usize, usize, usize, usize, usize),
        &'static [(&'static str, usize)],
    );
    let table: &[Expected] = &[
        (
            "habo",
            "habo_backup_2026-11-21_08-15-02.json",
            SourceKind::Habo,
            (1, 4, 5, 1, 1),
            &[
                ("deleted-habits", 1),
                ("notes-without-win", 1),
                ("not-done-marks", 1),
                ("habo-contracts", 1),
                ("habo-categories", 1),
            ],
        ),
        (
            "habo",
            "backup.json",
            SourceKind::Habo,
            (1, 2, 2, 1, 1),
            &[("notes-without-win", 1), ("not-done-marks", 1)],
        ),
        (
            "beaver",
            "beaverhabits_2026_11_20.json",
            SourceKind::Beaver,
            (1, 4, 4, 1, 0),
            &[
                ("notes-without-win", 1),
                ("beaver-tags", 3),
                ("beaver-stars", 1),
            ],
        ),
        (
            "beaver",
            "habits_1725184800.json",
            SourceKind::Beaver,
            (1, 3, 3, 0, 0),
            &[("deleted-habits", 1)],
        ),
    ];
    let clock = clock();
    for (app, name, source, counts, stays) in table {
        let file = app_fixture(app, name);
        let d = seeded(&clock);
        let before = contents(&d.store);
        let p = service::import::import_path(&d.store, &clock, &file, true).unwrap();
        assert_eq!(p.source, *source, "{name}");
        assert_eq!(added(&p), *counts, "{name}");
        assert_eq!(left_out(&p), *stays, "{name}");
        assert_eq!(
            contents(&d.store),
            before,
            "{name}: the preview writes nothing"
        );

        let done = service::import::import_path(&d.store, &clock, &file, false).unwrap();
        assert_eq!(added(&done), *counts, "{name}");
        let again = service::import::import_path(&d.store, &clock, &file, false).unwrap();
        assert!(again.is_empty(), "{name}: {again:?}");
        let (g, s, w, r, st) = counts;
        assert_eq!(again.already_there, g + s + w + r + st, "{name}");
        assert_eq!(left_out(&again), *stays, "{name}: still said");
    }
}

#[test]
fn what_stays_behind_is_said_kindly_in_each_language() {
    let clock = clock();
    let d = fresh();
    let file = app_fixture("habo", "habo_backup_2026-11-21_08-15-02.json");
    let p = service::import::import_path(&d.store, &clock, &file, true).unwrap();
    let english = p.left_out.sentences();
    assert_eq!(
        english,
        [
            "1 deleted habit is left out.",
            "1 note on a day without a check stays behind: Cairn keeps notes with wins.",
            "1 day marked “not done” stays unmarked: in Cairn, a day without a win needs no mark.",
            "1 habit contract (a sanction and an accountability partner) stays in Habo: Cairn works with second chances, not penalties.",
            "Habo's category is not brought over: all the habits come in under one goal.",
        ]
    );
    assert_eq!(p.source.label(), "a Habo backup");
    for lang in ["de", "es"] {
        let said = cairn_core::i18n::with_language(lang, || p.left_out.sentences());
        assert_eq!(said.len(), english.len());
        for (theirs, ours) in said.iter().zip(&english) {
            assert_ne!(theirs, ours, "{lang}: {theirs}");
            assert!(theirs.ends_with('.'), "{lang}: {theirs}");
        }
    }
    let beaver = service::import::import_path(
        &d.store,
        &clock,
        &app_fixture("beaver", "beaverhabits_2026_11_20.json"),
        true,
    )
    .unwrap();
    let said = cairn_core::i18n::with_language("de", || beaver.left_out.sentences());
    assert!(
        said.contains(&"Die 3 Schlagwörter aus Beaver werden nicht übernommen: Alle Gewohnheiten kommen unter ein Ziel.".to_owned()),
        "{said:?}"
    );
}

/// Habo's checks become wins on their day with the comment as the note,
/// its numeric habit a measured step with amounts, a skip a rest day, an
/// archived habit an archived step, a reminder a habit stack; the cue,
/// routine and reward go into the goal's why; a deleted habit stays out.
#[test]
fn a_habo_backup_maps_checks_numbers_skips_archives_and_reminders() {
    use cairn_core::domain::measure::{Bound, Per};
    use cairn_core::domain::Cadence;
    let clock = clock();
    let d = fresh();
    let file = app_fixture("habo", "habo_backup_2026-11-21_08-15-02.json");
    service::import::import_path(&d.store, &clock, &file, false).unwrap();

    let goals = service::goals::list_goals(&d.store).unwrap();
    assert_eq!(goals.len(), 1);
    let goal = &goals[0].goal;
    assert_eq!(goal.title, "From Habo");
    assert!(goal.why.starts_with("Imported from Habo."), "{}", goal.why);
    for line in [
        "Meditate 🧘 · cue: After my morning coffee",
        "Meditate 🧘 · routine: Sit for two minutes",
        "Meditate 🧘 · reward: A quiet moment",
    ] {
        assert!(goal.why.contains(line), "{}", goal.why);
    }
    assert!(!goal.why.contains("No dessert"), "a sanction stays in Habo");

    let steps = d.store.read(cairn_core::store::steps::list).unwrap();
    let titles: Vec<(&str, bool)> = steps
        .iter()
        .map(|s| (s.title.as_str(), s.archived))
        .collect();
    assert_eq!(
        titles,
        [
            ("Meditate 🧘", false),
            ("Read", false),
            ("Stretch", true),
            ("日記を書く", false)
        ]
    );
    assert!(steps.iter().all(|s| s.cadence == Cadence::Daily));
    let read = steps.iter().find(|s| s.title == "Read").unwrap();
    let measure = read.measure.as_ref().unwrap();
    assert_eq!(measure.unit.as_str(), "pages");
    let target = measure.target.unwrap();
    assert_eq!(
        (target.amount.milli(), target.per, target.bound),
        (20_000, Per::Day, Bound::AtLeast)
    );
    assert_eq!(measure.usual.map(|a| a.milli()), Some(5_000));

    let wins = service::wins::list_wins(&d.store, None, 20).unwrap().wins;
    let mut seen: Vec<(String, String, String, Option<i64>)> = wins
        .iter()
        .map(|w| {
            (
                w.win.local_date.to_string(),
                w.win.text.clone(),
                w.win.note.clone(),
                w.win.amount.map(|a| a.milli()),
            )
        })
        .collect();
    seen.sort();
    let row = |day: &str, text: &str, note: &str, amount: Option<i64>| {
        (day.to_owned(), text.to_owned(), note.to_owned(), amount)
    };
    assert_eq!(
        seen,
        [
            row("2026-10-02", "Stretch", "", None),
            row("2026-11-16", "Meditate 🧘", "", None),
            // A numeric habit's check is its target met.
            row("2026-11-16", "Read", "", Some(20_000)),
            row("2026-11-17", "Meditate 🧘", "Felt calm", None),
            row("2026-11-17", "Read", "Half a chapter", Some(12_500)),
        ]
    );
    for w in &wins {
        assert_eq!(w.win.source, WinSource::Import);
        // Habo keeps noon UTC of the day; the day is never moved.
        assert_eq!(
            w.win.logged_at.to_rfc3339(),
            format!("{}T12:00:00+00:00", w.win.local_date)
        );
        assert_eq!(w.win.goal_id.as_ref(), Some(&goal.id));
    }

    let meditate = steps
        .iter()
        .find(|s| s.title.starts_with("Meditate"))
        .unwrap();
    let rest = d.store.read(cairn_core::store::rest_days::all).unwrap();
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].date.to_string(), "2026-11-19");
    assert_eq!(rest[0].step_id.as_ref(), Some(&meditate.id));

    let stacks = service::stacks::list_stacks(&d.store, &clock, &chrono::Utc).unwrap();
    assert_eq!(stacks.len(), 1);
    let stack = &stacks[0].stack;
    assert_eq!(stack.action, "Meditate 🧘");
    assert_eq!(stack.step_id.as_ref(), Some(&meditate.id));
    assert_eq!(
        cairn_core::domain::stacks::time_text(stack.times[0]),
        "07:05"
    );
    assert_eq!(stack.weekdays.days(), [0, 1, 2, 3, 4, 5, 6]);
    assert!(stack.enabled);
}

/// Beaver's periods become cadences, a `#skip` note a rest day, a day's
/// note the win's note; starred habits come first, archived ones last and
/// archived; a deleted habit stays out; a day twice is one win.
#[test]
fn a_beaver_export_maps_periods_skips_notes_stars_and_archives() {
    use cairn_core::domain::Cadence;
    let clock = clock();
    let d = fresh();
    let file = app_fixture("beaver", "beaverhabits_2026_11_20.json");
    service::import::import_path(&d.store, &clock, &file, false).unwrap();
    let goals = service::goals::list_goals(&d.store).unwrap();
    assert_eq!(goals[0].goal.title, "From Beaver Habit Tracker");
    let steps = d.store.read(cairn_core::store::steps::list).unwrap();
    let cadences: Vec<(&str, &Cadence)> = steps
        .iter()
        .map(|s| (s.title.as_str(), &s.cadence))
        .collect();
    assert_eq!(
        cadences,
        [
            ("Morning run 🏃", &Cadence::TimesPerWeek(3)),
            ("Read 10 pages", &Cadence::Daily),
            ("Call mum", &Cadence::TimesPerMonth(4)),
            ("Ünïcödé 漢字", &Cadence::Daily),
        ]
    );
    assert!(steps.iter().all(|s| s.measure.is_none() && !s.archived));
    let wins = service::wins::list_wins(&d.store, None, 20).unwrap().wins;
    let mut seen: Vec<(String, String, String)> = wins
        .iter()
        .map(|w| {
            (
                w.win.local_date.to_string(),
                w.win.text.clone(),
                w.win.note.clone(),
            )
        })
        .collect();
    seen.sort();
    let row =
        |day: &str, text: &str, note: &str| (day.to_owned(), text.to_owned(), note.to_owned());
    assert_eq!(
        seen,
        [
            row("2026-11-15", "Ünïcödé 漢字", "Nice"),
            row("2026-11-16", "Morning run 🏃", ""),
            row("2026-11-17", "Read 10 pages", ""),
            row(
                "2026-11-18",
                "Morning run 🏃",
                "5 km by the river\n\n#green"
            ),
        ]
    );
    let rest = d.store.read(cairn_core::store::rest_days::all).unwrap();
    assert_eq!(
        rest.iter().map(|r| r.date.to_string()).collect::<Vec<_>>(),
        ["2026-11-19"]
    );

    // The 2024 export: the whole list, with its order, an archived and a
    // deleted habit.
    let d = fresh();
    let file = app_fixture("beaver", "habits_1725184800.json");
    service::import::import_path(&d.store, &clock, &file, false).unwrap();
    let steps = d.store.read(cairn_core::store::steps::list).unwrap();
    let titles: Vec<(&str, bool, &Cadence)> = steps
        .iter()
        .map(|s| (s.title.as_str(), s.archived, &s.cadence))
        .collect();
    assert_eq!(
        titles,
        [
            ("Piano", false, &Cadence::EveryNDays(2)),
            ("Yoga", false, &Cadence::Daily),
            ("Old habit", true, &Cadence::Daily),
        ]
    );
    let wins = service::wins::list_wins(&d.store, None, 20).unwrap().wins;
    assert_eq!(
        wins.len(),
        3,
        "one win for Piano's day, though it is there twice"
    );
    assert!(!wins.iter().any(|w| w.win.text == "Gone"));
}

/// Both apps' files are told apart from a Cairn export by their keys: a
/// Cairn export whose keys are in another order (not as Cairn writes it)
/// is still read as one.
#[test]
fn a_cairn_export_with_its_keys_in_another_order_still_imports() {
    let clock = clock();
    let from = seeded(&clock);
    let file = from.dir.path().join("export.json");
    service::export::export_json(&from.store, &clock, &file).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    // serde_json's own map sorts the keys: "exportedAt" comes first.
    let sorted = from.dir.path().join("sorted.json");
    std::fs::write(&sorted, serde_json::to_vec(&value).unwrap()).unwrap();
    assert!(!std::fs::read_to_string(&sorted)
        .unwrap()
        .starts_with("{\"format\""));
    let to = fresh();
    let p = service::import::import_path(&to.store, &clock, &sorted, false).unwrap();
    assert_eq!(p.source, SourceKind::Cairn);
    assert_eq!((p.goals, p.steps, p.wins), (1, 1, 2));
}

/// Malformed Habo and Beaver files, and JSON of neither kind: a sentence
/// that says what is wrong, and nothing written.
#[test]
fn malformed_habo_and_beaver_files_are_refused_and_change_nothing() {
    let clock = clock();
    let d = seeded(&clock);
    let dir = tempfile::tempdir().unwrap();
    let habo = std::fs::read_to_string(app_fixture("habo", "habo_backup_2026-11-21_08-15-02.json"))
        .unwrap();
    let legacy = std::fs::read_to_string(app_fixture("habo", "backup.json")).unwrap();
    let beaver =
        std::fs::read_to_string(app_fixture("beaver", "beaverhabits_2026_11_20.json")).unwrap();
    let once = |text: &str, from: &str, to: &str| {
        assert_eq!(text.matches(from).count(), 1, "{from}");
        text.replacen(from, to, 1)
    };
    let cases: Vec<(&str, String, &str)> = vec![
        ("not-json", "{habits: [oops".into(), "not valid JSON"),
        ("habo-cut", habo[..habo.len() / 2].into(), "not valid JSON"),
        (
            "legacy-cut",
            legacy[..legacy.len() / 3].into(),
            "not valid JSON",
        ),
        (
            "beaver-cut",
            beaver[..beaver.len() - 3].into(),
            "not valid JSON",
        ),
        (
            "numbers",
            "[1, 2, 3]".into(),
            "not a Cairn export, a Habo backup or a Beaver",
        ),
        (
            "habits-number",
            "{\"habits\": 5}".into(),
            "not a Cairn export, a Habo backup",
        ),
        (
            "habits-unknown",
            "{\"habits\": [{\"x\": 1}]}".into(),
            "not a Cairn export",
        ),
        (
            "a-string",
            "\"Habo\"".into(),
            "not a Cairn export, a Loop Habit Tracker backup",
        ),
        (
            "habo-title-number",
            once(&habo, "\"title\": \"Read\"", "\"title\": 5"),
            "looks like a Habo backup, but a field is missing or has the wrong type",
        ),
        (
            "habo-events-text",
            once(
                &habo,
                "\"events\": {},\n      \"sanction\"",
                "\"events\": \"none\",\n      \"sanction\"",
            ),
            "looks like a Habo backup, but a field",
        ),
        (
            "habo-day-type-number",
            once(&habo, "[\"DayType.skip\", \"\"]", "[3, \"\"]"),
            "looks like a Habo backup, but a field",
        ),
        (
            "habo-day-not-a-date",
            once(&habo, "2026-11-19 12:00:00.000Z", "yesterday"),
            "looks like a Habo backup, but one of its days is not a date",
        ),
        (
            "habo-habits-object",
            once(&habo, "\"habits\": [", "\"habits\": {\"list\": [").replacen(
                "\n  ],\n  \"events\"",
                "\n  ]},\n  \"events\"",
                1,
            ),
            "looks like a Habo backup, but a field",
        ),
        (
            "legacy-no-title",
            once(&legacy, "\"title\":\"Walk\",", ""),
            "looks like a Habo backup, but a field",
        ),
        (
            "beaver-records-text",
            once(&beaver, "\"records\": [], ", "\"records\": \"none\", "),
            "looks like a Beaver Habit Tracker export, but a field",
        ),
        (
            "beaver-name-null",
            once(&beaver, "\"name\": \"Call mum\"", "\"name\": null"),
            "looks like a Beaver Habit Tracker export, but a field",
        ),
        (
            "beaver-done-text",
            once(
                &beaver,
                "{\"day\": \"2026-11-17\", \"done\": true}",
                "{\"day\": \"2026-11-17\", \"done\": \"yes\"}",
            ),
            "looks like a Beaver Habit Tracker export, but a field",
        ),
        (
            "beaver-day-not-a-date",
            once(&beaver, "2026-11-17", "2026-13-17"),
            "looks like a Beaver Habit Tracker export, but one of its days is not a date",
        ),
    ];
    for (name, text, says) in cases {
        let path = dir.path().join(format!("{name}.json"));
        std::fs::write(&path, &text).unwrap();
        refused(&d, &clock, &path, "validation");
        let e = service::import::import_path(&d.store, &clock, &path, true).unwrap_err();
        assert!(e.to_string().contains(says), "{name}: {e}");
        assert!(
            e.to_string().ends_with("Nothing was changed."),
            "{name}: {e}"
        );
    }
}

/// Any one field of a Habo or Beaver sample, set to any JSON value of any
/// type, is read or refused with a sentence: never a panic, never half an
/// import.
#[test]
fn any_value_in_any_habo_or_beaver_field_is_read_or_refused_whole() {
    use serde_json::{json, Value};
    let clock = clock();
    let values = [
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5e300),
        json!(-0.0),
        json!(""),
        json!("DayType.progress"),
        json!("9999-12-31"),
        json!("2026-02-30 12:00:00.000Z"),
        json!("ü".repeat(5000)),
        json!([]),
        json!([1, "x", null]),
        json!({}),
        json!({"period_type": "W", "period_count": -7, "target_count": 99}),
    ];
    for (app, name) in [
        ("habo", "habo_backup_2026-11-21_08-15-02.json"),
        ("habo", "backup.json"),
        ("beaver", "beaverhabits_2026_11_20.json"),
        ("beaver", "habits_1725184800.json"),
    ] {
        let good: Value =
            serde_json::from_slice(&std::fs::read(app_fixture(app, name)).unwrap()).unwrap();
        let mut pointers = Vec::new();
        fn walk(v: &Value, at: String, out: &mut Vec<String>) {
            match v {
                Value::Object(m) => m.iter().for_each(|(k, v)| {
                    let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                    out.push(p.clone());
                    walk(v, p, out);
                }),
                Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| {
                    let p = format!("{at}/{i}");
                    out.push(p.clone());
                    walk(v, p, out);
                }),
                _ => {}
            }
        }
        walk(&good, String::new(), &mut pointers);
        let d = seeded(&clock);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        for (i, pointer) in pointers.iter().enumerate() {
            // Every field once, with a value chosen by its place.
            let value = values[i % values.len()].clone();
            let mut altered = good.clone();
            if let Some(slot) = altered.pointer_mut(pointer) {
                *slot = value;
            }
            std::fs::write(&path, serde_json::to_vec(&altered).unwrap()).unwrap();
            let before = db_bytes(&d);
            match service::import::import_path(&d.store, &clock, &path, true) {
                Ok(preview) => {
                    // What the preview promised is what is added.
                    let done = service::import::import_path(&d.store, &clock, &path, false)
                        .unwrap_or_else(|e| panic!("{name} {pointer}: {e}"));
                    assert_eq!(added(&done), added(&preview), "{name} {pointer}");
                }
                Err(e) => {
                    assert_eq!(e.kind(), "validation", "{name} {pointer}: {e}");
                    assert!(e.to_string().ends_with('.'), "{name} {pointer}: {e}");
                    assert_eq!(db_bytes(&d), before, "{name} {pointer}");
                    assert!(
                        service::import::import_path(&d.store, &clock, &path, false).is_err(),
                        "{name} {pointer}"
                    );
                    assert_eq!(db_bytes(&d), before, "{name} {pointer}");
                }
            }
        }
    }
}
