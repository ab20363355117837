// The year heatmap: 53 weeks in columns, one cell per day, shaded by wins.
// Drawn as SVG in the page. One cell is in the tab order at a time (roving
// tabindex); arrows move by day (up/down) and week (left/right), Home/End
// jump to the first/last day, Enter or Space opens the day. The tooltip
// shows the date, the count, rest and the day's first wins; screen readers
// get the same through each cell's label and aria-describedby.
// Data down: `data` = { heatmap, today, weekStart, steps }, `dayLoader(date)`
// for the tooltip's wins. Events up: day-select {date}, cairn-error
// {message} when the tooltip's wins cannot be read.
// Right to left (rtl()), time runs leftwards: the newest week is the
// leftmost column, the weekday names stand on the right, and the arrow
// keys follow what the eye sees (left is later).
import { h, emit } from "../dom.js";
import { addDays, daysBetween, dayParts, parseDay } from "../dates.js";
import { t, formatDate, rtl } from "../i18n.js";

const CELL = 11;
const GAP = 3;
const PITCH = CELL + GAP;
const LEFT = 30;
const TOP = 18;
const DAY_LABEL = { weekday: "long", day: "numeric", month: "long", year: "numeric" };

/** "Monday, November 2, 2026", as the language writes it (i18n.js keeps
 * one formatter for the 371 cells). */
export function dayLabel(day) {
  return formatDate(parseDay(day), DAY_LABEL);
}

/** A weekday's short name, 0 (Monday) to 6 (Sunday). */
function weekdayShort(i) {
  return formatDate(new Date(2024, 0, 1 + i), { weekday: "short" });
}

export function restText(rest, steps) {
  return rest.map((r) => {
    const step = r.stepId ? steps.find((s) => s.id === r.stepId) : null;
    return step ? t("heatmap-rest-for-step", { reason: r.reason, step: step.title }) : t("heatmap-rest-for-all", { reason: r.reason });
  }).join("; ");
}

