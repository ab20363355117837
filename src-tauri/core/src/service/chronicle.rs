//! The chronicle: how far a person has come. One call gathers everything
//! the view draws for the last year (header, heatmap, weekly bars, each
//! recurring step's momentum, milestones); others list one day, page the
//! timeline, mark rest days, remember celebrations and save the picture.
//!
//! Counts come from the `win_days` tally in SQL; only the rules (score,
//! runs, levels) run here, on at most one row per day.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::clock::Clock;
use crate::domain::heatmap;
use crate::domain::identity::{vote_story, VoteStory};
use crate::domain::measure::{self, Amount};
use crate::domain::momentum::{self, History, Runs};
use crate::domain::rest::{check_rest_date, RestDay};
use crate::domain::{Cadence, Goal, Step, StepId};
use crate::error::{Error, Result};
use crate::store::chronicle::{Scope, TimelineFilter};
use crate::store::wins::{Cursor, WinRecord};
use crate::store::{self, Store};

use crate::store::wins::{WinPage, PAGE_MAX};

/// Weeks in the momentum bar chart and in each step's score line.
pub const MOMENTUM_WEEKS: i64 = 26;

/// What the chronicle is asked for. The grid's and the bars' weeks start
/// on the person's first day of the week, which the chronicle reads itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ChronicleQuery {
    /// Whose wins shade the heatmap: all, one goal's or one step's.
    pub scope: Scope,
}

/// "How far you've come".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    pub total_wins: u64,
    pub this_week: u32,
    pub last_week: u32,
    pub days_this_month: u32,
    /// The longest "never miss twice" run of days with a win.
    pub longest_run: u32,
    pub current_run: u32,
}

/// The year grid: a count and a shade per day from `start` to `end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Heatmap {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub counts: Vec<u32>,
    pub levels: Vec<u8>,
    /// Rest days in the grid that apply to the scope: for every step, or
    /// (for a step's grid) for that step.
    pub rest: Vec<RestDay>,
    pub total: u64,
}

/// A measured step's amounts summed by week and by month.
#[derive(Debug, Clone, PartialEq)]
pub struct AmountSums {
    pub unit: String,
    /// The last [`MOMENTUM_WEEKS`] weeks, oldest first, each with its first
    /// day and its sum in thousandths.
    pub weeks: Vec<(NaiveDate, i64)>,
    /// The last [`SUM_MONTHS`] calendar months, oldest first, likewise.
    pub months: Vec<(NaiveDate, i64)>,
}

/// How many months a measured step's sums go back.
pub const SUM_MONTHS: u32 = 12;

/// One recurring step's momentum.
#[derive(Debug, Clone, PartialEq)]
pub struct StepMomentum {
    pub step: Step,
    /// Loop's score today, `0..=1`.
    pub score: f64,
    /// The score at the end of each of the last [`MOMENTUM_WEEKS`] weeks,
    /// the last one today.
    pub line: Vec<f64>,
    pub runs: Runs,
    /// What its runs count.
    pub unit: crate::domain::cadence::RunUnit,
    /// The step's story: its sizes, words and cadences, each since its day.
    pub story: Vec<crate::domain::adjust::StoryEntry>,
}

impl StepMomentum {
    /// Its first full run, as the milestones read it (already counted in
    /// its runs, so no second look at the step's history).
    pub(super) fn first_run(&self) -> super::ops::momentum::FirstRun {
        super::ops::momentum::FirstRun {
            step: self.step.clone(),
            day: self.runs.first_full_run,
            unit: self.unit,
        }
    }
}

/// A goal's identity, when the chronicle shows that goal: every win under
/// it is a vote for who its person is becoming.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityVotes {
    pub goal: Goal,
    /// Every vote, the first one's day and the comebacks after quiet weeks.
    pub story: VoteStory,
    /// Votes per week for the last [`MOMENTUM_WEEKS`] weeks, oldest first,
    /// each with the day it starts on.
    pub weeks: Vec<(NaiveDate, u32)>,
}

