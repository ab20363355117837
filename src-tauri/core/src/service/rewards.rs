//! Gentle rewards: naming them, earning them inside the write that reaches
//! their moment (a win, a goal marked done, a reviewed week), and the "to
//! enjoy" list. A reward is earned once (`earned_at` is set in the same
//! transaction that finds it, only where it was empty) and never taken back:
//! deleting the win that earned it leaves it earned.

use crate::clock::Clock;
use crate::domain::rewards::{Moment, Reward, RewardId};
use crate::domain::text::Title;
use crate::domain::GoalId;
use crate::error::{Error, Result};
use crate::store::{self, Store};

use super::ops::rewards::reward_exists;
pub use super::ops::rewards::RewardView;

/// What a person writes for a reward.
#[derive(Debug, Clone, Default)]
pub struct RewardDraft {
    pub text: String,
    /// `wins`, `goal_wins`, `first_run`, `goal_done` or `week_reviewed`.
    pub moment: String,
    pub goal: Option<GoalId>,
    /// Wins, for `wins` and `goal_wins`.
    pub count: Option<i64>,
}

fn valid(draft: &RewardDraft) -> Result<(String, Moment)> {
    let text = Title::parse(&draft.text, "core-field-reward")?.into_string();
    let moment = Moment::new(&draft.moment, draft.goal.clone(), draft.count)?;
    Ok((text, moment))
}

