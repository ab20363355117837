//! The merge's promise as a property (docs/sync.md): several computers make
//! random changes; their files reach each other late, partly, twice and in
//! any order; once everyone has every file and has synced, every computer
//! holds the same data, and every win logged and never deleted is there.
//!
//! Each computer sees its own copy of the sync folder (its "view"); a
//! delivery copies some files from one view into another, as a sync tool
//! would, in its own time.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use cairn_core::clock::{Clock, FixedClock};
use cairn_core::domain::rest::{RestDay, RestReason};
use cairn_core::domain::{WinId, WinSource};
use cairn_core::service::{self, sync};
use cairn_core::store::Store;
use chrono::Duration;
use proptest::prelude::*;
use tempfile::TempDir;

const DEVICES: usize = 3;
const TEXTS: &[&str] = &["walked", "read", "wrote", "cooked", "stretched", "called"];

#[derive(Debug, Clone)]
enum Op {
    LogWin(usize, usize),
    EditWin(usize, usize, usize),
    /// A win moved to a day `back` days before today (issue 24).
    MoveWin(usize, usize, i64),
    DeleteWin(usize, usize),
    UndoDelete(usize),
    AddGoal(usize, usize),
    EditGoal(usize, usize, usize),
    AddStep(usize, usize),
    TickStep(usize, usize),
    OneThing(usize, usize),
    RestDay(usize, u32, bool),
    QuietHours(usize, bool),
    Review(usize, usize, usize),
    Stack(usize, bool),
    Later(usize, i64),
    Sync(usize),
    /// Some of `from`'s view reaches `to`'s: every `every`-th file.
    Deliver(usize, usize, usize),
    Compact(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let d = 0..DEVICES;
    let t = 0..TEXTS.len();
    prop_oneof![
        4 => (d.clone(), t.clone()).prop_map(|(d, t)| Op::LogWin(d, t)),
        2 => (d.clone(), 0..8usize, t.clone()).prop_map(|(d, i, t)| Op::EditWin(d, i, t)),
        1 => (d.clone(), 0..8usize, 0..3i64).prop_map(|(d, i, b)| Op::MoveWin(d, i, b)),
        1 => (d.clone(), 0..8usize).prop_map(|(d, i)| Op::DeleteWin(d, i)),
        1 => d.clone().prop_map(Op::UndoDelete),
        1 => (d.clone(), t.clone()).prop_map(|(d, t)| Op::AddGoal(d, t)),
        1 => (d.clone(), 0..4usize, t.clone()).prop_map(|(d, i, t)| Op::EditGoal(d, i, t)),
        1 => (d.clone(), 0..4usize).prop_map(|(d, i)| Op::AddStep(d, i)),
        1 => (d.clone(), 0..4usize).prop_map(|(d, i)| Op::TickStep(d, i)),
        1 => (d.clone(), t.clone()).prop_map(|(d, t)| Op::OneThing(d, t)),
        1 => (d.clone(), 0..3u32, any::<bool>()).prop_map(|(d, day, on)| Op::RestDay(d, day, on)),
        1 => (d.clone(), any::<bool>()).prop_map(|(d, on)| Op::QuietHours(d, on)),
        1 => (d.clone(), t.clone(), 0..3usize).prop_map(|(d, t, n)| Op::Review(d, t, n)),
        1 => (d.clone(), any::<bool>()).prop_map(|(d, on)| Op::Stack(d, on)),
        2 => (d.clone(), 0..90i64).prop_map(|(d, m)| Op::Later(d, m)),
        4 => d.clone().prop_map(Op::Sync),
        4 => (d.clone(), d.clone(), 1..3usize).prop_map(|(f, t, e)| Op::Deliver(f, t, e)),
        1 => d.prop_map(Op::Compact),
    ]
}

struct Device {
    store: Store,
    clock: Arc<FixedClock>,
    view: TempDir,
    _data: TempDir,
    last_deleted: Option<WinId>,
}

impl Device {
    fn new(i: usize) -> Device {
        let data = tempfile::tempdir().unwrap();
        let view = tempfile::tempdir().unwrap();
        let store = Store::open_in(data.path()).unwrap();
        // Clocks a few minutes apart, one an hour ahead.
        let clock = Arc::new(FixedClock::at("2026-11-21T09:30:00+01:00"));
        clock.advance(Duration::minutes([0, 3, 61][i % 3]));
        store.set_clock(clock.clone());
        sync::configure(&store, &*clock, view.path(), &format!("Computer {i}")).unwrap();
        Device {
            store,
            clock,
            view,
            _data: data,
            last_deleted: None,
        }
    }

