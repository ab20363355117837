//! The chronicle's commands: the year at a glance, one day, the timeline,
//! rest days, milestones to celebrate, and saving the picture. All run off
//! the main thread (`async`): they read the database or wait for a dialog.

use serde::{Deserialize, Serialize};
use tauri::State;

use super::input::parse_day;
use super::{
    cursor_from_text, cursor_to_text, AppState, GoalDto, Input, StepDto, WinDto, WinPageDto,
};
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::{GoalId, StepId};
use crate::error::Result;
use crate::service::chronicle::{self, ChronicleQuery, ImageFormat};
use crate::service::milestones::{self, MilestoneView};
use crate::store::chronicle::{Scope, TimelineFilter};
use cairn_core::tr;

// ---- DTOs -------------------------------------------------------------

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct HeaderDto {
    pub total_wins: u64,
    pub this_week: u32,
    pub last_week: u32,
    pub days_this_month: u32,
    pub longest_run: u32,
    pub current_run: u32,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct RestDto {
    pub date: String,
    pub step_id: Option<String>,
    pub reason: &'static str,
}

impl From<RestDay> for RestDto {
    fn from(r: RestDay) -> Self {
        RestDto {
            date: r.date.to_string(),
            step_id: r.step_id.map(|s| s.to_string()),
            reason: r.reason.as_str(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct HeatmapDto {
    /// The first day of the grid (top of the first column).
    pub start: String,
    /// Today, the last cell.
    pub end: String,
    /// One per day from `start` to `end`.
    pub counts: Vec<u32>,
    /// Shade 0..=4 per day.
    pub levels: Vec<u8>,
    pub rest: Vec<RestDto>,
    pub total: u64,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WeekDto {
    pub start: String,
    pub wins: u32,
}

/// Counts per week, each with the day it starts on, as the bars draw them.
fn week_dtos(weeks: Vec<(chrono::NaiveDate, u32)>) -> Vec<WeekDto> {
    weeks
        .into_iter()
        .map(|(start, wins)| WeekDto {
            start: start.to_string(),
            wins,
        })
        .collect()
}

/// Who a goal's person is becoming, and the votes (wins) for it.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct IdentityVotesDto {
    pub goal_id: String,
    pub goal_title: String,
    pub identity: String,
    pub colour: String,
    pub total: u64,
    /// `YYYY-MM-DD`; absent before the first vote.
    pub first: Option<String>,
    pub comebacks: u32,
    /// Votes per week, oldest first (as `weeks`, for the goal alone).
    pub weeks: Vec<WeekDto>,
}

/// A measured step's amounts summed by week and by month, oldest first.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct AmountSumsDto {
    pub unit: String,
    pub weeks: Vec<AmountSumDto>,
    pub months: Vec<AmountSumDto>,
}

/// One week's or month's sum: its first day and the amount.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct AmountSumDto {
    pub start: String,
    pub amount: f64,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StepMomentumDto {
    pub step: StepDto,
    /// Score today, 0..=100.
    pub score: f64,
    /// Weekly score points, 0..=100, the last one today.
    pub line: Vec<f64>,
    pub current_run: u32,
    pub best_run: u32,
    pub comebacks: u32,
    /// "day" or "week": what a run counts.
    pub unit: &'static str,
    /// The step's story, oldest first (see `commands::adjust`).
    pub story: Vec<super::StoryEntryDto>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneDto {
    pub key: String,
    pub reached_on: String,
    pub label: String,
    pub goal_colour: Option<String>,
    pub celebrated: bool,
}

impl From<MilestoneView> for MilestoneDto {
    fn from(m: MilestoneView) -> Self {
        MilestoneDto {
            key: m.key,
            reached_on: m.reached_on.to_string(),
            label: m.label,
            goal_colour: m.goal_colour,
            celebrated: m.celebrated,
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ChronicleDto {
    pub today: String,
    /// 1 (Monday) to 7 (Sunday).
    pub week_start: u32,
    pub header: HeaderDto,
    pub heatmap: HeatmapDto,
    pub weeks: Vec<WeekDto>,
    /// A measured step's sums by week and month, when it is the scope.
    pub amounts: Option<AmountSumsDto>,
    /// The votes for a goal's identity, when that goal is the scope.
    pub identity: Option<IdentityVotesDto>,
    pub steps: Vec<StepMomentumDto>,
    pub milestones: Vec<MilestoneDto>,
    pub goals: Vec<GoalDto>,
    pub all_steps: Vec<StepDto>,
    /// Days in the grid whose one thing was done (`YYYY-MM-DD`).
    pub one_thing_days: Vec<String>,
    /// Days whose one thing was done, ever.
    pub one_thing_total: usize,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct DayDto {
    pub date: String,
    pub wins: Vec<WinDto>,
    pub rest: Vec<RestDto>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SavedDto {
    /// Where the picture went; `null` when the person cancelled the dialog.
    pub path: Option<String>,
}

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChronicleInput {
    #[serde(default)]
    goal_id: Option<String>,
    #[serde(default)]
    step_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DayInput {
    date: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineInput {
    #[serde(default)]
    after: Option<String>,
    #[serde(default = "default_limit")]
    limit: usize,
    #[serde(default)]
    goal_id: Option<String>,
    #[serde(default)]
    step_id: Option<String>,
    #[serde(default)]
    search: Option<String>,
}

fn default_limit() -> usize {
    50
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RestInput {
    date: String,
    #[serde(default)]
    step_id: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageInput {
    format: String,
    bytes: Vec<u8>,
}

fn parse_scope(goal: Option<&str>, step: Option<&str>) -> Result<Scope> {
    Ok(match (goal, step) {
        (_, Some(step)) => Scope::Step(StepId::parse(step)?),
        (Some(goal), None) => Scope::Goal(GoalId::parse(goal)?),
        (None, None) => Scope::All,
    })
}

/// Scores travel as percentages with one decimal.
fn percent(score: f64) -> f64 {
    (score * 1000.0).round() / 10.0
}

// ---- commands ---------------------------------------------------------

#[tauri::command(async)]
pub fn chronicle(state: State<'_, AppState>, input: Input<ChronicleInput>) -> Result<ChronicleDto> {
    let input = input.get()?;
    let query = ChronicleQuery {
        scope: parse_scope(input.goal_id.as_deref(), input.step_id.as_deref())?,
    };
    let c = chronicle::chronicle(state.store()?, state.clock(), &query)?;
    Ok(ChronicleDto {
        today: c.today.to_string(),
        week_start: c.week_start.number_from_monday(),
        header: HeaderDto {
            total_wins: c.header.total_wins,
            this_week: c.header.this_week,
            last_week: c.header.last_week,
            days_this_month: c.header.days_this_month,
            longest_run: c.header.longest_run,
            current_run: c.header.current_run,
        },
        heatmap: HeatmapDto {
            start: c.heatmap.start.to_string(),
            end: c.heatmap.end.to_string(),
            counts: c.heatmap.counts,
            levels: c.heatmap.levels,
            rest: c.heatmap.rest.into_iter().map(Into::into).collect(),
            total: c.heatmap.total,
        },
        weeks: week_dtos(c.weeks),
        amounts: c.amounts.map(|a| {
            let sums = |list: Vec<(chrono::NaiveDate, i64)>| {
                list.into_iter()
                    .map(|(start, milli)| AmountSumDto {
                        start: start.to_string(),
                        amount: crate::domain::measure::Amount::total(milli).units(),
                    })
                    .collect()
            };
            AmountSumsDto {
                unit: a.unit,
                weeks: sums(a.weeks),
                months: sums(a.months),
            }
        }),
        identity: c.identity.map(|i| IdentityVotesDto {
            goal_id: i.goal.id.to_string(),
            goal_title: i.goal.title,
            identity: i.goal.identity,
            colour: i.goal.colour,
            total: i.story.total,
            first: i.story.first.map(|d| d.to_string()),
            comebacks: i.story.comebacks,
            weeks: week_dtos(i.weeks),
        }),
        steps: c
            .steps
            .into_iter()
            .map(|m| StepMomentumDto {
                score: percent(m.score),
                line: m.line.into_iter().map(percent).collect(),
                current_run: m.runs.current,
                best_run: m.runs.best,
                comebacks: m.runs.comebacks,
                unit: m.unit.as_str(),
                story: m.story.into_iter().map(Into::into).collect(),
                step: m.step.into(),
            })
            .collect(),
        milestones: c.milestones.into_iter().map(Into::into).collect(),
        goals: c.goals.into_iter().map(Into::into).collect(),
        all_steps: c.all_steps.into_iter().map(Into::into).collect(),
        one_thing_days: c.one_thing_days.iter().map(ToString::to_string).collect(),
        one_thing_total: c.one_thing_total,
    })
}

#[tauri::command(async)]
pub fn chronicle_day(state: State<'_, AppState>, input: Input<DayInput>) -> Result<DayDto> {
    let date = parse_day(&input.get()?.date)?;
    let d = chronicle::day(state.store()?, date)?;
    Ok(DayDto {
        date: d.date.to_string(),
        wins: d.wins.into_iter().map(Into::into).collect(),
        rest: d.rest.into_iter().map(Into::into).collect(),
    })
}

#[tauri::command(async)]
pub fn chronicle_timeline(
    state: State<'_, AppState>,
    input: Input<TimelineInput>,
) -> Result<WinPageDto> {
    let input = input.get()?;
    let after = input.after.as_deref().map(cursor_from_text).transpose()?;
    let filter = TimelineFilter {
        scope: parse_scope(input.goal_id.as_deref(), input.step_id.as_deref())?,
        search: input.search,
    };
    let page = chronicle::timeline(state.store()?, &filter, after.as_ref(), input.limit)?;
    Ok(WinPageDto {
        wins: page.wins.into_iter().map(Into::into).collect(),
        next: page.next.as_ref().map(cursor_to_text),
    })
}

#[tauri::command(async)]
pub fn set_rest_day(state: State<'_, AppState>, input: Input<RestInput>) -> Result<RestDto> {
    let input = input.get()?;
    let rest = RestDay {
        date: parse_day(&input.date)?,
        step_id: input.step_id.as_deref().map(StepId::parse).transpose()?,
        reason: RestReason::parse(input.reason.as_deref().unwrap_or("rest"))?,
    };
    state.changed(chronicle::set_rest_day(state.store()?, state.clock(), &rest).map(Into::into))
}

#[tauri::command(async)]
pub fn clear_rest_day(state: State<'_, AppState>, input: Input<RestInput>) -> Result<()> {
    let input = input.get()?;
    let date = parse_day(&input.date)?;
    let step = input.step_id.as_deref().map(StepId::parse).transpose()?;
    state.changed(chronicle::clear_rest_day(
        state.store()?,
        date,
        step.as_ref(),
    ))
}

/// Milestones reached some other way than logging here (an import) and not
/// yet celebrated; each is returned once. Remembering them is not news for
/// other windows, so no change event.
#[tauri::command(async)]
pub fn take_milestones(state: State<'_, AppState>) -> Result<Vec<MilestoneDto>> {
    Ok(
        milestones::take_uncelebrated(state.store()?, state.clock())?
            .into_iter()
            .map(Into::into)
            .collect(),
    )
}

/// Asks where to save the picture and writes it there.
#[tauri::command]
pub async fn save_chronicle_image<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    input: Input<ImageInput>,
) -> Result<SavedDto> {
    let input = input.get()?;
    let format = ImageFormat::parse(&input.format)?;
    let name = format!("cairn-chronicle.{}", format.extension());
    let (kind, extension) = match format {
        ImageFormat::Png => (tr!("dialog-kind-png"), "png"),
        ImageFormat::Svg => (tr!("dialog-kind-svg"), "svg"),
    };
    let title = tr!("dialog-image-title");
    let path = super::files::ask_where_to_save(
        &app,
        &super::files::SaveAs {
            title: &title,
            file_name: &name,
            kind: &kind,
            extension,
            folder: tauri::Manager::path(&app).picture_dir().ok(),
        },
    )?;
    let Some(path) = path else {
        return Ok(SavedDto { path: None });
    };
    let saved = chronicle::save_image(&path, format, &input.bytes)?;
    Ok(SavedDto {
        path: Some(cairn_core::files::shown(&saved)),
    })
}
