//! The weekly review: a week drafted from the data (wins and days, kindly
//! next to the week before; wins per goal; comebacks; runs still going;
//! rest days; one-thing days; milestones), the person's three answers and
//! focus actions saved per week, the list of past reviews, and what a focus
//! action became. Also the markdown a person can paste into a journal.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc, Weekday};

use crate::clock::Clock;
use crate::domain::cadence::RunUnit;
use crate::domain::ids::{FocusActionId, ReflectionId};
use crate::domain::reflection::{
    self, check_focus_count, check_week, Answers, Became, FocusAction, NudgePlan, Reflection, Week,
};
use crate::domain::rest::RestDay;
use crate::domain::{Goal, GoalId, Step, StepId, Title};
use crate::error::{Error, Result};
use crate::store::{self, Store};

use super::ops::milestones::{self, MilestoneView};
use super::ops::momentum::runs_of;
use super::ops::rewards::RewardView;
use super::ops::settings::{first_day, first_day_in, review_settings_in};
use super::ops::steps::{self, StepDraft};

/// Wins of the week under one goal (`None`: under no goal).
#[derive(Debug, Clone, PartialEq)]
pub struct GoalWins {
    pub goal: Option<Goal>,
    pub wins: u32,
}

/// A step whose "never miss twice" run was still going at the week's end.
#[derive(Debug, Clone, PartialEq)]
pub struct RunAlive {
    pub step: Step,
    /// Done periods in the run (days, weeks, months or times, by `unit`).
    pub length: u32,
    pub unit: RunUnit,
}

/// A measured step's amount over the week, in thousandths.
#[derive(Debug, Clone, PartialEq)]
pub struct StepAmount {
    pub step: Step,
    pub amount: i64,
}

/// A week as the data tells it, before the person writes anything.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekDraft {
    pub week: Week,
    /// The week's last day counted: its end, or today while it runs.
    pub until: NaiveDate,
    pub wins: u32,
    pub days: u32,
    pub wins_before: u32,
    pub days_before: u32,
    /// Most wins first.
    pub per_goal: Vec<GoalWins>,
    /// Done periods that came right after a missed one, this week.
    pub comebacks: u32,
    /// Longest first.
    pub runs: Vec<RunAlive>,
    /// Each measured step with an amount this week, in the steps' order.
    pub amounts: Vec<StepAmount>,
    pub rest_days: Vec<RestDay>,
    /// Days of the week with a one thing, and how many of them were done.
    pub one_things_set: u32,
    pub one_things_done: u32,
    /// Reached this week, newest first.
    pub milestones: Vec<MilestoneView>,
    /// Steps that did not fit twice in a row this week (a smaller size may
    /// suit them), with their titles; only for a week that has ended.
    pub not_fitting: Vec<(StepId, String)>,
    /// The draft's opening sentence.
    pub headline: String,
}

/// A week's draft and the review written for it, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekReview {
    pub draft: WeekDraft,
    pub reflection: Option<Reflection>,
}

/// Runs shorter than this are not listed as "still going".
const RUN_LISTED: u32 = 2;

/// Which week a caller asks for. Where weeks begin is the person's first
/// day of the week (Settings, else the locale's), decided here for every
/// caller: the window and the command line never work it out themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekPick {
    /// This week, already placed.
    Exactly(Week),
    /// The week holding this day.
    Holding(NaiveDate),
    /// The latest week that has ended by today (on a week's last day, that
    /// week): the one a review looks back on.
    LatestEnded,
    /// The week before the one holding today.
    Previous,
}

impl From<Week> for WeekPick {
    fn from(week: Week) -> Self {
        WeekPick::Exactly(week)
    }
}

impl WeekPick {
    fn place(self, today: NaiveDate, first: Weekday) -> Week {
        match self {
            WeekPick::Exactly(week) => week,
            WeekPick::Holding(day) => Week::containing(day, first),
            WeekPick::LatestEnded => Week::ended_by(today, first),
            WeekPick::Previous => Week::containing(today, first).previous(),
        }
    }
}

/// The draft of the week picked and its review.
pub fn week_review(
    store: &Store,
    clock: &dyn Clock,
    pick: impl Into<WeekPick>,
) -> Result<WeekReview> {
    let today = clock.today();
    store.read(|conn| {
        let week = pick.into().place(today, first_day_in(conn)?);
        check_week(week, today)?;
        Ok(WeekReview {
            draft: draft_in(conn, clock, week, today)?,
            reflection: store::reflections::get(conn, week.start)?,
        })
    })
}

