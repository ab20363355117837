//! Issue "Cairn in the person's own language": no word outside the
//! catalogue, and the window formats every message exactly as Rust does.
//!
//! The pseudo-locale `en-XA` wraps every catalogue message (and every date
//! and number the page formats) in ⟦…⟧; the data this test seeds is wrapped
//! too. So on every screen, a visible text, label or tooltip with a letter
//! or digit and no ⟦ was written outside the catalogue (commands to type,
//! in `<code>`, are the same in every language).

use std::collections::BTreeMap;

use cairn_core::i18n::{self, locale::Resolved, Language};
use cairn_e2e::*;
use serde_json::{json, Value};

const GOAL: &str = "7a1d2c3b-0000-4000-8000-000000000001";
const STEP: &str = "7a1d2c3b-0000-4000-8000-000000000011";

/// A goal with a daily step, wins today and on earlier days, all with
/// wrapped text (the person's own words pass the check like the catalogue's).
async fn seeded(data: &DataDir) -> Result<()> {
    App::launch(data).await?.close().await?;
    let db = data.open_db()?;
    db.execute_batch(&format!(
        "BEGIN;
         INSERT INTO goals (id, title, why, colour, position, created_at, updated_at)
         VALUES ('{GOAL}', '⟦Thesis⟧', '⟦To be done⟧', '#4f7ca8', 0, 0, 0);
         INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, minutes, position, created_at, updated_at)
         VALUES ('{STEP}', '{GOAL}', '⟦Write one paragraph⟧', 'daily', 0, 1, 0, 0, 0);
         COMMIT;"
    ))?;
    for (n, ago) in [0, 0, 1, 3, 9, 40, 41, 120].into_iter().enumerate() {
        db.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, goal_id, step_id, source, updated_at)
             VALUES (printf('7a1d2c3b-0000-4000-a000-%012d', ?1), ?2, '',
                     CAST(strftime('%s', 'now', ?3) AS INTEGER) * 1000 - ?1,
                     date('now', 'localtime', ?3), ?4, ?5, 'window', 0)",
            rusqlite::params![
                n as i64,
                format!("⟦Win {n}⟧"),
                format!("-{ago} days"),
                (n % 2 == 0).then_some(GOAL),
                (n % 2 == 0).then_some(STEP)
            ],
        )?;
    }
    Ok(())
}

/// Visible text nodes, and labels a screen reader or a tooltip shows, that
/// hold a letter or digit but no ⟦: words from outside the catalogue.
const UNWRAPPED: &str = r#"
// Commands to type (`<code>`) read the same in every language.
const shown = (el) => el && !el.closest("[hidden], template, script, style, code")
  && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
const plain = (s) => /[A-Za-z0-9]/.test(s) && !s.includes("⟦");
const out = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walk.nextNode()) {
  const text = walk.currentNode.textContent.trim();
  if (text && plain(text) && shown(walk.currentNode.parentElement)) out.push(text.slice(0, 80));
}
for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
  if (!shown(el)) continue;
  for (const a of ["aria-label", "title", "placeholder", "alt"]) {
    const v = el.getAttribute(a);
    if (v && plain(v)) out.push(`${a}="${v.slice(0, 80)}"`);
  }
}
if (plain(document.title)) out.push(`title: ${document.title}`);
return out;
"#;

#[tokio::test]
async fn every_word_on_every_screen_comes_from_the_catalogue() -> Result<()> {
    let data = DataDir::new();
    seeded(&data).await?;
    let app = App::launch_with(&data, &[("CAIRN_LANG", "en-XA")]).await?;
    assert_eq!(
        app.exec::<Vec<String>>(
            "return [document.documentElement.lang, document.documentElement.dir]",
            vec![]
        )
        .await?,
        ["en", "ltr"]
    );
    let mut found = BTreeMap::new();
    for view in [
        "today",
        "goals",
        "wins",
        "week",
        "chronicle",
        "stacks",
        "rewards",
        "data",
        "settings",
    ] {
        app.click(&format!("nav a[data-view='{view}']")).await?;
        app.wait_js(
            "return !document.getElementById(`view-${arguments[0]}`).hidden && document.body.dataset.ready",
            vec![json!(view)],
        )
        .await?;
        // The view's data arrives after it is shown.
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        app.screenshot(&format!("languages-en-XA-{view}")).await?;
        let left: Vec<String> = app.exec(UNWRAPPED, vec![]).await?;
        if !left.is_empty() {
            found.insert(view, left);
        }
    }
    // The goal's own page.
    app.click("nav a[data-view='goals']").await?;
    app.exec::<Value>(&format!("location.hash = '#goal/{GOAL}'"), vec![])
        .await?;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    app.screenshot("languages-en-XA-goal").await?;
    let left: Vec<String> = app.exec(UNWRAPPED, vec![]).await?;
    if !left.is_empty() {
        found.insert("goal", left);
    }
    app.close().await?;
    assert!(
        found.is_empty(),
        "words from outside the catalogue: {found:#?}"
    );
    Ok(())
}

