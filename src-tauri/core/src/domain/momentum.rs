//! Momentum of a recurring step: Loop Habit Tracker's score, "never miss
//! twice" runs, and comebacks, from the days with a win and the rest days.
//!
//! The score follows Loop's published formula: each day,
//! `score = prev * m + done * (1 - m)` with `m = 0.5 ^ (sqrt(frequency) / 13)`
//! and `frequency` the repetitions per day. How each cadence maps onto it:
//! - daily: every day is a period, frequency 1;
//! - N times per week: like Loop, every day is scored with frequency N/7 and
//!   `done` is the share of the N repetitions found in the last seven days
//!   (capped at 1), so three wins a week keep the score climbing;
//! - chosen weekdays: only the chosen days are periods, each with frequency
//!   1 (the step is "daily on its days"); other days leave the score alone;
//! - every N days: like Loop's "1 time every N days", every day is scored
//!   with frequency 1/N and `done` is 1 when a win falls in the last N days;
//! - N times a month, and a day of the month (once a month): like Loop's
//!   "N times per month", every day is scored with frequency N/30 and
//!   `done` is the share of the N found in the last 30 days (capped at 1).
//!
//! A rest day leaves the score unchanged, and so does today while it has no
//! win yet: the day is not over. Runs count scheduled periods (days; ISO
//! weeks for N-times-a-week steps; calendar months for N-times-a-month
//! steps; from each month's day to the next for a day of the month; for
//! every N days, N days from the start, then N days from each win on): a
//! run continues through one missed period, ends at the second miss in a
//! row, and rest periods neither extend nor break it. A comeback is a done
//! period after a missed one.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, Months, NaiveDate};

use super::cadence::month_day_in;
use super::Cadence;

/// Loop's multiplier for a frequency in repetitions per day.
pub fn multiplier(frequency: f64) -> f64 {
    0.5f64.powf(frequency.sqrt() / 13.0)
}

/// One step of the score: `prev * m + done * (1 - m)`, `done` in `0..=1`.
pub fn next_score(prev: f64, done: f64, frequency: f64) -> f64 {
    let m = multiplier(frequency);
    prev * m + done * (1.0 - m)
}

/// What a step's history holds, as the rules need it.
#[derive(Debug, Clone, Copy)]
pub struct History<'a> {
    pub cadence: Cadence,
    /// The first day the step counts from (its creation or first win).
    pub start: NaiveDate,
    /// The person's day today; nothing after it is looked at.
    pub today: NaiveDate,
    /// Days with at least one win for the step.
    pub done: &'a BTreeSet<NaiveDate>,
    /// Days off for this step (its own and the ones for every step).
    pub rest: &'a BTreeSet<NaiveDate>,
}

/// A step's cadences over time: `(first day, cadence)`, oldest first, one
/// entry per change of rhythm (from `step_versions`). The first entry also
/// covers any day before it; an empty list means `History::cadence` all
/// along. The score and the runs go on across a change: it is the same step.
pub type Cadences<'a> = &'a [(NaiveDate, Cadence)];

/// The cadence in effect on `day`.
pub fn cadence_on(h: &History<'_>, changes: Cadences<'_>, day: NaiveDate) -> Cadence {
    changes
        .iter()
        .rev()
        .find(|(from, _)| *from <= day)
        .or(changes.first())
        .map_or(h.cadence, |(_, c)| *c)
}

/// The score at the end of every day from `start` to `today`, in `0..=1`
/// (index 0 is `start`). Empty if `start` is after `today`.
pub fn daily_scores(h: &History<'_>) -> Vec<f64> {
    daily_scores_over(h, &[])
}

