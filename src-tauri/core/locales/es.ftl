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

## The window's shell

app-name = Cairn
app-skip = Saltar al contenido
app-sections =
    .aria-label = Secciones
app-reminders =
    .aria-label = Recordatorios
app-error-internal = Algo salió mal dentro de Cairn. Inténtalo de nuevo; si vuelve a pasar, reinicia Cairn.
app-error-no-bridge = La ventana no puede comunicarse con Cairn ahora mismo. Reinicia Cairn.
nav-today = Hoy
nav-goals = Metas
nav-wins = Logros
nav-week = Semana
nav-chronicle = Crónica
nav-stacks = Cadenas
nav-rewards = Recompensas
nav-data = Datos
nav-settings = Ajustes
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

common-save = Guardar
common-cancel = Cancelar
common-edit = Editar
common-delete = Eliminar
common-undo = Deshacer
common-done = Hecho
common-later = Más tarde
common-open-cairn = Abrir Cairn
common-keep-as-is = Dejarlo como está
common-note = Nota
common-note-placeholder = Una nota, si quieres
common-dismiss-message =
    .aria-label = Cerrar el mensaje
common-time-placeholder = 07:30
common-minutes-short = { $count } min
common-count = { $count ->
    [one] { $count } { $one }
   *[other] { $count } { $many }
}
day-today = Hoy
day-yesterday = Ayer
cadence-once = una vez
cadence-daily = cada día
cadence-weekly = { $count ->
    [one] una vez por semana
   *[other] { $count }× por semana
}
cadence-weekdays = entre semana
cadence-weekend = los fines de semana
cadence-days = los { $days }
wins-milestones = { $count ->
    [one] Hito: { $labels }
   *[other] Hitos: { $labels }
}
wins-earned = Te has ganado: { $rewards }

## Today

today-title = Hoy
today-count = { $count ->
    [0] Un día nuevo
    [one] { $count } logro hoy
   *[other] { $count } logros hoy
}
today-log-label = Anotar un logro
today-log-form =
    .aria-label = Anotar un logro
today-log-placeholder =
    .placeholder = ¿Qué acabas de hacer? Hasta lo pequeño cuenta.
today-log-button = Anotar
today-log-empty = Escribe en pocas palabras lo que hiciste. Hasta lo pequeño cuenta.
today-goal-select =
    .aria-label = Meta (opcional)
today-no-goal = Sin meta
today-note-toggle = + Nota
today-next-title = Siguientes pasos más pequeños
today-wins-title = Logros de hoy
today-wins-empty = Tu primer logro del día te espera. ¿Qué cosa pequeña podrías hacer ahora?
today-show-more = { $count ->
    [one] Mostrar { $count } logro más de hoy
   *[other] Mostrar { $count } logros más de hoy
}
today-no-goals = Empieza con una meta grande. Cairn te ayuda a encontrar el siguiente paso más pequeño.
today-add-goal = Añadir una meta
today-no-steps = Aún no hay pasos. ¿Cuál es el paso más pequeño hacia esto?
today-all-done = Todo hecho por ahora. Descansar también es parte del camino.
today-add-step = Añadir un paso
today-tick =
    .aria-label = Hecho: { $title }
    .title = Anotar «{ $title }» como hecho
today-celebrate-first = Primer logro de hoy. Buen comienzo.
today-celebrate-logged = { $count ->
    [one] Anotado. { $count } logro hoy.
   *[other] Anotado. { $count } logros hoy.
}
today-celebrate-one-thing = { $count ->
    [one] Lo único de hoy, hecho: el logro principal del día. { $count } logro hoy.
   *[other] Lo único de hoy, hecho: el logro principal del día. { $count } logros hoy.
}

## Today's one thing

one-thing-title = Lo importante de hoy
one-thing-hint = Lo más importante para hoy, por pequeño que sea. Hacerlo es el logro principal del día.
one-thing-done-state = Hecho: el logro principal del día.
one-thing-done = ✓ Hecho
    .aria-label = Hecho: { $text }
