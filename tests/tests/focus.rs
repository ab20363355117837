//! Issue "Reflect, focus, adjust": today's one thing (set from Today and
//! from the tray menu, shown first in the quick window, logged with a
//! bigger celebration) and gentle rewards (named on the Rewards page,
//! earned by a win, named in the celebration, waiting in "To enjoy" until
//! marked enjoyed), in the real window.
//!
//! The tray tests run their own tray host on the private session bus that
//! `make test` provides, as `quick.rs` does.

use std::time::Duration;

use cairn_e2e::desktop::{cairn_cli, wait_window_visible, TrayHost};
use cairn_e2e::*;

const QUICK: &str = "Cairn quick log";
const SECOND: Duration = Duration::from_secs(1);

/// Whether the element `css` has the focus.
#[tokio::test]
async fn the_one_thing_is_set_from_today_and_the_tray_and_logged_with_a_bigger_celebration(
) -> Result<()> {
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.goal_with_step("Submit the thesis", "Write one paragraph")
        .await?;

    // First on Today: choose an open step in one click, or type a line.
    app.wait_text("#one-thing", "Today’s one thing").await?;
    app.find("#one-thing-choices [data-step-id]").await?;
    app.screenshot("focus-today-choose").await?;
    app.fill("#one-thing-input", "Call Mum").await?;
    app.press_enter("#one-thing-input").await?;
    app.wait_text("#one-thing-text", "Call Mum").await?;
    // The focus moves to its ✓.
    app.wait_focus("#one-thing-done").await?;
    app.screenshot("focus-one-thing-set").await?;

    // The tray menu shows it first; the quick window too.
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        let menu = item.menu()?;
        assert!(
            menu.first()
                .is_some_and(|e| e.label == "★ Today's one thing: Call Mum"),
            "first in the menu: {menu:?}"
        );
        item.click("Log a win…")
    })
    .await?;
    blocking(|| wait_window_visible(QUICK, true, 5 * SECOND)).await?;
    let main = app.switch_to_other_window().await?;
    app.wait_text("#quick-steps li:first-child", "Call Mum")
        .await?;
    app.screenshot("focus-quick-window").await?;
    app.type_keys("#quick-text", "\u{e00c}").await?; // Escape
    blocking(|| wait_window_visible(QUICK, false, 5 * SECOND)).await?;
    app.client().switch_to_window(main).await?;

    // Its ✓ logs it, with the bigger celebration.
    app.click("#one-thing-done").await?;
    app.wait_text("#celebration", "Today’s one thing, done")
        .await?;
    app.find("#celebration .pop.big").await?;
    app.wait_text("#one-thing-state", "Done").await?;
    app.wait_text("#today-wins", "Call Mum").await?;
    app.screenshot("focus-bigger-celebration").await?;
    // It can be dismissed at once.
    app.click("#celebration .pop.big button").await?;
    app.wait_gone("#celebration .pop").await?;

    // Cleared from the command line, it is chosen again from the tray's
    // submenu of open steps, and logged from the tray's first item.
    let out = cairn_cli(&data, &["focus", "--clear"])?;
    assert!(out.status.success(), "{out:?}");
    app.wait_gone("#one-thing-text").await?;
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.wait_for_entry("Choose today's one thing", 10 * SECOND)?;
        item.click("Write one paragraph")
    })
    .await?;
    app.wait_text("#one-thing-text", "Write one paragraph")
        .await?;
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.click("★ Today's one thing: Write one paragraph")
    })
    .await?;
    app.wait_text("#one-thing-state", "Done").await?;
    app.wait_text("#win-count", "2 wins today").await?;
    app.screenshot("focus-tray-logged").await?;
    let (source, linked): (String, bool) = data.open_db()?.query_row(
        "SELECT w.source, o.win_id = w.id FROM one_things o JOIN wins w ON w.step_id = o.step_id",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!((source.as_str(), linked), ("tray", true));
    let h = host.clone();
    blocking(move || {
        h.wait_for_item(10 * SECOND)?
            .wait_for_entry("★ Done today: Write one paragraph", 10 * SECOND)
            .map(drop)
    })
    .await?;
    app.close().await
}