fn draft_in(
    conn: &store::Conn,
    clock: &dyn Clock,
    week: Week,
    today: NaiveDate,
) -> Result<WeekDraft> {
    let until = week.end().min(today);
    let before = week.previous();
    let count = |from, to| -> Result<u32> {
        Ok(
            store::chronicle::day_counts(conn, &store::chronicle::Scope::All, from, to)?
                .iter()
                .map(|&(_, n)| n)
                .sum(),
        )
    };
    let wins = count(week.start, until)?;
    let wins_before = count(before.start, before.end())?;
    let days = store::reflections::days_with_wins(conn, week.start, until)?;
    let days_before = store::reflections::days_with_wins(conn, before.start, before.end())?;

    let (goals, steps) = milestones::shown_goals_and_steps(conn)?;
    let all_goals = store::goals::list(conn)?;
    let per_goal = store::reflections::wins_per_goal(conn, week.start, until)?
        .into_iter()
        .map(|(goal, wins)| GoalWins {
            goal: goal.and_then(|id| all_goals.iter().find(|g| g.id.as_str() == id).cloned()),
            wins,
        })
        .collect();

    let rest = store::rest_days::all(conn)?;
    let at_end = runs_of(conn, clock, &steps, &rest, until)?;
    let at_start = runs_of(conn, clock, &steps, &rest, week.start - Duration::days(1))?;
    let comebacks = at_end
        .iter()
        .map(|m| {
            let earlier = at_start
                .iter()
                .find(|b| b.step.id == m.step.id)
                .map_or(0, |b| b.runs.comebacks);
            m.runs.comebacks.saturating_sub(earlier)
        })
        .sum();
    let mut runs: Vec<RunAlive> = at_end
        .iter()
        .filter(|m| m.runs.current >= RUN_LISTED)
        .map(|m| RunAlive {
            step: m.step.clone(),
            length: m.runs.current,
            unit: m.unit,
        })
        .collect();
    runs.sort_by_key(|r| std::cmp::Reverse(r.length));

    let mut amounts = Vec::new();
    for step in steps.iter().filter(|s| s.measure.is_some()) {
        let amount: i64 = store::chronicle::step_amounts(conn, &step.id, week.start, until)?
            .values()
            .sum();
        if amount > 0 {
            amounts.push(StepAmount {
                step: step.clone(),
                amount,
            });
        }
    }

    let rest_days = rest
        .iter()
        .filter(|r| week.contains(r.date) && r.date <= until)
        .cloned()
        .collect();
    let one_things = store::one_things::between(conn, week.start, until)?;
    let one_things_set = one_things.len() as u32;
    let one_things_done = one_things.iter().filter(|o| o.done).count() as u32;
    // Milestones are found as the chronicle finds them, up to today (a
    // first run is dated by the day it was reached).
    let runs_now = if until == today {
        at_end.iter().map(|m| m.first_run()).collect()
    } else {
        super::ops::momentum::first_runs(conn, clock, &steps, &rest, today)?
    };
    let milestones = milestones::all(conn, &goals, &runs_now)?
        .into_iter()
        .filter(|m| week.contains(m.reached_on))
        .collect();
    // Only a week that has ended: its last day must be over to count.
    let not_fitting = if week.end() < today {
        super::ops::fit::two_misses_in(conn, week.start, week.end())?
    } else {
        Vec::new()
    };
    Ok(WeekDraft {
        week,
        until,
        not_fitting,
        headline: reflection::wins_sentence(wins, days, wins_before),
        wins,
        days,
        wins_before,
        days_before,
        per_goal,
        comebacks,
        runs,
        amounts,
        rest_days,
        one_things_set,
        one_things_done,
        milestones,
    })
}

/// A focus action as the person wrote it: an existing one keeps its id (and
/// what it became).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FocusInput {
    pub id: Option<FocusActionId>,
    pub text: String,
}

/// A review as the person wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReflectionInput {
    /// The first day of the week it looks back on.
    pub week_start: NaiveDate,
    pub went_well: String,
    pub learned: String,
    pub adjust: String,
    pub focus: Vec<FocusInput>,
}

/// A review just saved, and the rewards that reviewing a week earned (each
/// reward once, so a second save of the week earns nothing new).
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub reflection: Reflection,
    pub rewards: Vec<RewardView>,
}

/// Saves (or rewrites) the review of a week. Blank focus lines are dropped.
pub fn save(store: &Store, clock: &dyn Clock, input: &ReflectionInput) -> Result<Saved> {
    let week = Week {
        start: input.week_start,
    };
    check_week(week, clock.today())?;
    let answers = Answers::parse(&input.went_well, &input.learned, &input.adjust)?;
    let lines: Vec<&FocusInput> = input
        .focus
        .iter()
        .filter(|f| !f.text.trim().is_empty())
        .collect();
    check_focus_count(lines.len())?;
    if answers.is_blank() && lines.is_empty() {
        return Err(Error::Validation(crate::tr!("error-review-empty")));
    }
    let texts = lines
        .iter()
        .map(|f| Title::parse(&f.text, "core-field-focus-action").map(Title::into_string))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    store.write(|tx| {
        let existing = store::reflections::get(tx, week.start)?;
        let kept = |id: &Option<FocusActionId>| {
            existing
                .as_ref()
                .and_then(|r| r.focus.iter().find(|f| Some(&f.id) == id.as_ref()))
        };
        let focus = lines
            .iter()
            .zip(texts)
            .map(|(f, text)| match kept(&f.id) {
                Some(old) => FocusAction {
                    text,
                    ..old.clone()
                },
                None => FocusAction {
                    id: FocusActionId::from_trusted(store::new_id()),
                    text,
                    became: None,
                    step_id: None,
                },
            })
            .collect();
        let reflection = Reflection {
            id: existing.as_ref().map_or_else(
                || ReflectionId::from_trusted(store::new_id()),
                |r| r.id.clone(),
            ),
            week,
            went_well: answers.went_well.into_string(),
            learned: answers.learned.into_string(),
            adjust: answers.adjust.into_string(),
            focus,
        };
        store::reflections::put(tx, &reflection, clock.now())?;
        let rewards = super::ops::rewards::earn_on_week_reviewed(tx, clock)?;
        Ok(Saved {
            reflection,
            rewards,
        })
    })
}

