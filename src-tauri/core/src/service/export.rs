//! Export: everything to one versioned JSON file (the format is documented
//! in `docs/export-format.md`; its shapes are `ops/export_json.rs`, which
//! `import::cairn` reads back), and the wins alone to CSV.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::clock::Clock;
use crate::domain::rewards::Moment;
use crate::domain::stacks::time_text;
use crate::domain::Cadence;
use crate::error::{Error, Result};
use crate::store::wins::WinRecord;
use crate::store::{self, Store};

pub use super::ops::export_json::{
    CadenceJson, ExportFile, FocusActionJson, GoalJson, MeasureJson, OneThingJson, ReflectionJson,
    RestDayJson, RewardJson, StackJson, StepJson, StepVersionJson, TargetJson, WinJson, FORMAT,
    VERSION,
};

fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn cadence_json(c: Cadence) -> CadenceJson {
    CadenceJson {
        kind: c.kind().into(),
        times_per_week: match c {
            Cadence::TimesPerWeek(n) => Some(n),
            _ => None,
        },
        weekdays: match c {
            Cadence::Weekdays(days) => days.days(),
            _ => Vec::new(),
        },
        number: c.rhythm_number(),
    }
}

/// One win as the file holds it.
fn win_json(r: WinRecord) -> WinJson {
    WinJson {
        id: r.win.id.to_string(),
        text: r.win.text,
        note: r.win.note,
        logged_at: instant(r.win.logged_at),
        local_date: r.win.local_date.to_string(),
        goal_id: r.win.goal_id.map(|g| g.to_string()),
        step_id: r.win.step_id.map(|s| s.to_string()),
        source: r.win.source.as_str().into(),
        amount: r.win.amount.map(|a| a.units()),
    }
}

/// Every live win, oldest first (which reads naturally in a file), written
/// as they are read from the database: one win in memory at a time.
struct WinsFromDb<'c> {
    conn: &'c store::Conn,
    written: std::cell::Cell<usize>,
    /// The database's error, if reading stopped the file.
    failed: std::cell::RefCell<Option<Error>>,
}

impl<'c> WinsFromDb<'c> {
    fn new(conn: &'c store::Conn) -> Self {
        WinsFromDb {
            conn,
            written: Default::default(),
            failed: Default::default(),
        }
    }
}

impl Serialize for WinsFromDb<'_> {
    fn serialize<S: serde::Serializer>(&self, out: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        let mut seq = out.serialize_seq(None)?;
        let read = store::wins::each_live(self.conn, |r| {
            self.written.set(self.written.get() + 1);
            seq.serialize_element(&win_json(r))
        });
        match read {
            Ok(Ok(())) => seq.end(),
            Ok(Err(e)) => Err(e),
            Err(e) => {
                *self.failed.borrow_mut() = Some(e);
                Err(S::Error::custom("the wins could not be read"))
            }
        }
    }
}

/// Everything Cairn holds, as one export.
pub fn export_all(store: &Store, clock: &dyn Clock) -> Result<ExportFile> {
    store.read(|conn| {
        let mut wins = Vec::new();
        store::wins::each_live(conn, |r| {
            wins.push(win_json(r));
            Ok::<(), Error>(())
        })??;
        export_with(conn, clock, wins)
    })
}

