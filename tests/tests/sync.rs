//! Issue #15, sync through a folder: two Cairn apps on two data folders,
//! each on its own session bus (the second on a [`PrivateBus`]), and one
//! shared sync folder standing in for what Syncthing or Dropbox keeps in
//! step. Sync is set up on both through Settings; a win logged on one
//! appears on the other's Today by itself (its folder watch); edits made
//! apart come together, and both end with the same goals and every win.
//!
//! `CAIRN_E2E_SYNC_FOLDER` answers the folder dialog, which WebDriver
//! cannot click.

use std::path::{Path, PathBuf};
use std::time::Duration;

use cairn_e2e::*;

/// How long a change may take to go through the folder to the other app.
const THROUGH: Duration = Duration::from_secs(15);

async fn log_win(app: &App, text: &str) -> Result<()> {
    app.click("nav a[data-view='today']").await?;
    app.fill("#win-text", text).await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", text).await?;
    Ok(())
}

async fn create_goal(app: &App, goal: &str) -> Result<()> {
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", goal).await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", goal).await?;
    Ok(())
}

/// The goal titles on the Goals page, sorted.
async fn goal_titles(app: &App) -> Result<Vec<String>> {
    app.click("nav a[data-view='goals']").await?;
    app.find("#goal-title").await?;
    let mut titles: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('#view-goals .goal-name')].map(e => e.textContent)",
            vec![],
        )
        .await?;
    titles.sort();
    Ok(titles)
}

/// Today's wins' texts, sorted.
async fn today_wins(app: &App) -> Result<Vec<String>> {
    let mut wins: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('#today-wins .win .win-text')].map(e => e.textContent)",
            vec![],
        )
        .await?;
    wins.sort();
    Ok(wins)
}

/// Sets up sync in Settings: the folder (from the stand-in dialog) and this
/// computer's name.
async fn set_up_sync(app: &App, name: &str) -> Result<()> {
    app.click("nav a[data-view='settings']").await?;
    app.wait_text("#sync", "Sync with your other computers")
        .await?;
    app.wait_text("#sync-folder", "None chosen yet").await?;
    app.click("#sync-pick").await?;
    app.wait_attr("#sync-folder", "class", "sync-path").await?;
    // Focus went on to the next step: the name.
    app.wait_focus("#sync-name").await?;
    app.fill("#sync-name", name).await?;
    app.click("#sync-save").await?;
    app.wait_text("#celebration", &format!("as “{name}”"))
        .await?;
    app.find("#sync-now").await?;
    app.wait_focus("#sync-now").await?;
    Ok(())
}

async fn scroll_to_sync(app: &App) -> Result<()> {
    app.exec::<serde_json::Value>(
        "document.querySelector('#sync').scrollIntoView({block: 'start'}); window.scrollBy(0, -72); return null",
        vec![],
    )
    .await?;
    Ok(())
}

