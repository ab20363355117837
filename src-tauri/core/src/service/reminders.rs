//! Habit-stack reminders as use cases: what is due next, showing a slot
//! (once), "Done" (a win with source "reminder"), "Later" (a snooze), and
//! the prompts offered when a stack's anchor step is logged.

use chrono::{DateTime, Duration, TimeZone, Timelike, Utc};

use crate::clock::Clock;
use crate::domain::schedule::{next_due, Due, DueKind, SlotKey};
use crate::domain::stacks::{Stack, StackId};
use crate::domain::{StepId, Win, WinId, WinSource};
use crate::error::{Error, Result};
use crate::store::wins::WinRecord;
use crate::store::{self, Store};

use super::ops::reminder_plan::PlanData;

/// Days of shown slots kept (older ones can never matter again).
const KEEP_DAYS: i64 = 2;
/// Why a reminder is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    /// A reminder time came round.
    Slot,
    /// A "Later" ended.
    Snoozed,
    /// The stack's anchor step was just logged.
    Anchor,
}

impl ReminderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::Slot => "slot",
            ReminderKind::Snoozed => "snoozed",
            ReminderKind::Anchor => "anchor",
        }
    }
}

/// A reminder to show, with its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub slot: SlotKey,
    pub kind: ReminderKind,
    /// "After I pour my coffee", or for an anchor prompt "Now: stretch?".
    pub title: String,
    /// "I will stretch for one minute".
    pub body: String,
    /// The stack's action in the person's own words ("stretch for one
    /// minute"): what the quick window offers to log, in any language.
    pub action: String,
    pub step_id: Option<StepId>,
}

impl Reminder {
    fn of(stack: &Stack, slot: SlotKey, kind: ReminderKind) -> Self {
        Reminder {
            slot,
            kind,
            title: match kind {
                ReminderKind::Anchor => stack.prompt(),
                _ => stack.title(),
            },
            body: stack.body(),
            action: stack.action.clone(),
            step_id: stack.step_id.clone(),
        }
    }
}

/// The next reminder due (maybe already, after a wake-up), or `None` when
/// nothing is due within a week.
pub fn next_reminder<Tz: TimeZone>(
    store: &Store,
    tz: &Tz,
    now: DateTime<Utc>,
) -> Result<Option<Due>> {
    let data = store.read(|conn| PlanData::read(conn, tz, now))?;
    Ok(next_due(tz, now, &data.plan()))
}

/// Marks a due slot as shown (it will not be shown again; a snooze ends)
/// and returns what to show.
pub fn show(store: &Store, clock: &dyn Clock, due: &Due) -> Result<Reminder> {
    let now = clock.now();
    store.write(|tx| {
        let stack = store::stacks::get(tx, &due.slot.stack)?
            .ok_or_else(|| Error::not_found("habit stack"))?;
        store::stacks::mark_shown(tx, &due.slot, now)?;
        store::stacks::prune(tx, due.slot.date - Duration::days(KEEP_DAYS))?;
        let kind = match due.kind {
            DueKind::Slot => ReminderKind::Slot,
            DueKind::Snoozed => ReminderKind::Snoozed,
        };
        Ok(Reminder::of(&stack, due.slot.clone(), kind))
    })
}

/// "Done" on a reminder: logs a win for the stack's step (or, without a
/// step, a win with the action's words), source "reminder". Returns `None`
/// when the step already has a win that day: nothing is logged twice.
pub fn done(store: &Store, clock: &dyn Clock, slot: &SlotKey) -> Result<Option<WinRecord>> {
    let now = clock.now();
    let today = clock.local_date(now);
    store.write(|tx| {
        let stack =
            store::stacks::get(tx, &slot.stack)?.ok_or_else(|| Error::not_found("habit stack"))?;
        store::stacks::set_snooze(tx, slot, None, now)?;
        let step = match &stack.step_id {
            Some(id) => store::steps::get(tx, id)?,
            None => None,
        };
        if let Some(step) = &step {
            if store::stacks::steps_done_between(tx, today, today)?
                .contains(&(step.id.clone(), today))
            {
                return Ok(None);
            }
        }
        let win = Win {
            id: WinId::from_trusted(store::new_id()),
            text: step
                .as_ref()
                .map_or_else(|| stack.action.clone(), |s| s.title.clone()),
            note: String::new(),
            logged_at: now,
            local_date: today,
            goal_id: step.as_ref().and_then(|s| s.goal_id.clone()),
            // A measured step's Done logs its usual amount, as its ✓ does.
            amount: step
                .as_ref()
                .and_then(|s| s.measure.as_ref())
                .map(|m| m.usual_or_default()),
            step_id: step.map(|s| s.id),
            source: WinSource::Reminder,
        };
        store::wins::insert(tx, &win)?;
        store::wins::get(tx, &win.id)
    })
}

