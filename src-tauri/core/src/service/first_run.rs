//! The first run: a new Cairn leads its person from "who do I want to
//! become?" to a goal with that identity, its smallest next step and,
//! if they like, a habit stack's anchor and time, and so to a first win.
//!
//! It shows once: on a Cairn with no goal and no win yet, until it is
//! finished or skipped (the `first_run` setting says which); Settings can
//! ask for it again. Finishing writes the goal, the step and the stack in
//! one transaction, so a refused field leaves nothing half-made.

use crate::clock::Clock;
use crate::domain::{Goal, Step};
use crate::error::Result;
use crate::store::{self, Store};

use super::ops::first_run::{AGAIN, DONE, SETTING, SKIPPED};
use super::ops::goals::{create_goal_checked_in, GoalDraft};
use super::ops::stacks::{check, save_stack_in, StackDraft, StepChoice};
use super::ops::steps::{add_step_in, validate, StepDraft};

/// What the first run's three screens gathered.
#[derive(Debug, Clone, Default)]
pub struct FirstRunDraft {
    /// The goal, with who its person is becoming.
    pub goal: GoalDraft,
    /// Its smallest next step.
    pub step: StepDraft,
    /// "After I pour coffee" at a time, for the step: optional.
    pub anchor: Option<StackAnchor>,
}

/// A habit stack's anchor and when to be reminded.
#[derive(Debug, Clone, Default)]
pub struct StackAnchor {
    pub anchor: String,
    /// `HH:MM`, local.
    pub time: String,
}

/// What the first run made.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstRunDone {
    pub goal: Goal,
    pub step: Step,
    pub stack: Option<crate::domain::stacks::Stack>,
}

/// Makes the goal, its step and (when given) a stack whose action is the
/// step, every day at the time, in one transaction; the first run is then
/// done. Any refused field writes nothing.
pub fn finish(store: &Store, clock: &dyn Clock, draft: &FirstRunDraft) -> Result<FirstRunDone> {
    let step = validate(&draft.step)?;
    let stack = draft
        .anchor
        .as_ref()
        .map(|a| {
            check(&StackDraft {
                anchor: a.anchor.clone(),
                action: draft.step.title.clone(),
                step: StepChoice::None,
                times: vec![a.time.clone()],
                weekdays: (0..7).collect(),
                enabled: true,
            })
        })
        .transpose()?;
    store.write(|tx| {
        let goal = create_goal_checked_in(tx, clock, &draft.goal)?;
        let step = add_step_in(tx, clock, Some(&goal.id), step)?;
        let stack = stack
            .map(|checked| {
                save_stack_in(
                    tx,
                    clock,
                    None,
                    &StepChoice::Existing(step.id.clone()),
                    checked,
                )
            })
            .transpose()?;
        store::settings::set(tx, SETTING, DONE)?;
        Ok(FirstRunDone { goal, step, stack })
    })
}

/// "Skip, I'll look around": the first run is not shown again.
pub fn skip(store: &Store) -> Result<()> {
    store.write(|tx| store::settings::set(tx, SETTING, SKIPPED))
}

