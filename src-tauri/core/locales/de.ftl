### Cairns Worte auf Deutsch. Freundlich, kurz, konkret; „du“.

## Gemeinsam: wie Datum und Uhrzeit geschrieben werden (chrono-Muster).

date-long = %A, %-d. %B
date-long-year = %A, %-d. %B %Y
date-short = %-d. %b
date-weekday = %A
time-short = %H:%M
error-language-unknown = Diese Sprache spricht Cairn noch nicht. Wähle eine aus der Liste.
language-system = System ({ $language })


## ── ui-a (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──

## The window's shell

app-name = Cairn
app-skip = Zum Inhalt springen
app-sections =
    .aria-label = Bereiche
app-reminders =
    .aria-label = Erinnerungen
app-error-internal = In Cairn ist etwas schiefgegangen. Versuch es noch einmal; wenn es wieder passiert, starte Cairn neu.
app-error-no-bridge = Das Fenster erreicht Cairn gerade nicht. Starte Cairn neu.
nav-today = Heute
nav-goals = Ziele
nav-wins = Erfolge
nav-week = Woche
nav-chronicle = Chronik
nav-stacks = Ketten
nav-rewards = Belohnungen
nav-data = Daten
nav-settings = Einstellungen
app-title-today = Cairn
app-title-goals = Cairn · { nav-goals }
app-title-wins = Cairn · { nav-wins }
app-title-week = Cairn · { nav-week }
app-title-chronicle = Cairn · { nav-chronicle }
app-title-stacks = Cairn · { nav-stacks }
app-title-rewards = Cairn · { nav-rewards }
app-title-data = Cairn · { nav-data }
app-title-settings = Cairn · { nav-settings }

## Words many views share

common-save = Speichern
common-cancel = Abbrechen
common-edit = Bearbeiten
common-delete = Löschen
common-undo = Rückgängig
common-done = Erledigt
common-later = Später
common-open-cairn = Cairn öffnen
common-keep-as-is = So lassen, wie es ist
common-note = Notiz
common-note-placeholder = Eine Notiz, wenn du magst
common-dismiss-message =
    .aria-label = Meldung schließen
common-time-placeholder = 07:30
common-minutes-short = { $count } Min.
common-count = { $count ->
    [one] { $count } { $one }
   *[other] { $count } { $many }
}
day-today = Heute
day-yesterday = Gestern
cadence-once = einmal
cadence-daily = jeden Tag
cadence-weekly = { $count ->
    [one] einmal pro Woche
   *[other] { $count }× pro Woche
}
cadence-weekdays = werktags
cadence-weekend = am Wochenende
cadence-days = am { $days }
wins-milestones = { $count ->
    [one] Meilenstein: { $labels }
   *[other] Meilensteine: { $labels }
}
wins-earned = Du hast dir verdient: { $rewards }

## Today

today-title = Heute
today-count = { $count ->
    [0] Ein frischer Tag
    [one] { $count } Erfolg heute
   *[other] { $count } Erfolge heute
}
today-log-label = Erfolg notieren
today-log-form =
    .aria-label = Erfolg notieren
today-log-placeholder =
    .placeholder = Was hast du gerade geschafft? Auch Kleines zählt.
today-log-button = Notieren
today-log-empty = Schreib in ein paar Worten, was du getan hast. Auch Kleines zählt.
today-goal-select =
    .aria-label = Ziel (optional)
today-no-goal = Kein Ziel
today-note-toggle = + Notiz
today-next-title = Kleinste nächste Schritte
today-wins-title = Erfolge von heute
today-wins-empty = Dein erster Erfolg des Tages wartet. Was ist eine kleine Sache, die du jetzt tun könntest?
today-show-more = { $count ->
    [one] { $count } weiteren Erfolg von heute zeigen
   *[other] { $count } weitere Erfolge von heute zeigen
}
today-no-goals = Fang mit einem großen Ziel an. Cairn hilft dir, seinen kleinsten nächsten Schritt zu finden.
today-add-goal = Ziel hinzufügen
today-no-steps = Noch keine Schritte. Was ist der kleinste Schritt dorthin?
today-all-done = Für jetzt alles erledigt. Pausen gehören zum Weg.
today-add-step = Schritt hinzufügen
today-tick =
    .aria-label = Erledigt: { $title }
    .title = „{ $title }“ als erledigt notieren
today-celebrate-first = Erster Erfolg heute. Schöner Anfang.
today-celebrate-logged = { $count ->
    [one] Notiert. { $count } Erfolg heute.
   *[other] Notiert. { $count } Erfolge heute.
}
today-celebrate-one-thing = { $count ->
    [one] Das Eine für heute ist erledigt: der wichtigste Erfolg des Tages. { $count } Erfolg heute.
   *[other] Das Eine für heute ist erledigt: der wichtigste Erfolg des Tages. { $count } Erfolge heute.
}

