//! Validated user text: titles (one line, short) and notes (several lines).
//!
//! Text is trimmed, must not be empty where required, has a length limit in
//! characters (not bytes), and may not carry control characters, which
//! would hide text or break a terminal when printed by the CLI.

use super::RuleError;

/// Most characters in a title: goal, step and win texts.
pub const TITLE_MAX: usize = 200;
/// Most characters in a note, a "why" or a success definition.
pub const NOTE_MAX: usize = 2000;

/// A one-line text of 1 to [`TITLE_MAX`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    /// `what` names the field in the error: the id of a `core-field-…`
    /// message ("core-field-goal-title" reads "The goal's title").
    pub fn parse(text: &str, what: &str) -> Result<Self, RuleError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RuleError::new(crate::tr!(
                "error-text-empty",
                what = crate::tr!(what)
            )));
        }
        let count = text.chars().count();
        if count > TITLE_MAX {
            return Err(RuleError::new(crate::tr!(
                "error-text-too-long",
                what = crate::tr!(what),
                count = count,
                max = TITLE_MAX
            )));
        }
        if text.chars().any(char::is_control) {
            return Err(RuleError::new(crate::tr!(
                "error-title-control",
                what = crate::tr!(what)
            )));
        }
        Ok(Title(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// An optional text of up to [`NOTE_MAX`] characters; line breaks and tabs
/// are allowed, other control characters are not. Blank means none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note(String);

impl Note {
    /// `what` is the id of a `core-field-…` message, as for [`Title::parse`].
    pub fn parse(text: &str, what: &str) -> Result<Self, RuleError> {
        let text = text.trim().replace("\r\n", "\n");
        let count = text.chars().count();
        if count > NOTE_MAX {
            return Err(RuleError::new(crate::tr!(
                "error-text-too-long",
                what = crate::tr!(what),
                count = count,
                max = NOTE_MAX
            )));
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err(RuleError::new(crate::tr!(
                "error-note-control",
                what = crate::tr!(what)
            )));
        }
        Ok(Note(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_title(input: &str, expected: Result<&str, &str>) {
        let got = Title::parse(input, "core-field-step-title");
        match expected {
            Ok(text) => assert_eq!(
                got.map(Title::into_string),
                Ok(text.to_owned()),
                "{input:?}"
            ),
            Err(fragment) => {
                let err = got.expect_err(input).0;
                assert!(err.contains(fragment), "{input:?}: {err}");
            }
        }
    }

    #[test]
    fn titles() {
        check_title("Write one paragraph", Ok("Write one paragraph"));
        check_title("  padded  ", Ok("padded"));
        check_title("", Err("is empty"));
        check_title(" \t\n ", Err("is empty"));
        check_title("line\nbreak", Err("control character"));
        check_title("bell\u{7}", Err("control character"));
        check_title(&"x".repeat(200), Ok(&"x".repeat(200)));
        check_title(&"x".repeat(201), Err("201 characters"));
        // Characters, not bytes: 200 stones are 800 bytes and still fit.
        check_title(&"🪨".repeat(200), Ok(&"🪨".repeat(200)));
        check_title(
            "<img src=x onerror=alert(1)>",
            Ok("<img src=x onerror=alert(1)>"),
        );
    }

    fn check_note(input: &str, expected: Result<&str, &str>) {
        let got = Note::parse(input, "core-field-note");
        match expected {
            Ok(text) => assert_eq!(got.map(Note::into_string), Ok(text.to_owned()), "{input:?}"),
            Err(fragment) => {
                let err = got.expect_err(input).0;
                assert!(err.contains(fragment), "{input:?}: {err}");
            }
        }
    }

    #[test]
    fn notes() {
        check_note("", Ok(""));
        check_note("  ", Ok(""));
        check_note("two\nlines", Ok("two\nlines"));
        check_note("windows\r\nline", Ok("windows\nline"));
        check_note("lone\rreturn", Err("control character"));
        check_note("tab\there", Ok("tab\there"));
        check_note("nul\0", Err("control character"));
        check_note(&"y".repeat(2000), Ok(&"y".repeat(2000)));
        check_note(&"y".repeat(2001), Err("2,001 characters"));
    }
}
