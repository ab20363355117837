//! Habo to Cairn: each habit becomes a daily step under the goal "From
//! Habo", each check a win on its day (source "import") with the day's
//! comment as its note, each skip a rest day, a reminder a habit stack
//! whose anchor the person fills in later, and an archived habit an
//! archived step. A numeric habit becomes a measured step (its unit, "at
//! least" its target a day, its "+" step as the usual amount) and each
//! day's progress the win's amount. The cue, routine and reward go into
//! the goal's why. Contracts, categories, "not done" marks and notes on
//! days without a check are counted in the plan's `left_out`.
//!
//! The format, as Habo (github.com/xpavle00/Habo, read at b7a67a8) writes
//! and reads it in `lib/habits/habit.dart` (`toJson`, `fromJson`,
//! `doEvents`, `reformatOld`), `lib/model/habit_data.dart`,
//! `lib/model/category.dart`, `lib/constants.dart`, `lib/helpers.dart`,
//! `lib/repositories/sqlite_backup_repository.dart` (`exportAllData`),
//! `lib/services/backup_service.dart` and `lib/habits/one_day_button.dart`:
//!
//! - The file is a list of habits (backups since 2022) or, since the sync
//!   work of 2025, an object `{habits, events: {}, categories,
//!   habit_categories, metadata: {export_timestamp, version: "1.0", …}}`.
//!   Backups made this way include deleted habits (`deleted_at` set).
//! - A habit: `id` (int), `uuid` (newer), `title`, `position` (int),
//!   `twoDayRule`, `showReward`, `advanced`, `notification`,
//!   `showSanction` as 1 or 0; `cue`, `routine`, `reward`, `sanction`,
//!   `accountant` (text); `notTime` "H:M" without leading zeros (Habo
//!   reads anything else as 12:00); `events`; newer: `habitType` (0 yes/no,
//!   1 numeric), `targetValue` and `partialValue` (numbers; 1.0 when
//!   absent), `unit`, `categories` (objects with a `title`), `archived`
//!   (1 or 0), `deleted_at` and `updated_at` (ISO 8601 or null).
//! - `events` maps a day to `[type, comment]`, and for numeric habits
//!   `[type, comment, progress, target at the time]`. The day is Dart's
//!   `DateTime.toString()` of noon UTC on the person's calendar day
//!   ("2024-03-05 12:00:00.000Z"), so its date is that day in any time
//!   zone. The type is "DayType.check", "fail", "skip", "clear" or (newer)
//!   "progress"; files from before 2023 capitalise it ("DayType.Check").
//!   A numeric habit's check is its target met; its progress a part of it.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Deserialize;
use serde_json::Value;

use super::loop_db::{amount_of, anchor_to_fill_in, fit};
use super::{day_win, derived_id, fit_note, unreadable, yes, Flag, LeftOutKind, Plan, SourceKind};
use crate::domain::goal::colour_for_new_goal;
use crate::domain::measure::{Bound, Measure, Per, Target, Unit, UNIT_MAX};
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::stacks::{Stack, StackId};
use crate::domain::text::{NOTE_MAX, TITLE_MAX};
use crate::domain::{Cadence, Goal, GoalId, GoalStatus, Step, StepId, WeekdaySet};
use crate::error::Result;

/// A category, at the top of the file or on a habit.
#[derive(Deserialize, Debug, Clone, PartialEq)]
struct HaboCategory {
    #[serde(default)]
    title: Option<String>,
    #[serde(default, rename = "deleted_at")]
    deleted_at: Option<String>,
}

/// One habit, with the fields the import reads (the others are skipped).
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
struct HaboHabit {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    uuid: Option<String>,
    #[serde(default)]
    position: Option<f64>,
    title: String,
    #[serde(default)]
    cue: Option<String>,
    #[serde(default)]
    routine: Option<String>,
    #[serde(default)]
    reward: Option<String>,
    #[serde(default)]
    notification: Option<Flag>,
    #[serde(default)]
    not_time: Option<String>,
    #[serde(default)]
    events: Option<BTreeMap<String, Vec<Value>>>,
    #[serde(default)]
    sanction: Option<String>,
    #[serde(default)]
    accountant: Option<String>,
    #[serde(default)]
    habit_type: Option<f64>,
    #[serde(default)]
    target_value: Option<f64>,
    #[serde(default)]
    partial_value: Option<f64>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    categories: Option<Vec<HaboCategory>>,
    #[serde(default)]
    archived: Option<Flag>,
    #[serde(default, rename = "deleted_at")]
    deleted_at: Option<String>,
}

