//! Dates, times, weekday names and numbers in the current language.
//!
//! Numbers: ICU's decimal formatter (CLDR data, the same rules the window's
//! `Intl.NumberFormat` follows: "1,234", "1.234", and Spanish's "1234"),
//! plugged into Fluent so `{ $count }` in a message is grouped too.
//! Dates: Fluent has no date function in Rust, so the catalogue holds a
//! chrono pattern per language (`date-long = %A, %B %-d`), and chrono fills
//! in the locale's weekday and month names.

use std::fmt::Write;

use chrono::{NaiveDate, NaiveTime, Weekday};
use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use super::{current, Language};

/// ICU's decimal formatter for a locale, built once per bundle.
pub(crate) struct Grouping(DecimalFormatter);

impl Memoizable for Grouping {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        grouping_for(&lang.to_string()).ok_or(())
    }
}

fn grouping_for(locale: &str) -> Option<Grouping> {
    let locale = icu_locale_core::Locale::try_from_str(locale).ok()?;
    DecimalFormatter::try_new((&locale).into(), Default::default())
        .ok()
        .map(Grouping)
}

impl Grouping {
    fn format(&self, n: i64) -> String {
        self.0.format(&Decimal::from(n)).to_string()
    }
}

/// Fluent's number formatter: ICU's, with the message's fraction digits
/// (`NUMBER($mb, minimumFractionDigits: 1)` gives "2.0", German "2,0"; at
/// most 3 unless the message says otherwise, as `Intl.NumberFormat`).
pub(crate) fn fluent_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let least = n.options.minimum_fraction_digits.unwrap_or(0).min(6);
    let most = n
        .options
        .maximum_fraction_digits
        .unwrap_or(least.max(3))
        .clamp(least, 6);
    let scaled = n.value * 10f64.powi(most as i32);
    if !scaled.is_finite() || scaled.abs() >= 9e15 {
        return None;
    }
    let (mut digits, mut places) = (scaled.round() as i64, most);
    while places > least && digits % 10 == 0 {
        digits /= 10;
        places -= 1;
    }
    let mut decimal = Decimal::from(digits);
    decimal.multiply_pow10(-(places as i16));
    memoizer
        .with_try_get::<Grouping, _, _>((), |g| g.0.format(&decimal).to_string())
        .ok()
}

/// A whole number as the current language writes it.
pub fn number(n: i64) -> String {
    let lang = current();
    let text = grouping_for(lang.locale())
        .map(|g| g.format(n))
        .unwrap_or_else(|| n.to_string());
    lang.mark(text)
}

/// chrono's locale for a BCP 47 tag: "de-AT" gives `de_AT`; a region
/// glibc does not know falls back to the language's main one.
fn chrono_locale(lang: &Language) -> chrono::Locale {
    let tag = lang.locale().replace('-', "_");
    if let Ok(l) = chrono::Locale::try_from(tag.as_str()) {
        return l;
    }
    let language = tag.split('_').next().unwrap_or("en");
    let main = match language {
        "de" => "de_DE",
        "es" => "es_ES",
        _ => "en_US",
    };
    chrono::Locale::try_from(main).unwrap_or(chrono::Locale::POSIX)
}

/// `date` written with the catalogue's chrono pattern `pattern_id`
/// (`date-long`, or an area's own such as `week-date`), with the current
/// language's month and weekday names. A pattern chrono cannot read is
/// logged and the day written as `YYYY-MM-DD`: a translation never panics.
pub fn date_with(pattern_id: &str, date: NaiveDate) -> String {
    let lang = current();
    let pattern = lang.pattern(pattern_id);
    let mut text = String::new();
    if write!(
        text,
        "{}",
        date.format_localized(&pattern, chrono_locale(&lang))
    )
    .is_err()
    {
        tracing::error!(pattern_id, pattern, "not a date pattern");
        text = date.to_string();
    }
    lang.mark(text)
}

/// "Monday, November 30": a day in this year.
pub fn date_long(date: NaiveDate) -> String {
    date_with("date-long", date)
}

/// "Monday, November 30, 2026".
pub fn date_long_year(date: NaiveDate) -> String {
    date_with("date-long-year", date)
}

/// "Nov 30": short, for lists and charts.
pub fn date_short(date: NaiveDate) -> String {
    date_with("date-short", date)
}

/// "Monday".
pub fn weekday(day: Weekday) -> String {
    // 2024-01-01 was a Monday.
    let monday = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let date = monday + chrono::Duration::days(i64::from(day.num_days_from_monday()));
    date_with("date-weekday", date)
}

/// "7:30 AM", "07:30".
pub fn time(t: NaiveTime) -> String {
    let lang = current();
    let pattern = lang.pattern("time-short");
    let at = NaiveDate::from_ymd_opt(2024, 1, 1)
        .unwrap_or_default()
        .and_time(t)
        .and_utc();
    let mut text = String::new();
    if write!(
        text,
        "{}",
        at.format_localized(&pattern, chrono_locale(&lang))
    )
    .is_err()
    {
        tracing::error!(pattern, "not a time pattern");
        text = t.format("%H:%M").to_string();
    }
    lang.mark(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_language;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn numbers_are_grouped_as_the_locale_groups_them() {
        for (lang, n, want) in [
            ("en-US", 1234567, "1,234,567"),
            ("de-DE", 1234567, "1.234.567"),
            ("es-ES", 1234567, "1.234.567"),
            // Spanish does not group four digits.
            ("es-ES", 1234, "1234"),
            ("en", 7, "7"),
            ("en-XA", 1234, "⟦1,234⟧"),
        ] {
            assert_eq!(with_language(lang, || number(n)), want, "{lang} {n}");
        }
        let mb = |lang: &str, mb: f64| {
            with_language(lang, || {
                crate::i18n::message("cli-size-mb", &[("mb", mb.into())])
            })
        };
        assert_eq!(mb("en", 2.0), "2.0 MB");
        assert_eq!(mb("de", 2.0), "2,0 MB");
        assert_eq!(mb("en", 1234.56), "1,234.56 MB");
    }

    #[test]
    fn dates_use_the_languages_names_and_order() {
        let d = day("2026-11-30");
        assert_eq!(
            with_language("en-US", || date_long(d)),
            "Monday, November 30"
        );
        assert_eq!(
            with_language("de-DE", || date_long(d)),
            "Montag, 30. November"
        );
        assert_eq!(
            with_language("es-ES", || date_long(d)),
            "lunes, 30 de noviembre"
        );
        assert_eq!(with_language("de", || weekday(Weekday::Sun)), "Sonntag");
        assert_eq!(with_language("es", || weekday(Weekday::Wed)), "miércoles");
        assert_eq!(with_language("en-XA", || weekday(Weekday::Fri)), "⟦Friday⟧");
        let t = NaiveTime::from_hms_opt(19, 5, 0).unwrap();
        assert_eq!(with_language("en-US", || time(t)), "7:05 PM");
        assert_eq!(with_language("de", || time(t)), "19:05");
    }
}

#[cfg(test)]
mod core_patterns {
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
