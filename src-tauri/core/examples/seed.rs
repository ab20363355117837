//! Fills a data folder with a realistic Cairn history, for benchmarks and
//! for trying the app on a long history:
//!
//!     cargo run --release -p cairn-core --example seed -- <DATA_DIR> <N_WINS>
//!
//! Creates `<DATA_DIR>` with ten years of one person's use of Cairn, ending
//! at the seed's own "now" (nothing lies in the future):
//! - five goals (one done, one paused) and fourteen steps with every cadence
//!   (once, daily, N times a week, chosen weekdays), three of them archived,
//!   two changed on the way (an edit, a bigger and a smaller version);
//! - `N_WINS` wins over the days, more on weekdays than at weekends, with
//!   seasons, a slow rise, two rough patches and empty days (holidays and
//!   sick days, marked as rest days for every step, and quiet days). Step
//!   wins follow their step's cadence: a daily step at most once a day, a
//!   weekday step on its days, "3 times a week" about three times in a
//!   week, a once step once. Some wins carry a note;
//! - rest days for one step now and then; a one thing on most days with
//!   wins (done or not); weekly reviews for most past weeks, with focus
//!   actions; three habit stacks (one turned off); six rewards, some earned
//!   and enjoyed, one waiting to be enjoyed today, some still waiting.
//!
//! The last day (today, local time) has a typical number of wins for the
//! size: `N_WINS / 3650`, at least three. The data is generated
//! deterministically; only the ids and "now" differ between runs.
//!
//! Goals, steps, stacks and rewards are written by the use cases
//! (`cairn_core::service`) at their moment in the history, through a clock
//! set to it; the day-by-day rows (wins, rest days, one things, reviews,
//! rewards earned and enjoyed) through the store's functions, in big
//! transactions, as the use cases write them.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc, Weekday};

use cairn_core::clock::{Clock, SystemClock};
use cairn_core::domain::adjust::OfferKind;
use cairn_core::domain::focus::{win_does, OneThing};
use cairn_core::domain::ids::{FocusActionId, ReflectionId};
use cairn_core::domain::reflection::{FocusAction, Reflection, Week};
use cairn_core::domain::rest::{RestDay, RestReason};
use cairn_core::domain::rewards::{earned_now, Reached, Reward, RewardId, COUNT_MAX};
use cairn_core::domain::stacks::StackId;
use cairn_core::domain::{
    Cadence, GoalId, GoalStatus, RuleError, StepId, WeekdaySet, Win, WinId, WinSource,
};
use cairn_core::error::Result as CoreResult;
use cairn_core::service;
use cairn_core::service::goals::GoalDraft;
use cairn_core::service::rewards::RewardDraft;
use cairn_core::service::stacks::{StackDraft, StepChoice};
use cairn_core::service::steps::{CadenceDraft, StepDraft};
use cairn_core::store::{self, Store};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A transaction holds about this many wins (it ends at a day's end).
const BATCH: usize = 20_000;
const YEARS: i64 = 10;
/// Wins on a typical day are `N_WINS / DAYS_PER_SIZE`.
const DAYS_PER_SIZE: f64 = 3650.0;
/// The set-up of each day (goals, steps, stacks, rewards) happens from
/// this local time on, before the day's first win.
const SET_UP_MINUTE: i64 = 6 * 60;
const FIRST_WIN_MINUTE: f64 = 6.0 * 60.0 + 15.0;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, n) = match args.as_slice() {
        [dir, n] => match n.replace('_', "").parse::<usize>() {
            Ok(n) => (PathBuf::from(dir), n),
            Err(_) => return usage(),
        },
        _ => return usage(),
    };
    match seed(&dir, n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("seed: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: cargo run --release -p cairn-core --example seed -- <DATA_DIR> <N_WINS>");
    ExitCode::from(2)
}

fn seed(dir: &Path, n: usize) -> Result<()> {
    if dir.join(store::DB_FILE).exists() {
        return Err(format!(
            "{} already holds a database; remove it or pick another folder",
            dir.display()
        )
        .into());
    }
    let started = Instant::now();
    let st = Store::open_in(dir)?;
    let now = Utc::now();
    let clock = SeedClock::new(now);
    let today = clock.local_date(now);
    let t = 365 * YEARS + YEARS / 4;
    let first = today - Duration::days(t);
    let plan = plan(t, n)?;
    let week_first = service::settings::first_day(&service::settings::review_settings(&st)?);

    let mut rng = Rng(0x00ca_112e);
    let closed = closed_days(&mut rng, t);
    let counts = win_counts(&mut rng, first, t, n, &closed);
    let mut events = events(&plan);
    events.sort_by_key(|e| (e.day, e.rank, e.index));

    let mut h = History {
        plan: &plan,
        clock: &clock,
        rng,
        first,
        t,
        now,
        week_first,
        counts,
        closed,
        ids: Ids::new(&plan),
        week_done: vec![0; plan.steps.len()],
        once_done: vec![false; plan.steps.len()],
        total: 0,
        goal_wins: vec![0; plan.goals.len()],
        run: 0,
        misses: 0,
        started: false,
        waiting: Vec::new(),
        seen_earned: HashSet::new(),
        to_enjoy: Vec::new(),
        day_wins: Vec::new(),
        earlier: Vec::new(),
        stats: Stats::default(),
    };

    let mut next_event = 0;
    let mut d = 0;
    while d <= t {
        let mut ran = false;
        while let Some(e) = events.get(next_event).filter(|e| e.day <= d) {
            h.set_up(&st, e)?;
            next_event += 1;
            ran = true;
        }
        if ran {
            h.refresh_rewards(&st)?;
        }
        let stop = events.get(next_event).map_or(t + 1, |e| e.day).min(t + 1);
        st.write(|tx| {
            let mut written = 0;
            while d < stop && written < BATCH {
                written += h.day(tx, d)?;
                d += 1;
            }
            Ok(())
        })?;
    }
    // What a start of the app would celebrate now was celebrated on the way.
    clock.set(now);
    service::milestones::take_uncelebrated(&st, &clock)?;

    let s = &h.stats;
    println!(
        "seeded {} in {:.1} s: {} goals, {} steps, {} habit stacks, {} rewards \
         ({} earned, {} enjoyed); {} wins on {} of {} days ({} today, {} with a note), \
         {} rest days, {} one things ({} done), {} weekly reviews",
        st.path().display(),
        started.elapsed().as_secs_f64(),
        plan.goals.len(),
        plan.steps.len(),
        plan.stacks.len(),
        plan.rewards.len(),
        h.seen_earned.len(),
        s.enjoyed,
        h.total,
        s.days_with_wins,
        t + 1,
        h.counts[t as usize],
        s.notes,
        s.rest_days,
        s.one_things,
        s.one_things_done,
        s.reviews,
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// The clock and the random numbers.

/// The computer's time zone, with "now" wherever the history has got to.
struct SeedClock {
    now: Mutex<DateTime<Utc>>,
}

impl SeedClock {
    fn new(now: DateTime<Utc>) -> Self {
        SeedClock {
            now: Mutex::new(now),
        }
    }

    fn set(&self, at: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner) = at;
    }
}

impl Clock for SeedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn local_datetime(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        SystemClock.local_datetime(instant)
    }

    fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        SystemClock.start_of_day(date)
    }
}