impl HaboHabit {
    fn deleted(&self) -> bool {
        self.deleted_at
            .as_deref()
            .is_some_and(|d| !d.trim().is_empty())
    }

    fn numeric(&self) -> bool {
        self.habit_type == Some(1.0)
    }

    /// A day's target: Habo reads a missing one as 1.
    fn target(&self) -> f64 {
        self.target_value.unwrap_or(1.0)
    }
}

/// The newer backup's object (the older one is the list of habits alone).
#[derive(Deserialize, Debug)]
struct HaboBackup {
    habits: Vec<HaboHabit>,
    #[serde(default)]
    categories: Option<Vec<HaboCategory>>,
}

/// What a day's event says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayType {
    Check,
    Progress,
    Skip,
    Fail,
    /// "clear", or a type a newer Habo may add.
    Other,
}

/// "DayType.check" (or the older "DayType.Check") as a [`DayType`].
fn day_type(text: &str) -> DayType {
    let name = text.rsplit('.').next().unwrap_or(text).to_ascii_lowercase();
    match name.as_str() {
        "check" => DayType::Check,
        "progress" => DayType::Progress,
        "skip" => DayType::Skip,
        "fail" => DayType::Fail,
        _ => DayType::Other,
    }
}

/// The calendar day of an event's key ("2024-03-05 12:00:00.000Z", or an
/// ISO form of it).
fn day_of(key: &str) -> Option<NaiveDate> {
    let key = key.trim();
    let (date, rest) = (key.get(..10)?, key.get(10..)?);
    if !(rest.is_empty() || rest.starts_with([' ', 'T'])) {
        return None;
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// A reminder's time, "7:5" or "07:05"; anything else is noon, as Habo
/// reads it.
fn reminder_time(text: Option<&str>) -> NaiveTime {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let Some((h, m)) = text.and_then(|t| t.trim().split_once(':')) else {
        return noon;
    };
    match (h.trim().parse::<u32>(), m.trim().parse::<u32>()) {
        (Ok(h), Ok(m)) => NaiveTime::from_hms_opt(h, m, 0).unwrap_or(noon),
        _ => noon,
    }
}

/// A numeric habit's measure: its unit (Cairn's "units" when it has
/// none), "at least" its target a day, and its "+" step as the usual
/// amount.
fn measure(h: &HaboHabit) -> Option<Measure> {
    if !h.numeric() {
        return None;
    }
    let unit = Unit::parse(&fit(h.unit.as_deref().unwrap_or_default(), UNIT_MAX))
        .or_else(|_| Unit::parse(&crate::tr!("import-loop-unit")))
        .ok()?;
    let positive = |v: f64| (v.is_finite() && v > 0.0).then(|| amount_of(v)).flatten();
    let target =
        positive(h.target()).and_then(|amount| Target::new(amount, Per::Day, Bound::AtLeast).ok());
    Some(Measure {
        unit,
        target,
        usual: positive(h.partial_value.unwrap_or(1.0)),
    })
}

/// The key the stable ids derive from: the habit's uuid, else its id,
/// else its place and title; unique within the file.
fn keys(habits: &[&HaboHabit]) -> Vec<String> {
    let mut seen = HashSet::new();
    habits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let own = match (&h.uuid, &h.id) {
                (Some(uuid), _) if !uuid.trim().is_empty() => uuid.trim().to_owned(),
                (_, Some(Value::Number(n))) => n.to_string(),
                (_, Some(Value::String(s))) if !s.trim().is_empty() => s.trim().to_owned(),
                _ => format!("{i}:{}", h.title),
            };
            if seen.insert(own.clone()) {
                own
            } else {
                let again = format!("{own}:{i}");
                seen.insert(again.clone());
                again
            }
        })
        .collect()
}

