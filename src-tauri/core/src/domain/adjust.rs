//! Adjusting a step to fit the week: a step's history of sizes, words and
//! cadences (`StepVersion`), when Today offers "Make it smaller?" or "Ready
//! for a bit more?", what each offer suggests, and the step's story.
//!
//! A miss is data: two misses in a row (rest days and pauses are not
//! misses) bring a kind offer of a smaller step; momentum that has stayed
//! high for three weeks brings an offer of a bit more. Every answer quiets
//! the offer for that step for two weeks, and a change starts the count
//! afresh from the day it took effect. The step stays the same step: its
//! score and runs go on across a change (`momentum::*_over`).

use super::measure::{bigger_target, smaller_target, Target};
use chrono::{Duration, NaiveDate};

use super::momentum::{self, Cadences, History, Mark};
use super::{Cadence, RuleError, StepId, WeekdaySet};

/// Why a step's version began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeReason {
    /// The step as it was made.
    Start,
    /// "Make it smaller?" taken.
    Smaller,
    /// "Ready for a bit more?" taken.
    Bigger,
    /// Edited on the Goals page.
    Edit,
}

impl ChangeReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeReason::Start => "start",
            ChangeReason::Smaller => "smaller",
            ChangeReason::Bigger => "bigger",
            ChangeReason::Edit => "edit",
        }
    }

    pub fn parse(text: &str) -> Result<Self, RuleError> {
        match text {
            "start" => Ok(ChangeReason::Start),
            "smaller" => Ok(ChangeReason::Smaller),
            "bigger" => Ok(ChangeReason::Bigger),
            "edit" => Ok(ChangeReason::Edit),
            other => Err(RuleError::new(crate::tr!(
                "error-change-kind-unknown",
                value = other
            ))),
        }
    }
}

/// A step as it was from `effective` on, until the next version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepVersion {
    pub step_id: StepId,
    pub effective: NaiveDate,
    pub title: String,
    pub cadence: Cadence,
    pub minutes: Option<u16>,
    pub reason: ChangeReason,
    /// A measured step's target amount from this day on (its unit, period
    /// and bound are the step's own).
    pub target: Option<super::measure::Amount>,
}

impl StepVersion {
    /// Whether the size, words, cadence and target are the same as
    /// `other`'s.
    pub fn same_step_as(&self, other: &StepVersion) -> bool {
        self.title == other.title
            && self.cadence == other.cadence
            && self.minutes == other.minutes
            && self.target == other.target
    }
}

/// The cadences of `versions` (oldest first), for `momentum::*_over`.
pub fn cadences(versions: &[StepVersion]) -> Vec<(NaiveDate, Cadence)> {
    versions.iter().map(|v| (v.effective, v.cadence)).collect()
}

/// The day the count of misses and of high momentum starts: the latest
/// change's day (the first version's is the step's start), or `fallback`
/// when the step has no versions.
pub fn counting_from(versions: &[StepVersion], fallback: NaiveDate) -> NaiveDate {
    versions.last().map_or(fallback, |v| v.effective)
}

/// Days an offer stays quiet after it was set aside.
pub const QUIET_DAYS: i64 = 14;

/// The day an offer set aside on `today` may come back.
pub fn quiet_until(today: NaiveDate) -> NaiveDate {
    today + Duration::days(QUIET_DAYS)
}

/// "Momentum has stayed high": Loop's score at least [`HIGH_SCORE`] at the
/// end of every scheduled day of the [`HIGH_DAYS`] days before today, all of
/// them on or after the latest change. A scheduled day is every day for
/// daily and N-times-a-week steps (Loop scores each day) and the chosen days
/// for weekday steps. For a daily step that is about seven weeks of nearly
/// every day: the score needs a month to reach 0.8, then three weeks there.
pub const HIGH_SCORE: f64 = 0.8;
/// See [`HIGH_SCORE`].
pub const HIGH_DAYS: i64 = 21;

/// The offer Today may make for a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferKind {
    /// "Make it smaller?"
    Smaller,
    /// "Ready for a bit more?"
    Bigger,
}

