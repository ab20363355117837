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

# The Chronicle page.
chronicle-title = Crónica
chronicle-subtitle = Lo lejos que has llegado, piedra a piedra.
chronicle-save-png = Guardar como PNG
chronicle-save-svg = Guardar como SVG
chronicle-filter-label = Qué logros mostrar
chronicle-filter-all = Todos los logros
chronicle-filter-goals = Metas
chronicle-filter-steps = Pasos
chronicle-year = El año
chronicle-year-of = El año: { $scope }
chronicle-year-total = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  } en las últimas 53 semanas
chronicle-story = La historia del paso: { $story }.
chronicle-momentum = Impulso
chronicle-bars-title = Logros por semana, últimas 26 semanas
chronicle-timeline = Línea de tiempo
chronicle-search = Busca en tus logros
chronicle-more = Mostrar logros anteriores
chronicle-week-clean = Una semana nueva, una página en blanco.
chronicle-week-none-yet = La semana pasada: { $last ->
    [one] { $last } logro
   *[other] { $last } logros
  }. El siguiente empieza esta semana.
chronicle-week-more = Más que la semana pasada ({ $last }).
chronicle-week-fresh = Un nuevo comienzo tras una semana tranquila.
chronicle-week-level = Igual que la semana pasada.
chronicle-week-fewer = La semana pasada: { $last }. Cada logro suma.
chronicle-stat-total = Logros en total
chronicle-stat-total-note = Cada uno, una piedra más en el camino.
chronicle-stat-total-first = La primera piedra es la más pequeña.
chronicle-stat-week = Esta semana
chronicle-stat-month = Días con un logro este mes
chronicle-stat-run = Racha más larga
chronicle-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
  }
chronicle-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
  }
chronicle-run-going = En marcha: { $count ->
    [one] { $count } día
   *[other] { $count } días
  }.
chronicle-run-grows = Nunca faltes dos veces seguidas, y crecerá.
chronicle-bar = Semana del { $date }: { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  }
chronicle-bars-label = Logros por semana en las últimas 26 semanas: { $total ->
    [one] { $total } logro
   *[other] { $total } logros
  }, como mucho { $max } en una semana.
chronicle-steps-empty = Dale un ritmo a un paso (a diario o unas veces por semana) y su impulso aparecerá aquí.
chronicle-comebacks = { $count ->
    [one] { $count } regreso
   *[other] { $count } regresos
  }: volviste cada vez.
chronicle-comebacks-none = Todavía no ha hecho falta ningún regreso.
chronicle-score-label = Impulso:
chronicle-fresh = Nuevo comienzo
chronicle-score = { $score } %
chronicle-run-now = Racha actual
chronicle-run-best = Mejor racha
chronicle-comebacks-title = Regresos
chronicle-run-ready = Lista para un nuevo comienzo
chronicle-best-first-fresh = La primera empieza con un logro
chronicle-best-first-way = La primera está en camino
chronicle-rest-date = Día
chronicle-rest-for = Descanso para
chronicle-rest-every = Todos los pasos
chronicle-rest-why = Motivo
chronicle-reason-rest = Descanso
chronicle-reason-sick = Enfermedad
chronicle-reason-travel = Viaje
chronicle-reason-other = Otro
chronicle-rest-form = Marcar un día de descanso
chronicle-rest-another = Descansar otro día:
chronicle-rest-take = Tomar un día de descanso:
chronicle-rest-submit = Marcar como descanso
chronicle-take-back = Deshacer
chronicle-take-back-label = { $reason ->
    [sick] Quitar el día de enfermedad
    [travel] Quitar el día de viaje
    [other] Quitar el día libre
   *[rest] Quitar el día de descanso
  }
