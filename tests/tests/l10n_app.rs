//! Cairn in the person's language, without a restart: the window asks for
//! German (`set_language`, as Settings does), and the tray menu, its
//! tooltip and the next reminder's notification speak German at once, and
//! a click on that notification offers the action in the person's words.
//! Also the pseudo-locale: every tray label comes from the catalogue.

use std::sync::Arc;
use std::time::Duration;

use cairn_e2e::desktop::{wait_until, TrayHost};
use cairn_e2e::notifications::NotificationServer;
use cairn_e2e::*;
use serde_json::{json, Value};

const SECOND: Duration = Duration::from_secs(1);

/// Adds a stack through the Stacks page, due at `time` (the page's
/// selectors, whatever its language).
async fn add_stack(app: &App, anchor: &str, action: &str, time: &str) -> Result<()> {
    app.click("nav a[data-view='stacks']").await?;
    app.click("#new-stack").await?;
    app.fill(".stack-form .stack-anchor", anchor).await?;
    app.fill(".stack-form .stack-action", action).await?;
    app.select_by_value(".stack-form .stack-step", "new")
        .await?;
    app.exec::<Value>(
        "document.querySelector('.stack-form .stack-time').value = arguments[0]; return null;",
        vec![json!(time)],
    )
    .await?;
    app.click(".stack-form button[type='submit']").await?;
    app.wait_text("#stacks", action).await?;
    Ok(())
}

#[tokio::test]
async fn switching_to_german_changes_the_tray_and_the_notifications_at_once() -> Result<()> {
    let host = Arc::new(TrayHost::start()?);
    let server = Arc::new(blocking(NotificationServer::start).await?);
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_SNOOZE_SECONDS", "3")]).await?;
    app.quiet_hours_and_nudge_off().await?;

    // English first.
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.wait_for_entry("Log a win…", 10 * SECOND)?;
        assert_eq!(item.tooltip()?, "Cairn: no wins yet today");
        Ok(())
    })
    .await?;

    // The Settings page's choice, as the window makes it. The page reloads
    // itself in German as the answer arrives, so the script does not wait
    // for it (WebDriver would lose its page mid-script).
    app.exec::<Value>(
        "window.__TAURI__.core.invoke('set_language', {input: {choice: 'de'}}); return null;",
        vec![],
    )
    .await?;
    app.wait_js(
        "return document.documentElement.lang === 'de' && document.body.dataset.ready",
        vec![],
    )
    .await?;

    // The tray speaks German without a restart.
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.wait_for_entry("Erfolg notieren…", 10 * SECOND)?;
        let labels: Vec<String> = item.menu()?.into_iter().map(|e| e.label).collect();
        for german in [
            "Cairn öffnen",
            "Erinnerungen pausieren",
            "Für 1 Stunde",
            "Bis morgen",
            "Cairn beenden",
        ] {
            assert!(
                labels.iter().any(|l| l.contains(german)),
                "{german} in {labels:?}"
            );
        }
        assert!(
            !labels.iter().any(|l| l.contains("Quit Cairn")),
            "no English left: {labels:?}"
        );
        let mut tooltip = String::new();
        wait_until(10 * SECOND, || {
            tooltip = item.tooltip().unwrap_or_default();
            tooltip == "Cairn: heute noch keine Erfolge"
        });
        assert_eq!(tooltip, "Cairn: heute noch keine Erfolge");
        Ok(())
    })
    .await?;

    // The window reloads in German; a reminder due now notifies in German.
    tokio::time::sleep(2 * SECOND).await;
    app.find_for("nav a[data-view='stacks']", 10 * SECOND)
        .await?;
    let now = app.this_minute().await?;
    add_stack(&app, "Kaffee einschenke", "eine Minute dehnen", &now).await?;
    let s = server.clone();
    let shown = blocking(move || s.wait_for(1, 10 * SECOND)).await?;
    assert_eq!(shown[0].buttons(), ["Erledigt", "Später"]);
    assert!(
        shown[0].body.starts_with("werde ich") && shown[0].body.contains("eine Minute dehnen"),
        "{:?}",
        shown[0].body
    );
    app.screenshot("l10n-app-de-stacks").await?;

    // A click on its body opens the quick window with the action as the
    // person wrote it, not the sentence around it (it once offered "werde
    // ich eine Minute dehnen").
    let (s, id) = (server.clone(), shown[0].id);
    blocking(move || s.invoke(id, "default")).await?;
    blocking(|| {
        cairn_e2e::desktop::wait_window_visible("Cairn – Erfolg notieren", true, 5 * SECOND)
    })
    .await?;
    app.switch_to_other_window().await?;
    app.wait_js(
        "return document.getElementById('quick-text').value === arguments[0]",
        vec![json!("eine Minute dehnen")],
    )
    .await?;
    app.screenshot("l10n-app-de-quick-prefilled").await?;
    Ok(())
}

#[tokio::test]
async fn every_tray_label_comes_from_the_catalogue() -> Result<()> {
    let host = Arc::new(TrayHost::start()?);
    let data = DataDir::new();
    let app = App::launch_with(&data, &[("CAIRN_LANG", "en-XA")]).await?;
    let h = host.clone();
    blocking(move || {
        let item = h.wait_for_item(10 * SECOND)?;
        item.wait_for_entry("⟦", 10 * SECOND)?;
        let labels: Vec<String> = item
            .menu()?
            .into_iter()
            .map(|e| e.label)
            .filter(|l| !l.is_empty())
            .collect();
        assert!(labels.len() >= 5, "{labels:?}");
        for label in &labels {
            assert!(label.contains('⟦'), "from the catalogue: {label:?}");
        }
        assert!(item.tooltip()?.contains('⟦'));
        Ok(())
    })
    .await?;
    app.screenshot("l10n-app-en-xa").await?;
    Ok(())
}
