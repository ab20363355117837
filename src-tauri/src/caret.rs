//! The text caret stops blinking after a while without input, as in GTK's
//! own text fields.
//!
//! Why: Today's "Log a win" field has the focus, and WebKitGTK blinks a
//! caret for as long as a field is focused (it reads `gtk-cursor-blink` and
//! `gtk-cursor-blink-time`, not GTK's `gtk-cursor-blink-timeout`). Each
//! blink is a repaint, so a window left open on Today kept WebKit's frame
//! clock and web process busy all day. Here the windows' key and pointer
//! presses and focus changes restart the desktop's blink timeout; when it
//! runs out, blinking is switched off in the process's GTK settings, which
//! WebKit passes to its web processes, and the caret stays shown. The next
//! input switches it on again. A person who turned blinking off keeps it
//! off: nothing here runs then.

use std::cell::RefCell;

use gtk::glib::{self, SourceId};
use gtk::prelude::*;

const BLINK: &str = "gtk-cursor-blink";
const BLINK_TIMEOUT: &str = "gtk-cursor-blink-timeout";

thread_local! {
    /// The desktop's blink timeout, read once before Cairn changes anything;
    /// `None` when the caret does not blink or never stops.
    static TIMEOUT: std::cell::OnceCell<Option<u32>> = const { std::cell::OnceCell::new() };
    /// The pending "stop blinking" timeout. GTK lives on the main thread, so
    /// this state does too.
    static PENDING: RefCell<Option<SourceId>> = const { RefCell::new(None) };
}

fn desktop_timeout() -> Option<u32> {
    let settings = gtk::Settings::default()?;
    if !settings.property::<bool>(BLINK) {
        return None;
    }
    u32::try_from(settings.property::<i32>(BLINK_TIMEOUT))
        .ok()
        .filter(|s| *s > 0)
}

/// Watches a Cairn window for input, once, from any thread.
pub fn watch<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    let handle = window.clone();
    let queued = window.run_on_main_thread(move || match handle.gtk_window() {
        Ok(gtk_window) => stop_blinking_when_idle(&gtk_window),
        Err(e) => tracing::debug!(error = %e, "no GTK window to watch for input"),
    });
    if let Err(e) = queued {
        tracing::debug!(error = %e, "the main thread is gone");
    }
}

/// Watches `window` for input. On the main thread, once per window.
fn stop_blinking_when_idle(window: &gtk::ApplicationWindow) {
    let Some(seconds) = TIMEOUT.with(|t| *t.get_or_init(desktop_timeout)) else {
        return;
    };
    let restart = move || restart_timeout(seconds);
    window.connect_key_press_event(move |_, _| {
        restart();
        glib::Propagation::Proceed
    });
    window.connect_button_press_event(move |_, _| {
        restart();
        glib::Propagation::Proceed
    });
    window.connect_focus_in_event(move |_, _| {
        restart();
        glib::Propagation::Proceed
    });
    restart();
}

/// Blinking on, and off again `seconds` after now.
fn restart_timeout(seconds: u32) {
    let Some(settings) = gtk::Settings::default() else {
        return;
    };
    if !settings.property::<bool>(BLINK) {
        settings.set_property(BLINK, true);
    }
    PENDING.with_borrow_mut(|pending| {
        if let Some(old) = pending.take() {
            old.remove();
        }
        *pending = Some(glib::timeout_add_seconds_local_once(seconds, || {
            PENDING.with_borrow_mut(|pending| *pending = None);
            if let Some(settings) = gtk::Settings::default() {
                settings.set_property(BLINK, false);
            }
        }));
    });
}
