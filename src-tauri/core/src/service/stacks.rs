//! Building, editing, switching and deleting habit stacks, and listing them
//! with their next reminder in words.

use chrono::{DateTime, TimeZone, Utc};

use crate::clock::Clock;
use crate::domain::schedule::{local_of, next_due, when_in_words};
use crate::domain::stacks::{Stack, StackId};
use crate::domain::StepId;
use crate::error::{Error, Result};
use crate::store::{self, Store};

use super::ops::stacks::{check, save_stack_in};
pub use super::ops::stacks::{StackDraft, StepChoice};

use super::ops::reminder_plan::PlanData;

/// A stack with what the Stacks page shows beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct StackView {
    pub stack: Stack,
    pub step_title: Option<String>,
    pub anchor_step_title: Option<String>,
    /// "tomorrow at 07:30"; `None` when off or nothing is due within a week.
    pub next: Option<String>,
    pub next_at: Option<DateTime<Utc>>,
}

fn stack_exists(conn: &store::Conn, id: &StackId) -> Result<Stack> {
    store::stacks::get(conn, id)?.ok_or_else(|| Error::not_found("habit stack"))
}

/// Every stack, oldest first, with its step's title and next reminder.
pub fn list_stacks<Tz: TimeZone>(
    store: &Store,
    clock: &dyn Clock,
    tz: &Tz,
) -> Result<Vec<StackView>> {
    let now = clock.now();
    let (stacks, steps, data) = store.read(|conn| {
        Ok((
            store::stacks::list(conn)?,
            store::steps::list(conn)?,
            PlanData::read(conn, tz, now)?,
        ))
    })?;
    let title = |id: &Option<StepId>| {
        id.as_ref()
            .and_then(|id| steps.iter().find(|s| &s.id == id))
            .map(|s| s.title.clone())
    };
    let today = local_of(tz, now).date();
    Ok(stacks
        .iter()
        .map(|stack| {
            let mut plan = data.plan();
            plan.stacks = std::slice::from_ref(stack);
            let due = next_due(tz, now, &plan);
            StackView {
                step_title: title(&stack.step_id),
                anchor_step_title: title(&stack.anchor_step_id),
                next: due
                    .as_ref()
                    .map(|d| when_in_words(today, local_of(tz, d.at.max(now)))),
                next_at: due.map(|d| d.at),
                stack: stack.clone(),
            }
        })
        .collect())
}

/// Adds a stack (`id` none) or saves an existing one. The anchor is linked
/// to a live step of the same title, so logging that step offers the action.
pub fn save_stack(
    store: &Store,
    clock: &dyn Clock,
    id: Option<&StackId>,
    draft: &StackDraft,
) -> Result<Stack> {
    let checked = check(draft)?;
    store.write(|tx| save_stack_in(tx, clock, id, &draft.step, checked))
}

/// Turns a stack's reminders on or off.
pub fn set_stack_enabled(
    store: &Store,
    clock: &dyn Clock,
    id: &StackId,
    enabled: bool,
) -> Result<Stack> {
    store.write(|tx| {
        let mut stack = stack_exists(tx, id)?;
        stack.enabled = enabled;
        store::stacks::update(tx, &stack, clock.now())?;
        Ok(stack)
    })
}

/// Deletes a stack (its step and wins stay).
pub fn delete_stack(store: &Store, id: &StackId) -> Result<()> {
    store.write(|tx| {
        if store::stacks::delete(tx, id)? {
            Ok(())
        } else {
            Err(Error::not_found("habit stack"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::test_support::*;
    use chrono::FixedOffset;

    fn berlin() -> FixedOffset {
        FixedOffset::east_opt(3600).unwrap()
    }

    fn draft(anchor: &str, action: &str, times: &[&str]) -> StackDraft {
        StackDraft {
            anchor: anchor.into(),
            action: action.into(),
            step: StepChoice::None,
            times: times.iter().map(|s| s.to_string()).collect(),
            weekdays: (0..7).collect(),
            enabled: true,
        }
    }

    #[test]
    fn build_list_toggle_delete() {
        let t = temp_store();
        let clock = saturday_morning(); // 09:30 in UTC+1
        let mut d = draft(
            "After I pour my coffee",
            "I will stretch for one minute",
            &["07:30"],
        );
        d.step = StepChoice::New;
        let stack = save_stack(&t.store, &clock, None, &d).unwrap();
        assert_eq!(stack.anchor, "pour my coffee");
        assert_eq!(stack.action, "stretch for one minute");

        let list = list_stacks(&t.store, &clock, &berlin()).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0].step_title.as_deref(),
            Some("stretch for one minute")
        );
        assert_eq!(list[0].next.as_deref(), Some("tomorrow at 07:30"));

        d.times = vec!["18:00".into(), "07:30".into()];
        d.step = StepChoice::Existing(stack.step_id.clone().unwrap());
        save_stack(&t.store, &clock, Some(&stack.id), &d).unwrap();
        let list = list_stacks(&t.store, &clock, &berlin()).unwrap();
        assert_eq!(list[0].next.as_deref(), Some("today at 18:00"));

        set_stack_enabled(&t.store, &clock, &stack.id, false).unwrap();
        assert_eq!(
            list_stacks(&t.store, &clock, &berlin()).unwrap()[0].next,
            None
        );

        delete_stack(&t.store, &stack.id).unwrap();
        assert!(list_stacks(&t.store, &clock, &berlin()).unwrap().is_empty());
        assert_eq!(
            delete_stack(&t.store, &stack.id).unwrap_err().kind(),
            "notFound"
        );
    }

    #[test]
    fn the_anchor_links_to_a_step_of_that_title() {
        let t = temp_store();
        let clock = saturday_morning();
        let coffee = crate::service::steps::add_step(
            &t.store,
            &clock,
            None,
            &step_draft("Pour my coffee", "daily"),
        )
        .unwrap();
        let s = save_stack(
            &t.store,
            &clock,
            None,
            &draft("pour my coffee", "stretch", &["07:30"]),
        )
        .unwrap();
        assert_eq!(s.anchor_step_id, Some(coffee.id));
    }

    #[test]
    fn kind_sentences_for_bad_input() {
        let t = temp_store();
        let clock = saturday_morning();
        for (d, words) in [
            (draft("", "stretch", &["07:30"]), "anchor"),
            (draft("coffee", "", &["07:30"]), "action"),
            (draft("coffee", "stretch", &[]), "reminder time"),
            (draft("coffee", "stretch", &["7h30"]), "like 07:30"),
            (
                StackDraft {
                    weekdays: vec![],
                    ..draft("coffee", "stretch", &["07:30"])
                },
                "at least one day",
            ),
        ] {
            let e = save_stack(&t.store, &clock, None, &d).unwrap_err();
            assert_eq!(e.kind(), "validation");
            assert!(e.to_string().contains(words), "{e}");
        }
        assert!(list_stacks(&t.store, &clock, &berlin()).unwrap().is_empty());
    }
}
