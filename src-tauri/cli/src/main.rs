//! `cairn`, the command line: `cairn log "text" [--goal NAME] [--step NAME]
//! [--note TEXT]`, `cairn today`, `cairn week [--last] [--markdown]`,
//! `cairn backup`, `cairn export FILE` and
//! [--note TEXT]`, `cairn today`, `cairn focus ["text" | --step NAME |
//! --clear]`, `cairn backup`, `cairn export FILE` and
//! `cairn import FILE [--dry-run]`. Without a command it opens the window:
//! it hands over to `cairn-app` beside it (on Unix by `exec`, so no second
//! process stays around).
//!
//! It runs on `cairn-core` alone, so a person logging from a terminal, a
//! launcher or a script never waits for a window toolkit to load. It writes
//! through the same service functions as the window, on the same database
//! (WAL lets it share the file with a running app), then asks a running
//! Cairn to refresh its windows and tray.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use cairn_core::clock::Clock;
use cairn_core::domain::reflection::Week;
use cairn_core::domain::{GoalStatus, StepId, WinSource};
use cairn_core::error::{Error, Result};
use cairn_core::service::{self, wins::WinDraft};
use cairn_core::store::location::data_dir;
use cairn_core::store::Store;

/// Cairn: log small wins, see how far you have come.
#[derive(Debug, Parser)]
#[command(
    name = "cairn",
    version,
    about,
    after_help = "Without a command, Cairn opens its window."
)]
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
}

/// Finds one item by name: an exact match (ignoring case) first, else the
/// only one whose name starts with `name`.
fn find_by_name<'a, T>(
    items: &'a [T],
    name: &str,
    title: impl Fn(&T) -> &str,
    what: &str,
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
                format!("There is no {what} called \"{name}\" (there are none yet).")
            } else {
                format!(
                    "There is no {what} called \"{name}\". Try one of: {}.",
                    names.join(", ")
                )
            }))
        }
        many => Err(Error::Validation(format!(
            "\"{name}\" could be any of {} {what}s: {}. Write more of the name.",
            many.len(),
            many.iter().map(|i| title(i)).collect::<Vec<_>>().join(", ")
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
            Error::Internal(
                "Cairn could not print its answer: the output was closed. Anything it logged is saved."
                    .into(),
            )
        })
    };
    match command {
        Command::Log {
            text,
            goal,
            step,
            note,
        } => {
            let all = service::goals::list_goals(store)?;
            let goals: Vec<_> = all
                .iter()
                .filter(|g| g.goal.status != GoalStatus::Archived)
                .collect();
            let goal = goal
                .as_deref()
                .map(|name| find_by_name(&goals, name, |g| &g.goal.title, "goal"))
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
                    Some(find_by_name(&steps, name, |s| &s.title, "step")?.id.clone())
                }
            };
            let draft = WinDraft {
                text: text.clone(),
                note: note.clone().unwrap_or_default(),
                goal: goal.map(|g| g.goal.id.clone()),
                step: step_id,
                source: WinSource::Cli,
            };
            let logged = service::wins::log_win(store, clock, &draft)?;
            let count = service::today::today(store, clock)?.wins.len();
            let goal_part = logged
                .record
                .goal_title
                .map(|t| format!(" for {t}"))
                .unwrap_or_default();
            print(
                out,
                format!(
                    "✓ Logged \"{}\"{goal_part}. {} today.",
                    logged.record.win.text,
                    wins_words(count)
                ),
            )?;
            for m in &logged.milestones {
                print(out, format!("◆ Milestone: {}.", m.label))?;
            }
            // Today's one thing and gentle rewards.
            if logged.one_thing {
                print(
                    out,
                    "★ That was today's one thing: the day's main win.".into(),
                )?;
            }
            for r in &logged.rewards {
                print(
                    out,
                    format!("♥ You've earned: {}. Enjoy it.", r.reward.text),
                )?;
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
                format!(
                    "{}: {}",
                    view.date.format("%A %-d %B %Y"),
                    wins_words(view.wins.len())
                ),
            )?;
            for w in view.wins.iter().rev() {
                let time = clock.local_datetime(w.win.logged_at).format("%H:%M");
                let goal = w
                    .goal_title
                    .as_ref()
                    .map(|t| format!("  ({t})"))
                    .unwrap_or_default();
                print(out, format!("  {time}  {}{goal}", w.win.text))?;
            }
            if view.open_steps.is_empty() {
                print(out, "Nothing else is asking for you today.".into())
            } else {
                print(out, "Open steps:".into())?;
                for o in &view.open_steps {
                    let goal = o
                        .goal_title
                        .as_ref()
                        .map(|t| format!("  ({t})"))
                        .unwrap_or_default();
                    print(out, format!("  ○ {}{goal}", o.step.title))?;
                }
                Ok(())
            }
        }
        Command::Week { last, markdown } => {
            let settings = service::reflections::review_settings(store)?;
            let first = service::reflections::first_day(&settings);
            let mut week = Week::containing(clock.today(), first);
            if *last {
                week = week.previous();
            }
            let review = service::reflections::week_review(store, clock, week)?;
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
                    format!("✓ Exported {} to {}", wins_words(n), file.display()),
                )
            } else {
                let e = service::export::export_json(store, clock, file)?;
                print(
                    out,
                    format!(
                        "✓ Exported {} {}, {} {} and {} to {}",
                        e.goals,
                        plural(e.goals, "goal"),
                        e.steps,
                        plural(e.steps, "step"),
                        wins_words(e.wins),
                        file.display()
                    ),
                )
            }
        }
        Command::Import { file, dry_run } => {
            let p = service::import::import_path(store, clock, file, *dry_run)?;
            let parts = preview_words(&p);
            let line = match (*dry_run, p.is_empty()) {
                (true, true) => format!(
                    "This is {}. Importing it would add nothing: everything in it is already here.",
                    p.source.label()
                ),
                (true, false) => format!(
                    "This is {}. Importing it would add {parts}. Nothing was changed (dry run).",
                    p.source.label()
                ),
                (false, true) => format!(
                    "Nothing to add: everything in {} is already here.",
                    file.display()
                ),
                (false, false) => format!("✓ Imported {parts} from {}", file.display()),
            };
            print(out, line)
        }
        Command::Backup => {
            let b = service::backups::backup_now(store, clock)?;
            print(
                out,
                format!(
                    "✓ Backed up {} ({}) to {}",
                    wins_words(b.wins.unwrap_or_default() as usize),
                    size_words(b.bytes),
                    b.path.display()
                ),
            )
        }
    }
}

