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
use cairn_core::{i18n, tr};

use crate::and_list;

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
                Some(folder) => tr!(
                    "cli-sync-stopped",
                    folder = cairn_core::files::shown(&folder)
                ),
                None => tr!("cli-sync-already-off"),
            };
            print(out, line)
        }
        (None, None, Some(Action::Compact)) => {
            ensure_on(store)?;
            let snapshot = sync::compact(store, clock)?;
            print(
                out,
                tr!(
                    "cli-sync-compacted",
                    path = cairn_core::files::shown(&snapshot)
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
        (None, None) => return Err(Error::Conflict(tr!("cli-sync-not-on"))),
    };
    let name = match (name, &before.this_device) {
        (Some(n), _) => n.to_owned(),
        (None, Some(d)) => d.name.clone(),
        (None, None) => sync::suggested_device_name(),
    };
    let status = sync::configure(store, clock, &folder, &name)?;
    let (Some(folder), Some(me)) = (&status.folder, &status.this_device) else {
        return Err(Error::Internal(tr!("cli-sync-not-turned-on")));
    };
    let line = match &before.folder {
        None => tr!(
            "cli-sync-on",
            name = &me.name,
            path = cairn_core::files::shown(&folder.join(sync::ROOT).join(&me.id))
        ),
        Some(old) if old != folder => tr!(
            "cli-sync-moved",
            folder = cairn_core::files::shown(folder),
            name = &me.name
        ),
        Some(_) if before.this_device.as_ref().map(|d| &d.name) == Some(&me.name) => tr!(
            "cli-sync-already-on",
            name = &me.name,
            folder = cairn_core::files::shown(folder)
        ),
        Some(_) => tr!("cli-sync-renamed", name = &me.name),
    };
    print(out, line)?;
    if before.folder.is_none() {
        print(out, tr!("cli-sync-run-now"))?;
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
        print(out, tr!("cli-sync-wrote", count = sent))?;
    }
    let line = match (report.applied, from.as_slice()) {
        (0, _) => tr!("cli-sync-nothing-new"),
        (n, []) => tr!(
            "cli-sync-applied-files",
            count = n,
            files = report.files_read
        ),
        (n, names) => tr!("cli-sync-applied-from", count = n, names = and_list(names)),
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
        return Err(Error::Conflict(tr!("cli-sync-not-on")));
    }
    Ok(status)
}

/// What Settings shows, as lines.
fn print_status(out: &mut dyn Write, clock: &dyn Clock, s: &SyncStatus) -> Result<()> {
    let (Some(folder), Some(me)) = (&s.folder, &s.this_device) else {
        return print(out, tr!("cli-sync-off-status"));
    };
    print(
        out,
        tr!("cli-sync-folder", folder = cairn_core::files::shown(folder)),
    )?;
    let id = short(&me.id);
    print(
        out,
        match last_change(clock, me) {
            Some(when) => tr!(
                "cli-sync-this-computer",
                name = &me.name,
                id = id,
                when = when
            ),
            None => tr!("cli-sync-this-computer-new", name = &me.name, id = id),
        },
    )?;
    if s.devices.is_empty() {
        print(out, tr!("cli-sync-others-none"))?;
    } else {
        print(out, tr!("cli-sync-others"))?;
        for d in &s.devices {
            let line = match last_change(clock, d) {
                Some(when) => tr!("cli-sync-other", name = &d.name, when = when),
                None => tr!("cli-sync-other-new", name = &d.name),
            };
            print(out, format!("  {line}"))?;
        }
    }
    print(
        out,
        match s.pending {
            0 => tr!("cli-sync-all-written"),
            n => tr!("cli-sync-pending", count = n),
        },
    )?;
    if !s.notes.is_empty() {
        print(out, tr!("cli-sync-last-notes"))?;
        for note in distinct(&s.notes) {
            print(out, format!("  · {note}"))?;
        }
    }
    Ok(())
}

/// "last change 30 November 2026 at 16:20".
/// When `d` last changed something, as the language writes a day and a time.
fn last_change(clock: &dyn Clock, d: &Device) -> Option<String> {
    d.last_change_at.map(|at| {
        let local = clock.local_datetime(at);
        tr!(
            "cli-sync-when",
            date = i18n::format::date_long_year(local.date()),
            time = i18n::format::time(local.time())
        )
    })
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
        return Some(tr!(
            "cli-sync-folder-away",
            folder = cairn_core::files::shown(&folder)
        ));
    }
    match sync::flush_outbox(store, clock) {
        Ok(_) => None,
        Err(e) => {
            tracing::warn!(error = %e, "writing to the sync folder after a write");
            Some(tr!(
                "cli-sync-not-written",
                folder = cairn_core::files::shown(&folder)
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

fn print(out: &mut dyn Write, line: String) -> Result<()> {
    writeln!(out, "{line}").map_err(|e| {
        tracing::warn!(error = %e, "could not write to standard output");
        Error::Internal(tr!("cli-output-closed"))
    })
}
