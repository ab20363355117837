// Settings → "Sync with your other computers" (docs/sync.md). Off by
// default: one sentence of what it does, a folder to choose, this
// computer's name, Start syncing. On: the folder, this computer, the
// computers seen and when each last changed something, Sync now (and what
// it did), the notes from the last sync, and Stop syncing.
//
// Data in through `data` = `{status, picked, report}`: `status` is
// sync_status's answer, `picked` the folder chosen and not saved yet,
// `report` what the last Sync now did. Actions go up as events:
// sync-pick, sync-save {folder, name}, sync-now, sync-stop.
import { h, emit, formatDay, formatTime } from "../dom.js";
import { localToday, daysBetween } from "../dates.js";
import { refuse } from "../focus.js";
import { t } from "../i18n.js";

/** "today at 16:20", "yesterday at 09:05", "Monday 23 November at 18:40". */
export function whenText(iso) {
  if (!iso) return t("sync-no-changes");
  const day = localToday(new Date(iso));
  const today = localToday();
  const time = formatTime(iso);
  if (day === today) return t("sync-last-change-today", { time });
  if (daysBetween(day, today) === 1) return t("sync-last-change-yesterday", { time });
  return t("sync-last-change", { day: formatDay(day, today), time });
}

/** "3 changes from Laptop", said of one Sync now. */
export function reportText(report, devices) {
  if (!report) return "";
  if (report.applied === 0) {
    return t(report.written > 0 ? "sync-report-written" : "sync-report-in-step");
  }
  return devices.length === 1
    ? t("sync-report-from", { count: report.applied, device: devices[0].name })
    : t("sync-report-from-others", { count: report.applied });
}

class CairnSync extends HTMLElement {
  set data({ status, picked = null, report = null }) {
    const s = status;
    const folder = picked ?? s.folder;
    const name = h("input", { id: "sync-name", type: "text", value: s.thisDevice?.name ?? s.suggestedName,
      autocomplete: "off", maxlength: "40", required: true, "aria-describedby": "sync-name-hint" });
    const save = (e) => {
      e.preventDefault();
      if (!folder) {
        refuse(this.querySelector("#sync-pick"), t("sync-folder-first"),
          this.querySelector("#sync-folder-row"));
        return;
      }
      if (name.value.trim() === "") {
        refuse(name, t("sync-name-needed"), name.parentElement);
        return;
      }
      emit(this, "sync-save", { folder, name: name.value.trim() });
    };
    const form = h("form", { id: "sync-form", novalidate: true, onsubmit: save, "aria-label": t("sync-form-label") },
      h("div", { id: "sync-folder-row", class: "sync-row" },
        h("span", { class: "sync-label", text: t("sync-folder") }),
        h("span", { id: "sync-folder", class: folder ? "sync-path" : "sync-path muted", text: folder ?? t("sync-none-chosen") }),
        h("button", { type: "button", id: "sync-pick", onclick: () => emit(this, "sync-pick", {}),
          text: t(s.on ? "sync-choose-other" : "sync-choose") })),
      h("div", { class: "sync-row" },
        h("label", { for: "sync-name", class: "sync-label", text: t("sync-this-computer") }), name,
        h("button", { type: "submit", id: "sync-save", class: s.on && !picked ? "" : "primary",
          text: t(s.on ? "sync-save" : "sync-start") })),
      h("p", { id: "sync-name-hint", class: "hint", text: t("sync-name-hint") }));

    this.replaceChildren(h("section", { class: "card sync-card", "aria-labelledby": "sync-title" },
      h("h2", { id: "sync-title", text: t("sync-title") }),
      h("p", { class: "hint", id: "sync-what",
        text: t("sync-what") }),
      form,
      s.on ? this.onPart(s, report) : null));
  }

  /** What shows once sync is on. */
  onPart(s, report) {
    const devices = s.devices.length
      ? h("ul", { id: "sync-devices", class: "sync-devices" },
        s.devices.map((d) => h("li", {},
          h("span", { class: "sync-device-name", text: d.name }),
          h("span", { class: "hint", text: ` · ${whenText(d.lastChangeAt)}` }))))
      : h("p", { id: "sync-devices", class: "hint",
        text: t("sync-devices-none") });
    const pending = s.pending > 0
      ? t("sync-pending", { count: s.pending }) : "";
    return h("div", { class: "sync-on" },
      h("h3", { id: "sync-devices-title", text: t("sync-devices-title") }),
      devices,
      h("div", { class: "actions" },
        h("button", { type: "button", id: "sync-now", class: "primary", onclick: () => emit(this, "sync-now", {}), text: t("sync-now") })),
      h("p", { id: "sync-report", role: "status", text: [reportText(report, s.devices), pending].filter(Boolean).join(" ") }),
      s.notes.length
        ? h("ul", { id: "sync-notes", class: "sync-notes", "aria-label": t("sync-notes-label") },
          s.notes.map((n) => h("li", { text: n })))
        : null,
      h("div", { class: "actions sync-stop" },
        h("button", { type: "button", id: "sync-stop", onclick: () => emit(this, "sync-stop", {}), text: t("sync-stop") }),
        h("span", { class: "hint", text: t("sync-stop-hint") })));
  }
}

customElements.define("cairn-sync", CairnSync);
