//! Issue 11, part 1: focus that stays, visible refusals, Esc, and a safe
//! delete. Keyboard only: the tests move focus with Tab and the keys a
//! person presses (WebDriver key presses to the focused element), and
//! after each action check where focus went (never `<body>`).
//! Screenshots go to `target/e2e-screenshots/keyboard-*`.

use cairn_e2e::*;
use fantoccini::key::Key;
use serde_json::{json, Value};

/// Sends `keys` (text, or a `Key` as a char) to the focused element.
async fn keys(app: &App, keys: &str) -> Result<()> {
    app.client().active_element().await?.send_keys(keys).await?;
    Ok(())
}

/// Puts focus on `css` as a starting point (what Tab would reach).
async fn focus(app: &App, css: &str) -> Result<()> {
    app.wait_js(
        "const e = document.querySelector(arguments[0]); if (!e) return false; e.focus(); return document.activeElement === e;",
        vec![json!(css)],
    )
    .await
    .map_err(|e| format!("cannot focus `{css}`: {e}"))?;
    Ok(())
}

/// Waits until the focused element matches `css`.
async fn focus_is(app: &App, css: &str) -> Result<()> {
    let r = app
        .wait_js(
            "const a = document.activeElement; return a && a !== document.body && a.matches(arguments[0]);",
            vec![json!(css)],
        )
        .await;
    if r.is_err() {
        let now: Value = app
            .exec(
                "const a = document.activeElement; return a ? a.outerHTML.slice(0, 200) : null;",
                vec![],
            )
            .await?;
        return Err(format!("focus is not on `{css}` but on {now}").into());
    }
    Ok(())
}

/// The refusal beside the focused field: it is invalid, described by a
/// sentence containing `words`, which is shown.
async fn refused(app: &App, words: &str) -> Result<()> {
    let said: Value = app
        .wait_js(
            "const a = document.activeElement;
             if (!a || a.getAttribute('aria-invalid') !== 'true') return null;
             const ids = (a.getAttribute('aria-describedby') || '').split(' ');
             const note = ids.map((id) => document.getElementById(id)).find((n) => n && n.classList.contains('field-refusal'));
             return note && note.getClientRects().length && note.getAttribute('role') === 'status' ? note.textContent : null;",
            vec![],
        )
        .await?;
    let said = said.as_str().unwrap_or_default().to_owned();
    assert!(said.contains(words), "the refusal says {said:?}");
    Ok(())
}

/// Clears the focused text field with the keyboard.
async fn clear_field(app: &App) -> Result<()> {
    let n: usize = app
        .exec("return document.activeElement.value.length", vec![])
        .await?;
    app.press(Key::End).await?;
    for _ in 0..n {
        app.press(Key::Backspace).await?;
    }
    Ok(())
}

async fn shot(app: &App, name: &str) -> Result<()> {
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    app.screenshot(&format!("keyboard-{name}")).await?;
    Ok(())
}