    fn wins(&self) -> Vec<WinId> {
        service::wins::list_wins(&self.store, None, 1000)
            .unwrap()
            .wins
            .into_iter()
            .map(|w| w.win.id)
            .collect()
    }
}

/// Copies every `every`-th file of `from`'s view into `to`'s (never into
/// `to`'s own folder: that one only `to` writes).
fn deliver(from: &Path, to: &Path, own: &str, every: usize) {
    let root = from.join(sync::ROOT);
    let Ok(devices) = std::fs::read_dir(&root) else {
        return;
    };
    let mut n = 0;
    for dev in devices.flatten() {
        let name = dev.file_name().to_string_lossy().into_owned();
        if name == own {
            continue;
        }
        let target = to.join(sync::ROOT).join(&name);
        std::fs::create_dir_all(&target).unwrap();
        let mut files: Vec<_> = std::fs::read_dir(dev.path()).unwrap().flatten().collect();
        files.sort_by_key(|f| f.file_name());
        for f in files {
            let fname = f.file_name();
            if fname.to_string_lossy().starts_with(".tmp-") {
                continue;
            }
            n += 1;
            if n % every == 0 || fname == sync::DEVICE_FILE {
                std::fs::copy(f.path(), target.join(&fname)).unwrap();
            }
        }
    }
}

fn device_id(d: &Device) -> String {
    sync::status(&d.store).unwrap().this_device.unwrap().id
}

fn run(d: &mut [Device], op: &Op, logged: &mut Vec<WinId>, deleted: &mut BTreeSet<WinId>) {
    // Errors (a win already deleted, a step not open today) are part of
    // random play; only panics and the final state matter.
    match *op {
        Op::LogWin(i, t) => {
            let draft = service::wins::WinDraft {
                text: TEXTS[t].into(),
                note: String::new(),
                goal: None,
                step: None,
                source: WinSource::Cli,
                amount: None,
            };
            if let Ok(l) = service::wins::log_win(&d[i].store, &*d[i].clock, &draft) {
                logged.push(l.record.win.id);
            }
        }
        Op::EditWin(i, w, t) => {
            let wins = d[i].wins();
            if let Some(id) = wins.get(w % wins.len().max(1)) {
                let _ = service::wins::edit_win(
                    &d[i].store,
                    &*d[i].clock,
                    id,
                    TEXTS[t],
                    TEXTS[(t + 1) % TEXTS.len()],
                    None,
                );
            }
        }
        Op::MoveWin(i, w, back) => {
            let wins = d[i].wins();
            if let Some(id) = wins.get(w % wins.len().max(1)) {
                let record = d[i].store.read(|c| cairn_core::store::wins::get(c, id));
                if let Ok(Some(r)) = record {
                    let day = d[i].clock.today() - Duration::days(back);
                    let _ = service::wins::edit_win(
                        &d[i].store,
                        &*d[i].clock,
                        id,
                        &r.win.text,
                        &r.win.note,
                        Some(day),
                    );
                }
            }
        }
        Op::DeleteWin(i, w) => {
            let wins = d[i].wins();
            if let Some(id) = wins.get(w % wins.len().max(1)) {
                if service::wins::delete_win(&d[i].store, &*d[i].clock, id).is_ok() {
                    deleted.insert(id.clone());
                    d[i].last_deleted = Some(id.clone());
                }
            }
        }
        Op::UndoDelete(i) => {
            if let Some(id) = d[i].last_deleted.take() {
                let _ = service::wins::undo_delete_win(&d[i].store, &*d[i].clock, &id);
            }
        }
        Op::AddGoal(i, t) => {
            let _ = service::test_support::new_goal(&d[i].store, &*d[i].clock, TEXTS[t]);
        }
        Op::EditGoal(i, g, t) => {
            let goals = service::goals::list_goals(&d[i].store).unwrap();
            if let Some(goal) = goals.get(g % goals.len().max(1)) {
                let draft = service::goals::GoalDraft {
                    title: format!("{} more", TEXTS[t]),
                    ..Default::default()
                };
                let _ =
                    service::goals::update_goal(&d[i].store, &*d[i].clock, &goal.goal.id, &draft);
            }
        }
        Op::AddStep(i, g) => {
            let goals = service::goals::list_goals(&d[i].store).unwrap();
            if let Some(goal) = goals.get(g % goals.len().max(1)) {
                let draft = service::test_support::step_draft("one small step", "daily");
                let _ = service::steps::add_step(
                    &d[i].store,
                    &*d[i].clock,
                    Some(&goal.goal.id),
                    &draft,
                );
            }
        }
        Op::TickStep(i, s) => {
            let steps = d[i].store.read(cairn_core::store::steps::list).unwrap();
            if let Some(step) = steps.get(s % steps.len().max(1)) {
                if let Ok(l) =
                    service::wins::tick_step(&d[i].store, &*d[i].clock, &step.id, WinSource::Cli)
                {
                    logged.push(l.record.win.id);
                }
            }
        }
        Op::OneThing(i, t) => {
            let choice = service::focus::Choice::Text(TEXTS[t].into());
            let _ = service::focus::set_one_thing(&d[i].store, &*d[i].clock, &choice);
        }
        Op::RestDay(i, day, on) => {
            let date = d[i].clock.today() - Duration::days(i64::from(day));
            if on {
                let rest = RestDay {
                    date,
                    step_id: None,
                    reason: RestReason::Rest,
                };
                let _ = service::chronicle::set_rest_day(&d[i].store, &*d[i].clock, &rest);
            } else {
                let _ = service::chronicle::clear_rest_day(&d[i].store, date, None);
            }
        }
        Op::QuietHours(i, on) => {
            let hours = if on { Some(("22:00", "07:00")) } else { None };
            let _ = service::settings::set_quiet_hours(&d[i].store, hours);
        }
        Op::Review(i, t, n) => {
            let input = service::reflections::ReflectionInput {
                week_start: "2026-11-09".parse().unwrap(),
                went_well: TEXTS[t].into(),
                learned: String::new(),
                adjust: String::new(),
                focus: TEXTS[..n]
                    .iter()
                    .map(|f| service::reflections::FocusInput {
                        id: None,
                        text: (*f).into(),
                    })
                    .collect(),
            };
            let _ = service::reflections::save(&d[i].store, &*d[i].clock, &input);
        }
        Op::Stack(i, add) => {
            let stacks = d[i].store.read(cairn_core::store::stacks::list).unwrap();
            match stacks.first() {
                Some(s) if !add => {
                    let _ = service::stacks::delete_stack(&d[i].store, &s.id);
                }
                _ => {
                    let draft = service::stacks::StackDraft {
                        anchor: "pour my coffee".into(),
                        action: "stretch".into(),
                        step: service::stacks::StepChoice::None,
                        times: vec!["07:30".into()],
                        weekdays: vec![0, 1, 2],
                        enabled: true,
                    };
                    let _ = service::stacks::save_stack(
                        &d[i].store,
                        &*d[i].clock,
                        stacks.first().map(|s| &s.id),
                        &draft,
                    );
                }
            }
        }
        Op::Later(i, m) => d[i].clock.advance(Duration::minutes(m)),
        Op::Sync(i) => {
            sync::sync_now(&d[i].store, &*d[i].clock).unwrap();
        }
        Op::Deliver(from, to, every) => {
            if from != to {
                let own = device_id(&d[to]);
                deliver(d[from].view.path(), d[to].view.path(), &own, every);
            }
        }
        Op::Compact(i) => {
            sync::compact(&d[i].store, &*d[i].clock).unwrap();
        }
    }
}

proptest! {
    // A few cases keep `cargo test` quick; SYNC_CASES=500 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("SYNC_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(12),
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_computer_converges_and_no_win_is_lost(ops in prop::collection::vec(op(), 1..40)) {
        let mut d: Vec<Device> = (0..DEVICES).map(Device::new).collect();
        let mut logged = Vec::new();
        let mut deleted = BTreeSet::new();
        for op in &ops {
            run(&mut d, op, &mut logged, &mut deleted);
        }
        // Quiescence: everyone syncs, every file reaches everyone, twice.
        for _ in 0..2 {
            for dev in &d {
                sync::sync_now(&dev.store, &*dev.clock).unwrap();
            }
            for from in 0..DEVICES {
                for to in 0..DEVICES {
                    if from != to {
                        let own = device_id(&d[to]);
                        deliver(d[from].view.path(), d[to].view.path(), &own, 1);
                    }
                }
            }
            for dev in &d {
                sync::sync_now(&dev.store, &*dev.clock).unwrap();
            }
        }
        let first = d[0].store.read(cairn_core::store::sync::canonical_dump).unwrap();
        for other in &d[1..] {
            let dump = other.store.read(cairn_core::store::sync::canonical_dump).unwrap();
            prop_assert_eq!(&dump, &first);
        }
        for dev in &d {
            let live: BTreeSet<WinId> = dev.wins().into_iter().collect();
            for id in &logged {
                if !deleted.contains(id) {
                    prop_assert!(live.contains(id), "win {:?} is missing", id);
                }
            }
            prop_assert_eq!(dev.store.read(cairn_core::store::sync::unplaced_count).unwrap(), 0);
            // The chronicle's tally matches the live wins.
            let (tally, wins): (i64, i64) = dev.store.read(|c| Ok(c.query_row(
                "SELECT (SELECT COALESCE(SUM(wins), 0) FROM win_day_totals),
                        (SELECT COUNT(*) FROM wins WHERE deleted_at IS NULL)",
                [], |r| Ok((r.get(0)?, r.get(1)?)))?)).unwrap();
            prop_assert_eq!(tally, wins);
        }
    }
}
