//! The `steps` table.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_millis, to_millis};
use crate::domain::measure::{Amount, Bound, Measure, Per, Target, Unit};
use crate::domain::{Cadence, GoalId, Step, StepId};
use crate::error::Result;

const COLUMNS: &str =
    "id, goal_id, title, cadence_kind, cadence_number, minutes, position, archived, created_at,
     unit, target_milli, target_per, target_bound, usual_milli";

/// A step's measure from its columns (`unit` NULL: not measured).
fn measure_from(
    unit: Option<String>,
    target_milli: Option<i64>,
    per: Option<String>,
    bound: Option<String>,
    usual_milli: Option<i64>,
) -> std::result::Result<Option<Measure>, crate::domain::RuleError> {
    let Some(unit) = unit else {
        return Ok(None);
    };
    let target = match (target_milli, per, bound) {
        (Some(milli), Some(per), Some(bound)) => Some(Target::new(
            Amount::from_milli(milli)?,
            Per::parse(&per)?,
            Bound::parse(&bound)?,
        )?),
        _ => None,
    };
    Ok(Some(Measure {
        unit: Unit::parse(&unit)?,
        target,
        usual: usual_milli.map(Amount::from_milli).transpose()?,
    }))
}

/// The columns a step's measure is kept in, in `COLUMNS`' order.
type MeasureColumns<'a> = (
    Option<&'a str>,
    Option<i64>,
    Option<&'static str>,
    Option<&'static str>,
    Option<i64>,
);

fn measure_columns(step: &Step) -> MeasureColumns<'_> {
    let Some(m) = &step.measure else {
        return (None, None, None, None, None);
    };
    (
        Some(m.unit.as_str()),
        m.target.map(|t| t.amount.milli()),
        m.target.map(|t| t.per.as_str()),
        m.target.map(|t| t.bound.as_str()),
        m.usual.map(|a| a.milli()),
    )
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Step> {
    let kind: String = row.get(3)?;
    let number: u8 = row.get(4)?;
    Ok(Step {
        id: StepId::from_trusted(row.get(0)?),
        goal_id: row.get::<_, Option<String>>(1)?.map(GoalId::from_trusted),
        title: row.get(2)?,
        cadence: Cadence::from_parts(&kind, number).map_err(|e| super::bad_column(e.0))?,
        minutes: row.get(5)?,
        position: row.get(6)?,
        archived: row.get(7)?,
        created_at: from_millis(row.get(8)?)?,
        measure: measure_from(
            row.get(9)?,
            row.get(10)?,
            row.get(11)?,
            row.get(12)?,
            row.get(13)?,
        )
        .map_err(|e| super::bad_column(e.0))?,
    })
}

/// Every step, archived too, grouped by goal and in order.
pub fn list(conn: &Connection) -> Result<Vec<Step>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM steps ORDER BY goal_id, position, created_at, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The steps of one goal (or the standalone ones, for `None`), in order.
pub fn list_for_goal(conn: &Connection, goal: Option<&GoalId>) -> Result<Vec<Step>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM steps WHERE goal_id IS ?1 ORDER BY position, created_at, id"
    ))?;
    let rows = stmt.query_map([goal.map(GoalId::as_str)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: &StepId) -> Result<Option<Step>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM steps WHERE id = ?1"))?;
    Ok(stmt.query_row([id.as_str()], from_row).optional()?)
}

pub fn insert(conn: &Connection, step: &Step) -> Result<()> {
    let (unit, target, per, bound, usual) = measure_columns(step);
    conn.execute(
        "INSERT INTO steps (id, goal_id, title, cadence_kind, cadence_number, minutes, position,
                            archived, created_at, updated_at,
                            unit, target_milli, target_per, target_bound, usual_milli)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            step.id.as_str(),
            step.goal_id.as_ref().map(GoalId::as_str),
            step.title,
            step.cadence.kind(),
            step.cadence.number(),
            step.minutes,
            step.position,
            step.archived,
            to_millis(step.created_at),
            unit,
            target,
            per,
            bound,
            usual,
        ],
    )?;
    Ok(())
}

