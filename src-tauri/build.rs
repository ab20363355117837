//! Generates Tauri's context and one `allow-<command>` permission per app
//! command (src/commands/list.rs), so capabilities/ can grant exactly those.

include!("src/commands/list.rs");

macro_rules! names {
    ($($name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}

/// Every command the UI invokes, from the one list in src/commands/list.rs.
const COMMANDS: &[&str] = cairn_commands!(names);

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
