### Cairns Worte auf Deutsch. Freundlich, kurz, konkret; „du“.

## Gemeinsam: wie Datum und Uhrzeit geschrieben werden (chrono-Muster).

date-long = %A, %-d. %B
date-long-year = %A, %-d. %B %Y
date-short = %-d. %b
date-weekday = %A
time-short = %H:%M
error-language-unknown = Diese Sprache spricht Cairn noch nicht. Wähle eine aus der Liste.


## ── window (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──

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
day-today = Heute
day-yesterday = Gestern
cadence-once = einmal
cadence-daily = jeden Tag
cadence-weekly = { $count ->
    [one] einmal pro Woche
   *[other] { $count }× pro Woche
}
cadence-every-n-days = { $count ->
    [one] jeden Tag
   *[other] alle { $count } Tage
}
cadence-monthly = { $count ->
    [one] einmal im Monat
   *[other] { $count }× im Monat
}
cadence-month-day = am { $day }. jedes Monats
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
today-identities =
    .aria-label = Wer du wirst
today-identity-votes = { $count ->
    [0] Jeder Erfolg für { $goal } ist eine Stimme für „{ $identity }“.
    [one] Eine Stimme für „{ $identity }“ diese Woche.
   *[other] { $count } Stimmen für „{ $identity }“ diese Woche.
}
# Der erste Start: drei kurze Schritte in einem neuen Cairn.
first-run-progress = Schritt { $step } von { $count }
first-run-who-title = Wer möchtest du werden?
first-run-who-hint = Wähle einen Anfang oder schreib deinen eigenen. Jedes Wort kannst du später ändern.
first-run-becoming = Auf dem Weg: { $identity }
first-run-own = Mein eigenes Ziel
first-run-own-goal-label = Dein Ziel
first-run-own-goal-input =
    .placeholder = z. B. Meinen Roman fertig schreiben
first-run-own-identity-input =
    .placeholder = z. B. jemand, der schreibt
first-run-own-goal-empty = Nenne dein Ziel in ein paar Worten oder wähle oben einen Anfang.
first-run-next = Weiter
first-run-back = Zurück
first-run-skip = Überspringen, ich schaue mich um
first-run-import-hint = Du verfolgst deine Gewohnheiten schon in einer anderen App?
first-run-import = Meine Geschichte mitbringen
first-run-step-title = Der kleinste nächste Schritt
first-run-step-hint = So klein, dass er eine Minute dauert. An guten Tagen machst du mehr; an schweren zählt auch das.
first-run-own-step = Mein eigener Schritt
first-run-own-step-label = Dein Schritt
first-run-own-step-input =
    .placeholder = z. B. Einen Satz schreiben
first-run-own-step-empty = Nenne eine kleine Sache, die du in einer Minute schaffst.
first-run-anchor-title = Nachdem ich …
first-run-anchor-hint = Verbinde den Schritt mit etwas, das du schon jeden Tag tust. Cairn erinnert dich zur gewählten Zeit. Das kannst du auch überspringen.
first-run-anchor-label = Nachdem ich
first-run-anchor-input =
    .placeholder = z. B. meinen Morgenkaffee eingieße
first-run-time-label = Erinnere mich um
first-run-sentence = Nachdem ich { $anchor }: { $action }.
first-run-anchor-empty = Nenne etwas, das du schon tust, etwa „meinen Kaffee eingieße“, oder wähle „Ohne Erinnerung“.
first-run-start = Los geht’s
first-run-no-anchor = Ohne Erinnerung
first-run-ready = „{ $step }“ wartet auf Heute. Hak es ab, wenn du es getan hast: Das ist dein erster Erfolg.
first-run-thesis-goal = Eine Abschlussarbeit schreiben
first-run-thesis-identity = jemand, der schreibt
first-run-thesis-step-1 = Einen Satz schreiben
first-run-thesis-step-2 = Den Entwurf öffnen und den letzten Absatz lesen
first-run-thesis-step-3 = Zwei Minuten schreiben
first-run-thesis-anchor = meinen Morgenkaffee eingieße
first-run-move-goal = Mehr bewegen
first-run-move-identity = jemand, der sich jeden Tag bewegt
first-run-move-step-1 = Einen Liegestütz machen
first-run-move-step-2 = Bis zum Ende der Straße gehen
first-run-move-step-3 = Eine Minute dehnen
first-run-move-anchor = morgens die Zähne putze
first-run-language-goal = Eine Sprache lernen
first-run-language-identity = jemand, der zwei Sprachen spricht
first-run-language-step-1 = Ein neues Wort lernen
first-run-language-step-2 = Einen Satz laut lesen
first-run-language-step-3 = Eine Lektion machen
first-run-language-anchor = mich zum Mittagessen setze
first-run-sleep-goal = Besser schlafen
first-run-sleep-identity = jemand, der gut zur Ruhe kommt
first-run-sleep-step-1 = Das Handy in ein anderes Zimmer legen
first-run-sleep-step-2 = Das Licht dimmen
first-run-sleep-step-3 = Im Bett eine Seite lesen
first-run-sleep-anchor = abends die Zähne putze
first-run-touch-goal = In Kontakt bleiben
first-run-touch-identity = jemand, der in Kontakt bleibt
first-run-touch-step-1 = Einer Freundin oder einem Freund eine Nachricht schicken
first-run-touch-step-2 = Jemandem, den ich vermisse, eine Zeile schreiben
first-run-touch-step-3 = Zwei Minuten mit jemandem telefonieren
first-run-touch-anchor = mit dem Abendessen fertig bin
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
today-all-wins = Alle heutigen Erfolge auf der Seite „Erfolge“ ansehen
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
today-tick-yesterday = …oder gestern
    .aria-label = …oder gestern: { $title }
today-limits-title = Darunter bleiben
today-limits-hint = Grenzen hält man, man hakt sie nicht ab: Ein Tag darunter zählt, und ein Tag darüber ist einfach ein Tag.
today-limit-log = + { $amount }
    .aria-label = + { $amount } { $unit }: { $title }
today-limit-logged = Für { $title } notiert.
amount-plain = { $amount } { $unit }
amount-of = { $per ->
    [week] { $amount } von { $target } { $unit } diese Woche
   *[day] { $amount } von { $target } { $unit }
}
amount-limit = { $per ->
    [week] { $amount } von höchstens { $target } { $unit } diese Woche
   *[day] { $amount } von höchstens { $target } { $unit } heute
}
amount-over = { $per ->
    [week] { $amount } { $unit }, mehr als die { $target } dieser Woche. Eine neue Woche ist ein neuer Anfang.
   *[day] { $amount } { $unit }, mehr als die { $target } von heute. Morgen ist ein neuer Anfang.
}
step-unit-empty = Nenn eine Einheit, zum Beispiel Seiten oder km.
measure-target = { $bound ->
    [at_most] höchstens { $amount } { $unit } { $per ->
        [week] pro Woche
       *[day] pro Tag
    }
   *[at_least] mindestens { $amount } { $unit } { $per ->
        [week] pro Woche
       *[day] pro Tag
    }
}
measure-unit-only = in { $unit }
today-amount =
    .aria-label = Menge für { $title }, in { $unit }
today-celebrate-earlier = Für { $day } notiert. Er zählt.
win-added-later = nachgetragen { $day }
    .title = Später nachgetragen, am { $day }
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
wins-amount = Menge, in { $unit }
wins-day = Tag, für den er zählt
wins-day-empty = Wähl den Tag, für den dieser Erfolg zählt.
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
quick-amount = { $title }, in { $unit }
quick-amount-log = Eintragen
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
goals-field-identity = Wer du wirst
goals-identity-placeholder =
    .placeholder = z. B. jemand, der schreibt
goals-identity-hint = Freiwillig. Jeder Erfolg für dieses Ziel ist eine Stimme für diesen Menschen.
goals-card-identity = Auf dem Weg: { $identity }
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
step-cadence-every_n_days = Alle paar Tage
step-cadence-monthly = Mal im Monat
step-cadence-month_day = An einem Tag im Monat
step-every-before = alle
step-every-after = Tage
step-month-times-label = Mal im Monat
step-month-day-before = am
step-month-day-after = . jedes Monats
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
step-measure = Eine Menge zählen
step-unit = Einheit
step-unit-input =
    .placeholder = Seiten
step-unit-suggestions = Seiten, km, Minuten, Gläser, Mal, Wörter
step-target = Zielwert
step-target-input =
    .placeholder = keiner
step-bound-at_least = Mindestens
step-bound-at_most = Höchstens
step-per-day = pro Tag
step-per-week = pro Woche
step-usual = Ein Klick trägt ein
step-amount-bad = Schreib eine Menge, zum Beispiel 2 oder 2,5.
step-save = Schritt speichern
step-add = Schritt hinzufügen
step-title-empty = Ein Schritt braucht ein paar Worte: Was ist das Kleinste, was du als Nächstes tun könntest?
step-times-range = Mal pro Woche geht von 1 bis 7. Weniger ist ein guter Anfang.
step-days-empty = Wähle mindestens einen Tag für diesen Schritt.
step-number-range = Wähl eine Zahl von { $min } bis { $max }.
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

# Hinweise nach einer Änderung auf einer Seite.
done-autostart-on = Cairn startet, wenn du dich anmeldest.
done-autostart-off = Cairn startet nicht mehr von selbst.
done-paused = Erinnerungen pausiert. Genieß die Ruhe.
done-resumed = Erinnerungen sind wieder an.
done-quiet-hours = Ruhezeiten: { $start } bis { $end }.
done-quiet-off = Ruhezeiten aus.
done-review-saved = Wochenrückblick gespeichert.
done-review-saved-no-nudge = Wochenrückblick gespeichert; es kommt keine Erinnerung daran.
done-sync-off = Synchronisieren ist aus. Der Ordner bleibt, wie er ist; nichts darin wurde entfernt.
done-restore-undone = Rückgängig gemacht: Alles ist wie vor der Wiederherstellung.
done-restored = Wiederhergestellt.
done-rest-marked = Ruhetag eingetragen. Ausruhen gehört zum Weg.

done-backed-up = Gesichert: { $count ->
    [one] { $count } Erfolg ist
   *[other] { $count } Erfolge sind
} in Sicherheit.
done-exported = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
} exportiert nach { $path }.
done-imported = Importiert: { $what }.
done-imported-nothing = nichts Neues, es war schon alles da
done-count-goals = { $count ->
    [one] { $count } Ziel
   *[other] { $count } Ziele
}
done-count-steps = { $count ->
    [one] { $count } Schritt
   *[other] { $count } Schritte
}
done-count-wins = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
}
done-count-rest-days = { $count ->
    [one] { $count } Ruhetag
   *[other] { $count } Ruhetage
}
done-count-stacks = { $count ->
    [one] { $count } Gewohnheitskette
   *[other] { $count } Gewohnheitsketten
}

done-milestones-and-more = { $milestones } und { $count ->
    [one] { $count } weiterer
   *[other] { $count } weitere
}
done-sentence = { $words }.

done-reward-added = Belohnung hinzugefügt: { $text }. Sie wartet auf ihren Moment.
done-reward-enjoyed = Genossen: { $text }. Schön.
done-reward-removed = Entfernt: { $text }.
done-snooze = „Später“ wartet jetzt { $minutes } Minuten.
done-shortcut = Tastenkürzel gespeichert: { $shortcut }
done-sync-on = Synchronisiert über { $folder } als „{ $name }“.
done-focus-one-thing = Als das Eine für { $day } gesetzt.
done-week-reviewed = Woche zurückgeschaut. { $earned }.
done-focus-step = „{ $title }“ ist jetzt ein Schritt. Du findest ihn unter Heute.
done-picture-saved = Dein Jahr ist gespeichert unter { $path }.

## ── window (end) ──


## ── window (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──

