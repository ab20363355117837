//! Logging a win through IPC at 100,000 wins, durable on disk (DESIGN.md
//! target: p99 ≤ 5 ms): the `log_win` command through Tauri's mock runtime
//! (the JSON path the window uses, commit and all) on a database file
//! seeded like the chronicle benchmark's. Prints the median, p99 and
//! maximum of 500 logs, after 20 to warm up.
//!
//!     cargo bench -p cairn --bench log_win

use std::time::Instant;

use serde_json::json;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;

use cairn_lib::commands::AppState;
use cairn_lib::store::Store;

const WARM_UP: usize = 20;
const LOGS: usize = 500;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in(dir.path()).expect("store");
    let clock = cairn_core::testing::bench_clock();
    cairn_core::testing::seed_history(&store, &clock);
    let app = cairn_lib::with_commands(mock_builder())
        .manage(AppState::new(Ok(store), Box::new(clock)))
        .build(mock_context(noop_assets()))
        .expect("mock app");
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("mock window");
    let log = |i: usize| {
        let request = InvokeRequest {
            cmd: "log_win".into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(json!({"input": {"text": format!("Bench win {i}")}})),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        let started = Instant::now();
        get_ipc_response(&webview, request).expect("log_win answers");
        started.elapsed().as_secs_f64() * 1000.0
    };
    for i in 0..WARM_UP {
        log(i);
    }
    let mut ms: Vec<f64> = (0..LOGS).map(|i| log(WARM_UP + i)).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q).ceil() as usize).clamp(1, ms.len()) - 1];
    println!(
        "log_win_ms median {:.2} p99 {:.2} max {:.2} ({LOGS} logs at {} wins)",
        at(0.5),
        at(0.99),
        at(1.0),
        cairn_core::testing::WINS
    );
}
