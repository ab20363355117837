//! The desktop entry and the AppStream metainfo speak every language Cairn
//! does: their words are the catalogues' `package-*` messages, and this test
//! writes the two files in `src-tauri/packaging/` from them. When a file
//! differs from what the catalogues give, the test rewrites it and fails,
//! so the change is seen and committed; under CI (`CI` set) it only fails.
//! `make package` then validates both with `desktop-file-validate` and
//! `appstreamcli` (`tests/tests/package.rs`).

use std::fmt::Write as _;
use std::path::PathBuf;

use cairn_core::i18n::{locale::Resolved, Language, LANGUAGES};

fn packaging() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("packaging")
}

/// `(language id, its words for message `id`)`, English first.
fn in_every_language(id: &str) -> Vec<(&'static str, String)> {
    LANGUAGES
        .iter()
        .map(|(lang, _)| {
            let words = Language::get(&Resolved::from_tag(lang)).format(id, &[]);
            assert!(!words.is_empty() && words != id, "{lang}.ftl has no {id}");
            (*lang, words)
        })
        .collect()
}

fn english(id: &str) -> String {
    Language::get(&Resolved::from_tag("en")).format(id, &[])
}

/// Text for XML character data.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The `xml:lang` attribute for a translation; none for English, the
/// untranslated text.
fn xml_lang(lang: &str) -> String {
    if lang == "en" {
        String::new()
    } else {
        format!(" xml:lang=\"{lang}\"")
    }
}

/// The desktop entry's key for a language: `Key` for English, `Key[de]`.
fn desktop_key(key: &str, lang: &str) -> String {
    if lang == "en" {
        key.to_owned()
    } else {
        format!("{key}[{lang}]")
    }
}

/// "habit, wins" as the desktop entry's list: "habit;wins;".
fn keyword_list(words: &str) -> Vec<String> {
    words
        .split(',')
        .map(|w| w.trim().replace(';', ""))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Tauri's bundler fills `{{name}}`, `{{comment}}` (the English summary,
/// `shortDescription`), `{{exec}}`, `{{icon}}` and `{{categories}}`.
fn desktop_entry() -> String {
    let mut out = String::from(
        "# Written by `cargo test -p cairn --test packaging` from the catalogues'\n\
         # package-* messages (src-tauri/core/locales/*.ftl): edit those.\n\
         [Desktop Entry]\n\
         Type=Application\n\
         Name={{name}}\n",
    );
    for (lang, words) in in_every_language("package-generic-name") {
        let _ = writeln!(out, "{}={words}", desktop_key("GenericName", lang));
    }
    out.push_str("Comment={{comment}}\n");
    for (lang, words) in in_every_language("package-summary") {
        if lang != "en" {
            let _ = writeln!(out, "{}={words}", desktop_key("Comment", lang));
        }
    }
    out.push_str(
        "Exec={{exec}}\n\
         Icon={{icon}}\n\
         Terminal=false\n\
         Categories={{categories}}\n",
    );
    for (lang, words) in in_every_language("package-keywords") {
        let list: String = keyword_list(&words)
            .iter()
            .map(|w| format!("{w};"))
            .collect();
        let _ = writeln!(out, "{}={list}", desktop_key("Keywords", lang));
    }
    out.push_str("StartupWMClass={{exec}}\n");
    out
}

fn metainfo() -> String {
    let translated = |id: &str, tag: &str, indent: &str| -> String {
        in_every_language(id)
            .into_iter()
            .map(|(lang, words)| {
                format!("{indent}<{tag}{}>{}</{tag}>\n", xml_lang(lang), xml(&words))
            })
            .collect()
    };
    let features: String = [
        "package-feature-log",
        "package-feature-goals",
        "package-feature-chronicle",
        "package-feature-local",
    ]
    .iter()
    .map(|id| translated(id, "li", "      "))
    .collect();
    let keywords: String = in_every_language("package-keywords")
        .into_iter()
        .flat_map(|(lang, words)| {
            keyword_list(&words)
                .into_iter()
                .map(move |w| format!("    <keyword{}>{}</keyword>\n", xml_lang(lang), xml(&w)))
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- AppStream metainfo: what software centres show about Cairn.
     Installed as /usr/share/metainfo/app.cairn.desktop.metainfo.xml;
     `make package` checks it with `appstreamcli validate`.
     Written by the test src-tauri/tests/packaging.rs from the catalogues'
     package-* messages (src-tauri/core/locales/*.ftl): edit those. -->
<component type="desktop-application">
  <id>app.cairn.desktop</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>MIT OR Apache-2.0</project_license>
  <name>Cairn</name>
{summary}  <developer_name>The Cairn authors</developer_name>
  <description>
{about}    <ul>
{features}    </ul>
  </description>
  <launchable type="desktop-id">Cairn.desktop</launchable>
  <provides>
    <binary>cairn</binary>
    <binary>cairn-app</binary>
  </provides>
  <categories>
    <category>Utility</category>
  </categories>
  <keywords>
{keywords}  </keywords>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="0.1.0" date="2026-11-30"/>
  </releases>
</component>
"#,
        summary = translated("package-summary", "summary", "  "),
        about = translated("package-about", "p", "    "),
    )
}

/// Compares `name` with `wanted`; rewrites it when it differs (outside CI)
/// and fails either way, naming the file.
fn ensure(name: &str, wanted: &str) {
    let path = packaging().join(name);
    let now = std::fs::read_to_string(&path).unwrap_or_default();
    if now == wanted {
        return;
    }
    if std::env::var_os("CI").is_none() {
        std::fs::write(&path, wanted).expect("write the packaging file");
        panic!(
            "{} did not match the catalogues and has been rewritten: check it and commit it",
            path.display()
        );
    }
    panic!(
        "{} does not match the catalogues: run `cargo test -p cairn --test packaging` and commit what it writes",
        path.display()
    );
}

#[test]
fn the_desktop_entry_speaks_every_language() {
    ensure("cairn.desktop", &desktop_entry());
}

#[test]
fn the_metainfo_speaks_every_language() {
    ensure("app.cairn.desktop.metainfo.xml", &metainfo());
}

/// The package's own descriptions (the .deb's and .rpm's, and the desktop
/// entry's English comment, which Tauri fills from `shortDescription`) are
/// the catalogue's English.
#[test]
fn the_bundles_descriptions_are_the_catalogues_english() {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json"))
            .expect("tauri.conf.json"),
    )
    .expect("tauri.conf.json is JSON");
    assert_eq!(
        conf["bundle"]["shortDescription"],
        english("package-summary"),
        "tauri.conf.json bundle.shortDescription"
    );
    assert_eq!(
        conf["bundle"]["longDescription"],
        english("package-about"),
        "tauri.conf.json bundle.longDescription"
    );
}
