//! Issue "Reflect, focus, adjust", the week in review: the Week page drafts
//! the week from the data, the person writes three answers and focus
//! actions and saves them, a focus action becomes a step, earlier reviews
//! are listed, a blank review is refused beside the form, and `cairn week
//! --markdown` prints what was written. The weekly nudge comes through the
//! notification server with Open and Later; Open shows that week's page.
//!
//! Weeks start on Monday here (set in the database), so the weeks do not
//! depend on the machine's locale.

use std::sync::Arc;
use std::time::Duration;

use cairn_e2e::desktop::cairn_cli;
use cairn_e2e::notifications::NotificationServer;
use cairn_e2e::*;
use serde_json::json;

const GOAL: &str = "6f1d2c3b-0000-4000-8000-000000000001";
const SECOND: Duration = Duration::from_secs(1);

/// The first day (Monday) of the latest week that has ended by today, and
/// that week's days as `YYYY-MM-DD`, from SQLite's local time.
fn last_week(db: &rusqlite::Connection) -> Result<(String, Vec<String>)> {
    // Days back to last week's Monday: today's weekday (Monday 0) + 7, or
    // on a Sunday (the week's last day) this week's Monday.
    let back: i64 = db.query_row(
        "SELECT CASE strftime('%w', 'now', 'localtime') WHEN '0' THEN 6
                ELSE CAST(strftime('%w', 'now', 'localtime') AS INTEGER) - 1 + 7 END",
        [],
        |r| r.get(0),
    )?;
    let mut days = Vec::new();
    for i in 0..7 {
        days.push(db.query_row(
            "SELECT date('now', 'localtime', ?1)",
            [format!("-{} days", back - i)],
            |r| r.get::<_, String>(0),
        )?);
    }
    Ok((days[0].clone(), days))
}

/// A goal and wins on four days of the week that ended; weeks from Monday;
/// the nudge off, and forgotten if the first launch (which makes the
/// schema) already showed one.
async fn seeded(data: &DataDir) -> Result<String> {
    App::launch(data).await?.close().await?;
    let db = data.open_db()?;
    let (start, days) = last_week(&db)?;
    db.execute_batch(&format!(
        "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
         VALUES ('{GOAL}', 'Submit the thesis', '#4f7ca8', 0, 0, 0);
         INSERT OR REPLACE INTO settings (key, value) VALUES ('week_start', '1');
         INSERT OR REPLACE INTO settings (key, value) VALUES ('review_nudge', 'off');
         DELETE FROM settings WHERE key IN ('review_nudge_shown', 'review_nudge_later');"
    ))?;
    for (n, day) in [0, 1, 3, 4].iter().map(|&i| &days[i]).enumerate() {
        db.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at)
             VALUES (printf('6f1d2c3b-0000-4000-a000-%012d', ?1), ?2, '',
                     CAST(strftime('%s', ?3) AS INTEGER) * 1000 + 36000000, ?3, ?4, NULL, 'window', 0)",
            rusqlite::params![n as i64, format!("Paragraph {n}"), day, GOAL],
        )?;
    }
    Ok(start)
}

