### Las palabras de Cairn en español. Amable, breve, concreto; «tú».

## Común: cómo se escriben fechas y horas (patrones de chrono).

date-long = %A, %-d de %B
date-long-year = %A, %-d de %B de %Y
date-short = %-d %b
date-weekday = %A
time-short = %H:%M
error-language-unknown = Cairn aún no habla ese idioma. Elige uno de la lista.


## ── window (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──

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
day-today = Hoy
day-yesterday = Ayer
cadence-once = una vez
cadence-daily = cada día
cadence-weekly = { $count ->
    [one] una vez por semana
   *[other] { $count }× por semana
}
cadence-every-n-days = { $count ->
    [one] a diario
   *[other] cada { $count } días
}
cadence-monthly = { $count ->
    [one] una vez al mes
   *[other] { $count }× al mes
}
cadence-month-day = el día { $day } de cada mes
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
today-identities =
    .aria-label = Quién vas siendo
today-identity-votes = { $count ->
    [0] Cada logro para { $goal } es un voto por «{ $identity }».
    [one] Un voto por «{ $identity }» esta semana.
   *[other] { $count } votos por «{ $identity }» esta semana.
}
# El primer inicio: tres pantallas breves en un Cairn nuevo.
first-run-progress = Paso { $step } de { $count }
first-run-who-title = ¿Quién quieres llegar a ser?
first-run-who-hint = Elige un comienzo o escribe el tuyo. Puedes cambiar cada palabra más adelante.
first-run-becoming = En camino: { $identity }
first-run-own = Mi propia meta
first-run-own-goal-label = Tu meta
first-run-own-goal-input =
    .placeholder = p. ej. Terminar mi novela
first-run-own-identity-input =
    .placeholder = p. ej. alguien que escribe
first-run-own-goal-empty = Nombra tu meta en pocas palabras o elige uno de los comienzos de arriba.
first-run-next = Siguiente
first-run-back = Atrás
first-run-skip = Saltar, prefiero explorar
first-run-import-hint = ¿Ya sigues tus hábitos en otra aplicación?
first-run-import = Traer mi historial
first-run-step-title = El siguiente paso más pequeño
first-run-step-hint = Tan pequeño que lleve un minuto. Un buen día harás más; uno difícil, esto también cuenta.
first-run-own-step = Mi propio paso
first-run-own-step-label = Tu paso
first-run-own-step-input =
    .placeholder = p. ej. Escribir una frase
first-run-own-step-empty = Nombra algo pequeño que puedas hacer en un minuto.
first-run-anchor-title = Después de…
first-run-anchor-hint = Une el paso a algo que ya haces cada día. Cairn te lo recuerda a la hora elegida. Puedes saltarte esto.
first-run-anchor-label = Después de
first-run-anchor-input =
    .placeholder = p. ej. servirme el café de la mañana
first-run-time-label = Recuérdamelo a las
first-run-sentence = Después de { $anchor }: { $action }.
first-run-anchor-empty = Nombra algo que ya haces, como «servirme el café», o elige «Sin recordatorio».
first-run-start = Empezar
first-run-no-anchor = Sin recordatorio
first-run-ready = «{ $step }» te espera en Hoy. Márcalo cuando lo hayas hecho: será tu primer logro.
first-run-thesis-goal = Escribir una tesis
first-run-thesis-identity = alguien que escribe
first-run-thesis-step-1 = Escribir una frase
first-run-thesis-step-2 = Abrir el borrador y leer el último párrafo
first-run-thesis-step-3 = Escribir durante dos minutos
first-run-thesis-anchor = servirme el café de la mañana
first-run-move-goal = Moverme más
first-run-move-identity = alguien que se mueve cada día
first-run-move-step-1 = Hacer una flexión
first-run-move-step-2 = Caminar hasta el final de la calle
first-run-move-step-3 = Estirar durante un minuto
first-run-move-anchor = lavarme los dientes por la mañana
first-run-language-goal = Aprender un idioma
first-run-language-identity = alguien que habla dos idiomas
first-run-language-step-1 = Aprender una palabra nueva
first-run-language-step-2 = Leer una frase en voz alta
first-run-language-step-3 = Hacer una lección
first-run-language-anchor = sentarme a comer
first-run-sleep-goal = Dormir mejor
first-run-sleep-identity = alguien que descansa bien
first-run-sleep-step-1 = Dejar el móvil en otra habitación
first-run-sleep-step-2 = Bajar las luces
first-run-sleep-step-3 = Leer una página en la cama
first-run-sleep-anchor = lavarme los dientes por la noche
first-run-touch-goal = Mantener el contacto
first-run-touch-identity = alguien que mantiene el contacto
first-run-touch-step-1 = Enviar un mensaje a un amigo
first-run-touch-step-2 = Escribir una línea a alguien que echo de menos
first-run-touch-step-3 = Llamar a alguien durante dos minutos
first-run-touch-anchor = terminar de cenar
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
today-all-wins = Ver todos los logros de hoy en la página Logros
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
today-tick-yesterday = …o ayer
    .aria-label = …o ayer: { $title }
today-limits-title = Quedarse por debajo
today-limits-hint = Los límites se cuidan, no se tachan: un día por debajo cuenta, y un día por encima es solo un día.
today-limit-log = + { $amount }
    .aria-label = + { $amount } { $unit }: { $title }
today-limit-logged = Anotado en { $title }.
amount-plain = { $amount } { $unit }
amount-of = { $per ->
    [week] { $amount } de { $target } { $unit } esta semana
   *[day] { $amount } de { $target } { $unit }
}
amount-limit = { $per ->
    [week] { $amount } de como máximo { $target } { $unit } esta semana
   *[day] { $amount } de como máximo { $target } { $unit } hoy
}
amount-over = { $per ->
    [week] { $amount } { $unit }, más de los { $target } de esta semana. Una semana nueva es un nuevo comienzo.
   *[day] { $amount } { $unit }, más de los { $target } de hoy. Mañana es un nuevo comienzo.
}
step-unit-empty = Nombra una unidad, como páginas o km.
measure-target = { $bound ->
    [at_most] como máximo { $amount } { $unit } { $per ->
        [week] a la semana
       *[day] al día
    }
   *[at_least] al menos { $amount } { $unit } { $per ->
        [week] a la semana
       *[day] al día
    }
}
measure-unit-only = en { $unit }
today-amount =
    .aria-label = Cantidad para { $title }, en { $unit }
