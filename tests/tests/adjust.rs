//! Issue "Reflect, focus, adjust", part 3: a step that fits the week. A
//! daily step done for nine days and then not for three gets one kind offer
//! on Today, right under its goal: "Make it smaller?". Taking the
//! one-minute version changes the step from today, the offer goes, focus
//! lands on the step's tick, and the Chronicle tells the step's story
//! ("10 minutes since …; 1 minute since …"). Esc sets the offer aside for
//! two weeks. Screenshots in light and dark.
//!
//! The database is made by launching the app once (which creates the
//! schema), then filled with SQL relative to today's local date.

use cairn_e2e::*;
use fantoccini::key::Key;
use serde_json::{json, Value};

const GOAL: &str = "7a2e3d4c-0000-4000-8000-000000000001";
const STEP: &str = "7a2e3d4c-0000-4000-8000-000000000011";

/// A goal with a daily ten-minute step made twelve days ago, done on its
/// first nine days and not since.
async fn seeded(data: &DataDir) -> Result<()> {
    seeded_with(data, 12, 4).await
}

/// The same step made `made` days ago and done every day from then until
/// `last` days ago.
async fn seeded_with(data: &DataDir, made: i64, last: i64) -> Result<()> {
    App::launch(data).await?.close().await?;
    let db = data.open_db()?;
    db.execute_batch(&format!(
        "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
         VALUES ('{GOAL}', 'Move more', '#4f7ca8', 0, 0, 0);
         INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, minutes, position,
                            created_at, updated_at)
         VALUES ('{STEP}', '{GOAL}', 'Run around the park', 'daily', 0, 10, 0,
                 CAST(strftime('%s', 'now', '-{made} days') AS INTEGER) * 1000, 0);
         INSERT INTO step_versions (id, step_id, effective_date, title, cadence_kind,
                                    cadence_number, minutes, reason, created_at)
         VALUES ('7a2e3d4c-0000-4000-8000-0000000000f1', '{STEP}',
                 date('now', 'localtime', '-{made} days'), 'Run around the park', 'daily', 0, 10,
                 'start', 0);"
    ))?;
    for ago in last..=made {
        db.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at)
             VALUES (printf('7a2e3d4c-0000-4000-a000-%012d', ?1), 'Run around the park', '',
                     CAST(strftime('%s', 'now', ?2) AS INTEGER) * 1000,
                     date('now', 'localtime', ?2), ?3, ?4, 'window', 0)",
            rusqlite::params![ago, format!("-{ago} days"), GOAL, STEP],
        )?;
    }
    Ok(())
}

/// Scrolls `css` to the middle of the window and lets it paint.
async fn scroll_to(app: &App, css: &str) -> Result<()> {
    app.exec::<Value>(
        "document.querySelector(arguments[0]).scrollIntoView({block: 'center'}); return null;",
        vec![json!(css)],
    )
    .await?;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    Ok(())
}

async fn active(app: &App, script: &str) -> Result<Value> {
    app.exec(
        &format!("const a = document.activeElement; return {script};"),
        vec![],
    )
    .await
}

#[tokio::test]
async fn make_it_smaller_and_see_the_story_in_the_chronicle() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch(&data).await?;

    // One offer, kindly worded, right under the step's goal.
    app.wait_text("#step-offer .step-offer", "Make it smaller?")
        .await?;
    let offer = app.text("#step-offer .step-offer").await?;
    assert!(offer.contains("Run around the park"), "{offer}");
    assert_eq!(app.count(".step-offer").await?, 1);
    let placed: bool = app
        .exec(
            "return document.querySelector(`li[data-goal-id='${arguments[0]}']`).nextElementSibling.classList.contains('offer-item')",
            vec![json!(GOAL)],
        )
        .await?;
    assert!(placed, "the offer sits under its goal's step");
    let choices: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('.offer-choice')].map((b) => b.textContent)",
            vec![],
        )
        .await?;
    assert_eq!(
        choices,
        [
            "A one-minute version",
            "5 minutes",
            "3× a week",
            "Different words",
            "A few rest days",
            "Keep it as it is"
        ]
    );
    app.screenshot("adjust-offer-light").await?;

    // "Different words" opens a field with an example; Esc closes it and
    // gives the focus back to the button.
    app.click("[data-choice='words']").await?;
    app.wait_js("return document.activeElement.id === 'offer-words'", vec![])
        .await?;
    assert!(app.text(".offer-words").await?.contains("For example"));
    scroll_to(&app, ".offer-words").await?;
    app.screenshot("adjust-offer-words").await?;
    app.press(Key::Escape).await?;
    app.wait_js(
        "return document.activeElement.dataset.choice === 'words'",
        vec![],
    )
    .await?;
    assert_eq!(
        app.count(".step-offer").await?,
        1,
        "Esc in the field only closes it"
    );

    // The one-minute version, from today.
    app.click("[data-choice='minutes']").await?;
    app.wait_text("#celebration", "Same step, same momentum")
        .await?;
    app.wait_gone(".step-offer").await?;
    assert_eq!(
        active(&app, "a.classList.contains('tick') && a.dataset.stepId").await?,
        json!(STEP),
        "focus moves to the step's tick"
    );
    app.wait_text("#next-steps", "1 min").await?;
    app.screenshot("adjust-after-smaller").await?;
    let db = data.open_db()?;
    let versions: Vec<(String, i64, bool)> = db
        .prepare(
            "SELECT reason, minutes, effective_date = date('now', 'localtime')
             FROM step_versions WHERE step_id = ?1 ORDER BY effective_date",
        )?
        .query_map([STEP], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        versions,
        [("start".into(), 10, false), ("smaller".into(), 1, true)]
    );

    // The Chronicle, filtered to the step, tells its story.
    app.click("nav a[data-view='chronicle']").await?;
    app.find("#heatmap-svg").await?;
    app.select_by_value("#chronicle-filter", &format!("step:{STEP}"))
        .await?;
    app.wait_text("#heat-story", "1 minute since").await?;
    let story = app.text("#heat-story").await?;
    assert!(story.contains("10 minutes since"), "{story}");
    assert!(story.contains("1 minute since today"), "{story}");
    assert!(
        story.find("10 minutes").unwrap_or(usize::MAX) < story.find("1 minute since").unwrap_or(0),
        "oldest first: {story}"
    );
    app.wait_text(".momentum .step-story", "1 minute since")
        .await?;
    app.screenshot("adjust-chronicle-story").await?;
    scroll_to(&app, ".momentum").await?;
    app.screenshot("adjust-chronicle-momentum").await?;
    app.close().await
}

