//! `cairn`, the command line: `cairn log "text" [--goal NAME] [--step NAME]
//! [--note TEXT] [--day yesterday|YYYY-MM-DD]`, `cairn today`, `cairn week [--last] [--markdown]`,
//! `cairn focus ["text" | --step NAME | --clear]`, `cairn backup`,
//! `cairn export FILE`, `cairn import FILE [--dry-run]`, and
//! `cairn sync --folder PATH [--name NAME]` or
//! `cairn sync status|now|off|compact` (sync through a folder; see
//! `sync.rs` beside this file). Without a command it opens the window:
//! it hands over to `cairn-app` beside it (on Unix by `exec`, so no second
//! process stays around).
//!
//! It runs on `cairn-core` alone, so a person logging from a terminal, a
//! launcher or a script never waits for a window toolkit to load. It writes
//! through the same service functions as the window, on the same database
//! (WAL lets it share the file with a running app); a running Cairn notices
//! the write through its watch on the database and refreshes its windows
//! and tray.

use std::io::Write;
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod sync;

use chrono::NaiveDate;

use cairn_core::clock::Clock;
use cairn_core::domain::measure::{Amount, Bound, Measure};
use cairn_core::domain::{GoalStatus, StepId, WinSource};
use cairn_core::error::{Error, Result};
use cairn_core::service::reflections::WeekPick;
use cairn_core::service::{self, wins::WinDraft};
use cairn_core::store::location::data_dir;
use cairn_core::store::Store;
use cairn_core::{i18n, tr};

/// Cairn: log small wins, see how far you have come. (The help a person
/// reads comes from the catalogue: `command()`.)
#[derive(Debug, Parser)]
#[command(name = "cairn", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Handed to the window app: print the time to the first painted
    /// frame with data, then exit.
    #[arg(long, hide = true)]
    pub measure_startup: bool,
}

#[derive(Debug, Subcommand, PartialEq)]
pub enum Command {
    /// Log a win and print it.
    Log {
        /// What you did.
        text: String,
        /// The goal it counts for (its name, or the start of it).
        #[arg(long)]
        goal: Option<String>,
        /// The step it counts for (its name, or the start of it).
        #[arg(long)]
        step: Option<String>,
        /// A note to keep with it.
        #[arg(long)]
        note: Option<String>,
        /// The day it counts for, when not today: `yesterday` or YYYY-MM-DD.
        #[arg(long)]
        day: Option<String>,
        /// How much, for a measured step (12, or 2.5); without it, the
        /// step's usual amount.
        #[arg(long)]
        amount: Option<String>,
    },
    /// List today's one thing, today's wins and the steps still open today.
    Today,
    /// Print this week's review: the draft from your wins, and your answers.
    Week {
        /// The week before this one.
        #[arg(long)]
        last: bool,
        /// As markdown, to paste into a journal.
        #[arg(long)]
        markdown: bool,
    },
    /// Set today's one thing: a line of text or an open step (without
    /// either, print it).
    Focus {
        /// The one thing, in a few words.
        #[arg(conflicts_with_all = ["step", "clear"])]
        text: Option<String>,
        /// An open step instead (its name, or the start of it).
        #[arg(long, conflicts_with = "clear")]
        step: Option<String>,
        /// Clear today's one thing.
        #[arg(long)]
        clear: bool,
    },
    /// Back up the database now, into the backups folder beside it.
    Backup,
    /// Export everything to a JSON file (or the wins alone, with a .csv name).
    Export {
        /// Where to write, e.g. cairn.json or wins.csv.
        file: PathBuf,
    },
    /// Import a Cairn export, a Loop Habit Tracker backup (.db) or Loop's
    /// CSV export (its folder or a zip), recognised by content.
    Import {
        /// The file or folder to import.
        file: PathBuf,
        /// Only say what would be added; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Sync through a folder your sync tool already syncs (Syncthing,
    /// Nextcloud, Dropbox, a USB stick): `cairn sync --folder PATH` turns
    /// it on; without anything, print the sync status.
    #[command(args_conflicts_with_subcommands = true)]
    Sync {
        /// The sync folder: Cairn writes under PATH/Cairn/ only.
        #[arg(long, value_name = "PATH")]
        folder: Option<PathBuf>,
        /// This computer's name, as the other computers show it.
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[command(subcommand)]
        action: Option<sync::Action>,
    },
}

impl Command {
    /// Whether the command may change what travels (so its changes are
    /// written to the sync folder before the program ends).
    pub fn writes(&self) -> bool {
        match self {
            Command::Log { .. } | Command::Focus { .. } => true,
            Command::Import { dry_run, .. } => !dry_run,
            _ => false,
        }
    }
}

/// The command line's `--help`, in the language Cairn speaks now: clap's
/// derive takes the doc comments above (English, for the source); each
/// about and help line is replaced here from the catalogue, and clap's own
/// words by `i18n::command_line`.
pub fn command() -> clap::Command {
    fn about(id: &str) -> impl FnOnce(clap::Command) -> clap::Command + '_ {
        move |c| c.about(tr!(id)).long_about(None)
    }
    fn help(id: &str) -> impl FnOnce(clap::Arg) -> clap::Arg + '_ {
        move |a| a.help(tr!(id)).long_help(None)
    }
    let command = Cli::command()
        // Not argv[0]'s name, which reads `cairn.exe` on Windows: the
        // usage line shows what a person types.
        .bin_name("cairn")
        .about(tr!("cli-about"))
        .long_about(None)
        .after_help(tr!("cli-after-help"))
        .mut_subcommand("log", |s| {
            about("cli-help-log")(s)
                .mut_arg("text", help("cli-help-log-text"))
                .mut_arg("goal", help("cli-help-log-goal"))
                .mut_arg("step", help("cli-help-log-step"))
                .mut_arg("note", help("cli-help-log-note"))
                .mut_arg("day", help("cli-help-log-day"))
        })
        .mut_subcommand("today", about("cli-help-today"))
        .mut_subcommand("week", |s| {
            about("cli-help-week")(s)
                .mut_arg("last", help("cli-help-week-last"))
                .mut_arg("markdown", help("cli-help-week-markdown"))
        })
        .mut_subcommand("focus", |s| {
            about("cli-help-focus")(s)
                .mut_arg("text", help("cli-help-focus-text"))
                .mut_arg("step", help("cli-help-focus-step"))
                .mut_arg("clear", help("cli-help-focus-clear"))
        })
        .mut_subcommand("backup", about("cli-help-backup"))
        .mut_subcommand("export", |s| {
            about("cli-help-export")(s).mut_arg("file", help("cli-help-export-file"))
        })
        .mut_subcommand("import", |s| {
            about("cli-help-import")(s)
                .mut_arg("file", help("cli-help-import-file"))
                .mut_arg("dry_run", help("cli-help-import-dry-run"))
        })
        .mut_subcommand("sync", |s| {
            about("cli-help-sync")(s)
                .mut_arg("folder", help("cli-help-sync-folder"))
                .mut_arg("name", help("cli-help-sync-name"))
                .mut_subcommand("status", about("cli-help-sync-status"))
                .mut_subcommand("now", about("cli-help-sync-now"))
                .mut_subcommand("off", about("cli-help-sync-off"))
                .mut_subcommand("compact", about("cli-help-sync-compact"))
        });
    // clap's own words (headings, --help, the help command) too.
    i18n::command_line::dress(command)
}

