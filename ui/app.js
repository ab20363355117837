// The main window's shell: shows the route's view (router.js), reloads
// what is shown when data changed (refresh.js: the change event is the
// only reload), shows every failure and celebration in one place (the
// notice at the top), and hands each view's events to its controller
// (views/), which calls the backend through api.js. Views other than
// Today load their code on first use.
// First, so its requests leave before the rest of the page's code runs.
import "./first-requests.js";
import { api, takeFirstAnswers } from "./api.js";
import { load as loadWords, t } from "./i18n.js";
import { longDate, milestoneText, rewardText } from "./dom.js";
import { Refresher } from "./refresh.js";
import { keepFocus, refuse } from "./focus.js";
import { Router, routeTitle } from "./router.js";
import "./components/cairn-notice.js";
import "./components/cairn-toast.js";
import * as todayView from "./views/today.js";

const $ = (id) => document.getElementById(id);
const notice = $("notice");
const views = {
  today: $("view-today"), goals: $("view-goals"), wins: $("view-wins"), week: $("view-week"),
  chronicle: $("view-chronicle"),
  stacks: $("view-stacks"), data: $("view-data"), settings: $("view-settings"),
};
// Gentle rewards.
views.rewards = $("view-rewards");
const modules = {
  today: async () => todayView,
  goals: () => import("./views/goals.js"),
  wins: () => import("./views/wins.js"),
  week: () => import("./views/week.js"),
  chronicle: () => import("./views/chronicle.js"),
  stacks: () => import("./views/stacks.js"),
  data: () => import("./views/data.js"),
  settings: () => import("./views/settings.js"),
  rewards: () => import("./views/rewards.js"),
};

/** Runs a backend action; a failure becomes the notice's sentence, or,
 * when the backend refused what was typed in the focused field, the
 * sentence beside that field. */
async function attempt(action) {
  const typing = document.activeElement?.matches?.("form input:not([type=checkbox]):not([type=radio]), form textarea")
    ? document.activeElement : null;
  // The page is redrawn after a write: focus stays on the control that
  // acted (or its nearest stand-in), never falls to <body>.
  return keepFocus(async () => {
    try {
      return { ok: true, value: await action() };
    } catch (err) {
      if (err.kind === "validation" && typing?.isConnected && typing.getClientRects().length) refuse(typing, err.message);
      else notice.error(err.message);
      return { ok: false };
    }
  });
}

const refresh = new Refresher({ reload: () => keepFocus(reloadShown), onError: (err) => notice.error(err.message) });
const router = new Router((route, previous) => show(route, previous));

/** What the controllers share. */
const shell = {
  api,
  notice,
  toast: $("toast"),
  /** The latest `today` answer: today's wins and open steps. */
  today: null,
  go: (route) => router.go(route),
  attempt,
  /** A write, then the reload its change event brings; {ok, value}. */
  write: (action, written) => attempt(() => refresh.afterWrite(action, written)),
  celebrateWin,
};

const controllers = new Map();
/** The controller of `view`, set up on first use. */
function controller(view) {
  if (!controllers.has(view)) {
    const made = modules[view]().then((m) => m.setup(views[view], shell));
    made.catch(() => controllers.delete(view));
    controllers.set(view, made);
  }
  return controllers.get(view);
}

/** Reloads what is shown: Today (which counts today's wins for every
 * view), and the current view if it is another. */
async function reloadShown() {
  const { route } = router;
  const jobs = [controller("today").then((c) => c.load(route))];
  if (route.view !== "today") jobs.push(controller(route.view).then((c) => c.load(route)));
  await Promise.all(jobs);
}

/** Makes `route`'s view the visible one and loads what it shows. */
async function show(route, previous = null) {
  for (const [name, el] of Object.entries(views)) el.hidden = name !== route.view;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.view === route.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  notice.clear();
  await attempt(async () => {
    const c = await controller(route.view);
    await (c.enter ? c.enter(route, previous ?? {}) : c.load(route));
  });
  document.title = routeTitle(route.view);
}

