//! What Cargo cannot check about Cairn's boundaries (ARCHITECTURE.md,
//! "Invariants"), checked over the source text, in the manner of
//! rust-analyzer's tidy test: rusqlite only in the store, "now" only from
//! the clock, no IO in the rules, user text never parsed as HTML, one door
//! to the backend and one list of commands, a `//!` header on each module,
//! no word that blames ("failed", "missed", "streak"…) in what a person
//! reads, and service/'s two layers (use cases reach each other only
//! through `service/ops/`, with a list of what is left to move).
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

/// WebKitGTK never frees an element whose `style` object was touched once
/// it leaves the page (the soak of issue 23 measured 150 MB per thousand
/// Today redraws); colours go through `setColour` in dom.js instead.
#[test]
fn redrawn_elements_never_touch_their_style_object() {
    let found = offenders(
        &files("ui", "js"),
        &[
            ".style.setProperty",
            ".style.removeProperty",
            ".style.cssText",
        ],
        |_| false,
    );
    assert!(
        found.is_empty(),
        "give colours with setColour (dom.js): {found:#?}"
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

/// Words Cairn's voice never uses: a miss is data, never a loss.
const UNKIND: &[&str] = &["failed", "failure", "lost", "broken", "streak", "missed"];

/// The quoted texts of a line (`"…"`, `'…'` and, in JavaScript, `` `…` ``).
fn quoted(line: &str, quotes: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quotes.contains(&c) {
            let mut text = String::new();
            while let Some(d) = chars.next() {
                if d == '\\' {
                    chars.next();
                } else if d == c {
                    break;
                } else {
                    text.push(d);
                }
            }
            out.push(text);
        }
    }
    out
}

/// The unkind words in `texts`, whole words, any case.
fn unkind_in(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .filter(|t| {
            let lower = t.to_lowercase();
            lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| UNKIND.contains(&w))
        })
        .cloned()
        .collect()
}

/// Lines that only speak to a developer: logs, panics in tests, comments.
fn for_developers(line: &str) -> bool {
    let code = line.trim_start();
    code.starts_with("//")
        || code.starts_with("*")
        || code.starts_with("#[")
        || [
            "tracing::",
            "debug!(",
            "info!(",
            "warn!(",
            "error!(",
            "console.",
            "expect(",
        ]
        .iter()
        .any(|n| line.contains(n))
}

/// What the window and the command line say to a person, scanned for words
/// that blame: the UI's quoted texts and HTML, and every string literal in
/// the Rust sources outside logs and test modules.
#[test]
fn no_unkind_words_reach_a_person() {
    let mut found = Vec::new();
    for (name, text) in files("ui", "js").into_iter().chain(files("ui", "html")) {
        for line in text.lines().filter(|l| !for_developers(l)) {
            let texts = if name.ends_with(".html") {
                vec![line.to_owned()]
            } else {
                quoted(line, &['"', '\'', '`'])
            };
            found.extend(
                unkind_in(&texts)
                    .into_iter()
                    .map(|t| format!("{name}: {t}")),
            );
        }
    }
    for (name, text) in rust_sources() {
        // Test modules come last in a file; they may say anything.
        let shipped = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in shipped.lines().filter(|l| !for_developers(l)) {
            found.extend(
                unkind_in(&quoted(line, &['"']))
                    .into_iter()
                    .map(|t| format!("{name}: {t}")),
            );
        }
    }
    assert!(found.is_empty(), "say it kindly: {found:#?}");
}

/// Words that blame, in each catalogue's language, as stems: a word that
/// starts with one is refused ("verpasst", "verpassten").
const UNKIND_BY_LANGUAGE: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "versag",
            "gescheitert",
            "verlor",
            "verpass",
            "fehlschlag",
            "serie",
        ],
    ),
    (
        "es",
        &["fallaste", "fracas", "fallid", "perdid", "perdiste"],
    ),
];

/// The text of each message line of a catalogue (comments left out).
fn catalogue_lines(id: &str) -> Vec<String> {
    let text = cairn_core::i18n::catalogue::source(id).expect("a catalogue");
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| l.split_once('=').map_or(l, |(_, v)| v).to_lowercase())
        .collect()
}

