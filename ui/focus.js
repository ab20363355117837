// Focus that stays where the person is. A page is redrawn after every
// write (refresh.js), which throws away the control that had focus, and
// focus would fall to <body> (Tab would start again at the skip link).
// `keepFocus` notes where focus is before an action and, if it was lost by
// the end, puts it on the same control in the redrawn page (found by id,
// by its label, by its place in the same item), on the next control of its
// row if that one is now disabled, or else on the view's heading.
// A view that knows better (the new item, a preview) moves focus itself
// after the action; that wins, because it runs later.
// `refuse` and `clearRefusal` say beside a field why its value was refused.
import { h } from "./dom.js";

const ITEM = "[data-goal-id],[data-step-id],[data-win-id],[data-id],[data-name],[data-day]";
const GROUP = "[role=group],.row-actions,.actions,form,fieldset";
const FOCUSABLE = "button,input,select,textarea,a[href],[tabindex]";

function itemKey(item) {
  for (const name of ["goalId", "stepId", "winId", "id", "name", "day"]) {
    if (item.dataset[name] !== undefined) return [name, item.dataset[name]];
  }
  return null;
}

/** A description of the focused control, to find it again after a redraw. */
export function focusMark() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const item = el.closest(ITEM);
  const group = el.closest(GROUP);
  return {
    el,
    id: el.id,
    tag: el.tagName,
    label: el.getAttribute("aria-label"),
    text: el.textContent.trim(),
    item: item ? itemKey(item) : null,
    group: group ? (group.id || group.getAttribute("aria-label") || null) : null,
    view: el.closest("[id^=view-]")?.id ?? null,
  };
}

/** Whether focus is nowhere a person could see it. */
export function focusLost() {
  const el = document.activeElement;
  return !el || el === document.body || el === document.documentElement || !el.isConnected || !shown(el);
}

function shown(el) {
  return el.isConnected && el.getClientRects().length > 0 && !el.closest("[hidden]");
}

function usable(el) {
  return el && shown(el) && !el.disabled;
}

/** `el`, or if it is disabled the next usable control beside it. */
function orNeighbour(el) {
  if (!el || !shown(el)) return null;
  if (!el.disabled) return el;
  const group = el.closest(GROUP) ?? el.parentElement;
  return [...group.querySelectorAll(FOCUSABLE)].find(usable) ?? null;
}

/** The view currently shown (main window), or the document. */
function shownView(mark) {
  const byMark = mark?.view && document.getElementById(mark.view);
  if (byMark && !byMark.hidden) return byMark;
  return [...document.querySelectorAll("[id^=view-]")].find((v) => !v.hidden) ?? document;
}

/** Focuses the view's heading (made focusable by script only): its h1,
 * or what stands in for it while shown (`data-view-heading`, the first
 * run's title on Today). */
export function focusHeading(root = shownView(null)) {
  const heading = [...root.querySelectorAll("[data-view-heading]")].find(shown) ?? root.querySelector("h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus();
  return true;
}

/** Puts focus back where `mark` was, as near as the redrawn page allows. */
export function restoreFocus(mark) {
  // Focus that was nowhere (a page no one has touched yet) stays there: a
  // reload brought by another window must not move the page.
  if (!mark || !focusLost()) return;
  const view = shownView(mark);
  const candidates = [];
  if (usable(mark.el)) candidates.push(mark.el);
  if (mark.id) candidates.push(document.getElementById(mark.id));
  const same = (el) => el.tagName === mark.tag;
  if (mark.label) {
    candidates.push([...view.querySelectorAll(`[aria-label="${CSS.escape(mark.label)}"]`)].find(same));
  }
  if (mark.item) {
    const [name, value] = mark.item;
    const attr = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const items = [...view.querySelectorAll(`[${attr}="${CSS.escape(value)}"]`)].filter(shown);
    for (const item of items) {
      const controls = [...item.querySelectorAll(FOCUSABLE)];
      candidates.push(controls.find((c) => same(c) && c.textContent.trim() === mark.text));
      candidates.push(controls.find(usable));
    }
  }
  if (mark.group) {
    const group = document.getElementById(mark.group)
      ?? view.querySelector(`[aria-label="${CSS.escape(mark.group)}"]`);
    if (group) candidates.push([...group.querySelectorAll(FOCUSABLE)].find(usable));
  }
  for (const c of candidates) {
    const target = c && orNeighbour(c);
    if (target) {
      target.focus();
      if (!focusLost()) return;
    }
  }
  if (view !== document) focusHeading(view);
}

/** Runs `action` (async) and keeps focus where the person is. */
export async function keepFocus(action) {
  const mark = focusMark();
  try {
    return await action();
  } finally {
    restoreFocus(mark);
  }
}

let refusals = 0;

/** The row a field sits in, if it shares one with buttons (the sentence
 * goes under the row, not squeezed into it); else the field. */
function rowOf(field) {
  return field.closest(".inline-form, .log-row, .time-row, .sentence-form, .quiet-form, label.inline") ?? field;
}

/**
 * Says beside `field` why its value was refused, in a polite live region,
 * marks it invalid, ties the sentence to it and focuses it. `after` is the
 * element the sentence follows (default: the field, or the row it shares
 * with buttons).
 */
export function refuse(field, sentence, after = rowOf(field)) {
  clearRefusal(field);
  const id = `refusal-${++refusals}`;
  const note = h("p", { class: "field-refusal", id, role: "status", text: sentence });
  after.after(note);
  field.setAttribute("aria-invalid", "true");
  const described = field.getAttribute("aria-describedby");
  field.dataset.describedBefore = described ?? "";
  field.setAttribute("aria-describedby", described ? `${described} ${id}` : id);
  field.refusal = note;
  field.addEventListener("input", () => clearRefusal(field), { once: true });
  field.focus();
  return false;
}

/** Takes back what `refuse` said about `field`. */
export function clearRefusal(field) {
  if (!field.refusal) return;
  field.refusal.remove();
  field.refusal = null;
  field.removeAttribute("aria-invalid");
  const before = field.dataset.describedBefore;
  if (before) field.setAttribute("aria-describedby", before);
  else field.removeAttribute("aria-describedby");
  delete field.dataset.describedBefore;
}