chronicle-close-day = Cerrar el día
chronicle-day-empty = Ningún logro ese día. El descanso también es parte del camino.
chronicle-source-tray = desde la bandeja del sistema
chronicle-source-quick = desde la ventana rápida
chronicle-source-reminder = desde un recordatorio
chronicle-source-cli = desde la línea de comandos
chronicle-source-import = importado
chronicle-timeline-no-match = Ningún logro coincide con esa búsqueda.
chronicle-timeline-empty = Aún no hay logros aquí. La primera piedra es la más pequeña.
chronicle-review-marker = Semana repasada
chronicle-quote = «{ $text }»
chronicle-picture-title = Mi año con Cairn
chronicle-picture-title-of = Mi año con Cairn: { $scope }
chronicle-picture-totals = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  } en 53 semanas · { $total } en total · racha más larga { $run ->
    [one] { $run } día
   *[other] { $run } días
  } · hasta el { $date }
chronicle-picture-footer = Cairn · pequeños logros, piedra a piedra
chronicle-picture-error = Cairn no pudo dibujar la imagen de tu año. Inténtalo de nuevo o guárdala como SVG.

# The year heatmap.
heatmap-fewer = Menos
heatmap-more = Más
heatmap-rest = Descanso
heatmap-one-thing = Lo único del día, hecho: { $count ->
    [one] { $count } día
   *[other] { $count } días
  }
heatmap-rest-for-step = { $reason ->
    [sick] día de enfermedad
    [travel] de viaje
    [other] día libre
   *[rest] día de descanso
  } para «{ $step }»
heatmap-rest-for-all = { $reason ->
    [sick] día de enfermedad
    [travel] de viaje
    [other] día libre
   *[rest] día de descanso
  } para todos los pasos
heatmap-cell = { $date }: { $count ->
    [0] ningún logro
    [one] { $count } logro
   *[other] { $count } logros
  }
heatmap-cell-rest = { $date }: { $count ->
    [0] ningún logro
    [one] { $count } logro
   *[other] { $count } logros
  } ({ $rest })
heatmap-cell-one = { $date }: { $count ->
    [0] ningún logro
    [one] { $count } logro
   *[other] { $count } logros
  }, lo único del día hecho
heatmap-cell-rest-one = { $date }: { $count ->
    [0] ningún logro
    [one] { $count } logro
   *[other] { $count } logros
  } ({ $rest }), lo único del día hecho
heatmap-label = Logros por día en las últimas 53 semanas: { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  }. Usa las flechas para moverte entre los días y Enter para abrir uno.
heatmap-tip-count = { $count ->
    [0] Ningún logro
    [one] { $count } logro
   *[other] { $count } logros
  }
heatmap-tip-more = y { $count } más

# The Week page.
week-this-week = Esta semana hasta ahora
week-in-review = Tu semana en repaso
week-range = { $range }
week-nav = Semanas
week-prev = ‹ Semana anterior
week-next = Semana siguiente ›
week-no-goal = Sin meta
week-wins = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  }
week-comebacks = { $count ->
    [one] { $count } regreso
   *[other] { $count } regresos
  }: volviste después de una pausa.
week-run-days = — una racha de { $count ->
    [one] { $count } día
   *[other] { $count } días
  }, que sigue en marcha.
week-run-weeks = — una racha de { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
  }, que sigue en marcha.
week-rest = { $count ->
    [one] { $count } día de descanso
   *[other] { $count } días de descanso
  }. El descanso también es parte del camino.
week-one-things = Lo único del día, hecho { $done } de { $count ->
    [one] { $count } día
   *[other] { $count } días
  }.
