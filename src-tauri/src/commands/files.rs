//! Where files come from and go to: the system's save and open dialogs, one
//! way for every command that writes or reads a file the person chose.
//!
//! In the end-to-end build (cargo feature `e2e`) two environment variables
//! stand in for the dialogs, since a test cannot click a native one:
//! `CAIRN_E2E_SAVE_DIR` (save into that folder) and `CAIRN_E2E_OPEN_PATH`
//! (open that file), and `CAIRN_E2E_SYNC_FOLDER` for the sync folder. A
//! release build has none of them.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::error::{Error, Result};
use cairn_core::tr;

/// A file to be saved: the dialog's title, the proposed name, one filter.
pub struct SaveAs<'a> {
    pub title: &'a str,
    pub file_name: &'a str,
    pub kind: &'a str,
    pub extension: &'a str,
    /// The folder the dialog opens in, when it exists.
    pub folder: Option<PathBuf>,
}

/// Asks where to save; `None` when the person cancels.
pub fn ask_where_to_save<R: Runtime>(
    app: &tauri::AppHandle<R>,
    save: &SaveAs<'_>,
) -> Result<Option<PathBuf>> {
    #[cfg(feature = "e2e")]
    if let Some(dir) = std::env::var_os("CAIRN_E2E_SAVE_DIR").filter(|d| !d.is_empty()) {
        return Ok(Some(PathBuf::from(dir).join(save.file_name)));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(save.title)
        .set_file_name(save.file_name)
        .add_filter(save.kind, &[save.extension]);
    if let Some(folder) = save.folder.as_ref().filter(|f| f.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    local_path(dialog.blocking_save_file())
}

/// Asks for a file (or, with `folder`, a folder) to import; `None` when the
/// person cancels. The answer is remembered for [`PickedImport::check`].
pub fn ask_what_to_import<R: Runtime>(
    app: &tauri::AppHandle<R>,
    folder: bool,
) -> Result<Option<PathBuf>> {
    let picked = pick_import(app, folder)?;
    app.state::<PickedImport>().set(picked.clone());
    Ok(picked)
}

fn pick_import<R: Runtime>(app: &tauri::AppHandle<R>, folder: bool) -> Result<Option<PathBuf>> {
    #[cfg(feature = "e2e")]
    if let Some(path) = std::env::var_os("CAIRN_E2E_OPEN_PATH").filter(|p| !p.is_empty()) {
        return Ok(Some(PathBuf::from(path)));
    }
    let dialog = app.dialog().file().set_title(if folder {
        tr!("dialog-import-folder-title")
    } else {
        tr!("dialog-import-file-title")
    });
    local_path(if folder {
        dialog.blocking_pick_folder()
    } else {
        dialog
            .add_filter(tr!("dialog-filter-import"), &["json", "db", "zip"])
            .add_filter(tr!("dialog-filter-any"), &["*"])
            .blocking_pick_file()
    })
}

fn local_path(picked: Option<tauri_plugin_dialog::FilePath>) -> Result<Option<PathBuf>> {
    picked.map(|f| f.into_path()).transpose().map_err(|e| {
        tracing::warn!(error = %e, "the dialog gave no local path");
        Error::Validation(tr!("dialog-not-local"))
    })
}

/// The file the import dialog last returned. Importing takes only that
/// one: the window names it back, but cannot name any other.
#[derive(Default)]
pub struct PickedImport(Mutex<Option<PathBuf>>);

impl PickedImport {
    fn set(&self, path: Option<PathBuf>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = path;
    }

    /// The picked file, if `named` is it.
    pub fn check(&self, named: &Path) -> Result<PathBuf> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .filter(|picked| picked == named)
            .ok_or_else(|| Error::Validation(tr!("dialog-pick-again")))
    }
}

/// Asks for the folder to sync through; `None` when the person cancels.
/// In the end-to-end build `CAIRN_E2E_SYNC_FOLDER` stands in for the dialog.
pub fn ask_for_sync_folder<R: Runtime>(app: &tauri::AppHandle<R>) -> Result<Option<PathBuf>> {
    #[cfg(feature = "e2e")]
    if let Some(path) = std::env::var_os("CAIRN_E2E_SYNC_FOLDER").filter(|p| !p.is_empty()) {
        return Ok(Some(PathBuf::from(path)));
    }
    local_path(
        app.dialog()
            .file()
            .set_title(tr!("dialog-sync-folder-title"))
            .blocking_pick_folder(),
    )
}
