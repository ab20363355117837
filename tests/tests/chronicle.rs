//! Issue 5, "The visual progress chronicle": the heatmap, a day's wins,
//! keyboard moves across the grid, rest days, the timeline's infinite
//! scroll and the picture export, on a seeded database in the real window.
//!
//! The database is made by launching the app once (which creates the
//! schema), then filled directly with SQL relative to today's local date,
//! then opened again. `CAIRN_E2E_SAVE_DIR` sends the picture to a folder
//! instead of the native save dialog, which WebDriver cannot click.

use std::time::Duration;

use cairn_e2e::*;
use fantoccini::key::Key;
use serde_json::{json, Value};

const GOAL: &str = "6f1d2c3b-0000-4000-8000-000000000001";
const STEP: &str = "6f1d2c3b-0000-4000-8000-000000000011";

/// Wins on known days (days before today, count) plus 130 older ones for
/// the timeline; returns the local dates of "days ago" 0..=30.
async fn seeded(data: &DataDir) -> Result<Vec<String>> {
    App::launch(data).await?.close().await?;
    let db = data.open_db()?;
    db.execute_batch(&format!(
        "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
         VALUES ('{GOAL}', 'Submit the thesis', '#4f7ca8', 0, 0, 0);
         INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, position, created_at, updated_at)
         VALUES ('{STEP}', '{GOAL}', 'Write one paragraph', 'daily', 0, 0, 0, 0);"
    ))?;
    let mut days = Vec::new();
    for ago in 0..=30 {
        days.push(db.query_row(
            "SELECT date('now', 'localtime', ?1)",
            [format!("-{ago} days")],
            |r| r.get::<_, String>(0),
        )?);
    }
    let mut n = 0;
    let mut insert = |ago: i64, text: &str, step: bool| -> Result<()> {
        n += 1;
        db.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at)
             VALUES (printf('6f1d2c3b-0000-4000-a000-%012d', ?1), ?2, '',
                     CAST(strftime('%s', 'now', ?3) AS INTEGER) * 1000 - ?1,
                     date('now', 'localtime', ?3), ?4, ?5, 'window', 0)",
            rusqlite::params![
                n,
                text,
                format!("-{ago} days"),
                step.then_some(GOAL),
                step.then_some(STEP)
            ],
        )?;
        Ok(())
    };
    for (ago, count) in [(0, 3), (1, 1), (10, 5)] {
        for i in 0..count {
            insert(ago, &format!("Paragraph {i} of day -{ago}"), true)?;
        }
    }
    for i in 0..130 {
        insert(40 + i / 3, &format!("Older win {i}"), false)?;
    }
    Ok(days)
}

fn cell(day: &str) -> String {
    format!("#heatmap-svg rect[data-date='{day}']")
}

async fn open_chronicle(app: &App) -> Result<()> {
    app.click("nav a[data-view='chronicle']").await?;
    app.find("#heatmap-svg").await?;
    app.wait_js(
        "return document.getElementById('view-chronicle').dataset.renderMs",
        vec![],
    )
    .await?;
    Ok(())
}

/// [count, level, class] of a day's cell.
async fn shade(app: &App, day: &str) -> Result<Value> {
    app.exec(
        "const c = document.querySelector(arguments[0]); return c && [Number(c.dataset.count), Number(c.dataset.level), c.getAttribute('class')]",
        vec![json!(cell(day))],
    )
    .await
}