one-thing-change = Cambiar
one-thing-clear = Quitar
one-thing-carry-question = Lo importante de ayer era { $text }. ¿Lo pasas a hoy?
one-thing-quoted = «{ $text }»
one-thing-carry = Pasarlo a hoy
one-thing-aside = Hoy no
one-thing-input =
    .placeholder = Escribe una línea y pulsa Enter
one-thing-form =
    .aria-label = Elegir lo importante de hoy
one-thing-input-label = Lo importante de hoy, en pocas palabras
one-thing-set = Elegir
one-thing-keep = Mantenerlo
one-thing-choices =
    .aria-label = O elige un paso abierto
one-thing-for-goal =
    .title = Para { $goal }

## A step that fits the week

offer-smaller-title = ¿Lo hacemos más pequeño?
offer-bigger-title = ¿Listo para un poco más?
offer-smaller-body = «{ $title }» no ha encajado últimamente. Es solo un dato: un paso más pequeño también cuenta, y tu impulso sigue contigo.
offer-bigger-body = «{ $title }» lleva tres semanas con mucho impulso. Un poco más, solo si te parece bien.
offer-smaller-example = Por ejemplo: «ponerme las zapatillas» en lugar de «salir a correr».
offer-bigger-example = Por ejemplo: «escribir una página» en lugar de «escribir un párrafo».
offer-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
offer-one-minute = Una versión de un minuto
offer-words = Otras palabras
offer-words-form =
    .aria-label = Otras palabras
offer-rest = Unos días de descanso
offer-words-empty = Unas palabras para el paso, por favor: la versión más pequeña que todavía harías.
offer-smaller-words-label = Un paso más pequeño, con tus palabras
offer-bigger-words-label = Un poco más, con tus palabras
offer-back = Volver
offer-dismiss =
    .aria-label = Ahora no
    .title = Ahora no (Esc)
offer-story-title = «{ $title }»
offer-story-no-time = sin tiempo fijo
offer-story-since = { $what } desde { $date }
offer-story-today = hoy
offer-adjusted = Desde hoy: «{ $title }», { $cadence }. El mismo paso, el mismo impulso.
offer-adjusted-minutes = Desde hoy: «{ $title }», { $minutes }, { $cadence }. El mismo paso, el mismo impulso.
offer-kept = «{ $title }» se queda como está.
offer-rested = { $count ->
    [1] Días de descanso para «{ $title }»: hoy y mañana. Descansar también es parte del camino.
   *[other] Días de descanso para «{ $title }»: hoy y los próximos { $count } días. Descansar también es parte del camino.
}

## Rewards to enjoy

enjoy-title = Para disfrutar
enjoy-hint = Te los has ganado. Disfrútalos cuando te venga bien.
enjoy-button = Disfrutado ✓
    .aria-label = Disfrutado: { $text }
enjoy-done = Disfrutado: { $text }. Qué bien.

## Wins

wins-title = Logros
wins-subtitle = Cada piedra del cairn, las más recientes primero.
wins-more = Mostrar logros anteriores
wins-empty = Aún no hay logros anotados. La primera piedra es la más pequeña.
wins-text =
    .aria-label = Logro
wins-note =
    .aria-label = Nota
wins-edit-form =
    .aria-label = Editar el logro
wins-edit-empty = Un logro necesita unas palabras. Hasta uno diminuto cuenta.
wins-edit =
    .aria-label = Editar { $text }
wins-delete =
    .aria-label = Eliminar { $text }
wins-deleted = Logro eliminado.

## Notices and the toast

notice-dismiss =
    .aria-label = Cerrar el mensaje
toast-undo = Deshacer

## The quick window

quick-window-title = Cairn: anotar rápido
quick-title = Anotar un logro
quick-input =
    .placeholder = ¿Qué acabas de hacer?  #meta para asignarlo
    .aria-label = Anotar un logro
quick-remove-goal =
    .title = Quitar la meta
quick-remove-goal-hidden = , quitar la meta
quick-goals =
    .aria-label = Metas
quick-steps =
    .aria-label = Pasos abiertos: anota uno con un clic
quick-keys = Enter anota · Esc cierra
quick-one-thing =
    .title = Lo importante de hoy
    .aria-label = Lo importante de hoy: { $text }
quick-for-goal =
    .title = Para { $goal }
