// The app shell: routes between views, loads their data through api.js,
// turns the components' events into backend calls, and shows every
// failure in one place (the notice at the top).
import { api } from "./api.js";
import { plural, h } from "./dom.js";
import "./components/cairn-notice.js";
import "./components/cairn-toast.js";
import "./components/cairn-today.js";

const $ = (id) => document.getElementById(id);
const notice = $("notice");
const toast = $("toast");
const views = { today: $("view-today"), goals: $("view-goals"), wins: $("view-wins"), chronicle: $("view-chronicle"), stacks: $("view-stacks"), data: $("view-data"), settings: $("view-settings") };

const state = { route: { view: "today", id: null }, today: null, goals: [], wins: [], winsNext: null };

function parseRoute() {
  const [view, id] = location.hash.replace(/^#/, "").split("/");
  if (view === "goal" && id) return { view: "goals", id };
  return { view: views[view] ? view : "today", id: null };
}

/** Runs a backend action; a failure becomes the notice's sentence. */
async function attempt(action) {
  try {
    return { ok: true, value: await action() };
  } catch (err) {
    notice.error(err.message);
    return { ok: false };
  }
}

async function loadToday() {
  state.today = await api.today();
  views.today.data = state.today;
}

async function loadGoals() {
  // Views other than Today load their code on first use, so the first
  // frame fetches and compiles only what it shows.
  const [goals] = await Promise.all([api.listGoals(), import("./components/cairn-goals.js")]);
  state.goals = goals;
  views.goals.show(state.goals, state.route.id);
}

async function loadWins() {
  const [page] = await Promise.all([api.listWins(null, 50), import("./components/cairn-wins.js")]);
  state.wins = page.wins;
  state.winsNext = page.next;
  views.wins.show(state.wins, Boolean(page.next), state.today?.date ?? "");
}

const loaders = { today: loadToday, goals: loadGoals, wins: loadWins, chronicle: loadChronicle, stacks: loadStacks, data: loadData, settings: loadSettings };

/** Reloads what the current view shows (and Today, which counts wins).
 * A request during a reload runs one more reload after it, so a change
 * made elsewhere meanwhile is never missed. */
let reloading = null;
let again = false;
function refresh() {
  if (reloading) {
    again = true;
    return reloading;
  }
  reloading = (async () => {
    try {
      do {
        again = false;
        const jobs = [loadToday()];
        if (state.route.view !== "today") jobs.push(loaders[state.route.view]());
        await Promise.all(jobs);
      } while (again);
    } finally {
      reloading = null;
    }
  })();
  return reloading;
}

/** Makes `route`'s view the visible one. */
function switchTo(route) {
  state.route = route;
  for (const [name, el] of Object.entries(views)) el.hidden = name !== route.view;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.view === route.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  notice.clear();
}

/** Switches to `route` and loads what it shows. */
async function show(route) {
  switchTo(route);
  await attempt(loaders[route.view]);
  document.title = route.view === "today" ? "Cairn" : `Cairn · ${route.view[0].toUpperCase()}${route.view.slice(1)}`;
}

async function celebrate() {
  const n = state.today?.wins.length ?? 0;
  const words = n === 1 ? "First win today. Nice start." : `Logged. ${plural(n, "win", "wins")} today.`;
  notice.celebrate(words + (await milestoneWords()));
}

/** A milestone reached and not celebrated yet, as a short sentence; each
 * is celebrated once (the backend remembers). */
async function milestoneWords() {
  try {
    const fresh = await api.takeMilestones();
    return fresh.length ? ` Milestone: ${fresh[0].label}.` : "";
  } catch {
    return "";
  }
}

// ---- Today --------------------------------------------------------------

views.today.addEventListener("log-win", async ({ detail }) => {
  const r = await attempt(() => api.logWin({ text: detail.text, note: detail.note, goalId: detail.goalId }));
  if (!r.ok) return;
  views.today.resetForm();
  await attempt(refresh);
  celebrate();
});

views.today.addEventListener("tick-step", async ({ detail }) => {
  const r = await attempt(() => api.tickStep(detail.id));
  if (!r.ok) return;
  await attempt(refresh);
  celebrate();
});

document.addEventListener("navigate", ({ detail }) => {
  location.hash = detail.view === "goal" ? `#goal/${detail.id}` : `#${detail.view}`;
});

// ---- Goals --------------------------------------------------------------

const goalsEl = views.goals;

goalsEl.addEventListener("create-goal", async ({ detail }) => {
  const r = await attempt(() => api.createGoal({ title: detail.title }));
  if (r.ok) location.hash = `#goal/${r.value.id}`;
});

goalsEl.addEventListener("save-goal", async ({ detail }) => {
  const r = await attempt(() => api.updateGoal(detail));
  if (!r.ok) return;
  await attempt(refresh);
  notice.celebrate("Goal saved.");
});

goalsEl.addEventListener("goal-status", async ({ detail }) => {
  const r = await attempt(() => api.setGoalStatus(detail.id, detail.status));
  if (!r.ok) return;
  await attempt(refresh);
  const words = { active: "Goal is active again.", paused: "Goal paused. It will wait for you.", done: "Goal done. What a climb!", archived: "Goal archived." };
  notice.celebrate(words[detail.status]);
});

goalsEl.addEventListener("move-goal", async ({ detail }) => {
  if ((await attempt(() => api.moveGoal(detail.id, detail.to))).ok) await attempt(refresh);
});

goalsEl.addEventListener("save-step", async ({ detail }) => {
  const r = await attempt(() => (detail.id ? api.updateStep(detail) : api.addStep(detail)));
  if (!r.ok) return;
  await attempt(refresh);
  if (!detail.id) document.querySelector("#add-step input")?.focus();
});

goalsEl.addEventListener("archive-step", async ({ detail }) => {
  if ((await attempt(() => api.setStepArchived(detail.id, detail.archived))).ok) await attempt(refresh);
});

goalsEl.addEventListener("move-step", async ({ detail }) => {
  if ((await attempt(() => api.moveStep(detail.id, detail.to))).ok) await attempt(refresh);
});

// ---- Wins ---------------------------------------------------------------

const winsEl = views.wins;

winsEl.addEventListener("edit-win", async ({ detail }) => {
  const r = await attempt(() => api.editWin(detail.id, detail.text, detail.note));
  if (!r.ok) return;
  winsEl.closeEditing();
  await attempt(refresh);
});

winsEl.addEventListener("delete-win", async ({ detail }) => {
  const r = await attempt(() => api.deleteWin(detail.id));
  if (!r.ok) return;
  await attempt(refresh);
  toast.show("Win deleted.", "Undo", async () => {
    if ((await attempt(() => api.undoDeleteWin(detail.id))).ok) await attempt(refresh);
  });
});

winsEl.addEventListener("load-more", async () => {
  const r = await attempt(() => api.listWins(state.winsNext, 50));
  if (!r.ok) return;
  state.wins = state.wins.concat(r.value.wins);
  state.winsNext = r.value.next;
  views.wins.show(state.wins, Boolean(r.value.next), state.today?.date ?? "");
});

// ---- Chronicle ----------------------------------------------------------

const chron = { goalId: null, stepId: null, search: "", wins: [], next: null, day: null, wired: false };

/** The locale's first day of the week, 1 (Monday) to 7 (Sunday). */
function weekStart() {
  try {
    const locale = new Intl.Locale(navigator.language);
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info?.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    // An unknown locale: Monday, as ISO weeks.
  }
  return 1;
}

const timelineQuery = (extra = {}) => ({ goalId: chron.goalId, stepId: chron.stepId, search: chron.search || null, ...extra });

async function loadChronicle() {
  // Loaded on first use, so start-up does not pay for it.
  await import("./components/cairn-chronicle.js");
  const el = views.chronicle;
  if (!chron.wired) {
    chron.wired = true;
    el.dayLoader = (date) => api.chronicleDay(date);
  }
  const limit = Math.min(200, Math.max(50, chron.wins.length));
  const [data, page, day] = await Promise.all([
    api.chronicle({ weekStart: weekStart(), goalId: chron.goalId, stepId: chron.stepId }),
    api.chronicleTimeline(timelineQuery({ limit })),
    chron.day ? api.chronicleDay(chron.day) : null,
  ]);
  el.data = data;
  chron.wins = page.wins;
  chron.next = page.next;
  el.showTimeline(chron.wins, Boolean(chron.next));
  if (day) el.showDay(day);
  const words = await milestoneWords();
  if (words) notice.celebrate(words.trim());
}

async function reloadTimeline() {
  const r = await attempt(() => api.chronicleTimeline(timelineQuery({ limit: 50 })));
  if (!r.ok) return;
  chron.wins = r.value.wins;
  chron.next = r.value.next;
  views.chronicle.showTimeline(chron.wins, Boolean(chron.next));
}

const chronEl = views.chronicle;

chronEl.addEventListener("chronicle-filter", async ({ detail }) => {
  chron.goalId = detail.goalId;
  chron.stepId = detail.stepId;
  chron.wins = [];
  await attempt(loadChronicle);
});

chronEl.addEventListener("timeline-search", ({ detail }) => {
  chron.search = detail.search.trim();
  reloadTimeline();
});

chronEl.addEventListener("timeline-more", async () => {
  if (!chron.next) return;
  const r = await attempt(() => api.chronicleTimeline(timelineQuery({ after: chron.next, limit: 50 })));
  if (!r.ok) return;
  chron.wins = chron.wins.concat(r.value.wins);
  chron.next = r.value.next;
  chronEl.showTimeline(chron.wins, Boolean(chron.next));
});

chronEl.addEventListener("day-select", async ({ detail }) => {
  chron.day = detail.date;
  const r = await attempt(() => api.chronicleDay(detail.date));
  if (r.ok) chronEl.showDay(r.value);
});

chronEl.addEventListener("set-rest", async ({ detail }) => {
  const r = await attempt(() => api.setRestDay(detail));
  if (!r.ok) return;
  chron.day = detail.date;
  await attempt(refresh);
  notice.celebrate("Rest day marked. Rest is part of the trail.");
});

chronEl.addEventListener("clear-rest", async ({ detail }) => {
  const r = await attempt(() => api.clearRestDay(detail));
  if (r.ok) await attempt(refresh);
});

chronEl.addEventListener("export-image", async ({ detail }) => {
  const r = await attempt(() => api.saveChronicleImage(detail.format, detail.bytes));
  if (r.ok && r.value.path) notice.celebrate(`Saved your year to ${r.value.path}.`);
});

// ---- Settings -------------------------------------------------------------

async function loadSettings() {
  await import("./components/cairn-settings.js");
  const [settings, reminders] = await Promise.all([api.getSettings(), api.getReminderSettings()]);
  views.settings.settings = { ...settings, reminders };
}

async function settingsAction(action, done) {
  const r = await attempt(action);
  if (!r.ok) return;
  await attempt(loadSettings);
  if (done) notice.celebrate(done);
}

views.settings.addEventListener("set-shortcut", ({ detail }) =>
  settingsAction(() => api.setShortcut(detail.shortcut), `Shortcut saved: ${detail.shortcut.trim()}`));
views.settings.addEventListener("set-autostart", ({ detail }) =>
  settingsAction(() => api.setAutostart(detail.enabled), detail.enabled ? "Cairn will start when you log in." : "Cairn will not start by itself."));
views.settings.addEventListener("pause-reminders", ({ detail }) =>
  settingsAction(() => api.pauseReminders(detail.until), "Reminders paused. Enjoy the quiet."));
views.settings.addEventListener("resume-reminders", () =>
  settingsAction(() => api.resumeReminders(), "Reminders are back on."));
views.settings.addEventListener("set-quiet-hours", ({ detail }) =>
  settingsAction(() => api.setQuietHours(detail), detail.on ? `Quiet hours: ${detail.start} to ${detail.end}.` : "Quiet hours off."));
views.settings.addEventListener("set-snooze", ({ detail }) =>
  settingsAction(() => api.setSnoozeMinutes(detail.minutes), `Later now waits ${detail.minutes} minutes.`));

// ---- Your data: backups, restore, export, import ---------------------------

const dataState = { undo: null, recovery: null, preview: null };

async function loadData() {
  // Loaded on first use, so start-up does not pay for it.
  await import("./components/cairn-data.js");
  const backups = await api.listBackups();
  views.data.show({ ...backups, ...dataState });
}

views.data.addEventListener("back-up-now", async () => {
  const r = await attempt(() => api.backUpNow());
  if (!r.ok) return;
  await attempt(loadData);
  notice.celebrate(`Backed up: ${plural(r.value.wins ?? 0, "win", "wins")} are safe.`);
});

views.data.addEventListener("open-backups", () => attempt(() => api.openBackupsFolder()));

views.data.addEventListener("restore-backup", async ({ detail }) => {
  const r = await attempt(() => api.restoreBackup(detail.name));
  if (!r.ok) return;
  dataState.recovery = null;
  dataState.undo = detail.undo ? null : { keptAside: r.value.keptAside, restoredLabel: detail.label };
  await attempt(refresh);
  notice.celebrate(detail.undo ? "Undone: everything is as it was before the restore." : "Restored.");
});

views.data.addEventListener("dismiss-recovery", async () => {
  dataState.recovery = null;
  await attempt(loadData);
});

views.data.addEventListener("export", async ({ detail }) => {
  const r = await attempt(() => api.exportData(detail.format));
  if (r.ok && r.value.path) notice.celebrate(`Exported ${plural(r.value.wins, "win", "wins")} to ${r.value.path}.`);
});

views.data.addEventListener("pick-import", async ({ detail }) => {
  const r = await attempt(() => api.previewImport(detail.folder));
  if (!r.ok || !r.value.path) return;
  dataState.preview = r.value;
  await attempt(loadData);
});

views.data.addEventListener("cancel-import", async () => {
  dataState.preview = null;
  await attempt(loadData);
});

views.data.addEventListener("run-import", async ({ detail }) => {
  const r = await attempt(() => api.runImport(detail.path));
  if (!r.ok) return;
  dataState.preview = null;
  await attempt(refresh);
  const v = r.value;
  notice.celebrate(`Imported ${plural(v.steps, "step", "steps")} and ${plural(v.wins, "win", "wins")}.`);
});

/** If start-up found the database damaged, say so on the data page. */
async function checkRecovery() {
  try {
    const found = await api.recoveryNotice();
    if (!found) return;
    dataState.recovery = found;
    location.hash = "#data";
  } catch {
    // Nothing to say.
  }
}

// ---- Habit stacks ---------------------------------------------------------

async function loadStacks() {
  // Loaded on first use, so start-up does not pay for it.
  await import("./components/cairn-stacks.js");
  const [stacks, goals] = await Promise.all([api.listStacks(), api.listGoals()]);
  const steps = goals.flatMap((g) => g.steps).concat(state.today?.openSteps.map((o) => o.step) ?? [])
    .filter((st, i, all) => !st.archived && all.findIndex((x) => x.id === st.id) === i);
  views.stacks.show(stacks, steps);
}

views.stacks.addEventListener("save-stack", async ({ detail }) => {
  const r = await attempt(() => api.saveStack(detail));
  if (!r.ok) return;
  views.stacks.saved();
  await attempt(refresh);
  notice.celebrate(detail.id ? "Stack saved." : "Stack added. A gentle nudge will come at the right time.");
});

views.stacks.addEventListener("stack-enabled", async ({ detail }) => {
  if ((await attempt(() => api.setStackEnabled(detail.id, detail.enabled))).ok) await attempt(refresh);
});

views.stacks.addEventListener("delete-stack", async ({ detail }) => {
  if ((await attempt(() => api.deleteStack(detail.id))).ok) await attempt(refresh);
});

// ---- Reminders in the window ----------------------------------------------
// Shown when no notification service answers, and for anchor prompts
// ("Now: stretch?"), which also appear as notifications.

const reminderBar = $("reminders");

function showReminder(r) {
  const key = `${r.stackId}|${r.date}|${r.time}`;
  reminderBar.querySelector(`[data-key="${CSS.escape(key)}"]`)?.remove();
  const slot = { stackId: r.stackId, date: r.date, time: r.time };
  const card = h("div", { class: "reminder", role: "group", "data-key": key, "aria-label": r.title },
    h("div", { class: "reminder-words" }, h("strong", { text: r.title }), h("span", { text: r.body })),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "primary reminder-done", text: "Done", onclick: async () => {
        card.remove();
        const d = await attempt(() => api.reminderDone(slot));
        if (!d.ok) return;
        await attempt(refresh);
        if (d.value) celebrate();
        else notice.celebrate("Already logged today. Nice.");
      } }),
      r.kind === "anchor" ? null : h("button", { type: "button", class: "reminder-later", text: "Later", onclick: async () => {
        card.remove();
        if ((await attempt(() => api.reminderLater(slot))).ok) notice.celebrate("Okay, later.");
      } }),
      h("button", { type: "button", class: "ghost", "aria-label": "Dismiss this reminder", text: "×", onclick: () => card.remove() })));
  reminderBar.append(card);
  reminderBar.hidden = false;
}

// ---- start --------------------------------------------------------------

window.addEventListener("hashchange", () => show(parseRoute()));

async function start() {
  const started = performance.now();
  // The database opens while this page loads; the first view's data is the
  // first request, and the first frame waits for nothing else.
  try {
    await show(parseRoute());
  } finally {
    // The page stays undrawn (hidden in index.html) until its first view
    // has data, so it is laid out and painted once, not once empty and
    // again; whatever happened, it is shown now.
    document.body.hidden = false;
  }
  if (state.route.view === "today") views.today.focusInput();
  afterFirstFrame(started);
}

/** Tells the backend once the first frame with data is on screen. */
function afterFirstFrame(started) {
  const rendered = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.ready = "1";
    const page = `script=${started.toFixed(0)} rendered=${rendered.toFixed(0)} painted=${performance.now().toFixed(0)}`;
    api.firstFrame(page).catch(() => {});
    // Nothing is emitted before the first frame (the backend starts its
    // reminders and tray after it), so listening can wait until now.
    api.onChange(() => attempt(refresh));
    api.onReminder(showReminder);
    checkRecovery();
  }));
}

start();
