//! The global shortcut on Wayland: the XDG desktop portal's
//! `org.freedesktop.portal.GlobalShortcuts` (KDE Plasma 6, GNOME 48 and
//! later), through `ashpd`.
//!
//! On Wayland no app may grab keys itself; the desktop owns them and tells
//! the app when one of its shortcuts is pressed. One task on Tauri's tokio
//! runtime does everything, and only ever awaits: a session
//! (`CreateSession`), our one shortcut in it (`BindShortcuts`, id
//! `quick-log`, with the Settings page's keys as the preferred trigger,
//! which the desktop may let the person change), then the `Activated`
//! signal, which opens the quick window like the X11 grab does. A new
//! shortcut in Settings closes the session and binds again in a new one.
//! Where the desktop has no such portal, or says no, [`Via::None`] carries
//! the sentence Settings shows.

use std::pin::pin;

use ashpd::desktop::global_shortcuts::{GlobalShortcuts, NewShortcut};
use futures_util::future::{select, Either};
use futures_util::StreamExt;
use tauri::async_runtime::{channel, Receiver, Sender};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_global_shortcut::{Modifiers, Shortcut};

use super::{set_via, Via};
use crate::quick;
use cairn_core::tr;

/// Our shortcut's id in the portal session.
pub const SHORTCUT_ID: &str = "quick-log";
/// The binding's description, as the desktop's dialog shows it.
const DESCRIPTION: &str = "portal-description";

/// Said when the desktop has no GlobalShortcuts portal (a message id).
pub const NO_PORTAL: &str = "portal-none";

/// Said when the portal answered, but did not bind the keys (the person
/// may have said no in the desktop's dialog; a message id).
pub const NOT_BOUND: &str = "portal-not-bound";

/// The sentence for why the portal gave no shortcut.
fn why(e: &ashpd::Error) -> &'static str {
    match e {
        ashpd::Error::Response(_) => NOT_BOUND,
        _ => NO_PORTAL,
    }
}

/// Whether this is a Wayland session, where only the portal can give a
/// global shortcut (an X11 grab through XWayland sees keys only while an
/// X11 window has the focus).
pub fn wayland_session() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("WAYLAND_DISPLAY")
        || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t.eq_ignore_ascii_case("wayland"))
}

/// The shortcut in the syntax of the XDG "shortcuts" specification the
/// portal speaks: modifiers `CTRL`, `ALT`, `SHIFT`, `LOGO`, then the key's
/// XKB keysym name, joined by `+` (`Ctrl+Alt+W` is `CTRL+ALT+w`). None for
/// a key without a keysym name.
pub fn trigger(shortcut: &Shortcut) -> Option<String> {
    let keysym = super::x11::keysym(shortcut)?;
    let name = xkeysym::Keysym::from(keysym).name()?;
    let key = name.strip_prefix("XK_").unwrap_or(name);
    let mut parts: Vec<&str> = Vec::new();
    for (modifier, word) in [
        (Modifiers::CONTROL, "CTRL"),
        (Modifiers::ALT, "ALT"),
        (Modifiers::SHIFT, "SHIFT"),
        (Modifiers::SUPER | Modifiers::META, "LOGO"),
    ] {
        if shortcut.mods.intersects(modifier) {
            parts.push(word);
        }
    }
    parts.push(key);
    Some(parts.join("+"))
}

/// The task that holds the portal session, reached through its channel.
pub struct PortalShortcut(Sender<String>);

/// Asks the desktop to bind `trigger` (portal syntax) to the quick window,
/// in place of any shortcut bound before. Returns at once: the desktop may
/// ask the person first; Settings shows the outcome when it comes.
pub fn bind<R: Runtime>(app: &AppHandle<R>, trigger: String) {
    if app.try_state::<PortalShortcut>().is_none() {
        let (tx, rx) = channel(16);
        app.manage(PortalShortcut(tx));
        tauri::async_runtime::spawn(serve(app.clone(), rx));
    }
    set_via(app, Via::Asking);
    let sender = app.state::<PortalShortcut>().0.clone();
    if let Err(e) = sender.try_send(trigger) {
        tracing::warn!(error = %e, "the new shortcut was not passed on");
        if sender.is_closed() {
            set_via(app, Via::None(NO_PORTAL));
        }
        // Else full (many changes while the desktop's dialog is open): the
        // ones queued still apply.
    }
}

