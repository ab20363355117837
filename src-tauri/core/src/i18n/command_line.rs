//! clap's own words in the person's language: the help's headings, the
//! `--help` and `--version` lines, the `help` command, and the sentence
//! for a command line it cannot read. clap writes those in English and has
//! no catalogue, so both binaries (`cairn`, `cairn-app`) dress their
//! command here ([`dress`]) and end through [`exit`] when parsing stops.
//! Only with the `command-line` feature.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::tr;

/// `command` with its headings, help and version lines in the current
/// language, and every subcommand dressed alike. Set the command's own
/// about and help lines before: this builds the command, and touches only
/// clap's words.
pub fn dress(command: Command) -> Command {
    let mut command = dress_one(command, true, &Words::now());
    // clap adds the `help` command while building; it can be reworded then.
    command.build();
    if command.get_subcommands().any(|s| s.get_name() == "help") {
        command = command.mut_subcommand("help", |s| {
            s.about(tr!("cli-help-command")).long_about(None)
        });
    }
    command
}

/// The words [`dress`] puts in, formatted once.
struct Words {
    template: String,
    commands: String,
    arguments: String,
    options: String,
    command_placeholder: String,
    help: String,
    version: String,
}

impl Words {
    fn now() -> Self {
        Words {
            // clap's own layout, with the usage line's heading in words.
            template: format!(
                "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
                tr!("cli-usage")
            ),
            commands: tr!("cli-commands"),
            arguments: tr!("cli-arguments"),
            options: tr!("cli-options"),
            command_placeholder: tr!("cli-command-placeholder"),
            help: tr!("cli-flag-help"),
            version: tr!("cli-flag-version"),
        }
    }
}

fn dress_one(command: Command, root: bool, words: &Words) -> Command {
    let mut command = command
        .help_template(words.template.clone())
        .subcommand_help_heading(words.commands.clone())
        .subcommand_value_name(words.command_placeholder.clone())
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(words.help.clone()),
        );
    if root && command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words.version.clone()),
        );
    }
    let args: Vec<_> = command
        .get_arguments()
        .map(|a| (a.get_id().clone(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let heading = if positional {
            &words.arguments
        } else {
            &words.options
        };
        command = command.mut_arg(id, |a| a.help_heading(heading.clone()));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(name, |s| dress_one(s, false, words));
    }
    command
}

/// The sentence for a command line clap could not read, in the current
/// language, and the line that says where help is; `None` when `error` is
/// the help or the version (clap prints those itself, already dressed).
pub fn explain(error: &clap::Error, program: &str) -> Option<String> {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        _ => None,
    };
    let given = || text(ContextKind::InvalidArg).unwrap_or_default();
    let suggestion = text(ContextKind::SuggestedSubcommand).or(text(ContextKind::SuggestedArg));
    let mut sentences = vec![];
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => sentences.push(tr!(
            "cli-error-unknown-command",
            given = text(ContextKind::InvalidSubcommand).unwrap_or_default()
        )),
        ErrorKind::UnknownArgument if given().starts_with('-') => {
            sentences.push(tr!("cli-error-unknown-option", given = given()))
        }
        ErrorKind::UnknownArgument => sentences.push(tr!("cli-error-unexpected", given = given())),
        ErrorKind::MissingRequiredArgument => {
            sentences.push(tr!("cli-error-missing", what = given()))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            sentences.push(if value.is_empty() {
                tr!("cli-error-needs-value", option = given())
            } else {
                tr!("cli-error-invalid-value", value = value, option = given())
            });
            if let Some(values) = text(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                sentences.push(tr!("cli-error-takes", values = values));
            }
        }
        ErrorKind::ArgumentConflict => sentences.push(tr!(
            "cli-error-conflict",
            option = given(),
            other = text(ContextKind::PriorArg).unwrap_or_default()
        )),
        _ => sentences.push(tr!("cli-error-other")),
    }
    if let Some(suggestion) = suggestion {
        sentences.push(tr!("cli-error-did-you-mean", suggestion = suggestion));
    }
    // The usage line clap made for the command that was meant, its heading
    // in the language.
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => {
            let usage = usage.to_string();
            let line = usage.trim();
            match line.strip_prefix("Usage:") {
                Some(rest) => format!("\n{} {}\n", tr!("cli-usage"), rest.trim()),
                None => format!("\n{line}\n"),
            }
        }
        _ => String::new(),
    };
    Some(format!(
        "{program}: {}\n{usage}\n{}\n",
        sentences.join(" "),
        tr!("cli-error-help", help = format!("{program} --help"))
    ))
}