/// "Later" on a reminder: asks again after `wait`, or after the snooze
/// length from the settings when `None`; returns when.
pub fn later(
    store: &Store,
    clock: &dyn Clock,
    slot: &SlotKey,
    wait: Option<Duration>,
) -> Result<DateTime<Utc>> {
    let now = clock.now();
    store.write(|tx| {
        store::stacks::get(tx, &slot.stack)?.ok_or_else(|| Error::not_found("habit stack"))?;
        let wait = match wait {
            Some(w) => w,
            None => Duration::minutes(
                super::ops::settings::reminder_settings_in(tx)?
                    .snooze_minutes
                    .into(),
            ),
        };
        store::stacks::set_snooze(tx, slot, Some(now + wait), now)?;
        Ok(now + wait)
    })
}

/// Stacks whose anchor step got a win after `since`, as prompts ("Now:
/// stretch?"), unless the stacked step is already done today; and the
/// instant to ask from next time.
pub fn anchor_prompts(
    store: &Store,
    clock: &dyn Clock,
    since: DateTime<Utc>,
) -> Result<(Vec<Reminder>, DateTime<Utc>)> {
    let today = clock.today();
    store.read(|conn| {
        let hits = store::stacks::anchored_since(conn, since, clock.local_date(since))?;
        let done = store::stacks::steps_done_between(conn, today, today)?;
        let mut latest = since;
        let mut out = Vec::new();
        for (id, at) in hits {
            latest = latest.max(at);
            let Some(stack) = store::stacks::get(conn, &id)? else {
                continue;
            };
            if stack
                .step_id
                .as_ref()
                .is_some_and(|s| done.contains(&(s.clone(), today)))
            {
                continue;
            }
            let time = clock.local_datetime(at).time();
            let slot = SlotKey {
                stack: id,
                date: today,
                time: time
                    .with_second(0)
                    .and_then(|t| t.with_nanosecond(0))
                    .unwrap_or(time),
            };
            out.push(Reminder::of(&stack, slot, ReminderKind::Anchor));
        }
        Ok((out, latest))
    })
}

