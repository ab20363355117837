//! The catalogues Cairn ships, each built once into a Fluent bundle, and the
//! two pseudo-locales made from English: `en-XA` wraps and accents every
//! message (so a word that is not in the catalogue stands out), `ar-XB`
//! does the same right to left.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::locale::Resolved;

/// Makes [`LANGUAGES`] and [`source`] from one list, so that a language is
/// one line here and one `.ftl` file.
macro_rules! languages {
    ($(($id:literal, $name:literal)),+ $(,)?) => {
        /// Every language with a catalogue: its id and its name in itself.
        pub const LANGUAGES: &[(&str, &str)] = &[$(($id, $name)),+];

        /// The catalogue source of a language id.
        pub fn source(id: &str) -> Option<&'static str> {
            match id {
                $($id => Some(include_str!(concat!("../../locales/", $id, ".ftl"))),)+
                _ => None,
            }
        }
    };
}

// Adding a language: its `locales/<id>.ftl` and one line here.
languages! {
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
}

/// The pseudo-locales, for tests and for checking a layout by eye.
pub const PSEUDO_LANGUAGES: &[(&str, &str)] = &[
    ("en-XA", "Pseudo (accented)"),
    ("ar-XB", "Pseudo (right to left)"),
];

/// What a pseudo-locale puts around every message.
pub const PSEUDO_OPEN: &str = "⟦";
pub const PSEUDO_CLOSE: &str = "⟧";

/// A value for a message's variable: numbers choose plural forms and are
/// formatted for the locale; text is used as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u8, u16, u32, u64, usize, f64);

/// One language, ready to format: its bundle, and English behind it for a
/// message the translation does not have yet.
pub struct Language {
    resolved: Resolved,
    bundle: FluentBundle<Arc<FluentResource>>,
    resource: Arc<FluentResource>,
    /// English, for messages this catalogue lacks and for the date
    /// patterns of the pseudo-locales.
    english: Option<Arc<Language>>,
    pseudo: bool,
    window: OnceLock<String>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("resolved", &self.resolved)
            .finish()
    }
}

static BUILT: Mutex<Option<HashMap<Resolved, Arc<Language>>>> = Mutex::new(None);

impl Language {
    /// The language `resolved` names, built on first use and kept.
    pub fn get(resolved: &Resolved) -> Arc<Language> {
        let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
        let built = built.get_or_insert_with(HashMap::new);
        if let Some(lang) = built.get(resolved) {
            return lang.clone();
        }
        let english = (resolved.id != "en").then(|| {
            let en = Resolved {
                id: "en",
                locale: "en".to_owned(),
            };
            built
                .entry(en.clone())
                .or_insert_with(|| Arc::new(Language::build(&en, None)))
                .clone()
        });
        let lang = Arc::new(Language::build(resolved, english));
        built.insert(resolved.clone(), lang.clone());
        lang
    }