/// Binds each trigger that comes, one session at a time, and opens the
/// quick window on each activation.
async fn serve<R: Runtime>(app: AppHandle<R>, mut triggers: Receiver<String>) {
    let Some(mut trigger) = triggers.recv().await else {
        return;
    };
    loop {
        let next = match session(&app, &trigger, &mut triggers).await {
            Ok(next) => next,
            Err(e) => {
                tracing::warn!(error = %e, "no global shortcut from the desktop portal");
                announce(&app, Via::None(why(&e)));
                triggers.recv().await
            }
        };
        let Some(mut latest) = next else {
            return;
        };
        // Only the latest of several quick changes matters.
        while let Ok(newer) = triggers.try_recv() {
            latest = newer;
        }
        trigger = latest;
    }
}

/// One session: binds `trigger`, then opens the quick window on each
/// activation until another trigger comes (returned, once this session is
/// closed) or the app ends (None).
async fn session<R: Runtime>(
    app: &AppHandle<R>,
    trigger: &str,
    triggers: &mut Receiver<String>,
) -> ashpd::Result<Option<String>> {
    let portal = GlobalShortcuts::new().await?;
    let session = portal.create_session().await?;
    // Listening before binding, so that no press is missed.
    let activated = portal.receive_activated().await?;
    let shortcut = NewShortcut::new(SHORTCUT_ID, tr!(DESCRIPTION)).preferred_trigger(trigger);
    let bound = portal
        .bind_shortcuts(&session, &[shortcut], None)
        .await?
        .response()?;
    let keys = bound
        .shortcuts()
        .iter()
        .find(|s| s.id() == SHORTCUT_ID)
        .map(|s| s.trigger_description().to_owned());
    tracing::info!(
        ?keys,
        trigger,
        "global shortcut bound through the desktop portal"
    );
    announce(app, Via::Portal(keys.filter(|k| !k.is_empty())));

    let mut activated = pin!(activated);
    let next = loop {
        let recv = pin!(triggers.recv());
        match select(activated.next(), recv).await {
            Either::Left((Some(press), _)) => {
                // Sessions are replaced, never kept side by side, so the
                // id names the quick log.
                if press.shortcut_id() == SHORTCUT_ID {
                    quick::show(app, "shortcut");
                }
            }
            // The portal went away: wait for the next trigger to try again.
            Either::Left((None, _)) => break None,
            Either::Right((next, _)) => break Some(next),
        }
    };
    let next = match next {
        Some(next) => next,
        None => {
            announce(app, Via::None(NO_PORTAL));
            triggers.recv().await
        }
    };
    if let Err(e) = session.close().await {
        tracing::debug!(error = %e, "the portal session did not close");
    }
    Ok(next)
}

/// Records how the shortcut works now, and redraws an open Settings page.
fn announce<R: Runtime>(app: &AppHandle<R>, via: Via) {
    set_via(app, via);
    if let Err(e) = app.emit(crate::events::CHANGED_EVENT, ()) {
        tracing::debug!(error = %e, "could not tell the windows about the shortcut");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_become_portal_triggers() {
        for (text, expected) in [
            ("Ctrl+Alt+W", Some("CTRL+ALT+w")),
            ("Shift+Super+5", Some("SHIFT+LOGO+5")),
            ("Ctrl+F12", Some("CTRL+F12")),
            ("Alt+Space", Some("ALT+space")),
            ("Ctrl+Shift+ArrowUp", Some("CTRL+SHIFT+Up")),
            ("Ctrl+Alt+Slash", Some("CTRL+ALT+slash")),
            ("Ctrl+Enter", Some("CTRL+Return")),
            ("Ctrl+MediaPlayPause", None),
        ] {
            let shortcut = crate::shortcut::parse_shortcut(text).expect("a valid shortcut");
            assert_eq!(trigger(&shortcut).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn settings_name_the_way_the_shortcut_works() {
        for (via, words) in [
            (Via::X11Grab, "X11 key grab"),
            (Via::Asking, "desktop portal"),
            (
                Via::Portal(Some("Ctrl+Alt+W".into())),
                "desktop portal (your desktop calls the keys Ctrl+Alt+W)",
            ),
            (Via::Portal(None), "desktop portal"),
            (
                Via::None(NO_PORTAL),
                "In use: none. Your desktop does not offer global shortcuts",
            ),
        ] {
            let sentence = via.sentence();
            assert!(sentence.contains(words), "{sentence}");
            assert!(sentence.ends_with('.'), "{sentence}");
        }
    }

    #[test]
    fn the_sentence_follows_the_language() {
        let sentence = cairn_core::i18n::with_language("de", || Via::None(NOT_BOUND).sentence());
        assert!(
            sentence.starts_with("Aktiv: keines. Dein Desktop hat diese Tasten nicht übernommen."),
            "{sentence}"
        );
    }
}