/// Reads a parsed Habo backup (either shape) into a plan.
pub fn from_json(value: Value, now: DateTime<Utc>) -> Result<Plan> {
    let backup = match value {
        list @ Value::Array(_) => HaboBackup {
            habits: serde_json::from_value(list).map_err(|e| unreadable("habo-wrong-field", e))?,
            categories: None,
        },
        other => serde_json::from_value(other).map_err(|e| unreadable("habo-wrong-field", e))?,
    };
    plan(&backup, now)
}

/// Builds the plan of a backup.
fn plan(backup: &HaboBackup, now: DateTime<Utc>) -> Result<Plan> {
    let mut plan = Plan::empty(SourceKind::Habo);
    let deleted = backup.habits.iter().filter(|h| h.deleted()).count();
    plan.left_out.add(LeftOutKind::DeletedHabits, deleted);
    // In Habo's order: by position, then as the file lists them.
    let mut habits: Vec<&HaboHabit> = backup.habits.iter().filter(|h| !h.deleted()).collect();
    habits.sort_by(|a, b| {
        let at = |h: &HaboHabit| h.position.filter(|p| p.is_finite()).unwrap_or(f64::MAX);
        at(a).total_cmp(&at(b))
    });
    let categories: BTreeSet<String> = backup
        .categories
        .iter()
        .flatten()
        .chain(habits.iter().flat_map(|h| h.categories.iter().flatten()))
        .filter(|c| c.deleted_at.as_deref().is_none_or(|d| d.trim().is_empty()))
        .filter_map(|c| c.title.as_deref().map(str::trim))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    plan.left_out
        .add(LeftOutKind::HaboCategories, categories.len());
    let contracts = habits
        .iter()
        .filter(|h| {
            [&h.sanction, &h.accountant]
                .iter()
                .any(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()))
        })
        .count();
    plan.left_out.add(LeftOutKind::HaboContracts, contracts);
    if habits.is_empty() {
        return Ok(plan);
    }

    let goal_id = GoalId::from_trusted(derived_id(&["habo", "goal"]));
    plan.goals.push(Goal {
        id: goal_id.clone(),
        title: crate::tr!("import-habo-goal-title"),
        why: why(&habits),
        success: String::new(),
        identity: String::new(),
        status: GoalStatus::Active,
        colour: colour_for_new_goal(0).into(),
        position: 0,
        created_at: now,
    });
    let keys = keys(&habits);
    for (i, (h, key)) in habits.iter().zip(&keys).enumerate() {
        let step_id = StepId::from_trusted(derived_id(&["habo", "habit", key]));
        let title = match fit(&h.title, TITLE_MAX) {
            t if t.is_empty() => crate::tr!("import-habo-habit-untitled", number = i + 1),
            t => t,
        };
        let measure = measure(h);
        plan.steps.push(Step {
            id: step_id.clone(),
            goal_id: Some(goal_id.clone()),
            title: title.clone(),
            // Habo's habits are daily.
            cadence: Cadence::Daily,
            minutes: None,
            position: i as i64,
            archived: yes(h.archived),
            created_at: now,
            measure: measure.clone(),
        });
        if yes(h.notification) {
            plan.stacks.push(Stack {
                id: StackId::from_trusted(derived_id(&["habo", "reminder", key])),
                anchor: anchor_to_fill_in(),
                action: title.clone(),
                step_id: Some(step_id.clone()),
                anchor_step_id: None,
                times: vec![reminder_time(h.not_time.as_deref())],
                weekdays: WeekdaySet::ALL,
                enabled: true,
            });
        }
        for (day_key, event) in h.events.iter().flatten() {
            let date = day_of(day_key).ok_or_else(|| unreadable("habo-date", day_key))?;
            let kind = match event.first() {
                Some(Value::String(t)) => day_type(t),
                _ => return Err(unreadable("habo-wrong-field", day_key)),
            };
            let comment = event.get(1).and_then(Value::as_str).unwrap_or_default();
            let progress = event
                .get(2)
                .and_then(Value::as_f64)
                .filter(|v| v.is_finite() && *v > 0.0);
            let amount = match (kind, measure.is_some()) {
                (DayType::Check, false) => Some(None),
                // A numeric habit's check is its target met.
                (DayType::Check, true) => Some(amount_of(progress.unwrap_or(h.target()))),
                (DayType::Progress, true) => progress.map(amount_of),
                _ => None,
            };
            match amount {
                // An amount Cairn cannot hold (none, or more than it counts).
                Some(None) if measure.is_some() => {}
                // Habo keeps its days at noon UTC too.
                Some(amount) => plan.wins.push(day_win(
                    &derived_id(&["habo", "win", key, &date.to_string()]),
                    title.clone(),
                    fit_note(comment),
                    date,
                    &goal_id,
                    &step_id,
                    amount,
                )),
                None => {
                    if kind == DayType::Skip {
                        plan.rest_days.push(RestDay {
                            date,
                            step_id: Some(step_id.clone()),
                            reason: RestReason::Rest,
                        });
                    }
                    if kind == DayType::Fail {
                        plan.left_out.add(LeftOutKind::NotDoneMarks, 1);
                    }
                    if !comment.trim().is_empty() {
                        plan.left_out.add(LeftOutKind::NotesWithoutWin, 1);
                    }
                }
            }
        }
    }
    // One win per habit and day, however the file spells the day.
    let mut seen = HashSet::new();
    plan.wins.retain(|w| seen.insert(w.id.clone()));
    Ok(plan)
}