/// The one device folder under `<folder>/Cairn/`.
fn only_device_folder(folder: &Path) -> Result<PathBuf> {
    let dirs: Vec<PathBuf> = std::fs::read_dir(folder.join("Cairn"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    match dirs.as_slice() {
        [one] => Ok(one.clone()),
        other => Err(format!("expected one device folder, found {other:?}").into()),
    }
}

#[tokio::test]
async fn two_computers_keep_in_step_through_one_folder() -> Result<()> {
    let (data_a, data_b) = (DataDir::new(), DataDir::new());
    let shared = tempfile::tempdir()?;
    let folder = shared.path().join("Sync");
    std::fs::create_dir_all(&folder)?;
    let folder_text = folder.display().to_string();
    let bus = PrivateBus::start()?;
    let env_a = [("CAIRN_E2E_SYNC_FOLDER", folder_text.as_str())];
    // B in the dark theme, so both themes are seen.
    let env_b = [
        ("CAIRN_E2E_SYNC_FOLDER", folder_text.as_str()),
        (BUS_ENV, bus.address()),
        ("GTK_THEME", "Adwaita:dark"),
    ];

    // --- set up on both through Settings ---------------------------------
    let a = App::launch_with(&data_a, &env_a).await?;
    set_up_sync(&a, "Laptop").await?;
    let a_folder = only_device_folder(&folder)?;
    let b = App::launch_with(&data_b, &env_b).await?;
    set_up_sync(&b, "Desk").await?;
    b.wait_text_for("#sync-devices", "Laptop", THROUGH).await?;
    a.click("#sync-now").await?;
    a.wait_text_for("#sync-devices", "Desk", THROUGH).await?;
    assert!(!a.text("#sync-report").await?.is_empty());
    a.wait_focus("#sync-now").await?;
    scroll_to_sync(&a).await?;
    a.screenshot("sync-settings-devices").await?;

    // --- a win on A reaches B's Today by itself ----------------------------
    b.click("nav a[data-view='today']").await?;
    b.find("#win-text").await?;
    log_win(&a, "Ran 5 km before work").await?;
    b.wait_text_for("#today-wins", "Ran 5 km before work", THROUGH)
        .await?;
    b.exec::<serde_json::Value>("window.scrollTo(0, 0); return null", vec![])
        .await?;
    b.screenshot("sync-b-today-with-a-win").await?;

    // --- apart: B quits, A edits; then B edits before A's files arrive ---
    b.close().await?;
    create_goal(&a, "Learn Spanish").await?;
    log_win(&a, "Laptop, while apart").await?;
    a.close().await?;
    // The sync tool has not delivered A's folder to B yet.
    let held = shared.path().join("held");
    std::fs::rename(&a_folder, &held)?;

    let b = App::launch_with(&data_b, &env_b).await?;
    create_goal(&b, "Run a 10 km").await?;
    log_win(&b, "Desk, while apart").await?;
    b.click("nav a[data-view='settings']").await?;
    b.find("#sync-now").await?;
    scroll_to_sync(&b).await?;
    b.screenshot("sync-b-settings-apart").await?;

    // --- together again ------------------------------------------------------
    b.click("nav a[data-view='today']").await?;
    b.find("#win-text").await?;
    std::fs::rename(&held, &a_folder)?;
    b.wait_text_for("#today-wins", "Laptop, while apart", THROUGH)
        .await?;
    let a = App::launch_with(&data_a, &env_a).await?;
    a.wait_text_for("#today-wins", "Desk, while apart", THROUGH)
        .await?;

    // Both the same: every goal, every win.
    let want_goals = vec!["Learn Spanish".to_owned(), "Run a 10 km".to_owned()];
    assert_eq!(goal_titles(&a).await?, want_goals);
    assert_eq!(goal_titles(&b).await?, want_goals);
    a.click("nav a[data-view='today']").await?;
    b.click("nav a[data-view='today']").await?;
    a.wait_count_for("#today-wins .win", 3, THROUGH).await?;
    b.wait_count_for("#today-wins .win", 3, THROUGH).await?;
    let (wins_a, wins_b) = (today_wins(&a).await?, today_wins(&b).await?);
    assert_eq!(wins_a, wins_b);
    assert_eq!(
        wins_a,
        vec![
            "Desk, while apart".to_owned(),
            "Laptop, while apart".to_owned(),
            "Ran 5 km before work".to_owned()
        ]
    );
    a.exec::<serde_json::Value>("window.scrollTo(0, 0); return null", vec![])
        .await?;
    a.screenshot("sync-a-today-together").await?;

    // The card at the window's smallest: nothing scrolls sideways.
    b.click("nav a[data-view='settings']").await?;
    b.find("#sync-now").await?;
    b.client().set_window_size(420, 480).await?;
    b.wait_js("return window.innerWidth <= 430 ? true : null;", vec![])
        .await?;
    let sideways: f64 = b
        .exec(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await?;
    assert!(sideways <= 0.0, "Settings scrolls sideways by {sideways}px");
    scroll_to_sync(&b).await?;
    b.screenshot("sync-b-settings-small-dark").await?;

    // Stop syncing on B: the folder is left as it is.
    b.click("#sync-stop").await?;
    b.wait_text("#celebration", "Sync is off").await?;
    b.wait_text("#sync-folder", "None chosen yet").await?;
    b.wait_focus("#sync-pick").await?;
    scroll_to_sync(&b).await?;
    b.screenshot("sync-b-stopped").await?;
    assert!(a_folder.is_dir());
    assert_eq!(std::fs::read_dir(folder.join("Cairn"))?.count(), 2);

    b.close().await?;
    a.close().await?;
    drop(bus);
    Ok(())
}
