//! Commands for habit stacks and their reminders: the Stacks page, the
//! in-window reminder's Done and Later, and the reminder settings (quiet
//! hours, snooze length, whether notifications work).

use std::sync::Arc;

use chrono::{NaiveDate, SecondsFormat};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{AppState, Input, WinDto};
use crate::domain::schedule::SlotKey;
use crate::domain::stacks::{parse_time, time_text, StackId};
use crate::domain::StepId;
use crate::error::{Error, Result};
use crate::reminders::Scheduler;
use crate::service::reminders::Reminder;
use crate::service::stacks::{StackDraft, StackView, StepChoice};
use crate::service::{self, settings::SNOOZE_CHOICES};
use cairn_core::tr;

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StackDto {
    pub id: String,
    pub anchor: String,
    pub action: String,
    pub step_id: Option<String>,
    pub step_title: Option<String>,
    pub anchor_step_title: Option<String>,
    /// `HH:MM`, local.
    pub times: Vec<String>,
    /// 0 (Monday) to 6 (Sunday).
    pub weekdays: Vec<u8>,
    pub enabled: bool,
    /// "tomorrow at 07:30".
    pub next: Option<String>,
}

impl From<StackView> for StackDto {
    fn from(v: StackView) -> Self {
        StackDto {
            id: v.stack.id.to_string(),
            anchor: v.stack.anchor,
            action: v.stack.action,
            step_id: v.stack.step_id.map(|s| s.to_string()),
            step_title: v.step_title,
            anchor_step_title: v.anchor_step_title,
            times: v.stack.times.into_iter().map(time_text).collect(),
            weekdays: v.stack.weekdays.days(),
            enabled: v.stack.enabled,
            next: v.next,
        }
    }
}

/// A reminder as the window shows it (event `cairn://reminder`).
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ReminderDto {
    pub stack_id: String,
    pub date: String,
    pub time: String,
    /// `slot`, `snoozed` or `anchor`.
    pub kind: &'static str,
    pub title: String,
    pub body: String,
    /// A notification was shown too.
    pub notified: bool,
}

impl ReminderDto {
    pub fn new(r: &Reminder, notified: bool) -> Self {
        ReminderDto {
            stack_id: r.slot.stack.to_string(),
            date: r.slot.date.to_string(),
            time: time_text(r.slot.time),
            kind: r.kind.as_str(),
            title: r.title.clone(),
            body: r.body.clone(),
            notified,
        }
    }
}

