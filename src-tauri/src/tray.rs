//! The tray icon and its menu: today's one thing first (logs it with one
//! click; when none is set, a submenu to choose one of the open steps),
//! "Log a win…", up to five open steps to tick with one click, "Open
//! Cairn", "Pause reminders" and "Quit".
//!
//! On Linux the icon is served through StatusNotifierItem (tray-icon's ksni
//! backend), so a left click arrives; when no tray host runs, building the
//! icon fails, which is logged and otherwise ignored: every action is also
//! in the windows.

use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, Runtime};

use crate::commands::AppState;
use crate::domain::{StepId, WinSource};
use crate::service;
use crate::service::settings::Pause;
use cairn_core::tr;

const TRAY_ID: &str = "cairn";
/// How many steps the menu offers.
pub const MENU_STEPS: usize = 5;

const LOG: &str = "log";
const OPEN: &str = "open";
const PAUSE_HOUR: &str = "pause-hour";
const PAUSE_TOMORROW: &str = "pause-tomorrow";
const QUIT: &str = "quit";
const STEP_PREFIX: &str = "step:";
const ONE_THING: &str = "one-thing";
const CHOOSE_PREFIX: &str = "one-thing:";

/// The one thing's place at the top of the menu.
#[derive(Debug, Clone, PartialEq)]
pub enum OneThingItem {
    /// Today's one thing: a label, and whether it is done (then the item
    /// only shows it).
    Set { label: String, done: bool },
    /// None yet: (step id, label) to choose from.
    Choose(Vec<(String, String)>),
}

/// What the menu shows, worked out from the data.
#[derive(Debug, Clone, PartialEq)]
pub struct MenuContent {
    /// (step id, label) for each step to tick.
    pub steps: Vec<(String, String)>,
    pub tooltip: String,
    /// `None` with no one thing and no open step to choose.
    pub one_thing: Option<OneThingItem>,
}

/// The menu's content now, from the same Today view the window shows.
pub fn menu_content(state: &AppState) -> MenuContent {
    match state
        .store()
        .and_then(|store| service::today::today(store, state.clock()))
    {
        Ok(view) => MenuContent {
            one_thing: match &view.focus.one_thing {
                Some(one) if one.done => Some(OneThingItem::Set {
                    label: tr!("tray-one-thing-done", text = one.text.as_str()),
                    done: true,
                }),
                Some(one) => Some(OneThingItem::Set {
                    label: tr!("tray-one-thing", text = one.text.as_str()),
                    done: false,
                }),
                None if view.open_steps.is_empty() => None,
                None => Some(OneThingItem::Choose(
                    view.open_steps
                        .iter()
                        .take(MENU_STEPS)
                        .map(|o| (o.step.id.to_string(), o.step.title.clone()))
                        .collect(),
                )),
            },
            steps: view
                .open_steps
                .iter()
                .take(MENU_STEPS)
                .map(|o| (o.step.id.to_string(), tick_label(&o.step)))
                .collect(),
            tooltip: tr!("tray-tooltip", count = view.win_count),
        },
        Err(e) => {
            tracing::warn!(error = %e, "tray menu without data");
            MenuContent {
                steps: Vec::new(),
                tooltip: tr!("tray-tooltip-plain"),
                one_thing: None,
            }
        }
    }
}

/// The menu's fixed words, in the language Cairn speaks now (built at every
/// refresh, so a change of language shows without a restart).
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub choose: String,
    pub log: String,
    pub open: String,
    pub pause: String,
    pub pause_hour: String,
    pub pause_tomorrow: String,
    pub quit: String,
}

impl Labels {
    pub fn now() -> Labels {
        Labels {
            choose: tr!("tray-choose-one-thing"),
            log: tr!("tray-log-win"),
            open: tr!("tray-open"),
            pause: tr!("tray-pause"),
            pause_hour: tr!("tray-pause-hour"),
            pause_tomorrow: tr!("tray-pause-tomorrow"),
            quit: tr!("tray-quit"),
        }
    }
}

