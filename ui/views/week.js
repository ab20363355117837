// The Week page's controller: which week is shown (the route's day, or the
// latest week that has ended), its draft and review, the list of past
// reviews, saving, and turning a focus action into a step.
import "../components/cairn-week.js";
import { weekStartFrom } from "../dates.js";
import { rewardText } from "../dom.js";

export function setup(el, shell) {
  const { api, notice } = shell;

  async function load(route) {
    const settings = await api.getReviewSettings();
    const [review, reviews, goals] = await Promise.all([
      api.weekReview(weekStartFrom(settings.weekStart), route?.id ?? null),
      api.listReflections(),
      api.listGoals(),
    ]);
    el.show(review, reviews, goals);
  }

  el.addEventListener("week-select", ({ detail }) => shell.go({ view: "week", id: detail.date }));

  el.addEventListener("save-review", async ({ detail }) => {
    // A refusal is also said beside the form, where the person is.
    const r = await shell.write(() => api.saveReflection(detail).catch((err) => {
      el.refused(err.message);
      throw err;
    }));
    if (!r.ok) return;
    el.saved();
    const earned = rewardText(r.value.rewards);
    if (earned) notice.celebrate(`Week looked back on. ${earned}.`, { big: true });
  });

  el.addEventListener("focus-to-step", async ({ detail }) => {
    const r = await shell.write(() => api.focusActionToStep(detail.id, detail.step));
    if (r.ok) notice.celebrate(`“${r.value.title}” is now a step. Find it on Today.`);
  });

  return { load, enter: load };
}
