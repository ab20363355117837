//! Issue 6, "Data a person can trust": back up now, restore and undo the
//! restore; importing Loop Habit Tracker's samples, a Habo backup and a
//! Beaver Habit Tracker export with a preview (and what stays behind); an
//! export imported into a fresh data folder gives the same data; a damaged
//! database is moved aside and the newest backup offered.
//!
//! `CAIRN_E2E_SAVE_DIR` sends exports to a folder and `CAIRN_E2E_OPEN_PATH`
//! names the file to import, instead of the native dialogs, which WebDriver
//! cannot click.

use std::path::{Path, PathBuf};

use cairn_e2e::*;

fn loop_fixtures() -> PathBuf {
    workspace_root().join("../shared/fixtures/loop")
}

/// A sample of another habit app's file, in the core's test fixtures.
fn app_fixture(app: &str, name: &str) -> String {
    workspace_root()
        .join("src-tauri/core/tests/fixtures")
        .join(app)
        .join(name)
        .to_string_lossy()
        .into_owned()
}

async fn log_win(app: &App, text: &str) -> Result<()> {
    app.click("nav a[data-view='today']").await?;
    app.fill("#win-text", text).await?;
    app.press_enter("#win-text").await?;
    app.wait_text("#today-wins", text).await?;
    Ok(())
}

async fn open_data(app: &App) -> Result<()> {
    app.click("nav a[data-view='data']").await?;
    app.find("#back-up-now").await?;
    Ok(())
}

/// A data folder whose one win, "Safe in the backup", is in a backup made
/// from the Data page; the app closed again.
async fn one_win_backed_up() -> Result<DataDir> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    log_win(&app, "Safe in the backup").await?;
    open_data(&app).await?;
    app.click("#back-up-now").await?;
    app.wait_count("#backup-list .backup-row", 1).await?;
    app.close().await?;
    Ok(data)
}

#[tokio::test]
async fn back_up_restore_and_undo_the_restore() -> Result<()> {
    let data = DataDir::new();
    let app = App::launch(&data).await?;
    log_win(&app, "Before the backup").await?;
    open_data(&app).await?;
    app.click("#back-up-now").await?;
    app.wait_text("#celebration", "Backed up: 1 win").await?;
    app.wait_count("#backup-list .backup-row", 1).await?;
    app.wait_text("#backup-list", "1 win").await?;

    log_win(&app, "After the backup").await?;
    app.wait_count("#today-wins .win", 2).await?;
    open_data(&app).await?;
    app.click("#backup-list .backup-row .restore").await?;
    app.wait_text("#confirm-restore", "replaces everything Cairn holds now")
        .await?;
    app.wait_text("#confirm-restore", "kept aside as a backup first")
        .await?;
    app.screenshot("data-backups").await?;
    app.click("#confirm-restore-yes").await?;
    app.wait_text("#undo-bar", "Restored the backup").await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_count("#today-wins .win", 1).await?;
    app.wait_text("#today-wins", "Before the backup").await?;
    assert!(!app.text("#today-wins").await?.contains("After the backup"));

    open_data(&app).await?;
    app.click("#undo-restore").await?;
    app.wait_text("#celebration", "Undone").await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_count("#today-wins .win", 2).await?;
    app.wait_text("#today-wins", "After the backup").await?;
    app.close().await?;
    Ok(())
}

/// Loop's v22 sample with one more check by hand today, so the win shows
/// in the heatmap's year.
fn loop_backup_with_a_check_today(dir: &Path) -> Result<(PathBuf, String)> {
    let path = dir.join("loop-backup.db");
    std::fs::write(&path, std::fs::read(loop_fixtures().join("loop-v22.db"))?)?;
    let db = rusqlite::Connection::open(&path)?;
    let today: String = db.query_row("SELECT date('now')", [], |r| r.get(0))?;
    db.execute(
        "INSERT INTO Repetitions (habit, timestamp, value)
         VALUES (1, CAST(strftime('%s', date('now')) AS INTEGER) * 1000, 2)",
        [],
    )?;
    Ok((path, today))
}

