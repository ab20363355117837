//! A step that fits the week: Today's one offer ("Make it smaller?", "Ready
//! for a bit more?"), taking it, setting it aside, a few rest days; and the
//! step's story as the Chronicle tells it.

use serde::{Deserialize, Serialize};
use tauri::State;

use super::{AppState, CadenceDto, IdInput, Input, MeasureInput, StepDto};
use crate::domain::adjust::{Choice, OfferKind, StoryEntry, REST_DAYS};
use crate::domain::{Cadence, StepId};
use crate::error::Result;
use crate::service::adjust::{self, StepOffer};
use crate::service::steps::{CadenceDraft, StepDraft};

// ---- DTOs -------------------------------------------------------------

/// A cadence as the UI reads it (as in `StepDto`).
pub fn cadence_dto(c: Cadence) -> CadenceDto {
    CadenceDto {
        kind: c.kind().into(),
        times_per_week: match c {
            Cadence::TimesPerWeek(n) => Some(n.into()),
            _ => None,
        },
        weekdays: match c {
            Cadence::Weekdays(days) => days.days().into_iter().map(i64::from).collect(),
            _ => Vec::new(),
        },
        number: c.rhythm_number().map(i64::from),
    }
}

/// One way to answer an offer.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceDto {
    /// `target`, `minutes`, `cadence`, `words`, `rest` or `keep`.
    pub kind: &'static str,
    /// For `target`: the measured step's new target amount (its unit,
    /// period and bound stay).
    pub target: Option<f64>,
    pub minutes: Option<u16>,
    pub cadence: Option<CadenceDto>,
    /// For `rest`: how many days, today first.
    pub days: Option<i64>,
}

impl From<Choice> for ChoiceDto {
    fn from(c: Choice) -> Self {
        let target = match c {
            Choice::Target(t) => Some(t.amount.units()),
            _ => None,
        };
        let (kind, minutes, cadence, days) = match c {
            Choice::Target(_) => ("target", None, None, None),
            Choice::Minutes(m) => ("minutes", Some(m), None, None),
            Choice::Cadence(c) => ("cadence", None, Some(cadence_dto(c)), None),
            Choice::Words => ("words", None, None, None),
            Choice::Rest => ("rest", None, None, Some(REST_DAYS)),
            Choice::Keep => ("keep", None, None, None),
        };
        ChoiceDto {
            kind,
            target,
            minutes,
            cadence,
            days,
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StepOfferDto {
    pub step: StepDto,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    /// `smaller` or `bigger`.
    pub kind: &'static str,
    pub choices: Vec<ChoiceDto>,
}

impl From<StepOffer> for StepOfferDto {
    fn from(o: StepOffer) -> Self {
        StepOfferDto {
            goal_title: o.goal.as_ref().map(|g| g.title.clone()),
            goal_colour: o.goal.map(|g| g.colour),
            kind: o.kind.as_str(),
            choices: o.choices.into_iter().map(Into::into).collect(),
            step: o.step.into(),
        }
    }
}

/// One line of a step's story; only what changes in the story is set.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StoryEntryDto {
    pub since: String,
    /// `start`, `smaller`, `bigger` or `edit`.
    pub reason: &'static str,
    pub title: Option<String>,
    pub cadence: Option<CadenceDto>,
    /// Whether the minutes are told (`minutes` null: no set time).
    pub shows_minutes: bool,
    pub minutes: Option<u16>,
}

impl From<StoryEntry> for StoryEntryDto {
    fn from(e: StoryEntry) -> Self {
        StoryEntryDto {
            since: e.since.to_string(),
            reason: e.reason.as_str(),
            title: e.title,
            cadence: e.cadence.map(cadence_dto),
            shows_minutes: e.minutes.is_some(),
            minutes: e.minutes.flatten(),
        }
    }
}

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdjustInput {
    id: String,
    /// `smaller` or `bigger`: which offer was taken.
    kind: String,
    title: String,
    cadence: CadenceDto,
    #[serde(default)]
    minutes: Option<i64>,
    /// A measured step's measure with the offer's new target.
    #[serde(default)]
    measure: Option<MeasureInput>,
}

// ---- commands ---------------------------------------------------------

/// Today's one offer, or `null`.
#[tauri::command(async)]
pub fn step_offer(state: State<'_, AppState>) -> Result<Option<StepOfferDto>> {
    Ok(adjust::step_offer(state.store()?, state.clock())?.map(Into::into))
}

/// Takes an offer: the step as `input` from today.
#[tauri::command(async)]
pub fn adjust_step(state: State<'_, AppState>, input: Input<AdjustInput>) -> Result<StepDto> {
    let input = input.get()?;
    let id = StepId::parse(&input.id)?;
    let kind = OfferKind::parse(&input.kind)?;
    let draft = StepDraft {
        title: input.title,
        cadence: CadenceDraft {
            kind: input.cadence.kind,
            times_per_week: input.cadence.times_per_week,
            weekdays: input.cadence.weekdays,
            number: input.cadence.number,
        },
        minutes: input.minutes,
        measure: input.measure.as_ref().map(MeasureInput::draft),
    };
    state
        .changed(adjust::adjust_step(
            state.store()?,
            state.clock(),
            &id,
            kind,
            &draft,
        ))
        .map(Into::into)
}

/// "Not now" or "Keep it as it is": quiet for two weeks. Returns the day
/// the offer may come back.
#[tauri::command(async)]
pub fn dismiss_step_offer(state: State<'_, AppState>, input: Input<IdInput>) -> Result<String> {
    let id = StepId::parse(&input.get()?.id)?;
    state
        .changed(adjust::dismiss_offer(state.store()?, state.clock(), &id))
        .map(|d| d.to_string())
}

/// "A few rest days" for the step, today first. Returns the days.
#[tauri::command(async)]
pub fn rest_step_a_few_days(
    state: State<'_, AppState>,
    input: Input<IdInput>,
) -> Result<Vec<String>> {
    let id = StepId::parse(&input.get()?.id)?;
    state
        .changed(adjust::rest_a_few_days(state.store()?, state.clock(), &id))
        .map(|days| days.into_iter().map(|d| d.to_string()).collect())
}
