// A step that fits the week: the one offer Today shows beside a step,
// "Make it smaller?" after two misses in a row, "Ready for a bit more?"
// after three weeks of high momentum. Every choice is a button; "Different
// words" opens a field with an example; "Not now" (or Esc) sets the offer
// aside. Data down through `data` (the `step_offer` answer, or null);
// events up: adjust-step {id, kind, title, cadence, minutes},
// dismiss-offer {id, keep}, rest-step {id, title, days}.
// Also exports `storyText`, a step's story in words, for the Chronicle.
import { h, emit, cadenceText, measureText } from "../dom.js";
import { refuse } from "../focus.js";
import { parseDay, dayParts, localToday } from "../dates.js";
import { t, formatDate } from "../i18n.js";

/** "1 minute", "10 minutes". */
export function minutesLabel(m) {
  return t("offer-minutes", { count: m });
}

function capitalised(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function choiceLabel(choice, kind, step) {
  switch (choice.kind) {
    case "target": return capitalised(measureText({ ...step.measure, target: choice.target }));
    case "minutes": return choice.minutes === 1 ? t("offer-one-minute") : minutesLabel(choice.minutes);
    case "cadence": return capitalised(cadenceText(choice.cadence));
    case "words": return t("offer-words");
    case "rest": return t("offer-rest");
    case "keep": return t("common-keep-as-is");
    default: return kind;
  }
}

/** "today", or "3 March" (or "March 3") with the year when it is not
 * this year. */
function storyDate(day) {
  if (day === localToday()) return t("offer-story-today");
  const thisYear = dayParts(localToday())[0] === dayParts(day)[0];
  return formatDate(parseDay(day), thisYear ? { day: "numeric", month: "long" } : { day: "numeric", month: "long", year: "numeric" });
}

/** A step's story: "1 minute since 3 March; 10 minutes since 1 April". */
export function storyText(story) {
  return story.map((e) => {
    const parts = [
      e.title ? t("offer-story-title", { title: e.title }) : null,
      e.showsMinutes ? (e.minutes ? minutesLabel(e.minutes) : t("offer-story-no-time")) : null,
      e.cadence ? cadenceText(e.cadence) : null,
    ].filter(Boolean);
    return t("offer-story-since", { what: parts.join(", "), date: storyDate(e.since) });
  }).join("; ");
}

class CairnStepOffer extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || !this.current) return;
      e.preventDefault();
      if (this.words && !this.words.hidden) this.closeWords();
      else this.dismiss(false);
    });
    if (this.current) this.render();
  }

  set data(offer) {
    const key = offer ? `${offer.kind}:${offer.step.id}:${offer.step.title}:${offer.step.minutes}:${JSON.stringify(offer.step.cadence)}` : "";
    const same = key === this.key;
    this.current = offer;
    this.key = key;
    this.hidden = !offer;
    // The same offer again (a reload) keeps what the person is typing.
    if (!same && this.built) this.render();
  }

  get offer() {
    return this.current;
  }

  render() {
    const o = this.current;
    if (!o) {
      this.replaceChildren();
      return;
    }
    const smaller = o.kind === "smaller";
    const title = smaller ? t("offer-smaller-title") : t("offer-bigger-title");
    const body = smaller ? t("offer-smaller-body", { title: o.step.title }) : t("offer-bigger-body", { title: o.step.title });
    const choices = o.choices.filter((c) => c.kind !== "keep").map((c) => h("button", {
      type: "button", class: c.kind === "words" || c.kind === "rest" ? "offer-choice soft" : "offer-choice",
      "data-choice": c.kind,
      onclick: () => this.choose(c),
      text: choiceLabel(c, o.kind, o.step),
    }));
    this.wordsInput = h("input", { type: "text", id: "offer-words", maxlength: 200, autocomplete: "off", value: o.step.title, required: true });
    this.words = h("form", { class: "offer-words", hidden: true, "aria-label": t("offer-words-form.aria-label"), novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (this.wordsInput.value.trim() === "") return refuse(this.wordsInput, t("offer-words-empty"), this.wordsInput.parentElement);
        this.emitChange({ title: this.wordsInput.value });
      } },
      h("label", { for: "offer-words", text: smaller ? t("offer-smaller-words-label") : t("offer-bigger-words-label") }),
      h("p", { class: "hint", id: "offer-words-hint", text: smaller ? t("offer-smaller-example") : t("offer-bigger-example") }),
      h("div", { class: "inline-form" },
        this.wordsInput,
        h("button", { type: "submit", class: "primary", id: "offer-words-save", text: t("common-save") }),
        h("button", { type: "button", class: "ghost", onclick: () => this.closeWords(), text: t("offer-back") })));
    this.wordsInput.setAttribute("aria-describedby", "offer-words-hint");
    this.replaceChildren(h("section", { class: `step-offer ${o.kind}`, "aria-labelledby": "offer-title", "data-step-id": o.step.id },
      h("div", { class: "offer-head" },
        h("h3", { id: "offer-title", text: title }),
        h("button", { type: "button", class: "icon", id: "offer-dismiss", "aria-label": t("offer-dismiss.aria-label"), title: t("offer-dismiss.title"),
          onclick: () => this.dismiss(false) }, h("span", { "aria-hidden": "true", text: "×" }))),
      h("p", { class: "offer-body", text: body }),
      h("div", { class: "offer-choices", role: "group", "aria-label": title },
        choices,
        h("button", { type: "button", class: "offer-choice ghost", "data-choice": "keep", onclick: () => this.dismiss(true), text: t("common-keep-as-is") })),
      this.words));
  }

  choose(choice) {
    const { step } = this.current;
    switch (choice.kind) {
      case "target": return this.emitChange({ target: choice.target });
      case "minutes": return this.emitChange({ minutes: choice.minutes });
      case "cadence": return this.emitChange({ cadence: choice.cadence });
      case "words": return this.openWords();
      case "rest": return emit(this, "rest-step", { id: step.id, title: step.title, days: choice.days });
      default: return this.dismiss(true);
    }
  }

  emitChange(change) {
    const { step, kind } = this.current;
    emit(this, "adjust-step", {
      id: step.id, kind,
      title: change.title ?? step.title,
      cadence: change.cadence ?? step.cadence,
      minutes: "minutes" in change ? change.minutes : step.minutes,
      // A new target keeps the step's unit, period, bound and usual amount.
      ...("target" in change && step.measure ? { measure: {
        unit: step.measure.unit, target: String(change.target), per: step.measure.per ?? "day",
        bound: step.measure.bound ?? "at_least", usual: step.measure.usualSet == null ? "" : String(step.measure.usualSet),
      } } : {}),
    });
  }

  dismiss(keep) {
    emit(this, "dismiss-offer", { id: this.current.step.id, title: this.current.step.title, keep });
  }

  openWords() {
    this.words.hidden = false;
    this.wordsInput.focus();
    this.wordsInput.select();
  }

  closeWords() {
    this.words.hidden = true;
    this.querySelector('[data-choice="words"]')?.focus();
  }
}

customElements.define("cairn-step-offer", CairnStepOffer);
