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

## El icono de la bandeja del sistema y su menú.

tray-tooltip = { $count ->
    [0] Cairn: aún no hay logros hoy
    [one] Cairn: { $count } logro hoy
   *[other] Cairn: { $count } logros hoy
}
tray-tooltip-plain = Cairn
tray-one-thing = ★ Lo importante de hoy: { $text }
tray-one-thing-done = ★ Hecho hoy: { $text }
tray-choose-one-thing = ★ Elige lo importante de hoy
tray-log-win = Anotar un logro…
tray-open = Abrir Cairn
tray-pause = Pausar recordatorios
tray-pause-hour = Durante 1 hora
tray-pause-tomorrow = Hasta mañana
tray-quit = Salir de Cairn

## Notificaciones.

notify-open = Abrir
notify-done = Hecho
notify-later = Más tarde
notify-unavailable = Ningún servicio de notificaciones responde ({ $reason }), así que Cairn muestra los recordatorios pendientes arriba en su ventana.
notify-reason-no-session = no hay sesión de D-Bus
notify-reason-no-server = no hay servidor de notificaciones en el bus de sesión
notify-reason-not-shown = el último recordatorio no se pudo mostrar
notify-buttons = Los recordatorios aparecen como notificaciones del escritorio, con los botones Hecho y Más tarde. Un clic en una abre la ventana de anotación rápida.
notify-own-window = Tus notificaciones no tienen botones, así que Cairn muestra su propia ventanita con Hecho, Más tarde y Abrir Cairn cerca de la esquina de la pantalla.
notify-own-window-always = Los recordatorios aparecen en la propia ventanita de Cairn cerca de la esquina de la pantalla, con Hecho, Más tarde y Abrir Cairn.
notify-asking = Cairn todavía está consultando el servicio de notificaciones del escritorio.

## El atajo de teclado y la ventana rápida.

shortcut-via-x11 = En uso: una captura de teclas de X11.
shortcut-via-asking = En uso: el portal del escritorio; esperando a que tu escritorio confirme las teclas.
shortcut-via-portal-keys = En uso: el portal del escritorio (tu escritorio llama a las teclas { $keys }).
shortcut-via-portal = En uso: el portal del escritorio.
shortcut-via-system = En uso: los atajos de teclado globales del sistema.
shortcut-via-none = En uso: ninguno. { $why }
shortcut-setting-up = Preparándose: Cairn activa el atajo de teclado un momento después de su ventana.
shortcut-no-name = Tu escritorio no tiene nombre para la tecla de { $keys }. Prueba otra combinación, como Ctrl+Alt+W.
shortcut-no-key = Este teclado no tiene tecla para { $keys }. Prueba otra combinación, como Ctrl+Alt+W.
shortcut-taken = Otro programa ya usa { $keys }. Prueba otra combinación.
shortcut-no-desktop = Los atajos de teclado globales necesitan un escritorio X11 o un portal del escritorio, y este no tiene ninguno. Usa el icono de la bandeja del sistema o el comando cairn.
portal-description = Abrir la anotación rápida de Cairn
portal-none = Tu escritorio aún no ofrece atajos de teclado globales a las aplicaciones; usa la bandeja del sistema o el comando cairn.
portal-not-bound = Tu escritorio no aceptó estas teclas. Guárdalas otra vez para volver a preguntar, o usa la bandeja del sistema o el comando cairn.
app-quick-title = Cairn: anotación rápida
app-quick-not-hidden = La ventana rápida no se cerró. Pulsa Esc o ciérrala desde la bandeja del sistema.
app-reminder-title = Cairn: recordatorio
app-reminder-answer = Responde a un recordatorio con Hecho, Más tarde, Abrir Cairn o cerrándolo.

## La aplicación de ventana.

app-about = La ventana de Cairn
startup-no-database = Cairn no pudo abrir su base de datos. Cierra Cairn y vuelve a abrirlo.
startup-no-window = Cairn no pudo abrir su ventana. Comprueba que haya una sesión de escritorio en marcha y vuelve a abrir Cairn.
app-not-watched = Cairn no puede vigilar su base de datos, así que los logros anotados con `cairn` aparecen cuando Cairn se reinicia.
app-folder-not-created = Cairn no pudo crear { $path }.
app-folder-not-opened = Cairn no pudo abrir la carpeta. Está en { $path }.
autostart-unchanged = Cairn no pudo cambiar si se inicia al entrar en la sesión. Revisa los ajustes de inicio automático de tu escritorio.