/// Every reward, oldest first.
pub fn list_rewards(store: &Store) -> Result<Vec<RewardView>> {
    Ok(store
        .read(store::rewards::list)?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Names a new reward, or changes one not earned yet (`id`). It waits for
/// its moment from now on: a count already passed is met at the next win.
pub fn save_reward(
    store: &Store,
    clock: &dyn Clock,
    id: Option<&RewardId>,
    draft: &RewardDraft,
) -> Result<RewardView> {
    let (text, moment) = valid(draft)?;
    store.write(|tx| {
        if let Some(goal) = moment.goal() {
            super::ops::goal_exists(tx, goal)?;
        }
        let reward = Reward {
            id: id
                .cloned()
                .unwrap_or_else(|| RewardId::from_trusted(store::new_id())),
            text,
            moment,
            earned_at: None,
            enjoyed_at: None,
            created_at: clock.now(),
        };
        match id {
            None => store::rewards::insert(tx, &reward)?,
            Some(id) => {
                let old = store::rewards::get(tx, id)?.ok_or_else(|| Error::not_found("reward"))?;
                if old.reward.earned_at.is_some() {
                    return Err(Error::Conflict(crate::tr!("error-reward-already-earned")));
                }
                store::rewards::update_waiting(tx, &reward, clock.now())?;
            }
        }
        reward_exists(tx, &reward.id)
    })
}

/// Marks an earned reward enjoyed (or, with `false`, back to "to enjoy").
pub fn set_enjoyed(
    store: &Store,
    clock: &dyn Clock,
    id: &RewardId,
    enjoyed: bool,
) -> Result<RewardView> {
    store.write(|tx| {
        let r = reward_exists(tx, id)?;
        if r.reward.earned_at.is_none() {
            return Err(Error::Conflict(crate::tr!("error-reward-not-earned")));
        }
        store::rewards::set_enjoyed(tx, id, enjoyed, clock.now())?;
        reward_exists(tx, id)
    })
}

/// Removes a reward the person no longer wants.
pub fn delete_reward(store: &Store, id: &RewardId) -> Result<()> {
    store.write(|tx| {
        if store::rewards::delete(tx, id)? {
            Ok(())
        } else {
            Err(Error::not_found("reward"))
        }
    })
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::domain::{GoalStatus, WinSource};
    use crate::service::goals::set_goal_status;
    use crate::service::ops::rewards::{earn_on_week_reviewed, to_enjoy};
    use crate::service::steps::add_step;
    use crate::service::test_support::*;
    use crate::service::wins::{delete_win, log_win, tick_step, WinDraft};

    fn draft(text: &str, moment: &str, goal: Option<&GoalId>, count: Option<i64>) -> RewardDraft {
        RewardDraft {
            text: text.into(),
            moment: moment.into(),
            goal: goal.cloned(),
            count,
        }
    }

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

    fn names(found: &[RewardView]) -> Vec<&str> {
        found.iter().map(|r| r.reward.text.as_str()).collect()
    }

    fn enjoy_list(t: &TempStore) -> Vec<String> {
        t.store
            .read(to_enjoy)
            .unwrap()
            .into_iter()
            .map(|r| r.reward.text)
            .collect()
    }

    /// Table: after each win, which rewards it earned. Each is earned
    /// exactly once.
    #[test]
    fn win_counts_earn_each_reward_exactly_once() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Thesis").unwrap();
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("A walk", "wins", None, Some(3)),
        )
        .unwrap();
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("A song", "goal_wins", Some(&g.id), Some(2)),
        )
        .unwrap();
        let for_goal = WinDraft {
            goal: Some(g.id.clone()),
            ..free("Paragraph", WinSource::Window)
        };
        let expected: [(&WinDraft, &[&str]); 5] = [
            (&for_goal, &[]),
            (&for_goal, &["A song"]),
            (&for_goal, &["A walk"]),
            (&for_goal, &[]),
            (&for_goal, &[]),
        ];
        for (i, (d, want)) in expected.into_iter().enumerate() {
            clock.advance(Duration::minutes(1));
            let logged = log_win(&t.store, &clock, d).unwrap();
            assert_eq!(names(&logged.rewards), want, "win {}", i + 1);
        }
        assert_eq!(enjoy_list(&t), ["A song", "A walk"]);
    }

    #[test]
    fn a_count_already_passed_is_earned_at_the_next_win() {
        let t = temp_store();
        let clock = saturday_morning();
        for i in 0..5 {
            log_win(&t.store, &clock, &free(&format!("w{i}"), WinSource::Window)).unwrap();
        }
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("A walk", "wins", None, Some(3)),
        )
        .unwrap();
        assert!(enjoy_list(&t).is_empty(), "not earned by making it");
        let next = log_win(&t.store, &clock, &free("six", WinSource::Window)).unwrap();
        assert_eq!(names(&next.rewards), ["A walk"]);
    }

    #[test]
    fn a_tray_win_earns_quietly_and_deleting_it_takes_nothing_back() {
        let t = temp_store();
        let clock = saturday_morning();
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("A walk", "wins", None, Some(1)),
        )
        .unwrap();
        let w = log_win(&t.store, &clock, &free("Stretch", WinSource::Tray)).unwrap();
        assert!(w.milestones.is_empty());
        assert_eq!(enjoy_list(&t), ["A walk"]);
        delete_win(&t.store, &clock, &w.record.win.id).unwrap();
        assert_eq!(enjoy_list(&t), ["A walk"], "never taken back");
        let again = log_win(&t.store, &clock, &free("Again", WinSource::Window)).unwrap();
        assert!(again.rewards.is_empty(), "earned once");
    }

    #[test]
    fn a_seven_day_run_earns_on_its_seventh_day_through_one_quiet_day() {
        let t = temp_store();
        let clock = saturday_morning();
        let step = add_step(&t.store, &clock, None, &step_draft("Stretch", "daily")).unwrap();
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("A bath", "first_run", None, None),
        )
        .unwrap();
        // Days with a win: x x . x x x x x  (one quiet day carries the run).
        let mut earned_on = Vec::new();
        for (i, win) in [true, true, false, true, true, true, true, true]
            .into_iter()
            .enumerate()
        {
            if win {
                let logged = tick_step(&t.store, &clock, &step.id, WinSource::Window).unwrap();
                if !logged.rewards.is_empty() {
                    earned_on.push(i);
                }
            }
            clock.advance(Duration::days(1));
        }
        assert_eq!(earned_on, [7], "the seventh day with a win");
    }

    #[test]
    fn goal_done_and_week_reviewed_earn_once() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Thesis").unwrap();
        let other = new_goal(&t.store, &clock, "Garden").unwrap();
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("A day off", "goal_done", Some(&g.id), None),
        )
        .unwrap();
        save_reward(
            &t.store,
            &clock,
            None,
            &draft("Cake", "week_reviewed", None, None),
        )
        .unwrap();
        set_goal_status(&t.store, &clock, &other.id, GoalStatus::Done).unwrap();
        assert!(enjoy_list(&t).is_empty());
        set_goal_status(&t.store, &clock, &g.id, GoalStatus::Done).unwrap();
        assert_eq!(enjoy_list(&t), ["A day off"]);
        let first = t
            .store
            .write(|tx| earn_on_week_reviewed(tx, &clock))
            .unwrap();
        let second = t
            .store
            .write(|tx| earn_on_week_reviewed(tx, &clock))
            .unwrap();
        assert_eq!((names(&first), names(&second)), (vec!["Cake"], vec![]));
    }

    #[test]
    fn enjoyed_leaves_the_list_and_earned_rewards_keep_their_words() {
        let t = temp_store();
        let clock = saturday_morning();
        let r = save_reward(
            &t.store,
            &clock,
            None,
            &draft("A walk", "wins", None, Some(1)),
        )
        .unwrap();
        assert_eq!(
            set_enjoyed(&t.store, &clock, &r.reward.id, true)
                .unwrap_err()
                .kind(),
            "conflict"
        );
        log_win(&t.store, &clock, &free("one", WinSource::Window)).unwrap();
        let edit = save_reward(
            &t.store,
            &clock,
            Some(&r.reward.id),
            &draft("x", "wins", None, Some(5)),
        );
        assert_eq!(edit.unwrap_err().kind(), "conflict");
        let enjoyed = set_enjoyed(&t.store, &clock, &r.reward.id, true).unwrap();
        assert!(enjoyed.reward.enjoyed_at.is_some());
        assert!(enjoyed.reward.earned_at.is_some());
        assert!(enjoy_list(&t).is_empty());
        assert_eq!(list_rewards(&t.store).unwrap().len(), 1);
    }

    #[test]
    fn bad_drafts_write_nothing() {
        let t = temp_store();
        let clock = saturday_morning();
        let missing = GoalId::from_trusted(store::new_id());
        for (d, kind) in [
            (draft("", "wins", None, Some(3)), "validation"),
            (draft("Walk", "wins", None, None), "validation"),
            (draft("Walk", "wins", None, Some(0)), "validation"),
            (draft("Walk", "goal_done", None, None), "validation"),
            (draft("Walk", "sometime", None, None), "validation"),
            (draft("Walk", "goal_done", Some(&missing), None), "notFound"),
        ] {
            assert_eq!(
                save_reward(&t.store, &clock, None, &d).unwrap_err().kind(),
                kind,
                "{d:?}"
            );
        }
        assert!(list_rewards(&t.store).unwrap().is_empty());
    }
}
