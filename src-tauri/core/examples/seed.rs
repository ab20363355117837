//! Fills a data folder with a realistic Cairn database, for benchmarks and
//! for trying the app on a long history:
//!
//!     cargo run --release -p cairn-core --example seed -- <DATA_DIR> <N_WINS>
//!
//! Creates `<DATA_DIR>` with a few goals and steps and `N_WINS` wins spread
//! evenly over the last ten years (100,000 wins is about 27 a day). The data
//! is generated deterministically; only the ids are random. Uses the
//! library's public store API, so the rows are exactly what the app writes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use chrono::{Duration, Local, Utc};

use cairn_core::domain::{Cadence, Goal, GoalId, GoalStatus, Step, StepId, Win, WinId, WinSource};
use cairn_core::store::{self, Store};

/// Wins go into the database in transactions of this many rows.
const BATCH: usize = 20_000;
const YEARS: i64 = 10;

const GOALS: &[(&str, &str, &str, &str)] = &[
    (
        "Run a 10 km race",
        "To feel strong again",
        "Finish under an hour",
        "#5b8a72",
    ),
    (
        "Learn Spanish",
        "Talk with my neighbours",
        "Hold a 10-minute chat",
        "#4f7ca8",
    ),
    (
        "Keep the flat tidy",
        "A calm place to come home to",
        "Clear desk every evening",
        "#b0774b",
    ),
];

/// (goal index or none, title, minutes)
const STEPS: &[(Option<usize>, &str, Option<u16>)] = &[
    (Some(0), "Put on running shoes", Some(1)),
    (Some(0), "Run for 20 minutes", Some(20)),
    (Some(1), "One Duolingo lesson", Some(5)),
    (Some(1), "Read one page in Spanish", Some(10)),
    (Some(2), "Clear the desk", Some(2)),
    (None, "Drink a glass of water", Some(1)),
];

const TEXTS: &[&str] = &[
    "Went for a walk",
    "Answered the hard email",
    "Cooked dinner instead of ordering",
    "Called mum",
    "Finished the chapter",
    "Stretched for five minutes",
    "Fixed the leaking tap",
    "Went to bed on time",
    "Paid the bills",
    "Said no to something I did not want to do",
    "Watered the plants",
    "Tidied the inbox",
    "Practised the guitar",
    "Wrote three lines in the journal",
];

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

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

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

fn seed(dir: &std::path::Path, n: usize) -> Result<(), Box<dyn std::error::Error>> {
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
    let start = now - Duration::days(365 * YEARS + YEARS / 4);
    let span_ms = (now - start).num_milliseconds() - 60_000;

    let goals: Vec<Goal> = GOALS
        .iter()
        .enumerate()
        .map(|(i, (title, why, success, colour))| Goal {
            id: GoalId::from_trusted(store::new_id()),
            title: (*title).to_owned(),
            why: (*why).to_owned(),
            success: (*success).to_owned(),
            status: GoalStatus::Active,
            colour: (*colour).to_owned(),
            position: i as i64,
            created_at: start,
        })
        .collect();
    let steps: Vec<Step> = STEPS
        .iter()
        .enumerate()
        .map(|(i, (goal, title, minutes))| Step {
            id: StepId::from_trusted(store::new_id()),
            goal_id: goal.map(|g| goals[g].id.clone()),
            title: (*title).to_owned(),
            cadence: Cadence::Daily,
            minutes: *minutes,
            position: i as i64,
            archived: false,
            created_at: start,
        })
        .collect();

    st.write(|tx| {
        for g in &goals {
            store::goals::insert(tx, g)?;
        }
        for s in &steps {
            store::steps::insert(tx, s)?;
        }
        Ok(())
    })?;

    let mut rng = Rng(0x00ca_112e);
    let mut done = 0;
    while done < n {
        let end = (done + BATCH).min(n);
        st.write(|tx| {
            for i in done..end {
                // Evenly spread, oldest first, with a little jitter.
                let base = span_ms as i128 * i as i128 / n.max(1) as i128;
                let jitter = rng.below(60_000) as i128;
                let logged_at = start + Duration::milliseconds((base + jitter) as i64);
                let (goal_id, step_id) = match rng.below(10) {
                    0..=3 => {
                        let s = &steps[rng.below(steps.len() as u64) as usize];
                        (s.goal_id.clone(), Some(s.id.clone()))
                    }
                    4..=5 => (
                        Some(goals[rng.below(goals.len() as u64) as usize].id.clone()),
                        None,
                    ),
                    _ => (None, None),
                };
                let text = TEXTS[rng.below(TEXTS.len() as u64) as usize];
                let note = if rng.below(5) == 0 {
                    "Felt good afterwards."
                } else {
                    ""
                };
                let win = Win {
                    id: WinId::from_trusted(store::new_id()),
                    text: text.to_owned(),
                    note: note.to_owned(),
                    logged_at,
                    local_date: logged_at.with_timezone(&Local).date_naive(),
                    goal_id,
                    step_id,
                    source: WinSource::Window,
                };
                store::wins::insert(tx, &win)?;
            }
            Ok(())
        })?;
        done = end;
    }

    println!(
        "seeded {} with {} goals, {} steps, {n} wins in {:.1} s",
        st.path().display(),
        goals.len(),
        steps.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
