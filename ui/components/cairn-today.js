// Today: log a win, tick each active goal's smallest next step, see today's
// wins. Data comes in through `data` (the `today` command's answer);
// actions go up as events: log-win, tick-step, navigate.
import { h, emit, setColour, longDate, shortDate, formatTime, cadenceText, minutesText, amountText, amountFieldText } from "../dom.js";
import { addDays, localToday } from "../dates.js";
import { t, load } from "../i18n.js";
import { refuse } from "../focus.js";
// Today's one thing and gentle rewards, shown first.
import "./cairn-one-thing.js";
import "./cairn-to-enjoy.js";
// A new Cairn leads with its first run.
import "./cairn-first-run.js";

/** Today's wins listed before "Show more". */
const TODAY_WINS_SHOWN = 8;

export function winCountText(n) {
  return t("today-count", { count: n });
}

class CairnToday extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.text = h("input", {
      id: "win-text", type: "text", maxlength: 200, autocomplete: "off", required: true,
      placeholder: t("today-log-placeholder.placeholder"),
    });
    this.goal = h("select", { id: "win-goal", "aria-label": t("today-goal-select.aria-label") });
    this.note = h("textarea", { id: "win-note", rows: 2, maxlength: 2000, placeholder: t("common-note-placeholder") });
    this.noteRow = h("div", { class: "note-row", hidden: true },
      h("label", { for: "win-note", class: "visually-hidden", text: t("common-note") }), this.note);
    const noteToggle = h("button", {
      type: "button", class: "ghost", id: "win-note-toggle", "aria-expanded": "false",
      onclick: () => {
        this.noteRow.hidden = !this.noteRow.hidden;
        noteToggle.setAttribute("aria-expanded", String(!this.noteRow.hidden));
        if (!this.noteRow.hidden) this.note.focus();
      },
      text: t("today-note-toggle"),
    });
    const form = h("form", {
      id: "log-form", class: "log-form", "aria-label": t("today-log-form.aria-label"), novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (this.text.value.trim() === "") {
          refuse(this.text, t("today-log-empty"), this.text.parentElement);
          return;
        }
        emit(this, "log-win", { text: this.text.value, note: this.note.value, goalId: this.goal.value || null });
      },
    },
      h("label", { for: "win-text", class: "log-label", text: t("today-log-label") }),
      h("div", { class: "log-row" },
        this.text,
        h("button", { type: "submit", class: "primary", id: "log-button", text: t("today-log-button") })),
      h("div", { class: "log-extras" }, this.goal, noteToggle),
      this.noteRow);

    this.dateEl = h("p", { class: "date" });
    this.countEl = h("p", { class: "count", id: "win-count" });
    this.nextList = h("ul", { id: "next-steps", class: "next-steps" });
    this.winList = h("ol", { id: "today-wins", class: "win-list" });
    this.moreButton = h("button", { type: "button", class: "ghost", id: "today-more", hidden: true,
      onclick: () => {
        this.expanded = true;
        this.data = this.today;
      } });
    this.allLink = h("button", { type: "button", class: "ghost", id: "today-all-wins", hidden: true,
      onclick: () => emit(this, "navigate", { view: "wins" }), text: t("today-all-wins") });
    // Who the person is becoming: one quiet line per named goal.
    this.identityList = h("ul", { id: "identities", class: "identity-votes", hidden: true,
      "aria-label": t("today-identities.aria-label") });
    this.oneThing = h("cairn-one-thing", { id: "one-thing" });
    this.toEnjoy = h("cairn-to-enjoy", { id: "to-enjoy-list", hidden: true });
    this.append(
      h("section", { class: "hero", "aria-labelledby": "today-title" },
        h("div", {}, h("h1", { id: "today-title", text: t("today-title") }), this.dateEl),
        this.countEl),
      this.identityList,
      this.oneThing,
      this.toEnjoy,
      form,
      h("section", { "aria-labelledby": "next-title" },
        h("h2", { id: "next-title", text: t("today-next-title") }), this.nextList),
      this.limitsSection = h("section", { "aria-labelledby": "limits-title", class: "limits", hidden: true },
        h("h2", { id: "limits-title", text: t("today-limits-title") }),
        h("p", { class: "muted", text: t("today-limits-hint") }),
        this.limitList = h("ul", { id: "limits", class: "limit-list" })),
      h("section", { "aria-labelledby": "wins-title" },
        h("h2", { id: "wins-title", text: t("today-wins-title") }), this.winList, this.moreButton, this.allLink));
  }

  /** Clears the log form after a win was logged. */
  resetForm() {
    this.text.value = "";
    this.note.value = "";
    this.noteRow.hidden = true;
    this.text.focus();
  }

  focusInput() {
    if (this.firstRun?.isConnected) this.firstRun.focus();
    else this.text.focus();
  }

  set data(today) {
    this.connectedCallback();
    this.today = today;
    // The first run takes the page until it is finished or skipped.
    this.classList.toggle("first-run", Boolean(today.firstRun));
    if (today.firstRun && !this.firstRun?.isConnected) {
      this.firstRun = h("cairn-first-run", { id: "first-run" });
      this.querySelector(".hero").after(this.firstRun);
    } else if (!today.firstRun && this.firstRun) {
      this.firstRun.remove();
      this.firstRun = null;
    }
    this.dateEl.textContent = longDate(today.date);
    this.countEl.textContent = winCountText(today.winCount);
    this.countEl.classList.toggle("has-wins", today.winCount > 0);
    const identities = today.identities ?? [];
    this.identityList.hidden = identities.length === 0;
    this.identityList.replaceChildren(...identities.map((i) => {
      const li = h("li", { "data-goal-id": i.goalId,
        text: t("today-identity-votes", { count: i.votesThisWeek, identity: i.identity, goal: i.goalTitle }) });
      setColour(li, "--goal", i.colour);
      return li;
    }));
    this.oneThing.data = { focus: today.focus, openSteps: today.openSteps };
    this.toEnjoy.data = today.focus.toEnjoy;

    const selected = this.goal.value;
    this.goal.replaceChildren(
      h("option", { value: "", text: t("today-no-goal") }),
      ...today.goals.map(({ goal }) => h("option", { value: goal.id, text: goal.title, selected: goal.id === selected })));

    this.nextList.replaceChildren(...this.renderNext(today.goals));
    this.limitsSection.hidden = today.limits.length === 0;
    this.limitList.replaceChildren(...today.limits.map((l) => this.renderLimit(l)));
    this.placeOffer();
    // A long day shows its latest wins first; the rest are one click away.
    const shown = this.expanded ? today.wins : today.wins.slice(0, TODAY_WINS_SHOWN);
    this.winList.replaceChildren(...(today.wins.length
      ? shown.map((w) => winRow(w))
      : [h("li", { class: "empty", text: t("today-wins-empty") })]));
    // The answer carries the newest wins only; past them, the Wins page.
    const hidden = today.wins.length - shown.length;
    this.moreButton.hidden = hidden === 0;
    this.moreButton.textContent = t("today-show-more", { count: hidden });
    this.allLink.hidden = !this.expanded || today.winCount <= today.wins.length;
  }

  // ---- a step that fits the week (cairn-step-offer) ----

  /** The one step offer (the `step_offer` answer, or null). */
  set offer(offer) {
    this.connectedCallback();
    this.offerData = offer;
    this.placeOffer();
  }

  /** Shows the offer right under its step's goal (standalone steps: after
   * the list). */
  placeOffer() {
    this.offerItem ??= h("li", { class: "offer-item" }, h("cairn-step-offer", { id: "step-offer" }));
    const o = this.offerData ?? null;
    this.offerItem.firstChild.data = o;
    if (!o) {
      this.offerItem.remove();
      return;
    }
    setColour(this.offerItem, "--goal", o.goalColour);
    const goalItem = [...this.nextList.children].find((li) => li.dataset.goalId && li.dataset.goalId === o.step.goalId);
    if (goalItem) goalItem.after(this.offerItem);
    else if (this.offerItem.parentNode !== this.nextList || this.offerItem.nextSibling) this.nextList.append(this.offerItem);
  }

  /** After an offer's answer: focus the step's tick, or the list's title. */
  focusAfterOffer(stepId) {
    const tick = this.nextList.querySelector(`.tick[data-step-id="${CSS.escape(stepId)}"]`);
    if (tick) tick.focus();
    else {
      const title = this.querySelector("#next-title");
      title.tabIndex = -1;
      title.focus();
    }
  }

  renderNext(goals) {
    if (goals.length === 0) {
      return [h("li", { class: "empty" },
        h("p", { text: t("today-no-goals") }),
        h("button", { type: "button", class: "primary", onclick: () => emit(this, "navigate", { view: "goals" }), text: t("today-add-goal") }))];
    }
    return goals.map(({ goal, nextStep, stepCount }) => {
      const item = h("li", { class: "goal-next", "data-goal-id": goal.id });
      setColour(item, "--goal", goal.colour);
      const title = h("span", { class: "goal-name", text: goal.title });
      if (!nextStep) {
        const msg = stepCount === 0 ? t("today-no-steps") : t("today-all-done");
        item.append(h("div", { class: "next-body" }, title, h("span", { class: "step-title muted", text: msg })),
          stepCount === 0
            ? h("button", { type: "button", class: "ghost", onclick: () => emit(this, "navigate", { view: "goal", id: goal.id }), text: t("today-add-step") })
            : h("span", { class: "done-mark", "aria-hidden": "true", text: "✓" }));
        return item;
      }
      const measure = nextStep.measure;
      const soFar = measure ? (this.today.openSteps.find((o) => o.step.id === nextStep.id)?.amount ?? 0) : null;
      const meta = [cadenceText(nextStep.cadence), minutesText(nextStep.minutes), measure ? amountText(measure, soFar) : null]
        .filter(Boolean).join(" · ");
      // A measured step's ✓ logs the amount in its box (its usual one
      // unless the person types another).
      const amount = measure ? amountInput(measure, nextStep.title) : null;
      const amountOf = () => (amount ? amount.value : null);
      item.append(
        h("div", { class: "next-body" }, title,
          h("span", { class: "step-title", text: nextStep.title }),
          h("span", { class: "meta", text: meta })),
        h("div", { class: "tick-actions" },
          // "I did it yesterday, I just forgot": a quiet second door.
          h("button", {
            type: "button", class: "ghost tick-yesterday", "data-step-id": nextStep.id,
            "aria-label": t("today-tick-yesterday.aria-label", { title: nextStep.title }),
            onclick: () => emit(this, "tick-step", { id: nextStep.id, title: nextStep.title, day: addDays(this.today.date, -1), amount: amountOf() }),
            text: t("today-tick-yesterday"),
          }),
          amount,
          h("button", {
            type: "button", class: "tick", "data-step-id": nextStep.id,
            "aria-label": t("today-tick.aria-label", { title: nextStep.title }), title: t("today-tick.title", { title: nextStep.title }),
            onclick: () => emit(this, "tick-step", { id: nextStep.id, title: nextStep.title, amount: amountOf() }),
          }, h("span", { "aria-hidden": "true", text: "✓" }))));
      return item;
    });
  }

  /** A limit: how today stands with it, and a button that logs its usual
   * amount. Never a ✓ and never red: a limit is kept, not done, and a day
   * over it is just a day. */
  renderLimit({ step, goalTitle, amount, over }) {
    const usual = step.measure.usual;
    return h("li", { class: over ? "limit over" : "limit", "data-step-id": step.id },
      h("div", { class: "next-body" },
        goalTitle ? h("span", { class: "goal-name", text: goalTitle }) : null,
        h("span", { class: "step-title", text: step.title }),
        h("span", { class: "meta limit-standing", text: amountText(step.measure, amount) })),
      h("button", {
        type: "button", class: "ghost log-limit", "data-step-id": step.id,
        "aria-label": t("today-limit-log.aria-label", { title: step.title, amount: usual, unit: step.measure.unit }),
        onclick: () => emit(this, "tick-step", { id: step.id, title: step.title, amount: null, limit: true }),
        text: t("today-limit-log", { amount: usual }),
      }));
  }
}

