//! Issue "One core the compiler guards": one refresh path. Every successful
//! write, from this window, the command line or anywhere else, reaches each
//! window as one `cairn://changed` event, and that event is the only thing
//! that reloads a page: one reload of each visible view per write, none in a
//! hidden window until it is shown again.
//!
//! The page's backend calls are counted through the marks `ui/api.js` sets
//! (`performance.mark("cairn:" + command)`); Today's reload is one `today`
//! call.

use std::time::Duration;

use cairn_e2e::desktop::{cairn_cli, spawn_cairn, wait_window_visible, TrayHost};
use cairn_e2e::idle::close_window;
use cairn_e2e::*;

const MAIN: &str = "Cairn";
const SECOND: Duration = Duration::from_secs(1);

/// Longer than the page waits for a write's change event before it reloads
/// without one (`FALLBACK_MS` in `ui/refresh.js`), so a second reload,
/// late or spare, would be counted.
const SETTLE: Duration = Duration::from_millis(2500);

/// Logs `text` through the command line, as a person in a terminal would.
fn log_from_cli(data: &DataDir, text: &str) -> Result<()> {
    let out = cairn_cli(data, &["log", text])?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
    }
    Ok(())
}

#[tokio::test]
async fn a_write_reloads_the_open_window_once() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    // Start-up reads Today once, and nothing reloads it at rest.
    tokio::time::sleep(SETTLE).await;
    assert_eq!(app.backend_calls("today").await?, 1, "start-up");

    // A win logged in the window: one write, then one reload, which the
    // celebration counts from.
    app.fill("#win-text", "Opened the draft").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Opened the draft").await?;
    app.wait_text("#celebration", "First win today").await?;
    // The win's answer names the milestones it reached; nothing else is
    // asked for them.
    app.wait_text("#celebration", "Milestone: Your first win")
        .await?;
    tokio::time::sleep(SETTLE).await;
    assert_eq!(app.backend_calls("log_win").await?, 1);
    assert_eq!(app.backend_calls("take_milestones").await?, 0);
    assert_eq!(
        app.backend_calls("today").await?,
        2,
        "one reload after a win logged in the window"
    );

    // A win logged from a terminal: the same one reload.
    log_from_cli(&data, "Answered one email")?;
    app.wait_text("#today-wins", "Answered one email").await?;
    app.wait_text("#win-count", "2 wins today").await?;
    tokio::time::sleep(SETTLE).await;
    assert_eq!(
        app.backend_calls("today").await?,
        3,
        "one reload after a win logged from the command line"
    );

    // Another view: a write reloads it once (and Today, which counts wins).
    app.click("nav a[data-view='wins']").await?;
    app.wait_text("#win-days", "Answered one email").await?;
    let listed = app.backend_calls("list_wins").await?;
    log_from_cli(&data, "Filed the receipts")?;
    app.wait_text("#win-days", "Filed the receipts").await?;
    tokio::time::sleep(SETTLE).await;
    assert_eq!(app.backend_calls("list_wins").await?, listed + 1);
    assert_eq!(app.backend_calls("today").await?, 4);
    app.close().await
}

#[tokio::test]
async fn a_hidden_window_reloads_once_when_shown_again() -> Result<()> {
    let host = TrayHost::start()?;
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    // With a tray icon, closing the window hides it.
    host.wait_for_item(LAUNCH_TIMEOUT)?;
    tokio::time::sleep(SETTLE).await;
    let before = app.backend_calls("today").await?;
    close_window(MAIN)?;
    wait_window_visible(MAIN, false, 10 * SECOND)?;

    // Changes while hidden: nothing reloads.
    log_from_cli(&data, "Stretched")?;
    log_from_cli(&data, "Drank a glass of water")?;
    tokio::time::sleep(SETTLE).await;
    assert_eq!(
        app.backend_calls("today").await?,
        before,
        "a hidden window reloaded"
    );

    // Shown again (a second launch opens the running one): one reload.
    let mut second = spawn_cairn(data.path())?;
    second.wait()?;
    wait_window_visible(MAIN, true, 10 * SECOND)?;
    app.wait_text("#today-wins", "Drank a glass of water")
        .await?;
    app.wait_text("#win-count", "2 wins today").await?;
    tokio::time::sleep(SETTLE).await;
    assert_eq!(
        app.backend_calls("today").await?,
        before + 1,
        "one reload when shown"
    );
    app.screenshot("shown-after-changes-while-hidden").await?;
    app.close().await
}
