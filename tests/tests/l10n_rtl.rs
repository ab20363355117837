//! Right to left: under the `ar-XB` pseudo-locale the window runs
//! `<html dir="rtl">` and its layout mirrors (the nav starts at the right,
//! the brand sits at the right edge, labels and fields align right, a goal's
//! colour bar is on the right, the notice floats in the bottom-left corner,
//! the quick window's goal arrow turns); in English it all reads left to
//! right again. The styles use logical sides only (`ui/styles.css`), so
//! these checks measure where things land, not which rules exist.
//!
//! Screenshots: `l10n-rtl-{today,chronicle,goals,settings,quick}` and the
//! same views in English as `l10n-ltr-*`, in `target/e2e-screenshots/`.

use std::time::{Duration, Instant};

use cairn_e2e::desktop::TrayHost;
use cairn_e2e::*;
use serde_json::{json, Value};

const GOAL: &str = "5e7a0c1d-0000-4000-8000-000000000001";
const STEP: &str = "5e7a0c1d-0000-4000-8000-000000000011";
const SECOND: Duration = Duration::from_secs(1);

/// A goal with one daily step still open today, three wins today under
/// the goal and some older ones, so Today, the Chronicle and the goal's
/// page all have something to lay out.
async fn seeded(data: &DataDir) -> Result<()> {
    App::launch(data).await?.close().await?;
    let db = data.open_db()?;
    db.execute_batch(&format!(
        "INSERT INTO goals (id, title, colour, position, created_at, updated_at)
         VALUES ('{GOAL}', 'Submit the thesis', '#4f7ca8', 0, 0, 0);
         INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, position, created_at, updated_at)
         VALUES ('{STEP}', '{GOAL}', 'Write one paragraph', 'daily', 0, 0, 0, 0);"
    ))?;
    let wins: [(i64, &str, bool); 6] = [
        (0, "Read two pages", true),
        (0, "Answered the email I was avoiding", true),
        (0, "Stretched", false),
        (1, "Outlined the chapter", true),
        (3, "Walked to the library", false),
        (9, "Sorted my notes", true),
    ];
    for (n, (ago, text, goal)) in wins.into_iter().enumerate() {
        db.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at)
             VALUES (printf('5e7a0c1d-0000-4000-a000-%012d', ?1), ?2, '',
                     CAST(strftime('%s', 'now', ?3) AS INTEGER) * 1000 - ?1,
                     date('now', 'localtime', ?3), ?4, NULL, 'window', 0)",
            rusqlite::params![n as i64, text, format!("-{ago} days"), goal.then_some(GOAL)],
        )?;
    }
    Ok(())
}

/// Opens `view` from the nav and waits until it has rendered.
async fn open(app: &App, view: &str) -> Result<()> {
    app.click(&format!("nav a[data-view='{view}']")).await?;
    app.wait_js(
        "const v = document.getElementById('view-' + arguments[0]);
         return v && !v.hidden && v.children.length > 0 ? true : null;",
        vec![json!(view)],
    )
    .await?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    Ok(())
}

/// Where things sit on Today, measured in the page: the rectangles of
/// the nav's first and last link, the brand and the header, the log
/// label's text, the log field and its button, a win's time and text, and
/// the first next step's side borders and the notice's offsets.
const TODAY_GEOMETRY: &str = r#"
const r = (el) => { const b = el.getBoundingClientRect(); return { left: b.left, right: b.right, width: b.width }; };
const q = (css) => { const el = document.querySelector(css); if (!el) throw new Error('no ' + css); return el; };
const textBox = (el) => { const range = document.createRange(); range.selectNodeContents(el); return r(range); };
const next = getComputedStyle(q('#next-steps .goal-next'));
const notice = getComputedStyle(q('cairn-notice'));
return {
  dir: document.documentElement.dir,
  computedDir: getComputedStyle(document.body).direction,
  header: r(q('header.top')),
  brand: r(q('.brand')),
  nav: r(q('nav')),
  navFirst: r(q("nav a[data-view='today']")),
  navLast: r(q("nav a[data-view='goals']")),
  label: textBox(q('#log-form .log-label')),
  field: r(q('#win-text')),
  button: r(q('#log-button')),
  winTime: r(q('#today-wins .win .win-time')),
  winText: r(q('#today-wins .win .win-text')),
  nextBorder: { left: parseFloat(next.borderLeftWidth), right: parseFloat(next.borderRightWidth) },
  notice: { left: notice.left, right: notice.right },
  scrollX: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
};
"#;

