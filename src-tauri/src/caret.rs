//! A steady text caret in Cairn's windows.
//!
//! Why: Today's "Log a win" field has the focus, and WebKitGTK blinks its
//! caret for as long as a field is focused: each blink is a repaint, and a
//! window left open on Today kept WebKit's frame clock and web process busy
//! all day (measured: about 40 vblank wakeups a second). Turning blinking
//! off (`gtk-cursor-blink`, as some people do for themselves) is worse in
//! WebKitGTK 2.50: a field focused while blinking is off repaints on every
//! vblank, for as long as it keeps the focus (reproduced with
//! `gtk-cursor-blink = false` in settings.ini). So Cairn keeps blinking "on"
//! with a blink time of about 12 days: the caret is drawn once, shown, and
//! stays. A steady caret is also what people who find blinking distracting
//! ask for; nothing here runs after start-up.

use gtk::prelude::*;

/// GTK's longest blink time, in milliseconds (WebKit waits half of it).
const STEADY_BLINK_TIME_MS: i32 = i32::MAX;

/// Makes the caret steady in every window this process opens. Call on the
/// main thread before the first webview is made.
pub fn make_steady() {
    let Some(settings) = gtk::Settings::default() else {
        return;
    };
    settings.set_property("gtk-cursor-blink", true);
    settings.set_property("gtk-cursor-blink-time", STEADY_BLINK_TIME_MS);
}