#[tokio::test]
async fn esc_sets_the_offer_aside_for_two_weeks_in_the_dark() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("GTK_THEME", "Adwaita:dark")]).await?;
    app.wait_text("#step-offer .step-offer", "Make it smaller?")
        .await?;
    app.screenshot("adjust-offer-dark").await?;

    // From the keyboard: focus is in the offer, Esc sets it aside.
    app.exec::<Value>(
        "document.querySelector('.offer-choice').focus(); return null;",
        vec![],
    )
    .await?;
    app.press(Key::Escape).await?;
    app.wait_gone(".step-offer").await?;
    assert_eq!(
        active(&app, "a.dataset.stepId || null").await?,
        json!(STEP),
        "focus moves to the step's tick"
    );
    let quiet: bool = data.open_db()?.query_row(
        "SELECT quiet_until = date('now', 'localtime', '+14 days') FROM step_offers_quiet
         WHERE step_id = ?1",
        [STEP],
        |r| r.get(0),
    )?;
    assert!(quiet, "quiet for two weeks");
    // The step is unchanged, and the offer stays away after a reload.
    app.click("nav a[data-view='goals']").await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#next-steps", "10 min").await?;
    assert_eq!(app.count(".step-offer").await?, 0);
    app.close().await
}

#[tokio::test]
async fn ready_for_a_bit_more_in_new_words() -> Result<()> {
    let data = DataDir::new();
    // Sixty days in a row, up to yesterday: momentum has stayed high.
    seeded_with(&data, 60, 1).await?;
    let app = App::launch(&data).await?;
    app.wait_text("#step-offer .step-offer", "Ready for a bit more?")
        .await?;
    let choices: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('.offer-choice')].map((b) => b.textContent)",
            vec![],
        )
        .await?;
    assert_eq!(
        choices,
        ["20 minutes", "Different words", "Keep it as it is"]
    );
    app.screenshot("adjust-bigger-offer").await?;

    // New words, typed and saved from the keyboard.
    app.click("[data-choice='words']").await?;
    app.fill("#offer-words", "Run around the park twice")
        .await?;
    app.press_enter("#offer-words").await?;
    app.wait_text("#celebration", "From today").await?;
    app.wait_gone(".step-offer").await?;
    app.wait_text("#next-steps", "Run around the park twice")
        .await?;
    let reason: String = data.open_db()?.query_row(
        "SELECT reason FROM step_versions WHERE step_id = ?1 AND effective_date = date('now', 'localtime')",
        [STEP],
        |r| r.get(0),
    )?;
    assert_eq!(reason, "bigger");

    app.click("nav a[data-view='chronicle']").await?;
    app.find("#heatmap-svg").await?;
    app.select_by_value("#chronicle-filter", &format!("step:{STEP}"))
        .await?;
    app.wait_text("#heat-story", "“Run around the park twice” since today")
        .await?;
    // The run goes on across the change.
    app.wait_text(".momentum .run-best", "60 days").await?;
    app.screenshot("adjust-bigger-story").await?;
    app.close().await
}

/// Issue 24, part 2: "Make it smaller?" on a measured step offers a
/// smaller target first ("At least 2 km a day" for 5); taking it keeps the
/// unit and records the new target from today.
#[tokio::test]
async fn a_measured_step_is_offered_a_smaller_target() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    data.open_db()?.execute_batch(&format!(
        "UPDATE steps SET unit = 'km', target_milli = 5000, target_per = 'day',
                          target_bound = 'at_least' WHERE id = '{STEP}';
         UPDATE step_versions SET target_milli = 5000 WHERE step_id = '{STEP}';
         UPDATE wins SET amount_milli = 5000 WHERE step_id = '{STEP}';"
    ))?;
    let app = App::launch(&data).await?;
    app.wait_text("#step-offer .step-offer", "Make it smaller?")
        .await?;
    let first: String = app
        .exec(
            "return document.querySelector('.offer-choice').textContent",
            vec![],
        )
        .await?;
    assert_eq!(first, "At least 2 km a day");
    app.screenshot("adjust-offer-target").await?;
    app.click("[data-choice='target']").await?;
    app.wait_gone(".step-offer").await?;
    app.wait_text(".goal-next", "0 of 2 km").await?;
    app.close().await?;

    let db = data.open_db()?;
    let (unit, target): (String, i64) = db.query_row(
        &format!("SELECT unit, target_milli FROM steps WHERE id = '{STEP}'"),
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!((unit.as_str(), target), ("km", 2_000));
    let versions: Vec<(String, i64)> = db
        .prepare(&format!(
            "SELECT reason, target_milli FROM step_versions WHERE step_id = '{STEP}' ORDER BY effective_date"
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        versions,
        [("start".to_owned(), 5_000), ("smaller".to_owned(), 2_000)]
    );
    Ok(())
}
