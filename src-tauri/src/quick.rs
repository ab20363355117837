//! The quick-log window and the global shortcut that opens it (on Linux
//! through `x11_shortcut`, or `portal_shortcut` on Wayland; elsewhere
//! through the global-shortcut plugin).
//!
//! The window is made on first use, then only hidden and shown again, so
//! from the second time on it appears at once. It is not made hidden in
//! advance: a WebKit view that was never on screen is never told it is
//! hidden, and without a GPU it then asks for frames 60 times a second for
//! as long as Cairn runs (measured: see issue 10 in ARCHITECTURE.md, "At
//! rest"). Its page is `ui/quick.html`.

use std::str::FromStr;
use std::sync::{Mutex, PoisonError};

use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};
use tauri_plugin_global_shortcut::Shortcut;

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

/// Reads a shortcut such as `Ctrl+Alt+W`.
pub fn parse_shortcut(text: &str) -> Result<Shortcut> {
    Shortcut::from_str(text.trim())
        .map_err(|_| Error::Validation(tr!("shortcut-not-understood", text = text.trim())))
}

// How the shortcut reaches Cairn, for the Settings page.

/// How the global shortcut works in this session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// Cairn's own passive key grab on the X server (`x11_shortcut`).
    X11Grab,
    /// The desktop portal was asked, and has not answered yet.
    Asking,
    /// Bound through the desktop portal; the keys as the desktop names
    /// them, if it said.
    Portal(Option<String>),
    /// The system's own shortcuts, through the plugin (Windows, macOS).
    System,
    /// No global shortcut, and why: the id of the message that says it
    /// (put in words when shown, so it follows a change of language).
    None(&'static str),
}

impl Via {
    /// What Settings says about it.
    pub fn sentence(&self) -> String {
        match self {
            Via::X11Grab => tr!("shortcut-via-x11"),
            Via::Asking => tr!("shortcut-via-asking"),
            Via::Portal(Some(keys)) => tr!("shortcut-via-portal-keys", keys = keys.as_str()),
            Via::Portal(None) => tr!("shortcut-via-portal"),
            Via::System => tr!("shortcut-via-system"),
            Via::None(why) => tr!("shortcut-via-none", why = tr!(why)),
        }
    }
}

/// The app's current [`Via`].
#[derive(Default)]
pub struct ShortcutVia(Mutex<Option<Via>>);

pub fn set_via<R: Runtime>(app: &AppHandle<R>, via: Via) {
    if app.try_state::<ShortcutVia>().is_none() {
        app.manage(ShortcutVia::default());
    }
    *app.state::<ShortcutVia>()
        .0
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = Some(via);
}

/// How the shortcut works now (None before it was first set up).
pub fn via<R: Runtime>(app: &AppHandle<R>) -> Option<Via> {
    app.try_state::<ShortcutVia>()
        .and_then(|v| v.0.lock().unwrap_or_else(PoisonError::into_inner).clone())
}

/// Makes `text` the shortcut that opens the quick window, replacing
/// `previous`. On failure the previous one stays in place. On Wayland the
/// desktop portal is asked, and answers later (`portal_shortcut`).
#[cfg(target_os = "linux")]
pub fn register_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    text: &str,
    _previous: Option<&str>,
) -> Result<()> {
    use crate::platform::{shortcut_binding, Os, ShortcutBinding};
    use crate::x11_shortcut::{GrabError, X11Shortcut};
    let shortcut = parse_shortcut(text)?;
    let binding = shortcut_binding(Os::HERE, crate::portal_shortcut::wayland_session());
    if binding == ShortcutBinding::Portal {
        let trigger = crate::portal_shortcut::trigger(&shortcut)
            .ok_or_else(|| Error::Validation(tr!("shortcut-no-name", keys = text.trim())))?;
        crate::portal_shortcut::bind(app, trigger);
        return Ok(());
    }
    if app.try_state::<X11Shortcut>().is_none() {
        let handle = app.clone();
        let listener = X11Shortcut::connect(move || show(&handle, "shortcut")).map_err(|e| {
            tracing::warn!(error = %e, "no X11 display for the global shortcut");
            let why = "shortcut-no-desktop";
            set_via(app, Via::None(why));
            Error::Conflict(tr!(why))
        })?;
        app.manage(listener);
    }
    let listener = app.state::<X11Shortcut>();
    listener.grab(&shortcut).map_err(|e| {
        tracing::warn!(error = ?e, shortcut = text, "shortcut not grabbed");
        match e {
            GrabError::NoSuchKey => Error::Validation(tr!("shortcut-no-key", keys = text.trim())),
            GrabError::Taken | GrabError::Lost(_) => {
                Error::Conflict(tr!("shortcut-taken", keys = text.trim()))
            }
        }
    })?;
    set_via(app, Via::X11Grab);
    Ok(())
}

/// Makes `text` the shortcut that opens the quick window, replacing
/// `previous`. On failure the previous one stays in place.
#[cfg(not(target_os = "linux"))]
pub fn register_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    text: &str,
    previous: Option<&str>,
) -> Result<()> {
    use crate::platform::{plan_shortcut_swap, ShortcutSwap};
    use tauri_plugin_global_shortcut::{GlobalShortcutExt, ShortcutEvent, ShortcutState};
    let shortcut = parse_shortcut(text)?;
    let shortcuts = app.global_shortcut();
    let old = previous.and_then(|p| parse_shortcut(p).ok());
    let restore = match plan_shortcut_swap(old, shortcut, shortcuts.is_registered(shortcut)) {
        ShortcutSwap::Keep => return Ok(()),
        ShortcutSwap::Replace { release, restore } => {
            if let Some(old) = release {
                let _ = shortcuts.unregister(old);
            }
            restore
        }
    };
    let on_press = |app: &AppHandle<R>, _: &Shortcut, event: ShortcutEvent| {
        if event.state == ShortcutState::Pressed {
            show(app, "shortcut");
        }
    };
    shortcuts.on_shortcut(shortcut, on_press).map_err(|e| {
        tracing::warn!(error = %e, shortcut = text, "shortcut not registered");
        if let Some(old) = restore {
            let _ = shortcuts.on_shortcut(old, on_press);
        }
        Error::Conflict(tr!("shortcut-taken", keys = text.trim()))
    })?;
    set_via(app, Via::System);
    Ok(())
}
