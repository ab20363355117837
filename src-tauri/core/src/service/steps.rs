//! Adding, editing, ordering and archiving micro-steps.

use crate::clock::Clock;
use crate::domain::goal::move_to;
use crate::domain::{GoalId, Step, StepId};
use crate::error::{Error, Result};
use crate::store::{self, Store};

use super::ops::steps::{add_step_in, validate};
pub use super::ops::steps::{CadenceDraft, MeasureDraft, StepDraft};

/// Adds a step at the end of a goal's steps (or of the standalone steps).
pub fn add_step(
    store: &Store,
    clock: &dyn Clock,
    goal: Option<&GoalId>,
    draft: &StepDraft,
) -> Result<Step> {
    let checked = validate(draft)?;
    store.write(|tx| add_step_in(tx, clock, goal, checked))
}

/// Changes a step's title, cadence, duration and measure (`None` makes it
/// a step that is simply done); a change is kept as the step's version
/// from today (`service::adjust`).
pub fn update_step(
    store: &Store,
    clock: &dyn Clock,
    id: &StepId,
    draft: &StepDraft,
) -> Result<Step> {
    let checked = validate(draft)?;
    store.write(|tx| {
        let before = super::ops::step_exists(tx, id)?;
        let step = Step {
            title: checked.title,
            cadence: checked.cadence,
            minutes: checked.minutes,
            measure: checked.measure,
            ..before.clone()
        };
        store::steps::update(tx, &step, clock.now().timestamp_millis())?;
        super::ops::step_versions::record_change(
            tx,
            clock,
            &before,
            &step,
            crate::domain::adjust::ChangeReason::Edit,
        )?;
        Ok(step)
    })
}

/// Archives a step (its wins stay), or brings it back.
pub fn set_step_archived(
    store: &Store,
    clock: &dyn Clock,
    id: &StepId,
    archived: bool,
) -> Result<Step> {
    store.write(|tx| {
        let mut step = super::ops::step_exists(tx, id)?;
        step.archived = archived;
        store::steps::update(tx, &step, clock.now().timestamp_millis())?;
        Ok(step)
    })
}

/// Moves a live step to index `to` among its goal's live steps (archived
/// ones keep their places after them); returns the new order.
pub fn move_step(store: &Store, id: &StepId, to: usize) -> Result<Vec<Step>> {
    store.write(|tx| {
        let step = super::ops::step_exists(tx, id)?;
        let (archived, live): (Vec<Step>, Vec<Step>) =
            store::steps::list_for_goal(tx, step.goal_id.as_ref())?
                .into_iter()
                .partition(|s| s.archived);
        let live: Vec<StepId> = live.into_iter().map(|s| s.id).collect();
        let mut order = move_to(&live, id, to)
            .ok_or_else(|| Error::Conflict(crate::tr!("error-step-archived-move")))?;
        order.extend(archived.into_iter().map(|s| s.id));
        store::steps::set_order(tx, &order)?;
        store::steps::list_for_goal(tx, step.goal_id.as_ref())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Cadence, WeekdaySet};
    use crate::service::test_support::*;

    pub(crate) fn draft(title: &str, kind: &str) -> StepDraft {
        StepDraft {
            title: title.into(),
            cadence: CadenceDraft {
                kind: kind.into(),
                times_per_week: Some(3),
                weekdays: vec![0, 2, 4],
                number: Some(3),
            },
            minutes: Some(1),
            measure: None,
        }
    }

    fn goal(t: &TempStore, clock: &FixedClock) -> GoalId {
        new_goal(&t.store, clock, "Thesis").unwrap().id
    }

    #[test]
    fn add_steps_in_order_with_each_cadence() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = goal(&t, &clock);
        let kinds = ["once", "daily", "weekly", "weekdays"];
        let steps: Vec<Step> = kinds
            .iter()
            .map(|k| add_step(&t.store, &clock, Some(&g), &draft(k, k)).unwrap())
            .collect();
        assert_eq!(
            steps.iter().map(|s| s.position).collect::<Vec<_>>(),
            [0, 1, 2, 3]
        );
        assert_eq!(steps[2].cadence, Cadence::TimesPerWeek(3));
        assert_eq!(
            steps[3].cadence,
            Cadence::Weekdays(WeekdaySet::from_days(&[0, 2, 4]).unwrap())
        );
        assert!(steps[0].is_one_minute());
    }

    fn check_bad(draft: StepDraft, fragment: &str) {
        let t = temp_store();
        let clock = saturday_morning();
        let g = goal(&t, &clock);
        let err = add_step(&t.store, &clock, Some(&g), &draft).unwrap_err();
        assert_eq!(err.kind(), "validation");
        assert!(err.to_string().contains(fragment), "{err}");
        assert!(crate::service::goals::list_goals(&t.store).unwrap()[0]
            .steps
            .is_empty());
    }

    #[test]
    fn bad_steps_write_nothing() {
        check_bad(draft("", "daily"), "is empty");
        check_bad(draft("x", "hourly"), "not a cadence");
        check_bad(
            StepDraft {
                minutes: Some(0),
                ..draft("x", "daily")
            },
            "Minutes",
        );
        let mut d = draft("x", "weekly");
        d.cadence.times_per_week = Some(9);
        check_bad(d, "between 1 and 7");
        let mut d = draft("x", "weekdays");
        d.cadence.weekdays = vec![];
        check_bad(d, "at least one weekday");
        let mut d = draft("x", "weekdays");
        d.cadence.weekdays = vec![-1];
        check_bad(d, "Monday to Sunday");
    }

    #[test]
    fn a_step_under_an_unknown_goal_is_not_found() {
        let t = temp_store();
        let ghost = GoalId::from_trusted(store::new_id());
        let err = add_step(
            &t.store,
            &saturday_morning(),
            Some(&ghost),
            &draft("x", "daily"),
        )
        .unwrap_err();
        assert_eq!(err.kind(), "notFound");
    }

    #[test]
    fn edit_archive_and_move() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = goal(&t, &clock);
        let a = add_step(&t.store, &clock, Some(&g), &draft("a", "daily")).unwrap();
        let b = add_step(&t.store, &clock, Some(&g), &draft("b", "daily")).unwrap();
        let a2 = update_step(&t.store, &clock, &a.id, &draft("a2", "once")).unwrap();
        assert_eq!((a2.title.as_str(), a2.cadence), ("a2", Cadence::Once));
        assert!(
            set_step_archived(&t.store, &clock, &b.id, true)
                .unwrap()
                .archived
        );
        assert_eq!(
            move_step(&t.store, &b.id, 0).unwrap_err().kind(),
            "conflict"
        );
        let c = add_step(&t.store, &clock, Some(&g), &draft("c", "daily")).unwrap();
        // Archived b sits between a2 and c by position; moving among live steps skips it.
        let order = move_step(&t.store, &c.id, 0).unwrap();
        assert_eq!(
            order.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
            ["c", "a2", "b"]
        );
    }
}
