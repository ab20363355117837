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
    let pattern = crate::tr!(pattern_id);
    date.format_localized(&pattern, locale).to_string()
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
    }
}