today-celebrate-earlier = Añadido al { $day }. Cuenta.
win-added-later = añadido el { $day }
    .title = Añadido más tarde, el { $day }
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
wins-amount = Cantidad, en { $unit }
wins-day = Día en que cuenta
wins-day-empty = Elige el día en que cuenta este logro.
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
quick-amount = { $title }, en { $unit }
quick-amount-log = Anotar
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
goals-field-identity = Quién vas siendo
goals-identity-placeholder =
    .placeholder = p. ej. alguien que escribe
goals-identity-hint = Opcional. Cada logro de esta meta es un voto por esa persona.
goals-card-identity = En camino: { $identity }
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
step-cadence-every_n_days = Cada pocos días
step-cadence-monthly = Veces al mes
step-cadence-month_day = Un día del mes
step-every-before = cada
step-every-after = días
step-month-times-label = veces al mes
step-month-day-before = el día
step-month-day-after = de cada mes
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
step-measure = Contar una cantidad
step-unit = Unidad
step-unit-input =
    .placeholder = páginas
step-unit-suggestions = páginas, km, minutos, vasos, veces, palabras
step-target = Objetivo
step-target-input =
    .placeholder = ninguno
step-bound-at_least = Al menos
step-bound-at_most = Como máximo
step-per-day = al día
step-per-week = a la semana
step-usual = Un clic anota
step-amount-bad = Escribe una cantidad, como 2 o 2,5.
step-save = Guardar paso
step-add = Añadir paso
step-title-empty = Un paso necesita unas palabras: ¿qué es lo más pequeño que podrías hacer ahora?
step-times-range = Las veces por semana van de 1 a 7. Menos es un buen punto de partida.
step-days-empty = Elige al menos un día para este paso.
step-number-range = Elige un número del { $min } al { $max }.
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

# Avisos tras un cambio hecho desde una página.
done-autostart-on = Cairn se abrirá al iniciar sesión.
done-autostart-off = Cairn no se abrirá solo.
done-paused = Recordatorios en pausa. Disfruta de la calma.
done-resumed = Los recordatorios vuelven a estar activos.
done-quiet-hours = Horas de silencio: de { $start } a { $end }.
done-quiet-off = Horas de silencio desactivadas.
done-review-saved = Repaso semanal guardado.
done-review-saved-no-nudge = Repaso semanal guardado; no llegará ningún aviso.
done-sync-off = La sincronización está desactivada. La carpeta queda como está; no se ha borrado nada.
done-restore-undone = Deshecho: todo está como antes de restaurar.
done-restored = Restaurado.
done-rest-marked = Día de descanso anotado. Descansar también es parte del camino.

done-backed-up = Copia hecha: { $count ->
    [one] { $count } logro está
   *[other] { $count } logros están
} a salvo.
done-exported = { $count ->
    [one] Se exportó { $count } logro
   *[other] Se exportaron { $count } logros
} a { $path }.
done-imported = Importado: { $what }.
done-imported-nothing = nada nuevo: ya estaba todo aquí
done-count-goals = { $count ->
    [one] { $count } meta
   *[other] { $count } metas
}
done-count-steps = { $count ->
    [one] { $count } paso
   *[other] { $count } pasos
}
done-count-wins = { $count ->
    [one] { $count } logro
   *[other] { $count } logros
}
done-count-rest-days = { $count ->
    [one] { $count } día de descanso
   *[other] { $count } días de descanso
}
done-count-stacks = { $count ->
    [one] { $count } cadena de hábitos
   *[other] { $count } cadenas de hábitos
}

done-milestones-and-more = { $milestones } y { $count } más
done-sentence = { $words }.

done-reward-added = Recompensa añadida: { $text }. Espera su momento.
done-reward-enjoyed = Disfrutada: { $text }. Qué bien.
done-reward-removed = Quitada: { $text }.
done-snooze = «Más tarde» ahora espera { $minutes } minutos.
done-shortcut = Atajo guardado: { $shortcut }
done-sync-on = Sincronizando a través de { $folder } como «{ $name }».
done-focus-one-thing = Elegido como lo importante de { $day }.
done-week-reviewed = Semana repasada. { $earned }.
done-focus-step = «{ $title }» ya es un paso. Lo encontrarás en Hoy.
done-picture-saved = Tu año se guardó en { $path }.

## ── window (end) ──


## ── window (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──

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
chronicle-sums-title = En total, en { $unit }
chronicle-sums-weeks = Por semana
chronicle-sums-week-of = Semana del { $date }
chronicle-sums-months = Por mes
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
chronicle-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
  }
chronicle-times = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
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
# Una meta que nombra quién va siendo su persona: sus logros son votos.
chronicle-identity-title = Votos por «{ $identity }»
chronicle-identity-total = { $count ->
    [0] Aún no hay votos: el próximo logro para { $goal } será el primero.
    [one] Un voto hasta ahora.
   *[other] { $count } votos hasta ahora.
  }
chronicle-identity-first = Primer voto: { $date }.
chronicle-identity-comebacks = { $count ->
    [one] Una vuelta tras una semana tranquila.
   *[other] { $count } vueltas tras una semana tranquila.
  }
chronicle-identity-bar = Semana del { $date }: { $count ->
    [one] { $count } voto
   *[other] { $count } votos
  }