/// Settings' "Show the guided start again".
pub fn show_again(store: &Store) -> Result<()> {
    store.write(|tx| store::settings::set(tx, SETTING, AGAIN))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WeekdaySet;
    use crate::service::steps::CadenceDraft;
    use crate::service::test_support::*;
    use crate::service::today::today;
    use crate::service::wins::{log_win, WinDraft};

    fn draft(anchor: Option<(&str, &str)>) -> FirstRunDraft {
        FirstRunDraft {
            goal: GoalDraft {
                title: "Write a thesis".into(),
                identity: "someone who writes".into(),
                ..GoalDraft::default()
            },
            step: StepDraft {
                title: "Write one sentence".into(),
                cadence: CadenceDraft {
                    kind: "daily".into(),
                    ..Default::default()
                },
                minutes: Some(1),
                measure: None,
            },
            anchor: anchor.map(|(anchor, time)| StackAnchor {
                anchor: anchor.into(),
                time: time.into(),
            }),
        }
    }

    fn wanted(store: &Store) -> bool {
        store
            .read(crate::service::ops::first_run::wanted_in)
            .unwrap()
    }

    #[test]
    fn a_new_cairn_wants_the_first_run_and_finishing_ends_it() {
        let t = temp_store();
        let clock = saturday_morning();
        assert!(wanted(&t.store));
        assert!(today(&t.store, &clock).unwrap().first_run);
        let done = finish(&t.store, &clock, &draft(Some(("pour my coffee", "07:30")))).unwrap();
        assert_eq!(done.goal.identity, "someone who writes");
        assert_eq!(done.step.goal_id.as_ref(), Some(&done.goal.id));
        assert_eq!(done.step.minutes, Some(1));
        let stack = done.stack.expect("an anchor makes a stack");
        assert_eq!(stack.anchor, "pour my coffee");
        assert_eq!(stack.action, "Write one sentence");
        assert_eq!(stack.step_id.as_ref(), Some(&done.step.id));
        assert_eq!(stack.weekdays, WeekdaySet::ALL);
        assert!(stack.enabled);
        assert!(!wanted(&t.store));
        // Today leads with the step, ready to tick.
        let view = today(&t.store, &clock).unwrap();
        assert!(!view.first_run);
        assert_eq!(view.open_steps[0].step.id, done.step.id);
    }

    #[test]
    fn the_anchor_is_optional() {
        let t = temp_store();
        let clock = saturday_morning();
        let done = finish(&t.store, &clock, &draft(None)).unwrap();
        assert_eq!(done.stack, None);
        assert!(t.store.read(crate::store::stacks::list).unwrap().is_empty());
    }

    #[test]
    fn a_refused_field_writes_nothing_and_the_first_run_stays() {
        let t = temp_store();
        let clock = saturday_morning();
        let mut bad_time = draft(Some(("pour my coffee", "7.30 in the morning")));
        let mut bad_step = draft(None);
        bad_step.step.title = String::new();
        let mut bad_goal = draft(None);
        bad_goal.goal.identity = "x".repeat(81);
        let mut bad_anchor = draft(Some(("", "07:30")));
        bad_anchor.goal.title = "Fine".into();
        for (bad, says) in [
            (&mut bad_time, "07:30"),
            (&mut bad_step, "step"),
            (&mut bad_goal, "Who you are becoming"),
            (&mut bad_anchor, "The anchor"),
        ] {
            let err = finish(&t.store, &clock, bad).unwrap_err();
            assert_eq!(err.kind(), "validation", "{err}");
            assert!(err.to_string().contains(says), "{err}");
        }
        assert!(wanted(&t.store));
        assert!(crate::service::goals::list_goals(&t.store)
            .unwrap()
            .is_empty());
        assert!(t.store.read(crate::store::steps::list).unwrap().is_empty());
        assert!(t.store.read(crate::store::stacks::list).unwrap().is_empty());
    }

    #[test]
    fn skipping_ends_it_and_settings_brings_it_back() {
        let t = temp_store();
        skip(&t.store).unwrap();
        assert!(!wanted(&t.store));
        show_again(&t.store).unwrap();
        assert!(wanted(&t.store));
        skip(&t.store).unwrap();
        assert!(!wanted(&t.store));
    }

    /// A Cairn that already has a history (from before the first run
    /// existed, or imported) never shows it by itself.
    #[test]
    fn a_cairn_with_a_goal_or_a_win_does_not_show_it() {
        let t = temp_store();
        let clock = saturday_morning();
        new_goal(&t.store, &clock, "Run").unwrap();
        assert!(!wanted(&t.store));

        let t = temp_store();
        log_win(
            &t.store,
            &clock,
            &WinDraft {
                text: "Walked".into(),
                note: String::new(),
                goal: None,
                step: None,
                source: crate::domain::WinSource::Cli,
                amount: None,
            },
        )
        .unwrap();
        assert!(!wanted(&t.store));

        // A habit stack on its own (made from the command line, say) too.
        let t = temp_store();
        crate::service::stacks::save_stack(
            &t.store,
            &clock,
            None,
            &StackDraft {
                anchor: "pour my coffee".into(),
                action: "stretch".into(),
                step: StepChoice::None,
                times: vec!["07:30".into()],
                weekdays: (0..7).collect(),
                enabled: true,
            },
        )
        .unwrap();
        assert!(!wanted(&t.store));
    }
}
