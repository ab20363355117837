//! What differs between the desktops Cairn runs on, decided in plain
//! functions over [`Os`], so the Windows and macOS branches are unit-tested
//! on any machine (the tests here run on Linux and the window app does not
//! run under Wine: no WebView2). The calls into each system stay where they
//! are used, behind `cfg`; they only act on what these functions decide.

/// A desktop system Cairn is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Linux,
    Windows,
    MacOs,
}

impl Os {
    /// The system this build runs on.
    pub const HERE: Os = if cfg!(target_os = "windows") {
        Os::Windows
    } else if cfg!(target_os = "macos") {
        Os::MacOs
    } else {
        Os::Linux
    };
}

/// Where a reminder goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A system notification with Done and Later buttons.
    Notification,
    /// Cairn's own small reminder window: the system's notifications have
    /// no buttons Cairn can wait on.
    OwnWindow,
}

/// Where a reminder goes on `os`. On Linux the notification server is
/// asked (`server_has_actions`, only then) whether its notifications carry
/// buttons, which needs a session bus; on Windows and macOS notify-rust
/// shows no buttons to wait on, so always Cairn's own window, with no bus
/// and no question asked. An error says why nothing can be shown.
pub fn reminder_route(
    os: Os,
    session_bus: bool,
    server_has_actions: impl FnOnce() -> Result<bool, String>,
) -> Result<Route, String> {
    if os != Os::Linux {
        return Ok(Route::OwnWindow);
    }
    if !session_bus {
        return Err("there is no D-Bus session".into());
    }
    Ok(if server_has_actions()? {
        Route::Notification
    } else {
        Route::OwnWindow
    })
}

/// Whether the single-instance plugin can be used. On Linux it works over
/// the session bus and cannot fail gracefully without one; on Windows it is
/// a named mutex and on macOS a socket in the user's folder, always there.
pub fn single_instance_possible(os: Os, session_bus: bool) -> bool {
    os != Os::Linux || session_bus
}

/// How the global shortcut that opens the quick window is bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortcutBinding {
    /// The XDG desktop portal's GlobalShortcuts (a Wayland session).
    Portal,
    /// Cairn's own passive key grab on the X server (the plugin's X11
    /// listener polls 20 times a second).
    X11Grab,
    /// The system's own registration, through the global-shortcut plugin
    /// (RegisterHotKey on Windows, Carbon's hot keys on macOS).
    Plugin,
}

/// How the shortcut is bound on `os` in this session.
pub fn shortcut_binding(os: Os, wayland_session: bool) -> ShortcutBinding {
    match os {
        Os::Linux if wayland_session => ShortcutBinding::Portal,
        Os::Linux => ShortcutBinding::X11Grab,
        Os::Windows | Os::MacOs => ShortcutBinding::Plugin,
    }
}

/// What to do with the plugin's registrations when the shortcut changes
/// from `old` to `new` (the plugin keeps one registration per key
/// combination, and two would both open the quick window).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortcutSwap<S> {
    /// `new` is registered already: nothing to do.
    Keep,
    /// Unregister `release` (if any), register `new`; if that fails,
    /// register `restore` again (if any), so the person keeps a shortcut
    /// that works.
    Replace {
        release: Option<S>,
        restore: Option<S>,
    },
}

/// Plans the change from `old` (the saved shortcut, if it parses) to `new`;
/// `new_registered` says whether the plugin holds `new` already (at start
/// it does not, though it is the saved one).
pub fn plan_shortcut_swap<S: PartialEq + Copy>(
    old: Option<S>,
    new: S,
    new_registered: bool,
) -> ShortcutSwap<S> {
    if old == Some(new) && new_registered {
        return ShortcutSwap::Keep;
    }
    ShortcutSwap::Replace {
        release: old,
        restore: old.filter(|o| *o != new),
    }
}

/// Whether a click on the tray icon opens the quick window: a left click,
/// on its release (Windows and macOS report the press and the release;
/// reacting to both would open it twice). The menu is on the right button
/// everywhere; on Linux the tray host reports the left click through
/// StatusNotifierItem's `Activate`, as a release.
pub fn tray_click_opens_quick_window(left_button: bool, released: bool) -> bool {
    left_button && released
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never_asked() -> Result<bool, String> {
        panic!("the notification server must not be asked here")
    }

    #[test]
    fn here_is_the_system_this_was_built_for() {
        let expected = if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Linux
        };
        assert_eq!(Os::HERE, expected);
    }

    #[test]
    fn reminders_on_windows_and_macos_always_come_in_cairns_own_window() {
        for os in [Os::Windows, Os::MacOs] {
            for bus in [true, false] {
                assert_eq!(reminder_route(os, bus, never_asked), Ok(Route::OwnWindow));
            }
        }
    }

    #[test]
    fn reminders_on_linux_follow_the_notification_server() {
        assert_eq!(
            reminder_route(Os::Linux, true, || Ok(true)),
            Ok(Route::Notification)
        );
        assert_eq!(
            reminder_route(Os::Linux, true, || Ok(false)),
            Ok(Route::OwnWindow)
        );
        assert!(reminder_route(Os::Linux, true, || Err("no server".into())).is_err());
        assert!(reminder_route(Os::Linux, false, never_asked).is_err());
    }

    #[test]
    fn one_cairn_at_a_time_needs_a_session_bus_only_on_linux() {
        assert!(single_instance_possible(Os::Windows, false));
        assert!(single_instance_possible(Os::MacOs, false));
        assert!(single_instance_possible(Os::Linux, true));
        assert!(!single_instance_possible(Os::Linux, false));
    }

    #[test]
    fn the_shortcut_goes_through_the_plugin_on_windows_and_macos_only() {
        for wayland in [true, false] {
            assert_eq!(
                shortcut_binding(Os::Windows, wayland),
                ShortcutBinding::Plugin
            );
            assert_eq!(
                shortcut_binding(Os::MacOs, wayland),
                ShortcutBinding::Plugin
            );
        }
        assert_eq!(shortcut_binding(Os::Linux, true), ShortcutBinding::Portal);
        assert_eq!(shortcut_binding(Os::Linux, false), ShortcutBinding::X11Grab);
    }

    #[test]
    fn the_same_shortcut_already_registered_is_kept() {
        assert_eq!(plan_shortcut_swap(Some('k'), 'k', true), ShortcutSwap::Keep);
    }

    #[test]
    fn the_saved_shortcut_is_registered_at_start_with_nothing_to_restore() {
        assert_eq!(
            plan_shortcut_swap(Some('k'), 'k', false),
            ShortcutSwap::Replace {
                release: Some('k'),
                restore: None
            }
        );
        assert_eq!(
            plan_shortcut_swap(None, 'k', false),
            ShortcutSwap::Replace {
                release: None,
                restore: None
            }
        );
    }

    #[test]
    fn a_new_shortcut_releases_the_old_and_gets_it_back_if_the_new_is_taken() {
        for registered in [true, false] {
            assert_eq!(
                plan_shortcut_swap(Some('k'), 'j', registered),
                ShortcutSwap::Replace {
                    release: Some('k'),
                    restore: Some('k')
                }
            );
        }
    }

    #[test]
    fn only_a_left_release_on_the_tray_icon_opens_the_quick_window() {
        assert!(tray_click_opens_quick_window(true, true));
        assert!(!tray_click_opens_quick_window(true, false));
        assert!(!tray_click_opens_quick_window(false, true));
        assert!(!tray_click_opens_quick_window(false, false));
    }
}