async fn active_date(app: &App) -> Result<String> {
    let v: Value = app
        .exec("return document.activeElement.dataset.date || null", vec![])
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn heatmap_day_keyboard_rest_timeline_and_export() -> Result<()> {
    let data = DataDir::new();
    let days = seeded(&data).await?;
    let out = tempfile::tempdir()?;
    let out_path = out.path().to_string_lossy().into_owned();
    let app = App::launch_with(&data, &[("CAIRN_E2E_SAVE_DIR", &out_path)]).await?;
    open_chronicle(&app).await?;
    let render: Value = app
        .exec(
            "const d = document.getElementById('view-chronicle').dataset; return [d.scriptMs, d.renderMs]",
            vec![],
        )
        .await?;
    eprintln!("chronicle render (script, to painted frame) ms: {render}");

    // The header and the shaded cells of known days.
    app.wait_text("#stat-total", "139").await?;
    assert_eq!(shade(&app, &days[0]).await?, json!([3, 4, "cell l4"]));
    assert_eq!(shade(&app, &days[1]).await?, json!([1, 1, "cell l1"]));
    assert_eq!(shade(&app, &days[2]).await?, json!([0, 0, "cell l0"]));
    assert_eq!(shade(&app, &days[10]).await?[0], json!(5));
    assert_eq!(shade(&app, &days[10]).await?[1], json!(4));
    let shaded: usize = app
        .exec(
            "return document.querySelectorAll('#heatmap-svg rect.cell:not(.l0):not(.rest)').length",
            vec![],
        )
        .await?;
    // Three recent days plus the older wins that fall in the last year.
    assert!(shaded >= 3, "{shaded} shaded cells");

    // A click on a day lists its wins.
    app.click(&cell(&days[10])).await?;
    app.wait_count("#day-wins .win", 5).await?;
    app.wait_text("#day-wins", "Paragraph 4 of day -10").await?;

    // Keyboard: the clicked day has focus; left is a week earlier, up a day
    // earlier, and the tooltip follows with the date and the count.
    assert_eq!(active_date(&app).await?, days[10]);
    app.press(Key::Right).await?;
    assert_eq!(active_date(&app).await?, days[3]);
    app.press(Key::Up).await?;
    assert_eq!(active_date(&app).await?, days[4]);
    app.press(Key::Left).await?;
    assert_eq!(active_date(&app).await?, days[11]);
    app.press(Key::Down).await?;
    app.press(Key::Down).await?;
    assert_eq!(active_date(&app).await?, days[9]);
    app.press(Key::Up).await?;
    app.wait_text("#heat-tip", "5 wins").await?;
    // The day's wins arrive in the tooltip (read as the page renders it:
    // WebDriver's element text leaves out the clipped list items).
    app.wait_js(
        "return document.getElementById('heat-tip').innerText.includes('Paragraph 0 of day -10')",
        vec![],
    )
    .await?;
    let tabbable: usize = app
        .exec(
            "return document.querySelectorAll('#heatmap-svg rect[tabindex=\"0\"]').length",
            vec![],
        )
        .await?;
    assert_eq!(tabbable, 1, "one cell in the tab order");
    app.press(Key::Enter).await?;
    app.wait_count("#day-wins .win", 5).await?;

    // Marking a rest day changes the empty cell to a rest cell.
    app.click(&cell(&days[2])).await?;
    app.wait_text("#day-wins", "No wins that day").await?;
    app.select_by_value("#rest-reason", "sick").await?;
    app.click("#rest-submit").await?;
    app.wait_attr(&cell(&days[2]), "class", "cell rest").await?;
    app.wait_attr(&cell(&days[2]), "data-rest", "sick").await?;
    app.wait_text("#chronicle-day .rest-list", "sick day for every step")
        .await?;
    app.screenshot("chronicle-light").await?;

    // The timeline pages in more wins as it scrolls.
    app.wait_count("#timeline .win", 50).await?;
    app.exec::<Value>(
        "document.getElementById('timeline-end').scrollIntoView()",
        vec![],
    )
    .await?;
    app.wait_count("#timeline .win", 100).await?;
    app.exec::<Value>(
        "document.getElementById('timeline-end').scrollIntoView()",
        vec![],
    )
    .await?;
    app.wait_count("#timeline .win", 139).await?;
    app.wait_gone("#timeline-more").await?;
    // Search narrows it.
    app.fill("#timeline-search", "of day -10").await?;
    app.wait_count("#timeline .win", 5).await?;

    // The picture: a PNG with its signature, a header and an end.
    app.exec::<Value>("window.scrollTo(0, 0)", vec![]).await?;
    app.click("#export-png").await?;
    app.wait_text_for("#celebration", "Saved your year", Duration::from_secs(15))
        .await?;
    let png = std::fs::read(out.path().join("cairn-chronicle.png"))?;
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG signature");
    assert_eq!(&png[12..16], b"IHDR");
    let width = u32::from_be_bytes(png[16..20].try_into()?);
    let height = u32::from_be_bytes(png[20..24].try_into()?);
    assert!(width > 600 && height > 200, "{width}x{height}");
    assert!(png.ends_with(b"IEND\xaeB`\x82"), "a complete file");
    app.click("#export-svg").await?;
    app.wait_js(
        "return document.getElementById('celebration').textContent.includes('.svg')",
        vec![],
    )
    .await?;
    let svg = std::fs::read_to_string(out.path().join("cairn-chronicle.svg"))?;
    assert!(svg.starts_with("<svg") && svg.contains("My year on the cairn"));
    app.close().await
}

#[tokio::test]
async fn chronicle_in_the_dark() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("GTK_THEME", "Adwaita:dark")]).await?;
    open_chronicle(&app).await?;
    let dark: bool = app
        .exec(
            "return matchMedia('(prefers-color-scheme: dark)').matches",
            vec![],
        )
        .await?;
    eprintln!("prefers-color-scheme: dark under GTK_THEME=Adwaita:dark: {dark}");
    app.click("#heatmap-svg rect[tabindex='0']").await?;
    app.find("#chronicle-day").await?;
    app.screenshot("chronicle-dark").await?;
    app.close().await
}

/// The render time on a big database: set `CAIRN_CHRONICLE_BENCH_DB` to a
/// `cairn.sqlite3` seeded with `cargo run --release -p cairn --example seed`
/// (see bench/chronicle.sh). A benchmark: ignored by `make test`.
#[tokio::test]
#[ignore = "a benchmark: run by bench/chronicle.sh"]
async fn chronicle_render_time_on_a_big_database() -> Result<()> {
    let Some(db) = std::env::var_os("CAIRN_CHRONICLE_BENCH_DB") else {
        eprintln!("CAIRN_CHRONICLE_BENCH_DB not set: skipped");
        return Ok(());
    };
    let data = DataDir::new();
    std::fs::copy(&db, data.db_path())?;
    // A database left in WAL mode keeps recent rows in its -wal file.
    let mut wal = db.clone();
    wal.push("-wal");
    if std::path::Path::new(&wal).exists() {
        std::fs::copy(&wal, data.path().join(format!("{DB_FILE}-wal")))?;
    }
    let app = App::launch(&data)
        .await?
        .with_timeout(Duration::from_secs(30));
    let mut runs = Vec::new();
    for _ in 0..5 {
        app.exec::<Value>(
            "document.getElementById('view-chronicle').dataset.renderMs = ''; location.hash = '#today'",
            vec![],
        )
        .await?;
        app.find("#view-today").await?;
        open_chronicle(&app).await?;
        let v: Value = app
            .exec(
                "const d = document.getElementById('view-chronicle').dataset; return [Number(d.scriptMs), Number(d.renderMs)]",
                vec![],
            )
            .await?;
        runs.push(v);
    }
    eprintln!("chronicle render ms on the big database, [script, to painted frame] x5: {runs:?}");
    println!(
        "chronicle_render_ms {}",
        runs.last().map(|v| v[1].clone()).unwrap_or_default()
    );
    app.close().await
}
