//! Times, in process, what each of the window's views asks the core for
//! on a data folder (bench/scale.sh's in-process rows):
//!
//!     cargo run --release -p cairn-core --example views -- <DATA_DIR> [RUNS]
//!
//! Prints one `name median_ms` line per view: Today's view, the Wins
//! page's first page, a timeline page (the Chronicle's list), the
//! Chronicle's year (heatmap, bars, momentum, milestones) and the week's
//! review. Each is the median of RUNS calls (default 21) after one
//! warm-up call, on the store the app opens; nothing is written.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use cairn_core::clock::SystemClock;
use cairn_core::service::chronicle::{self, ChronicleQuery};
use cairn_core::service::{reflections, today, wins};
use cairn_core::store::chronicle::{Scope, TimelineFilter};
use cairn_core::store::Store;

/// The Wins page's and the Chronicle list's page sizes (ui/views/).
const WINS_PAGE: usize = 50;
const TIMELINE_PAGE: usize = 50;

type Job<'a> = Box<dyn Fn() -> cairn_core::error::Result<()> + 'a>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, runs) = match args.as_slice() {
        [dir] => (PathBuf::from(dir), 21),
        [dir, n] => match n.parse::<usize>() {
            Ok(n) if n > 0 => (PathBuf::from(dir), n),
            _ => return usage(),
        },
        _ => return usage(),
    };
    match measure(&dir, runs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("views: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: cargo run --release -p cairn-core --example views -- <DATA_DIR> [RUNS]");
    ExitCode::from(2)
}

fn measure(dir: &std::path::Path, runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    let store = Store::open_in(dir)?;
    let clock = SystemClock;
    let jobs: Vec<(&str, Job)> = vec![
        ("today", Box::new(|| today::today(&store, &clock).map(drop))),
        (
            "wins_first_page",
            Box::new(|| wins::list_wins(&store, None, WINS_PAGE).map(drop)),
        ),
        (
            "timeline_page",
            Box::new(|| {
                chronicle::timeline(&store, &TimelineFilter::default(), None, TIMELINE_PAGE)
                    .map(drop)
            }),
        ),
        (
            "chronicle_year",
            Box::new(|| {
                let q = ChronicleQuery { scope: Scope::All };
                chronicle::chronicle(&store, &clock, &q).map(drop)
            }),
        ),
        (
            "week_review",
            Box::new(|| {
                let today = cairn_core::clock::Clock::today(&clock);
                reflections::week_review(&store, &clock, reflections::WeekPick::Holding(today))
                    .map(drop)
            }),
        ),
    ];
    for (name, job) in &jobs {
        job()?;
        let mut ms = Vec::with_capacity(runs);
        for _ in 0..runs {
            let started = Instant::now();
            job()?;
            ms.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        ms.sort_by(f64::total_cmp);
        println!("{name} {:.3}", ms[ms.len() / 2]);
    }
    Ok(())
}