#[tauri::command(async)]
pub fn list_stacks(state: State<'_, AppState>) -> Result<Vec<StackDto>> {
    Ok(
        service::stacks::list_stacks(state.store()?, state.clock(), &chrono::Local)?
            .into_iter()
            .map(Into::into)
            .collect(),
    )
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StackInput {
    #[serde(default)]
    id: Option<String>,
    anchor: String,
    action: String,
    /// A step id, `new` for a new step titled like the action, or none.
    #[serde(default)]
    step: Option<String>,
    times: Vec<String>,
    weekdays: Vec<i64>,
    #[serde(default = "yes")]
    enabled: bool,
}

fn yes() -> bool {
    true
}

#[tauri::command(async)]
pub fn save_stack(state: State<'_, AppState>, input: Input<StackInput>) -> Result<String> {
    let input = input.get()?;
    let id = input.id.as_deref().map(StackId::parse).transpose()?;
    let step = match input.step.as_deref() {
        None | Some("") => StepChoice::None,
        Some("new") => StepChoice::New,
        Some(id) => StepChoice::Existing(StepId::parse(id)?),
    };
    let draft = StackDraft {
        anchor: input.anchor,
        action: input.action,
        step,
        times: input.times,
        weekdays: input.weekdays,
        enabled: input.enabled,
    };
    state
        .changed(service::stacks::save_stack(
            state.store()?,
            state.clock(),
            id.as_ref(),
            &draft,
        ))
        .map(|s| s.id.to_string())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StackEnabledInput {
    id: String,
    enabled: bool,
}

#[tauri::command(async)]
pub fn set_stack_enabled(
    state: State<'_, AppState>,
    input: Input<StackEnabledInput>,
) -> Result<()> {
    let input = input.get()?;
    let id = StackId::parse(&input.id)?;
    state.changed(
        service::stacks::set_stack_enabled(state.store()?, state.clock(), &id, input.enabled)
            .map(drop),
    )
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StackIdInput {
    id: String,
}

#[tauri::command(async)]
pub fn delete_stack(state: State<'_, AppState>, input: Input<StackIdInput>) -> Result<()> {
    let id = StackId::parse(&input.get()?.id)?;
    state.changed(service::stacks::delete_stack(state.store()?, &id))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlotInput {
    stack_id: String,
    date: String,
    time: String,
}

impl SlotInput {
    fn slot(&self) -> Result<SlotKey> {
        Ok(SlotKey {
            stack: StackId::parse(&self.stack_id)?,
            date: self
                .date
                .parse::<NaiveDate>()
                .map_err(|_| Error::Validation(tr!("input-reminder-day")))?,
            time: parse_time(&self.time)?,
        })
    }
}

/// "Done" on a reminder in the window; `null` when the step was already
/// logged today.
#[tauri::command(async)]
pub fn reminder_done(
    state: State<'_, AppState>,
    input: Input<SlotInput>,
) -> Result<Option<WinDto>> {
    let slot = input.get()?.slot()?;
    state
        .changed(service::reminders::done(
            state.store()?,
            state.clock(),
            &slot,
        ))
        .map(|w| w.map(Into::into))
}

/// "Later" on a reminder in the window; returns when it comes back.
#[tauri::command(async)]
pub fn reminder_later(
    state: State<'_, AppState>,
    scheduler: State<'_, Arc<Scheduler>>,
    input: Input<SlotInput>,
) -> Result<String> {
    let slot = input.get()?.slot()?;
    state
        .changed(service::reminders::later(
            state.store()?,
            state.clock(),
            &slot,
            scheduler.snooze_override(),
        ))
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSettingsDto {
    pub quiet_on: bool,
    pub quiet_start: String,
    pub quiet_end: String,
    pub snooze_minutes: u32,
    pub snooze_choices: Vec<u32>,
    /// `null` while Cairn is still asking the notification service.
    pub notifications_available: Option<bool>,
    pub notifications: String,
}

#[tauri::command(async)]
pub fn get_reminder_settings(
    state: State<'_, AppState>,
    scheduler: State<'_, Arc<Scheduler>>,
) -> Result<ReminderSettingsDto> {
    let s = service::settings::reminder_settings(state.store()?)?;
    let (start, end) = service::settings::DEFAULT_QUIET;
    let status = scheduler.status();
    Ok(ReminderSettingsDto {
        quiet_on: s.quiet.is_some(),
        quiet_start: s.quiet.map_or_else(|| start.into(), |q| time_text(q.start)),
        quiet_end: s.quiet.map_or_else(|| end.into(), |q| time_text(q.end)),
        snooze_minutes: s.snooze_minutes,
        snooze_choices: SNOOZE_CHOICES.to_vec(),
        notifications_available: status.as_ref().map(|s| s.available),
        notifications: status.map_or_else(|| tr!("notify-asking"), |s| s.detail.sentence()),
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuietInput {
    on: bool,
    #[serde(default)]
    start: String,
    #[serde(default)]
    end: String,
}

#[tauri::command(async)]
pub fn set_quiet_hours(state: State<'_, AppState>, input: Input<QuietInput>) -> Result<()> {
    let input = input.get()?;
    let hours = input
        .on
        .then_some((input.start.as_str(), input.end.as_str()));
    state.changed(service::settings::set_quiet_hours(state.store()?, hours))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SnoozeInput {
    minutes: u32,
}

#[tauri::command(async)]
pub fn set_snooze_minutes(state: State<'_, AppState>, input: Input<SnoozeInput>) -> Result<()> {
    let minutes = input.get()?.minutes;
    state.changed(service::settings::set_snooze_minutes(
        state.store()?,
        minutes,
    ))
}
