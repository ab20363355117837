// "To enjoy" on Today: the rewards a person earned and has not enjoyed yet
// (a walk, a favourite song). Shown only when there is one; each waits,
// without hurry, until marked enjoyed.
// Data: `data` (the `today` answer's focus.toEnjoy).
// Events: reward-enjoyed {id, text}.
import { h, emit } from "../dom.js";
import { t } from "../i18n.js";

class CairnToEnjoy extends HTMLElement {
  set data(list) {
    this.hidden = list.length === 0;
    if (list.length === 0) {
      this.replaceChildren();
      return;
    }
    this.replaceChildren(
      h("section", { class: "to-enjoy", "aria-labelledby": "to-enjoy-title" },
        h("h2", { id: "to-enjoy-title", text: t("enjoy-title") }),
        h("p", { class: "hint", text: t("enjoy-hint") }),
        h("ul", { class: "enjoy-list", id: "to-enjoy" }, list.map((r) => h("li", { class: "enjoy", "data-reward-id": r.id },
          h("span", { class: "gift", "aria-hidden": "true", text: "♥" }),
          h("div", { class: "enjoy-body" },
            h("span", { class: "enjoy-text", text: r.text }),
            h("span", { class: "meta", text: r.momentWords })),
          h("button", { type: "button", class: "ghost", "aria-label": t("enjoy-button.aria-label", { text: r.text }),
            onclick: () => emit(this, "reward-enjoyed", { id: r.id, text: r.text }), text: t("enjoy-button") }))))));
  }

  /** After one was marked enjoyed: the next one, or nothing. */
  focusNext() {
    this.querySelector(".enjoy button")?.focus();
  }
}

customElements.define("cairn-to-enjoy", CairnToEnjoy);
