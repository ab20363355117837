//! Today and wins: the Today view, logging (free or a step's ✓), editing,
//! deleting with undo, and the paged list.

use tauri::State;

use crate::domain::{GoalId, StepId, WinId};
use crate::error::Result;
use crate::service::{self, wins::WinDraft};

use super::*;

#[tauri::command(async)]
pub fn today(state: State<'_, AppState>) -> Result<TodayDto> {
    service::today::today(state.store()?, state.clock()).map(Into::into)
}

#[tauri::command(async)]
pub fn log_win(state: State<'_, AppState>, input: Input<WinInput>) -> Result<LoggedDto> {
    let input = input.get()?;
    let draft = WinDraft {
        text: input.text,
        note: input.note,
        goal: input.goal_id.as_deref().map(GoalId::parse).transpose()?,
        step: input.step_id.as_deref().map(StepId::parse).transpose()?,
        source: ui_source(input.source.as_deref())?,
        amount: parse_amount(input.amount.as_deref())?,
    };
    let day = input.day.as_deref().map(parse_day).transpose()?;
    state.changed(
        service::wins::log_win_on(state.store()?, state.clock(), &draft, day).map(Into::into),
    )
}

#[tauri::command(async)]
pub fn tick_step(state: State<'_, AppState>, input: Input<TickInput>) -> Result<LoggedDto> {
    let input = input.get()?;
    let id = StepId::parse(&input.id)?;
    let source = ui_source(input.source.as_deref())?;
    let day = input.day.as_deref().map(parse_day).transpose()?;
    let amount = parse_amount(input.amount.as_deref())?;
    state.changed(
        service::wins::tick_step_with(state.store()?, state.clock(), &id, source, day, amount)
            .map(Into::into),
    )
}

#[tauri::command(async)]
pub fn edit_win(state: State<'_, AppState>, input: Input<WinEditInput>) -> Result<WinDto> {
    let input = input.get()?;
    let id = WinId::parse(&input.id)?;
    let day = input.day.as_deref().map(parse_day).transpose()?;
    let amount = parse_amount(input.amount.as_deref())?;
    state
        .changed(service::wins::edit_win_with(
            state.store()?,
            state.clock(),
            &id,
            &input.text,
            &input.note,
            day,
            amount,
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn delete_win(state: State<'_, AppState>, input: Input<IdInput>) -> Result<()> {
    let id = WinId::parse(&input.get()?.id)?;
    state.changed(service::wins::delete_win(
        state.store()?,
        state.clock(),
        &id,
    ))
}

#[tauri::command(async)]
pub fn undo_delete_win(state: State<'_, AppState>, input: Input<IdInput>) -> Result<WinDto> {
    let id = WinId::parse(&input.get()?.id)?;
    state
        .changed(service::wins::undo_delete_win(state.store()?, state.clock(), &id).map(Into::into))
}

#[tauri::command(async)]
pub fn list_wins(state: State<'_, AppState>, input: Input<PageInput>) -> Result<WinPageDto> {
    let input = input.get()?;
    let after = input.after.as_deref().map(cursor_from_text).transpose()?;
    let page = service::wins::list_wins(state.store()?, after.as_ref(), input.limit)?;
    Ok(WinPageDto {
        wins: page.wins.into_iter().map(Into::into).collect(),
        next: page.next.as_ref().map(cursor_to_text),
    })
}
