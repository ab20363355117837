//! The weekly review's commands: a week's draft with its review, saving a
//! review, the list of past ones, what a focus action became, and the
//! review's settings (the week's first day, the weekly nudge).

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{AppState, GoalDto, Input, MilestoneDto, RestDto, RewardDto, StepDto, StepInput};
use crate::domain::ids::FocusActionId;
use crate::domain::reflection::{Became, Reflection};
use crate::domain::stacks::{parse_time, time_text};
use crate::domain::{GoalId, StepId};
use crate::error::{Error, Result};
use crate::service::reflections::{self, FocusInput, ReflectionInput, WeekPick, WeekReview};
use crate::service::settings::{self, ReviewSettings};
use cairn_core::tr;

// ---- DTOs -------------------------------------------------------------

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct GoalWinsDto {
    /// `null`: wins under no goal.
    pub goal: Option<GoalDto>,
    pub wins: u32,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct RunAliveDto {
    pub step: StepDto,
    pub length: u32,
    /// "day" or "week".
    pub unit: &'static str,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WeekDraftDto {
    pub start: String,
    pub end: String,
    /// The last day counted: the end, or today while the week runs.
    pub until: String,
    pub headline: String,
    pub wins: u32,
    pub days: u32,
    pub wins_before: u32,
    pub days_before: u32,
    pub per_goal: Vec<GoalWinsDto>,
    pub comebacks: u32,
    pub runs: Vec<RunAliveDto>,
    /// Measured steps' amounts over the week.
    pub amounts: Vec<StepAmountDto>,
    pub rest_days: Vec<RestDto>,
    pub one_things_set: u32,
    pub one_things_done: u32,
    pub milestones: Vec<MilestoneDto>,
    /// Steps that did not fit twice in a row this week.
    pub not_fitting: Vec<StepNameDto>,
}

/// A measured step and its amount over the week.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StepAmountDto {
    pub step: StepDto,
    pub amount: f64,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StepNameDto {
    pub id: String,
    pub title: String,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct FocusActionDto {
    pub id: String,
    pub text: String,
    /// "step", "step_change", "one_thing" or `null`.
    pub became: Option<&'static str>,
    pub step_id: Option<String>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionDto {
    pub id: String,
    pub week_start: String,
    pub week_end: String,
    pub went_well: String,
    pub learned: String,
    pub adjust: String,
    pub focus: Vec<FocusActionDto>,
}

impl From<Reflection> for ReflectionDto {
    fn from(r: Reflection) -> Self {
        ReflectionDto {
            id: r.id.to_string(),
            week_start: r.week.start.to_string(),
            week_end: r.week.end().to_string(),
            went_well: r.went_well,
            learned: r.learned,
            adjust: r.adjust,
            focus: r
                .focus
                .into_iter()
                .map(|f| FocusActionDto {
                    id: f.id.to_string(),
                    text: f.text,
                    became: f.became.map(Became::as_str),
                    step_id: f.step_id.map(|s| s.to_string()),
                })
                .collect(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WeekReviewDto {
    pub draft: WeekDraftDto,
    pub reflection: Option<ReflectionDto>,
    /// The week before and after, for moving between weeks (`null` for a
    /// week not begun).
    pub previous: String,
    pub next: Option<String>,
}

impl WeekReviewDto {
    fn new(r: WeekReview, today: NaiveDate) -> Self {
        let d = r.draft;
        let next = d.week.next();
        WeekReviewDto {
            previous: d.week.previous().start.to_string(),
            next: (next.start <= today).then(|| next.start.to_string()),
            draft: WeekDraftDto {
                start: d.week.start.to_string(),
                end: d.week.end().to_string(),
                until: d.until.to_string(),
                headline: d.headline,
                wins: d.wins,
                days: d.days,
                wins_before: d.wins_before,
                days_before: d.days_before,
                per_goal: d
                    .per_goal
                    .into_iter()
                    .map(|g| GoalWinsDto {
                        goal: g.goal.map(Into::into),
                        wins: g.wins,
                    })
                    .collect(),
                comebacks: d.comebacks,
                runs: d
                    .runs
                    .into_iter()
                    .map(|r| RunAliveDto {
                        step: r.step.into(),
                        length: r.length,
                        unit: r.unit.as_str(),
                    })
                    .collect(),
                amounts: d
                    .amounts
                    .into_iter()
                    .map(|a| StepAmountDto {
                        step: a.step.into(),
                        amount: crate::domain::measure::Amount::total(a.amount).units(),
                    })
                    .collect(),
                rest_days: d.rest_days.into_iter().map(Into::into).collect(),
                one_things_set: d.one_things_set,
                one_things_done: d.one_things_done,
                milestones: d.milestones.into_iter().map(Into::into).collect(),
                not_fitting: d
                    .not_fitting
                    .into_iter()
                    .map(|(id, title)| StepNameDto {
                        id: id.to_string(),
                        title,
                    })
                    .collect(),
            },
            reflection: r.reflection.map(Into::into),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSettingsDto {
    /// 1 (Monday) to 7 (Sunday), or 0: from the locale.
    pub week_start: u32,
    pub nudge: bool,
    /// 1 (Monday) to 7 (Sunday).
    pub nudge_day: u32,
    /// `HH:MM`, local.
    pub nudge_time: String,
}

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekInput {
    /// Any day of the week; none: the latest week that has ended (or ends
    /// today).
    #[serde(default)]
    date: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FocusLineInput {
    #[serde(default)]
    id: Option<String>,
    text: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SaveReflectionInput {
    week_start: String,
    #[serde(default)]
    went_well: String,
    #[serde(default)]
    learned: String,
    #[serde(default)]
    adjust: String,
    #[serde(default)]
    focus: Vec<FocusLineInput>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MarkFocusInput {
    id: String,
    became: String,
    #[serde(default)]
    step_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FocusToStepInput {
    id: String,
    step: StepInput,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSettingsInput {
    week_start: u32,
    nudge: bool,
    nudge_day: u32,
    nudge_time: String,
}

fn parse_date(text: &str) -> Result<NaiveDate> {
    text.parse()
        .map_err(|_| Error::Validation(tr!("input-date-week", text = text)))
}

fn parse_weekday(n: u32) -> Result<Weekday> {
    u8::try_from(n)
        .ok()
        .filter(|n| (1..=7).contains(n))
        .and_then(|n| Weekday::try_from(n - 1).ok())
        .ok_or_else(|| Error::Validation(tr!("input-review-day")))
}

// ---- commands ---------------------------------------------------------

/// A week's draft and review: the week holding `date`, or the latest week
/// that has ended.
#[tauri::command(async)]
pub fn week_review(state: State<'_, AppState>, input: Input<WeekInput>) -> Result<WeekReviewDto> {
    let input = input.get()?;
    let pick = match input.date.as_deref() {
        Some(date) => WeekPick::Holding(parse_date(date)?),
        None => WeekPick::LatestEnded,
    };
    let review = reflections::week_review(state.store()?, state.clock(), pick)?;
    Ok(WeekReviewDto::new(review, state.clock().today()))
}

/// A review just saved, with the rewards reviewing it earned.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SavedReviewDto {
    pub reflection: ReflectionDto,
    pub rewards: Vec<RewardDto>,
}

#[tauri::command(async)]
pub fn save_reflection(
    state: State<'_, AppState>,
    input: Input<SaveReflectionInput>,
) -> Result<SavedReviewDto> {
    let input = input.get()?;
    let focus = input
        .focus
        .iter()
        .map(|f| {
            Ok(FocusInput {
                id: f.id.as_deref().map(FocusActionId::parse).transpose()?,
                text: f.text.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let saved = state.changed(reflections::save(
        state.store()?,
        state.clock(),
        &ReflectionInput {
            week_start: parse_date(&input.week_start)?,
            went_well: input.went_well,
            learned: input.learned,
            adjust: input.adjust,
            focus,
        },
    ))?;
    Ok(SavedReviewDto {
        reflection: saved.reflection.into(),
        rewards: saved.rewards.into_iter().map(Into::into).collect(),
    })
}

/// Every review written, newest first.
#[tauri::command(async)]
pub fn list_reflections(state: State<'_, AppState>) -> Result<Vec<ReflectionDto>> {
    Ok(reflections::history(state.store()?)?
        .into_iter()
        .map(Into::into)
        .collect())
}

#[tauri::command(async)]
pub fn mark_focus_action(state: State<'_, AppState>, input: Input<MarkFocusInput>) -> Result<()> {
    let input = input.get()?;
    let id = FocusActionId::parse(&input.id)?;
    let became = Became::parse(&input.became)?;
    let step = input.step_id.as_deref().map(StepId::parse).transpose()?;
    state.changed(reflections::mark_focus_action(
        state.store()?,
        &id,
        became,
        step.as_ref(),
    ))
}

/// Turns a focus action into a new step, and records that it did.
#[tauri::command(async)]
pub fn focus_action_to_step(
    state: State<'_, AppState>,
    input: Input<FocusToStepInput>,
) -> Result<StepDto> {
    let input = input.get()?;
    let id = FocusActionId::parse(&input.id)?;
    let goal = input
        .step
        .goal_id
        .as_deref()
        .map(GoalId::parse)
        .transpose()?;
    let step = state.changed(reflections::focus_action_to_step(
        state.store()?,
        state.clock(),
        &id,
        goal.as_ref(),
        &input.step.draft(),
    ))?;
    Ok(step.into())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FocusIdInput {
    id: String,
}

/// Makes a focus action the next week's first one thing; answers its day.
#[tauri::command(async)]
pub fn focus_action_to_one_thing(
    state: State<'_, AppState>,
    input: Input<FocusIdInput>,
) -> Result<String> {
    let id = FocusActionId::parse(&input.get()?.id)?;
    let day = state.changed(reflections::focus_action_to_one_thing(
        state.store()?,
        state.clock(),
        &id,
    ))?;
    Ok(day.to_string())
}

#[tauri::command(async)]
pub fn get_review_settings(state: State<'_, AppState>) -> Result<ReviewSettingsDto> {
    let s = settings::review_settings(state.store()?)?;
    Ok(ReviewSettingsDto {
        week_start: s.week_start.map_or(0, |d| d.number_from_monday()),
        nudge: s.nudge,
        nudge_day: s.nudge_day.number_from_monday(),
        nudge_time: time_text(s.nudge_time),
    })
}

#[tauri::command(async)]
pub fn set_review_settings(
    state: State<'_, AppState>,
    input: Input<ReviewSettingsInput>,
) -> Result<()> {
    let input = input.get()?;
    let settings = ReviewSettings {
        week_start: match input.week_start {
            0 => None,
            n => Some(parse_weekday(n)?),
        },
        nudge: input.nudge,
        nudge_day: parse_weekday(input.nudge_day)?,
        nudge_time: parse_time(&input.nudge_time)?,
    };
    state.changed(settings::set_review_settings(state.store()?, &settings))
}
