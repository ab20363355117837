//! Which language and locale Cairn uses: `CAIRN_LANG`, else the person's
//! choice, else the system's; a language Cairn has no catalogue for speaks
//! English but keeps the system's region, so its weeks still start on the
//! region's day.

use chrono::Weekday;
use unic_langid::LanguageIdentifier;

use super::catalogue::{LANGUAGES, PSEUDO_LANGUAGES};

/// The person's choice in Settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Follow the system's language.
    System,
    /// A catalogue id ("de") or a pseudo-locale ("en-XA").
    Language(String),
}

impl Choice {
    /// The choice as Settings stores it: "system" or a catalogue id.
    pub fn from_setting(value: Option<&str>) -> Self {
        match value.map(str::trim) {
            None | Some("") | Some("system") => Choice::System,
            Some(id) => Choice::Language(id.to_owned()),
        }
    }

    pub fn as_setting(&self) -> &str {
        match self {
            Choice::System => "system",
            Choice::Language(id) => id,
        }
    }
}

/// A language Cairn can speak and the locale its dates and numbers use.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Resolved {
    /// The catalogue: an id of [`LANGUAGES`] or [`PSEUDO_LANGUAGES`].
    pub id: &'static str,
    /// A BCP 47 tag for dates, numbers, plural rules and the week's first
    /// day: "de-AT", "en-US", "es".
    pub locale: String,
}

impl Resolved {
    /// The catalogue and locale for a tag, BCP 47 ("de-AT") or POSIX
    /// ("de_AT.UTF-8@euro"); anything unknown speaks English.
    pub fn from_tag(tag: &str) -> Self {
        Self::from_tag_in(tag, None)
    }

    /// As [`Resolved::from_tag`]; a tag without a region borrows the
    /// system's when both are the same language, and a language without a
    /// catalogue keeps its region for English ("fr-FR" gives "en-FR").
    fn from_tag_in(tag: &str, system: Option<&LanguageIdentifier>) -> Self {
        let cleaned = tag
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if let Some(&(id, _)) = PSEUDO_LANGUAGES
            .iter()
            .find(|(id, _)| id.eq_ignore_ascii_case(&cleaned))
        {
            return Resolved {
                id,
                locale: "en".to_owned(),
            };
        }
        let Ok(mut parsed) = cleaned.parse::<LanguageIdentifier>() else {
            return Self::english(system);
        };
        // "C" and "POSIX" parse as nothing useful.
        let language = parsed.language.as_str().to_ascii_lowercase();
        let Some(&(id, _)) = LANGUAGES.iter().find(|(id, _)| *id == language) else {
            return Resolved {
                id: "en",
                locale: with_region("en", parsed.region.as_ref().map(|r| r.as_str())),
            };
        };
        if parsed.region.is_none() {
            if let Some(sys) = system.filter(|s| s.language == parsed.language) {
                parsed.region = sys.region;
            }
        }
        parsed.clear_variants();
        Resolved {
            id,
            locale: parsed.to_string(),
        }
    }

    fn english(system: Option<&LanguageIdentifier>) -> Self {
        Resolved {
            id: "en",
            locale: with_region(
                "en",
                system.and_then(|s| s.region.as_ref().map(|r| r.as_str())),
            ),
        }
    }

    /// Whether text runs right to left.
    pub fn rtl(&self) -> bool {
        self.id == "ar-XB"
    }
}

fn with_region(language: &str, region: Option<&str>) -> String {
    match region {
        Some(r) => format!("{language}-{r}"),
        None => language.to_owned(),
    }
}

/// The language for this process: `CAIRN_LANG`, else `choice`, else the
/// system's ([`resolve_from`] with the environment read).
pub fn resolve(choice: &Choice) -> Resolved {
    let env = std::env::var(super::ENV).ok();
    let system = super::system_locale();
    resolve_from(env.as_deref(), choice, system.as_deref())
}

/// [`resolve`] without the environment: `env` is `CAIRN_LANG`, `system`
/// the system's locale.
pub fn resolve_from(env: Option<&str>, choice: &Choice, system: Option<&str>) -> Resolved {
    let system_id = system
        .map(|s| {
            s.split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-")
        })
        .and_then(|s| s.parse::<LanguageIdentifier>().ok());
    if let Some(tag) = env.map(str::trim).filter(|t| !t.is_empty()) {
        return Resolved::from_tag_in(tag, system_id.as_ref());
    }
    if let Choice::Language(id) = choice {
        return Resolved::from_tag_in(id, system_id.as_ref());
    }
    match system {
        Some(tag) if !tag.trim().is_empty() => Resolved::from_tag_in(tag, None),
        _ => Resolved::english(None),
    }
}

