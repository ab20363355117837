//! Logging, editing, deleting (with undo) and listing wins.

use chrono::{Duration, NaiveDate};

use crate::clock::Clock;
use crate::domain::measure::Amount;
use crate::domain::text::{Note, Title};
use crate::domain::win::{can_undo_delete, check_win_day, UNDO_SECONDS};
use crate::domain::{is_open_on, Cadence, StepId, WinId, WinSource};
use crate::error::{Error, Result};
use crate::store::wins::{Cursor, WinRecord};
pub use crate::store::wins::{WinPage, PAGE_MAX};
use crate::store::{self, Store};

use super::ops::wins::insert_win;
pub use super::ops::wins::{Logged, WinDraft};

/// Logs a win now. A win for a step counts for the step's goal too.
pub fn log_win(store: &Store, clock: &dyn Clock, draft: &WinDraft) -> Result<Logged> {
    log_win_on(store, clock, draft, None)
}

/// Logs a win for `day`, an earlier day the person chose ("I did it
/// yesterday, I just forgot to log it"; `None`: today). It counts for that
/// day everywhere (momentum, runs, the week, rewards) and keeps the
/// instant it was entered.
pub fn log_win_on(
    store: &Store,
    clock: &dyn Clock,
    draft: &WinDraft,
    day: Option<NaiveDate>,
) -> Result<Logged> {
    let note = Note::parse(&draft.note, "core-field-note")?.into_string();
    // Validate the text before touching the database when it is given.
    let text = if draft.text.trim().is_empty() && draft.step.is_some() {
        None
    } else {
        Some(Title::parse(&draft.text, "core-field-win")?.into_string())
    };
    store.write(|tx| insert_win(tx, clock, draft, text, note, day))
}

/// The one-click ✓ on a step: logs a win with the step's title, once per
/// open period (a second click on the same day is refused kindly). The
/// check and the write are one transaction, so two windows (or the window
/// and `cairn log --step`) ticking at once log it once.
pub fn tick_step(
    store: &Store,
    clock: &dyn Clock,
    step: &StepId,
    source: WinSource,
) -> Result<Logged> {
    tick_step_on(store, clock, step, source, None)
}

/// [`tick_step`] for `day`, an earlier day the person chose (`None`:
/// today). Today asks whether the step is still open; an earlier day only
/// whether it already has the step's win (a once-step: ever), so a step
/// done on a day it did not ask for still counts.
pub fn tick_step_on(
    store: &Store,
    clock: &dyn Clock,
    step: &StepId,
    source: WinSource,
    day: Option<NaiveDate>,
) -> Result<Logged> {
    tick_step_with(store, clock, step, source, day, None)
}

/// [`tick_step_on`] with an amount for a measured step (`None`: its usual
/// amount). A measured step takes more on the same day ("three pages
/// more"), even past its target; only an archived step refuses.
pub fn tick_step_with(
    store: &Store,
    clock: &dyn Clock,
    step: &StepId,
    source: WinSource,
    day: Option<NaiveDate>,
    amount: Option<Amount>,
) -> Result<Logged> {
    let today = clock.today();
    let draft = WinDraft {
        text: String::new(),
        note: String::new(),
        goal: None,
        step: Some(step.clone()),
        source,
        amount,
    };
    store.write(|tx| {
        let s = super::ops::step_exists(tx, step)?;
        let on = day.unwrap_or(today);
        let progress = super::ops::progress::progress_of(tx, std::slice::from_ref(&s), on)?
            .get(&s.id)
            .copied()
            .unwrap_or_default();
        let refusal = if s.archived {
            Some("error-step-done-for-now")
        } else if s.measure.is_some() {
            None
        } else if on == today {
            (!is_open_on(&s, progress, today)).then_some("error-step-done-for-now")
        } else {
            let had_it = if s.cadence == Cadence::Once {
                progress.ever_done
            } else {
                progress.done_today
            };
            had_it.then_some("error-step-done-that-day")
        };
        if let Some(why) = refusal {
            return Err(Error::Conflict(crate::tr!(why)));
        }
        insert_win(tx, clock, &draft, None, String::new(), day)
    })
}