/// A small deterministic generator (SplitMix64): no extra dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 for an empty range).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Roughly normal, mean 0 and standard deviation 1.
    fn normal(&mut self) -> f64 {
        (self.unit() + self.unit() + self.unit() + self.unit() - 2.0) * 3f64.sqrt()
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------------------
// The person's goals, steps, stacks and rewards. Days count from the first
// day of the history (0) to today (`t`).

struct GoalPlan {
    title: &'static str,
    why: &'static str,
    success: &'static str,
    /// Who the person is becoming through it; blank for none.
    identity: &'static str,
    colour: &'static str,
    start: i64,
    /// Status changes: (from day, status); active before the first.
    status: Vec<(i64, GoalStatus)>,
}

#[derive(Clone, Copy)]
enum Change {
    Start,
    Edit,
    Offer(OfferKind),
}

/// A step as it is from a day on.
struct Version {
    from: i64,
    title: &'static str,
    cadence: Cadence,
    minutes: Option<u16>,
    change: Change,
}

struct StepPlan {
    goal: Option<usize>,
    /// Oldest first; the first is the day the step was made.
    versions: Vec<Version>,
    archived: Option<i64>,
    /// Made by a habit stack ("a new step titled like the action").
    by_stack: bool,
    /// How likely a scheduled day gets its win.
    keep: f64,
}

enum StackStep {
    None,
    New(usize),
    Existing(usize),
}

struct StackPlan {
    anchor: &'static str,
    action: &'static str,
    step: StackStep,
    /// Local (hour, minute).
    time: (i64, i64),
    weekdays: &'static [i64],
    created: i64,
    turned_off: Option<i64>,
}

struct RewardPlan {
    text: &'static str,
    moment: &'static str,
    goal: Option<usize>,
    count: Option<i64>,
    created: i64,
}

struct Plan {
    goals: Vec<GoalPlan>,
    steps: Vec<StepPlan>,
    stacks: Vec<StackPlan>,
    rewards: Vec<RewardPlan>,
}

impl Plan {
    fn goal_active(&self, g: usize, d: i64) -> bool {
        let goal = &self.goals[g];
        d >= goal.start
            && goal
                .status
                .iter()
                .rev()
                .find(|(from, _)| *from <= d)
                .is_none_or(|(_, s)| *s == GoalStatus::Active)
    }

    /// The step as it is on day `d`, if it is live then (made, not
    /// archived, its goal active).
    fn step_on(&self, s: usize, d: i64) -> Option<&Version> {
        let step = &self.steps[s];
        if step.archived.is_some_and(|a| d >= a)
            || step.goal.is_some_and(|g| !self.goal_active(g, d))
        {
            return None;
        }
        step.versions.iter().rev().find(|v| v.from <= d)
    }

    /// The stack whose "Done" logs step `s`, if it reminds on day `d`.
    fn stack_for(&self, s: usize, d: i64) -> Option<&StackPlan> {
        self.stacks.iter().find(|k| {
            matches!(k.step, StackStep::New(i) | StackStep::Existing(i) if i == s)
                && d >= k.created
                && k.turned_off.is_none_or(|off| d < off)
        })
    }
}

fn days(list: &[u8]) -> std::result::Result<Cadence, RuleError> {
    WeekdaySet::from_days(list).map(Cadence::Weekdays)
}

fn one(from: i64, title: &'static str, cadence: Cadence, minutes: Option<u16>) -> Vec<Version> {
    vec![Version {
        from,
        title,
        cadence,
        minutes,
        change: Change::Start,
    }]
}

/// A round count near `x`: two significant digits, within the rules' range.
fn round_count(x: usize) -> i64 {
    let x = x.max(1) as f64;
    let unit = 10f64.powf((x.log10().floor() - 1.0).max(0.0));
    ((x / unit).round() * unit).clamp(1.0, f64::from(COUNT_MAX)) as i64
}

fn plan(t: i64, n: usize) -> std::result::Result<Plan, RuleError> {
    use Cadence::{Daily, Once, TimesPerWeek};
    let goals = vec![
        GoalPlan {
            title: "Finish my thesis",
            why: "To close a chapter I care about",
            success: "Submitted by the end of June",
            identity: "someone who writes",
            colour: "#4f7cac",
            start: 0,
            status: vec![(1250, GoalStatus::Done)],
        },
        GoalPlan {
            title: "Run a 10 km race",
            why: "To feel strong again",
            success: "Finish a 10 km race in under an hour",
            identity: "a runner",
            colour: "#5b8a72",
            start: 400,
            status: Vec::new(),
        },
        GoalPlan {
            title: "Learn Spanish",
            why: "To talk with my neighbours",
            success: "Hold a 10-minute chat in Spanish",
            identity: "someone who speaks Spanish",
            colour: "#c07a3a",
            start: 900,
            status: Vec::new(),
        },
        GoalPlan {
            title: "Keep the flat tidy",
            why: "A calm place to come home to",
            success: "The desk is clear every evening",
            identity: "",
            colour: "#9a6fb0",
            start: 1500,
            status: vec![(t - 240, GoalStatus::Paused)],
        },
        GoalPlan {
            title: "Sleep better",
            why: "Mornings without fog",
            success: "In bed by 23:00 five nights a week",
            identity: "someone who rests well",
            colour: "#3f8f8f",
            start: t - 700,
            status: Vec::new(),
        },
    ];
    let weekdays = days(&[0, 1, 2, 3, 4])?;
    let step = |goal, versions, archived, keep| StepPlan {
        goal,
        versions,
        archived,
        by_stack: false,
        keep,
    };
    let steps = vec![
        step(
            Some(0),
            one(0, "Write one paragraph", Daily, Some(10)),
            Some(1253),
            0.8,
        ),
        step(
            Some(0),
            one(0, "Read one paper abstract", TimesPerWeek(3), Some(5)),
            Some(1253),
            0.85,
        ),
        step(
            Some(0),
            one(2, "Email my supervisor the outline", Once, None),
            None,
            0.9,
        ),
        step(
            Some(1),
            vec![
                Version {
                    from: 400,
                    title: "Put on running shoes",
                    cadence: Daily,
                    minutes: Some(1),
                    change: Change::Start,
                },
                Version {
                    from: 520,
                    title: "Run for 20 minutes",
                    cadence: TimesPerWeek(3),
                    minutes: Some(20),
                    change: Change::Edit,
                },
                Version {
                    from: 900,
                    title: "Run for 25 minutes",
                    cadence: TimesPerWeek(3),
                    minutes: Some(25),
                    change: Change::Offer(OfferKind::Bigger),
                },
            ],
            None,
            0.8,
        ),
        step(
            Some(1),
            one(700, "Long run on Sunday", days(&[6])?, Some(45)),
            None,
            0.7,
        ),
        step(
            Some(1),
            one(t - 20, "Sign up for the autumn race", Once, None),
            None,
            0.0,
        ),
        step(
            Some(2),
            vec![
                Version {
                    from: 900,
                    title: "One language lesson",
                    cadence: Daily,
                    minutes: Some(5),
                    change: Change::Start,
                },
                Version {
                    from: 2300,
                    title: "One language lesson",
                    cadence: TimesPerWeek(5),
                    minutes: Some(5),
                    change: Change::Offer(OfferKind::Smaller),
                },
            ],
            None,
            0.8,
        ),
        step(
            Some(2),
            one(
                1100,
                "Read one page in Spanish",
                days(&[0, 2, 4])?,
                Some(10),
            ),
            None,
            0.7,
        ),
        step(
            Some(3),
            one(1500, "Clear the desk", weekdays, Some(2)),
            None,
            0.75,
        ),
        step(
            Some(3),
            one(1510, "Put away the laundry", TimesPerWeek(2), Some(10)),
            None,
            0.8,
        ),
        step(
            Some(4),
            one(t - 700, "Phone away at 22:30", Daily, Some(1)),
            None,
            0.75,
        ),
        StepPlan {
            by_stack: true,
            ..step(
                None,
                one(t - 650, "Stretch for one minute", weekdays, None),
                None,
                0.8,
            )
        },
        step(
            None,
            one(200, "Drink a glass of water", Daily, Some(1)),
            None,
            0.65,
        ),
        step(
            None,
            one(300, "Meditate for two minutes", Daily, Some(2)),
            Some(650),
            0.5,
        ),
    ];
    let stacks = vec![
        StackPlan {
            anchor: "pour my morning coffee",
            action: "Stretch for one minute",
            step: StackStep::New(11),
            time: (7, 30),
            weekdays: &[0, 1, 2, 3, 4],
            created: t - 650,
            turned_off: None,
        },
        StackPlan {
            anchor: "brush my teeth at night",
            action: "put my phone away",
            step: StackStep::Existing(10),
            time: (22, 15),
            weekdays: &[0, 1, 2, 3, 4, 5, 6],
            created: t - 690,
            turned_off: None,
        },
        StackPlan {
            anchor: "run for 25 minutes",
            action: "stretch my calves",
            step: StackStep::None,
            time: (19, 0),
            weekdays: &[1, 3, 5],
            created: 1000,
            turned_off: Some(t - 400),
        },
    ];
    let reward = |text, moment, goal, count, created| RewardPlan {
        text,
        moment,
        goal,
        count,
        created,
    };
    let rewards = vec![
        reward(
            "A long bath with a good book",
            "wins",
            None,
            Some(round_count(n / 4)),
            30,
        ),
        reward(
            "A walk in the botanical garden",
            "first_run",
            None,
            None,
            10,
        ),
        reward("Film night with friends", "goal_done", Some(0), None, 600),
        reward(
            "An afternoon at the lake",
            "goal_wins",
            Some(1),
            Some(round_count(n / 50)),
            450,
        ),
        reward(
            "A slow breakfast at the café",
            "week_reviewed",
            None,
            None,
            t - 30,
        ),
        reward("A day at the sea", "goal_done", Some(1), None, t - 100),
    ];
    Ok(Plan {
        goals,
        steps,
        stacks,
        rewards,
    })
}

// ---------------------------------------------------------------------------
// The set-up, through the use cases at their moment.

#[derive(Clone, Copy)]
enum What {
    Goal(usize),
    Step(usize),
    Stack(usize),
    Reward(usize),
    StepChange(usize, usize),
    Archive(usize),
    GoalStatus(usize, usize),
    StackOff(usize),
}

struct Event {
    day: i64,
    /// What comes first on one day (a goal before its steps ...).
    rank: u8,
    index: usize,
    what: What,
}

fn events(plan: &Plan) -> Vec<Event> {
    let mut out = Vec::new();
    let mut add = |day, rank, what| {
        let index = out.len();
        out.push(Event {
            day,
            rank,
            index,
            what,
        });
    };
    for (g, goal) in plan.goals.iter().enumerate() {
        add(goal.start, 0, What::Goal(g));
        for (i, (day, _)) in goal.status.iter().enumerate() {
            add(*day, 6, What::GoalStatus(g, i));
        }
    }
    for (s, step) in plan.steps.iter().enumerate() {
        if !step.by_stack {
            add(step.versions[0].from, 1, What::Step(s));
        }
        for (v, version) in step.versions.iter().enumerate().skip(1) {
            add(version.from, 4, What::StepChange(s, v));
        }
        if let Some(day) = step.archived {
            add(day, 5, What::Archive(s));
        }
    }
    for (k, stack) in plan.stacks.iter().enumerate() {
        add(stack.created, 2, What::Stack(k));
        if let Some(day) = stack.turned_off {
            add(day, 7, What::StackOff(k));
        }
    }
    for (r, reward) in plan.rewards.iter().enumerate() {
        add(reward.created, 3, What::Reward(r));
    }
    out
}

fn step_draft(v: &Version) -> StepDraft {
    let cadence = CadenceDraft {
        kind: v.cadence.kind().to_owned(),
        times_per_week: match v.cadence {
            Cadence::TimesPerWeek(n) => Some(i64::from(n)),
            _ => None,
        },
        weekdays: match v.cadence {
            Cadence::Weekdays(set) => set.days().into_iter().map(i64::from).collect(),
            _ => Vec::new(),
        },
        number: v.cadence.rhythm_number().map(i64::from),
    };
    StepDraft {
        title: v.title.to_owned(),
        cadence,
        minutes: v.minutes.map(i64::from),
        measure: None,
    }
}

/// The ids the use cases gave.
struct Ids {
    goals: Vec<Option<GoalId>>,
    steps: Vec<Option<StepId>>,
    stacks: Vec<Option<StackId>>,
}

impl Ids {
    fn new(plan: &Plan) -> Self {
        Ids {
            goals: vec![None; plan.goals.len()],
            steps: vec![None; plan.steps.len()],
            stacks: vec![None; plan.stacks.len()],
        }
    }
}

fn missing(what: &str) -> Box<dyn std::error::Error> {
    format!("the seed's plan uses a {what} before it is made").into()
}

// ---------------------------------------------------------------------------
// The days.

/// Why a day has no wins at all.
#[derive(Clone, Copy, PartialEq)]
enum Closed {
    Open,
    /// Nothing logged, nothing marked.
    Quiet,
    /// On holiday, planned as rest days for every step on the day it starts
    /// minus a week.
    Travel(i64),
    /// Ill, marked as a rest day for every step after the fact.
    Sick,
}

fn closed_days(rng: &mut Rng, t: i64) -> Vec<Closed> {
    let mut closed = vec![Closed::Open; t as usize + 1];
    // Keep the first and the last two weeks open.
    let usable = 14..t - 14;
    let mut mark = |from: i64, len: i64, kind: Closed| {
        for d in from..from + len {
            if usable.contains(&d) {
                closed[d as usize] = kind;
            }
        }
    };
    for year in 0..YEARS {
        let base = year * 365;
        for half in 0..2 {
            let from = base + half * 182 + 20 + rng.below(140) as i64;
            mark(from, 4 + rng.below(9) as i64, Closed::Travel(from));
        }
        for _ in 0..2 + rng.below(2) {
            let from = base + rng.below(365) as i64;
            mark(from, 1 + rng.below(3) as i64, Closed::Sick);
        }
    }
    for c in closed.iter_mut().take(t as usize - 2) {
        if *c == Closed::Open && rng.chance(0.04) {
            *c = Closed::Quiet;
        }
    }
    closed
}

/// Wins per day: `n / 3650` (at least three) today, the rest spread over
/// the other days by a weight (weekday, season, a slow rise, rough patches,
/// noise; none on closed days).
fn win_counts(rng: &mut Rng, first: NaiveDate, t: i64, n: usize, closed: &[Closed]) -> Vec<u32> {
    const WEEKDAY: [f64; 7] = [1.1, 1.1, 1.05, 1.0, 0.9, 0.7, 0.6];
    let mut cumulative = Vec::with_capacity(t as usize);
    let mut sum = 0.0;
    for d in 0..t {
        let date = first + Duration::days(d);
        let weight = if closed[d as usize] == Closed::Open {
            let weekday = WEEKDAY[date.weekday().num_days_from_monday() as usize];
            let rise = 0.85 + 0.3 * d as f64 / t as f64;
            let season =
                1.0 + 0.12 * (std::f64::consts::TAU * f64::from(date.ordinal()) / 365.25).cos();
            let patch = match d {
                1650..1700 => 0.35,
                2900..2960 => 0.5,
                _ => 1.0,
            };
            weekday * rise * season * patch * (0.45 * rng.normal()).exp()
        } else {
            0.0
        };
        sum += weight;
        cumulative.push(sum);
    }
    let mut counts = vec![0u32; t as usize + 1];
    let today = if n == 0 {
        0
    } else {
        ((n as f64 / DAYS_PER_SIZE).round() as usize).max(3).min(n)
    };
    counts[t as usize] = today as u32;
    for _ in today..n {
        let at = rng.unit() * sum;
        let d = cumulative.partition_point(|&c| c <= at).min(t as usize - 1);
        counts[d] += 1;
    }
    counts
}

/// A win to write on the day being made.
struct Planned {
    /// Milliseconds after the day's start.
    at: i64,
    step: Option<usize>,
    goal: Option<usize>,
    text: &'static str,
    source: WinSource,
}

#[derive(Default)]
struct Stats {
    days_with_wins: usize,
    notes: usize,
    rest_days: usize,
    one_things: usize,
    one_things_done: usize,
    reviews: usize,
    enjoyed: usize,
}

struct History<'a> {
    plan: &'a Plan,
    clock: &'a SeedClock,
    rng: Rng,
    first: NaiveDate,
    /// Today's day number.
    t: i64,
    now: DateTime<Utc>,
    week_first: Weekday,
    counts: Vec<u32>,
    closed: Vec<Closed>,
    ids: Ids,
    /// Wins per step this ISO week (what "N times a week" counts).
    week_done: Vec<u8>,
    once_done: Vec<bool>,
    total: u64,
    goal_wins: Vec<u64>,
    /// The overall run of days ("never miss twice") up to yesterday.
    run: u32,
    misses: u32,
    started: bool,
    /// Rewards not earned yet (as the store has them).
    waiting: Vec<Reward>,
    seen_earned: HashSet<RewardId>,
    /// Earned rewards the person will enjoy: (day, reward).
    to_enjoy: Vec<(i64, RewardId)>,
    day_wins: Vec<Planned>,
    /// The day's wins written before its one thing was chosen.
    earlier: Vec<Win>,
    stats: Stats,
}

