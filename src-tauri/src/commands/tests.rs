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
        json!({"kind": "daily", "timesPerWeek": null, "weekdays": [], "number": null})
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

/// Measured steps and limits through the commands (issue 24, parts 2 and
/// 4): the measure is read back, the ✓ takes an amount as typed (a decimal
/// comma too), Today carries the amount so far and the limits apart, a
/// bad amount is refused with a sentence and writes nothing, and a win's
/// amount is edited.
#[test]
fn measured_steps_and_limits_through_ipc() {
    let h = harness();
    let read = call(
        &h,
        "add_step",
        json!({"input": {"title": "Read", "cadence": {"kind": "daily"},
                         "measure": {"unit": "pages", "target": "10", "per": "day", "bound": "at_least"}}}),
    )
    .unwrap();
    assert_eq!(
        read["measure"],
        json!({"unit": "pages", "target": 10.0, "per": "day", "bound": "at_least",
               "usual": 10.0, "usualSet": null})
    );
    let coffee = call(
        &h,
        "add_step",
        json!({"input": {"title": "Coffee", "cadence": {"kind": "daily"},
                         "measure": {"unit": "cups", "target": "2", "bound": "at_most", "usual": "1"}}}),
    )
    .unwrap();

    let win = call(
        &h,
        "tick_step",
        json!({"input": {"id": read["id"], "amount": "7,5"}}),
    )
    .unwrap();
    assert_eq!(
        (win["amount"].clone(), win["unit"].clone()),
        (json!(7.5), json!("pages"))
    );
    call(&h, "tick_step", json!({"input": {"id": coffee["id"]}})).unwrap();

    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["openSteps"][0]["amount"], json!(7.5));
    assert_eq!(today["limits"][0]["step"]["title"], "Coffee");
    assert_eq!(
        (
            today["limits"][0]["amount"].clone(),
            today["limits"][0]["over"].clone()
        ),
        (json!(1.0), json!(false))
    );

    let err = call(
        &h,
        "tick_step",
        json!({"input": {"id": read["id"], "amount": "lots"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert!(
        err["message"].as_str().unwrap().contains("not an amount"),
        "{err}"
    );
    let err = call(
        &h,
        "add_step",
        json!({"input": {"title": "Walk", "cadence": {"kind": "daily"}, "measure": {"unit": " "}}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    let after = call(&h, "today", json!({})).unwrap();
    assert_eq!(after["winCount"], today["winCount"]);

    let edited = call(
        &h,
        "edit_win",
        json!({"input": {"id": win["id"], "text": "Read", "amount": "9"}}),
    )
    .unwrap();
    assert_eq!(edited["amount"], json!(9.0));
}

/// The longer rhythms through the commands: made, read back with their
/// number, and refused with a sentence when the number is out of range.
#[test]
fn steps_every_few_days_or_monthly_through_ipc() {
    let h = harness();
    for (kind, number) in [("every_n_days", 3), ("monthly", 2), ("month_day", 31)] {
        let step = call(
            &h,
            "add_step",
            json!({"input": {"title": kind, "cadence": {"kind": kind, "number": number}}}),
        )
        .unwrap();
        assert_eq!(step["cadence"]["kind"], kind);
        assert_eq!(step["cadence"]["number"], number);
    }
    for (kind, number) in [("every_n_days", 1), ("monthly", 31), ("month_day", 0)] {
        let err = call(
            &h,
            "add_step",
            json!({"input": {"title": "x", "cadence": {"kind": kind, "number": number}}}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "validation", "{kind} {number}");
    }
    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(
        today["openSteps"].as_array().unwrap().len(),
        2,
        "the 31st has not come"
    );
}

/// A win for an earlier day, from the Chronicle's day panel, Today's
/// "…or yesterday" and a win's edit form, through the commands.
#[test]
fn a_win_for_an_earlier_day_through_ipc() {
    let h = harness();
    let step = call(
        &h,
        "add_step",
        json!({"input": {"title": "Stretch", "cadence": {"kind": "daily"}}}),
    )
    .unwrap();
    let back = call(
        &h,
        "log_win",
        json!({"input": {"text": "Evening walk", "day": "2026-11-19"}}),
    )
    .unwrap();
    assert_eq!(back["localDate"], "2026-11-19");
    assert_eq!(back["loggedAt"], "2026-11-21T08:30:00.000Z");

    let ticked = call(
        &h,
        "tick_step",
        json!({"input": {"id": step["id"], "day": "2026-11-20"}}),
    )
    .unwrap();
    assert_eq!(ticked["localDate"], "2026-11-20");
    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(
        today["openSteps"][0]["step"]["title"], "Stretch",
        "yesterday's ✓ leaves today's open"
    );

    let moved = call(
        &h,
        "edit_win",
        json!({"input": {"id": back["id"], "text": "Evening walk", "day": "2026-11-18"}}),
    )
    .unwrap();
    assert_eq!(moved["localDate"], "2026-11-18");

    for (cmd, input) in [
        ("log_win", json!({"text": "x", "day": "2026-11-22"})),
        ("log_win", json!({"text": "x", "day": "yesterday"})),
        ("tick_step", json!({"id": step["id"], "day": "2026-11-22"})),
        (
            "edit_win",
            json!({"id": back["id"], "text": "y", "day": "2026-11-22"}),
        ),
    ] {
        let err = call(&h, cmd, json!({ "input": input })).unwrap_err();
        assert_eq!(err["kind"], "validation", "{cmd} {input}");
    }
    let page = call(&h, "list_wins", json!({"input": {}})).unwrap();
    let texts: Vec<&str> = page["wins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        ["Stretch", "Evening walk"],
        "nothing else was written"
    );
}

/// Issue 25: a new Cairn's `today` asks for the first run; finishing it
/// makes a goal with its identity, a step and a stack in one write, and
/// Today then counts the identity's votes. A refused field writes nothing.
#[test]
fn the_first_run_and_identities_through_ipc() {
    let h = harness();
    assert_eq!(call(&h, "today", json!({})).unwrap()["firstRun"], true);
    let refused = call(
        &h,
        "finish_first_run",
        json!({"input": {
            "goal": {"title": "Write a thesis", "identity": "x".repeat(81)},
            "step": {"title": "Write one sentence", "cadence": {"kind": "daily"}, "minutes": 1},
        }}),
    )
    .unwrap_err();
    assert_eq!(refused["kind"], "validation");
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("Who you are becoming"));
    assert_eq!(call(&h, "list_goals", json!({})).unwrap(), json!([]));

    let done = call(
        &h,
        "finish_first_run",
        json!({"input": {
            "goal": {"title": "Write a thesis", "identity": "someone who writes"},
            "step": {"title": "Write one sentence", "cadence": {"kind": "daily"}, "minutes": 1},
            "anchor": {"anchor": "pour my morning coffee", "time": "08:00"},
        }}),
    )
    .unwrap();
    assert_eq!(done["goal"]["identity"], "someone who writes");
    assert_eq!(done["step"]["title"], "Write one sentence");
    assert!(done["stackId"].is_string());
    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["firstRun"], false);
    assert_eq!(
        today["identities"],
        json!([{"goalId": done["goal"]["id"], "goalTitle": "Write a thesis",
                "identity": "someone who writes", "colour": done["goal"]["colour"],
                "votesThisWeek": 0}])
    );
    call(
        &h,
        "tick_step",
        json!({"input": {"id": done["step"]["id"]}}),
    )
    .unwrap();
    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["identities"][0]["votesThisWeek"], 1);

    call(&h, "show_first_run_again", json!({})).unwrap();
    assert_eq!(call(&h, "today", json!({})).unwrap()["firstRun"], true);
    call(&h, "skip_first_run", json!({})).unwrap();
    assert_eq!(call(&h, "today", json!({})).unwrap()["firstRun"], false);
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

/// A day logged from a script: `today` carries the newest wins only, and
/// says how many there are (issue 22: 274 wins a day made it 75 KB).
#[test]
fn today_carries_its_newest_wins_and_counts_them_all() {
    let h = harness();
    let n = crate::commands::dto::TODAY_WINS_SENT + 3;
    for i in 0..n {
        call(
            &h,
            "log_win",
            json!({"input": {"text": format!("win {i}")}}),
        )
        .unwrap();
    }
    let today = call(&h, "today", json!({})).unwrap();
    let wins = today["wins"].as_array().unwrap();
    assert_eq!(wins.len(), crate::commands::dto::TODAY_WINS_SENT);
    assert_eq!(today["winCount"], n);
    assert_eq!(wins[0]["text"], format!("win {}", n - 1), "newest first");
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

/// The preview of a Habo backup reaches the window with its kind, its
/// words and, one sentence each, what stays behind (`leftOut`).
#[test]
fn an_import_preview_carries_what_stays_behind_to_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let clock = FixedClock::at("2026-11-21T09:30:00+01:00");
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("core/tests/fixtures/habo/habo_backup_2026-11-21_08-15-02.json");
    let preview = crate::service::import::import_path(&store, &clock, &file, true).unwrap();
    let dto = serde_json::to_value(super::data::ImportDto::new(None, preview)).unwrap();
    assert_eq!(dto["source"], "habo");
    assert_eq!(dto["sourceLabel"], "a Habo backup");
    assert_eq!(dto["steps"], 4);
    let left_out = dto["leftOut"].as_array().unwrap();
    assert_eq!(left_out.len(), 5, "{dto}");
    assert_eq!(left_out[0], "1 deleted habit is left out.");
}

#[test]
fn a_week_is_reviewed_through_ipc() {
    let h = harness();
    call(&h, "log_win", json!({ "input": { "text": "Walked" } })).unwrap();
    // Saturday 21 November: the latest week that has ended is 9–15
    // November for Monday weeks.
    let week = call(&h, "week_review", json!({ "input": {} })).unwrap();
    assert_eq!(week["draft"]["start"], "2026-11-09");
    assert_eq!(week["next"], "2026-11-16");
    let this = call(
        &h,
        "week_review",
        json!({ "input": { "date": "2026-11-21" } }),
    )
    .unwrap();
    assert_eq!(this["draft"]["wins"], 1);
    assert_eq!(this["draft"]["until"], "2026-11-21");
    assert_eq!(this["next"], Value::Null);
    assert_eq!(this["reflection"], Value::Null);

    let saved = call(
        &h,
        "save_reflection",
        json!({ "input": { "weekStart": "2026-11-16", "wentWell": "A walk",
                           "focus": [{ "text": "Read one abstract" }] } }),
    )
    .unwrap();
    let focus_id = saved["reflection"]["focus"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(saved["rewards"], json!([]));
    let step = call(
        &h,
        "focus_action_to_step",
        json!({ "input": { "id": focus_id, "step": { "title": "Read one abstract", "cadence": { "kind": "daily" } } } }),
    )
    .unwrap();
    assert_eq!(step["title"], "Read one abstract");
    let listed = call(&h, "list_reflections", json!({})).unwrap();
    assert_eq!(listed[0]["focus"][0]["became"], "step");
    assert_eq!(listed[0]["focus"][0]["stepId"], step["id"]);

    let err = call(
        &h,
        "save_reflection",
        json!({ "input": { "weekStart": "2026-11-30", "wentWell": "Too soon" } }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    let err = call(&h, "week_review", json!({ "input": { "date": "Sunday" } })).unwrap_err();
    assert_eq!(err["kind"], "validation");

    call(
        &h,
        "set_review_settings",
        json!({ "input": { "weekStart": 7, "nudge": false, "nudgeDay": 7, "nudgeTime": "18:00" } }),
    )
    .unwrap();
    let settings = call(&h, "get_review_settings", json!({})).unwrap();
    assert_eq!(
        (settings["weekStart"].as_u64(), settings["nudge"].as_bool()),
        (Some(7), Some(false))
    );
    // Weeks now start on Sunday everywhere, without the window saying so:
    // Saturday 21 November ends the week of Sunday 15 November.
    let week = call(&h, "week_review", json!({ "input": {} })).unwrap();
    assert_eq!(week["draft"]["start"], "2026-11-15");
    let chronicle = call(&h, "chronicle", json!({ "input": {} })).unwrap();
    assert_eq!(chronicle["weekStart"], 7);
}

// ---- a step that fits the week --------------------------------------

/// A goal with a daily ten-minute step made on Monday 16 November (five
/// days before the harness's Saturday), done on its first two days only,
/// written beside the app through a second store on the same file.
fn step_with_two_misses(h: &Harness) -> String {
    use crate::domain::WinSource;
    use crate::service::steps::{add_step, CadenceDraft, StepDraft};
    let store = Store::open_in(h._dir.path()).unwrap();
    let clock = FixedClock::at("2026-11-16T09:00:00+01:00");
    let goal = crate::service::goals::create_goal(
        &store,
        &clock,
        &crate::service::goals::GoalDraft {
            title: "Move more".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let draft = StepDraft {
        title: "Run".into(),
        cadence: CadenceDraft {
            kind: "daily".into(),
            ..Default::default()
        },
        minutes: Some(10),
        measure: None,
    };
    let step = add_step(&store, &clock, Some(&goal.id), &draft).unwrap();
    for _ in 0..2 {
        crate::service::wins::tick_step(&store, &clock, &step.id, WinSource::Window).unwrap();
        clock.advance(chrono::Duration::days(1));
    }
    step.id.to_string()
}

#[test]
fn make_it_smaller_through_ipc() {
    let h = harness();
    assert_eq!(call(&h, "step_offer", json!({})).unwrap(), Value::Null);
    let id = step_with_two_misses(&h);
    let offer = call(&h, "step_offer", json!({})).unwrap();
    assert_eq!(offer["kind"], "smaller");
    assert_eq!(offer["step"]["id"], id);
    assert_eq!(offer["goalTitle"], "Move more");
    let kinds: Vec<&str> = offer["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["minutes", "minutes", "cadence", "words", "rest", "keep"]
    );
    assert_eq!(offer["choices"][0]["minutes"], 1);
    assert_eq!(
        offer["choices"][2]["cadence"],
        json!({"kind": "weekly", "timesPerWeek": 3, "weekdays": [], "number": null})
    );
    assert_eq!(offer["choices"][4]["days"], 3);

    let step = call(
        &h,
        "adjust_step",
        json!({"input": {"id": id, "kind": "smaller", "title": "Run",
                         "cadence": {"kind": "daily"}, "minutes": 1}}),
    )
    .unwrap();
    assert_eq!(step["minutes"], 1);
    assert_eq!(call(&h, "step_offer", json!({})).unwrap(), Value::Null);

    // The Chronicle tells the step's story, and its momentum went on.
    let c = call(&h, "chronicle", json!({"input": {"stepId": id}})).unwrap();
    let story = &c["steps"][0]["story"];
    assert_eq!(
        story,
        &json!([
            {"since": "2026-11-16", "reason": "start", "title": null, "cadence": null,
             "showsMinutes": true, "minutes": 10},
            {"since": "2026-11-21", "reason": "smaller", "title": null, "cadence": null,
             "showsMinutes": true, "minutes": 1}
        ])
    );
    assert_eq!(c["steps"][0]["bestRun"], 2);

    // Rest days and setting aside; unknown steps and kinds are sentences.
    let days = call(&h, "rest_step_a_few_days", json!({"input": {"id": id}})).unwrap();
    assert_eq!(days, json!(["2026-11-21", "2026-11-22", "2026-11-23"]));
    let until = call(&h, "dismiss_step_offer", json!({"input": {"id": id}})).unwrap();
    assert_eq!(until, "2026-12-05");
    let ghost = crate::store::new_id();
    let err = call(&h, "dismiss_step_offer", json!({"input": {"id": ghost}})).unwrap_err();
    assert_eq!(err["kind"], "notFound");
    let err = call(
        &h,
        "adjust_step",
        json!({"input": {"id": id, "kind": "huge", "title": "Run", "cadence": {"kind": "daily"}}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("smaller or bigger"));
    let err = call(
        &h,
        "adjust_step",
        json!({"input": {"id": id, "kind": "smaller", "title": "Run",
                         "cadence": {"kind": "daily"}, "minutes": 1}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
}

#[test]
fn one_thing_and_rewards_through_ipc() {
    let h = harness();
    let step = call(
        &h,
        "add_step",
        json!({"input": {"title": "Stretch", "cadence": {"kind": "daily"}}}),
    )
    .unwrap();
    let reward = call(
        &h,
        "save_reward",
        json!({"input": {"text": "A walk in the park", "moment": "wins", "count": 1}}),
    )
    .unwrap();
    assert_eq!(reward["momentWords"], "After 1 win");
    assert_eq!(reward["earnedAt"], Value::Null);

    let err = call(
        &h,
        "set_one_thing",
        json!({"input": {"stepId": step["id"], "text": "both"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    let one = call(
        &h,
        "set_one_thing",
        json!({"input": {"stepId": step["id"]}}),
    )
    .unwrap();
    assert_eq!(
        (one["text"].as_str(), one["done"].as_bool()),
        (Some("Stretch"), Some(false))
    );

    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["focus"]["oneThing"]["text"], "Stretch");
    assert_eq!(today["focus"]["toEnjoy"], json!([]));

    let logged = call(&h, "log_one_thing", json!({"input": {}})).unwrap();
    assert_eq!(logged["oneThing"], true);
    assert_eq!(logged["rewards"][0]["text"], "A walk in the park");
    assert_eq!(logged["stepId"], step["id"]);

    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["focus"]["oneThing"]["done"], true);
    assert_eq!(today["focus"]["toEnjoy"][0]["id"], reward["id"]);
    call(
        &h,
        "set_reward_enjoyed",
        json!({"input": {"id": reward["id"]}}),
    )
    .unwrap();
    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["focus"]["toEnjoy"], json!([]));

    call(&h, "clear_one_thing", json!({})).unwrap();
    let today = call(&h, "today", json!({})).unwrap();
    assert_eq!(today["focus"]["oneThing"], Value::Null);
    let err = call(&h, "carry_over_one_thing", json!({})).unwrap_err();
    assert_eq!(err["kind"], "conflict");
    call(&h, "set_carry_over_aside", json!({})).unwrap();
    let rewards = call(&h, "list_rewards", json!({})).unwrap();
    assert_eq!(rewards.as_array().unwrap().len(), 1);
    call(&h, "delete_reward", json!({"input": {"id": reward["id"]}})).unwrap();
    let chronicle = call(&h, "chronicle", json!({"input": {}})).unwrap();
    assert_eq!(chronicle["oneThingTotal"], 0, "cleared: that day has none");
}

// ---- Cairn's own reminder window ----------------------------------------

fn notice(key: &str, title: &str, later: bool) -> crate::notify::Notice {
    crate::notify::Notice {
        key: key.into(),
        title: title.into(),
        body: "I will stretch for one minute".into(),
        done: true,
        later,
        open: false,
    }
}

/// Queues `n` for the reminder window; its answer is sent to `answers`.
fn remind(
    h: &Harness,
    n: crate::notify::Notice,
    answers: &std::sync::mpsc::Sender<(String, crate::notify::Action)>,
) {
    let (tx, key) = (answers.clone(), n.key.clone());
    use tauri::Manager;
    crate::reminder_window::enqueue(
        h.webview.app_handle(),
        n,
        Box::new(move |a| tx.send((key, a)).unwrap()),
    );
}

#[test]
fn the_reminder_window_shows_one_at_a_time_and_answers_go_through() {
    use crate::notify::Action;
    let h = harness();
    assert_eq!(
        call(&h, "current_reminder", json!({})).unwrap(),
        Value::Null
    );
    let (tx, rx) = std::sync::mpsc::channel();
    remind(&h, notice("a", "After I pour my coffee", true), &tx);
    remind(&h, notice("b", "After I open my laptop", true), &tx);
    // The same slot again (a second delivery) waits only once.
    remind(&h, notice("a", "After I pour my coffee", true), &tx);

    let first = call(&h, "current_reminder", json!({})).unwrap();
    assert_eq!(first["title"], "After I pour my coffee");
    assert_eq!(first["body"], "I will stretch for one minute");
    assert_eq!(
        (first["done"].clone(), first["later"].clone()),
        (json!(true), json!(true))
    );
    assert_eq!(first["week"], false);
    assert_eq!(first["waiting"], 1);

    // Done: the first one's answer, and the second one shows.
    let next = call(
        &h,
        "answer_reminder",
        json!({"input": {"id": first["id"], "action": "done"}}),
    )
    .unwrap();
    assert_eq!(rx.try_recv().unwrap(), ("a".to_owned(), Action::Done));
    assert_eq!(next["title"], "After I open my laptop");
    assert_eq!(next["waiting"], 0);

    // An answer to the one no longer showing changes nothing.
    let same = call(
        &h,
        "answer_reminder",
        json!({"input": {"id": first["id"], "action": "later"}}),
    )
    .unwrap();
    assert_eq!(same, next);
    assert!(rx.try_recv().is_err());

    // Later, then none is left.
    let none = call(
        &h,
        "answer_reminder",
        json!({"input": {"id": next["id"], "action": "later"}}),
    )
    .unwrap();
    assert_eq!(rx.try_recv().unwrap(), ("b".to_owned(), Action::Later));
    assert_eq!(none, Value::Null);
    assert_eq!(
        call(&h, "current_reminder", json!({})).unwrap(),
        Value::Null
    );
}

#[test]
fn the_reminder_window_offers_only_what_the_reminder_has() {
    use crate::notify::Action;
    let h = harness();
    let (tx, rx) = std::sync::mpsc::channel();
    // An anchor prompt: Done only, so Later counts as closing it.
    remind(&h, notice("anchor", "Now: stretch?", false), &tx);
    let card = call(&h, "current_reminder", json!({})).unwrap();
    assert_eq!(card["later"], false);
    call(
        &h,
        "answer_reminder",
        json!({"input": {"id": card["id"], "action": "later"}}),
    )
    .unwrap();
    assert_eq!(rx.try_recv().unwrap().1, Action::Dismissed);

    // The weekly nudge: Open Cairn is its Open.
    let week = crate::notify::Notice {
        done: false,
        open: true,
        ..notice(
            "week|2026-11-23",
            "Your week is ready to look back on",
            true,
        )
    };
    remind(&h, week, &tx);
    let card = call(&h, "current_reminder", json!({})).unwrap();
    assert_eq!(
        (card["done"].clone(), card["week"].clone()),
        (json!(false), json!(true))
    );
    call(
        &h,
        "answer_reminder",
        json!({"input": {"id": card["id"], "action": "open"}}),
    )
    .unwrap();
    assert_eq!(rx.try_recv().unwrap().1, Action::Open);

    let err = call(
        &h,
        "answer_reminder",
        json!({"input": {"id": 1, "action": "snooze"}}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "validation");
    assert!(err["message"].as_str().unwrap().contains("Done, Later"));
}

// ---- sync with the other computers ---------------------------------------

#[test]
fn two_computers_sync_through_one_folder_via_ipc() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().display().to_string();
    let (a, b) = (harness(), harness());

    // Off by default: a name is offered, nothing else.
    let status = call(&a, "sync_status", json!({})).unwrap();
    assert_eq!(status["on"], false);
    assert_eq!(status["folder"], Value::Null);
    assert!(!status["suggestedName"].as_str().unwrap().is_empty());
    let err = call(&a, "sync_now", json!({})).unwrap_err();
    assert_eq!(err["kind"], "conflict");
    assert!(err["message"].as_str().unwrap().contains("Settings"));

    // What the person could get wrong is refused with a sentence.
    for (folder, name) in [(path.as_str(), "   "), ("/no/such/folder/here", "Laptop")] {
        let err = call(
            &a,
            "sync_configure",
            json!({"input": {"folder": folder, "name": name}}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "validation", "{folder} {name}: {err}");
    }

    let on = call(
        &a,
        "sync_configure",
        json!({"input": {"folder": path, "name": "Laptop"}}),
    )
    .unwrap();
    assert_eq!(on["on"], true);
    assert_eq!(on["thisDevice"]["name"], "Laptop");
    assert_eq!(on["suggestedName"], "Laptop");
    call(&a, "log_win", json!({"input": {"text": "Ran 5 km"}})).unwrap();
    let report = call(&a, "sync_now", json!({})).unwrap();
    assert_eq!(report["applied"], 0);
    assert!(report["written"].as_u64().unwrap() >= 1, "{report}");

    call(
        &b,
        "sync_configure",
        json!({"input": {"folder": path, "name": "Desk"}}),
    )
    .unwrap();
    let report = call(&b, "sync_now", json!({})).unwrap();
    assert!(report["applied"].as_u64().unwrap() > 0, "{report}");
    let today = call(&b, "today", json!({})).unwrap();
    assert_eq!(today["wins"][0]["text"], "Ran 5 km");
    let status = call(&b, "sync_status", json!({})).unwrap();
    assert_eq!(status["devices"][0]["name"], "Laptop");
    assert!(status["devices"][0]["lastChangeAt"]
        .as_str()
        .unwrap()
        .ends_with('Z'));

    // Stopping leaves the folder as it is.
    call(&b, "sync_turn_off", json!({})).unwrap();
    assert_eq!(call(&b, "sync_status", json!({})).unwrap()["on"], false);
    assert!(folder.path().join("Cairn").is_dir());
}

// ---- every command's input, fuzzed ------------------------------------

use proptest::prelude::*;

const KINDS: &[&str] = &["validation", "notFound", "conflict", "storage", "internal"];

/// Commands that take an `input`, safe to call with anything in a test
/// (no dialogs, no windows, no opening folders).
const FUZZABLE: &[&str] = &[
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
    "week_review",
    "save_reflection",
    "mark_focus_action",
    "focus_action_to_step",
    "focus_action_to_one_thing",
    "set_review_settings",
    "adjust_step",
    "dismiss_step_offer",
    "rest_step_a_few_days",
    // Today's one thing and gentle rewards.
    "set_one_thing",
    "log_one_thing",
    "save_reward",
    "set_reward_enjoyed",
    "delete_reward",
    // Cairn's own reminder window.
    "answer_reminder",
    // Sync with the other computers.
    "sync_configure",
    // The first run (issue 25).
    "finish_first_run",
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
    fn any_command_input_gives_a_result_or_a_sentence(index in 0usize..FUZZABLE.len(), input in json_value()) {
        let h = harness();
        let cmd = FUZZABLE[index];
        if let Err(err) = call(&h, cmd, json!({ "input": input })) {
            let kind = err["kind"].as_str().unwrap_or_else(|| panic!("{cmd}: {err}"));
            prop_assert!(KINDS.contains(&kind), "{cmd}: {err}");
            let message = err["message"].as_str().unwrap();
            prop_assert!(!message.is_empty() && !message.contains("invalid type"), "{cmd}: {message}");
        }
    }
}
