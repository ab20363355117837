// The Your-data view's controller: backups, restore (and its undo),
// export, import with a preview, and what start-up found if the database
// was damaged. What the page shows besides the backups (the recovery
// notice, the undo bar, the import preview) lives here, so the page is
// redrawn from it without asking the backend again.
import { t, formatList } from "../i18n.js";
import "../components/cairn-data.js";

/** "2 goals, 7 steps, 79 wins, and 3 rest days": everything an import
 * brought in, the empty kinds left out, joined as the language joins. */
export function importedText(v) {
  const parts = [
    [v.goals, "done-count-goals"], [v.steps, "done-count-steps"], [v.wins, "done-count-wins"],
    [v.restDays, "done-count-rest-days"], [v.stacks, "done-count-stacks"],
  ].filter(([n]) => n > 0).map(([count, id]) => t(id, { count }));
  return parts.length === 0 ? t("done-imported-nothing") : formatList(parts);
}

export function setup(el, shell) {
  const { api, notice } = shell;
  const local = { undo: null, recovery: null, preview: null };
  let backups = null;
  const render = () => { el.data = { ...backups, ...local }; };

  async function load() {
    backups = await api.listBackups();
    render();
  }

  el.addEventListener("back-up-now", async () => {
    const r = await shell.attempt(() => api.backUpNow());
    if (!r.ok) return;
    // A backup changes no data, so no change event: the list is read here.
    await shell.attempt(load);
    notice.celebrate(t("done-backed-up", { count: r.value.wins ?? 0 }));
  });

  el.addEventListener("open-backups", () => shell.attempt(() => api.openBackupsFolder()));

  el.addEventListener("restore-backup", async ({ detail }) => {
    const r = await shell.write(() => api.restoreBackup(detail.name, Boolean(detail.carryOver)), (v) => {
      local.recovery = null;
      local.undo = detail.undo ? null : { keptAside: v.keptAside, restoredLabel: detail.label };
    });
    if (!r.ok) return;
    notice.celebrate(detail.undo ? t("done-restore-undone") : t("done-restored"));
    // Next: undo it if it was the wrong one; after an undo, the backups.
    el.querySelector(detail.undo ? "#back-up-now" : "#undo-restore")?.focus();
  });

  el.addEventListener("dismiss-recovery", () => {
    local.recovery = null;
    if (backups) render();
  });

  el.addEventListener("export", async ({ detail }) => {
    const r = await shell.attempt(() => api.exportData(detail.format));
    if (r.ok && r.value.path) notice.celebrate(t("done-exported", { count: r.value.wins, path: r.value.path }));
  });

  el.addEventListener("pick-import", async ({ detail }) => {
    const r = await shell.attempt(() => api.previewImport(detail.folder));
    if (!r.ok || !r.value.path) return;
    local.preview = r.value;
    if (backups) render();
    el.focusPreview();
  });

  el.addEventListener("cancel-import", () => {
    local.preview = null;
    if (backups) render();
    el.querySelector("#import-file")?.focus();
  });

  el.addEventListener("run-import", async ({ detail }) => {
    const r = await shell.write(() => api.runImport(detail.path), () => { local.preview = null; });
    if (!r.ok) return;
    el.querySelector("#import-file")?.focus();
    const v = r.value;
    notice.celebrate(t("done-imported", { what: importedText(v) }));
    // Milestones an import reached belong to old history: no pop-up for them.
    await api.takeMilestones().catch(() => []);
  });

  return {
    load,
    /** What start-up found wrong with the database, for the page to say. */
    setRecovery(found) {
      local.recovery = found;
    },
  };
}