/// Everything but the wins read from `conn`, with `wins` as the wins.
fn export_with<Wins>(
    conn: &store::Conn,
    clock: &dyn Clock,
    wins: Wins,
) -> Result<ExportFile<Wins>> {
    let goals = store::goals::list(conn)?
        .into_iter()
        .map(|g| GoalJson {
            id: g.id.to_string(),
            title: g.title,
            why: g.why,
            success: g.success,
            identity: g.identity,
            status: g.status.as_str().into(),
            colour: g.colour,
            position: g.position,
            created_at: instant(g.created_at),
        })
        .collect();
    let steps = store::steps::list(conn)?
        .into_iter()
        .map(|s| StepJson {
            id: s.id.to_string(),
            goal_id: s.goal_id.map(|g| g.to_string()),
            title: s.title,
            cadence: cadence_json(s.cadence),
            minutes: s.minutes.map(i64::from),
            position: s.position,
            archived: s.archived,
            created_at: instant(s.created_at),
            measure: s.measure.map(|m| MeasureJson {
                unit: m.unit.as_str().to_owned(),
                target: m.target.map(|t| TargetJson {
                    amount: t.amount.units(),
                    per: t.per.as_str().into(),
                    bound: t.bound.as_str().into(),
                }),
                usual: m.usual.map(|a| a.units()),
            }),
        })
        .collect();
    let rest_days = store::rest_days::all(conn)?
        .into_iter()
        .map(|r| RestDayJson {
            date: r.date.to_string(),
            step_id: r.step_id.map(|s| s.to_string()),
            reason: r.reason.as_str().into(),
        })
        .collect();
    let habit_stacks = store::stacks::list(conn)?
        .into_iter()
        .map(|s| StackJson {
            id: s.id.as_str().into(),
            anchor: s.anchor,
            action: s.action,
            step_id: s.step_id.map(|x| x.to_string()),
            anchor_step_id: s.anchor_step_id.map(|x| x.to_string()),
            times: s.times.into_iter().map(time_text).collect(),
            weekdays: s.weekdays.days(),
            enabled: s.enabled,
        })
        .collect();
    let reflections = store::reflections::all(conn)?
        .into_iter()
        .rev()
        .map(|r| ReflectionJson {
            id: r.id.to_string(),
            week_start: r.week.start.to_string(),
            went_well: r.went_well,
            learned: r.learned,
            adjust: r.adjust,
            focus_actions: r
                .focus
                .into_iter()
                .map(|f| FocusActionJson {
                    id: f.id.to_string(),
                    text: f.text,
                    became: f.became.map(|b| b.as_str().into()),
                    step_id: f.step_id.map(|s| s.to_string()),
                })
                .collect(),
        })
        .collect();
    // A one thing's win deleted within its undo window is not exported,
    // so neither is the link to it (a deleted win does not count).
    let mut one_things = Vec::new();
    for (id, o) in store::one_things::all_with_ids(conn)? {
        let win_id = match o.win_id {
            Some(w) if store::wins::get(conn, &w)?.is_some() => Some(w.to_string()),
            _ => None,
        };
        one_things.push(OneThingJson {
            id: id.to_string(),
            date: o.date.to_string(),
            step_id: o.step_id.map(|s| s.to_string()),
            text: o.text,
            win_id,
        });
    }
    let step_versions = store::step_versions::all_with_ids(conn)?
        .into_iter()
        .map(|(id, v)| StepVersionJson {
            id: id.to_string(),
            step_id: v.step_id.to_string(),
            effective_date: v.effective.to_string(),
            title: v.title,
            cadence: cadence_json(v.cadence),
            minutes: v.minutes.map(i64::from),
            reason: v.reason.as_str().into(),
            target: v.target.map(|a| a.units()),
        })
        .collect();
    let rewards = store::rewards::list(conn)?
        .into_iter()
        .map(|r| RewardJson {
            id: r.reward.id.to_string(),
            text: r.reward.text,
            moment: r.reward.moment.kind().into(),
            goal_id: r.reward.moment.goal().map(|g| g.to_string()),
            count: match r.reward.moment {
                Moment::Wins(n) | Moment::GoalWins(_, n) => Some(i64::from(n)),
                _ => None,
            },
            earned_at: r.reward.earned_at.map(instant),
            enjoyed_at: r.reward.enjoyed_at.map(instant),
            created_at: instant(r.reward.created_at),
        })
        .collect();
    Ok(ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: instant(clock.now()),
        goals,
        steps,
        wins,
        rest_days,
        habit_stacks,
        reflections,
        one_things,
        step_versions,
        rewards,
    })
}

/// How much an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Exported {
    pub goals: usize,
    pub steps: usize,
    pub wins: usize,
}

fn write_error(path: &Path, e: std::io::Error) -> Error {
    tracing::error!(error = %e, path = %path.display(), "cannot write export");
    Error::Storage(crate::tr!(
        "export-error-write",
        path = crate::files::shown(path)
    ))
}

/// Writes `fill`'s output whole (`files::write_whole_with`): an existing
/// file is replaced only by a complete one.
fn write_file(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    crate::files::write_whole_with(path, fill).map_err(|e| write_error(path, e))
}

/// Exports everything to a JSON file at `path`.
/// Read on a connection of its own (one moment of the database, while the
/// app's writes go on) and written as it is read.
pub fn export_json(store: &Store, clock: &dyn Clock, path: &Path) -> Result<Exported> {
    store.read_apart(|conn| {
        let wins = WinsFromDb::new(conn);
        let all = export_with(conn, clock, &wins)?;
        let written = write_file(path, |out| {
            serde_json::to_writer_pretty(&mut *out, &all)?;
            out.write_all(b"\n")
        });
        if let Some(e) = wins.failed.take() {
            return Err(e);
        }
        written?;
        Ok(Exported {
            goals: all.goals.len(),
            steps: all.steps.len(),
            wins: wins.written.get(),
        })
    })
}

