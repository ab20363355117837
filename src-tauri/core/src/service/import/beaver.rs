//! Beaver Habit Tracker to Cairn: each habit becomes a step under the goal
//! "From Beaver Habit Tracker", with its period as the step's cadence
//! (Loop's rules: "3 in 1 week" is three times a week, "1 in 2 days"
//! every two days, "4 in 1 month" four times a month); each day ticked a
//! win on that day (source "import") with the day's note as its note; a
//! day whose note carries Beaver's `#skip` a rest day; an archived habit
//! an archived step. Beaver has no numeric habits and no reminders. Its
//! tags, stars, deleted habits and notes on days not ticked are counted in
//! the plan's `left_out`.
//!
//! The format, as Beaver (github.com/daya0576/beaverhabits, read at
//! 61a6dc4) writes it in `beaverhabits/views.py`
//! (`export_user_habit_list`) and reads it in `storage/dict.py`
//! (`DictHabitList`, `DictHabit`, `DictRecord`), `storage/storage.py`
//! (`HabitStatus`, `HabitFrequency`, `HabitListBuilder`),
//! `frontend/import_page.py`, `frontend/components.py` (`note_tick`: a
//! chip such as "skip" ticks the day and adds `#skip` to its note) and
//! `core/note.py`:
//!
//! - The export is `{user_email, exported_at: "YYYY-MM-DD HH:MM:SS",
//!   habits}` with the active habits only; older exports (2024) wrote the
//!   whole list: `{user_email, habits, order: [habit ids], order_by, …}`,
//!   archived and deleted habits too. Beaver's own import needs `habits`
//!   alone.
//! - A habit: `name`, `id` (a short hash of the name when it was made),
//!   `records`, and optionally `tags` (words), `star` (true/false),
//!   `status` ("active", "archive" or "soft_delete"; absent is active;
//!   Beaver reads an unknown one as active), `period` (`{period_type: "D",
//!   "W", "M" or "Y", period_count, target_count}`, or null for every
//!   day; Beaver ignores one it cannot read) and `chips` (the note
//!   dialog's buttons).
//! - A record: `day` ("YYYY-MM-DD", the person's calendar day in the time
//!   zone Beaver was set to), `done` (absent is false) and `text` (the
//!   day's note, where `#word` tags style the day; `#skip` strikes it).

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde_json::Value;

use super::loop_db::{cadence as loop_cadence, fit};
use super::{day_win, derived_id, fit_note, unreadable, yes, Flag, LeftOutKind, Plan, SourceKind};
use crate::domain::goal::colour_for_new_goal;
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::text::TITLE_MAX;
use crate::domain::{Cadence, Goal, GoalId, GoalStatus, Step, StepId};
use crate::error::Result;

#[derive(Deserialize, Debug, Clone, PartialEq)]
struct BeaverRecord {
    day: String,
    #[serde(default)]
    done: Option<Flag>,
    #[serde(default)]
    text: Option<String>,
}

/// "`target_count` times in `period_count` days, weeks, months or years".
#[derive(Deserialize, Debug, Clone, PartialEq)]
struct BeaverPeriod {
    period_type: String,
    period_count: i64,
    target_count: i64,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
struct BeaverHabit {
    name: String,
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    records: Vec<BeaverRecord>,
    #[serde(default)]
    tags: Option<Vec<String>>,
    #[serde(default)]
    star: Option<Flag>,
    #[serde(default)]
    status: Option<String>,
    /// Kept unread until used: Beaver ignores a period it cannot read.
    #[serde(default)]
    period: Option<Value>,
}

#[derive(Deserialize, Debug)]
struct BeaverFile {
    habits: Vec<BeaverHabit>,
    /// Older exports: the habits' ids in the person's order.
    #[serde(default)]
    order: Option<Vec<Value>>,
}

/// A habit's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Active,
    Archived,
    Deleted,
}

impl BeaverHabit {
    fn status(&self) -> Status {
        match self.status.as_deref() {
            Some("archive") => Status::Archived,
            Some("soft_delete") => Status::Deleted,
            _ => Status::Active,
        }
    }

    /// The habit's id as Beaver's order lists it.
    fn id_text(&self) -> Option<String> {
        match &self.id {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        }
    }

    fn period(&self) -> Option<BeaverPeriod> {
        self.period
            .clone()
            .and_then(|p| serde_json::from_value(p).ok())
    }
}

/// A period as a Cairn cadence: none is every day; otherwise its
/// target count within its days, by Loop's rules (a month is 30 days, a
/// year 365).
fn cadence(period: Option<&BeaverPeriod>) -> Cadence {
    let Some(p) = period else {
        return Cadence::Daily;
    };
    let days = match p.period_type.as_str() {
        "D" => 1,
        "W" => 7,
        "M" => 30,
        "Y" => 365,
        _ => return Cadence::Daily,
    };
    loop_cadence(p.target_count, p.period_count.saturating_mul(days))
}

/// Whether a note carries Beaver's `#skip` tag.
fn skipped(note: &str) -> bool {
    note.split_whitespace().any(|w| w == "#skip")
}

/// Whether a note says something beyond Beaver's `#tags`, which only
/// style the day's square.
fn has_words(note: &str) -> bool {
    note.split_whitespace().any(|w| !w.starts_with('#'))
}

/// Reads a parsed Beaver export into a plan.
pub fn from_json(value: Value, now: DateTime<Utc>) -> Result<Plan> {
    let file: BeaverFile =
        serde_json::from_value(value).map_err(|e| unreadable("beaver-wrong-field", e))?;
    plan(&file, now)
}

