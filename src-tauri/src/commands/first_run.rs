//! The first run: finish it (a goal with its identity, its smallest next
//! step and, if chosen, a habit stack's anchor and time, in one write),
//! skip it, or ask for it again from Settings. Whether it shows is part
//! of the `today` answer, so the first frame needs no other request.

use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::Result;
use crate::service::{self};

use super::*;

/// What the first run's screens send.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FirstRunInput {
    pub goal: GoalInput,
    pub step: StepInput,
    /// "After I …" and when; absent when skipped.
    #[serde(default)]
    pub anchor: Option<AnchorInput>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnchorInput {
    pub anchor: String,
    /// `HH:MM`.
    pub time: String,
}

/// What the first run made: Today leads with the step.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct FirstRunDto {
    pub goal: GoalDto,
    pub step: StepDto,
    pub stack_id: Option<String>,
}

#[tauri::command(async)]
pub fn finish_first_run(
    state: State<'_, AppState>,
    input: Input<FirstRunInput>,
) -> Result<FirstRunDto> {
    let input = input.get()?;
    let draft = service::first_run::FirstRunDraft {
        goal: input.goal.draft(),
        step: input.step.draft(),
        anchor: input.anchor.map(|a| service::first_run::StackAnchor {
            anchor: a.anchor,
            time: a.time,
        }),
    };
    let done = state.changed(service::first_run::finish(
        state.store()?,
        state.clock(),
        &draft,
    ))?;
    Ok(FirstRunDto {
        goal: done.goal.into(),
        step: done.step.into(),
        stack_id: done.stack.map(|s| s.id.to_string()),
    })
}

#[tauri::command(async)]
pub fn skip_first_run(state: State<'_, AppState>) -> Result<()> {
    state.changed(service::first_run::skip(state.store()?))
}

#[tauri::command(async)]
pub fn show_first_run_again(state: State<'_, AppState>) -> Result<()> {
    state.changed(service::first_run::show_again(state.store()?))
}