/// The numeric variables of a window message (those a selector or NUMBER
/// reads) and the others.
fn variables(part: &Value, numbers: &mut Vec<String>, texts: &mut Vec<String>) {
    match part {
        Value::Array(parts) => parts.iter().for_each(|p| variables(p, numbers, texts)),
        Value::Object(o) => {
            if let Some(Value::Object(s)) = o.get("s") {
                if let Some(Value::String(name)) = s.get("$") {
                    numbers.push(name.clone());
                }
                if let Some(Value::Array(vs)) = o.get("v") {
                    for v in vs {
                        variables(&v[1], numbers, texts);
                    }
                }
            } else if let Some(Value::String(name)) = o.get("$") {
                if o.contains_key("n") {
                    numbers.push(name.clone());
                } else {
                    texts.push(name.clone());
                }
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn the_window_formats_every_message_as_rust_does() -> Result<()> {
    let data = DataDir::new();
    for lang in ["en", "de", "es"] {
        let app = App::launch_with(&data, &[("CAIRN_LANG", lang)]).await?;
        let language = Language::get(&Resolved::from_tag(lang));
        let (messages, errors) = i18n::window::messages(&language);
        assert!(errors.is_empty(), "{lang}: {errors:?}");
        let mut cases = vec![];
        let mut rust = vec![];
        // The window is handed its own messages; Rust formats the rest.
        let window = i18n::window::ids();
        for (id, message) in &messages {
            if !window.contains(id.split('.').next().unwrap_or(id)) {
                continue;
            }
            let (mut numbers, mut texts) = (vec![], vec![]);
            variables(message, &mut numbers, &mut texts);
            for n in [0.0, 1.0, 2.0, 5.0, 1234.0] {
                let mut args = serde_json::Map::new();
                let mut rust_args: Vec<(&str, i18n::Arg)> = vec![];
                for name in &numbers {
                    args.insert(name.clone(), json!(n));
                    rust_args.push((name, i18n::Arg::Number(n)));
                }
                for name in texts.iter().filter(|t| !numbers.contains(t)) {
                    args.insert(name.clone(), json!("Ada"));
                    rust_args.push((name, "Ada".into()));
                }
                cases.push(json!([id, args]));
                rust.push(language.format(id, &rust_args));
                if numbers.is_empty() {
                    break;
                }
            }
        }
        // What handing the catalogue over costs: its size, and the round
        // trip of `language` (made once per language, then passed through).
        let cost: Vec<f64> = app
            .exec(
                "return import('./api.js').then(async ({ api }) => {
                   const times = [];
                   let size = 0;
                   for (let i = 0; i < 7; i++) {
                     const t0 = performance.now();
                     size = JSON.stringify(await api.language()).length;
                     times.push(performance.now() - t0);
                   }
                   times.sort((a, b) => a - b);
                   return [size, times[3]];
                 })",
                vec![],
            )
            .await?;
        println!(
            "{lang}: the window's catalogue is {:.0} KB; `language` answers in {:.1} ms (median of 7)",
            cost[0] / 1024.0,
            cost[1]
        );
        let window: Vec<String> = app
            .exec(
                "return import('./i18n.js').then((m) => arguments[0].map(([id, args]) => m.t(id, args)))",
                vec![json!(cases)],
            )
            .await?;
        app.close().await?;
        let differ: Vec<_> = cases
            .iter()
            .zip(rust.iter().zip(window.iter()))
            .filter(|(_, (r, w))| r != w)
            .map(|(c, (r, w))| format!("{c}: Rust {r:?}, window {w:?}"))
            .collect();
        assert!(
            differ.is_empty(),
            "{lang}: {} of {} differ:\n{}",
            differ.len(),
            cases.len(),
            differ.join("\n")
        );
    }
    Ok(())
}

/// The page's weeks (the Week view, the heatmap's rows, Settings) start on
/// the day the core's do (the week's review, the nudge): the page is handed
/// the core's answer with its words, rather than asking the browser's own
/// week table, whose data need not match the core's.
#[tokio::test]
async fn the_window_starts_weeks_where_the_core_does() -> Result<()> {
    use cairn_core::i18n::locale::first_weekday;
    let data = DataDir::new();
    for (tag, day) in [
        ("en_US", "Sunday"),
        ("en", "Monday"),
        ("en_GB", "Monday"),
        ("es_MX", "domingo"),
        ("de_DE", "Montag"),
    ] {
        let app = App::launch_with(&data, &[("CAIRN_LANG", tag)]).await?;
        let core =
            first_weekday(Language::get(&Resolved::from_tag(tag)).locale()).number_from_monday();
        let page: u32 = app
            .exec(
                "return import('./dates.js').then((m) => m.localeWeekStart())",
                vec![],
            )
            .await?;
        assert_eq!(
            page, core,
            "{tag}: the page's week starts where the core's does"
        );
        // Settings names it: "As the language has it (Sunday)".
        app.click("nav a[data-view='settings']").await?;
        let said: Value = app
            .wait_js(
                "const o = document.querySelector('#week-start option[value=\"0\"]');
                 return o && o.textContent;",
                vec![],
            )
            .await?;
        let said = said.as_str().unwrap_or_default();
        assert!(
            said.contains(day),
            "{tag}: Settings says {said:?}, not {day}"
        );
        app.close().await?;
    }
    Ok(())
}