## Today's one thing

one-thing-title = Heute zählt
one-thing-hint = Das Wichtigste für heute, so klein es auch ist. Es zu tun, ist der wichtigste Erfolg des Tages.
one-thing-done-state = Erledigt: der wichtigste Erfolg des Tages.
one-thing-done = ✓ Erledigt
    .aria-label = Erledigt: { $text }
one-thing-change = Ändern
one-thing-clear = Entfernen
one-thing-carry-question = Gestern war { $text } das Eine für den Tag. Möchtest du es auf heute übernehmen?
one-thing-quoted = „{ $text }“
one-thing-carry = Übernehmen
one-thing-aside = Heute nicht
one-thing-input =
    .placeholder = Eine Zeile schreiben, dann Enter
one-thing-form =
    .aria-label = Das Eine für heute wählen
one-thing-input-label = Das Eine für heute, in ein paar Worten
one-thing-set = Festlegen
one-thing-keep = Behalten
one-thing-choices =
    .aria-label = Oder wähle einen offenen Schritt
one-thing-for-goal =
    .title = Für { $goal }

## A step that fits the week

offer-smaller-title = Etwas kleiner machen?
offer-bigger-title = Bereit für ein bisschen mehr?
offer-smaller-body = „{ $title }“ hat in letzter Zeit nicht gepasst. Das ist nur eine Information: Ein kleinerer Schritt zählt genauso, und dein Schwung bleibt.
offer-bigger-body = „{ $title }“ hat seit drei Wochen starken Schwung. Ein bisschen mehr, nur wenn es sich richtig anfühlt.
offer-smaller-example = Zum Beispiel: „Laufschuhe anziehen“ statt „laufen gehen“.
offer-bigger-example = Zum Beispiel: „eine Seite schreiben“ statt „einen Absatz schreiben“.
offer-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
offer-one-minute = Eine Ein-Minuten-Version
offer-words = Andere Worte
offer-words-form =
    .aria-label = Andere Worte
offer-rest = Ein paar Ruhetage
offer-words-empty = Bitte ein paar Worte für den Schritt: die kleinste Version, die du noch tun würdest.
offer-smaller-words-label = Ein kleinerer Schritt, in deinen Worten
offer-bigger-words-label = Ein bisschen mehr, in deinen Worten
offer-back = Zurück
offer-dismiss =
    .aria-label = Nicht jetzt
    .title = Nicht jetzt (Esc)
offer-story-title = „{ $title }“
offer-story-no-time = ohne feste Dauer
offer-story-since = { $what } seit { $date }
offer-story-today = heute
offer-adjusted = Ab heute: „{ $title }“, { $cadence }. Derselbe Schritt, derselbe Schwung.
offer-adjusted-minutes = Ab heute: „{ $title }“, { $minutes }, { $cadence }. Derselbe Schritt, derselbe Schwung.
offer-kept = „{ $title }“ bleibt, wie es ist.
offer-rested = { $count ->
    [1] Ruhetage für „{ $title }“: heute und morgen. Pausen gehören zum Weg.
   *[other] Ruhetage für „{ $title }“: heute und die nächsten { $count } Tage. Pausen gehören zum Weg.
}

## Rewards to enjoy

enjoy-title = Zum Genießen
enjoy-hint = Die hast du dir verdient. Genieß sie, wann es dir passt.
enjoy-button = Genossen ✓
    .aria-label = Genossen: { $text }
enjoy-done = Genossen: { $text }. Schön.

## Wins

wins-title = Erfolge
wins-subtitle = Jeder Stein auf dem Cairn, die neuesten zuerst.
wins-more = Frühere Erfolge zeigen
wins-empty = Noch keine Erfolge notiert. Der erste Stein ist der kleinste.
wins-text =
    .aria-label = Erfolg
wins-note =
    .aria-label = Notiz
wins-edit-form =
    .aria-label = Erfolg bearbeiten
wins-edit-empty = Ein Erfolg braucht ein paar Worte. Auch ein winziger zählt.
wins-edit =
    .aria-label = { $text } bearbeiten
wins-delete =
    .aria-label = { $text } löschen
wins-deleted = Erfolg gelöscht.

## Notices and the toast

notice-dismiss =
    .aria-label = Meldung schließen
toast-undo = Rückgängig

## The quick window

quick-window-title = Cairn – schnell notieren
quick-title = Erfolg notieren
quick-input =
    .placeholder = Was hast du gerade geschafft?  #Ziel zum Zuordnen
    .aria-label = Erfolg notieren
quick-remove-goal =
    .title = Ziel entfernen
quick-remove-goal-hidden = , Ziel entfernen
quick-goals =
    .aria-label = Ziele