week-milestone = Hito: { $label }
week-not-fitting = no encajó dos veces seguidas. Quizá le vaya mejor un paso más pequeño: Hoy te ofrece uno.
week-draft-title = Lo que trae la semana
week-nothing = Nada anotado esta semana. No pasa nada: un pequeño paso basta para volver a empezar.
week-went-well = ¿Qué salió bien?
week-went-well-hint = Lo pequeño cuenta: un párrafo, un paseo, una palabra amable.
week-learned = ¿Qué se interpuso, o qué aprendiste?
week-learned-hint = Un día sin paso es un dato, no un veredicto.
week-adjust = ¿Qué vas a ajustar?
week-adjust-hint = Pasos más pequeños, otra hora del día, un día de descanso…
week-focus-action = Foco { $n } de { $max }
week-focus-placeholder = Leer un resumen en el tren
week-form-review = Tu repaso
week-form-look-back = Mirar atrás
week-focus-legend = Foco para la próxima semana (de uno a cuatro)
week-save-changes = Guardar cambios
week-save = Guardar repaso
week-saved = Guardado. Buen repaso.
week-focus-title = Tu foco para la próxima semana
week-became-step = Ahora es un paso.
week-became-change = Se cambió un paso para ello.
week-became-one-thing = Elegido como lo único de un día.
week-make-step = Convertir en paso
week-make-step-label = Convertir «{ $text }» en un paso
week-next-one-thing = Lo único del primer día de la próxima semana
week-next-one-thing-label = Hacer de «{ $text }» lo único del primer día de la próxima semana
week-once = Una vez
week-under = En
week-how-often = Con qué frecuencia
week-add-step = Añadir paso
week-cancel = Cancelar
week-change-label = El paso que cambia «{ $text }»
week-change-pick = Cambiar un paso…
week-step-of-goal = { $step } ({ $goal })
week-earlier = Repasos anteriores

# The Rewards page.
rewards-title = Recompensas
rewards-subtitle = Pequeños detalles amables que tú eliges. Cada uno espera su momento y, una vez ganado, es tuyo.
rewards-moment-wins = Tras un número de logros
rewards-moment-goal-wins = Tras un número de logros en una meta
rewards-moment-first-run = Con una racha de 7 días
rewards-moment-goal-done = Cuando se cumple una meta
rewards-moment-week-reviewed = Cuando repasas una semana
rewards-hint-wins = Cuenta todos tus logros. Si ya has pasado de ese número, tu próximo logro la gana.
rewards-hint-goal-wins = Cuenta los logros de la meta. Si ya ha pasado de ese número, su próximo logro la gana.
rewards-hint-first-run = Siete días con un logro; un día tranquilo en medio no importa (nunca faltes dos veces seguidas). Los días de descanso la pausan.
rewards-hint-goal-done = Se gana cuando marcas la meta como cumplida.
rewards-hint-week-reviewed = Se gana cuando guardas un repaso semanal.
rewards-placeholder = Un paseo por el parque
rewards-goal = Meta
rewards-wins = Logros
rewards-need-text = Nombra la recompensa en pocas palabras, p. ej. un paseo por el parque.
rewards-need-count = El número de logros es un número entero, 1 o más.
rewards-form-title = Nombra una recompensa
rewards-text-label = Algo amable que disfrutarías
rewards-when = Cuándo
rewards-add = Añadir recompensa
rewards-to-enjoy = Para disfrutar
rewards-waiting = Esperando su momento
rewards-enjoyed = Disfrutadas
rewards-no-goals = Aún no hay metas
rewards-enjoy-empty = Nada esperando a que lo disfrutes. Tu próxima recompensa aparecerá aquí.
rewards-waiting-empty = Aún no has nombrado recompensas. ¿Qué pequeña cosa te sentaría bien?
rewards-enjoyed-button = Disfrutada ✓
rewards-enjoyed-label = Disfrutada: { $text }
rewards-remove = Quitar
rewards-remove-label = Quitar la recompensa: { $text }
rewards-earned = { $moment } · ganada

