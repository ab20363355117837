//! Milestones inside a transaction: every one reached (the chronicle's
//! and the week's markers) and the ones a just-written win reached (its
//! celebration). Each is celebrated once: remembering that is part of the
//! same transaction that finds it, so two windows never both celebrate it.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::cadence::RunUnit;
use crate::domain::milestones::{Milestone, MilestoneKind, WIN_COUNTS};
use crate::domain::momentum::FIRST_RUN;
use crate::domain::{Goal, GoalStatus, Step};
use crate::error::Result;
use crate::store;
use crate::store::chronicle::Scope;
use crate::store::wins::WinRecord;

use super::momentum::{first_runs, FirstRun};

/// A milestone as the view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneView {
    pub key: String,
    pub reached_on: NaiveDate,
    /// "Your 100th win", "10th win for Learn Spanish", "First 7-day run: …".
    pub label: String,
    pub goal_colour: Option<String>,
    pub celebrated: bool,
}

/// The words for a milestone of `kind`: `name` is the goal's or the step's
/// title, `unit` what a run counts.
fn label(kind: &MilestoneKind, name: &str, unit: RunUnit) -> String {
    match kind {
        MilestoneKind::Wins(n) => crate::tr!("milestone-wins", count = *n),
        MilestoneKind::GoalWins(n, _) => crate::tr!("milestone-goal-wins", count = *n, name = name),
        MilestoneKind::FirstRun(_) => {
            let id = match unit {
                RunUnit::Day => "milestone-first-run-days",
                RunUnit::Week => "milestone-first-run-weeks",
                RunUnit::Month => "milestone-first-run-months",
                RunUnit::Time => "milestone-first-run-times",
            };
            crate::tr!(id, count = FIRST_RUN, name = name)
        }
    }
}

/// The words for a goal's `n`th win: a vote for who its person is becoming
/// when the goal names an identity ("Your 100th vote for “a runner”").
fn goal_wins_label(kind: &MilestoneKind, goal: &Goal) -> String {
    match kind {
        MilestoneKind::GoalWins(n, _) if !goal.identity.is_empty() => crate::tr!(
            "milestone-identity-votes",
            count = *n,
            identity = goal.identity.as_str()
        ),
        _ => label(kind, &goal.title, RunUnit::Day),
    }
}

/// Gathers views of milestones, each marked celebrated or not.
struct Found {
    celebrated: std::collections::HashSet<String>,
    out: Vec<MilestoneView>,
}

impl Found {
    fn new(conn: &store::Conn) -> Result<Found> {
        Ok(Found {
            celebrated: store::chronicle::celebrated(conn)?,
            out: Vec::new(),
        })
    }

    fn push(
        &mut self,
        kind: MilestoneKind,
        reached_on: NaiveDate,
        label: String,
        colour: Option<String>,
    ) {
        let key = Milestone { kind, reached_on }.key();
        self.out.push(MilestoneView {
            celebrated: self.celebrated.contains(&key),
            key,
            reached_on,
            label,
            goal_colour: colour,
        });
    }

    fn first_run(&mut self, m: &FirstRun, goals: &[Goal]) {
        let Some(day) = m.day else {
            return;
        };
        let colour = m
            .step
            .goal_id
            .as_ref()
            .and_then(|g| goals.iter().find(|goal| &goal.id == g))
            .map(|g| g.colour.clone());
        let kind = MilestoneKind::FirstRun(m.step.id.to_string());
        let words = label(&kind, &m.step.title, m.unit);
        self.push(kind, day, words, colour);
    }

    /// Newest first; on one day, overall first, then goals, then runs.
    fn sorted(mut self) -> Vec<MilestoneView> {
        self.out.sort_by_key(|m| std::cmp::Reverse(m.reached_on));
        self.out
    }
}

/// Every milestone reached: overall win counts, each goal's (of `goals`)
/// and each step's first run (of `runs`). Newest first.
pub(crate) fn all(
    conn: &store::Conn,
    goals: &[Goal],
    runs: &[FirstRun],
) -> Result<Vec<MilestoneView>> {
    let mut found = Found::new(conn)?;
    for (n, day) in store::chronicle::win_counts_reached_in(conn, &Scope::All)? {
        let kind = MilestoneKind::Wins(n);
        let words = label(&kind, "", RunUnit::Day);
        found.push(kind, day, words, None);
    }
    for goal in goals {
        for (n, day) in
            store::chronicle::win_counts_reached_in(conn, &Scope::Goal(goal.id.clone()))?
        {
            let kind = MilestoneKind::GoalWins(n, goal.id.to_string());
            let words = goal_wins_label(&kind, goal);
            found.push(kind, day, words, Some(goal.colour.clone()));
        }
    }
    for m in runs {
        found.first_run(m, goals);
    }
    Ok(found.sorted())
}