impl OfferKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OfferKind::Smaller => "smaller",
            OfferKind::Bigger => "bigger",
        }
    }

    pub fn parse(text: &str) -> Result<Self, RuleError> {
        match text {
            "smaller" => Ok(OfferKind::Smaller),
            "bigger" => Ok(OfferKind::Bigger),
            other => Err(RuleError::new(crate::tr!(
                "error-change-kind-unknown",
                value = other
            ))),
        }
    }

    /// The reason a version taken from this offer records.
    pub fn reason(self) -> ChangeReason {
        match self {
            OfferKind::Smaller => ChangeReason::Smaller,
            OfferKind::Bigger => ChangeReason::Bigger,
        }
    }
}

/// What the rules need about one step to decide on an offer.
#[derive(Debug, Clone, Copy)]
pub struct OfferFacts<'a> {
    /// The step's whole history (cadence: the current one).
    pub history: History<'a>,
    /// Its cadences over time (see [`cadences`]).
    pub changes: Cadences<'a>,
    /// The latest change's day ([`counting_from`]).
    pub since: NaiveDate,
    /// The step is archived, or its goal is not active (paused, done,
    /// archived): no offers, and its quiet days are not misses.
    pub paused: bool,
    /// Set aside until this day (exclusive).
    pub quiet_until: Option<NaiveDate>,
}

/// Whether the latest two scheduled periods before now (rest and the
/// period still under way left out) were both missed.
pub fn ends_with_two_misses(periods: &[(NaiveDate, Mark)]) -> bool {
    let mut settled = periods
        .iter()
        .rev()
        .filter(|(_, m)| matches!(m, Mark::Done | Mark::Missed));
    matches!(
        (settled.next(), settled.next()),
        (Some((_, Mark::Missed)), Some((_, Mark::Missed)))
    )
}

