//! Smoke tests: the app starts under WebDriver, shows its window, restarts on
//! the same data, and the harness helpers work against the real WebView.

use cairn_e2e::*;
use serde_json::{json, Value};

#[tokio::test]
async fn app_starts_and_shows_its_window() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;

    let shot = app.screenshot("smoke").await?;
    assert!(std::fs::metadata(&shot)?.len() > 0, "empty screenshot");

    let title = app.client().title().await?;
    assert!(title.contains("Cairn"), "window title is {title:?}");
    let ready: bool = app
        .exec(
            "return document.querySelector(arguments[0]) !== null",
            vec![json!(READY_SELECTOR)],
        )
        .await?;
    assert!(ready);

    app.close().await?;
    Ok(())
}

#[tokio::test]
async fn app_restarts_on_the_same_data() -> Result<()> {
    let data = DataDir::new();

    let first = App::launch(&data).await?;
    first.close().await?;
    assert!(data.db_path().exists(), "no database after the first run");

    let second = App::launch(&data).await?;
    let title: String = second.exec("return document.title", vec![]).await?;
    assert!(title.contains("Cairn"), "title after restart is {title:?}");
    second.close().await?;
    Ok(())
}

/// The element helpers, on a small form the test adds to the page itself (so
/// it does not depend on the UI's markup).
#[tokio::test]
async fn harness_helpers_drive_the_webview() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;

    let _: Value = app
        .exec(
            r#"
            const box = document.createElement('div');
            box.id = 'e2e-fixture';
            box.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;background:#fff;padding:8px';
            box.innerHTML = `
              <input id="e2e-text">
              <button id="e2e-add" type="button">add</button>
              <select id="e2e-select"><option value="a">A</option><option value="b">B</option></select>
              <input id="e2e-check" type="checkbox">
              <ul id="e2e-list"></ul>
              <p id="e2e-status" data-state="idle"></p>`;
            document.body.appendChild(box);
            const text = box.querySelector('#e2e-text');
            const list = box.querySelector('#e2e-list');
            const status = box.querySelector('#e2e-status');
            const add = () => {
              const li = document.createElement('li');
              li.className = 'e2e-item';
              li.textContent = text.value;
              list.appendChild(li);
            };
            box.querySelector('#e2e-add').addEventListener('click', add);
            text.addEventListener('keydown', (e) => { if (e.key === 'Enter') add(); });
            box.querySelector('#e2e-select').addEventListener('change', (e) => {
              status.dataset.state = 'chose-' + e.target.value;
            });
            box.querySelector('#e2e-check').addEventListener('change', (e) => {
              status.textContent = e.target.checked ? 'checked' : 'unchecked';
            });
            return null;
            "#,
            vec![],
        )
        .await?;

    app.fill("#e2e-text", "Walked").await?;
    app.click("#e2e-add").await?;
    app.wait_text("#e2e-list", "Walked").await?;
    app.fill("#e2e-text", "Stretched").await?;
    app.press_enter("#e2e-text").await?;
    app.wait_count(".e2e-item", 2).await?;
    assert_eq!(app.count(".e2e-item").await?, 2);
    assert_eq!(app.text(".e2e-item:last-child").await?, "Stretched");

    app.select_by_value("#e2e-select", "b").await?;
    app.wait_attr("#e2e-status", "data-state", "chose-b")
        .await?;

    app.set_checked("#e2e-check", true).await?;
    app.wait_text("#e2e-status", "checked").await?;
    app.set_checked("#e2e-check", true).await?;
    app.set_checked("#e2e-check", false).await?;
    app.wait_text("#e2e-status", "unchecked").await?;

    let _: Value = app
        .exec(
            "setTimeout(() => document.getElementById('e2e-fixture').remove(), 300); return null",
            vec![],
        )
        .await?;
    app.wait_gone("#e2e-add").await?;
    assert_eq!(app.count(".e2e-item").await?, 0);

    let missing = app
        .find_for("#e2e-nothing", std::time::Duration::from_millis(300))
        .await;
    let message = missing.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("timed out"), "{message}");

    app.close().await?;
    Ok(())
}