/// Changes a win's text and note and, with `day`, moves it to another
/// day (today or earlier), in one write. A moved win counts for its new
/// day everywhere, as any edit; a milestone it reaches waits for the
/// chronicle to celebrate it.
pub fn edit_win(
    store: &Store,
    clock: &dyn Clock,
    id: &WinId,
    text: &str,
    note: &str,
    day: Option<NaiveDate>,
) -> Result<WinRecord> {
    edit_win_with(store, clock, id, text, note, day, None)
}

/// [`edit_win`] that also sets the amount of a measured step's win
/// (`None` leaves it as it is).
pub fn edit_win_with(
    store: &Store,
    clock: &dyn Clock,
    id: &WinId,
    text: &str,
    note: &str,
    day: Option<NaiveDate>,
    amount: Option<Amount>,
) -> Result<WinRecord> {
    let text = Title::parse(text, "core-field-win")?.into_string();
    let note = Note::parse(note, "core-field-note")?.into_string();
    if let Some(day) = day {
        check_win_day(day, clock.today())?;
    }
    let now = clock.now();
    store.write(|tx| {
        if !store::wins::update_text(tx, id, &text, &note, now)? {
            return Err(Error::not_found("win"));
        }
        if let Some(day) = day {
            store::wins::move_to_day(tx, id, day, now)?;
        }
        if let Some(amount) = amount {
            let measured = super::ops::win_exists(tx, id)?
                .win
                .step_id
                .map(|step| super::ops::step_exists(tx, &step))
                .transpose()?
                .is_some_and(|s| s.measure.is_some());
            if !measured {
                return Err(Error::Validation(crate::tr!("error-amount-unmeasured")));
            }
            store::wins::set_amount(tx, id, amount, now)?;
        }
        super::ops::win_exists(tx, id)
    })
}

/// Deletes a win, undoably for [`UNDO_SECONDS`]. Older deletions are removed
/// for good on the way.
pub fn delete_win(store: &Store, clock: &dyn Clock, id: &WinId) -> Result<()> {
    let now = clock.now();
    store.write(|tx| {
        if !store::wins::mark_deleted(tx, id, now)? {
            return Err(Error::not_found("win"));
        }
        store::wins::purge_deleted(tx, Some(now - Duration::seconds(UNDO_SECONDS)))?;
        Ok(())
    })
}

/// Brings back a win deleted within the undo window.
pub fn undo_delete_win(store: &Store, clock: &dyn Clock, id: &WinId) -> Result<WinRecord> {
    let now = clock.now();
    store.write(|tx| match store::wins::deleted_at(tx, id)? {
        None => Err(Error::Conflict(crate::tr!("error-win-gone-for-good"))),
        Some(None) => super::ops::win_exists(tx, id),
        Some(Some(at)) if can_undo_delete(at, now) => {
            store::wins::unmark_deleted(tx, id, now)?;
            super::ops::win_exists(tx, id)
        }
        Some(Some(_)) => Err(Error::Conflict(crate::tr!("error-win-undo-too-late"))),
    })
}