/// Goals and steps, keyboard only: empty titles and 700 minutes are
/// refused beside their field; after every action focus is where the next
/// step is; Esc cancels a step edit.
#[tokio::test]
async fn goals_and_steps_keep_focus_and_say_why() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    focus(&app, "nav a[data-view='goals']").await?;
    app.press(Key::Enter).await?;

    // An empty goal is refused, beside the field.
    focus(&app, "#goal-title").await?;
    app.press(Key::Enter).await?;
    refused(&app, "Write the goal in a few words").await?;
    focus_is(&app, "#goal-title").await?;
    shot(&app, "goal-refused").await?;
    keys(&app, "Write the thesis").await?;
    app.wait_gone(".field-refusal").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#goal-heading", "Write the thesis").await?;
    focus_is(&app, "h1").await?;

    // A step of 700 minutes is refused, and says why.
    focus(&app, "#add-step .step-title-input").await?;
    keys(&app, "Write one paragraph").await?;
    focus(&app, "#add-step .step-minutes").await?;
    keys(&app, "700").await?;
    app.press(Key::Enter).await?;
    refused(&app, "Minutes go from 1 to 600").await?;
    focus_is(&app, "#add-step .step-minutes").await?;
    shot(&app, "minutes-refused").await?;
    clear_field(&app).await?;
    keys(&app, "5").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#steps", "Write one paragraph").await?;
    focus_is(&app, "#add-step .step-title-input").await?;
    // An empty title too.
    app.press(Key::Enter).await?;
    refused(&app, "A step needs a few words").await?;
    keys(&app, "Read one page").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#steps", "Read one page").await?;
    focus_is(&app, "#add-step .step-title-input").await?;

    // Moving a step up to the top: its up button is now disabled, so
    // focus goes to its down button, not to <body>.
    focus(&app, "[aria-label='Move Read one page up']").await?;
    app.press(Key::Enter).await?;
    app.wait_js(
        "return document.querySelector('#steps li.step').textContent.includes('Read one page')",
        vec![],
    )
    .await?;
    focus_is(&app, "[aria-label='Move Read one page down']").await?;

    // Esc cancels an edit; focus is back on its Edit button.
    focus(&app, "[aria-label='Edit Write one paragraph']").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "li.editing .step-title-input").await?;
    keys(&app, " and more").await?;
    app.press(Key::Escape).await?;
    app.wait_gone("li.editing").await?;
    focus_is(&app, "[aria-label='Edit Write one paragraph']").await?;

    // Saving an edit: focus on the saved step's Edit button.
    app.press(Key::Enter).await?;
    focus_is(&app, "li.editing .step-title-input").await?;
    app.press(Key::End).await?;
    keys(&app, " or two").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "[aria-label='Edit Write one paragraph or two']").await?;

    // Archiving: focus on the next step still in the list.
    focus(&app, "[aria-label='Archive Read one page']").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#archived-steps", "Read one page").await?;
    focus_is(&app, "[aria-label='Edit Write one paragraph or two']").await?;

    // A status button: focus stays in the status group.
    focus(&app, ".status-row [data-status='paused']").await?;
    app.press(Key::Enter).await?;
    app.wait_text(".status-row .badge", "Paused").await?;
    focus_is(&app, ".status-row button").await?;
    // Saving the goal keeps focus on Save; an empty title is refused.
    focus(&app, "#edit-goal-title").await?;
    clear_field(&app).await?;
    app.press(Key::Enter).await?;
    refused(&app, "A goal needs a few words").await?;
    keys(&app, "Submit the thesis").await?;
    focus(&app, "#save-goal").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#goal-heading", "Submit the thesis").await?;
    focus_is(&app, "#save-goal").await?;

    // Every focus ring is a solid line in the focus colour, at least 3:1
    // against the card behind it.
    for css in ["#edit-goal-title", "#goal-form input[type='radio']:checked"] {
        focus(&app, css).await?;
        let ratio: f64 = app.exec(RING_CONTRAST, vec![]).await?;
        assert!(ratio >= 3.0, "{css}: focus ring contrast {ratio}");
    }
    shot(&app, "swatch-focus").await?;

    // Active again; on Today, ticking the goal's only step leaves it all
    // done for now: focus on the list's title, not the top of the page.
    focus(&app, ".status-row [data-status='active']").await?;
    app.press(Key::Enter).await?;
    app.wait_text(".status-row .badge", "Active").await?;
    focus_is(&app, ".status-row button").await?;
    go(&app, "today").await?;
    focus(&app, ".tick").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#win-count", "1 win today").await?;
    focus_is(&app, "#next-title").await?;
    // An empty win is refused beside the field.
    focus(&app, "#win-text").await?;
    app.press(Key::Enter).await?;
    refused(&app, "Write what you did in a few words").await?;
    shot(&app, "today-refused").await?;
    app.close().await?;
    Ok(())
}

/// The contrast of the focused element's ring (its outline, or its
/// swatch's) against the card behind it; 0 if there is no solid ring.
const RING_CONTRAST: &str = "
    const a = document.activeElement;
    const ringed = a.type === 'radio' ? a.nextElementSibling : a;
    const s = getComputedStyle(ringed);
    if (s.outlineStyle !== 'solid' || parseFloat(s.outlineWidth) < 2) return 0;
    const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    let el = ringed.parentElement;
    while (el && getComputedStyle(el).backgroundColor.replace(/\\s/g, '') === 'rgba(0,0,0,0)') el = el.parentElement;
    const bg = el ? getComputedStyle(el).backgroundColor : 'rgb(255,255,255)';
    const [l1, l2] = [lum(rgb(s.outlineColor)), lum(rgb(bg))].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);";

/// Logs `text` on Today with the keyboard; focus stays in the field.
async fn log_win(app: &App, text: &str) -> Result<()> {
    focus(app, "#win-text").await?;
    keys(app, text).await?;
    app.press(Key::Enter).await?;
    app.wait_text("#today-wins", text).await?;
    focus_is(app, "#win-text").await
}