/// [`daily_scores`] with the cadence in effect each day: at a change the
/// frequency in Loop's formula changes and the same score continues.
pub fn daily_scores_over(h: &History<'_>, changes: Cadences<'_>) -> Vec<f64> {
    let mut out = Vec::new();
    let mut score = 0.0;
    let mut day = h.start;
    while day <= h.today {
        let done = h.done.contains(&day);
        let frozen = h.rest.contains(&day) || (day == h.today && !done);
        if !frozen {
            score = match cadence_on(h, changes, day) {
                Cadence::Once => score,
                Cadence::Daily => next_score(score, f64::from(u8::from(done)), 1.0),
                Cadence::Weekdays(days) => {
                    if days.contains(day.weekday()) {
                        next_score(score, f64::from(u8::from(done)), 1.0)
                    } else {
                        score
                    }
                }
                Cadence::TimesPerWeek(n) => window_score(h, score, day, 7, n),
                Cadence::EveryNDays(n) => window_score(h, score, day, n, 1),
                Cadence::TimesPerMonth(n) => window_score(h, score, day, 30, n),
                Cadence::MonthDay(_) => window_score(h, score, day, 30, 1),
            };
        }
        out.push(score);
        day += Duration::days(1);
    }
    out
}

/// One day's score for "`times` in `days` days" (Loop's frequency
/// `times / days`): `done` is the share of `times` found in the last
/// `days` days up to `day`, capped at 1.
fn window_score(h: &History<'_>, score: f64, day: NaiveDate, days: u8, times: u8) -> f64 {
    let window = h
        .done
        .range(day - Duration::days(i64::from(days) - 1)..=day)
        .filter(|d| **d >= h.start)
        .count();
    let share = (window as f64 / f64::from(times)).min(1.0);
    next_score(score, share, f64::from(times) / f64::from(days))
}

/// How one scheduled period went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Done,
    Missed,
    /// A day (or week) off: it neither extends nor breaks a run.
    Rest,
    /// The current period, not done yet: not a miss, the day is not over.
    Pending,
}

/// The step's scheduled periods from `start` to `today`, oldest first, each
/// with the day it starts on.
pub fn periods(h: &History<'_>) -> Vec<(NaiveDate, Mark)> {
    periods_over(h, &[])
}

/// [`periods`] with the cadence in effect each day. Each stretch between
/// changes gives its own cadence's periods (days, or ISO weeks cut short at
/// a change, which then ask for less), one after the other, so a run goes
/// on across a change.
pub fn periods_over(h: &History<'_>, changes: Cadences<'_>) -> Vec<(NaiveDate, Mark)> {
    let mut out = Vec::new();
    if h.start > h.today {
        return out;
    }
    // (first day, last day, cadence) of each stretch, within start..=today.
    let mut stretches = Vec::new();
    if changes.is_empty() {
        stretches.push((h.start, h.today, h.cadence));
    } else {
        for (i, (from, cadence)) in changes.iter().enumerate() {
            let first = if i == 0 {
                h.start
            } else {
                (*from).max(h.start)
            };
            let last = changes.get(i + 1).map_or(h.today, |(next, _)| {
                (*next - Duration::days(1)).min(h.today)
            });
            if first <= last {
                stretches.push((first, last, *cadence));
            }
        }
    }
    let count = stretches.len();
    for (i, (first, last, cadence)) in stretches.into_iter().enumerate() {
        stretch_periods(h, first, last, cadence, i + 1 == count, i == 0, &mut out);
    }
    out
}