#[tokio::test]
async fn a_week_is_reviewed_from_its_draft_and_a_focus_becomes_a_step() -> Result<()> {
    let data = DataDir::new();
    let start = seeded(&data).await?;
    let app = App::launch(&data).await?;

    app.click("nav a[data-view='week']").await?;
    app.wait_text(".week-headline", "4 wins on 4 days").await?;
    let facts = app.text(".week-facts").await?;
    assert!(facts.contains("Submit the thesis 4 wins"), "{facts}");
    assert_eq!(
        app.exec::<String>("return location.hash", vec![]).await?,
        "#week"
    );
    app.screenshot("week-draft").await?;

    // A blank review is refused beside the form, and nothing is written.
    app.click("#save-review").await?;
    app.wait_text("#review-status", "Write a line").await?;
    let rows: i64 = data
        .open_db()?
        .query_row("SELECT COUNT(*) FROM reflections", [], |r| r.get(0))?;
    assert_eq!(rows, 0);

    app.fill("#review-wentWell", "Wrote on four mornings")
        .await?;
    app.fill("#review-learned", "Evenings are for rest").await?;
    app.fill("#review-adjust", "Write before email").await?;
    app.fill(
        ".focus-line[aria-label='Focus action 1 of 4']",
        "Read one abstract on the train",
    )
    .await?;
    app.fill(
        ".focus-line[aria-label='Focus action 2 of 4']",
        "Walk after lunch",
    )
    .await?;
    app.click("#save-review").await?;
    app.wait_text("#review-status", "Saved").await?;
    // The focus stays where the person acted.
    app.wait_focus("#save-review").await?;
    let (week, went_well): (String, String) =
        data.open_db()?
            .query_row("SELECT week_start, went_well FROM reflections", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    assert_eq!(
        (week.as_str(), went_well.as_str()),
        (start.as_str(), "Wrote on four mornings")
    );

    // The first focus action becomes a daily step under the goal.
    app.click(".focus-item:first-child button").await?;
    app.select_by_value(".focus-step-form .focus-goal", GOAL)
        .await?;
    app.select_by_value(".focus-step-form .focus-cadence", "daily")
        .await?;
    app.screenshot("week-focus-to-step").await?;
    app.click(".focus-step-form button[type='submit']").await?;
    app.wait_text("#notice", "is now a step").await?;
    app.wait_text(".focus-item:first-child", "Now a step.")
        .await?;
    // The second becomes the one thing of the next week's first day.
    app.click(".focus-item:nth-child(2) button[aria-label*='one thing']")
        .await?;
    app.wait_text("#notice", "Set as the one thing for").await?;
    app.wait_text(".focus-item:nth-child(2)", "Set as a day's one thing.")
        .await?;
    // The focus stays on the focus action's row.
    app.wait_focus("[data-id]").await?;
    app.screenshot("week-reviewed").await?;
    let (day, one): (String, String) =
        data.open_db()?
            .query_row("SELECT local_date, text FROM one_things", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    assert_eq!(one, "Walk after lunch");
    assert!(day > start, "{day} after the week of {start}");
    let (title, cadence, goal): (String, String, String) = data.open_db()?.query_row(
        "SELECT s.title, s.cadence_kind, s.goal_id FROM steps s
         JOIN focus_actions f ON f.step_id = s.id WHERE f.became = 'step'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    assert_eq!(
        (title.as_str(), cadence.as_str(), goal.as_str()),
        ("Read one abstract on the train", "daily", GOAL)
    );

    // The week before lists this review; choosing it comes back.
    app.exec::<serde_json::Value>("window.scrollTo(0, 0); return null;", vec![])
        .await?;
    app.click("#week-prev").await?;
    app.wait_text(".week-headline", "quiet week").await?;
    app.wait_text(".review-list", "Wrote on four mornings")
        .await?;
    app.click(".review-link").await?;
    app.wait_js(
        "return document.getElementById('review-wentWell')?.value === arguments[0] || null",
        vec![json!("Wrote on four mornings")],
    )
    .await?;

    // The Chronicle's timeline shows the review on its week's last day,
    // and leads back to it.
    app.click("nav a[data-view='chronicle']").await?;
    app.wait_text("#timeline .review-marker", "Wrote on four mornings")
        .await?;
    // The view settles (its milestones notice, its focus) before the
    // marker is brought into sight for the picture.
    tokio::time::sleep(SECOND).await;
    app.exec::<serde_json::Value>(
        "document.querySelector('#timeline .review-marker').scrollIntoView({ block: 'center' }); return null;",
        vec![],
    )
    .await?;
    app.screenshot("chronicle-review-marker").await?;
    app.click("#timeline .review-marker button").await?;
    app.wait_js(
        "return location.hash === arguments[0] || null",
        vec![json!(format!("#week/{start}"))],
    )
    .await?;

    // The command line prints the same review as markdown.
    let out = cairn_cli(&data, &["week", "--last", "--markdown"])?;
    let text = String::from_utf8_lossy(&out.stdout);
    let last_is_reviewed = text.contains("### What went well\n\nWrote on four mornings\n");
    let this_week = cairn_cli(&data, &["week", "--markdown"])?;
    let this_text = String::from_utf8_lossy(&this_week.stdout);
    assert!(
        last_is_reviewed || this_text.contains("### What went well\n\nWrote on four mornings\n"),
        "{text}\n---\n{this_text}"
    );
    assert!(
        text.contains("- Read one abstract on the train")
            || this_text.contains("- Read one abstract on the train")
    );
    app.close().await
}

#[tokio::test]
async fn the_weekly_nudge_opens_its_week_and_later_asks_again() -> Result<()> {
    let data = DataDir::new();
    let start = seeded(&data).await?;
    // The server starts after the launch that made the schema: that one
    // may have had a nudge of its own, for a week not yet seeded.
    let server = Arc::new(blocking(NotificationServer::start).await?);
    // Due now: today, at this minute; quiet hours off.
    data.open_db()?.execute_batch(
        "UPDATE settings SET value = (
             ((CAST(strftime('%w', 'now', 'localtime') AS INTEGER) + 6) % 7 + 1)
             || ' ' || strftime('%H:%M', 'now', 'localtime'))
         WHERE key = 'review_nudge';
         INSERT INTO settings (key, value) VALUES ('quiet_hours', 'off');",
    )?;
    let app = App::launch_with(&data, &[("CAIRN_SNOOZE_SECONDS", "3")]).await?;

    let s = server.clone();
    let first = blocking(move || s.wait_for(1, 15 * SECOND)).await?;
    let n = &first[0];
    assert_eq!(n.summary, "Your week is ready to look back on");
    assert!(n.body.starts_with("4 wins on 4 days"), "{}", n.body);
    assert_eq!(n.buttons(), ["Open", "Later"]);

    // Later: once more after the snooze. (A moment first, as a person
    // takes: the app starts listening for the answer just after showing.)
    tokio::time::sleep(SECOND / 2).await;
    let (s, id) = (server.clone(), n.id);
    blocking(move || s.invoke(id, "later")).await?;
    let s = server.clone();
    let both = blocking(move || s.wait_for(2, 15 * SECOND)).await?;
    assert_eq!(both[1].summary, "Your week is ready to look back on");

    // Open: the main window shows that week's page.
    tokio::time::sleep(SECOND / 2).await;
    let (s, id) = (server.clone(), both[1].id);
    blocking(move || s.invoke(id, "open")).await?;
    app.wait_js(
        "return location.hash === arguments[0] || null",
        vec![json!(format!("#week/{start}"))],
    )
    .await?;
    app.wait_text(".week-headline", "4 wins on 4 days").await?;
    app.screenshot("week-from-nudge").await?;
    tokio::time::sleep(2 * SECOND).await;
    assert_eq!(server.calls().len(), 2, "never more than asked for");
    app.close().await
}
