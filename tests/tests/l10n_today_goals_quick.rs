//! Cairn in the person's language, for the window's shell, Today, Goals,
//! Wins, Stacks, the quick window and the reminder window: in the
//! pseudo-locale `en-XA` every word these screens show comes from the
//! catalogue (accented, inside ⟦…⟧), and German and Spanish screenshots of
//! Today and the quick window, to look at by eye.

use std::sync::Arc;
use std::time::Duration;

use cairn_e2e::desktop::TrayHost;
use cairn_e2e::notifications::NotificationServer;
use cairn_e2e::*;
use serde_json::{json, Value};

const SECOND: Duration = Duration::from_secs(1);

/// What the person typed: the only words that may show without ⟦…⟧.
const GOAL: &str = "Thesis";
const STEP: &str = "Write one paragraph";
const WIN: &str = "Answered the email";
const ONE: &str = "Call Mum";
const ANCHOR: &str = "pour my coffee";
const ACTION: &str = "stretch";
const WIN2: &str = "Watered the plants";
const WIN3: &str = "Tidied the desk";

fn typed() -> Value {
    json!([GOAL, STEP, WIN, ONE, ANCHOR, ACTION, WIN2, WIN3])
}

/// Every visible text node, `aria-label`, `title` and `placeholder` with a
/// letter in it that does not come from the catalogue (no ⟦) and is not
/// the person's own words (`arguments[0]`). Words the backend writes are
/// other helpers' (the reminder card's title and body).
const UNMARKED: &str = r#"
const typed = arguments[0];
const own = (text) => typed.some((w) => text === w || w.includes(text) || text.includes(w) && text.replace(w, "").trim() === "");
const letters = /\p{L}/u;
// A catalogue message is wrapped (⟦…⟧) and accented; a sentence with the
// person's words in bold or a field inside comes in several text nodes, so
// a piece without the brackets still shows accented letters.
const marked = (text) => /[⟦⟧]/.test(text) || /[À-ɏ]/u.test(text);
const shown = (el) => el && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
const foreign = (el) => el.closest("cairn-reminder, .reminder-words");
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const text = n.textContent.trim();
  const el = n.parentElement;
  if (!letters.test(text) || marked(text) || own(text)) continue;
  if (!el || el.closest("script, style, datalist") || foreign(el)) continue;
  if (!shown(el) && !el.closest(".visually-hidden")) continue;
  out.push(text);
}
for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) {
  if (!shown(el) || foreign(el)) continue;
  for (const attr of ["aria-label", "title", "placeholder"]) {
    const value = (el.getAttribute(attr) ?? "").trim();
    if (letters.test(value) && !value.includes("⟦") && !own(value)) out.push(`${attr}=${value}`);
  }
}
if (!document.title.includes("⟦")) out.push(`document.title=${document.title}`);
return out;
"#;

/// Asserts that the screen shows no word outside the catalogue, and
/// saves its screenshot as `l10n-ui-a-<name>`.
async fn all_from_catalogue(app: &App, name: &str) -> Result<()> {
    app.screenshot(&format!("l10n-ui-a-{name}")).await?;
    let unmarked: Vec<String> = app.exec(UNMARKED, vec![typed()]).await?;
    assert!(
        unmarked.is_empty(),
        "{name}: words not from the catalogue: {unmarked:#?}"
    );
    Ok(())
}

/// A goal with one daily step (Goals page), a win and today's one thing
/// (Today).
async fn a_day_with_things(app: &App) -> Result<()> {
    app.goal_with_step(GOAL, STEP).await?;
    app.fill("#win-text", WIN).await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", WIN).await?;
    app.fill("#one-thing-input", ONE).await?;
    app.press_enter("#one-thing-input").await?;
    app.wait_text("#one-thing-text", ONE).await?;
    Ok(())
}

#[tokio::test]
async fn in_the_pseudo_locale_every_word_of_the_main_window_comes_from_the_catalogue() -> Result<()>
{
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_LANG", "en-XA")]).await?;
    app.find("#view-today #log-form").await?;
    all_from_catalogue(&app, "today-empty").await?;

    a_day_with_things(&app).await?;
    app.wait_js(
        "return !document.getElementById('celebration').textContent",
        vec![],
    )
    .await?;
    all_from_catalogue(&app, "today").await?;
    // A celebration, in the catalogue's words.
    app.fill("#win-text", WIN2).await?;
    app.press_enter("#win-text").await?;
    app.wait_count("#today-wins li.win", 2).await?;
    // The list is drawn by the reload the write brings; the celebration
    // follows once the write's answer is back, a moment later.
    app.wait_js(
        "return !!document.getElementById('celebration').textContent",
        vec![],
    )
    .await?;
    let said = app.text("#celebration").await?;
    assert!(said.contains('⟦'), "the celebration: {said}");

    app.click("nav a[data-view='goals']").await?;
    app.find("#new-goal").await?;
    all_from_catalogue(&app, "goals").await?;
    app.click(".goal-open").await?;
    app.wait_text("#goal-heading", GOAL).await?;
    app.select_by_value("#add-step .step-cadence", "weekdays")
        .await?;
    all_from_catalogue(&app, "goal").await?;

    app.click("nav a[data-view='wins']").await?;
    app.find("#win-days .win").await?;
    all_from_catalogue(&app, "wins").await?;

    app.click("nav a[data-view='stacks']").await?;
    app.click("#new-stack").await?;
    app.fill(".stack-form .stack-anchor", ANCHOR).await?;
    app.fill(".stack-form .stack-action", ACTION).await?;
    all_from_catalogue(&app, "stack-form").await?;
    app.click(".stack-form button[type='submit']").await?;
    app.wait_text("#stacks", ACTION).await?;
    all_from_catalogue(&app, "stacks").await?;
    app.close().await
}

