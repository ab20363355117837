//! The shapes of Cairn's export file (`docs/export-format.md`): what
//! `export.rs` writes and `import::cairn` reads back, kept in one place so
//! the two cannot drift apart.

use serde::{Deserialize, Serialize};

/// The `format` field of every Cairn export.
pub const FORMAT: &str = "cairn-export";
/// The newest export version this Cairn writes and reads. Version 2 added
/// reflections, one things, step versions and rewards; version 3 measured
/// steps (a step's `measure`, a win's `amount`, a version's `target`), so
/// an older Cairn refuses such a file instead of dropping the amounts;
/// version 4 a goal's `identity`, likewise. An older file reads as one
/// with none of them.
pub const VERSION: u32 = 4;

/// A whole export, as written to the file. `Wins` is the list a file is
/// read into; an export being written streams them from the database
/// instead (`WinsFromDb`), so a long history is never held whole.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ExportFile<Wins = Vec<WinJson>> {
    pub format: String,
    pub version: u32,
    /// RFC 3339, UTC.
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub goals: Vec<GoalJson>,
    #[serde(default)]
    pub steps: Vec<StepJson>,
    #[serde(default)]
    pub wins: Wins,
    #[serde(default)]
    pub rest_days: Vec<RestDayJson>,
    #[serde(default)]
    pub habit_stacks: Vec<StackJson>,
    // Version 2.
    #[serde(default)]
    pub reflections: Vec<ReflectionJson>,
    #[serde(default)]
    pub one_things: Vec<OneThingJson>,
    #[serde(default)]
    pub step_versions: Vec<StepVersionJson>,
    #[serde(default)]
    pub rewards: Vec<RewardJson>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GoalJson {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub success: String,
    /// Version 4: who the person is becoming; absent when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub identity: String,
    pub status: String,
    pub colour: String,
    #[serde(default)]
    pub position: i64,
    pub created_at: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CadenceJson {
    /// once, daily, weekly (N times a week), weekdays, every_n_days,
    /// monthly (N times a month), month_day.
    pub kind: String,
    /// weekly: times per week; weekdays: the days, 0 (Monday) to 6 (Sunday).
    #[serde(default)]
    pub times_per_week: Option<u8>,
    #[serde(default)]
    pub weekdays: Vec<u8>,
    /// every_n_days: days apart; monthly: times a month; month_day: the
    /// day of the month. Absent for the others (and in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u8>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StepJson {
    pub id: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    pub title: String,
    pub cadence: CadenceJson,
    #[serde(default)]
    pub minutes: Option<i64>,
    #[serde(default)]
    pub position: i64,
    #[serde(default)]
    pub archived: bool,
    pub created_at: String,
    /// What a measurable step counts; absent for the others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<MeasureJson>,
}

/// A measurable step's unit, target and usual amount. Amounts are plain
/// numbers with at most three decimals.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MeasureJson {
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual: Option<f64>,
}

/// How much, per `day` or `week`, `at_least` or `at_most`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TargetJson {
    pub amount: f64,
    pub per: String,
    pub bound: String,
}

/// An amount as the file holds it, checked like one typed in.
pub fn amount_from_json(
    n: f64,
) -> std::result::Result<crate::domain::measure::Amount, crate::domain::RuleError> {
    crate::domain::measure::Amount::parse(&n.to_string())
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WinJson {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub note: String,
    /// RFC 3339, UTC.
    pub logged_at: String,
    /// `YYYY-MM-DD`: the person's day when it was logged.
    pub local_date: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub step_id: Option<String>,
    pub source: String,
    /// How much, for a measurable step's win.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RestDayJson {
    pub date: String,
    #[serde(default)]
    pub step_id: Option<String>,
    pub reason: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StackJson {
    pub id: String,
    pub anchor: String,
    pub action: String,
    #[serde(default)]
    pub step_id: Option<String>,
    #[serde(default)]
    pub anchor_step_id: Option<String>,
    /// Local `HH:MM` times.
    pub times: Vec<String>,
    /// Days numbered 0 (Monday) to 6 (Sunday).
    pub weekdays: Vec<u8>,
    #[serde(default = "yes")]
    pub enabled: bool,
}

/// A weekly review and its focus actions.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionJson {
    pub id: String,
    /// `YYYY-MM-DD`: the first day of the week it looks back on.
    pub week_start: String,
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub adjust: String,
    #[serde(default)]
    pub focus_actions: Vec<FocusActionJson>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FocusActionJson {
    pub id: String,
    pub text: String,
    /// `step`, `step_change`, `one_thing` or null.
    #[serde(default)]
    pub became: Option<String>,
    #[serde(default)]
    pub step_id: Option<String>,
}

/// A day's one thing.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OneThingJson {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub step_id: Option<String>,
    pub text: String,
    #[serde(default)]
    pub win_id: Option<String>,
}

/// A step as it was from a day on.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StepVersionJson {
    pub id: String,
    pub step_id: String,
    /// `YYYY-MM-DD`.
    pub effective_date: String,
    pub title: String,
    pub cadence: CadenceJson,
    #[serde(default)]
    pub minutes: Option<i64>,
    /// `start`, `smaller`, `bigger` or `edit`.
    pub reason: String,
    /// A measured step's target amount from this day on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
}

/// A reward the person chose.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RewardJson {
    pub id: String,
    pub text: String,
    /// `wins`, `goal_wins`, `first_run`, `goal_done` or `week_reviewed`.
    pub moment: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub count: Option<i64>,
    /// RFC 3339, UTC; null while it waits for its moment.
    #[serde(default)]
    pub earned_at: Option<String>,
    #[serde(default)]
    pub enjoyed_at: Option<String>,
    pub created_at: String,
}

fn yes() -> bool {
    true
}