/// Up to `limit` wins after `after`, newest first.
pub fn list_wins(store: &Store, after: Option<&Cursor>, limit: usize) -> Result<WinPage> {
    let limit = limit.clamp(1, PAGE_MAX);
    let wins = store.read(|conn| store::wins::page(conn, after, limit))?;
    Ok(WinPage::from_rows(wins, limit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::GoalId;
    use crate::service::steps::{add_step, CadenceDraft, StepDraft};
    use crate::service::test_support::*;
    use chrono::NaiveDate;

    fn free(text: &str) -> WinDraft {
        WinDraft {
            text: text.into(),
            note: String::new(),
            goal: None,
            step: None,
            source: WinSource::Window,
            amount: None,
        }
    }

    fn goal_and_step(t: &TempStore, clock: &FixedClock, kind: &str) -> (GoalId, StepId) {
        let g = new_goal(&t.store, clock, "Thesis").unwrap().id;
        let s = add_step(
            &t.store,
            clock,
            Some(&g),
            &StepDraft {
                title: "Write one paragraph".into(),
                cadence: CadenceDraft {
                    kind: kind.into(),
                    ..Default::default()
                },
                minutes: None,
                measure: None,
            },
        )
        .unwrap()
        .id;
        (g, s)
    }

    fn count(t: &TempStore) -> usize {
        list_wins(&t.store, None, PAGE_MAX).unwrap().wins.len()
    }

    #[test]
    fn a_win_keeps_the_local_day_it_was_logged_on() {
        // 00:30 on Sunday in Berlin is still Saturday 23:30 in UTC.
        let t = temp_store();
        let clock = FixedClock::at("2026-11-22T00:30:00+01:00");
        let w = log_win(&t.store, &clock, &free("Late-night paragraph")).unwrap();
        assert_eq!(
            w.record.win.local_date,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        );
        assert_eq!(
            w.record.win.logged_at.to_rfc3339(),
            "2026-11-21T23:30:00+00:00"
        );
    }

    #[test]
    fn a_step_win_takes_the_step_title_and_goal() {
        let t = temp_store();
        let clock = saturday_morning();
        let (g, s) = goal_and_step(&t, &clock, "daily");
        let w = log_win(
            &t.store,
            &clock,
            &WinDraft {
                step: Some(s.clone()),
                ..free("  ")
            },
        )
        .unwrap();
        assert_eq!(w.record.win.text, "Write one paragraph");
        assert_eq!(w.record.win.goal_id, Some(g));
        assert_eq!(w.record.goal_title.as_deref(), Some("Thesis"));
        assert_eq!(w.record.step_title.as_deref(), Some("Write one paragraph"));
    }

    #[test]
    fn bad_wins_write_nothing() {
        let t = temp_store();
        let clock = saturday_morning();
        let (_, s) = goal_and_step(&t, &clock, "daily");
        let other_goal = new_goal(&t.store, &clock, "Other").unwrap().id;
        let cases: Vec<(WinDraft, &str)> = vec![
            (free(""), "validation"),
            (free(&"w".repeat(201)), "validation"),
            (
                WinDraft {
                    note: "n".repeat(2001),
                    ..free("ok")
                },
                "validation",
            ),
            (
                WinDraft {
                    goal: Some(GoalId::from_trusted(store::new_id())),
                    ..free("ok")
                },
                "notFound",
            ),
            (
                WinDraft {
                    step: Some(StepId::from_trusted(store::new_id())),
                    ..free("ok")
                },
                "notFound",
            ),
            (
                WinDraft {
                    goal: Some(other_goal),
                    step: Some(s),
                    ..free("ok")
                },
                "validation",
            ),
        ];
        for (draft, kind) in cases {
            assert_eq!(
                log_win(&t.store, &clock, &draft).unwrap_err().kind(),
                kind,
                "{draft:?}"
            );
        }
        assert_eq!(count(&t), 0);
    }

    #[test]
    fn ticking_a_daily_step_twice_in_a_day_is_refused_kindly() {
        let t = temp_store();
        let clock = saturday_morning();
        let (_, s) = goal_and_step(&t, &clock, "daily");
        tick_step(&t.store, &clock, &s, WinSource::Window).unwrap();
        let err = tick_step(&t.store, &clock, &s, WinSource::Window).unwrap_err();
        assert_eq!(err.kind(), "conflict");
        assert!(err.to_string().contains("Well done"));
        assert_eq!(count(&t), 1);
        clock.advance(Duration::days(1));
        tick_step(&t.store, &clock, &s, WinSource::Tray).unwrap();
        assert_eq!(count(&t), 2);
    }

    #[test]
    fn a_one_off_step_is_done_after_one_win_and_reopens_if_it_is_deleted() {
        let t = temp_store();
        let clock = saturday_morning();
        let (_, s) = goal_and_step(&t, &clock, "once");
        let w = tick_step(&t.store, &clock, &s, WinSource::Window).unwrap();
        clock.advance(Duration::days(3));
        assert_eq!(
            tick_step(&t.store, &clock, &s, WinSource::Window)
                .unwrap_err()
                .kind(),
            "conflict"
        );
        delete_win(&t.store, &clock, &w.record.win.id).unwrap();
        tick_step(&t.store, &clock, &s, WinSource::Window).unwrap();
    }

    #[test]
    fn edit_then_delete_then_undo() {
        let t = temp_store();
        let clock = saturday_morning();
        let w = log_win(&t.store, &clock, &free("walk")).unwrap();
        let edited = edit_win(
            &t.store,
            &clock,
            &w.record.win.id,
            "long walk",
            "by the river",
            None,
        )
        .unwrap();
        assert_eq!(
            (edited.win.text.as_str(), edited.win.note.as_str()),
            ("long walk", "by the river")
        );
        assert_eq!(
            edit_win(&t.store, &clock, &w.record.win.id, "", "", None)
                .unwrap_err()
                .kind(),
            "validation"
        );

        delete_win(&t.store, &clock, &w.record.win.id).unwrap();
        assert_eq!(count(&t), 0);
        assert_eq!(
            edit_win(&t.store, &clock, &w.record.win.id, "x", "", None)
                .unwrap_err()
                .kind(),
            "notFound"
        );
        clock.advance(Duration::seconds(5));
        let back = undo_delete_win(&t.store, &clock, &w.record.win.id).unwrap();
        assert_eq!(back.win.text, "long walk");
        assert_eq!(count(&t), 1);
    }

    #[test]
    fn undo_after_the_window_is_refused() {
        let t = temp_store();
        let clock = saturday_morning();
        let w = log_win(&t.store, &clock, &free("walk")).unwrap();
        delete_win(&t.store, &clock, &w.record.win.id).unwrap();
        clock.advance(Duration::seconds(UNDO_SECONDS + 1));
        let err = undo_delete_win(&t.store, &clock, &w.record.win.id).unwrap_err();
        assert_eq!(err.kind(), "conflict");
        assert!(err.to_string().contains("Too late"));
        assert_eq!(count(&t), 0);
    }

    #[test]
    fn deleted_wins_are_purged_at_next_start() {
        let t = temp_store();
        let clock = saturday_morning();
        let w = log_win(&t.store, &clock, &free("walk")).unwrap();
        delete_win(&t.store, &clock, &w.record.win.id).unwrap();
        crate::service::on_start(&t.store).unwrap();
        assert_eq!(
            undo_delete_win(&t.store, &clock, &w.record.win.id)
                .unwrap_err()
                .kind(),
            "conflict"
        );
        let rows: i64 = t
            .store
            .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM wins", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(rows, 0);
    }

    #[test]
    fn pages_end_with_no_cursor() {
        let t = temp_store();
        let clock = saturday_morning();
        for i in 0..5 {
            log_win(&t.store, &clock, &free(&format!("w{i}"))).unwrap();
            clock.advance(Duration::minutes(1));
        }
        let first = list_wins(&t.store, None, 3).unwrap();
        assert_eq!(
            first
                .wins
                .iter()
                .map(|w| w.win.text.as_str())
                .collect::<Vec<_>>(),
            ["w4", "w3", "w2"]
        );
        let second = list_wins(&t.store, first.next.as_ref(), 3).unwrap();
        assert_eq!(second.wins.len(), 2);
        assert_eq!(second.next, None);
    }

    fn days_with_wins(t: &TempStore) -> Vec<(NaiveDate, u32)> {
        t.store
            .read(|c| {
                crate::store::chronicle::day_counts(
                    c,
                    &crate::store::chronicle::Scope::All,
                    day("2026-01-01"),
                    day("2026-12-31"),
                )
            })
            .unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// "I did it yesterday, I just forgot to log it."
    #[test]
    fn a_win_for_yesterday_counts_for_yesterday_and_keeps_when_it_was_entered() {
        let t = temp_store();
        let clock = saturday_morning();
        let w = log_win_on(
            &t.store,
            &clock,
            &free("Evening walk"),
            Some(day("2026-11-20")),
        )
        .unwrap();
        assert_eq!(w.record.win.local_date, day("2026-11-20"));
        assert_eq!(w.record.win.logged_at, clock.now(), "when it was entered");
        assert!(w.record.win.entered_later(clock.today()));
        assert_eq!(days_with_wins(&t), [(day("2026-11-20"), 1)]);
        let today = log_win_on(&t.store, &clock, &free("Coffee"), None).unwrap();
        assert_eq!(today.record.win.local_date, day("2026-11-21"));
        assert!(!today.record.win.entered_later(clock.today()));
    }

    #[test]
    fn a_win_for_a_day_to_come_or_before_2000_is_refused_and_changes_nothing() {
        let t = temp_store();
        let clock = saturday_morning();
        for bad in ["2026-11-22", "1999-12-31"] {
            let err = log_win_on(&t.store, &clock, &free("x"), Some(day(bad))).unwrap_err();
            assert_eq!(err.kind(), "validation", "{bad}");
        }
        assert_eq!(count(&t), 0);
    }

    #[test]
    fn a_step_ticked_for_yesterday_counts_once_for_that_day() {
        let t = temp_store();
        let clock = saturday_morning();
        let (_, s) = goal_and_step(&t, &clock, "daily");
        tick_step(&t.store, &clock, &s, WinSource::Window).unwrap();
        let yesterday = Some(day("2026-11-20"));
        let back = tick_step_on(&t.store, &clock, &s, WinSource::Window, yesterday).unwrap();
        assert_eq!(back.record.win.local_date, day("2026-11-20"));
        let again = tick_step_on(&t.store, &clock, &s, WinSource::Window, yesterday).unwrap_err();
        assert_eq!(again.kind(), "conflict");
        assert!(
            again.to_string().contains("That day already has"),
            "{again}"
        );
        assert_eq!(
            days_with_wins(&t),
            [(day("2026-11-20"), 1), (day("2026-11-21"), 1)]
        );
    }

    /// A step for chosen weekdays still counts on a day it did not ask for.
    #[test]
    fn a_weekday_step_ticked_for_a_day_off_still_counts() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Thesis").unwrap().id;
        let s = add_step(
            &t.store,
            &clock,
            Some(&g),
            &StepDraft {
                title: "Write".into(),
                cadence: CadenceDraft {
                    kind: "weekdays".into(),
                    weekdays: vec![0],
                    ..Default::default()
                },
                minutes: None,
                measure: None,
            },
        )
        .unwrap();
        // Friday 20 November; the step asks for Mondays only.
        let friday = tick_step_on(
            &t.store,
            &clock,
            &s.id,
            WinSource::Window,
            Some(day("2026-11-20")),
        );
        assert_eq!(friday.unwrap().record.win.local_date, day("2026-11-20"));
    }

    #[test]
    fn a_win_moved_to_another_day_counts_there_and_a_day_to_come_is_refused() {
        let t = temp_store();
        let clock = saturday_morning();
        let w = log_win(&t.store, &clock, &free("Walk")).unwrap();
        let id = &w.record.win.id;
        let moved = edit_win(&t.store, &clock, id, "Walk", "", Some(day("2026-11-18"))).unwrap();
        assert_eq!(moved.win.local_date, day("2026-11-18"));
        assert_eq!(days_with_wins(&t), [(day("2026-11-18"), 1)]);
        let err = edit_win(
            &t.store,
            &clock,
            id,
            "Long walk",
            "",
            Some(day("2026-11-22")),
        )
        .unwrap_err();
        assert_eq!(err.kind(), "validation");
        let kept = list_wins(&t.store, None, PAGE_MAX).unwrap().wins;
        assert_eq!(
            (kept[0].win.text.as_str(), kept[0].win.local_date),
            ("Walk", day("2026-11-18")),
            "nothing half-written"
        );
    }

    /// The back entry that closes a gap reaches the first run with it, and
    /// it is celebrated then, once.
    #[test]
    fn a_back_entry_that_completes_a_first_run_celebrates_it_once() {
        let t = temp_store();
        let start = FixedClock::at("2026-11-01T09:00:00+01:00");
        let (_, s) = goal_and_step(&t, &start, "daily");
        let clock = FixedClock::at("2026-11-01T09:00:00+01:00");
        for n in [0, 1, 2, 4, 5, 6] {
            let at = FixedClock::at(&format!("2026-11-0{}T09:00:00+01:00", n + 1));
            tick_step(&t.store, &at, &s, WinSource::Window).unwrap();
            clock.set(at.now());
        }
        let gap = Some(day("2026-11-04"));
        let back = tick_step_on(&t.store, &clock, &s, WinSource::Window, gap).unwrap();
        let labels: Vec<&str> = back.milestones.iter().map(|m| m.label.as_str()).collect();
        assert!(
            labels.contains(&"First 7-day run: Write one paragraph"),
            "{labels:?}"
        );
        let left = crate::service::milestones::take_uncelebrated(&t.store, &clock).unwrap();
        assert!(
            left.iter().all(|m| !m.label.starts_with("First 7")),
            "{left:?}"
        );
    }
}
