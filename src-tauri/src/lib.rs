//! Cairn: a desktop companion for small wins; this crate is its window.
//!
//! The rules, the SQL and the use cases live in `cairn-core` (re-exported
//! here as `domain`, `store`, `service`, `clock` and `error`); this crate
//! turns them into a window, a tray, reminders and a global shortcut.
//! This file is the composition root: it registers the commands, opens the
//! store and the windows, and starts the threads, each from its own module
//! (`commands/`, `hosts.rs`, `events.rs`, `tray.rs`, `reminders.rs`, …).
//! See ARCHITECTURE.md for the map and its invariants.

mod app_clock;
mod async_runtime;
#[cfg(target_os = "linux")]
mod caret;
pub mod commands;
pub mod db_watch;
pub mod events;
mod hosts;
pub mod low_priority;
pub mod memory;
pub mod notify;
pub mod platform;
pub mod quick;
pub mod reminder_window;
pub mod reminders;
pub mod shortcut;
pub mod startup;
pub mod sync_watch;
pub mod tray;
pub mod webview_runtime;
pub mod zone_watch;

pub use cairn_core::{clock, domain, error, service, store};

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tauri::{Manager, Runtime};

use crate::clock::SystemClock;
use crate::commands::{AppState, ChangeListener};
use crate::error::{Error, Result};
use crate::store::Store;

pub(crate) use async_runtime::on_async_runtime;
pub use cairn_core::store::location::{APP_ID, DATA_DIR_ENV};
use hosts::{DesktopListener, ReminderHost, SyncHost};

include!("commands/list.rs");

macro_rules! handler {
    ($($name:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$name),*]
    };
}

macro_rules! names {
    ($($name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}

/// Every command the window may invoke (src/commands/list.rs), as the
/// `invoke` strings of ui/api.js.
pub const COMMANDS: &[&str] = cairn_commands!(names);

/// Registers every command the UI may invoke.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(cairn_commands!(handler))
}

/// Registers every command and the state they share beside `state`: what
/// start-up found wrong with the database (nothing, here) and the file the
/// import dialog returned. The app does this in `setup`, once its window
/// exists; the command tests through the mock runtime call this.
pub fn with_commands_and_state<R: Runtime>(
    builder: tauri::Builder<R>,
    state: AppState,
) -> tauri::Builder<R> {
    with_commands(builder)
        .manage(state)
        .manage(commands::data::Recovery::new(None))
        .manage(commands::PickedImport::default())
        .manage(reminder_window::ReminderWindow::default())
        .manage(sync_watch::SyncWatch::default())
}

/// A new time zone while running: the scheduler plans again in it (and
/// says whether the day turned) and every window redraws (`zone_watch`).
fn watch_the_time_zone<R: Runtime>(
    app: &tauri::AppHandle<R>,
    scheduler: Arc<reminders::Scheduler>,
) {
    let Some(zone) = zone_watch::system_zone_file() else {
        return;
    };
    let app = app.clone();
    let started = zone_watch::start(zone, zone_watch::SETTLE, move || {
        tracing::info!("the time zone changed");
        scheduler.wake();
        DesktopListener(app.clone()).show_again();
    });
    if let Err(e) = started {
        tracing::debug!(error = %e, "no watch on the time zone; it is read at the scheduler's next wake");
    }
}

/// Whether a tray icon exists: closing the main window then only hides it.
/// Set once the tray is made, after the first frame.
#[derive(Default)]
struct TrayPresent(AtomicBool);

/// A second launch brings the window forward. (Writes by `cairn log` and
/// the like reach this app through `db_watch`.)
fn on_second_instance<R: Runtime>(app: &tauri::AppHandle<R>, _argv: Vec<String>, _cwd: String) {
    quick::show_main(app);
}

/// Refreshes every window and the tray when another process (`cairn log`,
/// `cairn import`) writes to the database.
fn watch_database<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(store) = state.store() else {
        return;
    };
    let (look, refresh) = (app.clone(), app.clone());
    let started = db_watch::start(
        store.path(),
        move || {
            look.state::<AppState>()
                .store()
                .and_then(Store::external_change_seen)
                .unwrap_or_else(|e| {
                    tracing::debug!(error = %e, "could not look for other writes");
                    false
                })
        },
        move || {
            tracing::debug!("another process wrote: refreshing");
            DesktopListener(refresh.clone()).data_changed();
        },
    );
    if let Err(e) = started {
        tracing::warn!(error = %e, "writes from other processes show after a restart");
    }
}

/// Opens the database; a damaged one is moved aside (never overwritten)
/// and a fresh one opened, and what was found is returned for the window.
/// The whole-file check (and the tidying `service::on_start` does) come
/// after the first frame: `commands::data::start_check_and_backups`.
fn open_store(dir: Result<PathBuf>) -> (Result<Store>, Option<service::backups::Recovered>) {
    match dir.and_then(|dir| service::backups::open_or_recover(&dir, &SystemClock)) {
        Ok((store, found)) => (Ok(store), found),
        Err(e) => (Err(e), None),
    }
}

