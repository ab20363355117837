//! Import: a Cairn JSON export, a Loop Habit Tracker backup (`.db`), or
//! Loop's CSV export (a folder or a zip of it), recognised by content.
//!
//! Every importer reads its file into a [`Plan`] of validated domain rows
//! without touching the database. [`preview`] says what of it is new;
//! [`apply`] adds exactly that in one transaction. Rows carry stable ids
//! (an export's own, or ids derived from the Loop file), so importing the
//! same file twice adds nothing the second time.

pub mod cairn;
pub mod loop_csv;
pub mod loop_db;

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::domain::adjust::StepVersion;
use crate::domain::focus::OneThing;
use crate::domain::ids::{OneThingId, StepVersionId};
use crate::domain::reflection::Reflection;
use crate::domain::rest::RestDay;
use crate::domain::rewards::Reward;
use crate::domain::stacks::Stack;
use crate::domain::{Goal, GoalId, Step, StepId, Win, WinId};
use crate::error::{Error, Result};
use crate::store::{self, Store};

/// Largest Loop file an import reads, and the most a zip may unpack to.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// Largest Cairn export an import reads (parsed as it is read): about six
/// million wins.
pub const MAX_EXPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// What kind of file is being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Cairn,
    LoopBackup,
    LoopCsv,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Cairn => "cairn",
            SourceKind::LoopBackup => "loopBackup",
            SourceKind::LoopCsv => "loopCsv",
        }
    }

    /// How a person names it: "a Cairn export" (`import-source`).
    pub fn label(self) -> String {
        crate::tr!("import-source", kind = self.as_str())
    }
}

/// Everything a file holds, validated, with stable ids; nothing written.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub source: SourceKind,
    pub goals: Vec<Goal>,
    pub steps: Vec<Step>,
    pub wins: Vec<Win>,
    pub rest_days: Vec<RestDay>,
    pub stacks: Vec<Stack>,
    // Export version 2 (Loop files have none).
    pub reflections: Vec<Reflection>,
    pub one_things: Vec<(OneThingId, OneThing)>,
    pub step_versions: Vec<(StepVersionId, StepVersion)>,
    pub rewards: Vec<Reward>,
}

impl Plan {
    fn empty(source: SourceKind) -> Self {
        Plan {
            source,
            goals: Vec::new(),
            steps: Vec::new(),
            wins: Vec::new(),
            rest_days: Vec::new(),
            stacks: Vec::new(),
            reflections: Vec::new(),
            one_things: Vec::new(),
            step_versions: Vec::new(),
            rewards: Vec::new(),
        }
    }
}

/// What an import adds (before: would add; after: added).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preview {
    pub source: SourceKind,
    pub goals: usize,
    pub steps: usize,
    pub wins: usize,
    pub rest_days: usize,
    pub stacks: usize,
    pub reflections: usize,
    pub one_things: usize,
    pub step_versions: usize,
    pub rewards: usize,
    /// Rows of the file that are already in Cairn and are left as they are.
    pub already_there: usize,
}

impl Preview {
    /// Nothing to add, from a file of `source`.
    pub fn nothing(source: SourceKind) -> Self {
        counts(&Plan::empty(source), 0, 0)
    }

    /// Whether the import would add nothing.
    pub fn is_empty(&self) -> bool {
        self.goals
            + self.steps
            + self.wins
            + self.rest_days
            + self.stacks
            + self.reflections
            + self.one_things
            + self.step_versions
            + self.rewards
            == 0
    }
}

