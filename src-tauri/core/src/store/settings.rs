//! The `settings` table: one text value per key.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

pub fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;

    #[test]
    fn set_get_replace_remove() {
        let t = temp_store();
        assert_eq!(t.store.read(|c| get(c, "shortcut")).unwrap(), None);
        t.store
            .write(|tx| set(tx, "shortcut", "Ctrl+Alt+W"))
            .unwrap();
        t.store
            .write(|tx| set(tx, "shortcut", "Ctrl+Shift+L"))
            .unwrap();
        assert_eq!(
            t.store.read(|c| get(c, "shortcut")).unwrap().as_deref(),
            Some("Ctrl+Shift+L")
        );
        t.store.write(|tx| remove(tx, "shortcut")).unwrap();
        assert_eq!(t.store.read(|c| get(c, "shortcut")).unwrap(), None);
    }
}