# The Chronicle page.
chronicle-title = Chronik
chronicle-subtitle = Wie weit du gekommen bist, Stein für Stein.
chronicle-save-png = Als PNG speichern
chronicle-save-svg = Als SVG speichern
chronicle-filter-label = Wessen Erfolge zeigen
chronicle-filter-all = Alle Erfolge
chronicle-filter-goals = Ziele
chronicle-filter-steps = Schritte
chronicle-year = Das Jahr
chronicle-year-of = Das Jahr: { $scope }
chronicle-year-total = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  } in den letzten 53 Wochen
chronicle-story = Die Geschichte des Schritts: { $story }.
chronicle-momentum = Schwung
chronicle-bars-title = Erfolge pro Woche, letzte 26 Wochen
chronicle-sums-title = Zusammengezählt, in { $unit }
chronicle-sums-weeks = Nach Woche
chronicle-sums-week-of = Woche ab { $date }
chronicle-sums-months = Nach Monat
chronicle-timeline = Zeitleiste
chronicle-search = Deine Erfolge durchsuchen
chronicle-more = Frühere Erfolge zeigen
chronicle-week-clean = Eine neue Woche, ein leeres Blatt.
chronicle-week-none-yet = Letzte Woche: { $last ->
    [one] { $last } Erfolg
   *[other] { $last } Erfolge
  }. Der nächste beginnt diese Woche.
chronicle-week-more = Mehr als letzte Woche ({ $last }).
chronicle-week-fresh = Ein frischer Anfang nach einer ruhigen Woche.
chronicle-week-level = Gleichauf mit letzter Woche.
chronicle-week-fewer = Letzte Woche: { $last }. Jeder Erfolg zählt.
chronicle-stat-total = Erfolge insgesamt
chronicle-stat-total-note = Jeder ein Stein auf dem Steinmann.
chronicle-stat-total-first = Der erste Stein ist der kleinste.
chronicle-stat-week = Diese Woche
chronicle-stat-month = Tage mit Erfolg in diesem Monat
chronicle-stat-run = Längster Lauf
chronicle-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
  }
chronicle-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
  }
chronicle-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
  }
chronicle-times = { $count ->
    [one] { $count } Mal
   *[other] { $count } Mal
  }
chronicle-run-going = Läuft gerade: { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
  }.
chronicle-run-grows = Nie zweimal aussetzen, dann wächst er.
chronicle-bar = Woche ab { $date }: { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }
chronicle-bars-label = Erfolge pro Woche in den letzten 26 Wochen: { $total ->
    [one] { $total } Erfolg
   *[other] { $total } Erfolge
  }, höchstens { $max } in einer Woche.
# Ein Ziel, das nennt, wer sein Mensch wird: seine Erfolge sind Stimmen.
chronicle-identity-title = Stimmen für „{ $identity }“
chronicle-identity-total = { $count ->
    [0] Noch keine Stimme: Der nächste Erfolg für { $goal } ist die erste.
    [one] Bisher eine Stimme.
   *[other] Bisher { $count } Stimmen.
  }
chronicle-identity-first = Erste Stimme: { $date }.
chronicle-identity-comebacks = { $count ->
    [one] Einmal nach einer stillen Woche wieder angefangen.
   *[other] { $count }-mal nach einer stillen Woche wieder angefangen.
  }
chronicle-identity-bar = Woche ab { $date }: { $count ->
    [one] { $count } Stimme
   *[other] { $count } Stimmen
  }
chronicle-identity-bars-label = Stimmen pro Woche in den letzten 26 Wochen: { $total ->
    [one] { $total } Stimme
   *[other] { $total } Stimmen
  }, höchstens { $max } in einer Woche.
chronicle-steps-empty = Gib einem Schritt einen Rhythmus (täglich oder ein paar Mal pro Woche), dann zeigt sich hier sein Schwung.
chronicle-comebacks = { $count ->
    [one] { $count } Comeback
   *[other] { $count } Comebacks
  }: Du bist jedes Mal zurückgekommen.
chronicle-comebacks-none = Noch kein Comeback nötig.
chronicle-score-label = Schwung:
chronicle-fresh = Frischer Anfang
chronicle-score = { $score } %
chronicle-run-now = Aktueller Lauf
chronicle-run-best = Bester Lauf
chronicle-comebacks-title = Comebacks
chronicle-run-ready = Bereit für einen frischen Anfang
chronicle-best-first-fresh = Dein erster beginnt mit einem Erfolg
chronicle-best-first-way = Dein erster ist unterwegs
chronicle-rest-date = Tag
chronicle-rest-for = Ruhe für
chronicle-rest-every = Alle Schritte
chronicle-rest-why = Warum
chronicle-reason-rest = Ruhe
chronicle-reason-sick = Krank
chronicle-reason-travel = Reise
chronicle-reason-other = Anderes
chronicle-rest-form = Einen Ruhetag eintragen
chronicle-rest-another = An einem anderen Tag ruhen:
chronicle-rest-take = Einen Ruhetag nehmen:
chronicle-rest-submit = Als Ruhetag eintragen
chronicle-add-win = Einen Erfolg zu diesem Tag hinzufügen:
chronicle-add-win-form =
    .aria-label = Einen Erfolg zu diesem Tag hinzufügen
chronicle-add-win-text =
    .aria-label = Was du getan hast
    .placeholder = Was hast du getan?
chronicle-add-win-step =
    .aria-label = Für einen Schritt
chronicle-add-win-no-step = Kein Schritt
chronicle-add-win-submit = Hinzufügen
chronicle-add-win-empty = Schreib, was du getan hast, oder wähl den Schritt, den du getan hast.
chronicle-take-back = Zurücknehmen
chronicle-take-back-label = { $reason ->
    [sick] Den Krankheitstag zurücknehmen
    [travel] Den Reisetag zurücknehmen
    [other] Den freien Tag zurücknehmen
   *[rest] Den Ruhetag zurücknehmen
  }
chronicle-close-day = Tag schließen
chronicle-day-empty = An diesem Tag keine Erfolge. Ruhe gehört zum Weg.
chronicle-source-tray = aus dem Infobereich
chronicle-source-quick = aus dem Schnellfenster
chronicle-source-reminder = aus einer Erinnerung
chronicle-source-cli = von der Kommandozeile
chronicle-source-import = importiert
chronicle-timeline-no-match = Keine Erfolge passen zu dieser Suche.
chronicle-timeline-empty = Hier noch keine Erfolge. Der erste Stein ist der kleinste.
chronicle-review-marker = Auf die Woche zurückgeblickt
chronicle-quote = „{ $text }“
chronicle-picture-title = Mein Jahr auf dem Steinmann
chronicle-picture-title-of = Mein Jahr auf dem Steinmann: { $scope }
chronicle-picture-totals = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  } in 53 Wochen · { $total } insgesamt · längster Lauf { $run ->
    [one] { $run } Tag
   *[other] { $run } Tage
  } · bis { $date }
chronicle-picture-footer = Cairn · kleine Erfolge, Stein für Stein
chronicle-picture-error = Cairn konnte das Bild deines Jahres nicht zeichnen. Versuch es noch einmal oder speichere es als SVG.

# The year heatmap.
heatmap-fewer = Weniger
heatmap-more = Mehr
heatmap-rest = Ruhe
heatmap-one-thing = Das Eine des Tages erledigt: { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
  }
heatmap-rest-for-step = { $reason ->
    [sick] Krankheitstag
    [travel] unterwegs
    [other] freier Tag
   *[rest] Ruhetag
  } für „{ $step }“
heatmap-rest-for-all = { $reason ->
    [sick] Krankheitstag
    [travel] unterwegs
    [other] freier Tag
   *[rest] Ruhetag
  } für alle Schritte
heatmap-cell = { $date }: { $count ->
    [0] keine Erfolge
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }
heatmap-cell-rest = { $date }: { $count ->
    [0] keine Erfolge
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  } ({ $rest })
heatmap-cell-one = { $date }: { $count ->
    [0] keine Erfolge
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }, das Eine des Tages erledigt
heatmap-cell-rest-one = { $date }: { $count ->
    [0] keine Erfolge
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  } ({ $rest }), das Eine des Tages erledigt
heatmap-label = Erfolge pro Tag in den letzten 53 Wochen: { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }. Mit den Pfeiltasten gehst du von Tag zu Tag, mit Enter öffnest du einen.
heatmap-tip-count = { $count ->
    [0] Keine Erfolge
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }
heatmap-tip-more = und { $count } weitere

# The Week page.
week-this-week = Diese Woche bisher
week-in-review = Deine Woche im Rückblick
week-range = { $range }
week-nav = Wochen
week-prev = ‹ Woche davor
week-next = Woche danach ›
week-no-goal = Kein Ziel
week-wins = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }
week-votes = { $count ->
    [one] eine Stimme für „{ $identity }“
   *[other] Stimmen für „{ $identity }“
  }
week-comebacks = { $count ->
    [one] { $count } Comeback
   *[other] { $count } Comebacks
  }: Du bist nach einer Pause zurückgekommen.
week-run-days = — ein Lauf von { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
  }, der weitergeht.
week-run-weeks = — ein Lauf von { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
  }, der weitergeht.
week-run-months = — ein Lauf von { $count ->
    [one] { $count } Monat
   *[other] { $count } Monaten
  }, der weitergeht.
week-run-times = — ein Lauf von { $count ->
    [one] { $count } Mal
   *[other] { $count } Malen
  }, der weitergeht.
week-rest = { $count ->
    [one] { $count } Ruhetag
   *[other] { $count } Ruhetage
  } genommen. Ruhe gehört zum Weg.
week-one-things = Das Eine des Tages erledigt an { $done } von { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
  }.
week-milestone = Meilenstein: { $label }
week-not-fitting = hat zweimal nacheinander nicht gepasst. Ein kleinerer Schritt könnte besser passen: Heute bietet einen an.
week-draft-title = Was die Woche enthält
week-nothing = Diese Woche nichts notiert. Das ist in Ordnung: Ein kleiner Schritt reicht, um neu anzufangen.
week-went-well = Was lief gut?
week-went-well-hint = Kleines zählt: ein Absatz, ein Spaziergang, ein freundliches Wort.
week-learned = Was kam dazwischen, oder was hast du gelernt?
week-learned-hint = Ein Aussetzer ist eine Information, kein Urteil.
week-adjust = Was willst du anpassen?
week-adjust-hint = Kleinere Schritte, eine andere Tageszeit, ein Ruhetag…
week-focus-action = Fokus { $n } von { $max }
week-focus-placeholder = Im Zug eine Zusammenfassung lesen
week-form-review = Dein Rückblick
week-form-look-back = Zurückblicken
week-focus-legend = Fokus für die kommende Woche (eins bis vier)
week-save-changes = Änderungen speichern
week-save = Rückblick speichern
week-saved = Gespeichert. Schön zurückgeblickt.
week-focus-title = Dein Fokus für die kommende Woche
week-became-step = Jetzt ein Schritt.
week-became-change = Ein Schritt wurde dafür geändert.
week-became-one-thing = Als das Eine für einen Tag gesetzt.
week-make-step = Zum Schritt machen
week-make-step-label = { week-make-step }: „{ $text }“
week-next-one-thing = Das Eine für den ersten Tag nächster Woche
week-next-one-thing-label = { week-next-one-thing }: „{ $text }“
week-once = Einmal
week-under = Unter
week-how-often = Wie oft
week-add-step = Schritt hinzufügen
week-cancel = Abbrechen
week-change-label = Der Schritt, den „{ $text }“ ändert
week-change-pick = Einen Schritt ändern…
week-step-of-goal = { $step } ({ $goal })
week-earlier = Frühere Rückblicke