#[tokio::test]
async fn import_loop_backup_with_a_preview_then_see_steps_wins_and_heatmap() -> Result<()> {
    let data = DataDir::new();
    let files = tempfile::tempdir()?;
    let (file, today) = loop_backup_with_a_check_today(files.path())?;
    let file_text = file.to_string_lossy().into_owned();
    let app = App::launch_with(&data, &[("CAIRN_E2E_OPEN_PATH", &file_text)]).await?;
    open_data(&app).await?;
    app.click("#import-file").await?;
    app.wait_text("#import-preview", "This is a Loop Habit Tracker backup")
        .await?;
    app.wait_text("#import-adds", "2 habits as steps").await?;
    app.wait_text("#import-adds", "2 wins").await?;
    app.wait_text("#import-adds", "1 habit stack").await?;
    app.wait_text("#import-preview", "Nothing has been written yet")
        .await?;
    app.screenshot("data-import-preview").await?;
    let goals: i64 = data
        .open_db()?
        .query_row("SELECT COUNT(*) FROM goals", [], |r| r.get(0))?;
    assert_eq!(goals, 0, "the preview writes nothing");

    app.click("#import-confirm").await?;
    // Everything the import brought in is named (issue 11).
    app.wait_text(
        "#celebration",
        "Imported 1 goal, 2 steps, 2 wins, and 1 habit stack.",
    )
    .await?;
    app.wait_gone("#import-preview").await?;

    // The steps under their goal.
    app.click("nav a[data-view='goals']").await?;
    app.wait_text("#view-goals", "From Loop Habit Tracker")
        .await?;
    app.click(".goal-open").await?;
    app.wait_text("#steps", "Work out").await?;
    app.wait_text("#steps", "Test").await?;

    // Today's win in the heatmap, and in Today.
    app.click("nav a[data-view='chronicle']").await?;
    app.find("#heatmap-svg").await?;
    app.wait_attr(
        &format!("#heatmap-svg rect[data-date='{today}']"),
        "data-count",
        "1",
    )
    .await?;
    app.wait_text("#stat-total", "2").await?;
    // Old history reaches milestones without a pop-up (issue 11).
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let said = app.text("#celebration").await?;
    assert!(!said.contains("Milestone"), "the import popped: {said}");

    // Importing the same file again adds nothing.
    open_data(&app).await?;
    app.click("#import-file").await?;
    app.wait_text("#import-preview", "would add nothing")
        .await?;
    app.close().await?;
    Ok(())
}

/// A Habo backup: the preview names it, counts what it adds and says
/// kindly what stays behind; importing brings the habits in under "From
/// Habo".
#[tokio::test]
async fn import_a_habo_backup_with_a_preview_of_what_stays_behind() -> Result<()> {
    let data = DataDir::new();
    let file = app_fixture("habo", "habo_backup_2026-11-21_08-15-02.json");
    let app = App::launch_with(&data, &[("CAIRN_E2E_OPEN_PATH", &file)]).await?;
    open_data(&app).await?;
    app.click("#import-file").await?;
    app.wait_text("#import-preview", "This is a Habo backup")
        .await?;
    app.wait_text("#import-adds", "4 habits as steps").await?;
    app.wait_text("#import-adds", "5 wins").await?;
    app.wait_text("#import-adds", "1 rest day").await?;
    app.wait_text("#import-adds", "1 habit stack").await?;
    app.wait_count("#import-left-out li", 5).await?;
    app.wait_text("#import-left-out", "1 deleted habit is left out.")
        .await?;
    app.wait_text(
        "#import-left-out",
        "stays in Habo: Cairn works with second chances, not penalties.",
    )
    .await?;
    app.wait_text("#import-preview", "Nothing has been written yet")
        .await?;
    app.screenshot("habo-import-preview").await?;
    let goals: i64 = data
        .open_db()?
        .query_row("SELECT COUNT(*) FROM goals", [], |r| r.get(0))?;
    assert_eq!(goals, 0, "the preview writes nothing");

    app.click("#import-confirm").await?;
    app.wait_text("#celebration", "Imported 1 goal, 4 steps, 5 wins")
        .await?;
    app.wait_gone("#import-preview").await?;
    app.click("nav a[data-view='goals']").await?;
    app.wait_text("#view-goals", "From Habo").await?;
    app.click(".goal-open").await?;
    app.wait_text("#steps", "Meditate 🧘").await?;
    app.wait_text("#steps", "日記を書く").await?;
    app.close().await?;
    Ok(())
}

