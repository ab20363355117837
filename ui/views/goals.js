// The Goals view's controller: the goal list and one goal's page share
// one `list_goals` answer, so moving between them reads nothing again.
import "../components/cairn-goals.js";
import { rewardText } from "../dom.js";
import { t } from "../i18n.js";

export function setup(el, shell) {
  const { api, notice } = shell;
  let goals = null;

  el.addEventListener("create-goal", async ({ detail }) => {
    const r = await shell.write(() => api.createGoal({ title: detail.title }));
    if (r.ok) shell.go({ view: "goals", id: r.value.id });
  });

  el.addEventListener("save-goal", async ({ detail }) => {
    if ((await shell.write(() => api.updateGoal(detail))).ok) notice.celebrate(t("goals-saved"));
  });

  el.addEventListener("goal-status", async ({ detail }) => {
    // A goal marked done may earn rewards: the reload after the write
    // brings them into "to enjoy", and the celebration names them.
    const waiting = new Set(shell.today?.focus?.toEnjoy.map((r) => r.id) ?? []);
    if (!(await shell.write(() => api.setGoalStatus(detail.id, detail.status))).ok) return;
    const earned = (shell.today?.focus?.toEnjoy ?? []).filter((r) => !waiting.has(r.id));
    const words = rewardText(earned);
    const said = t(`goals-now-${detail.status}`);
    notice.celebrate(words ? `${said} ${words}.` : said, { big: Boolean(words) });
  });

  el.addEventListener("move-goal", ({ detail }) => shell.write(() => api.moveGoal(detail.id, detail.to)));

  el.addEventListener("save-step", async ({ detail }) => {
    const r = await shell.write(() => (detail.id ? api.updateStep(detail) : api.addStep(detail)));
    if (r.ok && !detail.id) el.querySelector("#add-step input")?.focus();
    else if (r.ok) el.focusStep(detail.id);
  });

  el.addEventListener("archive-step", async ({ detail }) => {
    if (detail.archived) el.noteNext(detail.id);
    const r = await shell.write(() => api.setStepArchived(detail.id, detail.archived));
    if (r.ok) el.focusStep(detail.id, { next: detail.archived });
  });

  el.addEventListener("move-step", ({ detail }) => shell.write(() => api.moveStep(detail.id, detail.to)));

  return {
    async load(route) {
      goals = await api.listGoals();
      el.data = { goals, selectedId: route.id };
    },
    /** From the list to a goal's page or back: the goals shown are current
     * (every change reloads them while this view is shown). */
    async enter(route, previous) {
      if (goals && previous.view === "goals") el.data = { goals, selectedId: route.id };
      else await this.load(route);
    },
  };
}
