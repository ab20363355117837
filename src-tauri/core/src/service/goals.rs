//! Creating, editing, ordering and retiring goals.

use crate::clock::Clock;
use crate::domain::goal::move_to;
use crate::domain::{Goal, GoalId, GoalStatus, Step};
use crate::error::{Error, Result};
use crate::store::{self, Store};

pub use super::ops::goals::GoalDraft;
use super::ops::goals::{create_goal_in, validate};

/// A goal with all its steps (archived ones too), in order.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalWithSteps {
    pub goal: Goal,
    pub steps: Vec<Step>,
}

/// Adds a goal at the end of the list, active.
pub fn create_goal(store: &Store, clock: &dyn Clock, draft: &GoalDraft) -> Result<Goal> {
    let valid = validate(draft)?;
    store.write(|tx| create_goal_in(tx, clock, valid))
}

/// Changes a goal's words (and colour).
pub fn update_goal(
    store: &Store,
    clock: &dyn Clock,
    id: &GoalId,
    draft: &GoalDraft,
) -> Result<Goal> {
    let valid = validate(draft)?;
    store.write(|tx| {
        let mut goal = super::ops::goal_exists(tx, id)?;
        goal.title = valid.title;
        goal.why = valid.why;
        goal.success = valid.success;
        goal.identity = valid.identity;
        if let Some(colour) = valid.colour {
            goal.colour = colour;
        }
        store::goals::update(tx, &goal, clock.now().timestamp_millis())?;
        Ok(goal)
    })
}

/// Pauses, resumes, completes or archives a goal.
pub fn set_goal_status(
    store: &Store,
    clock: &dyn Clock,
    id: &GoalId,
    status: GoalStatus,
) -> Result<Goal> {
    store.write(|tx| {
        let mut goal = super::ops::goal_exists(tx, id)?;
        // Marked done now: the rewards for it are earned (they wait in
        // "to enjoy").
        if status == GoalStatus::Done && goal.status != GoalStatus::Done {
            super::ops::rewards::earn_on_goal_done(tx, clock, &goal.id)?;
        }
        goal.status = status;
        store::goals::update(tx, &goal, clock.now().timestamp_millis())?;
        Ok(goal)
    })
}

/// Moves a goal to index `to` of the list (clamped); returns the new order.
pub fn move_goal(store: &Store, id: &GoalId, to: usize) -> Result<Vec<Goal>> {
    store.write(|tx| {
        let order: Vec<GoalId> = store::goals::list(tx)?.into_iter().map(|g| g.id).collect();
        let order = move_to(&order, id, to).ok_or_else(|| Error::not_found("goal"))?;
        store::goals::set_order(tx, &order)?;
        store::goals::list(tx)
    })
}

