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
app-not-watched = Cairn kann seine Datenbank nicht beobachten, deshalb erscheinen Erfolge, die du mit `cairn` notierst, erst nach einem Neustart von Cairn.
app-folder-not-created = Cairn konnte { $path } nicht anlegen.
app-folder-not-opened = Cairn konnte den Ordner nicht öffnen. Er liegt unter { $path }.
autostart-unchanged = Cairn konnte nicht ändern, ob es bei der Anmeldung startet. Sieh in den Autostart-Einstellungen deines Desktops nach.

## Anfragen aus dem Fenster, die Cairn nicht verwenden kann.

input-malformed = Cairn konnte diese Anfrage nicht lesen: Ein Feld fehlt oder hat den falschen Typ. Lade das Fenster neu und versuch es noch einmal.
input-source = Diese Quelle kann das Fenster nicht verwenden.
input-no-id = Cairn konnte diese Anfrage nicht lesen: Die ID fehlt. Lade das Fenster neu.
input-page = Diese Seite mit Erfolgen gilt nicht mehr. Lade die Liste neu.
input-week-start = Der erste Tag der Woche muss zwischen Montag und Sonntag liegen.
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
dialog-import-file-title = Einen Cairn-Export oder eine Loop-Habit-Tracker-Sicherung importieren
dialog-filter-import = Cairn-Export, Loop-Sicherung oder ZIP
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
cli-help-import = Importiert einen Cairn-Export, eine Loop-Habit-Tracker-Sicherung (.db) oder Loops CSV-Export (seinen Ordner oder eine ZIP-Datei), am Inhalt erkannt.
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
cli-milestone = ◆ Meilenstein: { $label }.
cli-was-one-thing = ★ Das war das Eine für heute: der wichtigste Erfolg des Tages.
cli-reward = ♥ Du hast dir verdient: { $reward }. Genieß es.
cli-today = { $date }: { $count ->
    [one] { $count } Erfolg
   *[other] { $count } Erfolge
}
cli-today-nothing-open = Heute wartet sonst nichts auf dich.
cli-today-open-steps = Offene Schritte:
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

## ── app-cli (end) ──