/// The periods of one stretch `from..=to` under one cadence. `open_end`:
/// the stretch runs on past today (the current week is not cut short);
/// `first`: the stretch the history starts with (its weeks are named by
/// their Monday, later ones by the day they start).
fn stretch_periods(
    h: &History<'_>,
    from: NaiveDate,
    to: NaiveDate,
    cadence: Cadence,
    open_end: bool,
    first: bool,
    out: &mut Vec<(NaiveDate, Mark)>,
) {
    let day_mark = |day: NaiveDate| {
        if h.done.contains(&day) {
            Mark::Done
        } else if h.rest.contains(&day) {
            Mark::Rest
        } else if day == h.today {
            Mark::Pending
        } else {
            Mark::Missed
        }
    };
    match cadence {
        Cadence::Once => {}
        Cadence::Daily | Cadence::Weekdays(_) => {
            let mut day = from;
            while day <= to {
                if cadence.allows(day) {
                    out.push((day, day_mark(day)));
                }
                day += Duration::days(1);
            }
        }
        Cadence::TimesPerWeek(n) => {
            // ISO weeks, as the cadence counts them.
            let mut monday =
                from - Duration::days(i64::from(from.weekday().num_days_from_monday()));
            while monday <= to {
                let sunday = monday + Duration::days(6);
                let begin = monday.max(from);
                let end = if open_end { sunday } else { sunday.min(to) };
                let mark = span_mark(h, begin, end, n);
                out.push((if first { monday } else { begin }, mark));
                monday += Duration::days(7);
            }
        }
        Cadence::TimesPerMonth(n) => {
            // Calendar months.
            let mut month = from.with_day(1).unwrap_or(from);
            while month <= to {
                let next = month
                    .checked_add_months(Months::new(1))
                    .unwrap_or(NaiveDate::MAX);
                let last = next.pred_opt().unwrap_or(next);
                let begin = month.max(from);
                let end = if open_end { last } else { last.min(to) };
                out.push((
                    if first { month } else { begin },
                    span_mark(h, begin, end, n),
                ));
                month = next;
            }
        }
        Cadence::MonthDay(n) => {
            // From each month's day to the day before the next month's: a
            // win any day in it counts (the review on the 2nd still counts
            // for the 1st).
            let mut due = month_day_in(n, from);
            if due < from {
                due = month_day_in(n, next_month(from));
            }
            while due <= to {
                let next_due = month_day_in(n, next_month(due));
                let last = next_due.pred_opt().unwrap_or(next_due);
                let end = if open_end { last } else { last.min(to) };
                out.push((due, span_mark(h, due, end, 1)));
                due = next_due;
            }
        }
        Cadence::EveryNDays(n) => {
            // N days from the start; after a win, the next N days start N
            // days after it (what Today asks for).
            let n = i64::from(n);
            let mut begin = from;
            while begin <= to {
                let last = begin + Duration::days(n - 1);
                let end = if open_end { last } else { last.min(to) };
                let win = h.done.range(begin..=end.min(h.today)).next().copied();
                let mark = match win {
                    Some(_) => Mark::Done,
                    None => span_mark(h, begin, end, 1),
                };
                out.push((begin, mark));
                begin = match win {
                    Some(day) => day + Duration::days(n),
                    None => end + Duration::days(1),
                };
            }
        }
    }
}

/// The first day of the month after `day`'s.
pub fn next_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .unwrap_or(NaiveDate::MAX)
}

/// The first day of the month before `day`'s.
pub fn previous_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1)
        .and_then(|first| first.checked_sub_months(Months::new(1)))
        .unwrap_or(NaiveDate::MIN)
}

/// How a span `begin..=end` that asks for `n` days with a win went, as far
/// as today: a span cut short by the start, a change or rest asks for less.
fn span_mark(h: &History<'_>, begin: NaiveDate, end: NaiveDate, n: u8) -> Mark {
    let seen = end.min(h.today);
    let rest = h.rest.range(begin..=seen).count() as i64;
    let wins = h.done.range(begin..=seen).count();
    let asked = (i64::from(n)).min((end - begin).num_days() + 1 - rest);
    if asked <= 0 {
        if wins > 0 {
            Mark::Done
        } else {
            Mark::Rest
        }
    } else if wins as i64 >= asked {
        Mark::Done
    } else if end >= h.today {
        Mark::Pending
    } else {
        Mark::Missed
    }
}

/// Runs and comebacks over a sequence of periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Runs {
    /// Done periods in the run still going (0 once two misses ended it;
    /// the UI words that as a fresh start, never as a loss).
    pub current: u32,
    /// The longest run ever.
    pub best: u32,
    /// Done periods that came right after a missed one.
    pub comebacks: u32,
    /// The period on which a run first reached [`FIRST_RUN`] done periods.
    pub first_full_run: Option<NaiveDate>,
}

/// The run length celebrated as a milestone: the first 7 in a row.
pub const FIRST_RUN: u32 = 7;

/// The period on which a step's first run of [`FIRST_RUN`] done periods
/// was reached, across its changes of cadence: the first-run milestone's
/// whole rule (no score, no weekly line).
pub fn first_full_run(h: &History<'_>, changes: Cadences<'_>) -> Option<NaiveDate> {
    runs(&periods_over(h, changes)).first_full_run
}

