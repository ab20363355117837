//! The day's one thing inside a transaction: how Today shows it (with the
//! carry-over offer and "to enjoy"), whether one is open when a win is
//! written, and linking the win that does it.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::focus::{offer_carry_over, win_does, OneThing};
use crate::domain::StepId;
use crate::error::Result;
use crate::store;
use crate::store::one_things::OneThingRow;
use crate::store::wins::WinRecord;

use super::rewards::RewardView;

/// The setting that remembers the day the carry-over offer was set aside.
pub(crate) const CARRY_SET_ASIDE: &str = "focus.carry_over_set_aside";

/// A day's one thing as the views show it.
#[derive(Debug, Clone, PartialEq)]
pub struct OneThingView {
    pub date: NaiveDate,
    pub text: String,
    /// The step, if it is one that still exists.
    pub step_id: Option<StepId>,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    pub done: bool,
}

/// What Today shows first: the one thing, yesterday's unfinished one to
/// carry over (offered, not imposed), and the rewards waiting to be enjoyed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FocusToday {
    pub one_thing: Option<OneThingView>,
    pub carry_over: Option<OneThingView>,
    pub to_enjoy: Vec<RewardView>,
}

pub(crate) fn view(conn: &store::Conn, row: OneThingRow) -> Result<OneThingView> {
    let (mut goal_title, mut goal_colour) = (None, None);
    let mut step_id = None;
    if let Some(id) = &row.one.step_id {
        if let Some(step) = store::steps::get(conn, id)? {
            if let Some(goal) = step.goal_id.as_ref() {
                if let Some(goal) = store::goals::get(conn, goal)? {
                    goal_title = Some(goal.title);
                    goal_colour = Some(goal.colour);
                }
            }
            step_id = Some(step.id);
        }
    }
    Ok(OneThingView {
        date: row.one.date,
        text: row.one.text,
        step_id,
        goal_title,
        goal_colour,
        done: row.done,
    })
}

/// Today's one thing, the carry-over offer and "to enjoy", for `today`.
pub(crate) fn focus_today(conn: &store::Conn, today: NaiveDate) -> Result<FocusToday> {
    let current = store::one_things::on_day(conn, today)?;
    let previous = store::one_things::latest_before(conn, today)?;
    let set_aside = store::settings::get(conn, CARRY_SET_ASIDE)?
        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let offered = offer_carry_over(
        today,
        current.is_some(),
        previous.as_ref().map(|p| (&p.one, p.done)),
        set_aside,
    );
    Ok(FocusToday {
        one_thing: current.map(|row| view(conn, row)).transpose()?,
        carry_over: match previous {
            Some(row) if offered => Some(view(conn, row)?),
            _ => None,
        },
        to_enjoy: super::rewards::to_enjoy(conn)?,
    })
}

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
