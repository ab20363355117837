//! Issue "A month in the tray", item 1: the day turns over everywhere at
//! local midnight, with nothing written. The app runs on a clock set a
//! little before midnight (`CAIRN_E2E_NOW`, which only the `e2e` build
//! reads; the clock then runs at the real pace) in Berlin's time zone; a
//! step is ticked on the evening's Today; after midnight the window (left
//! open on Today) shows the new day, and the tray's menu, read over D-Bus,
//! offers the step again, its tooltip counting no wins yet, without any
//! write or click.
//!
//! Item 4's second half: a wake from sleep a day later. The computer's
//! suspend is played on a system bus of the test's own, where it owns
//! `org.freedesktop.login1` and says `PrepareForSleep(true)`, then moves
//! the app's clock on by a day (`CAIRN_E2E_CLOCK_FILE`: the scheduler's
//! timer, like a real one in suspend, has not seen that day pass) and says
//! `PrepareForSleep(false)`.

use std::time::Duration;

use std::sync::Arc;

use cairn_e2e::desktop::{wait_until, MenuEntry, TrayHost};
use cairn_e2e::*;
use zbus::blocking::Connection;

const SECOND: Duration = Duration::from_secs(1);

#[tokio::test]
async fn at_midnight_the_window_and_the_tray_show_the_new_day_with_nothing_written() -> Result<()> {
    let host = Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    // Monday 7 December 2026, 40 seconds before midnight in Berlin.
    let app = App::launch_with(
        &data,
        &[
            ("CAIRN_E2E_NOW", "2026-12-07T23:59:20+01:00"),
            ("TZ", "Europe/Berlin"),
        ],
    )
    .await?;
    app.wait_text("#view-today .date", "Monday, December 7")
        .await?;
    app.goal_with_step("Move more", "Stretch for one minute")
        .await?;
    app.click("#next-steps button.tick").await?;
    app.wait_text("#win-count", "1 win today").await?;
    tray_shows(&host, "1 win today", |m| {
        !m.iter().any(|e| e.label.contains("Stretch"))
    })
    .await?;
    app.screenshot("day-turn-evening").await?;

    // Midnight passes with the window open on Today: the new day's date, a
    // fresh count, the step offered again; nothing was written.
    app.wait_text_for("#view-today .date", "Tuesday, December 8", 60 * SECOND)
        .await?;
    app.wait_text("#win-count", "A fresh day").await?;
    app.wait_text("#next-steps", "Stretch for one minute")
        .await?;
    assert_eq!(app.count("#today-wins li.win").await?, 0);
    tray_shows(&host, "no wins yet today", |m| {
        m.iter().any(|e| e.label == "✓ Stretch for one minute")
    })
    .await?;
    app.screenshot("day-turn-after-midnight").await?;
    let (wins, day): (i64, String) =
        data.open_db()?
            .query_row("SELECT count(*), max(local_date) FROM wins", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    assert_eq!(
        (wins, day.as_str()),
        (1, "2026-12-07"),
        "the evening's win keeps its day"
    );
    app.close().await
}

#[tokio::test]
async fn after_a_night_asleep_the_window_and_the_tray_show_the_new_day() -> Result<()> {
    let host = Arc::new(TrayHost::start()?);
    let system = PrivateBus::start()?;
    let login = zbus::blocking::connection::Builder::address(system.address())?.build()?;
    login.request_name("org.freedesktop.login1")?;
    let data = DataDir::new();
    let jumps = data.path().join("clock-jump");
    std::fs::write(&jumps, "0")?;
    let jumps_text = jumps.to_string_lossy().into_owned();
    // Monday 7 December 2026, 20:00 in Berlin.
    let app = App::launch_with(
        &data,
        &[
            ("CAIRN_E2E_NOW", "2026-12-07T20:00:00+01:00"),
            ("CAIRN_E2E_CLOCK_FILE", jumps_text.as_str()),
            ("TZ", "Europe/Berlin"),
            ("DBUS_SYSTEM_BUS_ADDRESS", system.address()),
        ],
    )
    .await?;
    app.fill("#win-text", "Evening walk").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#win-count", "1 win today").await?;
    app.wait_text("#view-today .date", "Monday, December 7")
        .await?;

    // The lid closes; the computer sleeps through to Tuesday evening.
    sleep_signal(&login, true)?;
    std::fs::write(&jumps, (24 * 3600).to_string())?;
    // The app listens on the bus once its first frame is drawn: the wake is
    // said again until the window shows it (each is only a look at the clock).
    let mut turned = false;
    for _ in 0..40 {
        sleep_signal(&login, false)?;
        if app
            .text("#view-today .date")
            .await?
            .contains("Tuesday, December 8")
        {
            turned = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(turned, "the window kept Monday after the wake");
    app.wait_text("#win-count", "A fresh day").await?;
    tray_shows(&host, "no wins yet today", |_| true).await?;
    app.screenshot("day-turn-after-a-night-asleep").await?;
    let wins: i64 = data.open_db()?.query_row(
        "SELECT count(*) FROM wins WHERE local_date = '2026-12-07'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(wins, 1, "Monday's win keeps its day");
    app.close().await
}

/// Waits until the tray's tooltip says `tooltip` and its menu passes `menu`.
async fn tray_shows(
    host: &Arc<TrayHost>,
    tooltip: &'static str,
    menu: fn(&[MenuEntry]) -> bool,
) -> Result<()> {
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        wait_until(10 * SECOND, || {
            item.tooltip().is_ok_and(|t| t.contains(tooltip)) && item.menu().is_ok_and(|m| menu(&m))
        })
        .then_some(())
        .ok_or_else(|| format!("the tray did not show {tooltip:?}: {:?}", item.tooltip()))?;
        Ok(())
    })
    .await
}

/// logind's signal before a suspend (`true`) and after the wake (`false`).
fn sleep_signal(bus: &Connection, going_to_sleep: bool) -> Result<()> {
    bus.emit_signal(
        None::<&str>,
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        &(going_to_sleep,),
    )?;
    Ok(())
}
