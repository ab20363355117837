//! Property tests for hostile files: whatever an importer is given, nothing
//! panics, a failure is one of Cairn's error kinds with a sentence, and a
//! failed import leaves the database byte-for-byte as it was. (Every
//! command's input is fuzzed in the app crate, src/commands/tests.rs.)

use std::path::Path;

use cairn_core::clock::FixedClock;
use cairn_core::service;
use cairn_core::store::Store;
use proptest::prelude::*;

const KINDS: &[&str] = &["validation", "notFound", "conflict", "storage", "internal"];

fn clock() -> FixedClock {
    FixedClock::at("2026-11-21T09:30:00+01:00")
}

fn db_bytes(dir: &Path) -> Vec<u8> {
    let main = std::fs::read(dir.join("cairn.sqlite3")).unwrap();
    let wal = std::fs::read(dir.join("cairn.sqlite3-wal")).unwrap_or_default();
    [main, wal].concat()
}

/// A valid export with a little of everything (version 2's reviews, one
/// things, step versions and rewards too), as text.
fn good_export() -> String {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let clock = clock();
    let g = service::goals::create_goal(
        &store,
        &clock,
        &service::goals::GoalDraft {
            title: "Thesis".into(),
            ..Default::default()
        },
    )
    .unwrap();
    service::wins::log_win(
        &store,
        &clock,
        &service::wins::WinDraft {
            text: "Wrote".into(),
            note: "n".into(),
            goal: Some(g.id.clone()),
            step: None,
            source: cairn_core::domain::WinSource::Window,
            amount: None,
        },
    )
    .unwrap();
    let step = service::steps::add_step(
        &store,
        &clock,
        Some(&g.id),
        &service::steps::StepDraft {
            title: "Read".into(),
            cadence: service::steps::CadenceDraft {
                kind: "daily".into(),
                ..Default::default()
            },
            minutes: Some(5),
            measure: None,
        },
    )
    .unwrap();
    service::focus::set_one_thing(
        &store,
        &clock,
        &service::focus::Choice::Step(step.id.clone()),
    )
    .unwrap();
    service::reflections::save(
        &store,
        &clock,
        &service::reflections::ReflectionInput {
            week_start: "2026-11-09".parse().unwrap(),
            went_well: "w".into(),
            learned: String::new(),
            adjust: String::new(),
            focus: vec![service::reflections::FocusInput {
                id: None,
                text: "Read".into(),
            }],
        },
    )
    .unwrap();
    service::rewards::save_reward(
        &store,
        &clock,
        None,
        &service::rewards::RewardDraft {
            text: "Tea".into(),
            moment: "goal_done".into(),
            goal: Some(g.id.clone()),
            count: None,
        },
    )
    .unwrap();
    let path = dir.path().join("e.json");
    service::export::export_json(&store, &clock, &path).unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// Imports `bytes` as a file into a database with data in it: an error
/// must be a kind with a sentence and change nothing.
fn import_bytes(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let clock = clock();
    service::wins::log_win(
        &store,
        &clock,
        &service::wins::WinDraft {
            text: "Mine".into(),
            note: String::new(),
            goal: None,
            step: None,
            source: cairn_core::domain::WinSource::Window,
            amount: None,
        },
    )
    .unwrap();
    let file = dir.path().join("import.bin");
    std::fs::write(&file, bytes).unwrap();
    let before = db_bytes(dir.path());
    if let Err(e) = service::import::import_path(&store, &clock, &file, false) {
        assert!(KINDS.contains(&e.kind()));
        assert!(e.to_string().ends_with('.'), "{e}");
        assert_eq!(
            db_bytes(dir.path()),
            before,
            "a failed import changed nothing"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        import_bytes(&bytes);
    }

    #[test]
    fn arbitrary_json_shaped_text_never_panics(text in "\\{[ -~]{0,400}") {
        import_bytes(text.as_bytes());
    }

    #[test]
    fn a_cut_or_altered_export_never_panics(cut in 0usize..4000, at in 0usize..4000, with in "[ -~]{0,12}") {
        let good = good_export();
        let cut = cut.min(good.len());
        import_bytes(&good.as_bytes()[..cut]);
        let at = at.min(good.len());
        let mut altered = good.into_bytes();
        altered.splice(at..at, with.bytes());
        import_bytes(&altered);
    }

    #[test]
    fn any_value_in_the_new_arrays_is_checked(field in 0usize..NEW_FIELDS.len(), value in json_value()) {
        let mut v: serde_json::Value = serde_json::from_str(&good_export()).unwrap();
        if let Some(slot) = v.pointer_mut(NEW_FIELDS[field]) {
            *slot = value;
        }
        import_bytes(&serde_json::to_vec(&v).unwrap());
    }

    #[test]
    fn loop_csv_text_never_panics(habits in "[ -~\\n,\"]{0,300}", checks in "[ -~\\n,\"]{0,300}") {
        let now = clock_now();
        let _ = service::import::loop_csv::from_texts(&format!("Position,Name,Type\n{habits}"), &format!("Date,{checks}"), now);
        let _ = service::import::loop_csv::from_texts(&habits, &checks, now);
    }

    #[test]
    fn a_damaged_loop_backup_never_panics(at in 0usize..32768, byte in any::<u8>(), len in 1usize..64) {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/loop/loop-v22.db");
        let mut bytes = std::fs::read(fixture).unwrap();
        let at = at.min(bytes.len() - 1);
        let end = (at + len).min(bytes.len());
        for b in &mut bytes[at..end] {
            *b = byte;
        }
        import_bytes(&bytes);
    }
}

fn clock_now() -> chrono::DateTime<chrono::Utc> {
    use cairn_core::clock::Clock;
    clock().now()
}

/// Every field of version 2's arrays in `good_export`.
const NEW_FIELDS: &[&str] = &[
    "/reflections/0/id",
    "/reflections/0/weekStart",
    "/reflections/0/wentWell",
    "/reflections/0/learned",
    "/reflections/0/adjust",
    "/reflections/0/focusActions",
    "/reflections/0/focusActions/0/id",
    "/reflections/0/focusActions/0/text",
    "/reflections/0/focusActions/0/became",
    "/reflections/0/focusActions/0/stepId",
    "/reflections",
    "/oneThings/0/id",
    "/oneThings/0/date",
    "/oneThings/0/stepId",
    "/oneThings/0/text",
    "/oneThings/0/winId",
    "/oneThings",
    "/stepVersions/0/id",
    "/stepVersions/0/stepId",
    "/stepVersions/0/effectiveDate",
    "/stepVersions/0/title",
    "/stepVersions/0/cadence",
    "/stepVersions/0/cadence/kind",
    "/stepVersions/0/cadence/timesPerWeek",
    "/stepVersions/0/cadence/weekdays",
    "/stepVersions/0/minutes",
    "/stepVersions/0/reason",
    "/stepVersions",
    "/rewards/0/id",
    "/rewards/0/text",
    "/rewards/0/moment",
    "/rewards/0/goalId",
    "/rewards/0/count",
    "/rewards/0/earnedAt",
    "/rewards/0/enjoyedAt",
    "/rewards/0/createdAt",
    "/rewards",
];

/// Hostile JSON values: any type, odd strings and numbers, ids and dates
/// that nearly look right.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,40}".prop_map(Value::String),
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        prop_oneof![
            Just("step"),
            Just("step_change"),
            Just("one_thing"),
            Just("start"),
            Just("smaller"),
            Just("wins"),
            Just("goal_wins"),
            Just("first_run"),
            Just("daily"),
            Just("weekly"),
            Just("weekdays")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A Habo or Beaver Habit Tracker sample of `tests/fixtures/`.
fn app_sample(which: usize) -> Vec<u8> {
    let names = [
        "habo/habo_backup_2026-11-21_08-15-02.json",
        "habo/backup.json",
        "beaver/beaverhabits_2026_11_20.json",
        "beaver/habits_1725184800.json",
    ];
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(names[which % names.len()]);
    std::fs::read(path).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_cut_or_altered_habo_or_beaver_file_never_panics(
        which in 0usize..4,
        cut in 0usize..8000,
        at in 0usize..8000,
        with in "[ -~]{0,12}",
    ) {
        let good = app_sample(which);
        let cut = cut.min(good.len());
        import_bytes(&good[..cut]);
        let at = at.min(good.len());
        let mut altered = good;
        altered.splice(at..at, with.bytes());
        import_bytes(&altered);
    }

    #[test]
    fn habo_and_beaver_shaped_text_never_panics(text in "\\[\\{\"title\":[ -~]{0,300}|\\{\"habits\":\\[\\{\"name\":[ -~]{0,300}") {
        import_bytes(text.as_bytes());
    }
}
