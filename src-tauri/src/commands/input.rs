//! What commands read: `Input<T>` turns malformed input into Cairn's own
//! validation error, the input shapes (camelCase), and the small parsers
//! several commands share.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use serde::{de::DeserializeOwned, Deserialize, Deserializer};

use crate::domain::measure::Amount;
use crate::domain::{WinId, WinSource};
use crate::error::{Error, Result};
use crate::service::{
    goals::GoalDraft, steps::CadenceDraft, steps::MeasureDraft, steps::StepDraft,
};
use crate::store::wins::Cursor;
use cairn_core::tr;

use super::*;

/// A command argument that never fails to deserialize: malformed input (a
/// number where an id belongs, a missing field) becomes Cairn's own
/// validation error instead of Tauri's untyped string.
pub struct Input<T>(std::result::Result<T, String>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Input<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Ok(Input(
            serde_json::from_value(value).map_err(|e| e.to_string()),
        ))
    }
}

impl<T> Input<T> {
    pub(crate) fn get(self) -> Result<T> {
        self.0.map_err(|detail| {
            tracing::warn!(%detail, "malformed command input");
            Error::Validation(tr!("input-malformed"))
        })
    }
}

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GoalInput {
    #[serde(default)]
    pub id: Option<String>,
    pub title: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub success: String,
    #[serde(default)]
    pub identity: String,
    #[serde(default)]
    pub colour: Option<String>,
}

impl GoalInput {
    pub(crate) fn draft(&self) -> GoalDraft {
        GoalDraft {
            title: self.title.clone(),
            why: self.why.clone(),
            success: self.success.clone(),
            identity: self.identity.clone(),
            colour: self.colour.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusInput {
    pub id: String,
    pub status: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveInput {
    pub id: String,
    pub to: usize,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepInput {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub goal_id: Option<String>,
    pub title: String,
    pub cadence: CadenceDto,
    #[serde(default)]
    pub minutes: Option<i64>,
    /// A measurable step's unit and target (absent: simply done).
    #[serde(default)]
    pub measure: Option<MeasureInput>,
}

/// A measure as the step form sends it: amounts as typed.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeasureInput {
    pub unit: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub per: String,
    #[serde(default)]
    pub bound: String,
    #[serde(default)]
    pub usual: String,
}

impl MeasureInput {
    pub(crate) fn draft(&self) -> MeasureDraft {
        MeasureDraft {
            unit: self.unit.clone(),
            target: self.target.clone(),
            per: self.per.clone(),
            bound: self.bound.clone(),
            usual: self.usual.clone(),
        }
    }
}

/// An amount as typed ("2,5" or "2.5"); blank is none.
pub(crate) fn parse_amount(text: Option<&str>) -> Result<Option<Amount>> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Ok(Some(Amount::parse(t)?)),
    }
}

impl StepInput {
    pub(crate) fn draft(&self) -> StepDraft {
        StepDraft {
            title: self.title.clone(),
            cadence: CadenceDraft {
                kind: self.cadence.kind.clone(),
                times_per_week: self.cadence.times_per_week,
                weekdays: self.cadence.weekdays.clone(),
                number: self.cadence.number,
            },
            minutes: self.minutes,
            measure: self.measure.as_ref().map(MeasureInput::draft),
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArchiveInput {
    pub id: String,
    pub archived: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WinInput {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub step_id: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// An earlier day, `YYYY-MM-DD` (absent: today).
    #[serde(default)]
    pub day: Option<String>,
    /// How much, for a measured step, as typed (absent: its usual amount;
    /// in an edit, unchanged).
    #[serde(default)]
    pub amount: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdInput {
    pub id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TickInput {
    pub id: String,
    #[serde(default)]
    pub source: Option<String>,
    /// An earlier day, `YYYY-MM-DD` (absent: today).
    #[serde(default)]
    pub day: Option<String>,
    /// How much, for a measured step, as typed (absent: its usual amount;
    /// in an edit, unchanged).
    #[serde(default)]
    pub amount: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WinEditInput {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub note: String,
    /// The day to move it to, `YYYY-MM-DD` (absent: it stays).
    #[serde(default)]
    pub day: Option<String>,
    /// How much, for a measured step, as typed (absent: its usual amount;
    /// in an edit, unchanged).
    #[serde(default)]
    pub amount: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInput {
    #[serde(default)]
    pub after: Option<String>,
    #[serde(default = "default_page")]
    pub limit: usize,
}

/// A day the window sends, `YYYY-MM-DD`.
pub(crate) fn parse_day(text: &str) -> Result<NaiveDate> {
    text.parse()
        .map_err(|_| Error::Validation(tr!("input-date-day", text = text)))
}

fn default_page() -> usize {
    50
}

/// Where the UI may log from; the other sources belong to other doors.
pub(crate) fn ui_source(source: Option<&str>) -> Result<WinSource> {
    match source.map(WinSource::parse).transpose()? {
        None => Ok(WinSource::Window),
        Some(
            s @ (WinSource::Window
            | WinSource::Quick
            | WinSource::Tray
            | WinSource::Shortcut
            | WinSource::Reminder),
        ) => Ok(s),
        Some(_) => Err(Error::Validation(tr!("input-source"))),
    }
}

pub(crate) fn required_id(id: Option<&String>) -> Result<&str> {
    id.map(String::as_str)
        .ok_or_else(|| Error::Validation(tr!("input-no-id")))
}

/// The wins list cursor travels to the UI as one opaque string.
pub(crate) fn cursor_to_text(c: &Cursor) -> String {
    format!(
        "{}|{}|{}",
        c.local_date,
        c.logged_at.timestamp_millis(),
        c.id
    )
}

pub(crate) fn cursor_from_text(text: &str) -> Result<Cursor> {
    let bad = || Error::Validation(tr!("input-page"));
    let mut parts = text.splitn(3, '|');
    let (Some(day), Some(ms), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let local_date: NaiveDate = day.parse().map_err(|_| bad())?;
    let ms: i64 = ms.parse().map_err(|_| bad())?;
    let logged_at: DateTime<Utc> = Utc.timestamp_millis_opt(ms).single().ok_or_else(bad)?;
    Ok(Cursor {
        local_date,
        logged_at,
        id: WinId::parse(id).map_err(|_| bad())?,
    })
}