/// A stable id (UUID text) derived from `parts`: the same Loop file gives
/// the same ids on every import.
pub fn derived_id(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    for p in parts {
        hash.update((p.len() as u64).to_le_bytes());
        hash.update(p.as_bytes());
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    // A version-8 ("custom") UUID, RFC 9562.
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(bytes).to_string()
}

/// `why` names the reason, one sentence each in `import-error-unreadable`:
/// "not-json", "not-cairn", "no-version", "wrong-field", "unreadable",
/// "too-large", "export-too-large", "unknown-kind", "csv-…", "zip-…".
pub(crate) fn unreadable(why: &str, detail: impl std::fmt::Display) -> Error {
    tracing::warn!(%detail, why, "import refused");
    Error::Validation(crate::tr!("import-error-unreadable", why = why))
}

/// Opens a file to import, or says it cannot.
pub(crate) fn open_for_import(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| {
        tracing::warn!(error = %e, path = %path.display(), "cannot open import");
        Error::NotFound(crate::tr!(
            "import-error-cannot-open",
            path = crate::files::shown(path)
        ))
    })
}

/// Reads at most [`MAX_BYTES`] of a file.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let file = open_for_import(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable("unreadable", e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(unreadable("too-large", path.display()));
    }
    Ok(bytes)
}

/// Reads any importable file (or Loop's CSV folder) into a plan, telling
/// the kind by its content, not its name.
pub fn read_path(path: &Path, clock: &dyn Clock) -> Result<Plan> {
    if path.is_dir() {
        return loop_csv::read_folder(path, clock.now());
    }
    let head = {
        let mut head = [0u8; 16];
        let n = open_for_import(path)?
            .read(&mut head)
            .map_err(|e| unreadable("unreadable", e))?;
        head[..n].to_vec()
    };
    if head.starts_with(b"SQLite format 3\0") {
        loop_db::read(path, clock.now())
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        loop_csv::read_zip(path, clock.now())
    } else {
        let start = head
            .iter()
            .position(|b| !b" \t\r\n\xef\xbb\xbf".contains(b))
            .map(|i| head[i]);
        if start == Some(b'{') {
            cairn::read_file(path, clock)
        } else {
            Err(unreadable("unknown-kind", path.display()))
        }
    }
}

/// The rows of `plan` not yet in the database, with every reference
/// checked (to the plan or to what is already there). The new wins are
/// borrowed from `plan`, not copied (an export may hold millions); the
/// returned plan's own `wins` stays empty.
fn new_rows<'p>(conn: &store::Conn, plan: &'p Plan) -> Result<(Plan, Vec<&'p Win>, usize)> {
    let mut out = Plan::empty(plan.source);
    let mut already = 0;
    let mut new_wins = Vec::new();
    let goal_ids: HashSet<&GoalId> = plan.goals.iter().map(|g| &g.id).collect();
    let step_ids: HashSet<&StepId> = plan.steps.iter().map(|s| &s.id).collect();
    let goal_known = |id: &GoalId| -> Result<bool> {
        Ok(goal_ids.contains(id) || store::goals::get(conn, id)?.is_some())
    };
    let step_known = |id: &StepId| -> Result<bool> {
        Ok(step_ids.contains(id) || store::steps::get(conn, id)?.is_some())
    };
    let missing = |what: &str| Error::Validation(crate::tr!("import-error-missing", what = what));
    for g in &plan.goals {
        if store::goals::get(conn, &g.id)?.is_some() {
            already += 1;
        } else {
            out.goals.push(g.clone());
        }
    }
    for s in &plan.steps {
        if let Some(goal) = &s.goal_id {
            if !goal_known(goal)? {
                return Err(missing("goal"));
            }
        }
        if store::steps::get(conn, &s.id)?.is_some() {
            already += 1;
        } else {
            out.steps.push(s.clone());
        }
    }
    for w in &plan.wins {
        if let Some(goal) = &w.goal_id {
            if !goal_known(goal)? {
                return Err(missing("goal"));
            }
        }
        if let Some(step) = &w.step_id {
            if !step_known(step)? {
                return Err(missing("step"));
            }
        }
        if store::wins::deleted_at(conn, &w.id)?.is_some() {
            already += 1;
        } else {
            new_wins.push(w);
        }
    }
    let mut rest_seen = HashSet::new();
    for r in &plan.rest_days {
        if let Some(step) = &r.step_id {
            if !step_known(step)? {
                return Err(missing("step"));
            }
        }
        if !rest_seen.insert((r.date, r.step_id.clone())) {
            continue;
        }
        let exists = store::rest_days::between(conn, r.date, r.date)?
            .iter()
            .any(|x| x.step_id == r.step_id);
        if exists {
            already += 1;
        } else {
            out.rest_days.push(r.clone());
        }
    }
    for st in &plan.stacks {
        for step in st.step_id.iter().chain(st.anchor_step_id.iter()) {
            if !step_known(step)? {
                return Err(missing("step"));
            }
        }
        if store::stacks::get(conn, &st.id)?.is_some() {
            already += 1;
        } else {
            out.stacks.push(st.clone());
        }
    }
    already += new_v2_rows(conn, plan, &mut out, &step_known, &goal_known)?;
    Ok((out, new_wins, already))
}