## Peticiones de la ventana que Cairn no puede usar.

input-malformed = Cairn no pudo leer esa petición: falta un campo o tiene un tipo incorrecto. Recarga la ventana y vuelve a intentarlo.
input-source = Ese origen no se puede usar desde la ventana.
input-no-id = Cairn no pudo leer esa petición: falta el identificador. Recarga la ventana.
input-page = Esa página de logros ya no es válida. Recarga la lista.
input-week-start = El primer día de la semana tiene que ser de lunes a domingo.
input-review-day = Elige un día de lunes a domingo.
input-one-thing = Elige un paso abierto o escribe una línea: una de las dos cosas, no ambas.
input-reminder-day = El día de ese recordatorio no es válido. Recarga la ventana.
input-export-format = Exporta como JSON (todo) o CSV (los logros).
input-pause = Pausa los recordatorios durante una hora o hasta mañana.

## Diálogos de archivos.

dialog-export-title = Exportar tus datos
dialog-kind-json = JSON
dialog-kind-csv = CSV
dialog-image-title = Guardar el año como imagen
dialog-kind-png = Imagen PNG
dialog-kind-svg = Imagen SVG
dialog-import-folder-title = Importar la carpeta de exportación CSV de Loop
dialog-import-file-title = Importar una exportación de Cairn o una copia de seguridad de Loop Habit Tracker
dialog-filter-import = Exportación de Cairn, copia de seguridad de Loop o zip
dialog-filter-any = Cualquier archivo
dialog-not-local = Elige un archivo o una carpeta de este ordenador.
dialog-pick-again = Vuelve a elegir el archivo que quieres importar: Cairn solo importa el archivo que elegiste, después de su vista previa.
dialog-sync-folder-title = Elige la carpeta que tu herramienta de sincronización mantiene al día

## La línea de comandos: `cairn --help`.

cli-about = Cairn: anota pequeños logros y mira cuánto has avanzado.
cli-after-help = Sin un comando, Cairn abre su ventana.
cli-help-log = Anota un logro y lo muestra.
cli-help-log-text = Lo que hiciste.
cli-help-log-goal = La meta para la que cuenta (su nombre o su comienzo).
cli-help-log-step = El paso para el que cuenta (su nombre o su comienzo).
cli-help-log-note = Una nota para guardar con él.
cli-help-today = Muestra lo importante de hoy, los logros de hoy y los pasos que siguen abiertos hoy.
cli-help-week = Muestra el repaso de esta semana: el borrador a partir de tus logros y tus respuestas.
cli-help-week-last = La semana anterior a esta.
cli-help-week-markdown = En markdown, para pegarlo en un diario.
cli-help-focus = Fija lo importante de hoy: una línea de texto o un paso abierto (sin ninguno de los dos, lo muestra).
cli-help-focus-text = Lo único de hoy, en pocas palabras.
cli-help-focus-step = Un paso abierto en su lugar (su nombre o su comienzo).
cli-help-focus-clear = Quita lo importante de hoy.
cli-help-backup = Hace ahora una copia de seguridad de la base de datos, en la carpeta de copias que está a su lado.
cli-help-export = Exporta todo a un archivo JSON (o solo los logros, con un nombre .csv).
cli-help-export-file = Dónde escribir, p. ej. cairn.json o wins.csv.
cli-help-import = Importa una exportación de Cairn, una copia de seguridad de Loop Habit Tracker (.db) o la exportación CSV de Loop (su carpeta o un zip), reconocidas por su contenido.
cli-help-import-file = El archivo o la carpeta que importar.
cli-help-import-dry-run = Solo dice lo que se añadiría; no cambia nada.
cli-help-sync = Sincronizar a través de una carpeta que tu herramienta de sincronización ya sincroniza (Syncthing, Nextcloud, Dropbox, una memoria USB): `cairn sync --folder PATH` la activa; sin nada más, muestra el estado de la sincronización.
cli-help-sync-folder = La carpeta de sincronización: Cairn solo escribe dentro de PATH/Cairn/.
cli-help-sync-name = El nombre de este ordenador, tal como lo muestran los demás ordenadores.
cli-help-sync-status = Muestra la carpeta de sincronización, este ordenador, los ordenadores vistos, los cambios pendientes y las notas de la última sincronización.
cli-help-sync-now = Escribe los cambios de este ordenador y aplica lo que escribieron los demás ordenadores.
cli-help-sync-off = Deja de sincronizar en este ordenador (la carpeta conserva lo que contiene).
cli-help-sync-compact = Reúne los archivos de este ordenador en la carpeta de sincronización en una sola instantánea.