#[tokio::test]
async fn in_the_pseudo_locale_the_quick_and_reminder_windows_speak_the_catalogue() -> Result<()> {
    let host = Arc::new(TrayHost::start()?);
    let _server = Arc::new(blocking(NotificationServer::start_without_actions).await?);
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_LANG", "en-XA")]).await?;
    a_day_with_things(&app).await?;

    // The tray icon's left click shows the quick window.
    let h = host.clone();
    blocking(move || h.wait_for_item(10 * SECOND)?.activate()).await?;
    let main = app.switch_to_other_window().await?;
    app.find("#quick-text").await?;
    app.wait_js(
        "return document.body.dataset.ready === '1' && !!document.querySelector('#quick-steps li')",
        vec![],
    )
    .await?;
    all_from_catalogue(&app, "quick").await?;
    app.type_keys("#quick-text", WIN3).await?;
    app.press_enter("#quick-text").await?;
    app.find("#quick-undo").await?;
    all_from_catalogue(&app, "quick-logged").await?;
    app.client().switch_to_window(main.clone()).await?;

    // A reminder due now, without notification buttons: Cairn's window.
    // Quiet hours off (Settings' words are another helper's: no English
    // sentence to wait for, the celebration says it was saved).
    // (By the address: the longer pseudo words push Settings past the
    // navigation's edge in a 960-pixel window.)
    app.exec::<Value>("location.hash = '#settings'; return null;", vec![])
        .await?;
    app.set_checked("#quiet-on", false).await?;
    app.click("#quiet-form button[type='submit']").await?;
    app.wait_js(
        "return !!document.getElementById('celebration').textContent",
        vec![],
    )
    .await?;
    let now = app.this_minute().await?;
    app.click("nav a[data-view='stacks']").await?;
    app.click("#new-stack").await?;
    app.fill(".stack-form .stack-anchor", ANCHOR).await?;
    app.fill(".stack-form .stack-action", "stretch now").await?;
    app.exec::<Value>(
        "document.querySelector('.stack-form .stack-time').value = arguments[0]; return null;",
        vec![json!(now)],
    )
    .await?;
    app.click(".stack-form button[type='submit']").await?;
    app.wait_text("#stacks", "stretch now").await?;
    let mut found = false;
    for _ in 0..30 {
        for w in app.client().windows().await? {
            app.client().switch_to_window(w).await?;
            let shown: bool = app
                .exec(
                    "const r = document.getElementById('reminder'); return !!r && !r.hidden",
                    vec![],
                )
                .await?;
            if shown {
                found = true;
                break;
            }
        }
        if found {
            break;
        }
        tokio::time::sleep(SECOND).await;
    }
    assert!(found, "no reminder window showed");
    app.screenshot("l10n-ui-a-reminder").await?;
    let texts: Vec<String> = app
        .exec(
            "return [document.querySelector('.reminder-kicker').textContent, document.title,
               document.getElementById('reminder-keys').textContent,
               ...[...document.querySelectorAll('#reminder-actions button')].map((b) => b.textContent),
               document.getElementById('reminder-close').getAttribute('aria-label')]",
            vec![],
        )
        .await?;
    for text in &texts {
        assert!(text.contains('⟦'), "reminder window: {texts:?}");
    }
    app.client().switch_to_window(main).await?;
    app.close().await
}

/// Today and the quick window in `lang`, for the eye: do the longer words
/// fit? (The assertions are the pseudo-locale's.)
/// `counts`: today's count after one win and after two, and the goal's
/// one step, as the language says them.
async fn today_and_quick_in(lang: &str, counts: [&str; 3]) -> Result<()> {
    let host = Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_LANG", lang)]).await?;
    a_day_with_things(&app).await?;
    assert_eq!(app.text("#win-count").await?, counts[0]);
    app.fill("#win-text", WIN2).await?;
    app.press_enter("#win-text").await?;
    app.wait_count("#today-wins li.win", 2).await?;
    assert_eq!(app.text("#win-count").await?, counts[1]);
    let html_lang: String = app
        .exec("return document.documentElement.lang", vec![])
        .await?;
    assert!(html_lang.starts_with(lang), "lang={html_lang}");
    app.screenshot(&format!("l10n-ui-a-today-{lang}")).await?;
    app.click("nav a[data-view='goals']").await?;
    assert_eq!(app.text(".goal-open .meta").await?, counts[2]);
    app.screenshot(&format!("l10n-ui-a-goals-{lang}")).await?;
    app.click(".goal-open").await?;
    app.wait_text("#goal-heading", GOAL).await?;
    app.screenshot(&format!("l10n-ui-a-goal-{lang}")).await?;
    app.click("nav a[data-view='stacks']").await?;
    app.click("#new-stack").await?;
    app.screenshot(&format!("l10n-ui-a-stack-form-{lang}"))
        .await?;
    let h = host.clone();
    blocking(move || h.wait_for_item(10 * SECOND)?.activate()).await?;
    app.switch_to_other_window().await?;
    app.find("#quick-text").await?;
    app.wait_js(
        "return document.body.dataset.ready === '1' && !!document.querySelector('#quick-steps li')",
        vec![],
    )
    .await?;
    app.screenshot(&format!("l10n-ui-a-quick-{lang}")).await?;
    app.close().await
}

#[tokio::test]
async fn german_today_and_quick_window() -> Result<()> {
    today_and_quick_in("de", ["1 Erfolg heute", "2 Erfolge heute", "1 Schritt"]).await
}

#[tokio::test]
async fn spanish_today_and_quick_window() -> Result<()> {
    today_and_quick_in("es", ["1 logro hoy", "2 logros hoy", "1 paso"]).await
}
