// The Chronicle view's controller: the year, momentum and the timeline,
// filtered by goal or step and searched; rest days; the picture saved;
// and, on entering, milestones that imports reached (a logged win brings
// its own milestones with it).
import { t } from "../i18n.js";
import "../components/cairn-chronicle.js";
import { milestoneText } from "../dom.js";

export function setup(el, shell) {
  const { api, notice } = shell;
  const chron = { goalId: null, stepId: null, search: "", wins: [], next: null, day: null };
  const query = (extra = {}) => ({ goalId: chron.goalId, stepId: chron.stepId, search: chron.search || null, ...extra });
  const showPage = (page, append) => {
    chron.wins = append ? chron.wins.concat(page.wins) : page.wins;
    chron.next = page.next;
    el.timelinePage = { wins: chron.wins, hasMore: Boolean(chron.next) };
  };

  el.dayLoader = (date) => api.chronicleDay(date);

  async function load() {
    const limit = Math.min(200, Math.max(50, chron.wins.length));
    const [data, page, day, reviews] = await Promise.all([
      api.chronicle({ goalId: chron.goalId, stepId: chron.stepId }),
      api.chronicleTimeline(query({ limit })),
      chron.day ? api.chronicleDay(chron.day) : null,
      api.listReflections(),
    ]);
    el.data = data;
    // Reviews belong to everyone's week, not to one goal or step.
    el.weekReviews = chron.goalId || chron.stepId ? [] : reviews;
    showPage(page, false);
    if (day) el.dayDetail = day;
  }

  el.addEventListener("chronicle-filter", ({ detail }) => {
    chron.goalId = detail.goalId;
    chron.stepId = detail.stepId;
    chron.wins = [];
    shell.attempt(load);
  });

  el.addEventListener("timeline-search", async ({ detail }) => {
    chron.search = detail.search.trim();
    const r = await shell.attempt(() => api.chronicleTimeline(query({ limit: 50 })));
    if (r.ok) showPage(r.value, false);
  });

  el.addEventListener("timeline-more", async () => {
    if (!chron.next) return;
    const r = await shell.attempt(() => api.chronicleTimeline(query({ after: chron.next, limit: 50 })));
    if (r.ok) showPage(r.value, true);
  });

  el.addEventListener("day-select", async ({ detail }) => {
    chron.day = detail.date;
    const r = await shell.attempt(() => api.chronicleDay(detail.date));
    if (r.ok) el.dayDetail = r.value;
  });

  el.addEventListener("set-rest", async ({ detail }) => {
    const r = await shell.write(() => api.setRestDay(detail), () => { chron.day = detail.date; });
    if (r.ok) notice.celebrate(t("done-rest-marked"));
  });

  // A win for the chosen day, as if logged then; it counts there.
  el.addEventListener("add-day-win", async ({ detail }) => {
    const r = await shell.write(
      () => api.logWin({ text: detail.text, stepId: detail.stepId, day: detail.date, source: "window" }),
      () => { chron.day = detail.date; });
    if (r.ok) {
      shell.celebrateWin(r.value);
      el.querySelector("#day-win-text")?.focus();
    }
  });

  el.addEventListener("clear-rest", ({ detail }) => shell.write(() => api.clearRestDay(detail)));

  el.addEventListener("export-image", async ({ detail }) => {
    const r = await shell.attempt(() => api.saveChronicleImage(detail.format, detail.bytes));
    if (r.ok && r.value.path) notice.celebrate(t("done-picture-saved", { path: r.value.path }));
  });

  return {
    load,
    async enter() {
      await load();
      // Milestones reached elsewhere (the command line, an import): a few
      // by name, the rest counted, so the notice stays a short line.
      const reached = await api.takeMilestones();
      const more = reached.length - 3;
      const words = more > 1
        ? t("done-milestones-and-more", { milestones: milestoneText(reached.slice(0, 3)), count: more })
        : milestoneText(reached);
      if (words) notice.celebrate(t("done-sentence", { words }));
    },
  };
}
