//! Issue "Habit-stack reminders": a stack due now produces exactly one
//! notification with the anchor, the action and Done/Later buttons; Done
//! logs the win; Later brings a second notification after the snooze; a
//! step already logged today gets none. The test owns the notification
//! service on its private session bus (`cairn_e2e::notifications`).
//!
//! `CAIRN_SNOOZE_SECONDS=3` keeps Later short. Quiet hours are turned off
//! first, so the test passes at night too, and the weekly review's nudge,
//! so a Sunday evening brings no extra notification.

use std::sync::Arc;
use std::time::Duration;

use cairn_e2e::notifications::NotificationServer;
use cairn_e2e::*;
use serde_json::json;

const SECOND: Duration = Duration::from_secs(1);

/// Quiet hours and the weekly nudge off (these tests count notifications).
async fn quiet_hours_off(app: &App) -> Result<()> {
    app.quiet_hours_and_nudge_off().await?;
    app.screenshot("settings-review").await?;
    Ok(())
}

/// Adds a stack through the Stacks page, due at `time`, logging `step`
/// (a step id, or "new").
async fn add_stack(app: &App, anchor: &str, action: &str, step: &str, time: &str) -> Result<()> {
    app.click("nav a[data-view='stacks']").await?;
    app.click("#new-stack").await?;
    app.fill(".stack-form .stack-anchor", anchor).await?;
    app.fill(".stack-form .stack-action", action).await?;
    app.select_by_value(".stack-form .stack-step", step).await?;
    // A time input's typing is locale-dependent; set its value directly.
    app.exec::<Value>(
        "document.querySelector('.stack-form .stack-time').value = arguments[0]; return null;",
        vec![json!(time)],
    )
    .await?;
    app.click(".stack-form button[type='submit']").await?;
    app.wait_text("#stacks", action).await?;
    Ok(())
}

use serde_json::Value;

#[tokio::test]
async fn a_due_stack_notifies_once_done_logs_and_later_asks_again() -> Result<()> {
    let server = Arc::new(blocking(NotificationServer::start).await?);
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_SNOOZE_SECONDS", "3")]).await?;
    quiet_hours_off(&app).await?;
    // The test's own server answers, and it carries buttons.
    app.wait_text("#notify-state", "with Done and Later buttons")
        .await?;

    let now = app.this_minute().await?;
    add_stack(
        &app,
        "pour my coffee",
        "stretch for one minute",
        "new",
        &now,
    )
    .await?;

    let s = server.clone();
    let first = blocking(move || s.wait_for(1, 10 * SECOND)).await?;
    let n = &first[0];
    assert_eq!(n.app_name, "Cairn");
    assert_eq!(n.summary, "After I pour my coffee");
    assert_eq!(n.body, "I will stretch for one minute");
    assert_eq!(n.buttons(), ["Done", "Later"]);
    app.wait_text("#stacks .stack-next", "Next: tomorrow at")
        .await?;
    app.screenshot("stacks").await?;

    // Exactly one per slot, even after more writes wake the scheduler.
    app.click(".stack .stack-enabled").await?;
    app.click(".stack .stack-enabled").await?;
    tokio::time::sleep(2 * SECOND).await;
    assert_eq!(server.calls().len(), 1, "{:?}", server.calls());

    // Later: a second notification after the (3 s) snooze.
    let (s, id) = (server.clone(), n.id);
    blocking(move || s.invoke(id, "later")).await?;
    let s = server.clone();
    let both = blocking(move || s.wait_for(2, 15 * SECOND)).await?;
    assert_eq!(both[1].summary, "After I pour my coffee");
    assert_eq!(both[1].buttons(), ["Done", "Later"]);

    // Done: the win shows in the window, logged by the reminder.
    let (s, id) = (server.clone(), both[1].id);
    blocking(move || s.invoke(id, "done")).await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#today-wins", "stretch for one minute")
        .await?;
    let source: String = data
        .open_db()?
        .query_row("SELECT source FROM wins", [], |r| r.get(0))?;
    assert_eq!(source, "reminder");
    tokio::time::sleep(SECOND).await;
    assert_eq!(server.calls().len(), 2, "no more after Done");
    app.close().await
}

#[tokio::test]
async fn a_step_already_logged_today_gets_no_notification() -> Result<()> {
    let server = Arc::new(blocking(NotificationServer::start).await?);
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    quiet_hours_off(&app).await?;

    // A goal with a step, ticked today.
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", "Move more").await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", "Move more").await?;
    app.fill("#add-step .step-title-input", "Stretch for one minute")
        .await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text("#steps", "Stretch for one minute").await?;
    app.click("nav a[data-view='today']").await?;
    app.click("#next-steps .tick").await?;
    app.wait_text("#today-wins", "Stretch for one minute")
        .await?;
    let step: String = data
        .open_db()?
        .query_row("SELECT id FROM steps", [], |r| r.get(0))?;

    let now = app.this_minute().await?;
    add_stack(
        &app,
        "pour my coffee",
        "stretch for one minute",
        &step,
        &now,
    )
    .await?;
    app.wait_text("#stacks .stack-next", "Next: tomorrow at")
        .await?;
    tokio::time::sleep(3 * SECOND).await;
    assert!(server.calls().is_empty(), "{:?}", server.calls());
    app.close().await
}

#[tokio::test]
async fn a_click_on_the_notification_opens_the_quick_window_prefilled() -> Result<()> {
    let server = Arc::new(blocking(NotificationServer::start).await?);
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    quiet_hours_off(&app).await?;
    let now = app.this_minute().await?;
    add_stack(&app, "open my laptop", "drink a glass of water", "", &now).await?;
    let s = server.clone();
    let id = blocking(move || s.wait_for(1, 10 * SECOND)).await?[0].id;

    // The body click: the quick window opens with the action in its field.
    let s = server.clone();
    blocking(move || s.invoke(id, "default")).await?;
    blocking(|| cairn_e2e::desktop::wait_window_visible("Cairn quick log", true, 5 * SECOND))
        .await?;
    let main = app.switch_to_other_window().await?;
    app.wait_js(
        "return document.getElementById('quick-text').value === 'drink a glass of water'",
        vec![],
    )
    .await?;
    app.press_enter("#quick-text").await?;
    app.wait_text("#quick-message", "1 win today").await?;
    app.client().switch_to_window(main).await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#today-wins", "drink a glass of water")
        .await?;
    let source: String = data
        .open_db()?
        .query_row("SELECT source FROM wins", [], |r| r.get(0))?;
    assert_eq!(source, "reminder");
    app.close().await
}