async fn go(app: &App, view: &str) -> Result<()> {
    focus(app, &format!("nav a[data-view='{view}']")).await?;
    app.press(Key::Enter).await?;
    app.wait_js(
        "return !document.getElementById('view-' + arguments[0]).hidden",
        vec![json!(view)],
    )
    .await?;
    Ok(())
}

/// Wins and your data, keyboard only: an empty win is refused beside the
/// field; after a save, a delete, its Undo, Back up now, a restore and its
/// undo, focus is on the next thing to do.
#[tokio::test]
async fn wins_and_backups_keep_focus() -> Result<()> {
    let data = DataDir::new();
    let out = tempfile::tempdir()?;
    let out_text = out.path().to_string_lossy().into_owned();
    let app = App::launch_with(&data, &[("CAIRN_E2E_SAVE_DIR", &out_text)]).await?;
    log_win(&app, "Walked to the river").await?;
    log_win(&app, "Called Sam").await?;

    go(&app, "wins").await?;
    focus(&app, "[aria-label='Edit Walked to the river']").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, ".edit-win-text").await?;
    clear_field(&app).await?;
    app.press(Key::Enter).await?;
    refused(&app, "A win needs a few words").await?;
    shot(&app, "win-refused").await?;
    keys(&app, "Walked to the old bridge").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#win-days", "Walked to the old bridge")
        .await?;
    focus_is(&app, "[aria-label='Edit Walked to the old bridge']").await?;

    // Delete: focus on Undo; Undo: focus on the win that came back.
    focus(&app, "[aria-label='Delete Called Sam']").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "#toast-action").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#win-days", "Called Sam").await?;
    focus_is(&app, "[aria-label='Edit Called Sam']").await?;

    // Back up now keeps focus on itself; a restore puts it on its Undo,
    // and the undo back on Back up now.
    go(&app, "data").await?;
    focus(&app, "#back-up-now").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Backed up").await?;
    focus_is(&app, "#back-up-now").await?;
    focus(&app, ".backup-row .restore").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "#confirm-restore-yes").await?;
    app.press(Key::Enter).await?;
    app.find("#undo-bar").await?;
    focus_is(&app, "#undo-restore").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Undone").await?;
    focus_is(&app, "#back-up-now").await?;
    focus(&app, "#export-json").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Exported").await?;
    focus_is(&app, "#export-json").await?;
    app.close().await?;

    // Importing that export elsewhere: the preview gets focus, then the
    // import puts it back on "Import a file…".
    let file = std::fs::read_dir(out.path())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .ok_or("no export written")?;
    let fresh = DataDir::new();
    let file_text = file.to_string_lossy().into_owned();
    let app = App::launch_with(&fresh, &[("CAIRN_E2E_OPEN_PATH", &file_text)]).await?;
    go(&app, "data").await?;
    focus(&app, "#import-file").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "#import-preview").await?;
    shot(&app, "import-preview").await?;
    app.press(Key::Tab).await?;
    focus_is(&app, "#import-confirm").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Imported").await?;
    focus_is(&app, "#import-file").await?;
    app.close().await?;
    Ok(())
}

