//! The chronicle's whole payload for a year at 100,000 wins over ten years
//! (DESIGN.md target: ≤ 10 ms). Seeds a temporary database through the
//! store API (three goals, six daily steps, 40% of wins on a step, rest days
//! now and then), then times `service::chronicle::chronicle` for everything
//! and for one step's grid, plus one timeline page.
//!
//!     cargo bench -p cairn --bench chronicle

use std::hint::black_box;

use chrono::{Duration, NaiveDate, TimeZone, Utc, Weekday};
use criterion::{criterion_group, criterion_main, Criterion};

use cairn_lib::clock::{Clock, FixedClock};
use cairn_lib::domain::rest::{RestDay, RestReason};
use cairn_lib::domain::{Cadence, Goal, GoalId, GoalStatus, Step, StepId, Win, WinId, WinSource};
use cairn_lib::service::chronicle::{self, ChronicleQuery};
use cairn_lib::store::chronicle::{Scope, TimelineFilter};
use cairn_lib::store::{self, Store};

const WINS: usize = 100_000;
const YEARS: i64 = 10;

fn seed(store: &Store, clock: &FixedClock) -> Vec<StepId> {
    let now = clock.now();
    let start = now - Duration::days(365 * YEARS + YEARS / 4);
    let goals: Vec<Goal> = (0..3)
        .map(|i| Goal {
            id: GoalId::from_trusted(store::new_id()),
            title: format!("Goal {i}"),
            why: String::new(),
            success: String::new(),
            status: GoalStatus::Active,
            colour: "#5b8a72".into(),
            position: i,
            created_at: start,
        })
        .collect();
    let steps: Vec<Step> = (0..6)
        .map(|i| Step {
            id: StepId::from_trusted(store::new_id()),
            goal_id: (i < 5).then(|| goals[i as usize / 2].id.clone()),
            title: format!("Step {i}"),
            cadence: if i == 3 {
                Cadence::TimesPerWeek(3)
            } else {
                Cadence::Daily
            },
            minutes: Some(1),
            position: i,
            archived: false,
            created_at: start,
        })
        .collect();
    let span = (now - start).num_milliseconds() - 60_000;
    let mut rng = 0x00ca_112e_u64;
    let mut next = |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    store
        .write(|tx| {
            for g in &goals {
                store::goals::insert(tx, g)?;
            }
            for s in &steps {
                store::steps::insert(tx, s)?;
            }
            for i in 0..WINS {
                let at = start + Duration::milliseconds(span * i as i64 / WINS as i64);
                let (goal_id, step_id) = match next(10) {
                    0..=3 => {
                        let s = &steps[next(6) as usize];
                        (s.goal_id.clone(), Some(s.id.clone()))
                    }
                    4..=5 => (Some(goals[next(3) as usize].id.clone()), None),
                    _ => (None, None),
                };
                store::wins::insert(
                    tx,
                    &Win {
                        id: WinId::from_trusted(store::new_id()),
                        text: format!("Win {i}"),
                        note: String::new(),
                        logged_at: at,
                        local_date: clock.local_date(at),
                        goal_id,
                        step_id,
                        source: WinSource::Window,
                    },
                )?;
            }
            let first = clock.local_date(start);
            for k in 0..200 {
                let rest = RestDay {
                    date: first + Duration::days(k * 18),
                    step_id: (k % 2 == 0).then(|| steps[(k % 6) as usize].id.clone()),
                    reason: RestReason::Rest,
                };
                store::rest_days::put(tx, &rest, now)?;
            }
            Ok(())
        })
        .expect("seed");
    steps.into_iter().map(|s| s.id).collect()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in(dir.path()).expect("store");
    let clock = FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap(),
        chrono::FixedOffset::east_opt(3600).unwrap(),
    );
    let steps = seed(&store, &clock);
    assert_eq!(
        store
            .read(|c| store::chronicle::total(c, &Scope::All))
            .unwrap(),
        WINS as u64
    );
    let all = ChronicleQuery {
        week_start: Weekday::Mon,
        scope: Scope::All,
    };
    let one_step = ChronicleQuery {
        week_start: Weekday::Sun,
        scope: Scope::Step(steps[0].clone()),
    };
    let mut group = c.benchmark_group("chronicle_100k");
    group.bench_function("year_payload_all", |b| {
        b.iter(|| black_box(chronicle::chronicle(&store, &clock, &all).unwrap()))
    });
    group.bench_function("year_payload_one_step", |b| {
        b.iter(|| black_box(chronicle::chronicle(&store, &clock, &one_step).unwrap()))
    });
    group.bench_function("timeline_page", |b| {
        b.iter(|| {
            black_box(chronicle::timeline(&store, &TimelineFilter::default(), None, 50).unwrap())
        })
    });
    group.bench_function("day", |b| {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        b.iter(|| black_box(chronicle::day(&store, day).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
