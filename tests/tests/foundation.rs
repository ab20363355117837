//! Issue "Cairn foundation": goals, micro-steps and wins in the real window.
//! Each test starts the real app on its own data folder and drives it as a
//! person would: clicks, typing, Enter, and a restart.

use cairn_e2e::*;

/// Creates a goal with the given steps through the Goals page and returns
/// to Today.
async fn create_goal_with_steps(app: &App, goal: &str, steps: &[&str]) -> Result<()> {
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", goal).await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", goal).await?;
    for step in steps {
        app.fill("#add-step .step-title-input", step).await?;
        app.press_enter("#add-step .step-title-input").await?;
        app.wait_text("#steps", step).await?;
    }
    Ok(())
}

#[tokio::test]
async fn goal_with_two_steps_tick_free_win_and_restart() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.wait_text("#next-steps", "Start with one big goal")
        .await?;

    create_goal_with_steps(
        &app,
        "Submit the thesis by June",
        &["Write one paragraph", "Read one abstract"],
    )
    .await?;
    assert_eq!(app.count("#steps .step").await?, 2);
    app.fill("#edit-goal-why", "To finish what I started")
        .await?;
    app.fill("#edit-goal-success", "The PDF is with the committee")
        .await?;
    app.click("#save-goal").await?;
    app.wait_text("#celebration", "Goal saved").await?;
    app.screenshot("goal").await?;

    // Today shows the first step as the smallest next step; tick it.
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#next-steps", "Write one paragraph").await?;
    app.click("#next-steps .tick").await?;
    app.wait_text("#today-wins", "Write one paragraph").await?;
    app.wait_text("#celebration", "First win today").await?;
    // The next step moves up.
    app.wait_text("#next-steps", "Read one abstract").await?;

    // A free win, logged with Enter.
    app.fill("#win-text", "Walked to the library").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Walked to the library")
        .await?;
    app.wait_text("#win-count", "2 wins today").await?;
    app.screenshot("today").await?;

    // Issue 11, item 1: Today's goal picker lists the goals, and a win
    // typed on Today is filed under the one picked.
    let goal_id: String = data
        .open_db()?
        .query_row("SELECT id FROM goals", [], |r| r.get(0))?;
    assert_eq!(app.count("#win-goal option").await?, 2);
    app.select_by_value("#win-goal", &goal_id).await?;
    app.fill("#win-text", "Outlined chapter two").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Outlined chapter two").await?;
    let filed: Option<String> = data.open_db()?.query_row(
        "SELECT goal_id FROM wins WHERE text = 'Outlined chapter two'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(filed.as_deref(), Some(goal_id.as_str()));
    app.close().await?;

    // Everything is there after a restart.
    let app = App::launch(&data).await?;
    app.wait_text("#today-wins", "Walked to the library")
        .await?;
    app.wait_text("#today-wins", "Write one paragraph").await?;
    app.wait_text("#next-steps", "Read one abstract").await?;
    app.click("nav a[data-view='goals']").await?;
    app.click(".goal-open").await?;
    app.wait_text("#goal-heading", "Submit the thesis by June")
        .await?;
    let why: serde_json::Value = app
        .exec(
            "return document.getElementById('edit-goal-why').value",
            vec![],
        )
        .await?;
    assert_eq!(why, "To finish what I started");
    app.close().await
}

#[tokio::test]
async fn edit_a_win_then_delete_and_undo() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.fill("#win-text", "Stretched").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Stretched").await?;

    app.click("nav a[data-view='wins']").await?;
    app.wait_text("#win-days", "Stretched").await?;
    app.click("#win-days .win button[aria-label^='Edit']")
        .await?;
    app.fill("#win-days .edit-win-text", "Stretched for one minute")
        .await?;
    app.fill("#win-days .edit-win-note", "Felt good").await?;
    app.press_enter("#win-days .edit-win-text").await?;
    app.wait_text("#win-days", "Stretched for one minute")
        .await?;
    app.wait_text("#win-days", "Felt good").await?;
    app.screenshot("wins").await?;

    app.click("#win-days .win button[aria-label^='Delete']")
        .await?;
    app.wait_count("#win-days .win", 0).await?;
    app.wait_text("#toast", "Win deleted").await?;
    app.click("#toast-action").await?;
    app.wait_text("#win-days", "Stretched for one minute")
        .await?;
    app.close().await?;

    // The undone deletion survives a restart.
    let app = App::launch(&data).await?;
    app.wait_text("#today-wins", "Stretched for one minute")
        .await?;
    app.close().await
}

