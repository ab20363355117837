//! `cairn-app`, the window: see lib.rs. (`cairn`, the command line, opens it.)

// Keep a console-less window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    cairn_lib::run()
}
