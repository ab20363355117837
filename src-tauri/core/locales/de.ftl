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
week-make-step-label = „{ $text }“ zum Schritt machen
week-next-one-thing = Das Eine für den ersten Tag nächster Woche
week-next-one-thing-label = „{ $text }“ zum Einen für den ersten Tag nächster Woche machen
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
data-recovery-offer = Du kannst die neueste gute Sicherung vom { $date } ({ $wins }) wiederherstellen oder frisch beginnen.
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
data-import-hint = Ein Cairn-Export (.json), eine Sicherung von Loop Habit Tracker (.db) oder Loops CSV-Export (eine ZIP-Datei oder ihr Ordner). Du siehst, was hinzukommt, bevor etwas geschrieben wird; dieselbe Datei zweimal zu importieren fügt nichts hinzu.
data-import-file = Eine Datei importieren…
data-import-folder = Einen Ordner importieren…

# The Settings page.
settings-title = Einstellungen
settings-subtitle = Kleinigkeiten, damit das Notieren eines Erfolgs nur eine Sekunde dauert.
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

## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