/** "Logged. 3 wins today." and the milestones the win reached; a bigger
 * one when it was today's one thing; and any reward it earned, by name. */
function celebrateWin(win) {
  const n = shell.today?.winCount ?? 0;
  const earlier = win?.localDate && shell.today?.date && win.localDate < shell.today.date;
  let words = n === 1 ? t("today-celebrate-first") : t("today-celebrate-logged", { count: n });
  if (win?.oneThing) words = t("today-celebrate-one-thing", { count: n });
  if (earlier) words = t("today-celebrate-earlier", { day: longDate(win.localDate) });
  const extras = [milestoneText(win?.milestones), rewardText(win?.rewards)].filter(Boolean);
  const message = extras.length ? `${words} ${extras.join(". ")}.` : words;
  notice.celebrate(message, { big: Boolean(win?.oneThing || win?.rewards?.length) });
}

// Components report what went wrong up to here, as the backend's sentence.
document.addEventListener("cairn-error", ({ detail }) => notice.error(detail.message));
document.addEventListener("navigate", ({ detail }) =>
  router.go(detail.view === "goal" ? { view: "goals", id: detail.id } : { view: detail.view, id: detail.id ?? null }));

/** If start-up found the database damaged, say so on the data page. */
async function checkRecovery() {
  const r = await attempt(() => api.recoveryNotice());
  if (!r.ok || !r.value) return;
  const data = await controller("data");
  data.setRecovery(r.value);
  if (router.route.view === "data") await attempt(data.load);
  else router.go({ view: "data", id: null });
}

let reminders = null;
/** Shows a reminder in the window (its code loads with the first one). */
async function showReminder(r) {
  reminders ??= import("./views/reminders.js").then((m) => m.setup($("reminders"), shell));
  (await reminders).show(r);
}

async function start() {
  const started = performance.now();
  // The database opens while this page loads; the first view's data is the
  // first request, and the first frame waits for nothing else.
  try {
    // The words (and Today's data) were asked for by first-requests.js;
    // the view draws once both are here (every view speaks through them).
    await loadWords();
    await show(router.route);
  } finally {
    // The page stays undrawn (hidden in index.html) until its first view
    // has data, so it is laid out and painted once, not once empty and
    // again; whatever happened, it is shown now.
    document.body.hidden = false;
  }
  if (router.route.view === "today") views.today.focusInput();
  afterFirstFrame(started);
}

/** Tells the backend once the first frame with data is on screen. */
function afterFirstFrame(started) {
  const rendered = performance.now();
  // Style and layout now rather than in the frame (the frame would do them
  // anyway), so the page's account tells them apart from painting.
  document.body.getBoundingClientRect();
  const laid = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const painted = performance.now();
    document.body.dataset.ready = "1";
    // What each answer the frame waited for weighs (JSON characters),
    // measured after the paint: `data=today:5120,language:61440`.
    const data = takeFirstAnswers().map(([command, answer]) => `${command}:${JSON.stringify(answer ?? null).length}`);
    const page = `origin=${performance.timeOrigin.toFixed(1)} script=${started.toFixed(0)} rendered=${rendered.toFixed(0)} laid=${laid.toFixed(0)} painted=${painted.toFixed(0)} data=${data.join(",")}`;
    // Only start-up timing: nothing a person could act on if it fails.
    api.firstFrame(page).catch((err) => console.warn("first_frame", err));
    // The rest in a task of its own, so the report leaves first.
    setTimeout(listenAfterFirstFrame);
  }));
}

/** Nothing is emitted before the first frame (the backend starts its
 * reminders and tray after it), so listening can wait until then. */
function listenAfterFirstFrame() {
  api.onChange(() => refresh.changed());
  api.onReminder((r) => showReminder(r).catch((err) => notice.error(err.message)));
  api.onNavigate((route) => router.go(route));
  // Damage can be found at start or by the check that runs after this
  // frame: either way the data page says so.
  api.onRecovery(() => checkRecovery());
  checkRecovery();
}

start();
