//! What Cargo cannot check about Cairn's boundaries (ARCHITECTURE.md,
//! "Invariants"), checked over the source text, in the manner of
//! rust-analyzer's tidy test: rusqlite only in the store, "now" only from
//! the clock, no IO in the rules, user text never parsed as HTML, one door
//! to the backend and one list of commands, a `//!` header on each module.
//! (That only the app crate can use tauri is Cargo's to enforce: cairn-core
//! does not depend on it.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the repository holds src-tauri")
        .to_owned()
}

/// Every file under `dir` (relative to the repository) ending in `ext`,
/// with its text.
fn files(dir: &str, ext: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut todo = vec![repo().join(dir)];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("a source folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                let text = std::fs::read_to_string(&path).expect("a text file");
                let name = path
                    .strip_prefix(repo())
                    .expect("inside the repository")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((name, text));
            }
        }
    }
    out.sort();
    out
}

/// The Rust sources of the three crates (not their tests, benches or
/// examples, which may take shortcuts).
fn rust_sources() -> Vec<(String, String)> {
    ["src-tauri/core/src", "src-tauri/cli/src", "src-tauri/src"]
        .iter()
        .flat_map(|d| files(d, "rs"))
        .collect()
}

/// Lines of `text` that contain `needle` outside a `//` comment.
fn code_lines_with<'a>(text: &'a str, needle: &str) -> Vec<&'a str> {
    text.lines()
        .filter(|l| {
            let code = l.split("//").next().unwrap_or_default();
            code.contains(needle)
        })
        .collect()
}

fn offenders(
    sources: &[(String, String)],
    needles: &[&str],
    allowed: impl Fn(&str) -> bool,
) -> Vec<String> {
    sources
        .iter()
        .filter(|(name, _)| !allowed(name))
        .flat_map(|(name, text)| {
            needles.iter().flat_map(move |n| {
                code_lines_with(text, n)
                    .into_iter()
                    .map(move |l| format!("{name}: {}", l.trim()))
            })
        })
        .collect()
}

#[test]
fn rusqlite_only_in_the_store() {
    let found = offenders(&rust_sources(), &["rusqlite"], |name| {
        name.starts_with("src-tauri/core/src/store/")
            // It turns SQLite's failures into sentences.
            || name == "src-tauri/core/src/error.rs"
    });
    assert!(found.is_empty(), "SQL belongs in store/: {found:#?}");
}

#[test]
fn now_comes_only_from_the_clock() {
    let found = offenders(
        &rust_sources(),
        &["Utc::now", "Local::now", "SystemTime::now", "Local::today"],
        |name| name == "src-tauri/core/src/clock.rs",
    );
    assert!(found.is_empty(), "pass a Clock in instead: {found:#?}");
}

#[test]
fn the_rules_do_no_io() {
    let domain: Vec<_> = rust_sources()
        .into_iter()
        .filter(|(name, _)| name.starts_with("src-tauri/core/src/domain/"))
        .collect();
    assert!(!domain.is_empty());
    let found = offenders(
        &domain,
        &[
            "std::fs",
            "std::io",
            "std::net",
            "std::process",
            "std::env",
            "crate::store",
            "crate::service",
        ],
        |_| false,
    );
    assert!(found.is_empty(), "domain/ is rules only: {found:#?}");
}

#[test]
fn user_text_is_never_parsed_as_html() {
    let found = offenders(
        &files("ui", "js"),
        &[
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ],
        |_| false,
    );
    assert!(
        found.is_empty(),
        "build nodes with dom.js instead: {found:#?}"
    );
}

#[test]
fn api_js_is_the_one_door_and_calls_exactly_the_listed_commands() {
    let ui = files("ui", "js");
    let doors: Vec<&str> = ui
        .iter()
        .filter(|(_, text)| !code_lines_with(text, "invoke(").is_empty())
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(doors, ["ui/api.js"], "only ui/api.js calls invoke");
    let api = &ui
        .iter()
        .find(|(name, _)| name == "ui/api.js")
        .expect("ui/api.js")
        .1;
    let called: BTreeSet<&str> = api
        .split("call(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let listed: BTreeSet<&str> = cairn_lib::COMMANDS.iter().copied().collect();
    assert_eq!(
        called, listed,
        "ui/api.js and src-tauri/src/commands/list.rs name the same commands"
    );
}

#[test]
fn every_module_says_its_job() {
    let missing: Vec<String> = rust_sources()
        .into_iter()
        // Included into lib.rs and build.rs, where `//!` cannot stand.
        .filter(|(name, _)| name != "src-tauri/src/commands/list.rs")
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(name, _)| name)
        .collect();
    assert!(
        missing.is_empty(),
        "a `//!` header says what each file does: {missing:?}"
    );
}