/// Writes the editable fields of `step`. Returns whether the step exists.
pub fn update(conn: &Connection, step: &Step, now_ms: i64) -> Result<bool> {
    let (unit, target, per, bound, usual) = measure_columns(step);
    let n = conn.execute(
        "UPDATE steps SET title = ?2, cadence_kind = ?3, cadence_number = ?4, minutes = ?5,
                archived = ?6, updated_at = ?7, unit = ?8, target_milli = ?9, target_per = ?10,
                target_bound = ?11, usual_milli = ?12
         WHERE id = ?1",
        params![
            step.id.as_str(),
            step.title,
            step.cadence.kind(),
            step.cadence.number(),
            step.minutes,
            step.archived,
            now_ms,
            unit,
            target,
            per,
            bound,
            usual,
        ],
    )?;
    Ok(n == 1)
}

/// Stores a new order: the step at index i gets position i.
pub fn set_order(conn: &Connection, order: &[StepId]) -> Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE steps SET position = ?2 WHERE id = ?1")?;
    for (i, id) in order.iter().enumerate() {
        stmt.execute(params![id.as_str(), i as i64])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Goal, GoalStatus, WeekdaySet};
    use crate::store::{goals, test_support::temp_store};
    use chrono::{TimeZone, Utc};

    fn goal_id() -> GoalId {
        GoalId::from_trusted("00000000-0000-4000-8000-000000000001".into())
    }

    fn step(n: u8, cadence: Cadence) -> Step {
        Step {
            id: StepId::from_trusted(format!("00000000-0000-4000-9000-0000000000{n:02}")),
            goal_id: Some(goal_id()),
            title: format!("Step {n}"),
            cadence,
            minutes: Some(1),
            position: i64::from(n),
            archived: false,
            created_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
            measure: None,
        }
    }

    fn with_goal() -> crate::store::test_support::TempStore {
        let t = temp_store();
        t.store
            .write(|tx| {
                goals::insert(
                    tx,
                    &Goal {
                        id: goal_id(),
                        title: "G".into(),
                        why: String::new(),
                        success: String::new(),
                        identity: String::new(),
                        status: GoalStatus::Active,
                        colour: "#5b8a72".into(),
                        position: 0,
                        created_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
                    },
                )
            })
            .unwrap();
        t
    }

    #[test]
    fn every_cadence_round_trips_through_sqlite() {
        let t = with_goal();
        let steps = [
            step(1, Cadence::Once),
            step(2, Cadence::Daily),
            step(3, Cadence::TimesPerWeek(3)),
            step(
                4,
                Cadence::Weekdays(WeekdaySet::from_days(&[0, 3]).unwrap()),
            ),
        ];
        t.store
            .write(|tx| steps.iter().try_for_each(|s| insert(tx, s)))
            .unwrap();
        let listed = t
            .store
            .read(|c| list_for_goal(c, Some(&goal_id())))
            .unwrap();
        assert_eq!(listed, steps);
    }

    #[test]
    fn a_step_for_a_missing_goal_is_refused_by_the_schema() {
        let t = temp_store();
        let err = t
            .store
            .write(|tx| insert(tx, &step(1, Cadence::Daily)))
            .unwrap_err();
        assert_eq!(err.kind(), "storage");
        assert!(t.store.read(list).unwrap().is_empty());
    }

    #[test]
    fn update_and_reorder() {
        let t = with_goal();
        t.store
            .write(|tx| {
                insert(tx, &step(1, Cadence::Daily))?;
                insert(tx, &step(2, Cadence::Daily))
            })
            .unwrap();
        let mut s = step(1, Cadence::TimesPerWeek(2));
        s.title = "Renamed".into();
        s.archived = true;
        assert!(t.store.write(|tx| update(tx, &s, 9)).unwrap());
        t.store
            .write(|tx| set_order(tx, &[step(2, Cadence::Daily).id, s.id.clone()]))
            .unwrap();
        let listed = t
            .store
            .read(|c| list_for_goal(c, Some(&goal_id())))
            .unwrap();
        assert_eq!(listed[0].title, "Step 2");
        assert_eq!(listed[1].title, "Renamed");
        assert!(listed[1].archived);
        assert_eq!(listed[1].cadence, Cadence::TimesPerWeek(2));
    }
}