quick-steps =
    .aria-label = Offene Schritte: mit einem Klick notieren
quick-keys = Enter notiert · Esc schließt
quick-one-thing =
    .title = Das Eine für heute
    .aria-label = Das Eine für heute: { $text }
quick-for-goal =
    .title = Für { $goal }
quick-many-goals = #{ $query } passt zu { $count } Zielen; wähle eines aus der Liste.
quick-no-goal = Kein aktives Ziel passt zu #{ $query }.
quick-logged = { $count ->
    [one] { $count } Erfolg heute
   *[other] { $count } Erfolge heute
}
quick-logged-one-thing = { $count ->
    [one] Das Eine für heute ist erledigt! { $count } Erfolg heute
   *[other] Das Eine für heute ist erledigt! { $count } Erfolge heute
}

## Reminders (the window's bar and Cairn's reminder window)

reminder-window-title = Cairn-Erinnerung
reminder-kicker = Cairn-Erinnerung
reminder-close =
    .aria-label = Diese Erinnerung schließen
reminder-close-label = Schließen
reminder-dismiss =
    .aria-label = Diese Erinnerung schließen
reminder-keys = Enter: { $enter } · Esc: { $escape }
reminder-waiting = { $count ->
    [one] danach noch { $count }
   *[other] danach noch { $count }
}
reminder-already = Heute schon notiert. Prima.
reminder-later-ok = Gut, später.

## Goals

goals-title = Ziele
goals-subtitle = Große Vorhaben, jedes in Schritte geteilt, die klein genug sind, um heute anzufangen.
goals-new-form =
    .aria-label = Neues Ziel
goals-new-label = Neues Ziel
goals-new-input =
    .placeholder = Ein großes Ziel, z. B. Die Abschlussarbeit bis Juni abgeben
goals-new-empty = Schreib das Ziel zuerst in ein paar Worten auf: Groß ist in Ordnung.
goals-add = Ziel hinzufügen
goals-empty = Noch keine Ziele. Schreib oben eines auf: Groß ist in Ordnung.
goals-status-active = Aktiv
goals-status-paused = Pausiert
goals-status-done = Erledigt
goals-status-archived = Archiviert
goals-group-active = Aktiv ({ $count })
goals-group-paused = Pausiert ({ $count })
goals-group-done = Erledigt ({ $count })
goals-group-archived = Archiviert ({ $count })
goals-step-count = { $count ->
    [0] noch keine Schritte
    [one] { $count } Schritt
   *[other] { $count } Schritte
}
goals-move-up =
    .aria-label = { $title } nach oben
goals-move-down =
    .aria-label = { $title } nach unten
goals-why-placeholder =
    .placeholder = Was wird das für dich verändern?
goals-success-placeholder =
    .placeholder = Woran merkst du, dass es geschafft ist? z. B. das PDF liegt beim Prüfungsamt
goals-colour = Farbe
goals-colour-sage = Salbei
goals-colour-lake = See
goals-colour-amber = Bernstein
goals-colour-heather = Heide
goals-colour-berry = Beere
goals-colour-teal = Petrol
goals-colour-moss = Moos
goals-colour-slate = Schiefer
goals-form =
    .aria-label = Details zum Ziel
goals-title-empty = Ein Ziel braucht ein paar Worte, damit du es wiedererkennst.
goals-field-goal = Ziel
goals-field-why = Warum es wichtig ist
goals-field-success = So sieht Erfolg aus
goals-success-hint = Mach es messbar: eine Seite, eine Zeile.
goals-save = Ziel speichern
goals-status-group =
    .aria-label = Status des Ziels
goals-pause = Pausieren
goals-resume = Fortsetzen
goals-make-active = Aktivieren
goals-mark-done = Als erledigt markieren
goals-archive = Archivieren
goals-steps-empty = Noch keine Schritte. Mach den ersten so klein, dass er sich leicht anfühlt.
goals-back = { $arrow } Alle Ziele
goals-steps-title = Mini-Schritte
goals-archived-steps = Archivierte Schritte ({ $count })
goals-restore = Wiederherstellen
goals-saved = Ziel gespeichert.
goals-now-active = Das Ziel ist wieder aktiv.
goals-now-paused = Ziel pausiert. Es wartet auf dich.
goals-now-done = Ziel erreicht. Was für ein Aufstieg!
goals-now-archived = Ziel archiviert.
goals-edit-step =
    .aria-label = { $title } bearbeiten
goals-archive-step =
    .aria-label = { $title } archivieren

## The step form

step-title-input =
    .placeholder = Der kleinste nächste Schritt, z. B. einen Absatz schreiben
