//! The command line as a person at a terminal meets it: the real `cairn`
//! binary, its stderr read as text.

use std::process::{Command, Output};

fn cairn(data: &std::path::Path, log: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    command.args(args).env("CAIRN_DATA_DIR", data);
    match log {
        Some(filter) => command.env("CAIRN_LOG", filter),
        None => command.env_remove("CAIRN_LOG"),
    };
    command.output().expect("the cairn binary runs")
}

/// A data folder where the database cannot be opened: its file name is
/// taken by a folder.
fn unopenable() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("cairn.sqlite3")).expect("a folder in the way");
    dir
}

/// Issue 10: `cairn log` on a full disk printed a coloured `ERROR
/// cairn_lib::error: database error` line before the sentence.
#[test]
fn a_failed_command_prints_one_sentence_and_no_log_line() {
    let data = unopenable();
    let out = cairn(data.path(), None, &["log", "stretched"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line, the sentence: {stderr:?}");
    assert!(lines[0].starts_with("cairn: "), "{stderr:?}");
    assert!(lines[0].ends_with('.'), "a whole sentence: {stderr:?}");
    assert!(!stderr.contains("ERROR"), "{stderr:?}");
}

#[test]
fn cairn_log_asks_for_the_detail_without_colours_off_a_terminal() {
    let data = unopenable();
    let out = cairn(data.path(), Some("debug"), &["log", "stretched"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot open database"),
        "the detail: {stderr:?}"
    );
    assert!(!stderr.contains('\u{1b}'), "no ANSI escapes: {stderr:?}");
    let last = stderr.lines().last().unwrap_or_default();
    assert!(last.starts_with("cairn: "), "the sentence last: {stderr:?}");
}