/// The goal's why: where it came from, then each habit's cue, routine and
/// reward, as far as they fit.
fn why(habits: &[&HaboHabit]) -> String {
    let mut why = crate::tr!("import-habo-goal-why");
    for h in habits {
        let habit = fit(&h.title, 80);
        for (id, text) in [
            ("import-habo-why-cue", &h.cue),
            ("import-habo-why-routine", &h.routine),
            ("import-habo-why-reward", &h.reward),
        ] {
            let text = fit(text.as_deref().unwrap_or_default(), 200);
            if text.is_empty() {
                continue;
            }
            let line = format!(
                "\n{}",
                crate::tr!(id, habit = habit.as_str(), text = text.as_str())
            );
            if why.chars().count() + line.chars().count() <= NOTE_MAX {
                why.push_str(&line);
            }
        }
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_keys_give_the_persons_day() {
        let check = |key: &str, expected: Option<&str>| {
            assert_eq!(
                day_of(key).map(|d| d.to_string()),
                expected.map(str::to_owned),
                "{key}"
            );
        };
        check("2024-03-05 12:00:00.000Z", Some("2024-03-05"));
        check("2024-03-05T12:00:00.000Z", Some("2024-03-05"));
        check("2024-03-05", Some("2024-03-05"));
        check("2024-02-30 12:00:00.000Z", None);
        check("2024-3-5 12:00", None);
        check("yesterday", None);
        check("2024-03-05X", None);
        check("", None);
    }

    #[test]
    fn day_types_old_and_new() {
        let check = |text: &str, expected: DayType| assert_eq!(day_type(text), expected, "{text}");
        check("DayType.check", DayType::Check);
        check("DayType.Check", DayType::Check);
        check("DayType.progress", DayType::Progress);
        check("DayType.Skip", DayType::Skip);
        check("DayType.fail", DayType::Fail);
        check("DayType.clear", DayType::Other);
        check("DayType.later", DayType::Other);
        check("", DayType::Other);
    }

    #[test]
    fn reminder_times_as_habo_writes_them() {
        let check = |text: Option<&str>, expected: &str| {
            assert_eq!(
                crate::domain::stacks::time_text(reminder_time(text)),
                expected,
                "{text:?}"
            );
        };
        check(Some("7:5"), "07:05");
        check(Some("19:30"), "19:30");
        check(Some("25:00"), "12:00");
        check(Some("seven"), "12:00");
        check(None, "12:00");
    }

    #[test]
    fn flags_are_ones_or_trues() {
        assert!(yes(Some(Flag::Number(1.0))));
        assert!(yes(Some(Flag::Bool(true))));
        assert!(!yes(Some(Flag::Number(0.0))));
        assert!(!yes(None));
    }
}
