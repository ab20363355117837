### Las palabras de Cairn en español. Amable, breve, concreto; «tú».

## Común: cómo se escriben fechas y horas (patrones de chrono).

date-long = %A, %-d de %B
date-long-year = %A, %-d de %B de %Y
date-short = %-d %b
date-weekday = %A
time-short = %H:%M
error-language-unknown = Cairn aún no habla ese idioma. Elige uno de la lista.
language-system = Sistema ({ $language })


## ── ui-a (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──


## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
