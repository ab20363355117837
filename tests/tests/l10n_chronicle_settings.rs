//! Cairn in the person's language, for the Chronicle (and its heatmap),
//! the Week, Rewards, Data, Settings and its Sync card: in the pseudo-locale
//! `en-XA` every word these pages show comes from the catalogue (wrapped in
//! ⟦…⟧); the language chosen in Settings reloads the window in it, on the
//! same page; and German and Spanish pages are photographed for a person to
//! look at (`target/e2e-screenshots/l10n-ui-b-*.png`).

use cairn_e2e::*;
use serde_json::{json, Value};

const GOAL: &str = "6f1d2c3b-0000-4000-8000-000000000001";
const STEP: &str = "6f1d2c3b-0000-4000-8000-000000000011";

/// The person's own words in the seeded data: shown as they are, in any
/// language, so the pseudo-locale check skips text made of them.
const USER_TEXT: &[&str] = &[
    "Submit the thesis",
    "Write one paragraph",
    "Paragraph",
    "Older win",
    "A walk in the park",
    "A slice of cake",
    "It went well",
];

/// A goal with a daily step, wins across four months (some on a rest
/// day), weeks from Monday, two rewards (one earned) and a weekly review.
async fn seeded(data: &DataDir) -> Result<()> {
    App::launch(data).await?.close().await?;
    let db = data.open_db()?;
    db.execute_batch(&format!(
        "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
         VALUES ('{GOAL}', 'Submit the thesis', '#4f7ca8', 0, 0, 0);
         INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, position, created_at, updated_at)
         VALUES ('{STEP}', '{GOAL}', 'Write one paragraph', 'daily', 0, 0, 0, 0);
         INSERT OR REPLACE INTO settings (key, value) VALUES ('week_start', '1');
         INSERT OR REPLACE INTO settings (key, value) VALUES ('review_nudge', 'off');
         INSERT INTO rest_days (id, local_date, step_id, reason, created_at)
         VALUES ('6f1d2c3b-0000-4000-b000-000000000001', date('now', 'localtime', '-3 days'), NULL, 'sick', 0);
         INSERT INTO rewards (id, text, moment, goal_id, count, earned_at, enjoyed_at, created_at, updated_at)
         VALUES ('6f1d2c3b-0000-4000-c000-000000000001', 'A walk in the park', 'wins', NULL, 10,
                 CAST(strftime('%s', 'now') AS INTEGER) * 1000, NULL, 0, 0),
                ('6f1d2c3b-0000-4000-c000-000000000002', 'A slice of cake', 'wins', NULL, 500, NULL, NULL, 0, 0);"
    ))?;
    let mut n = 0;
    let mut insert = |ago: i64, text: &str| -> Result<()> {
        n += 1;
        db.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at)
             VALUES (printf('6f1d2c3b-0000-4000-a000-%012d', ?1), ?2, '',
                     CAST(strftime('%s', 'now', ?3) AS INTEGER) * 1000 - ?1,
                     date('now', 'localtime', ?3), ?4, ?5, ?6, 0)",
            rusqlite::params![
                n,
                text,
                format!("-{ago} days"),
                GOAL,
                STEP,
                if n % 3 == 0 { "tray" } else { "window" }
            ],
        )?;
        Ok(())
    };
    for ago in [0, 1, 2, 4, 5, 8, 9, 10, 12] {
        for i in 0..(1 + ago % 3) {
            insert(ago, &format!("Paragraph {i} of day -{ago}"))?;
        }
    }
    for i in 0..40 {
        insert(20 + i * 3, &format!("Older win {i}"))?;
    }
    Ok(())
}

/// Elements whose words come from elsewhere: dom.js's helpers (formatDay,
/// cadenceText), the win rows of cairn-today.js, and the backend's own
/// sentences (milestones, the week's headline, a reward's moment, how the
/// shortcut and notifications work). Once those speak the catalogue too,
/// this list can shrink to nothing.
const ELSEWHERE: &str = ".day-head, #day-title, .win-time, .milestone, .momentum-head .meta, \
    .week-headline, .enjoy-body .meta, #shortcut-via, #notify-state";

/// The visible text of `root` that does not come from the catalogue:
/// text nodes with a letter and no ⟦, outside the person's own words and
/// the terminal examples (commands stay as they are).
const UNMARKED: &str = r##"
const root = document.querySelector(arguments[0]);
const user = arguments[1];
const left = [];
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  if (!/\p{L}/u.test(text) || text.includes("⟦")) continue;
  const el = node.parentElement;
  if (!el || el.closest("code, [hidden]")) continue;
  // Words other parts write (dom.js's dates and rhythms, a win's row, the
  // backend's sentences), checked where those are made.
  if (el.closest(arguments[2])) continue;
  // Each language is named in its own words, not in the page's.
  if (el.matches("#language option:not([value='system'])")) continue;
  // A chart's text and a list's options count as shown with their chart or list.
  const shown = el.closest("svg, select") ?? el;
  if (shown.getClientRects().length === 0) continue;
  if (user.some((u) => text.includes(u))) continue;
  left.push(text);
}
for (const el of root.querySelectorAll("[aria-label], [placeholder], [title]")) {
  for (const attr of ["aria-label", "placeholder", "title"]) {
    const v = el.getAttribute(attr);
    if (v && /\p{L}/u.test(v) && !v.includes("⟦") && !user.some((u) => v.includes(u))) left.push(`${attr}=${v}`);
  }
}
return left;
"##;

