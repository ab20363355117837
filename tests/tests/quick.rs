//! Issue "Log a win from anywhere": the tray menu and icon, the quick-log
//! window, the command line with and without the app, and one instance.
//!
//! Each test runs its own tray host (StatusNotifierWatcher) on the private
//! session bus that `make test` provides, so the app's real tray icon
//! registers and its menu is clicked over D-Bus as a desktop panel would.

use std::time::Duration;

use cairn_e2e::desktop::{
    cairn_cli, press_keys, spawn_cairn, wait_until, wait_window_visible, TakenShortcut, TrayHost,
    ALT_L, CONTROL_L,
};
use cairn_e2e::*;

const QUICK: &str = "Cairn quick log";
const SECOND: Duration = Duration::from_secs(1);

#[tokio::test]
async fn tray_menu_logs_a_step_and_opens_the_quick_window() -> Result<()> {
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.goal_with_step("Submit the thesis", "Write one paragraph")
        .await?;

    // The menu offers the open step; one click logs it without any window.
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.wait_for_entry("Log a win", 10 * SECOND)?;
        item.click("✓ Write one paragraph")
    })
    .await?;
    app.wait_text("#today-wins", "Write one paragraph").await?;
    app.wait_text("#win-count", "1 win today").await?;
    let source: String = data
        .open_db()?
        .query_row("SELECT source FROM wins", [], |r| r.get(0))?;
    assert_eq!(source, "tray");

    // A step done today leaves the menu; the tooltip counts the win.
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        wait_until(10 * SECOND, || {
            item.menu()
                .is_ok_and(|m| !m.iter().any(|e| e.label.contains("Write one paragraph")))
        })
        .then_some(())
        .ok_or("the logged step stayed in the tray menu")?;
        assert!(
            item.tooltip()?.contains("1 win today"),
            "tooltip: {}",
            item.tooltip()?
        );
        item.click("Log a win…")
    })
    .await?;
    app.screenshot("tray-logged-step").await?;

    // "Log a win…" shows the quick window, focused; Enter logs and hides it.
    blocking(|| wait_window_visible(QUICK, true, 5 * SECOND)).await?;
    let main = app.switch_to_other_window().await?;
    app.find("#quick-text").await?;
    app.screenshot("quick-window").await?;
    // "#subm" offers the goal; Enter takes it, a second Enter logs.
    app.type_keys("#quick-text", "Answered the email I was avoiding #subm")
        .await?;
    app.wait_text("#quick-goals", "Submit the thesis").await?;
    app.screenshot("quick-window-goal-completion").await?;
    app.press_enter("#quick-text").await?;
    app.wait_text("#quick-goal", "Submit the thesis").await?;
    app.press_enter("#quick-text").await?;
    app.wait_text("#quick-message", "2 wins today").await?;
    app.screenshot("quick-window-logged").await?;
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;

    // Shown again (a left click on the icon) and closed with Esc.
    let h = host.clone();
    blocking(move || h.wait_for_item(10 * SECOND)?.activate()).await?;
    blocking(|| wait_window_visible(QUICK, true, 5 * SECOND)).await?;
    app.type_keys("#quick-text", "\u{e00c}").await?; // Escape
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;

    app.client().switch_to_window(main).await?;
    app.wait_text("#today-wins", "Answered the email I was avoiding")
        .await?;
    app.screenshot("today-after-quick").await?;
    let (quick_source, goal): (String, Option<String>) = data.open_db()?.query_row(
        "SELECT w.source, g.title FROM wins w LEFT JOIN goals g ON g.id = w.goal_id
         WHERE w.text = 'Answered the email I was avoiding'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!(
        quick_source, "tray",
        "opened from the tray, so the win says tray"
    );
    assert_eq!(
        goal.as_deref(),
        Some("Submit the thesis"),
        "filed under #subm's goal"
    );
    app.close().await
}