step-cadence-once = Einmal
step-cadence-daily = Jeden Tag
step-cadence-weekly = Mal pro Woche
step-cadence-weekdays = An bestimmten Tagen
step-times-label = Mal pro Woche
step-days = Tage
step-minutes-placeholder =
    .placeholder = –
step-edit-form =
    .aria-label = Schritt { $title } bearbeiten
step-add-form =
    .aria-label = Einen Mini-Schritt hinzufügen
step-label = Schritt
step-new-label = Neuer Mini-Schritt
step-how-often = Wie oft
step-minutes = Minuten
step-save = Schritt speichern
step-add = Schritt hinzufügen
step-title-empty = Ein Schritt braucht ein paar Worte: Was ist das Kleinste, was du als Nächstes tun könntest?
step-times-range = Mal pro Woche geht von 1 bis 7. Weniger ist ein guter Anfang.
step-days-empty = Wähle mindestens einen Tag für diesen Schritt.
step-minutes-range = Minuten gehen von 1 bis 600, oder lass das Feld leer. Kleiner fällt der Anfang leichter: Versuch es mit 1.

## Habit stacks

stacks-title = Gewohnheitsketten
stacks-subtitle = Ein sanfter Anstoß im richtigen Moment. Erledigt oder Später, nie ein Tadel.
stacks-new = Neue Kette
stacks-list =
    .aria-label = Gewohnheitsketten
stacks-empty = Noch keine Gewohnheitsketten.
stacks-empty-hint = Verknüpfe eine winzige Handlung mit etwas, das du schon jeden Tag tust: Nachdem ich meinen Kaffee eingeschenkt habe, dehne ich mich eine Minute lang.
stacks-sentence = Nachdem ich { $anchor }, werde ich { $action }
stacks-days-every = jeden Tag
stacks-logs = notiert „{ $step }“
stacks-offered = angeboten, wenn du „{ $step }“ notierst
stacks-next = Als Nächstes: { $when }
stacks-nothing-due = Diese Woche steht nichts an.
stacks-off = Erinnerungen aus.
stacks-on = An
stacks-enabled =
    .aria-label = Erinnerungen für „Nachdem ich { $anchor }“
stacks-edit =
    .aria-label = „Nachdem ich { $anchor }“ bearbeiten
stacks-delete =
    .aria-label = „Nachdem ich { $anchor }“ löschen
stacks-confirm =
    .aria-label = Diese Kette löschen?
stacks-confirm-text = „Nachdem ich { $anchor }, werde ich { $action }“ löschen? Ihre Erinnerungen hören auf; die Erfolge, die sie notiert hat, bleiben.
stacks-delete-yes = Löschen
stacks-keep = Behalten
stacks-anchor-placeholder =
    .placeholder = Kaffee eingeschenkt habe
stacks-action-placeholder =
    .placeholder = mich eine Minute dehnen
stacks-no-step = Kein Schritt: die Handlung als freien Erfolg notieren
stacks-new-step = Einen Schritt aus der Handlung machen
stacks-time =
    .aria-label = Uhrzeit der Erinnerung
stacks-remove-time =
    .aria-label = Diese Uhrzeit entfernen
stacks-days-legend = Tage
stacks-anchor-empty = Was tust du schon jeden Tag? Ein paar Worte, z. B. Kaffee eingeschenkt habe.
stacks-action-empty = Welche winzige Sache tust du dann? Ein paar Worte, z. B. mich eine Minute dehnen.
stacks-time-bad = Eine Erinnerungszeit sieht aus wie 07:30 oder 0730: erst Stunden, dann Minuten.
stacks-days-empty = Wähle mindestens einen Tag für die Erinnerung.
stacks-move-to = Auf { $end } verschieben
stacks-quiet = { $count ->
    [one] { $times } liegt in deinen Ruhezeiten ({ $start }–{ $end }), dann käme keine Erinnerung. Auf { $end } verschieben, wenn die Ruhezeiten enden?
   *[other] { $times } liegen in deinen Ruhezeiten ({ $start }–{ $end }), dann käme keine Erinnerung. Auf { $end } verschieben, wenn die Ruhezeiten enden?
}
stacks-edit-form =
    .aria-label = Gewohnheitskette bearbeiten
stacks-new-form =
    .aria-label = Neue Gewohnheitskette
stacks-done-logs = „Erledigt“ notiert einen Erfolg für
stacks-at = Um
stacks-add-time = + Uhrzeit hinzufügen
stacks-hint = Ist der Auslöser einer deiner Schritte, bietet Cairn die Handlung gleich an, wenn du ihn notierst.
stacks-add = Kette hinzufügen
stacks-saved = Kette gespeichert.
stacks-added = Kette hinzugefügt. Ein sanfter Anstoß kommt zur richtigen Zeit.
stacks-deleted = Kette gelöscht. Ihre Erfolge bleiben auf dem Cairn.

## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