/// Parses the arguments with [`command`]'s words.
pub fn try_parse_from<I, T>(args: I) -> std::result::Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut command = command();
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

/// What [`find_by_name`] looks for; its message id's `kind`.
#[derive(Clone, Copy)]
enum Kind {
    Goal,
    Step,
    OpenStep,
}

impl Kind {
    fn id(self) -> &'static str {
        match self {
            Kind::Goal => "goal",
            Kind::Step => "step",
            Kind::OpenStep => "open-step",
        }
    }
}

/// The day `--day` names: `today`, `yesterday` or `YYYY-MM-DD` (the same
/// words in every language, as the flags are).
fn day_named(text: &str, clock: &dyn Clock) -> Result<NaiveDate> {
    let today = clock.today();
    match text.trim().to_lowercase().as_str() {
        "today" => Ok(today),
        "yesterday" => Ok(today - chrono::Duration::days(1)),
        other => other
            .parse()
            .map_err(|_| Error::Validation(tr!("cli-day-unreadable", text = text))),
    }
}

/// Finds one item by name: an exact match (ignoring case) first, else the
/// only one whose name starts with `name`.
fn find_by_name<'a, T>(
    items: &'a [T],
    name: &str,
    title: impl Fn(&T) -> &str,
    kind: Kind,
) -> Result<&'a T> {
    let wanted = name.trim().to_lowercase();
    if let Some(exact) = items.iter().find(|i| title(i).to_lowercase() == wanted) {
        return Ok(exact);
    }
    let starts: Vec<&T> = items
        .iter()
        .filter(|i| title(i).to_lowercase().starts_with(&wanted))
        .collect();
    match starts.as_slice() {
        [one] => Ok(one),
        [] => {
            let names: Vec<&str> = items.iter().map(&title).collect();
            Err(Error::NotFound(if names.is_empty() {
                tr!("cli-none-yet", kind = kind.id(), name = name)
            } else {
                tr!(
                    "cli-none-called",
                    kind = kind.id(),
                    name = name,
                    names = names.join(", ")
                )
            }))
        }
        many => Err(Error::Validation(tr!(
            "cli-ambiguous",
            kind = kind.id(),
            name = name,
            count = many.len(),
            names = many.iter().map(|i| title(i)).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// Runs a command against `store`, writing what a person reads to `out`.
pub fn run_command(
    command: &Command,
    store: &Store,
    clock: &dyn Clock,
    out: &mut dyn Write,
) -> Result<()> {
    let print = |out: &mut dyn Write, line: String| {
        writeln!(out, "{line}").map_err(|e| {
            tracing::warn!(error = %e, "could not write to standard output");
            Error::Internal(tr!("cli-output-closed-logged"))
        })
    };
    match command {
        Command::Log {
            text,
            goal,
            step,
            note,
            day,
            amount,
        } => {
            let day = day.as_deref().map(|d| day_named(d, clock)).transpose()?;
            let amount = amount.as_deref().map(Amount::parse).transpose()?;
            let all = service::goals::list_goals(store)?;
            let goals: Vec<_> = all
                .iter()
                .filter(|g| g.goal.status != GoalStatus::Archived)
                .collect();
            let goal = goal
                .as_deref()
                .map(|name| find_by_name(&goals, name, |g| &g.goal.title, Kind::Goal))
                .transpose()?;
            let step_id: Option<StepId> = match step {
                None => None,
                Some(name) => {
                    let steps: Vec<_> = match goal {
                        Some(g) => g.steps.iter().filter(|s| !s.archived).collect(),
                        None => goals
                            .iter()
                            .flat_map(|g| g.steps.iter())
                            .filter(|s| !s.archived)
                            .collect(),
                    };
                    Some(
                        find_by_name(&steps, name, |s| &s.title, Kind::Step)?
                            .id
                            .clone(),
                    )
                }
            };
            let draft = WinDraft {
                text: text.clone(),
                note: note.clone().unwrap_or_default(),
                goal: goal.map(|g| g.goal.id.clone()),
                step: step_id,
                source: WinSource::Cli,
                amount,
            };
            let logged = service::wins::log_win_on(store, clock, &draft, day)?;
            let text = logged.record.win.text.as_str();
            let goal = logged.record.goal_title.as_deref();
            let line = if logged.record.win.local_date == clock.today() {
                let count = service::today::today(store, clock)?.win_count;
                match goal {
                    Some(goal) => tr!("cli-logged-for", text = text, goal = goal, count = count),
                    None => tr!("cli-logged", text = text, count = count),
                }
            } else {
                let day = i18n::format::date_long(logged.record.win.local_date);
                match goal {
                    Some(goal) => tr!("cli-logged-for-on", text = text, goal = goal, day = day),
                    None => tr!("cli-logged-on", text = text, day = day),
                }
            };
            print(out, line)?;
            for m in &logged.milestones {
                print(out, tr!("cli-milestone", label = m.label.as_str()))?;
            }
            // Today's one thing and gentle rewards.
            if logged.one_thing {
                print(out, tr!("cli-was-one-thing"))?;
            }
            for r in &logged.rewards {
                print(out, tr!("cli-reward", reward = r.reward.text.as_str()))?;
            }
            Ok(())
        }
        Command::Focus { text, step, clear } => focus(store, clock, out, text, step, *clear),
        Command::Today => {
            let view = service::today::today(store, clock)?;
            // Today's one thing first.
            if let Some(line) = one_thing_line(view.focus.one_thing.as_ref()) {
                print(out, line)?;
            }
            print(
                out,
                tr!(
                    "cli-today",
                    date = i18n::format::date_long_year(view.date),
                    count = view.win_count
                ),
            )?;
            // A busy day prints its newest wins; the rest are on the Wins page.
            let earlier = view.win_count.saturating_sub(view.wins.len());
            if earlier > 0 {
                print(out, tr!("cli-today-earlier", count = earlier))?;
            }
            for w in view.wins.iter().rev() {
                let time = i18n::format::time(clock.local_datetime(w.win.logged_at).time());
                let goal = w
                    .goal_title
                    .as_ref()
                    .map(|t| format!("  ({t})"))
                    .unwrap_or_default();
                print(out, format!("  {time}  {}{goal}", w.win.text))?;
            }
            if view.open_steps.is_empty() {
                print(out, tr!("cli-today-nothing-open"))
            } else {
                print(out, tr!("cli-today-open-steps"))?;
                for o in &view.open_steps {
                    let goal = o
                        .goal_title
                        .as_ref()
                        .map(|t| format!("  ({t})"))
                        .unwrap_or_default();
                    let so_far = match (&o.step.measure, o.amount) {
                        (Some(m), Some(amount)) => format!("  {}", amount_line(m, amount)),
                        _ => String::new(),
                    };
                    print(out, format!("  ○ {}{so_far}{goal}", o.step.title))?;
                }
                Ok(())
            }?;
            // Limits are kept, not done: how today stands with each.
            if !view.limits.is_empty() {
                print(out, tr!("cli-today-limits"))?;
                for l in &view.limits {
                    if let Some(m) = &l.step.measure {
                        print(
                            out,
                            format!("  {}  {}", l.step.title, amount_line(m, l.amount)),
                        )?;
                    }
                }
            }
            Ok(())
        }
        Command::Week { last, markdown } => {
            let pick = if *last {
                WeekPick::Previous
            } else {
                WeekPick::Holding(clock.today())
            };
            let review = service::reflections::week_review(store, clock, pick)?;
            let text = service::reflections::text(&review, *markdown);
            print(out, text.trim_end().to_owned())
        }
        Command::Export { file } => {
            let is_csv = file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            if is_csv {
                let n = service::export::export_csv(store, clock, file)?;
                print(
                    out,
                    tr!(
                        "cli-exported-wins",
                        count = n,
                        path = cairn_core::files::shown(file)
                    ),
                )
            } else {
                let e = service::export::export_json(store, clock, file)?;
                print(
                    out,
                    tr!(
                        "cli-exported",
                        goals = e.goals,
                        steps = e.steps,
                        wins = e.wins,
                        path = cairn_core::files::shown(file)
                    ),
                )
            }
        }
        Command::Import { file, dry_run } => {
            let p = service::import::import_path(store, clock, file, *dry_run)?;
            let parts = preview_words(&p);
            let path = cairn_core::files::shown(file);
            let line = match (*dry_run, p.is_empty()) {
                (true, true) => tr!("cli-import-adds-nothing", source = p.source.label()),
                (true, false) => tr!(
                    "cli-import-would-add",
                    source = p.source.label(),
                    parts = parts
                ),
                (false, true) => tr!("cli-import-nothing-new", path = path),
                (false, false) => tr!("cli-imported", parts = parts, path = path),
            };
            print(out, line)?;
            // What stays behind, kindly, one line each.
            for note in p.left_out.sentences() {
                print(out, note)?;
            }
            Ok(())
        }
        Command::Sync {
            folder,
            name,
            action,
        } => sync::run(
            store,
            clock,
            out,
            folder.as_deref(),
            name.as_deref(),
            action,
        ),
        Command::Backup => {
            let b = service::backups::backup_now(store, clock)?;
            print(
                out,
                tr!(
                    "cli-backed-up",
                    count = b.wins.unwrap_or_default(),
                    size = size_words(b.bytes),
                    path = cairn_core::files::shown(&b.path)
                ),
            )
        }
    }
}

/// "★ Today's one thing: Write one paragraph (Thesis)", with "✓ done"
/// once it is done.
fn one_thing_line(one: Option<&service::focus::OneThingView>) -> Option<String> {
    one.map(|one| {
        let text = one.text.as_str();
        let line = match &one.goal_title {
            Some(goal) => tr!("cli-one-thing-goal", text = text, goal = goal),
            None => tr!("cli-one-thing", text = text),
        };
        if one.done {
            format!("{line}  {}", tr!("cli-one-thing-done"))
        } else {
            line
        }
    })
}

/// `cairn focus`: sets, clears or prints today's one thing.
fn focus(
    store: &Store,
    clock: &dyn Clock,
    out: &mut dyn Write,
    text: &Option<String>,
    step: &Option<String>,
    clear: bool,
) -> Result<()> {
    use service::focus::Choice;
    let line = if clear {
        service::focus::clear_one_thing(store, clock)?;
        tr!("cli-focus-cleared")
    } else {
        let choice = match (text, step) {
            (Some(text), _) => Some(Choice::Text(text.clone())),
            (None, Some(name)) => {
                let open = service::today::today(store, clock)?.open_steps;
                let found = find_by_name(&open, name, |o| &o.step.title, Kind::OpenStep)?;
                Some(Choice::Step(found.step.id.clone()))
            }
            (None, None) => None,
        };
        match choice {
            Some(choice) => {
                let one = service::focus::set_one_thing(store, clock, &choice)?;
                one_thing_line(Some(&one)).unwrap_or_default()
            }
            None => {
                let now = service::focus::one_thing_today(store, clock)?;
                one_thing_line(now.one_thing.as_ref()).unwrap_or_else(|| tr!("cli-focus-none"))
            }
        }
    };
    writeln!(out, "{line}").map_err(|e| {
        tracing::warn!(error = %e, "could not write to standard output");
        Error::Internal(tr!("cli-output-closed"))
    })
}

/// "2 steps, 6 wins and 1 rest day": what an import adds, leaving out
/// what it does not.
fn preview_words(p: &service::import::Preview) -> String {
    let parts: Vec<String> = [
        (p.goals, "cli-count-goals"),
        (p.steps, "cli-count-steps"),
        (p.wins, "cli-count-wins"),
        (p.rest_days, "cli-count-rest-days"),
        (p.stacks, "cli-count-stacks"),
        (p.reflections, "cli-count-reviews"),
        (p.one_things, "cli-count-one-things"),
        (p.step_versions, "cli-count-step-story"),
        (p.rewards, "cli-count-rewards"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| tr!(id, count = n))
    .collect();
    if parts.is_empty() {
        return tr!("cli-nothing");
    }
    and_list(&parts)
}

/// "a, b and c", with the language's "and".
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!("cli-list-and", first = rest.join(", "), last = last),
    }
}

fn size_words(bytes: u64) -> String {
    match bytes {
        b if b < 1024 * 1024 => tr!("cli-size-kb", kb = b.div_ceil(1024)),
        b => {
            let mb = (b as f64 / (1024.0 * 1024.0) * 10.0).round() / 10.0;
            tr!("cli-size-mb", mb = mb)
        }
    }
}

/// Runs a CLI command in this process and returns the exit code.
fn run(command: &Command) -> i32 {
    let clock = cairn_core::clock::SystemClock;
    let result = data_dir()
        .and_then(|dir| Store::open_in(&dir))
        .and_then(|store| {
            // The person's choice of language, unless CAIRN_LANG says otherwise.
            if let Err(e) = service::settings::use_language(&store) {
                tracing::warn!(error = %e, "the language choice could not be read");
            }
            let mut stdout = std::io::stdout().lock();
            run_command(command, &store, &clock, &mut stdout)?;
            // With sync on, what this command wrote goes to the sync folder
            // now; a folder that cannot take it is a note, not an error.
            if command.writes() {
                if let Some(note) = sync::flush_after_write(&store, &clock) {
                    eprintln!("cairn: {note}");
                }
            }
            Ok(())
        });
    match result {
        // A running Cairn sees the write through its watch on the database.
        Ok(()) => 0,
        Err(e) => {
            eprintln!("cairn: {e}");
            1
        }
    }
}

/// The window app's file name, beside this program.
const WINDOW_APP: &str = if cfg!(windows) {
    "cairn-app.exe"
} else {
    "cairn-app"
};

/// Opens the window: the window app beside this program takes over with
/// the same arguments. Returns only if it could not.
fn open_window() -> i32 {
    let app = std::env::current_exe().map(|me| me.with_file_name(WINDOW_APP));
    let app = match app {
        Ok(app) if app.is_file() => app,
        _ => {
            eprintln!("cairn: {}", tr!("cli-window-missing", app = WINDOW_APP));
            return 1;
        }
    };
    let mut window = std::process::Command::new(&app);
    window.args(std::env::args_os().skip(1));
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let e = window.exec();
        tracing::error!(error = %e, app = %app.display(), "could not start the window app");
        eprintln!("cairn: {}", tr!("cli-window-not-started"));
        1
    }
    #[cfg(not(unix))]
    match window.spawn() {
        Ok(_) => 0,
        Err(e) => {
            tracing::error!(error = %e, app = %app.display(), "could not start the window app");
            eprintln!("cairn: {}", tr!("cli-window-not-started"));
            1
        }
    }
}

/// Logs go to stderr only when `CAIRN_LOG` asks (`tracing`'s filter syntax),
/// so a person at a terminal reads the sentence alone; colours only on a
/// terminal.
fn init_logging() {
    use std::io::IsTerminal;
    let Ok(filter) = tracing_subscriber::EnvFilter::try_from_env("CAIRN_LOG") else {
        return;
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .try_init();
}

fn main() {
    let cli = match try_parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        // Usage errors exit with 2 and a sentence in the person's language,
        // --help and --version with 0.
        Err(e) => i18n::command_line::exit(e, "cairn"),
    };
    init_logging();
    std::process::exit(match &cli.command {
        Some(command) => run(command),
        None => open_window(),
    });
}

/// A measured step's amount against its target, in words: "7 of 10
/// pages", "1 of at most 2 cups", "3 cups, over today's 2", or "7 pages"
/// without a target.
fn amount_line(m: &Measure, amount: Amount) -> String {
    let unit = m.unit.as_str();
    let Some(t) = m.target else {
        return tr!("amount-plain", amount = amount.units(), unit = unit);
    };
    let id = match (t.bound, amount > t.amount) {
        (Bound::AtLeast, _) => "amount-of",
        (Bound::AtMost, false) => "amount-limit",
        (Bound::AtMost, true) => "amount-over",
    };
    tr!(
        id,
        amount = amount.units(),
        target = t.amount.units(),
        unit = unit,
        per = t.per.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use cairn_core::service::steps::{add_step, CadenceDraft, StepDraft};
    use cairn_core::service::test_support::*;

    fn parse(args: &[&str]) -> std::result::Result<Cli, clap::Error> {
        try_parse_from(std::iter::once("cairn").chain(args.iter().copied()))
    }

    #[test]
    fn arguments() {
        assert_eq!(parse(&[]).unwrap().command, None);
        assert!(parse(&["--measure-startup"]).unwrap().measure_startup);
        assert_eq!(
            parse(&["log", "Walked", "--goal", "Health", "--note", "sunny"])
                .unwrap()
                .command,
            Some(Command::Log {
                text: "Walked".into(),
                goal: Some("Health".into()),
                step: None,
                note: Some("sunny".into()),
                day: None,
                amount: None,
            })
        );
        assert_eq!(parse(&["today"]).unwrap().command, Some(Command::Today));
        assert_eq!(
            parse(&["week", "--last", "--markdown"]).unwrap().command,
            Some(Command::Week {
                last: true,
                markdown: true
            })
        );
        assert_eq!(
            parse(&["focus", "--step", "write"]).unwrap().command,
            Some(Command::Focus {
                text: None,
                step: Some("write".into()),
                clear: false
            })
        );
        assert_eq!(
            parse(&["focus", "--clear"]).unwrap().command,
            Some(Command::Focus {
                text: None,
                step: None,
                clear: true
            })
        );
        assert_eq!(parse(&["backup"]).unwrap().command, Some(Command::Backup));
        assert_eq!(
            parse(&["import", "loop.db", "--dry-run"]).unwrap().command,
            Some(Command::Import {
                file: "loop.db".into(),
                dry_run: true
            })
        );
        assert_eq!(
            parse(&["export", "all.json"]).unwrap().command,
            Some(Command::Export {
                file: "all.json".into()
            })
        );
        for bad in [
            &["log"][..],
            &["log", "a", "--colour", "red"],
            &["frobnicate"],
            &["today", "extra"],
            &["import"],
            &["export"],
            &["focus", "a", "--clear"],
            &["focus", "--step", "a", "--clear"],
        ] {
            let err = parse(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad:?} exits with 2");
        }
    }

    fn seeded() -> (TempStore, FixedClock) {
        let t = temp_store();
        let clock = saturday_morning();
        let thesis = new_goal(&t.store, &clock, "Thesis").unwrap();
        new_goal(&t.store, &clock, "Theatre").unwrap();
        let step = |title: &str| StepDraft {
            title: title.into(),
            cadence: CadenceDraft {
                kind: "daily".into(),
                ..Default::default()
            },
            minutes: None,
            measure: None,
        };
        add_step(
            &t.store,
            &clock,
            Some(&thesis.id),
            &step("Write one paragraph"),
        )
        .unwrap();
        (t, clock)
    }

    fn run(t: &TempStore, clock: &FixedClock, args: &[&str]) -> Result<String> {
        let command = parse(args).unwrap().command.unwrap();
        let mut out = Vec::new();
        run_command(&command, &t.store, clock, &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn log_for_yesterday_or_a_date_counts_for_that_day() {
        let (t, clock) = seeded();
        let out = run(&t, &clock, &["log", "Evening walk", "--day", "yesterday"]).unwrap();
        assert!(out.starts_with("✓ Logged \"Evening walk\" on "), "{out}");
        let out = run(
            &t,
            &clock,
            &["log", "", "--step", "write", "--day", "2026-11-18"],
        )
        .unwrap();
        assert!(out.contains("for Thesis on "), "{out}");
        let days: Vec<String> = service::wins::list_wins(&t.store, None, 10)
            .unwrap()
            .wins
            .iter()
            .map(|w| w.win.local_date.to_string())
            .collect();
        assert_eq!(
            days,
            [
                clock.today().pred_opt().unwrap().to_string(),
                "2026-11-18".into()
            ]
        );
        for bad in ["tomorrow", "2999-01-01", "18.11.2026"] {
            let err = run(&t, &clock, &["log", "x", "--day", bad]).unwrap_err();
            assert_eq!(err.kind(), "validation", "{bad}");
        }
        assert_eq!(
            service::wins::list_wins(&t.store, None, 10)
                .unwrap()
                .wins
                .len(),
            2
        );
    }

    #[test]
    fn log_prints_the_win_and_the_count() {
        let (t, clock) = seeded();
        let out = run(&t, &clock, &["log", "Walked", "--note", "sunny"]).unwrap();
        assert_eq!(
            out,
            "✓ Logged \"Walked\". 1 win today.\n◆ Milestone: Your first win.\n"
        );
        let out = run(&t, &clock, &["log", "", "--step", "write"]).unwrap();
        assert_eq!(
            out,
            "✓ Logged \"Write one paragraph\" for Thesis. 2 wins today.\n\
             ◆ Milestone: First win for Thesis.\n"
        );
        let today = service::today::today(&t.store, &clock).unwrap();
        assert_eq!(today.wins[1].win.note, "sunny");
        assert_eq!(today.wins[1].win.source, WinSource::Cli);
    }

    #[test]
    fn names_resolve_exactly_or_by_a_unique_start() {
        let (t, clock) = seeded();
        run(&t, &clock, &["log", "x", "--goal", "THESIS"]).unwrap();
        run(&t, &clock, &["log", "x", "--goal", "thea"]).unwrap();
        let err = run(&t, &clock, &["log", "x", "--goal", "the"]).unwrap_err();
        assert_eq!(err.kind(), "validation");
        assert!(err.to_string().contains("Thesis, Theatre"), "{err}");
        let err = run(&t, &clock, &["log", "x", "--goal", "Garden"]).unwrap_err();
        assert_eq!(err.kind(), "notFound");
        assert!(
            err.to_string().contains("Try one of: Thesis, Theatre"),
            "{err}"
        );
        let err = run(
            &t,
            &clock,
            &["log", "x", "--goal", "Theatre", "--step", "write"],
        )
        .unwrap_err();
        assert_eq!(err.kind(), "notFound", "the step belongs to another goal");
        assert_eq!(
            service::today::today(&t.store, &clock).unwrap().wins.len(),
            2
        );
    }

    #[test]
    fn bad_text_writes_nothing() {
        let (t, clock) = seeded();
        assert_eq!(
            run(&t, &clock, &["log", "  "]).unwrap_err().kind(),
            "validation"
        );
        assert!(service::today::today(&t.store, &clock)
            .unwrap()
            .wins
            .is_empty());
    }

    #[test]
    fn today_lists_wins_and_open_steps() {
        let (t, clock) = seeded();
        run(&t, &clock, &["log", "Walked"]).unwrap();
        let out = run(&t, &clock, &["today"]).unwrap();
        assert_eq!(
            out,
            "Saturday, November 21, 2026: 1 win\n  9:30 AM  Walked\nOpen steps:\n  ○ Write one paragraph  (Thesis)\n"
        );
    }

    /// Issue 24, part 2 and 4: `cairn log --amount` and `cairn today`'s
    /// "7 of 10 pages"; a limit is listed apart, kindly when gone over.
    #[test]
    fn measured_steps_take_an_amount_and_today_says_how_far() {
        use service::steps::MeasureDraft;
        let (t, clock) = seeded();
        let thesis = service::goals::list_goals(&t.store).unwrap()[0]
            .goal
            .id
            .clone();
        let measured = |title: &str, target: &str, bound: &str, unit: &str| StepDraft {
            title: title.into(),
            cadence: CadenceDraft {
                kind: "daily".into(),
                ..Default::default()
            },
            minutes: None,
            measure: Some(MeasureDraft {
                unit: unit.into(),
                target: target.into(),
                per: "day".into(),
                bound: bound.into(),
                usual: "1".into(),
            }),
        };
        add_step(
            &t.store,
            &clock,
            Some(&thesis),
            &measured("Read", "10", "at_least", "pages"),
        )
        .unwrap();
        add_step(
            &t.store,
            &clock,
            Some(&thesis),
            &measured("Coffee", "2", "at_most", "cups"),
        )
        .unwrap();

        run(&t, &clock, &["log", "", "--step", "Read", "--amount", "4"]).unwrap();
        run(&t, &clock, &["log", "", "--step", "Read", "--amount", "3"]).unwrap();
        let out = run(&t, &clock, &["today"]).unwrap();
        assert!(out.contains("  ○ Read  7 of 10 pages  (Thesis)\n"), "{out}");
        assert!(
            out.contains("Limits (kept, not done):\n  Coffee  0 of at most 2 cups today\n"),
            "{out}"
        );

        // Without --amount the usual amount (1) is logged.
        for _ in 0..3 {
            run(&t, &clock, &["log", "", "--step", "Coffee"]).unwrap();
        }
        let out = run(&t, &clock, &["today"]).unwrap();
        assert!(
            out.contains("  Coffee  3 cups, over today’s 2. Tomorrow is a fresh start.\n"),
            "{out}"
        );

        // Reaching the target closes the step for today; more is still welcome.
        run(
            &t,
            &clock,
            &["log", "", "--step", "Read", "--amount", "3.5"],
        )
        .unwrap();
        let out = run(&t, &clock, &["today"]).unwrap();
        assert!(!out.contains("○ Read"), "{out}");

        // A bad amount, or one for a step that is not measured, writes nothing.
        let before = service::today::today(&t.store, &clock).unwrap().win_count;
        for args in [
            ["log", "", "--step=Read", "--amount=-2", "--note", "x"],
            ["log", "", "--step", "Read", "--amount", "lots"],
            ["log", "", "--step", "Write", "--amount", "2"],
        ] {
            assert_eq!(
                run(&t, &clock, &args).unwrap_err().kind(),
                "validation",
                "{args:?}"
            );
        }
        assert_eq!(
            service::today::today(&t.store, &clock).unwrap().win_count,
            before
        );
    }

    #[test]
    fn a_busy_day_prints_its_newest_wins_and_counts_the_rest() {
        let (t, clock) = seeded();
        let n = service::today::TODAY_WINS + 2;
        for i in 0..n {
            run(&t, &clock, &["log", &format!("Win {i}")]).unwrap();
            clock.advance(chrono::Duration::seconds(1));
        }
        let out = run(&t, &clock, &["today"]).unwrap();
        let mut lines = out.lines();
        assert_eq!(
            lines.next(),
            Some(format!("Saturday, November 21, 2026: {n} wins").as_str())
        );
        assert_eq!(
            lines.next(),
            Some("…and 2 earlier wins today (the Wins page lists every one).")
        );
        // Oldest shown first, the two oldest of the day left out.
        assert!(
            lines.next().is_some_and(|l| l.ends_with("  Win 2")),
            "{out}"
        );
        assert_eq!(out.matches("  Win ").count(), service::today::TODAY_WINS);
        assert!(out.contains(&format!("  Win {}\n", n - 1)), "{out}");
    }

    #[test]
    fn week_prints_the_draft_and_then_the_answers() {
        use service::reflections::{save, ReflectionInput};
        use service::settings::set_review_settings;
        let (t, clock) = seeded();
        let mut settings = service::settings::review_settings(&t.store).unwrap();
        settings.week_start = Some(chrono::Weekday::Mon);
        set_review_settings(&t.store, &settings).unwrap();
        run(&t, &clock, &["log", "Walked"]).unwrap();

        let out = run(&t, &clock, &["week"]).unwrap();
        assert_eq!(
            out,
            "Week of 16 November 2026 to 22 November 2026\n\n\
             1 win on 1 day: you got going again.\n\n  • No goal: 1 win\n\
             \x20 • Milestone: Your first win\n\n\
             Not looked back on yet: open Cairn's Week page to write it.\n"
        );
        save(
            &t.store,
            &clock,
            &ReflectionInput {
                week_start: "2026-11-16".parse().unwrap(),
                went_well: "A walk in the sun".into(),
                learned: String::new(),
                adjust: String::new(),
                focus: Vec::new(),
            },
        )
        .unwrap();
        let md = run(&t, &clock, &["week", "--markdown"]).unwrap();
        assert!(md.starts_with("## Week of 16 November 2026"), "{md}");
        assert!(
            md.ends_with("### What went well\n\nA walk in the sun\n"),
            "{md}"
        );
        let last = run(&t, &clock, &["week", "--last"]).unwrap();
        assert!(
            last.starts_with("Week of 9 November 2026 to 15 November 2026\n\nA quiet week"),
            "{last}"
        );
    }

    #[test]
    fn backup_prints_where_the_copy_went() {
        let (t, clock) = seeded();
        run(&t, &clock, &["log", "Walked"]).unwrap();
        let out = run(&t, &clock, &["backup"]).unwrap();
        assert!(out.starts_with("✓ Backed up 1 win ("), "{out}");
        assert!(
            out.trim_end().ends_with("cairn-2026-11-21.sqlite3"),
            "{out}"
        );
    }

    #[test]
    fn export_then_import_dry_run_prints_the_preview() {
        let (t, clock) = seeded();
        run(&t, &clock, &["log", "Walked"]).unwrap();
        let file = t.dir.path().join("all.json");
        let path = file.to_str().unwrap();
        let out = run(&t, &clock, &["export", path]).unwrap();
        assert_eq!(
            out,
            format!("✓ Exported 2 goals, 1 step and 1 win to {path}\n")
        );
        let out = run(&t, &clock, &["import", path, "--dry-run"]).unwrap();
        assert_eq!(
            out,
            "This is a Cairn export. Importing it would add nothing: everything in it is already here.\n"
        );
        let fresh = temp_store();
        let out = run(&fresh, &clock, &["import", path, "--dry-run"]).unwrap();
        assert_eq!(
            out,
            "This is a Cairn export. Importing it would add 2 goals, 1 step, 1 win and 1 entry in a step's story. Nothing was changed (dry run).\n"
        );
        let out = run(&fresh, &clock, &["import", path]).unwrap();
        assert_eq!(
            out,
            format!(
                "✓ Imported 2 goals, 1 step, 1 win and 1 entry in a step's story from {path}\n"
            )
        );
        let csv = t.dir.path().join("wins.csv");
        let out = run(&t, &clock, &["export", csv.to_str().unwrap()]).unwrap();
        assert!(out.starts_with("✓ Exported 1 win to"), "{out}");
        let err = run(&t, &clock, &["import", csv.to_str().unwrap()]).unwrap_err();
        assert_eq!(err.kind(), "validation");
    }

    // ---- `cairn sync` (sync.rs).

    #[test]
    fn sync_arguments() {
        let sync = |args: &[&str]| parse(args).unwrap().command.unwrap();
        assert_eq!(
            sync(&["sync", "--folder", "/s", "--name", "Laptop"]),
            Command::Sync {
                folder: Some("/s".into()),
                name: Some("Laptop".into()),
                action: None
            }
        );
        for (word, action) in [
            ("status", sync::Action::Status),
            ("now", sync::Action::Now),
            ("off", sync::Action::Off),
            ("compact", sync::Action::Compact),
        ] {
            assert_eq!(
                sync(&["sync", word]),
                Command::Sync {
                    folder: None,
                    name: None,
                    action: Some(action)
                }
            );
        }
        assert!(sync(&["log", "x"]).writes());
        assert!(!sync(&["import", "a.json", "--dry-run"]).writes());
        assert!(!sync(&["sync", "now"]).writes());
        for bad in [
            &["sync", "--folder"][..],
            &["sync", "--folder", "/s", "now"],
            &["sync", "later"],
        ] {
            assert_eq!(parse(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }

    #[test]
    fn sync_now_prints_what_arrived_and_from_whom() {
        let folder = tempfile::tempdir().unwrap();
        let (a, clock) = seeded();
        let b = temp_store();
        // Changes stamped by the same fixed clock the commands read.
        a.store.set_clock(std::sync::Arc::new(saturday_morning()));
        b.store.set_clock(std::sync::Arc::new(saturday_morning()));
        let f = folder.path().to_str().unwrap();
        run(&a, &clock, &["sync", "--folder", f, "--name", "Laptop"]).unwrap();
        run(&b, &clock, &["sync", "--folder", f, "--name", "Desk"]).unwrap();
        run(&a, &clock, &["log", "Walked"]).unwrap();
        let out = run(&a, &clock, &["sync", "now"]).unwrap();
        assert!(out.starts_with("✓ Wrote 1"), "{out}");
        let out = run(&b, &clock, &["sync", "now"]).unwrap();
        assert!(out.starts_with("✓ Applied "), "{out}");
        assert!(out.ends_with(" from “Laptop”.\n"), "no notes: {out}");
        let status = run(&b, &clock, &["sync"]).unwrap();
        assert!(status.contains("\n  Laptop, last change "), "{status}");
        let today = run(&b, &clock, &["today"]).unwrap();
        assert!(today.contains("  9:30 AM  Walked\n"), "{today}");
    }

    // ---- In other languages.

    #[test]
    fn german_and_spanish_say_it_in_their_words() {
        let (t, clock) = seeded();
        cairn_core::i18n::with_language("de", || {
            let out = run(&t, &clock, &["log", "Spaziert"]).unwrap();
            assert!(
                out.starts_with("✓ „Spaziert“ notiert. Heute 1 Erfolg.\n"),
                "{out}"
            );
            let out = run(&t, &clock, &["log", "Gelesen", "--goal", "thesis"]).unwrap();
            assert!(
                out.starts_with("✓ „Gelesen“ für Thesis notiert. Heute 2 Erfolge.\n"),
                "{out}"
            );
            let out = run(&t, &clock, &["today"]).unwrap();
            assert!(
                out.starts_with("Samstag, 21. November 2026: 2 Erfolge\n  09:30  "),
                "{out}"
            );
            assert!(out.contains("\nOffene Schritte:\n"), "{out}");
            let err = run(&t, &clock, &["log", "x", "--goal", "the"]).unwrap_err();
            assert_eq!(
                err.to_string(),
                "„the“ passt zu 2 Zielen: Thesis, Theatre. Schreib mehr vom Namen."
            );
        });
        cairn_core::i18n::with_language("es", || {
            let out = run(&t, &clock, &["log", "Caminé"]).unwrap();
            assert!(
                out.starts_with("✓ Anotado «Caminé». 3 logros hoy.\n"),
                "{out}"
            );
            let out = run(&t, &clock, &["today"]).unwrap();
            assert!(
                out.starts_with("sábado, 21 de noviembre de 2026: 3 logros\n"),
                "{out}"
            );
        });
    }

    /// A Habo backup's dry run says what it would add, then what stays
    /// behind, one line each.
    #[test]
    fn a_habo_dry_run_says_what_stays_behind() {
        let (_, clock) = seeded();
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../core/tests/fixtures/habo/habo_backup_2026-11-21_08-15-02.json");
        let fresh = temp_store();
        let out = run(
            &fresh,
            &clock,
            &["import", file.to_str().unwrap(), "--dry-run"],
        )
        .unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "This is a Habo backup. Importing it would add 1 goal, 4 steps, 5 wins, 1 rest day and 1 habit stack. Nothing was changed (dry run)."
        );
        assert_eq!(lines[1], "1 deleted habit is left out.");
        assert_eq!(lines.len(), 6, "{out}");
        assert!(
            lines[4].contains("stays in Habo: Cairn works with second chances"),
            "{out}"
        );
        let out = run(&fresh, &clock, &["import", file.to_str().unwrap()]).unwrap();
        assert!(out.starts_with("✓ Imported 1 goal, 4 steps"), "{out}");
    }

    #[test]
    fn import_lists_its_parts_with_the_languages_and() {
        let (t, clock) = seeded();
        run(&t, &clock, &["log", "Walked"]).unwrap();
        let file = t.dir.path().join("all.json");
        let path = file.to_str().unwrap();
        run(&t, &clock, &["export", path]).unwrap();
        let fresh = temp_store();
        let out = cairn_core::i18n::with_language("de", || {
            run(&fresh, &clock, &["import", path, "--dry-run"]).unwrap()
        });
        assert!(
            out.contains(" würde 2 Ziele, 1 Schritt, 1 Erfolg und 1 Eintrag in der Geschichte eines Schritts hinzufügen."),
            "{out}"
        );
    }

    #[test]
    fn help_speaks_the_language() {
        let help = cairn_core::i18n::with_language("de", || command().render_help().to_string());
        assert!(
            help.contains("Cairn: Notiere kleine Erfolge und sieh, wie weit du gekommen bist."),
            "{help}"
        );
        assert!(
            help.contains("Einen Erfolg notieren und ausgeben."),
            "{help}"
        );
        assert!(
            help.contains("Ohne Befehl öffnet Cairn sein Fenster."),
            "{help}"
        );
        let log = cairn_core::i18n::with_language("es", || {
            command()
                .find_subcommand_mut("log")
                .map(|c| c.render_help().to_string())
                .unwrap_or_default()
        });
        assert!(log.contains("La meta para la que cuenta"), "{log}");
        // Parsing with the translated command gives the same arguments.
        assert_eq!(
            cairn_core::i18n::with_language("de", || parse(&["today"]).unwrap().command),
            Some(Command::Today)
        );
    }
}
