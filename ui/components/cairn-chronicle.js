// The Chronicle page: how far a person has come, pictures first. It draws
// what the backend computed and keeps no data of its own beyond the page
// shown: the header of totals, the year heatmap (cairn-heatmap) with a
// filter by goal or step, the chosen day's wins and rest days with the
// rest-day form, momentum (wins per week as bars, each recurring step's
// score, runs and comebacks), milestones beside their day in the timeline,
// the timeline of every win (searched and paged in as it scrolls), and the
// year as a picture (PNG or SVG) to save.
// Data down, each answer as it arrives: `data` (the `chronicle` command's
// answer), `dayDetail` (a day's), `timelinePage` ({wins, hasMore}),
// `weekReviews`, and `dayLoader` (a function, for the heatmap's tooltips).
// Events up: chronicle-filter {goalId, stepId}, timeline-search {search},
// timeline-more, day-select {date}, set-rest {date, stepId, reason},
// clear-rest {date, stepId}, add-day-win {date, text, stepId},
// export-image {format, bytes}, cairn-error
// {message} (also from the heatmap).
import { h, emit, setColour, formatDay, cadenceText, longDate } from "../dom.js";
import { addDays, parseDay } from "../dates.js";
import { t, formatNumber, formatDate, rtl } from "../i18n.js";
import { refuse } from "../focus.js";
import { winRow, goalChip } from "./cairn-today.js";
import { restText } from "./cairn-heatmap.js";
import { storyText } from "./cairn-step-offer.js";

const REASONS = ["rest", "sick", "travel", "other"];
// Where a win came from, said only when it was not the main window (the usual place).
const SOURCES = { tray: "chronicle-source-tray", quick: "chronicle-source-quick", shortcut: "chronicle-source-quick", reminder: "chronicle-source-reminder", cli: "chronicle-source-cli", import: "chronicle-source-import" };

/** "19 Nov": short, for the bars' labels. */
function shortDate(day) {
  return formatDate(parseDay(day), { day: "numeric", month: "short" });
}

/** The week compared with the last one, kindly. */
export function weekText(thisWeek, lastWeek) {
  if (thisWeek === 0 && lastWeek === 0) return t("chronicle-week-clean");
  if (thisWeek === 0) return t("chronicle-week-none-yet", { last: lastWeek });
  if (thisWeek > lastWeek) return lastWeek ? t("chronicle-week-more", { last: lastWeek }) : t("chronicle-week-fresh");
  if (thisWeek === lastWeek) return t("chronicle-week-level");
  return t("chronicle-week-fewer", { last: lastWeek });
}

/** "3 days" or "3 weeks": a run counted in its step's unit. */
function runLength(n, unit) {
  const id = { week: "chronicle-weeks", month: "chronicle-months", time: "chronicle-times" }[unit] ?? "chronicle-days";
  return t(id, { count: n });
}

function runText(n, unit) {
  return n === 0 ? t("chronicle-run-ready") : runLength(n, unit);
}