/// The new rows of version 2's arrays (see [`new_rows`]): merged by id; a
/// review of a week that has one, a one thing of a day that has one, or a
/// version of a step and day that has one is already there. A row seen
/// twice in the file counts once. Returns how many are already there.
fn new_v2_rows(
    conn: &store::Conn,
    plan: &Plan,
    out: &mut Plan,
    step_known: &dyn Fn(&StepId) -> Result<bool>,
    goal_known: &dyn Fn(&GoalId) -> Result<bool>,
) -> Result<usize> {
    let mut already = 0;
    let refers = |what: &str, i: usize, to: &str| {
        Error::Validation(crate::tr!(
            "import-error-refers",
            what = format!("{what}-{to}"),
            number = i + 1
        ))
    };
    let win_ids: HashSet<&WinId> = plan.wins.iter().map(|w| &w.id).collect();
    let win_known = |id: &WinId| -> Result<bool> {
        Ok(win_ids.contains(id) || store::wins::deleted_at(conn, id)?.is_some())
    };
    let mut weeks = HashSet::new();
    let mut reflection_ids = HashSet::new();
    let mut focus_ids = HashSet::new();
    for (i, r) in plan.reflections.iter().enumerate() {
        for f in &r.focus {
            if let Some(step) = &f.step_id {
                if !step_known(step)? {
                    return Err(refers("weekly-review", i, "step"));
                }
            }
        }
        if !weeks.insert(r.week) | !reflection_ids.insert(&r.id) {
            continue;
        }
        if store::reflections::exists(conn, &r.id, r.week.start)? {
            already += 1;
            continue;
        }
        for f in &r.focus {
            let taken = !focus_ids.insert(&f.id)
                || store::reflections::week_of_focus_action(conn, &f.id)?.is_some();
            if taken {
                return Err(Error::Validation(crate::tr!(
                    "import-error-focus-held",
                    number = i + 1
                )));
            }
        }
        out.reflections.push(r.clone());
    }
    let mut days = HashSet::new();
    let mut one_ids = HashSet::new();
    for (i, (id, o)) in plan.one_things.iter().enumerate() {
        if let Some(step) = &o.step_id {
            if !step_known(step)? {
                return Err(refers("one-thing", i, "step"));
            }
        }
        if let Some(win) = &o.win_id {
            if !win_known(win)? {
                return Err(refers("one-thing", i, "win"));
            }
        }
        if !days.insert(o.date) | !one_ids.insert(id) {
            continue;
        }
        let there = store::one_things::exists(conn, id)?
            || store::one_things::on_day(conn, o.date)?.is_some();
        if there {
            already += 1;
        } else {
            out.one_things.push((id.clone(), o.clone()));
        }
    }
    let mut version_ids = HashSet::new();
    let mut step_days = HashSet::new();
    for (i, (id, v)) in plan.step_versions.iter().enumerate() {
        if !step_known(&v.step_id)? {
            return Err(refers("step-version", i, "step"));
        }
        if !version_ids.insert(id) | !step_days.insert((&v.step_id, v.effective)) {
            continue;
        }
        if store::step_versions::exists(conn, id, v)? {
            already += 1;
        } else {
            out.step_versions.push((id.clone(), v.clone()));
        }
    }
    let mut reward_ids = HashSet::new();
    for (i, r) in plan.rewards.iter().enumerate() {
        if let Some(goal) = r.moment.goal() {
            if !goal_known(goal)? {
                return Err(refers("reward", i, "goal"));
            }
        }
        if !reward_ids.insert(&r.id) {
            continue;
        }
        if store::rewards::get(conn, &r.id)?.is_some() {
            already += 1;
        } else {
            out.rewards.push(r.clone());
        }
    }
    Ok(already)
}

