//! Commands through Tauri's mock runtime: the real IPC path, JSON in and
//! out, with a fixed clock and a store on a real file.
use super::*;
use crate::clock::FixedClock;
use crate::store::Store;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;

struct Harness {
    _dir: tempfile::TempDir,
    webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
    _app: tauri::App<tauri::test::MockRuntime>,
}

fn harness() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path());
    let clock = FixedClock::at("2026-11-21T09:30:00+01:00");
    let app = crate::with_commands_and_state(mock_builder(), AppState::new(store, Box::new(clock)))
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

#[test]
fn goal_step_tick_and_today_through_ipc() {
    let h = harness();
    let goal = call(
        &h,
        "create_goal",
        json!({"input": {"title": "Submit the thesis", "why": "To finish"}}),
    )
    .unwrap();
    let step = call(
        &h,
        "add_step",
        json!({"input": {"goalId": goal["id"], "title": "Write one paragraph",
                         "cadence": {"kind": "daily"}, "minutes": 1}}),
    )
    .unwrap();
    assert_eq!(
        step["cadence"],
        json!({"kind": "daily", "timesPerWeek": null, "weekdays": []})
    );

    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["date"], "2026-11-21");
    assert_eq!(
        today["goals"][0]["nextStep"]["title"],
        "Write one paragraph"
    );

    let win = call(&h, "tick_step", json!({"input": {"id": step["id"]}})).unwrap();
    assert_eq!(win["goalTitle"], "Submit the thesis");
    assert_eq!(win["localDate"], "2026-11-21");
    assert_eq!(win["loggedAt"], "2026-11-21T08:30:00.000Z");

    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["goals"][0]["nextStep"], Value::Null);
    assert_eq!(today["wins"].as_array().unwrap().len(), 1);
}

#[test]
fn errors_arrive_as_kind_and_message() {
    let h = harness();
    let err = call(&h, "create_goal", json!({"input": {"title": "   "}})).unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert!(err["message"].as_str().unwrap().contains("empty"));

    // A goal id of the wrong type from the UI.
    let err = call(
        &h,
        "set_goal_status",
        json!({"input": {"id": 42, "status": "paused"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    let err = call(
        &h,
        "set_goal_status",
        json!({"input": {"id": "42", "status": "paused"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    let ghost = crate::store::new_id();
    let err = call(
        &h,
        "set_goal_status",
        json!({"input": {"id": ghost, "status": "paused"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "notFound");

    let err = call(
        &h,
        "log_win",
        json!({"input": {"text": "x", "source": "import"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");

    assert!(call(&h, "list_goals", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());
    let page = call(&h, "list_wins", json!({"input": {}})).unwrap();
    assert!(page["wins"].as_array().unwrap().is_empty());
}

#[test]
fn wins_page_through_the_cursor() {
    let h = harness();
    for i in 0..3 {
        call(
            &h,
            "log_win",
            json!({"input": {"text": format!("win {i}")}}),
        )
        .unwrap();
    }
    let first = call(&h, "list_wins", json!({"input": {"limit": 2}})).unwrap();
    assert_eq!(first["wins"].as_array().unwrap().len(), 2);
    let next = first["next"].as_str().unwrap().to_owned();
    let second = call(
        &h,
        "list_wins",
        json!({"input": {"limit": 2, "after": next}}),
    )
    .unwrap();
    assert_eq!(second["wins"].as_array().unwrap().len(), 1);
    assert_eq!(second["next"], Value::Null);
    let err = call(&h, "list_wins", json!({"input": {"after": "garbage"}})).unwrap_err();
    assert_eq!(err["kind"], "validation");
}

#[test]
fn a_database_that_failed_to_open_answers_every_command_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk");
    std::fs::write(&junk, "x").unwrap();
    let store = Store::open_in(&junk.join("data"));
    assert!(store.is_err());
    let app = crate::with_commands_and_state(
        mock_builder(),
        AppState::new(store, Box::new(FixedClock::at("2026-11-21T09:30:00Z"))),
    )
    .build(mock_context(noop_assets()))
    .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    let h = Harness {
        _dir: dir,
        webview,
        _app: app,
    };
    let err = call(&h, "today", json!({})).unwrap_err();
    assert_eq!(err["kind"], "storage");
    assert!(err["message"].as_str().unwrap().contains("CAIRN_DATA_DIR"));
}

/// Issue 12: `run_import` read any path the webview sent. It imports only
/// the file the import dialog returned (none was picked here).
#[test]
fn importing_a_path_the_dialog_did_not_return_is_refused() {
    let h = harness();
    let err = call(
        &h,
        "run_import",
        json!({ "input": { "path": "/etc/passwd" } }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("only the file you picked"),
        "{err}"
    );
}
