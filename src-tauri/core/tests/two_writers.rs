//! Two processes' worth of writers on one database file: the window and
//! `cairn log --step`, say, each with its own connection.

use std::sync::{Arc, Barrier};

use cairn_core::clock::FixedClock;
use cairn_core::domain::WinSource;
use cairn_core::service::test_support::{new_goal, step_draft};
use cairn_core::service::{steps, today, wins};
use cairn_core::store::Store;

/// Issue 12: `tick_step` checked that a step was open in one read and
/// logged in another write, so two writers could both tick a once-step.
#[test]
fn a_once_step_ticked_by_two_writers_at_the_same_moment_is_logged_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let clock = FixedClock::at("2026-11-21T09:30:00+01:00");
    let first = Arc::new(Store::open_in(dir.path()).expect("the first connection"));
    let second = Arc::new(Store::open_in(dir.path()).expect("the second connection"));
    let goal = new_goal(&first, &clock, "Move house").expect("a goal");
    const STEPS: usize = 40;
    let ids: Vec<_> = (0..STEPS)
        .map(|i| {
            steps::add_step(
                &first,
                &clock,
                Some(&goal.id),
                &step_draft(&format!("Box {i}"), "once"),
            )
            .expect("a once-step")
            .id
        })
        .collect();

    let clock = Arc::new(clock);
    let start = Arc::new(Barrier::new(2));
    let writer = |store: Arc<Store>| {
        let (ids, clock, start) = (ids.clone(), clock.clone(), start.clone());
        std::thread::spawn(move || {
            ids.iter()
                .map(|id| {
                    start.wait();
                    wins::tick_step(&store, clock.as_ref(), id, WinSource::Cli).map(|_| ())
                })
                .collect::<Vec<_>>()
        })
    };
    let a = writer(first.clone());
    let b = writer(second);
    let (a, b) = (a.join().expect("writer a"), b.join().expect("writer b"));

    for (i, (a, b)) in a.iter().zip(&b).enumerate() {
        assert!(
            a.is_ok() != b.is_ok(),
            "step {i}: exactly one tick lands: {a:?} / {b:?}"
        );
        let refused = if a.is_err() { a } else { b };
        assert_eq!(refused.as_ref().map_err(|e| e.kind()), Err("conflict"));
    }
    let view = today::today(&first, clock.as_ref()).expect("today");
    assert_eq!(view.wins.len(), STEPS, "one win per once-step");
}