/// Everything the chronicle view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Chronicle {
    pub today: NaiveDate,
    pub week_start: Weekday,
    pub header: Header,
    pub heatmap: Heatmap,
    /// Wins per week for the last [`MOMENTUM_WEEKS`] weeks, oldest first,
    /// each with the day it starts on.
    pub weeks: Vec<(NaiveDate, u32)>,
    /// A measured step's amounts, when the chronicle shows that step.
    pub amounts: Option<AmountSums>,
    /// The votes for a goal's identity, when the chronicle shows a goal
    /// that names one.
    pub identity: Option<IdentityVotes>,
    pub steps: Vec<StepMomentum>,
    /// Newest first.
    pub milestones: Vec<super::ops::milestones::MilestoneView>,
    /// For the filters: goals that are not archived, steps likewise.
    pub goals: Vec<Goal>,
    pub all_steps: Vec<Step>,
    /// Days whose one thing was done: those in the grid, and how many ever.
    pub one_thing_days: Vec<NaiveDate>,
    pub one_thing_total: usize,
}

/// The story of the votes in `scope` (a goal's wins), read from every
/// week that had any, since its first day with a win (`win_days`, oldest
/// first).
fn vote_story_of(
    conn: &store::Conn,
    scope: &Scope,
    week_start: Weekday,
    today: NaiveDate,
    win_days: &[NaiveDate],
) -> Result<VoteStory> {
    let Some(&first) = win_days.first() else {
        return Ok(VoteStory::default());
    };
    let mut weeks: Vec<(NaiveDate, u32)> = Vec::new();
    for (day, n) in store::chronicle::day_counts(conn, scope, first, today)? {
        let week = heatmap::week_of(day, week_start);
        match weeks.last_mut() {
            Some((w, votes)) if *w == week => *votes += n,
            _ => weeks.push((week, n)),
        }
    }
    Ok(vote_story(&weeks, Some(first)))
}