/** The amount box beside a measured step's ✓, holding its usual amount. */
function amountInput(measure, title) {
  return h("input", {
    type: "text", inputmode: "decimal", class: "tick-amount", autocomplete: "off", size: 4,
    value: amountFieldText(measure.usual),
    "aria-label": t("today-amount.aria-label", { title, unit: measure.unit }),
  });
}

/** One win in a list: time, text, note and, under them, `tags` (by
 * default the goal's chip). Shared by Today, Wins and the Chronicle. */
export function winRow(win, actions = null, tags = goalChip(win)) {
  const li = h("li", { class: "win", "data-win-id": win.id });
  setColour(li, "--goal", win.goalColour);
  // A win put on an earlier day shows when it was added, not a time of
  // day it never had.
  const entered = localToday(new Date(win.loggedAt));
  const later = win.localDate < entered;
  li.append(
    later
      ? h("time", { class: "win-time added-later", datetime: win.loggedAt, text: t("win-added-later", { day: shortDate(entered) }),
        title: t("win-added-later.title", { day: shortDate(entered) }) })
      : h("time", { class: "win-time", datetime: win.loggedAt, text: formatTime(win.loggedAt) }),
    h("div", { class: "win-body" },
      h("span", { class: "win-text", text: win.text }),
      win.amount != null && win.unit ? h("span", { class: "win-amount", text: t("amount-plain", { amount: win.amount, unit: win.unit }) }) : null,
      win.note ? h("span", { class: "win-note", text: win.note }) : null,
      tags));
  if (actions) li.append(actions);
  return li;
}

/** The chip naming a win's goal, if it has one. */
export function goalChip(win) {
  return win.goalTitle ? h("span", { class: "chip", text: win.goalTitle }) : null;
}

// The element is in index.html, so defining it builds it at once: its
// words must be there first.
await load();
customElements.define("cairn-today", CairnToday);
