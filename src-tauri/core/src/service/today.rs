//! The Today view: each active goal's smallest next step, and today's wins.

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::heatmap::week_of;
use crate::domain::measure::{standing, Amount, DayStanding, Per};
use crate::domain::today::in_goal_order;
use crate::domain::{open_steps, smallest_next_step, Goal, GoalStatus, Step, StepProgress};
use crate::error::Result;
use crate::store::chronicle::Scope;
use crate::store::wins::WinRecord;
use crate::store::{self, Store};

use super::ops::progress::progress_of;
pub use super::ops::progress::week_start;

/// An active goal and what to do next for it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalToday {
    pub goal: Goal,
    /// The first open step by position; `None` when every step is done for
    /// now (or the goal has none yet).
    pub next_step: Option<Step>,
    /// Steps that are not archived.
    pub step_count: usize,
}

/// A step that can be ticked now, with its goal's name and colour.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenStep {
    pub step: Step,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    /// A measured step's amount so far in its target's period (today, or
    /// this week for a weekly target): "7 of 10 pages".
    pub amount: Option<Amount>,
}

/// A limit ("at most 2 coffees") and how today stands with it. Limits are
/// not to-dos: they never sit among the open steps or in the tray's ✓
/// list, and a day with nothing logged is a day kept.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitToday {
    pub step: Step,
    pub goal_title: Option<String>,
    /// What is logged so far in the limit's period (today or this week).
    pub amount: Amount,
    /// Under the limit or over it.
    pub standing: DayStanding,
}

/// Who an active goal's person is becoming, and the votes for it (wins
/// under the goal) in the person's week so far.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityToday {
    pub goal: Goal,
    pub votes_this_week: u32,
}

/// A measured step's amount so far in its target's period (a day without
/// a target), from its progress.
fn amount_so_far(step: &Step, p: StepProgress) -> Option<Amount> {
    let measure = step.measure.as_ref()?;
    let milli = match measure.target.map(|t| t.per) {
        Some(Per::Week) => p.amount_this_week,
        _ => p.amount_today,
    };
    Some(Amount::total(milli))
}

#[derive(Debug, Clone, PartialEq)]
pub struct TodayView {
    pub date: NaiveDate,
    pub goals: Vec<GoalToday>,
    /// Every step open now, in goal then step order (tray menu, quick window).
    pub open_steps: Vec<OpenStep>,
    /// The limits of active goals (and standalone ones), in goal then step
    /// order.
    pub limits: Vec<LimitToday>,
    /// Today's newest wins, newest first, at most [`TODAY_WINS`]: what a
    /// day's page shows however busy the day was (the Wins page has all).
    pub wins: Vec<WinRecord>,
    /// How many live wins today has in all.
    pub win_count: usize,
    /// Today's one thing, a carry-over offer and the rewards to enjoy.
    pub focus: super::ops::one_thing::FocusToday,
    /// The identities of active goals, in goal order.
    pub identities: Vec<IdentityToday>,
    /// Whether the window leads with the first run (`service::first_run`).
    pub first_run: bool,
}

/// Most of today's wins the view carries.
pub const TODAY_WINS: usize = 50;

/// Most open steps listed; the tray shows fewer.
const OPEN_STEPS_MAX: usize = 50;

/// The votes each named identity of `goals` had this week: the person's
/// week (their first weekday) up to `date`, read from the tally.
fn identities_of(
    conn: &store::Conn,
    goals: &[Goal],
    date: NaiveDate,
) -> Result<Vec<IdentityToday>> {
    let named: Vec<&Goal> = goals.iter().filter(|g| !g.identity.is_empty()).collect();
    if named.is_empty() {
        return Ok(Vec::new());
    }
    let week = week_of(date, super::ops::settings::first_day_in(conn)?);
    named
        .into_iter()
        .map(|goal| {
            let days =
                store::chronicle::day_counts(conn, &Scope::Goal(goal.id.clone()), week, date)?;
            Ok(IdentityToday {
                goal: goal.clone(),
                votes_this_week: days.iter().map(|(_, n)| n).sum(),
            })
        })
        .collect()
}

