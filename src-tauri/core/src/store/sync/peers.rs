//! The computers seen in the folder, and which of their files were applied
//! (by size) and which of this computer's files were written.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// A computer seen in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peer {
    pub device: String,
    pub name: String,
    pub last_change: Option<String>,
}

pub fn peers(conn: &Connection) -> Result<Vec<Peer>> {
    let mut stmt = conn
        .prepare_cached("SELECT device, name, last_change FROM sync_peers ORDER BY name, device")?;
    let rows = stmt.query_map([], |r| {
        Ok(Peer {
            device: r.get(0)?,
            name: r.get(1)?,
            last_change: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn peer_known(conn: &Connection, device: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sync_peers WHERE device = ?1",
            [device],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Adds or renames a peer; its last change moves only forward.
pub fn put_peer(
    conn: &Connection,
    device: &str,
    name: &str,
    last_change: Option<&str>,
    now_ms: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_peers (device, name, last_change, first_seen) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (device) DO UPDATE SET name = excluded.name,
             last_change = CASE WHEN excluded.last_change IS NULL THEN last_change
                                WHEN last_change IS NULL OR excluded.last_change > last_change
                                THEN excluded.last_change ELSE last_change END",
        params![device, name, last_change, now_ms],
    )?;
    Ok(())
}

/// Removes a peer from the list; returns whether it was there.
pub fn forget_peer(conn: &Connection, device: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM sync_peers WHERE device = ?1", [device])? > 0)
}

/// The size a file had when it was applied, if it was.
pub fn applied_size(conn: &Connection, device: &str, name: &str) -> Result<Option<u64>> {
    let size: Option<i64> = conn
        .prepare_cached("SELECT size FROM sync_files WHERE device = ?1 AND name = ?2")?
        .query_row(params![device, name], |r| r.get(0))
        .optional()?;
    Ok(size.map(|s| s as u64))
}

pub fn mark_applied(conn: &Connection, device: &str, name: &str, size: u64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_files (device, name, size) VALUES (?1, ?2, ?3)
         ON CONFLICT (device, name) DO UPDATE SET size = excluded.size",
    )?
    .execute(params![device, name, size as i64])?;
    Ok(())
}

pub fn written(conn: &Connection) -> Result<BTreeSet<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM sync_written")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn mark_written(conn: &Connection, name: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_written (name) VALUES (?1) ON CONFLICT DO NOTHING",
        [name],
    )?;
    Ok(())
}

pub fn clear_written(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM sync_written", [])?;
    Ok(())
}
