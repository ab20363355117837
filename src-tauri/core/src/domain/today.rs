//! What is open today: which steps still ask for a win, and each goal's
//! smallest next step.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate};

use super::measure::{Bound, Per};
use super::{Cadence, Goal, Step};

/// What has been logged for a step, as far as today's view needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StepProgress {
    /// A win for the step on the day asked about.
    pub done_today: bool,
    /// Days with a win for the step in that day's ISO week (Monday first).
    pub days_this_week: u32,
    /// Days with a win for the step in that day's calendar month.
    pub days_this_month: u32,
    /// The last day before the one asked about with a win for the step,
    /// within a month and a day of it.
    pub last_done_before: Option<NaiveDate>,
    /// Any win for the step, ever: a one-off step is then done.
    pub ever_done: bool,
    /// A measured step's amounts on the day asked about and in its ISO
    /// week up to that day, in thousandths.
    pub amount_today: i64,
    pub amount_this_week: i64,
}

/// Whether the step has what it asks for on the day `progress` is about:
/// a win, or for an "at least" target the day's (or the week's) amount.
pub fn reached(step: &Step, progress: StepProgress) -> bool {
    match step.target() {
        Some(t) if t.bound == Bound::AtLeast => {
            let sum = match t.per {
                Per::Day => progress.amount_today,
                Per::Week => progress.amount_this_week,
            };
            sum >= t.amount.milli()
        }
        _ => progress.done_today,
    }
}

/// A step's progress on `day` from the days it has a win (`won`, at least
/// the month and a day before `day`): what [`is_open_on`] reads. Days
/// after the last known win are taken as having none yet.
pub fn progress_on(won: &BTreeSet<NaiveDate>, day: NaiveDate) -> StepProgress {
    let week_start = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    let month_start = day.with_day(1).unwrap_or(day);
    StepProgress {
        done_today: won.contains(&day),
        days_this_week: won.range(week_start..=day).count() as u32,
        days_this_month: won.range(month_start..=day).count() as u32,
        last_done_before: won.range(..day).next_back().copied(),
        ever_done: won.range(..=day).next().is_some(),
        ..StepProgress::default()
    }
}

/// The days of `from..=to` on which `step` does not ask for a win (and has
/// none): an every-3-days step the two days after a win, a twice-a-month
/// step once it had two, a day-of-the-month step before its day and after
/// it is done. Reminders for its stack stay quiet on them. Only the
/// longer rhythms are asked about; the others keep their stacks' days.
pub fn days_not_asked(
    step: &Step,
    won: &BTreeSet<NaiveDate>,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    if !step.cadence.rests_some_days() {
        return Vec::new();
    }
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|&d| {
            let p = progress_on(won, d);
            !p.done_today && !is_open_on(step, p, d)
        })
        .collect()
}

/// Whether a step still asks for a win on `date`, given its progress. A
/// limit ("at most 2 coffees") never does: it is kept, not done.
pub fn is_open_on(step: &Step, progress: StepProgress, date: NaiveDate) -> bool {
    if step.archived || step.is_limit() {
        return false;
    }
    let progress = StepProgress {
        done_today: reached(step, progress),
        ..progress
    };
    match step.cadence {
        Cadence::Once => !progress.ever_done,
        Cadence::Daily => !progress.done_today,
        Cadence::Weekdays(_) => step.cadence.allows(date) && !progress.done_today,
        Cadence::TimesPerWeek(n) => !progress.done_today && progress.days_this_week < u32::from(n),
        Cadence::EveryNDays(n) => {
            !progress.done_today
                && progress
                    .last_done_before
                    .is_none_or(|last| (date - last).num_days() >= i64::from(n))
        }
        Cadence::TimesPerMonth(n) => {
            !progress.done_today && progress.days_this_month < u32::from(n)
        }
        Cadence::MonthDay(n) => {
            let due = super::cadence::month_day_in(n, date);
            date >= due
                && !progress.done_today
                && progress.last_done_before.is_none_or(|last| last < due)
        }
    }
}

/// The first open step by position: the smallest next step of a goal.
/// `steps` may come in any order.
pub fn smallest_next_step(
    steps: &[Step],
    progress: impl Fn(&Step) -> StepProgress,
    date: NaiveDate,
) -> Option<&Step> {
    steps
        .iter()
        .filter(|s| is_open_on(s, progress(s), date))
        .min_by_key(|s| s.position)
}

