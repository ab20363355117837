// A text field that records a key combination: pressing, say, Ctrl+Alt+K
// while it has focus writes "Ctrl+Alt+K", in the words the shortcut parser
// reads. Typing the words by hand still works, and so do Tab and the usual
// editing keys (Ctrl+A, C, V, X, Y, Z).

const MODIFIERS = ["Control", "Alt", "AltGraph", "Shift", "Meta", "OS", "Super", "Hyper"];
const EDITING = ["A", "C", "V", "X", "Y", "Z"];
const NAMES = { " ": "Space", ArrowUp: "Up", ArrowDown: "Down", ArrowLeft: "Left", ArrowRight: "Right" };

/** "Ctrl+Alt+K" for a keydown with a modifier, or null to let it type. */
export function shortcutText(e) {
  if (!(e.ctrlKey || e.altKey || e.metaKey) || MODIFIERS.includes(e.key)) return null;
  let key;
  if (/^Key[A-Z]$/.test(e.code ?? "")) key = e.code.slice(3);
  else if (/^Digit[0-9]$/.test(e.code ?? "")) key = e.code.slice(5);
  else key = NAMES[e.key] ?? (e.key.length === 1 ? e.key.toUpperCase() : e.key);
  if (e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey && EDITING.includes(key)) return null;
  const mods = [e.ctrlKey && "Ctrl", e.altKey && "Alt", e.shiftKey && "Shift", e.metaKey && "Super"].filter(Boolean);
  return [...mods, key].join("+");
}

/** Makes `input` record the combinations pressed in it. */
export function recordShortcut(input) {
  input.addEventListener("keydown", (e) => {
    const text = shortcutText(e);
    if (!text) return;
    e.preventDefault();
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
