//! The chronicle's whole payload for a year at 100,000 wins over ten years
//! (DESIGN.md target: ≤ 10 ms). Seeds a temporary database through the
//! store API (three goals, six daily steps, 40% of wins on a step, rest days
//! now and then), then times `service::chronicle::chronicle` for everything
//! and for one step's grid, plus one timeline page.
//!
//!     cargo bench -p cairn --bench chronicle

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};

use cairn_core::service::chronicle::{self, ChronicleQuery};
use cairn_core::store::chronicle::{Scope, TimelineFilter};
use cairn_core::store::{self, Store};

use cairn_core::testing::{bench_clock, seed_history, WINS};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in(dir.path()).expect("store");
    let clock = bench_clock();
    let steps = seed_history(&store, &clock);
    assert_eq!(
        store
            .read(|c| store::chronicle::total(c, &Scope::All))
            .unwrap(),
        WINS as u64
    );
    let all = ChronicleQuery { scope: Scope::All };
    let one_step = ChronicleQuery {
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
