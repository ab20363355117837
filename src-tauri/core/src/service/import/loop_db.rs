//! Loop Habit Tracker to Cairn: each habit becomes a recurring step under
//! the goal "From Loop Habit Tracker", each check by hand a win on its day
//! (source "import"), each skip a rest day, and a reminder a habit stack
//! whose anchor the person fills in later. A numerical habit becomes a
//! measured step with its unit and target ("at least" or "at most", per
//! day or per week; Loop's monthly target becomes its weekly share), and
//! each value the win's amount. Shared by the backup (`.db`) and CSV
//! readers.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use super::{derived_id, Plan, SourceKind};
use crate::domain::goal::colour_for_new_goal;
use crate::domain::measure::{Amount, Bound, Measure, Per, Target, Unit, AMOUNT_SCALE, UNIT_MAX};
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::stacks::{Stack, StackId};
use crate::domain::text::{NOTE_MAX, TITLE_MAX};
use crate::domain::{Cadence, Goal, GoalId, GoalStatus, Step, StepId, WeekdaySet};
use crate::error::Result;
use crate::store::loop_backup;

/// The goal every imported habit goes under: "From Loop Habit Tracker".
pub fn goal_title() -> String {
    crate::tr!("import-loop-goal-title")
}

/// The anchor of an imported reminder, until the person writes their own.
pub fn anchor_to_fill_in() -> String {
    crate::tr!("import-loop-anchor")
}

/// A Loop habit, from either kind of file.
#[derive(Debug, Clone, PartialEq)]
pub struct Habit {
    /// Unique within the file; the stable ids derive from it.
    pub key: String,
    pub name: String,
    pub question: String,
    pub freq_num: i64,
    pub freq_den: i64,
    pub archived: bool,
    /// Hour, minute, Loop's weekday mask (bit 0 Saturday … bit 6 Friday).
    pub reminder: Option<(i64, i64, i64)>,
    pub numerical: bool,
    pub unit: String,
    /// A numerical habit's target over `freq_den` days (0: none).
    pub target_value: f64,
    /// Loop's target type: 0 at least, 1 at most.
    pub target_type: i64,
}

/// A numerical habit's measure: its unit (Loop allows none; Cairn then
/// counts "units") and its target. Loop's target covers the frequency's
/// days: one day is Cairn's per day, seven per week, and any other span
/// (a month) its share of a week.
pub fn measure(h: &Habit) -> Option<Measure> {
    if !h.numerical {
        return None;
    }
    let unit = Unit::parse(&fit(&h.unit, UNIT_MAX))
        .or_else(|_| Unit::parse(&crate::tr!("import-loop-unit")))
        .ok()?;
    let bound = if h.target_type == 1 {
        Bound::AtMost
    } else {
        Bound::AtLeast
    };
    let (per, value) = match h.freq_den {
        1 => (Per::Day, h.target_value),
        7 => (Per::Week, h.target_value),
        den if den > 0 => (Per::Week, h.target_value * 7.0 / den as f64),
        _ => (Per::Day, h.target_value),
    };
    let target = (value.is_finite() && value > 0.0)
        .then(|| amount_of(value))
        .flatten()
        .and_then(|amount| Target::new(amount, per, bound).ok());
    Some(Measure {
        unit,
        target,
        usual: None,
    })
}

/// A value as Loop shows it, as an amount (rounded to thousandths, as
/// Loop itself keeps them).
pub(super) fn amount_of(value: f64) -> Option<Amount> {
    Amount::from_milli((value * AMOUNT_SCALE as f64).round() as i64).ok()
}

/// What a person recorded for a habit on a day.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Checked by hand.
    Done,
    /// A numerical habit's value (as Loop shows it, not × 1000).
    Amount(f64),
    Skip,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Index into the habits.
    pub habit: usize,
    pub date: NaiveDate,
    pub mark: Mark,
    pub notes: String,
}

/// Loop's frequency as a Cairn cadence: daily when at least once a day;
/// "N times per week" as that; "once every N days" as every N days; "N
/// times per month" (Loop's 30 or 31 days) as N times a month; anything
/// else as the nearest whole number of times per week (at least once).
pub fn cadence(num: i64, den: i64) -> Cadence {
    if num <= 0 || den <= 0 || num >= den {
        return Cadence::Daily;
    }
    if den != 7 {
        let exact = if num == 1 {
            u8::try_from(den)
                .ok()
                .and_then(|n| Cadence::every_n_days(n).ok())
        } else {
            None
        };
        let monthly = if den == 30 || den == 31 {
            u8::try_from(num)
                .ok()
                .and_then(|n| Cadence::times_per_month(n).ok())
        } else {
            None
        };
        if let Some(c) = monthly.or(exact) {
            return c;
        }
    }
    let per_week = (num as f64 * 7.0 / den as f64).round().clamp(1.0, 7.0) as u8;
    if per_week >= 7 {
        Cadence::Daily
    } else {
        Cadence::TimesPerWeek(per_week)
    }
}