chronicle-identity-bars-label = Votos por semana en las últimas 26 semanas: { $total ->
    [one] { $total } voto
   *[other] { $total } votos
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
chronicle-add-win = Añade un logro a este día:
chronicle-add-win-form =
    .aria-label = Añade un logro a este día
chronicle-add-win-text =
    .aria-label = Lo que hiciste
    .placeholder = ¿Qué hiciste?
chronicle-add-win-step =
    .aria-label = Para un paso
chronicle-add-win-no-step = Ningún paso
chronicle-add-win-submit = Añadir
chronicle-add-win-empty = Escribe lo que hiciste o elige el paso que hiciste.
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
week-votes = { $count ->
    [one] un voto por «{ $identity }»
   *[other] votos por «{ $identity }»
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
week-run-months = — una racha de { $count ->
    [one] { $count } mes
   *[other] { $count } meses
  }, que sigue en marcha.
week-run-times = — una racha de { $count ->
    [one] { $count } vez
   *[other] { $count } veces
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
week-make-step-label = { week-make-step }: «{ $text }»
week-next-one-thing = Lo único del primer día de la próxima semana
week-next-one-thing-label = { week-next-one-thing }: «{ $text }»
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
data-recovery-offer = Puedes restaurar la copia de seguridad buena más reciente, del { $date } ({ $wins }), sin perder lo que anotes mientras tanto, o empezar de cero.
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
data-import-hint = Una exportación de Cairn (.json), una copia de seguridad de Loop Habit Tracker (.db), la exportación CSV de Loop (un zip o su carpeta), una copia de seguridad de Habo (.json) o una exportación de Beaver Habit Tracker (.json). Ves lo que se añadirá, y lo que se queda atrás, antes de que se escriba nada; importar el mismo archivo dos veces no añade nada.
data-import-file = Importar un archivo…
data-import-folder = Importar una carpeta…

# The Settings page.
settings-title = Ajustes
settings-subtitle = Pequeñas cosas para que anotar un logro te lleve un segundo.
settings-first-run-title = Para empezar
settings-first-run = Mostrar de nuevo el inicio guiado
settings-first-run-hint = Tres pantallas breves: quién quieres llegar a ser, el siguiente paso más pequeño y cuándo recordártelo.
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
language-system = Sistema ({ $language })
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

## ── window (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──

## Errores: almacenamiento, lo que ya no existe, referencias.

error-storage-busy = La base de datos está ocupada: otro programa la está usando. No se guardó nada; inténtalo de nuevo en un momento.
error-storage-read-only = Cairn no puede escribir en su archivo de base de datos. No se guardó nada; comprueba que la carpeta de datos admite escritura y tiene espacio libre.
error-storage-disk-full = El disco está lleno. No se guardó nada; libera algo de espacio e inténtalo de nuevo.
error-storage-damaged = El archivo de base de datos de Cairn está dañado. No se guardó nada; cierra Cairn y restaura una copia de seguridad de su carpeta de datos.
error-storage-other = Cairn no pudo guardar ni leer sus datos. No se cambió nada; inténtalo de nuevo y reinicia Cairn si vuelve a pasar.
error-not-found = { $what ->
    [goal] Esa meta ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
    [step] Ese paso ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
    [win] Ese logro ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
    [reward] Esa recompensa ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
    [habit-stack] Esa cadena de hábitos ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
    [focus-action] Ese foco ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
    [computer] Ese ordenador ya no existe. Puede que se haya quitado; recarga la ventana para ver la lista actual.
    [backup] Esa copia de seguridad ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
   *[other] Eso ya no existe. Puede que se haya borrado; recarga la ventana para ver la lista actual.
}
error-reference-invalid = { $what ->
    [goal] La referencia a esa meta no es válida. Recarga la ventana e inténtalo de nuevo.
    [step] La referencia a ese paso no es válida. Recarga la ventana e inténtalo de nuevo.
    [win] La referencia a ese logro no es válida. Recarga la ventana e inténtalo de nuevo.
    [weekly-review] La referencia a ese repaso semanal no es válida. Recarga la ventana e inténtalo de nuevo.
    [focus-action] La referencia a ese foco no es válida. Recarga la ventana e inténtalo de nuevo.
    [one-thing] La referencia a lo único de ese día no es válida. Recarga la ventana e inténtalo de nuevo.
    [step-version] La referencia a esa versión del paso no es válida. Recarga la ventana e inténtalo de nuevo.
    [habit-stack] La referencia a esa cadena de hábitos no es válida. Recarga la ventana e inténtalo de nuevo.
    [reward] La referencia a esa recompensa no es válida. Recarga la ventana e inténtalo de nuevo.
   *[other] Esa referencia no es válida. Recarga la ventana e inténtalo de nuevo.
}

## Lo que escribes: el nombre del campo empieza la frase ($what).

core-field-goal-title = El título de la meta
core-field-goal-why = «Por qué me importa»
core-field-goal-success = «Cómo se ve el éxito»
core-field-goal-identity = «Quién vas siendo»
core-field-step-title = El título del paso
core-field-win = El logro
core-field-note = La nota
core-field-reward = La recompensa
core-field-one-thing = Lo único de hoy
core-field-focus-action = Un foco
core-field-anchor = El ancla (Después de …)
core-field-action = La acción (Voy a …)
core-field-went-well = «Lo que salió bien»
core-field-learned = «Lo que aprendiste»
core-field-adjust = «Lo que vas a ajustar»
error-text-empty = { $what } no tiene texto. Escribe unas palabras.
error-text-too-long = { $what } tiene { $count } caracteres; usa { $max } como máximo.
error-title-control = { $what } contiene un carácter de control (como un salto de línea o un tabulador). Escribe una sola línea de texto simple.
error-note-control = { $what } contiene un carácter de control. Quítalo e inténtalo de nuevo.

## Reglas de metas, pasos, cadenas, recompensas y días de descanso.

error-reward-count-range = El número de logros debe estar entre 1 y { $max }.
error-reward-count-missing = ¿Cuántos logros? Escribe un número, por ejemplo 10.
error-reward-goal-missing = ¿Para qué meta es? Elige una de la lista.
error-reward-moment-unknown = «{ $value }» no es un momento para una recompensa. Elige logros, logros de una meta, una primera racha, una meta cumplida o un repaso semanal.
error-rest-reason-unknown = «{ $value }» no es un motivo para un día de descanso. Elige enfermedad, viaje, descanso u otro.
error-rest-too-far = Los días de descanso se pueden planear hasta con un año de antelación. Elige un día más cercano.
error-win-day-future = Un logro no puede ir en un día que aún no ha llegado. Elige hoy o un día anterior.
error-win-day-too-early = Los logros van en días desde el 1 de enero de 2000 hasta hoy. Revisa el año.
error-weekdays-none = Elige al menos un día de la semana para este paso.
error-weekday-range = Un día de la semana va de lunes a domingo.
error-times-per-week-range = Las veces por semana van de 1 a 7. Para más, elige a diario.
error-every-n-days-range = Cada pocos días significa cada 2 a 30 días. Para todos los días, elige a diario.
error-times-per-month-range = Las veces al mes van de 1 a 30. Para más, elige unas veces por semana.
error-month-day-range = Un día del mes va del 1 al 31.
error-cadence-unknown = «{ $value }» no es un ritmo. Elige una vez, a diario, semanal, días de la semana, cada pocos días, mensual o un día del mes.
error-goal-status-unknown = «{ $value }» no es un estado de meta. Elige activa, en pausa, hecha o archivada.
error-goal-colour = Un color de meta se escribe como #5b8a72. Elige uno de los colores que se ofrecen.
error-minutes-range = Los minutos van de 1 a { $max }. Más pequeño es mejor: prueba con 1.
error-amount-unmeasured = Solo el logro de un paso medido lleva cantidad. Dale primero una unidad al paso o deja la cantidad en blanco.
error-amount-empty = Escribe una cantidad, como 2 o 2,5.
error-amount-invalid = «{ $value }» no es una cantidad. Escribe un número, como 2 o 2,5.
error-amount-negative = Una cantidad no puede ser menor que 0. Escribe 0 o más.
error-amount-decimals = Una cantidad puede tener hasta { $max } decimales, como 2,125.
error-amount-range = Una cantidad puede llegar hasta { $max }. Prueba con una unidad más grande.
error-unit-empty = Escribe una unidad, como páginas o km.
error-unit-length = Una unidad puede tener hasta { $max } caracteres, como páginas o km.
error-unit-invalid = Una unidad es una palabra corta en una sola línea, como páginas o km.
error-bound-unknown = «{ $value }» no es un tipo de objetivo. Elige como mínimo o como máximo.
error-per-unknown = «{ $value }» no es un periodo de objetivo. Elige por día o por semana.
error-target-zero = Un objetivo «como mínimo» necesita más de 0. Prueba con 1, o elige «como máximo 0» si quieres dejarlo del todo.
error-time-invalid = «{ $value }» no es una hora. Escríbela como 07:30.
error-times-none = Añade una hora de recordatorio, como 07:30.
error-times-too-many = Una cadena puede tener hasta { $max } horas de recordatorio. Menos es más amable.
error-change-kind-unknown = «{ $value }» no es un tipo de cambio. Elige más pequeño o más grande.
error-win-source-unknown = «{ $value }» no es un origen de logro.
error-sync-clock-invalid = «{ $value }» no es un valor del reloj de sincronización.
error-focus-became-unknown = Un foco puede convertirse en un paso, en un cambio de un paso o en lo único de un día.
error-focus-too-many = Elige hasta { $max } focos; menos mantiene la semana ligera.
error-week-not-started = Esa semana aún no ha empezado. Repasa esta semana o una anterior.

## Recompensas: cuándo se gana una ($goal es el título de la meta).

reward-moment-wins = { $count ->
    [one] Tras { $count } logro
   *[other] Tras { $count } logros
}
reward-moment-goal-wins = { $count ->
    [one] Tras { $count } logro para { $goal }
   *[other] Tras { $count } logros para { $goal }
}
reward-moment-first-run = En una racha de { $count } días
reward-moment-goal-done = Al completar { $goal }
reward-moment-week-reviewed = Cuando repases una semana

## Hitos ($name es el título de la meta o del paso).

milestone-wins = { $count ->
    [1] Tu primer logro
   *[other] Tu logro número { $count }
}
milestone-goal-wins = { $count ->
    [1] Primer logro para { $name }
   *[other] Logro número { $count } para { $name }
}
milestone-identity-votes = { $count ->
    [1] Tu primer voto por «{ $identity }»
   *[other] Tu voto número { $count } por «{ $identity }»
}
milestone-first-run-days = Primera racha de { $count } días: { $name }
milestone-first-run-weeks = Primera racha de { $count } semanas: { $name }
milestone-first-run-months = Primera racha de { $count } meses: { $name }
milestone-first-run-times = Primera racha de { $count } seguidas: { $name }

## Recordatorios de las cadenas de hábitos ($anchor, $action: tus palabras).

reminder-stack-title = Después de { $anchor }
reminder-stack-body = voy a { $action }
reminder-stack-prompt = Ahora: ¿{ $action }?
reminder-next-today = hoy a las { $time }
reminder-next-tomorrow = mañana a las { $time }
reminder-next-weekday = el { $day } a las { $time }
reminder-next-date = el { $date } a las { $time }
reminder-day-month = %-d de %B

## El borrador de la semana: su primera frase.

week-draft-both-quiet = Una semana tranquila, y está bien. El siguiente paso pequeño sigue ahí.
week-draft-quiet = Una semana tranquila después de una más movida. Descansar también cuenta; elige un paso pequeño para volver a empezar.
week-draft-going-again = { $wins ->
    [one] { $wins } logro
   *[other] { $wins } logros
} en { $days ->
    [one] { $days } día
   *[other] { $days } días
}: has vuelto a arrancar.
week-draft-more = { $wins ->
    [one] { $wins } logro
   *[other] { $wins } logros
} en { $days ->
    [one] { $days } día
   *[other] { $days } días
}, { $more } más que la semana anterior.
week-draft-same = { $wins ->
    [one] { $wins } logro
   *[other] { $wins } logros
} en { $days ->
    [one] { $days } día
   *[other] { $days } días
}, tantos como la semana anterior: constancia.
week-draft-lighter = { $wins ->
    [one] { $wins } logro
   *[other] { $wins } logros
} en { $days ->
    [one] { $days } día
   *[other] { $days } días
}. Una semana más ligera que la anterior; cada logro sigue contando.

## La semana: el repaso, su aviso y el texto que imprime `cairn week`.

error-review-empty = Escribe una línea en alguna de las respuestas, o un foco, y luego guarda.
error-focus-day-taken = Ese día ya tiene lo único: «{ $text }». Cámbialo en Hoy cuando llegue el día.
nudge-review-title = Tu semana está lista para repasarla
nudge-review-body = { $headline } Unos minutos, cuando te venga bien.
week-fact-goal-wins = { $count ->
    [one] { $goal }: { $count } logro
   *[other] { $goal }: { $count } logros
}
week-fact-goal-votes = { $count ->
    [one] { $goal }: { $count } logro, un voto por «{ $identity }»
   *[other] { $goal }: { $count } logros, votos por «{ $identity }»
}
week-fact-no-goal-wins = { $count ->
    [one] Sin meta: { $count } logro
   *[other] Sin meta: { $count } logros
}
week-fact-comebacks = { $count ->
    [one] { $count } regreso
   *[other] { $count } regresos
}
week-fact-run-days = { $count ->
    [one] { $step }: una racha de { $count } día, y sigue
   *[other] { $step }: una racha de { $count } días, y sigue
}
week-fact-run-weeks = { $count ->
    [one] { $step }: una racha de { $count } semana, y sigue
   *[other] { $step }: una racha de { $count } semanas, y sigue
}
week-fact-run-months = { $count ->
    [one] { $step }: una racha de { $count } mes, y sigue
   *[other] { $step }: una racha de { $count } meses, y sigue
}
week-fact-run-times = { $count ->
    [one] { $step }: una racha de { $count } vez, y sigue
   *[other] { $step }: una racha de { $count } veces, y sigue
}
week-fact-amount = { $step }: { $amount } { $unit } esta semana
week-fact-rest-days = { $count ->
    [one] { $count } día de descanso
   *[other] { $count } días de descanso
}
week-fact-one-things = { $count ->
    [one] Lo único, hecho { $done } de { $count } día
   *[other] Lo único, hecho { $done } de { $count } días
}
week-fact-milestone = Hito: { $label }
week-fact-not-fitting = { $step }: no encajó dos veces seguidas; quizá le vaya mejor un paso más pequeño
week-text-heading = Semana del { $start } al { $end }
week-date = %-d de %B de %Y
week-text-not-reviewed = Aún sin repasar.
week-text-not-reviewed-open = Aún sin repasar: abre la página Semana de Cairn para escribir el repaso.
week-text-went-well = Lo que salió bien
week-text-learned = Lo que se interpuso, o lo que aprendí
week-text-adjust = Lo que voy a ajustar
week-text-focus = Foco para la próxima semana

## Sincronizar: errores y las notas que deja una sincronización.

error-sync-not-set-up = La sincronización aún no está configurada en este ordenador. Elige primero una carpeta de sincronización en Ajustes.
error-sync-io = { $op ->
    [create] Cairn no puede crear la carpeta { $path }. Comprueba que la carpeta de sincronización está ahí y admite escritura; aquí no se cambió nada.
    [write] Cairn no puede escribir { $path }. Comprueba que la carpeta de sincronización está ahí y admite escritura; aquí no se cambió nada.
   *[read] Cairn no puede leer { $path }. Comprueba que la carpeta de sincronización está ahí y admite escritura; aquí no se cambió nada.
}
core-this-computer = Este ordenador
error-sync-device-name = Dale a este ordenador un nombre de 1 a { $max } caracteres, como «Portátil».
error-sync-folder-missing = La carpeta { $path } no está. Elige una carpeta que tu herramienta de sincronización ya sincronice.
error-sync-folder-unusual = Elige una carpeta cuya ruta no tenga caracteres poco habituales.
error-sync-folder-away = La carpeta de sincronización { $path } no está ahora mismo (¿una unidad sin conectar?). Conéctala e inténtalo de nuevo; no se cambió nada.
sync-note-folder-away = La carpeta de sincronización { $path } no está ahora mismo (¿una unidad sin conectar?). No se leyó ni se escribió nada; Cairn lo intentará la próxima vez.
sync-note-new-id = La carpeta de sincronización de este ordenador tenía cambios que esta copia de Cairn no escribió: sus datos se copiaron de otro ordenador o se restauraron de una copia de seguridad. Ahora escribe con un id nuevo ({ $id }) y lee la carpeta anterior como la de cualquier otro ordenador; todo lo de ambas se conserva.
sync-note-own-folder-gone = La carpeta de este ordenador ya no estaba en la carpeta de sincronización; Cairn volvió a escribirlo todo.
sync-note-peer-folder-gone = La carpeta de «{ $name }» ya no está en la carpeta de sincronización. Todo lo que envió se conserva aquí; cuando ese ordenador vuelva a sincronizar, escribirá su carpeta de nuevo.
sync-note-waiting = { $count ->
    [one] { $count } cambio de otros ordenadores se refiere a algo que aún no ha llegado; Cairn lo aplicará en cuanto llegue.
   *[other] { $count } cambios de otros ordenadores se refieren a algo que aún no ha llegado; Cairn los aplicará en cuanto llegue.
}
sync-note-unnamed-computer = ordenador { $id }
sync-note-newer = «{ $name }» usa un Cairn más nuevo. Actualiza Cairn en este ordenador para leer sus cambios; no se aplicó nada de él.
sync-note-conflict-copy = «{ $file }» en la carpeta de «{ $name }» es una copia que hizo tu herramienta de sincronización cuando dos ordenadores cambiaron el mismo archivo. Cairn no la toca: sus propios archivos ya llevan todos los cambios.
sync-note-arriving = Un archivo de «{ $name }» aún está llegando ({ $file }); Cairn lo leerá cuando esté completo.
sync-note-unreadable = Cairn no puede leer un archivo de «{ $name }» ({ $file }); no se tocó y no se aplicó nada de él.
sync-note-newer-writer = «{ $name }» escribe con un Cairn más nuevo. Actualiza Cairn en este ordenador para leer sus cambios; no se aplicó nada de él.
sync-note-foreign-file = Un archivo en la carpeta de «{ $name }» ({ $file }) dice que viene de otro ordenador; no se tocó.
sync-note-clock-ahead = { $count ->
    [one] El reloj de «{ $name }» va alrededor de { $count } hora por delante del de este ordenador. Sus cambios se aplicaron; las ediciones hechas casi a la vez se ordenan según ese reloj.
   *[other] El reloj de «{ $name }» va unas { $count } horas por delante del de este ordenador. Sus cambios se aplicaron; las ediciones hechas casi a la vez se ordenan según ese reloj.
}

## Copias de seguridad y la carpeta de datos ($path: un archivo o una carpeta).

error-backup-io = { $op ->
    [move-aside] Cairn no pudo apartar { $path }. Comprueba que la carpeta existe y admite escritura.
    [read-folder] Cairn no pudo leer la carpeta de copias de seguridad { $path }. Comprueba que la carpeta existe y admite escritura.
    [remove] Cairn no pudo quitar { $path }. Comprueba que la carpeta existe y admite escritura.
    [create] Cairn no pudo crear { $path }. Comprueba que la carpeta existe y admite escritura.
   *[read] Cairn no pudo leer { $path }. Comprueba que la carpeta existe y admite escritura.
}
error-backup-damaged = { $path } está dañado o no es una base de datos de Cairn.
error-backup-newer = { $path } lo escribió una versión más nueva de Cairn. Instala el Cairn más nuevo para usarlo.
error-backup-write = Cairn no pudo escribir { $path }. Comprueba que el disco tiene espacio libre.
error-storage-open = Cairn no puede abrir su base de datos en { $path }. Comprueba que la carpeta existe y admite escritura.
error-storage-create-folder = Cairn no puede crear su carpeta de datos { $path }. Revisa sus permisos o pon CAIRN_DATA_DIR en una carpeta que admita escritura.
error-storage-no-folder = Cairn no encuentra una carpeta para sus datos en este sistema. Pon { $env } en una carpeta que admita escritura.

## Importaciones: qué se lee y por qué un archivo no se puede importar.

import-error-not-loop-backup = Cairn no puede importar este archivo: es una base de datos, pero no una copia de seguridad de Loop Habit Tracker. No se cambió nada.
import-error-loop-damaged = Cairn no puede importar este archivo: la copia de Loop está dañada. No se cambió nada.
import-error-loop-newer = Esta copia de seguridad de Loop Habit Tracker es de un Loop más nuevo (versión de base de datos { $version }) de lo que Cairn conoce (hasta { $newest }). No se cambió nada.
import-error-loop-old = Esta copia de seguridad de Loop Habit Tracker es de un Loop muy antiguo (versión de base de datos { $version }). Ábrela en un Loop actual, haz otra copia e importa esa. No se cambió nada.
import-source = { $kind ->
    [loopBackup] una copia de seguridad de Loop Habit Tracker
    [loopCsv] una exportación CSV de Loop Habit Tracker
    [habo] una copia de seguridad de Habo
    [beaver] una exportación de Beaver Habit Tracker
   *[cairn] una exportación de Cairn
}
import-error-unreadable = { $why ->
    [not-json] Cairn no puede importar este archivo: no es JSON válido (quizá está cortado). No se cambió nada.
    [not-cairn] Cairn no puede importar este archivo: es JSON, pero no una exportación de Cairn, ni una copia de seguridad de Habo ni una exportación de Beaver Habit Tracker. No se cambió nada.
    [no-version] Cairn no puede importar este archivo: le falta la versión. No se cambió nada.
    [wrong-field] Cairn no puede importar este archivo: falta un campo o tiene un tipo incorrecto. No se cambió nada.
    [too-large] Cairn no puede importar este archivo: ocupa más de 256 MB. No se cambió nada.
    [export-too-large] Cairn no puede importar este archivo: ocupa más de 2 GB. No se cambió nada.
    [unknown-kind] Cairn no puede importar este archivo: no es una exportación de Cairn, ni una copia de seguridad ni una exportación CSV de Loop Habit Tracker, ni una copia de seguridad de Habo ni una exportación de Beaver Habit Tracker. No se cambió nada.
    [cannot-open] Cairn no puede importar este archivo: no se pudo abrir. No se cambió nada.
    [csv-habits-empty] Cairn no puede importar este archivo: no parece la exportación CSV de Loop Habit Tracker (Habits.csv está vacío). No se cambió nada.
    [csv-no-name] Cairn no puede importar este archivo: no parece la exportación CSV de Loop Habit Tracker (no hay columna Name). No se cambió nada.
    [csv-checkmarks-empty] Cairn no puede importar este archivo: no parece la exportación CSV de Loop Habit Tracker (Checkmarks.csv está vacío). No se cambió nada.
    [csv-no-date] Cairn no puede importar este archivo: no parece la exportación CSV de Loop Habit Tracker (Checkmarks.csv no tiene columna Date). No se cambió nada.
    [csv-not-utf8] Cairn no puede importar este archivo: un archivo CSV no es texto UTF-8. No se cambió nada.
    [csv-folder-empty] Cairn no puede importar esto: la carpeta no tiene Habits.csv ni Checkmarks.csv de Loop Habit Tracker. No se cambió nada.
    [zip-damaged] Cairn no puede importar este archivo: el zip está dañado. No se cambió nada.
    [zip-no-csv] Cairn no puede importar este archivo: el zip no tiene Habits.csv ni Checkmarks.csv de Loop Habit Tracker. No se cambió nada.
    [zip-too-large] Cairn no puede importar este archivo: un archivo del zip ocupa más de 64 MB al descomprimirlo. No se cambió nada.
    [habo-wrong-field] Cairn no puede importar este archivo: parece una copia de seguridad de Habo, pero falta un campo o tiene un tipo incorrecto. No se cambió nada.
    [habo-date] Cairn no puede importar este archivo: parece una copia de seguridad de Habo, pero uno de sus días no es una fecha. No se cambió nada.
    [beaver-wrong-field] Cairn no puede importar este archivo: parece una exportación de Beaver Habit Tracker, pero falta un campo o tiene un tipo incorrecto. No se cambió nada.
    [beaver-date] Cairn no puede importar este archivo: parece una exportación de Beaver Habit Tracker, pero uno de sus días no es una fecha. No se cambió nada.
   *[unreadable] Cairn no puede importar este archivo: no se pudo leer. No se cambió nada.
}
import-error-cannot-open = Cairn no puede abrir { $path }. Comprueba el nombre y que tienes permiso para leerlo.
import-error-missing = { $what ->
    [goal] Cairn no puede importar este archivo: hace referencia a una meta que no contiene. No se cambió nada.
    [step] Cairn no puede importar este archivo: hace referencia a un paso que no contiene. No se cambió nada.
    [win] Cairn no puede importar este archivo: hace referencia a un logro que no contiene. No se cambió nada.
   *[other] Cairn no puede importar este archivo: hace referencia a algo que no contiene. No se cambió nada.
}
import-error-refers = { $what ->
    [weekly-review-step] Cairn no puede importar este archivo: el repaso semanal { $number } hace referencia a un paso que no contiene. No se cambió nada.
    [one-thing-step] Cairn no puede importar este archivo: lo único n.º { $number } hace referencia a un paso que no contiene. No se cambió nada.
    [one-thing-win] Cairn no puede importar este archivo: lo único n.º { $number } hace referencia a un logro que no contiene. No se cambió nada.
    [step-version-step] Cairn no puede importar este archivo: la versión de paso { $number } hace referencia a un paso que no contiene. No se cambió nada.
    [reward-goal] Cairn no puede importar este archivo: la recompensa { $number } hace referencia a una meta que no contiene. No se cambió nada.
   *[other] Cairn no puede importar este archivo: la fila { $number } hace referencia a algo que no contiene. No se cambió nada.
}
import-error-focus-held = Cairn no puede importar este archivo: el repaso semanal { $number } tiene un foco que ya pertenece a otro repaso. No se cambió nada.
import-error-not-instant = «{ $value }» no es una fecha con hora.
import-error-not-date = «{ $value }» no es una fecha.
import-error-at = { $what ->
    [goal] Cairn no puede importar este archivo: la meta { $number } tiene un problema: { $problem } No se cambió nada.
    [step] Cairn no puede importar este archivo: el paso { $number } tiene un problema: { $problem } No se cambió nada.
    [win] Cairn no puede importar este archivo: el logro { $number } tiene un problema: { $problem } No se cambió nada.
    [rest-day] Cairn no puede importar este archivo: el día de descanso { $number } tiene un problema: { $problem } No se cambió nada.
    [habit-stack] Cairn no puede importar este archivo: la cadena de hábitos { $number } tiene un problema: { $problem } No se cambió nada.
    [weekly-review] Cairn no puede importar este archivo: el repaso semanal { $number } tiene un problema: { $problem } No se cambió nada.
    [one-thing] Cairn no puede importar este archivo: lo único n.º { $number } tiene un problema: { $problem } No se cambió nada.
    [step-version] Cairn no puede importar este archivo: la versión de paso { $number } tiene un problema: { $problem } No se cambió nada.
    [reward] Cairn no puede importar este archivo: la recompensa { $number } tiene un problema: { $problem } No se cambió nada.
   *[other] Cairn no puede importar este archivo: la fila { $number } tiene un problema: { $problem } No se cambió nada.
}
import-error-newer = Esta exportación la escribió una versión más nueva de Cairn (formato { $version }). Instala el Cairn más nuevo para importarla; no se cambió nada.
import-loop-goal-title = De Loop Habit Tracker
import-loop-goal-why = Importado de Loop Habit Tracker.
import-loop-anchor = … (escribe lo que haces justo antes)
import-loop-unit = unidades
import-loop-habit-untitled = Hábito de Loop { $number }
import-habo-goal-title = De Habo
import-habo-goal-why = Importado de Habo.
import-habo-habit-untitled = Hábito de Habo { $number }
import-habo-why-cue = { $habit } · estímulo: { $text }
import-habo-why-routine = { $habit } · rutina: { $text }
import-habo-why-reward = { $habit } · recompensa: { $text }
import-beaver-goal-title = De Beaver Habit Tracker
import-beaver-goal-why = Importado de Beaver Habit Tracker.
import-beaver-habit-untitled = Hábito de Beaver { $number }
import-left-out = { $what ->
    [deleted-habits] { $count ->
        [one] { $count } hábito eliminado se queda fuera.
       *[other] { $count } hábitos eliminados se quedan fuera.
    }
    [notes-without-win] { $count ->
        [one] { $count } nota de un día sin marcar se queda atrás: Cairn guarda las notas junto a los logros.
       *[other] { $count } notas de días sin marcar se quedan atrás: Cairn guarda las notas junto a los logros.
    }
    [not-done-marks] { $count ->
        [one] { $count } día marcado como «no hecho» queda sin marca: en Cairn, un día sin logro no necesita marca.
       *[other] { $count } días marcados como «no hecho» quedan sin marca: en Cairn, un día sin logro no necesita marca.
    }
    [habo-contracts] { $count ->
        [one] { $count } contrato del hábito (una sanción y un colaborador responsable) se queda en Habo: Cairn trabaja con segundas oportunidades, no con castigos.
       *[other] { $count } contratos de hábito (sanciones y colaboradores responsables) se quedan en Habo: Cairn trabaja con segundas oportunidades, no con castigos.
    }
    [habo-categories] { $count ->
        [one] La categoría de Habo no se trae: todos los hábitos llegan bajo una sola meta.
       *[other] Las { $count } categorías de Habo no se traen: todos los hábitos llegan bajo una sola meta.
    }
    [beaver-tags] { $count ->
        [one] La etiqueta de Beaver no se trae: todos los hábitos llegan bajo una sola meta.
       *[other] Las { $count } etiquetas de Beaver no se traen: todos los hábitos llegan bajo una sola meta.
    }
    [beaver-stars] { $count ->
        [one] { $count } hábito con estrella llega sin su estrella, arriba del todo entre los pasos de la meta.
       *[other] { $count } hábitos con estrella llegan sin sus estrellas, arriba del todo entre los pasos de la meta.
    }
   *[other] { $count ->
        [one] { $count } cosa no tiene sitio en Cairn y se queda atrás.
       *[other] { $count } cosas no tienen sitio en Cairn y se quedan atrás.
    }
}

## Pasos, logros, lo único de hoy, recompensas, la crónica, ajustes.

error-offer-step-archived = Este paso está archivado. Recupéralo primero en la página Metas.
error-offer-needs-rhythm = Un paso que encaja en la semana mantiene un ritmo. Elige a diario, unas veces por semana o algunos días de la semana.
error-offer-unchanged = Así es el paso ahora mismo. Elige otro tamaño, otro ritmo u otras palabras, o déjalo como está.
error-search-too-long = Esa búsqueda es muy larga. Prueba con una o dos palabras del logro.
error-rest-day-gone = Ese día ya no está marcado como día de descanso. Recarga la crónica para ver los días actuales.
error-picture-format = Cairn puede guardar la imagen como PNG o SVG. Elige uno de los dos.
error-picture-invalid = La imagen no salió como un archivo { $format } válido. Intenta guardarla de nuevo.
error-picture-path = Elige una carpeta y un nombre de archivo para la imagen.
error-picture-folder-missing = La carpeta { $path } no existe. Elige otro lugar para la imagen.
error-picture-write = Cairn no pudo guardar la imagen en { $path }. Comprueba que la carpeta admite escritura y tiene espacio libre.
export-error-write = Cairn no pudo escribir { $path }. Comprueba que la carpeta existe, admite escritura y tiene espacio libre.
focus-error-step-archived = Ese paso está archivado. Elige un paso abierto o escribe una línea.
focus-error-none-today = Aún no hay nada elegido como lo único de hoy. Elige algo primero.
focus-error-nothing-to-carry = Ahora no hay nada que traer de ayer. Elige lo único de hoy.
focus-error-already-done = Lo único de hoy ya está hecho. ¡Bien hecho! Anota un logro libre si hiciste más.
error-shortcut-invalid = Escribe un atajo de teclado como Ctrl+Alt+W: modificadores y una tecla, unidos con +.
error-quiet-hours-same = Las horas de silencio empiezan y terminan a la misma hora. Elige dos horas distintas o desactiva las horas de silencio.
error-snooze-choice = «Más tarde» puede esperar 10, 30 o 60 minutos.
error-reminder-days-none = Elige al menos un día para este recordatorio.
error-step-archived-move = Un paso archivado no se puede mover. Recupéralo primero.
error-win-step-other-goal = Ese paso pertenece a otra meta. Elige la meta del paso, o ninguna.
error-step-done-for-now = Ese paso ya está hecho por ahora. ¡Bien hecho! Anota un logro libre si hiciste más.
error-step-done-that-day = Ese día ya tiene el logro de este paso. Anota un logro libre para ese día si hiciste más.
error-win-gone-for-good = Ese logro se borró definitivamente y no se puede recuperar.
error-win-undo-too-late = Ya no se puede deshacer: ese logro se borró definitivamente. Puedes anotarlo de nuevo.
error-reward-already-earned = Esa recompensa ya está ganada, así que se queda como está. Añade una nueva para lo que viene.
error-reward-not-earned = Esa recompensa aún espera su momento; podrás disfrutarla cuando la ganes.
reward-goal-unnamed = la meta
import-error-enjoyed-not-earned = Está marcada como disfrutada pero no como ganada; una recompensa se disfruta después de ganarla.

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
startup-no-webview2 = Cairn necesita el entorno WebView2 de Microsoft para dibujar su ventana, y este ordenador aún no lo tiene. Es gratuito: abre { $url } para instalarlo y luego vuelve a iniciar Cairn. Mientras tanto, `cairn log` y `cairn today` funcionan en una terminal.
startup-open-download = ¿Abrir ahora la página de descarga?
app-not-watched = Cairn no puede vigilar su base de datos, así que los logros anotados con `cairn` aparecen cuando Cairn se reinicia.
app-folder-not-created = Cairn no pudo crear { $path }.
app-folder-not-opened = Cairn no pudo abrir la carpeta. Está en { $path }.
autostart-unchanged = Cairn no pudo cambiar si se inicia al entrar en la sesión. Revisa los ajustes de inicio automático de tu escritorio.

## Peticiones de la ventana que Cairn no puede usar.

input-malformed = Cairn no pudo leer esa petición: falta un campo o tiene un tipo incorrecto. Recarga la ventana y vuelve a intentarlo.
input-source = Ese origen no se puede usar desde la ventana.
input-no-id = Cairn no pudo leer esa petición: falta el identificador. Recarga la ventana.
input-page = Esa página de logros ya no es válida. Recarga la lista.
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
dialog-import-file-title = Importar una exportación de Cairn, una copia de seguridad de Loop Habit Tracker o de Habo, o una exportación de Beaver Habit Tracker
dialog-filter-import = Exportación de Cairn, copia de seguridad de Loop o zip, copia de seguridad de Habo, exportación de Beaver
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
cli-help-log-day = El día para el que cuenta, si no es hoy: yesterday o AAAA-MM-DD.
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
cli-help-import = Importa una exportación de Cairn, una copia de seguridad de Loop Habit Tracker (.db), la exportación CSV de Loop (su carpeta o un zip), una copia de seguridad de Habo o una exportación de Beaver Habit Tracker, reconocidas por su contenido.
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
cli-logged-on = ✓ Anotado «{ $text }» el { $day }. Qué bien que ya cuente.
cli-logged-for-on = ✓ Anotado «{ $text }» para { $goal } el { $day }. Qué bien que ya cuente.
cli-day-unreadable = «{ $text }» no es un día que Cairn pueda leer. Usa yesterday o una fecha como 2026-12-06.
cli-milestone = ◆ Hito: { $label }.
cli-was-one-thing = ★ Eso era lo único de hoy: el logro principal del día.
cli-reward = ♥ Te has ganado: { $reward }. Disfrútalo.
cli-today = { $date }: { $count ->
    [one] { $count } logro
   *[other] { $count } logros
}
cli-today-earlier = { $count ->
    [one] …y { $count } logro anterior hoy (la página «Logros» los muestra todos).
   *[other] …y { $count } logros anteriores hoy (la página «Logros» los muestra todos).
}
cli-today-nothing-open = Hoy no hay nada más esperándote.
cli-today-open-steps = Pasos abiertos:
cli-today-limits = Límites (se cuidan, no se tachan):
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

## The command line's own frame: the help's headings and a command line it cannot read.

cli-usage = Uso:
cli-commands = Comandos
cli-arguments = Argumentos
cli-options = Opciones
cli-command-placeholder = COMANDO
cli-flag-help = Mostrar la ayuda
cli-flag-version = Mostrar la versión
cli-help-command = Mostrar esta ayuda, o la de un comando
cli-error-unknown-command = No hay ningún comando «{ $given }».
cli-error-unknown-option = «{ $given }» no es una opción aquí.
cli-error-unexpected = «{ $given }» no se esperaba aquí.
cli-error-missing = Falta { $what }.
cli-error-needs-value = { $option } necesita un valor.
cli-error-invalid-value = «{ $value }» no es un valor que acepte { $option }.
cli-error-takes = Acepta: { $values }.
cli-error-conflict = { $option } y { $other } no se pueden usar juntos.
cli-error-other = Cairn no ha podido leer esa línea de comandos.
cli-error-did-you-mean = ¿Querías decir «{ $suggestion }»?
cli-error-help = `{ $help }` muestra lo que Cairn entiende.

## ── app-cli (end) ──

## ── package (begin): the desktop entry and the software centre's page, written from here by `cargo test -p cairn --test packaging` ──

package-summary = Anota pequeños logros y mira cómo crece el montón
package-generic-name = Pequeños logros
package-keywords = hábito, logros, metas, diario
package-about = Un cairn es un montón de piedras que los excursionistas levantan piedra a piedra para marcar un sendero. Cairn te acompaña en el ordenador con tus pequeños logros: divide una meta grande en pasos diminutos, anota cada pequeño logro con un clic y mira cómo crece el montón. Un día sin logros es una segunda oportunidad.
package-feature-log = Anota un logro desde la ventana, la bandeja del sistema, un atajo de teclado global o el comando cairn
package-feature-goals = Metas con pasos diminutos a tu ritmo, y el impulso de cada paso
package-feature-chronicle = Una crónica de lo lejos que has llegado, y un repaso semanal
package-feature-local = Todo se queda en un archivo SQLite en tu propio ordenador

## ── package (end) ──
