//! Cairn's words in the person's language.
//!
//! Every sentence a person reads lives in one Fluent catalogue per language,
//! `src-tauri/core/locales/<id>.ftl`, listed once in [`catalogue::LANGUAGES`].
//! Rust formats its own sentences (errors, the command line, notifications,
//! the tray, milestones, the week's draft) with `fluent-bundle` through
//! [`tr!`]; the window receives the same catalogue, parsed here, as data
//! ([`Language::window_catalogue`]) and formats it in the page.
//!
//! Which language: `CAIRN_LANG` when set (the command line and tests), else
//! the person's choice in Settings, else the system's ([`resolve`]). The
//! process has one current language ([`current`]); a thread may use another
//! for a while ([`with_language`]), which is how tests ask for German.
//! Dates, weekday names, numbers and the first day of the week follow the
//! language's locale, which keeps the system's region where the language
//! matches (German on an Austrian system formats as `de-AT`).

pub mod catalogue;
#[cfg(feature = "command-line")]
pub mod command_line;
pub mod format;
pub mod locale;
pub mod window;

use std::cell::RefCell;
use std::sync::{Arc, RwLock};

pub use catalogue::{Arg, Language, LANGUAGES, PSEUDO_LANGUAGES};
pub use locale::{resolve, Choice};

/// The environment variable that picks the language for one process.
pub const ENV: &str = "CAIRN_LANG";

static CURRENT: RwLock<Option<Arc<Language>>> = RwLock::new(None);

thread_local! {
    static ON_THIS_THREAD: RefCell<Option<Arc<Language>>> = const { RefCell::new(None) };
}

/// The language Cairn speaks now: this thread's (see [`with_language`]),
/// else the process's, else the one `CAIRN_LANG` or the system names.
pub fn current() -> Arc<Language> {
    if let Some(lang) = ON_THIS_THREAD.with(|t| t.borrow().clone()) {
        return lang;
    }
    if let Some(lang) = CURRENT.read().ok().and_then(|c| c.clone()) {
        return lang;
    }
    let lang = Language::get(&resolve(&Choice::System));
    set_current(lang.clone());
    lang
}

/// The system's locale as the operating system reports it ("de-AT").
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale()
}

/// Makes `lang` the process's language (at start and when the person
/// chooses another in Settings).
pub fn set_current(lang: Arc<Language>) {
    if let Ok(mut c) = CURRENT.write() {
        *c = Some(lang);
    }
}

/// Runs `f` with this thread speaking `lang` (a catalogue id or a locale
/// such as `de-AT`), then restores what it spoke before.
pub fn with_language<R>(lang: &str, f: impl FnOnce() -> R) -> R {
    let lang = Language::get(&locale::Resolved::from_tag(lang));
    let before = ON_THIS_THREAD.with(|t| t.replace(Some(lang)));
    struct Restore(Option<Arc<Language>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            ON_THIS_THREAD.with(|t| *t.borrow_mut() = before);
        }
    }
    let _restore = Restore(before);
    f()
}

/// The message `id` in the current language, with `args`.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    current().format(id, args)
}

/// A message of the catalogue in the current language:
/// `tr!("win-logged")`, `tr!("wins-today", count = 3, goal = title)`.
/// Arguments are numbers (which also choose plural forms) or text.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}