#[tokio::test]
async fn command_line_logs_into_the_open_window_and_into_a_closed_app() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.goal_with_step("Run a 5k", "Jog one minute").await?;

    // With the app running: the open window shows the win without a reload.
    let out = cairn_cli(
        &data,
        &["log", "Stretched", "--goal", "run", "--note", "after work"],
    )?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "✓ Logged \"Stretched\" for Run a 5k. 1 win today.\n\
         ◆ Milestone: Your first win.\n\
         ◆ Milestone: First win for Run a 5k.\n"
    );
    app.wait_text("#today-wins", "Stretched").await?;
    app.wait_text("#win-count", "1 win today").await?;

    // Bad arguments: usage and exit code 2; a failing write: a sentence, non-zero.
    let out = cairn_cli(&data, &["log"])?;
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("This needs <TEXT>.") && said.contains("Usage: cairn log <TEXT>"),
        "{said}"
    );
    let out = cairn_cli(&data, &["log", "x", "--goal", "Gardening"])?;
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("There is no goal called \"Gardening\""));
    app.close().await?;

    // With the app closed: the same command writes the database.
    let out = cairn_cli(&data, &["log", "", "--step", "jog"])?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (count, source): (i64, String) = data.open_db()?.query_row(
        "SELECT COUNT(*), MAX(source) FROM wins WHERE text = 'Jog one minute'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!((count, source.as_str()), (1, "cli"));
    let out = cairn_cli(&data, &["today"])?;
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 wins"));
    Ok(())
}

#[tokio::test]
async fn a_second_launch_does_not_start_a_second_app() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    let mut second = spawn_cairn(data.path())?;
    let mut exited = None;
    let _ = wait_until(10 * SECOND, || {
        exited = second.try_wait().ok().flatten();
        exited.is_some()
    });
    if exited.is_none() {
        let _ = second.kill();
    }
    assert!(
        exited.is_some_and(|s| s.success()),
        "the second launch kept running: {exited:?}"
    );
    // The first one is still there and working.
    app.fill("#win-text", "Still here").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Still here").await?;
    app.close().await
}

#[tokio::test]
async fn settings_change_the_shortcut_pause_reminders_and_autostart() -> Result<()> {
    let data = DataDir::new();
    // Autostart writes an XDG autostart entry under ~/.config (the
    // auto-launch crate reads HOME, not XDG_CONFIG_HOME): a home of this
    // test's own, never the machine's.
    let home = data.path().join("home");
    let autostart = home.join(".config").join("autostart");
    let home_var = home.to_string_lossy().into_owned();
    let app = App::launch_with(&data, &[("HOME", home_var.as_str())]).await?;
    app.click("nav a[data-view='settings']").await?;
    app.wait_attr("#shortcut", "value", "Ctrl+Alt+W").await?;

    // Nonsense is refused with a sentence; a real combination is kept.
    app.fill("#shortcut", "Ctrl+Banana").await?;
    app.press_enter("#shortcut").await?;
    // Said beside the field (issue 11).
    app.wait_text(
        "#view-settings .field-refusal",
        "is not a shortcut Cairn understands",
    )
    .await?;
    app.fill("#shortcut", "Ctrl+Alt+K").await?;
    app.press_enter("#shortcut").await?;
    app.wait_text("#celebration", "Shortcut saved: Ctrl+Alt+K")
        .await?;
    let stored: String = data.open_db()?.query_row(
        "SELECT value FROM settings WHERE key = 'shortcut'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(stored, "Ctrl+Alt+K");

    app.click("#pause-hour").await?;
    app.wait_text("#pause-state", "paused until").await?;
    app.screenshot("settings").await?;
    app.click("#resume").await?;
    app.wait_text("#pause-state", "Reminders are on").await?;

    let entries = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    };
    assert!(
        entries(&autostart).is_empty(),
        "no autostart entry before it is switched on"
    );
    app.click("#autostart").await?;
    app.wait_text("#celebration", "start when you log in")
        .await?;
    // The desktop's own autostart entry, starting this very app.
    let made = entries(&autostart);
    assert_eq!(made.len(), 1, "{made:?}");
    let entry = std::fs::read_to_string(&made[0])?;
    assert!(entry.contains("[Desktop Entry]"), "{entry}");
    let exec = entry
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .unwrap_or_default();
    assert!(exec.contains("cairn"), "Exec={exec}");
    app.click("#autostart").await?;
    app.wait_text("#celebration", "will not start by itself")
        .await?;
    assert!(
        entries(&autostart).is_empty(),
        "the entry is removed when switched off"
    );
    app.close().await
}