/// Settings and stacks, keyboard only: "1230" typed in a time field is
/// 12:30; a stack inside quiet hours is caught when saving, with an offer
/// to move it; deleting a stack asks first (Esc keeps it).
#[tokio::test]
async fn times_quiet_hours_and_a_delete_that_asks() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    go(&app, "settings").await?;

    // An empty shortcut is refused beside the field; Save keeps focus.
    focus(&app, "#shortcut").await?;
    clear_field(&app).await?;
    app.press(Key::Enter).await?;
    refused(&app, "Type a key combination").await?;
    // The backend's own refusal is said beside the field too.
    keys(&app, "Ctrl+Banana").await?;
    app.press(Key::Enter).await?;
    refused(&app, "is not a shortcut Cairn understands").await?;
    focus_is(&app, "#shortcut").await?;
    shot(&app, "shortcut-refused").await?;
    clear_field(&app).await?;
    keys(&app, "Ctrl+Alt+W").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Shortcut saved").await?;
    focus_is(&app, "#shortcut").await?;
    // The snooze choice keeps focus after the page is redrawn.
    focus(&app, "#snooze-minutes").await?;
    app.press(Key::Down).await?;
    app.wait_text("#notice", "Later now waits").await?;
    focus_is(&app, "#snooze-minutes").await?;

    // "1230" is 12:30, not 23:30; a time that is none is refused.
    focus(&app, "#quiet-start").await?;
    clear_field(&app).await?;
    keys(&app, "2561").await?;
    app.press(Key::Enter).await?;
    refused(&app, "A time looks like 07:30").await?;
    shot(&app, "time-refused").await?;
    clear_field(&app).await?;
    keys(&app, "1230").await?;
    app.press(Key::Tab).await?;
    assert_eq!(
        app.exec::<String>(
            "return document.getElementById('quiet-start').value",
            vec![]
        )
        .await?,
        "12:30"
    );
    focus(&app, "#quiet-start").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Quiet hours: 12:30 to 07:00.")
        .await?;
    focus_is(&app, "#quiet-start").await?;
    // Pausing: focus on Resume; resuming: on Pause for 1 hour.
    focus(&app, "#pause-hour").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "#resume").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, "#pause-hour").await?;

    // A new stack at 0630: inside quiet hours, said before it is saved.
    go(&app, "stacks").await?;
    focus(&app, "#new-stack").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, ".stack-form .stack-anchor").await?;
    app.press(Key::Enter).await?;
    refused(&app, "What do you already do every day?").await?;
    keys(&app, "pour my coffee").await?;
    focus(&app, ".stack-form .stack-action").await?;
    keys(&app, "stretch for one minute").await?;
    focus(&app, ".stack-form .stack-time").await?;
    clear_field(&app).await?;
    keys(&app, "0630").await?;
    app.press(Key::Enter).await?;
    app.wait_text(
        ".quiet-note",
        "06:30 is inside your quiet hours (12:30–07:00), so no reminder would come then. Move it to 07:00",
    )
    .await?;
    focus_is(&app, "#quiet-move").await?;
    shot(&app, "stack-quiet").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#stacks", "stretch for one minute").await?;
    app.wait_text("#stacks .chip", "07:00").await?;
    focus_is(&app, "[aria-label='Edit \"After I pour my coffee\"']").await?;

    // Delete asks first; Esc keeps the stack, focus back on Delete.
    focus(&app, "[aria-label='Delete \"After I pour my coffee\"']").await?;
    app.press(Key::Enter).await?;
    focus_is(&app, ".confirm-delete-yes").await?;
    shot(&app, "stack-delete-asks").await?;
    app.press(Key::Escape).await?;
    app.wait_gone(".confirm-delete").await?;
    focus_is(&app, "[aria-label='Delete \"After I pour my coffee\"']").await?;
    assert_eq!(app.count("#stacks .stack").await?, 1);
    app.press(Key::Enter).await?;
    focus_is(&app, ".confirm-delete-yes").await?;
    app.press(Key::Enter).await?;
    app.wait_gone("#stacks").await?;
    focus_is(&app, "#new-stack").await?;
    app.close().await?;
    Ok(())
}

/// The Chronicle's day panel, keyboard only, in the dark theme: Enter on a
/// day opens it, Esc closes it and focus is back on the day; Mark as rest
/// keeps focus on itself. The focus ring shows in the dark too.
#[tokio::test]
async fn esc_closes_the_day_in_the_dark() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("GTK_THEME", "Adwaita:dark")]).await?;
    log_win(&app, "Watered the plants").await?;
    let ratio: f64 = app.exec(RING_CONTRAST, vec![]).await?;
    assert!(ratio >= 3.0, "dark #win-text: focus ring contrast {ratio}");

    go(&app, "chronicle").await?;
    app.find("#heatmap-svg").await?;
    focus(&app, "#heatmap-svg rect.cell[tabindex='0']").await?;
    let day: String = app
        .exec("return document.activeElement.dataset.date", vec![])
        .await?;
    app.press(Key::Enter).await?;
    app.wait_text("#chronicle-day", "Watered the plants")
        .await?;
    app.press(Key::Escape).await?;
    app.wait_js(
        "return document.getElementById('chronicle-day').hidden",
        vec![],
    )
    .await?;
    focus_is(&app, &format!("[data-date='{day}']")).await?;

    // From inside the panel: Mark as rest keeps focus; Esc goes back.
    app.press(Key::Enter).await?;
    app.wait_text("#chronicle-day", "Watered the plants")
        .await?;
    focus(&app, "#rest-submit").await?;
    app.press(Key::Enter).await?;
    app.wait_text("#notice", "Rest day marked").await?;
    focus_is(&app, "#rest-submit").await?;
    shot(&app, "day-panel-dark").await?;
    app.press(Key::Escape).await?;
    app.wait_js(
        "return document.getElementById('chronicle-day').hidden",
        vec![],
    )
    .await?;
    focus_is(&app, &format!("[data-date='{day}']")).await?;
    app.close().await?;
    Ok(())
}