#[tokio::test]
async fn bad_input_in_every_form_shows_a_sentence_and_changes_nothing() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;

    // Log form: only spaces.
    app.fill("#win-text", "    ").await?;
    app.press_enter("#win-text").await?;
    // Refused beside the field, before the backend is asked (issue 11).
    app.wait_text(".field-refusal", "Write what you did in a few words")
        .await?;
    app.screenshot("bad-input").await?;
    assert_eq!(app.count("#today-wins .win").await?, 0);

    // New goal form.
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", "   ").await?;
    app.press_enter("#goal-title").await?;
    app.wait_text(
        "#view-goals .field-refusal",
        "Write the goal in a few words",
    )
    .await?;
    assert_eq!(app.count(".goal-card").await?, 0);

    // Goal details form.
    create_goal_with_steps(&app, "Run a 5k", &[]).await?;
    app.fill("#edit-goal-title", "  ").await?;
    app.click("#save-goal").await?;
    app.wait_text("#view-goals .field-refusal", "A goal needs a few words")
        .await?;

    // Step form: weekdays with no day chosen.
    app.fill("#add-step .step-title-input", "Jog one minute")
        .await?;
    app.select_by_value("#add-step .step-cadence", "weekdays")
        .await?;
    for day in 0..5 {
        app.set_checked(&format!("#add-step .weekday[value='{day}']"), false)
            .await?;
    }
    app.click("#add-step button[type='submit']").await?;
    app.wait_text("#add-step .field-refusal", "Choose at least one day")
        .await?;
    assert_eq!(app.count("#steps .step").await?, 0);

    // Win edit form.
    app.click("nav a[data-view='today']").await?;
    app.fill("#win-text", "Tied my shoes").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Tied my shoes").await?;
    app.click("nav a[data-view='wins']").await?;
    app.click("#win-days .win button[aria-label^='Edit']")
        .await?;
    app.fill("#win-days .edit-win-text", " ").await?;
    app.press_enter("#win-days .edit-win-text").await?;
    app.wait_text("#view-wins .field-refusal", "A win needs a few words")
        .await?;
    app.close().await?;

    // Nothing bad was written: the goal keeps its title, the win its text.
    let app = App::launch(&data).await?;
    app.wait_text("#today-wins", "Tied my shoes").await?;
    app.wait_text("#next-steps", "Run a 5k").await?;
    app.close().await
}

#[tokio::test]
async fn user_text_that_looks_like_html_shows_as_text() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    let hostile = "<img src=x onerror=alert(1)>";
    app.fill("#win-text", hostile).await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", hostile).await?;
    assert_eq!(app.count("#today-wins img").await?, 0);
    create_goal_with_steps(&app, hostile, &[hostile]).await?;
    assert_eq!(app.count("main img").await?, 0);
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#next-steps", hostile).await?;
    assert_eq!(app.count("main img").await?, 0);
    app.screenshot("xss-as-text").await?;
    app.close().await
}

#[tokio::test]
async fn a_locked_database_gets_a_sentence_and_nothing_is_written() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    // Another program holds the write lock on the database file.
    let db = rusqlite::Connection::open(data.path().join("cairn.sqlite3"))?;
    db.execute_batch("BEGIN EXCLUSIVE")?;
    app.fill("#win-text", "Written while locked").await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#error", "The database is busy").await?;
    db.execute_batch("ROLLBACK")?;
    let count: i64 = db.query_row("SELECT COUNT(*) FROM wins", [], |r| r.get(0))?;
    assert_eq!(count, 0);
    // Once the lock is gone, the same action works.
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", "Written while locked").await?;
    app.close().await
}
