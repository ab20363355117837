//! Reading a Cairn JSON export (`service::export`'s format) into a plan:
//! every field is checked by the same rules as typing it in the window.

use std::io::BufReader;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use super::{unreadable, Plan, SourceKind, MAX_EXPORT_BYTES};
use crate::clock::Clock;
use crate::domain::adjust::{ChangeReason, StepVersion};
use crate::domain::focus::OneThing;
use crate::domain::goal::parse_colour;
use crate::domain::identity::parse_identity;
use crate::domain::ids::{FocusActionId, OneThingId, ReflectionId, StepVersionId};
use crate::domain::measure::{Bound, Measure, Per, Target, Unit};
use crate::domain::reflection::{
    check_focus_count, check_week, Answers, Became, FocusAction, Reflection, Week,
};
use crate::domain::rest::{RestDay, RestReason};
use crate::domain::rewards::{Moment, Reward, RewardId};
use crate::domain::stacks::{parse_action, parse_anchor, parse_times, Stack, StackId};
use crate::domain::step::parse_minutes;
use crate::domain::text::{Note, Title};
use crate::domain::{
    Cadence, Goal, GoalId, GoalStatus, RuleError, Step, StepId, WeekdaySet, Win, WinId, WinSource,
};
use crate::error::{Error, Result};
use crate::service::ops::export_json::{
    amount_from_json, CadenceJson, ExportFile, MeasureJson, FORMAT, VERSION,
};

fn instant(text: &str) -> std::result::Result<DateTime<Utc>, RuleError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| RuleError::new(crate::tr!("import-error-not-instant", value = text)))
}

fn day(text: &str) -> std::result::Result<NaiveDate, RuleError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| RuleError::new(crate::tr!("import-error-not-date", value = text)))
}

/// Where in the file a bad value sits, for the sentence.
/// `what`: goal, step, win, rest-day, habit-stack, weekly-review,
/// one-thing, step-version or reward; `e` is already a sentence.
fn at(what: &str, i: usize, e: RuleError) -> Error {
    Error::Validation(crate::tr!(
        "import-error-at",
        what = what,
        number = i + 1,
        problem = e.0
    ))
}

/// A measurable step's measure as the file holds it, checked like a form's.
fn measure(m: &MeasureJson) -> std::result::Result<Measure, RuleError> {
    let target = m
        .target
        .as_ref()
        .map(|t| {
            Target::new(
                amount_from_json(t.amount)?,
                Per::parse(&t.per)?,
                Bound::parse(&t.bound)?,
            )
        })
        .transpose()?;
    Ok(Measure {
        unit: Unit::parse(&m.unit)?,
        target,
        usual: m.usual.map(amount_from_json).transpose()?,
    })
}

/// A step's cadence, as the step form reads it.
fn cadence(c: &CadenceJson) -> std::result::Result<Cadence, RuleError> {
    match c.kind.as_str() {
        "weekly" => Cadence::times_per_week(c.times_per_week.unwrap_or(0)),
        "weekdays" => Ok(Cadence::Weekdays(WeekdaySet::from_days(&c.weekdays)?)),
        kind => Cadence::from_parts(kind, c.number.unwrap_or(0)),
    }
}

/// The two fields that say what a file is; everything else is skipped
/// unread (serde ignores unknown fields without keeping them).
#[derive(serde::Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

/// Parses and checks a Cairn export held in memory (any version up to
/// [`VERSION`]; the arrays an older version lacks read as empty).
pub fn read(bytes: &[u8], clock: &dyn Clock) -> Result<Plan> {
    match serde_json::from_slice::<ExportFile>(bytes) {
        Ok(file) => plan_of(file, clock),
        Err(e) => Err(why_not(serde_json::from_slice::<Head>(bytes), e)),
    }
}

/// Like [`read`], from a file of at most [`MAX_EXPORT_BYTES`], parsed as
/// it is read: a million wins' export (about 300 MB) is never held whole
/// in memory beside its rows.
pub fn read_file(path: &Path, clock: &dyn Clock) -> Result<Plan> {
    let open = || super::open_for_import(path).map(|f| BufReader::with_capacity(1 << 20, f));
    let size = super::open_for_import(path)?
        .metadata()
        .map(|m| m.len())
        .unwrap_or(0);
    if size > MAX_EXPORT_BYTES {
        return Err(unreadable("export-too-large", path.display()));
    }
    match serde_json::from_reader::<_, ExportFile>(open()?) {
        Ok(file) => plan_of(file, clock),
        Err(e) => Err(why_not(serde_json::from_reader::<_, Head>(open()?), e)),
    }
}