fn counts(plan: &Plan, wins: usize, already_there: usize) -> Preview {
    Preview {
        source: plan.source,
        goals: plan.goals.len(),
        steps: plan.steps.len(),
        wins,
        rest_days: plan.rest_days.len(),
        stacks: plan.stacks.len(),
        reflections: plan.reflections.len(),
        one_things: plan.one_things.len(),
        step_versions: plan.step_versions.len(),
        rewards: plan.rewards.len(),
        already_there,
    }
}

/// What importing `plan` would add; nothing is written.
pub fn preview(store: &Store, plan: &Plan) -> Result<Preview> {
    store.read(|conn| {
        new_rows(conn, plan).map(|(new, wins, already)| counts(&new, wins.len(), already))
    })
}

/// Adds what of `plan` is new, in one transaction: new goals after the
/// existing ones, new steps after their goal's steps.
pub fn apply(store: &Store, clock: &dyn Clock, plan: &Plan) -> Result<Preview> {
    let now = clock.now();
    store.write_bulk(|tx| {
        let (new, new_wins, already) = new_rows(tx, plan)?;
        let first_goal = store::goals::count(tx)? as i64;
        for (i, g) in new.goals.iter().enumerate() {
            store::goals::insert(
                tx,
                &Goal {
                    position: first_goal + i as i64,
                    ..g.clone()
                },
            )?;
        }
        let mut next_position: HashMap<Option<GoalId>, i64> = HashMap::new();
        for s in &new.steps {
            let position = match next_position.get_mut(&s.goal_id) {
                Some(p) => p,
                None => {
                    let n = store::steps::list_for_goal(tx, s.goal_id.as_ref())?.len() as i64;
                    next_position.entry(s.goal_id.clone()).or_insert(n)
                }
            };
            store::steps::insert(
                tx,
                &Step {
                    position: *position,
                    ..s.clone()
                },
            )?;
            *position += 1;
        }
        for w in &new_wins {
            store::wins::insert(tx, w)?;
        }
        for r in &new.rest_days {
            store::rest_days::put(tx, r, now)?;
        }
        for st in &new.stacks {
            store::stacks::insert(tx, st, now)?;
        }
        for r in &new.reflections {
            store::reflections::put(tx, r, now)?;
        }
        for (id, o) in &new.one_things {
            store::one_things::insert(tx, id, o, now)?;
        }
        for (id, v) in &new.step_versions {
            store::step_versions::insert(tx, id, v, now)?;
        }
        for r in &new.rewards {
            store::rewards::insert(tx, r)?;
        }
        Ok(counts(&new, new_wins.len(), already))
    })
}

/// Reads `path` and imports it, or with `dry_run` only says what it would
/// add. The window, the command line and the tests all come here.
pub fn import_path(
    store: &Store,
    clock: &dyn Clock,
    path: &Path,
    dry_run: bool,
) -> Result<Preview> {
    let plan = read_path(path, clock)?;
    if dry_run {
        preview(store, &plan)
    } else {
        apply(store, clock, &plan)
    }
}