/// `make bench`: how long from a tray click on "Log a win…" to the quick
/// window being on screen (mapped), over 15 tries. Ignored in `make test`.
#[tokio::test]
#[ignore = "a benchmark: run by `make bench`"]
async fn bench_tray_to_quick_window() -> Result<()> {
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    let mut times = Vec::new();
    for _ in 0..15 {
        let h = host.clone();
        let ms = blocking(move || {
            let item = h.wait_for_item(10 * SECOND)?;
            item.wait_for_entry("Log a win", 10 * SECOND)?;
            let start = std::time::Instant::now();
            item.click("Log a win…")?;
            wait_window_visible(QUICK, true, 5 * SECOND)?;
            Ok(start.elapsed().as_secs_f64() * 1000.0)
        })
        .await?;
        times.push(ms);
        let main = app.switch_to_other_window().await?;
        app.type_keys("#quick-text", "\u{e00c}").await?;
        blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;
        app.client().switch_to_window(main).await?;
    }
    times.sort_by(f64::total_cmp);
    println!("tray_to_quick_visible_ms runs={times:.1?}");
    println!(
        "tray_to_quick_visible_ms median {:.1} (target <= 50)",
        times[times.len() / 2]
    );
    app.close().await
}

/// Presses Ctrl+Alt+`key` until the quick window is on screen (the shortcut
/// is grabbed once the main window's first frame is painted).
async fn shortcut_opens_quick(key: char) -> Result<bool> {
    blocking(move || {
        Ok(wait_until(10 * SECOND, || {
            press_keys(&[CONTROL_L, ALT_L, u32::from(key)]).is_ok()
                && wait_window_visible(QUICK, true, SECOND).is_ok()
        }))
    })
    .await
}

/// Issue 10: the global shortcut, now Cairn's own X11 key grab that waits
/// for the key instead of polling, opens the quick window; a new shortcut
/// replaces the old one; one that another program holds is refused.
#[tokio::test]
async fn the_global_shortcut_opens_the_quick_window() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    assert!(
        shortcut_opens_quick('w').await?,
        "Ctrl+Alt+W did not open the quick window"
    );
    let main = app.switch_to_other_window().await?;
    app.type_keys("#quick-text", "Stretched for a minute")
        .await?;
    app.press_enter("#quick-text").await?;
    app.wait_text("#quick-message", "1 win today").await?;
    // The first win ever is a milestone, celebrated in the quick window.
    app.wait_text("#quick-message", "Milestone: Your first win")
        .await?;
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;
    app.client().switch_to_window(main).await?;
    let source: String = data.open_db()?.query_row(
        "SELECT source FROM wins WHERE text = 'Stretched for a minute'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(source, "shortcut");

    // Ctrl+Alt+K replaces Ctrl+Alt+W.
    app.click("nav a[data-view='settings']").await?;
    app.fill("#shortcut", "Ctrl+Alt+K").await?;
    app.press_enter("#shortcut").await?;
    app.wait_text("#celebration", "Shortcut saved: Ctrl+Alt+K")
        .await?;
    blocking(|| press_keys(&[CONTROL_L, ALT_L, u32::from('w')])).await?;
    tokio::time::sleep(SECOND).await;
    assert!(
        !blocking(|| window_visible_now(QUICK)).await?,
        "the old shortcut still opens the quick window"
    );
    assert!(
        shortcut_opens_quick('k').await?,
        "Ctrl+Alt+K did not open the quick window"
    );
    let main = app.switch_to_other_window().await?;
    app.type_keys("#quick-text", "\u{e00c}").await?; // Escape
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;
    app.client().switch_to_window(main).await?;

    // A combination another program holds: a sentence, and Ctrl+Alt+K stays.
    let _taken = TakenShortcut::grab('j')?;
    app.fill("#shortcut", "Ctrl+Alt+J").await?;
    app.press_enter("#shortcut").await?;
    app.wait_text("#error", "is taken by another program")
        .await?;
    let stored: String = data.open_db()?.query_row(
        "SELECT value FROM settings WHERE key = 'shortcut'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(stored, "Ctrl+Alt+K");
    app.screenshot("shortcut-taken").await?;
    app.close().await
}

fn window_visible_now(title: &str) -> Result<bool> {
    cairn_e2e::desktop::window_visible(title)
}