/// Everything the Today view shows.
pub fn today(store: &Store, clock: &dyn Clock) -> Result<TodayView> {
    let date = clock.today();
    store.read(|conn| {
        let goals: Vec<Goal> = store::goals::list(conn)?
            .into_iter()
            .filter(|g| g.status == GoalStatus::Active)
            .collect();
        let steps: Vec<Step> = store::steps::list(conn)?
            .into_iter()
            .filter(|s| !s.archived)
            .collect();
        let progress = progress_of(conn, &steps, date)?;
        let progress_of_step = |s: &Step| progress.get(&s.id).copied().unwrap_or_default();
        let open = open_steps(&goals, &steps, progress_of_step, date, OPEN_STEPS_MAX)
            .into_iter()
            .map(|step| {
                let goal = goals.iter().find(|g| Some(&g.id) == step.goal_id.as_ref());
                OpenStep {
                    step: step.clone(),
                    goal_title: goal.map(|g| g.title.clone()),
                    goal_colour: goal.map(|g| g.colour.clone()),
                    amount: amount_so_far(step, progress_of_step(step)),
                }
            })
            .collect();
        let limits = limits_of(&goals, &steps, progress_of_step);
        let identities = identities_of(conn, &goals, date)?;
        let goals = goals
            .into_iter()
            .map(|goal| {
                let mine: Vec<Step> = steps
                    .iter()
                    .filter(|s| s.goal_id.as_ref() == Some(&goal.id))
                    .cloned()
                    .collect();
                let next_step = smallest_next_step(&mine, progress_of_step, date).cloned();
                GoalToday {
                    step_count: mine.len(),
                    goal,
                    next_step,
                }
            })
            .collect();
        let wins = store::wins::newest_on_day(conn, date, TODAY_WINS)?;
        let win_count = store::wins::count_on_day(conn, date)?;
        let focus = super::ops::one_thing::focus_today(conn, date)?;
        Ok(TodayView {
            date,
            goals,
            open_steps: open,
            limits,
            wins,
            win_count,
            focus,
            identities,
            first_run: super::ops::first_run::wanted_in(conn)?,
        })
    })
}

