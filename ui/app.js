// The app shell: routes between views, loads their data through api.js,
// turns the components' events into backend calls, and shows every
// failure in one place (the notice at the top).
import { api } from "./api.js";
import { plural } from "./dom.js";
import "./components/cairn-notice.js";
import "./components/cairn-toast.js";
import "./components/cairn-today.js";
import "./components/cairn-goals.js";
import "./components/cairn-wins.js";

const $ = (id) => document.getElementById(id);
const notice = $("notice");
const toast = $("toast");
const views = { today: $("view-today"), goals: $("view-goals"), wins: $("view-wins") };

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
  state.goals = await api.listGoals();
  views.goals.show(state.goals, state.route.id);
}

async function loadWins() {
  const page = await api.listWins(null, 50);
  state.wins = page.wins;
  state.winsNext = page.next;
  views.wins.show(state.wins, Boolean(page.next), state.today?.date ?? "");
}

const loaders = { today: loadToday, goals: loadGoals, wins: loadWins };

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

async function show(route) {
  state.route = route;
  for (const [name, el] of Object.entries(views)) el.hidden = name !== route.view;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.view === route.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  notice.clear();
  await attempt(loaders[route.view]);
  document.title = route.view === "today" ? "Cairn" : `Cairn · ${route.view[0].toUpperCase()}${route.view.slice(1)}`;
}

function celebrate() {
  const n = state.today?.wins.length ?? 0;
  notice.celebrate(n === 1 ? "First win today. Nice start." : `Logged. ${plural(n, "win", "wins")} today.`);
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
  if (r.ok) await attempt(refresh);
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

// ---- start --------------------------------------------------------------

window.addEventListener("hashchange", () => show(parseRoute()));
api.onChange(() => attempt(refresh));

async function start() {
  const route = parseRoute();
  if (route.view !== "today") await attempt(loadToday);
  await show(route);
  if (route.view === "today") views.today.focusInput();
  // Tell the backend once the first frame with data is on screen.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.ready = "1";
    api.firstFrame().catch(() => {});
  }));
}

start();