# The Data page: backups, export, import.
data-title = Tus datos
data-subtitle = Todo se queda en este ordenador. Cairn hace una copia de seguridad una vez al día.
data-size-kb = { $kb } KB
data-size-mb = { NUMBER($mb, minimumFractionDigits: 1) } MB
data-before-restore = { $day } a las { $time }, guardada antes de una restauración
data-unreadable = no se puede leer
data-wins = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  }
data-export = Exportar
data-export-hint = Un archivo JSON con tus metas, pasos, logros, días de descanso, cadenas de hábitos, repasos semanales, lo único de cada día y recompensas; se puede volver a importar en cualquier ordenador. O solo los logros en CSV, para una hoja de cálculo.
data-export-json = Exportar todo (JSON)
data-export-csv = Exportar logros en CSV
data-cli = Desde un terminal
data-recovery-title = Cairn empezó con una base de datos nueva
data-recovery-kept = La base de datos no se podía leer con seguridad, así que Cairn no la tocó: se guarda, sin cambios, en
data-recovery-offer = Puedes restaurar la copia de seguridad buena más reciente, del { $date } ({ $wins }), o empezar de cero.
data-recovery-none = No hay ninguna copia de seguridad que restaurar, así que Cairn empieza de cero. Tus logros a partir de ahora están a salvo.
data-recovery-restore = Restaurar esa copia
data-start-fresh = Empezar de cero
data-restored = Se restauró la copia de seguridad del { $label }. Lo que tenías antes se guarda como copia de seguridad.
data-undo = Deshacer la restauración
data-moment-before = momento anterior
data-backup-meta = { $wins } · { $size }
data-restore-button = Restaurar…
data-restore-label = Restaurar la copia de seguridad del { $label }
data-backups = Copias de seguridad
data-back-up-now = Hacer una copia ahora
data-open-folder = Abrir la carpeta
data-backups-empty = Aún no hay copias de seguridad. La primera se hace unos segundos después de que Cairn arranque.
data-backups-keep = Cairn guarda los últimos 7 días y una copia de cada una de las últimas 4 semanas, en { $folder }.
data-confirm-label = Confirmar la restauración
data-confirm = ¿Restaurar la copia de seguridad del { $label } ({ $wins })? Sustituye todo lo que Cairn tiene ahora: metas, pasos, logros, días de descanso, cadenas de hábitos, repasos semanales, lo único de cada día y recompensas. Lo que tienes ahora se guarda antes como copia de seguridad, así que puedes deshacerlo.
data-restore = Restaurar
data-cancel = Cancelar
data-adds-goals = { $count ->
    [one] { $count } meta
   *[other] { $count } metas
  }
data-adds-steps = { $count ->
    [one] { $count } paso
   *[other] { $count } pasos
  }
data-adds-habits = { $count ->
    [one] { $count } hábito como paso
   *[other] { $count } hábitos como pasos
  }
data-adds-wins = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
  }
data-adds-rest-days = { $count ->
    [one] { $count } día de descanso
   *[other] { $count } días de descanso
  }
data-adds-stacks = { $count ->
    [one] { $count } cadena de hábitos
   *[other] { $count } cadenas de hábitos
  }
data-adds-reviews = { $count ->
    [one] { $count } repaso semanal
   *[other] { $count } repasos semanales
  }
data-adds-one-things = { $count ->
    [one] lo único de { $count } día
   *[other] lo único de { $count } días
  }
data-adds-story = { $count ->
    [one] { $count } entrada en la historia de un paso
   *[other] { $count } entradas en historias de pasos
  }
data-adds-rewards = { $count ->
    [one] { $count } recompensa
   *[other] { $count } recompensas
  }
data-import-source = Esto es { $source }.
data-import-adds = Importarlo añade:
data-import-nothing = Importarlo no añadiría nada: todo lo que contiene ya está aquí.
data-already-there = { $count ->
    [one] { $count } elemento ya está aquí y se queda como está.
   *[other] { $count } elementos ya están aquí y se quedan como están.
  }
data-nothing-written = Todavía no se ha escrito nada.
data-import = Importar
data-import-hint = Una exportación de Cairn (.json), una copia de seguridad de Loop Habit Tracker (.db) o la exportación CSV de Loop (un zip o su carpeta). Ves lo que se añadirá antes de que se escriba nada; importar el mismo archivo dos veces no añade nada.
data-import-file = Importar un archivo…
data-import-folder = Importar una carpeta…