async fn unmarked(app: &App, root: &str) -> Result<Vec<String>> {
    app.exec(
        UNMARKED,
        vec![json!(root), json!(USER_TEXT), json!(ELSEWHERE)],
    )
    .await
}

async fn open(app: &App, view: &str, ready: &str) -> Result<()> {
    app.click(&format!("nav a[data-view='{view}']")).await?;
    app.find(&format!("#view-{view}:not([hidden]) {ready}"))
        .await?;
    Ok(())
}

#[tokio::test]
async fn every_word_of_these_pages_comes_from_the_catalogue() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("CAIRN_LANG", "en-XA")]).await?;
    let mut report: Vec<(String, Vec<String>)> = Vec::new();
    for (view, ready) in [
        ("chronicle", "#heatmap-svg"),
        ("week", ".week-draft"),
        ("rewards", "#rewards-waiting li"),
        ("data", "#backups-title"),
        ("settings", "#language option"),
    ] {
        open(&app, view, ready).await?;
        app.screenshot(&format!("l10n-ui-b-{view}-en-XA")).await?;
        report.push((
            view.to_owned(),
            unmarked(&app, &format!("#view-{view}")).await?,
        ));
    }
    // The chosen day's panel and the heatmap's tooltip.
    open(&app, "chronicle", "#heatmap-svg").await?;
    app.click("#heatmap-svg rect[data-count='3']").await?;
    app.find("#chronicle-day:not([hidden]) #rest-form").await?;
    app.screenshot("l10n-ui-b-chronicle-day-en-XA").await?;
    report.push((
        "chronicle-day".into(),
        unmarked(&app, "#chronicle-day").await?,
    ));
    let labels: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('#heatmap-svg rect')].slice(-20).map((r) => r.getAttribute('aria-label'))",
            vec![],
        )
        .await?;
    assert!(
        labels.iter().all(|l| l.starts_with('⟦')),
        "every heatmap cell is labelled from the catalogue: {labels:?}"
    );
    let bare: Vec<_> = report.iter().filter(|(_, left)| !left.is_empty()).collect();
    app.close().await?;
    assert!(bare.is_empty(), "words not from the catalogue: {bare:#?}");
    Ok(())
}

/// The Settings page's heading, once the page shows it.
async fn settings_heading(app: &App, text: &str) -> Result<Value> {
    app.wait_js(
        "const h = document.querySelector('#view-settings:not([hidden]) h1'); \
         return h && h.textContent === arguments[0] && document.querySelector('#language option') \
           && location.hash.includes('settings');",
        vec![json!(text)],
    )
    .await
}

#[tokio::test]
async fn the_language_chosen_in_settings_reloads_the_window_in_it() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    open(&app, "settings", "#language option").await?;
    // A visible label names the field; "System" says what it gives now.
    assert_eq!(app.text("label[for='language']").await?, "Language");
    let options: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('#language option')].map((o) => o.textContent)",
            vec![],
        )
        .await?;
    assert_eq!(options[0], "System (English)", "{options:?}");
    assert!(
        options.contains(&"Deutsch".to_owned()) && options.contains(&"Español".to_owned()),
        "{options:?}"
    );

    app.select_by_value("#language", "de").await?;
    settings_heading(&app, "Einstellungen").await?;
    assert_eq!(
        app.exec::<String>("return document.documentElement.lang", vec![])
            .await?
            .get(..2),
        Some("de")
    );
    assert_eq!(
        app.exec::<String>("return document.getElementById('language').value", vec![])
            .await?,
        "de"
    );
    app.screenshot("l10n-ui-b-settings-de").await?;

    app.select_by_value("#language", "es").await?;
    settings_heading(&app, "Ajustes").await?;
    app.screenshot("l10n-ui-b-settings-es").await?;

    app.select_by_value("#language", "system").await?;
    settings_heading(&app, "Settings").await?;
    app.close().await?;
    Ok(())
}

#[tokio::test]
async fn german_chronicle_and_spanish_week_are_photographed() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("CAIRN_LANG", "de")]).await?;
    open(&app, "chronicle", "#heatmap-svg").await?;
    app.wait_text("#view-chronicle h1", "Chronik").await?;
    // Weeks from Monday: the rows' labels name Tuesday, Thursday, Saturday.
    let days: Vec<String> = app
        .exec(
            "return [...document.querySelectorAll('#heatmap-svg g[aria-hidden] text')].map((t) => t.textContent).slice(-3)",
            vec![],
        )
        .await?;
    assert!(
        days.len() == 3
            && ["Di", "Do", "Sa"]
                .iter()
                .zip(&days)
                .all(|(want, got)| got.starts_with(want)),
        "German weekday names, Monday first: {days:?}"
    );
    app.screenshot("l10n-ui-b-chronicle-de").await?;
    open(&app, "settings", "#language option").await?;
    app.screenshot("l10n-ui-b-settings-forced-de").await?;
    assert!(
        !app.text("#language-forced").await?.is_empty(),
        "CAIRN_LANG decides: the note says so"
    );
    app.close().await?;

    let app = App::launch_with(&data, &[("CAIRN_LANG", "es")]).await?;
    open(&app, "week", ".week-draft").await?;
    app.wait_text("#week-draft-title", "Lo que trae la semana")
        .await?;
    app.screenshot("l10n-ui-b-week-es").await?;
    open(&app, "rewards", "#rewards-waiting li").await?;
    app.screenshot("l10n-ui-b-rewards-es").await?;
    open(&app, "data", "#backups-title").await?;
    app.screenshot("l10n-ui-b-data-es").await?;
    app.close().await?;
    Ok(())
}
