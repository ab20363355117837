//! When the next habit-stack reminder is due: one pure function over "now",
//! the stacks, quiet hours, pauses, snoozes, rest days, today's wins and the
//! slots already shown. The scheduler thread sleeps until the instant it
//! returns; nothing here reads the clock.
//!
//! A *slot* is one reminder time of one stack on one local day. Local times
//! go through the time zone's rules: a time a spring-forward day skips fires
//! at the first valid minute after it; a time a fall-back day has twice
//! fires once, at the first of the two.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime};
use chrono::{TimeZone, Utc};

use super::stacks::{time_text, Stack, StackId};
use super::StepId;

/// A slot missed (asleep, app closed) fires late only up to this long.
pub const LATE_LIMIT_MINUTES: i64 = 30;

/// How far ahead to look: every weekday comes round within a week.
const HORIZON_DAYS: i64 = 8;

/// Hours without reminders, e.g. 22:00 to 07:00 (may cross midnight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl QuietHours {
    /// Whether a wall-clock time is inside; the end is not. Equal start and
    /// end mean no quiet hours.
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }
}

/// One reminder time of one stack on one local day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SlotKey {
    pub stack: StackId,
    pub date: NaiveDate,
    pub time: NaiveTime,
}

/// "Later" on a slot: ask again at `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snooze {
    pub slot: SlotKey,
    pub until: DateTime<Utc>,
}

/// Everything the plan depends on besides "now" and the time zone.
#[derive(Debug, Clone, Copy)]
pub struct Plan<'a> {
    pub stacks: &'a [Stack],
    pub quiet: Option<QuietHours>,
    /// The end of the latest pause, even when it is over: slots inside a
    /// pause are skipped, not caught up afterwards.
    pub paused_until: Option<DateTime<Utc>>,
    /// Steps with a win on a local day.
    pub done: &'a HashSet<(StepId, NaiveDate)>,
    /// Rest days: for one step, or for every step (`None`).
    pub rest: &'a HashSet<(Option<StepId>, NaiveDate)>,
    /// Slots already shown (at most one reminder per slot).
    pub fired: &'a HashSet<SlotKey>,
    pub snoozes: &'a [Snooze],
}

/// Whether a due reminder is a slot's first showing or a snooze ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueKind {
    Slot,
    Snoozed,
}

/// The next reminder: which slot, and when (it may be a little in the past
/// after a wake-up; then it is due at once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub slot: SlotKey,
    pub at: DateTime<Utc>,
    pub kind: DueKind,
}

/// The instant of a local day and time: the earlier of two on a fall-back
/// day, the first valid minute after it when a spring-forward day skips it.
pub fn resolve_local<Tz: TimeZone>(
    tz: &Tz,
    date: NaiveDate,
    time: NaiveTime,
) -> Option<DateTime<Utc>> {
    let wall = date.and_time(time);
    let at = |w: NaiveDateTime| match tz.from_local_datetime(&w) {
        LocalResult::Single(t) => Some(t),
        LocalResult::Ambiguous(first, _) => Some(first),
        LocalResult::None => None,
    };
    at(wall)
        .or_else(|| (1..=24 * 60).find_map(|m| at(wall + Duration::minutes(m))))
        .map(|t| t.with_timezone(&Utc))
}

/// The local wall-clock time of an instant.
pub fn local_of<Tz: TimeZone>(tz: &Tz, at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(tz).naive_local()
}

/// Whether nothing should remind about `stack` on `date`: its step is done
/// that day, or the day is a rest day (for its step or for every step).
fn settled(plan: &Plan<'_>, stack: &Stack, date: NaiveDate) -> bool {
    plan.rest.contains(&(None, date))
        || stack.step_id.as_ref().is_some_and(|step| {
            plan.done.contains(&(step.clone(), date))
                || plan.rest.contains(&(Some(step.clone()), date))
        })
}

fn paused(plan: &Plan<'_>, at: DateTime<Utc>) -> bool {
    plan.paused_until.is_some_and(|until| at < until)
}