/// Loop's reminder weekday mask (bit 0 Saturday, bit 1 Sunday, bit 2
/// Monday … bit 6 Friday) as Cairn's (bit 0 Monday … bit 6 Sunday).
pub fn weekdays(loop_mask: i64) -> WeekdaySet {
    let mut bits = 0u8;
    for i in 0..7 {
        if loop_mask & (1 << i) != 0 {
            bits |= 1 << ((i + 5) % 7);
        }
    }
    WeekdaySet::from_bits(bits).unwrap_or(WeekdaySet::ALL)
}

/// Cuts text to `max` characters on one line, for fields Loop allows longer.
pub(super) fn fit(text: &str, max: usize) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = one_line.trim();
    if trimmed.chars().count() <= max {
        trimmed.to_owned()
    } else {
        let mut cut: String = trimmed.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}

/// Builds the plan for `habits` and their `entries`. `namespace` keeps the
/// ids of the two file kinds apart.
pub fn plan(
    source: SourceKind,
    namespace: &str,
    habits: &[Habit],
    entries: &[Entry],
    now: DateTime<Utc>,
) -> Result<Plan> {
    let mut plan = Plan::empty(source);
    let created_at = now;
    let goal_id = GoalId::from_trusted(derived_id(&["loop", "goal"]));
    let mut why = crate::tr!("import-loop-goal-why");
    for h in habits.iter().filter(|h| !h.question.trim().is_empty()) {
        let line = format!("\n{}: {}", fit(&h.name, 80), fit(&h.question, 200));
        if why.chars().count() + line.chars().count() <= NOTE_MAX {
            why.push_str(&line);
        }
    }
    plan.goals.push(Goal {
        id: goal_id.clone(),
        title: goal_title(),
        why,
        success: String::new(),
        identity: String::new(),
        status: GoalStatus::Active,
        colour: colour_for_new_goal(0).into(),
        position: 0,
        created_at,
    });
    let step_ids: Vec<StepId> = habits
        .iter()
        .map(|h| StepId::from_trusted(derived_id(&[namespace, "habit", &h.key])))
        .collect();
    for (i, h) in habits.iter().enumerate() {
        let title = match fit(&h.name, TITLE_MAX) {
            t if t.is_empty() => crate::tr!("import-loop-habit-untitled", number = i + 1),
            t => t,
        };
        let measure = measure(h);
        plan.steps.push(Step {
            id: step_ids[i].clone(),
            goal_id: Some(goal_id.clone()),
            title: title.clone(),
            // A numerical habit's frequency is its target's span.
            cadence: if measure.is_some() {
                Cadence::Daily
            } else {
                cadence(h.freq_num, h.freq_den)
            },
            minutes: None,
            position: i as i64,
            archived: h.archived,
            created_at,
            measure,
        });
        if let Some((hour, minute, mask)) = h.reminder {
            if let Some(time) = chrono::NaiveTime::from_hms_opt(
                hour.clamp(0, 23) as u32,
                minute.clamp(0, 59) as u32,
                0,
            ) {
                plan.stacks.push(Stack {
                    id: StackId::from_trusted(derived_id(&[namespace, "reminder", &h.key])),
                    anchor: anchor_to_fill_in(),
                    action: title,
                    step_id: Some(step_ids[i].clone()),
                    anchor_step_id: None,
                    times: vec![time],
                    weekdays: weekdays(mask),
                    enabled: true,
                });
            }
        }
    }
    for e in entries {
        let Some(habit) = habits.get(e.habit) else {
            continue;
        };
        let step = &step_ids[e.habit];
        let day = e.date.to_string();
        let note = fit(&e.notes, NOTE_MAX);
        let amount = match &e.mark {
            Mark::Done => None,
            Mark::Amount(v) if *v > 0.0 => match amount_of(*v) {
                Some(a) => Some(a),
                None => continue,
            },
            Mark::Amount(_) => continue,
            Mark::Skip => {
                plan.rest_days.push(RestDay {
                    date: e.date,
                    step_id: Some(step.clone()),
                    reason: RestReason::Rest,
                });
                continue;
            }
        };
        let text = plan.steps[e.habit].title.clone();
        plan.wins.push(super::day_win(
            &derived_id(&[namespace, "win", &habit.key, &day]),
            text,
            note,
            e.date,
            &goal_id,
            step,
            amount,
        ));
    }
    // One win per habit and day, as Loop has.
    let mut seen = std::collections::HashSet::new();
    plan.wins.retain(|w| seen.insert(w.id.clone()));
    Ok(plan)
}