/// The environment variable that sets the log filter (`tracing`'s syntax).
const LOG_ENV: &str = "CAIRN_LOG";

/// Logs go to stderr: warnings, and Cairn's own info, unless `CAIRN_LOG`
/// sets another filter; colours only on a terminal.
fn init_logging() {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env(LOG_ENV).unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("warn,cairn_lib=info,cairn_core=info")
    });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .try_init();
}

/// Creates the main window from its configuration (`"create": false` in
/// tauri.conf.json), so that it starts loading before anything else.
fn open_main_window<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<()> {
    let Some(config) = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
    else {
        return Ok(());
    };
    let mut config = config;
    if let Some(view) = startup::first_view() {
        config.url = tauri::WebviewUrl::App(format!("index.html#{view}").into());
    }
    tauri::WebviewWindowBuilder::from_config(app, &config)?.build()?;
    Ok(())
}

/// Opens (and checks) the database on its own thread while the web view
/// starts, then hands it to the commands, which wait for it until then.
fn open_database_in_background<R: Runtime>(app: &tauri::AppHandle<R>) {
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("cairn-open".into())
        .spawn(move || open_database(&handle));
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "no thread to open the database on; opening it here");
        open_database(app);
    }
}

fn open_database<R: Runtime>(app: &tauri::AppHandle<R>) {
    // Whatever happens here, the commands waiting for the store get an
    // answer: a panic leaves a sentence instead of a hang.
    struct Settle<'a, R: Runtime>(&'a tauri::AppHandle<R>);
    impl<R: Runtime> Drop for Settle<'_, R> {
        fn drop(&mut self) {
            self.0
                .state::<AppState>()
                .set_store(Err(Error::Internal(cairn_core::tr!("startup-no-database"))));
        }
    }
    let settle = Settle(app);
    let (store, recovered) = open_store(store::location::data_dir());
    startup::mark("store");
    match &store {
        Ok(s) => {
            tracing::info!(path = %s.path().display(), "database open");
            // The tray, notifications and errors speak the person's choice
            // from here on (the system's until now).
            match service::settings::use_language(s) {
                // The page asks for its words first thing: made here, on
                // this otherwise idle thread, they are ready when it asks.
                Ok(lang) => {
                    lang.window_catalogue();
                }
                Err(e) => tracing::warn!(error = %e, "the language choice could not be read"),
            }
        }
        // The window still opens and shows this sentence.
        Err(e) => tracing::error!(error = %e, "database unavailable"),
    }
    app.state::<commands::data::Recovery>().set(recovered);
    app.state::<AppState>().set_store(store);
    drop(settle);
    note_ready(app, startup::Ready::Store);
}

/// Notes one condition of the deferred start-up work (see `start_services`);
/// when both hold, that work runs on the main thread.
pub(crate) fn note_ready<R: Runtime>(app: &tauri::AppHandle<R>, ready: startup::Ready) {
    let Some(deferred) = app.try_state::<startup::Deferred>() else {
        return;
    };
    if deferred.note(ready) {
        let handle = app.clone();
        if let Err(e) = app.run_on_main_thread(move || start_services(&handle)) {
            tracing::error!(error = %e, "could not start the tray and reminders");
        }
    }
}

/// What the first frame does not need, started once it is on screen and the
/// database is open, so that none of it competes with that frame: the tray,
/// reminders (whose first step wakes the notification
/// server), the global shortcut, the database's daily whole-file check and
/// its backups, and the database watch.
fn start_services<R: Runtime>(app: &tauri::AppHandle<R>) {
    let tray = tray::create(app);
    app.state::<TrayPresent>().0.store(tray, Ordering::Relaxed);
    let scheduler = app.state::<Arc<reminders::Scheduler>>().inner().clone();
    scheduler.run(
        Arc::new(ReminderHost(app.clone())),
        // A notification where it has buttons, else Cairn's own window.
        Arc::new(reminder_window::WindowOrNotification::new(app.clone())),
        Arc::from(app_clock::app_clock()),
        chrono::Local,
    );
    reminders::wake_after_suspend(scheduler.clone());
    watch_the_time_zone(app, scheduler);
    let state = app.state::<AppState>();
    let shortcut = state
        .store()
        .and_then(|s| service::settings::settings(s, state.clock()))
        .map_or_else(
            |_| service::settings::DEFAULT_SHORTCUT.to_owned(),
            |s| s.shortcut,
        );
    if let Err(e) = shortcut::register(app, &shortcut, None) {
        tracing::warn!(error = %e, "quick-log shortcut unavailable");
    }
    commands::data::start_check_and_backups(app.clone());
    watch_database(app);
    // Sync with other computers: only when it is on (idle stays idle).
    app.state::<sync_watch::SyncWatch>()
        .set_host(Arc::new(SyncHost(app.clone())));
    commands::sync::start_watch_if_on(app);
    startup::mark("services");
}

