//! The data page's commands: backups (list, back up now, restore and undo,
//! open the folder) and the daily backup thread. All run off the main
//! thread (`async`): they copy the database or wait for the file system.

use std::time::Duration;

use chrono::SecondsFormat;
use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime, State};

use super::{AppState, Input};
use crate::error::{Error, Result};
use crate::service::backups::{self, BackupInfo, Restored};

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

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupNameInput {
    name: String,
}

// ---- commands ---------------------------------------------------------

#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> Result<BackupsDto> {
    let store = state.store()?;
    Ok(BackupsDto {
        folder: backups::backup_dir(store).display().to_string(),
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
    input: Input<BackupNameInput>,
) -> Result<RestoredDto> {
    let name = input.get()?.name;
    state.changed(backups::restore(state.store()?, state.clock(), &name).map(Into::into))
}

/// Opens the backups folder in the system's file manager.
#[tauri::command(async)]
pub fn open_backups_folder(state: State<'_, AppState>) -> Result<()> {
    let dir = backups::backup_dir(state.store()?);
    std::fs::create_dir_all(&dir).map_err(|e| {
        tracing::warn!(error = %e, "cannot create the backups folder");
        Error::Storage(format!("Cairn could not create {}.", dir.display()))
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
            Error::Internal(format!(
                "Cairn could not open the folder. It is {}.",
                dir.display()
            ))
        })
}

/// Waits this long after start before the first check, so a backup never
/// competes with the first frame.
const FIRST_CHECK: Duration = Duration::from_secs(20);

/// Backs up once a day while Cairn runs: soon after start if the newest
/// backup is a day old, then whenever the next one is due. The thread
/// sleeps until then; it never wakes with nothing to do.
pub fn start_daily_backups<R: Runtime>(app: tauri::AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("backups".into())
        .spawn(move || {
            std::thread::sleep(FIRST_CHECK);
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
        tracing::warn!(error = %e, "no daily backups: cannot start their thread");
    }
}
