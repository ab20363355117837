//! Desktop notifications behind a small trait, so the scheduler is tested
//! with a recording notifier and the app uses notify-rust.
//!
//! On Linux a notification carries "Done" and "Later" buttons when the
//! notification server supports actions; a click on its body is the
//! "default" action. Each shown notification gets a thread that waits for
//! the person's answer (blocked on the bus, never waking by itself). With
//! no session bus or no server, `show` returns an error and the caller
//! shows the reminder in the window instead: nothing here panics.
//!
//! Where notifications cannot carry buttons (Windows and macOS through
//! notify-rust, a Linux server without the `actions` capability), [`route`]
//! says so and the app shows Cairn's own reminder window instead
//! (`reminder_window`). The server is asked at every delivery, not once:
//! it can be restarted, or replaced by another, while Cairn runs.

use cairn_core::tr;

/// What the person did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Done,
    Later,
    /// A click on the notification's body.
    Open,
    /// Closed or expired without an answer.
    Dismissed,
}

impl Action {
    /// From the action key the notification server reports.
    pub fn from_key(key: &str) -> Action {
        match key {
            "done" => Action::Done,
            "later" => Action::Later,
            "default" | "open" => Action::Open,
            _ => Action::Dismissed,
        }
    }
}

/// A notification's words and buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Which reminder this is (a stack's slot, a week): Cairn's own window
    /// queues each one once.
    pub key: String,
    pub title: String,
    pub body: String,
    /// Offer "Done" (a habit-stack reminder).
    pub done: bool,
    /// Offer "Later" (an anchor prompt offers only "Done").
    pub later: bool,
    /// Offer an "Open" button (the weekly nudge); a click on the body opens
    /// in any case.
    pub open: bool,
}

/// Called once with the person's answer, on a notifier thread.
pub type OnAction = Box<dyn FnOnce(Action) + Send + 'static>;

/// Whether notifications can be shown, in a sentence for the settings page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub available: bool,
    pub detail: Detail,
}

/// What the settings page says about notifications: kept as what happened,
/// and put in words when asked, so the sentence follows a change of language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// No server answers; the reason's message id (`notify-reason-…`).
    Unavailable(&'static str),
    /// Notifications with Done and Later buttons.
    Buttons,
    /// The server's notifications have no buttons: Cairn's own window.
    OwnWindow,
    /// Cairn's own window, always (off Linux).
    OwnWindowAlways,
    /// A test's recording notifier.
    #[cfg(test)]
    Recording,
}

impl Detail {
    /// The sentence, in the language Cairn speaks now.
    pub fn sentence(self) -> String {
        match self {
            Detail::Unavailable(reason) => tr!("notify-unavailable", reason = tr!(reason)),
            Detail::Buttons => tr!("notify-buttons"),
            Detail::OwnWindow => tr!("notify-own-window"),
            Detail::OwnWindowAlways => tr!("notify-own-window-always"),
            #[cfg(test)]
            Detail::Recording => "recording".into(),
        }
    }
}

pub trait Notifier: Send + Sync {
    /// Asks the notification server who it is (may take a moment).
    fn probe(&self) -> Status;
    /// Shows a notification; `on_action` gets the answer, if any comes.
    fn show(&self, notice: &Notice, on_action: OnAction) -> Result<(), String>;
}

/// The status when notifications cannot be shown, with the reason (a
/// `notify-reason-…` message id).
pub fn unavailable(reason: &'static str) -> Status {
    Status {
        available: false,
        detail: Detail::Unavailable(reason),
    }
}

/// The desktop's notification server, through notify-rust.
#[derive(Debug, Default)]
pub struct DesktopNotifier;

pub use crate::platform::Route;

/// Asks the notification server (on Linux) whether its notifications can
/// carry buttons; an error when no server answers. Off Linux, always Cairn's
/// own window: notify-rust has no buttons there to wait on
/// ([`crate::platform::reminder_route`]).
pub fn route() -> Result<Route, String> {
    crate::platform::reminder_route(
        crate::platform::Os::HERE,
        session_bus_available(),
        server_has_actions,
    )
}

#[cfg(target_os = "linux")]
fn server_has_actions() -> Result<bool, String> {
    let caps = notify_rust::get_capabilities().map_err(|e| e.to_string())?;
    Ok(caps.iter().any(|c| c == "actions"))
}

#[cfg(not(target_os = "linux"))]
fn server_has_actions() -> Result<bool, String> {
    Ok(false)
}

/// Whether a D-Bus session bus can be reached (always, off Linux). The
/// notifications need one, and so does the single-instance plugin, which
/// cannot fail gracefully without one.
pub fn session_bus_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|d| std::path::Path::new(&d).join("bus").exists())
}

impl Notifier for DesktopNotifier {
    fn probe(&self) -> Status {
        if !session_bus_available() {
            return unavailable("notify-reason-no-session");
        }
        probe_server()
    }

    fn show(&self, notice: &Notice, on_action: OnAction) -> Result<(), String> {
        show_desktop(notice, on_action)
    }
}

