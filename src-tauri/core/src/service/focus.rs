//! Today's one thing: choosing it (an open step or a line of free text),
//! changing or clearing it, logging it, and taking up or setting aside the
//! morning's offer to carry over yesterday's unfinished one. How Today
//! shows it and linking the win that does it are `ops/one_thing.rs`.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::focus::{win_does, OneThing};
use crate::domain::text::Title;
use crate::domain::{StepId, WinSource};
use crate::error::{Error, Result};
use crate::store::wins::WinRecord;
use crate::store::{self, Store};

use super::ops::one_thing::{focus_today, view, CARRY_SET_ASIDE};
pub use super::ops::one_thing::{FocusToday, OneThingView};
use super::ops::wins::{insert_win, Logged, WinDraft};

/// How the person chose today's one thing.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    Step(StepId),
    Text(String),
}

/// The one thing of today, read on its own (the tray, `cairn today`).
pub fn one_thing_today(store: &Store, clock: &dyn Clock) -> Result<FocusToday> {
    let today = clock.today();
    store.read(|conn| focus_today(conn, today))
}

/// The one thing `choice` names on `day`, checked.
fn one_thing_for(conn: &store::Conn, day: NaiveDate, choice: &Choice) -> Result<OneThing> {
    Ok(match choice {
        Choice::Step(id) => {
            let step = super::ops::step_exists(conn, id)?;
            if step.archived {
                return Err(Error::Validation(crate::tr!("focus-error-step-archived")));
            }
            OneThing {
                date: day,
                step_id: Some(step.id),
                text: step.title,
                win_id: None,
            }
        }
        Choice::Text(text) => OneThing {
            date: day,
            step_id: None,
            text: text.clone(),
            win_id: None,
        },
    })
}

/// The live win already logged today that does `one`, if any (a free win
/// with the same words; a step's wins count without a link).
fn existing_win(conn: &store::Conn, one: &OneThing) -> Result<Option<WinRecord>> {
    Ok(store::wins::on_day(conn, one.date)?
        .into_iter()
        .find(|w| win_does(one, &w.win)))
}

/// Sets (or changes) today's one thing. A win that already does it today
/// counts: choosing what you just did is fine.
pub fn set_one_thing(store: &Store, clock: &dyn Clock, choice: &Choice) -> Result<OneThingView> {
    let choice = match choice {
        Choice::Text(text) => {
            Choice::Text(Title::parse(text, "core-field-one-thing")?.into_string())
        }
        step => step.clone(),
    };
    let today = clock.today();
    store.write(|tx| {
        let mut one = one_thing_for(tx, today, &choice)?;
        if one.step_id.is_none() {
            one.win_id = existing_win(tx, &one)?.map(|w| w.win.id);
        }
        store::one_things::set(tx, &one, clock.now())?;
        today_exists(tx, today)
    })
}

fn today_exists(conn: &store::Conn, today: NaiveDate) -> Result<OneThingView> {
    let row = store::one_things::on_day(conn, today)?
        .ok_or_else(|| Error::NotFound(crate::tr!("focus-error-none-today")))?;
    view(conn, row)
}

/// Clears today's one thing (no harm done: the wins stay).
pub fn clear_one_thing(store: &Store, clock: &dyn Clock) -> Result<()> {
    let today = clock.today();
    store.write(|tx| store::one_things::clear(tx, today).map(drop))
}

/// Takes yesterday's unfinished one thing as today's. A step that was
/// archived or removed since comes over as its words.
pub fn carry_over(store: &Store, clock: &dyn Clock) -> Result<OneThingView> {
    let today = clock.today();
    store.write(|tx| {
        let focus = focus_today(tx, today)?;
        let Some(previous) = focus.carry_over else {
            return Err(Error::Conflict(crate::tr!("focus-error-nothing-to-carry")));
        };
        let open_step = match &previous.step_id {
            Some(id) => store::steps::get(tx, id)?.filter(|s| !s.archived),
            None => None,
        };
        let one = match open_step {
            Some(step) => one_thing_for(tx, today, &Choice::Step(step.id))?,
            None => OneThing {
                date: today,
                step_id: None,
                text: previous.text,
                win_id: None,
            },
        };
        store::one_things::set(tx, &one, clock.now())?;
        today_exists(tx, today)
    })
}

