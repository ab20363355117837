//! Cairn's core: everything about small wins that needs no window.
//!
//! `domain` holds the rules (no IO, no clock), `store` all the SQL, `service`
//! the use cases the window, the command line and the tests share, `clock`
//! "now" behind a trait, `error` the one error type and `files` whole-file
//! writes and paths as each OS shows them. This crate does not
//! depend on tauri or any window toolkit, so the compiler keeps the window
//! out of it; see ARCHITECTURE.md for the map and its invariants.

pub mod clock;
pub mod domain;
pub mod error;
pub mod files;
pub mod i18n;
pub mod service;
pub mod store;
#[cfg(feature = "testing")]
pub mod testing;
