//! Reading Loop Habit Tracker's CSV export: `Habits.csv` (one row per
//! habit) and `Checkmarks.csv` (a row per day, a column per habit), from
//! the export's folder or a zip of it. A zip is read with a cap on what it
//! unpacks to, so a zip bomb is refused instead of filling the memory.

use std::io::Read;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use super::loop_db::{plan, Entry, Habit, Mark};
use super::{unreadable, Plan, SourceKind, MAX_BYTES};
use crate::error::Result;

/// The two files the import reads; any other file is ignored.
const HABITS: &str = "Habits.csv";
const CHECKMARKS: &str = "Checkmarks.csv";
/// Most bytes one of them may unpack to.
const MAX_CSV: u64 = 64 * 1024 * 1024;

/// Splits CSV text into rows of fields (RFC 4180: quoted fields may hold
/// commas, doubled quotes and line breaks).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn column(header: &[String], names: &[&str]) -> Option<usize> {
    header
        .iter()
        .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
}

/// Builds the plan from the two files' text.
pub fn from_texts(habits_csv: &str, checkmarks_csv: &str, now: DateTime<Utc>) -> Result<Plan> {
    let not_loop = |why: &str| unreadable(why, why);
    let rows = parse_csv(habits_csv);
    let Some((header, rows)) = rows.split_first() else {
        return Err(not_loop("csv-habits-empty"));
    };
    let name = column(header, &["Name"]).ok_or_else(|| not_loop("csv-no-name"))?;
    let question = column(header, &["Question"]);
    let description = column(header, &["Description"]);
    let num = column(header, &["FrequencyNumerator", "NumRepetitions"]);
    let den = column(header, &["FrequencyDenominator", "Interval"]);
    let kind = column(header, &["Type"]);
    let unit = column(header, &["Unit"]);
    let archived = column(header, &["Archived?", "Archived"]);
    let get = |row: &[String], i: Option<usize>| -> String {
        i.and_then(|i| row.get(i)).cloned().unwrap_or_default()
    };
    let habits: Vec<Habit> = rows
        .iter()
        .filter(|r| r.iter().any(|f| !f.trim().is_empty()))
        .enumerate()
        .map(|(i, r)| {
            let q = get(r, question);
            Habit {
                key: format!("{}:{}", i, get(r, Some(name))),
                name: get(r, Some(name)),
                question: if q.trim().is_empty() {
                    get(r, description)
                } else {
                    q
                },
                freq_num: get(r, num).trim().parse().unwrap_or(1),
                freq_den: get(r, den).trim().parse().unwrap_or(1),
                archived: get(r, archived).trim().eq_ignore_ascii_case("true"),
                reminder: None,
                numerical: get(r, kind).trim().eq_ignore_ascii_case("NUMERICAL"),
                unit: get(r, unit),
                // Loop's CSV export carries no target (its backup does).
                target_value: 0.0,
                target_type: 0,
            }
        })
        .collect();
    let rows = parse_csv(checkmarks_csv);
    let Some((header, rows)) = rows.split_first() else {
        return Err(not_loop("csv-checkmarks-empty"));
    };
    if !header
        .first()
        .is_some_and(|h| h.trim().eq_ignore_ascii_case("Date"))
    {
        return Err(not_loop("csv-no-date"));
    }
    let mut entries = Vec::new();
    for row in rows {
        let Some(date) = row
            .first()
            .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        else {
            continue;
        };
        for (habit, cell) in row.iter().skip(1).enumerate().take(habits.len()) {
            let cell = cell.trim();
            let mark = match cell {
                "YES_MANUAL" => Mark::Done,
                "SKIP" => Mark::Skip,
                _ if habits[habit].numerical => match cell.parse::<f64>() {
                    Ok(v) if v.is_finite() && v > 0.0 => Mark::Amount(v),
                    _ => continue,
                },
                // YES_AUTO, NO, UNKNOWN: nothing the person did by hand.
                _ => continue,
            };
            entries.push(Entry {
                habit,
                date,
                mark,
                notes: String::new(),
            });
        }
    }
    plan(SourceKind::LoopCsv, "loop-csv", &habits, &entries, now)
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = super::read_capped(path)?;
    String::from_utf8(bytes).map_err(|e| unreadable("csv-not-utf8", e))
}

/// Reads the export's folder.
pub fn read_folder(dir: &Path, now: DateTime<Utc>) -> Result<Plan> {
    let habits = dir.join(HABITS);
    let checkmarks = dir.join(CHECKMARKS);
    if !habits.is_file() || !checkmarks.is_file() {
        return Err(unreadable("csv-folder-empty", dir.display()));
    }
    from_texts(&read_text(&habits)?, &read_text(&checkmarks)?, now)
}

/// Reads a zip of the export's folder (the files may sit in a subfolder).
pub fn read_zip(path: &Path, now: DateTime<Utc>) -> Result<Plan> {
    let file = std::fs::File::open(path).map_err(|e| unreadable("cannot-open", e))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| unreadable("zip-damaged", e))?;
    let mut find = |name: &str| -> Result<String> {
        let index = (0..archive.len())
            .filter_map(|i| {
                let entry = archive.by_index_raw(i).ok()?;
                let entry_name = entry.name().replace('\\', "/");
                let base = entry_name.rsplit('/').next().unwrap_or("");
                // The top-level file, not a habit's own Checkmarks.csv.
                (base == name && entry_name.matches('/').count() <= 1)
                    .then_some((entry_name.matches('/').count(), i))
            })
            .min()
            .map(|(_, i)| i)
            .ok_or_else(|| unreadable("zip-no-csv", name))?;
        let entry = archive
            .by_index(index)
            .map_err(|e| unreadable("zip-damaged", e))?;
        // The declared size may lie: cap what is actually unpacked.
        let mut bytes = Vec::new();
        entry
            .take(MAX_CSV.min(MAX_BYTES) + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable("zip-damaged", e))?;
        if bytes.len() as u64 > MAX_CSV {
            return Err(unreadable("zip-too-large", name));
        }
        String::from_utf8(bytes).map_err(|e| unreadable("csv-not-utf8", e))
    };
    let habits = find(HABITS)?;
    let checkmarks = find(CHECKMARKS)?;
    from_texts(&habits, &checkmarks, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows() {
        let check = |text: &str, expected: &[&[&str]]| {
            let rows = parse_csv(text);
            let rows: Vec<Vec<&str>> = rows
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            assert_eq!(rows, expected, "{text:?}");
        };
        check("", &[]);
        check("a,b\n1,2\n", &[&["a", "b"], &["1", "2"]]);
        check("a,b\r\n1,2", &[&["a", "b"], &["1", "2"]]);
        check("\"x, y\",\"say \"\"hi\"\"\"\n", &[&["x, y", "say \"hi\""]]);
        check("\"two\nlines\",z\n", &[&["two\nlines", "z"]]);
        check("\u{feff}Date,\n", &[&["Date", ""]]);
        check("\"unterminated", &[&["unterminated"]]);
    }
}
