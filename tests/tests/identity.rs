//! Issue 25, part 1, "Who I'm becoming", in the real window: a goal is
//! given an identity on its page; Today says every win for it is a vote,
//! then counts the week's votes once one is logged (and the first is
//! celebrated as a vote); the Goals list names it on the goal's card; the
//! Chronicle, filtered to that goal, shows the votes for it; a win a week
//! ago (from a terminal) is named as a vote in last week's review.

use cairn_e2e::desktop::cairn_cli;
use cairn_e2e::*;

#[tokio::test]
async fn a_goal_names_who_its_person_is_becoming_and_each_win_is_a_vote() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", "Write a thesis").await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", "Write a thesis").await?;

    // The field offers a kind example and says it is optional.
    let placeholder: String = app
        .exec(
            "return document.querySelector('#edit-goal-identity').placeholder",
            vec![],
        )
        .await?;
    assert_eq!(placeholder, "e.g. someone who writes");
    app.fill("#edit-goal-identity", "  someone who writes ")
        .await?;
    app.click("#save-goal").await?;
    app.wait_text("#notice", "Goal saved.").await?;
    app.screenshot("identity-goal").await?;

    app.click("a.back").await?;
    app.wait_text(".goal-card", "Becoming someone who writes")
        .await?;

    app.click("nav a[data-view='today']").await?;
    app.wait_text(
        "#identities",
        "Every win for Write a thesis is a vote for “someone who writes”.",
    )
    .await?;
    let goal_id: String = app
        .exec(
            "return [...document.querySelectorAll('#win-goal option')].find((o) => o.textContent === 'Write a thesis').value",
            vec![],
        )
        .await?;
    app.fill("#win-text", "Wrote 200 words").await?;
    app.select_by_value("#win-goal", &goal_id).await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#notice", "Your first vote for “someone who writes”")
        .await?;
    app.wait_text(
        "#identities",
        "One vote for “someone who writes” this week.",
    )
    .await?;
    app.screenshot("identity-today").await?;

    // The database holds the words as written, trimmed.
    let conn = data.open_db()?;
    let stored: String = conn.query_row(
        "SELECT identity FROM goals WHERE id = ?1",
        [&goal_id],
        |r| r.get(0),
    )?;
    assert_eq!(stored, "someone who writes");

    app.click("nav a[data-view='chronicle']").await?;
    app.wait_text("#heat-title", "The year").await?;
    app.select_by_value("#chronicle-filter", &format!("goal:{goal_id}"))
        .await?;
    app.wait_text("#identity-votes", "Votes for “someone who writes”")
        .await?;
    app.wait_text("#votes-facts", "One vote so far.").await?;
    app.wait_text("#votes-facts", "First vote:").await?;
    app.screenshot("identity-chronicle").await?;

    // Last week's review names its votes: a win a week ago, logged from a
    // terminal under the goal's name.
    let week_ago: String =
        conn.query_row("SELECT date('now', 'localtime', '-7 days')", [], |r| {
            r.get(0)
        })?;
    let out = cairn_cli(
        &data,
        &[
            "log",
            "Outlined chapter one",
            "--goal",
            "Write a thesis",
            "--day",
            &week_ago,
        ],
    )?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.click("nav a[data-view='week']").await?;
    app.wait_text("#view-week .week-votes", "a vote for “someone who writes”")
        .await?;
    app.screenshot("identity-week").await?;
    app.close().await
}
