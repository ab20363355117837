//! The global shortcut that opens the quick window, and how it reaches
//! Cairn in this session (what Settings says): on Linux Cairn's own key
//! grab on the X server (`x11.rs`) or, on Wayland, the XDG desktop portal
//! (`portal.rs`); on Windows and macOS the global-shortcut plugin.
//! A press only calls `quick::show`; the quick window knows nothing of
//! shortcuts.

#[cfg(target_os = "linux")]
pub mod portal;
#[cfg(target_os = "linux")]
pub mod x11;

use std::str::FromStr;
use std::sync::{Mutex, PoisonError};

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_global_shortcut::Shortcut;

use crate::error::{Error, Result};
use crate::quick::show;
use cairn_core::tr;

/// Reads a shortcut such as `Ctrl+Alt+W`.
pub fn parse_shortcut(text: &str) -> Result<Shortcut> {
    Shortcut::from_str(text.trim())
        .map_err(|_| Error::Validation(tr!("shortcut-not-understood", text = text.trim())))
}

// How the shortcut reaches Cairn, for the Settings page.

/// How the global shortcut works in this session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// Cairn's own passive key grab on the X server (`x11.rs`).
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
/// desktop portal is asked, and answers later (`portal.rs`).
#[cfg(target_os = "linux")]
pub fn register<R: Runtime>(app: &AppHandle<R>, text: &str, _previous: Option<&str>) -> Result<()> {
    use crate::platform::{shortcut_binding, Os, ShortcutBinding};
    use x11::{GrabError, X11Shortcut};
    let shortcut = parse_shortcut(text)?;
    let binding = shortcut_binding(Os::HERE, portal::wayland_session());
    if binding == ShortcutBinding::Portal {
        let trigger = portal::trigger(&shortcut)
            .ok_or_else(|| Error::Validation(tr!("shortcut-no-name", keys = text.trim())))?;
        portal::bind(app, trigger);
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
pub fn register<R: Runtime>(app: &AppHandle<R>, text: &str, previous: Option<&str>) -> Result<()> {
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