/// Why a file did not parse as an export, told by its head: not JSON, not
/// Cairn's, without a version, from a newer Cairn, or a field that does
/// not fit (`failed`).
fn why_not(head: serde_json::Result<Head>, failed: serde_json::Error) -> Error {
    let head = match head {
        Ok(head) => head,
        Err(e) => return unreadable("not-json", e),
    };
    if head.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return unreadable("not-cairn", "format");
    }
    match head.version.as_ref().and_then(|v| v.as_u64()) {
        None | Some(0) => unreadable("no-version", "version"),
        Some(v) if v > u64::from(VERSION) => newer(v),
        Some(_) => unreadable("wrong-field", failed),
    }
}

fn newer(version: u64) -> Error {
    Error::Conflict(crate::tr!(
        "import-error-newer",
        version = version.to_string()
    ))
}

/// Checks a parsed export's rows by the window's rules.
fn plan_of(mut file: ExportFile, clock: &dyn Clock) -> Result<Plan> {
    if file.format != FORMAT {
        return Err(unreadable("not-cairn", "format"));
    }
    if file.version == 0 {
        return Err(unreadable("no-version", "version"));
    }
    if file.version > VERSION {
        return Err(newer(u64::from(file.version)));
    }
    let mut plan = Plan::empty(SourceKind::Cairn);
    for (i, g) in file.goals.iter().enumerate() {
        let goal = (|| {
            Ok::<_, RuleError>(Goal {
                id: GoalId::parse(&g.id)?,
                title: Title::parse(&g.title, "core-field-goal-title")?.into_string(),
                why: Note::parse(&g.why, "core-field-goal-why")?.into_string(),
                success: Note::parse(&g.success, "core-field-goal-success")?.into_string(),
                identity: parse_identity(&g.identity)?,
                status: GoalStatus::parse(&g.status)?,
                colour: parse_colour(&g.colour)?,
                position: g.position,
                created_at: instant(&g.created_at)?,
            })
        })()
        .map_err(|e| at("goal", i, e))?;
        plan.goals.push(goal);
    }
    for (i, s) in file.steps.iter().enumerate() {
        let step = (|| {
            let cadence = cadence(&s.cadence)?;
            Ok::<_, RuleError>(Step {
                id: StepId::parse(&s.id)?,
                goal_id: s.goal_id.as_deref().map(GoalId::parse).transpose()?,
                title: Title::parse(&s.title, "core-field-step-title")?.into_string(),
                cadence,
                minutes: parse_minutes(s.minutes)?,
                position: s.position,
                archived: s.archived,
                created_at: instant(&s.created_at)?,
                measure: s.measure.as_ref().map(measure).transpose()?,
            })
        })()
        .map_err(|e| at("step", i, e))?;
        plan.steps.push(step);
    }
    // Each win's text is freed as its row is made: the file's form and the
    // plan's are never both whole in memory.
    plan.wins.reserve(file.wins.len());
    for (i, w) in std::mem::take(&mut file.wins).into_iter().enumerate() {
        let win = (|| {
            Ok::<_, RuleError>(Win {
                id: WinId::parse(&w.id)?,
                text: Title::parse(&w.text, "core-field-win")?.into_string(),
                note: Note::parse(&w.note, "core-field-note")?.into_string(),
                logged_at: instant(&w.logged_at)?,
                local_date: day(&w.local_date)?,
                goal_id: w.goal_id.as_deref().map(GoalId::parse).transpose()?,
                step_id: w.step_id.as_deref().map(StepId::parse).transpose()?,
                source: WinSource::parse(&w.source)?,
                amount: w.amount.map(amount_from_json).transpose()?,
            })
        })()
        .map_err(|e| at("win", i, e))?;
        plan.wins.push(win);
    }
    for (i, r) in file.rest_days.iter().enumerate() {
        let rest = (|| {
            Ok::<_, RuleError>(RestDay {
                date: day(&r.date)?,
                step_id: r.step_id.as_deref().map(StepId::parse).transpose()?,
                reason: RestReason::parse(&r.reason)?,
            })
        })()
        .map_err(|e| at("rest-day", i, e))?;
        plan.rest_days.push(rest);
    }
    for (i, s) in file.habit_stacks.iter().enumerate() {
        let stack = (|| {
            Ok::<_, RuleError>(Stack {
                id: StackId::parse(&s.id)?,
                anchor: parse_anchor(&s.anchor)?,
                action: parse_action(&s.action)?,
                step_id: s.step_id.as_deref().map(StepId::parse).transpose()?,
                anchor_step_id: s.anchor_step_id.as_deref().map(StepId::parse).transpose()?,
                times: parse_times(&s.times)?,
                weekdays: WeekdaySet::from_days(&s.weekdays)?,
                enabled: s.enabled,
            })
        })()
        .map_err(|e| at("habit-stack", i, e))?;
        plan.stacks.push(stack);
    }
    read_v2(&file, clock, &mut plan)?;
    Ok(plan)
}

