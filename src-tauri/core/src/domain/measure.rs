//! Measurable steps: an amount in a unit ("2.5 km", "20 pages"), a target
//! per day or per week to reach ("at least") or to stay within ("at most"),
//! how a day reads against it, gentler and bolder targets, and Loop Habit
//! Tracker's score for numeric habits.
//!
//! Amounts are whole thousandths, as Loop stores numeric values, so sums,
//! comparisons and sync are exact.
//!
//! The score follows Loop's `ScoreList.recompute` for numeric habits
//! (`uhabits-core/src/jvmMain/java/org/isoron/uhabits/core/models/ScoreList.kt`,
//! checked against its `ScoreListTest.kt`): each day Loop sums the values of
//! the last `d` days (`d` = 1 per day, 7 per week, counted from the first
//! day), and on each day that is not skipped takes the share done,
//! - at least: `min(1, sum / target)` (1 for a target of 0),
//! - at most: `clamp(1 - (sum - target) / target, 0, 1)` (for a target of
//!   0: 1 if the sum is 0, else 0),
//!
//! then `score = Score.compute(frequency, previous, share)`, where the
//! frequency is the habit's own: 1 per day, 1/7 per week (Loop's numeric
//! "every week" is `Frequency(1, 7)`), so a weekly target moves the score
//! as slowly as Loop's weekly habits. An "at most" habit starts at 1 (nothing
//! has gone over yet), an "at least" one at 0. A day with nothing logged
//! adds 0, today included; a skipped day keeps the score (its marker, 3
//! thousandths, even enters the sum).
//!
//! Where Cairn differs on purpose: a rest day (Loop's skip) keeps the
//! score, and amounts logged on it still count in a week's sum; today with
//! nothing logged keeps yesterday's score, and today with something logged
//! may raise the score but never lowers it: the day is not over (Loop
//! scores today as it stands). A day with no target in effect reads like a
//! daily yes/no day: done when anything was logged.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate};

use super::momentum::next_score;
use super::RuleError;

/// Thousandths in one unit: an [`Amount`] of 2.5 is stored as 2500.
pub const AMOUNT_SCALE: i64 = 1000;

/// The largest amount one win logs or a target asks for, in units.
pub const AMOUNT_MAX: i64 = 1_000_000;

/// Decimals an amount may have (thousandths).
pub const AMOUNT_DECIMALS: usize = 3;

/// The longest unit, in characters.
pub const UNIT_MAX: usize = 24;

/// A non-negative amount, in thousandths of its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(i64);

impl Amount {
    /// Nothing at all.
    pub const ZERO: Amount = Amount(0);
    /// One unit.
    pub const ONE: Amount = Amount(AMOUNT_SCALE);

    /// Reads what a person typed: "12", " 2.5 ", "2,5" (a decimal comma,
    /// as German and Spanish write it), "0"; up to [`AMOUNT_DECIMALS`]
    /// decimals and [`AMOUNT_MAX`].
    pub fn parse(text: &str) -> Result<Amount, RuleError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RuleError::new(crate::tr!("error-amount-empty")));
        }
        let invalid = || RuleError::new(crate::tr!("error-amount-invalid", value = text));
        if let Some(rest) = text.strip_prefix('-') {
            // "-2" is a number, only below what an amount can be.
            return Err(match Amount::parse(rest) {
                Ok(_) => negative(),
                Err(_) => invalid(),
            });
        }
        let (whole, fraction) = text.split_once(['.', ',']).unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
            return Err(invalid());
        }
        // "2.500" is 2.5: only digits that say something count as decimals.
        let fraction = fraction.trim_end_matches('0');
        if fraction.len() > AMOUNT_DECIMALS {
            return Err(RuleError::new(crate::tr!(
                "error-amount-decimals",
                max = AMOUNT_DECIMALS
            )));
        }
        let whole = whole.trim_start_matches('0');
        // Twelve digits are far past the maximum and still fit an i64.
        if whole.len() > 12 {
            return Err(too_big());
        }
        let units: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| invalid())?
        };
        let thousandths: i64 = format!("{fraction:0<3}").parse().map_err(|_| invalid())?;
        Amount::from_milli(units * AMOUNT_SCALE + thousandths)
    }

    /// An amount from its thousandths, as a row holds it: 0 to
    /// [`AMOUNT_MAX`] units.
    pub fn from_milli(milli: i64) -> Result<Amount, RuleError> {
        if milli < 0 {
            Err(negative())
        } else if milli > AMOUNT_MAX * AMOUNT_SCALE {
            Err(too_big())
        } else {
            Ok(Amount(milli))
        }
    }

    /// A total of several amounts (a day's or a week's wins), which may go
    /// past [`AMOUNT_MAX`]; below 0 reads as 0.
    pub fn total(milli: i64) -> Amount {
        Amount(milli.max(0))
    }

    /// The amount in thousandths of its unit.
    pub fn milli(&self) -> i64 {
        self.0
    }

    /// The amount in its unit, as a number to format or write to a file
    /// (exact to the thousandth it is kept in).
    pub fn units(&self) -> f64 {
        self.0 as f64 / AMOUNT_SCALE as f64
    }

    /// A dot-decimal form without trailing zeros ("2.5", "12", "0.125"),
    /// for storage and for the UI and the command line to localize.
    pub fn plain(&self) -> String {
        let (units, rest) = (self.0 / AMOUNT_SCALE, self.0 % AMOUNT_SCALE);
        if rest == 0 {
            units.to_string()
        } else {
            let decimals = format!("{rest:03}");
            format!("{units}.{}", decimals.trim_end_matches('0'))
        }
    }
}