/// Regions whose weeks start on Sunday or Saturday (CLDR's week data);
/// everywhere else weeks start on Monday, as ISO weeks do.
const SUNDAY_FIRST: &[&str] = &[
    "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CN", "CO", "DM", "DO", "ET", "GT", "GU",
    "HK", "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX",
    "MZ", "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW",
    "UM", "US", "VE", "VI", "WS", "YE", "ZA", "ZW",
];
const SATURDAY_FIRST: &[&str] = &[
    "AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY", "OM", "QA", "SD", "SY",
];

/// The first day of the week for a POSIX locale name or a BCP 47 tag
/// ("en_US.UTF-8", "de-DE", "ar_EG"): its region decides; no region, or
/// none known, gives Monday.
pub fn first_weekday(locale: &str) -> Weekday {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    let region = name
        .split(['_', '-'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase);
    match region.as_deref() {
        Some(r) if SUNDAY_FIRST.contains(&r) => Weekday::Sun,
        Some(r) if SATURDAY_FIRST.contains(&r) => Weekday::Sat,
        _ => Weekday::Mon,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(env: Option<&str>, choice: Choice, system: Option<&str>, id: &str, locale: &str) {
        let got = resolve_from(env, &choice, system);
        assert_eq!(
            (got.id, got.locale.as_str()),
            (id, locale),
            "{env:?} {choice:?} {system:?}"
        );
    }

    fn lang(id: &str) -> Choice {
        Choice::Language(id.to_owned())
    }

    #[test]
    fn the_system_decides_unless_the_person_or_cairn_lang_does() {
        use Choice::System;
        check(None, System, Some("de-DE"), "de", "de-DE");
        check(None, System, Some("de_AT.UTF-8"), "de", "de-AT");
        check(None, System, Some("es_MX.UTF-8@euro"), "es", "es-MX");
        check(None, System, Some("en-US"), "en", "en-US");
        check(None, System, Some("C"), "en", "en");
        check(None, System, Some("POSIX"), "en", "en");
        check(None, System, None, "en", "en");
        check(None, System, Some(""), "en", "en");
        // No French catalogue: English words, France's calendar.
        check(None, System, Some("fr_FR.UTF-8"), "en", "en-FR");
        check(None, lang("de"), Some("en-US"), "de", "de");
        check(None, lang("de"), Some("de-CH"), "de", "de-CH");
        check(None, lang("es"), Some("de-CH"), "es", "es");
        check(Some("es"), lang("de"), Some("de-DE"), "es", "es");
        check(Some("es_AR"), System, Some("de-DE"), "es", "es-AR");
        check(Some("  "), lang("de"), Some("en-GB"), "de", "de");
        check(Some("en-xa"), System, Some("de-DE"), "en-XA", "en");
        check(Some("ar-XB"), System, None, "ar-XB", "en");
        check(Some("klingon!"), System, Some("de-DE"), "en", "en-DE");
    }

    #[test]
    fn only_the_rtl_pseudo_locale_runs_right_to_left() {
        assert!(Resolved::from_tag("ar-XB").rtl());
        assert!(!Resolved::from_tag("en-XA").rtl());
        assert!(!Resolved::from_tag("de").rtl());
    }

    #[test]
    fn settings_store_system_or_an_id() {
        assert_eq!(Choice::from_setting(None), Choice::System);
        assert_eq!(Choice::from_setting(Some("system")), Choice::System);
        assert_eq!(Choice::from_setting(Some("de")), lang("de"));
        assert_eq!(lang("es").as_setting(), "es");
    }

    fn check_locale(locale: &str, first: Weekday) {
        assert_eq!(first_weekday(locale), first, "{locale}");
    }

    #[test]
    fn the_locale_decides_the_first_day() {
        check_locale("en_US.UTF-8", Weekday::Sun);
        check_locale("en_GB.UTF-8", Weekday::Mon);
        check_locale("de-DE", Weekday::Mon);
        check_locale("pt_BR", Weekday::Sun);
        check_locale("pt_PT.UTF-8@euro", Weekday::Sun);
        check_locale("ar_EG.UTF-8", Weekday::Sat);
        check_locale("zh-Hant-TW", Weekday::Sun);
        check_locale("C", Weekday::Mon);
        check_locale("", Weekday::Mon);
        check_locale("fr", Weekday::Mon);
    }
}