/// Whether two x positions are within a couple of pixels.
fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 2.0
}

/// A JSON array of numbers (JS sends 5, not 5.0).
fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_f64().unwrap_or(f64::NAN)).collect())
        .unwrap_or_default()
}

fn num(v: &Value, path: &[&str]) -> f64 {
    let mut v = v;
    for key in path {
        v = &v[*key];
    }
    v.as_f64()
        .unwrap_or_else(|| panic!("{path:?} is not a number in {v}"))
}

/// Checks Today's layout for `rtl` (mirrored) or not.
async fn check_today(app: &App, rtl: bool) -> Result<()> {
    app.find("#today-wins .win").await?;
    app.find("#next-steps .goal-next").await?;
    let g: Value = app.exec(TODAY_GEOMETRY, vec![]).await?;
    let side = if rtl { "rtl" } else { "ltr" };
    assert_eq!(g["dir"], side, "<html dir>: {g}");
    assert_eq!(g["computedDir"], side, "the body's direction: {g}");
    let n = |path: &[&str]| num(&g, path);

    // The nav starts at the reading side: its first link is right of the
    // next one in RTL, left of it in LTR (longer words may wrap the nav
    // onto a second row, so the last link is no guide).
    if rtl {
        assert!(
            n(&["navFirst", "left"]) > n(&["navLast", "right"]),
            "the nav's first link is not right of the next: {g}"
        );
    } else {
        assert!(
            n(&["navFirst", "right"]) < n(&["navLast", "left"]),
            "the nav's first link is not left of its last: {g}"
        );
    }

    // The brand sits at the header's start edge (28px in) and the nav
    // follows it towards the end.
    if rtl {
        assert!(
            near(n(&["header", "right"]) - n(&["brand", "right"]), 28.0),
            "the brand is not at the header's right edge: {g}"
        );
        assert!(
            n(&["nav", "right"]) < n(&["brand", "left"]),
            "the nav does not follow the brand leftwards: {g}"
        );
    } else {
        assert!(
            near(n(&["brand", "left"]) - n(&["header", "left"]), 28.0),
            "the brand is not at the header's left edge: {g}"
        );
        assert!(
            n(&["nav", "left"]) > n(&["brand", "right"]),
            "the nav does not follow the brand rightwards: {g}"
        );
    }

    // "Log a win": the label's words start where the field starts, and
    // the field comes before its button.
    if rtl {
        assert!(
            near(n(&["label", "right"]), n(&["field", "right"])),
            "the label's text does not align right with the field: {g}"
        );
        assert!(
            n(&["label", "left"]) > n(&["field", "left"]) + 20.0,
            "the label's text is not at the right: {g}"
        );
        assert!(
            n(&["button", "right"]) <= n(&["field", "left"]),
            "the Log button is not left of the field: {g}"
        );
    } else {
        assert!(
            near(n(&["label", "left"]), n(&["field", "left"])),
            "the label's text does not align left with the field: {g}"
        );
        assert!(
            n(&["button", "left"]) >= n(&["field", "right"]),
            "the Log button is not right of the field: {g}"
        );
    }

    // A win's time comes first, then its words.
    if rtl {
        assert!(
            n(&["winTime", "left"]) > n(&["winText", "left"]),
            "a win's time is not right of its text: {g}"
        );
    } else {
        assert!(
            n(&["winTime", "right"]) < n(&["winText", "right"]),
            "a win's time is not left of its text: {g}"
        );
    }

    // A next step's goal colour bar is on the start side.
    let (start, end) = if rtl {
        (n(&["nextBorder", "right"]), n(&["nextBorder", "left"]))
    } else {
        (n(&["nextBorder", "left"]), n(&["nextBorder", "right"]))
    };
    assert!(
        near(start, 5.0) && near(end, 1.0),
        "the goal's bar is not on the start side: {g}"
    );

    // The notice floats in the bottom corner at the end side.
    let (at, free) = if rtl {
        (&g["notice"]["left"], &g["notice"]["right"])
    } else {
        (&g["notice"]["right"], &g["notice"]["left"])
    };
    assert_eq!(at, "20px", "the notice's corner: {g}");
    assert_ne!(free, "20px", "the notice's corner: {g}");

    assert!(n(&["scrollX"]) <= 0.5, "the page scrolls sideways: {g}");
    Ok(())
}

