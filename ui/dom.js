// Building DOM without markup strings: user text only ever becomes text
// nodes (never HTML), so "<img src=x onerror=...>" shows as those characters.
import { parseDay, daysBetween, dayParts } from "./dates.js";
import { t, formatDate, formatList, locale } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const PROPERTIES = ["hidden", "disabled", "checked", "required", "value", "selected"];

/**
 * h("button", {class: "x", onclick: fn, "aria-label": "..."}, "text", child)
 * Props: `class`, `text`, event handlers (`on<event>`: function), boolean
 * properties (`hidden`, `disabled`, `checked`, `required`), `value`, and any
 * other key as an attribute. Children: nodes, strings (as text), arrays;
 * null, undefined and false are skipped.
 * A tag written `svg:rect` is made in the SVG namespace, where every prop
 * but `text` and handlers is an attribute.
 */
export function h(tag, props = {}, ...children) {
  const svg = tag.startsWith("svg:");
  const el = svg ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") el.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (svg) el.setAttribute(key, String(value));
    else if (key === "class") el.className = value;
    else if (PROPERTIES.includes(key)) el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// A goal's colour reaches an element as a class, never through
// `element.style`: WebKitGTK (2.50) never frees an element whose `style`
// object was touched once it leaves the page. Measured in the soak: each
// Today redraw kept its coloured rows, ~4.5 kB each, 150 MB per thousand
// redraws of thirty rows; with classes the page stays flat. (A `style`
// attribute would do, but the CSP blocks those.) Each colour becomes one
// `!important` rule, as strong as the inline style it replaces, in a
// stylesheet the page builds once.
const COLOUR = /^#[0-9a-f]{3,8}$/i;
const colourClasses = new Map();
let colourSheet = null;

/** Gives `el` the colour `value` (a `#hex`, or null for the stylesheet's
 * default) as its custom property `property` ("--goal"). */
export function setColour(el, property, value) {
  const prefix = `c${property}-`;
  for (const name of [...el.classList]) if (name.startsWith(prefix)) el.classList.remove(name);
  if (value && COLOUR.test(value)) el.classList.add(colourClass(prefix, property, value));
}

function colourClass(prefix, property, value) {
  const key = `${property}:${value.toLowerCase()}`;
  let name = colourClasses.get(key);
  if (!name) {
    name = `${prefix}${colourClasses.size}`;
    if (!colourSheet) {
      colourSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, colourSheet];
    }
    colourSheet.insertRule(`.${name} { ${property}: ${value} !important; }`, colourSheet.cssRules.length);
    colourClasses.set(key, name);
  }
  return name;
}