impl History<'_> {
    fn date(&self, d: i64) -> NaiveDate {
        self.first + Duration::days(d)
    }

    /// `minutes` after the start of day `d`, never after now.
    fn at(&self, d: i64, minutes: i64) -> DateTime<Utc> {
        (self.clock.start_of_day(self.date(d)) + Duration::minutes(minutes)).min(self.now)
    }

    fn goal_id(&self, g: usize) -> Result<GoalId> {
        self.ids.goals[g].clone().ok_or_else(|| missing("goal"))
    }

    fn step_id(&self, s: usize) -> Result<StepId> {
        self.ids.steps[s].clone().ok_or_else(|| missing("step"))
    }

    /// One set-up event, through its use case, at its moment.
    fn set_up(&mut self, st: &Store, e: &Event) -> Result<()> {
        self.clock
            .set(self.at(e.day, SET_UP_MINUTE + e.index as i64 % 60));
        let (plan, clock) = (self.plan, self.clock);
        match e.what {
            What::Goal(g) => {
                let p = &plan.goals[g];
                let draft = GoalDraft {
                    title: p.title.into(),
                    why: p.why.into(),
                    success: p.success.into(),
                    identity: p.identity.into(),
                    colour: Some(p.colour.into()),
                };
                self.ids.goals[g] = Some(service::goals::create_goal(st, clock, &draft)?.id);
            }
            What::GoalStatus(g, i) => {
                let status = plan.goals[g].status[i].1;
                service::goals::set_goal_status(st, clock, &self.goal_id(g)?, status)?;
            }
            What::Step(s) => {
                let p = &plan.steps[s];
                let goal = p.goal.map(|g| self.goal_id(g)).transpose()?;
                let draft = step_draft(&p.versions[0]);
                let step = service::steps::add_step(st, clock, goal.as_ref(), &draft)?;
                self.ids.steps[s] = Some(step.id);
            }
            What::StepChange(s, v) => {
                let version = &plan.steps[s].versions[v];
                let id = self.step_id(s)?;
                let draft = step_draft(version);
                match version.change {
                    Change::Offer(kind) => {
                        service::adjust::adjust_step(st, clock, &id, kind, &draft)?;
                    }
                    Change::Edit | Change::Start => {
                        service::steps::update_step(st, clock, &id, &draft)?;
                    }
                }
            }
            What::Archive(s) => {
                service::steps::set_step_archived(st, clock, &self.step_id(s)?, true)?;
            }
            What::Stack(k) => {
                let p = &plan.stacks[k];
                let step = match p.step {
                    StackStep::None => StepChoice::None,
                    StackStep::New(_) => StepChoice::New,
                    StackStep::Existing(s) => StepChoice::Existing(self.step_id(s)?),
                };
                let draft = StackDraft {
                    anchor: p.anchor.into(),
                    action: p.action.into(),
                    step,
                    times: vec![format!("{:02}:{:02}", p.time.0, p.time.1)],
                    weekdays: p.weekdays.to_vec(),
                    enabled: true,
                };
                let stack = service::stacks::save_stack(st, clock, None, &draft)?;
                if let StackStep::New(s) = p.step {
                    self.ids.steps[s] = stack.step_id.clone();
                }
                self.ids.stacks[k] = Some(stack.id);
            }
            What::StackOff(k) => {
                let id = self.ids.stacks[k].clone().ok_or_else(|| missing("stack"))?;
                service::stacks::set_stack_enabled(st, clock, &id, false)?;
            }
            What::Reward(r) => {
                let p = &plan.rewards[r];
                let draft = RewardDraft {
                    text: p.text.into(),
                    moment: p.moment.into(),
                    goal: p.goal.map(|g| self.goal_id(g)).transpose()?,
                    count: p.count,
                };
                service::rewards::save_reward(st, clock, None, &draft)?;
            }
        }
        Ok(())
    }

    /// Reads the waiting rewards again after the use cases ran (a goal
    /// marked done earns its rewards there).
    fn refresh_rewards(&mut self, st: &Store) -> Result<()> {
        let all = st.read(store::rewards::list)?;
        self.waiting.clear();
        for r in all {
            match r.reward.earned_at {
                None => self.waiting.push(r.reward),
                Some(at) => {
                    if !self.seen_earned.contains(&r.reward.id) {
                        let day = (self.clock.local_date(at) - self.first).num_days();
                        self.earned(day, r.reward.id);
                    }
                }
            }
        }
        Ok(())
    }

    /// Notes a reward earned on day `d`; most are enjoyed a few days
    /// later, those of the last five weeks wait in "to enjoy".
    fn earned(&mut self, d: i64, id: RewardId) {
        let later = d + 1 + self.rng.below(5) as i64;
        if d < self.t - 35 && self.rng.chance(0.9) {
            self.to_enjoy.push((later, id.clone()));
        }
        self.seen_earned.insert(id);
    }

    /// Writes day `d`; returns its wins.
    fn day(&mut self, tx: &store::Conn, d: i64) -> CoreResult<usize> {
        let date = self.date(d);
        let start = self.clock.start_of_day(date);
        let length = (self.clock.start_of_day(date + Duration::days(1)) - start).num_milliseconds();
        let limit = if d == self.t {
            (self.now - start).num_milliseconds().clamp(0, length)
        } else {
            length
        };
        if date.weekday() == Weekday::Mon {
            self.week_done.fill(0);
        }
        let resting = self.rest_days(tx, d)?;
        self.enjoy(tx, d)?;
        let count = self.counts[d as usize] as usize;
        let (hits, missed) = self.scheduled(d, &resting);
        self.plan_wins(d, count, hits, limit);
        let one = self.one_thing(d, &missed, limit);
        let mut one_set: Option<OneThing> = None;
        let mut one_done = false;
        let planned = std::mem::take(&mut self.day_wins);
        for p in &planned {
            if let Some((at, one)) = &one {
                if one_set.is_none() && p.at >= *at {
                    one_done = self.set_one_thing(tx, start, *at, one)?;
                    one_set = Some(one.clone());
                }
            }
            let win = self.write_win(tx, d, start, p)?;
            if let Some(one) = &one_set {
                if !one_done && win_does(one, &win) {
                    store::one_things::link_win(tx, date, &win.id, win.logged_at)?;
                    one_done = true;
                }
            } else if one.is_some() {
                self.earlier.push(win);
            }
        }
        if let Some((at, one)) = &one {
            if one_set.is_none() {
                one_done = self.set_one_thing(tx, start, *at, one)?;
            }
        }
        self.earlier.clear();
        self.day_wins = planned;
        self.day_wins.clear();
        if one.is_some() {
            self.stats.one_things += 1;
            self.stats.one_things_done += usize::from(one_done);
        }
        self.review(tx, d)?;
        self.end_run_day(d, count);
        Ok(count)
    }

    /// Rest days: every step's while away or ill, and one step's now and
    /// then. Returns the steps resting today.
    fn rest_days(&mut self, tx: &store::Conn, d: i64) -> CoreResult<Vec<bool>> {
        let date = self.date(d);
        let mut resting = vec![false; self.plan.steps.len()];
        let every = match self.closed[d as usize] {
            Closed::Travel(from) => Some((RestReason::Travel, self.at(from - 7, 20 * 60))),
            Closed::Sick => Some((RestReason::Sick, self.at(d + 1, 9 * 60))),
            Closed::Open | Closed::Quiet => None,
        };
        if let Some((reason, created)) = every {
            let rest = RestDay {
                date,
                step_id: None,
                reason,
            };
            store::rest_days::put(tx, &rest, created)?;
            self.stats.rest_days += 1;
            resting.fill(true);
            return Ok(resting);
        }
        if d == self.t {
            return Ok(resting);
        }
        for (s, rest) in resting.iter_mut().enumerate() {
            let Some(v) = self.plan.step_on(s, d) else {
                continue;
            };
            if v.cadence.is_recurring() && v.cadence.allows(date) && self.rng.chance(1.0 / 90.0) {
                let Some(id) = self.ids.steps[s].clone() else {
                    continue;
                };
                let reason = if self.rng.chance(0.8) {
                    RestReason::Rest
                } else {
                    RestReason::Other
                };
                let created = self.at(d, 8 * 60);
                let rest_day = RestDay {
                    date,
                    step_id: Some(id),
                    reason,
                };
                store::rest_days::put(tx, &rest_day, created)?;
                self.stats.rest_days += 1;
                *rest = true;
            }
        }
        Ok(resting)
    }

    /// Rewards enjoyed today, in the evening.
    fn enjoy(&mut self, tx: &store::Conn, d: i64) -> CoreResult<()> {
        let at = self.at(d, 20 * 60);
        let mut i = 0;
        while i < self.to_enjoy.len() {
            if self.to_enjoy[i].0 == d {
                let (_, id) = self.to_enjoy.swap_remove(i);
                if store::rewards::set_enjoyed(tx, &id, true, at)? {
                    self.stats.enjoyed += 1;
                }
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// The steps due on day `d` that the person will do (if the day has
    /// wins enough) and those they will not.
    fn scheduled(&mut self, d: i64, resting: &[bool]) -> (Vec<usize>, Vec<usize>) {
        let date = self.date(d);
        let left = 7 - i64::from(date.weekday().num_days_from_monday());
        let (mut hits, mut missed) = (Vec::new(), Vec::new());
        for (s, &rest) in resting.iter().enumerate() {
            if rest || self.ids.steps[s].is_none() {
                continue;
            }
            let Some(v) = self.plan.step_on(s, d) else {
                continue;
            };
            let keep = self.plan.steps[s].keep;
            let p = match v.cadence {
                Cadence::Once if self.once_done[s] => 0.0,
                Cadence::Once | Cadence::Daily => keep,
                Cadence::Weekdays(set) if set.contains(date.weekday()) => keep,
                Cadence::Weekdays(_) => 0.0,
                Cadence::EveryNDays(n) => keep / f64::from(n),
                Cadence::TimesPerMonth(n) => keep * f64::from(n) / 30.0,
                Cadence::MonthDay(_) => keep / 30.0,
                Cadence::TimesPerWeek(n) => {
                    let need = i64::from(n) - i64::from(self.week_done[s]);
                    if need <= 0 {
                        0.0
                    } else {
                        (need as f64 / left as f64 * 1.1).min(0.95) * keep
                    }
                }
            };
            if self.rng.chance(p) {
                hits.push(s);
            } else if p > 0.0 || v.cadence == Cadence::Once && !self.once_done[s] {
                missed.push(s);
            }
        }
        (hits, missed)
    }

    /// The day's wins, by time: about half of them on the steps due that
    /// are done, some for a goal alone, the rest free.
    fn plan_wins(&mut self, d: i64, count: usize, mut hits: Vec<usize>, limit: i64) {
        let date = self.date(d);
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        let goals: Vec<usize> = (0..self.plan.goals.len())
            .filter(|&g| self.plan.goal_active(g, d))
            .collect();
        for _ in 0..count {
            let mut source = self.source();
            let mut minute = self.minute_of_day(weekend);
            let (step, goal, text) = if !hits.is_empty() && self.rng.chance(0.55) {
                let s = hits.swap_remove(self.rng.below(hits.len() as u64) as usize);
                if let Some(stack) = self.plan.stack_for(s, d) {
                    if self.rng.chance(0.6) {
                        source = WinSource::Reminder;
                        minute = (stack.time.0 * 60 + stack.time.1 + 1) as f64
                            + self.rng.below(20) as f64;
                    }
                }
                let title = self.plan.step_on(s, d).map_or("", |v| v.title);
                (Some(s), self.plan.steps[s].goal, title)
            } else if !goals.is_empty() && self.rng.chance(0.3) {
                let g = self.rng.pick(&goals);
                (None, Some(g), self.rng.pick(GOAL_TEXTS[g]))
            } else {
                (None, None, self.rng.pick(FREE_TEXTS))
            };
            let mut at = (minute * 60_000.0) as i64 + self.rng.below(60_000) as i64;
            // Today ends now: another time of day that has been, if any.
            for _ in 0..20 {
                if at < limit {
                    break;
                }
                at = (self.minute_of_day(weekend) * 60_000.0) as i64;
            }
            if at >= limit {
                at = self.rng.below(limit.max(1) as u64) as i64;
            }
            self.day_wins.push(Planned {
                at: at.min((limit - 1).max(0)),
                step,
                goal,
                text,
                source,
            });
        }
        self.day_wins.sort_by_key(|p| p.at);
    }

    /// A local time of day for a win, in minutes: mornings, lunch time
    /// and evenings, a little later at weekends.
    fn minute_of_day(&mut self, weekend: bool) -> f64 {
        let late = if weekend { 90.0 } else { 0.0 };
        let (mean, spread) = match self.rng.unit() {
            r if r < 0.3 => (7.0 * 60.0 + 45.0 + late, 45.0),
            r if r < 0.5 => (12.0 * 60.0 + 45.0, 60.0),
            r if r < 0.85 => (19.0 * 60.0 + 30.0 + late / 2.0, 90.0),
            _ => return FIRST_WIN_MINUTE + self.rng.unit() * (23.5 * 60.0 - FIRST_WIN_MINUTE),
        };
        (mean + spread * self.rng.normal()).clamp(FIRST_WIN_MINUTE, 23.0 * 60.0 + 59.0)
    }

    fn source(&mut self) -> WinSource {
        match self.rng.below(100) {
            0..=44 => WinSource::Window,
            45..=69 => WinSource::Tray,
            70..=84 => WinSource::Quick,
            85..=94 => WinSource::Shortcut,
            _ => WinSource::Cli,
        }
    }

    /// The day's one thing, if the person chose one, with when: a step
    /// they do that day, a step they do not, or a line of free text
    /// (which one of the day's free wins then does).
    fn one_thing(&mut self, d: i64, missed: &[usize], limit: i64) -> Option<(i64, OneThing)> {
        let count = self.day_wins.len();
        let chosen = if d == self.t {
            true
        } else if count > 0 {
            self.rng.chance(0.7)
        } else {
            self.closed[d as usize] == Closed::Open && self.rng.chance(0.08)
        };
        if !chosen {
            return None;
        }
        let date = self.date(d);
        let minute = 7 * 60 + 30 + self.rng.below(90) as i64;
        let at = (minute * 60_000).min((limit - 1).max(0));
        let done_steps: Vec<usize> = self.day_wins.iter().filter_map(|p| p.step).collect();
        let step = if !done_steps.is_empty() && self.rng.chance(0.6) {
            Some(self.rng.pick(&done_steps))
        } else if !missed.is_empty() && self.rng.chance(0.3) {
            Some(self.rng.pick(missed))
        } else {
            None
        };
        let one = match step
            .and_then(|s| Some((self.ids.steps[s].clone()?, self.plan.step_on(s, d)?)))
        {
            Some((id, v)) => OneThing {
                date,
                step_id: Some(id),
                text: v.title.to_owned(),
                win_id: None,
            },
            None => {
                let text = self.rng.pick(ONE_THINGS);
                let free: Vec<usize> = (0..count)
                    .filter(|&i| self.day_wins[i].step.is_none() && self.day_wins[i].goal.is_none())
                    .collect();
                if !free.is_empty() && self.rng.chance(0.8) {
                    let i = self.rng.pick(&free);
                    self.day_wins[i].text = text;
                }
                OneThing {
                    date,
                    step_id: None,
                    text: text.to_owned(),
                    win_id: None,
                }
            }
        };
        Some((at, one))
    }

    /// Chooses the day's one thing at `at`, as `service::focus` does: a
    /// free one is linked to a win that already did it. Returns whether
    /// it is done.
    fn set_one_thing(
        &mut self,
        tx: &store::Conn,
        start: DateTime<Utc>,
        at: i64,
        one: &OneThing,
    ) -> CoreResult<bool> {
        let done_by = self.earlier.iter().find(|w| win_does(one, w));
        let mut one = one.clone();
        if one.step_id.is_none() {
            one.win_id = done_by.map(|w| w.id.clone());
        }
        let done = done_by.is_some();
        store::one_things::set(tx, &one, (start + Duration::milliseconds(at)).min(self.now))?;
        Ok(done)
    }

    fn write_win(
        &mut self,
        tx: &store::Conn,
        d: i64,
        start: DateTime<Utc>,
        p: &Planned,
    ) -> CoreResult<Win> {
        let note = if self.rng.chance(0.1) {
            self.stats.notes += 1;
            self.rng.pick(NOTES)
        } else {
            ""
        };
        let win = Win {
            id: WinId::from_trusted(store::new_id()),
            text: p.text.to_owned(),
            note: note.to_owned(),
            logged_at: start + Duration::milliseconds(p.at),
            local_date: self.date(d),
            goal_id: p.goal.and_then(|g| self.ids.goals[g].clone()),
            step_id: p.step.and_then(|s| self.ids.steps[s].clone()),
            source: p.source,
            amount: None,
        };
        store::wins::insert(tx, &win)?;
        self.total += 1;
        if let Some(g) = p.goal {
            self.goal_wins[g] += 1;
        }
        if let Some(s) = p.step {
            self.week_done[s] = self.week_done[s].saturating_add(1);
            self.once_done[s] = true;
        }
        self.earn_after_win(tx, d, p.goal, win.logged_at)?;
        Ok(win)
    }

    /// The rewards a win earns, by the domain's rule, with the counts the
    /// history keeps (as `service::rewards` reads them from the tally).
    fn earn_after_win(
        &mut self,
        tx: &store::Conn,
        d: i64,
        goal: Option<usize>,
        at: DateTime<Utc>,
    ) -> CoreResult<()> {
        if self.waiting.is_empty() {
            return Ok(());
        }
        let reached = Reached {
            total_wins: Some(self.total),
            goal_wins: goal.and_then(|g| Some((self.ids.goals[g].clone()?, self.goal_wins[g]))),
            // The run up to yesterday (ended by two misses) and today.
            day_run: Some(self.run + 1),
            ..Reached::default()
        };
        let ids: Vec<RewardId> = earned_now(&self.waiting, &reached)
            .into_iter()
            .map(|r| r.id.clone())
            .collect();
        if !ids.is_empty() {
            store::rewards::mark_earned(tx, &ids, at)?;
            self.waiting.retain(|r| !ids.contains(&r.id));
            for id in ids {
                self.earned(d, id);
            }
        }
        Ok(())
    }

    /// The week's review on its last day, in the evening, for most weeks
    /// that are over, as `service::reflections::save` writes it.
    fn review(&mut self, tx: &store::Conn, d: i64) -> CoreResult<()> {
        let date = self.date(d);
        let week = Week::containing(date, self.week_first);
        if week.end() != date || d >= self.t || d < 6 || !self.rng.chance(0.72) {
            return Ok(());
        }
        let week_counts = &self.counts[(d - 6) as usize..=d as usize];
        let wins: u32 = week_counts.iter().sum();
        let days = week_counts.iter().filter(|&&c| c > 0).count();
        let went_well = match wins {
            0 => "A quiet week, and that is fine.".to_owned(),
            1 => format!("One win. {}", self.rng.pick(WENT_WELL)),
            _ => format!("{wins} wins on {days} days. {}", self.rng.pick(WENT_WELL)),
        };
        let learned = if self.rng.chance(0.8) {
            self.rng.pick(LEARNED)
        } else {
            ""
        };
        let adjust = if self.rng.chance(0.7) {
            self.rng.pick(ADJUST)
        } else {
            ""
        };
        let mut focus: Vec<FocusAction> = Vec::new();
        for _ in 0..1 + self.rng.below(3) {
            let text = self.rng.pick(FOCUS);
            if focus.iter().all(|f| f.text != text) {
                focus.push(FocusAction {
                    id: FocusActionId::from_trusted(store::new_id()),
                    text: text.to_owned(),
                    became: None,
                    step_id: None,
                });
            }
        }
        let reflection = Reflection {
            id: ReflectionId::from_trusted(store::new_id()),
            week,
            went_well,
            learned: learned.to_owned(),
            adjust: adjust.to_owned(),
            focus,
        };
        let minute = 19 * 60 + 30 + self.rng.below(120) as i64;
        let at = self.at(d, minute);
        store::reflections::put(tx, &reflection, at)?;
        self.stats.reviews += 1;
        self.clock.set(at);
        let earned = service::ops::rewards::earn_on_week_reviewed(tx, self.clock)?;
        for r in earned {
            self.waiting.retain(|w| w.id != r.reward.id);
            self.earned(d, r.reward.id);
        }
        Ok(())
    }

    /// The overall run of days after day `d` ("never miss twice"; a rest
    /// day for every step neither extends nor ends it).
    fn end_run_day(&mut self, d: i64, count: usize) {
        if count > 0 {
            self.stats.days_with_wins += 1;
            self.started = true;
            if self.misses >= 2 {
                self.run = 0;
            }
            self.misses = 0;
            self.run += 1;
        } else if self.started && matches!(self.closed[d as usize], Closed::Open | Closed::Quiet) {
            self.misses += 1;
            if self.misses >= 2 {
                self.run = 0;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Words.

const FREE_TEXTS: &[&str] = &[
    "Went for a walk",
    "Answered the hard email",
    "Cooked dinner instead of ordering",
    "Called mum",
    "Finished the chapter",
    "Fixed the leaking tap",
    "Went to bed on time",
    "Paid the bills",
    "Said no to something I did not want to do",
    "Watered the plants",
    "Tidied the inbox",
    "Practised the guitar",
    "Wrote three lines in the journal",
    "Took the stairs",
    "Booked the dentist",
    "Made a proper breakfast",
    "Sorted the recycling",
    "Replied to grandma's letter",
    "Walked to work",
    "Cleaned the bike chain",
    "Backed up my photos",
    "Filed the receipts",
    "Made the bed",
    "Took a lunch break away from the desk",
    "Mended the jacket",
    "Sent the birthday card",
    "Asked for help when I was stuck",
    "Tried a new recipe",
];

/// Wins for a goal alone, by goal.
const GOAL_TEXTS: [&[&str]; 5] = [
    &[
        "Fixed the figures in chapter 2",
        "Sent a draft to my supervisor",
        "Sorted the bibliography",
        "Wrote the abstract",
    ],
    &[
        "Bought new running shoes",
        "Ran in the rain anyway",
        "Stretched after the run",
        "Found a new route by the river",
    ],
    &[
        "Watched a film in Spanish",
        "Ordered coffee in Spanish",
        "Learned ten new words",
        "Chatted with the neighbours in Spanish",
    ],
    &[
        "Emptied the dishwasher",
        "Cleared the hallway",
        "Gave away a bag of clothes",
        "Vacuumed the living room",
    ],
    &[
        "No screens after ten",
        "Opened the window before bed",
        "Got up at the first alarm",
        "Skipped the late coffee",
    ],
];

const NOTES: &[&str] = &[
    "Felt good afterwards.",
    "Hard to start, easy once I did.",
    "Only five minutes, but it counts.",
    "Tired today; did the small version.",
    "With a friend, which helped.",
    "Better than last week.",
    "Almost skipped it. Glad I did not.",
    "It rained; I went anyway.",
    "Mornings work better for this.",
    "Took longer than planned, and that is fine.",
];

const ONE_THINGS: &[&str] = &[
    "Finish the tax form",
    "Call the landlord about the heating",
    "Write the project summary",
    "Clean out the fridge",
    "Book the train for the holidays",
    "Renew my library card",
    "Plan the week's meals",
    "Fix the bike's brakes",
    "Reply to the wedding invitation",
    "Back up the laptop",
];

const WENT_WELL: &[&str] = &[
    "Kept going on the busy days too.",
    "The morning routine mostly held.",
    "Started small and it added up.",
    "Came back after a missed day.",
    "Made time for a proper rest.",
    "Said no to one thing and had room for another.",
];

const LEARNED: &[&str] = &[
    "Smaller steps are easier to start.",
    "Evenings are too late for running.",
    "A missed day is not the end of anything.",
    "Planning the night before helps.",
    "I need a real lunch break.",
    "Rest days keep me going.",
];

const ADJUST: &[&str] = &[
    "Move the run to the morning.",
    "Keep the desk clear on Fridays too.",
    "Go to bed half an hour earlier.",
    "Fewer things on the list, done properly.",
    "Try the lesson on the train.",
];

const FOCUS: &[&str] = &[
    "Run on Tuesday and Thursday",
    "Lesson before breakfast",
    "Phone in the kitchen at night",
    "One page a day",
    "Call Sam",
    "Prepare lunch the evening before",
    "Walk to the shop instead of driving",
    "Stretch after work",
    "Say no to one meeting",
    "Go to the market on Saturday",
];