fn build_menu<R: Runtime>(app: &AppHandle<R>, content: &MenuContent) -> tauri::Result<Menu<R>> {
    let words = Labels::now();
    let menu = Menu::new(app)?;
    match &content.one_thing {
        Some(OneThingItem::Set { label, done }) => {
            menu.append(&MenuItem::with_id(
                app,
                ONE_THING,
                label,
                !done,
                None::<&str>,
            )?)?;
            menu.append(&PredefinedMenuItem::separator(app)?)?;
        }
        Some(OneThingItem::Choose(steps)) => {
            let choose = Submenu::with_id(app, "choose", &words.choose, true)?;
            for (id, label) in steps {
                choose.append(&MenuItem::with_id(
                    app,
                    format!("{CHOOSE_PREFIX}{id}"),
                    label,
                    true,
                    None::<&str>,
                )?)?;
            }
            menu.append(&choose)?;
            menu.append(&PredefinedMenuItem::separator(app)?)?;
        }
        None => {}
    }
    menu.append(&MenuItem::with_id(
        app,
        LOG,
        &words.log,
        true,
        None::<&str>,
    )?)?;
    if !content.steps.is_empty() {
        menu.append(&PredefinedMenuItem::separator(app)?)?;
        for (id, label) in &content.steps {
            menu.append(&MenuItem::with_id(
                app,
                format!("{STEP_PREFIX}{id}"),
                label,
                true,
                None::<&str>,
            )?)?;
        }
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(
        app,
        OPEN,
        &words.open,
        true,
        None::<&str>,
    )?)?;
    let pause = Submenu::with_id_and_items(
        app,
        "pause",
        &words.pause,
        true,
        &[
            &MenuItem::with_id(app, PAUSE_HOUR, &words.pause_hour, true, None::<&str>)?,
            &MenuItem::with_id(
                app,
                PAUSE_TOMORROW,
                &words.pause_tomorrow,
                true,
                None::<&str>,
            )?,
        ],
    )?;
    menu.append(&pause)?;
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(
        app,
        QUIT,
        &words.quit,
        true,
        None::<&str>,
    )?)?;
    Ok(menu)
}

/// Puts the icon in the tray. Returns whether a tray host took it.
pub fn create<R: Runtime>(app: &AppHandle<R>) -> bool {
    let content = menu_content(&app.state::<AppState>());
    let built = build_menu(app, &content).and_then(|menu| {
        let icon = tauri::image::Image::from_bytes(include_bytes!("../../icons/tray.png"))?;
        TrayIconBuilder::with_id(TRAY_ID)
            .icon(icon)
            .tooltip(&content.tooltip)
            .menu(&menu)
            .show_menu_on_left_click(false)
            .on_menu_event(on_menu_event)
            .on_tray_icon_event(|tray, event| {
                if let TrayIconEvent::Click {
                    button,
                    button_state,
                    ..
                } = event
                {
                    if crate::platform::tray_click_opens_quick_window(
                        button == MouseButton::Left,
                        button_state == MouseButtonState::Up,
                    ) {
                        crate::quick::show(tray.app_handle(), "tray");
                    }
                }
            })
            .build(app)
    });
    match built {
        Ok(_) => true,
        Err(e) => {
            tracing::warn!(error = %e, "no tray icon (is a tray host running?); Cairn keeps running without one");
            false
        }
    }
}

/// Rebuilds the menu and tooltip from the data.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    let content = menu_content(&app.state::<AppState>());
    match build_menu(app, &content) {
        Ok(menu) => {
            let _ = tray.set_menu(Some(menu));
            let _ = tray.set_tooltip(Some(&content.tooltip));
        }
        Err(e) => tracing::warn!(error = %e, "could not rebuild the tray menu"),
    }
}

