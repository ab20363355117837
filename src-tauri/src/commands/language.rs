//! The language Cairn speaks: the window's catalogue, handed over with its
//! first view, and the choice in Settings. Changing it tells every window
//! (each reloads in the new language, where it was) and rebuilds the tray.

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime, State};

use super::{AppState, Input};
use crate::error::Result;
use crate::service;
use cairn_core::i18n;

/// Sent to every window when the language changes.
pub const LANGUAGE_EVENT: &str = "cairn://language";

/// The current language's catalogue for the window (`i18n::window`'s JSON,
/// made once per language and passed through as it is).
#[tauri::command(async)]
pub fn language(state: State<'_, AppState>) -> Result<tauri::ipc::Response> {
    // The person's choice lives in the database: wait until it is open, as
    // the first view's data does. If it cannot open, the system's language
    // still speaks the sentence that says so.
    let lang = match state.store() {
        Ok(store) => service::settings::use_language(store).unwrap_or_else(|_| i18n::current()),
        Err(_) => i18n::current(),
    };
    Ok(tauri::ipc::Response::new(
        lang.window_catalogue().to_owned(),
    ))
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct LanguageOption {
    pub id: String,
    /// The language's name in itself ("Deutsch").
    pub name: String,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct LanguageSettingsDto {
    /// "system" or a language's id.
    pub choice: String,
    pub options: Vec<LanguageOption>,
    /// The language the system gives now, by name.
    pub system_name: String,
    /// `CAIRN_LANG` when it is set: it decides, whatever the choice.
    pub forced_by: Option<String>,
}

#[tauri::command(async)]
pub fn language_settings(state: State<'_, AppState>) -> Result<LanguageSettingsDto> {
    let choice = service::settings::language_choice(state.store()?)?;
    let system = i18n::locale::resolve_from(
        None,
        &i18n::Choice::System,
        i18n::system_locale().as_deref(),
    );
    let name_of = |id: &str| {
        i18n::LANGUAGES
            .iter()
            .chain(i18n::PSEUDO_LANGUAGES)
            .find(|(l, _)| *l == id)
            .map_or_else(|| id.to_owned(), |(_, name)| (*name).to_owned())
    };
    Ok(LanguageSettingsDto {
        choice: choice.as_setting().to_owned(),
        options: i18n::LANGUAGES
            .iter()
            .map(|(id, name)| LanguageOption {
                id: (*id).into(),
                name: (*name).into(),
            })
            .collect(),
        system_name: name_of(system.id),
        forced_by: std::env::var(i18n::ENV)
            .ok()
            .filter(|v| !v.trim().is_empty()),
    })
}

#[derive(Deserialize, Debug)]
pub struct LanguageInput {
    pub choice: String,
}

/// Saves the person's choice; every window reloads in it and the tray is
/// rebuilt, without a restart.
#[tauri::command(async)]
pub fn set_language<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Input<LanguageInput>,
) -> Result<()> {
    let store = state.store()?;
    let before = i18n::current().id();
    let lang = state.changed(service::settings::set_language(store, &input.get()?.choice))?;
    if lang.id() != before {
        tracing::info!(
            language = lang.id(),
            locale = lang.locale(),
            "language changed"
        );
    }
    if let Err(e) = app.emit(LANGUAGE_EVENT, lang.id()) {
        tracing::warn!(error = %e, "could not tell the windows the language changed");
    }
    Ok(())
}
