// Your data: backups (back up now, restore with a confirmation, undo), export,
// import with a preview, and what start-up found if the database was
// damaged. Data in through `data` (the backups answer with what the page
// holds: recovery, undo, import preview); actions go up as events: back-up-now,
// open-backups, restore-backup {name}, export {format}, pick-import
// {folder}, run-import {path}, cancel-import, dismiss-recovery.
import { h, emit, longDate } from "../dom.js";
import { t, formatDate } from "../i18n.js";

function sizeText(bytes) {
  if (bytes < 1024 * 1024) return t("data-size-kb", { kb: Math.max(1, Math.ceil(bytes / 1024)) });
  return t("data-size-mb", { mb: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
}

function backupLabel(b) {
  const day = longDate(b.date);
  // Two kept on one day are told apart by the time they were kept.
  const at = formatDate(new Date(b.writtenAt), { hour: "2-digit", minute: "2-digit" });
  return b.kind === "beforeRestore" ? t("data-before-restore", { day, time: at }) : day;
}

function winsText(b) {
  return b.wins === null ? t("data-unreadable") : t("data-wins", { count: b.wins });
}

class CairnData extends HTMLElement {
  set data(d) {
    // replaceChildren would write a null as the text "null".
    this.replaceChildren(...[
      h("div", { class: "hero" }, h("div", {}, h("h1", { text: t("data-title") }),
        h("p", { class: "date", text: t("data-subtitle") }))),
      d.recovery ? this.recoveryCard(d.recovery) : null,
      d.undo ? this.undoBar(d.undo) : null,
      h("div", { class: "data-grid" },
        this.backupsCard(d),
        h("section", { class: "card", "aria-labelledby": "export-title" },
          h("h2", { id: "export-title", text: t("data-export") }),
          h("p", { class: "hint", text: t("data-export-hint") }),
          h("div", { class: "actions" },
            h("button", { type: "button", id: "export-json", class: "primary", text: t("data-export-json"),
              onclick: () => emit(this, "export", { format: "json" }) }),
            h("button", { type: "button", id: "export-csv", text: t("data-export-csv"),
              onclick: () => emit(this, "export", { format: "csv" }) }))),
        this.importCard(d.preview),
        h("section", { class: "card", "aria-labelledby": "data-cli-title" },
          h("h2", { id: "data-cli-title", text: t("data-cli") }),
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
      h("h2", { id: "recovery-title", text: t("data-recovery-title") }),
      h("p", { text: t("data-recovery-kept") }),
      h("p", {}, h("code", { text: r.movedTo })),
      h("p", { text: backup
        ? t("data-recovery-offer", { date: longDate(backup.date), wins: winsText(backup) })
        : t("data-recovery-none") }),
      h("div", { class: "actions" },
        backup ? h("button", { type: "button", id: "recovery-restore", class: "primary", text: t("data-recovery-restore"),
          onclick: () => emit(this, "restore-backup", { name: backup.name, label: backupLabel(backup), carryOver: true }) }) : null,
        h("button", { type: "button", id: "recovery-fresh", text: t("data-start-fresh"),
          onclick: () => emit(this, "dismiss-recovery", {}) })));
  }

  undoBar(undo) {
    return h("div", { class: "undo-bar", id: "undo-bar", role: "status" },
      h("span", { text: t("data-restored", { label: undo.restoredLabel }) }),
      h("button", { type: "button", id: "undo-restore", class: "primary", text: t("data-undo"),
        onclick: () => emit(this, "restore-backup", { name: undo.keptAside.name, label: t("data-moment-before"), undo: true }) }));
  }

  backupsCard(d) {
    const rows = d.backups.map((b) => {
      const row = h("li", { class: "backup-row", "data-name": b.name },
        h("div", { class: "backup-words" },
          h("strong", { text: backupLabel(b) }),
          h("span", { class: "muted", text: t("data-backup-meta", { wins: winsText(b), size: sizeText(b.bytes) }) })),
        h("button", { type: "button", class: "restore", text: t("data-restore-button"), disabled: b.wins === null,
          "aria-label": t("data-restore-label", { label: backupLabel(b) }), onclick: () => this.confirmRestore(row, b) }));
      return row;
    });
    return h("section", { class: "card", "aria-labelledby": "backups-title" },
      h("h2", { id: "backups-title", text: t("data-backups") }),
      h("div", { class: "actions" },
        h("button", { type: "button", id: "back-up-now", class: "primary", text: t("data-back-up-now"),
          onclick: () => emit(this, "back-up-now", {}) }),
        h("button", { type: "button", id: "open-backups", text: t("data-open-folder"),
          onclick: () => emit(this, "open-backups", {}) })),
      rows.length
        ? h("ul", { class: "backup-list", id: "backup-list" }, rows)
        : h("p", { class: "muted", id: "backup-list", text: t("data-backups-empty") }),
      h("p", { class: "hint", text: t("data-backups-keep", { folder: d.folder }) }));
  }

  /** Asks before a restore, saying what will be replaced. */
  confirmRestore(row, b) {
    this.querySelector(".confirm-restore")?.remove();
    const panel = h("div", { class: "confirm-restore", id: "confirm-restore", role: "group", "aria-label": t("data-confirm-label") },
      h("p", { text: t("data-confirm", { label: backupLabel(b), wins: winsText(b) }) }),
      h("div", { class: "actions" },
        h("button", { type: "button", id: "confirm-restore-yes", class: "primary", text: t("data-restore"),
          onclick: () => emit(this, "restore-backup", { name: b.name, label: backupLabel(b) }) }),
        h("button", { type: "button", text: t("data-cancel"), onclick: () => { panel.remove(); row.querySelector("button")?.focus(); } })));
    row.after(panel);
    panel.querySelector("button")?.focus();
  }

  importCard(preview) {
    const parts = preview ? [
      [preview.goals, "data-adds-goals"],
      [preview.steps, preview.source === "cairn" ? "data-adds-steps" : "data-adds-habits"],
      [preview.wins, "data-adds-wins"],
      [preview.restDays, "data-adds-rest-days"],
      [preview.stacks, "data-adds-stacks"],
      [preview.reflections, "data-adds-reviews"],
      [preview.oneThings, "data-adds-one-things"],
      [preview.stepVersions, "data-adds-story"],
      [preview.rewards, "data-adds-rewards"],
    ].filter(([n]) => n > 0).map(([n, id]) => t(id, { count: n })) : [];
    const body = preview ? h("div", { class: "import-preview", id: "import-preview", role: "status" },
      h("p", {}, h("strong", { text: t("data-import-source", { source: preview.sourceLabel }) })),
      parts.length
        ? [h("p", { text: t("data-import-adds") }), h("ul", { id: "import-adds" }, parts.map((p) => h("li", { text: p })))]
        : h("p", { text: t("data-import-nothing") }),
      preview.alreadyThere ? h("p", { class: "muted", text: t("data-already-there", { count: preview.alreadyThere }) }) : null,
      // What the other app keeps that has no place in Cairn, in Rust's words.
      preview.leftOut?.length
        ? h("ul", { id: "import-left-out", class: "left-out muted" }, preview.leftOut.map((note) => h("li", { text: note })))
        : null,
      h("p", { class: "muted", text: t("data-nothing-written") }),
      h("div", { class: "actions" },
        parts.length ? h("button", { type: "button", id: "import-confirm", class: "primary", text: t("data-import"),
          onclick: () => emit(this, "run-import", { path: preview.path }) }) : null,
        h("button", { type: "button", id: "import-cancel", text: t("data-cancel"), onclick: () => emit(this, "cancel-import", {}) })))
      : null;
    return h("section", { class: "card", "aria-labelledby": "import-title" },
      h("h2", { id: "import-title", text: t("data-import") }),
      h("p", { class: "hint", text: t("data-import-hint") }),
      h("div", { class: "actions" },
        h("button", { type: "button", id: "import-file", class: "primary", text: t("data-import-file"),
          onclick: () => emit(this, "pick-import", { folder: false }) }),
        h("button", { type: "button", id: "import-folder", text: t("data-import-folder"),
          onclick: () => emit(this, "pick-import", { folder: true }) })),
      body);
  }
}

customElements.define("cairn-data", CairnData);
