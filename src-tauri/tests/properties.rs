//! Property tests for hostile input: every importer and every command's
//! input. Whatever arrives, nothing panics, a failure is one of Cairn's
//! error kinds with a sentence, and a failed import leaves the database
//! byte-for-byte as it was.

use std::path::Path;

use cairn_lib::clock::FixedClock;
use cairn_lib::commands::AppState;
use cairn_lib::service;
use cairn_lib::store::Store;
use proptest::prelude::*;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;

const KINDS: &[&str] = &["validation", "notFound", "conflict", "storage", "internal"];

fn clock() -> FixedClock {
    FixedClock::at("2026-11-21T09:30:00+01:00")
}

fn db_bytes(dir: &Path) -> Vec<u8> {
    let main = std::fs::read(dir.join("cairn.sqlite3")).unwrap();
    let wal = std::fs::read(dir.join("cairn.sqlite3-wal")).unwrap_or_default();
    [main, wal].concat()
}

/// A valid export with a little of everything, as text.
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
            goal: Some(g.id),
            step: None,
            source: cairn_lib::domain::WinSource::Window,
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
            source: cairn_lib::domain::WinSource::Window,
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
    fn loop_csv_text_never_panics(habits in "[ -~\\n,\"]{0,300}", checks in "[ -~\\n,\"]{0,300}") {
        let now = clock_now();
        let _ = service::import::loop_csv::from_texts(&format!("Position,Name,Type\n{habits}"), &format!("Date,{checks}"), now);
        let _ = service::import::loop_csv::from_texts(&habits, &checks, now);
    }

    #[test]
    fn a_damaged_loop_backup_never_panics(at in 0usize..32768, byte in any::<u8>(), len in 1usize..64) {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/loop/loop-v22.db");
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
    use cairn_lib::clock::Clock;
    clock().now()
}

// ---- commands ---------------------------------------------------------

struct Harness {
    _dir: tempfile::TempDir,
    webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
    _app: tauri::App<tauri::test::MockRuntime>,
}

fn harness() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path());
    let app =
        cairn_lib::with_commands_and_state(mock_builder(), AppState::new(store, Box::new(clock())))
            .build(mock_context(noop_assets()))
            .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    Harness {
        _dir: dir,
        webview,
        _app: app,
    }
}

fn call(h: &Harness, cmd: &str, args: Value) -> std::result::Result<Value, Value> {
    get_ipc_response(
        &h.webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// Commands that take an `input`, safe to call with anything in a test
/// (no dialogs, no windows, no opening folders).
const COMMANDS: &[&str] = &[
    "create_goal",
    "update_goal",
    "set_goal_status",
    "move_goal",
    "add_step",
    "update_step",
    "set_step_archived",
    "move_step",
    "log_win",
    "tick_step",
    "edit_win",
    "delete_win",
    "undo_delete_win",
    "list_wins",
    "chronicle",
    "chronicle_day",
    "chronicle_timeline",
    "set_rest_day",
    "clear_rest_day",
    "save_stack",
    "set_stack_enabled",
    "delete_stack",
    "set_quiet_hours",
    "set_snooze_minutes",
    "restore_backup",
    "run_import",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "[ -~]{0,40}".prop_map(Value::from),
        Just(Value::from("x".repeat(100_000))),
        Just(Value::from("../../etc/passwd")),
        Just(Value::from("2026-02-30")),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-zA-Z]{1,12}".prop_map(String::from),
                    Just("id".to_owned()),
                    Just("title".to_owned()),
                    Just("text".to_owned()),
                    Just("date".to_owned()),
                    Just("name".to_owned()),
                    Just("path".to_owned()),
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_command_input_gives_a_result_or_a_sentence(index in 0usize..COMMANDS.len(), input in json_value()) {
        let h = harness();
        let cmd = COMMANDS[index];
        if let Err(err) = call(&h, cmd, json!({ "input": input })) {
            let kind = err["kind"].as_str().unwrap_or_else(|| panic!("{cmd}: {err}"));
            prop_assert!(KINDS.contains(&kind), "{cmd}: {err}");
            let message = err["message"].as_str().unwrap();
            prop_assert!(!message.is_empty() && !message.contains("invalid type"), "{cmd}: {message}");
        }
    }
}