fn on_menu_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref();
    let state = app.state::<AppState>();
    match id {
        LOG => crate::quick::show(app, "tray"),
        OPEN => crate::quick::show_main(app),
        QUIT => app.exit(0),
        PAUSE_HOUR | PAUSE_TOMORROW => {
            let pause = if id == PAUSE_HOUR {
                Pause::OneHour
            } else {
                Pause::UntilTomorrow
            };
            let result = state
                .store()
                .and_then(|store| service::settings::pause_reminders(store, state.clock(), pause));
            if let Err(e) = state.changed(result) {
                tracing::warn!(error = %e, "could not pause reminders");
            }
        }
        ONE_THING => {
            let result = state.store().and_then(|store| {
                service::focus::log_one_thing(store, state.clock(), WinSource::Tray)
            });
            if let Err(e) = state.changed(result) {
                tracing::warn!(error = %e, "could not log the one thing from the tray");
            }
        }
        _ if id.starts_with(CHOOSE_PREFIX) => {
            let Some(step) = id
                .strip_prefix(CHOOSE_PREFIX)
                .and_then(|s| StepId::parse(s).ok())
            else {
                return;
            };
            let choice = service::focus::Choice::Step(step);
            let result = state
                .store()
                .and_then(|store| service::focus::set_one_thing(store, state.clock(), &choice));
            if let Err(e) = state.changed(result) {
                tracing::warn!(error = %e, "could not choose the one thing from the tray");
            }
        }
        _ => {
            let Some(step) = id
                .strip_prefix(STEP_PREFIX)
                .and_then(|s| StepId::parse(s).ok())
            else {
                return;
            };
            let result = state.store().and_then(|store| {
                service::wins::tick_step(store, state.clock(), &step, WinSource::Tray)
            });
            if let Err(e) = state.changed(result) {
                tracing::warn!(error = %e, "could not log the step from the tray");
            }
        }
    }
}