/// Builds the plan of an export.
fn plan(file: &BeaverFile, now: DateTime<Utc>) -> Result<Plan> {
    let mut plan = Plan::empty(SourceKind::Beaver);
    // Beaver's order: the person's (older exports list it), starred
    // first, archived last.
    let order: Vec<String> = file
        .order
        .iter()
        .flatten()
        .filter_map(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .collect();
    let mut habits: Vec<&BeaverHabit> = file
        .habits
        .iter()
        .filter(|h| h.status() != Status::Deleted)
        .collect();
    plan.left_out
        .add(LeftOutKind::DeletedHabits, file.habits.len() - habits.len());
    habits.sort_by_key(|h| {
        let place = h
            .id_text()
            .and_then(|id| order.iter().position(|o| *o == id))
            .unwrap_or(usize::MAX);
        (h.status(), !yes(h.star), place)
    });
    let tags: BTreeSet<&str> = habits
        .iter()
        .flat_map(|h| h.tags.iter().flatten())
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    plan.left_out.add(LeftOutKind::BeaverTags, tags.len());
    plan.left_out.add(
        LeftOutKind::BeaverStars,
        habits.iter().filter(|h| yes(h.star)).count(),
    );
    if habits.is_empty() {
        return Ok(plan);
    }

    let goal_id = GoalId::from_trusted(derived_id(&["beaver", "goal"]));
    plan.goals.push(Goal {
        id: goal_id.clone(),
        title: crate::tr!("import-beaver-goal-title"),
        why: crate::tr!("import-beaver-goal-why"),
        success: String::new(),
        identity: String::new(),
        status: GoalStatus::Active,
        colour: colour_for_new_goal(0).into(),
        position: 0,
        created_at: now,
    });
    let mut keys = HashSet::new();
    for (i, h) in habits.iter().enumerate() {
        // Beaver makes the id from the name when it lacks one.
        let own = h.id_text().unwrap_or_else(|| h.name.trim().to_owned());
        let key = if keys.insert(own.clone()) {
            own
        } else {
            format!("{own}:{i}")
        };
        let step_id = StepId::from_trusted(derived_id(&["beaver", "habit", &key]));
        let title = match fit(&h.name, TITLE_MAX) {
            t if t.is_empty() => crate::tr!("import-beaver-habit-untitled", number = i + 1),
            t => t,
        };
        plan.steps.push(Step {
            id: step_id.clone(),
            goal_id: Some(goal_id.clone()),
            title: title.clone(),
            cadence: cadence(h.period().as_ref()),
            minutes: None,
            position: i as i64,
            archived: h.status() == Status::Archived,
            created_at: now,
            measure: None,
        });
        for r in &h.records {
            let date = NaiveDate::parse_from_str(r.day.trim(), "%Y-%m-%d")
                .map_err(|e| unreadable("beaver-date", e))?;
            let note = r.text.as_deref().unwrap_or_default();
            if skipped(note) {
                plan.rest_days.push(RestDay {
                    date,
                    step_id: Some(step_id.clone()),
                    reason: RestReason::Rest,
                });
                if has_words(note) {
                    plan.left_out.add(LeftOutKind::NotesWithoutWin, 1);
                }
            } else if yes(r.done) {
                plan.wins.push(day_win(
                    &derived_id(&["beaver", "win", &key, &date.to_string()]),
                    title.clone(),
                    fit_note(note),
                    date,
                    &goal_id,
                    &step_id,
                    None,
                ));
            } else if has_words(note) {
                plan.left_out.add(LeftOutKind::NotesWithoutWin, 1);
            }
        }
    }
    // One win per habit and day, as Beaver has.
    let mut seen = HashSet::new();
    plan.wins.retain(|w| seen.insert(w.id.clone()));
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_become_cadences() {
        let check = |kind: &str, count: i64, target: i64, expected: Cadence| {
            let p = BeaverPeriod {
                period_type: kind.into(),
                period_count: count,
                target_count: target,
            };
            assert_eq!(cadence(Some(&p)), expected, "{kind} {count} {target}");
        };
        assert_eq!(cadence(None), Cadence::Daily);
        check("D", 1, 1, Cadence::Daily);
        check("W", 1, 3, Cadence::TimesPerWeek(3));
        check("W", 1, 7, Cadence::Daily);
        check("D", 2, 1, Cadence::EveryNDays(2));
        check("M", 1, 4, Cadence::TimesPerMonth(4));
        check("W", 2, 1, Cadence::EveryNDays(14));
        check("Y", 1, 1, Cadence::TimesPerWeek(1));
        check("Q", 1, 3, Cadence::Daily);
        check("W", 0, 3, Cadence::Daily);
        check("W", i64::MAX, 1, Cadence::TimesPerWeek(1));
    }

    #[test]
    fn skip_is_a_whole_tag() {
        let check = |note: &str, expected: bool| assert_eq!(skipped(note), expected, "{note}");
        check("#skip", true);
        check("rainy day\n\n#amber #skip", true);
        check("#skipped", false);
        check("skip", false);
        check("", false);
    }

    #[test]
    fn tags_alone_are_no_note() {
        let check = |note: &str, expected: bool| assert_eq!(has_words(note), expected, "{note}");
        check("#amber #skip", false);
        check("", false);
        check("Too tired\n\n#skip", true);
        check("5 km", true);
    }
}
