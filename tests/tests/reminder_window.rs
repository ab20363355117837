//! Issue 14, item 2: Done and Later on every desktop. When the notification
//! server advertises no `actions` capability (no buttons), a due reminder
//! shows in Cairn's own small window instead of a notification; the
//! keyboard answers it (Escape: Later, which snoozes; Enter: Done, which
//! logs the win with source `reminder`) and the window hides; two
//! reminders due together show one after the other. The main window keeps
//! the focus while the reminder window appears.
//!
//! The test owns the notification service on its private session bus
//! (`cairn_e2e::notifications`), started without buttons.

use std::sync::Arc;
use std::time::Duration;

use cairn_e2e::desktop::wait_window_visible;
use cairn_e2e::notifications::NotificationServer;
use cairn_e2e::*;
use fantoccini::key::Key;
use serde_json::{json, Value};

const SECOND: Duration = Duration::from_secs(1);
const TITLE: &str = "Cairn reminder";

async fn window_shown(visible: bool) -> Result<()> {
    blocking(move || wait_window_visible(TITLE, visible, 15 * SECOND)).await
}

/// Quiet hours and the weekly nudge off; the Settings page says Cairn
/// shows its own window.
async fn settings_for_the_test(app: &App) -> Result<()> {
    app.quiet_hours_and_nudge_off().await?;
    app.wait_text("#notify-state", "Cairn shows its own small window")
        .await?;
    Ok(())
}

/// Adds a stack through the Stacks page, due at `time`, with a new step.
async fn add_stack(app: &App, anchor: &str, action: &str, time: &str) -> Result<()> {
    app.click("nav a[data-view='stacks']").await?;
    app.click("#new-stack").await?;
    app.fill(".stack-form .stack-anchor", anchor).await?;
    app.fill(".stack-form .stack-action", action).await?;
    app.select_by_value(".stack-form .stack-step", "new")
        .await?;
    app.exec::<Value>(
        "document.querySelector('.stack-form .stack-time').value = arguments[0]; return null;",
        vec![json!(time)],
    )
    .await?;
    app.click(".stack-form button[type='submit']").await?;
    app.wait_text("#stacks", action).await?;
    Ok(())
}

/// The reminder window's place on the X screen: (x, y, width, height).
fn geometry() -> Result<(i64, i64, i64, i64)> {
    let out = std::process::Command::new("xwininfo")
        .args(["-name", TITLE])
        .output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| -> Result<i64> {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| format!("no {name} in {text}").into())
    };
    Ok((
        field("Absolute upper-left X:")?,
        field("Absolute upper-left Y:")?,
        field("Width:")?,
        field("Height:")?,
    ))
}

async fn has_focus(app: &App) -> Result<bool> {
    app.exec("return document.hasFocus()", vec![]).await
}

/// Waits until the reminder window's page shows `title`. Its text is
/// read from the page: WebDriver's "visible text" reads empty in a window
/// that never had the focus.
async fn wait_card(app: &App, title: &str) -> Result<()> {
    app.wait_js(
        "const card = document.getElementById('reminder');
         return document.body.dataset.ready === '1' && !card.hidden
           && document.getElementById('reminder-title').textContent === arguments[0]",
        vec![json!(title)],
    )
    .await
    .map(drop)
}

/// The text of `css` in the reminder window (see [`wait_card`]).
async fn page_text(app: &App, css: &str) -> Result<String> {
    app.exec(
        "return document.querySelector(arguments[0])?.textContent ?? ''",
        vec![json!(css)],
    )
    .await
}

fn reminder_wins(data: &DataDir) -> Result<Vec<String>> {
    let db = data.open_db()?;
    let mut q = db.prepare("SELECT text FROM wins WHERE source = 'reminder' ORDER BY logged_at")?;
    let texts = q
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(texts)
}

