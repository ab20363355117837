//! The `habit_stacks` and `reminder_slots` tables: stacks, the reminder
//! slots already shown (with their snoozes), and the few questions about
//! wins the scheduler asks.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_day, from_millis, to_day, to_millis};
use crate::domain::schedule::{SlotKey, Snooze};
use crate::domain::stacks::{time_text, Stack, StackId};
use crate::domain::{StepId, WeekdaySet};
use crate::error::Result;

const COLUMNS: &str = "id, anchor, action, step_id, anchor_step_id, times, weekdays, enabled";

fn parse_time(text: &str) -> rusqlite::Result<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M")
        .map_err(|_| super::bad_column(format!("time {text:?}")))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Stack> {
    let times: String = row.get(5)?;
    Ok(Stack {
        id: StackId::from_trusted(row.get(0)?),
        anchor: row.get(1)?,
        action: row.get(2)?,
        step_id: row.get::<_, Option<String>>(3)?.map(StepId::from_trusted),
        anchor_step_id: row.get::<_, Option<String>>(4)?.map(StepId::from_trusted),
        times: times
            .split(',')
            .filter(|t| !t.is_empty())
            .map(parse_time)
            .collect::<rusqlite::Result<_>>()?,
        weekdays: WeekdaySet::from_bits(row.get(6)?).map_err(|e| super::bad_column(e.0))?,
        enabled: row.get(7)?,
    })
}

fn times_text(stack: &Stack) -> String {
    stack
        .times
        .iter()
        .map(|t| time_text(*t))
        .collect::<Vec<_>>()
        .join(",")
}

/// Every stack, oldest first.
pub fn list(conn: &Connection) -> Result<Vec<Stack>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM habit_stacks ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: &StackId) -> Result<Option<Stack>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM habit_stacks WHERE id = ?1"))?;
    Ok(stmt.query_row([id.as_str()], from_row).optional()?)
}

pub fn insert(conn: &Connection, stack: &Stack, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "INSERT INTO habit_stacks (id, anchor, action, step_id, anchor_step_id, times, weekdays,
                                   enabled, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            stack.id.as_str(),
            stack.anchor,
            stack.action,
            stack.step_id.as_ref().map(StepId::as_str),
            stack.anchor_step_id.as_ref().map(StepId::as_str),
            times_text(stack),
            stack.weekdays.bits(),
            stack.enabled,
            to_millis(now)
        ],
    )?;
    Ok(())
}

/// Saves every field of an existing stack; returns whether it existed.
pub fn update(conn: &Connection, stack: &Stack, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE habit_stacks SET anchor = ?2, action = ?3, step_id = ?4, anchor_step_id = ?5,
                times = ?6, weekdays = ?7, enabled = ?8, updated_at = ?9
         WHERE id = ?1",
        params![
            stack.id.as_str(),
            stack.anchor,
            stack.action,
            stack.step_id.as_ref().map(StepId::as_str),
            stack.anchor_step_id.as_ref().map(StepId::as_str),
            times_text(stack),
            stack.weekdays.bits(),
            stack.enabled,
            to_millis(now)
        ],
    )?;
    Ok(n > 0)
}

/// Deletes a stack and its shown slots; returns whether it existed.
pub fn delete(conn: &Connection, id: &StackId) -> Result<bool> {
    Ok(conn.execute("DELETE FROM habit_stacks WHERE id = ?1", [id.as_str()])? > 0)
}

/// Slots shown from `from` on, and the snoozes among them.
pub fn shown_since(conn: &Connection, from: NaiveDate) -> Result<(HashSet<SlotKey>, Vec<Snooze>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT stack_id, slot_date, slot_time, snoozed_until FROM reminder_slots
         WHERE slot_date >= ?1",
    )?;
    let mut shown = HashSet::new();
    let mut snoozes = Vec::new();
    let rows = stmt.query_map([to_day(from)], |r| {
        let slot = SlotKey {
            stack: StackId::from_trusted(r.get(0)?),
            date: from_day(&r.get::<_, String>(1)?)?,
            time: parse_time(&r.get::<_, String>(2)?)?,
        };
        let until = r.get::<_, Option<i64>>(3)?.map(from_millis).transpose()?;
        Ok((slot, until))
    })?;
    for row in rows {
        let (slot, until) = row?;
        if let Some(until) = until {
            snoozes.push(Snooze {
                slot: slot.clone(),
                until,
            });
        }
        shown.insert(slot);
    }
    Ok((shown, snoozes))
}

