// The first run: three short screens that lead a new person from "who do
// you want to become?" to a goal with that identity, its smallest next
// step and, if they like, an anchor ("After I pour my coffee") and a time.
// Kind templates fill each screen; every word can be changed. Keyboard
// first: radio groups, Enter moves on, focus goes to each screen's title.
// Events up: first-run-finish {goal, step, anchor}, first-run-skip,
// navigate {view} (the door to importing a history).
import { h, emit } from "../dom.js";
import { t } from "../i18n.js";
import { refuse } from "../focus.js";
import { timeField, timeValue } from "../time-field.js";

/** The templates: their words are in the catalogue
 * (`first-run-<id>-goal`, `-identity`, `-step-1..3`, `-anchor`). */
const TEMPLATES = [
  { id: "thesis", time: "08:00" },
  { id: "move", time: "07:30" },
  { id: "language", time: "12:30" },
  { id: "sleep", time: "22:00" },
  { id: "touch", time: "19:30" },
];
const OWN = "own";

class CairnFirstRun extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.screen = 0;
    this.progress = h("p", { class: "meta first-run-progress", "aria-live": "polite" });
    this.body = h("div", { class: "first-run-body" });
    this.form = h("form", { class: "card first-run", novalidate: true, "aria-labelledby": "first-run-title",
      onsubmit: (e) => {
        e.preventDefault();
        this.next();
      } }, this.progress, this.body);
    this.append(this.form);
    this.toScreen(0);
  }

  /** Puts focus on the screen's title, for keyboards and screen readers. */
  focus() {
    this.querySelector("#first-run-title")?.focus();
  }

  template() {
    return TEMPLATES.find((tp) => tp.id === this.choice) ?? null;
  }

  toScreen(screen) {
    this.screen = screen;
    this.progress.textContent = t("first-run-progress", { step: screen + 1, count: 3 });
    const build = [() => this.who(), () => this.step(), () => this.anchor()][screen];
    this.body.replaceChildren(...build());
    this.focus();
  }

  title(text) {
    // While shown, it is Today's heading: focus goes here after a redraw.
    return h("h2", { id: "first-run-title", tabindex: "-1", "data-view-heading": true, text });
  }

  buttons(...extra) {
    return h("div", { class: "actions first-run-actions" }, ...extra);
  }

  // ---- 1: who do you want to become? ----
  who() {
    this.choice ??= TEMPLATES[0].id;
    this.ownGoal ??= h("input", { id: "first-run-own-goal", type: "text", maxlength: 200, autocomplete: "off",
      placeholder: t("first-run-own-goal-input.placeholder") });
    this.ownIdentity ??= h("input", { id: "first-run-own-identity", type: "text", maxlength: 80, autocomplete: "off",
      placeholder: t("first-run-own-identity-input.placeholder") });
    const own = h("div", { class: "first-run-own", hidden: this.choice !== OWN },
      h("div", { class: "field" }, h("label", { for: this.ownGoal.id, text: t("first-run-own-goal-label") }), this.ownGoal),
      h("div", { class: "field" }, h("label", { for: this.ownIdentity.id, text: t("goals-field-identity") }), this.ownIdentity,
        h("span", { class: "hint", text: t("goals-identity-hint") })));
    const choice = (value, label, detail) => {
      const input = h("input", { type: "radio", name: "first-run-goal", value, id: `first-run-goal-${value}`,
        checked: this.choice === value,
        onchange: () => {
          this.choice = value;
          own.hidden = value !== OWN;
        } });
      return h("label", { class: "choice", for: input.id }, input,
        h("span", { class: "choice-text" }, h("span", { class: "choice-title", text: label }),
          detail ? h("span", { class: "choice-detail", text: detail }) : null));
    };
    return [
      this.title(t("first-run-who-title")),
      h("p", { class: "hint", text: t("first-run-who-hint") }),
      h("fieldset", { class: "choice-list" }, h("legend", { class: "visually-hidden", text: t("first-run-who-title") }),
        ...TEMPLATES.map((tp) => choice(tp.id, t(`first-run-${tp.id}-goal`),
          t("first-run-becoming", { identity: t(`first-run-${tp.id}-identity`) }))),
        choice(OWN, t("first-run-own"), null)),
      own,
      this.buttons(
        h("button", { type: "submit", class: "primary", id: "first-run-next", text: t("first-run-next") }),
        h("button", { type: "button", class: "ghost", id: "first-run-skip", text: t("first-run-skip"),
          onclick: () => emit(this, "first-run-skip", {}) })),
      h("p", { class: "hint first-run-import" }, t("first-run-import-hint"), " ",
        h("button", { type: "button", class: "link", id: "first-run-import", text: t("first-run-import"),
          onclick: () => emit(this, "navigate", { view: "data" }) })),
    ];
  }

  /** The goal and identity screen 1 gave, or null (after saying why). */
  goal() {
    const tp = this.template();
    if (tp) return { title: t(`first-run-${tp.id}-goal`), identity: t(`first-run-${tp.id}-identity`) };
    if (this.ownGoal.value.trim() === "") {
      refuse(this.ownGoal, t("first-run-own-goal-empty"));
      return null;
    }
    return { title: this.ownGoal.value, identity: this.ownIdentity.value };
  }

  // ---- 2: the smallest next step ----
  step() {
    const tp = this.template();
    this.ownStep ??= h("input", { id: "first-run-own-step", type: "text", maxlength: 200, autocomplete: "off",
      placeholder: t("first-run-own-step-input.placeholder") });
    const steps = tp ? [1, 2, 3].map((n) => t(`first-run-${tp.id}-step-${n}`)) : [];
    if (!tp) this.stepChoice = OWN;
    else if (this.stepChoice !== OWN && !steps.includes(this.stepChoice)) this.stepChoice = steps[0];
    const own = h("div", { class: "field first-run-own", hidden: this.stepChoice !== OWN },
      h("label", { for: this.ownStep.id, text: t("first-run-own-step-label") }), this.ownStep);
    const choice = (value, label) => {
      const input = h("input", { type: "radio", name: "first-run-step", value, id: `first-run-step-${steps.indexOf(value) + 1 || OWN}`,
        checked: this.stepChoice === value,
        onchange: () => {
          this.stepChoice = value;
          own.hidden = value !== OWN;
        } });
      return h("label", { class: "choice", for: input.id }, input, h("span", { class: "choice-title", text: label }));
    };
    return [
      this.title(t("first-run-step-title")),
      h("p", { class: "hint", text: t("first-run-step-hint") }),
      tp ? h("fieldset", { class: "choice-list" }, h("legend", { class: "visually-hidden", text: t("first-run-step-title") }),
        ...steps.map((s) => choice(s, s)), choice(OWN, t("first-run-own-step"))) : null,
      own,
      this.buttons(
        h("button", { type: "submit", class: "primary", id: "first-run-next", text: t("first-run-next") }),
        h("button", { type: "button", class: "ghost", id: "first-run-back", text: t("first-run-back"), onclick: () => this.toScreen(0) })),
    ];
  }

  /** The step's title screen 2 gave, or null (after saying why). */
  stepTitle() {
    if (this.stepChoice !== OWN) return this.stepChoice;
    if (this.ownStep.value.trim() === "") {
      refuse(this.ownStep, t("first-run-own-step-empty"));
      return null;
    }
    return this.ownStep.value;
  }

  // ---- 3: after I … (optional) ----
  anchor() {
    const tp = this.template();
    // A start chosen anew brings its own anchor and time.
    if (this.anchorFor !== this.choice) {
      this.anchorFor = this.choice;
      this.anchorInput = null;
      this.timeInput = null;
    }
    this.anchorInput ??= h("input", { id: "first-run-anchor", type: "text", maxlength: 200, autocomplete: "off",
      value: tp ? t(`first-run-${tp.id}-anchor`) : "", placeholder: t("first-run-anchor-input.placeholder") });
    this.timeInput ??= timeField({ id: "first-run-time", value: tp?.time ?? "08:00" });
    const sentence = h("p", { class: "first-run-sentence", id: "first-run-sentence" });
    const say = () => {
      sentence.textContent = this.anchorInput.value.trim()
        ? t("first-run-sentence", { anchor: this.anchorInput.value.trim(), action: this.stepTitleText })
        : "";
    };
    this.anchorInput.oninput = say;
    say();
    return [
      this.title(t("first-run-anchor-title")),
      h("p", { class: "hint", text: t("first-run-anchor-hint") }),
      h("div", { class: "field" }, h("label", { for: this.anchorInput.id, text: t("first-run-anchor-label") }), this.anchorInput),
      h("div", { class: "field" }, h("label", { for: this.timeInput.id, text: t("first-run-time-label") }), this.timeInput),
      sentence,
      this.buttons(
        h("button", { type: "submit", class: "primary", id: "first-run-start", text: t("first-run-start") }),
        h("button", { type: "button", class: "ghost", id: "first-run-no-anchor", text: t("first-run-no-anchor"),
          onclick: () => this.finish(false) }),
        h("button", { type: "button", class: "ghost", id: "first-run-back", text: t("first-run-back"), onclick: () => this.toScreen(1) })),
    ];
  }

  next() {
    if (this.screen === 0) {
      this.goalDraft = this.goal();
      if (this.goalDraft) this.toScreen(1);
    } else if (this.screen === 1) {
      this.stepTitleText = this.stepTitle();
      if (this.stepTitleText) this.toScreen(2);
    } else {
      if (this.anchorInput.value.trim() === "") {
        refuse(this.anchorInput, t("first-run-anchor-empty"));
        return;
      }
      if (!timeValue(this.timeInput)) {
        refuse(this.timeInput, t("settings-time-invalid"));
        return;
      }
      this.finish(true);
    }
  }

  finish(withAnchor) {
    emit(this, "first-run-finish", {
      goal: this.goalDraft,
      step: { title: this.stepTitleText, cadence: { kind: "daily" }, minutes: 1 },
      anchor: withAnchor ? { anchor: this.anchorInput.value, time: this.timeInput.value } : null,
    });
  }
}

customElements.define("cairn-first-run", CairnFirstRun);