fn negative() -> RuleError {
    RuleError::new(crate::tr!("error-amount-negative"))
}

fn too_big() -> RuleError {
    RuleError::new(crate::tr!("error-amount-range", max = AMOUNT_MAX))
}

/// What a step is measured in ("pages", "km", "glasses"), the person's own
/// word.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit(String);

impl Unit {
    /// Trimmed, 1 to [`UNIT_MAX`] characters on one line.
    pub fn parse(text: &str) -> Result<Unit, RuleError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RuleError::new(crate::tr!("error-unit-empty")));
        }
        if text.chars().any(char::is_control) {
            return Err(RuleError::new(crate::tr!("error-unit-invalid")));
        }
        if text.chars().count() > UNIT_MAX {
            return Err(RuleError::new(crate::tr!(
                "error-unit-length",
                max = UNIT_MAX
            )));
        }
        Ok(Unit(text.to_owned()))
    }

    /// The unit as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether a target is to reach or to stay within.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// At least the amount ("read 10 pages").
    AtLeast,
    /// At most the amount ("2 coffees or fewer"); 0 means none at all.
    AtMost,
}

impl Bound {
    /// The stored name: "at_least" or "at_most".
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Result<Bound, RuleError> {
        match text {
            "at_least" => Ok(Bound::AtLeast),
            "at_most" => Ok(Bound::AtMost),
            other => Err(RuleError::new(crate::tr!(
                "error-bound-unknown",
                value = other
            ))),
        }
    }
}

/// The period a target counts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Per {
    Day,
    /// The last seven days, as Loop counts a week (not the calendar week).
    Week,
}

impl Per {
    /// The stored name: "day" or "week".
    pub fn as_str(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Result<Per, RuleError> {
        match text {
            "day" => Ok(Per::Day),
            "week" => Ok(Per::Week),
            other => Err(RuleError::new(crate::tr!(
                "error-per-unknown",
                value = other
            ))),
        }
    }

    /// Days summed for one day's share: 1 or 7.
    pub fn days(self) -> i64 {
        match self {
            Per::Day => 1,
            Per::Week => 7,
        }
    }

    /// Loop's frequency for the score: repetitions per day, 1 or 1/7.
    pub fn frequency(self) -> f64 {
        1.0 / self.days() as f64
    }
}

/// How much, over which period, and whether to reach it or stay within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub amount: Amount,
    pub per: Per,
    pub bound: Bound,
}

impl Target {
    /// A target; "at least 0" is refused (it would always be reached),
    /// "at most 0" (none at all) is fine.
    pub fn new(amount: Amount, per: Per, bound: Bound) -> Result<Target, RuleError> {
        if bound == Bound::AtLeast && amount == Amount::ZERO {
            return Err(RuleError::new(crate::tr!("error-target-zero")));
        }
        Ok(Target { amount, per, bound })
    }
}

/// What makes a step measurable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub unit: Unit,
    pub target: Option<Target>,
    /// The amount one click logs (the tray, a quick ✓).
    pub usual: Option<Amount>,
}

impl Measure {
    /// What one click logs: the usual amount, else a day's "at least"
    /// target (one click finishes the day), else 1 unit.
    pub fn usual_or_default(&self) -> Amount {
        match (self.usual, self.target) {
            (Some(usual), _) => usual,
            (None, Some(t)) if t.per == Per::Day && t.bound == Bound::AtLeast => t.amount,
            _ => Amount::ONE,
        }
    }
}

/// Loop's share of a target done by `sum` (its `percentageCompleted`), in
/// `0..=1`: see the module header.
pub fn share(sum: Amount, target: &Target) -> f64 {
    share_of(sum.0, target)
}

