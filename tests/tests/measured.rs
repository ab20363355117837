//! Issue 24, parts 2 and 4, "Measurable steps" and "At most" steps, in the
//! real window: a step counted in pages with a target of 10 a day and one
//! limited to 2 cups a day are made in the step form; on Today the pages
//! step's ✓ takes the amount typed beside it ("7 of 10 pages") and stays
//! open until the target is reached, while the limit sits apart, is logged
//! a cup at a time, and says kindly when the day went over it.

use cairn_e2e::*;

/// Adds a measured step to the goal page shown.
async fn add_measured(
    app: &App,
    title: &str,
    unit: &str,
    bound: &str,
    target: &str,
    usual: &str,
) -> Result<()> {
    app.fill("#add-step .step-title-input", title).await?;
    app.set_checked("#add-step .step-measured", true).await?;
    app.fill("#add-step .step-unit", unit).await?;
    app.select_by_value("#add-step .step-bound", bound).await?;
    app.fill("#add-step .step-target", target).await?;
    app.fill("#add-step .step-usual", usual).await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text("#steps", title).await
}

#[tokio::test]
async fn pages_with_a_target_and_cups_under_a_limit_on_today() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", "Read more, sleep better").await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", "Read more").await?;

    // A unit is needed once the step counts an amount; nothing is added.
    app.fill("#add-step .step-title-input", "Read").await?;
    app.set_checked("#add-step .step-measured", true).await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text(".field-refusal", "Name a unit").await?;
    add_measured(&app, "Read", "pages", "at_least", "10", "5").await?;
    add_measured(&app, "Coffee", "cups", "at_most", "2", "1").await?;
    app.screenshot("measured-goal").await?;

    app.click("nav a[data-view='today']").await?;
    app.wait_text(".goal-next", "0 of 10 pages").await?;
    app.fill(".goal-next .tick-amount", "7").await?;
    app.click(".goal-next .tick").await?;
    // Seven of ten: the step stays open for the rest.
    app.wait_text(".goal-next", "7 of 10 pages").await?;
    app.wait_text("#today-wins", "7 pages").await?;
    app.wait_text("#limits", "0 of at most 2 cups today")
        .await?;
    app.screenshot("measured-today-partway").await?;

    for n in 1..=3 {
        app.click("#limits .log-limit").await?;
        if n < 3 {
            app.wait_text("#limits", &format!("{n} of at most 2 cups today"))
                .await?;
        }
    }
    app.wait_text(
        "#limits",
        "3 cups, over today’s 2. Tomorrow is a fresh start.",
    )
    .await?;
    // Over a limit is said in words, never in red.
    let colour: String = app
        .exec(
            "return getComputedStyle(document.querySelector('#limits .limit-standing')).color",
            vec![],
        )
        .await?;
    assert!(
        !colour.contains("255, 0, 0") && !colour.contains("220, 38, 38"),
        "{colour}"
    );
    app.screenshot("measured-today-limit-over").await?;

    // Three more pages (the usual five are replaced) reach the target.
    app.fill(".goal-next .tick-amount", "3").await?;
    app.click(".goal-next .tick").await?;
    app.wait_text(".goal-next", "All done for now").await?;
    app.close().await?;

    let db = data.open_db()?;
    let sums: Vec<(String, i64, i64)> = db
        .prepare(
            "SELECT s.title, COUNT(*), SUM(w.amount_milli) FROM wins w JOIN steps s ON s.id = w.step_id
             GROUP BY s.title ORDER BY s.title",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        sums,
        [
            ("Coffee".to_owned(), 3, 3_000),
            ("Read".to_owned(), 2, 10_000)
        ]
    );
    Ok(())
}