class CairnChronicle extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.filter = h("select", { id: "chronicle-filter", "aria-label": t("chronicle-filter-label"),
      onchange: () => {
        const [kind, id] = this.filter.value.split(":");
        emit(this, "chronicle-filter", { goalId: kind === "goal" ? id : null, stepId: kind === "step" ? id : null });
      } });
    this.stats = h("dl", { class: "stats", id: "chronicle-stats" });
    this.heatmap = h("cairn-heatmap", { id: "heatmap" });
    this.heatTitle = h("h2", { id: "heat-title", text: t("chronicle-year") });
    this.heatTotal = h("p", { class: "meta", id: "heat-total" });
    this.heatStory = h("p", { class: "meta step-story", id: "heat-story", hidden: true });
    this.day = h("section", { id: "chronicle-day", class: "card day-panel", "aria-live": "polite", hidden: true });
    // A goal's identity: its wins are votes.
    this.votes = h("section", { id: "identity-votes", class: "card identity-card", "aria-labelledby": "votes-title", hidden: true });
    // A measured step's amounts, added up by week and by month.
    this.sums = h("section", { id: "amount-sums", class: "card sums", "aria-labelledby": "sums-title", hidden: true });
    this.bars = h("div", { id: "week-bars", class: "bars" });
    this.stepList = h("ul", { id: "step-momentum", class: "momentum-list" });
    this.search = h("input", { id: "timeline-search", type: "search", placeholder: t("chronicle-search"), "aria-label": t("chronicle-search"),
      oninput: () => {
        clearTimeout(this.searchTimer);
        this.searchTimer = setTimeout(() => emit(this, "timeline-search", { search: this.search.value }), 250);
      } });
    this.timeline = h("div", { id: "timeline", class: "timeline" });
    this.sentinel = h("div", { id: "timeline-end", class: "timeline-end", "aria-hidden": "true" });
    this.moreButton = h("button", { type: "button", class: "ghost", id: "timeline-more", hidden: true,
      onclick: () => emit(this, "timeline-more", {}), text: t("chronicle-more") });
    this.append(
      h("div", { class: "hero" },
        h("div", {}, h("h1", { text: t("chronicle-title") }), h("p", { class: "date", text: t("chronicle-subtitle") })),
        h("div", { class: "actions export" },
          h("button", { type: "button", class: "ghost", id: "export-png", onclick: () => this.exportImage("png"), text: t("chronicle-save-png") }),
          h("button", { type: "button", class: "ghost", id: "export-svg", onclick: () => this.exportImage("svg"), text: t("chronicle-save-svg") }))),
      this.stats,
      h("section", { class: "card heat-card", "aria-labelledby": "heat-title" },
        h("div", { class: "section-head" }, h("div", {}, this.heatTitle, this.heatTotal, this.heatStory), this.filter),
        this.heatmap),
      this.votes,
      this.sums,
      this.day,
      h("section", { "aria-labelledby": "momentum-title" },
        h("h2", { id: "momentum-title", text: t("chronicle-momentum") }),
        h("div", { class: "card" }, h("p", { class: "meta bars-title", text: t("chronicle-bars-title") }), this.bars),
        this.stepList),
      h("section", { "aria-labelledby": "timeline-title" },
        h("div", { class: "section-head" }, h("h2", { id: "timeline-title", text: t("chronicle-timeline") }), this.search),
        this.timeline, this.sentinel, this.moreButton));
    this.heatmap.addEventListener("day-select", (e) => { e.stopPropagation(); emit(this, "day-select", e.detail); });
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && this.hasMore && !this.loadingMore) {
        this.loadingMore = true;
        emit(this, "timeline-more", {});
      }
    }, { rootMargin: "400px" });
    this.observer.observe(this.sentinel);
  }

  set dayLoader(fn) {
    this.connectedCallback();
    this.heatmap.dayLoader = fn;
  }

  /** Draws everything but the timeline; records how long it took. */
  set data(c) {
    const started = performance.now();
    this.connectedCallback();
    this.model = c;
    this.renderStats(c);
    this.renderFilter(c);
    const scope = this.scopeName(c);
    this.heatTitle.textContent = scope ? t("chronicle-year-of", { scope }) : t("chronicle-year");
    this.heatTotal.textContent = t("chronicle-year-total", { count: c.heatmap.total });
    this.renderStory(c);
    this.heatmap.data = { heatmap: c.heatmap, today: c.today, weekStart: c.weekStart, steps: c.allSteps,
      oneThingDays: c.oneThingDays, oneThingTotal: c.oneThingTotal };
    this.renderBars(c.weeks);
    this.renderVotes(c.identity);
    this.renderSums(c.amounts);
    this.renderSteps(c);
    this.milestonesByDay = new Map();
    for (const m of c.milestones) {
      if (!this.milestonesByDay.has(m.reachedOn)) this.milestonesByDay.set(m.reachedOn, []);
      this.milestonesByDay.get(m.reachedOn).push(m);
    }
    if (this.wins) this.renderTimeline();
    const scripted = performance.now() - started;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      this.dataset.renderMs = (performance.now() - started).toFixed(1);
      this.dataset.scriptMs = scripted.toFixed(1);
    }));
  }

  scopeName(c) {
    const [kind, id] = (this.filter.value || "").split(":");
    if (kind === "goal") return c.goals.find((g) => g.id === id)?.title;
    if (kind === "step") return c.allSteps.find((st) => st.id === id)?.title;
    return null;
  }

  /** A step's story ("1 minute since 3 March; 10 minutes since 1 April")
   * when the chronicle shows one step. */
  renderStory(c) {
    const [kind, id] = (this.filter.value || "").split(":");
    const m = kind === "step" ? c.steps.find((st) => st.step.id === id) : null;
    this.heatStory.hidden = !m?.story?.length;
    this.heatStory.textContent = m?.story?.length ? t("chronicle-story", { story: storyText(m.story) }) : "";
  }

  renderStats(c) {
    const { header } = c;
    const stat = (id, value, label, note) => h("div", { class: "stat", id },
      h("dt", { text: label }), h("dd", {}, h("span", { class: "stat-value", text: value }), note ? h("span", { class: "stat-note", text: note }) : null));
    this.stats.replaceChildren(
      stat("stat-total", formatNumber(header.totalWins), t("chronicle-stat-total"),
        header.totalWins ? t("chronicle-stat-total-note") : t("chronicle-stat-total-first")),
      stat("stat-week", formatNumber(header.thisWeek), t("chronicle-stat-week"), weekText(header.thisWeek, header.lastWeek)),
      stat("stat-month", formatNumber(header.daysThisMonth), t("chronicle-stat-month"), null),
      stat("stat-run", t("chronicle-days", { count: header.longestRun }), t("chronicle-stat-run"),
        header.currentRun ? t("chronicle-run-going", { count: header.currentRun }) : t("chronicle-run-grows")));
  }

  renderFilter(c) {
    const current = this.filter.value;
    this.filter.replaceChildren(
      h("option", { value: "", text: t("chronicle-filter-all") }),
      c.goals.length ? h("optgroup", { label: t("chronicle-filter-goals") }, c.goals.map((g) => h("option", { value: `goal:${g.id}`, text: g.title }))) : null,
      c.allSteps.length ? h("optgroup", { label: t("chronicle-filter-steps") }, c.allSteps.map((st) => h("option", { value: `step:${st.id}`, text: st.title }))) : null);
    this.filter.value = current;
    if (this.filter.value !== current) this.filter.value = "";
  }

  /** A measured step's last weeks and months, summed in its unit. */
  renderSums(sums) {
    this.sums.hidden = !sums;
    if (!sums) return;
    const table = (caption, rows, label) => h("table", { class: "sums-table" },
      h("caption", { text: caption }),
      h("tbody", {}, rows.map((r) => h("tr", {},
        h("th", { scope: "row", text: label(r.start) }),
        h("td", { text: t("amount-plain", { amount: r.amount, unit: sums.unit }) })))));
    const month = (day) => formatDate(parseDay(day), { month: "long", year: "numeric" });
    this.sums.replaceChildren(
      h("h2", { id: "sums-title", text: t("chronicle-sums-title", { unit: sums.unit }) }),
      h("div", { class: "sums-tables" },
        table(t("chronicle-sums-weeks"), sums.weeks.slice(-6).reverse(), (d) => t("chronicle-sums-week-of", { date: shortDate(d) })),
        table(t("chronicle-sums-months"), sums.months.slice(-6).reverse(), month)));
  }

  /** A goal's identity and the votes for it (its wins). */
  renderVotes(v) {
    this.votes.hidden = !v;
    if (!v) return;
    setColour(this.votes, "--goal", v.colour);
    const facts = [t("chronicle-identity-total", { count: v.total, goal: v.goalTitle })];
    if (v.first) facts.push(t("chronicle-identity-first", { date: longDate(v.first) }));
    if (v.comebacks) facts.push(t("chronicle-identity-comebacks", { count: v.comebacks }));
    this.votes.replaceChildren(
      h("h2", { id: "votes-title", text: t("chronicle-identity-title", { identity: v.identity }) }),
      h("p", { class: "meta", id: "votes-facts", text: facts.join(" ") }),
      h("div", { class: "bars" }, weekBars(v.weeks, {
        title: (w) => t("chronicle-identity-bar", { date: shortDate(w.start), count: w.wins }),
        label: (total, max) => t("chronicle-identity-bars-label", { total, max }),
      })));
  }

  renderBars(weeks) {
    this.bars.replaceChildren(weekBars(weeks, {
      title: (w) => t("chronicle-bar", { date: shortDate(w.start), count: w.wins }),
      label: (total, max) => t("chronicle-bars-label", { total, max }),
    }));
  }

  renderSteps(c) {
    if (!c.steps.length) {
      this.stepList.replaceChildren(h("li", { class: "empty", text: t("chronicle-steps-empty") }));
      return;
    }
    const colour = (st) => c.goals.find((g) => g.id === st.goalId)?.colour;
    this.stepList.replaceChildren(...c.steps.map((m) => {
      const li = h("li", { class: "momentum card", "data-step-id": m.step.id });
      const col = colour(m.step);
      setColour(li, "--goal", col);
      const points = m.line.map((v, i) => `${(i * 120) / (m.line.length - 1)},${40 - (v / 100) * 36 - 2}`).join(" ");
      const fresh = m.bestRun === 0 && m.currentRun === 0 && Math.round(m.score) === 0;
      const comeback = m.comebacks
        ? t("chronicle-comebacks", { count: m.comebacks })
        : t("chronicle-comebacks-none");
      li.append(
        h("div", { class: "momentum-head" },
          h("div", { class: "next-body" },
            h("span", { class: "step-title", text: m.step.title }),
            h("span", { class: "meta", text: cadenceText(m.step.cadence) })),
          h("div", { class: "score" },
            // A brand-new step has no momentum to measure yet: say so kindly.
            h("span", { class: "visually-hidden", text: `${t("chronicle-score-label")} ` }),
            h("span", { class: "score-value", text: fresh ? t("chronicle-fresh") : t("chronicle-score", { score: Math.round(m.score) }) }),
            h("svg:svg", { class: "spark", viewBox: "0 0 120 40", width: 120, height: 40, "aria-hidden": "true" },
              h("svg:polyline", { points, fill: "none", "stroke-width": 2.5, "stroke-linejoin": "round", "stroke-linecap": "round" })))),
        m.story?.length > 1 ? h("p", { class: "meta step-story", text: storyText(m.story) }) : "",
        h("dl", { class: "runs" },
          h("div", {}, h("dt", { text: t("chronicle-run-now") }), h("dd", { class: "run-current", text: runText(m.currentRun, m.unit) })),
          h("div", {}, h("dt", { text: t("chronicle-run-best") }), h("dd", { class: "run-best",
            text: m.bestRun === 0 ? t(fresh ? "chronicle-best-first-fresh" : "chronicle-best-first-way") : runLength(m.bestRun, m.unit) })),
          h("div", {}, h("dt", { text: t("chronicle-comebacks-title") }), h("dd", { class: "run-comebacks", text: comeback }))));
      return li;
    }));
  }

  /** "I did it that day, I just forgot to log it": a win for `date`, in
   * the person's words or a step's. */
  addWinForm(date, steps) {
    const text = h("input", { type: "text", id: "day-win-text", maxlength: 200, autocomplete: "off",
      "aria-label": t("chronicle-add-win-text.aria-label"), placeholder: t("chronicle-add-win-text.placeholder") });
    const step = h("select", { id: "day-win-step", "aria-label": t("chronicle-add-win-step.aria-label") },
      h("option", { value: "", text: t("chronicle-add-win-no-step") }),
      steps.filter((st) => !st.archived).map((st) => h("option", { value: st.id, text: st.title })));
    return h("form", { class: "rest-form day-win-form", id: "day-win-form", "aria-label": t("chronicle-add-win-form.aria-label"), novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (!text.value.trim() && !step.value) refuse(text, t("chronicle-add-win-empty"));
        else emit(this, "add-day-win", { date, text: text.value, stepId: step.value || null });
      } },
      h("span", { class: "rest-form-label", text: t("chronicle-add-win") }),
      text, step,
      h("button", { type: "submit", class: "primary", id: "day-win-submit", text: t("chronicle-add-win-submit") }));
  }

  /** The chosen day: its wins, its rest days, the form to add a win to
   * it, and the rest-day form. */
  set dayDetail(day) {
    this.connectedCallback();
    const c = this.model;
    const steps = c?.allSteps ?? [];
    const date = h("input", { type: "date", id: "rest-date", value: day.date, required: true, "aria-label": t("chronicle-rest-date") });
    const step = h("select", { id: "rest-step", "aria-label": t("chronicle-rest-for") },
      h("option", { value: "", text: t("chronicle-rest-every") }),
      steps.map((st) => h("option", { value: st.id, text: st.title })));
    const reason = h("select", { id: "rest-reason", "aria-label": t("chronicle-rest-why") },
      REASONS.map((v) => h("option", { value: v, text: t(`chronicle-reason-${v}`) })));
    const form = h("form", { class: "rest-form", id: "rest-form", "aria-label": t("chronicle-rest-form"),
      onsubmit: (e) => {
        e.preventDefault();
        emit(this, "set-rest", { date: date.value, stepId: step.value || null, reason: reason.value });
      } },
      // A day already resting offers another day instead of the same one.
      h("span", { class: "rest-form-label", text: t(day.rest.some((r) => !r.stepId) ? "chronicle-rest-another" : "chronicle-rest-take") }),
      date, step, reason,
      h("button", { type: "submit", class: "primary", id: "rest-submit", text: t("chronicle-rest-submit") }));
    const rests = day.rest.map((r) => h("li", { class: "rest-item", "data-rest": r.reason },
      h("span", { text: restText([r], steps) }),
      h("button", { type: "button", class: "ghost", "aria-label": t("chronicle-take-back-label", { reason: r.reason }),
        onclick: () => emit(this, "clear-rest", { date: day.date, stepId: r.stepId }), text: t("chronicle-take-back") })));
    this.day.replaceChildren(...[
      h("div", { class: "section-head" },
        h("h2", { id: "day-title", text: formatDay(day.date, c?.today ?? day.date) }),
        h("button", { type: "button", class: "ghost", id: "day-close", "aria-label": t("chronicle-close-day"), onclick: () => this.closeDay() },
          h("span", { "aria-hidden": "true", text: "×" }))),
      rests.length ? h("ul", { class: "rest-list" }, rests) : null,
      day.wins.length
        ? h("ol", { class: "win-list", id: "day-wins" }, day.wins.map((w) => this.winItem(w)))
        : h("p", { class: "empty", id: "day-wins", text: t("chronicle-day-empty") }),
      // A day still to come has no wins to add.
      !c?.today || day.date <= c.today ? this.addWinForm(day.date, steps) : null,
      form].filter(Boolean));
    this.day.hidden = false;
    // Esc closes the day; focus goes back to what opened it.
    if (!this.day.contains(document.activeElement) && document.activeElement !== document.body) this.dayOpener = document.activeElement;
    if (!this.dayEsc) {
      this.dayEsc = true;
      this.addEventListener("keydown", (e) => {
        if (e.key !== "Escape" || this.day.hidden || e.defaultPrevented) return;
        if (!this.day.contains(e.target) && !this.heatmap.contains(e.target)) return;
        e.preventDefault();
        this.closeDay();
      });
    }
  }

  /** Hides the day panel; focus goes back to the day that opened it. */
  closeDay() {
    this.day.hidden = true;
    const opener = this.dayOpener?.isConnected ? this.dayOpener
      : this.heatmap.querySelector(`[data-date="${this.heatmap.focused ?? ""}"]`) ?? this.heatmap.querySelector("[tabindex='0']");
    opener?.focus();
  }

  winItem(win) {
    return winRow(win, null,
      h("span", { class: "win-tags" },
        goalChip(win),
        win.stepTitle && win.stepTitle !== win.text ? h("span", { class: "chip step-chip", text: win.stepTitle }) : null,
        SOURCES[win.source] ? h("span", { class: "source", text: t(SOURCES[win.source]) }) : null));
  }

  /** The timeline's wins so far (newest first); `hasMore` keeps the
   * scroll loading. */
  set timelinePage({ wins, hasMore }) {
    this.connectedCallback();
    this.wins = wins;
    this.hasMore = hasMore;
    this.loadingMore = false;
    this.renderTimeline();
    // observe() always reports once: if the end is still in sight (a short
    // page, a fast scroll), the next page comes without another scroll.
    if (hasMore) {
      this.observer.unobserve(this.sentinel);
      this.observer.observe(this.sentinel);
    }
  }

  /** Weekly reviews, shown in the timeline on their week's last day. */
  set weekReviews(reviews) {
    this.reviewsByDay = new Map(reviews.map((r) => [r.weekEnd, r]));
    if (this.wins) this.renderTimeline();
  }

  renderTimeline() {
    const byDay = new Map();
    for (const w of this.wins) {
      if (!byDay.has(w.localDate)) byDay.set(w.localDate, []);
      byDay.get(w.localDate).push(w);
    }
    // A review joins the days already loaded (not a search's): on its
    // week's last day, with or without wins that day.
    const reviews = this.search.value ? new Map() : this.reviewsByDay ?? new Map();
    const oldest = this.wins.at(-1)?.localDate;
    for (const day of reviews.keys()) {
      if (!byDay.has(day) && (!this.hasMore || (oldest && day >= oldest))) byDay.set(day, []);
    }
    const today = this.model?.today ?? "";
    const markers = this.milestonesByDay ?? new Map();
    const days = [...byDay].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
    const sections = days.map(([day, list]) => h("section", { class: "day", "data-day": day },
      h("h3", { class: "day-head" }, h("span", { text: formatDay(day, today) }),
        list.length ? h("span", { class: "day-count", text: formatNumber(list.length) }) : null),
      reviews.has(day) ? this.reviewItem(reviews.get(day)) : null,
      (markers.get(day) ?? []).map((m) => {
        const el = h("p", { class: "milestone", "data-key": m.key }, h("span", { class: "milestone-mark", "aria-hidden": "true", text: "◆" }), h("span", { text: m.label }));
        setColour(el, "--goal", m.goalColour);
        return el;
      }),
      list.length ? h("ol", { class: "win-list" }, list.map((w) => this.winItem(w))) : null));
    this.timeline.replaceChildren(...(sections.length ? sections
      : [h("p", { class: "empty", text: t(this.search.value ? "chronicle-timeline-no-match" : "chronicle-timeline-empty") })]));
    this.moreButton.hidden = !this.hasMore;
  }

  reviewItem(r) {
    const first = r.wentWell.split("\n")[0] || r.adjust.split("\n")[0] || r.focus[0]?.text || "";
    return h("p", { class: "review-marker" },
      h("span", { class: "milestone-mark", "aria-hidden": "true", text: "✎" }),
      h("button", { type: "button", class: "link", text: t("chronicle-review-marker"),
        onclick: () => emit(this, "navigate", { view: "week", id: r.weekStart }) }),
      first ? h("span", { class: "muted", text: t("chronicle-quote", { text: first }) }) : null);
  }

  // ---- the picture --------------------------------------------------------

  /** A standalone SVG of the year: title, totals, the grid and its legend,
   * in the current theme's colours. */
  pictureSvg() {
    const c = this.model;
    const css = getComputedStyle(this);
    const v = (name) => css.getPropertyValue(name).trim();
    const m = c.heatmap;
    const P = 14;
    const cols = Math.ceil(m.counts.length / 7);
    const W = 40 + cols * P + 20;
    const H = 220;
    const fills = [0, 1, 2, 3, 4].map((l) => v(`--heat-${l}`));
    const rest = new Set(m.rest.map((r) => r.date));
    const cells = m.counts.map((n, i) => {
      const date = addDays(m.start, i);
      const fill = n === 0 && rest.has(date) ? v("--heat-rest") : fills[m.levels[i]];
      const col = rtl() ? cols - 1 - Math.floor(i / 7) : Math.floor(i / 7);
      return h("svg:rect", { x: 40 + col * P, y: 92 + (i % 7) * P, width: 11, height: 11, rx: 2, fill });
    });
    const font = "system-ui, sans-serif";
    const { header } = c;
    const scope = this.scopeName(c);
    const svg = h("svg:svg", { xmlns: "http://www.w3.org/2000/svg", width: W, height: H, viewBox: `0 0 ${W} ${H}` },
      h("svg:rect", { width: W, height: H, fill: v("--surface"), rx: 16 }),
      h("svg:text", { x: 40, y: 42, "font-family": font, "font-size": 22, "font-weight": 700, fill: v("--text"), text: scope ? t("chronicle-picture-title-of", { scope }) : t("chronicle-picture-title") }),
      h("svg:text", { x: 40, y: 70, "font-family": font, "font-size": 14, fill: v("--muted"),
        text: t("chronicle-picture-totals", { count: m.total, total: header.totalWins, run: header.longestRun,
          date: formatDate(parseDay(c.today), { weekday: "long", day: "numeric", month: "long", year: "numeric" }) }) }),
      cells,
      h("svg:text", { x: 40, y: H - 12, "font-family": font, "font-size": 12, fill: v("--muted"), text: t("chronicle-picture-footer") }));
    return new XMLSerializer().serializeToString(svg);
  }

  async exportImage(format) {
    if (!this.model) return;
    let bytes;
    try {
      bytes = await this.pictureBytes(format);
    } catch {
      emit(this, "cairn-error", { message: t("chronicle-picture-error") });
      return;
    }
    emit(this, "export-image", { format, bytes: Array.from(bytes) });
  }

  /** The picture as PNG or SVG bytes, drawn in the page. */
  async pictureBytes(format) {
    const svgText = this.pictureSvg();
    if (format === "svg") {
      return new TextEncoder().encode(svgText);
    } else {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
      await img.decode();
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = img.width * scale;
      canvas.height = img.height * scale;
      const ctx = canvas.getContext("2d");
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
      return new Uint8Array(await blob.arrayBuffer());
    }
  }
}