/// The chronicle for the year up to today.
pub fn chronicle(store: &Store, clock: &dyn Clock, q: &ChronicleQuery) -> Result<Chronicle> {
    let today = clock.today();
    store.read(|conn| {
        let (goals, steps) = super::ops::milestones::shown_goals_and_steps(conn)?;
        let rest = store::rest_days::all(conn)?;
        let week_start = super::ops::settings::first_day_in(conn)?;
        let start = heatmap::grid_start(today, week_start);

        // Every win of the year, per day: the header, the bars, and the
        // grid when it shows everything.
        let all = heatmap::bucket(
            start,
            today,
            store::chronicle::day_counts(conn, &Scope::All, start, today)?,
        );
        let counts = match &q.scope {
            Scope::All => all.clone(),
            scope => heatmap::bucket(
                start,
                today,
                store::chronicle::day_counts(conn, scope, start, today)?,
            ),
        };
        let count_from = |from: NaiveDate, to: NaiveDate| -> u32 {
            let i = |d: NaiveDate| ((d - start).num_days().max(0) as usize).min(all.len());
            all[i(from)..i(to + Duration::days(1))].iter().sum()
        };
        let this_week = heatmap::week_of(today, week_start);
        let weeks = (0..MOMENTUM_WEEKS)
            .rev()
            .map(|k| {
                let from = this_week - Duration::weeks(k);
                (from, count_from(from, from + Duration::days(6)))
            })
            .collect();

        // The header follows the filter: a goal's or a step's own wins, its
        // own days and runs (a step's rest days count as rest for it).
        let scoped_from = |from: NaiveDate, to: NaiveDate| -> u32 {
            let i = |d: NaiveDate| ((d - start).num_days().max(0) as usize).min(counts.len());
            counts[i(from)..i(to + Duration::days(1))].iter().sum()
        };
        let every_step_rest: BTreeSet<NaiveDate> = rest
            .iter()
            .filter(|r| match (&q.scope, &r.step_id) {
                (_, None) => true,
                (Scope::Step(s), Some(id)) => s == id,
                _ => false,
            })
            .map(|r| r.date)
            .collect();
        let win_days = store::chronicle::days_with_wins(conn, &q.scope)?;
        let overall = match win_days.first() {
            Some(&first) => {
                let done: BTreeSet<NaiveDate> = win_days.iter().copied().collect();
                momentum::runs(&momentum::periods(&History {
                    cadence: Cadence::Daily,
                    start: first,
                    today,
                    done: &done,
                    rest: &every_step_rest,
                }))
            }
            None => Runs::default(),
        };
        let month_start = today.with_day(1).unwrap_or(today);
        let header = Header {
            total_wins: store::chronicle::total(conn, &q.scope)?,
            this_week: scoped_from(this_week, today),
            last_week: scoped_from(
                this_week - Duration::weeks(1),
                this_week - Duration::days(1),
            ),
            days_this_month: counts[((month_start - start).num_days().max(0) as usize)..]
                .iter()
                .filter(|&&n| n > 0)
                .count() as u32,
            longest_run: overall.best,
            current_run: overall.current,
        };

        let momentum_list = momentum_of(conn, clock, &steps, &rest, today)?;

        // A measured step with a target shades each day by the share of
        // its target kept, and sums its amounts by week and month.
        let measured = match &q.scope {
            Scope::Step(id) => steps.iter().find(|s| &s.id == id && s.measure.is_some()),
            _ => None,
        };
        let mut levels = heatmap::levels(&counts);
        let mut amounts = None;
        if let Some(step) = measured {
            let months_from = (0..SUM_MONTHS - 1)
                .fold(month_start, |d, _| momentum::previous_month(d))
                .min(start);
            let by_day = store::chronicle::step_amounts(conn, &step.id, months_from, today)?;
            let targets = super::ops::step_versions::targets_in(conn, step, months_from)?;
            if !targets.is_empty() {
                for (i, level) in levels.iter_mut().enumerate() {
                    let day = start + Duration::days(i as i64);
                    *level = match (by_day.get(&day), measure::target_on(&targets, day)) {
                        (Some(&sum), Some(t)) => {
                            heatmap::share_level(measure::heat_share(Some(Amount::total(sum)), t))
                        }
                        _ => 0,
                    };
                }
            }
            let sum = |from: NaiveDate, to: NaiveDate| -> i64 {
                by_day.range(from..=to).map(|(_, v)| *v).sum()
            };
            let weeks = (0..MOMENTUM_WEEKS)
                .rev()
                .map(|k| {
                    let from = this_week - Duration::weeks(k);
                    (from, sum(from, from + Duration::days(6)))
                })
                .collect();
            let mut month = month_start;
            let mut months = Vec::new();
            for _ in 0..SUM_MONTHS {
                months.push((
                    month,
                    sum(month, momentum::next_month(month) - Duration::days(1)),
                ));
                month = momentum::previous_month(month);
            }
            months.reverse();
            amounts = step.measure.as_ref().map(|m| AmountSums {
                unit: m.unit.as_str().to_owned(),
                weeks,
                months,
            });
        }

        let identity = match &q.scope {
            Scope::Goal(id) => goals
                .iter()
                .find(|g| &g.id == id && !g.identity.is_empty())
                .map(|goal| {
                    let weeks = (0..MOMENTUM_WEEKS)
                        .rev()
                        .map(|k| {
                            let from = this_week - Duration::weeks(k);
                            (from, scoped_from(from, from + Duration::days(6)))
                        })
                        .collect();
                    let story = vote_story_of(conn, &q.scope, week_start, today, &win_days)?;
                    Ok::<_, Error>(IdentityVotes {
                        goal: goal.clone(),
                        story,
                        weeks,
                    })
                })
                .transpose()?,
            _ => None,
        };

        let grid_rest = rest
            .iter()
            .filter(|r| r.date >= start && r.date <= today)
            .filter(|r| match (&q.scope, &r.step_id) {
                (_, None) => true,
                (Scope::Step(s), Some(id)) => s == id,
                _ => false,
            })
            .cloned()
            .collect();
        let first_runs: Vec<_> = momentum_list.iter().map(StepMomentum::first_run).collect();
        let milestones = super::ops::milestones::all(conn, &goals, &first_runs)?;
        // Every day ever (the tally counts all of them; the grid marks its own).
        let first_day = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(start);
        let one_things = super::ops::one_thing::done_days(conn, first_day, today)?;
        let one_thing_total = one_things.len();
        let one_thing_days = one_things.into_iter().filter(|d| *d >= start).collect();
        Ok(Chronicle {
            today,
            week_start,
            header,
            heatmap: Heatmap {
                start,
                end: today,
                levels,
                total: counts.iter().map(|&n| u64::from(n)).sum(),
                counts,
                rest: grid_rest,
            },
            weeks,
            amounts,
            identity,
            steps: momentum_list,
            milestones,
            goals,
            all_steps: steps,
            one_thing_days,
            one_thing_total,
        })
    })
}

