//! What commands answer with: the UI's shapes (camelCase), built from the
//! domain and store types, which do not derive what only the UI needs.

use chrono::SecondsFormat;

use serde::{Deserialize, Serialize};

use crate::domain::measure::{DayStanding, Measure};
use crate::domain::{Goal, Step};
use crate::service::{self};
use crate::store::wins::WinRecord;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CadenceDto {
    pub kind: String,
    #[serde(default)]
    pub times_per_week: Option<i64>,
    #[serde(default)]
    pub weekdays: Vec<i64>,
    /// Every N days: the days apart; N times a month: N; a day of the
    /// month: the day.
    #[serde(default)]
    pub number: Option<i64>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StepDto {
    pub id: String,
    pub goal_id: Option<String>,
    pub title: String,
    pub cadence: CadenceDto,
    pub minutes: Option<u16>,
    pub position: i64,
    pub archived: bool,
    /// What a measurable step counts; absent for the others.
    pub measure: Option<MeasureDto>,
}

/// A measurable step's unit and target. Amounts are plain numbers (the
/// window formats them in the person's language).
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MeasureDto {
    pub unit: String,
    pub target: Option<f64>,
    /// `day` or `week` (with a target).
    pub per: Option<&'static str>,
    /// `at_least` or `at_most` (with a target).
    pub bound: Option<&'static str>,
    /// What one click logs.
    pub usual: f64,
    /// The usual amount as the person set it, if they did.
    pub usual_set: Option<f64>,
}

impl From<Measure> for MeasureDto {
    fn from(m: Measure) -> Self {
        MeasureDto {
            usual: m.usual_or_default().units(),
            usual_set: m.usual.map(|a| a.units()),
            unit: m.unit.as_str().to_owned(),
            target: m.target.map(|t| t.amount.units()),
            per: m.target.map(|t| t.per.as_str()),
            bound: m.target.map(|t| t.bound.as_str()),
        }
    }
}

impl From<Step> for StepDto {
    fn from(s: Step) -> Self {
        StepDto {
            id: s.id.to_string(),
            goal_id: s.goal_id.map(|g| g.to_string()),
            title: s.title,
            cadence: super::adjust::cadence_dto(s.cadence),
            minutes: s.minutes,
            position: s.position,
            archived: s.archived,
            measure: s.measure.map(Into::into),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct GoalDto {
    pub id: String,
    pub title: String,
    pub why: String,
    pub success: String,
    /// Who the person is becoming through it; "" for none.
    pub identity: String,
    pub status: &'static str,
    pub colour: String,
    pub position: i64,
    /// Present in the goals list; empty elsewhere.
    pub steps: Vec<StepDto>,
}

impl From<Goal> for GoalDto {
    fn from(g: Goal) -> Self {
        GoalDto {
            id: g.id.to_string(),
            title: g.title,
            why: g.why,
            success: g.success,
            identity: g.identity,
            status: g.status.as_str(),
            colour: g.colour,
            position: g.position,
            steps: Vec::new(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WinDto {
    pub id: String,
    pub text: String,
    pub note: String,
    /// RFC 3339, UTC.
    pub logged_at: String,
    /// `YYYY-MM-DD`, the person's day when it was logged.
    pub local_date: String,
    pub goal_id: Option<String>,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    pub step_id: Option<String>,
    pub step_title: Option<String>,
    pub source: &'static str,
    /// How much, for a measured step's win, and in what.
    pub amount: Option<f64>,
    pub unit: Option<String>,
}

impl From<WinRecord> for WinDto {
    fn from(r: WinRecord) -> Self {
        WinDto {
            id: r.win.id.to_string(),
            text: r.win.text,
            note: r.win.note,
            logged_at: r.win.logged_at.to_rfc3339_opts(SecondsFormat::Millis, true),
            local_date: r.win.local_date.to_string(),
            goal_id: r.win.goal_id.map(|g| g.to_string()),
            goal_title: r.goal_title,
            goal_colour: r.goal_colour,
            step_id: r.win.step_id.map(|s| s.to_string()),
            step_title: r.step_title,
            source: r.win.source.as_str(),
            amount: r.win.amount.map(|a| a.units()),
            unit: r.step_unit,
        }
    }
}

/// A win just logged, with the milestones it reached (each sent once, for
/// the celebration).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoggedDto {
    #[serde(flatten)]
    pub win: WinDto,
    pub milestones: Vec<super::chronicle::MilestoneDto>,
    /// This win did today's one thing.
    pub one_thing: bool,
    /// Rewards this win earned, to name in the celebration.
    pub rewards: Vec<super::focus::RewardDto>,
}

impl From<service::wins::Logged> for LoggedDto {
    fn from(l: service::wins::Logged) -> Self {
        LoggedDto {
            win: l.record.into(),
            milestones: l.milestones.into_iter().map(Into::into).collect(),
            one_thing: l.one_thing,
            rewards: l.rewards.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct GoalTodayDto {
    pub goal: GoalDto,
    pub next_step: Option<StepDto>,
    pub step_count: usize,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct OpenStepDto {
    pub step: StepDto,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    /// A measured step's amount so far in its target's period.
    pub amount: Option<f64>,
}

/// A limit and how today (or this week) stands with it.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct LimitDto {
    pub step: StepDto,
    pub goal_title: Option<String>,
    pub amount: f64,
    /// Over the limit: the window says so kindly, never in red.
    pub over: bool,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct TodayDto {
    pub date: String,
    pub goals: Vec<GoalTodayDto>,
    pub open_steps: Vec<OpenStepDto>,
    pub limits: Vec<LimitDto>,
    /// Today's newest wins, at most [`TODAY_WINS_SENT`]; the Wins page
    /// lists the rest.
    pub wins: Vec<WinDto>,
    /// How many wins today has, all of them.
    pub win_count: usize,
    /// Today's one thing, a carry-over offer, the rewards to enjoy.
    pub focus: super::focus::FocusDto,
    /// Active goals' identities and this week's votes for each.
    pub identities: Vec<IdentityTodayDto>,
    /// Whether the window leads with the first run.
    pub first_run: bool,
}

/// "3 votes for “someone who writes” this week".
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct IdentityTodayDto {
    pub goal_id: String,
    pub goal_title: String,
    pub identity: String,
    pub colour: String,
    pub votes_this_week: u32,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WinPageDto {
    pub wins: Vec<WinDto>,
    /// Pass back as `after` for the next page; `null` at the end.
    pub next: Option<String>,
}

/// Most of today's wins the `today` answer carries (the core's cap): every
/// window reloads it after each write, and a day logged from a script can
/// hold hundreds (issue 22: at a million wins, 274 a day made it 75 KB).
pub const TODAY_WINS_SENT: usize = service::today::TODAY_WINS;

impl From<service::today::TodayView> for TodayDto {
    fn from(view: service::today::TodayView) -> Self {
        TodayDto {
            date: view.date.to_string(),
            goals: view
                .goals
                .into_iter()
                .map(|g| GoalTodayDto {
                    goal: g.goal.into(),
                    next_step: g.next_step.map(Into::into),
                    step_count: g.step_count,
                })
                .collect(),
            open_steps: view
                .open_steps
                .into_iter()
                .map(|o| OpenStepDto {
                    step: o.step.into(),
                    goal_title: o.goal_title,
                    goal_colour: o.goal_colour,
                    amount: o.amount.map(|a| a.units()),
                })
                .collect(),
            limits: view
                .limits
                .into_iter()
                .map(|l| LimitDto {
                    step: l.step.into(),
                    goal_title: l.goal_title,
                    amount: l.amount.units(),
                    over: l.standing == DayStanding::OverLimit,
                })
                .collect(),
            win_count: view.win_count,
            wins: view.wins.into_iter().map(Into::into).collect(),
            focus: view.focus.into(),
            identities: view
                .identities
                .into_iter()
                .map(|i| IdentityTodayDto {
                    goal_id: i.goal.id.to_string(),
                    goal_title: i.goal.title,
                    identity: i.goal.identity,
                    colour: i.goal.colour,
                    votes_this_week: i.votes_this_week,
                })
                .collect(),
            first_run: view.first_run,
        }
    }
}
