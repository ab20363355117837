//! The quick-log window, opened from the tray, a reminder or the global
//! shortcut (`shortcut/`).
//!
//! The window is made on first use, then only hidden and shown again, so
//! from the second time on it appears at once. It is not made hidden in
//! advance: a WebKit view that was never on screen is never told it is
//! hidden, and without a GPU it then asks for frames 60 times a second for
//! as long as Cairn runs (measured: see issue 10 in ARCHITECTURE.md, "At
//! rest"). Its page is `ui/quick.html`.

use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

use crate::error::{Error, Result};
use cairn_core::tr;

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
/// Tall enough for six step chips, the feedback line and the key hint, with
/// five `#` completions floating over the chips.
const HEIGHT: f64 = 330.0;

/// Makes the quick window, which opens on `opening`: its page reads the
/// source and the prefilled text from its address, since it cannot have
/// heard the event sent when it is shown.
fn create<R: Runtime>(
    app: &AppHandle<R>,
    opening: &Shown<'_>,
) -> tauri::Result<tauri::WebviewWindow<R>> {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("source", opening.source);
    if let Some(text) = opening.text {
        query.append_pair("text", text);
    }
    let page = format!("quick.html?{}", query.finish());
    let window = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App(page.into()))
        .title(tr!("app-quick-title"))
        .inner_size(WIDTH, HEIGHT)
        .resizable(false)
        .decorations(false)
        .always_on_top(true)
        .skip_taskbar(true)
        .visible(false)
        .build()?;
    Ok(window)
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
    let opening = Shown { source, text };
    let (window, fresh) = match app.get_webview_window(LABEL) {
        Some(window) => (window, false),
        None => match create(app, &opening) {
            Ok(window) => (window, true),
            Err(e) => {
                tracing::warn!(error = %e, "no quick window");
                return;
            }
        },
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
    if !fresh {
        let _ = window.emit_to(LABEL, SHOWN_EVENT, opening);
    }
}

pub fn hide<R: Runtime>(app: &AppHandle<R>) -> Result<()> {
    if let Some(window) = app.get_webview_window(LABEL) {
        window.hide().map_err(|e| {
            tracing::warn!(error = %e, "could not hide the quick window");
            Error::Internal(tr!("app-quick-not-hidden"))
        })?;
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