customElements.define("cairn-chronicle", CairnChronicle);

/** Bars of counts per week, oldest first: `title` names each bar, `label`
 * the whole chart for screen readers. */
function weekBars(weeks, { title, label }) {
  const W = 26 * 24;
  const H = 90;
  const max = Math.max(1, ...weeks.map((w) => w.wins));
  const bars = weeks.map((w, i) => {
    const height = w.wins ? Math.max(3, Math.round((w.wins / max) * (H - 22))) : 2;
    // Right to left, time runs leftwards: the newest week is drawn first.
    const x = rtl() ? W - i * 24 - 20 : i * 24 + 4;
    return h("svg:g", {},
      h("svg:rect", { class: w.wins ? "bar" : "bar empty", x, y: H - 16 - height, width: 16, height, rx: 3 },
        h("svg:title", { text: title(w) })),
      i % 4 === 1 ? h("svg:text", { class: "heat-label", x: rtl() ? x + 20 : x - 4, y: H - 2, text: shortDate(w.start) }) : null);
  });
  const total = weeks.reduce((a, w) => a + w.wins, 0);
  return h("svg:svg", {
    viewBox: `0 0 ${W} ${H}`, width: "100%", height: H, preserveAspectRatio: "none", role: "img",
    "aria-label": label(total, max),
  }, bars);
}