/// The goals and steps the chronicle shows: not archived.
pub(crate) fn shown_goals_and_steps(conn: &store::Conn) -> Result<(Vec<Goal>, Vec<Step>)> {
    let goals = store::goals::list(conn)?
        .into_iter()
        .filter(|g| g.status != GoalStatus::Archived)
        .collect();
    let steps = store::steps::list(conn)?
        .into_iter()
        .filter(|s| !s.archived)
        .collect();
    Ok((goals, steps))
}

/// The milestones `win`, just written in `tx`, reached and nobody
/// celebrated yet, now remembered as celebrated. Only what the win can
/// change is looked at: the overall count, its goal's count and its step's
/// first run.
pub(crate) fn reached_by(
    tx: &store::Conn,
    clock: &dyn Clock,
    win: &WinRecord,
) -> Result<Vec<MilestoneView>> {
    let day = win.win.local_date;
    let mut found = Found::new(tx)?;
    let count_is_a_milestone = |scope: &Scope| -> Result<Option<u32>> {
        let total = store::chronicle::total(tx, scope)?;
        Ok(u32::try_from(total).ok().filter(|n| WIN_COUNTS.contains(n)))
    };
    if let Some(n) = count_is_a_milestone(&Scope::All)? {
        let kind = MilestoneKind::Wins(n);
        let words = label(&kind, "", RunUnit::Day);
        found.push(kind, day, words, None);
    }
    if let Some(goal) = &win.win.goal_id {
        if let Some(n) = count_is_a_milestone(&Scope::Goal(goal.clone()))? {
            let kind = MilestoneKind::GoalWins(n, goal.to_string());
            let words = match store::goals::get(tx, goal)? {
                Some(goal) => goal_wins_label(&kind, &goal),
                None => label(&kind, "", RunUnit::Day),
            };
            found.push(kind, day, words, win.goal_colour.clone());
        }
    }
    if let Some(step) = &win.win.step_id {
        let step = super::step_exists(tx, step)?;
        if !step.archived && step.cadence.is_recurring() {
            let rest = store::rest_days::all(tx)?;
            let goals = store::goals::list(tx)?;
            // A win put on an earlier day may close a gap in a run that
            // goes on to today: the run is read up to today.
            let until = clock.today().max(day);
            for m in first_runs(tx, clock, std::slice::from_ref(&step), &rest, until)? {
                found.first_run(&m, &goals);
            }
        }
    }
    let fresh: Vec<MilestoneView> = found
        .sorted()
        .into_iter()
        .filter(|m| !m.celebrated)
        .collect();
    remember(tx, clock, &fresh)?;
    Ok(fresh)
}

pub(crate) fn remember(tx: &store::Conn, clock: &dyn Clock, fresh: &[MilestoneView]) -> Result<()> {
    if fresh.is_empty() {
        return Ok(());
    }
    let keys: Vec<String> = fresh.iter().map(|m| m.key.clone()).collect();
    store::chronicle::mark_celebrated(tx, &keys, clock.now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_german_and_spanish_count_and_group() {
        use crate::i18n::with_language;
        let goal = || "g".to_owned();
        for (lang, kind, want) in [
            ("en", MilestoneKind::Wins(1), "Your first win"),
            ("en", MilestoneKind::Wins(10), "Your 10th win"),
            ("en", MilestoneKind::Wins(1000), "Your 1,000th win"),
            ("de", MilestoneKind::Wins(1), "Dein erster Erfolg"),
            ("de", MilestoneKind::Wins(2), "Dein 2. Erfolg"),
            ("de", MilestoneKind::Wins(1000), "Dein 1.000. Erfolg"),
            (
                "de",
                MilestoneKind::GoalWins(1, goal()),
                "Erster Erfolg für Thesis",
            ),
            (
                "de",
                MilestoneKind::GoalWins(25, goal()),
                "25. Erfolg für Thesis",
            ),
            ("es", MilestoneKind::Wins(1), "Tu primer logro"),
            ("es", MilestoneKind::Wins(2), "Tu logro número 2"),
            // Spanish groups from five digits on.
            ("es", MilestoneKind::Wins(1000), "Tu logro número 1000"),
            (
                "es",
                MilestoneKind::GoalWins(10, goal()),
                "Logro número 10 para Thesis",
            ),
        ] {
            assert_eq!(
                with_language(lang, || label(&kind, "Thesis", RunUnit::Day)),
                want
            );
        }
        let run = MilestoneKind::FirstRun("s".into());
        assert_eq!(
            with_language("de", || label(&run, "Lesen", RunUnit::Day)),
            "Erster Lauf über 7 Tage: Lesen"
        );
        assert_eq!(
            with_language("es", || label(&run, "Leer", RunUnit::Week)),
            "Primera racha de 7 semanas: Leer"
        );
    }
}