/// "Never miss twice" over `periods` (oldest first).
pub fn runs(periods: &[(NaiveDate, Mark)]) -> Runs {
    let mut r = Runs::default();
    let mut run = 0u32;
    let mut misses = 0u32;
    for &(day, mark) in periods {
        match mark {
            Mark::Rest | Mark::Pending => {}
            Mark::Missed => {
                misses += 1;
                if misses >= 2 {
                    run = 0;
                }
            }
            Mark::Done => {
                if misses > 0 {
                    r.comebacks += 1;
                }
                misses = 0;
                run += 1;
                r.best = r.best.max(run);
                if run == FIRST_RUN && r.first_full_run.is_none() {
                    r.first_full_run = Some(day);
                }
            }
        }
    }
    r.current = run;
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WeekdaySet;

    /// Monday 2 November 2026.
    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Duration::days(n)
    }

    /// Days from a pattern: `x` a win, `r` rest, anything else nothing;
    /// the first character is Monday 2 November 2026.
    fn pattern(p: &str, what: char) -> BTreeSet<NaiveDate> {
        p.chars()
            .enumerate()
            .filter(|(_, c)| *c == what)
            .map(|(i, _)| day(i as i64))
            .collect()
    }

    fn scores(cadence: Cadence, p: &str) -> Vec<f64> {
        let (done, rest) = (pattern(p, 'x'), pattern(p, 'r'));
        daily_scores(&History {
            cadence,
            start: day(0),
            today: day(p.len() as i64 - 1),
            done: &done,
            rest: &rest,
        })
    }

    fn check_score(cadence: Cadence, p: &str, expected: f64) {
        let got = scores(cadence, p).last().copied().unwrap_or(0.0);
        assert!(
            (got - expected).abs() < 1e-6,
            "{cadence:?} {p:?}: {got} != {expected}"
        );
    }

    #[test]
    fn loop_multiplier_by_hand() {
        // 0.5 ^ (1/13) and 0.5 ^ (sqrt(3/7)/13).
        assert!((multiplier(1.0) - 0.948_077_514).abs() < 1e-9);
        assert!((multiplier(3.0 / 7.0) - 0.965_696_682).abs() < 1e-9);
    }

    #[test]
    fn daily_score_on_fixed_sequences() {
        check_score(Cadence::Daily, "x", 0.051_922_486);
        check_score(Cadence::Daily, "xx", 0.101_149_027);
        // Thirteen days in a row: exactly half way, by construction.
        check_score(Cadence::Daily, "xxxxxxxxxxxxx", 0.5);
        // A miss decays the score by m: 0.101149 * 0.948078.
        check_score(
            Cadence::Daily,
            "xx.x",
            0.101_149_027 * 0.948_077_514 * 0.948_077_514 + 0.051_922_486,
        );
        check_score(Cadence::Daily, "", 0.0);
    }

    #[test]
    fn three_per_week_score_uses_the_rolling_week() {
        let three = Cadence::TimesPerWeek(3);
        // Mon, Tue, Wed: a third, two thirds, then all of the week's three.
        check_score(three, "x", 0.011_434_439);
        check_score(three, "xx", 0.033_911_079);
        check_score(three, "xxx", 0.067_051_135);
        // Thursday without a win still has three in the last seven days.
        let after = scores(three, "xxx..");
        assert!(after[3] > after[2], "the week is done: {after:?}");
        // Two full weeks of three beat one.
        assert!(scores(three, "xxx....xxx....")[13] > after[3]);
    }

    #[test]
    fn rest_days_and_today_freeze_the_score() {
        let s = scores(Cadence::Daily, "xxrr");
        assert_eq!(s[1], s[2]);
        assert_eq!(s[2], s[3]);
        // Today without a win yet: unchanged, not a decay.
        let s = scores(Cadence::Daily, "xx.");
        assert_eq!(s[1], s[2]);
        // Yesterday's miss does decay.
        let s = scores(Cadence::Daily, "xx..");
        assert!(s[3] < s[1]);
    }

    #[test]
    fn weekday_steps_score_only_on_their_days() {
        // Mondays and Wednesdays; the pattern starts on a Monday.
        let mw = Cadence::Weekdays(WeekdaySet::from_days(&[0, 2]).unwrap());
        let s = scores(mw, "x.x....");
        assert_eq!(s[0], s[1], "Tuesday is not scheduled");
        check_score(mw, "x.x....", 0.101_149_027);
    }

    fn marks(cadence: Cadence, p: &str) -> Vec<Mark> {
        let (done, rest) = (pattern(p, 'x'), pattern(p, 'r'));
        periods(&History {
            cadence,
            start: day(0),
            today: day(p.len() as i64 - 1),
            done: &done,
            rest: &rest,
        })
        .into_iter()
        .map(|(_, m)| m)
        .collect()
    }

    /// Every 3 days (Monday 2 November first): each stretch starts 3 days
    /// after the last win, so a win "early" never counts twice and a gap
    /// of more than 3 days is one miss.
    #[test]
    fn every_n_days_periods_follow_the_last_win() {
        use Mark::*;
        let every3 = Cadence::EveryNDays(3);
        for (p, want) in [
            ("x..x..x..x", vec![Done, Done, Done, Done]),
            ("x.x", vec![Done]),
            ("x.....x", vec![Done, Missed, Done]),
            ("x.........", vec![Done, Missed, Missed, Pending]),
            ("x..rrr", vec![Done, Rest]),
            ("...", vec![Pending]),
        ] {
            assert_eq!(marks(every3, p), want, "{p:?}");
        }
        // Loop's "1 time every 3 days": a win keeps `done` at 1 for three
        // days, so every third day climbs as fast as daily wins would.
        let s = scores(every3, "x..x..x..x");
        let d = scores(Cadence::Daily, "xxxxxxxxxx");
        assert!(s.last() > Some(&0.0) && s.last() < d.last(), "{s:?}");
        let missed = scores(every3, "x........x");
        assert!(missed.last() < s.last());
    }

    /// Two times a month, over November and December 2026 (the pattern
    /// starts on 2 November): the months are the periods.
    #[test]
    fn times_a_month_count_calendar_months() {
        use Mark::*;
        let twice = Cadence::TimesPerMonth(2);
        let mut p = String::new();
        for i in 0..40 {
            p.push(if [3, 10, 33].contains(&i) { 'x' } else { '.' });
        }
        // November (from the 2nd) done twice; December so far once.
        assert_eq!(marks(twice, &p), vec![Done, Pending]);
        let mut q = p.clone();
        q.replace_range(10..11, ".");
        assert_eq!(marks(twice, &q[..35]), vec![Missed, Pending]);
    }

    /// On the 5th of each month: a win on the 5th or any day after it, up
    /// to the next 5th, counts for that month.
    #[test]
    fn a_day_of_the_month_counts_from_its_day_to_the_next() {
        use Mark::*;
        let fifth = Cadence::MonthDay(5);
        let mut p = String::new();
        for i in 0..70 {
            // 2 Nov + 3 = 5 Nov; 2 Nov + 35 = 7 Dec; nothing in January.
            p.push(if [3, 35].contains(&i) { 'x' } else { '.' });
        }
        assert_eq!(marks(fifth, &p), vec![Done, Done, Pending]);
        let q: String = p.chars().map(|c| if c == 'x' { '.' } else { c }).collect();
        assert_eq!(marks(fifth, &q), vec![Missed, Missed, Pending]);
        assert_eq!(
            runs(&periods(&History {
                cadence: fifth,
                start: day(0),
                today: day(69),
                done: &pattern(&p, 'x'),
                rest: &pattern(&p, 'r'),
            }))
            .current,
            2
        );
    }

    fn check_runs(p: &str, current: u32, best: u32, comebacks: u32) {
        let done = pattern(p, 'x');
        let rest = pattern(p, 'r');
        let r = runs(&periods(&History {
            cadence: Cadence::Daily,
            start: day(0),
            today: day(p.len() as i64 - 1),
            done: &done,
            rest: &rest,
        }));
        assert_eq!(
            (r.current, r.best, r.comebacks),
            (current, best, comebacks),
            "{p:?}"
        );
    }

    #[test]
    fn never_miss_twice() {
        check_runs("xxx", 3, 3, 0);
        // One miss: the run goes on, and the win after it is a comeback.
        check_runs("xx.xx", 4, 4, 1);
        // Two misses in a row end the run; the next win starts a new one.
        check_runs("xxx..x", 1, 3, 1);
        check_runs("xxx...", 0, 3, 0);
        // One miss and today still open: the run is alive.
        check_runs("xxx..", 3, 3, 0);
        // Misses that alternate never end it.
        check_runs("x.x.x.x", 4, 4, 3);
        // Rest days neither break nor extend a run.
        check_runs("xxrrxx", 4, 4, 0);
        check_runs("xx.rr.x", 1, 2, 1);
        check_runs("xx.rrx", 3, 3, 1);
        // Today without a win is not a miss.
        check_runs("xx.xx.", 4, 4, 1);
        check_runs("", 0, 0, 0);
    }

    #[test]
    fn first_run_of_seven() {
        let done = pattern("xxx.xxxxx", 'x');
        let empty = BTreeSet::new();
        let r = runs(&periods(&History {
            cadence: Cadence::Daily,
            start: day(0),
            today: day(8),
            done: &done,
            rest: &empty,
        }));
        // The seventh done day is the eighth day (index 7).
        assert_eq!(r.first_full_run, Some(day(7)));
        assert_eq!(runs(&[(day(0), Mark::Done)]).first_full_run, None);
    }

    #[test]
    fn the_lean_first_run_rule_agrees_with_the_runs_and_follows_a_change() {
        let empty = BTreeSet::new();
        let daily = |p: &str| pattern(p, 'x');
        // Six daily wins, then daily from day 6 on: the run reaches 7 there.
        let done = daily("xxxxxxx");
        let h = history(Cadence::Daily, "xxxxxxx", &done, &empty);
        assert_eq!(first_full_run(&h, &[]), runs(&periods(&h)).first_full_run);
        assert_eq!(first_full_run(&h, &[]), Some(day(6)));
        // Two misses end a run: no first run in "xxx..xxxx".
        let done = daily("xxx..xxxx");
        let h = history(Cadence::Daily, "xxx..xxxx", &done, &empty);
        assert_eq!(first_full_run(&h, &[]), None);
        // Once a week from day 0, then daily from day 7 (a changed step):
        // one win in week one is one done period, then six more days.
        let done = daily("x......xxxxxx");
        let h = history(Cadence::Daily, "x......xxxxxx", &done, &empty);
        let changes = [(day(0), Cadence::TimesPerWeek(1)), (day(7), Cadence::Daily)];
        assert_eq!(first_full_run(&h, &changes), Some(day(12)));
    }

    #[test]
    fn weekly_periods_are_iso_weeks() {
        let two = Cadence::TimesPerWeek(2);
        assert_eq!(
            marks(two, "x.x....x......x...."),
            [Mark::Done, Mark::Missed, Mark::Pending]
        );
        // Rest shrinks what a week asks for: a week all rest asks for nothing,
        // one with six days of rest asks for one win.
        assert_eq!(marks(two, "rrrrrrrx"), [Mark::Rest, Mark::Pending]);
        assert_eq!(marks(two, "rrrrrrx"), [Mark::Done]);
    }

    fn history<'a>(
        cadence: Cadence,
        p: &str,
        done: &'a BTreeSet<NaiveDate>,
        rest: &'a BTreeSet<NaiveDate>,
    ) -> History<'a> {
        History {
            cadence,
            start: day(0),
            today: day(p.len() as i64 - 1),
            done,
            rest,
        }
    }

    #[test]
    fn a_change_of_cadence_continues_the_same_score() {
        // Daily for a week, then three times a week from day 7.
        let p = "xxxxxxx".to_owned() + "x.x.x..x";
        let (done, rest) = (pattern(&p, 'x'), pattern(&p, 'r'));
        let three = Cadence::TimesPerWeek(3);
        let changes = [(day(0), Cadence::Daily), (day(7), three)];
        let h = history(three, &p, &done, &rest);
        let over = daily_scores_over(&h, &changes);
        let daily_only = scores(Cadence::Daily, &p);
        // Up to the change: the daily score, day for day.
        assert_eq!(over[..7], daily_only[..7]);
        // Day 7 continues from day 6's score with the weekly frequency:
        // three wins in the last seven days, so `done` is 1.
        let expected = next_score(over[6], 1.0, 3.0 / 7.0);
        assert!(
            (over[7] - expected).abs() < 1e-12,
            "{} != {expected}",
            over[7]
        );
        // A day without a win under "3 a week" does not decay it as a daily
        // miss would.
        assert!(over[8] > daily_only[8]);
        // No changes: the step's own cadence throughout.
        assert_eq!(daily_scores_over(&h, &[]), daily_scores(&h));
    }

    #[test]
    fn cadence_on_a_day() {
        let (done, rest) = (BTreeSet::new(), BTreeSet::new());
        let h = history(Cadence::Daily, "..........", &done, &rest);
        let three = Cadence::TimesPerWeek(3);
        let changes = [(day(2), Cadence::Daily), (day(5), three)];
        for (d, expected) in [
            (0, Cadence::Daily),
            (2, Cadence::Daily),
            (4, Cadence::Daily),
            (5, three),
            (9, three),
        ] {
            assert_eq!(cadence_on(&h, &changes, day(d)), expected, "day {d}");
        }
        assert_eq!(cadence_on(&h, &[], day(3)), Cadence::Daily);
    }

    fn marks_over(p: &str, changes: &[(NaiveDate, Cadence)]) -> Vec<(NaiveDate, Mark)> {
        let (done, rest) = (pattern(p, 'x'), pattern(p, 'r'));
        let last = changes.last().map_or(Cadence::Daily, |c| c.1);
        periods_over(&history(last, p, &done, &rest), changes)
    }

    #[test]
    fn runs_go_on_across_a_change() {
        use Mark::*;
        // Daily for five days, then Mondays and Wednesdays from Saturday
        // (day 5): the run of days continues into the chosen days.
        let mw = Cadence::Weekdays(WeekdaySet::from_days(&[0, 2]).unwrap());
        let changes = [(day(0), Cadence::Daily), (day(5), mw)];
        let got = marks_over("xx.xx..x.x", &changes);
        assert_eq!(
            got,
            [
                (day(0), Done),
                (day(1), Done),
                (day(2), Missed),
                (day(3), Done),
                (day(4), Done),
                (day(7), Done),
                (day(9), Done),
            ]
        );
        let r = runs(&got);
        assert_eq!((r.current, r.best, r.comebacks), (6, 6, 1));
        // The same wins under Mondays and Wednesdays all along would count
        // days 0, 2 (a miss), 7 and 9.
        assert_eq!(marks_over("xx.xx..x.x", &[(day(0), mw)]).len(), 4);
    }

    #[test]
    fn a_week_cut_short_by_a_change_asks_for_less() {
        use Mark::*;
        // Three a week until Wednesday (day 2), daily from Thursday (day 3):
        // the cut week (Mon to Wed) asks for three and got one, a miss; then
        // daily days.
        let changes = [(day(0), Cadence::TimesPerWeek(3)), (day(3), Cadence::Daily)];
        assert_eq!(
            marks_over("x..xx", &changes),
            [(day(0), Missed), (day(3), Done), (day(4), Done)]
        );
        // Two a week until Tuesday: two days ask for two.
        let changes = [(day(0), Cadence::TimesPerWeek(2)), (day(2), Cadence::Daily)];
        assert_eq!(
            marks_over("xxx", &changes),
            [(day(0), Done), (day(2), Done)]
        );
        // Daily until Wednesday, then two a week: the rest of the week
        // (Thu to Sun) asks for two, named by its first day.
        let changes = [(day(0), Cadence::Daily), (day(3), Cadence::TimesPerWeek(2))];
        assert_eq!(
            marks_over("xxx.x...x", &changes),
            [
                (day(0), Done),
                (day(1), Done),
                (day(2), Done),
                (day(3), Missed),
                (day(7), Pending),
            ]
        );
    }
}