/// Every slot of one enabled stack that quiet hours, rest days and wins
/// leave standing, from `first` for the horizon, with its instant.
fn slots<'s, Tz: TimeZone>(
    tz: &'s Tz,
    plan: &'s Plan<'_>,
    stack: &'s Stack,
    first: NaiveDate,
) -> impl Iterator<Item = (SlotKey, DateTime<Utc>)> + 's {
    (0..HORIZON_DAYS)
        .map(move |n| first + Duration::days(n))
        .filter(move |d| stack.enabled && stack.weekdays.contains(d.weekday()))
        .filter(move |d| !settled(plan, stack, *d))
        .flat_map(move |date| {
            stack
                .times
                .iter()
                .filter(move |t| !plan.quiet.is_some_and(|q| q.contains(**t)))
                .filter_map(move |&time| {
                    let key = SlotKey {
                        stack: stack.id.clone(),
                        date,
                        time,
                    };
                    resolve_local(tz, date, time).map(|at| (key, at))
                })
        })
}

/// The next reminder due at or after `now` (or late by less than
/// [`LATE_LIMIT_MINUTES`]), or `None` when nothing is due within a week.
/// A slot is skipped when it is in quiet hours or a pause (never queued),
/// when its stack's step is already done or resting that day, when it was
/// shown already, or when a later slot of the same stack is also past (after
/// a long sleep only the latest missed slot is offered).
pub fn next_due<Tz: TimeZone>(tz: &Tz, now: DateTime<Utc>, plan: &Plan<'_>) -> Option<Due> {
    let earliest = now - Duration::minutes(LATE_LIMIT_MINUTES);
    let first = local_of(tz, earliest).date();
    let mut best: Option<Due> = None;
    let mut consider = |due: Due| {
        let better = best
            .as_ref()
            .is_none_or(|b| (due.at, &due.slot) < (b.at, &b.slot));
        if better {
            best = Some(due);
        }
    };
    for stack in plan.stacks {
        let all: Vec<(SlotKey, DateTime<Utc>)> = slots(tz, plan, stack, first).collect();
        let latest_past = all.iter().map(|(_, at)| *at).filter(|at| *at <= now).max();
        for (slot, at) in all {
            let superseded = latest_past.is_some_and(|l| at < l);
            if at < earliest || superseded || paused(plan, at) || plan.fired.contains(&slot) {
                continue;
            }
            consider(Due {
                slot,
                at,
                kind: DueKind::Slot,
            });
        }
    }
    for snooze in plan.snoozes {
        let Some(stack) = plan.stacks.iter().find(|s| s.id == snooze.slot.stack) else {
            continue;
        };
        let at = snooze.until;
        let quiet = plan
            .quiet
            .is_some_and(|q| q.contains(local_of(tz, at).time()));
        if !stack.enabled
            || at < earliest
            || quiet
            || paused(plan, at)
            || settled(plan, stack, snooze.slot.date)
        {
            continue;
        }
        consider(Due {
            slot: snooze.slot.clone(),
            at,
            kind: DueKind::Snoozed,
        });
    }
    best
}