# The Rewards page.
rewards-title = Belohnungen
rewards-subtitle = Kleine, freundliche Belohnungen, die du selbst wählst. Jede wartet auf ihren Moment und bleibt dir, sobald du sie verdient hast.
rewards-moment-wins = Nach einer Anzahl Erfolge
rewards-moment-goal-wins = Nach einer Anzahl Erfolge für ein Ziel
rewards-moment-first-run = Bei einem 7-Tage-Lauf
rewards-moment-goal-done = Wenn ein Ziel erreicht ist
rewards-moment-week-reviewed = Wenn du auf eine Woche zurückblickst
rewards-hint-wins = Zählt alle deine Erfolge. Bist du schon über der Zahl, verdient dein nächster Erfolg sie.
rewards-hint-goal-wins = Zählt die Erfolge des Ziels. Ist es schon über der Zahl, verdient sein nächster Erfolg sie.
rewards-hint-first-run = Sieben Tage mit einem Erfolg, ein ruhiger Tag dazwischen ist in Ordnung (nie zweimal aussetzen). Ruhetage halten ihn an.
rewards-hint-goal-done = Verdient, wenn du das Ziel als erreicht markierst.
rewards-hint-week-reviewed = Verdient, wenn du einen Wochenrückblick speicherst.
rewards-placeholder = Ein Spaziergang im Park
rewards-goal = Ziel
rewards-wins = Erfolge
rewards-need-text = Nenne die Belohnung in ein paar Worten, z. B. ein Spaziergang im Park.
rewards-need-count = Die Zahl der Erfolge ist eine ganze Zahl, 1 oder mehr.
rewards-form-title = Eine Belohnung nennen
rewards-text-label = Etwas Schönes, das dir Freude macht
rewards-when = Wann
rewards-add = Belohnung hinzufügen
rewards-to-enjoy = Zum Genießen
rewards-waiting = Warten auf ihren Moment
rewards-enjoyed = Genossen
rewards-no-goals = Noch keine Ziele
rewards-enjoy-empty = Gerade wartet nichts darauf, genossen zu werden. Deine nächste Belohnung erscheint hier.
rewards-waiting-empty = Noch keine Belohnungen genannt. Welche Kleinigkeit würde dir guttun?
rewards-enjoyed-button = Genossen ✓
rewards-enjoyed-label = Genossen: { $text }
rewards-remove = Entfernen
rewards-remove-label = Belohnung entfernen: { $text }
rewards-earned = { $moment } · verdient

# The Data page: backups, export, import.
data-title = Deine Daten
data-subtitle = Alles bleibt auf diesem Computer. Cairn sichert es einmal am Tag.
data-size-kb = { $kb } KB
data-size-mb = { NUMBER($mb, minimumFractionDigits: 1) } MB
data-before-restore = { $day } um { $time }, aufbewahrt vor einer Wiederherstellung
data-unreadable = nicht lesbar
data-wins = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }
data-export = Exportieren
data-export-hint = Eine JSON-Datei mit deinen Zielen, Schritten, Erfolgen, Ruhetagen, Gewohnheitsketten, Wochenrückblicken, dem Einen für jeden Tag und Belohnungen; sie lässt sich auf jedem Computer wieder importieren. Oder nur die Erfolge als CSV, für eine Tabellenkalkulation.
data-export-json = Alles exportieren (JSON)
data-export-csv = Erfolge als CSV exportieren
data-cli = Im Terminal
data-recovery-title = Cairn ist mit einer frischen Datenbank gestartet
data-recovery-kept = Die Datenbank ließ sich nicht sicher lesen, deshalb hat Cairn sie nicht angerührt: Sie liegt unverändert hier:
data-recovery-offer = Du kannst die neueste gute Sicherung vom { $date } ({ $wins }) wiederherstellen (was du bis dahin einträgst, bleibt erhalten) oder frisch beginnen.
data-recovery-none = Es gibt keine Sicherung zum Wiederherstellen, deshalb beginnt Cairn frisch. Deine Erfolge ab jetzt sind sicher.
data-recovery-restore = Diese Sicherung wiederherstellen
data-start-fresh = Frisch beginnen
data-restored = Sicherung wiederhergestellt: { $label }. Was du vorher hattest, ist als Sicherung aufbewahrt.
data-undo = Wiederherstellung rückgängig machen
data-moment-before = der Stand davor
data-backup-meta = { $wins } · { $size }
data-restore-button = Wiederherstellen…
data-restore-label = Sicherung wiederherstellen: { $label }
data-backups = Sicherungen
data-back-up-now = Jetzt sichern
data-open-folder = Ordner öffnen
data-backups-empty = Noch keine Sicherungen. Die erste entsteht ein paar Sekunden nach dem Start von Cairn.
data-backups-keep = Cairn behält die letzten 7 Tage und je eine Sicherung der letzten 4 Wochen, in { $folder }.
data-confirm-label = Wiederherstellung bestätigen
data-confirm = Sicherung wiederherstellen: { $label } ({ $wins })? Sie ersetzt alles, was Cairn jetzt enthält: Ziele, Schritte, Erfolge, Ruhetage, Gewohnheitsketten, Wochenrückblicke, das Eine für jeden Tag und Belohnungen. Was du jetzt hast, wird vorher als Sicherung beiseitegelegt, du kannst das also rückgängig machen.
data-restore = Wiederherstellen
data-cancel = Abbrechen
data-adds-goals = { $count ->
    [one] { $count } Ziel
   *[other] { $count } Ziele
  }
data-adds-steps = { $count ->
    [one] { $count } Schritt
   *[other] { $count } Schritte
  }
data-adds-habits = { $count ->
    [one] { $count } Gewohnheit als Schritt
   *[other] { $count } Gewohnheiten als Schritte
  }
data-adds-wins = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
  }
data-adds-rest-days = { $count ->
    [one] { $count } Ruhetag
   *[other] { $count } Ruhetage
  }
data-adds-stacks = { $count ->
    [one] { $count } Gewohnheitskette
   *[other] { $count } Gewohnheitsketten
  }
data-adds-reviews = { $count ->
    [one] { $count } Wochenrückblick
   *[other] { $count } Wochenrückblicke
  }
data-adds-one-things = { $count ->
    [one] { $count } Tag mit seinem Einen
   *[other] { $count } Tage mit ihrem Einen
  }
data-adds-story = { $count ->
    [one] { $count } Eintrag in der Geschichte eines Schritts
   *[other] { $count } Einträge in den Geschichten von Schritten
  }
data-adds-rewards = { $count ->
    [one] { $count } Belohnung
   *[other] { $count } Belohnungen
  }
data-import-source = Das ist { $source }.
data-import-adds = Der Import fügt hinzu:
data-import-nothing = Der Import würde nichts hinzufügen: Alles darin ist schon da.
data-already-there = { $count ->
    [one] { $count } Eintrag ist
   *[other] { $count } Einträge sind
  } schon da und bleiben, wie sie sind.
data-nothing-written = Noch wurde nichts geschrieben.
data-import = Importieren
data-import-hint = Ein Cairn-Export (.json), eine Sicherung von Loop Habit Tracker (.db), Loops CSV-Export (eine ZIP-Datei oder ihr Ordner), eine Sicherung von Habo (.json) oder ein Export von Beaver Habit Tracker (.json). Du siehst, was hinzukommt und was zurückbleibt, bevor etwas geschrieben wird; dieselbe Datei zweimal zu importieren fügt nichts hinzu.
data-import-file = Eine Datei importieren…
data-import-folder = Einen Ordner importieren…

# The Settings page.
settings-title = Einstellungen
settings-subtitle = Kleinigkeiten, damit das Notieren eines Erfolgs nur eine Sekunde dauert.
settings-first-run-title = Der Anfang
settings-first-run = Den geführten Start noch einmal zeigen
settings-first-run-hint = Drei kurze Schritte: wer du werden möchtest, der kleinste nächste Schritt und wann Cairn dich erinnert.
settings-time-invalid = Eine Uhrzeit sieht so aus: 07:30 oder 0730, erst Stunden, dann Minuten.
settings-paused-until = Erinnerungen pausieren bis { $when }.
settings-resume = Erinnerungen fortsetzen
settings-reminders-on = Erinnerungen sind an. Die Ruhezeiten gelten weiter.
settings-pause-hour = 1 Stunde pausieren
settings-pause-tomorrow = Bis morgen pausieren
settings-shortcut-empty = Gib eine Tastenkombination ein, z. B. Ctrl+Alt+W.
settings-shortcut-title = Tastenkürzel zum schnellen Notieren
settings-shortcut = Tastenkürzel
settings-save = Speichern
settings-shortcut-hint = Drück hier die gewünschten Tasten (oder tippe sie, etwa Ctrl+Alt+W) und dann Speichern. Sie öffnen das Schnellfenster von überall.
settings-start-title = Mit dem Computer starten
settings-autostart = Cairn beim Anmelden im Infobereich starten
settings-reminders = Erinnerungen
settings-cli = Im Terminal
settings-week-start-locale = Wie in meiner Sprache üblich ({ $day })
settings-nudge-day = Tag des wöchentlichen Anstoßes
settings-nudge-time = Uhrzeit des wöchentlichen Anstoßes
settings-review-title = Wochenrückblick
settings-weeks-start = Wochen beginnen am
settings-nudge = Ein sanfter Anstoß zum Zurückblicken, am
settings-nudge-hint = Höchstens einmal pro Woche, nur für eine Woche mit einem Erfolg, nie während der Ruhezeiten. Später fragt noch einmal.
settings-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
  }
settings-quiet-hours = Ruhezeiten
settings-quiet-from = Ruhezeiten: keine Erinnerungen von
settings-quiet-start = Beginn der Ruhezeiten
settings-quiet-end = Ende der Ruhezeiten
settings-quiet-to = bis
settings-quiet-hint = Eine Erinnerung, die in die Ruhezeiten fällt, entfällt und wird nicht nachgeholt.
settings-later-waits = Später wartet
language-system = System ({ $language })
language-label = Sprache
language-forced = Die Umgebungsvariable CAIRN_LANG bestimmt die Sprache im Moment.

# Settings → Sync with your other computers.
sync-title = Mit deinen anderen Computern synchronisieren
sync-what = Cairn schreibt deine Änderungen in einen Ordner, den dein eigenes Sync-Programm (Syncthing, Nextcloud, Dropbox…) abgleicht, und liest von dort die Änderungen deiner anderen Computer. Die Datenbank selbst synchronisiert es nie.
sync-no-changes = noch keine Änderungen von dort
sync-last-change-today = letzte Änderung heute um { $time }
sync-last-change-yesterday = letzte Änderung gestern um { $time }
sync-last-change = letzte Änderung { $day } um { $time }
sync-report-written = Deine Änderungen sind im Ordner. Nichts Neues von deinen anderen Computern.
sync-report-in-step = Alles ist abgeglichen. Nichts Neues von deinen anderen Computern.
sync-report-from = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
  } von { $device }, jetzt hier.
sync-report-from-others = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
  } von deinen anderen Computern, jetzt hier.
sync-folder-first = Wähle zuerst den Ordner: einen, den dein Sync-Programm schon abgleicht.
sync-name-needed = Gib diesem Computer einen Namen, etwa „Laptop“.
sync-form-label = Sync-Ordner und Name dieses Computers
sync-folder = Ordner
sync-none-chosen = Noch keiner gewählt
sync-choose-other = Anderen Ordner wählen…
sync-choose = Ordner wählen…
sync-this-computer = Dieser Computer
sync-save = Speichern
sync-start = Synchronisieren starten
sync-name-hint = Der Name, unter dem deine anderen Computer diesen zeigen.
sync-devices-none = Noch hat kein anderer Computer in den Ordner geschrieben. Richte Cairn dort mit demselben Ordner ein, dann erscheint er hier.
sync-pending = { $count ->
    [one] { $count } Änderung von diesem Computer wartet darauf, geschrieben zu werden.
   *[other] { $count } Änderungen von diesem Computer warten darauf, geschrieben zu werden.
  }