## La línea de comandos: lo que muestra.

cli-output-closed-logged = Cairn no pudo mostrar su respuesta: la salida estaba cerrada. Todo lo que anotó está guardado.
cli-output-closed = Cairn no pudo mostrar su respuesta: la salida estaba cerrada. Todo lo que cambió está guardado.
cli-window-missing = Falta la ventana de Cairn (no hay { $app } junto a este programa). Reinstala Cairn o usa un comando como `cairn today`.
cli-window-not-started = La ventana de Cairn no pudo abrirse. Vuelve a intentarlo o reinstala Cairn.
cli-none-yet = { $kind ->
    [goal] No hay ninguna meta llamada «{ $name }» (todavía no hay ninguna).
    [open-step] No hay ningún paso abierto llamado «{ $name }» (todavía no hay ninguno).
   *[step] No hay ningún paso llamado «{ $name }» (todavía no hay ninguno).
}
cli-none-called = { $kind ->
    [goal] No hay ninguna meta llamada «{ $name }». Prueba con una de estas: { $names }.
    [open-step] No hay ningún paso abierto llamado «{ $name }». Prueba con uno de estos: { $names }.
   *[step] No hay ningún paso llamado «{ $name }». Prueba con uno de estos: { $names }.
}
cli-ambiguous = { $kind ->
    [goal] «{ $name }» podría ser cualquiera de { $count } metas: { $names }. Escribe más del nombre.
    [open-step] «{ $name }» podría ser cualquiera de { $count } pasos abiertos: { $names }. Escribe más del nombre.
   *[step] «{ $name }» podría ser cualquiera de { $count } pasos: { $names }. Escribe más del nombre.
}
cli-logged = ✓ Anotado «{ $text }». { $count ->
    [one] { $count } logro
   *[other] { $count } logros
} hoy.
cli-logged-for = ✓ Anotado «{ $text }» para { $goal }. { $count ->
    [one] { $count } logro
   *[other] { $count } logros
} hoy.
cli-milestone = ◆ Hito: { $label }.
cli-was-one-thing = ★ Eso era lo único de hoy: el logro principal del día.
cli-reward = ♥ Te has ganado: { $reward }. Disfrútalo.
cli-today = { $date }: { $count ->
    [one] { $count } logro
   *[other] { $count } logros
}
cli-today-nothing-open = Hoy no hay nada más esperándote.
cli-today-open-steps = Pasos abiertos:
cli-one-thing = ★ Lo importante de hoy: { $text }
cli-one-thing-goal = ★ Lo importante de hoy: { $text } ({ $goal })
cli-one-thing-done = ✓ hecho
cli-focus-cleared = Lo importante de hoy está despejado. Elige otra cosa cuando quieras.
cli-focus-none = Aún no hay nada elegido para hoy. Elige algo con `cairn focus "unas palabras"` o `cairn focus --step NAME`.
cli-exported-wins = ✓ { $count ->
    [one] { $count } logro exportado
   *[other] { $count } logros exportados
} a { $path }
cli-exported = ✓ Exportado a { $path }: { $goals ->
    [one] { $goals } meta
   *[other] { $goals } metas
}, { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
} y { $wins ->
    [one] { $wins } logro
   *[other] { $wins } logros
}
cli-import-adds-nothing = Esto es { $source }. Importarlo no añadiría nada: todo lo que contiene ya está aquí.
cli-import-would-add = Esto es { $source }. Importarlo añadiría { $parts }. No se ha cambiado nada (prueba).
cli-import-nothing-new = Nada que añadir: todo lo de { $path } ya está aquí.
cli-imported = ✓ Importado desde { $path }: { $parts }
cli-nothing = nada
cli-count-goals = { $count ->
    [one] { $count } meta
   *[other] { $count } metas
}
cli-count-steps = { $count ->
    [one] { $count } paso
   *[other] { $count } pasos
}
cli-count-wins = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
}
cli-count-rest-days = { $count ->
    [one] { $count } día de descanso
   *[other] { $count } días de descanso
}
cli-count-stacks = { $count ->
    [one] { $count } cadena de hábitos
   *[other] { $count } cadenas de hábitos
}
cli-count-reviews = { $count ->
    [one] { $count } repaso semanal
   *[other] { $count } repasos semanales
}
cli-count-one-things = { $count ->
    [one] { $count } día con lo importante de hoy
   *[other] { $count } días con lo importante de hoy
}
cli-count-step-story = { $count ->
    [one] { $count } entrada en la historia de un paso
   *[other] { $count } entradas en las historias de los pasos
}
cli-count-rewards = { $count ->
    [one] { $count } recompensa
   *[other] { $count } recompensas
}
cli-list-and = { $first } y { $last }
cli-backed-up = ✓ Copia de seguridad de { $count ->
    [one] { $count } logro
   *[other] { $count } logros
} ({ $size }) guardada en { $path }
cli-size-kb = { $kb } KB
cli-size-mb = { NUMBER($mb, minimumFractionDigits: 1) } MB

