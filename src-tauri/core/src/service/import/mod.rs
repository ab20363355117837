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
use crate::domain::rest::RestDay;
use crate::domain::stacks::Stack;
use crate::domain::{Goal, GoalId, Step, StepId, Win};
use crate::error::{Error, Result};
use crate::store::{self, Store};

/// Largest file an import reads, and the most a zip may unpack to.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

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

    /// How a person names it.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Cairn => "a Cairn export",
            SourceKind::LoopBackup => "a Loop Habit Tracker backup",
            SourceKind::LoopCsv => "a Loop Habit Tracker CSV export",
        }
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
    /// Rows of the file that are already in Cairn and are left as they are.
    pub already_there: usize,
}

impl Preview {
    /// Whether the import would add nothing.
    pub fn is_empty(&self) -> bool {
        self.goals + self.steps + self.wins + self.rest_days + self.stacks == 0
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

pub(crate) fn unreadable(what: &str, detail: impl std::fmt::Display) -> Error {
    tracing::warn!(%detail, "import refused");
    Error::Validation(format!(
        "Cairn cannot import this file: {what}. Nothing was changed."
    ))
}

/// Reads at most [`MAX_BYTES`] of a file.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| {
        tracing::warn!(error = %e, path = %path.display(), "cannot open import");
        Error::NotFound(format!(
            "Cairn cannot open {}. Check the name and that you may read it.",
            path.display()
        ))
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable("it could not be read", e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(unreadable("it is larger than 256 MB", path.display()));
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
        let n = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .map_err(|e| {
                tracing::warn!(error = %e, path = %path.display(), "cannot open import");
                Error::NotFound(format!(
                    "Cairn cannot open {}. Check the name and that you may read it.",
                    path.display()
                ))
            })?;
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
            cairn::read(&read_capped(path)?, clock)
        } else {
            Err(unreadable(
                "it is not a Cairn export, a Loop Habit Tracker backup or Loop's CSV export",
                path.display(),
            ))
        }
    }
}

/// The rows of `plan` not yet in the database, with every reference
/// checked (to the plan or to what is already there).
fn new_rows(conn: &store::Conn, plan: &Plan) -> Result<(Plan, usize)> {
    let mut out = Plan::empty(plan.source);
    let mut already = 0;
    let goal_ids: HashSet<&GoalId> = plan.goals.iter().map(|g| &g.id).collect();
    let step_ids: HashSet<&StepId> = plan.steps.iter().map(|s| &s.id).collect();
    let goal_known = |id: &GoalId| -> Result<bool> {
        Ok(goal_ids.contains(id) || store::goals::get(conn, id)?.is_some())
    };
    let step_known = |id: &StepId| -> Result<bool> {
        Ok(step_ids.contains(id) || store::steps::get(conn, id)?.is_some())
    };
    let missing = |what: &str| {
        Error::Validation(format!(
            "Cairn cannot import this file: it refers to a {what} it does not contain. Nothing was changed."
        ))
    };
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
            out.wins.push(w.clone());
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
    Ok((out, already))
}

fn counts(plan: &Plan, already_there: usize) -> Preview {
    Preview {
        source: plan.source,
        goals: plan.goals.len(),
        steps: plan.steps.len(),
        wins: plan.wins.len(),
        rest_days: plan.rest_days.len(),
        stacks: plan.stacks.len(),
        already_there,
    }
}

/// What importing `plan` would add; nothing is written.
pub fn preview(store: &Store, plan: &Plan) -> Result<Preview> {
    store.read(|conn| new_rows(conn, plan).map(|(new, already)| counts(&new, already)))
}

/// Adds what of `plan` is new, in one transaction: new goals after the
/// existing ones, new steps after their goal's steps.
pub fn apply(store: &Store, clock: &dyn Clock, plan: &Plan) -> Result<Preview> {
    let now = clock.now();
    store.write(|tx| {
        let (new, already) = new_rows(tx, plan)?;
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
        for w in &new.wins {
            store::wins::insert(tx, w)?;
        }
        for r in &new.rest_days {
            store::rest_days::put(tx, r, now)?;
        }
        for st in &new.stacks {
            store::stacks::insert(tx, st, now)?;
        }
        Ok(counts(&new, already))
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