/// "★ Today's one thing: Write one paragraph (Thesis)", with "✓ done"
/// once it is done.
fn one_thing_line(one: Option<&service::focus::OneThingView>) -> Option<String> {
    one.map(|one| {
        let goal = one
            .goal_title
            .as_ref()
            .map(|t| format!(" ({t})"))
            .unwrap_or_default();
        let done = if one.done { "  ✓ done" } else { "" };
        format!("★ Today's one thing: {}{goal}{done}", one.text)
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
        "Today's one thing is cleared. Choose another whenever you like.".to_owned()
    } else {
        let choice = match (text, step) {
            (Some(text), _) => Some(Choice::Text(text.clone())),
            (None, Some(name)) => {
                let open = service::today::today(store, clock)?.open_steps;
                let found = find_by_name(&open, name, |o| &o.step.title, "open step")?;
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
                one_thing_line(now.one_thing.as_ref()).unwrap_or_else(|| {
                    "No one thing for today yet. Choose one with `cairn focus \"a few words\"` or `cairn focus --step NAME`.".to_owned()
                })
            }
        }
    };
    writeln!(out, "{line}").map_err(|e| {
        tracing::warn!(error = %e, "could not write to standard output");
        Error::Internal(
            "Cairn could not print its answer: the output was closed. Anything it changed is saved."
                .into(),
        )
    })
}

fn plural(n: usize, word: &str) -> String {
    match (n, word) {
        (1, w) => w.to_owned(),
        (_, "rest day") => "rest days".into(),
        (_, "habit stack") => "habit stacks".into(),
        (_, "weekly review") => "weekly reviews".into(),
        (_, "day's one thing") => "days' one things".into(),
        (_, "entry in a step's story") => "entries in steps' stories".into(),
        (_, w) => format!("{w}s"),
    }
}

/// "2 steps, 6 wins and 1 rest day": what an import adds, leaving out
/// what it does not.
fn preview_words(p: &service::import::Preview) -> String {
    let parts: Vec<String> = [
        (p.goals, "goal"),
        (p.steps, "step"),
        (p.wins, "win"),
        (p.rest_days, "rest day"),
        (p.stacks, "habit stack"),
        (p.reflections, "weekly review"),
        (p.one_things, "day's one thing"),
        (p.step_versions, "entry in a step's story"),
        (p.rewards, "reward"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, w)| format!("{n} {}", plural(n, w)))
    .collect();
    match parts.as_slice() {
        [] => "nothing".into(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn size_words(bytes: u64) -> String {
    match bytes {
        b if b < 1024 * 1024 => format!("{} KB", b.div_ceil(1024)),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

fn wins_words(n: usize) -> String {
    match n {
        1 => "1 win".into(),
        n => format!("{n} wins"),
    }
}

/// Asks a running Cairn, if any, to reload its windows and tray. It is
/// reached through the single-instance plugin's interface on the session bus.
pub fn tell_running_app_to_refresh() {
    #[cfg(target_os = "linux")]
    {
        // No session bus, no running Cairn to tell: skip zbus's set-up
        // (threads and a connect), a third of `cairn log`'s time.
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|d| std::path::Path::new(&d).join("bus").exists());
        if !bus {
            return;
        }
        let name = format!("{}.SingleInstance", cairn_core::store::location::APP_ID);
        let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
        let cwd = std::env::current_dir()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let argv = vec!["cairn".to_owned(), "--refresh".to_owned()];
        let sent = zbus::blocking::Connection::session().and_then(|bus| {
            bus.call_method(
                Some(name.as_str()),
                path.as_str(),
                Some("org.SingleInstance.DBus"),
                "ExecuteCallback",
                &(argv, cwd),
            )
        });
        if let Err(e) = sent {
            // Usually: Cairn is not running. The data is written either way.
            tracing::debug!(error = %e, "no running Cairn to refresh");
        }
    }
}

/// Runs a CLI command in this process and returns the exit code.
fn run(command: &Command) -> i32 {
    let clock = cairn_core::clock::SystemClock;
    let result = data_dir()
        .and_then(|dir| Store::open_in(&dir))
        .and_then(|store| {
            let mut stdout = std::io::stdout().lock();
            run_command(command, &store, &clock, &mut stdout)
        });
    match result {
        Ok(()) => {
            if matches!(
                command,
                Command::Log { .. }
                    | Command::Import { dry_run: false, .. }
                    | Command::Focus { .. }
            ) {
                tell_running_app_to_refresh();
            }
            0
        }
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
            eprintln!(
                "cairn: Cairn's window is missing (no {WINDOW_APP} beside this program). Reinstall Cairn, or use a command such as `cairn today`."
            );
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
        eprintln!("cairn: Cairn's window could not start. Try again, or reinstall Cairn.");
        1
    }
    #[cfg(not(unix))]
    match window.spawn() {
        Ok(_) => 0,
        Err(e) => {
            tracing::error!(error = %e, app = %app.display(), "could not start the window app");
            eprintln!("cairn: Cairn's window could not start. Try again, or reinstall Cairn.");
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Usage errors exit with 2, --help and --version with 0.
        Err(e) => e.exit(),
    };
    init_logging();
    std::process::exit(match &cli.command {
        Some(command) => run(command),
        None => open_window(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use cairn_core::service::steps::{add_step, CadenceDraft, StepDraft};
    use cairn_core::service::test_support::*;

    fn parse(args: &[&str]) -> std::result::Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("cairn").chain(args.iter().copied()))
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
                note: Some("sunny".into())
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
            "Saturday 21 November 2026: 1 win\n  09:30  Walked\nOpen steps:\n  ○ Write one paragraph  (Thesis)\n"
        );
    }

    #[test]
    fn week_prints_the_draft_and_then_the_answers() {
        use service::reflections::{save, set_review_settings, ReflectionInput};
        let (t, clock) = seeded();
        let mut settings = service::reflections::review_settings(&t.store).unwrap();
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
}
