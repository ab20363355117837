//! Today's one thing and gentle rewards: choosing, changing, clearing,
//! carrying over and logging the one thing; naming rewards, marking them
//! enjoyed. Today's answer (`today`) carries the one thing and "to enjoy".

use serde::{Deserialize, Serialize};
use tauri::State;

use super::{ui_source, AppState, Input, LoggedDto};
use crate::domain::rewards::RewardId;
use crate::domain::{GoalId, StepId};
use crate::error::{Error, Result};
use crate::service::focus::{self, Choice, FocusToday, OneThingView};
use crate::service::rewards::{self, RewardDraft, RewardView};
use cairn_core::tr;

// ---- DTOs -------------------------------------------------------------

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct OneThingDto {
    pub date: String,
    pub text: String,
    pub step_id: Option<String>,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    pub done: bool,
}

impl From<OneThingView> for OneThingDto {
    fn from(v: OneThingView) -> Self {
        OneThingDto {
            date: v.date.to_string(),
            text: v.text,
            step_id: v.step_id.map(|s| s.to_string()),
            goal_title: v.goal_title,
            goal_colour: v.goal_colour,
            done: v.done,
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct RewardDto {
    pub id: String,
    pub text: String,
    /// `wins`, `goal_wins`, `first_run`, `goal_done` or `week_reviewed`.
    pub moment: &'static str,
    pub goal_id: Option<String>,
    pub goal_title: Option<String>,
    pub count: Option<u32>,
    /// "After 10 wins", "When Thesis is done".
    pub moment_words: String,
    /// RFC 3339, UTC; `null` while it waits for its moment.
    pub earned_at: Option<String>,
    pub enjoyed_at: Option<String>,
}

impl From<RewardView> for RewardDto {
    fn from(v: RewardView) -> Self {
        let instant =
            |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        RewardDto {
            id: v.reward.id.to_string(),
            text: v.reward.text,
            moment: v.reward.moment.kind(),
            goal_id: v.reward.moment.goal().map(|g| g.to_string()),
            goal_title: v.goal_title,
            count: v.reward.moment.count(),
            moment_words: v.moment_words,
            earned_at: v.reward.earned_at.map(instant),
            enjoyed_at: v.reward.enjoyed_at.map(instant),
        }
    }
}

/// What Today shows first.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct FocusDto {
    pub one_thing: Option<OneThingDto>,
    /// Yesterday's unfinished one thing, offered to carry over.
    pub carry_over: Option<OneThingDto>,
    pub to_enjoy: Vec<RewardDto>,
}

impl From<FocusToday> for FocusDto {
    fn from(f: FocusToday) -> Self {
        FocusDto {
            one_thing: f.one_thing.map(Into::into),
            carry_over: f.carry_over.map(Into::into),
            to_enjoy: f.to_enjoy.into_iter().map(Into::into).collect(),
        }
    }
}

// ---- inputs -------------------------------------------------------------

/// Either an open step or a line of text.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OneThingInput {
    #[serde(default)]
    step_id: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SourceInput {
    #[serde(default)]
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RewardInput {
    #[serde(default)]
    id: Option<String>,
    text: String,
    moment: String,
    #[serde(default)]
    goal_id: Option<String>,
    #[serde(default)]
    count: Option<i64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RewardIdInput {
    id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnjoyedInput {
    id: String,
    #[serde(default = "yes")]
    enjoyed: bool,
}

fn yes() -> bool {
    true
}

// ---- commands -----------------------------------------------------------

#[tauri::command(async)]
pub fn set_one_thing(
    state: State<'_, AppState>,
    input: Input<OneThingInput>,
) -> Result<OneThingDto> {
    let input = input.get()?;
    let choice = match (input.step_id, input.text) {
        (Some(id), None) => Choice::Step(StepId::parse(&id)?),
        (None, Some(text)) => Choice::Text(text),
        _ => return Err(Error::Validation(tr!("input-one-thing"))),
    };
    state
        .changed(focus::set_one_thing(state.store()?, state.clock(), &choice))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn clear_one_thing(state: State<'_, AppState>) -> Result<()> {
    state.changed(focus::clear_one_thing(state.store()?, state.clock()))
}

#[tauri::command(async)]
pub fn carry_over_one_thing(state: State<'_, AppState>) -> Result<OneThingDto> {
    state
        .changed(focus::carry_over(state.store()?, state.clock()))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn set_carry_over_aside(state: State<'_, AppState>) -> Result<()> {
    state.changed(focus::set_carry_over_aside(state.store()?, state.clock()))
}

#[tauri::command(async)]
pub fn log_one_thing(state: State<'_, AppState>, input: Input<SourceInput>) -> Result<LoggedDto> {
    let source = ui_source(input.get()?.source.as_deref())?;
    state
        .changed(focus::log_one_thing(state.store()?, state.clock(), source))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn list_rewards(state: State<'_, AppState>) -> Result<Vec<RewardDto>> {
    Ok(rewards::list_rewards(state.store()?)?
        .into_iter()
        .map(Into::into)
        .collect())
}

#[tauri::command(async)]
pub fn save_reward(state: State<'_, AppState>, input: Input<RewardInput>) -> Result<RewardDto> {
    let input = input.get()?;
    let id = input.id.as_deref().map(RewardId::parse).transpose()?;
    let draft = RewardDraft {
        text: input.text,
        moment: input.moment,
        goal: input.goal_id.as_deref().map(GoalId::parse).transpose()?,
        count: input.count,
    };
    state
        .changed(rewards::save_reward(
            state.store()?,
            state.clock(),
            id.as_ref(),
            &draft,
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn set_reward_enjoyed(
    state: State<'_, AppState>,
    input: Input<EnjoyedInput>,
) -> Result<RewardDto> {
    let input = input.get()?;
    let id = RewardId::parse(&input.id)?;
    state
        .changed(rewards::set_enjoyed(
            state.store()?,
            state.clock(),
            &id,
            input.enjoyed,
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn delete_reward(state: State<'_, AppState>, input: Input<RewardIdInput>) -> Result<()> {
    let id = RewardId::parse(&input.get()?.id)?;
    state.changed(rewards::delete_reward(state.store()?, &id))
}
