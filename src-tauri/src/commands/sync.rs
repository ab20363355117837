//! Commands for sync with the person's other computers (Settings → "Sync
//! with your other computers"; docs/sync.md): the status, choosing the
//! folder, turning sync on or renaming this computer, "Sync now" and "Stop
//! syncing". Each calls one use case of `service::sync`; the watch that
//! keeps the folder in step while Cairn runs (`sync_watch.rs`) is started
//! and stopped beside it.
//!
//! In the end-to-end build, `CAIRN_E2E_SYNC_FOLDER` stands in for the
//! folder dialog (see `files.rs`).

use chrono::SecondsFormat;
use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime, State};

use super::{files, AppState, Input};
use crate::error::Result;
use crate::service::sync::{self, Device, SyncReport, SyncStatus};
use crate::sync_watch::SyncWatch;

/// A computer, as Settings shows it.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct DeviceDto {
    pub id: String,
    pub name: String,
    /// RFC 3339, UTC; the page says it in the person's locale.
    pub last_change_at: Option<String>,
}

impl From<Device> for DeviceDto {
    fn from(d: Device) -> Self {
        DeviceDto {
            id: d.id,
            name: d.name,
            last_change_at: d
                .last_change_at
                .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)),
        }
    }
}

/// Settings' sync card.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusDto {
    /// Whether sync is on (a folder is chosen).
    pub on: bool,
    pub folder: Option<String>,
    pub this_device: Option<DeviceDto>,
    pub devices: Vec<DeviceDto>,
    /// Changes made here not yet written to the folder.
    pub pending: usize,
    /// What the last sync met, in sentences.
    pub notes: Vec<String>,
    /// The name offered for this computer: its own name, else its host name.
    pub suggested_name: String,
}

impl From<SyncStatus> for SyncStatusDto {
    fn from(s: SyncStatus) -> Self {
        let suggested_name = s
            .this_device
            .as_ref()
            .map_or_else(sync::suggested_device_name, |d| d.name.clone());
        SyncStatusDto {
            on: s.folder.is_some(),
            folder: s.folder.map(|f| cairn_core::files::shown(&f)),
            this_device: s.this_device.map(Into::into),
            devices: s.devices.into_iter().map(Into::into).collect(),
            pending: s.pending,
            notes: s.notes,
            suggested_name,
        }
    }
}

/// What one "Sync now" did.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SyncReportDto {
    /// Changes from other computers applied here.
    pub applied: usize,
    pub files_read: usize,
    /// Files written to this computer's folder.
    pub written: usize,
    pub notes: Vec<String>,
}

impl From<SyncReport> for SyncReportDto {
    fn from(r: SyncReport) -> Self {
        SyncReportDto {
            applied: r.applied,
            files_read: r.files_read,
            written: r.written.len(),
            notes: r.notes,
        }
    }
}

#[tauri::command(async)]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatusDto> {
    sync::status(state.store()?).map(Into::into)
}

/// The folder dialog; `null` when the person cancels.
#[tauri::command]
pub async fn sync_pick_folder<R: Runtime>(app: tauri::AppHandle<R>) -> Result<Option<String>> {
    Ok(files::ask_for_sync_folder(&app)?.map(|p| cairn_core::files::shown(&p)))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SyncConfigureInput {
    folder: String,
    name: String,
}

/// Turns sync on, or changes its folder or this computer's name; then the
/// watch (re)starts on the folder and syncs once.
#[tauri::command(async)]
pub fn sync_configure(
    state: State<'_, AppState>,
    watch: State<'_, SyncWatch>,
    input: Input<SyncConfigureInput>,
) -> Result<SyncStatusDto> {
    let input = input.get()?;
    let status = watch.exclusive(|| {
        sync::configure(
            state.store()?,
            state.clock(),
            std::path::Path::new(&input.folder),
            &input.name,
        )
    })?;
    if let Some(folder) = &status.folder {
        watch.start(folder);
    }
    Ok(status.into())
}

/// "Sync now": writes this computer's changes, applies the others'; the
/// windows, tray and reminders refresh when anything arrived.
#[tauri::command(async)]
pub fn sync_now(state: State<'_, AppState>, watch: State<'_, SyncWatch>) -> Result<SyncReportDto> {
    let report = watch.exclusive(|| sync::sync_now(state.store()?, state.clock()))?;
    if report.applied > 0 {
        state.changed(Ok(()))?;
    }
    Ok(report.into())
}

/// "Stop syncing": nothing more is written or read; the folder is left as
/// it is. The watch ends.
#[tauri::command(async)]
pub fn sync_turn_off(state: State<'_, AppState>, watch: State<'_, SyncWatch>) -> Result<()> {
    watch.exclusive(|| sync::turn_off(state.store()?))?;
    watch.stop();
    Ok(())
}

/// Starts the watch at start-up when sync is on (the first sync runs on its
/// thread, not here).
pub fn start_watch_if_on<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(store) = state.store() else { return };
    match sync::status(store) {
        Ok(SyncStatus {
            folder: Some(folder),
            ..
        }) => app.state::<SyncWatch>().start(&folder),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "could not read the sync settings"),
    }
}
