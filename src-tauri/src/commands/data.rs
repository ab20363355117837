//! The data page's commands: backups (list, back up now, restore and undo,
//! open the folder), export and import (through the native file dialogs),
//! what start-up found wrong with the database, and the daily backup
//! thread. All run off the main thread (`async`): they copy the database or
//! wait for the file system or a dialog.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use chrono::SecondsFormat;
use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime, State};

use super::files::{self, PickedImport, SaveAs};
use super::{AppState, Input};
use crate::error::{Error, Result};
use crate::service::backups::{self, BackupInfo, Recovered, Restored};
use crate::service::{export, import};
use cairn_core::tr;

/// With this set, the import dialog is not shown: its value is the file (or
/// folder) picked. The end-to-end tests cannot click a native dialog.

// ---- DTOs -------------------------------------------------------------

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct BackupDto {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "daily" or "beforeRestore".
    pub kind: &'static str,
    pub bytes: u64,
    /// `null` when the file cannot be read.
    pub wins: Option<u64>,
    /// RFC 3339, UTC.
    pub written_at: String,
}

impl From<BackupInfo> for BackupDto {
    fn from(b: BackupInfo) -> Self {
        BackupDto {
            name: b.name,
            date: b.date.to_string(),
            kind: b.kind.as_str(),
            bytes: b.bytes,
            wins: b.wins,
            written_at: b.written_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct BackupsDto {
    /// The folder, for the person to find it.
    pub folder: String,
    pub backups: Vec<BackupDto>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct RestoredDto {
    pub restored: BackupDto,
    /// Restore this one to undo.
    pub kept_aside: BackupDto,
}

impl From<Restored> for RestoredDto {
    fn from(r: Restored) -> Self {
        RestoredDto {
            restored: r.restored.into(),
            kept_aside: r.kept_aside.into(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ExportedDto {
    /// Where it went; `null` when the person cancelled the dialog.
    pub path: Option<String>,
    pub goals: usize,
    pub steps: usize,
    pub wins: usize,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ImportDto {
    /// The file or folder; pass it back to `run_import`. `null` when the
    /// person cancelled the dialog.
    pub path: Option<String>,
    /// "cairn", "loopBackup", "loopCsv", "habo" or "beaver".
    pub source: &'static str,
    /// "a Loop Habit Tracker backup", for a sentence.
    pub source_label: String,
    pub goals: usize,
    pub steps: usize,
    pub wins: usize,
    pub rest_days: usize,
    pub stacks: usize,
    pub reflections: usize,
    pub one_things: usize,
    pub step_versions: usize,
    pub rewards: usize,
    pub already_there: usize,
    /// What the file holds that has no place in Cairn, one sentence each
    /// ("Habo's 2 categories are not brought over: …").
    pub left_out: Vec<String>,
}

impl ImportDto {
    pub(super) fn new(path: Option<String>, p: import::Preview) -> Self {
        ImportDto {
            path,
            source: p.source.as_str(),
            source_label: p.source.label(),
            goals: p.goals,
            steps: p.steps,
            wins: p.wins,
            rest_days: p.rest_days,
            stacks: p.stacks,
            reflections: p.reflections,
            one_things: p.one_things,
            step_versions: p.step_versions,
            rewards: p.rewards,
            already_there: p.already_there,
            left_out: p.left_out.sentences(),
        }
    }

    fn cancelled() -> Self {
        ImportDto::new(None, import::Preview::nothing(import::SourceKind::Cairn))
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryDto {
    /// Where the damaged database was moved.
    pub moved_to: String,
    /// The newest backup that passes its check, to offer restoring.
    pub newest_backup: Option<BackupDto>,
}

/// What start-up found: a damaged database moved aside, if any. Told once.
pub struct Recovery(Mutex<Option<Recovered>>);

impl Recovery {
    pub fn new(found: Option<Recovered>) -> Self {
        Recovery(Mutex::new(found))
    }

    /// What the opening of the database found (it opens after this state
    /// is made).
    pub fn set(&self, found: Option<Recovered>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = found;
    }
}

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportInput {
    /// "json" (everything) or "csv" (the wins).
    format: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PickImportInput {
    /// Pick a folder (Loop's CSV export unzipped) instead of a file.
    #[serde(default)]
    folder: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportInput {
    path: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RestoreInput {
    name: String,
    /// Keep what the database holds now beside the backup (the recovery
    /// card: what was logged since a damaged file was set aside).
    #[serde(default)]
    carry_over: bool,
}

// ---- commands ---------------------------------------------------------

#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> Result<BackupsDto> {
    let store = state.store()?;
    Ok(BackupsDto {
        folder: cairn_core::files::shown(&backups::backup_dir(store)),
        backups: backups::list(store)?.into_iter().map(Into::into).collect(),
    })
}

/// A backup copies the data but changes none of it: no change event.
#[tauri::command(async)]
pub fn back_up_now(state: State<'_, AppState>) -> Result<BackupDto> {
    backups::backup_now(state.store()?, state.clock()).map(Into::into)
}

#[tauri::command(async)]
pub fn restore_backup(
    state: State<'_, AppState>,
    input: Input<RestoreInput>,
) -> Result<RestoredDto> {
    let input = input.get()?;
    let (store, clock) = (state.store()?, state.clock());
    let restored = if input.carry_over {
        backups::restore_carrying_over(store, clock, &input.name)
    } else {
        backups::restore(store, clock, &input.name)
    };
    state.changed(restored.map(Into::into))
}

/// Opens the backups folder in the system's file manager.
#[tauri::command(async)]
pub fn open_backups_folder(state: State<'_, AppState>) -> Result<()> {
    let dir = backups::backup_dir(state.store()?);
    std::fs::create_dir_all(&dir).map_err(|e| {
        tracing::warn!(error = %e, "cannot create the backups folder");
        Error::Storage(tr!(
            "app-folder-not-created",
            path = cairn_core::files::shown(&dir)
        ))
    })?;
    let opener = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(&dir)
        .spawn()
        .map(drop)
        .map_err(|e| {
            tracing::warn!(error = %e, "cannot open the backups folder");
            Error::Internal(tr!(
                "app-folder-not-opened",
                path = cairn_core::files::shown(&dir)
            ))
        })
}

/// Asks where to save and exports there.
#[tauri::command]
pub async fn export_data<R: Runtime>(
    app: tauri::AppHandle<R>,
    input: Input<ExportInput>,
) -> Result<ExportedDto> {
    let csv = match input.get()?.format.as_str() {
        "json" => false,
        "csv" => true,
        _ => return Err(Error::Validation(tr!("input-export-format"))),
    };
    let state = app.state::<AppState>();
    let store = state.store()?;
    let today = state.clock().today();
    let name = if csv {
        format!("cairn-wins-{today}.csv")
    } else {
        format!("cairn-export-{today}.json")
    };
    let (kind, extension) = if csv {
        (tr!("dialog-kind-csv"), "csv")
    } else {
        (tr!("dialog-kind-json"), "json")
    };
    let title = tr!("dialog-export-title");
    let path = files::ask_where_to_save(
        &app,
        &SaveAs {
            title: &title,
            file_name: &name,
            kind: &kind,
            extension,
            folder: app.path().document_dir().ok(),
        },
    )?;
    let Some(path) = path else {
        return Ok(ExportedDto {
            path: None,
            goals: 0,
            steps: 0,
            wins: 0,
        });
    };
    let counts = if csv {
        export::Exported {
            wins: export::export_csv(store, state.clock(), &path)?,
            ..Default::default()
        }
    } else {
        export::export_json(store, state.clock(), &path)?
    };
    Ok(ExportedDto {
        path: Some(cairn_core::files::shown(&path)),
        goals: counts.goals,
        steps: counts.steps,
        wins: counts.wins,
    })
}

/// Asks which file (or folder) to import, and says what importing it would
/// add. Nothing is written.
#[tauri::command]
pub async fn preview_import<R: Runtime>(
    app: tauri::AppHandle<R>,
    input: Input<PickImportInput>,
) -> Result<ImportDto> {
    let path = files::ask_what_to_import(&app, input.get()?.folder)?;
    let Some(path) = path else {
        return Ok(ImportDto::cancelled());
    };
    let state = app.state::<AppState>();
    let preview = import::import_path(state.store()?, state.clock(), &path, true)?;
    Ok(ImportDto::new(
        Some(cairn_core::files::shown(&path)),
        preview,
    ))
}

/// Imports the file the preview showed (only the one the dialog returned),
/// in one transaction.
#[tauri::command(async)]
pub fn run_import(
    state: State<'_, AppState>,
    picked: State<'_, PickedImport>,
    input: Input<ImportInput>,
) -> Result<ImportDto> {
    let path = picked.check(Path::new(&input.get()?.path))?;
    state.changed(
        import::import_path(state.store()?, state.clock(), &path, false)
            .map(|p| ImportDto::new(Some(cairn_core::files::shown(&path)), p)),
    )
}

/// What start-up found wrong with the database, once; `null` if nothing.
#[tauri::command(async)]
pub fn recovery_notice(recovery: State<'_, Recovery>) -> Option<RecoveryDto> {
    let found = recovery
        .0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .take()?;
    Some(RecoveryDto {
        moved_to: cairn_core::files::shown(&found.moved_to),
        newest_backup: found.newest_backup.map(Into::into),
    })
}

/// Waits this long after start before the first backup, so a backup never
/// competes with the first moments of use.
const FIRST_BACKUP: Duration = Duration::from_secs(20);

/// On one thread at the system's background priority, started after the
/// first frame: today's whole-file check of the database if it is due
/// (the store's writes wait for it; see `service::backups::check_when_due`),
/// then a backup once a day while Cairn runs: soon after start if the newest
/// backup is a day old, then whenever the next one is due. The thread
/// sleeps until then; it never wakes with nothing to do.
pub fn start_check_and_backups<R: Runtime>(app: tauri::AppHandle<R>) {
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("backups".into())
        .spawn(move || {
            crate::low_priority::lower_this_thread();
            check_the_database(&app);
            std::thread::sleep(FIRST_BACKUP);
            loop {
                let state = app.state::<AppState>();
                // No database (it failed to open): nothing to back up.
                let Ok(store) = state.store() else { return };
                match backups::backup_if_due(store, state.clock()) {
                    Ok(Some(b)) => tracing::info!(name = %b.name, "daily backup written"),
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %e, "daily backup failed"),
                }
                let wait = backups::next_due(store, state.clock())
                    .ok()
                    .and_then(|d| d.to_std().ok())
                    // After a failure, try again in an hour, not at once.
                    .filter(|d| !d.is_zero())
                    .unwrap_or(Duration::from_secs(3600));
                std::thread::sleep(wait);
            }
        });
    if let Err(e) = spawned {
        // The held writes must not wait for a thread that never came.
        check_the_database(&handle);
        tracing::warn!(error = %e, "no daily backups: cannot start their thread");
    }
}

/// The whole-file check if due; damage found is told to the window (the
/// recovery card) and to everything showing data, which is now the fresh
/// database's. Then the tidying a start does (`service::on_start`).
fn check_the_database<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(store) = state.store() else { return };
    // The clock the store was opened by (the day the check is noted for).
    match backups::check_when_due(store, &cairn_core::clock::SystemClock) {
        Ok(None) => {}
        Ok(Some(found)) => {
            app.state::<Recovery>().set(Some(found));
            state.changed(Ok(())).ok();
            if let Err(e) = tauri::Emitter::emit(app, crate::events::RECOVERY_EVENT, ()) {
                tracing::warn!(error = %e, "could not tell the window about the damage");
            }
        }
        Err(e) => tracing::error!(error = %e, "the database check could not finish"),
    }
    if let Err(e) = crate::service::on_start(store) {
        tracing::warn!(error = %e, "could not tidy the database at start");
    }
}