/// The limits among `steps` whose goal is active (or that have none), in
/// goal then step order, with what today (or this week) holds.
fn limits_of(
    goals: &[Goal],
    steps: &[Step],
    progress: impl Fn(&Step) -> StepProgress,
) -> Vec<LimitToday> {
    in_goal_order(goals, steps, |s| s.is_limit() && !s.archived)
        .into_iter()
        .map(|step| {
            let amount = amount_so_far(step, progress(step)).unwrap_or(Amount::ZERO);
            LimitToday {
                goal_title: goals
                    .iter()
                    .find(|g| Some(&g.id) == step.goal_id.as_ref())
                    .map(|g| g.title.clone()),
                standing: standing(Some(amount), step.target()),
                amount,
                step: step.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WinSource;
    use crate::service::goals::set_goal_status;
    use crate::service::steps::{add_step, CadenceDraft, StepDraft};
    use crate::service::test_support::*;
    use crate::service::wins::{log_win, tick_step, WinDraft};
    use chrono::{Datelike, Duration};

    fn step(title: &str, kind: &str) -> StepDraft {
        StepDraft {
            title: title.into(),
            cadence: CadenceDraft {
                kind: kind.into(),
                times_per_week: Some(2),
                weekdays: vec![0],
                number: Some(3),
            },
            minutes: Some(1),
            measure: None,
        }
    }

    /// Issue 25: each win under a named goal is a vote for who its person
    /// is becoming; Today counts the week's votes, from the person's own
    /// first weekday, for active goals only.
    #[test]
    fn todays_identities_count_this_weeks_votes() {
        use crate::service::goals::{create_goal, GoalDraft};
        let t = temp_store();
        weeks_from_monday(&t.store);
        // Sunday 15 November; the test's Saturday is the 21st.
        let clock = FixedClock::at("2026-11-15T09:30:00+01:00");
        let named = |title: &str, identity: &str| {
            create_goal(
                &t.store,
                &clock,
                &GoalDraft {
                    title: title.into(),
                    identity: identity.into(),
                    ..GoalDraft::default()
                },
            )
            .unwrap()
        };
        let thesis = named("Thesis", "someone who writes");
        let tidy = named("Tidy desk", "");
        let run = named("Run", "a runner");
        let sleep = named("Sleep", "someone who rests");
        set_goal_status(&t.store, &clock, &sleep.id, GoalStatus::Paused).unwrap();
        let win = |goal: Option<&Goal>| WinDraft {
            text: "Did it".into(),
            note: String::new(),
            goal: goal.map(|g| g.id.clone()),
            step: None,
            source: WinSource::Window,
            amount: None,
        };
        // Sunday: last week when weeks start on Monday.
        log_win(&t.store, &clock, &win(Some(&thesis))).unwrap();
        clock.advance(Duration::days(2));
        log_win(&t.store, &clock, &win(Some(&thesis))).unwrap();
        log_win(&t.store, &clock, &win(Some(&tidy))).unwrap();
        log_win(&t.store, &clock, &win(None)).unwrap();
        clock.advance(Duration::days(4));
        log_win(&t.store, &clock, &win(Some(&thesis))).unwrap();
        log_win(&t.store, &clock, &win(Some(&sleep))).unwrap();

        let votes = |view: &TodayView| -> Vec<(String, u32)> {
            view.identities
                .iter()
                .map(|i| (i.goal.identity.clone(), i.votes_this_week))
                .collect()
        };
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(
            votes(&view),
            [("someone who writes".into(), 2), ("a runner".into(), 0)]
        );
        assert_eq!(view.identities[0].goal.id, thesis.id);
        assert_eq!(view.identities[1].goal.id, run.id);

        // A week that starts on Sunday counts Sunday's vote too.
        let settings = crate::service::settings::review_settings(&t.store).unwrap();
        crate::service::settings::set_review_settings(
            &t.store,
            &crate::service::settings::ReviewSettings {
                week_start: Some(chrono::Weekday::Sun),
                ..settings
            },
        )
        .unwrap();
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(votes(&view)[0], ("someone who writes".into(), 3));
    }

    #[test]
    fn week_starts_on_monday() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        assert_eq!(week_start(d(21)), d(16));
        assert_eq!(week_start(d(16)), d(16));
        assert_eq!(week_start(d(22)), d(16));
        // Across a year boundary: Friday 1 January 2027 belongs to the week of 28 December.
        assert_eq!(
            week_start(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()),
            d(28).with_month(12).unwrap()
        );
    }

    fn measured(title: &str, per: &str, bound: &str, target: &str) -> StepDraft {
        StepDraft {
            measure: Some(crate::service::steps::MeasureDraft {
                unit: "pages".into(),
                target: target.into(),
                per: per.into(),
                bound: bound.into(),
                usual: String::new(),
            }),
            ..step(title, "daily")
        }
    }

    /// Issue 24, parts 2 and 4: a measured step stays open until its
    /// amount reaches the target (today's, or this week's); a limit is
    /// never open and is listed apart with how the day stands.
    #[test]
    fn a_measured_step_is_open_until_its_target_and_a_limit_is_listed_apart() {
        use crate::domain::measure::Amount;
        use crate::service::wins::tick_step_with;
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Read").unwrap();
        let day = add_step(
            &t.store,
            &clock,
            Some(&g.id),
            &measured("Read", "day", "at_least", "10"),
        )
        .unwrap();
        let week = add_step(
            &t.store,
            &clock,
            Some(&g.id),
            &measured("Essays", "week", "at_least", "30"),
        )
        .unwrap();
        let cap = add_step(
            &t.store,
            &clock,
            None,
            &measured("Scroll", "day", "at_most", "2"),
        )
        .unwrap();
        let amount = |a: &str| Some(Amount::parse(a).unwrap());
        let tick = |id, a: &str| {
            tick_step_with(&t.store, &clock, id, WinSource::Window, None, amount(a)).unwrap();
        };
        let open = |view: &TodayView| -> Vec<(String, Option<i64>)> {
            view.open_steps
                .iter()
                .map(|o| (o.step.title.clone(), o.amount.map(|a| a.milli())))
                .collect()
        };

        tick(&day.id, "4");
        tick(&day.id, "3,5");
        tick(&week.id, "12");
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(
            open(&view),
            [
                ("Read".to_owned(), Some(7_500)),
                ("Essays".to_owned(), Some(12_000))
            ]
        );
        // The limit: not a step to tick, and a day with nothing is kept.
        assert_eq!(view.limits.len(), 1);
        assert_eq!(view.limits[0].step.id, cap.id);
        assert_eq!(view.limits[0].standing, DayStanding::UnderLimit);

        tick(&day.id, "2.5");
        tick(&cap.id, "3");
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(open(&view), [("Essays".to_owned(), Some(12_000))]);
        assert_eq!(view.limits[0].amount.milli(), 3_000);
        assert_eq!(view.limits[0].standing, DayStanding::OverLimit);

        // A weekly target counts the week so far: Monday still has 12 of 30.
        clock.advance(Duration::days(2));
        let view = today(&t.store, &clock).unwrap();
        let essays = view
            .open_steps
            .iter()
            .find(|o| o.step.id == week.id)
            .unwrap();
        assert_eq!(
            essays.amount.map(|a| a.milli()),
            Some(0),
            "a new ISO week starts on Monday"
        );
        assert_eq!(view.limits[0].standing, DayStanding::UnderLimit);
    }

    #[test]
    fn next_step_advances_as_steps_are_ticked() {
        let t = temp_store();
        let clock = saturday_morning();
        let g = new_goal(&t.store, &clock, "Thesis").unwrap();
        // Monday-only step is skipped on a Saturday.
        add_step(&t.store, &clock, Some(&g.id), &step("Mondays", "weekdays")).unwrap();
        let a = add_step(&t.store, &clock, Some(&g.id), &step("Outline", "once")).unwrap();
        let b = add_step(&t.store, &clock, Some(&g.id), &step("Paragraph", "daily")).unwrap();

        let view = today(&t.store, &clock).unwrap();
        assert_eq!(view.goals[0].next_step.as_ref().map(|s| &s.id), Some(&a.id));
        assert_eq!(view.goals[0].step_count, 3);

        tick_step(&t.store, &clock, &a.id, WinSource::Window).unwrap();
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(view.goals[0].next_step.as_ref().map(|s| &s.id), Some(&b.id));

        tick_step(&t.store, &clock, &b.id, WinSource::Window).unwrap();
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(view.goals[0].next_step, None);
        assert_eq!(view.wins.len(), 2);

        // Tomorrow the daily step is open again; the one-off stays done.
        clock.advance(Duration::days(1));
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(view.goals[0].next_step.as_ref().map(|s| &s.id), Some(&b.id));
        assert!(view.wins.is_empty());
    }

    #[test]
    fn a_busy_day_carries_its_newest_wins_and_counts_them_all() {
        let t = temp_store();
        let clock = saturday_morning();
        let draft = |i: usize| WinDraft {
            text: format!("Win {i}"),
            note: String::new(),
            goal: None,
            step: None,
            source: WinSource::Cli,
            amount: None,
        };
        let n = TODAY_WINS + 3;
        for i in 0..n {
            log_win(&t.store, &clock, &draft(i)).unwrap();
            clock.advance(Duration::seconds(1));
        }
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(view.win_count, n);
        assert_eq!(view.wins.len(), TODAY_WINS);
        assert_eq!(view.wins[0].win.text, format!("Win {}", n - 1));
        assert_eq!(view.wins[TODAY_WINS - 1].win.text, "Win 3");

        // A deleted win leaves the count; tomorrow starts at none.
        crate::service::wins::delete_win(&t.store, &clock, &view.wins[0].win.id).unwrap();
        assert_eq!(today(&t.store, &clock).unwrap().win_count, n - 1);
        clock.advance(Duration::days(1));
        let view = today(&t.store, &clock).unwrap();
        assert_eq!((view.win_count, view.wins.len()), (0, 0));
    }

    #[test]
    fn only_active_goals_show() {
        let t = temp_store();
        let clock = saturday_morning();
        let a = new_goal(&t.store, &clock, "A").unwrap();
        new_goal(&t.store, &clock, "B").unwrap();
        set_goal_status(&t.store, &clock, &a.id, GoalStatus::Paused).unwrap();
        let view = today(&t.store, &clock).unwrap();
        assert_eq!(
            view.goals
                .iter()
                .map(|g| g.goal.title.as_str())
                .collect::<Vec<_>>(),
            ["B"]
        );
    }

    #[test]
    fn todays_wins_are_the_local_days() {
        let t = temp_store();
        let clock = FixedClock::at("2026-11-21T23:50:00-05:00");
        let draft = WinDraft {
            text: "late".into(),
            note: String::new(),
            goal: None,
            step: None,
            source: WinSource::Window,
            amount: None,
        };
        log_win(&t.store, &clock, &draft).unwrap();
        assert_eq!(today(&t.store, &clock).unwrap().wins.len(), 1);
        clock.advance(Duration::minutes(20));
        assert_eq!(
            today(&t.store, &clock).unwrap().date,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        );
        assert!(today(&t.store, &clock).unwrap().wins.is_empty());
    }
}
