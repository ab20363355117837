//! Generates Tauri's context and one `allow-<command>` permission per app
//! command, so capabilities/default.json can grant exactly those.

/// Every command the UI invokes; keep in step with `with_commands` in lib.rs.
const COMMANDS: &[&str] = &[
    "today",
    "list_goals",
    "create_goal",
    "update_goal",
    "set_goal_status",
    "move_goal",
    "add_step",
    "update_step",
    "set_step_archived",
    "move_step",
    "log_win",
    "tick_step",
    "edit_win",
    "delete_win",
    "undo_delete_win",
    "list_wins",
    "first_frame",
    "chronicle",
    "chronicle_day",
    "chronicle_timeline",
    "set_rest_day",
    "clear_rest_day",
    "take_milestones",
    "save_chronicle_image",
    "list_backups",
    "back_up_now",
    "restore_backup",
    "open_backups_folder",
    "export_data",
    "preview_import",
    "run_import",
    "recovery_notice",
    "list_stacks",
    "save_stack",
    "set_stack_enabled",
    "delete_stack",
    "reminder_done",
    "reminder_later",
    "get_reminder_settings",
    "set_quiet_hours",
    "set_snooze_minutes",
    "get_settings",
    "set_shortcut",
    "set_autostart",
    "pause_reminders",
    "resume_reminders",
    "hide_quick",
    "open_main",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