/// Version 2's arrays: weekly reviews, one things, step versions, rewards.
fn read_v2(file: &ExportFile, clock: &dyn Clock, plan: &mut Plan) -> Result<()> {
    let today = clock.today();
    for (i, r) in file.reflections.iter().enumerate() {
        let reflection = (|| {
            let week = Week {
                start: day(&r.week_start)?,
            };
            check_week(week, today)?;
            let answers = Answers::parse(&r.went_well, &r.learned, &r.adjust)?;
            check_focus_count(r.focus_actions.len())?;
            let focus = r
                .focus_actions
                .iter()
                .map(|f| {
                    Ok(FocusAction {
                        id: FocusActionId::parse(&f.id)?,
                        text: Title::parse(&f.text, "core-field-focus-action")?.into_string(),
                        became: f.became.as_deref().map(Became::parse).transpose()?,
                        step_id: f.step_id.as_deref().map(StepId::parse).transpose()?,
                    })
                })
                .collect::<std::result::Result<Vec<_>, RuleError>>()?;
            Ok::<_, RuleError>(Reflection {
                id: ReflectionId::parse(&r.id)?,
                week,
                went_well: answers.went_well.into_string(),
                learned: answers.learned.into_string(),
                adjust: answers.adjust.into_string(),
                focus,
            })
        })()
        .map_err(|e| at("weekly-review", i, e))?;
        plan.reflections.push(reflection);
    }
    for (i, o) in file.one_things.iter().enumerate() {
        let one = (|| {
            Ok::<_, RuleError>((
                OneThingId::parse(&o.id)?,
                OneThing {
                    date: day(&o.date)?,
                    step_id: o.step_id.as_deref().map(StepId::parse).transpose()?,
                    text: Title::parse(&o.text, "core-field-one-thing")?.into_string(),
                    win_id: o.win_id.as_deref().map(WinId::parse).transpose()?,
                },
            ))
        })()
        .map_err(|e| at("one-thing", i, e))?;
        plan.one_things.push(one);
    }
    for (i, v) in file.step_versions.iter().enumerate() {
        let version = (|| {
            Ok::<_, RuleError>((
                StepVersionId::parse(&v.id)?,
                StepVersion {
                    step_id: StepId::parse(&v.step_id)?,
                    effective: day(&v.effective_date)?,
                    title: Title::parse(&v.title, "core-field-step-title")?.into_string(),
                    cadence: cadence(&v.cadence)?,
                    minutes: parse_minutes(v.minutes)?,
                    reason: ChangeReason::parse(&v.reason)?,
                    target: v.target.map(amount_from_json).transpose()?,
                },
            ))
        })()
        .map_err(|e| at("step-version", i, e))?;
        plan.step_versions.push(version);
    }
    for (i, r) in file.rewards.iter().enumerate() {
        let reward = (|| {
            let goal = r.goal_id.as_deref().map(GoalId::parse).transpose()?;
            let earned_at = r.earned_at.as_deref().map(instant).transpose()?;
            let enjoyed_at = r.enjoyed_at.as_deref().map(instant).transpose()?;
            if earned_at.is_none() && enjoyed_at.is_some() {
                return Err(RuleError(crate::tr!("import-error-enjoyed-not-earned")));
            }
            Ok::<_, RuleError>(Reward {
                id: RewardId::parse(&r.id)?,
                text: Title::parse(&r.text, "core-field-reward")?.into_string(),
                moment: Moment::new(&r.moment, goal, r.count)?,
                earned_at,
                enjoyed_at,
                created_at: instant(&r.created_at)?,
            })
        })()
        .map_err(|e| at("reward", i, e))?;
        plan.rewards.push(reward);
    }
    Ok(())
}
