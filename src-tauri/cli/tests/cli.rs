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

// ---- `cairn sync` (issue 15): two computers, two data folders, one sync
// folder; the same binary a person runs.

fn sync_setup() -> (tempfile::TempDir, tempfile::TempDir, tempfile::TempDir) {
    let folder = tempfile::tempdir().expect("a sync folder");
    let a = tempfile::tempdir().expect("computer A");
    let b = tempfile::tempdir().expect("computer B");
    let f = folder.path().to_str().expect("a plain path");
    for (data, name) in [(&a, "Laptop"), (&b, "Desk")] {
        let on = stdout(&cairn(
            data.path(),
            None,
            &["sync", "--folder", f, "--name", name],
        ));
        assert!(
            on.starts_with(&format!("✓ Sync is on: this computer, “{name}”, writes")),
            "{on}"
        );
        assert!(on.contains("Run `cairn sync now`"), "{on}");
    }
    (folder, a, b)
}

#[test]
fn cairn_sync_carries_a_win_logged_on_one_computer_to_the_other() {
    let (folder, a, b) = sync_setup();
    let logged = stdout(&cairn(a.path(), None, &["log", "Walked to the lake"]));
    assert!(logged.starts_with("✓ Logged"), "{logged}");
    // `cairn log` wrote its change to the folder before it ended.
    let status = stdout(&cairn(a.path(), None, &["sync", "status"]));
    assert!(
        status.contains("Every change made here is in the folder."),
        "{status}"
    );

    let now = stdout(&cairn(b.path(), None, &["sync", "now"]));
    assert!(now.contains("✓ Applied "), "{now}");
    assert!(now.contains(" from “Laptop”."), "{now}");
    let today = stdout(&cairn(b.path(), None, &["today"]));
    assert!(today.contains("Walked to the lake"), "{today}");

    // And back: a one thing chosen on B reaches A.
    stdout(&cairn(b.path(), None, &["focus", "Call Mum"]));
    let now = stdout(&cairn(a.path(), None, &["sync", "now"]));
    assert!(now.contains(" from “Desk”."), "{now}");
    let today = stdout(&cairn(a.path(), None, &["today"]));
    assert!(
        today.starts_with("★ Today's one thing: Call Mum"),
        "{today}"
    );

    // Nothing new the second time.
    let again = stdout(&cairn(a.path(), None, &["sync", "now"]));
    assert_eq!(again, "Nothing new from the other computers.\n");
    drop(folder);
}

#[test]
fn cairn_sync_status_lists_the_folder_this_computer_and_the_others() {
    let (folder, a, b) = sync_setup();
    stdout(&cairn(a.path(), None, &["log", "Stretched"]));
    stdout(&cairn(b.path(), None, &["sync", "now"]));
    for args in [&["sync"][..], &["sync", "status"]] {
        let status = stdout(&cairn(b.path(), None, args));
        let lines: Vec<&str> = status.lines().collect();
        // As the person's OS writes it (no `\\?\` on Windows).
        let canonical = cairn_core::files::canonical(folder.path()).unwrap();
        assert_eq!(
            lines[0],
            format!("Sync folder: {}", cairn_core::files::shown(&canonical)),
            "{status}"
        );
        assert!(lines[1].starts_with("This computer: Desk ("), "{status}");
        assert!(lines[1].contains("), last change "), "{status}");
        assert_eq!(lines[2], "Other computers:", "{status}");
        assert!(lines[3].starts_with("  Laptop, last change "), "{status}");
        assert_eq!(lines[4], "Every change made here is in the folder.");
    }
    // Renaming keeps the folder.
    let same = stdout(&cairn(
        b.path(),
        None,
        &["sync", "--folder", folder.path().to_str().unwrap()],
    ));
    assert!(
        same.starts_with("Sync is already on: this computer, “Desk”"),
        "{same}"
    );
    let renamed = stdout(&cairn(b.path(), None, &["sync", "--name", "Study"]));
    assert_eq!(renamed, "✓ This computer is now called “Study”.\n");
    let status = stdout(&cairn(b.path(), None, &["sync", "status"]));
    assert!(status.contains("This computer: Study ("), "{status}");
}

