// A short-lived message at the bottom with one action, used for Undo.
// When it goes with focus inside, focus goes to the view's heading rather
// than to <body> (the action, an Undo, then moves it to what came back).
import { h } from "../dom.js";
import { focusHeading } from "../focus.js";

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
    const hadFocus = this.contains(document.activeElement);
    this.hidden = true;
    this.replaceChildren();
    if (hadFocus) focusHeading();
  }
}

customElements.define("cairn-toast", CairnToast);