/// The momentum of each recurring step among `steps`: what the chronicle
/// draws and where first runs are found.
fn momentum_of(
    conn: &store::Conn,
    clock: &dyn Clock,
    steps: &[Step],
    rest: &[RestDay],
    today: NaiveDate,
) -> Result<Vec<StepMomentum>> {
    steps
        .iter()
        .filter(|s| s.cadence.is_recurring())
        .map(|step| step_momentum(conn, clock, step, rest, today))
        .collect()
}

fn step_momentum(
    conn: &store::Conn,
    clock: &dyn Clock,
    step: &Step,
    rest: &[RestDay],
    today: NaiveDate,
) -> Result<StepMomentum> {
    let steps_history = super::ops::momentum::history_of(conn, clock, step, rest, today)?;
    let (h, changes, start) = (
        steps_history.history(step),
        &steps_history.changes,
        steps_history.start,
    );
    // The cadence (or for a measured step, the target) in effect each
    // day: score and runs go on across a change.
    let scores = steps_history.scores(step);
    let score_on = |d: NaiveDate| {
        usize::try_from((d - start).num_days())
            .ok()
            .and_then(|i| scores.get(i.min(scores.len().saturating_sub(1))))
            .copied()
            .unwrap_or(0.0)
    };
    // One point a week, the last one today.
    let line = (0..MOMENTUM_WEEKS)
        .rev()
        .map(|k| score_on(today - Duration::weeks(k)))
        .collect();
    Ok(StepMomentum {
        step: step.clone(),
        score: scores.last().copied().unwrap_or(0.0),
        line,
        runs: momentum::runs(&momentum::periods_over(&h, changes)),
        unit: step.cadence.run_unit(),
        story: super::ops::step_versions::story_in(conn, clock, step)?,
    })
}

/// One day of the chronicle: its wins (newest first) and rest days.
#[derive(Debug, Clone, PartialEq)]
pub struct DayDetail {
    pub date: NaiveDate,
    pub wins: Vec<WinRecord>,
    pub rest: Vec<RestDay>,
}

/// What happened on `date`.
pub fn day(store: &Store, date: NaiveDate) -> Result<DayDetail> {
    store.read(|conn| {
        Ok(DayDetail {
            date,
            wins: store::wins::on_day(conn, date)?,
            rest: store::rest_days::between(conn, date, date)?,
        })
    })
}

/// A page of the timeline: wins matching `filter`, newest first.
pub fn timeline(
    store: &Store,
    filter: &TimelineFilter,
    after: Option<&Cursor>,
    limit: usize,
) -> Result<WinPage> {
    let limit = limit.clamp(1, PAGE_MAX);
    let mut filter = filter.clone();
    filter.search = filter
        .search
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    if filter
        .search
        .as_ref()
        .is_some_and(|s| s.chars().count() > 200)
    {
        return Err(Error::Validation(crate::tr!("error-search-too-long")));
    }
    let wins = store.read(|conn| store::chronicle::timeline(conn, &filter, after, limit))?;
    Ok(WinPage::from_rows(wins, limit))
}

/// Marks a rest day, for one step or for all; before or after the fact.
pub fn set_rest_day(store: &Store, clock: &dyn Clock, rest: &RestDay) -> Result<RestDay> {
    check_rest_date(rest.date, clock.today())?;
    store.write(|tx| {
        if let Some(step) = &rest.step_id {
            super::ops::step_exists(tx, step)?;
        }
        store::rest_days::put(tx, rest, clock.now())?;
        Ok(rest.clone())
    })
}