sync-devices-title = Gesehene Computer
sync-now = Jetzt synchronisieren
sync-notes-label = Was die letzte Synchronisierung bemerkt hat
sync-stop = Synchronisieren beenden
sync-stop-hint = Der Ordner bleibt, wie er ist; deine anderen Computer behalten, was sie haben.
settings-cli-win = Einen Absatz geschrieben
settings-cli-goal = thesis
settings-cli-step = dehnen

## ── window (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──

## Fehler: Speicher, was es nicht mehr gibt, Verweise.

error-storage-busy = Die Datenbank ist gerade belegt: Ein anderes Programm nutzt sie. Nichts wurde gespeichert; versuch es gleich noch einmal.
error-storage-read-only = Cairn kann nicht in seine Datenbankdatei schreiben. Nichts wurde gespeichert; prüf, ob der Datenordner beschreibbar ist und freien Platz hat.
error-storage-disk-full = Der Datenträger ist voll. Nichts wurde gespeichert; mach etwas Platz frei und versuch es noch einmal.
error-storage-damaged = Cairns Datenbankdatei ist beschädigt. Nichts wurde gespeichert; beende Cairn und stell eine Sicherung seines Datenordners wieder her.
error-storage-other = Cairn konnte seine Daten nicht speichern oder lesen. Nichts wurde geändert; versuch es noch einmal und starte Cairn neu, wenn es wieder passiert.
error-not-found = { $what ->
    [goal] Dieses Ziel gibt es nicht mehr. Vielleicht wurde es gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [step] Diesen Schritt gibt es nicht mehr. Vielleicht wurde er gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [win] Diesen Erfolg gibt es nicht mehr. Vielleicht wurde er gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [reward] Diese Belohnung gibt es nicht mehr. Vielleicht wurde sie gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [habit-stack] Diese Gewohnheitskette gibt es nicht mehr. Vielleicht wurde sie gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [focus-action] Diesen Fokus gibt es nicht mehr. Vielleicht wurde er gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [computer] Diesen Computer gibt es nicht mehr. Vielleicht wurde er entfernt; lade das Fenster neu, um die aktuelle Liste zu sehen.
    [backup] Diese Sicherung gibt es nicht mehr. Vielleicht wurde sie gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
   *[other] Das gibt es nicht mehr. Vielleicht wurde es gelöscht; lade das Fenster neu, um die aktuelle Liste zu sehen.
}
error-reference-invalid = { $what ->
    [goal] Der Verweis auf dieses Ziel ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [step] Der Verweis auf diesen Schritt ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [win] Der Verweis auf diesen Erfolg ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [weekly-review] Der Verweis auf diesen Wochenrückblick ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [focus-action] Der Verweis auf diesen Fokus ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [one-thing] Der Verweis auf das Eine für den Tag ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [step-version] Der Verweis auf diese Fassung des Schritts ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [habit-stack] Der Verweis auf diese Gewohnheitskette ist ungültig. Lade das Fenster neu und versuch es noch einmal.
    [reward] Der Verweis auf diese Belohnung ist ungültig. Lade das Fenster neu und versuch es noch einmal.
   *[other] Dieser Verweis ist ungültig. Lade das Fenster neu und versuch es noch einmal.
}

## Was du schreibst: Der Name des Feldes steht am Satzanfang ($what).

core-field-goal-title = Der Titel des Ziels
core-field-goal-why = „Warum es mir wichtig ist“
core-field-goal-success = „So sieht Erfolg aus“
core-field-goal-identity = „Wer du wirst“
core-field-step-title = Der Titel des Schritts
core-field-win = Der Erfolg
core-field-note = Die Notiz
core-field-reward = Die Belohnung
core-field-one-thing = Das Eine für heute
core-field-focus-action = Ein Fokus
core-field-anchor = Der Auslöser (Nachdem ich …)
core-field-action = Die Handlung (werde ich …)
core-field-went-well = „Was gut lief“
core-field-learned = „Was du gelernt hast“
core-field-adjust = „Was du anpassen willst“
error-text-empty = { $what } ist leer. Schreib ein paar Wörter.
error-text-too-long = { $what } hat { $count } Zeichen; bitte höchstens { $max }.
error-title-control = { $what } enthält ein Steuerzeichen (etwa einen Zeilenumbruch oder Tab). Bleib bei einer Zeile einfachem Text.
error-note-control = { $what } enthält ein Steuerzeichen. Entferne es und versuch es noch einmal.

## Regeln für Ziele, Schritte, Gewohnheitsketten, Belohnungen und Ruhetage.

error-reward-count-range = Die Zahl der Erfolge sollte zwischen 1 und { $max } liegen.
error-reward-count-missing = Wie viele Erfolge? Schreib eine Zahl, etwa 10.
error-reward-goal-missing = Für welches Ziel? Wähl eines aus der Liste.
error-reward-moment-unknown = „{ $value }“ ist kein Moment für eine Belohnung. Wähl Erfolge, Erfolge für ein Ziel, einen ersten Lauf, ein geschafftes Ziel oder einen Wochenrückblick.
error-rest-reason-unknown = „{ $value }“ ist kein Grund für einen Ruhetag. Wähl krank, unterwegs, Ruhe oder anderes.
error-rest-too-far = Ruhetage lassen sich bis zu einem Jahr im Voraus planen. Wähl einen näheren Tag.
error-win-day-future = Ein Erfolg kann nicht auf einen Tag, der noch kommt. Wähl heute oder einen früheren Tag.
error-win-day-too-early = Erfolge gehen auf Tage vom 1. Januar 2000 bis heute. Prüf das Jahr.
error-weekdays-none = Wähl mindestens einen Wochentag für diesen Schritt.
error-weekday-range = Ein Wochentag muss zwischen Montag und Sonntag liegen.
error-times-per-week-range = Mal pro Woche: zwischen 1 und 7. Für öfter wähl täglich.
error-every-n-days-range = Alle paar Tage heißt alle 2 bis 30 Tage. Für jeden Tag wähl täglich.
error-times-per-month-range = Mal im Monat: zwischen 1 und 30. Für öfter wähl ein paar Mal pro Woche.
error-month-day-range = Ein Tag im Monat geht von 1 bis 31.
error-cadence-unknown = „{ $value }“ ist kein Rhythmus. Wähl einmal, täglich, wöchentlich, an Wochentagen, alle paar Tage, monatlich oder einen Tag im Monat.
error-goal-status-unknown = „{ $value }“ ist kein Zustand für ein Ziel. Wähl aktiv, pausiert, erledigt oder archiviert.
error-goal-colour = Eine Zielfarbe sieht aus wie #5b8a72. Wähl eine der angebotenen Farben.
error-minutes-range = Minuten: zwischen 1 und { $max }. Kleiner ist besser: versuch 1.
error-amount-unmeasured = Nur ein Gewinn bei einem gemessenen Schritt hat eine Menge. Gib dem Schritt zuerst eine Einheit oder lass die Menge weg.
error-amount-empty = Schreib eine Menge, etwa 2 oder 2,5.
error-amount-invalid = „{ $value }“ ist keine Menge. Schreib eine Zahl, etwa 2 oder 2,5.
error-amount-negative = Eine Menge kann nicht unter 0 liegen. Schreib 0 oder mehr.
error-amount-decimals = Eine Menge hat höchstens { $max } Nachkommastellen, etwa 2,125.
error-amount-range = Eine Menge geht bis { $max }. Versuch eine größere Einheit.
error-unit-empty = Gib eine Einheit an, etwa Seiten oder km.
error-unit-length = Eine Einheit hat höchstens { $max } Zeichen, etwa Seiten oder km.
error-unit-invalid = Eine Einheit ist ein kurzes Wort in einer Zeile, etwa Seiten oder km.
error-bound-unknown = „{ $value }“ ist keine Art von Zielwert. Wähl mindestens oder höchstens.
error-per-unknown = „{ $value }“ ist kein Zeitraum für einen Zielwert. Wähl pro Tag oder pro Woche.
error-target-zero = Ein Zielwert „mindestens“ braucht mehr als 0. Versuch 1, oder wähl „höchstens 0“, wenn du ganz darauf verzichten willst.
error-time-invalid = „{ $value }“ ist keine Uhrzeit. Schreib sie wie 07:30.
error-times-none = Füg eine Erinnerungszeit hinzu, etwa 07:30.
error-times-too-many = Eine Gewohnheitskette kann bis zu { $max } Erinnerungszeiten haben. Weniger ist sanfter.
error-change-kind-unknown = „{ $value }“ ist keine Art von Änderung. Wähl kleiner oder größer.
error-win-source-unknown = „{ $value }“ ist keine Quelle für einen Erfolg.
error-sync-clock-invalid = „{ $value }“ ist kein Wert der Sync-Uhr.
error-focus-became-unknown = Ein Fokus kann zu einem Schritt werden, zu einer Änderung an einem Schritt oder zum Einen für einen Tag.
error-focus-too-many = Wähl bis zu { $max } Fokusse; weniger hält die Woche leicht.
error-week-not-started = Diese Woche hat noch nicht begonnen. Blick auf diese Woche oder eine frühere zurück.

## Belohnungen: wann eine verdient ist ($goal ist der Titel des Ziels).

reward-moment-wins = { $count ->
    [one] Nach { $count } Erfolg
   *[other] Nach { $count } Erfolgen
}
reward-moment-goal-wins = { $count ->
    [one] Nach { $count } Erfolg für { $goal }
   *[other] Nach { $count } Erfolgen für { $goal }
}
reward-moment-first-run = Bei einem Lauf von { $count } Tagen
reward-moment-goal-done = Wenn { $goal } geschafft ist
reward-moment-week-reviewed = Wenn du auf eine Woche zurückblickst

## Meilensteine ($name ist der Titel des Ziels oder Schritts).

milestone-wins = { $count ->
    [1] Dein erster Erfolg
   *[other] Dein { $count }. Erfolg
}
milestone-goal-wins = { $count ->
    [1] Erster Erfolg für { $name }
   *[other] { $count }. Erfolg für { $name }
}
milestone-identity-votes = { $count ->
    [1] Deine erste Stimme für „{ $identity }“
   *[other] Deine { $count }. Stimme für „{ $identity }“
}
milestone-first-run-days = Erster Lauf über { $count } Tage: { $name }
milestone-first-run-weeks = Erster Lauf über { $count } Wochen: { $name }
milestone-first-run-months = Erster Lauf über { $count } Monate: { $name }
milestone-first-run-times = Erster Lauf von { $count } in Folge: { $name }

## Erinnerungen der Gewohnheitsketten ($anchor, $action: deine Worte).

reminder-stack-title = Nachdem ich { $anchor }
reminder-stack-body = werde ich { $action }
reminder-stack-prompt = Jetzt: { $action }?
reminder-next-today = heute um { $time }
reminder-next-tomorrow = morgen um { $time }
reminder-next-weekday = am { $day } um { $time }
reminder-next-date = am { $date } um { $time }
reminder-day-month = %-d. %B

## Der Entwurf der Woche: sein erster Satz.

week-draft-both-quiet = Eine ruhige Woche, und das ist in Ordnung. Der nächste kleine Schritt ist noch da.
week-draft-quiet = Eine ruhige Woche nach einer volleren. Ruhe zählt auch; wähl einen kleinen Schritt, um wieder anzufangen.
week-draft-going-again = { $wins ->
    [one] { $wins } Erfolg
   *[other] { $wins } Erfolge
} an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}: Du bist wieder in Gang gekommen.
week-draft-more = { $wins ->
    [one] { $wins } Erfolg
   *[other] { $wins } Erfolge
} an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}, { $more } mehr als in der Woche davor.
week-draft-same = { $wins ->
    [one] { $wins } Erfolg
   *[other] { $wins } Erfolge
} an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}, so viele wie in der Woche davor: beständig.
week-draft-lighter = { $wins ->
    [one] { $wins } Erfolg
   *[other] { $wins } Erfolge
} an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}. Eine leichtere Woche als die davor; jeder Erfolg zählt trotzdem.