#[test]
fn cairn_sync_off_stops_writing_and_says_so() {
    let (folder, a, _b) = sync_setup();
    let off = stdout(&cairn(a.path(), None, &["sync", "off"]));
    assert!(off.starts_with("Sync is off on this computer."), "{off}");
    let status = stdout(&cairn(a.path(), None, &["sync"]));
    assert!(
        status.starts_with("Sync is off. Turn it on with"),
        "{status}"
    );
    let files_before = count_files(folder.path());
    stdout(&cairn(a.path(), None, &["log", "Read a chapter"]));
    assert_eq!(count_files(folder.path()), files_before, "nothing written");
    let again = stdout(&cairn(a.path(), None, &["sync", "off"]));
    assert_eq!(again, "Sync was already off on this computer.\n");
    let out = cairn(a.path(), None, &["sync", "now"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim_end(),
        "cairn: Sync is not on yet. Choose a sync folder first: `cairn sync --folder PATH --name NAME`."
    );
}

#[test]
fn a_log_with_the_sync_folder_gone_is_saved_with_a_note() {
    let (folder, a, _b) = sync_setup();
    let path = folder.path().to_owned();
    drop(folder);
    let out = cairn(a.path(), None, &["log", "Watered the plants"]);
    let logged = stdout(&out);
    assert!(logged.starts_with("✓ Logged"), "{logged}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("cairn: The sync folder ") && lines[0].contains("not there right now"),
        "{stderr}"
    );
    assert!(!path.exists(), "nothing made in the folder's place");
    let status = stdout(&cairn(a.path(), None, &["sync", "status"]));
    assert!(
        status.contains(" changes made here are not in the folder yet"),
        "{status}"
    );
}

#[test]
fn cairn_sync_with_a_folder_that_is_not_there_says_so() {
    let data = tempfile::tempdir().expect("a data folder");
    let missing = data.path().join("nowhere");
    let out = cairn(
        data.path(),
        None,
        &["sync", "--folder", missing.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("cairn: The folder ") && stderr.contains("is not there"),
        "{stderr}"
    );
    let out = cairn(data.path(), None, &["sync", "--folder", "x", "now"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a folder and an action conflict"
    );
}

fn count_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count_files(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

// ---- In the person's language: CAIRN_LANG, before and after the store opens.

fn cairn_in(lang: &str, data: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cairn"))
        .args(args)
        .env("CAIRN_DATA_DIR", data)
        .env("CAIRN_LANG", lang)
        .env_remove("CAIRN_LOG")
        .output()
        .expect("the cairn binary runs")
}

#[test]
fn cairn_speaks_german_when_asked() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let logged = stdout(&cairn_in("de", data.path(), &["log", "Zum See spaziert"]));
    assert!(
        logged.starts_with("✓ „Zum See spaziert“ notiert. Heute 1 Erfolg.\n"),
        "{logged}"
    );
    let today = stdout(&cairn_in("de", data.path(), &["today"]));
    let first = today.lines().next().unwrap_or_default();
    let weekday = [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ];
    assert!(
        weekday.iter().any(|d| first.starts_with(&format!("{d}, "))),
        "a German date: {today}"
    );
    assert!(first.ends_with(": 1 Erfolg"), "{today}");
    assert!(
        today.ends_with("Heute wartet sonst nichts auf dich.\n"),
        "{today}"
    );
    let help = cairn_in("de", data.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("Cairn: Notiere kleine Erfolge und sieh, wie weit du gekommen bist."),
        "{help}"
    );
    assert!(
        help.contains("Einen Erfolg notieren und ausgeben."),
        "{help}"
    );
    // clap's own words too: the headings and the help line.
    for words in [
        "Aufruf: cairn [BEFEHL]",
        "Befehle:",
        "Optionen:",
        "Hilfe anzeigen",
    ] {
        assert!(help.contains(words), "{words} in {help}");
    }
    // A command line it cannot read: a sentence in German, exit 2,
    // nothing written.
    let typo = cairn_in("de", data.path(), &["lgo", "Spaziert"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(typo.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&typo.stderr),
        "cairn: Einen Befehl „lgo“ gibt es nicht.\n\nAufruf: cairn [BEFEHL]\n\n`cairn --help` zeigt, was Cairn versteht.\n"
    );
}

#[test]
fn cairn_speaks_spanish_when_asked() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let logged = stdout(&cairn_in("es", data.path(), &["log", "Caminé"]));
    assert!(
        logged.starts_with("✓ Anotado «Caminé». 1 logro hoy.\n"),
        "{logged}"
    );
    let out = cairn_in("es", data.path(), &["focus", "--step", "nada"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "cairn: No hay ningún paso abierto llamado «nada» (todavía no hay ninguno)."
    );
}

#[test]
fn the_pseudo_locale_wraps_every_line() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let logged = stdout(&cairn_in("en-XA", data.path(), &["log", "Walked"]));
    for line in logged.lines() {
        assert!(
            line.starts_with('⟦') && line.ends_with('⟧'),
            "wrapped: {logged}"
        );
    }
    assert!(
        logged.contains("Walked"),
        "the person's words stay: {logged}"
    );
    let today = stdout(&cairn_in("en-XA", data.path(), &["today"]));
    let first = today.lines().next().unwrap_or_default();
    assert!(first.starts_with("⟦⟦"), "the date inside the line: {today}");
}
