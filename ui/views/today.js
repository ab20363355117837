// Today's controller: loads the `today` answer (which every other view
// may read through `shell.today`: it counts today's wins) and turns the
// Today view's events into writes.
import "../components/cairn-today.js";
import "../components/cairn-step-offer.js";
import { minutesLabel } from "../components/cairn-step-offer.js";
import { cadenceText } from "../dom.js";
import { t } from "../i18n.js";
import { takeFirstToday } from "../first-requests.js";

export function setup(el, shell) {
  const { api } = shell;

  el.addEventListener("log-win", async ({ detail }) => {
    const r = await shell.write(() => api.logWin({ text: detail.text, note: detail.note, goalId: detail.goalId }),
      () => el.resetForm());
    if (r.ok) shell.celebrateWin(r.value);
  });

  el.addEventListener("tick-step", async ({ detail }) => {
    const r = await shell.write(() => api.tickStep(detail.id, "window", detail.day ?? null, detail.amount ?? null));
    if (!r.ok) return;
    // A limit's entry is a tally, not a win to cheer: a quiet word, and
    // focus stays on its button for the next cup.
    if (detail.limit) {
      shell.notice.celebrate(t("today-limit-logged", { title: detail.title }));
      el.querySelector(`#limits .log-limit[data-step-id="${CSS.escape(detail.id)}"]`)?.focus();
      return;
    }
    shell.celebrateWin(r.value);
    // The goal's next tick took focus; a goal all done for now sends it
    // to the list's title rather than the page's top.
    if (!el.querySelector("#next-list, .goal-next")?.closest("ol,ul")?.contains(document.activeElement)) el.focusAfterOffer(detail.id);
  });

  // ---- a step that fits the week: the offer's answers ----
  el.addEventListener("adjust-step", async ({ detail }) => {
    const r = await shell.write(() => api.adjustStep(detail));
    if (!r.ok) return;
    const s = r.value;
    const cadence = cadenceText(s.cadence);
    shell.notice.celebrate(s.minutes
      ? t("offer-adjusted-minutes", { title: s.title, minutes: minutesLabel(s.minutes), cadence })
      : t("offer-adjusted", { title: s.title, cadence }));
    el.focusAfterOffer(s.id);
  });

  el.addEventListener("dismiss-offer", async ({ detail }) => {
    const r = await shell.write(() => api.dismissStepOffer(detail.id));
    if (!r.ok) return;
    if (detail.keep) shell.notice.celebrate(t("offer-kept", { title: detail.title }));
    el.focusAfterOffer(detail.id);
  });

  el.addEventListener("rest-step", async ({ detail }) => {
    const r = await shell.write(() => api.restStepAFewDays(detail.id));
    if (!r.ok) return;
    const more = r.value.length - 1;
    shell.notice.celebrate(t("offer-rested", { title: detail.title, count: more }));
    el.focusAfterOffer(detail.id);
  });

  // The offer loads after Today's own answer; the first frame does not
  // wait for it (start-up makes one request), later reloads do.
  let offerRequest = 0;
  let loadedOnce = false;
  async function loadOffer() {
    const mine = ++offerRequest;
    let offer = null;
    try {
      offer = await api.stepOffer();
    } catch (err) {
      shell.notice.error(err.message);
    }
    if (mine === offerRequest) el.offer = offer;
  }
  // The first run: one write makes the goal, its step and the anchor's
  // stack; Today then leads with the step, and its ✓ is the first win.
  el.addEventListener("first-run-finish", async ({ detail }) => {
    const r = await shell.write(() => api.finishFirstRun(detail));
    if (!r.ok) return;
    shell.notice.celebrate(t("first-run-ready", { step: r.value.step.title }));
    el.querySelector(`.tick[data-step-id="${CSS.escape(r.value.step.id)}"]`)?.focus();
  });
  el.addEventListener("first-run-skip", async () => {
    const r = await shell.write(() => api.skipFirstRun());
    if (r.ok) el.focusInput();
  });

  // Today's one thing and gentle rewards.
  const oneThing = () => el.querySelector("cairn-one-thing");
  el.addEventListener("one-thing-set", async ({ detail }) => {
    const r = await shell.write(() => api.setOneThing(detail));
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-clear", async () => {
    const r = await shell.write(() => api.clearOneThing());
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-carry", async () => {
    const r = await shell.write(() => api.carryOverOneThing());
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-aside", async () => {
    const r = await shell.write(() => api.setCarryOverAside());
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-log", async () => {
    const r = await shell.write(() => api.logOneThing());
    if (r.ok) {
      shell.celebrateWin(r.value);
      el.focusInput();
    }
  });
  el.addEventListener("reward-enjoyed", async ({ detail }) => {
    const r = await shell.write(() => api.setRewardEnjoyed(detail.id, true));
    if (r.ok) {
      shell.notice.celebrate(t("enjoy-done", { text: detail.text }));
      const list = el.querySelector("cairn-to-enjoy");
      if (list.hidden) el.focusInput();
      else list.focusNext();
    }
  });

  return {
    async load() {
      shell.today = await (takeFirstToday() ?? api.today());
      el.data = shell.today;
      const offer = loadOffer();
      if (loadedOnce) await offer;
      loadedOnce = true;
    },
  };
}
