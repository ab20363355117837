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

const STEP: &str = "5c1e2d3a-0000-4000-8000-0000000000a1";

/// Issue 24, part 2, over weeks: a step of "at least 10 pages a day" with
/// 120 days of history (most days 10, some 5, some none, one day of 20)
/// shades its year by the share of the target kept, sums its pages by week
/// and month, names them in the week, and a win's amount is edited on the
/// Wins page.
#[tokio::test]
async fn a_measured_steps_year_weeks_and_months() -> Result<()> {
    let data = DataDir::new();
    App::launch(&data).await?.close().await?;
    {
        let db = data.open_db()?;
        db.execute_batch(&format!(
            "INSERT INTO steps (id, title, cadence_kind, cadence_number, position, created_at, updated_at,
                                unit, target_milli, target_per, target_bound, usual_milli)
             VALUES ('{STEP}', 'Read', 'daily', 0, 0,
                     CAST(strftime('%s', 'now', '-120 days') AS INTEGER) * 1000, 0,
                     'pages', 10000, 'day', 'at_least', 10000);"
        ))?;
        for ago in 0..=120i64 {
            let pages = match ago % 7 {
                3 => continue,
                5 => 5,
                _ if ago == 10 => 20,
                _ => 10,
            };
            db.execute(
                "INSERT INTO wins (id, text, note, logged_at, local_date, step_id, source, updated_at, amount_milli)
                 VALUES (printf('5c1e2d3a-0000-4000-a000-%012d', ?1), 'Read', '',
                         CAST(strftime('%s', 'now', ?2) AS INTEGER) * 1000,
                         date('now', 'localtime', ?2), ?3, 'window', 0, ?4)",
                rusqlite::params![ago, format!("-{ago} days"), STEP, pages * 1000],
            )?;
        }
    }
    let app = App::launch(&data).await?;
    app.click("nav a[data-view='chronicle']").await?;
    app.wait_text("#chronicle-filter", "Read").await?;
    app.select_by_value("#chronicle-filter", &format!("step:{STEP}"))
        .await?;
    app.wait_text("#amount-sums", "Added up, in pages").await?;
    app.wait_text("#amount-sums", "By month").await?;
    app.screenshot("measured-heatmap").await?;
    // Half a target shades lighter than a whole one.
    let levels: Vec<i64> = app
        .exec(
            "const c = document.querySelector('cairn-chronicle').model.heatmap; \
             return [...new Set(c.levels.filter((l) => l > 0))].sort();",
            vec![],
        )
        .await?;
    assert_eq!(levels, [2, 4], "5 of 10 pages and 10 (or 20) of 10");

    app.click("nav a[data-view='week']").await?;
    app.wait_text(".week-facts", "Read").await?;
    app.wait_text(".week-facts", "pages").await?;

    // The latest win's amount, edited: 10 pages were 12.
    app.click("nav a[data-view='wins']").await?;
    app.click(".win button[aria-label^='Edit']").await?;
    app.fill(".edit-win-amount", "twelve").await?;
    app.press_enter(".edit-win-text").await?;
    app.wait_text(".field-refusal", "Write an amount").await?;
    app.fill(".edit-win-amount", "12").await?;
    app.press_enter(".edit-win-text").await?;
    app.wait_text("#view-wins .win-amount", "12 pages").await?;
    app.screenshot("measured-wins-edited").await?;
    app.close().await?;

    let latest: i64 = data.open_db()?.query_row(
        "SELECT amount_milli FROM wins WHERE id = printf('5c1e2d3a-0000-4000-a000-%012d', 0)",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(latest, 12_000);
    Ok(())
}

/// Issue 24, part 2, from the tray and the quick window: the tray's entry
/// says the amount one click logs ("✓ Read · 5 pages") and logs it; the
/// quick window's chip asks for the amount, its usual one selected.
#[tokio::test]
async fn the_tray_logs_the_usual_amount_and_the_quick_window_asks() -> Result<()> {
    use cairn_e2e::desktop::{wait_window_visible, TrayHost};
    const SECOND: std::time::Duration = std::time::Duration::from_secs(1);
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    App::launch(&data).await?.close().await?;
    data.open_db()?.execute_batch(&format!(
        "INSERT INTO steps (id, title, cadence_kind, cadence_number, position, created_at, updated_at,
                            unit, target_milli, target_per, target_bound, usual_milli)
         VALUES ('{STEP}', 'Read', 'daily', 0, 0, 0, 0, 'pages', 10000, 'day', 'at_least', 5000);"
    ))?;
    let app = App::launch(&data).await?;
    app.wait_text("#next-steps", "Read").await?;
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.wait_for_entry("Log a win", 10 * SECOND)?;
        item.click("✓ Read · 5 pages")
    })
    .await?;
    app.wait_text("#view-today .win-amount", "5 pages").await?;

    let h = host.clone();
    blocking(move || h.wait_for_item(10 * SECOND)?.click("Log a win…")).await?;
    blocking(|| wait_window_visible("Cairn quick log", true, 5 * SECOND)).await?;
    let main = app.switch_to_other_window().await?;
    app.click(&format!("#quick-steps [data-step-id='{STEP}']"))
        .await?;
    app.wait_focus("#quick-amount").await?;
    app.fill("#quick-amount", "3").await?;
    app.screenshot("measured-quick-amount").await?;
    app.press_enter("#quick-amount").await?;
    app.wait_text("#quick-message", "2 wins today").await?;
    app.client().switch_to_window(main).await?;
    app.wait_text("#view-today #today-wins", "3 pages").await?;
    app.close().await?;

    let amounts: Vec<(String, i64)> = data
        .open_db()?
        .prepare("SELECT source, amount_milli FROM wins ORDER BY logged_at, source")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        amounts,
        [("tray".to_owned(), 5_000), ("tray".to_owned(), 3_000)]
    );
    Ok(())
}
