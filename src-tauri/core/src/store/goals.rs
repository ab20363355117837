//! The `goals` table.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{from_millis, to_millis};
use crate::domain::{Goal, GoalId, GoalStatus};
use crate::error::Result;

const COLUMNS: &str = "id, title, why, success, status, colour, position, created_at, identity";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Goal> {
    let status: String = row.get(4)?;
    Ok(Goal {
        id: GoalId::from_trusted(row.get(0)?),
        title: row.get(1)?,
        why: row.get(2)?,
        success: row.get(3)?,
        status: GoalStatus::parse(&status).map_err(|e| super::bad_column(e.0))?,
        colour: row.get(5)?,
        position: row.get(6)?,
        created_at: from_millis(row.get(7)?)?,
        identity: row.get::<_, Option<String>>(8)?.unwrap_or_default(),
    })
}

/// A blank identity is stored as none (NULL), as goals from before
/// identities have it.
fn stored_identity(goal: &Goal) -> Option<&str> {
    Some(goal.identity.as_str()).filter(|i| !i.is_empty())
}

/// Every goal, in the person's order.
pub fn list(conn: &Connection) -> Result<Vec<Goal>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM goals ORDER BY position, created_at, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: &GoalId) -> Result<Option<Goal>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM goals WHERE id = ?1"))?;
    Ok(stmt.query_row([id.as_str()], from_row).optional()?)
}

pub fn count(conn: &Connection) -> Result<usize> {
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM goals", [], |r| r.get(0))?;
    Ok(n as usize)
}

pub fn insert(conn: &Connection, goal: &Goal) -> Result<()> {
    conn.execute(
        "INSERT INTO goals (id, title, why, success, status, colour, position, created_at, updated_at,
                            identity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
        params![
            goal.id.as_str(),
            goal.title,
            goal.why,
            goal.success,
            goal.status.as_str(),
            goal.colour,
            goal.position,
            to_millis(goal.created_at),
            stored_identity(goal),
        ],
    )?;
    Ok(())
}

/// Writes every editable field of `goal`. Returns whether the goal exists.
pub fn update(conn: &Connection, goal: &Goal, now_ms: i64) -> Result<bool> {
    let n = conn.execute(
        "UPDATE goals SET title = ?2, why = ?3, success = ?4, status = ?5, colour = ?6,
                updated_at = ?7, identity = ?8
         WHERE id = ?1",
        params![
            goal.id.as_str(),
            goal.title,
            goal.why,
            goal.success,
            goal.status.as_str(),
            goal.colour,
            now_ms,
            stored_identity(goal),
        ],
    )?;
    Ok(n == 1)
}

/// Stores a new order: the goal at index i gets position i.
pub fn set_order(conn: &Connection, order: &[GoalId]) -> Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE goals SET position = ?2 WHERE id = ?1")?;
    for (i, id) in order.iter().enumerate() {
        stmt.execute(params![id.as_str(), i as i64])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use chrono::{TimeZone, Utc};

    fn goal(n: u8, position: i64) -> Goal {
        Goal {
            id: GoalId::from_trusted(format!("00000000-0000-4000-8000-0000000000{n:02}")),
            title: format!("Goal {n}"),
            why: "because".into(),
            success: "measured".into(),
            identity: String::new(),
            status: GoalStatus::Active,
            colour: "#5b8a72".into(),
            position,
            created_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, n.into()).unwrap(),
        }
    }

    #[test]
    fn insert_get_update_list_on_a_real_file() {
        let t = temp_store();
        t.store
            .write(|tx| {
                insert(tx, &goal(1, 1))?;
                insert(tx, &goal(2, 0))
            })
            .unwrap();
        let listed = t.store.read(list).unwrap();
        assert_eq!(
            listed.iter().map(|g| g.title.as_str()).collect::<Vec<_>>(),
            ["Goal 2", "Goal 1"]
        );

        let mut g = goal(1, 1);
        g.title = "Renamed".into();
        g.status = GoalStatus::Paused;
        assert!(t.store.write(|tx| update(tx, &g, 5)).unwrap());
        let got = t.store.read(|c| get(c, &g.id)).unwrap().unwrap();
        assert_eq!(got, g);

        assert!(!t.store.write(|tx| update(tx, &goal(9, 0), 5)).unwrap());
        assert_eq!(t.store.read(|c| get(c, &goal(9, 0).id)).unwrap(), None);
    }

    #[test]
    fn order_is_stored() {
        let t = temp_store();
        t.store
            .write(|tx| {
                insert(tx, &goal(1, 0))?;
                insert(tx, &goal(2, 1))?;
                set_order(tx, &[goal(2, 0).id, goal(1, 0).id])
            })
            .unwrap();
        let titles: Vec<String> = t
            .store
            .read(list)
            .unwrap()
            .into_iter()
            .map(|g| g.title)
            .collect();
        assert_eq!(titles, ["Goal 2", "Goal 1"]);
    }
}