#[cfg(target_os = "linux")]
fn probe_server() -> Status {
    match notify_rust::get_server_information() {
        Ok(_) => {
            let actions = notify_rust::get_capabilities()
                .map(|caps| caps.iter().any(|c| c == "actions"))
                .unwrap_or(false);
            Status {
                available: true,
                // The server's name (e.g. "dunst") means nothing to most people.
                detail: if actions {
                    Detail::Buttons
                } else {
                    Detail::OwnWindow
                },
            }
        }
        Err(e) => {
            tracing::info!(error = %e, "no notification server");
            unavailable("notify-reason-no-server")
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn probe_server() -> Status {
    Status {
        available: true,
        detail: Detail::OwnWindowAlways,
    }
}

#[cfg(target_os = "linux")]
fn show_desktop(notice: &Notice, on_action: OnAction) -> Result<(), String> {
    let actions = notify_rust::get_capabilities()
        .map_err(|e| e.to_string())?
        .iter()
        .any(|c| c == "actions");
    let mut n = notify_rust::Notification::new();
    n.appname("Cairn")
        .summary(&notice.title)
        .body(&notice.body)
        .hint(notify_rust::Hint::Category("reminder".into()))
        .action("default", &tr!("notify-open"));
    if actions {
        if notice.open {
            n.action("open", &tr!("notify-open"));
        }
        if notice.done {
            n.action("done", &tr!("notify-done"));
        }
        if notice.later {
            n.action("later", &tr!("notify-later"));
        }
    }
    let handle = n.show().map_err(|e| e.to_string())?;
    std::thread::Builder::new()
        .name("cairn-notification".into())
        .spawn(move || {
            crate::on_async_runtime(|| {
                handle.wait_for_action(|key| on_action(Action::from_key(key)))
            })
        })
        .map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn show_desktop(notice: &Notice, _on_action: OnAction) -> Result<(), String> {
    // Other systems get no buttons from notify-rust here; the reminder also
    // shows in the window, where Done and Later are.
    notify_rust::Notification::new()
        .appname("Cairn")
        .summary(&notice.title)
        .body(&notice.body)
        .show()
        .map(drop)
        .map_err(|e| e.to_string())
}

/// Records notifications and keeps their callbacks, for tests; `fail`
/// plays a desktop without a notification server.
#[cfg(test)]
#[derive(Default)]
pub struct RecordingNotifier {
    pub fail: bool,
    shown: std::sync::Mutex<Vec<(Notice, Option<OnAction>)>>,
}

#[cfg(test)]
impl RecordingNotifier {
    /// A notifier that records, or (`fail`) one that has no server.
    pub fn new(fail: bool) -> Self {
        RecordingNotifier {
            fail,
            shown: std::sync::Mutex::default(),
        }
    }

    pub fn shown(&self) -> Vec<Notice> {
        self.lock().iter().map(|(n, _)| n.clone()).collect()
    }

    /// Answers the `index`th notification as the person would.
    pub fn answer(&self, index: usize, action: Action) {
        let callback = self.lock().get_mut(index).and_then(|(_, cb)| cb.take());
        if let Some(cb) = callback {
            cb(action);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(Notice, Option<OnAction>)>> {
        self.shown.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
impl Notifier for RecordingNotifier {
    fn probe(&self) -> Status {
        if self.fail {
            unavailable("notify-reason-not-shown")
        } else {
            Status {
                available: true,
                detail: Detail::Recording,
            }
        }
    }

    fn show(&self, notice: &Notice, on_action: OnAction) -> Result<(), String> {
        if self.fail {
            return Err("no server".into());
        }
        self.lock().push((notice.clone(), Some(on_action)));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_keys() {
        for (key, action) in [
            ("done", Action::Done),
            ("later", Action::Later),
            ("default", Action::Open),
            ("open", Action::Open),
            ("__closed", Action::Dismissed),
        ] {
            assert_eq!(Action::from_key(key), action);
        }
    }

    #[test]
    fn the_sentences_and_buttons_follow_the_language() {
        cairn_core::i18n::with_language("de", || {
            let detail = unavailable("notify-reason-no-session").detail.sentence();
            assert!(
                detail.starts_with(
                    "Kein Benachrichtigungsdienst antwortet (es gibt keine D-Bus-Sitzung), "
                ),
                "{detail}"
            );
            assert!(Detail::Buttons.sentence().contains("Erledigt und Später"));
            assert_eq!(
                [tr!("notify-done"), tr!("notify-later"), tr!("notify-open")],
                ["Erledigt", "Später", "Öffnen"]
            );
        });
        cairn_core::i18n::with_language("es", || {
            assert_eq!(tr!("notify-later"), "Más tarde");
        });
        cairn_core::i18n::with_language("en", || {
            assert_eq!(
                Detail::OwnWindow.sentence(),
                "Your notifications have no buttons, so Cairn shows its own small window with Done, Later and Open Cairn near the corner of the screen."
            );
        });
    }
}
