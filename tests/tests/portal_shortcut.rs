//! Issue #14, item 4: a global shortcut on Wayland, through the XDG desktop
//! portal's GlobalShortcuts.
//!
//! The app runs with `XDG_SESSION_TYPE=wayland` (the X server stays, for
//! WebKit under Xvfb), so it takes the portal path; the test's own
//! `org.freedesktop.portal.Desktop` (`cairn_e2e::portal`) speaks the real
//! protocol on the private session bus: the app creates a session, binds
//! `quick-log` with the Settings page's keys as the preferred trigger, and
//! the portal's `Activated` signal opens the quick window, whose win counts
//! as logged by the shortcut. Without a portal, Settings says why there is
//! no shortcut.

use std::time::Duration;

use cairn_e2e::desktop::wait_window_visible;
use cairn_e2e::portal::FakePortal;
use cairn_e2e::*;

const QUICK: &str = "Cairn quick log";
const SECOND: Duration = Duration::from_secs(1);
const WAYLAND: &[(&str, &str)] = &[("XDG_SESSION_TYPE", "wayland")];

#[tokio::test]
async fn the_portal_shortcut_opens_the_quick_window() -> Result<()> {
    let portal = std::sync::Arc::new(FakePortal::start()?);
    let data = DataDir::new();
    let app = App::launch_with(&data, WAYLAND).await?;

    // Bound once the first frame is painted, with the default keys.
    let p = portal.clone();
    let bound = blocking(move || p.wait_bound(1, 20 * SECOND)).await?;
    let shortcuts = &bound[0].shortcuts;
    assert_eq!(shortcuts.len(), 1, "{bound:?}");
    assert_eq!(shortcuts[0].0, "quick-log");
    assert_eq!(shortcuts[0].2.as_deref(), Some("CTRL+ALT+w"));
    assert!(!shortcuts[0].1.is_empty(), "no description");

    // The desktop says the keys were pressed: the quick window opens.
    portal.activate("quick-log")?;
    blocking(|| wait_window_visible(QUICK, true, 5 * SECOND)).await?;
    let main = app.switch_to_other_window().await?;
    app.type_keys("#quick-text", "Sent the invoice").await?;
    app.press_enter("#quick-text").await?;
    app.wait_text("#quick-message", "1 win today").await?;
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;
    app.client().switch_to_window(main).await?;
    let source: String = data.open_db()?.query_row(
        "SELECT source FROM wins WHERE text = 'Sent the invoice'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(source, "shortcut");

    // Settings says how the shortcut works here.
    app.click("nav a[data-view='settings']").await?;
    app.wait_text("#shortcut-via", "desktop portal").await?;
    app.wait_text("#shortcut-via", "CTRL+ALT+w").await?;
    app.screenshot("portal-shortcut-settings").await?;

    // New keys: the old session is closed and a new one bound.
    app.fill("#shortcut", "Ctrl+Alt+K").await?;
    app.press_enter("#shortcut").await?;
    app.wait_text("#celebration", "Shortcut saved: Ctrl+Alt+K")
        .await?;
    let p = portal.clone();
    let bound = blocking(move || p.wait_bound(2, 10 * SECOND)).await?;
    assert_eq!(bound[1].shortcuts[0].2.as_deref(), Some("CTRL+ALT+k"));
    assert_ne!(
        bound[0].session, bound[1].session,
        "bound twice in one session"
    );
    assert_eq!(portal.closed(), vec![bound[0].session.clone()]);
    app.wait_text("#shortcut-via", "CTRL+ALT+k").await?;

    // Pressed again: the quick window opens again.
    portal.activate("quick-log")?;
    blocking(|| wait_window_visible(QUICK, true, 5 * SECOND)).await?;
    let main = app.switch_to_other_window().await?;
    app.type_keys("#quick-text", "\u{e00c}").await?; // Escape
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;
    app.client().switch_to_window(main).await?;

    // The person says no to new keys in the desktop's dialog: Settings
    // says so, and saving again asks again.
    portal.refuse_binding(true);
    app.fill("#shortcut", "Ctrl+Alt+J").await?;
    app.press_enter("#shortcut").await?;
    app.wait_text("#shortcut-via", "Your desktop did not take these keys.")
        .await?;
    app.screenshot("portal-shortcut-refused").await?;
    portal.refuse_binding(false);
    app.fill("#shortcut", "Ctrl+Alt+K").await?;
    app.press_enter("#shortcut").await?;
    app.wait_text("#shortcut-via", "In use: the desktop portal")
        .await?;
    let p = portal.clone();
    let bound = blocking(move || p.wait_bound(4, 10 * SECOND)).await?;
    assert_eq!(bound[3].shortcuts[0].2.as_deref(), Some("CTRL+ALT+k"));

    // Another id (not ours) opens nothing.
    portal.activate("something-else")?;
    tokio::time::sleep(SECOND).await;
    assert!(
        blocking(|| Ok(wait_window_visible(QUICK, true, SECOND).is_err())).await?,
        "another shortcut's activation opened the quick window"
    );
    app.close().await
}

#[tokio::test]
async fn without_a_portal_settings_says_why_there_is_no_shortcut() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch_with(&data, WAYLAND).await?;
    app.click("nav a[data-view='settings']").await?;
    app.wait_text_for(
        "#shortcut-via",
        "Your desktop does not offer global shortcuts to apps yet",
        20 * SECOND,
    )
    .await?;
    app.wait_text("#shortcut-via", "In use: none.").await?;
    app.wait_text("#shortcut-via", "use the tray or the cairn command instead")
        .await?;
    app.screenshot("portal-shortcut-none").await?;
    app.close().await
}

#[tokio::test]
async fn on_x11_settings_name_the_key_grab() -> Result<()> {
    let data = DataDir::new();
    let x11 = &[("XDG_SESSION_TYPE", "x11"), ("WAYLAND_DISPLAY", "")];
    let app = App::launch_with(&data, x11).await?;
    app.click("nav a[data-view='settings']").await?;
    // The shortcut starts after the first frame; Settings reads it again.
    for _ in 0..20 {
        if app.text("#shortcut-via").await?.contains("X11 key grab") {
            break;
        }
        tokio::time::sleep(SECOND / 2).await;
        app.click("nav a[data-view='today']").await?;
        app.click("nav a[data-view='settings']").await?;
    }
    app.wait_text("#shortcut-via", "In use: an X11 key grab.")
        .await?;
    app.close().await
}
