//! Adding rows that come from elsewhere, merged by their stable ids: a
//! plan of validated rows (an import's file, or what a restore carries
//! over), what of it is new with every reference checked, and adding that
//! inside the caller's one transaction. Twice adds nothing.

use std::collections::{HashMap, HashSet};

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
use crate::store;

/// What kind of file is being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Cairn,
    LoopBackup,
    LoopCsv,
    Habo,
    Beaver,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Cairn => "cairn",
            SourceKind::LoopBackup => "loopBackup",
            SourceKind::LoopCsv => "loopCsv",
            SourceKind::Habo => "habo",
            SourceKind::Beaver => "beaver",
        }
    }

    /// How a person names it: "a Cairn export" (`import-source`).
    pub fn label(self) -> String {
        crate::tr!("import-source", kind = self.as_str())
    }
}

/// Something another habit app keeps that has no place in Cairn. The
/// preview names each kind the file holds, kindly, so nothing is left
/// behind without a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOutKind {
    /// Habits deleted in the other app (still in its backup).
    DeletedHabits,
    /// Notes written on days without a check (Cairn keeps notes with wins).
    NotesWithoutWin,
    /// Habo's marks for a day not done: Cairn needs no mark for that.
    NotDoneMarks,
    /// Habo's habit contracts: a sanction and an accountant.
    HaboContracts,
    /// Habo's categories.
    HaboCategories,
    /// Beaver Habit Tracker's tags.
    BeaverTags,
    /// Beaver Habit Tracker's starred habits.
    BeaverStars,
}

impl LeftOutKind {
    /// Every kind, in the order the preview names them.
    pub const ALL: [LeftOutKind; 7] = [
        LeftOutKind::DeletedHabits,
        LeftOutKind::NotesWithoutWin,
        LeftOutKind::NotDoneMarks,
        LeftOutKind::HaboContracts,
        LeftOutKind::HaboCategories,
        LeftOutKind::BeaverTags,
        LeftOutKind::BeaverStars,
    ];

    /// The kind's key in `import-left-out`.
    pub fn as_str(self) -> &'static str {
        match self {
            LeftOutKind::DeletedHabits => "deleted-habits",
            LeftOutKind::NotesWithoutWin => "notes-without-win",
            LeftOutKind::NotDoneMarks => "not-done-marks",
            LeftOutKind::HaboContracts => "habo-contracts",
            LeftOutKind::HaboCategories => "habo-categories",
            LeftOutKind::BeaverTags => "beaver-tags",
            LeftOutKind::BeaverStars => "beaver-stars",
        }
    }

    fn index(self) -> usize {
        LeftOutKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or_default()
    }
}

/// How many of each [`LeftOutKind`] a file holds: counts only, never text
/// from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LeftOut {
    counts: [usize; LeftOutKind::ALL.len()],
}

impl LeftOut {
    /// Notes `n` more of `kind`.
    pub fn add(&mut self, kind: LeftOutKind, n: usize) {
        self.counts[kind.index()] += n;
    }

    pub fn count(&self, kind: LeftOutKind) -> usize {
        self.counts[kind.index()]
    }

    pub fn is_empty(&self) -> bool {
        self.counts.iter().all(|n| *n == 0)
    }

    /// The kinds the file holds, with how many, in [`LeftOutKind::ALL`]'s order.
    pub fn iter(&self) -> impl Iterator<Item = (LeftOutKind, usize)> + '_ {
        LeftOutKind::ALL
            .into_iter()
            .map(|k| (k, self.count(k)))
            .filter(|(_, n)| *n > 0)
    }

    /// One kind sentence each (`import-left-out`), in the current language.
    pub fn sentences(&self) -> Vec<String> {
        self.iter()
            .map(|(kind, n)| crate::tr!("import-left-out", what = kind.as_str(), count = n))
            .collect()
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
    /// What the file holds that has no place in Cairn.
    pub left_out: LeftOut,
}

impl Plan {
    pub(crate) fn empty(source: SourceKind) -> Self {
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
            left_out: LeftOut::default(),
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
    /// What the file holds that has no place in Cairn, to say so.
    pub left_out: LeftOut,
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

/// The rows of `plan` not yet in the database, with every reference
/// checked (to the plan or to what is already there). The new wins are
/// borrowed from `plan`, not copied (an export may hold millions); the
/// returned plan's own `wins` stays empty.
fn new_rows<'p>(conn: &store::Conn, plan: &'p Plan) -> Result<(Plan, Vec<&'p Win>, usize)> {
    let mut out = Plan::empty(plan.source);
    out.left_out = plan.left_out;
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
        left_out: plan.left_out,
    }
}

/// What adding `plan` would add; nothing is written.
pub(crate) fn preview_in(conn: &store::Conn, plan: &Plan) -> Result<Preview> {
    new_rows(conn, plan).map(|(new, wins, already)| counts(&new, wins.len(), already))
}

/// Adds what of `plan` is new in `tx`: new goals after the existing
/// ones, new steps after their goal's steps. Returns what it added.
pub(crate) fn add_new_in(tx: &store::Conn, clock: &dyn Clock, plan: &Plan) -> Result<Preview> {
    let now = clock.now();
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
}

/// Everything the database holds, as a plan (a restore carries over what
/// was written since the database started afresh this way). A one thing's
/// link to a win deleted within its undo window is left out, as an export
/// leaves it out.
pub(crate) fn everything_in(conn: &store::Conn) -> Result<Plan> {
    let mut wins = Vec::new();
    store::wins::each_live(conn, |r| {
        wins.push(r.win);
        Ok::<(), Error>(())
    })??;
    let mut one_things = Vec::new();
    for (id, mut o) in store::one_things::all_with_ids(conn)? {
        if let Some(w) = &o.win_id {
            if store::wins::get(conn, w)?.is_none() {
                o.win_id = None;
            }
        }
        one_things.push((id, o));
    }
    Ok(Plan {
        source: SourceKind::Cairn,
        goals: store::goals::list(conn)?,
        steps: store::steps::list(conn)?,
        wins,
        rest_days: store::rest_days::all(conn)?,
        stacks: store::stacks::list(conn)?,
        reflections: store::reflections::all(conn)?.into_iter().rev().collect(),
        one_things,
        step_versions: store::step_versions::all_with_ids(conn)?,
        rewards: store::rewards::list(conn)?
            .into_iter()
            .map(|r| r.reward)
            .collect(),
        left_out: LeftOut::default(),
    })
}