/// The steps a person can tick now, for the tray menu and the quick window:
/// the open steps of `goals` (active, in their order), each goal's steps in
/// their order, then standalone steps; at most `limit`.
pub fn open_steps<'a>(
    goals: &[Goal],
    steps: &'a [Step],
    progress: impl Fn(&Step) -> StepProgress,
    date: NaiveDate,
    limit: usize,
) -> Vec<&'a Step> {
    let mut open = in_goal_order(goals, steps, |s| is_open_on(s, progress(s), date));
    open.truncate(limit);
    open
}

/// The steps among `steps` that `keep` takes, under `goals` (in their
/// order, each goal's steps in theirs) and then the standalone ones; steps
/// of goals not in `goals` are left out.
pub fn in_goal_order<'a>(
    goals: &[Goal],
    steps: &'a [Step],
    keep: impl Fn(&Step) -> bool,
) -> Vec<&'a Step> {
    let rank = |s: &Step| match &s.goal_id {
        Some(g) => goals.iter().position(|goal| &goal.id == g),
        None => Some(goals.len()),
    };
    let mut kept: Vec<(usize, &Step)> = steps
        .iter()
        .filter_map(|s| rank(s).map(|r| (r, s)))
        .filter(|(_, s)| keep(s))
        .collect();
    kept.sort_by_key(|(r, s)| (*r, s.position));
    kept.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{StepId, WeekdaySet};
    use chrono::{TimeZone, Utc};

    // 2026-11-21 is a Saturday.
    fn saturday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    fn step(n: u8, cadence: Cadence) -> Step {
        Step {
            id: StepId::from_trusted(format!("00000000-0000-4000-8000-00000000000{n}")),
            goal_id: None,
            title: format!("step {n}"),
            cadence,
            minutes: None,
            position: i64::from(n),
            archived: false,
            created_at: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
            measure: None,
        }
    }

    fn progress(done_today: bool, days_this_week: u32, ever_done: bool) -> StepProgress {
        StepProgress {
            done_today,
            days_this_week,
            ever_done,
            ..Default::default()
        }
    }

    fn check(cadence: Cadence, p: StepProgress, open: bool) {
        assert_eq!(
            is_open_on(&step(1, cadence), p, saturday()),
            open,
            "{cadence:?} {p:?}"
        );
    }

    #[test]
    fn which_steps_are_open() {
        let none = StepProgress::default();
        check(Cadence::Once, none, true);
        check(Cadence::Once, progress(false, 0, true), false);
        check(Cadence::Daily, none, true);
        check(Cadence::Daily, progress(true, 1, true), false);
        // Yesterday's win does not close today.
        check(Cadence::Daily, progress(false, 1, true), true);
        check(Cadence::TimesPerWeek(3), progress(false, 2, true), true);
        check(Cadence::TimesPerWeek(3), progress(false, 3, true), false);
        check(Cadence::TimesPerWeek(3), progress(true, 1, true), false);
        let weekend = Cadence::Weekdays(WeekdaySet::from_days(&[5, 6]).unwrap());
        let weekdays = Cadence::Weekdays(WeekdaySet::from_days(&[0, 1, 2, 3, 4]).unwrap());
        check(weekend, none, true);
        check(weekend, progress(true, 1, true), false);
        check(weekdays, none, false);
    }

    /// Saturday 21 November 2026, for every N days, N times a month and a
    /// day of the month.
    #[test]
    fn which_steps_of_the_longer_rhythms_are_open() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let last = |day: &str| StepProgress {
            last_done_before: Some(d(day)),
            ever_done: true,
            ..Default::default()
        };
        let none = StepProgress::default();
        let every3 = Cadence::EveryNDays(3);
        check(every3, none, true);
        check(every3, last("2026-11-20"), false);
        check(every3, last("2026-11-19"), false);
        check(every3, last("2026-11-18"), true);
        check(
            every3,
            StepProgress {
                done_today: true,
                ..last("2026-11-10")
            },
            false,
        );

        let monthly = Cadence::TimesPerMonth(4);
        let month = |n| StepProgress {
            days_this_month: n,
            ever_done: n > 0,
            ..Default::default()
        };
        check(monthly, month(3), true);
        check(monthly, month(4), false);

        // Due on the 15th: open from then until done; a win on the 14th
        // was for last month's.
        check(Cadence::MonthDay(15), none, true);
        check(Cadence::MonthDay(15), last("2026-11-16"), false);
        check(Cadence::MonthDay(15), last("2026-11-14"), true);
        check(Cadence::MonthDay(22), none, false);
        check(Cadence::MonthDay(31), none, false);
    }

    #[test]
    fn archived_steps_are_never_open() {
        let mut s = step(1, Cadence::Daily);
        s.archived = true;
        assert!(!is_open_on(&s, StepProgress::default(), saturday()));
    }

    fn goal(n: u8) -> Goal {
        Goal {
            id: crate::domain::GoalId::from_trusted(format!(
                "00000000-0000-4000-8000-0000000001{n:02}"
            )),
            title: format!("goal {n}"),
            why: String::new(),
            success: String::new(),
            identity: String::new(),
            status: crate::domain::GoalStatus::Active,
            colour: "#5b8a72".into(),
            position: i64::from(n),
            created_at: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        }
    }

    fn under(goal: &Goal, mut s: Step) -> Step {
        s.goal_id = Some(goal.id.clone());
        s
    }

    #[test]
    fn open_steps_follow_goal_then_step_order_and_leave_when_done() {
        let (g1, g2) = (goal(1), goal(2));
        let steps = vec![
            under(&g2, step(1, Cadence::Daily)),
            under(&g1, step(4, Cadence::Daily)),
            under(&g1, step(2, Cadence::Once)),
            step(3, Cadence::Daily), // standalone: after every goal's steps
            under(
                &g1,
                step(5, Cadence::Weekdays(WeekdaySet::from_days(&[0]).unwrap())),
            ), // Mondays only
        ];
        let goals = [g1.clone(), g2.clone()];
        let titles = |done: &[i64], limit| -> Vec<i64> {
            open_steps(
                &goals,
                &steps,
                |s| progress(done.contains(&s.position), 0, done.contains(&s.position)),
                saturday(),
                limit,
            )
            .iter()
            .map(|s| s.position)
            .collect()
        };
        assert_eq!(titles(&[], 5), [2, 4, 1, 3]);
        assert_eq!(titles(&[], 2), [2, 4]);
        assert_eq!(
            titles(&[4], 5),
            [2, 1, 3],
            "a step done today leaves the list"
        );
        // Steps of goals not listed (paused, done, archived) never show.
        assert_eq!(
            open_steps(&[g2], &steps, |_| StepProgress::default(), saturday(), 5)
                .iter()
                .map(|s| s.position)
                .collect::<Vec<_>>(),
            [1, 3]
        );
    }

    #[test]
    fn smallest_next_step_is_first_open_by_position() {
        let steps = vec![
            step(3, Cadence::Daily),
            step(1, Cadence::Once),
            step(2, Cadence::Daily),
        ];
        let ids = |s: &Step| s.position;
        let pick = |done: &[i64]| {
            smallest_next_step(
                &steps,
                |s| progress(done.contains(&ids(s)), 0, done.contains(&ids(s))),
                saturday(),
            )
            .map(|s| s.position)
        };
        assert_eq!(pick(&[]), Some(1));
        assert_eq!(pick(&[1]), Some(2));
        assert_eq!(pick(&[1, 2]), Some(3));
        assert_eq!(pick(&[1, 2, 3]), None);
        assert_eq!(
            smallest_next_step(&[], |_| StepProgress::default(), saturday()),
            None
        );
    }

    /// Reminders follow the longer rhythms: the days each one rests.
    #[test]
    fn the_days_a_longer_rhythm_does_not_ask() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let won = |days: &[&str]| days.iter().map(|s| d(s)).collect::<BTreeSet<_>>();
        let every3 = step(1, Cadence::EveryNDays(3));
        assert_eq!(
            days_not_asked(
                &every3,
                &won(&["2026-11-20"]),
                d("2026-11-20"),
                d("2026-11-25")
            ),
            [d("2026-11-21"), d("2026-11-22")],
            "the two days after a win; asked again on the 23rd"
        );
        let twice = step(1, Cadence::TimesPerMonth(2));
        let rest = days_not_asked(
            &twice,
            &won(&["2026-11-03", "2026-11-10"]),
            d("2026-11-28"),
            d("2026-12-02"),
        );
        assert_eq!(rest, [d("2026-11-28"), d("2026-11-29"), d("2026-11-30")]);
        let fifth = step(1, Cadence::MonthDay(5));
        assert_eq!(
            days_not_asked(
                &fifth,
                &won(&["2026-11-05"]),
                d("2026-11-29"),
                d("2026-12-06")
            ),
            [
                d("2026-11-29"),
                d("2026-11-30"),
                d("2026-12-01"),
                d("2026-12-02"),
                d("2026-12-03"),
                d("2026-12-04")
            ]
        );
        // Daily and weekly steps keep their stacks' own days.
        assert!(days_not_asked(
            &step(1, Cadence::Daily),
            &won(&[]),
            d("2026-11-01"),
            d("2026-11-30")
        )
        .is_empty());
    }
}