# The Settings page.
settings-title = Ajustes
settings-subtitle = Pequeñas cosas para que anotar un logro te lleve un segundo.
settings-time-invalid = Una hora se escribe así: 07:30 o 0730, primero las horas y luego los minutos.
settings-paused-until = Los recordatorios están en pausa hasta el { $when }.
settings-resume = Reanudar los recordatorios
settings-reminders-on = Los recordatorios están activos. Las horas de silencio siguen valiendo.
settings-pause-hour = Pausar 1 hora
settings-pause-tomorrow = Pausar hasta mañana
settings-shortcut-empty = Escribe una combinación de teclas, p. ej. Ctrl+Alt+W.
settings-shortcut-title = Atajo de teclado para anotar rápido
settings-shortcut = Atajo de teclado
settings-save = Guardar
settings-shortcut-hint = Pulsa aquí las teclas que quieras (o escríbelas, como Ctrl+Alt+W) y luego Guardar. Abren la ventana rápida desde cualquier sitio.
settings-start-title = Arrancar con el ordenador
settings-autostart = Iniciar Cairn en la bandeja del sistema al iniciar sesión
settings-reminders = Recordatorios
settings-cli = Desde un terminal
settings-week-start-locale = Como es habitual en mi idioma ({ $day })
settings-nudge-day = Día del aviso semanal
settings-nudge-time = Hora del aviso semanal
settings-review-title = Repaso semanal
settings-weeks-start = Las semanas empiezan el
settings-nudge = Un aviso suave para mirar atrás, el
settings-nudge-hint = Como mucho una vez por semana, solo si la semana tuvo un logro, nunca en horas de silencio. Más tarde vuelve a preguntar una vez.
settings-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
  }
settings-quiet-hours = Horas de silencio
settings-quiet-from = Horas de silencio: sin recordatorios de
settings-quiet-start = Inicio de las horas de silencio
settings-quiet-end = Fin de las horas de silencio
settings-quiet-to = a
settings-quiet-hint = Un recordatorio que cae en horas de silencio se omite; no se guarda para después.
settings-later-waits = Más tarde espera
language-label = Idioma
language-forced = Por ahora, la variable de entorno CAIRN_LANG decide el idioma.

# Settings → Sync with your other computers.
sync-title = Sincronizar con tus otros ordenadores
sync-what = Cairn escribe tus cambios en una carpeta que tu propia herramienta de sincronización (Syncthing, Nextcloud, Dropbox…) mantiene al día, y lee de ella los cambios de tus otros ordenadores. Nunca sincroniza su base de datos directamente.
sync-no-changes = aún sin cambios desde allí
sync-last-change-today = último cambio hoy a las { $time }
sync-last-change-yesterday = último cambio ayer a las { $time }
sync-last-change = último cambio el { $day } a las { $time }
sync-report-written = Tus cambios están en la carpeta. Nada nuevo de tus otros ordenadores.
sync-report-in-step = Todo está al día. Nada nuevo de tus otros ordenadores.
sync-report-from = { $count ->
    [one] { $count } cambio
   *[other] { $count } cambios
  } de { $device }, ya aquí.
sync-report-from-others = { $count ->
    [one] { $count } cambio
   *[other] { $count } cambios
  } de tus otros ordenadores, ya aquí.
sync-folder-first = Elige primero la carpeta: una que tu herramienta de sincronización ya mantenga al día.
sync-name-needed = Ponle un nombre a este ordenador, como «Portátil».
sync-form-label = Carpeta de sincronización y nombre de este ordenador
sync-folder = Carpeta
sync-none-chosen = Ninguna elegida todavía
sync-choose-other = Elegir otra carpeta…
sync-choose = Elegir carpeta…
sync-this-computer = Este ordenador
sync-save = Guardar
sync-start = Empezar a sincronizar
sync-name-hint = El nombre con el que tus otros ordenadores muestran este.
sync-devices-none = Ningún otro ordenador ha escrito aún en la carpeta. Configura Cairn allí con la misma carpeta y aparecerá aquí.
sync-pending = { $count ->
    [one] { $count } cambio de este ordenador espera a escribirse.
   *[other] { $count } cambios de este ordenador esperan a escribirse.
  }
sync-devices-title = Ordenadores vistos
sync-now = Sincronizar ahora
sync-notes-label = Lo que notó la última sincronización
sync-stop = Dejar de sincronizar
sync-stop-hint = La carpeta se queda como está; tus otros ordenadores conservan lo que tienen.
settings-cli-win = Escribí un párrafo
settings-cli-goal = tesis
settings-cli-step = estirar

## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
