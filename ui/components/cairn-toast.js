// A short-lived message at the bottom with one action, used for Undo.
import { h } from "../dom.js";

class CairnToast extends HTMLElement {
  connectedCallback() {
    this.setAttribute("role", "status");
    this.hidden = true;
  }

  /** Shows `message` with a button `actionLabel` for `ms` milliseconds. */
  show(message, actionLabel, onAction, ms = 8000) {
    clearTimeout(this.timer);
    const button = h("button", {
      type: "button",
      id: "toast-action",
      onclick: () => {
        this.hide();
        onAction();
      },
      text: actionLabel,
    });
    this.replaceChildren(h("span", { text: message }), button);
    this.hidden = false;
    button.focus();
    this.timer = setTimeout(() => this.hide(), ms);
  }

  hide() {
    clearTimeout(this.timer);
    this.hidden = true;
    this.replaceChildren();
  }
}

customElements.define("cairn-toast", CairnToast);
