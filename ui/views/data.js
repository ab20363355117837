// The Your-data view's controller: backups, restore (and its undo),
// export, import with a preview, and what start-up found if the database
// was damaged. What the page shows besides the backups (the recovery
// notice, the undo bar, the import preview) lives here, so the page is
// redrawn from it without asking the backend again.
import "../components/cairn-data.js";
import { plural } from "../dom.js";

/** "2 goals, 7 steps, 79 wins and 3 rest days": everything an import
 * brought in, the empty kinds left out. */
export function importedText(v) {
  const parts = [
    [v.goals, "goal", "goals"], [v.steps, "step", "steps"], [v.wins, "win", "wins"],
    [v.restDays, "rest day", "rest days"], [v.stacks, "habit stack", "habit stacks"],
  ].filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  if (parts.length === 0) return "nothing new: it was all here already";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function setup(el, shell) {
  const { api, notice } = shell;
  const local = { undo: null, recovery: null, preview: null };
  let backups = null;
  const render = () => el.show({ ...backups, ...local });

  async function load() {
    backups = await api.listBackups();
    render();
  }

  el.addEventListener("back-up-now", async () => {
    const r = await shell.attempt(() => api.backUpNow());
    if (!r.ok) return;
    // A backup changes no data, so no change event: the list is read here.
    await shell.attempt(load);
    notice.celebrate(`Backed up: ${plural(r.value.wins ?? 0, "win", "wins")} are safe.`);
  });

  el.addEventListener("open-backups", () => shell.attempt(() => api.openBackupsFolder()));

  el.addEventListener("restore-backup", async ({ detail }) => {
    const r = await shell.write(() => api.restoreBackup(detail.name), (v) => {
      local.recovery = null;
      local.undo = detail.undo ? null : { keptAside: v.keptAside, restoredLabel: detail.label };
    });
    if (!r.ok) return;
    notice.celebrate(detail.undo ? "Undone: everything is as it was before the restore." : "Restored.");
    // Next: undo it if it was the wrong one; after an undo, the backups.
    el.querySelector(detail.undo ? "#back-up-now" : "#undo-restore")?.focus();
  });

  el.addEventListener("dismiss-recovery", () => {
    local.recovery = null;
    if (backups) render();
  });

  el.addEventListener("export", async ({ detail }) => {
    const r = await shell.attempt(() => api.exportData(detail.format));
    if (r.ok && r.value.path) notice.celebrate(`Exported ${plural(r.value.wins, "win", "wins")} to ${r.value.path}.`);
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
    notice.celebrate(`Imported ${importedText(v)}.`);
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
