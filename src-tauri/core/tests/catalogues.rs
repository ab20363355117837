//! The catalogues, checked as a translator would want them checked: each
//! parses, none repeats an id, every language has every message of the
//! English one (and nothing English lacks), a translation uses only the
//! variables English gives it, and the window can format every message.

use std::collections::{BTreeMap, BTreeSet};

use cairn_core::i18n::{self, catalogue, locale::Resolved, Language, LANGUAGES, PSEUDO_LANGUAGES};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn lang(id: &str) -> std::sync::Arc<Language> {
    Language::get(&Resolved::from_tag(id))
}

fn resource(id: &str) -> FluentResource {
    let text = catalogue::source(id).unwrap_or_else(|| panic!("no catalogue for {id}"));
    match FluentResource::try_new(text.to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{id}.ftl does not parse: {errors:#?}"),
    }
}

/// Each message's (and attribute's) variables.
fn variables(id: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn walk_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                walk_expr(expression, out);
            }
        }
    }
    fn walk_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => walk_inline(i, out),
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
        }
    }
    fn walk_inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, out);
                }
            }
            InlineExpression::Placeable { expression } => walk_expr(expression, out),
            _ => {}
        }
    }
    let r = resource(id);
    let mut out = BTreeMap::new();
    for entry in r.entries() {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut vars);
            }
            out.insert(m.id.name.to_owned(), vars);
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                walk_pattern(&a.value, &mut vars);
                out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    out
}

#[test]
fn every_catalogue_parses_without_repeating_an_id() {
    for (id, _) in LANGUAGES {
        let r = resource(id);
        let mut seen = BTreeSet::new();
        for entry in r.entries() {
            match entry {
                Entry::Message(m) => {
                    assert!(seen.insert(m.id.name), "{id}.ftl repeats {}", m.id.name)
                }
                Entry::Junk { content } => {
                    panic!("{id}.ftl has text that is no message: {content}")
                }
                _ => {}
            }
        }
    }
}

#[test]
fn every_catalogue_has_every_english_message_and_no_other() {
    let english: BTreeSet<String> = lang("en").message_ids().into_iter().collect();
    assert!(english.len() > 5, "the English catalogue is almost empty");
    for (id, _) in LANGUAGES.iter().filter(|(id, _)| *id != "en") {
        let ids: BTreeSet<String> = lang(id).message_ids().into_iter().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(
            missing.is_empty(),
            "{id}.ftl lacks {} messages: {missing:?}",
            missing.len()
        );
        assert!(
            extra.is_empty(),
            "{id}.ftl has messages English does not: {extra:?}"
        );
    }
}

#[test]
fn translations_use_only_the_variables_english_gives_them() {
    let english = variables("en");
    for (id, _) in LANGUAGES.iter().filter(|(id, _)| *id != "en") {
        for (message, vars) in variables(id) {
            let Some(given) = english.get(&message) else {
                continue;
            };
            let unknown: Vec<_> = vars.difference(given).collect();
            assert!(
                unknown.is_empty(),
                "{id}.ftl: {message} uses {unknown:?}, English gives {given:?}"
            );
        }
    }
}

#[test]
fn the_window_can_format_every_message_in_every_language() {
    let all = LANGUAGES.iter().chain(PSEUDO_LANGUAGES);
    for (id, _) in all {
        let (messages, errors) = i18n::window::messages(&lang(id));
        assert!(errors.is_empty(), "{id}: {errors:#?}");
        assert!(
            messages.len() >= lang("en").message_ids().len(),
            "{id} gives the window fewer messages"
        );
        let json: serde_json::Value =
            serde_json::from_str(lang(id).window_catalogue()).expect("JSON");
        assert_eq!(json["id"], *id);
    }
}

#[test]
fn the_window_is_handed_its_own_messages_and_only_those() {
    let window = i18n::window::ids();
    let all = lang("en").message_ids().len();
    assert!(
        window.len() > 100 && window.len() < all,
        "{} of {all} messages are the window's: are the `## ── window (begin)` markers in en.ftl?",
        window.len()
    );
    // The tray's and the command line's words stay in Rust.
    for rust_only in [
        "tray-tooltip-plain",
        "tray-one-thing",
        "error-language-unknown",
    ] {
        assert!(lang("en").has(rust_only), "{rust_only} is in en.ftl");
        assert!(
            !window.contains(rust_only),
            "{rust_only} went to the window"
        );
    }
    for (id, _) in LANGUAGES.iter().chain(PSEUDO_LANGUAGES) {
        let json: serde_json::Value =
            serde_json::from_str(lang(id).window_catalogue()).expect("JSON");
        let handed: BTreeSet<&str> = json["messages"]
            .as_object()
            .expect("messages")
            .keys()
            .map(|k| k.split('.').next().unwrap_or(k))
            .collect();
        let expected: BTreeSet<&str> = window.iter().map(String::as_str).collect();
        assert_eq!(handed, expected, "{id}: the window's messages");
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    // language-system is plain; a plural check needs a counted message,
    // which every catalogue has once the words are in.
    let en = lang("en");
    assert_eq!(
        en.format("language-system", &[("language", "English".into())]),
        "System (English)"
    );
    let xa = lang("en-XA");
    assert_eq!(
        xa.format("language-system", &[("language", "English".into())]),
        "⟦Šýštém (English)⟧"
    );
}

#[test]
fn the_window_is_told_where_the_locales_weeks_start() {
    // Monday is 1, Sunday 7: the core's rule, which the page then follows.
    for (tag, expected) in [
        ("en-US", 7),
        ("en", 1),
        ("de-DE", 1),
        ("es-MX", 7),
        ("ar-EG", 6),
    ] {
        let json: serde_json::Value =
            serde_json::from_str(lang(tag).window_catalogue()).expect("JSON");
        assert_eq!(json["weekStart"], expected, "{tag}");
    }
}