/// Parses a stack id from the UI.
pub fn stack_id(text: &str) -> Result<StackId> {
    Ok(StackId::parse(text)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::stacks::{save_stack, StackDraft, StepChoice};
    use crate::service::test_support::*;
    use crate::service::wins::{log_win, WinDraft};
    use chrono::FixedOffset;

    fn tz() -> FixedOffset {
        FixedOffset::east_opt(3600).unwrap()
    }

    fn coffee_stack(t: &TempStore, clock: &FixedClock, times: &[&str]) -> Stack {
        save_stack(
            &t.store,
            clock,
            None,
            &StackDraft {
                anchor: "pour my coffee".into(),
                action: "stretch for one minute".into(),
                step: StepChoice::New,
                times: times.iter().map(|s| s.to_string()).collect(),
                weekdays: (0..7).collect(),
                enabled: true,
            },
        )
        .unwrap()
    }

    /// A stack for an existing step, every day at `time`.
    fn stack_for(
        t: &TempStore,
        clock: &FixedClock,
        step: &crate::domain::StepId,
        anchor: &str,
        action: &str,
        time: &str,
    ) -> Stack {
        save_stack(
            &t.store,
            clock,
            None,
            &StackDraft {
                anchor: anchor.into(),
                action: action.into(),
                step: StepChoice::Existing(step.clone()),
                times: vec![time.into()],
                weekdays: (0..7).collect(),
                enabled: true,
            },
        )
        .unwrap()
    }

    /// A stack whose step comes every 3 days: after its win, the next
    /// reminder is on the third day, not tomorrow (issue 24).
    #[test]
    fn a_longer_rhythm_step_is_reminded_only_on_the_days_it_asks_for() {
        let t = temp_store();
        let clock = saturday_morning();
        let step = crate::service::steps::add_step(
            &t.store,
            &clock,
            None,
            &step_draft("Water the plants", "every_n_days"),
        )
        .unwrap();
        assert_eq!(step.cadence, crate::domain::Cadence::EveryNDays(3));
        stack_for(
            &t,
            &clock,
            &step.id,
            "make breakfast",
            "water the plants",
            "08:00",
        );
        crate::service::wins::tick_step(
            &t.store,
            &clock,
            &step.id,
            crate::domain::WinSource::Window,
        )
        .unwrap();
        let due = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        // Ticked on Saturday 21 November: not Sunday, not Monday; Tuesday.
        assert_eq!(due.slot.date, "2026-11-24".parse().unwrap());
    }

    /// A reminder's Done on a measured step logs its usual amount, as the
    /// step's ✓ does (issue 24, part 2).
    #[test]
    fn done_on_a_measured_step_logs_its_usual_amount() {
        let t = temp_store();
        let clock = saturday_morning();
        let draft = crate::service::steps::StepDraft {
            measure: Some(crate::service::steps::MeasureDraft {
                unit: "glasses".into(),
                target: "8".into(),
                usual: "2".into(),
                ..Default::default()
            }),
            ..step_draft("Drink water", "daily")
        };
        let step = crate::service::steps::add_step(&t.store, &clock, None, &draft).unwrap();
        stack_for(
            &t,
            &clock,
            &step.id,
            "sit down at my desk",
            "drink a glass of water",
            "09:45",
        );
        let due = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        clock.advance(Duration::minutes(15));
        let win = done(&t.store, &clock, &due.slot).unwrap().unwrap();
        assert_eq!(win.win.amount.map(|a| a.milli()), Some(2_000));
    }

    #[test]
    fn a_german_reminder_carries_the_action_in_the_persons_words() {
        // Regression: the quick window was prefilled by taking "I will "
        // off the translated body, so in German it offered "werde ich …".
        let t = temp_store();
        let clock = saturday_morning();
        coffee_stack(&t, &clock, &["09:45"]);
        let due = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        clock.advance(Duration::minutes(15));
        let r = crate::i18n::with_language("de", || show(&t.store, &clock, &due)).unwrap();
        assert_eq!(r.action, "stretch for one minute");
        assert!(r.body.contains("stretch for one minute"), "{}", r.body);
        assert!(!r.body.starts_with("I will"), "{}", r.body);
    }

    #[test]
    fn due_shown_once_then_done_logs_a_reminder_win() {
        let t = temp_store();
        let clock = saturday_morning(); // 09:30 +01:00
        let stack = coffee_stack(&t, &clock, &["09:45"]);
        let due = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        assert_eq!(due.at.to_rfc3339(), "2026-11-21T08:45:00+00:00");
        clock.advance(Duration::minutes(15));
        let r = show(&t.store, &clock, &due).unwrap();
        assert_eq!(r.title, "After I pour my coffee");
        assert_eq!(r.body, "I will stretch for one minute");
        let next = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        assert_eq!(next.slot.date.to_string(), "2026-11-22", "shown once");

        let win = done(&t.store, &clock, &due.slot).unwrap().unwrap();
        assert_eq!(win.win.source, WinSource::Reminder);
        assert_eq!(win.win.step_id, stack.step_id);
        assert_eq!(
            done(&t.store, &clock, &due.slot).unwrap(),
            None,
            "not twice"
        );
    }

    #[test]
    fn later_asks_again_after_the_snooze() {
        let t = temp_store();
        let clock = saturday_morning();
        coffee_stack(&t, &clock, &["09:30"]);
        let due = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        show(&t.store, &clock, &due).unwrap();
        let until = later(&t.store, &clock, &due.slot, None).unwrap();
        assert_eq!(until, clock.now() + Duration::minutes(30));
        let again = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        assert_eq!((again.at, again.kind), (until, DueKind::Snoozed));
    }

    #[test]
    fn a_step_logged_today_gets_no_reminder() {
        let t = temp_store();
        let clock = saturday_morning();
        let stack = coffee_stack(&t, &clock, &["18:00"]);
        log_win(
            &t.store,
            &clock,
            &WinDraft {
                text: String::new(),
                note: String::new(),
                goal: None,
                step: stack.step_id.clone(),
                source: WinSource::Window,
                amount: None,
            },
        )
        .unwrap();
        let due = next_reminder(&t.store, &tz(), clock.now())
            .unwrap()
            .unwrap();
        assert_eq!(due.slot.date.to_string(), "2026-11-22");
    }

    #[test]
    fn logging_the_anchor_step_offers_the_action() {
        let t = temp_store();
        let clock = saturday_morning();
        let since = clock.now();
        let anchor = crate::service::steps::add_step(
            &t.store,
            &clock,
            None,
            &step_draft("Pour my coffee", "daily"),
        )
        .unwrap();
        coffee_stack(&t, &clock, &["07:30"]);
        assert!(anchor_prompts(&t.store, &clock, since)
            .unwrap()
            .0
            .is_empty());
        clock.advance(Duration::minutes(1));
        crate::service::wins::tick_step(&t.store, &clock, &anchor.id, WinSource::Tray).unwrap();
        let (prompts, seen) = anchor_prompts(&t.store, &clock, since).unwrap();
        assert_eq!(prompts.len(), 1);
        assert_eq!(prompts[0].title, "Now: stretch for one minute?");
        assert_eq!(seen, clock.now());
        assert!(anchor_prompts(&t.store, &clock, seen).unwrap().0.is_empty());
        // Done from the prompt logs the stacked step.
        let win = done(&t.store, &clock, &prompts[0].slot).unwrap().unwrap();
        assert_eq!(win.win.text, "stretch for one minute");
    }
}
