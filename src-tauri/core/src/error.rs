//! Cairn's one error type. Every failure a person can meet becomes one of a
//! few stable kinds with a sentence that says what to do; the UI receives it
//! as `{kind, message}`. Technical detail goes to the log, not the screen.

use serde::ser::SerializeStruct;

use crate::domain::RuleError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// The input breaks a rule; nothing was written.
    #[error("{0}")]
    Validation(String),
    /// What the input refers to does not exist (any more).
    #[error("{0}")]
    NotFound(String),
    /// The request is fine but clashes with the current state.
    #[error("{0}")]
    Conflict(String),
    /// The database could not be read or written.
    #[error("{0}")]
    Storage(String),
    /// A bug or an unexpected environment.
    #[error("{0}")]
    Internal(String),
}

impl Error {
    /// The stable name the UI and tests match on.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Validation(_) => "validation",
            Error::NotFound(_) => "notFound",
            Error::Conflict(_) => "conflict",
            Error::Storage(_) => "storage",
            Error::Internal(_) => "internal",
        }
    }

    /// `what` is the kind of thing: "goal", "step", "win", "reward",
    /// "habit stack", "focus action", "computer", "backup" (one sentence per
    /// kind in the catalogue, `error-not-found`).
    pub fn not_found(what: &str) -> Self {
        Error::NotFound(crate::tr!("error-not-found", what = what.replace(' ', "-")))
    }
}

impl From<RuleError> for Error {
    fn from(e: RuleError) -> Self {
        Error::Validation(e.0)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        tracing::error!(error = %e, "database error");
        let code = match &e {
            rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
            _ => None,
        };
        Error::Storage(crate::tr!(match code {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => "error-storage-busy",
            Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen) => {
                "error-storage-read-only"
            }
            Some(ErrorCode::DiskFull) => "error-storage-disk-full",
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => "error-storage-damaged",
            _ => "error-storage-other",
        }))
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Error", 2)?;
        out.serialize_field("kind", self.kind())?;
        out.serialize_field("message", &self.to_string())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_kind_and_message() {
        let json = serde_json::to_value(Error::not_found("goal")).unwrap();
        assert_eq!(json["kind"], "notFound");
        assert!(json["message"]
            .as_str()
            .unwrap()
            .starts_with("That goal no longer exists"));
        assert_eq!(json.as_object().unwrap().len(), 2);
    }

    #[test]
    fn busy_database_reads_as_a_sentence() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            Some("database is locked".into()),
        );
        let e = Error::from(busy);
        assert_eq!(e.kind(), "storage");
        assert!(e.to_string().contains("busy"), "{e}");
        assert!(!e.to_string().contains("SQLITE"), "no jargon: {e}");
    }

    #[test]
    fn sentences_in_german_and_spanish() {
        use crate::i18n::with_language;
        assert_eq!(
            with_language("de", || Error::not_found("habit stack").to_string()),
            "Diese Gewohnheitskette gibt es nicht mehr. Vielleicht wurde sie gelöscht; \
             lade das Fenster neu, um die aktuelle Liste zu sehen."
        );
        assert!(with_language("es", || Error::not_found("goal").to_string())
            .starts_with("Esa meta ya no existe."));
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert_eq!(
            with_language("de", || Error::from(full).to_string()),
            "Der Datenträger ist voll. Nichts wurde gespeichert; mach etwas Platz frei und versuch es noch einmal."
        );
        let long = "x".repeat(2001);
        let e = with_language("de", || {
            crate::domain::Note::parse(&long, "core-field-note")
        });
        assert_eq!(
            e.map_err(|e| e.0),
            Err("Die Notiz hat 2.001 Zeichen; bitte höchstens 2.000.".to_owned())
        );
        let e = with_language("es", || crate::domain::Title::parse(" ", "core-field-win"));
        assert_eq!(
            e.map_err(|e| e.0),
            Err("El logro no tiene texto. Escribe unas palabras.".to_owned())
        );
    }
}