#[tokio::test]
async fn a_reward_is_named_earned_celebrated_and_enjoyed() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;

    // Named on the Rewards page, by keyboard: text, count, Enter.
    app.click("nav a[data-view='rewards']").await?;
    app.fill("#reward-text", "A walk in the park").await?;
    app.fill("#reward-count", "2").await?;
    app.press_enter("#reward-text").await?;
    app.wait_text("#rewards-waiting", "A walk in the park")
        .await?;
    app.wait_text("#rewards-waiting", "After 2 wins").await?;
    // Ready for the next.
    app.wait_focus("#reward-text").await?;
    app.screenshot("rewards-page").await?;

    // The second win earns it; the celebration names it.
    app.click("nav a[data-view='today']").await?;
    for text in ["Stretched", "Watered the plants"] {
        app.fill("#win-text", text).await?;
        app.press_enter("#win-text").await?;
        app.wait_text("#today-wins", text).await?;
    }
    app.wait_text("#celebration", "You’ve earned: A walk in the park")
        .await?;
    app.wait_text("#to-enjoy", "A walk in the park").await?;
    app.screenshot("reward-earned").await?;

    // "Enjoyed ✓" takes it off the list; it stays earned.
    app.click("#to-enjoy .enjoy button").await?;
    app.wait_gone("#to-enjoy").await?;
    app.wait_text("#celebration", "Enjoyed: A walk in the park")
        .await?;
    app.screenshot("reward-enjoyed").await?;
    let (earned, enjoyed): (Option<i64>, Option<i64>) =
        data.open_db()?
            .query_row("SELECT earned_at, enjoyed_at FROM rewards", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    assert!(earned.is_some() && enjoyed.is_some());
    app.click("nav a[data-view='rewards']").await?;
    app.click("#view-rewards details summary").await?;
    app.wait_text("#rewards-enjoyed", "A walk in the park")
        .await?;
    app.close().await
}

#[tokio::test]
async fn yesterdays_unfinished_one_thing_is_offered_and_the_chronicle_counts_done_days(
) -> Result<()> {
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("GTK_THEME", "Adwaita:dark")]).await?;
    // Yesterday's one thing, left open; the day before's, done.
    let db = data.open_db()?;
    // One transaction: one commit, so the app's database watch reloads
    // Today once (a second reload after "Not today" would move focus).
    db.execute_batch(
        "BEGIN;
         INSERT INTO wins (id, text, note, logged_at, local_date, source, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', 'Tidy the desk', '', 0,
                 date('now', 'localtime', '-2 days'), 'window', 0);
         INSERT INTO one_things (id, local_date, text, win_id, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000002', date('now', 'localtime', '-2 days'),
                 'Tidy the desk', '00000000-0000-4000-8000-000000000001', 0, 0),
                ('00000000-0000-4000-8000-000000000003', date('now', 'localtime', '-1 day'),
                 'Call the bank', NULL, 0, 0);
         COMMIT;",
    )?;
    // The watch on the database reloads the open Today.
    app.wait_text("#carry-over", "Call the bank").await?;
    app.screenshot("focus-carry-over-dark").await?;

    // "Not today" sets it aside; nothing is imposed.
    app.click("#carry-over-no").await?;
    app.wait_gone("#carry-over").await?;
    app.wait_focus("#one-thing-input").await?;
    let set: i64 = db.query_row(
        "SELECT COUNT(*) FROM one_things WHERE local_date = date('now', 'localtime')",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(set, 0, "setting the offer aside sets nothing");

    // The chronicle marks the day whose one thing was done, and counts it.
    app.click("nav a[data-view='chronicle']").await?;
    app.wait_text("#one-thing-count", "One thing done: 1 day")
        .await?;
    assert_eq!(app.count(".one-mark").await?, 1);
    app.screenshot("focus-chronicle-dark").await?;
    app.close().await
}