## La línea de comandos: `cairn sync`.

cli-sync-stopped = La sincronización está desactivada en este ordenador. Lo que Cairn escribió en { $folder } se queda ahí; vuelve a activarla con `cairn sync --folder PATH`.
cli-sync-already-off = La sincronización ya estaba desactivada en este ordenador.
cli-sync-compacted = ✓ Los archivos de este ordenador se reunieron en una sola instantánea: { $path }
cli-sync-not-on = La sincronización aún no está activada. Elige primero una carpeta de sincronización: `cairn sync --folder PATH --name NAME`.
cli-sync-not-turned-on = No se pudo activar la sincronización. Vuelve a intentarlo; no se cambió nada en la carpeta.
cli-sync-on = ✓ La sincronización está activada: este ordenador, «{ $name }», escribe sus cambios en { $path } y lee allí los de los demás ordenadores.
cli-sync-moved = ✓ La sincronización se trasladó a { $folder }: este ordenador, «{ $name }», volvió a escribirlo todo allí.
cli-sync-already-on = La sincronización ya está activada: este ordenador, «{ $name }», sincroniza a través de { $folder }.
cli-sync-renamed = ✓ Este ordenador ahora se llama «{ $name }».
cli-sync-run-now = Ejecuta `cairn sync now` para aplicar lo que escribieron los demás ordenadores.
cli-sync-wrote = ✓ { $count ->
    [one] { $count } cambio escrito
   *[other] { $count } cambios escritos
} desde este ordenador.
cli-sync-nothing-new = Nada nuevo de los demás ordenadores.
cli-sync-applied-files = ✓ { $count ->
    [one] { $count } cambio aplicado
   *[other] { $count } cambios aplicados
} de { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}.
cli-sync-applied-from = ✓ { $count ->
    [one] { $count } cambio aplicado
   *[other] { $count } cambios aplicados
} de { $names }.
cli-sync-off-status = La sincronización está desactivada. Actívala con `cairn sync --folder PATH --name NAME`, eligiendo una carpeta que tu herramienta de sincronización ya sincronice.
cli-sync-folder = Carpeta de sincronización: { $folder }
cli-sync-this-computer = Este ordenador: { $name } ({ $id }), último cambio el { $when }
cli-sync-this-computer-new = Este ordenador: { $name } ({ $id }), aún sin cambios
cli-sync-others-none = Otros ordenadores: todavía no se ha visto ninguno.
cli-sync-others = Otros ordenadores:
cli-sync-other = { $name }, último cambio el { $when }
cli-sync-other-new = { $name }, aún sin cambios
cli-sync-when = { $date } a las { $time }
cli-sync-all-written = Todos los cambios hechos aquí están en la carpeta.
cli-sync-pending = { $count ->
    [one] { $count } cambio hecho aquí aún no está en la carpeta (`cairn sync now` lo escribe).
   *[other] { $count } cambios hechos aquí aún no están en la carpeta (`cairn sync now` los escribe).
}
cli-sync-last-notes = De la última sincronización:
cli-sync-folder-away = La carpeta de sincronización { $folder } no está disponible ahora; este cambio está guardado aquí y llegará allí en la próxima sincronización.
cli-sync-not-written = Este cambio está guardado aquí; Cairn aún no pudo escribirlo en la carpeta de sincronización { $folder } (comprueba que se pueda escribir en ella). Llegará allí en la próxima sincronización.

## Más peticiones de la ventana.

shortcut-not-understood = «{ $text }» no es un atajo de teclado que Cairn entienda. Escribe los modificadores y una tecla unidos con +, como Ctrl+Alt+W.
input-date-day = «{ $text }» no es una fecha que Cairn pueda leer. Elige un día en el calendario.
input-date-week = «{ $text }» no es una fecha que Cairn pueda leer. Elige una semana de la lista.

## ── app-cli (end) ──
