// The window's words: the one door to the catalogue. Rust parses the
// language's Fluent catalogue (src-tauri/core/locales/<id>.ftl) and hands it
// over as data with the first view (see src-tauri/core/src/i18n/window.rs
// for the shape and why); this file fills in each message with the
// browser's Intl.PluralRules and Intl.NumberFormat, and dates with
// Intl.DateTimeFormat, all for the same locale. A page never writes a word a
// person reads itself: it asks `t(id, args)`.
import { api } from "./api.js";

let lang = { id: "en", locale: "en", dir: "ltr", weekStart: 1, pseudo: null, messages: {} };
const formats = new Map();

let loading = null;
/** Loads the catalogue (once per page; every page awaits this before its
 * first words), sets the page's `lang` and `dir`, fills in the elements
 * marked `data-l10n-id`, and reloads the page when the person picks
 * another language (each window then shows the view it showed, in it). */
export function load() {
  if (loading) return loading;
  loading = api.language().then(
    (catalogue) => {
      lang = catalogue;
      formats.clear();
      document.documentElement.lang = lang.locale;
      document.documentElement.dir = lang.dir;
      translate(document);
      api.onLanguage(() => location.reload());
    },
    (err) => console.error("the catalogue did not arrive", err),
  );
  return loading;
}

/** The page's first Intl objects load the engine's locale data (about
 * 8 ms here, whatever the locale; later ones cost almost nothing). Made
 * while the first answers are on their way (call it once they are asked
 * for), that time leaves the first frame. The engine's default locale,
 * not `navigator.language`: with no LANG set (LANG=C, as under the
 * benchmarks) that is "C", which Intl refuses, and the warm-up did
 * nothing. */
export function warmUpIntl() {
  try {
    new Intl.PluralRules().select(1);
    new Intl.NumberFormat().format(1);
  } catch {
    // Nothing to warm: the catalogue's own locale is used later anyway.
  }
}

/** The locale dates and numbers follow (BCP 47). */
export function locale() {
  return lang.locale;
}

/** The locale's first day of the week, 1–7 (Monday is 1): the core's
 * rule, handed over with the words, so the page's weeks and the core's
 * (the week's review, the nudge) always agree. */
export function weekStart() {
  return lang.weekStart >= 1 && lang.weekStart <= 7 ? lang.weekStart : 1;
}

/** Whether the page runs right to left. */
export function rtl() {
  return lang.dir === "rtl";
}

/** Message `id` (or `id.attribute`) with `args` ({name: number | text}). */
export function t(id, args = {}) {
  const message = lang.messages[id];
  if (message === undefined) {
    console.error("no such message", id);
    return id;
  }
  return pattern(message, args);
}

function pattern(parts, args) {
  if (typeof parts === "string") return parts;
  if (!Array.isArray(parts)) return part(parts, args);
  return parts.map((p) => part(p, args)).join("");
}

function part(p, args) {
  if (typeof p === "string") return p;
  if (Array.isArray(p)) return pattern(p, args);
  if (p.s !== undefined) return pattern(select(p, args), args);
  const value = args[p.$];
  if (value === undefined || value === null) {
    console.error("a message lacks its variable", p.$);
    return `{$${p.$}}`;
  }
  return typeof value === "number" ? numberFormat(p.n).format(value) : String(value);
}

/** A selection's variant: an exact value first ([0], [1]), then the
 * language's plural category for numbers, then the default. */
function select({ s, v, d }, args) {
  const value = typeof s === "string" ? s : args[s.$];
  if (typeof value === "number") {
    const exact = v.find(([key]) => key !== "" && !Number.isNaN(Number(key)) && Number(key) === value);
    if (exact) return exact[1];
    const category = plurals().select(value);
    const byCategory = v.find(([key]) => key === category);
    if (byCategory) return byCategory[1];
  } else if (value !== undefined) {
    const match = v.find(([key]) => key === String(value));
    if (match) return match[1];
  }
  return v[d][1];
}

function cached(key, make) {
  if (!formats.has(key)) formats.set(key, make());
  return formats.get(key);
}

function plurals() {
  return cached("plural", () => new Intl.PluralRules(lang.locale));
}

function numberFormat(options = {}) {
  return cached(`number:${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang.locale, options));
}

/** Text a formatter made, as this language shows it: the pseudo-locales
 * wrap it, like every message. */
function mark(text) {
  return lang.pseudo ? `${lang.pseudo[0]}${text}${lang.pseudo[1]}` : text;
}

/** A number as the locale writes it ("1,234", "1.234"). */
export function formatNumber(n, options) {
  return mark(numberFormat(options).format(n));
}

/** A date (a `Date`) with Intl.DateTimeFormat `options`, for the locale. */
export function formatDate(date, options) {
  return mark(cached(`date:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang.locale, options)).format(date));
}

/** A list ("a, b and c") as the locale joins it. */
export function formatList(items, type = "conjunction") {
  return mark(cached(`list:${type}`, () => new Intl.ListFormat(lang.locale, { style: "long", type })).format(items));
}

/** Fills in `root`'s marked elements: `data-l10n-id` sets the text;
 * `data-l10n-attrs="aria-label:id, title:id2"` sets attributes. */
export function translate(root) {
  for (const el of root.querySelectorAll("[data-l10n-id]")) el.textContent = t(el.dataset.l10nId);
  for (const el of root.querySelectorAll("[data-l10n-attrs]")) {
    for (const pair of el.dataset.l10nAttrs.split(",")) {
      const [attr, id] = pair.split(":").map((x) => x.trim());
      if (attr && id) el.setAttribute(attr, t(id));
    }
  }
}
