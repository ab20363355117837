//! The day's one thing inside a win's write: whether one is open, and
//! linking the win that does it. The Chronicle reads the days it was done.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::focus::{win_does, OneThing};
use crate::error::Result;
use crate::store;
use crate::store::wins::WinRecord;

/// Before a win is written: the day's one thing, if it is not done yet.
pub(crate) fn open_one_thing(conn: &store::Conn, day: NaiveDate) -> Result<Option<OneThing>> {
    Ok(store::one_things::on_day(conn, day)?
        .filter(|row| !row.done)
        .map(|row| row.one))
}

/// After `win` was written in `tx`: whether it did `open` (the day's one
/// thing, not done before it); if so it is linked to it.
pub(crate) fn link_if_done(
    tx: &store::Conn,
    clock: &dyn Clock,
    open: Option<&OneThing>,
    win: &WinRecord,
) -> Result<bool> {
    match open {
        Some(one) if win_does(one, &win.win) => {
            store::one_things::link_win(tx, one.date, &win.win.id, clock.now())?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The days from `from` to `to` whose one thing was done, oldest first.
pub(crate) fn done_days(
    conn: &store::Conn,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<NaiveDate>> {
    store::one_things::done_days(conn, from, to)
}