/// A Beaver Habit Tracker export: the same preview, with Beaver's tags and
/// stars named; the same file twice adds nothing.
#[tokio::test]
async fn import_a_beaver_export_with_a_preview_of_what_stays_behind() -> Result<()> {
    let data = DataDir::new();
    let file = app_fixture("beaver", "beaverhabits_2026_11_20.json");
    let app = App::launch_with(&data, &[("CAIRN_E2E_OPEN_PATH", &file)]).await?;
    open_data(&app).await?;
    app.click("#import-file").await?;
    app.wait_text("#import-preview", "This is a Beaver Habit Tracker export")
        .await?;
    app.wait_text("#import-adds", "4 habits as steps").await?;
    app.wait_text("#import-adds", "4 wins").await?;
    app.wait_text("#import-adds", "1 rest day").await?;
    app.wait_count("#import-left-out li", 3).await?;
    app.wait_text("#import-left-out", "Beaver's 3 tags are not brought over")
        .await?;
    app.wait_text(
        "#import-left-out",
        "1 starred habit comes in without its star",
    )
    .await?;
    app.screenshot("beaver-import-preview").await?;

    app.click("#import-confirm").await?;
    app.wait_text("#celebration", "Imported 1 goal, 4 steps, 4 wins")
        .await?;
    app.click("nav a[data-view='goals']").await?;
    app.wait_text("#view-goals", "From Beaver Habit Tracker")
        .await?;
    open_data(&app).await?;
    app.click("#import-file").await?;
    app.wait_text("#import-preview", "would add nothing")
        .await?;
    app.close().await?;
    Ok(())
}

#[tokio::test]
async fn an_export_imported_into_a_fresh_folder_gives_the_same_data() -> Result<()> {
    let from = DataDir::new();
    let out = tempfile::tempdir()?;
    let out_text = out.path().to_string_lossy().into_owned();
    let app = App::launch_with(&from, &[("CAIRN_E2E_SAVE_DIR", &out_text)]).await?;
    app.click("nav a[data-view='goals']").await?;
    app.fill("#goal-title", "Submit the thesis").await?;
    app.press_enter("#goal-title").await?;
    app.wait_text("#goal-heading", "Submit the thesis").await?;
    app.fill("#add-step .step-title-input", "Write one paragraph")
        .await?;
    app.press_enter("#add-step .step-title-input").await?;
    app.wait_text("#steps", "Write one paragraph").await?;
    app.click("nav a[data-view='today']").await?;
    app.click("#next-steps .tick").await?;
    app.wait_text("#today-wins", "Write one paragraph").await?;
    log_win(&app, "Walked, with \"quotes\" & <b>tags</b>").await?;
    open_data(&app).await?;
    app.click("#export-json").await?;
    app.wait_text("#celebration", "Exported 2 wins").await?;
    app.click("#export-csv").await?;
    app.wait_text("#celebration", "Exported 2 wins to").await?;
    app.close().await?;

    let file = std::fs::read_dir(out.path())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .ok_or("no export written")?;
    let csv = std::fs::read_dir(out.path())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "csv"))
        .ok_or("no CSV written")?;
    let csv = std::fs::read_to_string(csv)?;
    assert!(
        csv.starts_with("date,time,text,goal,step,note,source,amount,unit\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\"Walked, with \"\"quotes\"\" & <b>tags</b>\""),
        "{csv}"
    );

    let to = DataDir::new();
    let file_text = file.to_string_lossy().into_owned();
    let app = App::launch_with(&to, &[("CAIRN_E2E_OPEN_PATH", &file_text)]).await?;
    open_data(&app).await?;
    app.click("#import-file").await?;
    app.wait_text("#import-preview", "This is a Cairn export")
        .await?;
    app.wait_text("#import-adds", "1 goal").await?;
    app.click("#import-confirm").await?;
    app.wait_text("#celebration", "1 step, and 2 wins").await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#today-wins", "Walked, with \"quotes\" & <b>tags</b>")
        .await?;
    app.close().await?;

    let rows = |data: &DataDir, sql: &str| -> Result<Vec<String>> {
        let db = data.open_db()?;
        let mut stmt = db.prepare(sql)?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    };
    for sql in [
        "SELECT id || title || why || status || colour FROM goals ORDER BY id",
        "SELECT id || title || COALESCE(goal_id, '') || cadence_kind FROM steps ORDER BY id",
        "SELECT id || text || note || logged_at || local_date || COALESCE(goal_id, '') || COALESCE(step_id, '') || source FROM wins ORDER BY id",
    ] {
        assert_eq!(rows(&from, sql)?, rows(&to, sql)?, "{sql}");
    }
    Ok(())
}