quick-many-goals = #{ $query } coincide con { $count } metas; elige una de la lista.
quick-no-goal = Ninguna meta activa coincide con #{ $query }.
quick-logged = { $count ->
    [one] { $count } logro hoy
   *[other] { $count } logros hoy
}
quick-logged-one-thing = { $count ->
    [one] ¡Lo importante de hoy, hecho! { $count } logro hoy
   *[other] ¡Lo importante de hoy, hecho! { $count } logros hoy
}

## Reminders (the window's bar and Cairn's reminder window)

reminder-window-title = Recordatorio de Cairn
reminder-kicker = Recordatorio de Cairn
reminder-close =
    .aria-label = Cerrar este recordatorio
reminder-close-label = Cerrar
reminder-dismiss =
    .aria-label = Descartar este recordatorio
reminder-keys = Enter: { $enter } · Esc: { $escape }
reminder-waiting = { $count ->
    [one] { $count } más después de este
   *[other] { $count } más después de este
}
reminder-already = Ya anotado hoy. Bien hecho.
reminder-later-ok = De acuerdo, más tarde.

## Goals

goals-title = Metas
goals-subtitle = Grandes aspiraciones, cada una dividida en pasos lo bastante pequeños para empezar hoy.
goals-new-form =
    .aria-label = Nueva meta
goals-new-label = Nueva meta
goals-new-input =
    .placeholder = Una meta grande, p. ej. Entregar la tesis en junio
goals-new-empty = Primero escribe la meta en pocas palabras: grande está bien.
goals-add = Añadir meta
goals-empty = Aún no hay metas. Escribe una arriba: grande está bien.
goals-status-active = Activa
goals-status-paused = En pausa
goals-status-done = Hecha
goals-status-archived = Archivada
goals-group-active = Activas ({ $count })
goals-group-paused = En pausa ({ $count })
goals-group-done = Hechas ({ $count })
goals-group-archived = Archivadas ({ $count })
goals-step-count = { $count ->
    [0] aún no hay pasos
    [one] { $count } paso
   *[other] { $count } pasos
}
goals-move-up =
    .aria-label = Subir { $title }
goals-move-down =
    .aria-label = Bajar { $title }
goals-why-placeholder =
    .placeholder = ¿Qué cambiará esto para ti?
goals-success-placeholder =
    .placeholder = ¿Cómo sabrás que está hecho? p. ej. el PDF ya está con el tribunal
goals-colour = Color
goals-colour-sage = Salvia
goals-colour-lake = Lago
goals-colour-amber = Ámbar
goals-colour-heather = Brezo
goals-colour-berry = Baya
goals-colour-teal = Verde azulado
goals-colour-moss = Musgo
goals-colour-slate = Pizarra
goals-form =
    .aria-label = Detalles de la meta
goals-title-empty = Una meta necesita unas palabras, para que la reconozcas al verla.
goals-field-goal = Meta
goals-field-why = Por qué importa
goals-field-success = Así se ve el éxito
goals-success-hint = Hazlo medible: una página, una línea.
goals-save = Guardar meta
goals-status-group =
    .aria-label = Estado de la meta
goals-pause = Pausar
goals-resume = Reanudar
goals-make-active = Activar
goals-mark-done = Marcar como hecha
goals-archive = Archivar
goals-steps-empty = Aún no hay pasos. Haz el primero tan pequeño que resulte fácil.
goals-back = { $arrow } Todas las metas
goals-steps-title = Micropasos
goals-archived-steps = Pasos archivados ({ $count })
goals-restore = Restaurar
goals-saved = Meta guardada.
goals-now-active = La meta vuelve a estar activa.
goals-now-paused = Meta en pausa. Te esperará.
goals-now-done = Meta cumplida. ¡Qué subida!
goals-now-archived = Meta archivada.
goals-edit-step =
    .aria-label = Editar { $title }
goals-archive-step =
    .aria-label = Archivar { $title }

## The step form

step-title-input =
    .placeholder = El siguiente paso más pequeño, p. ej. escribir un párrafo