## Die Woche: der Rückblick, seine Erinnerung und der Text, den `cairn week` ausgibt.

error-review-empty = Schreib eine Zeile in eine der Antworten oder einen Fokus, und speichere dann.
error-focus-day-taken = Dieser Tag hat schon sein Eines: „{ $text }“. Ändere es unter „Heute“, wenn der Tag da ist.
nudge-review-title = Deine Woche ist bereit für einen Rückblick
nudge-review-body = { $headline } Ein paar Minuten, wann es dir passt.
week-fact-goal-wins = { $count ->
    [one] { $goal }: { $count } Erfolg
   *[other] { $goal }: { $count } Erfolge
}
week-fact-goal-votes = { $count ->
    [one] { $goal }: { $count } Erfolg, eine Stimme für „{ $identity }“
   *[other] { $goal }: { $count } Erfolge, Stimmen für „{ $identity }“
}
week-fact-no-goal-wins = { $count ->
    [one] Ohne Ziel: { $count } Erfolg
   *[other] Ohne Ziel: { $count } Erfolge
}
week-fact-comebacks = { $count ->
    [one] { $count } Comeback
   *[other] { $count } Comebacks
}
week-fact-run-days = { $count ->
    [one] { $step }: ein Lauf von { $count } Tag, der weitergeht
   *[other] { $step }: ein Lauf von { $count } Tagen, der weitergeht
}
week-fact-run-weeks = { $count ->
    [one] { $step }: ein Lauf von { $count } Woche, der weitergeht
   *[other] { $step }: ein Lauf von { $count } Wochen, der weitergeht
}
week-fact-run-months = { $count ->
    [one] { $step }: ein Lauf von { $count } Monat, der weitergeht
   *[other] { $step }: ein Lauf von { $count } Monaten, der weitergeht
}
week-fact-run-times = { $count ->
    [one] { $step }: ein Lauf von { $count } Mal, der weitergeht
   *[other] { $step }: ein Lauf von { $count } Malen, der weitergeht
}
week-fact-amount = { $step }: { $amount } { $unit } diese Woche
week-fact-rest-days = { $count ->
    [one] { $count } Ruhetag
   *[other] { $count } Ruhetage
}
week-fact-one-things = { $count ->
    [one] Das Eine geschafft an { $done } von { $count } Tag
   *[other] Das Eine geschafft an { $done } von { $count } Tagen
}
week-fact-milestone = Meilenstein: { $label }
week-fact-not-fitting = { $step }: hat zweimal nacheinander nicht gepasst; vielleicht passt ein kleinerer Schritt besser
week-text-heading = Woche vom { $start } bis { $end }
week-date = %-d. %B %Y
week-text-not-reviewed = Noch kein Rückblick.
week-text-not-reviewed-open = Noch kein Rückblick: Öffne in Cairn die Seite „Woche“, um ihn zu schreiben.
week-text-went-well = Was gut lief
week-text-learned = Was mir im Weg stand oder was ich gelernt habe
week-text-adjust = Was ich anpassen werde
week-text-focus = Fokus für nächste Woche

## Synchronisieren: Fehler und die Hinweise eines Abgleichs.

error-sync-not-set-up = Synchronisieren ist auf diesem Computer noch nicht eingerichtet. Wähl zuerst in den Einstellungen einen Sync-Ordner.
error-sync-io = { $op ->
    [create] Cairn kann den Ordner { $path } nicht anlegen. Prüf, ob der Sync-Ordner da und beschreibbar ist; hier wurde nichts geändert.
    [write] Cairn kann { $path } nicht schreiben. Prüf, ob der Sync-Ordner da und beschreibbar ist; hier wurde nichts geändert.
   *[read] Cairn kann { $path } nicht lesen. Prüf, ob der Sync-Ordner da und beschreibbar ist; hier wurde nichts geändert.
}
core-this-computer = Dieser Computer
error-sync-device-name = Gib diesem Computer einen Namen mit 1 bis { $max } Zeichen, etwa „Laptop“.
error-sync-folder-missing = Den Ordner { $path } gibt es nicht. Wähl einen Ordner, den dein Sync-Programm schon abgleicht.
error-sync-folder-unusual = Wähl einen Ordner, dessen Pfad keine ungewöhnlichen Zeichen enthält.
error-sync-folder-away = Der Sync-Ordner { $path } ist gerade nicht da (ein Laufwerk nicht verbunden?). Verbinde es und versuch es dann noch einmal; nichts wurde geändert.
sync-note-folder-away = Der Sync-Ordner { $path } ist gerade nicht da (ein Laufwerk nicht verbunden?). Nichts wurde gelesen oder geschrieben; Cairn versucht es beim nächsten Mal wieder.
sync-note-new-id = Im Sync-Ordner dieses Computers lagen Änderungen, die diese Cairn-Kopie nicht geschrieben hat: Ihre Daten wurden von einem anderen Computer kopiert oder aus einer Sicherung wiederhergestellt. Sie schreibt jetzt unter einer neuen Kennung ({ $id }) und liest den älteren Ordner wie den eines anderen Computers; alles aus beiden bleibt erhalten.
sync-note-own-folder-gone = Der Ordner dieses Computers fehlte im Sync-Ordner; Cairn hat alles neu geschrieben.
sync-note-peer-folder-gone = Der Ordner von „{ $name }“ ist nicht mehr im Sync-Ordner. Alles, was er geschickt hat, bleibt hier erhalten; wenn dieser Computer wieder synchronisiert, schreibt er seinen Ordner neu.
sync-note-waiting = { $count ->
    [one] { $count } Änderung von anderen Computern bezieht sich auf etwas, das noch nicht angekommen ist; Cairn übernimmt sie, sobald es da ist.
   *[other] { $count } Änderungen von anderen Computern beziehen sich auf etwas, das noch nicht angekommen ist; Cairn übernimmt sie, sobald es da ist.
}
sync-note-unnamed-computer = Computer { $id }
sync-note-newer = „{ $name }“ nutzt ein neueres Cairn. Aktualisiere Cairn auf diesem Computer, um seine Änderungen zu lesen; nichts davon wurde übernommen.
sync-note-conflict-copy = „{ $file }“ im Ordner von „{ $name }“ ist eine Kopie, die dein Sync-Programm angelegt hat, als zwei Computer dieselbe Datei geändert haben. Cairn lässt sie in Ruhe: Seine eigenen Dateien enthalten schon jede Änderung.
sync-note-arriving = Eine Datei von „{ $name }“ kommt noch an ({ $file }); Cairn liest sie, sobald sie vollständig ist.
sync-note-unreadable = Eine Datei von „{ $name }“ ({ $file }) kann Cairn nicht lesen; sie bleibt unangetastet und nichts daraus wurde übernommen.
sync-note-newer-writer = „{ $name }“ schreibt mit einem neueren Cairn. Aktualisiere Cairn auf diesem Computer, um seine Änderungen zu lesen; nichts davon wurde übernommen.
sync-note-foreign-file = Eine Datei im Ordner von „{ $name }“ ({ $file }) gibt an, von einem anderen Computer zu stammen; sie bleibt unangetastet.
sync-note-clock-ahead = { $count ->
    [one] Die Uhr von „{ $name }“ geht etwa { $count } Stunde vor gegenüber diesem Computer. Seine Änderungen wurden übernommen; fast gleichzeitige Bearbeitungen werden nach dieser Uhr geordnet.
   *[other] Die Uhr von „{ $name }“ geht etwa { $count } Stunden vor gegenüber diesem Computer. Seine Änderungen wurden übernommen; fast gleichzeitige Bearbeitungen werden nach dieser Uhr geordnet.
}

## Sicherungen und der Datenordner ($path: eine Datei oder ein Ordner).

error-backup-io = { $op ->
    [move-aside] Cairn konnte { $path } nicht beiseitelegen. Prüf, ob der Ordner existiert und beschreibbar ist.
    [read-folder] Cairn konnte den Sicherungsordner { $path } nicht lesen. Prüf, ob der Ordner existiert und beschreibbar ist.
    [remove] Cairn konnte { $path } nicht entfernen. Prüf, ob der Ordner existiert und beschreibbar ist.
    [create] Cairn konnte { $path } nicht anlegen. Prüf, ob der Ordner existiert und beschreibbar ist.
   *[read] Cairn konnte { $path } nicht lesen. Prüf, ob der Ordner existiert und beschreibbar ist.
}
error-backup-damaged = { $path } ist beschädigt oder keine Cairn-Datenbank.
error-backup-newer = { $path } wurde von einer neueren Cairn-Version geschrieben. Installiere das neuere Cairn, um sie zu verwenden.
error-backup-write = Cairn konnte { $path } nicht schreiben. Prüf, ob auf dem Datenträger Platz frei ist.
error-storage-open = Cairn kann seine Datenbank unter { $path } nicht öffnen. Prüf, ob der Ordner existiert und beschreibbar ist.
error-storage-create-folder = Cairn kann seinen Datenordner { $path } nicht anlegen. Prüf die Berechtigungen oder setz CAIRN_DATA_DIR auf einen beschreibbaren Ordner.
error-storage-no-folder = Cairn findet auf diesem System keinen Ordner für seine Daten. Setz { $env } auf einen beschreibbaren Ordner.

## Importe: was gelesen wird und warum eine Datei nicht importiert werden kann.