class CairnHeatmap extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.svgHost = h("div", { class: "heat-scroll" });
    this.tip = h("div", { class: "heat-tip", id: "heat-tip", role: "tooltip", hidden: true });
    this.legend = h("div", { class: "heat-legend", "aria-hidden": "true" },
      h("span", { text: t("heatmap-fewer") }),
      [0, 1, 2, 3, 4].map((l) => h("span", { class: `swatch-cell l${l}` })),
      h("span", { text: t("heatmap-more") }),
      h("span", { class: "swatch-cell rest" }), h("span", { text: t("heatmap-rest") }));
    // Days whose one thing was done wear a small mark; the legend counts them.
    this.oneLegend = h("span", { class: "one-legend", id: "one-thing-count" });
    this.legend.append(this.oneLegend);
    this.append(this.svgHost, this.legend, this.tip);
    this.cache = new Map();
    this.steps = [];
  }

  set data({ heatmap, today, weekStart, steps, oneThingDays = [], oneThingTotal = 0 }) {
    this.connectedCallback();
    this.oneThingDays = new Set(oneThingDays);
    this.oneLegend.replaceChildren(...(oneThingTotal
      ? [h("span", { class: "swatch-one" }), h("span", { text: t("heatmap-one-thing", { count: oneThingTotal }) })]
      : []));
    this.model = heatmap;
    this.today = today;
    this.weekStart = weekStart;
    this.steps = steps ?? [];
    this.cache.clear();
    const keep = this.focused && daysBetween(heatmap.start, this.focused) >= 0 ? this.focused : today;
    this.render();
    this.setFocusDay(keep, false);
  }

  render() {
    const m = this.model;
    const n = m.counts.length;
    const cols = Math.ceil(n / 7);
    const width = LEFT + cols * PITCH;
    const height = TOP + 7 * PITCH;
    const rest = new Map();
    for (const r of m.rest) {
      if (!rest.has(r.date)) rest.set(r.date, []);
      rest.get(r.date).push(r);
    }
    this.rest = rest;
    const mirrored = rtl();
    // A column's left edge: right to left, the first week is the rightmost.
    const colX = (col) => (mirrored ? (cols - 1 - col) * PITCH : LEFT + col * PITCH);
    const rows = Array.from({ length: 7 }, (_, r) => h("svg:g", { role: "row" }));
    this.cells = new Array(n);
    for (let i = 0; i < n; i++) {
      const date = addDays(m.start, i);
      const col = Math.floor(i / 7);
      const row = i % 7;
      const count = m.counts[i];
      const resting = rest.get(date);
      const cls = count === 0 && resting ? "cell rest" : `cell l${m.levels[i]}`;
      const one = this.oneThingDays?.has(date);
      const id = `heatmap-cell${resting ? "-rest" : ""}${one ? "-one" : ""}`;
      const label = t(id, { date: dayLabel(date), count, rest: resting ? restText(resting, this.steps) : "" });
      const rect = h("svg:rect", {
        class: cls, x: colX(col), y: TOP + row * PITCH, width: CELL, height: CELL, rx: 2,
        role: "gridcell", tabindex: -1, "data-date": date, "data-count": count,
        "data-level": m.levels[i], "data-rest": resting ? resting.map((r) => r.reason).join(" ") : null,
        "aria-label": label, "aria-describedby": "heat-tip",
      });
      this.cells[i] = rect;
      rows[row].append(rect);
      if (one) {
        rows[row].append(h("svg:circle", { class: "one-mark", "aria-hidden": "true",
          cx: colX(col) + CELL / 2, cy: TOP + row * PITCH + CELL / 2, r: CELL / 5 }));
      }
    }
    // Month names above the column where each month begins.
    const months = [];
    let prev = null;
    for (let c = 0; c < cols; c++) {
      const first = addDays(m.start, c * 7);
      const [, month, day] = dayParts(first);
      if (month !== prev && !(c === 0 && day > 14)) {
        // The label starts at its column's edge and reads away from it (an
        // rtl page's SVG text runs leftwards from x).
        months.push(h("svg:text", { x: mirrored ? colX(c) + CELL : colX(c), y: TOP - 6, class: "heat-label",
          text: formatDate(parseDay(first), { month: "short" }) }));
      }
      prev = month;
    }
    const dayLabels = [1, 3, 5].map((r) => h("svg:text", {
      x: mirrored ? width : 0, y: TOP + r * PITCH + CELL - 1, class: "heat-label",
      text: weekdayShort((this.weekStart - 1 + r) % 7),
    }));
    const svg = h("svg:svg", {
      id: "heatmap-svg", viewBox: `0 0 ${width} ${height}`, width, height, role: "grid",
      "aria-label": t("heatmap-label", { count: m.total }),
    }, h("svg:g", { "aria-hidden": "true" }, months, dayLabels), rows);
    svg.addEventListener("keydown", (e) => this.onKey(e));
    svg.addEventListener("focusin", (e) => { if (e.target.dataset?.date) this.setFocusDay(e.target.dataset.date, false); });
    svg.addEventListener("click", (e) => {
      const date = e.target.dataset?.date;
      if (date) { this.setFocusDay(date, true); emit(this, "day-select", { date }); }
    });
    svg.addEventListener("mouseover", (e) => { const d = e.target.dataset?.date; if (d) this.showTip(d, e.target); });
    svg.addEventListener("mouseleave", () => { if (!this.contains(document.activeElement)) this.tip.hidden = true; });
    svg.addEventListener("focusout", (e) => { if (!this.contains(e.relatedTarget)) this.tip.hidden = true; });
    this.svgHost.replaceChildren(svg);
    this.svg = svg;
    // In a narrow window the year scrolls inside its card at full size;
    // start at today's end, where the newest weeks are.
    // (Right to left, the newest weeks are at the left end, where an rtl
    // scroller's scrollLeft is negative.)
    this.svgHost.scrollLeft = mirrored ? -this.svgHost.scrollWidth : this.svgHost.scrollWidth;
  }

  cellOf(date) {
    return this.cells?.[daysBetween(this.model.start, date)] ?? null;
  }

  /** Moves the roving tab stop to `date` (and the keyboard focus, if asked). */
  setFocusDay(date, focus) {
    const cell = this.cellOf(date);
    if (!cell) return;
    const old = this.focused && this.cellOf(this.focused);
    if (old && old !== cell) { old.setAttribute("tabindex", "-1"); old.removeAttribute("aria-selected"); }
    cell.setAttribute("tabindex", "0");
    cell.setAttribute("aria-selected", "true");
    this.focused = date;
    if (focus) { cell.focus(); this.showTip(date, cell); }
    else if (document.activeElement === cell) this.showTip(date, cell);
  }

  onKey(e) {
    if (!this.focused) return;
    const i = daysBetween(this.model.start, this.focused);
    const last = this.model.counts.length - 1;
    const week = rtl() ? -7 : 7;
    const moves = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -week, ArrowRight: week };
    let next = null;
    if (e.key in moves) next = i + moves[e.key];
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = last;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      emit(this, "day-select", { date: this.focused });
      return;
    } else if (e.key === "Escape") { this.tip.hidden = true; return; }
    else return;
    e.preventDefault();
    next = Math.max(0, Math.min(last, next));
    this.setFocusDay(addDays(this.model.start, next), true);
  }

  showTip(date, cell) {
    const i = daysBetween(this.model.start, date);
    const count = this.model.counts[i];
    const resting = this.rest.get(date);
    const list = h("ul", { class: "tip-wins" });
    this.tip.replaceChildren(...[
      h("strong", { text: dayLabel(date) }),
      h("span", { class: "tip-count", text: t("heatmap-tip-count", { count }) }),
      resting ? h("span", { class: "tip-rest", text: restText(resting, this.steps) }) : null,
      list].filter(Boolean));
    this.tip.hidden = false;
    const box = this.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    const left = Math.min(Math.max(0, c.left - box.left - 90), box.width - 240);
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${c.bottom - box.top + 6}px`;
    if (!count || !this.dayLoader) return;
    const fill = (day) => {
      if (!list.isConnected) return;
      const shown = day.wins.slice(0, 4);
      list.replaceChildren(...shown.map((w) => h("li", { text: w.text })));
      if (day.wins.length > shown.length) list.append(h("li", { class: "muted", text: t("heatmap-tip-more", { count: day.wins.length - shown.length }) }));
    };
    const cached = this.cache.get(date);
    if (cached) fill(cached);
    else {
      this.dayLoader(date).then((day) => { this.cache.set(date, day); fill(day); })
        .catch((err) => emit(this, "cairn-error", { message: err.message }));
    }
  }
}

customElements.define("cairn-heatmap", CairnHeatmap);