#[tokio::test]
async fn without_buttons_cairns_window_asks_and_later_then_done_answer() -> Result<()> {
    let server = Arc::new(blocking(NotificationServer::start_without_actions).await?);
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_SNOOZE_SECONDS", "8")]).await?;
    settings_for_the_test(&app).await?;
    app.screenshot("reminder-window-settings").await?;
    let main_focused_before = has_focus(&app).await?;

    let now = app.this_minute().await?;
    add_stack(&app, "pour my coffee", "stretch for one minute", &now).await?;
    window_shown(true).await?;
    // Near the bottom-right corner of the 1280×900 screen, all of it on it.
    let (x, y, w, h) = blocking(geometry).await?;
    assert!(
        x + w <= 1280 && y + h <= 900 && x + w >= 1280 - 40 && y + h >= 900 - 40,
        "the reminder window is at {x},{y}, {w}×{h}"
    );
    // The server got no notification: Cairn's own window asks instead.
    assert!(server.calls().is_empty(), "{:?}", server.calls());
    // The reminder window did not take the focus from the main window.
    if main_focused_before {
        assert!(has_focus(&app).await?, "the main window kept the focus");
    }

    let main = app.switch_to_other_window().await?;
    wait_card(&app, "After I pour my coffee").await?;
    assert_eq!(
        page_text(&app, "#reminder-text").await?,
        "I will stretch for one minute"
    );
    assert!(!has_focus(&app).await?, "the reminder window took no focus");

    // Done is where the keyboard lands, and the page says what keys do.
    let focused: String = app
        .exec("return document.activeElement.textContent", vec![])
        .await?;
    assert_eq!(focused, "Done");
    assert_eq!(
        page_text(&app, "#reminder-keys").await?,
        "Enter: Done · Esc: Later"
    );
    let role: String = app
        .exec(
            "return document.getElementById('reminder').getAttribute('role')",
            vec![],
        )
        .await?;
    assert_eq!(role, "alertdialog");
    app.screenshot("reminder-window").await?;

    // Escape: Later. The slot is snoozed and the window hides.
    app.type_keys(".reminder-done", &char::from(Key::Escape).to_string())
        .await?;
    window_shown(false).await?;
    let snoozed: Option<i64> =
        data.open_db()?
            .query_row("SELECT snoozed_until FROM reminder_slots", [], |r| r.get(0))?;
    assert!(snoozed.is_some(), "Later snoozed the slot");
    assert!(reminder_wins(&data)?.is_empty());

    // It comes back after the snooze, in the same window; Enter: Done.
    window_shown(true).await?;
    wait_card(&app, "After I pour my coffee").await?;
    app.press_enter(".reminder-done").await?;
    window_shown(false).await?;
    app.client().switch_to_window(main).await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#today-wins", "stretch for one minute")
        .await?;
    assert_eq!(reminder_wins(&data)?, ["stretch for one minute"]);
    assert!(server.calls().is_empty(), "{:?}", server.calls());
    app.close().await
}

#[tokio::test]
async fn two_reminders_due_together_show_one_after_the_other() -> Result<()> {
    let _server = blocking(NotificationServer::start_without_actions).await?;
    let data = DataDir::new();
    // Dark, for its screenshot.
    let app = App::launch_with(&data, &[("GTK_THEME", "Adwaita:dark")]).await?;
    settings_for_the_test(&app).await?;
    let now = app.this_minute().await?;
    add_stack(&app, "pour my coffee", "stretch for one minute", &now).await?;
    add_stack(&app, "open my laptop", "drink a glass of water", &now).await?;
    window_shown(true).await?;

    let main = app.switch_to_other_window().await?;
    wait_card(&app, "After I pour my coffee").await?;
    assert!(page_text(&app, "#reminder-keys")
        .await?
        .contains("1 more after this"));
    app.screenshot("reminder-window-dark-two").await?;

    // Done on the first: the second shows in its place.
    app.click(".reminder-done").await?;
    wait_card(&app, "After I open my laptop").await?;
    let waiting = page_text(&app, "#reminder-keys").await?;
    assert!(!waiting.contains("more after this"), "{waiting}");
    assert_eq!(reminder_wins(&data)?, ["stretch for one minute"]);

    // Open Cairn: the main window; the reminder is put aside, none logged.
    app.click(".reminder-open").await?;
    window_shown(false).await?;
    app.client().switch_to_window(main).await?;
    assert_eq!(reminder_wins(&data)?, ["stretch for one minute"]);
    app.close().await
}