/// Ends the program for `error`: the help or version on standard output
/// (exit 0), or [`explain`]'s sentence on standard error (exit 2), as clap
/// does, in the person's language.
pub fn exit(error: clap::Error, program: &str) -> ! {
    match explain(&error, program) {
        None => error.exit(),
        Some(sentence) => {
            eprint!("{sentence}");
            std::process::exit(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_language;

    fn command() -> Command {
        Command::new("cairn")
            .version("1.0")
            .subcommand(
                Command::new("log")
                    .arg(Arg::new("text").required(true))
                    .arg(Arg::new("goal").long("goal")),
            )
            .subcommand(
                Command::new("week")
                    .arg(
                        Arg::new("last")
                            .long("last")
                            .action(ArgAction::SetTrue)
                            .conflicts_with("first"),
                    )
                    .arg(Arg::new("first").long("first").action(ArgAction::SetTrue)),
            )
    }

    /// The sentence `args` give, in `lang`.
    fn said(lang: &str, args: &[&str]) -> String {
        with_language(lang, || {
            let error = dress(command())
                .try_get_matches_from(std::iter::once("cairn").chain(args.iter().copied()))
                .expect_err("a usage error");
            explain(&error, "cairn").unwrap_or_else(|| error.to_string())
        })
    }

    fn help(lang: &str, args: &[&str]) -> String {
        with_language(lang, || {
            let error = dress(command())
                .try_get_matches_from(std::iter::once("cairn").chain(args.iter().copied()))
                .expect_err("help is an early end");
            assert!(explain(&error, "cairn").is_none(), "help is not an error");
            error.render().to_string()
        })
    }

    #[test]
    fn the_help_is_headed_in_the_language() {
        let de = help("de", &["--help"]);
        for words in [
            "Aufruf:",
            "Befehle:",
            "Optionen:",
            "Hilfe anzeigen",
            "BEFEHL",
        ] {
            assert!(de.contains(words), "{words} in:\n{de}");
        }
        for english in ["Usage:", "Commands:", "Options:", "Print help", "::"] {
            assert!(!de.contains(english), "{english} in:\n{de}");
        }
        let log = help("es", &["log", "--help"]);
        for words in ["Uso:", "Argumentos:", "Opciones:"] {
            assert!(log.contains(words), "{words} in:\n{log}");
        }
        // The help command too, and `help log` still shows log's help.
        assert!(help("de", &["--help"]).contains("Diese Hilfe"));
        assert!(help("en", &["help", "log"]).contains("<text>"));
    }

    #[test]
    fn a_command_line_it_cannot_read_is_said_in_the_language() {
        let check = |lang: &str, args: &[&str], expected: &[&str]| {
            let text = said(lang, args);
            for e in expected {
                assert!(text.contains(e), "{lang} {args:?}: {e:?} not in {text:?}");
            }
            assert!(text.starts_with("cairn: "), "{text:?}");
        };
        check(
            "en",
            &["lgo"],
            &["There is no command “lgo”", "cairn --help"],
        );
        check(
            "de",
            &["lgo"],
            &["Einen Befehl „lgo“ gibt es nicht", "cairn --help"],
        );
        check("en", &["log", "x", "--gaol", "y"], &["“--gaol”", "--goal"]);
        check("es", &["log"], &["<text>", "Uso: cairn log <text>"]);
        check("en", &["log", "x", "--goal"], &["--goal <goal>"]);
        check("en", &["week", "--last", "--first"], &["--last", "--first"]);
    }
}