/** Sends an event up from a component. */
export function emit(el, name, detail) {
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

// Dates go through i18n.js's `formatDate` (the catalogue's locale; it
// keeps each Intl formatter once made).
function fmt(date, options) {
  return formatDate(date, options);
}
const TIME = { hour: "numeric", minute: "2-digit" };
const DAY = { weekday: "long", day: "numeric", month: "long" };
const DAY_YEAR = { weekday: "long", day: "numeric", month: "long", year: "numeric" };

/** "19 Nov": short, for labels on a chart. */
export function shortDate(day) {
  return fmt(parseDay(day), { day: "numeric", month: "short" });
}

/** "Nov": a month's short name, for the heatmap's columns. */
export function shortMonth(day) {
  return fmt(parseDay(day), { month: "short" });
}

export function formatTime(iso) {
  return fmt(new Date(iso), TIME);
}

/** "Saturday 21 November". */
export function longDate(day) {
  return fmt(parseDay(day), DAY);
}

/** "Today", "Yesterday", or "Thursday 19 November". */
export function formatDay(day, today) {
  if (day === today) return t("day-today");
  if (daysBetween(day, today) === 1) return t("day-yesterday");
  return fmt(parseDay(day), dayParts(day)[0] === dayParts(today)[0] ? DAY : DAY_YEAR);
}

/** The weekdays' names, Monday first, as the locale writes them: `style`
 * "long" (Monday), "short" (Mon) or "narrow" (M). Made from a known
 * Monday (1 January 2024) on each call: the catalogue's locale is only
 * known once the page loaded it. */
export function weekdayNames(style = "long") {
  return [0, 1, 2, 3, 4, 5, 6].map((i) => fmt(new Date(2024, 0, 1 + i), { weekday: style }));
}

/** Weekdays (0 = Monday) as a short list: "Mon, Wed, Fri". */
export function weekdayList(days) {
  const names = weekdayNames("short");
  return formatList(days.map((d) => names[d]), "unit");
}

/** A step's rhythm in words. */
export function cadenceText(cadence) {
  switch (cadence.kind) {
    case "once": return t("cadence-once");
    case "daily": return t("cadence-daily");
    case "weekly": return t("cadence-weekly", { count: cadence.timesPerWeek });
    case "every_n_days": return t("cadence-every-n-days", { count: cadence.number });
    case "monthly": return t("cadence-monthly", { count: cadence.number });
    case "month_day": return t("cadence-month-day", { day: cadence.number });
    case "weekdays":
      if (cadence.weekdays.length === 5 && cadence.weekdays.every((d) => d < 5)) return t("cadence-weekdays");
      return t("cadence-days", { days: weekdayList(cadence.weekdays) });
    default: return "";
  }
}

/** A measured step's amount in words: "7 of 10 pages", "1 of at most 2
 * cups today", kindly when over a limit, or "7 pages" without a target. */
export function amountText(measure, amount) {
  if (measure.target == null) return t("amount-plain", { amount, unit: measure.unit });
  const args = { amount, target: measure.target, unit: measure.unit, per: measure.per };
  if (measure.bound === "at_most") return t(amount > measure.target ? "amount-over" : "amount-limit", args);
  return t("amount-of", args);
}

/** An amount as a person would type it back in a field ("2,5" in German):
 * no grouping, up to three decimals; "" for none. */
export function amountFieldText(n) {
  return n == null ? "" : new Intl.NumberFormat(locale(), { useGrouping: false, maximumFractionDigits: 3 }).format(n);
}

/** Whether a field's text is an amount the backend takes ("12", "2.5",
 * "2,5"), so the field can refuse it first. */
export function isAmountText(text) {
  return /^\d{1,7}([.,]\d{1,3})?$/.test(text.trim());
}

/** What a measured step asks for: "at least 10 pages a day", "at most 2
 * cups a day", or "in pages" without a target; null for other steps. */
export function measureText(measure) {
  if (!measure) return null;
  if (measure.target == null) return t("measure-unit-only", { unit: measure.unit });
  return t("measure-target", { bound: measure.bound, amount: measure.target, unit: measure.unit, per: measure.per });
}

/** "10 min", or null for no set time. */
export function minutesText(minutes) {
  if (!minutes) return null;
  return t("common-minutes-short", { count: minutes });
}

/** "You’ve earned: a walk in the park", or "" if none. */
export function rewardText(rewards) {
  if (!rewards?.length) return "";
  return t("wins-earned", { rewards: rewards.map((r) => r.text).join("; ") });
}

/** "Milestone: 100 wins", "Milestones: 100 wins; 30 days", or "" if none. */
export function milestoneText(milestones) {
  if (!milestones?.length) return "";
  return t("wins-milestones", { count: milestones.length, labels: milestones.map((m) => m.label).join("; ") });
}

/** Message `id` with some arguments as nodes (a bold title, a field):
 * `nodes` maps a variable to a node; the rest of `args` are values. Gives
 * the sentence's parts in the language's order, text as strings, so the
 * translation decides where each node goes. */
export function messageParts(id, nodes, args = {}) {
  const marks = {};
  const names = Object.keys(nodes);
  names.forEach((name, i) => { marks[name] = `\u0001${i}\u0001`; });
  const text = t(id, { ...args, ...marks });
  return text.split(/\u0001(\d+)\u0001/).map((part, i) => (i % 2 ? nodes[names[Number(part)]] : part))
    .filter((part) => part !== "");
}