/// "today at 07:30", "tomorrow at 07:30", "on Monday at 07:30", or
/// "on 3 March at 07:30", seen from the local day `today`.
pub fn when_in_words(today: NaiveDate, at: NaiveDateTime) -> String {
    let time = time_text(at.time());
    let days = (at.date() - today).num_days();
    match days {
        ..=0 => crate::tr!("reminder-next-today", time = time),
        1 => crate::tr!("reminder-next-tomorrow", time = time),
        2..=6 => crate::tr!(
            "reminder-next-weekday",
            day = crate::i18n::format::weekday(at.weekday()),
            time = time
        ),
        _ => crate::tr!(
            "reminder-next-date",
            date = crate::i18n::format::date_with("reminder-day-month", at.date()),
            time = time
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WeekdaySet;
    use chrono_tz::{America::New_York, Australia::Sydney, Europe::Berlin};

    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// An instant written as a local time in `tz` (the first, if twice).
    fn local<Tz: TimeZone>(tz: &Tz, s: &str) -> DateTime<Utc> {
        let n = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        tz.from_local_datetime(&n)
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    const STEP: &str = "00000000-0000-4000-8000-000000000001";
    const COFFEE: &str = "00000000-0000-4000-8000-0000000000c0";

    fn stack(id: &str, times: &[&str]) -> Stack {
        Stack {
            id: StackId::from_trusted(id.into()),
            anchor: "pour my coffee".into(),
            action: "stretch for one minute".into(),
            step_id: Some(StepId::from_trusted(STEP.into())),
            anchor_step_id: None,
            times: times.iter().map(|s| t(s)).collect(),
            weekdays: WeekdaySet::ALL,
            enabled: true,
        }
    }

    /// The plan's inputs, owned, with quiet hours off unless set.
    #[derive(Default)]
    struct World {
        stacks: Vec<Stack>,
        quiet: Option<QuietHours>,
        paused_until: Option<DateTime<Utc>>,
        done: HashSet<(StepId, NaiveDate)>,
        rest: HashSet<(Option<StepId>, NaiveDate)>,
        fired: HashSet<SlotKey>,
        snoozes: Vec<Snooze>,
    }

    impl World {
        fn with(stacks: Vec<Stack>) -> Self {
            World {
                stacks,
                ..World::default()
            }
        }

        fn plan(&self) -> Plan<'_> {
            Plan {
                stacks: &self.stacks,
                quiet: self.quiet,
                paused_until: self.paused_until,
                done: &self.done,
                rest: &self.rest,
                fired: &self.fired,
                snoozes: &self.snoozes,
            }
        }

        fn next<Tz: TimeZone>(&self, tz: &Tz, now: DateTime<Utc>) -> Option<Due> {
            next_due(tz, now, &self.plan())
        }

        /// The next due reminder as "YYYY-MM-DD HH:MM" local (and the UTC
        /// instant), marking it shown, like the scheduler does.
        fn fire<Tz: TimeZone>(&mut self, tz: &Tz, now: DateTime<Utc>) -> Option<String> {
            let due = self.next(tz, now)?;
            self.fired.insert(due.slot.clone());
            self.snoozes.retain(|s| s.slot != due.slot);
            Some(format!(
                "{} = {}",
                local_of(tz, due.at).format("%Y-%m-%d %H:%M"),
                due.at.format("%H:%MZ")
            ))
        }
    }

    fn check<Tz: TimeZone>(world: &World, tz: &Tz, now: DateTime<Utc>, expected: Option<&str>) {
        let got = world
            .next(tz, now)
            .map(|due| local_of(tz, due.at).format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(got.as_deref(), expected, "now {now}");
    }

    #[test]
    fn next_slot_today_then_tomorrow() {
        let w = World::with(vec![stack(COFFEE, &["07:30"])]);
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 06:00"),
            Some("2026-11-21 07:30"),
        );
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 07:30"),
            Some("2026-11-21 07:30"),
        );
        // Up to 30 minutes late it is still offered (due at once).
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 07:59"),
            Some("2026-11-21 07:30"),
        );
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 08:01"),
            Some("2026-11-22 07:30"),
        );
    }

    #[test]
    fn at_most_one_reminder_per_slot() {
        let mut w = World::with(vec![stack(COFFEE, &["07:30"])]);
        let now = local(&Berlin, "2026-11-21 07:30");
        assert!(w.fire(&Berlin, now).is_some());
        check(&w, &Berlin, now, Some("2026-11-22 07:30"));
    }

    #[test]
    fn several_times_per_stack_and_weekdays() {
        let mut s = stack(COFFEE, &["18:00", "07:30", "12:15"]);
        s.times.sort();
        // Weekdays only: Saturday 21 November 2026 has none.
        s.weekdays = WeekdaySet::from_days(&[0, 1, 2, 3, 4]).unwrap();
        let mut w = World::with(vec![s]);
        let mut now = local(&Berlin, "2026-11-20 08:05"); // Friday
        let mut seen = vec![];
        for _ in 0..4 {
            let due = w.next(&Berlin, now).unwrap();
            now = now.max(due.at);
            seen.push(w.fire(&Berlin, now).unwrap());
        }
        assert_eq!(
            seen,
            [
                "2026-11-20 12:15 = 11:15Z",
                "2026-11-20 18:00 = 17:00Z",
                "2026-11-23 07:30 = 06:30Z",
                "2026-11-23 12:15 = 11:15Z",
            ]
        );
    }

    #[test]
    fn disabled_stacks_never_remind() {
        let mut s = stack(COFFEE, &["07:30"]);
        s.enabled = false;
        let w = World::with(vec![s]);
        check(&w, &Berlin, local(&Berlin, "2026-11-21 06:00"), None);
    }

    #[test]
    fn quiet_hours_crossing_midnight_skip_slots() {
        let mut w = World::with(vec![stack(
            COFFEE,
            &["06:30", "21:59", "22:00", "23:30", "07:00"],
        )]);
        w.quiet = Some(QuietHours {
            start: t("22:00"),
            end: t("07:00"),
        });
        let now = local(&Berlin, "2026-11-21 05:00");
        // 06:30 is quiet (skipped, not moved to 07:00); 07:00 is not.
        check(&w, &Berlin, now, Some("2026-11-21 07:00"));
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 07:31"),
            Some("2026-11-21 21:59"),
        );
        // 22:00 and 23:30 are quiet (21:59 is past by more than 30 minutes).
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 22:30"),
            Some("2026-11-22 07:00"),
        );
    }

    #[test]
    fn quiet_hours_membership() {
        let night = QuietHours {
            start: t("22:00"),
            end: t("07:00"),
        };
        let lunch = QuietHours {
            start: t("12:00"),
            end: t("13:00"),
        };
        for (q, time, inside) in [
            (night, "21:59", false),
            (night, "22:00", true),
            (night, "00:00", true),
            (night, "06:59", true),
            (night, "07:00", false),
            (lunch, "11:59", false),
            (lunch, "12:30", true),
            (lunch, "13:00", false),
        ] {
            assert_eq!(q.contains(t(time)), inside, "{q:?} {time}");
        }
        let none = QuietHours {
            start: t("22:00"),
            end: t("22:00"),
        };
        assert!(!none.contains(t("22:00")));
    }

    #[test]
    fn snooze_asks_again_once() {
        let mut w = World::with(vec![stack(COFFEE, &["07:30"])]);
        let now = local(&Berlin, "2026-11-21 07:30");
        let due = w.next(&Berlin, now).unwrap();
        w.fire(&Berlin, now).unwrap();
        w.snoozes.push(Snooze {
            slot: due.slot.clone(),
            until: now + Duration::minutes(30),
        });
        let again = w.next(&Berlin, now).unwrap();
        assert_eq!(again.kind, DueKind::Snoozed);
        assert_eq!(again.at, local(&Berlin, "2026-11-21 08:00"));
        assert_eq!(again.slot, due.slot);
        w.fire(&Berlin, again.at).unwrap();
        check(&w, &Berlin, again.at, Some("2026-11-22 07:30"));
    }

    #[test]
    fn snooze_into_quiet_hours_or_after_done_is_dropped() {
        let mut w = World::with(vec![stack(COFFEE, &["21:45"])]);
        w.quiet = Some(QuietHours {
            start: t("22:00"),
            end: t("07:00"),
        });
        let slot = SlotKey {
            stack: StackId::from_trusted(COFFEE.into()),
            date: d("2026-11-21"),
            time: t("21:45"),
        };
        w.fired.insert(slot.clone());
        w.snoozes.push(Snooze {
            slot: slot.clone(),
            until: local(&Berlin, "2026-11-21 22:15"),
        });
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 21:46"),
            Some("2026-11-22 21:45"),
        );
        w.quiet = None;
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 21:46"),
            Some("2026-11-21 22:15"),
        );
        w.done
            .insert((StepId::from_trusted(STEP.into()), d("2026-11-21")));
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 21:46"),
            Some("2026-11-22 21:45"),
        );
    }

    #[test]
    fn pause_skips_slots_inside_it() {
        let mut w = World::with(vec![stack(COFFEE, &["07:30", "08:00"])]);
        w.paused_until = Some(local(&Berlin, "2026-11-21 07:45"));
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 07:00"),
            Some("2026-11-21 08:00"),
        );
        // After the pause the skipped slot is not caught up, even though it
        // is less than 30 minutes late.
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 07:46"),
            Some("2026-11-21 08:00"),
        );
        // Paused until tomorrow.
        w.paused_until = Some(local(&Berlin, "2026-11-22 00:00"));
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 07:00"),
            Some("2026-11-22 07:30"),
        );
    }

    #[test]
    fn already_done_today_or_resting_means_no_reminder() {
        let mut w = World::with(vec![stack(COFFEE, &["07:30"])]);
        let now = local(&Berlin, "2026-11-21 06:00");
        w.done
            .insert((StepId::from_trusted(STEP.into()), d("2026-11-21")));
        check(&w, &Berlin, now, Some("2026-11-22 07:30"));
        w.rest
            .insert((Some(StepId::from_trusted(STEP.into())), d("2026-11-22")));
        check(&w, &Berlin, now, Some("2026-11-23 07:30"));
        w.rest.insert((None, d("2026-11-23")));
        check(&w, &Berlin, now, Some("2026-11-24 07:30"));
        // A stack without a step only rests on days off for every step.
        let mut free = stack(COFFEE, &["07:30"]);
        free.step_id = None;
        w.stacks = vec![free];
        check(&w, &Berlin, now, Some("2026-11-21 07:30"));
    }

    #[test]
    fn wake_after_a_long_sleep() {
        let w = World::with(vec![stack(COFFEE, &["07:00", "07:30", "12:00"])]);
        // Asleep from 06:00 to 07:40: 07:30 is 10 minutes late and offered
        // once; 07:00 is 40 minutes late and skipped silently.
        let woke = local(&Berlin, "2026-11-21 07:40");
        let due = w.next(&Berlin, woke).unwrap();
        assert_eq!(due.at, local(&Berlin, "2026-11-21 07:30"));
        assert!(due.at <= woke, "due at once");
        // Asleep until 08:10: both morning slots are too late.
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-21 08:10"),
            Some("2026-11-21 12:00"),
        );
        // Asleep for days: nothing from the past, the next slot ahead.
        check(
            &w,
            &Berlin,
            local(&Berlin, "2026-11-25 09:00"),
            Some("2026-11-25 12:00"),
        );
    }

    #[test]
    fn wake_offers_only_the_latest_missed_slot_of_a_stack() {
        let mut w = World::with(vec![stack(COFFEE, &["07:15", "07:30"])]);
        let woke = local(&Berlin, "2026-11-21 07:35");
        assert_eq!(
            w.fire(&Berlin, woke).as_deref(),
            Some("2026-11-21 07:30 = 06:30Z")
        );
        check(&w, &Berlin, woke, Some("2026-11-22 07:15"));
    }

    /// Spring forward: 02:00 becomes 03:00, so 02:30 does not exist and
    /// fires at the first valid minute after it (03:00 local).
    #[test]
    fn spring_forward_in_both_hemispheres() {
        for (tz_name, day, before) in [
            ("Europe/Berlin", "2026-03-29", "2026-03-28T23:00:00Z"),
            ("Australia/Sydney", "2026-10-04", "2026-10-03T13:00:00Z"),
            ("America/New_York", "2026-03-08", "2026-03-08T05:00:00Z"),
            ("Pacific/Auckland", "2026-09-27", "2026-09-26T12:00:00Z"),
        ] {
            let tz: chrono_tz::Tz = tz_name.parse().unwrap();
            let mut w = World::with(vec![stack(COFFEE, &["02:30", "03:30"])]);
            let now = utc(before);
            let first = w.fire(&tz, now).unwrap();
            assert!(
                first.starts_with(&format!("{day} 03:00")),
                "{tz_name}: {first}"
            );
            let second = w.fire(&tz, now).unwrap();
            assert!(
                second.starts_with(&format!("{day} 03:30")),
                "{tz_name}: {second}"
            );
            let due = w.next(&tz, now).unwrap();
            assert_eq!(due.slot.date, d(day) + Duration::days(1), "{tz_name}");
        }
    }

    /// Fall back: 02:00-03:00 happens twice; 02:30 fires once, the first time.
    #[test]
    fn fall_back_fires_once_in_both_hemispheres() {
        for (tz_name, day, first_utc) in [
            ("Europe/Berlin", "2026-10-25", "00:30Z"),
            ("Australia/Sydney", "2026-04-05", "15:30Z"),
            ("Pacific/Auckland", "2026-04-05", "13:30Z"),
        ] {
            let tz: chrono_tz::Tz = tz_name.parse().unwrap();
            let mut w = World::with(vec![stack(COFFEE, &["02:30"])]);
            let before = local(&tz, &format!("{day} 00:00"));
            let fired = w.fire(&tz, before).unwrap();
            assert_eq!(fired, format!("{day} 02:30 = {first_utc}"), "{tz_name}");
            // An hour later the wall clock reads 02:30 again: no second one.
            let again = w.next(&tz, before + Duration::hours(4)).unwrap();
            assert_eq!(again.slot.date, d(day) + Duration::days(1), "{tz_name}");
        }
        // New York falls back 02:00 -> 01:00: 01:30 happens twice.
        let mut w = World::with(vec![stack(COFFEE, &["01:30"])]);
        let before = utc("2026-11-01T04:00:00Z");
        assert_eq!(
            w.fire(&New_York, before).unwrap(),
            "2026-11-01 01:30 = 05:30Z"
        );
        let again = w.next(&New_York, utc("2026-11-01T06:31:00Z")).unwrap();
        assert_eq!(again.slot.date, d("2026-11-02"));
    }

    #[test]
    fn dst_keeps_local_times_local() {
        // 07:30 in Sydney is 21:30Z before the October change, 20:30Z after.
        let w = World::with(vec![stack(COFFEE, &["07:30"])]);
        let due = w.next(&Sydney, utc("2026-10-02T00:00:00Z")).unwrap();
        assert_eq!(due.at, utc("2026-10-02T21:30:00Z"));
        let due = w.next(&Sydney, utc("2026-10-03T00:00:00Z")).unwrap();
        assert_eq!(due.at, utc("2026-10-03T20:30:00Z"));
    }

    #[test]
    fn earliest_of_several_stacks() {
        let w = World::with(vec![
            stack(COFFEE, &["09:00"]),
            stack("00000000-0000-4000-8000-0000000000c1", &["08:00"]),
        ]);
        let due = w.next(&Berlin, local(&Berlin, "2026-11-21 06:00")).unwrap();
        assert_eq!(
            due.slot.stack.as_str(),
            "00000000-0000-4000-8000-0000000000c1"
        );
    }

    #[test]
    fn words_for_the_next_reminder() {
        let today = d("2026-11-21"); // Saturday
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        for (when, words) in [
            ("2026-11-21 18:00", "today at 18:00"),
            ("2026-11-22 07:30", "tomorrow at 07:30"),
            ("2026-11-23 07:30", "on Monday at 07:30"),
            ("2026-11-27 07:05", "on Friday at 07:05"),
            ("2026-11-28 07:30", "on 28 November at 07:30"),
        ] {
            assert_eq!(when_in_words(today, at(when)), words);
        }
    }

    #[test]
    fn words_for_the_next_reminder_in_german_and_spanish() {
        use crate::i18n::with_language;
        let today = d("2026-11-21"); // Saturday
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        for (lang, when, words) in [
            ("de", "2026-11-22 07:30", "morgen um 07:30"),
            ("de", "2026-11-23 07:30", "am Montag um 07:30"),
            ("de", "2026-11-28 07:30", "am 28. November um 07:30"),
            ("es", "2026-11-21 18:00", "hoy a las 18:00"),
            ("es", "2026-11-27 07:05", "el viernes a las 07:05"),
            ("es", "2026-11-28 07:30", "el 28 de noviembre a las 07:30"),
        ] {
            assert_eq!(
                with_language(lang, || when_in_words(today, at(when))),
                words
            );
        }
    }
}
