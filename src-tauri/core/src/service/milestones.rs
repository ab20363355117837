//! Milestones reached some other way than a win logged here (an import,
//! a sync) and not celebrated yet: the chronicle takes them once. Finding
//! milestones inside a write is `ops/milestones.rs`.

use crate::clock::Clock;
use crate::error::Result;
use crate::store::{self, Store};

pub use super::ops::milestones::MilestoneView;
use super::ops::milestones::{all, remember, shown_goals_and_steps};
use super::ops::momentum::first_runs;

/// The milestones reached and not celebrated yet (by an import, say), now
/// remembered as celebrated, in one transaction: each is returned once.
/// Newest first.
pub fn take_uncelebrated(store: &Store, clock: &dyn Clock) -> Result<Vec<MilestoneView>> {
    let today = clock.today();
    store.write(|tx| {
        let (goals, steps) = shown_goals_and_steps(tx)?;
        let rest = store::rest_days::all(tx)?;
        let runs = first_runs(tx, clock, &steps, &rest, today)?;
        let fresh: Vec<MilestoneView> = all(tx, &goals, &runs)?
            .into_iter()
            .filter(|m| !m.celebrated)
            .collect();
        remember(tx, clock, &fresh)?;
        Ok(fresh)
    })
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::domain::{Win, WinId, WinSource};
    use crate::service::steps::add_step;
    use crate::service::test_support::*;
    use crate::service::wins::{log_win, tick_step, WinDraft};

    fn labels(found: &[MilestoneView]) -> Vec<&str> {
        found.iter().map(|m| m.label.as_str()).collect()
    }

    fn free_win(text: &str) -> WinDraft {
        WinDraft {
            text: text.into(),
            note: String::new(),
            goal: None,
            step: None,
            source: WinSource::Window,
            amount: None,
        }
    }

    /// Issue 25: under a goal that names who its person is becoming, a
    /// goal's win count is a count of votes: "Your first vote for …".
    #[test]
    fn a_named_goals_milestones_are_votes() {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-02T08:00:00+01:00");
        let (goal, step) = goal_with_daily_step(&t.store, &clock, "Thesis", "Write").unwrap();
        name_identity(&t.store, &clock, &goal.id, "Thesis", "someone who writes");
        let first = tick_step(&t.store, &clock, &step.id, WinSource::Window).unwrap();
        assert_eq!(
            labels(&first.milestones),
            ["Your first win", "Your first vote for “someone who writes”"]
        );
        for _ in 1..10 {
            clock.advance(Duration::hours(1));
            log_win(
                &t.store,
                &clock,
                &WinDraft {
                    goal: Some(goal.id.clone()),
                    ..free_win("One more line")
                },
            )
            .unwrap();
        }
        let all = crate::service::chronicle::chronicle(
            &t.store,
            &clock,
            &crate::service::chronicle::ChronicleQuery {
                scope: crate::store::chronicle::Scope::All,
            },
        )
        .unwrap();
        let words: Vec<&str> = all.milestones.iter().map(|m| m.label.as_str()).collect();
        assert!(
            words.contains(&"Your 10th vote for “someone who writes”"),
            "{words:?}"
        );
        assert!(
            !words.iter().any(|w| w.contains("win for Thesis")),
            "{words:?}"
        );
    }

    #[test]
    fn a_logged_win_reports_the_milestones_it_reached_once() {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-02T08:00:00+01:00");
        let (goal, step) = goal_with_daily_step(&t.store, &clock, "Thesis", "Write").unwrap();

        let first = tick_step(&t.store, &clock, &step.id, WinSource::Window).unwrap();
        assert_eq!(
            labels(&first.milestones),
            ["Your first win", "First win for Thesis"]
        );
        assert_eq!(
            first.milestones[1].goal_colour.as_deref(),
            Some(goal.colour.as_str())
        );
        let second = log_win(&t.store, &clock, &free_win("Walked")).unwrap();
        assert!(second.milestones.is_empty());

        let mut reached = Vec::new();
        for day in 1..7 {
            clock.advance(Duration::days(1));
            let logged = tick_step(&t.store, &clock, &step.id, WinSource::Window).unwrap();
            reached.push((day, labels(&logged.milestones).join(", ")));
        }
        // The 7th day in a row is the first run; nothing before it.
        assert_eq!(reached[5], (6, "First 7-day run: Write".to_owned()));
        assert!(
            reached[..5].iter().all(|(_, l)| l.is_empty()),
            "{reached:?}"
        );
        let ninth = log_win(&t.store, &clock, &free_win("Ninth")).unwrap();
        assert!(ninth.milestones.is_empty());
        let tenth = log_win(&t.store, &clock, &free_win("Tenth")).unwrap();
        assert_eq!(labels(&tenth.milestones), ["Your 10th win"]);
    }

    /// The tray's ✓ shows no celebration, so its milestones wait for the
    /// chronicle instead of being spent unseen.
    #[test]
    fn a_win_from_the_tray_leaves_its_milestones_for_the_chronicle() {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-02T08:00:00+01:00");
        let step = add_step(&t.store, &clock, None, &step_draft("Stretch", "daily")).unwrap();
        let logged = tick_step(&t.store, &clock, &step.id, WinSource::Tray).unwrap();
        assert!(logged.milestones.is_empty());
        let taken = take_uncelebrated(&t.store, &clock).unwrap();
        assert_eq!(labels(&taken), ["Your first win"]);
    }

    #[test]
    fn a_win_deleted_and_logged_again_does_not_celebrate_twice() {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-02T08:00:00+01:00");
        let first = log_win(&t.store, &clock, &free_win("One")).unwrap();
        assert_eq!(labels(&first.milestones), ["Your first win"]);
        crate::service::wins::delete_win(&t.store, &clock, &first.record.win.id).unwrap();
        let again = log_win(&t.store, &clock, &free_win("One again")).unwrap();
        assert!(again.milestones.is_empty());
    }

    /// Wins that arrive without being logged here (an import) are
    /// celebrated once, the next time the chronicle asks.
    #[test]
    fn milestones_reached_by_an_import_are_taken_once() {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-02T08:00:00+01:00");
        t.store
            .write(|tx| {
                store::wins::insert(
                    tx,
                    &Win {
                        id: WinId::from_trusted(store::new_id()),
                        text: "Imported".into(),
                        note: String::new(),
                        logged_at: clock.now(),
                        local_date: clock.today(),
                        goal_id: None,
                        step_id: None,
                        source: WinSource::Import,
                        amount: None,
                    },
                )
            })
            .unwrap();
        let taken = take_uncelebrated(&t.store, &clock).unwrap();
        assert_eq!(labels(&taken), ["Your first win"]);
        assert!(take_uncelebrated(&t.store, &clock).unwrap().is_empty());
    }
}