fn share_of(sum: i64, target: &Target) -> f64 {
    // Both in thousandths: the scale cancels out.
    let (s, t) = (sum.max(0) as f64, target.amount.0 as f64);
    match target.bound {
        Bound::AtLeast if t > 0.0 => (s / t).min(1.0),
        Bound::AtLeast => 1.0,
        Bound::AtMost if t > 0.0 => (1.0 - (s - t) / t).clamp(0.0, 1.0),
        Bound::AtMost if s > 0.0 => 0.0,
        Bound::AtMost => 1.0,
    }
}

/// What a measurable step's history holds, as the score needs it.
#[derive(Debug, Clone, Copy)]
pub struct NumericHistory<'a> {
    /// The first day the step counts from.
    pub start: NaiveDate,
    /// The person's day today; nothing after it is looked at.
    pub today: NaiveDate,
    /// Each day's logged total, in thousandths; a day with wins but a total
    /// of 0 is present with 0 (logged, and nothing over an "at most").
    pub amounts: &'a BTreeMap<NaiveDate, i64>,
    /// Days off for this step (its own and the ones for every step).
    pub rest: &'a BTreeSet<NaiveDate>,
    /// The target in effect from each day on, oldest first; the first also
    /// covers earlier days. Empty: no target at all.
    pub targets: &'a [(NaiveDate, Target)],
}

/// The target in effect on `day`.
pub fn target_on(targets: &[(NaiveDate, Target)], day: NaiveDate) -> Option<&Target> {
    targets
        .iter()
        .rev()
        .find(|(from, _)| *from <= day)
        .or(targets.first())
        .map(|(_, t)| t)
}

/// The score at the end of every day from `start` to `today`, in `0..=1`
/// (index 0 is `start`); empty if `start` is after `today`. A change of
/// target continues the same score with the new share and frequency.
pub fn numeric_scores(h: &NumericHistory<'_>) -> Vec<f64> {
    let mut out = Vec::new();
    let mut score = match target_on(h.targets, h.start) {
        Some(t) if t.bound == Bound::AtMost => 1.0,
        _ => 0.0,
    };
    let mut day = h.start;
    while day <= h.today {
        let logged = h.amounts.contains_key(&day);
        let frozen = h.rest.contains(&day) || (day == h.today && !logged);
        if !frozen {
            let (done, frequency) = match target_on(h.targets, day) {
                Some(t) => (share_of(window_sum(h, day, t.per), t), t.per.frequency()),
                None => (f64::from(u8::from(logged)), 1.0),
            };
            let next = next_score(score, done, frequency);
            // Today is not over: what is logged so far may lift the score,
            // and a day still open never pulls it down.
            score = if day == h.today {
                next.max(score)
            } else {
                next
            };
        }
        out.push(score);
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    out
}

/// The total logged over the `per` period ending on `day`, from `start` on.
fn window_sum(h: &NumericHistory<'_>, day: NaiveDate, per: Per) -> i64 {
    let first = day
        .checked_sub_signed(Duration::days(per.days() - 1))
        .unwrap_or(NaiveDate::MIN)
        .max(h.start);
    h.amounts
        .range(first..=day)
        .map(|(_, v)| (*v).max(0))
        .fold(0, i64::saturating_add)
}

/// How a day (or a week so far) reads against its target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DayStanding {
    /// The step has no target: any win is the day's win.
    NoTarget,
    /// An "at least" target reached.
    Reached,
    /// An "at least" target not reached yet: the share done, `0..1`.
    Partway(f64),
    /// An "at most" target kept (nothing logged is nothing over).
    UnderLimit,
    /// An "at most" target gone over.
    OverLimit,
}

/// How `sum` reads against `target`. For a per-day target `sum` is the
/// day's total; for a per-week one, the caller passes the week's total so
/// far (the score sums today and the six days before; a calendar week
/// reads more naturally on Today, the caller's choice). `None`: nothing
/// logged.
pub fn standing(sum: Option<Amount>, target: Option<&Target>) -> DayStanding {
    let Some(t) = target else {
        return DayStanding::NoTarget;
    };
    let sum = sum.unwrap_or(Amount::ZERO);
    match t.bound {
        Bound::AtLeast if sum >= t.amount => DayStanding::Reached,
        Bound::AtLeast => DayStanding::Partway(share(sum, t)),
        Bound::AtMost if sum <= t.amount => DayStanding::UnderLimit,
        Bound::AtMost => DayStanding::OverLimit,
    }
}

