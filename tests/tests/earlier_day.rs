//! Issue 24, part 1, "A win for an earlier day": "I did it yesterday, I
//! just forgot to log it". In the real window: a step's "…or yesterday" on
//! Today, "Add a win to this day" in the Chronicle's day panel, and moving
//! a win to another day from its edit form; the database says where each
//! win landed, and a day still to come is refused with a sentence.

use cairn_e2e::*;
use serde_json::Value;

/// The local date `ago` days before today, as the window's clock sees it.
async fn days_ago(app: &App, ago: i64) -> Result<String> {
    app.exec(
        "const d = new Date(); d.setDate(d.getDate() - arguments[0]);
         const p = (n) => String(n).padStart(2, '0');
         return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;",
        vec![ago.into()],
    )
    .await
}

/// Each win's text and day, oldest day first.
fn wins_by_day(data: &DataDir) -> Result<Vec<(String, String)>> {
    let db = data.open_db()?;
    let mut stmt = db.prepare(
        "SELECT text, local_date FROM wins WHERE deleted_at IS NULL ORDER BY local_date, text",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[tokio::test]
async fn a_win_for_yesterday_a_chosen_day_and_a_win_moved() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.goal_with_step("Move more", "Stretch for one minute")
        .await?;
    let (yesterday, three_ago, five_ago) = (
        days_ago(&app, 1).await?,
        days_ago(&app, 3).await?,
        days_ago(&app, 5).await?,
    );

    // Today: "…or yesterday" beside the step's ✓. Today's ✓ stays open.
    app.find(".goal-next .tick-yesterday").await?;
    app.screenshot("earlier-day-today").await?;
    app.click(".goal-next .tick-yesterday").await?;
    app.wait_text("#notice", "It counts.").await?;
    app.wait_count(".goal-next .tick", 1).await?;
    app.wait_text("#today-wins", "Your first win of the day is waiting")
        .await?;

    // The Chronicle's day panel: a win added to a day three days ago.
    app.click("nav a[data-view='chronicle']").await?;
    app.find("#heatmap-svg").await?;
    let cell = format!("#heatmap-svg rect[data-date='{three_ago}']");
    app.click(&cell).await?;
    app.wait_text("#day-wins", "No wins that day").await?;
    // Nothing typed and no step: refused beside the field, nothing added.
    app.click("#day-win-submit").await?;
    app.wait_text(".field-refusal", "Write what you did")
        .await?;
    app.fill("#day-win-text", "Evening walk by the river")
        .await?;
    app.click("#day-win-submit").await?;
    app.wait_text("#day-wins", "Evening walk by the river")
        .await?;
    app.wait_text("#notice", "It counts.").await?;
    app.wait_js(
        "return !document.querySelector(arguments[0]).classList.contains('l0')",
        vec![cell.clone().into()],
    )
    .await?;
    // Entered today, so it says when it was added rather than a time.
    app.wait_text("#day-wins .win-time.added-later", "added")
        .await?;
    app.screenshot("earlier-day-chronicle").await?;

    // The Wins page: the walk moved two days further back.
    app.click("nav a[data-view='wins']").await?;
    app.wait_text("#view-wins", "Evening walk by the river")
        .await?;
    app.click(&format!(
        "section[data-day='{three_ago}'] .win button[aria-label^='Edit']"
    ))
    .await?;
    app.find(".edit-win-day").await?;
    app.exec::<Value>(
        "const f = document.querySelector('.edit-win-day'); f.value = arguments[0]; return null;",
        vec![five_ago.clone().into()],
    )
    .await?;
    app.screenshot("earlier-day-edit").await?;
    app.click(".edit-win button[type='submit']").await?;
    app.wait_text(
        &format!("section[data-day='{five_ago}']"),
        "Evening walk by the river",
    )
    .await?;

    // A day still to come is refused, and the win stays where it was.
    let tomorrow = days_ago(&app, -1).await?;
    app.click(&format!(
        "section[data-day='{five_ago}'] .win button[aria-label^='Edit']"
    ))
    .await?;
    app.exec::<Value>(
        "const f = document.querySelector('.edit-win-day'); f.removeAttribute('max'); f.value = arguments[0]; return null;",
        vec![tomorrow.into()],
    )
    .await?;
    app.click(".edit-win button[type='submit']").await?;
    app.wait_text("#notice", "a day that hasn’t come yet")
        .await?;
    app.close().await?;

    assert_eq!(
        wins_by_day(&data)?,
        [
            ("Evening walk by the river".to_owned(), five_ago),
            ("Stretch for one minute".to_owned(), yesterday),
        ]
    );
    Ok(())
}
