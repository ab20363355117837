// "Today's one thing", first on Today: the single most important thing
// for the day, however small. Set it with one click (an open step) or one
// keystroke (Enter after a line of text); change or clear it; log it with
// its ✓. The next morning, yesterday's unfinished one is offered, never
// imposed, and the offer can be set aside.
// Data: `data = { focus, openSteps }` (the `today` answer's parts).
// Events: one-thing-set {stepId} or {text}, one-thing-clear, one-thing-log,
// one-thing-carry, one-thing-aside.
import { h, emit, setColour, messageParts } from "../dom.js";
import { t } from "../i18n.js";

/** Open steps offered as one-click choices. */
const CHOICES_SHOWN = 6;

class CairnOneThing extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.className = "one-thing";
    this.setAttribute("role", "region");
    this.setAttribute("aria-labelledby", "one-thing-title");
    this.changing = false;
  }

  set data({ focus, openSteps }) {
    this.connectedCallback();
    this.focusData = focus;
    this.openSteps = openSteps;
    if (focus.oneThing?.done) this.changing = false;
    this.render();
  }

  render() {
    const { oneThing, carryOver } = this.focusData;
    const title = h("h2", { id: "one-thing-title", text: t("one-thing-title") });
    this.classList.toggle("is-set", Boolean(oneThing));
    this.classList.toggle("is-done", Boolean(oneThing?.done));
    if (oneThing && !this.changing) {
      this.replaceChildren(title, this.renderSet(oneThing));
      return;
    }
    this.replaceChildren(...[title,
      !oneThing && carryOver ? this.renderOffer(carryOver) : null,
      h("p", { class: "hint", id: "one-thing-hint",
        text: t("one-thing-hint") }),
      this.renderChooser(oneThing)].filter(Boolean));
  }

  renderSet(one) {
    const words = h("div", { class: "one-thing-words" },
      h("span", { class: "one-thing-text", id: "one-thing-text", text: one.text }),
      one.goalTitle ? h("span", { class: "chip", text: one.goalTitle }) : null);
    setColour(this, "--goal", one.goalColour);
    if (one.done) {
      return h("div", { class: "one-thing-row" },
        h("span", { class: "check", "aria-hidden": "true", text: "✓" }),
        words,
        h("span", { class: "one-thing-state", id: "one-thing-state", text: t("one-thing-done-state") }));
    }
    return h("div", { class: "one-thing-row" },
      h("span", { class: "star", "aria-hidden": "true", text: "★" }),
      words,
      h("div", { class: "one-thing-actions" },
        h("button", { type: "button", class: "primary", id: "one-thing-done",
          "aria-label": t("one-thing-done.aria-label", { text: one.text }), onclick: () => emit(this, "one-thing-log", {}), text: t("one-thing-done") }),
        h("button", { type: "button", class: "ghost", id: "one-thing-change",
          onclick: () => { this.changing = true; this.render(); this.querySelector("#one-thing-input")?.focus(); },
          text: t("one-thing-change") }),
        h("button", { type: "button", class: "ghost", id: "one-thing-clear",
          onclick: () => emit(this, "one-thing-clear", {}), text: t("one-thing-clear") })));
  }

  renderOffer(carry) {
    return h("div", { class: "carry-over", id: "carry-over" },
      h("p", {}, messageParts("one-thing-carry-question", { text: h("strong", { text: t("one-thing-quoted", { text: carry.text }) }) })),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "primary", id: "carry-over-yes",
          onclick: () => emit(this, "one-thing-carry", {}), text: t("one-thing-carry") }),
        h("button", { type: "button", class: "ghost", id: "carry-over-no",
          onclick: () => emit(this, "one-thing-aside", {}), text: t("one-thing-aside") })));
  }

  renderChooser(current) {
    const input = h("input", { id: "one-thing-input", type: "text", maxlength: 200, autocomplete: "off",
      placeholder: t("one-thing-input.placeholder"), "aria-describedby": "one-thing-hint" });
    const form = h("form", { class: "one-thing-form", "aria-label": t("one-thing-form.aria-label"),
      onsubmit: (e) => {
        e.preventDefault();
        if (input.value.trim()) emit(this, "one-thing-set", { text: input.value });
        else input.focus();
      } },
      h("label", { for: "one-thing-input", class: "visually-hidden", text: t("one-thing-input-label") }),
      input,
      h("button", { type: "submit", class: "primary", id: "one-thing-set", text: t("one-thing-set") }),
      current ? h("button", { type: "button", class: "ghost", id: "one-thing-cancel",
        onclick: () => { this.changing = false; this.render(); this.querySelector("#one-thing-done")?.focus(); },
        text: t("one-thing-keep") }) : null);
    const steps = this.openSteps.slice(0, CHOICES_SHOWN);
    const choices = steps.length
      ? h("ul", { class: "chips one-thing-choices", id: "one-thing-choices", "aria-label": t("one-thing-choices.aria-label") },
        steps.map((o) => {
          const chip = h("button", { type: "button", class: "step-chip", "data-step-id": o.step.id,
            title: o.goalTitle ? t("one-thing-for-goal.title", { goal: o.goalTitle }) : "",
            onclick: () => emit(this, "one-thing-set", { stepId: o.step.id }) },
          h("span", { class: "check-small", "aria-hidden": "true", text: "☆" }), o.step.title);
          setColour(chip, "--goal", o.goalColour);
          return h("li", {}, chip);
        }))
      : null;
    return h("div", { class: "one-thing-chooser" }, choices, form);
  }

  /** After a change: the next useful control has the focus. */
  focusNext() {
    const target = this.querySelector("#one-thing-done, #one-thing-input");
    target?.focus();
  }
}

customElements.define("cairn-one-thing", CairnOneThing);
