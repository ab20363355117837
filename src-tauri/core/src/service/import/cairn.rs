//! Reading a Cairn JSON export (`service::export`'s format) into a plan:
//! every field is checked by the same rules as typing it in the window.

use chrono::{DateTime, NaiveDate, Utc};

use super::{unreadable, Plan, SourceKind};
use crate::clock::Clock;
use crate::domain::goal::parse_colour;
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::stacks::{parse_action, parse_anchor, parse_times, Stack, StackId};
use crate::domain::step::parse_minutes;
use crate::domain::text::{Note, Title};
use crate::domain::{
    Cadence, Goal, GoalId, GoalStatus, RuleError, Step, StepId, WeekdaySet, Win, WinId, WinSource,
};
use crate::error::{Error, Result};
use crate::service::export::{ExportFile, FORMAT, VERSION};

fn instant(text: &str) -> std::result::Result<DateTime<Utc>, RuleError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| RuleError::new(format!("\"{text}\" is not a date and time.")))
}

fn day(text: &str) -> std::result::Result<NaiveDate, RuleError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| RuleError::new(format!("\"{text}\" is not a date.")))
}

/// Where in the file a bad value sits, for the sentence.
fn at(what: &str, i: usize, e: RuleError) -> Error {
    Error::Validation(format!(
        "Cairn cannot import this file: {what} {} has a problem: {} Nothing was changed.",
        i + 1,
        e.0
    ))
}

/// Parses and checks a Cairn export.
pub fn read(bytes: &[u8], _clock: &dyn Clock) -> Result<Plan> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| unreadable("it is not valid JSON (it may be cut short)", e))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(unreadable("it is JSON, but not a Cairn export", "format"));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(Error::Conflict(format!(
            "This export was written by a newer version of Cairn (format {version}). Install the newer Cairn to import it; nothing was changed."
        )));
    }
    if version == 0 {
        return Err(unreadable("its version is missing", "version"));
    }
    let file: ExportFile = serde_json::from_value(value)
        .map_err(|e| unreadable("a field is missing or has the wrong type", e))?;
    let mut plan = Plan::empty(SourceKind::Cairn);
    for (i, g) in file.goals.iter().enumerate() {
        let goal = (|| {
            Ok::<_, RuleError>(Goal {
                id: GoalId::parse(&g.id)?,
                title: Title::parse(&g.title, "The goal's title")?.into_string(),
                why: Note::parse(&g.why, "\"Why it matters\"")?.into_string(),
                success: Note::parse(&g.success, "\"Success looks like\"")?.into_string(),
                status: GoalStatus::parse(&g.status)?,
                colour: parse_colour(&g.colour)?,
                position: g.position,
                created_at: instant(&g.created_at)?,
            })
        })()
        .map_err(|e| at("goal", i, e))?;
        plan.goals.push(goal);
    }
    for (i, s) in file.steps.iter().enumerate() {
        let step = (|| {
            let cadence = match s.cadence.kind.as_str() {
                "weekly" => Cadence::times_per_week(s.cadence.times_per_week.unwrap_or(0))?,
                "weekdays" => Cadence::Weekdays(WeekdaySet::from_days(&s.cadence.weekdays)?),
                kind => Cadence::from_parts(kind, 0)?,
            };
            Ok::<_, RuleError>(Step {
                id: StepId::parse(&s.id)?,
                goal_id: s.goal_id.as_deref().map(GoalId::parse).transpose()?,
                title: Title::parse(&s.title, "The step's title")?.into_string(),
                cadence,
                minutes: parse_minutes(s.minutes)?,
                position: s.position,
                archived: s.archived,
                created_at: instant(&s.created_at)?,
            })
        })()
        .map_err(|e| at("step", i, e))?;
        plan.steps.push(step);
    }
    for (i, w) in file.wins.iter().enumerate() {
        let win = (|| {
            Ok::<_, RuleError>(Win {
                id: WinId::parse(&w.id)?,
                text: Title::parse(&w.text, "The win")?.into_string(),
                note: Note::parse(&w.note, "The note")?.into_string(),
                logged_at: instant(&w.logged_at)?,
                local_date: day(&w.local_date)?,
                goal_id: w.goal_id.as_deref().map(GoalId::parse).transpose()?,
                step_id: w.step_id.as_deref().map(StepId::parse).transpose()?,
                source: WinSource::parse(&w.source)?,
            })
        })()
        .map_err(|e| at("win", i, e))?;
        plan.wins.push(win);
    }
    for (i, r) in file.rest_days.iter().enumerate() {
        let rest = (|| {
            Ok::<_, RuleError>(RestDay {
                date: day(&r.date)?,
                step_id: r.step_id.as_deref().map(StepId::parse).transpose()?,
                reason: RestReason::parse(&r.reason)?,
            })
        })()
        .map_err(|e| at("rest day", i, e))?;
        plan.rest_days.push(rest);
    }
    for (i, s) in file.habit_stacks.iter().enumerate() {
        let stack = (|| {
            Ok::<_, RuleError>(Stack {
                id: StackId::parse(&s.id)?,
                anchor: parse_anchor(&s.anchor)?,
                action: parse_action(&s.action)?,
                step_id: s.step_id.as_deref().map(StepId::parse).transpose()?,
                anchor_step_id: s.anchor_step_id.as_deref().map(StepId::parse).transpose()?,
                times: parse_times(&s.times)?,
                weekdays: WeekdaySet::from_days(&s.weekdays)?,
                enabled: s.enabled,
            })
        })()
        .map_err(|e| at("habit stack", i, e))?;
        plan.stacks.push(stack);
    }
    Ok(plan)
}