#[test]
fn no_catalogue_blames_in_its_language() {
    let mut found = Vec::new();
    for (id, _) in cairn_core::i18n::LANGUAGES {
        let lines = catalogue_lines(id);
        found.extend(
            unkind_in(&lines)
                .into_iter()
                .map(|l| format!("{id}.ftl: {}", l.trim())),
        );
        let stems = UNKIND_BY_LANGUAGE
            .iter()
            .find(|(l, _)| l == id)
            .map_or(&[][..], |(_, s)| *s);
        for line in &lines {
            let blames = line
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| stems.iter().any(|s| w.starts_with(s)));
            if blames {
                found.push(format!("{id}.ftl: {}", line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "say it kindly, in every language: {found:#?}"
    );
}

/// The message ids a text asks for literally: `tr!("id"` in Rust,
/// `t("id"` in JavaScript, `data-l10n-id="id"` and `data-l10n-attrs` in
/// HTML (and in JavaScript that sets them).
fn asked_for(text: &str, rust: bool) -> Vec<String> {
    // Comments may show an example id.
    let code: String = text
        .lines()
        .filter(|l| {
            !["//", "*", "/*"]
                .iter()
                .any(|c| l.trim_start().starts_with(c))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let text = code.as_str();
    let mut ids = Vec::new();
    let openers: &[&str] = if rust {
        &["tr!(\""]
    } else {
        &["t(\"", "t('", "data-l10n-id=\"", "l10nId = \""]
    };
    for opener in openers {
        let mut rest = text;
        while let Some(at) = rest.find(opener) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + opener.len()..];
            // `t(` only as its own name, not `set(` or `.at(`.
            if !rust
                && opener.starts_with('t')
                && before.is_some_and(|c| c.is_alphanumeric() || "_$.".contains(c))
            {
                continue;
            }
            let close = opener.chars().last().unwrap_or('"');
            if let Some(end) = rest.find(close) {
                let id = &rest[..end];
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-.".contains(c))
                {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    let mut rest = text;
    while let Some(at) = rest.find("data-l10n-attrs=\"") {
        rest = &rest[at + "data-l10n-attrs=\"".len()..];
        let end = rest.find('"').unwrap_or(0);
        for pair in rest[..end].split(',') {
            if let Some((_, id)) = pair.split_once(':') {
                ids.push(id.trim().to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_asks_for_is_in_the_english_catalogue() {
    use cairn_core::i18n::{locale::Resolved, Language};
    let english: BTreeSet<String> = Language::get(&Resolved::from_tag("en"))
        .message_ids()
        .into_iter()
        .collect();
    let mut unknown = Vec::new();
    let sources = rust_sources().into_iter().map(|f| (f, true)).chain(
        files("ui", "js")
            .into_iter()
            .chain(files("ui", "html"))
            .map(|f| (f, false)),
    );
    // The window is handed only its own sections of the catalogue.
    let window = cairn_core::i18n::window::ids();
    let mut not_handed = Vec::new();
    let mut asked = 0;
    for ((name, text), rust) in sources {
        for id in asked_for(&text, rust) {
            asked += 1;
            if !english.contains(&id) {
                unknown.push(format!("{name}: {id}"));
            } else if !rust && !window.contains(id.split('.').next().unwrap_or(&id)) {
                not_handed.push(format!("{name}: {id}"));
            }
        }
    }
    assert!(asked > 0, "the scan found no message asked for");
    assert!(unknown.is_empty(), "messages not in en.ftl: {unknown:#?}");
    assert!(
        not_handed.is_empty(),
        "the window asks for messages outside en.ftl's `## ── window` sections: {not_handed:#?}"
    );
}

/// A quoted text that reads like words for a person: it starts with a
/// capital and a small letter and has a space ("Log a win", "Nothing was
/// saved."), and is no code (a selector, a format string of code).
fn reads_like_words(text: &str) -> bool {
    let mut chars = text.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return false;
    };
    a.is_uppercase()
        && b.is_lowercase()
        && text.contains(' ')
        && !text.contains(['[', '=', '{', '<', '#', '/'])
}

/// A template literal's own words, its `${…}` left out: a capitalised word
/// ("Removed: ${text}.") or two words ("and ${n} more") are for a person.
fn template_words(text: &str) -> bool {
    let mut own = String::new();
    let mut depth = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek() == Some(&'{') {
            depth += 1;
            chars.next();
            // A placeholder glued to a word makes it code ("goal:${id}").
            own.push('\u{1}');
        } else if c == '}' && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            own.push(c);
        }
    }
    // A command to type ("cairn log …") and code (selectors, paths) are
    // not words for a person.
    if own.trim_start().starts_with("cairn ") || own.contains(['[', '=', '#', '/', '<', '-', '_']) {
        return false;
    }
    let words: Vec<&str> = own
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| "’'.,:;?!“”".contains(c)))
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        .collect();
    // A capitalised word ("Removed: ${text}.") or two words ("and ${n} more").
    words.len() >= 2 || words.iter().any(|w| w.starts_with(char::is_uppercase))
}

/// No sentence a person reads is written in the code: every one is in the
/// catalogues (`src-tauri/core/locales/`). The pseudo-locale test
/// (`tests/tests/languages.rs`) checks the window's screens; this scan
/// covers the Rust sentences and what no screen shows at the moment.
#[test]
fn no_sentence_is_written_outside_the_catalogue() {
    let mut found = Vec::new();
    for (name, text) in files("ui", "js") {
        for line in text
            .lines()
            .filter(|l| !for_developers(l) && !l.trim_start().starts_with("/*"))
        {
            // A comment after the code may quote an example.
            let line = line.split(" // ").next().unwrap_or_default();
            for q in quoted(line, &['"', '\'', '`']) {
                if reads_like_words(&q) {
                    found.push(format!("{name}: {q}"));
                }
            }
            for q in quoted(line, &['`']) {
                if template_words(&q) {
                    found.push(format!("{name}: `{q}`"));
                }
            }
        }
    }
    for (name, text) in files("ui", "html") {
        // Text between tags, outside elements the catalogue fills in.
        // The window's title is set by the page (router.js) before it shows.
        for line in text
            .lines()
            .filter(|l| !l.contains("data-l10n-id") && !l.contains("<title>"))
        {
            for piece in line
                .split('<')
                .filter_map(|p| p.split_once('>').map(|(_, t)| t.trim()))
            {
                if piece.chars().any(char::is_alphabetic) {
                    found.push(format!("{name}: {piece}"));
                }
            }
        }
    }
    for (name, text) in rust_sources() {
        // The catalogue's own code, test modules kept in a file of their
        // own and the test helpers (`testing.rs`) say no word to a person.
        if name.contains("/i18n/") || name.ends_with("/tests.rs") || name.ends_with("/testing.rs") {
            continue;
        }
        let shipped = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in shipped.lines().filter(|l| !for_developers(l)) {
            for q in quoted(line, &['"']) {
                // A format string's placeholders read as a template's.
                let template = q.contains('{')
                    && !name.contains("/store/")
                    && template_words(&q.replace('{', "${"));
                if reads_like_words(&q) || template {
                    found.push(format!("{name}: {q}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words for a person belong in the catalogue: {found:#?}"
    );
}

/// The use-case modules of `service/` a source names through `prefixes`
/// (`super::x::`, `crate::service::x::`, …), its tests left out.
fn use_cases_named(
    text: &str,
    use_cases: &BTreeSet<String>,
    prefixes: &[&str],
) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut named = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default();
        for prefix in prefixes {
            for (i, _) in line.match_indices(prefix) {
                let rest = &line[i + prefix.len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if use_cases.contains(&name) {
                    named.insert(name);
                }
            }
        }
    }
    named
}

/// service/ has two layers: a use case (a file or folder beside `ops/`)
/// never names another use case outside its tests; what two share lives
/// in `ops/`, which never names a use case.
#[test]
fn use_cases_reach_each_other_only_through_ops() {
    let service = repo().join("src-tauri/core/src/service");
    let use_cases: BTreeSet<String> = std::fs::read_dir(&service)
        .expect("service/")
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".rs").unwrap_or(&name).to_owned();
            (stem != "mod" && stem != "ops").then_some(stem)
        })
        .collect();
    let mut found = BTreeSet::new();
    let mut ops_calls_up = Vec::new();
    for (name, text) in files("src-tauri/core/src/service", "rs") {
        let inside = name.trim_start_matches("src-tauri/core/src/service/");
        let owner = inside.split(['/', '.']).next().unwrap_or_default();
        if owner == "ops" {
            // Inside ops/, `super::x` is an ops sibling (but in ops/mod.rs
            // it is service/ itself).
            let prefixes: &[&str] = if inside == "ops/mod.rs" {
                &["super::", "crate::service::"]
            } else {
                &["super::super::", "crate::service::"]
            };
            for used in use_cases_named(&text, &use_cases, prefixes) {
                ops_calls_up.push(format!("{name} -> {used}"));
            }
        } else if owner != "mod" {
            let prefixes = ["super::super::", "super::", "crate::service::"];
            for used in use_cases_named(&text, &use_cases, &prefixes) {
                if used != owner {
                    found.insert((owner.to_owned(), used));
                }
            }
        }
    }
    assert!(
        ops_calls_up.is_empty(),
        "service/ops/ is the layer under the use cases and never calls one: {ops_calls_up:#?}"
    );
    assert!(
        found.is_empty(),
        "a use case calls another; move what they share to service/ops/: {found:?}"
    );
}

/// One way in for a component's data: the page hands each custom element
/// what it draws through one property, `data` (an answer, or a small bag
/// of answers), and calls methods only to make it do something (focus a
/// field, reset a form, show a toast). A second property is allowed where
/// a second answer arrives on its own, and a function is handed in as one.
#[test]
fn components_take_their_data_through_one_property() {
    const OTHER_SETTERS: &[(&str, &str)] = &[
        // The step offer is its own request, answered after Today's.
        ("cairn-today.js", "offer"),
        // The Chronicle's day, timeline pages and reviews each arrive on
        // their own, after its year.
        ("cairn-chronicle.js", "dayDetail"),
        ("cairn-chronicle.js", "timelinePage"),
        ("cairn-chronicle.js", "weekReviews"),
        // A function the heatmap's tooltip calls, not data.
        ("cairn-chronicle.js", "dayLoader"),
    ];
    let mut found = Vec::new();
    for (name, text) in files("ui/components", "js") {
        let file = name.rsplit('/').next().unwrap_or_default().to_owned();
        for line in text.lines() {
            let Some(rest) = line.strip_prefix("  set ") else {
                if line.starts_with("  show(") && file != "cairn-toast.js" {
                    found.push(format!("{file}: show(…) hands data in; use `set data`"));
                }
                continue;
            };
            let setter: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            if setter != "data" && !OTHER_SETTERS.contains(&(file.as_str(), setter.as_str())) {
                found.push(format!(
                    "{file}: set {setter}; data comes in through `set data`"
                ));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
