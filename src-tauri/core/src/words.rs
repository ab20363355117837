//! Small helpers for the sentences cairn-core composes: a date written
//! with one of the core's own chrono patterns from the catalogue
//! (`reminder-day-month`, `week-date`), in the current language's month
//! names. The shared patterns (`date-long`…) are `i18n::format`'s.

use chrono::NaiveDate;

/// `date` written with the catalogue's chrono pattern `pattern_id`, with
/// the current language's names for months and weekdays.
pub(crate) fn date_with(pattern_id: &str, date: NaiveDate) -> String {
    let lang = crate::i18n::current();
    let tag = lang.locale().replace('-', "_");
    let main = match tag.split('_').next().unwrap_or("en") {
        "de" => "de_DE",
        "es" => "es_ES",
        _ => "en_GB",
    };
    let locale = chrono::Locale::try_from(tag.as_str())
        .or_else(|_| chrono::Locale::try_from(main))
        .unwrap_or(chrono::Locale::POSIX);
    // The pseudo-locales take English's pattern untouched (accenting it
    // would break it) and wrap the date.
    let pattern = lang.pattern(pattern_id);
    let mut text = String::new();
    use std::fmt::Write;
    if write!(text, "{}", date.format_localized(&pattern, locale)).is_err() {
        tracing::error!(pattern_id, pattern, "not a date pattern");
        text = date.to_string();
    }
    lang.mark(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_language;

    #[test]
    fn the_cores_own_date_patterns_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        for (lang, want) in [
            ("en", "28 November 2026"),
            ("de", "28. November 2026"),
            ("es", "28 de noviembre de 2026"),
        ] {
            assert_eq!(with_language(lang, || date_with("week-date", d)), want);
        }
        assert_eq!(
            with_language("de", || date_with("reminder-day-month", d)),
            "28. November"
        );
        assert_eq!(
            with_language("en-XA", || date_with("week-date", d)),
            "⟦28 November 2026⟧"
        );
        // Every sentence the core makes is a catalogue message: in the
        // pseudo-locale it comes wrapped and accented.
        let at = d.and_hms_opt(7, 30, 0).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        with_language("en-XA", || {
            for text in [
                crate::domain::schedule::when_in_words(today, at),
                crate::error::Error::not_found("goal").to_string(),
                crate::domain::reflection::wins_sentence(3, 2, 1),
                crate::domain::Title::parse("", "core-field-win")
                    .unwrap_err()
                    .0,
            ] {
                assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{text}");
                assert!(!text.contains("goal") && !text.contains("win"), "{text}");
            }
        });
    }
}