/// Every goal with its steps, in order.
pub fn list_goals(store: &Store) -> Result<Vec<GoalWithSteps>> {
    store.read(|conn| {
        let mut steps = store::steps::list(conn)?;
        let goals = store::goals::list(conn)?;
        Ok(goals
            .into_iter()
            .map(|goal| {
                let (mine, rest) = steps
                    .drain(..)
                    .partition(|s| s.goal_id.as_ref() == Some(&goal.id));
                steps = rest;
                GoalWithSteps { goal, steps: mine }
            })
            .collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::test_support::*;

    fn draft(title: &str) -> GoalDraft {
        GoalDraft {
            title: title.into(),
            ..GoalDraft::default()
        }
    }

    #[test]
    fn create_then_list() {
        let t = temp_store();
        let clock = saturday_morning();
        let a = create_goal(&t.store, &clock, &draft("Submit the thesis")).unwrap();
        let b = create_goal(&t.store, &clock, &draft("Run a 5k")).unwrap();
        assert_eq!((a.position, b.position), (0, 1));
        assert_ne!(a.colour, b.colour, "goals get different colours");
        assert_eq!(a.created_at, clock.now());
        let listed = list_goals(&t.store).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].goal, a);
    }

    #[test]
    fn bad_titles_write_nothing() {
        let t = temp_store();
        let clock = saturday_morning();
        for bad in ["", "   ", &"x".repeat(201), "two\nlines"] {
            let err = create_goal(&t.store, &clock, &draft(bad)).unwrap_err();
            assert_eq!(err.kind(), "validation", "{bad:?}");
        }
        let err = create_goal(
            &t.store,
            &clock,
            &GoalDraft {
                why: "w".repeat(2001),
                ..draft("ok")
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("Why it matters"), "{err}");
        assert!(list_goals(&t.store).unwrap().is_empty());
    }

    #[test]
    fn a_goal_names_who_its_person_is_becoming_or_not() {
        let t = temp_store();
        let clock = saturday_morning();
        let named = create_goal(
            &t.store,
            &clock,
            &GoalDraft {
                identity: "  someone who writes ".into(),
                ..draft("Thesis")
            },
        )
        .unwrap();
        assert_eq!(named.identity, "someone who writes");
        let unnamed = create_goal(&t.store, &clock, &draft("Run")).unwrap();
        assert_eq!(unnamed.identity, "");
        // Named later, and unnamed again: a blank identity is none.
        let edited = GoalDraft {
            identity: "a runner".into(),
            ..draft("Run")
        };
        let run = update_goal(&t.store, &clock, &unnamed.id, &edited).unwrap();
        assert_eq!(run.identity, "a runner");
        let cleared = update_goal(&t.store, &clock, &named.id, &draft("Thesis")).unwrap();
        assert_eq!(cleared.identity, "");
        let listed: Vec<String> = list_goals(&t.store)
            .unwrap()
            .into_iter()
            .map(|g| g.goal.identity)
            .collect();
        assert_eq!(listed, ["", "a runner"]);
    }

    #[test]
    fn a_long_or_broken_identity_changes_nothing() {
        let t = temp_store();
        let clock = saturday_morning();
        let goal = create_goal(&t.store, &clock, &draft("Thesis")).unwrap();
        for bad in ["x".repeat(81), "a runner\nand more".to_owned()] {
            let draft = GoalDraft {
                identity: bad.clone(),
                ..draft("Thesis, renamed")
            };
            let err = update_goal(&t.store, &clock, &goal.id, &draft).unwrap_err();
            assert_eq!(err.kind(), "validation", "{bad:?}");
            assert!(err.to_string().contains("Who you are becoming"), "{err}");
            let err = create_goal(&t.store, &clock, &draft).unwrap_err();
            assert_eq!(err.kind(), "validation");
        }
        let listed = list_goals(&t.store).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].goal, goal);
    }

    #[test]
    fn update_status_and_move() {
        let t = temp_store();
        let clock = saturday_morning();
        let a = create_goal(&t.store, &clock, &draft("A")).unwrap();
        let b = create_goal(&t.store, &clock, &draft("B")).unwrap();
        let a2 = update_goal(
            &t.store,
            &clock,
            &a.id,
            &GoalDraft {
                title: "A+".into(),
                why: "w".into(),
                success: "s".into(),
                identity: String::new(),
                colour: None,
            },
        )
        .unwrap();
        assert_eq!(
            (a2.title.as_str(), a2.colour.as_str()),
            ("A+", a.colour.as_str())
        );
        let paused = set_goal_status(&t.store, &clock, &b.id, GoalStatus::Paused).unwrap();
        assert_eq!(paused.status, GoalStatus::Paused);
        let order = move_goal(&t.store, &b.id, 0).unwrap();
        assert_eq!(
            order.iter().map(|g| g.title.as_str()).collect::<Vec<_>>(),
            ["B", "A+"]
        );
    }

    #[test]
    fn unknown_goal_is_not_found() {
        let t = temp_store();
        let clock = saturday_morning();
        let ghost = GoalId::from_trusted(store::new_id());
        assert_eq!(
            update_goal(&t.store, &clock, &ghost, &draft("x"))
                .unwrap_err()
                .kind(),
            "notFound"
        );
        assert_eq!(
            set_goal_status(&t.store, &clock, &ghost, GoalStatus::Done)
                .unwrap_err()
                .kind(),
            "notFound"
        );
        assert_eq!(
            move_goal(&t.store, &ghost, 0).unwrap_err().kind(),
            "notFound"
        );
    }
}