    fn build(resolved: &Resolved, english: Option<Arc<Language>>) -> Language {
        let pseudo = PSEUDO_LANGUAGES.iter().any(|(id, _)| *id == resolved.id);
        let locale: LanguageIdentifier = resolved
            .locale
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Isolation marks would reach terminals and tests as invisible
        // characters; Cairn's arguments are short and rarely mixed in
        // direction.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::format::fluent_number));
        // NUMBER(), which the window's formatter knows too.
        if let Err(e) = bundle.add_builtins() {
            tracing::error!(error = %e, "Fluent's built-in functions are missing");
        }
        if pseudo {
            bundle.set_transform(Some(accent));
        }
        let text = source(if pseudo { "en" } else { resolved.id }).unwrap_or_default();
        let resource = Arc::new(match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                tracing::error!(?errors, id = resolved.id, "catalogue does not parse fully");
                resource
            }
        });
        if let Err(errors) = bundle.add_resource(resource.clone()) {
            tracing::error!(
                ?errors,
                id = resolved.id,
                "catalogue has duplicate messages"
            );
        }
        Language {
            resolved: resolved.clone(),
            bundle,
            resource,
            english,
            pseudo,
            window: OnceLock::new(),
        }
    }

    /// The catalogue id: "en", "de", "en-XA"…
    pub fn id(&self) -> &'static str {
        self.resolved.id
    }

    /// The BCP 47 locale dates and numbers follow.
    pub fn locale(&self) -> &str {
        &self.resolved.locale
    }

    pub fn rtl(&self) -> bool {
        self.resolved.rtl()
    }

    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }

    pub(crate) fn bundle(&self) -> &FluentBundle<Arc<FluentResource>> {
        &self.bundle
    }

    /// The catalogue's entries as parsed (messages, terms, comments).
    pub(crate) fn entries(&self) -> impl Iterator<Item = &fluent_syntax::ast::Entry<&str>> {
        self.resource.entries()
    }

    /// Term `-name` of this catalogue.
    pub(crate) fn term(&self, name: &str) -> Option<&fluent_syntax::ast::Term<&str>> {
        self.entries().find_map(|e| match e {
            fluent_syntax::ast::Entry::Term(t) if t.id.name == name => Some(t),
            _ => None,
        })
    }

    /// The ids of this catalogue's messages, attributes as `id.attr`.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![];
        for e in self.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                if m.value.is_some() {
                    ids.push(m.id.name.to_owned());
                }
                ids.extend(
                    m.attributes
                        .iter()
                        .map(|a| format!("{}.{}", m.id.name, a.id.name)),
                );
            }
        }
        ids
    }

    /// Whether this catalogue itself has message `id` (no English behind).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` (or `id.attribute`) with `args`; English when this
    /// catalogue lacks it; the id itself when no catalogue has it (a test
    /// checks that every id used exists).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.format_raw(id, args) {
            Some(text) if self.pseudo => format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}"),
            Some(text) => text,
            None => match &self.english {
                Some(en) => en.format(id, args),
                None => {
                    tracing::error!(id, "no such message in the catalogue");
                    id.to_owned()
                }
            },
        }
    }

    /// Message `id` without the pseudo-locale's wrapping (date patterns
    /// are formatted by chrono afterwards; they come from English there).
    pub(crate) fn format_raw(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let (name, attribute) = match id.split_once('.') {
            Some((name, attribute)) => (name, Some(attribute)),
            None => (id, None),
        };
        let message = self.bundle.get_message(name)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = vec![];
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id, ?errors, "message formatted with errors");
        }
        Some(text.into_owned())
    }

    /// A pattern for chrono (dates, times), from this catalogue or English;
    /// the pseudo-locales use English's untouched.
    pub(crate) fn pattern(&self, id: &str) -> String {
        if !self.pseudo {
            if let Some(p) = self.format_raw(id, &[]) {
                return p;
            }
        }
        match &self.english {
            Some(en) => en.pattern(id),
            None => self.format_raw(id, &[]).unwrap_or_default(),
        }
    }

    /// Text a formatter made (a date, a number) as this language shows it:
    /// wrapped in the pseudo-locales, as it is elsewhere.
    pub(crate) fn mark(&self, text: String) -> String {
        if self.pseudo {
            format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}")
        } else {
            text
        }
    }

    /// The catalogue as the window formats it, as JSON (made once).
    pub fn window_catalogue(&self) -> &str {
        self.window.get_or_init(|| super::window::compile(self))
    }
}

/// The accented look of the pseudo-locales: every letter still readable,
/// none of them ASCII, so English left outside the catalogue stands out.
pub(crate) fn accent(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                'a' => 'å',
                'e' => 'é',
                'i' => 'î',
                'o' => 'ö',
                'u' => 'ü',
                'c' => 'ç',
                'n' => 'ñ',
                'y' => 'ý',
                's' => 'š',
                'A' => 'Å',
                'E' => 'É',
                'I' => 'Î',
                'O' => 'Ö',
                'U' => 'Ü',
                'C' => 'Ç',
                'N' => 'Ñ',
                'S' => 'Š',
                'Y' => 'Ý',
                other => other,
            })
            .collect(),
    )
}
