//! Whether the window leads with the first run: Today reads it in its
//! snapshot, the first-run use case writes how it ended.

use crate::error::Result;
use crate::store;

/// The setting that remembers how the first run ended.
pub(crate) const SETTING: &str = "first_run";
pub(crate) const DONE: &str = "done";
pub(crate) const SKIPPED: &str = "skipped";
/// Asked for again from Settings: shown until finished or skipped.
pub(crate) const AGAIN: &str = "again";

/// A fresh database that took a damaged one's place is no new Cairn: its
/// person has been here before, so the first run is not shown.
pub(crate) fn not_new_in(conn: &store::Conn) -> Result<()> {
    store::settings::set(conn, SETTING, SKIPPED)
}

/// Whether the window shows the first run: asked for again, or a Cairn
/// with nothing in it yet (no goal, step, win or habit stack, however it
/// got there) that has not finished or skipped it.
pub(crate) fn wanted_in(conn: &store::Conn) -> Result<bool> {
    Ok(match store::settings::get(conn, SETTING)?.as_deref() {
        Some(AGAIN) => true,
        Some(_) => false,
        None => store::holds_nothing(conn)?,
    })
}
