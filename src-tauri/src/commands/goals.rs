//! Goals and their steps: list, create, edit, reorder, pause, archive.

use tauri::State;

use crate::domain::{GoalId, GoalStatus, StepId};
use crate::error::Result;
use crate::service::{self};

use super::*;

#[tauri::command(async)]
pub fn list_goals(state: State<'_, AppState>) -> Result<Vec<GoalDto>> {
    Ok(service::goals::list_goals(state.store()?)?
        .into_iter()
        .map(|gs| GoalDto {
            steps: gs.steps.into_iter().map(Into::into).collect(),
            ..gs.goal.into()
        })
        .collect())
}

#[tauri::command(async)]
pub fn create_goal(state: State<'_, AppState>, input: Input<GoalInput>) -> Result<GoalDto> {
    let input = input.get()?;
    state.changed(
        service::goals::create_goal(state.store()?, state.clock(), &input.draft()).map(Into::into),
    )
}

#[tauri::command(async)]
pub fn update_goal(state: State<'_, AppState>, input: Input<GoalInput>) -> Result<GoalDto> {
    let input = input.get()?;
    let id = GoalId::parse(required_id(input.id.as_ref())?)?;
    state.changed(
        service::goals::update_goal(state.store()?, state.clock(), &id, &input.draft())
            .map(Into::into),
    )
}

#[tauri::command(async)]
pub fn set_goal_status(state: State<'_, AppState>, input: Input<StatusInput>) -> Result<GoalDto> {
    let input = input.get()?;
    let (id, status) = (GoalId::parse(&input.id)?, GoalStatus::parse(&input.status)?);
    state.changed(
        service::goals::set_goal_status(state.store()?, state.clock(), &id, status).map(Into::into),
    )
}

#[tauri::command(async)]
pub fn move_goal(state: State<'_, AppState>, input: Input<MoveInput>) -> Result<()> {
    let input = input.get()?;
    state.changed(
        service::goals::move_goal(state.store()?, &GoalId::parse(&input.id)?, input.to).map(drop),
    )
}

#[tauri::command(async)]
pub fn add_step(state: State<'_, AppState>, input: Input<StepInput>) -> Result<StepDto> {
    let input = input.get()?;
    let goal = input.goal_id.as_deref().map(GoalId::parse).transpose()?;
    state
        .changed(service::steps::add_step(
            state.store()?,
            state.clock(),
            goal.as_ref(),
            &input.draft(),
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn update_step(state: State<'_, AppState>, input: Input<StepInput>) -> Result<StepDto> {
    let input = input.get()?;
    let id = StepId::parse(required_id(input.id.as_ref())?)?;
    state.changed(
        service::steps::update_step(state.store()?, state.clock(), &id, &input.draft())
            .map(Into::into),
    )
}

#[tauri::command(async)]
pub fn set_step_archived(
    state: State<'_, AppState>,
    input: Input<ArchiveInput>,
) -> Result<StepDto> {
    let input = input.get()?;
    let id = StepId::parse(&input.id)?;
    state
        .changed(service::steps::set_step_archived(
            state.store()?,
            state.clock(),
            &id,
            input.archived,
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn move_step(state: State<'_, AppState>, input: Input<MoveInput>) -> Result<()> {
    let input = input.get()?;
    state.changed(
        service::steps::move_step(state.store()?, &StepId::parse(&input.id)?, input.to).map(drop),
    )
}
