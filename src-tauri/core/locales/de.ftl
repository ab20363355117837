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


## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


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
error-weekdays-none = Wähl mindestens einen Wochentag für diesen Schritt.
error-weekday-range = Ein Wochentag muss zwischen Montag und Sonntag liegen.
error-times-per-week-range = Mal pro Woche: zwischen 1 und 7. Für öfter wähl täglich.
error-cadence-unknown = „{ $value }“ ist kein Rhythmus. Wähl einmal, täglich, wöchentlich oder an Wochentagen.
error-goal-status-unknown = „{ $value }“ ist kein Zustand für ein Ziel. Wähl aktiv, pausiert, erledigt oder archiviert.
error-goal-colour = Eine Zielfarbe sieht aus wie #5b8a72. Wähl eine der angebotenen Farben.
error-minutes-range = Minuten: zwischen 1 und { $max }. Kleiner ist besser: versuch 1.
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
milestone-first-run-days = Erster Lauf über { $count } Tage: { $name }
milestone-first-run-weeks = Erster Lauf über { $count } Wochen: { $name }

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
   *[cairn] ein Cairn-Export
}
import-error-unreadable = { $why ->
    [not-json] Cairn kann diese Datei nicht importieren: Sie ist kein gültiges JSON (vielleicht ist sie abgeschnitten). Nichts wurde geändert.
    [not-cairn] Cairn kann diese Datei nicht importieren: Sie ist JSON, aber kein Cairn-Export. Nichts wurde geändert.
    [no-version] Cairn kann diese Datei nicht importieren: Ihre Version fehlt. Nichts wurde geändert.
    [wrong-field] Cairn kann diese Datei nicht importieren: Ein Feld fehlt oder hat den falschen Typ. Nichts wurde geändert.
    [too-large] Cairn kann diese Datei nicht importieren: Sie ist größer als 256 MB. Nichts wurde geändert.
    [unknown-kind] Cairn kann diese Datei nicht importieren: Sie ist weder ein Cairn-Export noch eine Sicherung oder ein CSV-Export von Loop Habit Tracker. Nichts wurde geändert.
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
import-loop-habit-untitled = Loop-Gewohnheit { $number }

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
error-win-gone-for-good = Dieser Erfolg wurde endgültig gelöscht und lässt sich nicht zurückholen.
error-win-undo-too-late = Zum Rückgängigmachen ist es zu spät: Dieser Erfolg wurde endgültig gelöscht. Du kannst ihn noch einmal notieren.
error-reward-already-earned = Diese Belohnung ist schon verdient und bleibt deshalb, wie sie ist. Füg eine neue für das Nächste hinzu.
error-reward-not-earned = Diese Belohnung wartet noch auf ihren Moment; du kannst sie genießen, sobald sie verdient ist.
reward-goal-unnamed = das Ziel
import-error-enjoyed-not-earned = Sie ist als genossen markiert, aber nicht als verdient; eine Belohnung wird genossen, nachdem sie verdient ist.

## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
