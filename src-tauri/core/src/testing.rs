//! The history the benchmarks measure (the `testing` feature): 100,000 wins
//! over ten years, three goals, six steps (five daily, one three times a
//! week), 40% of wins on a step, rest days now and then; written through the
//! store API. Shared by this crate's benches and the app's.

use chrono::{Duration, TimeZone, Utc};

use crate::clock::{Clock, FixedClock};
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::{Cadence, Goal, GoalId, GoalStatus, Step, StepId, Win, WinId, WinSource};
use crate::store::{self, Store};

/// Saturday 21 November 2026, 10:30 in UTC+1.
pub fn bench_clock() -> FixedClock {
    FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap(),
        chrono::FixedOffset::east_opt(3600).unwrap(),
    )
}

/// How many wins `seed_history` writes.
pub const WINS: usize = 100_000;
const YEARS: i64 = 10;

/// Fills `store`; returns the steps' ids.
pub fn seed_history(store: &Store, clock: &FixedClock) -> Vec<StepId> {
    seed_wins(store, clock, WINS)
}

/// [`seed_history`] with `wins` wins instead of [`WINS`].
pub fn seed_wins(store: &Store, clock: &FixedClock, wins: usize) -> Vec<StepId> {
    let now = clock.now();
    let start = now - Duration::days(365 * YEARS + YEARS / 4);
    let goals: Vec<Goal> = (0..3)
        .map(|i| Goal {
            id: GoalId::from_trusted(store::new_id()),
            title: format!("Goal {i}"),
            why: String::new(),
            success: String::new(),
            identity: String::new(),
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
            measure: None,
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
            for i in 0..wins {
                let at = start + Duration::milliseconds(span * i as i64 / wins as i64);
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
                        amount: None,
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