/// Every review written, newest first.
pub fn history(store: &Store) -> Result<Vec<Reflection>> {
    store.read(store::reflections::all)
}

/// Records what a focus action became: a step (new or changed) or a day's
/// one thing. The step must exist.
pub fn mark_focus_action(
    store: &Store,
    id: &FocusActionId,
    became: Became,
    step: Option<&StepId>,
) -> Result<()> {
    store.write(|tx| {
        if let Some(step) = step {
            super::ops::step_exists(tx, step)?;
        }
        if store::reflections::set_became(tx, id, became, step)? {
            Ok(())
        } else {
            Err(Error::not_found("focus action"))
        }
    })
}

/// Turns a focus action into a new step (under `goal`, or standalone) and
/// records that, in one transaction.
pub fn focus_action_to_step(
    store: &Store,
    clock: &dyn Clock,
    id: &FocusActionId,
    goal: Option<&GoalId>,
    draft: &StepDraft,
) -> Result<Step> {
    let checked = steps::validate(draft)?;
    store.write(|tx| {
        if store::reflections::week_of_focus_action(tx, id)?.is_none() {
            return Err(Error::not_found("focus action"));
        }
        let step = steps::add_step_in(tx, clock, goal, checked)?;
        store::reflections::set_became(tx, id, Became::Step, Some(&step.id))?;
        Ok(step)
    })
}

/// Makes a focus action the one thing of the next week's first day (or of
/// today, for a review of an older week), and records that, in one
/// transaction. A day that has its one thing already keeps it.
pub fn focus_action_to_one_thing(
    store: &Store,
    clock: &dyn Clock,
    id: &FocusActionId,
) -> Result<NaiveDate> {
    let today = clock.today();
    store.write(|tx| {
        let week = store::reflections::week_of_focus_action(tx, id)?
            .ok_or_else(|| Error::not_found("focus action"))?;
        let text = store::reflections::get(tx, week.start)?
            .and_then(|r| r.focus.into_iter().find(|f| &f.id == id))
            .map(|f| f.text)
            .ok_or_else(|| Error::not_found("focus action"))?;
        let day = week.next().start.max(today);
        if let Some(there) = store::one_things::on_day(tx, day)? {
            return Err(Error::Conflict(crate::tr!(
                "error-focus-day-taken",
                text = there.one.text.as_str()
            )));
        }
        let one = crate::domain::focus::OneThing {
            date: day,
            step_id: None,
            text,
            win_id: None,
        };
        store::one_things::set(tx, &one, clock.now())?;
        store::reflections::set_became(tx, id, Became::OneThing, None)?;
        Ok(day)
    })
}

const NUDGE_SHOWN: &str = "review_nudge_shown";
const NUDGE_LATER: &str = "review_nudge_later";

/// When the weekly nudge is next due and for which week (`None`: it is off,
/// or nothing is due within a week). Read in one snapshot.
pub fn next_nudge<Tz: TimeZone>(
    store: &Store,
    tz: &Tz,
    now: DateTime<Utc>,
) -> Result<Option<(Week, DateTime<Utc>)>> {
    store.read(|conn| {
        let settings = review_settings_in(conn)?;
        if !settings.nudge {
            return Ok(None);
        }
        let reminders = super::ops::settings::reminder_settings_in(conn)?;
        let week_of = |text: Option<String>| {
            text.and_then(|t| t.parse::<NaiveDate>().ok())
                .map(|start| Week { start })
        };
        let shown = week_of(store::settings::get(conn, NUDGE_SHOWN)?);
        let later = store::settings::get(conn, NUDGE_LATER)?.and_then(|t| {
            let (week, ms) = t.split_once(' ')?;
            Some((
                week_of(Some(week.to_owned()))?,
                DateTime::from_timestamp_millis(ms.parse().ok()?)?,
            ))
        });
        let today = now.with_timezone(tz).date_naive();
        let reviewed: Vec<Week> = store::reflections::between(
            conn,
            today - Duration::days(21),
            today + Duration::days(7),
        )?
        .into_iter()
        .map(|r| r.week)
        .collect();
        let plan = NudgePlan {
            first: first_day(&settings),
            day: settings.nudge_day,
            time: settings.nudge_time,
            quiet: reminders.quiet,
            paused_until: reminders.pause_end,
            shown,
            later,
        };
        // A week with no win has nothing to look back on (a new Cairn's
        // first week, a week away): no nudge, no "quiet week" to read.
        let empty = |w: Week| {
            store::reflections::days_with_wins(conn, w.start, w.end()).map_or(true, |d| d == 0)
        };
        Ok(reflection::next_nudge(tz, now, &plan, |w| {
            reviewed.contains(&w) || empty(w)
        }))
    })
}