/// Sets the carry-over offer aside for today; it does not come back today.
pub fn set_carry_over_aside(store: &Store, clock: &dyn Clock) -> Result<()> {
    let today = clock.today().format("%Y-%m-%d").to_string();
    store.write(|tx| store::settings::set(tx, CARRY_SET_ASIDE, &today))
}

/// Logs today's one thing as done: a win on its step, or a win with its
/// words. Refused kindly when there is none or it is already done.
pub fn log_one_thing(store: &Store, clock: &dyn Clock, source: WinSource) -> Result<Logged> {
    let today = clock.today();
    store.write(|tx| {
        let row = store::one_things::on_day(tx, today)?
            .ok_or_else(|| Error::Conflict(crate::tr!("focus-error-none-today")))?;
        if row.done {
            return Err(Error::Conflict(crate::tr!("focus-error-already-done")));
        }
        let step = match &row.one.step_id {
            Some(id) => store::steps::get(tx, id)?.map(|s| s.id),
            None => None,
        };
        let draft = WinDraft {
            text: if step.is_some() {
                String::new()
            } else {
                row.one.text.clone()
            },
            note: String::new(),
            goal: None,
            step,
            source,
            amount: None,
        };
        let text = (draft.step.is_none()).then(|| row.one.text.clone());
        insert_win(tx, clock, &draft, text, String::new(), None)
    })
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::service::steps::{add_step, set_step_archived};
    use crate::service::test_support::*;
    use crate::service::wins::{delete_win, log_win, tick_step};

    fn free(text: &str, source: WinSource) -> WinDraft {
        WinDraft {
            text: text.into(),
            note: String::new(),
            goal: None,
            step: None,
            source,
            amount: None,
        }
    }

    fn now_view(t: &TempStore, clock: &FixedClock) -> FocusToday {
        one_thing_today(&t.store, clock).unwrap()
    }

    #[test]
    fn a_step_one_thing_is_done_by_any_live_win_on_it_that_day() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Thesis").unwrap();
        let step = add_step(&t.store, &clock, Some(&g.id), &step_draft("Write", "daily")).unwrap();
        let set = set_one_thing(&t.store, &clock, &Choice::Step(step.id.clone())).unwrap();
        assert_eq!(
            (set.text.as_str(), set.goal_title.as_deref(), set.done),
            ("Write", Some("Thesis"), false)
        );
        let other = log_win(&t.store, &clock, &free("Walked", WinSource::Window)).unwrap();
        assert!(!other.one_thing);
        let ticked = tick_step(&t.store, &clock, &step.id, WinSource::Tray).unwrap();
        assert!(ticked.one_thing, "a tray win counts too");
        assert!(now_view(&t, &clock).one_thing.unwrap().done);
        // Deleted wins do not count.
        delete_win(&t.store, &clock, &ticked.record.win.id).unwrap();
        assert!(!now_view(&t, &clock).one_thing.unwrap().done);
        let again = log_one_thing(&t.store, &clock, WinSource::Window).unwrap();
        assert!(again.one_thing);
        assert_eq!(again.record.win.step_id, Some(step.id));
        assert_eq!(
            log_one_thing(&t.store, &clock, WinSource::Window)
                .unwrap_err()
                .kind(),
            "conflict"
        );
    }

    #[test]
    fn a_free_one_thing_is_done_by_its_own_tick_or_the_same_words() {
        let t = temp_store();
        let clock = saturday_morning();
        set_one_thing(&t.store, &clock, &Choice::Text("  Call Mum ".into())).unwrap();
        assert_eq!(now_view(&t, &clock).one_thing.unwrap().text, "Call Mum");
        let w = log_win(&t.store, &clock, &free("call mum", WinSource::Quick)).unwrap();
        assert!(w.one_thing);
        // Changing it forgets the old win.
        set_one_thing(&t.store, &clock, &Choice::Text("Tidy the desk".into())).unwrap();
        assert!(!now_view(&t, &clock).one_thing.unwrap().done);
        let w = log_one_thing(&t.store, &clock, WinSource::Cli).unwrap();
        assert_eq!(w.record.win.text, "Tidy the desk");
        assert!(w.one_thing);
        // Choosing what was already done today counts it.
        set_one_thing(&t.store, &clock, &Choice::Text("Call Mum".into())).unwrap();
        assert!(now_view(&t, &clock).one_thing.unwrap().done);
        clear_one_thing(&t.store, &clock).unwrap();
        assert_eq!(now_view(&t, &clock).one_thing, None);
        assert_eq!(
            log_one_thing(&t.store, &clock, WinSource::Window)
                .unwrap_err()
                .kind(),
            "conflict"
        );
    }

    #[test]
    fn bad_choices_are_refused() {
        let t = temp_store();
        let clock = saturday_morning();
        let step = add_step(&t.store, &clock, None, &step_draft("Old", "daily")).unwrap();
        set_step_archived(&t.store, &clock, &step.id, true).unwrap();
        let missing = StepId::from_trusted(store::new_id());
        for (choice, kind) in [
            (Choice::Text("   ".into()), "validation"),
            (Choice::Text("x".repeat(201)), "validation"),
            (Choice::Step(step.id.clone()), "validation"),
            (Choice::Step(missing), "notFound"),
        ] {
            assert_eq!(
                set_one_thing(&t.store, &clock, &choice).unwrap_err().kind(),
                kind,
                "{choice:?}"
            );
        }
        assert_eq!(now_view(&t, &clock).one_thing, None);
    }

    /// Table: what the next morning offers.
    #[test]
    fn the_next_morning_offers_an_unfinished_one_thing_once() {
        let t = temp_store();
        let clock = saturday_morning();
        let step = add_step(&t.store, &clock, None, &step_draft("Stretch", "daily")).unwrap();
        set_one_thing(&t.store, &clock, &Choice::Step(step.id.clone())).unwrap();
        clock.advance(Duration::days(1));
        let offer = now_view(&t, &clock).carry_over.unwrap();
        assert_eq!((offer.text.as_str(), offer.done), ("Stretch", false));
        // Set aside: gone for today, and the day after offers nothing
        // (the unfinished one was two days ago).
        set_carry_over_aside(&t.store, &clock).unwrap();
        assert_eq!(now_view(&t, &clock).carry_over, None);
        clock.advance(Duration::days(1));
        assert_eq!(now_view(&t, &clock).carry_over, None);

        // Carried over: today's one thing is the step again.
        set_one_thing(&t.store, &clock, &Choice::Text("Call Mum".into())).unwrap();
        clock.advance(Duration::days(1));
        let carried = carry_over(&t.store, &clock).unwrap();
        assert_eq!(carried.text, "Call Mum");
        assert_eq!(now_view(&t, &clock).carry_over, None);
        assert_eq!(carry_over(&t.store, &clock).unwrap_err().kind(), "conflict");

        // Done yesterday: nothing to offer.
        log_one_thing(&t.store, &clock, WinSource::Window).unwrap();
        clock.advance(Duration::days(1));
        assert_eq!(now_view(&t, &clock).carry_over, None);
    }

    #[test]
    fn done_days_count_only_done_ones() {
        let t = temp_store();
        let clock = saturday_morning();
        let start = clock.today();
        for done in [true, false, true] {
            set_one_thing(&t.store, &clock, &Choice::Text("Read".into())).unwrap();
            if done {
                log_one_thing(&t.store, &clock, WinSource::Window).unwrap();
            }
            clock.advance(Duration::days(1));
        }
        let days = t
            .store
            .read(|c| crate::service::ops::one_thing::done_days(c, start, clock.today()))
            .unwrap();
        assert_eq!(days, [start, start + Duration::days(2)]);
    }
}
