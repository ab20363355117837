//! The `rewards` table: the rewards a person chose, when each was earned
//! (set once, never cleared) and enjoyed.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_millis, to_millis};
use crate::domain::rewards::{Moment, Reward, RewardId};
use crate::domain::GoalId;
use crate::error::Result;

/// A reward with the title of its goal, if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct RewardRecord {
    pub reward: Reward,
    pub goal_title: Option<String>,
}

const SELECT: &str = "SELECT r.id, r.text, r.moment, r.goal_id, r.count, r.earned_at,
        r.enjoyed_at, r.created_at, g.title
     FROM rewards r LEFT JOIN goals g ON g.id = r.goal_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<RewardRecord> {
    let kind: String = row.get(2)?;
    let goal = row.get::<_, Option<String>>(3)?.map(GoalId::from_trusted);
    let moment = Moment::new(&kind, goal, row.get(4)?).map_err(|e| super::bad_column(e.0))?;
    let instant = |i: usize| -> rusqlite::Result<Option<DateTime<Utc>>> {
        row.get::<_, Option<i64>>(i)?.map(from_millis).transpose()
    };
    Ok(RewardRecord {
        reward: Reward {
            id: RewardId::from_trusted(row.get(0)?),
            text: row.get(1)?,
            moment,
            earned_at: instant(5)?,
            enjoyed_at: instant(6)?,
            created_at: from_millis(row.get(7)?)?,
        },
        goal_title: row.get(8)?,
    })
}

/// Every reward, oldest first.
pub fn list(conn: &Connection) -> Result<Vec<RewardRecord>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY r.created_at, r.id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: &RewardId) -> Result<Option<RewardRecord>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE r.id = ?1"))?;
    Ok(stmt.query_row([id.as_str()], from_row).optional()?)
}

/// Rewards not earned yet (read through the `rewards_waiting` index, so a
/// win with none waiting costs one empty lookup).
pub fn waiting(conn: &Connection) -> Result<Vec<RewardRecord>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE r.earned_at IS NULL ORDER BY r.created_at, r.id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Earned and not enjoyed yet: the "to enjoy" list, earliest earned first.
pub fn to_enjoy(conn: &Connection) -> Result<Vec<RewardRecord>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE r.earned_at IS NOT NULL AND r.enjoyed_at IS NULL
         ORDER BY r.earned_at, r.created_at, r.id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(conn: &Connection, r: &Reward) -> Result<()> {
    conn.execute(
        "INSERT INTO rewards (id, text, moment, goal_id, count, earned_at, enjoyed_at,
                              created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            r.id.as_str(),
            r.text,
            r.moment.kind(),
            r.moment.goal().map(GoalId::as_str),
            r.moment.count(),
            r.earned_at.map(to_millis),
            r.enjoyed_at.map(to_millis),
            to_millis(r.created_at)
        ],
    )?;
    Ok(())
}

/// Changes the words and moment of a reward not earned yet; returns whether
/// one was changed.
pub fn update_waiting(conn: &Connection, r: &Reward, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE rewards SET text = ?2, moment = ?3, goal_id = ?4, count = ?5, updated_at = ?6
         WHERE id = ?1 AND earned_at IS NULL",
        params![
            r.id.as_str(),
            r.text,
            r.moment.kind(),
            r.moment.goal().map(GoalId::as_str),
            r.moment.count(),
            to_millis(now)
        ],
    )?;
    Ok(n == 1)
}

/// Marks rewards earned, each only if it was not earned before; returns
/// how many were.
pub fn mark_earned(conn: &Connection, ids: &[RewardId], now: DateTime<Utc>) -> Result<usize> {
    let mut stmt = conn.prepare_cached(
        "UPDATE rewards SET earned_at = ?2, updated_at = ?2 WHERE id = ?1 AND earned_at IS NULL",
    )?;
    let mut n = 0;
    for id in ids {
        n += stmt.execute(params![id.as_str(), to_millis(now)])?;
    }
    Ok(n)
}

/// Marks an earned reward enjoyed (or not yet, with `false`); returns
/// whether an earned reward was found.
pub fn set_enjoyed(
    conn: &Connection,
    id: &RewardId,
    enjoyed: bool,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE rewards SET enjoyed_at = ?2, updated_at = ?3
         WHERE id = ?1 AND earned_at IS NOT NULL",
        params![
            id.as_str(),
            enjoyed.then_some(to_millis(now)),
            to_millis(now)
        ],
    )?;
    Ok(n == 1)
}

/// Removes a reward; returns whether it existed.
pub fn delete(conn: &Connection, id: &RewardId) -> Result<bool> {
    Ok(conn.execute("DELETE FROM rewards WHERE id = ?1", [id.as_str()])? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use chrono::TimeZone;

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, h, 0, 0).unwrap()
    }

    fn reward(text: &str, moment: Moment) -> Reward {
        Reward {
            id: RewardId::from_trusted(super::super::new_id()),
            text: text.into(),
            moment,
            earned_at: None,
            enjoyed_at: None,
            created_at: at(8),
        }
    }

    #[test]
    fn earned_once_then_enjoyed() {
        let t = temp_store();
        let walk = reward("A walk in the park", Moment::Wins(10));
        let song = reward("A favourite song", Moment::WeekReviewed);
        t.store
            .write(|tx| {
                insert(tx, &walk)?;
                insert(tx, &song)
            })
            .unwrap();
        assert_eq!(t.store.read(waiting).unwrap().len(), 2);
        assert!(t.store.read(to_enjoy).unwrap().is_empty());

        let first = t
            .store
            .write(|tx| mark_earned(tx, std::slice::from_ref(&walk.id), at(9)))
            .unwrap();
        let again = t
            .store
            .write(|tx| mark_earned(tx, std::slice::from_ref(&walk.id), at(10)))
            .unwrap();
        assert_eq!((first, again), (1, 0));
        let got = t.store.read(|c| get(c, &walk.id)).unwrap().unwrap();
        assert_eq!(got.reward.earned_at, Some(at(9)), "earned_at is set once");
        assert_eq!(got.reward.moment, Moment::Wins(10));
        assert_eq!(t.store.read(waiting).unwrap().len(), 1);
        assert_eq!(t.store.read(to_enjoy).unwrap().len(), 1);

        // Earned rewards keep their words; only waiting ones change.
        let changed = Reward {
            text: "x".into(),
            ..walk.clone()
        };
        assert!(!t
            .store
            .write(|tx| update_waiting(tx, &changed, at(11)))
            .unwrap());
        // Only an earned reward can be enjoyed.
        assert!(!t
            .store
            .write(|tx| set_enjoyed(tx, &song.id, true, at(11)))
            .unwrap());
        assert!(t
            .store
            .write(|tx| set_enjoyed(tx, &walk.id, true, at(11)))
            .unwrap());
        assert!(t.store.read(to_enjoy).unwrap().is_empty());
        assert_eq!(list_len(&t), 2);
        assert!(t.store.write(|tx| delete(tx, &song.id)).unwrap());
        assert_eq!(list_len(&t), 1);
    }

    fn list_len(t: &crate::store::test_support::TempStore) -> usize {
        t.store.read(list).unwrap().len()
    }
}