/// A step's tray entry: "✓ Stretch", or for a measured step the amount
/// one click logs beside it ("✓ Read · 5 pages").
fn tick_label(step: &cairn_core::domain::Step) -> String {
    match &step.measure {
        Some(m) => {
            let usual = m.usual_or_default().units();
            let amount = tr!("amount-plain", amount = usual, unit = m.unit.as_str());
            format!("✓ {} · {amount}", step.title)
        }
        None => format!("✓ {}", step.title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::service::goals::{create_goal, GoalDraft};
    use crate::service::steps::{add_step, CadenceDraft, StepDraft};
    use crate::store::Store;

    fn state(dir: &tempfile::TempDir) -> AppState {
        AppState::new(
            Store::open_in(dir.path()),
            Box::new(FixedClock::at("2026-11-21T09:30:00+01:00")),
        )
    }

    fn add(state: &AppState, goal: &crate::domain::GoalId, title: &str) -> StepId {
        let draft = StepDraft {
            title: title.into(),
            cadence: CadenceDraft {
                kind: "daily".into(),
                ..Default::default()
            },
            minutes: None,
            measure: None,
        };
        add_step(state.store().unwrap(), state.clock(), Some(goal), &draft)
            .unwrap()
            .id
    }

    #[test]
    fn menu_lists_up_to_five_open_steps_in_order_and_drops_done_ones() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(&dir);
        let store = state.store().unwrap();
        let goal = |t: &str| {
            create_goal(
                store,
                state.clock(),
                &GoalDraft {
                    title: t.into(),
                    ..Default::default()
                },
            )
            .unwrap()
            .id
        };
        let (thesis, health) = (goal("Thesis"), goal("Health"));
        let first = add(&state, &thesis, "Write one paragraph");
        for t in ["Read one abstract", "Email supervisor"] {
            add(&state, &thesis, t);
        }
        for t in ["Stretch", "Walk", "Drink water"] {
            add(&state, &health, t);
        }
        let content = menu_content(&state);
        let labels: Vec<&str> = content.steps.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "✓ Write one paragraph",
                "✓ Read one abstract",
                "✓ Email supervisor",
                "✓ Stretch",
                "✓ Walk"
            ]
        );
        assert_eq!(content.tooltip, "Cairn: no wins yet today");

        service::wins::tick_step(store, state.clock(), &first, WinSource::Tray).unwrap();
        let content = menu_content(&state);
        let labels: Vec<&str> = content.steps.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "✓ Read one abstract",
                "✓ Email supervisor",
                "✓ Stretch",
                "✓ Walk",
                "✓ Drink water"
            ]
        );
        assert_eq!(content.tooltip, "Cairn: 1 win today");
    }

    #[test]
    fn the_one_thing_comes_first_chosen_from_the_open_steps() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(&dir);
        let store = state.store().unwrap();
        assert_eq!(menu_content(&state).one_thing, None, "nothing to choose");
        let goal = create_goal(
            store,
            state.clock(),
            &GoalDraft {
                title: "Thesis".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
        let write = add(&state, &goal, "Write one paragraph");
        add(&state, &goal, "Read one abstract");
        let Some(OneThingItem::Choose(steps)) = menu_content(&state).one_thing else {
            panic!("a choice of steps");
        };
        assert_eq!(steps[0], (write.to_string(), "Write one paragraph".into()));
        assert_eq!(steps.len(), 2);

        let choice = service::focus::Choice::Step(write);
        service::focus::set_one_thing(store, state.clock(), &choice).unwrap();
        assert_eq!(
            menu_content(&state).one_thing,
            Some(OneThingItem::Set {
                label: "★ Today's one thing: Write one paragraph".into(),
                done: false
            })
        );
        let logged = service::focus::log_one_thing(store, state.clock(), WinSource::Tray).unwrap();
        assert!(logged.one_thing);
        assert_eq!(
            menu_content(&state).one_thing,
            Some(OneThingItem::Set {
                label: "★ Done today: Write one paragraph".into(),
                done: true
            })
        );
    }

    #[test]
    fn menu_without_a_database_still_has_its_fixed_items() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        let state = AppState::new(
            Store::open_in(&file.join("d")),
            Box::new(FixedClock::at("2026-11-21T09:30:00Z")),
        );
        assert_eq!(
            menu_content(&state),
            MenuContent {
                steps: Vec::new(),
                tooltip: "Cairn".into(),
                one_thing: None,
            }
        );
    }

    #[test]
    fn the_menu_speaks_german_when_cairn_does() {
        let dir = tempfile::tempdir().unwrap();
        let state = state(&dir);
        let store = state.store().unwrap();
        let goal = create_goal(
            store,
            state.clock(),
            &GoalDraft {
                title: "Thesis".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
        let write = add(&state, &goal, "Absatz schreiben");
        cairn_core::i18n::with_language("de", || {
            assert_eq!(
                menu_content(&state).tooltip,
                "Cairn: heute noch keine Erfolge"
            );
            let words = Labels::now();
            assert_eq!(words.log, "Erfolg notieren…");
            assert_eq!(words.open, "Cairn öffnen");
            assert_eq!(words.pause, "Erinnerungen pausieren");
            assert_eq!(words.pause_hour, "Für 1 Stunde");
            assert_eq!(words.quit, "Cairn beenden");
            let choice = service::focus::Choice::Step(write.clone());
            service::focus::set_one_thing(store, state.clock(), &choice).unwrap();
            assert_eq!(
                menu_content(&state).one_thing,
                Some(OneThingItem::Set {
                    label: "★ Heute zählt: Absatz schreiben".into(),
                    done: false
                })
            );
            service::wins::tick_step(store, state.clock(), &write, WinSource::Tray).unwrap();
            assert_eq!(menu_content(&state).tooltip, "Cairn: heute 1 Erfolg");
        });
        cairn_core::i18n::with_language("es", || {
            assert_eq!(menu_content(&state).tooltip, "Cairn: 1 logro hoy");
            assert_eq!(Labels::now().quit, "Salir de Cairn");
        });
    }
}
