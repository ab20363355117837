//! The Tauri commands: each parses its input, calls one service function and
//! returns a DTO. Commands that only touch the database run off the main
//! thread (`async`), so they never wait behind window work, nor hold it up.
//!
//! `state` holds what they share (the store, the clock, who hears about
//! changes), `input` the shapes they read, `dto` the shapes they answer with
//! (camelCase, kept apart from the domain types); each other file holds one
//! area's commands. `list.rs` names every command once.

mod dto;
mod files;
pub use files::PickedImport;
mod goals;
mod input;
mod state;
mod wins;

pub mod chronicle;
pub mod data;
pub mod desktop;
pub mod reflections;
pub mod stacks;

// Today's one thing and gentle rewards.
pub mod focus;
pub use focus::*;

pub use chronicle::*;
pub use data::*;
pub use desktop::*;
pub use dto::*;
pub use goals::*;
pub use input::*;
pub use reflections::*;
pub use stacks::*;
pub use state::*;
pub use wins::*;

// A step that fits the week (offers to adjust a step, its story).
pub mod adjust;
pub use adjust::*;

#[cfg(test)]
mod tests;

// Cairn's own reminder window (where notifications have no buttons).
pub mod remind;
pub use remind::*;

// Sync with the person's other computers (Settings).
pub mod sync;
pub use sync::*;

// The language Cairn speaks (the window's catalogue, Settings).
pub mod language;
pub use language::*;

pub mod first_run;
pub use first_run::*;