/// How strongly the heatmap shades a day, `0..=1` (sums as for
/// [`standing`]; nothing logged counts as 0): at least, the share of the
/// target; at most, 1 within the limit and Loop's falling share over it
/// (half at 50 % over, 0 at double). This is [`share`] for one sum.
pub fn heat_share(sum: Option<Amount>, target: &Target) -> f64 {
    share(sum.unwrap_or(Amount::ZERO), target)
}

/// "Make it smaller?": at least, about half, rounded to a friendly number,
/// never below a thousandth (`None` when it cannot shrink); at most, a
/// gentler limit: about half again, and at least one unit more (`None` at
/// [`AMOUNT_MAX`]).
pub fn smaller_target(t: &Target) -> Option<Target> {
    let now = t.amount.0;
    let milli = match t.bound {
        Bound::AtLeast => friendly(now, 1, 2, false),
        Bound::AtMost => gentler(now),
    };
    let fits = match t.bound {
        Bound::AtLeast => milli >= 1 && milli < now,
        Bound::AtMost => milli > now,
    };
    fits.then_some(Target {
        amount: Amount(milli),
        ..*t
    })
}

/// "Make it bigger?": at least, about half again (`None` at
/// [`AMOUNT_MAX`]); at most, a tighter limit: about a third less, and at
/// least one unit less, down to none at all (`None` at 0).
pub fn bigger_target(t: &Target) -> Option<Target> {
    let now = t.amount.0;
    let milli = match t.bound {
        Bound::AtLeast => friendly(now, 3, 2, true).min(AMOUNT_MAX * AMOUNT_SCALE),
        Bound::AtMost => friendly(now, 2, 3, false).min(now - AMOUNT_SCALE).max(0),
    };
    let fits = match t.bound {
        Bound::AtLeast => milli > now,
        Bound::AtMost => milli < now,
    };
    fits.then_some(Target {
        amount: Amount(milli),
        ..*t
    })
}

/// A limit about half again as high, at least one unit higher.
fn gentler(milli: i64) -> i64 {
    friendly(milli, 3, 2, true)
        .max(milli + AMOUNT_SCALE)
        .min(AMOUNT_MAX * AMOUNT_SCALE)
}

