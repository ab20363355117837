// The Wins view's controller: past wins a page at a time, edit in place,
// delete with Undo.
import "../components/cairn-wins.js";
import { t } from "../i18n.js";

const PAGE = 50;

export function setup(el, shell) {
  const { api, toast } = shell;
  let wins = [];
  let next = null;
  const render = () => { el.data = { wins, hasMore: Boolean(next), today: shell.today?.date ?? "" }; };

  el.addEventListener("edit-win", async ({ detail }) => {
    const r = await shell.write(() => api.editWin(detail.id, detail.text, detail.note, detail.day, detail.amount), () => el.closeEditing());
    if (r.ok) el.focusWin(detail.id);
  });

  el.addEventListener("delete-win", async ({ detail }) => {
    if (!(await shell.write(() => api.deleteWin(detail.id))).ok) return;
    toast.show(t("wins-deleted"), t("toast-undo"), async () => {
      if ((await shell.write(() => api.undoDeleteWin(detail.id))).ok) el.focusWin(detail.id);
    });
  });

  el.addEventListener("load-more", async () => {
    const r = await shell.attempt(() => api.listWins(next, PAGE));
    if (!r.ok) return;
    wins = wins.concat(r.value.wins);
    next = r.value.next;
    render();
  });

  return {
    async load() {
      const page = await api.listWins(null, PAGE);
      wins = page.wins;
      next = page.next;
      render();
    },
  };
}
