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

/// Steps made through the core on the data folder's database, as the
/// window would make them.
fn with_steps(titles: &[&str]) -> tempfile::TempDir {
    use cairn_core::service::{steps::add_step, test_support::step_draft};
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = cairn_core::store::Store::open_in(dir.path()).expect("a store");
    let clock = cairn_core::clock::SystemClock;
    for title in titles {
        add_step(&store, &clock, None, &step_draft(title, "daily")).expect("a step");
    }
    dir
}

fn stdout(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn cairn_focus_sets_the_one_thing_that_today_prints_first_and_log_celebrates() {
    let data = with_steps(&["Write one paragraph", "Read one abstract"]);
    let set = stdout(&cairn(data.path(), None, &["focus", "Call Mum"]));
    assert_eq!(set, "★ Today's one thing: Call Mum\n");
    let today = stdout(&cairn(data.path(), None, &["today"]));
    assert_eq!(
        today.lines().next(),
        Some("★ Today's one thing: Call Mum"),
        "{today}"
    );
    let logged = stdout(&cairn(data.path(), None, &["log", "Call Mum"]));
    assert!(
        logged.contains("★ That was today's one thing: the day's main win."),
        "{logged}"
    );
    let today = stdout(&cairn(data.path(), None, &["today"]));
    assert!(
        today.starts_with("★ Today's one thing: Call Mum  ✓ done\n"),
        "{today}"
    );

    let by_step = stdout(&cairn(data.path(), None, &["focus", "--step", "write"]));
    assert_eq!(by_step, "★ Today's one thing: Write one paragraph\n");
    let cleared = stdout(&cairn(data.path(), None, &["focus", "--clear"]));
    assert!(
        cleared.starts_with("Today's one thing is cleared."),
        "{cleared}"
    );
    let none = stdout(&cairn(data.path(), None, &["focus"]));
    assert!(none.starts_with("No one thing for today yet."), "{none}");
}

#[test]
fn cairn_focus_step_says_what_matched_when_not_exactly_one() {
    let data = with_steps(&["Write one paragraph", "Write a letter"]);
    for (name, words) in [
        ("garden", "There is no open step called \"garden\". Try one of: Write one paragraph, Write a letter."),
        ("write", "\"write\" could be any of 2 open steps: Write one paragraph, Write a letter. Write more of the name."),
    ] {
        let out = cairn(data.path(), None, &["focus", "--step", name]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end(), format!("cairn: {words}"));
    }
    let out = cairn(data.path(), None, &["focus", "a", "--step", "write"]);
    assert_eq!(out.status.code(), Some(2), "text and a step conflict");
}