/// Takes a rest day back.
pub fn clear_rest_day(store: &Store, date: NaiveDate, step: Option<&StepId>) -> Result<()> {
    store.write(|tx| {
        if store::rest_days::remove(tx, date, step)? {
            Ok(())
        } else {
            Err(Error::NotFound(crate::tr!("error-rest-day-gone")))
        }
    })
}

/// A picture of the chronicle to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    pub fn parse(text: &str) -> Result<Self> {
        match text {
            "png" => Ok(ImageFormat::Png),
            "svg" => Ok(ImageFormat::Svg),
            _ => Err(Error::Validation(crate::tr!("error-picture-format"))),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Svg => "svg",
        }
    }
}

/// Largest picture Cairn writes.
pub const IMAGE_MAX_BYTES: usize = 20 * 1024 * 1024;

/// Writes the picture to `path` (the file name gets the format's extension
/// if it has none), after checking that the bytes are what they claim to
/// be. Returns the path written.
pub fn save_image(path: &Path, format: ImageFormat, bytes: &[u8]) -> Result<PathBuf> {
    let bad = || {
        Error::Validation(crate::tr!(
            "error-picture-invalid",
            format = format.extension().to_uppercase()
        ))
    };
    if bytes.is_empty() || bytes.len() > IMAGE_MAX_BYTES {
        return Err(bad());
    }
    match format {
        ImageFormat::Png => {
            if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
                return Err(bad());
            }
        }
        ImageFormat::Svg => {
            let text = std::str::from_utf8(bytes).map_err(|_| bad())?;
            let head = text.trim_start();
            if !(head.starts_with("<svg") || head.starts_with("<?xml")) || !text.contains("</svg>")
            {
                return Err(bad());
            }
        }
    }
    if !path.is_absolute() || path.file_name().is_none() {
        return Err(Error::Validation(crate::tr!("error-picture-path")));
    }
    let mut path = path.to_owned();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if ext.as_deref() != Some(format.extension()) {
        let mut name = path.file_name().unwrap_or_default().to_owned();
        name.push(".");
        name.push(format.extension());
        path.set_file_name(name);
    }
    let folder = path.parent().unwrap_or(Path::new("/"));
    if !folder.is_dir() {
        return Err(Error::Validation(crate::tr!(
            "error-picture-folder-missing",
            path = crate::files::shown(folder)
        )));
    }
    // Whole, or not at all: a viewer may hold the old picture open.
    if let Err(e) = crate::files::write_whole(&path, bytes) {
        tracing::error!(error = %e, path = %path.display(), "cannot save picture");
        return Err(Error::Storage(crate::tr!(
            "error-picture-write",
            path = crate::files::shown(&path)
        )));
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rest::RestReason;
    use crate::domain::WinSource;
    use crate::service::steps::{add_step, CadenceDraft, StepDraft};
    use crate::service::test_support::*;
    use crate::service::wins::{log_win, WinDraft};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A goal with a daily step created on Monday 2 November 2026, a win
    /// for it on the days of `pattern` (`x`) from that Monday, and a free
    /// win on the first day; the clock ends on the pattern's last day.
    fn history(pattern: &str) -> (TempStore, FixedClock, StepId) {
        let t = temp_store();
        weeks_from_monday(&t.store);
        let clock = FixedClock::at("2026-11-02T08:00:00+01:00");
        let goal = new_goal(&t.store, &clock, "Thesis").unwrap();
        let step = add_step(
            &t.store,
            &clock,
            Some(&goal.id),
            &StepDraft {
                title: "Write one paragraph".into(),
                cadence: CadenceDraft {
                    kind: "daily".into(),
                    ..Default::default()
                },
                minutes: Some(1),
                measure: None,
            },
        )
        .unwrap();
        let draft = |step: Option<StepId>| WinDraft {
            text: if step.is_some() {
                String::new()
            } else {
                "Walked".into()
            },
            note: String::new(),
            goal: None,
            step,
            source: WinSource::Window,
            amount: None,
        };
        log_win(&t.store, &clock, &draft(None)).unwrap();
        for (i, c) in pattern.chars().enumerate() {
            if i > 0 {
                clock.advance(Duration::days(1));
            }
            if c == 'x' {
                log_win(&t.store, &clock, &draft(Some(step.id.clone()))).unwrap();
            }
        }
        (t, clock, step.id)
    }

    fn query() -> ChronicleQuery {
        ChronicleQuery { scope: Scope::All }
    }

    /// Issue 25: a goal that names who its person is becoming shows the
    /// votes for it: every win under it, the first one, the comebacks after
    /// a quiet week and the votes per week.
    #[test]
    fn a_named_goal_shows_the_votes_for_who_its_person_is_becoming() {
        // Mon 2 and Tue 3 Nov; nothing the week of the 9th; Wed 18 Nov;
        // Mon 23 Nov, today.
        let pattern = format!("xx{}x{}x", ".".repeat(14), ".".repeat(4));
        let (t, clock, step) = history(&pattern);
        let goal_id = t
            .store
            .read(|c| crate::store::steps::get(c, &step))
            .unwrap()
            .and_then(|s| s.goal_id)
            .unwrap();
        let by_goal = ChronicleQuery {
            scope: Scope::Goal(goal_id.clone()),
        };
        // No identity yet: no votes to show, whatever the scope.
        assert_eq!(
            chronicle(&t.store, &clock, &by_goal).unwrap().identity,
            None
        );
        name_identity(&t.store, &clock, &goal_id, "Thesis", "someone who writes");
        assert_eq!(
            chronicle(&t.store, &clock, &query()).unwrap().identity,
            None
        );
        let votes = chronicle(&t.store, &clock, &by_goal)
            .unwrap()
            .identity
            .expect("the goal names an identity");
        assert_eq!(votes.goal.identity, "someone who writes");
        // The free win on the first day is no vote.
        assert_eq!(votes.story.total, 4);
        assert_eq!(votes.story.first, Some(date(2026, 11, 2)));
        assert_eq!(votes.story.comebacks, 1);
        assert_eq!(votes.weeks.len(), MOMENTUM_WEEKS as usize);
        let last: Vec<(NaiveDate, u32)> = votes.weeks[votes.weeks.len() - 4..].to_vec();
        assert_eq!(
            last,
            [
                (date(2026, 11, 2), 2),
                (date(2026, 11, 9), 0),
                (date(2026, 11, 16), 1),
                (date(2026, 11, 23), 1),
            ]
        );
    }

    #[test]
    fn the_year_in_one_call() {
        // Mon 2 .. Sat 14 November: a miss on the 5th, two on the 9th/10th.
        let (t, clock, step) = history("xxx.xxx..xxxx");
        assert_eq!(clock.today(), date(2026, 11, 14));
        let c = chronicle(&t.store, &clock, &query()).unwrap();
        assert_eq!(c.header.total_wins, 11);
        assert_eq!(c.header.this_week, 4, "Mon 9 .. Sat 14: four step wins");
        assert_eq!(c.header.last_week, 7);
        assert_eq!(c.header.days_this_month, 10);
        // Filtered to the step, the header counts its wins only (issue 11):
        // the free walk on the 2nd is left out.
        let mine = chronicle(
            &t.store,
            &clock,
            &ChronicleQuery {
                scope: Scope::Step(step.clone()),
            },
        )
        .unwrap();
        assert_eq!(mine.header.total_wins, 10);
        assert_eq!(mine.header.this_week, 4);
        assert_eq!(mine.header.last_week, 6);
        assert_eq!(mine.header.days_this_month, 10);
        assert_eq!(mine.header.current_run, c.header.current_run);
        assert_eq!(c.heatmap.start, date(2025, 11, 10));
        assert_eq!(c.heatmap.counts.len(), 370);
        let cell = |d: NaiveDate| c.heatmap.counts[(d - c.heatmap.start).num_days() as usize];
        assert_eq!(cell(date(2026, 11, 2)), 2);
        assert_eq!(cell(date(2026, 11, 5)), 0);
        assert_eq!(c.heatmap.total, 11);
        assert_eq!(c.weeks.len(), 26);
        assert_eq!(c.weeks[25], (date(2026, 11, 9), 4));
        assert_eq!(c.weeks[24], (date(2026, 11, 2), 7));

        let m = &c.steps[0];
        assert_eq!(m.step.id, step);
        assert_eq!((m.runs.current, m.runs.best, m.runs.comebacks), (4, 6, 2));
        // Ten wins and three misses: 1 - m^4, decayed and rebuilt by hand
        // in the domain tests; here only its range and the line's end.
        assert!(m.score > 0.3 && m.score < 0.5, "{}", m.score);
        assert_eq!(m.line.len(), 26);
        assert_eq!(*m.line.last().unwrap(), m.score);
        assert_eq!(m.line[0], 0.0, "before the step existed");

        let labels: Vec<&str> = c.milestones.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "10th win for Thesis",
                "Your 10th win",
                "Your first win",
                "First win for Thesis"
            ]
        );
        // Each was celebrated when the win that reached it was logged.
        assert!(c.milestones.iter().all(|m| m.celebrated));
    }

    /// Issue 24, part 2: a measured step's year is shaded by the share of
    /// its target, its amounts are summed by week and month, and its
    /// momentum follows Loop's numeric rule (half the target every day
    /// scores lower than the whole; a run counts the days it was reached).
    #[test]
    fn a_measured_step_shades_by_its_target_and_sums_its_amounts() {
        use crate::domain::measure::Amount;
        use crate::service::wins::tick_step_with;
        let t = temp_store();
        weeks_from_monday(&t.store);
        let clock = FixedClock::at("2026-11-02T09:00:00+01:00"); // a Monday
        let draft = |title: &str| measured_draft(title, "pages", "10", "");
        let full = add_step(&t.store, &clock, None, &draft("Read")).unwrap();
        let half = add_step(&t.store, &clock, None, &draft("Skim")).unwrap();
        // Fourteen days: Read 10 pages (but 4 on the 4th day), Skim 5.
        for i in 0..14 {
            if i > 0 {
                clock.advance(Duration::days(1));
            }
            let read = if i == 3 { "4" } else { "10" };
            let a = |x: &str| Some(Amount::parse(x).unwrap());
            tick_step_with(&t.store, &clock, &full.id, WinSource::Window, None, a(read)).unwrap();
            tick_step_with(&t.store, &clock, &half.id, WinSource::Window, None, a("5")).unwrap();
        }
        let c = chronicle(
            &t.store,
            &clock,
            &ChronicleQuery {
                scope: Scope::Step(full.id.clone()),
            },
        )
        .unwrap();
        let level = |d: u32| {
            let i = (date(2026, 11, d) - c.heatmap.start).num_days() as usize;
            c.heatmap.levels[i]
        };
        assert_eq!(
            (level(2), level(5), level(15)),
            (4, 2, 4),
            "full, 4 of 10, full"
        );
        assert_eq!(level(1), 0, "before the step");
        let sums = c.amounts.as_ref().expect("a measured step has sums");
        assert_eq!(sums.unit, "pages");
        // This week (Monday 9th to Sunday 15th) and the one before.
        let weeks: Vec<i64> = sums.weeks.iter().rev().take(2).map(|w| w.1).collect();
        assert_eq!(weeks, [70_000, 64_000]);
        assert_eq!(sums.months.last().map(|m| m.1), Some(134_000));
        let m = |id: &StepId| c.steps.iter().find(|m| &m.step.id == id).unwrap();
        assert!(
            m(&full.id).score > m(&half.id).score + 0.15,
            "{} vs {}",
            m(&full.id).score,
            m(&half.id).score
        );
        // The 4-page day is a miss: the run goes on through one miss.
        assert_eq!(m(&full.id).runs.current, 13);
        assert_eq!(
            m(&half.id).runs.best,
            0,
            "half the target is never a kept day"
        );
        // Everything at once has no sums: units differ.
        assert!(chronicle(&t.store, &clock, &query())
            .unwrap()
            .amounts
            .is_none());
    }

    #[test]
    fn rest_days_keep_runs_and_show_in_the_grid() {
        let (t, clock, step) = history("xx..xx");
        let before = chronicle(&t.store, &clock, &query()).unwrap();
        assert_eq!(
            before.steps[0].runs.current, 2,
            "two misses ended the first run"
        );
        for d in [4, 5] {
            set_rest_day(
                &t.store,
                &clock,
                &RestDay {
                    date: date(2026, 11, d),
                    step_id: Some(step.clone()),
                    reason: RestReason::Sick,
                },
            )
            .unwrap();
        }
        let after = chronicle(&t.store, &clock, &query()).unwrap();
        assert_eq!(
            after.steps[0].runs.current, 4,
            "rest days do not break a run"
        );
        assert!(after.steps[0].score > before.steps[0].score);
        // A step's rest shows in its own grid, not in everyone's.
        assert!(after.heatmap.rest.is_empty());
        let mine = chronicle(
            &t.store,
            &clock,
            &ChronicleQuery {
                scope: Scope::Step(step.clone()),
            },
        )
        .unwrap();
        assert_eq!(mine.heatmap.rest.len(), 2);
        assert_eq!(mine.heatmap.total, 4);
        clear_rest_day(&t.store, date(2026, 11, 4), Some(&step)).unwrap();
        let err = clear_rest_day(&t.store, date(2026, 11, 4), Some(&step)).unwrap_err();
        assert_eq!(err.kind(), "notFound");
        // Far ahead is refused kindly.
        let err = set_rest_day(
            &t.store,
            &clock,
            &RestDay {
                date: date(2028, 1, 1),
                step_id: None,
                reason: RestReason::Travel,
            },
        )
        .unwrap_err();
        assert_eq!(err.kind(), "validation");
    }

    #[test]
    fn milestones_logged_wins_reached_are_listed_as_celebrated() {
        let (t, clock, _) = history("xxxxxxx");
        let c = chronicle(&t.store, &clock, &query()).unwrap();
        let labels: Vec<&str> = c.milestones.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "First 7-day run: Write one paragraph",
                "Your first win",
                "First win for Thesis"
            ]
        );
        assert!(c.milestones.iter().all(|m| m.celebrated));
        let left = crate::service::milestones::take_uncelebrated(&t.store, &clock).unwrap();
        assert!(
            left.is_empty(),
            "each was celebrated when its win was logged"
        );
    }

    #[test]
    fn a_day_and_the_timeline() {
        let (t, clock, step) = history("xx");
        let d = day(&t.store, date(2026, 11, 2)).unwrap();
        assert_eq!(d.wins.len(), 2);
        let page = timeline(
            &t.store,
            &TimelineFilter {
                scope: Scope::Step(step),
                search: Some("  ".into()),
            },
            None,
            1,
        )
        .unwrap();
        assert_eq!(page.wins.len(), 1);
        assert!(page.next.is_some());
        let _ = clock;
    }

    #[test]
    fn pictures_are_checked_before_they_are_written() {
        let dir = tempfile::tempdir().unwrap();
        let png = b"\x89PNG\r\n\x1a\nrest of it";
        let path = save_image(&dir.path().join("year"), ImageFormat::Png, png).unwrap();
        assert_eq!(path, dir.path().join("year.png"));
        assert_eq!(std::fs::read(&path).unwrap(), png);
        let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        let path = save_image(&dir.path().join("y.SVG"), ImageFormat::Svg, svg).unwrap();
        assert_eq!(path, dir.path().join("y.SVG"));
        for (path, format, bytes) in [
            (dir.path().join("a.png"), ImageFormat::Png, &b"GIF89a"[..]),
            (
                dir.path().join("a.svg"),
                ImageFormat::Svg,
                &b"<html></html>"[..],
            ),
            (dir.path().join("a.png"), ImageFormat::Png, &b""[..]),
            (PathBuf::from("relative.png"), ImageFormat::Png, &png[..]),
            (dir.path().join("missing/a.png"), ImageFormat::Png, &png[..]),
        ] {
            let err = save_image(&path, format, bytes).unwrap_err();
            assert_eq!(err.kind(), "validation", "{path:?}");
        }
        assert!(ImageFormat::parse("gif").is_err());
    }
}
