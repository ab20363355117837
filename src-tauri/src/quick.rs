//! The quick-log window and the global shortcut that opens it.
//!
//! The window is created hidden at start and only shown and hidden later,
//! so it appears at once (a new webview would take hundreds of
//! milliseconds). Its page is `ui/quick.html`.

use std::str::FromStr;

use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutState};

use crate::error::{Error, Result};

pub const LABEL: &str = "quick";
/// Sent to the quick window when it is shown: `{source, text}`. The source
/// (`tray`, `shortcut`, `reminder`, `quick`) becomes the win's source; the
/// text, if any, prefills the field (a reminder's action).
pub const SHOWN_EVENT: &str = "cairn://quick-shown";

#[derive(Clone, serde::Serialize)]
struct Shown<'a> {
    source: &'a str,
    text: Option<&'a str>,
}

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 230.0;

/// Creates the hidden quick window unless it exists. Called once the main
/// window has painted, so the second web process does not slow its start.
pub fn ensure_created<R: Runtime>(app: &AppHandle<R>) {
    if app.get_webview_window(LABEL).is_none() {
        if let Err(e) = create(app) {
            tracing::warn!(error = %e, "no quick window");
        }
    }
}

fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("quick.html".into()))
        .title("Cairn quick log")
        .inner_size(WIDTH, HEIGHT)
        .resizable(false)
        .decorations(false)
        .always_on_top(true)
        .skip_taskbar(true)
        .visible(false)
        .build()?;
    Ok(())
}

/// Shows the quick window near the top of the screen, focused.
pub fn show<R: Runtime>(app: &AppHandle<R>, source: &str) {
    show_with(app, source, None);
}

/// Shows the quick window with `text` already in its field.
pub fn show_prefilled<R: Runtime>(app: &AppHandle<R>, source: &str, text: &str) {
    show_with(app, source, Some(text));
}

fn show_with<R: Runtime>(app: &AppHandle<R>, source: &str, text: Option<&str>) {
    ensure_created(app);
    let Some(window) = app.get_webview_window(LABEL) else {
        tracing::warn!("the quick window is missing");
        return;
    };
    if let Ok(Some(monitor)) = window
        .current_monitor()
        .or_else(|_| window.primary_monitor())
    {
        let scale = monitor.scale_factor();
        let size = monitor.size().to_logical::<f64>(scale);
        let origin = monitor.position().to_logical::<f64>(scale);
        let x = origin.x + (size.width - WIDTH) / 2.0;
        let y = origin.y + size.height * 0.12;
        let _ = window.set_position(tauri::LogicalPosition::new(x, y));
    }
    if let Err(e) = window.show().and_then(|_| window.set_focus()) {
        tracing::warn!(error = %e, "could not show the quick window");
    }
    let _ = window.emit_to(LABEL, SHOWN_EVENT, Shown { source, text });
}

pub fn hide<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    if let Some(window) = app.get_webview_window(LABEL) {
        window
            .hide()
            .map_err(|e| Error::Internal(format!("Could not hide the quick window: {e}")))?;
    }
    Ok(())
}

/// Shows the main window, brought to the front.
pub fn show_main<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Reads a shortcut such as `Ctrl+Alt+W`.
pub fn parse_shortcut(text: &str) -> Result<Shortcut> {
    Shortcut::from_str(text.trim()).map_err(|_| {
        Error::Validation(format!(
            "\"{}\" is not a shortcut Cairn understands. Write modifiers and one key joined by +, like Ctrl+Alt+W.",
            text.trim()
        ))
    })
}

/// Makes `text` the shortcut that opens the quick window, replacing
/// `previous`. On failure the previous one stays in place.
pub fn register_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    text: &str,
    previous: Option<&str>,
) -> Result<()> {
    let shortcut = parse_shortcut(text)?;
    let shortcuts = app.global_shortcut();
    let old = previous.and_then(|p| parse_shortcut(p).ok());
    if old.as_ref() == Some(&shortcut) && shortcuts.is_registered(shortcut) {
        return Ok(());
    }
    if let Some(old) = old {
        let _ = shortcuts.unregister(old);
    }
    let on_press =
        |app: &AppHandle<R>, _: &Shortcut, event: tauri_plugin_global_shortcut::ShortcutEvent| {
            if event.state == ShortcutState::Pressed {
                show(app, "shortcut");
            }
        };
    shortcuts.on_shortcut(shortcut, on_press).map_err(|e| {
        tracing::warn!(error = %e, shortcut = text, "shortcut not registered");
        if let Some(old) = old {
            let _ = shortcuts.on_shortcut(old, on_press);
        }
        Error::Conflict(format!(
            "{} is taken by another program (or global shortcuts are not available here, as on Wayland). Try another combination.",
            text.trim()
        ))
    })
}