/// `milli * num / den`, rounded to a friendly step for its size: whole
/// units from 2 up, tenths from 0.2, hundredths from 0.02, else
/// thousandths; a tie goes up when `up`, else down.
fn friendly(milli: i64, num: i64, den: i64, up: bool) -> i64 {
    let value = milli.saturating_mul(num);
    let step = match value / den {
        v if v >= 2 * AMOUNT_SCALE => AMOUNT_SCALE,
        v if v >= 200 => 100,
        v if v >= 20 => 10,
        _ => 1,
    };
    let (q, r) = (value / (den * step), value % (den * step));
    let round_up = 2 * r > den * step || (2 * r == den * step && up);
    (q + i64::from(round_up)) * step
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::momentum::{daily_scores, History};
    use crate::domain::Cadence;

    /// Monday 2 November 2026.
    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Duration::days(n)
    }

    fn amount(text: &str) -> Amount {
        Amount::parse(text).unwrap()
    }

    fn target(text: &str, per: Per, bound: Bound) -> Target {
        Target::new(amount(text), per, bound).unwrap()
    }

    #[test]
    fn amounts_from_what_a_person_types() {
        let check = |input: &str, expected: Option<i64>| {
            assert_eq!(
                Amount::parse(input).ok().map(|a| a.milli()),
                expected,
                "{input:?}"
            );
        };
        check("12", Some(12_000));
        check(" 2.5 ", Some(2_500));
        check("2,5", Some(2_500));
        check("0", Some(0));
        check("0.125", Some(125));
        check(".5", Some(500));
        check("2.500", Some(2_500));
        check("007", Some(7_000));
        check("1000000", Some(AMOUNT_MAX * AMOUNT_SCALE));
        for refused in [
            "", "  ", "-1", "-0.5", "1e3", "1.2.3", "2,5.1", "abc", "NaN", "inf", "+2", "2.1234",
            ".", "2 5", "½", "1000001",
        ] {
            check(refused, None);
        }
        check("1000000.001", None);
        check("99999999999999999999", None);
    }

    #[test]
    fn refusals_say_what_to_do() {
        crate::i18n::with_language("en", || {
            let message = |input: &str| Amount::parse(input).unwrap_err().0;
            assert!(message("abc").contains("\"abc\""), "{}", message("abc"));
            assert!(message("-2").contains('0'));
            assert!(message("2.1234").contains('3'));
            assert_ne!(message(""), "error-amount-empty");
            assert_ne!(Unit::parse("").unwrap_err().0, "error-unit-empty");
        });
    }

    #[test]
    fn amounts_read_back_and_written_plainly() {
        let check = |milli: i64, expected: Option<&str>| {
            assert_eq!(
                Amount::from_milli(milli).ok().map(|a| a.plain()),
                expected.map(str::to_owned)
            );
        };
        check(2_500, Some("2.5"));
        check(12_000, Some("12"));
        check(125, Some("0.125"));
        check(1, Some("0.001"));
        check(0, Some("0"));
        check(-1, None);
        check(AMOUNT_MAX * AMOUNT_SCALE + 1, None);
        assert_eq!(Amount::total(9_000_000_000).plain(), "9000000");
        assert_eq!(Amount::total(-5), Amount::ZERO);
    }

    #[test]
    fn units() {
        let check = |input: &str, expected: Option<&str>| {
            assert_eq!(
                Unit::parse(input).ok().as_ref().map(Unit::as_str),
                expected,
                "{input:?}"
            );
        };
        check(" pages ", Some("pages"));
        check("km", Some("km"));
        check("Gläser Wasser", Some("Gläser Wasser"));
        // 24 characters, 48 bytes.
        check(&"ä".repeat(24), Some(&"ä".repeat(24)));
        check(&"ä".repeat(25), None);
        check("", None);
        check("   ", None);
        check("pa\nges", None);
        check("tab\there", None);
    }

    #[test]
    fn stored_names() {
        for b in [Bound::AtLeast, Bound::AtMost] {
            assert_eq!(Bound::parse(b.as_str()), Ok(b));
        }
        for p in [Per::Day, Per::Week] {
            assert_eq!(Per::parse(p.as_str()), Ok(p));
        }
        assert!(Bound::parse("exactly").is_err());
        assert!(Per::parse("month").is_err());
    }

    #[test]
    fn targets_and_the_usual_click() {
        assert!(Target::new(Amount::ZERO, Per::Day, Bound::AtLeast).is_err());
        assert!(Target::new(Amount::ZERO, Per::Week, Bound::AtMost).is_ok());
        let check = |target: Option<Target>, usual: Option<&str>, expected: &str| {
            let m = Measure {
                unit: Unit::parse("pages").unwrap(),
                target,
                usual: usual.map(amount),
            };
            assert_eq!(
                m.usual_or_default(),
                amount(expected),
                "{target:?} {usual:?}"
            );
        };
        check(Some(target("10", Per::Day, Bound::AtLeast)), Some("5"), "5");
        check(Some(target("10", Per::Day, Bound::AtLeast)), None, "10");
        check(Some(target("50", Per::Week, Bound::AtLeast)), None, "1");
        check(Some(target("2", Per::Day, Bound::AtMost)), None, "1");
        check(None, None, "1");
    }

    #[test]
    fn shares_and_standings() {
        let least = target("2", Per::Day, Bound::AtLeast);
        let most = target("2", Per::Day, Bound::AtMost);
        let none = target("0", Per::Day, Bound::AtMost);
        let check = |sum: Option<&str>, t: &Target, heat: f64, expected: DayStanding| {
            let sum = sum.map(amount);
            assert_eq!(heat_share(sum, t), heat, "{sum:?} {t:?}");
            assert_eq!(standing(sum, Some(t)), expected, "{sum:?} {t:?}");
        };
        use DayStanding::*;
        check(None, &least, 0.0, Partway(0.0));
        check(Some("0.5"), &least, 0.25, Partway(0.25));
        check(Some("2"), &least, 1.0, Reached);
        check(Some("9"), &least, 1.0, Reached);
        check(None, &most, 1.0, UnderLimit);
        check(Some("2"), &most, 1.0, UnderLimit);
        check(Some("3"), &most, 0.5, OverLimit);
        check(Some("4"), &most, 0.0, OverLimit);
        check(Some("6"), &most, 0.0, OverLimit);
        check(Some("0"), &none, 1.0, UnderLimit);
        check(Some("0.001"), &none, 0.0, OverLimit);
        assert_eq!(standing(Some(amount("3")), None), NoTarget);
    }

    /// Scores from `start = day(0)` to `today`, with `(day, thousandths)`
    /// logged and rest days.
    fn scores(
        targets: &[(NaiveDate, Target)],
        logged: &[(i64, i64)],
        rest: &[i64],
        today: i64,
    ) -> Vec<f64> {
        let amounts = logged.iter().map(|&(d, v)| (day(d), v)).collect();
        let rest = rest.iter().map(|&d| day(d)).collect();
        numeric_scores(&NumericHistory {
            start: day(0),
            today: day(today),
            amounts: &amounts,
            rest: &rest,
            targets,
        })
    }

    /// Loop's expected values, newest first as its tests list them,
    /// against ours ending on `last` (the day Loop calls today).
    fn check_loop(got: &[f64], last: usize, newest_first: &[f64]) {
        for (i, want) in newest_first.iter().enumerate().take(last + 1) {
            let got = got[last - i];
            assert!(
                (got - want).abs() < 1e-6,
                "{i} days before: {got} != {want}"
            );
        }
    }

    fn each_day(days: std::ops::Range<i64>, milli: i64) -> Vec<(i64, i64)> {
        days.map(|d| (d, milli)).collect()
    }

    /// Loop's fixture: 2 miles a day (`createEmptyNumericalHabit`).
    fn loop_target(bound: Bound, per: Per) -> [(NaiveDate, Target); 1] {
        [(day(0), target("2", per, bound))]
    }

    const LOOP_TWENTY_DAYS: [f64; 20] = [
        0.655747, 0.636894, 0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617,
        0.443734, 0.413270, 0.381137, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820,
        0.101149, 0.051922,
    ];

    /// `NumericalAtLeastScoreListTest.test_getValue`,
    /// `NumericalAtLeastScoreListWithSkipTest.test_getValue` and
    /// `overeachievingIsntRelevant` in Loop's `ScoreListTest.kt`.
    #[test]
    fn loop_at_least_figures() {
        let t = loop_target(Bound::AtLeast, Per::Day);
        check_loop(
            &scores(&t, &each_day(0..20, 2000), &[], 19),
            19,
            &LOOP_TWENTY_DAYS,
        );
        // Skips 10 and 15 days before today: the score holds on them.
        let logged: Vec<_> = each_day(0..20, 2000)
            .into_iter()
            .filter(|(d, _)| ![4, 9].contains(d))
            .collect();
        let with_skips = [
            0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.443734,
            0.413270, 0.381137, 0.347244, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067,
            0.192067, 0.147820, 0.101149, 0.051922,
        ];
        check_loop(&scores(&t, &logged, &[4, 9], 19), 19, &with_skips);
        check_loop(&scores(&t, &[(0, 10_000_000)], &[], 0), 0, &[0.051922]);
    }

    /// `shouldAchieveComparableScoreToProgress` (both bounds) and
    /// `shouldAchieveHighScoreInReasonableTime` (at least, daily and weekly).
    #[test]
    fn loop_long_run_figures() {
        let check = |t: &[(NaiveDate, Target)], milli: i64, want: f64| {
            let got = scores(t, &each_day(0..500, milli), &[], 499)[499];
            assert!((got - want).abs() < 1e-6, "{milli}: {got} != {want}");
        };
        let least = loop_target(Bound::AtLeast, Per::Day);
        let most = loop_target(Bound::AtMost, Per::Day);
        check(&least, 1000, 0.5);
        check(&least, 500, 0.25);
        check(&most, 3000, 0.5);
        check(&most, 3500, 0.25);
        assert!(scores(&least, &each_day(0..90, 2000), &[], 89)[89] > 0.99);
        // 2 miles once a week for 39 weeks, against 2 a week.
        let weekly: Vec<_> = (0..39).map(|w| (7 * w, 2000)).collect();
        let s = scores(&loop_target(Bound::AtLeast, Per::Week), &weekly, &[], 266);
        assert!(s[266] > 0.99, "{}", s[266]);
    }

    /// `NumericalAtMostScoreListTest`: `test_getValue`,
    /// `undereachievingIsntRelevant` and `overeachievingIsntRelevant`. Loop
    /// counts a day over the limit today; Cairn waits for the day to end,
    /// so today is one day after Loop's.
    #[test]
    fn loop_at_most_figures() {
        let t = loop_target(Bound::AtMost, Per::Day);
        let mut logged = vec![(0, 1000)];
        logged.extend(each_day(1..21, 5000));
        let loop_values = [
            0.344253, 0.363106, 0.382992, 0.403967, 0.426090, 0.449426, 0.474039, 0.500000,
            0.527383, 0.556266, 0.586730, 0.618863, 0.652756, 0.688505, 0.726212, 0.765983,
            0.807933, 0.852180, 0.898851, 0.948078, 1.0,
        ];
        check_loop(&scores(&t, &logged, &[], 21), 20, &loop_values);
        // Today over the limit: yesterday's score until the day is over.
        let s = scores(&t, &logged, &[], 20);
        assert_eq!(s[20], s[19]);
        check_loop(&scores(&t, &[(0, 10_000_000)], &[], 2), 1, &[0.950773]);
        check_loop(&scores(&t, &[(0, 0), (1, 5000)], &[], 2), 1, &[0.948077]);
        check_loop(&scores(&t, &[(0, 1000), (1, 5000)], &[], 2), 1, &[0.948077]);
        // No entries at all: an "at most" step starts at 1.
        assert_eq!(scores(&t, &[], &[], 0), [1.0]);
    }

    #[test]
    fn a_day_target_met_every_day_climbs_like_a_daily_step() {
        let t = [(day(0), target("10", Per::Day, Bound::AtLeast))];
        let logged = [(0, 10_000), (1, 12_000), (3, 10_000), (4, 10_000)];
        let done = [0, 1, 3, 4].iter().map(|&d| day(d)).collect();
        let rest = BTreeSet::new();
        let daily = daily_scores(&History {
            cadence: Cadence::Daily,
            start: day(0),
            today: day(5),
            done: &done,
            rest: &rest,
        });
        assert_eq!(scores(&t, &logged, &[], 5), daily);
    }

    #[test]
    fn half_the_target_converges_to_a_half() {
        let t = [(day(0), target("10", Per::Day, Bound::AtLeast))];
        let s = scores(&t, &each_day(0..300, 5000), &[], 299);
        assert!((s[299] - 0.5).abs() < 1e-6, "{}", s[299]);
        assert!(s.windows(2).all(|w| w[1] > w[0]));
    }

    #[test]
    fn one_big_day_reaches_a_week_target() {
        let t = [(day(0), target("70", Per::Week, Bound::AtLeast))];
        let s = scores(&t, &[(0, 70_000)], &[], 8);
        // Each of the seven days holds the 70 in its last seven days, and
        // moves the score at Loop's weekly pace.
        let m = crate::domain::momentum::multiplier(1.0 / 7.0);
        assert!((s[6] - (1.0 - m.powi(7))).abs() < 1e-12, "{s:?}");
        // The eighth day's week no longer holds it.
        assert!(s[7] < s[6]);
        // Today without a win holds yesterday's score.
        assert_eq!(s[8], s[7]);
    }

    #[test]
    fn an_at_most_limit() {
        let t = [(day(0), target("2", Per::Day, Bound::AtMost))];
        let check = |milli: i64, want: f64| {
            let s = scores(&t, &each_day(0..400, milli), &[], 400);
            assert!((s[400] - want).abs() < 1e-6, "{milli}: {}", s[400]);
        };
        // Under the limit, at it, or nothing logged: done every day.
        check(0, 1.0);
        check(1500, 1.0);
        check(2000, 1.0);
        // 50 % over: half; double or more: nothing.
        check(3000, 0.5);
        check(4000, 0.0);
        check(9000, 0.0);
        // Days with nothing logged are under the limit.
        assert_eq!(scores(&t, &[], &[], 30), vec![1.0; 31]);
    }

    #[test]
    fn rest_days_hold_the_score() {
        let t = [(day(0), target("5", Per::Day, Bound::AtLeast))];
        let s = scores(
            &t,
            &[(0, 5000), (1, 5000), (3, 5000), (4, 5000)],
            &[2, 3],
            4,
        );
        assert_eq!(s[1], s[2]);
        // A rest day holds the score even with something logged on it.
        assert_eq!(s[2], s[3]);
        assert!(s[4] > s[3]);
        // Today with a part of the target: it lifts a low score, and never
        // pulls a high one below yesterday's.
        let s = scores(&t, &[(0, 5000), (1, 1000)], &[], 1);
        assert_eq!(s[1], next_score(s[0], 0.2, 1.0));
        let mut logged = each_day(0..40, 5000);
        logged.push((40, 1000));
        let s = scores(&t, &logged, &[], 40);
        assert_eq!(s[40], s[39]);
        // Once the day is over, the part counts with its share.
        let over = scores(&t, &logged, &[], 41);
        assert_eq!(over[40], next_score(s[39], 0.2, 1.0));
        assert!(over[40] < s[39]);
        // Nothing before the start; nothing when the start is after today.
        assert!(scores(&t, &[], &[], -1).is_empty());
    }

    #[test]
    fn a_target_change_continues_the_same_score() {
        let ten = target("10", Per::Day, Bound::AtLeast);
        let twenty = target("20", Per::Day, Bound::AtLeast);
        let t = [(day(0), ten), (day(3), twenty)];
        let s = scores(&t, &each_day(0..6, 10_000), &[], 5);
        let before = scores(&[(day(0), ten)], &each_day(0..6, 10_000), &[], 5);
        assert_eq!(s[..3], before[..3]);
        assert_eq!(s[3], next_score(s[2], 0.5, 1.0));
        // To a week's target from day 3: the week's sum counts days 0-2 too,
        // at the weekly pace.
        let week = target("50", Per::Week, Bound::AtLeast);
        let s = scores(
            &[(day(0), ten), (day(3), week)],
            &each_day(0..4, 10_000),
            &[],
            3,
        );
        assert_eq!(s[3], next_score(s[2], 0.8, 1.0 / 7.0));
        assert_eq!(target_on(&t, day(1)), Some(&ten));
        assert_eq!(target_on(&[(day(2), twenty)], day(0)), Some(&twenty));
        // No target at all: a day with something logged is done.
        let one = next_score(0.0, 1.0, 1.0);
        let daily = scores(&[], &[(0, 1), (1, 0)], &[], 1);
        assert_eq!(daily, [one, next_score(one, 1.0, 1.0)]);
    }

    #[test]
    fn smaller_and_bigger_targets() {
        let check = |bound: Bound, now: &str, smaller: Option<&str>, bigger: Option<&str>| {
            let t = target(now, Per::Week, bound);
            let plain = |t: Option<Target>| t.map(|t| t.amount.plain());
            let (s, b) = (plain(smaller_target(&t)), plain(bigger_target(&t)));
            let got = (s.as_deref(), b.as_deref());
            assert_eq!(got, (smaller, bigger), "{bound:?} {now}");
        };
        use Bound::*;
        check(AtLeast, "10", Some("5"), Some("15"));
        check(AtLeast, "5", Some("2"), Some("8"));
        check(AtLeast, "25", Some("12"), Some("38"));
        check(AtLeast, "3", Some("1.5"), Some("5"));
        check(AtLeast, "2", Some("1"), Some("3"));
        check(AtLeast, "1", Some("0.5"), Some("1.5"));
        check(AtLeast, "0.5", Some("0.2"), Some("0.8"));
        check(AtLeast, "0.002", Some("0.001"), Some("0.003"));
        check(AtLeast, "0.001", None, Some("0.002"));
        check(AtLeast, "1000000", Some("500000"), None);
        check(AtLeast, "800000", Some("400000"), Some("1000000"));
        // At most: smaller is a gentler limit, bigger a tighter one.
        check(AtMost, "0", Some("1"), None);
        check(AtMost, "1", Some("2"), Some("0"));
        check(AtMost, "2", Some("3"), Some("1"));
        check(AtMost, "4", Some("6"), Some("3"));
        check(AtMost, "6", Some("9"), Some("4"));
        check(AtMost, "10", Some("15"), Some("7"));
        check(AtMost, "0.5", Some("1.5"), Some("0"));
        check(AtMost, "1000000", None, Some("666667"));
    }

    /// A day with a clock change (Berlin: 29 March 2026 has 23 hours, 25
    /// October 2026 has 25) sums the amounts logged on it, early and late,
    /// and only those: the day is the person's local day, fixed when each
    /// win was logged.
    #[test]
    fn a_day_with_a_clock_change_sums_its_own_amounts() {
        use chrono::{DateTime, Utc};
        use chrono_tz::Europe::Berlin;
        let ten_a_day = target("10", Per::Day, Bound::AtLeast);
        let check = |logged: &[(&str, i64)], expected: &[(&str, DayStanding)]| {
            let mut sums: BTreeMap<NaiveDate, i64> = BTreeMap::new();
            for (at, units) in logged {
                let at: DateTime<Utc> = at.parse().unwrap();
                let day = at.with_timezone(&Berlin).date_naive();
                *sums.entry(day).or_default() += units * AMOUNT_SCALE;
            }
            for (day, standing_expected) in expected {
                let day: NaiveDate = day.parse().unwrap();
                let sum = sums.get(&day).map(|&m| Amount::total(m));
                assert_eq!(standing(sum, Some(&ten_a_day)), *standing_expected, "{day}");
            }
        };
        // 00:30 CET and 23:30 CEST on the 23-hour day are both that day.
        check(
            &[
                ("2026-03-28T23:30:00Z", 4),
                ("2026-03-29T21:30:00Z", 6),
                ("2026-03-29T22:30:00Z", 5),
            ],
            &[
                ("2026-03-29", DayStanding::Reached),
                ("2026-03-30", DayStanding::Partway(0.5)),
            ],
        );
        // 01:30 CEST before the change and 23:30 CET after it: one 25-hour
        // day; 00:30 the next night is the next day's.
        check(
            &[
                ("2026-10-24T23:30:00Z", 4),
                ("2026-10-25T22:30:00Z", 6),
                ("2026-10-25T23:30:00Z", 5),
            ],
            &[
                ("2026-10-24", DayStanding::Partway(0.0)),
                ("2026-10-25", DayStanding::Reached),
                ("2026-10-26", DayStanding::Partway(0.5)),
            ],
        );
    }
}