/// The weekly nudge's words.
#[derive(Debug, Clone, PartialEq)]
pub struct Nudge {
    pub week: Week,
    pub title: String,
    pub body: String,
}

/// Remembers that the nudge for `week` was shown (so it is shown once; a
/// "Later" ends) and returns its words.
pub fn show_nudge(store: &Store, clock: &dyn Clock, week: Week) -> Result<Nudge> {
    let today = clock.today();
    store.write(|tx| {
        store::settings::set(tx, NUDGE_SHOWN, &week.start.to_string())?;
        store::settings::remove(tx, NUDGE_LATER)?;
        let draft = draft_in(tx, clock, week, today)?;
        Ok(Nudge {
            week,
            title: crate::tr!("nudge-review-title"),
            body: crate::tr!("nudge-review-body", headline = draft.headline.as_str()),
        })
    })
}

/// "Later" on the nudge: ask again after the snooze (the reminders' length
/// unless `snooze` overrides it).
pub fn nudge_later(
    store: &Store,
    clock: &dyn Clock,
    week: Week,
    snooze: Option<Duration>,
) -> Result<DateTime<Utc>> {
    store.write(|tx| {
        let minutes = super::ops::settings::reminder_settings_in(tx)?.snooze_minutes;
        let at = clock.now() + snooze.unwrap_or_else(|| Duration::minutes(i64::from(minutes)));
        store::settings::set(
            tx,
            NUDGE_LATER,
            &format!("{} {}", week.start, at.timestamp_millis()),
        )?;
        Ok(at)
    })
}

/// The draft's facts, one line each, as the command line prints them.
fn facts(d: &WeekDraft) -> Vec<String> {
    let mut facts = Vec::new();
    for g in &d.per_goal {
        facts.push(match &g.goal {
            Some(goal) if !goal.identity.is_empty() => crate::tr!(
                "week-fact-goal-votes",
                goal = goal.title.as_str(),
                identity = goal.identity.as_str(),
                count = g.wins
            ),
            Some(goal) => crate::tr!(
                "week-fact-goal-wins",
                goal = goal.title.as_str(),
                count = g.wins
            ),
            None => crate::tr!("week-fact-no-goal-wins", count = g.wins),
        });
    }
    if d.comebacks > 0 {
        facts.push(crate::tr!("week-fact-comebacks", count = d.comebacks));
    }
    for r in &d.runs {
        let id = match r.unit {
            RunUnit::Day => "week-fact-run-days",
            RunUnit::Week => "week-fact-run-weeks",
            RunUnit::Month => "week-fact-run-months",
            RunUnit::Time => "week-fact-run-times",
        };
        facts.push(crate::tr!(
            id,
            step = r.step.title.as_str(),
            count = r.length
        ));
    }
    for a in &d.amounts {
        if let Some(m) = &a.step.measure {
            facts.push(crate::tr!(
                "week-fact-amount",
                step = a.step.title.as_str(),
                amount = crate::domain::measure::Amount::total(a.amount).units(),
                unit = m.unit.as_str()
            ));
        }
    }
    if !d.rest_days.is_empty() {
        facts.push(crate::tr!("week-fact-rest-days", count = d.rest_days.len()));
    }
    if d.one_things_set > 0 {
        facts.push(crate::tr!(
            "week-fact-one-things",
            done = d.one_things_done,
            count = d.one_things_set
        ));
    }
    for m in &d.milestones {
        facts.push(crate::tr!("week-fact-milestone", label = m.label.as_str()));
    }
    for (_, title) in &d.not_fitting {
        facts.push(crate::tr!("week-fact-not-fitting", step = title.as_str()));
    }
    facts
}

/// The three questions, as the review asks them, with the answers.
fn answers(r: &Reflection) -> [(String, &str); 3] {
    [
        (crate::tr!("week-text-went-well"), &r.went_well),
        (crate::tr!("week-text-learned"), &r.learned),
        (crate::tr!("week-text-adjust"), &r.adjust),
    ]
}