/// If the window never reports a frame (it failed to load, say), the tray
/// and reminders still start after this long.
const SERVICES_AT_THE_LATEST: std::time::Duration = std::time::Duration::from_secs(10);

/// What the window app accepts on its command line. The commands (`cairn
/// log`, `cairn today`, ...) belong to `cairn` (src-tauri/cli), which opens
/// this app when called without one.
#[derive(clap::Parser)]
#[command(name = "cairn-app", version, about = "Cairn's window")]
struct AppArgs {
    /// Print the time to the first painted frame with data, then exit.
    #[arg(long, hide = true)]
    measure_startup: bool,
    /// The view the window opens on (`today`, `wins`, `chronicle`, ...):
    /// the benchmarks measure each view's first frame with it.
    #[arg(long, hide = true, value_parser = startup::parse_view)]
    view: Option<String>,
}

/// Starts the window app.
pub fn run() {
    memory::few_arenas();
    startup::mark_launch();
    let args = match <AppArgs as clap::Parser>::try_parse() {
        Ok(args) => args,
        // --help, --version or a usage error: only then are the words
        // loaded (a plain start does not wait for them), in the language
        // the system or CAIRN_LANG gives, and clap says it again in them.
        Err(first) => {
            let command = cairn_core::i18n::command_line::dress(
                <AppArgs as clap::CommandFactory>::command().about(cairn_core::tr!("app-about")),
            );
            let error = command.try_get_matches().err().unwrap_or(first);
            cairn_core::i18n::command_line::exit(error, "cairn-app")
        }
    };
    startup::set_measuring(args.measure_startup);
    startup::set_first_view(args.view);
    init_logging();
    run_app();
}

fn run_app() {
    if !webview_runtime::ready_or_explained() {
        std::process::exit(1);
    }
    startup::choose_renderer();
    let mut builder = tauri::Builder::default();
    // Registered first, so a second launch exits before it opens anything.
    if platform::single_instance_possible(platform::Os::HERE, notify::session_bus_available()) {
        builder = builder.plugin(tauri_plugin_single_instance::init(on_second_instance));
    } else {
        tracing::warn!("no session bus: a second Cairn could start beside this one");
    }
    // On Linux the shortcut is Cairn's own X11 grab (`shortcut/x11.rs`): the
    // plugin's listener there polls the X server 20 times a second.
    #[cfg(not(target_os = "linux"))]
    {
        builder = builder.plugin(tauri_plugin_global_shortcut::Builder::new().build());
    }
    let app = with_commands(builder)
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            None,
        ))
        .setup(|app| {
            startup::mark("setup");
            let handle = app.handle().clone();
            app.manage(startup::Deferred::default());
            app.manage(commands::data::Recovery::new(None));
            app.manage(commands::PickedImport::default());
            app.manage(TrayPresent::default());
            app.manage(reminder_window::ReminderWindow::default());
            app.manage(sync_watch::SyncWatch::default());
            app.manage(memory::Trimmer::start());
            app.manage(reminders::Scheduler::new(
                reminders::snooze_override_from_env(),
            ));
            app.manage(
                AppState::opening(app_clock::app_clock())
                    .with_listener(Box::new(DesktopListener(handle.clone()))),
            );
            // The web view's process starts first; the database opens and
            // is checked beside it.
            #[cfg(target_os = "linux")]
            caret::make_steady();
            open_main_window(&handle)?;
            startup::mark("window");
            open_database_in_background(&handle);
            let fallback = handle.clone();
            let _ = std::thread::Builder::new()
                .name("cairn-start".into())
                .spawn(move || {
                    std::thread::sleep(SERVICES_AT_THE_LATEST);
                    note_ready(&fallback, startup::Ready::FirstFrame);
                });
            startup::mark("setup_done");
            Ok(())
        })
        .on_window_event(|window, event| {
            // A window shown, hidden or focused is work (a reload, a quick
            // log) as much as a change is: trim once it settles too.
            if let Some(trimmer) = window.try_state::<memory::Trimmer>() {
                trimmer.poke();
            }
            // With a tray, closing the main window keeps Cairn in the tray;
            // Quit is in the tray menu.
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                let in_tray = window
                    .app_handle()
                    .try_state::<TrayPresent>()
                    .is_some_and(|t| t.0.load(Ordering::Relaxed));
                if window.label() == "main" && in_tray && !startup::measuring() {
                    api.prevent_close();
                    let _ = window.hide();
                }
                // Closing the reminder window dismisses its reminder; the
                // window is kept for the next one.
                if window.label() == reminder_window::LABEL {
                    api.prevent_close();
                    reminder_window::dismiss_current(window.app_handle());
                }
            }
        });
    // The main thread makes the single-instance and tray connections.
    let result = on_async_runtime(|| app.run(tauri::generate_context!()));
    if let Err(e) = result {
        tracing::error!(error = %e, "the window app could not start");
        eprintln!("{}", cairn_core::tr!("startup-no-window"));
        std::process::exit(1);
    }
}