/// Whether a second miss in a row (rest left out) falls on a period that
/// starts between `from` and `to`, inclusive.
pub fn two_misses_between(periods: &[(NaiveDate, Mark)], from: NaiveDate, to: NaiveDate) -> bool {
    let mut misses = 0;
    for &(day, mark) in periods {
        match mark {
            Mark::Rest | Mark::Pending => {}
            Mark::Done => misses = 0,
            Mark::Missed => {
                misses += 1;
                if misses >= 2 && (from..=to).contains(&day) {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether the step has missed twice in a row since its latest change. A
/// win today means it is happening again: no offer today.
pub fn wants_smaller(f: &OfferFacts<'_>) -> bool {
    if f.history.done.contains(&f.history.today) {
        return false;
    }
    let h = History {
        start: f.history.start.max(f.since),
        ..f.history
    };
    ends_with_two_misses(&momentum::periods_over(&h, f.changes))
}

/// Whether momentum has stayed high (see [`HIGH_SCORE`]) since the latest
/// change.
pub fn wants_bigger(f: &OfferFacts<'_>) -> bool {
    let h = &f.history;
    let first = h.today - Duration::days(HIGH_DAYS);
    if first < f.since || first < h.start {
        return false;
    }
    let scores = momentum::daily_scores_over(h, f.changes);
    let score_on = |d: NaiveDate| {
        usize::try_from((d - h.start).num_days())
            .ok()
            .and_then(|i| scores.get(i).copied())
            .unwrap_or(0.0)
    };
    let mut scheduled = 0;
    let mut day = first;
    while day < h.today {
        let cadence = momentum::cadence_on(h, f.changes, day);
        if cadence.is_recurring() && cadence.allows(day) {
            scheduled += 1;
            if score_on(day) < HIGH_SCORE {
                return false;
            }
        }
        day += Duration::days(1);
    }
    scheduled > 0
}

/// The offer for a step today, if any: none for one-off, archived or paused
/// steps or while set aside; "smaller" before "bigger".
pub fn offer(f: &OfferFacts<'_>) -> Option<OfferKind> {
    let quiet = f.quiet_until.is_some_and(|until| f.history.today < until);
    if f.paused || quiet || !f.history.cadence.is_recurring() {
        return None;
    }
    if wants_smaller(f) {
        Some(OfferKind::Smaller)
    } else if wants_bigger(f) {
        Some(OfferKind::Bigger)
    } else {
        None
    }
}

/// Most minutes "a bit more" suggests.
pub const MINUTES_CAP: u16 = 60;

/// Rest days "a few rest days" marks, today first.
pub const REST_DAYS: i64 = 3;

/// One way to answer an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// This many minutes.
    Minutes(u16),
    /// This cadence.
    Cadence(Cadence),
    /// This target, for a measured step ("at least 5 pages a day", or for
    /// a limit a gentler "at most 3").
    Target(Target),
    /// New words, written by the person.
    Words,
    /// [`REST_DAYS`] rest days for the step.
    Rest,
    /// Keep it as it is (quiets the offer like setting it aside).
    Keep,
}

/// Smaller sizes: one minute, and half the minutes when that is more than
/// one and differs from it.
pub fn smaller_minutes(minutes: Option<u16>) -> Vec<u16> {
    match minutes {
        Some(1) => vec![],
        Some(m) if m >= 4 => vec![1, m / 2],
        _ => vec![1],
    }
}

/// A bit more: double, up to [`MINUTES_CAP`]; nothing for a step without
/// minutes or already at the cap.
pub fn bigger_minutes(minutes: Option<u16>) -> Option<u16> {
    minutes
        .filter(|&m| m < MINUTES_CAP)
        .map(|m| (m * 2).min(MINUTES_CAP))
}

/// A lighter rhythm: every day (or more than three a week) becomes three
/// times a week, three or two a week one fewer, chosen weekdays lose their
/// last day, every N days waits a day longer, N times a month asks once
/// fewer. Nothing lighter than once a week, one weekday, every 30 days,
/// once a month or a day of the month.
pub fn lighter(cadence: Cadence) -> Option<Cadence> {
    match cadence {
        Cadence::Once | Cadence::MonthDay(_) => None,
        Cadence::EveryNDays(n) => Cadence::every_n_days(n + 1).ok(),
        Cadence::TimesPerMonth(n) => Cadence::times_per_month(n.saturating_sub(1)).ok(),
        Cadence::Daily => Some(Cadence::TimesPerWeek(3)),
        Cadence::TimesPerWeek(n) if n > 3 => Some(Cadence::TimesPerWeek(3)),
        Cadence::TimesPerWeek(n) if n > 1 => Some(Cadence::TimesPerWeek(n - 1)),
        Cadence::TimesPerWeek(_) => None,
        Cadence::Weekdays(days) => {
            let mut list = days.days();
            list.pop();
            WeekdaySet::from_days(&list).ok().map(Cadence::Weekdays)
        }
    }
}

/// A richer rhythm: one more time a week (seven becomes every day), the
/// next weekday after the chosen ones (all seven become every day), every
/// N days a day sooner (every other day becomes every day), or one more
/// time a month.
pub fn richer(cadence: Cadence) -> Option<Cadence> {
    match cadence {
        Cadence::Once | Cadence::Daily | Cadence::MonthDay(_) => None,
        Cadence::EveryNDays(2) => Some(Cadence::Daily),
        Cadence::EveryNDays(n) => Cadence::every_n_days(n - 1).ok(),
        Cadence::TimesPerMonth(n) => Cadence::times_per_month(n + 1).ok(),
        Cadence::TimesPerWeek(n) if n >= 6 => Some(Cadence::Daily),
        Cadence::TimesPerWeek(n) => Some(Cadence::TimesPerWeek(n + 1)),
        Cadence::Weekdays(days) => {
            let list = days.days();
            let last = list.last().copied().unwrap_or(0);
            let next = (1..7).map(|k| (last + k) % 7).find(|d| !list.contains(d))?;
            let mut more = list;
            more.push(next);
            let set = WeekdaySet::from_days(&more).ok()?;
            Some(if set == WeekdaySet::ALL {
                Cadence::Daily
            } else {
                Cadence::Weekdays(set)
            })
        }
    }
}

/// What an offer suggests for a step of this size, cadence and target, in
/// order: a measured step's smaller (or bigger) target first.
pub fn choices(
    kind: OfferKind,
    cadence: Cadence,
    minutes: Option<u16>,
    target: Option<&Target>,
) -> Vec<Choice> {
    let mut out = Vec::new();
    match kind {
        OfferKind::Smaller => {
            out.extend(target.and_then(smaller_target).map(Choice::Target));
            out.extend(smaller_minutes(minutes).into_iter().map(Choice::Minutes));
            out.extend(lighter(cadence).map(Choice::Cadence));
            out.extend([Choice::Words, Choice::Rest, Choice::Keep]);
        }
        OfferKind::Bigger => {
            out.extend(target.and_then(bigger_target).map(Choice::Target));
            out.extend(bigger_minutes(minutes).map(Choice::Minutes));
            out.extend(richer(cadence).map(Choice::Cadence));
            out.extend([Choice::Words, Choice::Keep]);
        }
    }
    out
}

/// One line of a step's story: what it was from `since` on. Only what
/// changes somewhere in the story is told (the title when the words
/// changed, and so on); a story of one version tells its minutes, if any,
/// and its cadence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryEntry {
    pub since: NaiveDate,
    pub reason: ChangeReason,
    pub title: Option<String>,
    pub cadence: Option<Cadence>,
    /// `Some(None)`: told as "no set time".
    pub minutes: Option<Option<u16>>,
}

/// The step's story, oldest first, from its versions (oldest first).
pub fn story(versions: &[StepVersion]) -> Vec<StoryEntry> {
    let differs = |f: &dyn Fn(&StepVersion, &StepVersion) -> bool| {
        versions.windows(2).any(|w| f(&w[0], &w[1]))
    };
    let mut title = differs(&|a, b| a.title != b.title);
    let mut cadence = differs(&|a, b| a.cadence != b.cadence);
    let mut minutes = differs(&|a, b| a.minutes != b.minutes);
    if !(title || cadence || minutes) {
        minutes = versions.iter().any(|v| v.minutes.is_some());
        cadence = true;
        title = false;
    }
    versions
        .iter()
        .map(|v| StoryEntry {
            since: v.effective,
            reason: v.reason,
            title: title.then(|| v.title.clone()),
            cadence: cadence.then_some(v.cadence),
            minutes: minutes.then_some(v.minutes),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Monday 2 November 2026.
    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Duration::days(n)
    }

    fn days(p: &str, what: char) -> BTreeSet<NaiveDate> {
        p.chars()
            .enumerate()
            .filter(|(_, c)| *c == what)
            .map(|(i, _)| day(i as i64))
            .collect()
    }

    fn version(
        n: i64,
        cadence: Cadence,
        minutes: Option<u16>,
        reason: ChangeReason,
    ) -> StepVersion {
        StepVersion {
            step_id: StepId::from_trusted("00000000-0000-4000-8000-000000000001".into()),
            effective: day(n),
            title: "Stretch".into(),
            cadence,
            minutes,
            reason,
            target: None,
        }
    }

    /// One case: the history as a pattern (`x` a win, `r` rest, anything
    /// else nothing; the last character is today), the step's changes as
    /// (day, cadence), whether it is paused, the day it is quiet until.
    struct Case<'a> {
        p: &'a str,
        changes: &'a [(i64, Cadence)],
        paused: bool,
        quiet: Option<i64>,
    }

    fn check(case: Case<'_>, expected: Option<OfferKind>) {
        let (done, rest) = (days(case.p, 'x'), days(case.p, 'r'));
        let changes: Vec<(NaiveDate, Cadence)> =
            case.changes.iter().map(|&(d, c)| (day(d), c)).collect();
        let f = OfferFacts {
            history: History {
                cadence: changes.last().map_or(Cadence::Daily, |c| c.1),
                start: day(0),
                today: day(case.p.len() as i64 - 1),
                done: &done,
                rest: &rest,
            },
            changes: &changes,
            since: changes.last().map_or(day(0), |c| c.0),
            paused: case.paused,
            quiet_until: case.quiet.map(day),
        };
        assert_eq!(offer(&f), expected, "{:?} {:?}", case.p, case.changes);
    }

    const DAILY: &[(i64, Cadence)] = &[(0, Cadence::Daily)];

    fn case(p: &str) -> Case<'_> {
        Case {
            p,
            changes: DAILY,
            paused: false,
            quiet: None,
        }
    }

    #[test]
    fn smaller_after_two_misses_in_a_row() {
        use OfferKind::Smaller;
        check(case("xxx.."), None); // one miss, and today is still open
        check(case("xxx..."), Some(Smaller));
        check(case("xxx...."), Some(Smaller));
        check(case("x.x.x.x."), None); // never twice in a row
        check(case("xxx..x"), None); // the comeback today ends it
        check(case("..."), Some(Smaller));
        check(case(".."), None);
        // Rest days are not misses; a miss, rest, a miss is two in a row.
        check(case("xxxrr."), None);
        check(case("xx.rr."), None);
        check(case("xx.rr.."), Some(Smaller));
        check(case("xx..rrr"), Some(Smaller));
        // Paused (archived, or its goal not active): quiet.
        check(
            Case {
                paused: true,
                ..case("xxx...")
            },
            None,
        );
        // Set aside: quiet until the day it ends, then back.
        check(
            Case {
                quiet: Some(6),
                ..case("xxx...")
            },
            None,
        );
        check(
            Case {
                quiet: Some(5),
                ..case("xxx...")
            },
            Some(Smaller),
        );
        // One-off steps never get an offer.
        check(
            Case {
                changes: &[(0, Cadence::Once)],
                ..case("xxx...")
            },
            None,
        );
    }

    #[test]
    fn smaller_counts_only_from_the_latest_change() {
        use OfferKind::Smaller;
        let changed = |on: i64| -> Vec<(i64, Cadence)> {
            vec![(0, Cadence::Daily), (on, Cadence::TimesPerWeek(3))]
        };
        // Made smaller yesterday (day 4) after the misses: quiet.
        let c = changed(4);
        check(
            Case {
                changes: &c,
                ..case("xx....")
            },
            None,
        );
        // The same misses under the old and a same-day change: quiet today.
        let c = vec![(0, Cadence::Daily), (5, Cadence::Daily)];
        check(
            Case {
                changes: &c,
                ..case("xx....")
            },
            None,
        );
        // Weekdays: only chosen days can be missed. Mondays and Thursdays;
        // day 0 is a Monday, day 3 a Thursday, day 7 the next Monday.
        let mth = Cadence::Weekdays(WeekdaySet::from_days(&[0, 3]).unwrap());
        let c = vec![(0, mth)];
        check(
            Case {
                changes: &c,
                ..case("x......")
            },
            None,
        );
        check(
            Case {
                changes: &c,
                ..case("x..xx...")
            },
            None,
        );
        check(
            Case {
                changes: &c,
                ..case("x.......")
            },
            None,
        ); // Monday: today
        check(
            Case {
                changes: &c,
                ..case("x........")
            },
            Some(Smaller),
        );
        // N times a week: whole ISO weeks. Two a week, two weeks without.
        let c = vec![(0, Cadence::TimesPerWeek(2))];
        check(
            Case {
                changes: &c,
                ..case(&".".repeat(14))
            },
            None,
        ); // week 2 ends today
        check(
            Case {
                changes: &c,
                ..case(&".".repeat(15))
            },
            Some(Smaller),
        );
        // A win today: happening again, nothing to offer today.
        check(
            Case {
                changes: &c,
                ..case(&format!("x{}x", ".".repeat(13)))
            },
            None,
        );
    }

    /// `n` days of wins, then `tail`.
    fn wins_then(n: usize, tail: &str) -> String {
        "x".repeat(n) + tail
    }

    #[test]
    fn bigger_after_three_weeks_of_high_momentum() {
        use OfferKind::Bigger;
        // Daily: 0.8 is reached on day 30 (1 - m^31 >= 0.8); three weeks of
        // it from there on, and today.
        let p = wins_then(52, "");
        check(case(&p), Some(Bigger));
        let p = wins_then(40, "");
        check(case(&p), None);
        // One miss in the last three weeks (late enough) can keep it high.
        let p = wins_then(60, ".") + &"x".repeat(10);
        check(case(&p), Some(Bigger));
        // Two misses in a row: smaller is asked first, not bigger.
        let p = wins_then(60, "...");
        check(case(&p), Some(OfferKind::Smaller));
        // A change within the last three weeks: not yet.
        let p = wins_then(60, "");
        let c = vec![(0, Cadence::Daily), (45, Cadence::Daily)];
        check(
            Case {
                changes: &c,
                ..case(&p)
            },
            None,
        );
        let c = vec![(0, Cadence::Daily), (38, Cadence::Daily)];
        check(
            Case {
                changes: &c,
                ..case(&p)
            },
            Some(Bigger),
        );
        check(
            Case {
                quiet: Some(70),
                ..case(&p)
            },
            None,
        );
        check(
            Case {
                paused: true,
                ..case(&p)
            },
            None,
        );
    }

    #[test]
    fn rest_keeps_high_momentum_high() {
        // Rest days freeze the score: a week away on rest changes nothing.
        let p = wins_then(45, "rrrrrrr") + "x";
        check(case(&p), Some(OfferKind::Bigger));
    }

    #[test]
    fn two_misses_in_a_week() {
        use Mark::*;
        let periods = [
            (day(0), Done),
            (day(1), Missed),
            (day(2), Rest),
            (day(3), Missed),
            (day(4), Done),
            (day(5), Missed),
            (day(6), Pending),
        ];
        assert!(two_misses_between(&periods, day(0), day(6)));
        assert!(two_misses_between(&periods, day(3), day(3)));
        assert!(!two_misses_between(&periods, day(4), day(6)));
        assert!(!two_misses_between(&periods, day(0), day(2)));
        assert!(ends_with_two_misses(&periods[..4]));
        assert!(!ends_with_two_misses(&periods));
    }

    #[test]
    fn what_smaller_and_bigger_suggest() {
        assert_eq!(smaller_minutes(None), [1]);
        assert_eq!(smaller_minutes(Some(1)), [0u16; 0]);
        assert_eq!(smaller_minutes(Some(3)), [1]);
        assert_eq!(smaller_minutes(Some(20)), [1, 10]);
        assert_eq!(smaller_minutes(Some(5)), [1, 2]);
        assert_eq!(bigger_minutes(None), None);
        assert_eq!(bigger_minutes(Some(1)), Some(2));
        assert_eq!(bigger_minutes(Some(40)), Some(60));
        assert_eq!(bigger_minutes(Some(60)), None);
        assert_eq!(bigger_minutes(Some(90)), None);

        let wd = |d: &[u8]| Cadence::Weekdays(WeekdaySet::from_days(d).unwrap());
        for (from, to) in [
            (Cadence::Daily, Some(Cadence::TimesPerWeek(3))),
            (Cadence::TimesPerWeek(7), Some(Cadence::TimesPerWeek(3))),
            (Cadence::TimesPerWeek(3), Some(Cadence::TimesPerWeek(2))),
            (Cadence::TimesPerWeek(1), None),
            (wd(&[0, 2, 4]), Some(wd(&[0, 2]))),
            (wd(&[4]), None),
            (Cadence::Once, None),
        ] {
            assert_eq!(lighter(from), to, "lighter {from:?}");
        }
        for (from, to) in [
            (Cadence::Daily, None),
            (Cadence::TimesPerWeek(3), Some(Cadence::TimesPerWeek(4))),
            (Cadence::TimesPerWeek(6), Some(Cadence::Daily)),
            (wd(&[0, 2]), Some(wd(&[0, 2, 3]))),
            (wd(&[5, 6]), Some(wd(&[0, 5, 6]))),
            (wd(&[0, 1, 2, 3, 4, 5]), Some(Cadence::Daily)),
            (Cadence::Once, None),
        ] {
            assert_eq!(richer(from), to, "richer {from:?}");
        }

        use super::super::measure::{Amount, Bound, Per};
        use Choice::Cadence as Rhythm;
        use Choice::{Keep, Minutes, Rest, Words};
        assert_eq!(
            choices(OfferKind::Smaller, Cadence::Daily, Some(20), None),
            [
                Minutes(1),
                Minutes(10),
                Rhythm(Cadence::TimesPerWeek(3)),
                Words,
                Rest,
                Keep
            ]
        );
        assert_eq!(
            choices(OfferKind::Smaller, Cadence::TimesPerWeek(1), Some(1), None),
            [Words, Rest, Keep]
        );
        assert_eq!(
            choices(OfferKind::Bigger, Cadence::TimesPerWeek(3), Some(5), None),
            [Minutes(10), Rhythm(Cadence::TimesPerWeek(4)), Words, Keep]
        );
        assert_eq!(
            choices(OfferKind::Bigger, Cadence::Daily, None, None),
            [Words, Keep]
        );
        // A measured step's target comes first: half of 10 pages, or for a
        // limit of 2 cups a gentler 3.
        let pages = |n: i64, bound| Target {
            amount: Amount::from_milli(n * 1000).unwrap(),
            per: Per::Day,
            bound,
        };
        assert_eq!(
            choices(
                OfferKind::Smaller,
                Cadence::Daily,
                None,
                Some(&pages(10, Bound::AtLeast))
            )[0],
            Choice::Target(pages(5, Bound::AtLeast))
        );
        assert_eq!(
            choices(
                OfferKind::Smaller,
                Cadence::Daily,
                None,
                Some(&pages(2, Bound::AtMost))
            )[0],
            Choice::Target(pages(3, Bound::AtMost))
        );
        assert_eq!(
            choices(
                OfferKind::Bigger,
                Cadence::Daily,
                None,
                Some(&pages(10, Bound::AtLeast))
            )[0],
            Choice::Target(pages(15, Bound::AtLeast))
        );
    }

    #[test]
    fn the_story_tells_what_changed() {
        use ChangeReason::*;
        let v = [
            version(0, Cadence::Daily, Some(1), Start),
            version(30, Cadence::Daily, Some(10), Bigger),
        ];
        let s = story(&v);
        assert_eq!(
            s.iter().map(|e| (e.since, e.minutes)).collect::<Vec<_>>(),
            [(day(0), Some(Some(1))), (day(30), Some(Some(10)))]
        );
        assert!(s.iter().all(|e| e.title.is_none() && e.cadence.is_none()));

        let mut renamed = version(5, Cadence::TimesPerWeek(3), Some(1), Smaller);
        renamed.title = "Stretch one arm".into();
        let s = story(&[v[0].clone(), renamed]);
        assert_eq!(s[1].title.as_deref(), Some("Stretch one arm"));
        assert_eq!(s[1].cadence, Some(Cadence::TimesPerWeek(3)));
        assert_eq!(s[1].minutes, None);

        // One version: its minutes and cadence.
        let s = story(&v[..1]);
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].cadence, s[0].minutes),
            (Some(Cadence::Daily), Some(Some(1)))
        );
        let s = story(&[version(0, Cadence::Daily, None, Start)]);
        assert_eq!((s[0].cadence, s[0].minutes), (Some(Cadence::Daily), None));
        assert!(story(&[]).is_empty());
    }

    #[test]
    fn reasons_and_kinds_round_trip() {
        for r in [
            ChangeReason::Start,
            ChangeReason::Smaller,
            ChangeReason::Bigger,
            ChangeReason::Edit,
        ] {
            assert_eq!(ChangeReason::parse(r.as_str()), Ok(r));
        }
        for k in [OfferKind::Smaller, OfferKind::Bigger] {
            assert_eq!(OfferKind::parse(k.as_str()), Ok(k));
        }
        assert!(ChangeReason::parse("shrink").is_err());
        assert!(OfferKind::parse("").is_err());
        assert_eq!(quiet_until(day(0)), day(14));
    }
}
