// The Stacks view's controller: habit stacks and the steps they can name.
import "../components/cairn-stacks.js";
import { t } from "../i18n.js";

export function setup(el, shell) {
  const { api, notice } = shell;

  el.addEventListener("save-stack", async ({ detail }) => {
    const r = await shell.write(() => api.saveStack(detail), () => el.saved());
    if (!r.ok) return;
    notice.celebrate(detail.id ? t("stacks-saved") : t("stacks-added"));
    el.focusStack(detail.id ?? r.value);
  });

  el.addEventListener("stack-enabled", ({ detail }) => shell.write(() => api.setStackEnabled(detail.id, detail.enabled)));

  el.addEventListener("delete-stack", async ({ detail }) => {
    const r = await shell.write(() => api.deleteStack(detail.id));
    if (!r.ok) return;
    notice.celebrate(t("stacks-deleted"));
    el.focusStack(null);
  });

  return {
    async load() {
      const [stacks, goals, reminders] = await Promise.all([api.listStacks(), api.listGoals(), api.getReminderSettings()]);
      el.quiet = { on: reminders.quietOn, start: reminders.quietStart, end: reminders.quietEnd };
      const steps = goals.flatMap((g) => g.steps).concat(shell.today?.openSteps.map((o) => o.step) ?? [])
        .filter((st, i, all) => !st.archived && all.findIndex((x) => x.id === st.id) === i);
      el.data = { stacks, steps };
    },
  };
}
