// Building DOM without markup strings: user text only ever becomes text
// nodes (never HTML), so "<img src=x onerror=...>" shows as those characters.
import { parseDay, daysBetween, dayParts } from "./dates.js";

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

/** Sends an event up from a component. */
export function emit(el, name, detail) {
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

// Formatters are made on first use: building one loads locale data, which
// the first frame should not wait for unless it shows a date.
const formats = new Map();
function format(name, options) {
  if (!formats.has(name)) formats.set(name, new Intl.DateTimeFormat(undefined, options));
  return formats.get(name);
}
const timeFormat = { format: (d) => format("time", { hour: "numeric", minute: "2-digit" }).format(d) };
const dayFormat = { format: (d) => format("day", { weekday: "long", day: "numeric", month: "long" }).format(d) };
const dayYearFormat = { format: (d) => format("dayYear", { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(d) };

/** "19 Nov": short, for labels on a chart. */
export function shortDate(day) {
  return format("short", { day: "numeric", month: "short" }).format(parseDay(day));
}

/** "Nov": a month's short name, for the heatmap's columns. */
export function shortMonth(day) {
  return format("month", { month: "short" }).format(parseDay(day));
}

export function formatTime(iso) {
  return timeFormat.format(new Date(iso));
}

/** "Saturday 21 November". */
export function longDate(day) {
  return dayFormat.format(parseDay(day));
}

/** "Today", "Yesterday", or "Thursday 19 November". */
export function formatDay(day, today) {
  if (day === today) return "Today";
  if (daysBetween(day, today) === 1) return "Yesterday";
  return (dayParts(day)[0] === dayParts(today)[0] ? dayFormat : dayYearFormat).format(parseDay(day));
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A step's rhythm in words. */
export function cadenceText(cadence) {
  switch (cadence.kind) {
    case "once": return "once";
    case "daily": return "every day";
    case "weekly": return cadence.timesPerWeek === 1 ? "once a week" : `${cadence.timesPerWeek}× a week`;
    case "weekdays":
      if (cadence.weekdays.length === 5 && cadence.weekdays.every((d) => d < 5)) return "on weekdays";
      return "on " + cadence.weekdays.map((d) => WEEKDAYS[d]).join(", ");
    default: return "";
  }
}

export function minutesText(minutes) {
  if (!minutes) return null;
  return `${minutes} min`;
}

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "You’ve earned: a walk in the park", or "" if none. */
export function rewardText(rewards) {
  if (!rewards?.length) return "";
  return `You’ve earned: ${rewards.map((r) => r.text).join("; ")}`;
}

/** "Milestone: 100 wins", "Milestones: 100 wins; 30 days", or "" if none. */
export function milestoneText(milestones) {
  if (!milestones?.length) return "";
  return `${milestones.length === 1 ? "Milestone" : "Milestones"}: ${milestones.map((m) => m.label).join("; ")}`;
}