import-error-not-loop-backup = Cairn kann diese Datei nicht importieren: Sie ist eine Datenbank, aber keine Sicherung von Loop Habit Tracker. Nichts wurde geändert.
import-error-loop-damaged = Cairn kann diese Datei nicht importieren: Die Loop-Sicherung ist beschädigt. Nichts wurde geändert.
import-error-loop-newer = Diese Sicherung von Loop Habit Tracker stammt von einem neueren Loop (Datenbankversion { $version }), als Cairn kennt (bis { $newest }). Nichts wurde geändert.
import-error-loop-old = Diese Sicherung von Loop Habit Tracker stammt von einem sehr alten Loop (Datenbankversion { $version }). Öffne sie in einem aktuellen Loop, sichere erneut und importiere diese Sicherung. Nichts wurde geändert.
import-source = { $kind ->
    [loopBackup] eine Sicherung von Loop Habit Tracker
    [loopCsv] ein CSV-Export von Loop Habit Tracker
    [habo] eine Sicherung von Habo
    [beaver] ein Export von Beaver Habit Tracker
   *[cairn] ein Cairn-Export
}
import-error-unreadable = { $why ->
    [not-json] Cairn kann diese Datei nicht importieren: Sie ist kein gültiges JSON (vielleicht ist sie abgeschnitten). Nichts wurde geändert.
    [not-cairn] Cairn kann diese Datei nicht importieren: Sie ist JSON, aber weder ein Cairn-Export noch eine Sicherung von Habo oder ein Export von Beaver Habit Tracker. Nichts wurde geändert.
    [no-version] Cairn kann diese Datei nicht importieren: Ihre Version fehlt. Nichts wurde geändert.
    [wrong-field] Cairn kann diese Datei nicht importieren: Ein Feld fehlt oder hat den falschen Typ. Nichts wurde geändert.
    [too-large] Cairn kann diese Datei nicht importieren: Sie ist größer als 256 MB. Nichts wurde geändert.
    [export-too-large] Cairn kann diese Datei nicht importieren: Sie ist größer als 2 GB. Nichts wurde geändert.
    [unknown-kind] Cairn kann diese Datei nicht importieren: Sie ist weder ein Cairn-Export noch eine Sicherung oder ein CSV-Export von Loop Habit Tracker, eine Sicherung von Habo oder ein Export von Beaver Habit Tracker. Nichts wurde geändert.
    [cannot-open] Cairn kann diese Datei nicht importieren: Sie ließ sich nicht öffnen. Nichts wurde geändert.
    [csv-habits-empty] Cairn kann diese Datei nicht importieren: Sie sieht nicht wie der CSV-Export von Loop Habit Tracker aus (Habits.csv ist leer). Nichts wurde geändert.
    [csv-no-name] Cairn kann diese Datei nicht importieren: Sie sieht nicht wie der CSV-Export von Loop Habit Tracker aus (keine Spalte Name). Nichts wurde geändert.
    [csv-checkmarks-empty] Cairn kann diese Datei nicht importieren: Sie sieht nicht wie der CSV-Export von Loop Habit Tracker aus (Checkmarks.csv ist leer). Nichts wurde geändert.
    [csv-no-date] Cairn kann diese Datei nicht importieren: Sie sieht nicht wie der CSV-Export von Loop Habit Tracker aus (Checkmarks.csv hat keine Spalte Date). Nichts wurde geändert.
    [csv-not-utf8] Cairn kann diese Datei nicht importieren: Eine CSV-Datei ist kein UTF-8-Text. Nichts wurde geändert.
    [csv-folder-empty] Cairn kann das nicht importieren: Im Ordner liegen keine Habits.csv und Checkmarks.csv von Loop Habit Tracker. Nichts wurde geändert.
    [zip-damaged] Cairn kann diese Datei nicht importieren: Die ZIP-Datei ist beschädigt. Nichts wurde geändert.
    [zip-no-csv] Cairn kann diese Datei nicht importieren: Im ZIP liegen keine Habits.csv und Checkmarks.csv von Loop Habit Tracker. Nichts wurde geändert.
    [zip-too-large] Cairn kann diese Datei nicht importieren: Eine Datei im ZIP wird entpackt größer als 64 MB. Nichts wurde geändert.
    [habo-wrong-field] Cairn kann diese Datei nicht importieren: Sie sieht aus wie eine Sicherung von Habo, aber ein Feld fehlt oder hat den falschen Typ. Nichts wurde geändert.
    [habo-date] Cairn kann diese Datei nicht importieren: Sie sieht aus wie eine Sicherung von Habo, aber einer ihrer Tage ist kein Datum. Nichts wurde geändert.
    [beaver-wrong-field] Cairn kann diese Datei nicht importieren: Sie sieht aus wie ein Export von Beaver Habit Tracker, aber ein Feld fehlt oder hat den falschen Typ. Nichts wurde geändert.
    [beaver-date] Cairn kann diese Datei nicht importieren: Sie sieht aus wie ein Export von Beaver Habit Tracker, aber einer ihrer Tage ist kein Datum. Nichts wurde geändert.
   *[unreadable] Cairn kann diese Datei nicht importieren: Sie ließ sich nicht lesen. Nichts wurde geändert.
}
import-error-cannot-open = Cairn kann { $path } nicht öffnen. Prüf den Namen und ob du die Datei lesen darfst.
import-error-missing = { $what ->
    [goal] Cairn kann diese Datei nicht importieren: Sie verweist auf ein Ziel, das sie nicht enthält. Nichts wurde geändert.
    [step] Cairn kann diese Datei nicht importieren: Sie verweist auf einen Schritt, den sie nicht enthält. Nichts wurde geändert.
    [win] Cairn kann diese Datei nicht importieren: Sie verweist auf einen Erfolg, den sie nicht enthält. Nichts wurde geändert.
   *[other] Cairn kann diese Datei nicht importieren: Sie verweist auf etwas, das sie nicht enthält. Nichts wurde geändert.
}
import-error-refers = { $what ->
    [weekly-review-step] Cairn kann diese Datei nicht importieren: Wochenrückblick { $number } verweist auf einen Schritt, den sie nicht enthält. Nichts wurde geändert.
    [one-thing-step] Cairn kann diese Datei nicht importieren: Das Eine Nr. { $number } verweist auf einen Schritt, den sie nicht enthält. Nichts wurde geändert.
    [one-thing-win] Cairn kann diese Datei nicht importieren: Das Eine Nr. { $number } verweist auf einen Erfolg, den sie nicht enthält. Nichts wurde geändert.
    [step-version-step] Cairn kann diese Datei nicht importieren: Schrittfassung { $number } verweist auf einen Schritt, den sie nicht enthält. Nichts wurde geändert.
    [reward-goal] Cairn kann diese Datei nicht importieren: Belohnung { $number } verweist auf ein Ziel, das sie nicht enthält. Nichts wurde geändert.
   *[other] Cairn kann diese Datei nicht importieren: Zeile { $number } verweist auf etwas, das sie nicht enthält. Nichts wurde geändert.
}
import-error-focus-held = Cairn kann diese Datei nicht importieren: Wochenrückblick { $number } hat einen Fokus, der schon zu einem anderen Rückblick gehört. Nichts wurde geändert.
import-error-not-instant = „{ $value }“ ist kein Datum mit Uhrzeit.
import-error-not-date = „{ $value }“ ist kein Datum.
import-error-at = { $what ->
    [goal] Cairn kann diese Datei nicht importieren: Ziel { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [step] Cairn kann diese Datei nicht importieren: Schritt { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [win] Cairn kann diese Datei nicht importieren: Erfolg { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [rest-day] Cairn kann diese Datei nicht importieren: Ruhetag { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [habit-stack] Cairn kann diese Datei nicht importieren: Gewohnheitskette { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [weekly-review] Cairn kann diese Datei nicht importieren: Wochenrückblick { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [one-thing] Cairn kann diese Datei nicht importieren: Das Eine Nr. { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [step-version] Cairn kann diese Datei nicht importieren: Schrittfassung { $number } hat ein Problem: { $problem } Nichts wurde geändert.
    [reward] Cairn kann diese Datei nicht importieren: Belohnung { $number } hat ein Problem: { $problem } Nichts wurde geändert.
   *[other] Cairn kann diese Datei nicht importieren: Zeile { $number } hat ein Problem: { $problem } Nichts wurde geändert.
}
import-error-newer = Dieser Export wurde von einer neueren Cairn-Version geschrieben (Format { $version }). Installiere das neuere Cairn, um ihn zu importieren; nichts wurde geändert.
import-loop-goal-title = Aus Loop Habit Tracker
import-loop-goal-why = Importiert aus Loop Habit Tracker.
import-loop-anchor = … (schreib, was du direkt davor tust)
import-loop-unit = Einheiten
import-loop-habit-untitled = Loop-Gewohnheit { $number }
import-habo-goal-title = Aus Habo
import-habo-goal-why = Importiert aus Habo.
import-habo-habit-untitled = Habo-Gewohnheit { $number }
import-habo-why-cue = { $habit } · Signal: { $text }
import-habo-why-routine = { $habit } · Routine: { $text }
import-habo-why-reward = { $habit } · Belohnung: { $text }
import-beaver-goal-title = Aus Beaver Habit Tracker
import-beaver-goal-why = Importiert aus Beaver Habit Tracker.
import-beaver-habit-untitled = Beaver-Gewohnheit { $number }
import-left-out = { $what ->
    [deleted-habits] { $count ->
        [one] { $count } gelöschte Gewohnheit bleibt außen vor.
       *[other] { $count } gelöschte Gewohnheiten bleiben außen vor.
    }
    [notes-without-win] { $count ->
        [one] { $count } Notiz an einem Tag ohne Haken bleibt zurück: Cairn bewahrt Notizen bei den Erfolgen auf.
       *[other] { $count } Notizen an Tagen ohne Haken bleiben zurück: Cairn bewahrt Notizen bei den Erfolgen auf.
    }
    [not-done-marks] { $count ->
        [one] { $count } als „nicht erledigt“ markierter Tag bleibt unmarkiert: In Cairn braucht ein Tag ohne Erfolg keine Markierung.
       *[other] { $count } als „nicht erledigt“ markierte Tage bleiben unmarkiert: In Cairn braucht ein Tag ohne Erfolg keine Markierung.
    }
    [habo-contracts] { $count ->
        [one] { $count } Gewohnheitsvertrag (Strafe und Verantwortlichkeitspartner) bleibt in Habo: Cairn setzt auf zweite Chancen, nicht auf Strafen.
       *[other] { $count } Gewohnheitsverträge (Strafen und Verantwortlichkeitspartner) bleiben in Habo: Cairn setzt auf zweite Chancen, nicht auf Strafen.
    }
    [habo-categories] { $count ->
        [one] Die Kategorie aus Habo wird nicht übernommen: Alle Gewohnheiten kommen unter ein Ziel.
       *[other] Die { $count } Kategorien aus Habo werden nicht übernommen: Alle Gewohnheiten kommen unter ein Ziel.
    }
    [beaver-tags] { $count ->
        [one] Das Schlagwort aus Beaver wird nicht übernommen: Alle Gewohnheiten kommen unter ein Ziel.
       *[other] Die { $count } Schlagwörter aus Beaver werden nicht übernommen: Alle Gewohnheiten kommen unter ein Ziel.
    }
    [beaver-stars] { $count ->
        [one] { $count } Gewohnheit mit Stern kommt ohne ihren Stern an, dafür ganz oben in den Schritten des Ziels.
       *[other] { $count } Gewohnheiten mit Stern kommen ohne ihre Sterne an, dafür ganz oben in den Schritten des Ziels.
    }
   *[other] { $count ->
        [one] { $count } Sache hat in Cairn keinen Platz und bleibt zurück.
       *[other] { $count } Sachen haben in Cairn keinen Platz und bleiben zurück.
    }
}

## Schritte, Erfolge, das Eine für heute, Belohnungen, die Chronik, Einstellungen.

error-offer-step-archived = Dieser Schritt ist archiviert. Hol ihn zuerst auf der Seite „Ziele“ zurück.
error-offer-needs-rhythm = Ein Schritt, der in die Woche passt, hat einen Rhythmus. Wähl täglich, ein paar Mal pro Woche oder bestimmte Wochentage.
error-offer-unchanged = So ist der Schritt schon jetzt. Wähl eine andere Größe, einen anderen Rhythmus oder andere Worte, oder lass ihn, wie er ist.
error-search-too-long = Diese Suche ist sehr lang. Versuch ein, zwei Wörter aus dem Erfolg.
error-rest-day-gone = Dieser Tag ist nicht mehr als Ruhetag markiert. Lade die Chronik neu, um die aktuellen Tage zu sehen.
error-picture-format = Cairn kann das Bild als PNG oder SVG speichern. Wähl eines davon.
error-picture-invalid = Das Bild ist keine gültige { $format }-Datei geworden. Versuch noch einmal, es zu speichern.
error-picture-path = Wähl einen Ordner und einen Dateinamen für das Bild.
error-picture-folder-missing = Den Ordner { $path } gibt es nicht. Wähl einen anderen Ort für das Bild.
error-picture-write = Cairn konnte das Bild nicht unter { $path } speichern. Prüf, ob der Ordner beschreibbar ist und freien Platz hat.
export-error-write = Cairn konnte { $path } nicht schreiben. Prüf, ob der Ordner existiert, beschreibbar ist und freien Platz hat.
focus-error-step-archived = Dieser Schritt ist archiviert. Wähl einen offenen Schritt oder schreib eine Zeile.
focus-error-none-today = Für heute gibt es noch kein Eines. Wähl zuerst eines.
focus-error-nothing-to-carry = Gerade gibt es nichts zu übernehmen. Wähl stattdessen das Eine für heute.
focus-error-already-done = Das Eine für heute ist schon erledigt. Gut gemacht! Notier einen freien Erfolg, wenn du mehr geschafft hast.
error-shortcut-invalid = Schreib ein Tastenkürzel wie Ctrl+Alt+W: Zusatztasten und eine Taste, verbunden mit +.
error-quiet-hours-same = Die Ruhezeiten beginnen und enden zur selben Zeit. Wähl zwei verschiedene Zeiten oder schalte die Ruhezeiten aus.
error-snooze-choice = „Später“ kann 10, 30 oder 60 Minuten warten.
error-reminder-days-none = Wähl mindestens einen Tag für diese Erinnerung.
error-step-archived-move = Ein archivierter Schritt lässt sich nicht verschieben. Hol ihn zuerst zurück.
error-win-step-other-goal = Dieser Schritt gehört zu einem anderen Ziel. Wähl das Ziel des Schritts oder kein Ziel.
error-step-done-for-now = Dieser Schritt ist für jetzt schon erledigt. Gut gemacht! Notier einen freien Erfolg, wenn du mehr geschafft hast.
error-step-done-that-day = Dieser Tag hat den Erfolg für diesen Schritt schon. Notier einen freien Erfolg dafür, wenn du mehr geschafft hast.
error-win-gone-for-good = Dieser Erfolg wurde endgültig gelöscht und lässt sich nicht zurückholen.
error-win-undo-too-late = Zum Rückgängigmachen ist es zu spät: Dieser Erfolg wurde endgültig gelöscht. Du kannst ihn noch einmal notieren.
error-reward-already-earned = Diese Belohnung ist schon verdient und bleibt deshalb, wie sie ist. Füg eine neue für das Nächste hinzu.
error-reward-not-earned = Diese Belohnung wartet noch auf ihren Moment; du kannst sie genießen, sobald sie verdient ist.
reward-goal-unnamed = das Ziel
import-error-enjoyed-not-earned = Sie ist als genossen markiert, aber nicht als verdient; eine Belohnung wird genossen, nachdem sie verdient ist.

## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──

## Das Symbol im Infobereich und sein Menü.

tray-tooltip = { $count ->
    [0] Cairn: heute noch keine Erfolge
    [one] Cairn: heute { $count } Erfolg
   *[other] Cairn: heute { $count } Erfolge
}
tray-tooltip-plain = Cairn
tray-one-thing = ★ Heute zählt: { $text }
tray-one-thing-done = ★ Heute erledigt: { $text }
tray-choose-one-thing = ★ Wähle, was heute zählt
tray-log-win = Erfolg notieren…
tray-open = Cairn öffnen
tray-pause = Erinnerungen pausieren
tray-pause-hour = Für 1 Stunde
tray-pause-tomorrow = Bis morgen
tray-quit = Cairn beenden

## Benachrichtigungen.

notify-open = Öffnen
notify-done = Erledigt
notify-later = Später
notify-unavailable = Kein Benachrichtigungsdienst antwortet ({ $reason }), deshalb zeigt Cairn fällige Erinnerungen oben in seinem Fenster.
notify-reason-no-session = es gibt keine D-Bus-Sitzung
notify-reason-no-server = kein Benachrichtigungsdienst am Sitzungsbus
notify-reason-not-shown = die letzte Erinnerung ließ sich nicht anzeigen
notify-buttons = Erinnerungen erscheinen als Desktop-Benachrichtigungen, mit den Knöpfen Erledigt und Später. Ein Klick darauf öffnet das Schnellfenster.
notify-own-window = Deine Benachrichtigungen haben keine Knöpfe, deshalb zeigt Cairn ein eigenes kleines Fenster mit Erledigt, Später und Cairn öffnen nahe der Bildschirmecke.
notify-own-window-always = Erinnerungen erscheinen in Cairns eigenem kleinen Fenster nahe der Bildschirmecke, mit Erledigt, Später und Cairn öffnen.
notify-asking = Cairn fragt noch beim Benachrichtigungsdienst deines Desktops nach.

## Tastenkürzel und Schnellfenster.

shortcut-via-x11 = Aktiv: ein X11-Tastengriff.
shortcut-via-asking = Aktiv: das Desktop-Portal; es wartet darauf, dass dein Desktop die Tasten bestätigt.
shortcut-via-portal-keys = Aktiv: das Desktop-Portal (dein Desktop nennt die Tasten { $keys }).
shortcut-via-portal = Aktiv: das Desktop-Portal.
shortcut-via-system = Aktiv: die globalen Tastenkürzel des Systems.
shortcut-via-none = Aktiv: keines. { $why }
shortcut-setting-up = Wird eingerichtet: Cairn startet das Tastenkürzel kurz nach seinem Fenster.
shortcut-no-name = Dein Desktop kennt keinen Namen für die Taste in { $keys }. Probier eine andere Kombination, etwa Ctrl+Alt+W.
shortcut-no-key = Diese Tastatur hat keine Taste für { $keys }. Probier eine andere Kombination, etwa Ctrl+Alt+W.
shortcut-taken = { $keys } gehört schon einem anderen Programm. Probier eine andere Kombination.
shortcut-no-desktop = Globale Tastenkürzel brauchen einen X11-Desktop oder ein Desktop-Portal, und dieser hat keins von beiden. Nutze stattdessen das Symbol im Infobereich oder den Befehl cairn.
portal-description = Cairns Schnellfenster öffnen
portal-none = Dein Desktop bietet Apps noch keine globalen Tastenkürzel an; nutze den Infobereich oder den Befehl cairn.
portal-not-bound = Dein Desktop hat diese Tasten nicht übernommen. Speichere sie noch einmal, um erneut zu fragen, oder nutze den Infobereich oder den Befehl cairn.
app-quick-title = Cairn – Erfolg notieren
app-quick-not-hidden = Das Schnellfenster ließ sich nicht schließen. Drück Esc oder schließ es über den Infobereich.
app-reminder-title = Cairn – Erinnerung
app-reminder-answer = Antworte auf eine Erinnerung mit Erledigt, Später, Cairn öffnen oder indem du sie schließt.

## Das Fenster-Programm.

app-about = Cairns Fenster
startup-no-database = Cairn konnte seine Datenbank nicht öffnen. Beende Cairn und starte es neu.
startup-no-window = Cairn konnte sein Fenster nicht öffnen. Prüfe, ob eine Desktop-Sitzung läuft, und starte Cairn dann neu.
startup-no-webview2 = Cairn braucht Microsofts WebView2-Laufzeit, um sein Fenster zu zeichnen, und dieser Computer hat sie noch nicht. Sie ist kostenlos: Öffne { $url }, installiere sie und starte Cairn dann neu. Bis dahin funktionieren `cairn log` und `cairn today` im Terminal.
startup-open-download = Die Download-Seite jetzt öffnen?
app-not-watched = Cairn kann seine Datenbank nicht beobachten, deshalb erscheinen Erfolge, die du mit `cairn` notierst, erst nach einem Neustart von Cairn.
app-folder-not-created = Cairn konnte { $path } nicht anlegen.
app-folder-not-opened = Cairn konnte den Ordner nicht öffnen. Er liegt unter { $path }.
autostart-unchanged = Cairn konnte nicht ändern, ob es bei der Anmeldung startet. Sieh in den Autostart-Einstellungen deines Desktops nach.

## Anfragen aus dem Fenster, die Cairn nicht verwenden kann.

input-malformed = Cairn konnte diese Anfrage nicht lesen: Ein Feld fehlt oder hat den falschen Typ. Lade das Fenster neu und versuch es noch einmal.
input-source = Diese Quelle kann das Fenster nicht verwenden.
input-no-id = Cairn konnte diese Anfrage nicht lesen: Die ID fehlt. Lade das Fenster neu.
input-page = Diese Seite mit Erfolgen gilt nicht mehr. Lade die Liste neu.
input-review-day = Wähle einen Tag von Montag bis Sonntag.
input-one-thing = Wähle einen offenen Schritt oder schreib eine Zeile: eins von beiden, nicht beides.
input-reminder-day = Der Tag dieser Erinnerung gilt nicht. Lade das Fenster neu.
input-export-format = Exportiere als JSON (alles) oder CSV (die Erfolge).
input-pause = Pausiere Erinnerungen für eine Stunde oder bis morgen.

## Dateidialoge.

dialog-export-title = Deine Daten exportieren
dialog-kind-json = JSON
dialog-kind-csv = CSV
dialog-image-title = Das Jahr als Bild speichern
dialog-kind-png = PNG-Bild
dialog-kind-svg = SVG-Bild
dialog-import-folder-title = Ordner mit Loops CSV-Export importieren
dialog-import-file-title = Einen Cairn-Export, eine Sicherung von Loop Habit Tracker oder Habo oder einen Export von Beaver Habit Tracker importieren
dialog-filter-import = Cairn-Export, Loop-Sicherung oder ZIP, Habo-Sicherung, Beaver-Export
dialog-filter-any = Alle Dateien
dialog-not-local = Wähle eine Datei oder einen Ordner auf diesem Computer.
dialog-pick-again = Wähle die Datei zum Importieren noch einmal: Cairn importiert nur die Datei, die du gewählt hast, nach ihrer Vorschau.
dialog-sync-folder-title = Wähle den Ordner, den dein Sync-Programm abgleicht

## Die Befehlszeile: `cairn --help`.

cli-about = Cairn: Notiere kleine Erfolge und sieh, wie weit du gekommen bist.
cli-after-help = Ohne Befehl öffnet Cairn sein Fenster.
cli-help-log = Einen Erfolg notieren und ausgeben.
cli-help-log-text = Was du getan hast.
cli-help-log-goal = Das Ziel, für das er zählt (sein Name oder dessen Anfang).
cli-help-log-step = Der Schritt, für den er zählt (sein Name oder dessen Anfang).
cli-help-log-note = Eine Notiz dazu.
cli-help-log-day = Der Tag, für den er zählt, wenn nicht heute: yesterday oder JJJJ-MM-TT.
cli-help-today = Zeigt, was heute zählt, die Erfolge von heute und die Schritte, die heute noch offen sind.
cli-help-week = Zeigt den Rückblick auf diese Woche: den Entwurf aus deinen Erfolgen und deine Antworten.
cli-help-week-last = Die Woche davor.
cli-help-week-markdown = Als Markdown, zum Einfügen in ein Tagebuch.
cli-help-focus = Legt fest, was heute zählt: eine Zeile Text oder ein offener Schritt (ohne beides wird es angezeigt).
cli-help-focus-text = Das Eine für heute, in wenigen Worten.
cli-help-focus-step = Stattdessen ein offener Schritt (sein Name oder dessen Anfang).
cli-help-focus-clear = Das Eine für heute zurücksetzen.
cli-help-backup = Sichert die Datenbank jetzt, in den Sicherungsordner daneben.
cli-help-export = Exportiert alles in eine JSON-Datei (oder nur die Erfolge, mit einem .csv-Namen).
cli-help-export-file = Wohin geschrieben wird, z. B. cairn.json oder wins.csv.
cli-help-import = Importiert einen Cairn-Export, eine Loop-Habit-Tracker-Sicherung (.db), Loops CSV-Export (seinen Ordner oder eine ZIP-Datei), eine Sicherung von Habo oder einen Export von Beaver Habit Tracker, am Inhalt erkannt.
cli-help-import-file = Die Datei oder der Ordner zum Importieren.
cli-help-import-dry-run = Nur sagen, was dazukäme; nichts ändern.
cli-help-sync = Synchronisieren über einen Ordner, den dein Sync-Programm schon abgleicht (Syncthing, Nextcloud, Dropbox, ein USB-Stick): `cairn sync --folder PATH` schaltet es ein; ohne weitere Angaben wird der Sync-Status angezeigt.
cli-help-sync-folder = Der Sync-Ordner: Cairn schreibt nur unter PATH/Cairn/.
cli-help-sync-name = Der Name dieses Computers, wie ihn die anderen Computer zeigen.
cli-help-sync-status = Zeigt den Sync-Ordner, diesen Computer, die gesehenen Computer, die wartenden Änderungen und die Hinweise vom letzten Abgleich.
cli-help-sync-now = Schreibt die Änderungen dieses Computers und übernimmt, was die anderen Computer geschrieben haben.
cli-help-sync-off = Beendet das Synchronisieren auf diesem Computer (der Ordner behält, was darin ist).
cli-help-sync-compact = Fasst die Dateien dieses Computers im Sync-Ordner zu einem Schnappschuss zusammen.

## Die Befehlszeile: was sie ausgibt.

cli-output-closed-logged = Cairn konnte seine Antwort nicht ausgeben: Die Ausgabe war geschlossen. Alles Notierte ist gespeichert.
cli-output-closed = Cairn konnte seine Antwort nicht ausgeben: Die Ausgabe war geschlossen. Alles Geänderte ist gespeichert.
cli-window-missing = Cairns Fenster fehlt (kein { $app } neben diesem Programm). Installiere Cairn neu oder nutze einen Befehl wie `cairn today`.
cli-window-not-started = Cairns Fenster ließ sich nicht starten. Versuch es noch einmal oder installiere Cairn neu.
cli-none-yet = { $kind ->
    [goal] Es gibt kein Ziel namens „{ $name }“ (noch gibt es keine).
    [open-step] Es gibt keinen offenen Schritt namens „{ $name }“ (noch gibt es keine).
   *[step] Es gibt keinen Schritt namens „{ $name }“ (noch gibt es keine).
}
cli-none-called = { $kind ->
    [goal] Es gibt kein Ziel namens „{ $name }“. Probier eins von diesen: { $names }.
    [open-step] Es gibt keinen offenen Schritt namens „{ $name }“. Probier einen von diesen: { $names }.
   *[step] Es gibt keinen Schritt namens „{ $name }“. Probier einen von diesen: { $names }.
}
cli-ambiguous = { $kind ->
    [goal] „{ $name }“ passt zu { $count } Zielen: { $names }. Schreib mehr vom Namen.
    [open-step] „{ $name }“ passt zu { $count } offenen Schritten: { $names }. Schreib mehr vom Namen.
   *[step] „{ $name }“ passt zu { $count } Schritten: { $names }. Schreib mehr vom Namen.
}
cli-logged = ✓ „{ $text }“ notiert. Heute { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
}.
cli-logged-for = ✓ „{ $text }“ für { $goal } notiert. Heute { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
}.
cli-logged-on = ✓ „{ $text }“ für { $day } notiert. Schön, dass er jetzt zählt.
cli-logged-for-on = ✓ „{ $text }“ für { $goal } am { $day } notiert. Schön, dass er jetzt zählt.
cli-day-unreadable = „{ $text }“ ist kein Tag, den Cairn lesen kann. Nimm yesterday oder ein Datum wie 2026-12-06.
cli-milestone = ◆ Meilenstein: { $label }.
cli-was-one-thing = ★ Das war das Eine für heute: der wichtigste Erfolg des Tages.
cli-reward = ♥ Du hast dir verdient: { $reward }. Genieß es.
cli-today = { $date }: { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
}
cli-today-earlier = { $count ->
    [one] …und { $count } früherer Erfolg heute (die Seite „Erfolge“ zeigt alle).
   *[other] …und { $count } frühere Erfolge heute (die Seite „Erfolge“ zeigt alle).
}
cli-today-nothing-open = Heute wartet sonst nichts auf dich.
cli-today-open-steps = Offene Schritte:
cli-today-limits = Grenzen (gehalten, nicht erledigt):
cli-one-thing = ★ Heute zählt: { $text }
cli-one-thing-goal = ★ Heute zählt: { $text } ({ $goal })
cli-one-thing-done = ✓ erledigt
cli-focus-cleared = Das Eine für heute ist zurückgesetzt. Wähl ein anderes, wann immer du magst.
cli-focus-none = Für heute ist noch nichts gewählt. Wähl etwas mit `cairn focus "ein paar Worte"` oder `cairn focus --step NAME`.
cli-exported-wins = ✓ { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
} nach { $path } exportiert
cli-exported = ✓ { $goals ->
    [one] { $goals } Ziel
   *[other] { $goals } Ziele
}, { $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
} und { $wins ->
    [one] { $wins } Erfolg
   *[other] { $wins } Erfolge
} nach { $path } exportiert
cli-import-adds-nothing = Das ist { $source }. Ein Import würde nichts hinzufügen: Alles darin ist schon hier.
cli-import-would-add = Das ist { $source }. Ein Import würde { $parts } hinzufügen. Nichts wurde geändert (Probelauf).
cli-import-nothing-new = Nichts hinzuzufügen: Alles aus { $path } ist schon hier.
cli-imported = ✓ { $parts } aus { $path } importiert
cli-nothing = nichts
cli-count-goals = { $count ->
    [one] { $count } Ziel
   *[other] { $count } Ziele
}
cli-count-steps = { $count ->
    [one] { $count } Schritt
   *[other] { $count } Schritte
}
cli-count-wins = { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
}
cli-count-rest-days = { $count ->
    [one] { $count } Ruhetag
   *[other] { $count } Ruhetage
}
cli-count-stacks = { $count ->
    [one] { $count } Gewohnheitskette
   *[other] { $count } Gewohnheitsketten
}
cli-count-reviews = { $count ->
    [one] { $count } Wochenrückblick
   *[other] { $count } Wochenrückblicke
}
cli-count-one-things = { $count ->
    [one] { $count } Tag mit dem Einen für heute
   *[other] { $count } Tage mit dem Einen für heute
}
cli-count-step-story = { $count ->
    [one] { $count } Eintrag in der Geschichte eines Schritts
   *[other] { $count } Einträge in den Geschichten von Schritten
}
cli-count-rewards = { $count ->
    [one] { $count } Belohnung
   *[other] { $count } Belohnungen
}
cli-list-and = { $first } und { $last }
cli-backed-up = ✓ { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
} ({ $size }) nach { $path } gesichert
cli-size-kb = { $kb } KB
cli-size-mb = { NUMBER($mb, minimumFractionDigits: 1) } MB

## Die Befehlszeile: `cairn sync`.

cli-sync-stopped = Synchronisieren ist auf diesem Computer aus. Was Cairn in { $folder } geschrieben hat, bleibt dort; schalte es wieder ein mit `cairn sync --folder PATH`.
cli-sync-already-off = Synchronisieren war auf diesem Computer schon aus.
cli-sync-compacted = ✓ Die Dateien dieses Computers sind zu einem Schnappschuss zusammengefasst: { $path }
cli-sync-not-on = Synchronisieren ist noch nicht eingeschaltet. Wähle zuerst einen Sync-Ordner: `cairn sync --folder PATH --name NAME`.
cli-sync-not-turned-on = Synchronisieren ließ sich nicht einschalten. Versuch es noch einmal; im Ordner wurde nichts geändert.
cli-sync-on = ✓ Synchronisieren ist an: Dieser Computer, „{ $name }“, schreibt seine Änderungen nach { $path } und liest dort die der anderen Computer.
cli-sync-moved = ✓ Synchronisieren ist nach { $folder } umgezogen: Dieser Computer, „{ $name }“, hat dort alles neu geschrieben.
cli-sync-already-on = Synchronisieren ist schon an: Dieser Computer, „{ $name }“, gleicht über { $folder } ab.
cli-sync-renamed = ✓ Dieser Computer heißt jetzt „{ $name }“.
cli-sync-run-now = Führe `cairn sync now` aus, um zu übernehmen, was die anderen Computer geschrieben haben.
cli-sync-wrote = ✓ { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
} von diesem Computer geschrieben.
cli-sync-nothing-new = Nichts Neues von den anderen Computern.
cli-sync-applied-files = ✓ { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
} aus { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
} übernommen.
cli-sync-applied-from = ✓ { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
} von { $names } übernommen.
cli-sync-off-status = Synchronisieren ist aus. Schalte es ein mit `cairn sync --folder PATH --name NAME` und wähle einen Ordner, den dein Sync-Programm schon abgleicht.
cli-sync-folder = Sync-Ordner: { $folder }
cli-sync-this-computer = Dieser Computer: { $name } ({ $id }), letzte Änderung { $when }
cli-sync-this-computer-new = Dieser Computer: { $name } ({ $id }), noch keine Änderungen
cli-sync-others-none = Andere Computer: noch keine gesehen.
cli-sync-others = Andere Computer:
cli-sync-other = { $name }, letzte Änderung { $when }
cli-sync-other-new = { $name }, noch keine Änderungen
cli-sync-when = { $date } um { $time }
cli-sync-all-written = Jede Änderung von hier ist im Ordner.
cli-sync-pending = { $count ->
    [one] { $count } Änderung von hier ist noch nicht im Ordner (`cairn sync now` schreibt sie).
   *[other] { $count } Änderungen von hier sind noch nicht im Ordner (`cairn sync now` schreibt sie).
}
cli-sync-last-notes = Vom letzten Abgleich:
cli-sync-folder-away = Der Sync-Ordner { $folder } ist gerade nicht da; diese Änderung ist hier gespeichert und kommt beim nächsten Abgleich dorthin.
cli-sync-not-written = Diese Änderung ist hier gespeichert; Cairn konnte sie noch nicht in den Sync-Ordner { $folder } schreiben (prüfe, ob er beschreibbar ist). Sie kommt beim nächsten Abgleich dorthin.

## Weitere Anfragen aus dem Fenster.

shortcut-not-understood = „{ $text }“ ist kein Tastenkürzel, das Cairn versteht. Schreib Umschalttasten und eine Taste, verbunden mit +, etwa Ctrl+Alt+W.
input-date-day = „{ $text }“ ist kein Datum, das Cairn lesen kann. Wähl einen Tag im Kalender.
input-date-week = „{ $text }“ ist kein Datum, das Cairn lesen kann. Wähl eine Woche aus der Liste.

## The command line's own frame: the help's headings and a command line it cannot read.

cli-usage = Aufruf:
cli-commands = Befehle
cli-arguments = Argumente
cli-options = Optionen
cli-command-placeholder = BEFEHL
cli-flag-help = Hilfe anzeigen
cli-flag-version = Version anzeigen
cli-help-command = Diese Hilfe anzeigen, oder die Hilfe zu einem Befehl
cli-error-unknown-command = Einen Befehl „{ $given }“ gibt es nicht.
cli-error-unknown-option = „{ $given }“ ist hier keine Option.
cli-error-unexpected = Mit „{ $given }“ war hier nicht zu rechnen.
cli-error-missing = Hier fehlt noch { $what }.
cli-error-needs-value = { $option } braucht einen Wert.
cli-error-invalid-value = „{ $value }“ passt nicht zu { $option }.
cli-error-takes = Möglich sind: { $values }.
cli-error-conflict = { $option } und { $other } gehen nicht zusammen.
cli-error-other = Diese Befehlszeile kann Cairn nicht lesen.
cli-error-did-you-mean = Meintest du „{ $suggestion }“?
cli-error-help = `{ $help }` zeigt, was Cairn versteht.

## ── app-cli (end) ──

## ── package (begin): the desktop entry and the software centre's page, written from here by `cargo test -p cairn --test packaging` ──

package-summary = Kleine Erfolge festhalten und den Steinhaufen wachsen sehen
package-generic-name = Kleine Erfolge
package-keywords = Gewohnheit, Erfolge, Ziele, Tagebuch
package-about = Ein Cairn ist ein Steinhaufen, den Wandernde Stein für Stein aufschichten, um einen Weg zu markieren. Cairn begleitet dich am Computer bei kleinen Erfolgen: Teile ein großes Ziel in winzige Schritte, halte jeden kleinen Erfolg mit einem Klick fest und sieh zu, wie der Haufen wächst. Ein Tag ohne Erfolg ist eine zweite Chance.
package-feature-log = Erfolge im Fenster, im Infobereich, mit einem globalen Tastenkürzel oder mit dem Befehl cairn festhalten
package-feature-goals = Ziele mit winzigen Schritten in deinem Rhythmus, und der Schwung jedes Schritts
package-feature-chronicle = Eine Chronik, wie weit du gekommen bist, und ein Wochenrückblick
package-feature-local = Alles bleibt in einer SQLite-Datei auf deinem eigenen Computer

## ── package (end) ──