step-cadence-once = Una vez
step-cadence-daily = Cada día
step-cadence-weekly = Veces por semana
step-cadence-weekdays = Días elegidos
step-times-label = veces por semana
step-days = Días
step-minutes-placeholder =
    .placeholder = –
step-edit-form =
    .aria-label = Editar el paso { $title }
step-add-form =
    .aria-label = Añadir un micropaso
step-label = Paso
step-new-label = Nuevo micropaso
step-how-often = Con qué frecuencia
step-minutes = Minutos
step-save = Guardar paso
step-add = Añadir paso
step-title-empty = Un paso necesita unas palabras: ¿qué es lo más pequeño que podrías hacer ahora?
step-times-range = Las veces por semana van de 1 a 7. Menos es un buen punto de partida.
step-days-empty = Elige al menos un día para este paso.
step-minutes-range = Los minutos van de 1 a 600, o déjalo vacío. Lo pequeño es más fácil de empezar: prueba con 1.

## Habit stacks

stacks-title = Cadenas de hábitos
stacks-subtitle = Un empujoncito amable en el momento justo. Hecho o Más tarde, nunca un regaño.
stacks-new = Nueva cadena
stacks-list =
    .aria-label = Cadenas de hábitos
stacks-empty = Aún no hay cadenas de hábitos.
stacks-empty-hint = Une una acción diminuta a algo que ya haces cada día: después de servirme el café, estiraré un minuto.
stacks-sentence = Después de { $anchor }, { $action }
stacks-days-every = cada día
stacks-logs = anota «{ $step }»
stacks-offered = se ofrece cuando anotas «{ $step }»
stacks-next = Próximo: { $when }
stacks-nothing-due = Nada pendiente esta semana.
stacks-off = Recordatorios desactivados.
stacks-on = Activada
stacks-enabled =
    .aria-label = Recordatorios de «Después de { $anchor }»
stacks-edit =
    .aria-label = Editar «Después de { $anchor }»
stacks-delete =
    .aria-label = Eliminar «Después de { $anchor }»
stacks-confirm =
    .aria-label = ¿Eliminar esta cadena?
stacks-confirm-text = ¿Eliminar «Después de { $anchor }, { $action }»? Sus recordatorios se detienen; los logros que anotó se quedan.
stacks-delete-yes = Eliminarla
stacks-keep = Mantenerla
stacks-anchor-placeholder =
    .placeholder = servirme el café
stacks-action-placeholder =
    .placeholder = estiraré un minuto
stacks-no-step = Sin paso: anotar la acción como un logro libre
stacks-new-step = Crear un paso a partir de la acción
stacks-time =
    .aria-label = Hora del recordatorio
stacks-remove-time =
    .aria-label = Quitar esta hora
stacks-days-legend = Días
stacks-anchor-empty = ¿Qué haces ya cada día? Unas palabras, p. ej. servirme el café.
stacks-action-empty = ¿Qué cosa diminuta harás entonces? Unas palabras, p. ej. estiraré un minuto.
stacks-time-bad = Una hora de recordatorio se escribe 07:30 o 0730: horas y luego minutos.
stacks-days-empty = Elige al menos un día para el recordatorio.
stacks-move-to = Mover a las { $end }
stacks-quiet = { $count ->
    [one] { $times } cae dentro de tus horas de silencio ({ $start }–{ $end }), así que no llegaría ningún recordatorio. ¿Lo mueves a las { $end }, cuando terminan?
   *[other] { $times } caen dentro de tus horas de silencio ({ $start }–{ $end }), así que no llegaría ningún recordatorio. ¿Las mueves a las { $end }, cuando terminan?
}
stacks-edit-form =
    .aria-label = Editar la cadena de hábitos
stacks-new-form =
    .aria-label = Nueva cadena de hábitos
stacks-done-logs = «Hecho» anota un logro para
stacks-at = A las
stacks-add-time = + Añadir una hora
stacks-hint = Si el ancla es uno de tus pasos, al anotarlo se te ofrece la acción enseguida.
stacks-add = Añadir cadena
stacks-saved = Cadena guardada.
stacks-added = Cadena añadida. Un empujoncito amable llegará en el momento justo.
stacks-deleted = Cadena eliminada. Sus logros se quedan en el cairn.

## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
