// Cairn's own reminder window: one reminder with Done, Later and Open
// Cairn, for desktops whose notifications have no buttons. It appears
// without taking the keyboard; once the person moves here, the first
// button has the focus, Enter answers it (Done) and Escape means Later
// (or closes, where there is no Later). The app holds the queue: this page
// asks for the reminder showing when it loads and whenever it hears that
// another one is due, and each answer returns the next one (or none, and
// the app hides the window).
import { api } from "./api.js";
import { load as loadWords, t, warmUpIntl } from "./i18n.js";
import { h } from "./dom.js";

const card = document.getElementById("reminder");
const title = document.getElementById("reminder-title");
const text = document.getElementById("reminder-text");
const actions = document.getElementById("reminder-actions");
const keys = document.getElementById("reminder-keys");
const close = document.getElementById("reminder-close");

/** The reminder showing: {id, title, body, done, later, week, waiting}. */
let shown = null;
let answering = false;

/** What Enter and Escape do for this reminder. */
function keysFor(r) {
  const enter = r.done ? "done" : "open";
  const escape = r.later ? "later" : "dismiss";
  return { enter, escape };
}

/** The buttons' words (made once the catalogue is loaded). */
function label(action) {
  const ids = { done: "common-done", later: "common-later", open: "common-open-cairn", dismiss: "reminder-close-label" };
  return t(ids[action]);
}

function render(r) {
  shown = r;
  if (!r) {
    card.hidden = true;
    document.body.dataset.reminder = "";
    return;
  }
  const { enter, escape } = keysFor(r);
  title.textContent = r.title;
  title.title = r.title;
  text.textContent = r.body;
  text.title = r.body;
  const button = (action, extra = "") => h("button", {
    type: "button",
    class: `reminder-${action} ${action === enter ? "primary" : ""} ${extra}`.trim(),
    text: label(action),
    onclick: () => answer(action),
  });
  // The first button is the one Enter presses: Done, or Open for the week.
  // (replaceChildren would write a null as "null"; filter them out.)
  actions.replaceChildren(...[
    r.done ? button("done") : button("open"),
    r.later ? button("later") : null,
    r.done ? button("open", "ghost") : null,
  ].filter(Boolean));
  keys.replaceChildren(...[
    h("span", { text: t("reminder-keys", { enter: label(enter), escape: label(escape) }) }),
    r.waiting > 0 ? h("span", { text: t("reminder-waiting", { count: r.waiting }) }) : null,
  ].filter(Boolean));
  keys.classList.remove("note");
  card.hidden = false;
  document.body.dataset.reminder = String(r.id);
  // Where the keyboard lands once the person comes to this window; focusing
  // inside the page does not bring the window forward.
  actions.firstElementChild?.focus({ preventScroll: true });
}

async function answer(action) {
  if (!shown || answering) return;
  answering = true;
  try {
    render(await api.answerReminder(shown.id, action));
  } catch (err) {
    keys.replaceChildren(h("span", { text: err.message }));
    keys.classList.add("note");
  } finally {
    answering = false;
  }
}

async function load() {
  try {
    render(await api.currentReminder());
  } catch (err) {
    keys.replaceChildren(h("span", { text: err.message }));
    keys.classList.add("note");
  }
}

close.addEventListener("click", () => answer("dismiss"));

document.addEventListener("keydown", (event) => {
  if (!shown || event.defaultPrevented) return;
  if (event.key === "Escape") {
    event.preventDefault();
    answer(keysFor(shown).escape);
  } else if (event.key === "Enter" && !(document.activeElement instanceof HTMLButtonElement)) {
    // A focused button answers for itself.
    event.preventDefault();
    answer(keysFor(shown).enter);
  }
});

api.onReminderShown(() => load());
const words = loadWords();
warmUpIntl();
words.then(load).finally(() => { document.body.dataset.ready = "1"; });
