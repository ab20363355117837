// Settings → "Sync with your other computers" (docs/sync.md). Off by
// default: one sentence of what it does, a folder to choose, this
// computer's name, Start syncing. On: the folder, this computer, the
// computers seen and when each last changed something, Sync now (and what
// it did), the notes from the last sync, and Stop syncing.
//
// Data in through `show({status, picked, report})`: `status` is
// sync_status's answer, `picked` the folder chosen and not saved yet,
// `report` what the last Sync now did. Actions go up as events:
// sync-pick, sync-save {folder, name}, sync-now, sync-stop.
import { h, emit, formatDay, formatTime, plural } from "../dom.js";
import { localToday } from "../dates.js";
import { refuse } from "../focus.js";

/** "today at 16:20", "yesterday at 09:05", "Monday 23 November at 18:40". */
export function whenText(iso) {
  if (!iso) return "no changes from it yet";
  const at = new Date(iso);
  const day = localToday(at);
  const said = formatDay(day, localToday());
  const words = said === "Today" || said === "Yesterday" ? said.toLowerCase() : said;
  return `last change ${words} at ${formatTime(iso)}`;
}

/** "3 changes from Laptop", said of one Sync now. */
export function reportText(report, devices) {
  if (!report) return "";
  if (report.applied === 0) {
    return report.written > 0
      ? "Your changes are in the folder. Nothing new from your other computers."
      : "Everything is in step. Nothing new from your other computers.";
  }
  const from = devices.length === 1 ? devices[0].name : "your other computers";
  return `${plural(report.applied, "change", "changes")} from ${from}, now here.`;
}

class CairnSync extends HTMLElement {
  show({ status, picked = null, report = null }) {
    const s = status;
    const folder = picked ?? s.folder;
    const name = h("input", { id: "sync-name", type: "text", value: s.thisDevice?.name ?? s.suggestedName,
      autocomplete: "off", maxlength: "40", required: true, "aria-describedby": "sync-name-hint" });
    const save = (e) => {
      e.preventDefault();
      if (!folder) {
        refuse(this.querySelector("#sync-pick"), "Choose the folder first: one your sync tool already keeps in step.",
          this.querySelector("#sync-folder-row"));
        return;
      }
      if (name.value.trim() === "") {
        refuse(name, "Give this computer a name, such as “Laptop”.", name.parentElement);
        return;
      }
      emit(this, "sync-save", { folder, name: name.value.trim() });
    };
    const form = h("form", { id: "sync-form", novalidate: true, onsubmit: save, "aria-label": "Sync folder and this computer's name" },
      h("div", { id: "sync-folder-row", class: "sync-row" },
        h("span", { class: "sync-label", text: "Folder" }),
        h("span", { id: "sync-folder", class: folder ? "sync-path" : "sync-path muted", text: folder ?? "None chosen yet" }),
        h("button", { type: "button", id: "sync-pick", onclick: () => emit(this, "sync-pick", {}),
          text: s.on ? "Choose another folder…" : "Choose folder…" })),
      h("div", { class: "sync-row" },
        h("label", { for: "sync-name", class: "sync-label", text: "This computer" }), name,
        h("button", { type: "submit", id: "sync-save", class: s.on && !picked ? "" : "primary",
          text: s.on ? "Save" : "Start syncing" })),
      h("p", { id: "sync-name-hint", class: "hint", text: "The name your other computers show for this one." }));

    this.replaceChildren(h("section", { class: "card sync-card", "aria-labelledby": "sync-title" },
      h("h2", { id: "sync-title", text: "Sync with your other computers" }),
      h("p", { class: "hint", id: "sync-what",
        text: "Cairn writes your changes into a folder your own sync tool (Syncthing, Nextcloud, Dropbox…) keeps in step, and reads your other computers’ changes from it. It never syncs its database itself." }),
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
        text: "No other computer has written to the folder yet. Set up Cairn there with the same folder, and it shows here." });
    const pending = s.pending > 0
      ? `${plural(s.pending, "change", "changes")} from this computer are waiting to be written.` : "";
    return h("div", { class: "sync-on" },
      h("h3", { id: "sync-devices-title", text: "Computers seen" }),
      devices,
      h("div", { class: "actions" },
        h("button", { type: "button", id: "sync-now", class: "primary", onclick: () => emit(this, "sync-now", {}), text: "Sync now" })),
      h("p", { id: "sync-report", role: "status", text: [reportText(report, s.devices), pending].filter(Boolean).join(" ") }),
      s.notes.length
        ? h("ul", { id: "sync-notes", class: "sync-notes", "aria-label": "What the last sync noticed" },
          s.notes.map((n) => h("li", { text: n })))
        : null,
      h("div", { class: "actions sync-stop" },
        h("button", { type: "button", id: "sync-stop", onclick: () => emit(this, "sync-stop", {}), text: "Stop syncing" }),
        h("span", { class: "hint", text: "The folder is left as it is; your other computers keep what they have." })));
  }
}

customElements.define("cairn-sync", CairnSync);
