//! `cairn sync`: sync through a folder from a terminal, on
//! `cairn_core::service::sync` (docs/sync.md). `cairn sync --folder PATH
//! [--name NAME]` turns it on (or changes the folder or the name),
//! `cairn sync` / `cairn sync status` prints what Settings shows, `cairn
//! sync now` writes this computer's changes and applies what has arrived,
//! `cairn sync off` stops it, `cairn sync compact` folds this computer's
//! files into one snapshot.
//!
//! After a command that writes (`log`, `focus`, `import`), `main` calls
//! [`flush_after_write`] so the change reaches the sync folder at once.

use std::io::Write;
use std::path::Path;

use clap::Subcommand;

use cairn_core::clock::Clock;
use cairn_core::error::{Error, Result};
use cairn_core::service::sync::{self, Device, SyncStatus};
use cairn_core::store::Store;

#[derive(Debug, Subcommand, PartialEq)]
pub enum Action {
    /// Print the sync folder, this computer, the computers seen, the
    /// changes waiting and the notes from the last sync.
    Status,
    /// Write this computer's changes and apply what the other computers
    /// wrote.
    Now,
    /// Stop syncing on this computer (the folder keeps what is in it).
    Off,
    /// Fold this computer's files in the sync folder into one snapshot.
    Compact,
}

/// Runs `cairn sync …`.
pub fn run(
    store: &Store,
    clock: &dyn Clock,
    out: &mut dyn Write,
    folder: Option<&Path>,
    name: Option<&str>,
    action: &Option<Action>,
) -> Result<()> {
    match (folder, name, action) {
        (None, None, None | Some(Action::Status)) => {
            let status = sync::status(store)?;
            print_status(out, clock, &status)
        }
        (Some(_), _, _) | (None, Some(_), _) => configure(store, clock, out, folder, name),
        (None, None, Some(Action::Now)) => now(store, clock, out),
        (None, None, Some(Action::Off)) => {
            let was_on = sync::status(store)?.folder;
            sync::turn_off(store)?;
            let line = match was_on {
                Some(folder) => format!(
                    "Sync is off on this computer. What Cairn wrote in {} stays there; turn it on again with `cairn sync --folder PATH`.",
                    folder.display()
                ),
                None => "Sync was already off on this computer.".to_owned(),
            };
            print(out, line)
        }
        (None, None, Some(Action::Compact)) => {
            ensure_on(store)?;
            let snapshot = sync::compact(store, clock)?;
            print(
                out,
                format!(
                    "✓ Folded this computer's files into one snapshot: {}",
                    snapshot.display()
                ),
            )
        }
    }
}

/// `cairn sync --folder PATH [--name NAME]`, or `--name NAME` alone to
/// rename this computer.
fn configure(
    store: &Store,
    clock: &dyn Clock,
    out: &mut dyn Write,
    folder: Option<&Path>,
    name: Option<&str>,
) -> Result<()> {
    let before = sync::status(store)?;
    let folder = match (folder, &before.folder) {
        (Some(f), _) => f.to_owned(),
        (None, Some(f)) => f.clone(),
        (None, None) => {
            return Err(Error::Conflict(
                "Sync is not on yet. Choose a sync folder first: `cairn sync --folder PATH --name NAME`."
                    .into(),
            ))
        }
    };
    let name = match (name, &before.this_device) {
        (Some(n), _) => n.to_owned(),
        (None, Some(d)) => d.name.clone(),
        (None, None) => sync::suggested_device_name(),
    };
    let status = sync::configure(store, clock, &folder, &name)?;
    let (Some(folder), Some(me)) = (&status.folder, &status.this_device) else {
        return Err(Error::Internal(
            "Sync could not be turned on. Try again; nothing in the folder was changed.".into(),
        ));
    };
    let line = match &before.folder {
        None => format!(
            "✓ Sync is on: this computer, “{}”, writes its changes to {} and reads the other computers' there.",
            me.name,
            folder.join(sync::ROOT).join(&me.id).display()
        ),
        Some(old) if old != folder => format!(
            "✓ Sync moved to {}: this computer, “{}”, wrote everything there anew.",
            folder.display(),
            me.name
        ),
        Some(_) if before.this_device.as_ref().map(|d| &d.name) == Some(&me.name) => format!(
            "Sync is already on: this computer, “{}”, syncs through {}.",
            me.name,
            folder.display()
        ),
        Some(_) => format!("✓ This computer is now called “{}”.", me.name),
    };
    print(out, line)?;
    if before.folder.is_none() {
        print(
            out,
            "Run `cairn sync now` to apply what the other computers wrote.".into(),
        )?;
    }
    Ok(())
}