/// A goal's page: the title's colour bar is on the start side.
async fn check_goal_page(app: &App, rtl: bool) -> Result<()> {
    app.click("#view-goals .goal-open").await?;
    app.find("#goal-heading").await?;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let bar: Value = app
        .exec(
            "const s = getComputedStyle(document.getElementById('goal-heading'));
             return [parseFloat(s.borderLeftWidth), parseFloat(s.borderRightWidth),
                     parseFloat(s.paddingLeft), parseFloat(s.paddingRight)];",
            vec![],
        )
        .await?;
    let expected = if rtl {
        [0.0, 5.0, 0.0, 10.0]
    } else {
        [5.0, 0.0, 10.0, 0.0]
    };
    assert_eq!(
        floats(&bar),
        expected,
        "the goal title's bar and padding: {bar}"
    );
    Ok(())
}

/// The Chronicle: the momentum card's colour bar on the start side, and
/// where the heatmap puts today (reported, not asserted: the SVG's drawing
/// is the heatmap code's).
async fn check_chronicle(app: &App, rtl: bool) -> Result<()> {
    app.find("#heatmap-svg").await?;
    app.find(".momentum").await?;
    let g: Value = app
        .exec(
            "const s = getComputedStyle(document.querySelector('.momentum'));
             const svg = document.getElementById('heatmap-svg').getBoundingClientRect();
             const cells = [...document.querySelectorAll('#heatmap-svg rect[data-date]')];
             const last = cells.reduce((a, c) => (c.dataset.date > a.dataset.date ? c : a), cells[0]);
             const box = last.getBoundingClientRect();
             return { bar: [parseFloat(s.borderLeftWidth), parseFloat(s.borderRightWidth)],
                      todayFromLeft: (box.left - svg.left) / svg.width };",
            vec![],
        )
        .await?;
    let expected = if rtl { [1.0, 5.0] } else { [5.0, 1.0] };
    assert_eq!(floats(&g["bar"]), expected, "the momentum card's bar: {g}");
    eprintln!(
        "heatmap ({}): today's cell sits at {:.0}% from the grid's left",
        if rtl { "rtl" } else { "ltr" },
        num(&g, &["todayFromLeft"]) * 100.0
    );
    Ok(())
}

/// Walks the views for one language, with screenshots named `prefix-*`.
async fn walk(app: &App, rtl: bool, prefix: &str) -> Result<()> {
    check_today(app, rtl).await?;
    app.screenshot(&format!("{prefix}-today")).await?;

    open(app, "chronicle").await?;
    check_chronicle(app, rtl).await?;
    app.screenshot(&format!("{prefix}-chronicle")).await?;

    open(app, "goals").await?;
    app.screenshot(&format!("{prefix}-goals-list")).await?;
    check_goal_page(app, rtl).await?;
    app.screenshot(&format!("{prefix}-goals")).await?;

    open(app, "settings").await?;
    let sideways: f64 = app
        .exec(
            "const s = document.scrollingElement; return s.scrollWidth - s.clientWidth;",
            vec![],
        )
        .await?;
    assert!(sideways <= 0.5, "Settings scrolls sideways by {sideways}px");
    app.screenshot(&format!("{prefix}-settings")).await?;
    Ok(())
}

