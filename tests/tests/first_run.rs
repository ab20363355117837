//! Issue 25, part 2, "A first run that leads to a first win", in the real
//! window and by keyboard alone: a new data folder opens on the first run;
//! an empty "My own goal" is refused beside its field; the "Write a thesis"
//! start, its smallest step and the anchor it suggests lead to Today with
//! the step ready and focused; its ✓ (Space) is the first win and the
//! first vote, celebrated. The goal, step and stack are in the database,
//! the first run is not shown again, and Settings brings it back.
//! Screenshots: `first-run-*`.

use cairn_e2e::*;
use fantoccini::key::Key;

#[tokio::test]
async fn a_new_cairn_leads_from_who_i_am_becoming_to_a_first_win() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch_first_run(&data).await?;
    app.wait_text("#first-run-title", "Who do you want to become?")
        .await?;
    app.wait_text(".first-run-progress", "Step 1 of 3").await?;
    app.wait_focus("#first-run-title").await?;
    app.screenshot("first-run-who").await?;

    // "My own goal" with no words is refused beside its field.
    app.press(Key::Tab).await?;
    app.wait_focus("#first-run-goal-thesis").await?;
    // Down the five starts to the last choice.
    for _ in 0..5 {
        app.press(Key::Down).await?;
    }
    app.wait_focus("#first-run-goal-own:checked").await?;
    app.press(Key::Tab).await?;
    app.wait_focus("#first-run-own-goal").await?;
    app.press(Key::Enter).await?;
    app.wait_text(".field-refusal", "Name your goal").await?;
    app.wait_focus("#first-run-own-goal[aria-invalid='true']")
        .await?;

    // Back to the first start, "Write a thesis", and on.
    app.client()
        .active_element()
        .await?
        .send_keys(&format!(
            "{}{}",
            char::from(Key::Shift),
            char::from(Key::Tab)
        ))
        .await?;
    app.wait_focus("#first-run-goal-own").await?;
    for _ in 0..5 {
        app.press(Key::Up).await?;
    }
    app.wait_focus("#first-run-goal-thesis:checked").await?;
    app.press(Key::Tab).await?;
    app.wait_focus("#first-run-next").await?;
    app.press(Key::Enter).await?;

    app.wait_text("#first-run-title", "The smallest next step")
        .await?;
    app.wait_focus("#first-run-title").await?;
    app.wait_text("#view-today .choice-list", "Write one sentence")
        .await?;
    app.press(Key::Tab).await?;
    app.wait_focus("#first-run-step-1:checked").await?;
    app.press(Key::Tab).await?;
    app.wait_focus("#first-run-next").await?;
    app.press(Key::Enter).await?;

    app.wait_text("#first-run-title", "After I").await?;
    app.wait_text(
        "#first-run-sentence",
        "After I pour my morning coffee: Write one sentence.",
    )
    .await?;
    app.screenshot("first-run-anchor").await?;
    app.press(Key::Tab).await?;
    app.wait_focus("#first-run-anchor").await?;
    app.press(Key::Enter).await?;

    // Today leads with the step, its ✓ focused.
    app.wait_gone("#first-run").await?;
    app.wait_text("#notice", "“Write one sentence” is ready on Today")
        .await?;
    app.wait_text(
        "#identities",
        "Every win for Write a thesis is a vote for “someone who writes”.",
    )
    .await?;
    app.wait_focus(".goal-next .tick").await?;
    app.screenshot("first-run-ready").await?;
    app.press(Key::Space).await?;
    app.wait_text("#notice", "Your first vote for “someone who writes”")
        .await?;
    app.wait_text(
        "#identities",
        "One vote for “someone who writes” this week.",
    )
    .await?;
    app.screenshot("first-run-first-win").await?;

    let db = data.open_db()?;
    let (title, identity): (String, String) =
        db.query_row("SELECT title, identity FROM goals", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    assert_eq!(
        (title.as_str(), identity.as_str()),
        ("Write a thesis", "someone who writes")
    );
    let (step, minutes, cadence): (String, i64, String) =
        db.query_row("SELECT title, minutes, cadence_kind FROM steps", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    assert_eq!(
        (step.as_str(), minutes, cadence.as_str()),
        ("Write one sentence", 1, "daily")
    );
    let (anchor, action, times): (String, String, String) =
        db.query_row("SELECT anchor, action, times FROM habit_stacks", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    assert_eq!(anchor, "pour my morning coffee");
    assert_eq!(action, "Write one sentence");
    assert!(times.contains("08:00"), "{times}");
    let wins: i64 = db.query_row("SELECT COUNT(*) FROM wins", [], |r| r.get(0))?;
    assert_eq!(wins, 1);
    app.close().await?;

    // Done once: a second start opens on Today; Settings brings it back.
    let app = App::launch_first_run(&data).await?;
    app.find("#win-text").await?;
    assert_eq!(app.count("#first-run").await?, 0);
    app.click("nav a[data-view='settings']").await?;
    app.click("#first-run-again").await?;
    app.wait_text("#first-run-title", "Who do you want to become?")
        .await?;
    app.wait_focus("#first-run-title").await?;
    app.click("#first-run-skip").await?;
    app.wait_gone("#first-run").await?;
    app.close().await
}
