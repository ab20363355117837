//! Where a person's data lives: `CAIRN_DATA_DIR` when set (tests, a
//! portable install), else the operating system's data folder for Cairn's
//! identifier, the folder Tauri's `app_data_dir` names too. The window and
//! the command line both ask here, so they always open the same file.

use std::path::PathBuf;

use crate::error::{Error, Result};

/// Overrides the data folder (tests, portable use).
pub const DATA_DIR_ENV: &str = "CAIRN_DATA_DIR";

/// The app's identifier, as in tauri.conf.json: names its data folder and
/// its single-instance name on the session bus.
pub const APP_ID: &str = "app.cairn.desktop";

/// The data folder: `CAIRN_DATA_DIR` if set and not empty, else the OS's.
pub fn data_dir() -> Result<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join(APP_ID)).ok_or_else(|| {
            tracing::error!("no data folder on this system");
            Error::Storage(crate::tr!("error-storage-no-folder", env = DATA_DIR_ENV))
        }),
    }
}