/// `cairn sync now`.
fn now(store: &Store, clock: &dyn Clock, out: &mut dyn Write) -> Result<()> {
    let before = ensure_on(store)?;
    let report = sync::sync_now(store, clock)?;
    let after = sync::status(store)?;
    // The computers whose newest change moved: where the changes came from
    // (a computer seen for the first time with nothing applied is not).
    let from: Vec<String> = after
        .devices
        .iter()
        .filter(|d| {
            d.last_change_at.is_some()
                && !before
                    .devices
                    .iter()
                    .any(|b| b.id == d.id && b.last_change_at == d.last_change_at)
        })
        .map(|d| format!("“{}”", d.name))
        .collect();
    let sent = before.pending.saturating_sub(after.pending);
    if sent > 0 {
        print(
            out,
            format!("✓ Wrote {} from this computer.", changes_words(sent)),
        )?;
    }
    let line = match (report.applied, from.as_slice()) {
        (0, _) => "Nothing new from the other computers.".to_owned(),
        (n, []) => format!(
            "✓ Applied {} from {}.",
            changes_words(n),
            files_words(report.files_read)
        ),
        (n, names) => format!("✓ Applied {} from {}.", changes_words(n), and_list(names)),
    };
    print(out, line)?;
    for note in distinct(&report.notes) {
        print(out, format!("  · {note}"))?;
    }
    Ok(())
}

/// The status, or a sentence saying how to turn sync on.
fn ensure_on(store: &Store) -> Result<SyncStatus> {
    let status = sync::status(store)?;
    if status.folder.is_none() {
        return Err(Error::Conflict(
            "Sync is not on yet. Choose a sync folder first: `cairn sync --folder PATH --name NAME`."
                .into(),
        ));
    }
    Ok(status)
}

/// What Settings shows, as lines.
fn print_status(out: &mut dyn Write, clock: &dyn Clock, s: &SyncStatus) -> Result<()> {
    let (Some(folder), Some(me)) = (&s.folder, &s.this_device) else {
        return print(
            out,
            "Sync is off. Turn it on with `cairn sync --folder PATH --name NAME`, choosing a folder your sync tool already syncs.".into(),
        );
    };
    print(out, format!("Sync folder: {}", folder.display()))?;
    print(
        out,
        format!(
            "This computer: {} ({}), {}",
            me.name,
            short(&me.id),
            last_change(clock, me)
        ),
    )?;
    if s.devices.is_empty() {
        print(out, "Other computers: none seen yet.".into())?;
    } else {
        print(out, "Other computers:".into())?;
        for d in &s.devices {
            print(out, format!("  {}, {}", d.name, last_change(clock, d)))?;
        }
    }
    print(
        out,
        match s.pending {
            0 => "Every change made here is in the folder.".to_owned(),
            n => format!(
                "{} made here {} not in the folder yet (`cairn sync now` writes {}).",
                changes_words(n),
                if n == 1 { "is" } else { "are" },
                if n == 1 { "it" } else { "them" }
            ),
        },
    )?;
    if !s.notes.is_empty() {
        print(out, "From the last sync:".into())?;
        for note in distinct(&s.notes) {
            print(out, format!("  · {note}"))?;
        }
    }
    Ok(())
}

/// "last change 30 November 2026 at 16:20".
fn last_change(clock: &dyn Clock, d: &Device) -> String {
    match d.last_change_at {
        Some(at) => format!(
            "last change {}",
            clock.local_datetime(at).format("%-d %B %Y at %H:%M")
        ),
        None => "no changes yet".to_owned(),
    }
}

/// After a command that wrote: with sync on, this computer's changes go to
/// the sync folder now. Returns a sentence for stderr when they could not
/// (the change itself is safe in the database and goes at the next sync).
pub fn flush_after_write(store: &Store, clock: &dyn Clock) -> Option<String> {
    let status = match sync::status(store) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "sync status after a write");
            return None;
        }
    };
    let folder = status.folder?;
    if status.pending == 0 {
        return None;
    }
    // A drive not connected: nothing is created in its place.
    if !folder.is_dir() {
        return Some(format!(
            "The sync folder {} is not there right now; this change is saved here and goes there at the next sync.",
            folder.display()
        ));
    }
    match sync::flush_outbox(store, clock) {
        Ok(_) => None,
        Err(e) => {
            tracing::warn!(error = %e, "writing to the sync folder after a write");
            Some(format!(
                "This change is saved here; Cairn could not write it to the sync folder {} yet (check that it is writable). It goes there at the next sync.",
                folder.display()
            ))
        }
    }
}

/// The notes in order, each once (the core notes some things once per
/// file read).
fn distinct(notes: &[String]) -> Vec<&String> {
    let mut seen = std::collections::HashSet::new();
    notes.iter().filter(|n| seen.insert(n.as_str())).collect()
}

fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

fn changes_words(n: usize) -> String {
    match n {
        1 => "1 change".into(),
        n => format!("{n} changes"),
    }
}

fn files_words(n: usize) -> String {
    match n {
        1 => "1 file".into(),
        n => format!("{n} files"),
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn print(out: &mut dyn Write, line: String) -> Result<()> {
    writeln!(out, "{line}").map_err(|e| {
        tracing::warn!(error = %e, "could not write to standard output");
        Error::Internal(
            "Cairn could not print its answer: the output was closed. Anything it changed is saved."
                .into(),
        )
    })
}
