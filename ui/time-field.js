// A time of day typed as a person types it. WebKitGTK's <input
// type="time"> does not move from the hours to the minutes after two
// digits: typing "1230" keeps every digit in the hours and leaves 23:00
// (and "0730" gives 23:30); only a typed ":" moves on. So Cairn's time
// fields are plain text fields that read "1230", "12:30", "7:30", "730"
// or "7" and show the time as HH:MM once the field is left.
import { h } from "./dom.js";
import { t } from "./i18n.js";

/** "HH:MM" for what was typed, or null if it is no time of day. */
export function parseTime(text) {
  const m = /^(\d{1,2})(?:[:.h ]?(\d{2}))?$/.exec(String(text).trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** A text field for a time of day; `props` as for `h` (id, class,
 * aria-label, value). Its value becomes HH:MM when it is left. */
export function timeField(props) {
  const input = h("input", { type: "text", inputmode: "numeric", maxlength: 5, autocomplete: "off", spellcheck: "false",
    placeholder: t("common-time-placeholder"), size: 5, ...props, class: ["time-field", props.class].filter(Boolean).join(" ") });
  input.addEventListener("change", () => {
    const t = parseTime(input.value);
    if (t) input.value = t;
  });
  return input;
}

/** Reads a time field as HH:MM (tidying what was typed), or null. */
export function timeValue(input) {
  const t = parseTime(input.value);
  if (t) input.value = t;
  return t;
}