/// Shows the quick window with a left click on the tray icon (the menu's
/// labels change with the language; the icon does not) and switches
/// WebDriver to it.
async fn open_quick(app: &App, host: &std::sync::Arc<TrayHost>) -> Result<()> {
    let h = host.clone();
    blocking(move || h.wait_for_item(10 * SECOND)?.activate()).await?;
    let start = Instant::now();
    while app.client().windows().await?.len() < 2 {
        if start.elapsed() > 10 * SECOND {
            return Err("the quick window did not open".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.switch_to_other_window().await?;
    app.find("#quick-text").await?;
    tokio::time::sleep(Duration::from_millis(400)).await;
    Ok(())
}

/// The quick window with a goal chosen: the goal pill comes first at the
/// reading side, then the field; the key hint sits at the end side; the
/// pill's arrow points towards the goal's name.
async fn check_quick(app: &App, rtl: bool, shot: &str) -> Result<()> {
    app.type_keys("#quick-text", "Tidied the desk #subm")
        .await?;
    app.wait_text("#quick-goals", "Submit the thesis").await?;
    app.screenshot(&format!("{shot}-completions")).await?;
    app.press_enter("#quick-text").await?;
    app.wait_text("#quick-goal", "Submit the thesis").await?;
    let g: Value = app
        .exec(
            "const r = (el) => el.getBoundingClientRect();
             const text = (el) => { const range = document.createRange(); range.selectNodeContents(el); return range.getBoundingClientRect(); };
             const field = document.querySelector('.quick-field');
             const input = r(document.getElementById('quick-text'));
             const pill = document.getElementById('quick-goal');
             const arrow = pill.querySelector('span[aria-hidden=\"true\"]');
             const keys = document.querySelector('.quick-keys');
             return { dir: document.documentElement.dir,
                      field: [r(field).left, r(field).right],
                      input: [input.left, input.right],
                      pill: [r(pill).left, r(pill).right],
                      arrowTransform: getComputedStyle(arrow).transform,
                      keys: [r(keys).left, r(keys).right],
                      keysText: [text(keys).left, text(keys).right] };",
            vec![],
        )
        .await?;
    assert_eq!(g["dir"], if rtl { "rtl" } else { "ltr" }, "{g}");
    let x = |k: &str, i: usize| g[k][i].as_f64().unwrap_or(f64::NAN);
    if rtl {
        assert!(
            x("pill", 0) >= x("input", 1) - 0.5,
            "the goal pill is not right of the field: {g}"
        );
        assert!(
            near(x("keysText", 0), x("keys", 0)),
            "the key hint is not at the left (the end side): {g}"
        );
        assert!(
            g["arrowTransform"]
                .as_str()
                .is_some_and(|t| t.starts_with("matrix(-1")),
            "the goal pill's arrow does not turn: {g}"
        );
    } else {
        assert!(
            x("pill", 1) <= x("input", 0) + 0.5,
            "the goal pill is not left of the field: {g}"
        );
        assert!(
            near(x("keysText", 1), x("keys", 1)),
            "the key hint is not at the right (the end side): {g}"
        );
        assert_eq!(
            g["arrowTransform"], "none",
            "the goal pill's arrow turned: {g}"
        );
    }
    app.screenshot(shot).await?;
    Ok(())
}

#[tokio::test]
async fn the_window_mirrors_right_to_left() -> Result<()> {
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("CAIRN_LANG", "ar-XB")]).await?;
    walk(&app, true, "l10n-rtl").await?;
    open_quick(&app, &host).await?;
    check_quick(&app, true, "l10n-rtl-quick").await?;
    drop(host);
    app.close().await
}

#[tokio::test]
async fn english_reads_left_to_right() -> Result<()> {
    let host = std::sync::Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("CAIRN_LANG", "en")]).await?;
    walk(&app, false, "l10n-ltr").await?;
    open_quick(&app, &host).await?;
    check_quick(&app, false, "l10n-ltr-quick").await?;
    drop(host);
    app.close().await
}