/// Reads a Loop backup file.
pub fn read(path: &Path, now: DateTime<Utc>) -> Result<Plan> {
    let backup = loop_backup::read(path)?;
    let habits: Vec<Habit> = backup
        .habits
        .iter()
        .map(|h| Habit {
            key: match &h.uuid {
                Some(uuid) if !uuid.is_empty() => uuid.clone(),
                _ => h.id.to_string(),
            },
            name: h.name.clone(),
            question: h.question.clone(),
            freq_num: h.freq_num,
            freq_den: h.freq_den,
            archived: h.archived,
            reminder: h.reminder,
            numerical: h.kind == 1,
            unit: h.unit.clone(),
            target_value: h.target_value,
            target_type: h.target_type,
        })
        .collect();
    let index: std::collections::HashMap<i64, usize> = backup
        .habits
        .iter()
        .enumerate()
        .map(|(i, h)| (h.id, i))
        .collect();
    let mut entries = Vec::new();
    for r in &backup.repetitions {
        let Some(&habit) = index.get(&r.habit) else {
            continue;
        };
        let Some(date) = chrono::DateTime::from_timestamp_millis(r.timestamp) else {
            continue;
        };
        let mark = match (habits[habit].numerical, r.value) {
            (true, Some(v)) => Mark::Amount(v as f64 / 1000.0),
            // Before version 16 every row is a check.
            (false, None) | (true, None) => Mark::Done,
            (false, Some(2)) => Mark::Done,
            (false, Some(3)) => Mark::Skip,
            // 0: not done; 1: checked automatically by Loop's frequency.
            (false, Some(_)) => continue,
        };
        entries.push(Entry {
            habit,
            date: date.date_naive(),
            mark,
            notes: r.notes.clone(),
        });
    }
    plan(SourceKind::LoopBackup, "loop-db", &habits, &entries, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_become_cadences() {
        let check = |num: i64, den: i64, expected: Cadence| {
            assert_eq!(cadence(num, den), expected, "{num}/{den}");
        };
        check(1, 1, Cadence::Daily);
        check(7, 7, Cadence::Daily);
        check(3, 7, Cadence::TimesPerWeek(3));
        check(1, 7, Cadence::TimesPerWeek(1));
        check(2, 3, Cadence::TimesPerWeek(5));
        check(1, 2, Cadence::EveryNDays(2));
        check(1, 3, Cadence::EveryNDays(3));
        check(1, 30, Cadence::TimesPerMonth(1));
        check(4, 30, Cadence::TimesPerMonth(4));
        check(2, 31, Cadence::TimesPerMonth(2));
        check(1, 60, Cadence::TimesPerWeek(1));
        check(6, 7, Cadence::TimesPerWeek(6));
        check(13, 14, Cadence::Daily);
        check(0, 0, Cadence::Daily);
        check(-3, 7, Cadence::Daily);
    }

    #[test]
    fn reminder_days_map_from_saturday_first() {
        let check = |mask: i64, expected: &[u8]| {
            assert_eq!(weekdays(mask).days(), expected, "{mask}");
        };
        check(127, &[0, 1, 2, 3, 4, 5, 6]);
        check(1, &[5]); // Saturday
        check(2, &[6]); // Sunday
        check(4, &[0]); // Monday
        check(113, &[2, 3, 4, 5]);
        check(0, &[0, 1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn long_or_multi_line_text_is_fitted() {
        assert_eq!(fit("  a\nb ", 10), "a b");
        assert_eq!(fit(&"x".repeat(300), 200).chars().count(), 200);
    }

    fn habit(numerical: bool, unit: &str, den: i64, value: f64, kind: i64) -> Habit {
        Habit {
            key: "h".into(),
            name: "Read".into(),
            question: String::new(),
            freq_num: 1,
            freq_den: den,
            archived: false,
            reminder: None,
            numerical,
            unit: unit.into(),
            target_value: value,
            target_type: kind,
        }
    }

    /// A measure as the test reads it: the unit, and the target's
    /// thousandths, period and bound.
    type Read<'a> = Option<(&'a str, Option<(i64, Per, Bound)>)>;

    #[test]
    fn a_numerical_habit_becomes_a_measured_step() {
        let check = |h: Habit, expected: Read<'_>| {
            let got = measure(&h).map(|m| {
                (
                    m.unit.as_str().to_owned(),
                    m.target.map(|t| (t.amount.milli(), t.per, t.bound)),
                )
            });
            let expected = expected.map(|(u, t)| (u.to_owned(), t));
            assert_eq!(got, expected, "{h:?}");
        };
        check(habit(false, "", 1, 0.0, 0), None);
        check(
            habit(true, "pages", 1, 10.0, 0),
            Some(("pages", Some((10_000, Per::Day, Bound::AtLeast)))),
        );
        check(
            habit(true, "km", 7, 12.5, 0),
            Some(("km", Some((12_500, Per::Week, Bound::AtLeast)))),
        );
        // Loop's "at most 2 coffees a day".
        check(
            habit(true, "cups", 1, 2.0, 1),
            Some(("cups", Some((2_000, Per::Day, Bound::AtMost)))),
        );
        // A month's 30 becomes a week's 7.
        check(
            habit(true, "km", 30, 30.0, 0),
            Some(("km", Some((7_000, Per::Week, Bound::AtLeast)))),
        );
        // No unit: Cairn names one; no target: measured, without a target.
        check(habit(true, "  ", 1, 0.0, 0), Some(("units", None)));
    }
}
