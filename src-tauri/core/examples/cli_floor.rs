//! The command line's floor, for `bench/cli.sh`: the least a program can do
//! for `cairn log` and `cairn today` on the same database, with SQLite alone
//! (the same bundled SQLite, WAL and a durable commit): insert one win and
//! count today's, or list today's wins. No migrations check, no validation,
//! no argument parser, no refresh of a running app.
//!
//!     cargo run --release -p cairn-core --example cli_floor -- log <DB> <TEXT>
//!     cargo run --release -p cairn-core --example cli_floor -- today <DB>

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cli_floor: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let (command, db) = match args {
        [command, db, ..] => (command.as_str(), db),
        _ => return Err("usage: cli_floor log|today <DB> [TEXT]".into()),
    };
    let conn = rusqlite::Connection::open(db)?;
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    let now = chrono::Utc::now();
    let today = chrono::Local::now().date_naive().to_string();
    if command == "log" {
        let text = args.get(2).map_or("A win", String::as_str);
        conn.execute(
            "INSERT INTO wins (id, text, note, logged_at, local_date, source, updated_at)
             VALUES (?1, ?2, '', ?3, ?4, 'cli', ?3)",
            rusqlite::params![
                uuid::Uuid::new_v4().to_string(),
                text,
                now.timestamp_millis(),
                today
            ],
        )?;
    }
    let mut stmt = conn.prepare(
        "SELECT text FROM wins WHERE local_date = ?1 AND deleted_at IS NULL ORDER BY logged_at",
    )?;
    let texts: Vec<String> = stmt
        .query_map([&today], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for t in &texts {
        println!("{t}");
    }
    println!("{} today", texts.len());
    Ok(())
}
