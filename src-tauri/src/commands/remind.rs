//! Commands for Cairn's own reminder window (`reminder_window`): the
//! reminder it shows, and the person's answer to it.

use serde::Deserialize;
use tauri::{AppHandle, Runtime, State};

use super::Input;
use crate::error::Result;
use crate::reminder_window::{self, Answer, CardDto, ReminderWindow};

/// The reminder the window shows now; `null` when none is due.
#[tauri::command]
pub fn current_reminder(window: State<'_, ReminderWindow>) -> Option<CardDto> {
    window.current()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnswerInput {
    id: u64,
    /// `done`, `later`, `open` or `dismiss`.
    action: String,
}

/// Done, Later, Open Cairn or closing, on the reminder shown as `id`;
/// returns the reminder shown next (`null`: none, and the window hides).
#[tauri::command(async)]
pub fn answer_reminder<R: Runtime>(
    app: AppHandle<R>,
    window: State<'_, ReminderWindow>,
    input: Input<AnswerInput>,
) -> Result<Option<CardDto>> {
    let input = input.get()?;
    let answer = Answer::parse(&input.action)?;
    reminder_window::answer(&app, &window, input.id, answer)
}
