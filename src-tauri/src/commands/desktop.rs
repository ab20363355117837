//! Commands for the desktop around the main window: settings (shortcut,
//! autostart, pausing reminders) and the quick-log window.

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_autostart::ManagerExt;

use super::{AppState, Input};
use crate::error::{Error, Result};
use crate::service::{self, settings::Pause};
use cairn_core::tr;

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDto {
    pub shortcut: String,
    /// RFC 3339 while reminders are paused.
    pub paused_until: Option<String>,
    pub autostart: bool,
    /// How the shortcut reaches Cairn here (X11 key grab, desktop portal,
    /// none and why), as a sentence.
    pub shortcut_via: String,
}

#[tauri::command(async)]
pub fn get_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SettingsDto> {
    let settings = service::settings::settings(state.store()?, state.clock())?;
    Ok(SettingsDto {
        shortcut: settings.shortcut,
        paused_until: settings.paused_until.map(|t| t.to_rfc3339()),
        autostart: app.autolaunch().is_enabled().unwrap_or(false),
        shortcut_via: crate::shortcut::via(&app)
            .map_or_else(|| tr!("shortcut-setting-up"), |via| via.sentence()),
    })
}

#[derive(Deserialize)]
pub struct ShortcutInput {
    shortcut: String,
}

/// Registers the new shortcut first, and keeps it only if that worked.
#[tauri::command]
pub fn set_shortcut<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Input<ShortcutInput>,
) -> Result<()> {
    let input = input.get()?;
    let store = state.store()?;
    let current = service::settings::settings(store, state.clock())?.shortcut;
    crate::shortcut::register(&app, &input.shortcut, Some(&current))?;
    service::settings::set_shortcut(store, &input.shortcut)
}

#[derive(Deserialize)]
pub struct EnabledInput {
    enabled: bool,
}

#[tauri::command(async)]
pub fn set_autostart<R: Runtime>(app: AppHandle<R>, input: Input<EnabledInput>) -> Result<()> {
    let launcher = app.autolaunch();
    let result = if input.get()?.enabled {
        launcher.enable()
    } else {
        launcher.disable()
    };
    result.map_err(|e| {
        tracing::warn!(error = %e, "autostart");
        Error::Internal(tr!("autostart-unchanged"))
    })
}

#[derive(Deserialize)]
pub struct PauseInput {
    /// `hour` or `tomorrow`.
    until: String,
}

#[tauri::command(async)]
pub fn pause_reminders(state: State<'_, AppState>, input: Input<PauseInput>) -> Result<String> {
    let pause = match input.get()?.until.as_str() {
        "hour" => Pause::OneHour,
        "tomorrow" => Pause::UntilTomorrow,
        _ => return Err(Error::Validation(tr!("input-pause"))),
    };
    state
        .changed(service::settings::pause_reminders(
            state.store()?,
            state.clock(),
            pause,
        ))
        .map(|t| t.to_rfc3339())
}

#[tauri::command(async)]
pub fn resume_reminders(state: State<'_, AppState>) -> Result<()> {
    state.changed(service::settings::resume_reminders(state.store()?))
}

#[tauri::command]
pub fn hide_quick<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    crate::quick::hide(&app)
}

#[tauri::command]
pub fn open_main<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    crate::quick::hide(&app)?;
    crate::quick::show_main(&app);
    Ok(())
}
/// The UI calls this once its first frame with data is painted; with
/// `--measure-startup` the time since launch is printed and the app exits.
/// Otherwise the work deferred past the first frame starts now.
#[tauri::command]
pub fn first_frame<R: tauri::Runtime>(app: tauri::AppHandle<R>, page: Option<String>) {
    crate::startup::first_frame(page.as_deref().unwrap_or(""));
    crate::note_ready(&app, crate::startup::Ready::FirstFrame);
}