/// One CSV field: quoted when it holds a comma, quote or line break; a
/// leading `=`, `+`, `-` or `@` gets a `'` so a spreadsheet shows text
/// instead of running it as a formula.
fn csv_field(text: &str) -> String {
    let text = match text.chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{text}"),
        _ => text.to_owned(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The CSV's header row.
pub const CSV_HEADER: &str = "date,time,text,goal,step,note,source,amount,unit";

/// Exports the wins, oldest first, to CSV at `path`: date, local time, text,
/// goal, step, note, source and, for a measured step's win, its amount (a
/// plain number) and unit. Returns how many.
pub fn export_csv(store: &Store, clock: &dyn Clock, path: &Path) -> Result<usize> {
    store.read_apart(|conn| {
        let mut count = 0;
        let mut failed = None;
        let written = write_file(path, |out| {
            writeln!(out, "{CSV_HEADER}")?;
            let read = store::wins::each_live(conn, |r| {
                count += 1;
                let time = clock.local_datetime(r.win.logged_at).format("%H:%M");
                let fields = [
                    r.win.local_date.to_string(),
                    time.to_string(),
                    csv_field(&r.win.text),
                    csv_field(r.goal_title.as_deref().unwrap_or("")),
                    csv_field(r.step_title.as_deref().unwrap_or("")),
                    csv_field(&r.win.note),
                    r.win.source.as_str().to_owned(),
                    r.win.amount.map(|a| a.plain()).unwrap_or_default(),
                    csv_field(
                        r.step_unit
                            .as_deref()
                            .filter(|_| r.win.amount.is_some())
                            .unwrap_or(""),
                    ),
                ];
                writeln!(out, "{}", fields.join(","))
            });
            match read {
                Ok(lines) => lines,
                Err(e) => {
                    failed = Some(e);
                    Err(std::io::Error::other("the wins could not be read"))
                }
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        written?;
        Ok(count)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WinSource;
    use crate::service::steps::{add_step, CadenceDraft, StepDraft};
    use crate::service::test_support::*;
    use crate::service::wins::{log_win, WinDraft};

    #[test]
    fn csv_fields() {
        let check = |input: &str, expected: &str| assert_eq!(csv_field(input), expected);
        check("plain", "plain");
        check("a, b", "\"a, b\"");
        check("say \"hi\"", "\"say \"\"hi\"\"\"");
        check("two\nlines", "\"two\nlines\"");
        check("=SUM(A1)", "'=SUM(A1)");
        check("-1", "'-1");
        check("", "");
    }

    #[test]
    fn the_streamed_export_is_the_export_in_memory_byte_for_byte() {
        let t = temp_store();
        let clock = saturday_morning();
        let expected = |t: &TempStore| {
            let all = export_all(&t.store, &clock).unwrap();
            serde_json::to_string_pretty(&all).unwrap() + "\n"
        };
        let streamed = |t: &TempStore| {
            let path = t.dir.path().join("all.json");
            let counts = export_json(&t.store, &clock, &path).unwrap();
            (std::fs::read_to_string(path).unwrap(), counts.wins)
        };
        // Nothing yet: `"wins": []` either way.
        assert_eq!(streamed(&t), (expected(&t), 0));

        // Wins on three days (oldest first in the file, by day, then time),
        // one deleted within its undo window, and a one thing whose win
        // that was: neither the win nor the link is exported.
        let day = |d: i64| saturday_morning().now() - chrono::Duration::days(d);
        let mut ids = Vec::new();
        for (i, d) in [0, 2, 1, 2].into_iter().enumerate() {
            clock.set(day(d) + chrono::Duration::minutes(i as i64));
            let draft = WinDraft {
                text: format!("Win {i}"),
                note: String::new(),
                goal: None,
                step: None,
                source: WinSource::Window,
                amount: None,
            };
            ids.push(log_win(&t.store, &clock, &draft).unwrap().record.win.id);
        }
        clock.set(day(0));
        crate::service::focus::set_one_thing(
            &t.store,
            &clock,
            &crate::service::focus::Choice::Text("Walk".into()),
        )
        .unwrap();
        let done = crate::service::focus::log_one_thing(&t.store, &clock, WinSource::Window)
            .unwrap()
            .record
            .win
            .id;
        crate::service::wins::delete_win(&t.store, &clock, &done).unwrap();
        let (text, wins) = streamed(&t);
        assert_eq!(text, expected(&t));
        assert_eq!(wins, 4);
        let file: ExportFile = serde_json::from_str(&text).unwrap();
        let order: Vec<&str> = file.wins.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(order, ["Win 1", "Win 3", "Win 2", "Win 0"]);
        assert_eq!(file.one_things.len(), 1);
        assert_eq!(file.one_things[0].win_id, None);
    }

    /// A goal's identity (issue 25) travels in the export and back; a goal
    /// without one writes no `identity` field at all.
    #[test]
    fn a_goals_identity_goes_out_and_comes_back() {
        let t = temp_store();
        let clock = saturday_morning();
        let named = crate::service::goals::create_goal(
            &t.store,
            &clock,
            &crate::service::goals::GoalDraft {
                title: "Thesis".into(),
                identity: "someone who writes".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let plain = crate::service::goals::create_goal(
            &t.store,
            &clock,
            &crate::service::goals::GoalDraft {
                title: "Run".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let json = t.dir.path().join("all.json");
        export_json(&t.store, &clock, &json).unwrap();
        let text = std::fs::read_to_string(&json).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["goals"][0]["identity"], "someone who writes");
        assert!(
            value["goals"][1].get("identity").is_none(),
            "{}",
            value["goals"][1]
        );
        let plan = crate::service::import::cairn::read(text.as_bytes(), &clock).unwrap();
        assert_eq!(plan.goals, [named, plain]);
    }

    /// A measured step's win carries its amount and unit into both files
    /// (issue 24, part 2), and the JSON reads back the same.
    #[test]
    fn a_measured_wins_amount_is_in_the_json_and_the_csv() {
        use crate::domain::measure::Amount;
        let t = temp_store();
        let clock = saturday_morning();
        let s = add_step(
            &t.store,
            &clock,
            None,
            &measured_draft("Read", "pages", "10", ""),
        )
        .unwrap();
        let amount = Some(Amount::parse("7,5").unwrap());
        crate::service::wins::tick_step_with(
            &t.store,
            &clock,
            &s.id,
            WinSource::Window,
            None,
            amount,
        )
        .unwrap();

        let json = t.dir.path().join("all.json");
        export_json(&t.store, &clock, &json).unwrap();
        let file: ExportFile =
            serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
        assert_eq!(file.version, 4);
        assert_eq!(file.wins[0].amount, Some(7.5));
        let measure = file.steps[0].measure.as_ref().unwrap();
        assert_eq!(
            (
                measure.unit.as_str(),
                measure.target.as_ref().map(|t| t.amount)
            ),
            ("pages", Some(10.0))
        );

        let csv = t.dir.path().join("wins.csv");
        export_csv(&t.store, &clock, &csv).unwrap();
        let text = std::fs::read_to_string(&csv).unwrap();
        assert!(text.ends_with(",Read,,window,7.5,pages\n"), "{text}");
    }

    #[test]
    fn json_and_csv_hold_every_win() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Thesis").unwrap();
        let s = add_step(
            &t.store,
            &clock,
            Some(&g.id),
            &StepDraft {
                title: "Write, one paragraph".into(),
                cadence: CadenceDraft {
                    kind: "weekly".into(),
                    times_per_week: Some(3),
                    ..Default::default()
                },
                minutes: Some(1),
                measure: None,
            },
        )
        .unwrap();
        for text in ["First", "Second"] {
            clock.advance(chrono::Duration::minutes(1));
            log_win(
                &t.store,
                &clock,
                &WinDraft {
                    text: text.into(),
                    note: "with \"quotes\"".into(),
                    goal: None,
                    step: Some(s.id.clone()),
                    source: WinSource::Window,
                    amount: None,
                },
            )
            .unwrap();
        }
        let json = t.dir.path().join("all.json");
        let counts = export_json(&t.store, &clock, &json).unwrap();
        assert_eq!(
            counts,
            Exported {
                goals: 1,
                steps: 1,
                wins: 2
            }
        );
        let file: ExportFile =
            serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
        assert_eq!(file.format, FORMAT);
        assert_eq!(file.version, VERSION);
        assert_eq!(file.steps[0].cadence.times_per_week, Some(3));
        assert_eq!(file.wins[0].text, "First");
        assert_eq!(file.wins[0].local_date, "2026-11-21");

        let csv = t.dir.path().join("wins.csv");
        assert_eq!(export_csv(&t.store, &clock, &csv).unwrap(), 2);
        assert_eq!(
            std::fs::read_to_string(&csv).unwrap(),
            "date,time,text,goal,step,note,source,amount,unit\n\
             2026-11-21,09:31,First,Thesis,\"Write, one paragraph\",\"with \"\"quotes\"\"\",window,,\n\
             2026-11-21,09:32,Second,Thesis,\"Write, one paragraph\",\"with \"\"quotes\"\"\",window,,\n"
        );
        assert!(!t.dir.path().join("wins.partial").exists());
    }
}
