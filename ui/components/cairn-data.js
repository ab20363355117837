// Your data: backups (back up now, restore with a confirmation, undo), export,
// import with a preview, and what start-up found if the database was
// damaged. Data in through `show`; actions go up as events: back-up-now,
// open-backups, restore-backup {name}, export {format}, pick-import
// {folder}, run-import {path}, cancel-import, dismiss-recovery.
import { h, emit, longDate, plural } from "../dom.js";

function sizeText(bytes) {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function backupLabel(b) {
  const day = longDate(b.date);
  // Two kept on one day are told apart by the time they were kept.
  const at = new Date(b.writtenAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return b.kind === "beforeRestore" ? `${day} at ${at}, kept before a restore` : day;
}

function winsText(b) {
  return b.wins === null ? "cannot be read" : plural(b.wins, "win", "wins");
}

class CairnData extends HTMLElement {
  show(d) {
    this.data = d;
    // replaceChildren would write a null as the text "null".
    this.replaceChildren(...[
      h("div", { class: "hero" }, h("div", {}, h("h1", { text: "Your data" }),
        h("p", { class: "date", text: "Everything stays on this computer. Cairn backs it up once a day." }))),
      d.recovery ? this.recoveryCard(d.recovery) : null,
      d.undo ? this.undoBar(d.undo) : null,
      h("div", { class: "data-grid" },
        this.backupsCard(d),
        h("section", { class: "card", "aria-labelledby": "export-title" },
          h("h2", { id: "export-title", text: "Export" }),
          h("p", { class: "hint", text: "One JSON file with your goals, steps, wins, rest days, habit stacks, weekly reviews, one things and rewards; it can be imported again on any computer. Or the wins alone as CSV, for a spreadsheet." }),
          h("div", { class: "actions" },
            h("button", { type: "button", id: "export-json", class: "primary", text: "Export everything (JSON)",
              onclick: () => emit(this, "export", { format: "json" }) }),
            h("button", { type: "button", id: "export-csv", text: "Export wins as CSV",
              onclick: () => emit(this, "export", { format: "csv" }) }))),
        this.importCard(d.preview),
        h("section", { class: "card", "aria-labelledby": "data-cli-title" },
          h("h2", { id: "data-cli-title", text: "From a terminal" }),
          h("pre", { class: "cli" }, h("code", { text: "cairn backup\ncairn export cairn.json\ncairn import loop-backup.db --dry-run" })))),
    ].filter(Boolean));
    // A fresh preview is what the person is waiting for: bring it into view.
    const preview = this.querySelector("#import-preview");
    if (preview) preview.scrollIntoView({ block: "center" });
  }

  /** Focuses the import preview, which says what the file would add. */
  focusPreview() {
    const preview = this.querySelector("#import-preview");
    if (!preview) return;
    preview.setAttribute("tabindex", "-1");
    preview.focus();
  }

  recoveryCard(r) {
    const backup = r.newestBackup;
    return h("section", { class: "card recovery", id: "recovery", role: "alert", "aria-labelledby": "recovery-title" },
      h("h2", { id: "recovery-title", text: "Cairn started with a fresh database" }),
      h("p", { text: "The database could not be read safely, so Cairn did not touch it: it is kept, unchanged, at" }),
      h("p", {}, h("code", { text: r.movedTo })),
      h("p", { text: backup
        ? `You can restore the newest good backup, from ${longDate(backup.date)} (${winsText(backup)}), or start fresh.`
        : "There is no backup to restore, so Cairn starts fresh. Your wins from now on are safe." }),
      h("div", { class: "actions" },
        backup ? h("button", { type: "button", id: "recovery-restore", class: "primary", text: "Restore that backup",
          onclick: () => emit(this, "restore-backup", { name: backup.name, label: backupLabel(backup) }) }) : null,
        h("button", { type: "button", id: "recovery-fresh", text: "Start fresh",
          onclick: () => emit(this, "dismiss-recovery", {}) })));
  }

  undoBar(undo) {
    return h("div", { class: "undo-bar", id: "undo-bar", role: "status" },
      h("span", { text: `Restored the backup of ${undo.restoredLabel}. What you had before is kept as a backup.` }),
      h("button", { type: "button", id: "undo-restore", class: "primary", text: "Undo restore",
        onclick: () => emit(this, "restore-backup", { name: undo.keptAside.name, label: "the moment before", undo: true }) }));
  }

  backupsCard(d) {
    const rows = d.backups.map((b) => {
      const row = h("li", { class: "backup-row", "data-name": b.name },
        h("div", { class: "backup-words" },
          h("strong", { text: backupLabel(b) }),
          h("span", { class: "muted", text: `${winsText(b)} · ${sizeText(b.bytes)}` })),
        h("button", { type: "button", class: "restore", text: "Restore…", disabled: b.wins === null,
          "aria-label": `Restore the backup of ${backupLabel(b)}`, onclick: () => this.confirmRestore(row, b) }));
      return row;
    });
    return h("section", { class: "card", "aria-labelledby": "backups-title" },
      h("h2", { id: "backups-title", text: "Backups" }),
      h("div", { class: "actions" },
        h("button", { type: "button", id: "back-up-now", class: "primary", text: "Back up now",
          onclick: () => emit(this, "back-up-now", {}) }),
        h("button", { type: "button", id: "open-backups", text: "Open the folder",
          onclick: () => emit(this, "open-backups", {}) })),
      rows.length
        ? h("ul", { class: "backup-list", id: "backup-list" }, rows)
        : h("p", { class: "muted", id: "backup-list", text: "No backups yet. The first one is made a few seconds after Cairn starts." }),
      h("p", { class: "hint", text: `Cairn keeps the last 7 days and one backup for each of the last 4 weeks, in ${d.folder}.` }));
  }

  /** Asks before a restore, saying what will be replaced. */
  confirmRestore(row, b) {
    this.querySelector(".confirm-restore")?.remove();
    const panel = h("div", { class: "confirm-restore", id: "confirm-restore", role: "group", "aria-label": "Confirm restore" },
      h("p", { text: `Restore the backup of ${backupLabel(b)} (${winsText(b)})? It replaces everything Cairn holds now: goals, steps, wins, rest days, habit stacks, weekly reviews, one things and rewards. What you have now is kept aside as a backup first, so you can undo this.` }),
      h("div", { class: "actions" },
        h("button", { type: "button", id: "confirm-restore-yes", class: "primary", text: "Restore",
          onclick: () => emit(this, "restore-backup", { name: b.name, label: backupLabel(b) }) }),
        h("button", { type: "button", text: "Cancel", onclick: () => { panel.remove(); row.querySelector("button")?.focus(); } })));
    row.after(panel);
    panel.querySelector("button")?.focus();
  }

  importCard(preview) {
    const parts = preview ? [
      [preview.goals, "goal", "goals"],
      [preview.steps, preview.source === "cairn" ? "step" : "habit as a step", preview.source === "cairn" ? "steps" : "habits as steps"],
      [preview.wins, "win", "wins"],
      [preview.restDays, "rest day", "rest days"],
      [preview.stacks, "habit stack", "habit stacks"],
      [preview.reflections, "weekly review", "weekly reviews"],
      [preview.oneThings, "day's one thing", "days' one things"],
      [preview.stepVersions, "entry in a step's story", "entries in steps' stories"],
      [preview.rewards, "reward", "rewards"],
    ].filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many)) : [];
    const body = preview ? h("div", { class: "import-preview", id: "import-preview", role: "status" },
      h("p", {}, h("strong", { text: `This is ${preview.sourceLabel}.` })),
      parts.length
        ? [h("p", { text: "Importing it adds:" }), h("ul", { id: "import-adds" }, parts.map((p) => h("li", { text: p })))]
        : h("p", { text: "Importing it would add nothing: everything in it is already here." }),
      preview.alreadyThere ? h("p", { class: "muted", text: `${plural(preview.alreadyThere, "item is", "items are")} already here and stay as they are.` }) : null,
      h("p", { class: "muted", text: "Nothing has been written yet." }),
      h("div", { class: "actions" },
        parts.length ? h("button", { type: "button", id: "import-confirm", class: "primary", text: "Import",
          onclick: () => emit(this, "run-import", { path: preview.path }) }) : null,
        h("button", { type: "button", id: "import-cancel", text: "Cancel", onclick: () => emit(this, "cancel-import", {}) })))
      : null;
    return h("section", { class: "card", "aria-labelledby": "import-title" },
      h("h2", { id: "import-title", text: "Import" }),
      h("p", { class: "hint", text: "A Cairn export (.json), a Loop Habit Tracker backup (.db), or Loop's CSV export (a zip, or its folder). You see what will be added before anything is written; importing the same file twice adds nothing." }),
      h("div", { class: "actions" },
        h("button", { type: "button", id: "import-file", class: "primary", text: "Import a file…",
          onclick: () => emit(this, "pick-import", { folder: false }) }),
        h("button", { type: "button", id: "import-folder", text: "Import a folder…",
          onclick: () => emit(this, "pick-import", { folder: true }) })),
      body);
  }
}

customElements.define("cairn-data", CairnData);