#[tokio::test]
async fn a_damaged_database_is_moved_aside_and_the_backup_offered() -> Result<()> {
    let data = one_win_backed_up().await?;

    let junk = b"this file was damaged by a failing disk ".repeat(300);
    std::fs::write(data.db_path(), &junk)?;
    let _ = std::fs::remove_file(data.path().join("cairn.sqlite3-wal"));
    let _ = std::fs::remove_file(data.path().join("cairn.sqlite3-shm"));

    let app = App::launch(&data).await?;
    app.wait_text("#recovery", "Cairn started with a fresh database")
        .await?;
    app.wait_text("#recovery", "cairn-damaged-").await?;
    app.wait_text("#recovery", "1 win").await?;
    app.screenshot("data-recovery").await?;
    app.click("#recovery-restore").await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_text("#today-wins", "Safe in the backup").await?;
    app.close().await?;
    let moved: Vec<PathBuf> = std::fs::read_dir(data.path())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("cairn-damaged-"))
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(std::fs::read(&moved[0])?, junk, "kept byte for byte");
    Ok(())
}

/// Issue 22: a file that opens but is damaged inside is found by the check
/// that runs after the first frame; the window says so, a win logged after
/// that lands in the fresh database, and restoring the offered backup keeps
/// it beside the backup's.
#[tokio::test]
async fn damage_found_after_the_first_frame_is_rescued_in_the_open_window() -> Result<()> {
    let data = one_win_backed_up().await?;

    // Years of older wins, so the file has pages to spare at its end.
    let conn = data.open_db()?;
    conn.execute_batch(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
         INSERT INTO wins (id, text, note, logged_at, local_date, source, updated_at)
         SELECT printf('old-%04d', i), 'An older win ' || i, printf('%.300c', 'x'),
                1577872800000 + i, '2020-01-01', 'cli', 1577872800000 + i FROM n;
         PRAGMA wal_checkpoint(TRUNCATE);",
    )?;
    drop(conn);
    let mut bytes = std::fs::read(data.db_path())?;
    let from = bytes.len() - 2 * 4096;
    bytes[from..].fill(0x5a);
    std::fs::write(data.db_path(), &bytes)?;
    let _ = std::fs::remove_file(data.path().join("cairn.sqlite3-wal"));
    let _ = std::fs::remove_file(data.path().join("cairn.sqlite3-shm"));
    // The first start of a day: the check is due.
    std::fs::remove_file(data.path().join("cairn.checked"))?;

    let app = App::launch(&data).await?;
    app.wait_text("#recovery", "cairn-damaged-").await?;
    app.wait_text("#recovery", "1 win").await?;
    app.wait_text("#recovery", "without losing what you log meanwhile")
        .await?;
    app.screenshot("data-recovery-after-first-frame").await?;
    log_win(&app, "Logged after the rescue").await?;
    open_data(&app).await?;
    app.click("#recovery-restore").await?;
    app.wait_text("#undo-bar", "Restored the backup").await?;
    app.click("nav a[data-view='today']").await?;
    app.wait_count("#today-wins .win", 2).await?;
    app.wait_text("#today-wins", "Safe in the backup").await?;
    app.wait_text("#today-wins", "Logged after the rescue")
        .await?;
    app.close().await?;
    let moved: Vec<PathBuf> = std::fs::read_dir(data.path())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".sqlite3"))
        .filter(|p| p.to_string_lossy().contains("cairn-damaged-"))
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(std::fs::read(&moved[0])?, bytes, "kept byte for byte");
    Ok(())
}