/// Records that a slot was shown (clearing any snooze it had).
pub fn mark_shown(conn: &Connection, slot: &SlotKey, now: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO reminder_slots (stack_id, slot_date, slot_time, shown_at, snoozed_until)
         VALUES (?1, ?2, ?3, ?4, NULL)
         ON CONFLICT (stack_id, slot_date, slot_time)
         DO UPDATE SET shown_at = excluded.shown_at, snoozed_until = NULL",
    )?
    .execute(params![
        slot.stack.as_str(),
        to_day(slot.date),
        time_text(slot.time),
        to_millis(now)
    ])?;
    Ok(())
}

/// Sets (`Some`) or clears (`None`) a slot's snooze.
pub fn set_snooze(
    conn: &Connection,
    slot: &SlotKey,
    until: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO reminder_slots (stack_id, slot_date, slot_time, shown_at, snoozed_until)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (stack_id, slot_date, slot_time)
         DO UPDATE SET snoozed_until = excluded.snoozed_until",
    )?
    .execute(params![
        slot.stack.as_str(),
        to_day(slot.date),
        time_text(slot.time),
        to_millis(now),
        until.map(to_millis)
    ])?;
    Ok(())
}

/// Forgets slots of days before `before` (they can never matter again).
pub fn prune(conn: &Connection, before: NaiveDate) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM reminder_slots WHERE slot_date < ?1",
        [to_day(before)],
    )?)
}

/// Which steps have a live win on which days, from `from` to `to`.
pub fn steps_done_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashSet<(StepId, NaiveDate)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT step_id, local_date FROM wins
         WHERE step_id IS NOT NULL AND deleted_at IS NULL AND local_date BETWEEN ?1 AND ?2",
    )?;
    let rows = stmt.query_map([to_day(from), to_day(to)], |r| {
        Ok((
            StepId::from_trusted(r.get(0)?),
            from_day(&r.get::<_, String>(1)?)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Enabled stacks whose anchor step got a live win logged after `since`
/// (whose local day is `since_day` or later), with the latest such instant.
pub fn anchored_since(
    conn: &Connection,
    since: DateTime<Utc>,
    since_day: NaiveDate,
) -> Result<Vec<(StackId, DateTime<Utc>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, MAX(w.logged_at) FROM wins w
         JOIN habit_stacks s ON s.anchor_step_id = w.step_id AND s.enabled
         WHERE w.local_date >= ?1 AND w.logged_at > ?2 AND w.deleted_at IS NULL
         GROUP BY s.id ORDER BY s.created_at",
    )?;
    let rows = stmt.query_map(params![to_day(since_day), to_millis(since)], |r| {
        Ok((StackId::from_trusted(r.get(0)?), from_millis(r.get(1)?)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use chrono::TimeZone;

    fn sample(id: &str) -> Stack {
        Stack {
            id: StackId::from_trusted(id.into()),
            anchor: "pour my coffee".into(),
            action: "stretch for one minute".into(),
            step_id: None,
            anchor_step_id: None,
            times: vec![
                NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
                NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            ],
            weekdays: WeekdaySet::from_days(&[0, 2, 4]).unwrap(),
            enabled: true,
        }
    }

    #[test]
    fn stacks_round_trip_and_cascade_to_slots() {
        let t = temp_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 8, 0, 0).unwrap();
        let mut s = sample("00000000-0000-4000-8000-0000000000c0");
        t.store.write(|tx| insert(tx, &s, now)).unwrap();
        assert_eq!(t.store.read(list).unwrap(), vec![s.clone()]);
        s.enabled = false;
        s.action = "drink water".into();
        assert!(t.store.write(|tx| update(tx, &s, now)).unwrap());
        assert_eq!(t.store.read(|c| get(c, &s.id)).unwrap(), Some(s.clone()));

        let slot = SlotKey {
            stack: s.id.clone(),
            date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            time: s.times[0],
        };
        let later = now + chrono::Duration::minutes(30);
        t.store
            .write(|tx| {
                mark_shown(tx, &slot, now)?;
                set_snooze(tx, &slot, Some(later), now)
            })
            .unwrap();
        let (shown, snoozes) = t.store.read(|c| shown_since(c, slot.date)).unwrap();
        assert!(shown.contains(&slot));
        assert_eq!(
            snoozes,
            vec![Snooze {
                slot: slot.clone(),
                until: later
            }]
        );
        // Showing it again clears the snooze.
        t.store.write(|tx| mark_shown(tx, &slot, later)).unwrap();
        assert!(t
            .store
            .read(|c| shown_since(c, slot.date))
            .unwrap()
            .1
            .is_empty());

        assert!(t.store.write(|tx| delete(tx, &s.id)).unwrap());
        assert!(t
            .store
            .read(|c| shown_since(c, slot.date))
            .unwrap()
            .0
            .is_empty());
        assert!(!t.store.write(|tx| delete(tx, &s.id)).unwrap());
    }
}