/// The review as plain text for a terminal, or as markdown for a journal:
/// the draft, then the answers and focus actions when written. Blank
/// answers are left out.
pub fn text(review: &WeekReview, markdown: bool) -> String {
    let d = &review.draft;
    let (h2, h3, bullet) = if markdown {
        ("## ", "### ", "- ")
    } else {
        ("", "", "  • ")
    };
    let heading = crate::tr!(
        "week-text-heading",
        start = crate::i18n::format::date_with("week-date", d.week.start),
        end = crate::i18n::format::date_with("week-date", d.week.end())
    );
    let mut out = format!("{h2}{heading}\n\n{}\n", d.headline);
    let facts = facts(d);
    if !facts.is_empty() {
        out.push('\n');
        for f in facts {
            out.push_str(&format!("{bullet}{f}\n"));
        }
    }
    match &review.reflection {
        None if markdown => {
            out.push_str(&format!("\n_{}_\n", crate::tr!("week-text-not-reviewed")))
        }
        None => out.push_str(&format!(
            "\n{}\n",
            crate::tr!("week-text-not-reviewed-open")
        )),
        Some(r) => {
            for (question, answer) in answers(r) {
                if !answer.is_empty() {
                    out.push_str(&format!("\n{h3}{question}\n\n{answer}\n"));
                }
            }
            if !r.focus.is_empty() {
                out.push_str(&format!("\n{h3}{}\n\n", crate::tr!("week-text-focus")));
                for f in &r.focus {
                    out.push_str(&format!("{bullet}{}\n", f.text));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::domain::WinSource;
    use crate::service::settings::{review_settings, set_review_settings, ReviewSettings};
    use crate::service::test_support::*;
    use crate::service::wins::{log_win, tick_step, WinDraft};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn week(start: &str) -> Week {
        Week { start: d(start) }
    }

    fn win(text: &str, goal: Option<&Goal>) -> WinDraft {
        WinDraft {
            text: text.into(),
            note: String::new(),
            goal: goal.map(|g| g.id.clone()),
            step: None,
            source: WinSource::Window,
            amount: None,
        }
    }

    fn input(start: &str, went_well: &str, focus: &[&str]) -> ReflectionInput {
        ReflectionInput {
            week_start: d(start),
            went_well: went_well.into(),
            learned: String::new(),
            adjust: String::new(),
            focus: focus
                .iter()
                .map(|t| FocusInput {
                    id: None,
                    text: (*t).into(),
                })
                .collect(),
        }
    }

    /// Two weeks of a daily step (Monday weeks, 16–22 and 23–29 November
    /// 2026): three days, a gap of two, then a comeback and four more days.
    fn two_weeks() -> (TempStore, FixedClock, Goal, Step) {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-16T08:00:00+01:00");
        let (goal, step) = goal_with_daily_step(&t.store, &clock, "Thesis", "Write").unwrap();
        for day in 16..=29 {
            if [19, 20, 21, 22, 23].contains(&day) {
                clock.advance(Duration::days(1));
                continue;
            }
            tick_step(&t.store, &clock, &step.id, WinSource::Window).unwrap();
            clock.advance(Duration::days(1));
        }
        // Sunday 29 November, evening.
        clock.set(clock.now() - Duration::days(1) + Duration::hours(10));
        log_win(&t.store, &clock, &win("Called grandma", None)).unwrap();
        (t, clock, goal, step)
    }

    #[test]
    fn the_draft_counts_the_week_and_compares_it_kindly() {
        let (t, clock, goal, step) = two_weeks();
        let review = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        let d = review.draft;
        assert_eq!((d.wins, d.days), (7, 6));
        assert_eq!((d.wins_before, d.days_before), (3, 3));
        assert_eq!(d.headline, "7 wins on 6 days, 4 more than the week before.");
        assert_eq!(d.per_goal.len(), 2);
        assert_eq!(d.per_goal[0].goal.as_ref().map(|g| &g.id), Some(&goal.id));
        assert_eq!(d.per_goal[0].wins, 6);
        assert_eq!(
            (d.per_goal[1].goal.is_none(), d.per_goal[1].wins),
            (true, 1)
        );
        // Back on the 24th after two days without: one comeback, and a run
        // of six still going on Sunday.
        assert_eq!(d.comebacks, 1);
        assert_eq!(d.runs.len(), 1);
        assert_eq!((&d.runs[0].step.id, d.runs[0].length), (&step.id, 6));
        assert_eq!(d.until, d.week.end());
        assert!(review.reflection.is_none());
    }

    #[test]
    fn a_week_still_running_counts_up_to_today() {
        let (t, clock, _, _) = two_weeks();
        clock.set(clock.now() + Duration::days(2));
        let review = week_review(&t.store, &clock, week("2026-11-30")).unwrap();
        assert_eq!(review.draft.until, d("2026-12-01"));
        assert_eq!(review.draft.wins, 0);
        assert_eq!(
            review.draft.headline,
            "A quiet week after a busier one. Rest counts too; pick one small step to begin again."
        );
        let err = week_review(&t.store, &clock, week("2026-12-07")).unwrap_err();
        assert_eq!(err.kind(), "validation");
    }

    /// Issue 24, part 2: the week names each measured step's amount.
    #[test]
    fn the_week_names_what_measured_steps_added_up_to() {
        use crate::domain::measure::Amount;
        use crate::service::steps::add_step;
        use crate::service::wins::tick_step_with;
        let t = temp_store();
        let clock = saturday_morning();
        let step = add_step(
            &t.store,
            &clock,
            None,
            &measured_draft("Read", "pages", "", ""),
        )
        .unwrap();
        add_step(
            &t.store,
            &clock,
            None,
            &measured_draft("Nothing yet", "pages", "", ""),
        )
        .unwrap();
        for amount in ["3", "4.5"] {
            let amount = Some(Amount::parse(amount).unwrap());
            tick_step_with(&t.store, &clock, &step.id, WinSource::Window, None, amount).unwrap();
        }
        let review = week_review(&t.store, &clock, WeekPick::Holding(clock.today())).unwrap();
        let amounts: Vec<(&str, i64)> = review
            .draft
            .amounts
            .iter()
            .map(|a| (a.step.title.as_str(), a.amount))
            .collect();
        assert_eq!(
            amounts,
            [("Read", 7_500)],
            "a step with nothing logged is left out"
        );
        assert!(
            text(&review, false).contains("Read: 7.5 pages this week"),
            "{}",
            text(&review, false)
        );
    }

    #[test]
    fn milestones_of_the_week_are_in_its_draft() {
        let (t, clock, _, _) = two_weeks();
        let first = week_review(&t.store, &clock, week("2026-11-16")).unwrap();
        let labels: Vec<&str> = first
            .draft
            .milestones
            .iter()
            .map(|m| m.label.as_str())
            .collect();
        assert!(labels.contains(&"Your first win"), "{labels:?}");
        let second = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        let labels: Vec<&str> = second
            .draft
            .milestones
            .iter()
            .map(|m| m.label.as_str())
            .collect();
        assert!(labels.contains(&"Your 10th win"), "{labels:?}");
        assert!(!labels.contains(&"Your first win"), "{labels:?}");
    }

    #[test]
    fn a_review_is_saved_rewritten_and_listed() {
        let (t, clock, _, _) = two_weeks();
        let saved = save(
            &t.store,
            &clock,
            &input(
                "2026-11-23",
                "  Wrote most mornings ",
                &["Read one abstract", " ", "Walk"],
            ),
        )
        .unwrap()
        .reflection;
        assert_eq!(saved.went_well, "Wrote most mornings");
        assert_eq!(saved.focus.len(), 2, "the blank line is dropped");
        mark_focus_action(&t.store, &saved.focus[0].id, Became::OneThing, None).unwrap();

        // Rewritten: the first action keeps its id and what it became.
        let mut again = input("2026-11-23", "Wrote every morning", &[]);
        again.focus = vec![
            FocusInput {
                id: Some(saved.focus[0].id.clone()),
                text: "Read two abstracts".into(),
            },
            FocusInput {
                id: None,
                text: "Sleep by eleven".into(),
            },
        ];
        let rewritten = save(&t.store, &clock, &again).unwrap().reflection;
        assert_eq!(rewritten.id, saved.id);
        assert_eq!(rewritten.focus[0].id, saved.focus[0].id);
        assert_eq!(rewritten.focus[0].became, Some(Became::OneThing));
        assert_eq!(rewritten.focus[0].text, "Read two abstracts");

        let listed = history(&t.store).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].went_well, "Wrote every morning");
        let review = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        assert_eq!(review.reflection.as_ref(), Some(&listed[0]));
    }

    /// Bad input is refused with a sentence and writes nothing.
    #[test]
    fn bad_reviews_are_refused_and_change_nothing() {
        let (t, clock, _, _) = two_weeks();
        let check = |input: ReflectionInput, says: &str| {
            let err = save(&t.store, &clock, &input).unwrap_err();
            assert_eq!(err.kind(), "validation");
            assert!(err.to_string().contains(says), "{err}");
        };
        check(input("2026-11-23", "  ", &[]), "Write a line");
        check(
            input("2026-11-23", "ok", &["a", "b", "c", "d", "e"]),
            "up to 4",
        );
        check(
            input("2026-11-23", &"x".repeat(2001), &[]),
            "2,000 or fewer",
        );
        check(
            input("2026-11-23", "ok", &["line\u{7}bell"]),
            "control character",
        );
        check(input("2026-12-07", "ok", &[]), "not started yet");
        assert!(history(&t.store).unwrap().is_empty());

        let unknown = FocusActionId::from_trusted(store::new_id());
        let err = mark_focus_action(&t.store, &unknown, Became::Step, None).unwrap_err();
        assert_eq!(err.kind(), "notFound");
    }

    #[test]
    fn reviewing_a_week_earns_its_reward_once() {
        use crate::service::rewards::{save_reward, RewardDraft};
        let (t, clock, _, _) = two_weeks();
        let cake = RewardDraft {
            text: "a slice of cake".into(),
            moment: "week_reviewed".into(),
            goal: None,
            count: None,
        };
        save_reward(&t.store, &clock, None, &cake).unwrap();
        let first = save(&t.store, &clock, &input("2026-11-23", "A good week", &[])).unwrap();
        let earned: Vec<&str> = first
            .rewards
            .iter()
            .map(|r| r.reward.text.as_str())
            .collect();
        assert_eq!(earned, ["a slice of cake"]);
        let again = save(
            &t.store,
            &clock,
            &input("2026-11-23", "A very good week", &[]),
        )
        .unwrap();
        assert!(again.rewards.is_empty(), "earned once");
    }

    #[test]
    fn a_focus_action_becomes_a_step_in_one_write() {
        let (t, clock, goal, _) = two_weeks();
        let saved = save(
            &t.store,
            &clock,
            &input("2026-11-23", "", &["Read on the train"]),
        )
        .unwrap()
        .reflection;
        let id = &saved.focus[0].id;
        let step = focus_action_to_step(
            &t.store,
            &clock,
            id,
            Some(&goal.id),
            &step_draft("Read on the train", "daily"),
        )
        .unwrap();
        assert_eq!(step.goal_id.as_ref(), Some(&goal.id));
        let review = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        let focus = &review.reflection.unwrap().focus[0];
        assert_eq!(
            (focus.became, focus.step_id.as_ref()),
            (Some(Became::Step), Some(&step.id))
        );

        // A bad draft or an unknown action adds no step.
        let steps_before = t.store.read(store::steps::list).unwrap().len();
        let err =
            focus_action_to_step(&t.store, &clock, id, None, &step_draft("", "daily")).unwrap_err();
        assert_eq!(err.kind(), "validation");
        let unknown = FocusActionId::from_trusted(store::new_id());
        let err = focus_action_to_step(
            &t.store,
            &clock,
            &unknown,
            None,
            &step_draft("Walk", "daily"),
        )
        .unwrap_err();
        assert_eq!(err.kind(), "notFound");
        assert_eq!(
            t.store.read(store::steps::list).unwrap().len(),
            steps_before
        );
    }

    #[test]
    fn the_nudge_is_shown_once_and_later_brings_it_back() {
        let t = temp_store();
        let mut settings = review_settings(&t.store).unwrap();
        settings.week_start = Some(Weekday::Mon);
        set_review_settings(&t.store, &settings).unwrap();
        let tz = chrono::FixedOffset::east_opt(3600).unwrap();
        // Sunday 29 November 2026, 18:10 in Berlin: with no win that week,
        // nothing to look back on; after one, the nudge is due.
        let clock = FixedClock::at("2026-11-29T18:10:00+01:00");
        assert_eq!(next_nudge(&t.store, &tz, clock.now()).unwrap(), None);
        log_win(&t.store, &clock, &win("Walked", None)).unwrap();
        let (week, at) = next_nudge(&t.store, &tz, clock.now()).unwrap().unwrap();
        assert_eq!(week.start, d("2026-11-23"));
        assert!(at <= clock.now());
        let nudge = show_nudge(&t.store, &clock, week).unwrap();
        assert_eq!(nudge.title, "Your week is ready to look back on");
        assert!(nudge.body.starts_with("1 win on 1 day"), "{}", nudge.body);
        // Shown once; next week has no win yet.
        assert_eq!(next_nudge(&t.store, &tz, clock.now()).unwrap(), None);
        // Later: the same week again after the snooze (30 minutes).
        let again = nudge_later(&t.store, &clock, week, None).unwrap();
        assert_eq!(again, clock.now() + Duration::minutes(30));
        assert_eq!(
            next_nudge(&t.store, &tz, clock.now()).unwrap(),
            Some((week, again))
        );
        // Reviewed meanwhile: not asked again.
        save(&t.store, &clock, &input("2026-11-23", "A calm week", &[])).unwrap();
        assert_eq!(next_nudge(&t.store, &tz, clock.now()).unwrap(), None);
        // Off: nothing.
        settings.nudge = false;
        set_review_settings(&t.store, &settings).unwrap();
        assert_eq!(next_nudge(&t.store, &tz, clock.now()).unwrap(), None);
    }

    #[test]
    fn a_focus_action_becomes_next_weeks_first_one_thing() {
        let (t, clock, _, _) = two_weeks();
        let saved = save(
            &t.store,
            &clock,
            &input("2026-11-23", "", &["Call the library", "Walk"]),
        )
        .unwrap()
        .reflection;
        let day = focus_action_to_one_thing(&t.store, &clock, &saved.focus[0].id).unwrap();
        assert_eq!(day, d("2026-11-30"), "Monday after the week");
        let one = t
            .store
            .read(|c| store::one_things::on_day(c, day))
            .unwrap()
            .unwrap();
        assert_eq!(one.one.text, "Call the library");
        // That Monday has its one thing now: the second is refused, nothing changes.
        let err = focus_action_to_one_thing(&t.store, &clock, &saved.focus[1].id).unwrap_err();
        assert_eq!(err.kind(), "conflict");
        let review = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        let became: Vec<Option<Became>> = review
            .reflection
            .unwrap()
            .focus
            .iter()
            .map(|f| f.became)
            .collect();
        assert_eq!(became, [Some(Became::OneThing), None]);
    }

    #[test]
    fn a_week_with_steps_that_did_not_fit_says_so_kindly() {
        let (t, clock, _, _) = two_weeks();
        // 19–22 November had no win: two in a row, in the first week.
        let first = week_review(&t.store, &clock, week("2026-11-16")).unwrap();
        let titles: Vec<&str> = first
            .draft
            .not_fitting
            .iter()
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(titles, ["Write"]);
        let words = text(&first, false);
        assert!(
            words.contains("Write: did not fit twice in a row; a smaller step may suit it"),
            "{words}"
        );
        let second = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        assert!(second.draft.not_fitting.is_empty());
    }

    fn check_pick(pick: WeekPick, first: Weekday, start: &str) {
        // Saturday 21 November 2026.
        let today = "2026-11-21".parse().unwrap();
        assert_eq!(
            pick.place(today, first).start,
            start.parse::<NaiveDate>().unwrap(),
            "{pick:?} {first:?}"
        );
    }

    #[test]
    fn a_picked_week_starts_on_the_persons_first_day() {
        use WeekPick::*;
        let thu = "2026-11-19".parse().unwrap();
        check_pick(Holding(thu), Weekday::Mon, "2026-11-16");
        check_pick(Holding(thu), Weekday::Sun, "2026-11-15");
        check_pick(Holding(thu), Weekday::Sat, "2026-11-14");
        // Saturday is the last day of a Sunday week: that week has ended.
        check_pick(LatestEnded, Weekday::Mon, "2026-11-09");
        check_pick(LatestEnded, Weekday::Sun, "2026-11-15");
        check_pick(LatestEnded, Weekday::Sat, "2026-11-14");
        check_pick(Previous, Weekday::Mon, "2026-11-09");
        check_pick(Previous, Weekday::Sun, "2026-11-08");
        let week = Week {
            start: "2026-11-11".parse().unwrap(),
        };
        check_pick(Exactly(week), Weekday::Mon, "2026-11-11");
    }

    #[test]
    fn the_week_review_follows_the_setting_not_the_caller() {
        let (t, clock, _, _) = two_weeks();
        let sunday = ReviewSettings {
            week_start: Some(Weekday::Sun),
            ..review_settings(&t.store).unwrap()
        };
        set_review_settings(&t.store, &sunday).unwrap();
        let today = clock.today();
        let review = week_review(&t.store, &clock, WeekPick::Holding(today)).unwrap();
        assert_eq!(
            chrono::Datelike::weekday(&review.draft.week.start),
            Weekday::Sun
        );
        assert!(review.draft.week.start <= today && today <= review.draft.week.end());
    }

    #[test]
    fn the_week_as_text_in_german_and_spanish() {
        use crate::i18n::with_language;
        let (t, clock, _, _) = two_weeks();
        // The draft's words are made when it is drafted: draft in the language.
        let review = || week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        let de = with_language("de", || text(&review(), true));
        assert!(
            de.starts_with(
                "## Woche vom 23. November 2026 bis 29. November 2026\n\n7 Erfolge an 6 Tagen"
            ),
            "{de}"
        );
        assert!(de.contains("- Thesis: 6 Erfolge\n"), "{de}");
        assert!(de.contains("- Ohne Ziel: 1 Erfolg\n"), "{de}");
        assert!(de.contains("- 1 Comeback\n"), "{de}");
        assert!(
            de.contains("- Write: ein Lauf von 6 Tagen, der weitergeht\n"),
            "{de}"
        );
        assert!(de.contains("_Noch kein Rückblick._"), "{de}");
        assert!(de.contains("- Meilenstein: Dein 10. Erfolg\n"), "{de}");
        let es = with_language("es", || text(&review(), false));
        assert!(
            es.starts_with(
                "Semana del 23 de noviembre de 2026 al 29 de noviembre de 2026\n\n7 logros en 6 días"
            ),
            "{es}"
        );
        assert!(es.contains("  • Sin meta: 1 logro\n"), "{es}");
        assert!(
            es.contains("Aún sin repasar: abre la página Semana"),
            "{es}"
        );
    }

    /// Issue 25: the week's review names the votes for who a goal's person
    /// is becoming, on the Week page and in `cairn week`.
    #[test]
    fn the_week_names_the_votes_for_an_identity() {
        let (t, clock, goal, _) = two_weeks();
        name_identity(&t.store, &clock, &goal.id, "Thesis", "someone who writes");
        let review = week_review(&t.store, &clock, week("2026-11-23")).unwrap();
        assert_eq!(
            review.draft.per_goal[0]
                .goal
                .as_ref()
                .map(|g| g.identity.as_str()),
            Some("someone who writes")
        );
        let words = text(&review, true);
        assert!(
            words.contains("- Thesis: 6 wins, votes for “someone who writes”\n"),
            "{words}"
        );
        assert!(words.contains("- No goal: 1 win\n"), "{words}");
    }

    #[test]
    fn the_markdown_holds_the_draft_and_the_answers() {
        let (t, clock, _, _) = two_weeks();
        let before = text(
            &week_review(&t.store, &clock, week("2026-11-23")).unwrap(),
            true,
        );
        assert!(before
            .starts_with("## Week of 23 November 2026 to 29 November 2026\n\n7 wins on 6 days"));
        assert!(before.contains("- Thesis: 6 wins\n"), "{before}");
        assert!(before.contains("- No goal: 1 win\n"), "{before}");
        assert!(before.contains("- 1 comeback\n"), "{before}");
        assert!(
            before.contains("- Write: a run of 6 days, still going\n"),
            "{before}"
        );
        assert!(before.contains("Not looked back on yet"));
        save(
            &t.store,
            &clock,
            &input("2026-11-23", "Wrote most mornings", &["Read one abstract"]),
        )
        .unwrap();
        let after = text(
            &week_review(&t.store, &clock, week("2026-11-23")).unwrap(),
            true,
        );
        assert!(
            after.contains("### What went well\n\nWrote most mornings\n"),
            "{after}"
        );
        assert!(after.contains("### Focus for next week\n\n- Read one abstract\n"));
        assert!(
            !after.contains("### What I will adjust"),
            "blank answers are left out"
        );
    }
}
