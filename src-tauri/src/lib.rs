//! Cairn: a desktop companion for small wins.
//!
//! This crate is the whole app: `domain` holds the rules, `store` the SQL,
//! `service` the use cases, and the Tauri glue (`commands`, this file) turns
//! them into a window. See ARCHITECTURE.md for the map and its invariants.

pub mod clock;
pub mod commands;
pub mod domain;
pub mod error;
pub mod service;
pub mod startup;
pub mod store;

use std::path::PathBuf;

use tauri::{Emitter, Manager, Runtime};

use crate::clock::SystemClock;
use crate::commands::{AppState, ChangeListener};
use crate::error::{Error, Result};
use crate::store::Store;

/// Overrides the data folder (tests, portable use).
pub const DATA_DIR_ENV: &str = "CAIRN_DATA_DIR";

/// Registers every command the UI may invoke.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::today,
        commands::list_goals,
        commands::create_goal,
        commands::update_goal,
        commands::set_goal_status,
        commands::move_goal,
        commands::add_step,
        commands::update_step,
        commands::set_step_archived,
        commands::move_step,
        commands::log_win,
        commands::tick_step,
        commands::edit_win,
        commands::delete_win,
        commands::undo_delete_win,
        commands::list_wins,
        commands::first_frame,
    ])
}

/// The event every window listens to, to reload what it shows.
pub const CHANGED_EVENT: &str = "cairn://changed";

/// Tells every window that the data changed.
struct WindowsListener<R: Runtime>(tauri::AppHandle<R>);

impl<R: Runtime> ChangeListener for WindowsListener<R> {
    fn data_changed(&self) {
        if let Err(e) = self.0.emit(CHANGED_EVENT, ()) {
            tracing::warn!(error = %e, "could not tell the windows about a change");
        }
    }
}

/// `CAIRN_DATA_DIR` if set, else the OS's data folder for this app.
fn data_dir<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir().map_err(|e| {
            tracing::error!(error = %e, "no app data folder");
            Error::Storage(format!(
                "Cairn cannot find a folder for its data on this system. Set {DATA_DIR_ENV} to a writable folder."
            ))
        }),
    }
}

fn open_store(dir: Result<PathBuf>) -> Result<Store> {
    let store = Store::open_in(&dir?)?;
    service::on_start(&store)?;
    Ok(store)
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CAIRN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,cairn_lib=info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Starts the app.
pub fn run() {
    startup::mark_launch();
    init_logging();
    let result = with_commands(tauri::Builder::default())
        .setup(|app| {
            let store = open_store(data_dir(app.handle()));
            match &store {
                Ok(s) => tracing::info!(path = %s.path().display(), "database open"),
                // The window still opens and shows this sentence.
                Err(e) => tracing::error!(error = %e, "database unavailable"),
            }
            let listener = WindowsListener(app.handle().clone());
            app.manage(AppState::new(store, Box::new(SystemClock)).with_listener(Box::new(listener)));
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Cairn could not start: {e}");
        std::process::exit(1);
    }
}
