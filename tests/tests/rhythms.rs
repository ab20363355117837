//! Issue 24, part 3, "Cadences people need": a step every N days and one N
//! times a month, made in the step form of the real window; Today shows
//! each in words, and an every-3-days step done yesterday rests today
//! (its next day is two days away) while the goal's next step moves on.

use cairn_e2e::*;

/// Adds a step to the goal page shown: its title, a rhythm and its number.
async fn add_step(app: &App, title: &str, kind: &str, number_field: &str, n: &str) -> Result<()> {
    app.fill("#add-step .step-title-input", title).await?;
    app.select_by_value("#add-step .step-cadence", kind).await?;
    app.fill(&format!("#add-step .{number_field}"), n).await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text("#steps", title).await
}

#[tokio::test]
async fn every_three_days_and_twice_a_month_on_today() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", "Keep the flat alive").await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", "Keep the flat alive")
        .await?;

    // A number out of range is refused beside its field, nothing added.
    app.fill("#add-step .step-title-input", "Water the plants")
        .await?;
    app.select_by_value("#add-step .step-cadence", "every_n_days")
        .await?;
    app.fill("#add-step .step-every", "45").await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text(".field-refusal", "from 2 to 30").await?;
    app.fill("#add-step .step-every", "3").await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text("#steps", "every 3 days").await?;
    add_step(&app, "Call grandma", "monthly", "step-month-times", "2").await?;
    app.wait_text("#steps", "2× a month").await?;
    app.screenshot("rhythms-goal").await?;

    app.click("nav a[data-view='today']").await?;
    app.wait_text(".goal-next", "Water the plants").await?;
    app.wait_text(".goal-next", "every 3 days").await?;
    app.screenshot("rhythms-today-every-3-days").await?;

    // Watered yesterday: not asked for again today; the next step is.
    app.click(".goal-next .tick-yesterday").await?;
    app.wait_text("#notice", "It counts.").await?;
    app.wait_text(".goal-next", "Call grandma").await?;
    app.wait_text(".goal-next", "2× a month").await?;
    app.screenshot("rhythms-today-next").await?;
    app.close().await?;

    let db = data.open_db()?;
    let kinds: Vec<(String, i64)> = db
        .prepare("SELECT cadence_kind, cadence_number FROM steps ORDER BY position")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        kinds,
        [("every_n_days".to_owned(), 3), ("monthly".to_owned(), 2)]
    );
    Ok(())
}
