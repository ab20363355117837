// The Week page's controller: which week is shown (the route's day, or the
// latest week that has ended), its draft and review, the list of past
// reviews, saving, and turning a focus action into a step.
import { t } from "../i18n.js";
import "../components/cairn-week.js";
import { rewardText, longDate } from "../dom.js";

export function setup(el, shell) {
  const { api, notice } = shell;

  async function load(route) {
    const [review, reviews, goals] = await Promise.all([
      api.weekReview(route?.id ?? null),
      api.listReflections(),
      api.listGoals(),
    ]);
    el.data = { review, reviews, goals };
  }

  el.addEventListener("week-select", ({ detail }) => shell.go({ view: "week", id: detail.date }));

  el.addEventListener("save-review", async ({ detail }) => {
    // A refusal is also said beside the form, where the person is.
    const r = await shell.write(() => api.saveReflection(detail).catch((err) => {
      el.refused(err.message);
      throw err;
    }));
    if (!r.ok) return;
    // A refusal before this save is answered now.
    notice.clear();
    el.saved();
    const earned = rewardText(r.value.rewards);
    if (earned) notice.celebrate(t("done-week-reviewed", { earned }), { big: true });
  });

  el.addEventListener("focus-to-step", async ({ detail }) => {
    const r = await shell.write(() => api.focusActionToStep(detail.id, detail.step));
    if (r.ok) el.focusAction(detail.id);
    if (r.ok) notice.celebrate(t("done-focus-step", { title: r.value.title }));
  });

  el.addEventListener("focus-to-one-thing", async ({ detail }) => {
    const r = await shell.write(() => api.focusActionToOneThing(detail.id));
    if (r.ok) el.focusAction(detail.id);
    if (r.ok) notice.celebrate(t("done-focus-one-thing", { day: longDate(r.value) }));
  });

  el.addEventListener("focus-change-step", async ({ detail }) => {
    const r = await shell.write(() => api.markFocusAction(detail.id, "step_change", detail.stepId));
    if (r.ok) shell.go({ view: "goals", id: detail.goalId });
  });

  return { load, enter: load };
}
