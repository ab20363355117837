//! The Tauri commands: each parses its input, calls one service function and
//! returns a DTO. Commands that only touch the database run off the main
//! thread (`async`), so they never wait behind window work, nor hold it up.
//! DTOs are the UI's shapes (camelCase), kept apart from the domain types.
//! Command names are the `invoke` strings in `ui/api.js`.

use chrono::{DateTime, NaiveDate, SecondsFormat, TimeZone, Utc};
use std::sync::OnceLock;

use serde::{de::DeserializeOwned, Deserialize, Deserializer, Serialize};
use tauri::State;

use crate::clock::Clock;
use crate::domain::{Goal, GoalId, GoalStatus, Step, StepId, WinId, WinSource};
use crate::error::{Error, Result};
use crate::service::{
    self, goals::GoalDraft, steps::CadenceDraft, steps::StepDraft, wins::WinDraft,
};
use crate::store::wins::{Cursor, WinRecord};
use crate::store::Store;

pub mod chronicle;
pub mod data;
pub mod desktop;
pub mod stacks;

/// Told after every successful write, so that every window and the tray
/// can show the new state. The app emits an event; tests record or ignore.
pub trait ChangeListener: Send + Sync {
    fn data_changed(&self);
}

/// A listener that does nothing (tests, and before the app is set up).
pub struct NoListener;

impl ChangeListener for NoListener {
    fn data_changed(&self) {}
}

/// What every command shares: the database (or why it could not be
/// opened), the clock, and who to tell about changes.
pub struct AppState {
    /// Set once: at once in tests, by the opening thread in the app (the
    /// database opens and is checked while the web view starts).
    store: OnceLock<Result<Store>>,
    clock: Box<dyn Clock>,
    listener: Box<dyn ChangeListener>,
}

impl AppState {
    pub fn new(store: Result<Store>, clock: Box<dyn Clock>) -> Self {
        let state = AppState::opening(clock);
        state.set_store(store);
        state
    }

    /// A state whose database is still opening: [`AppState::store`] waits
    /// until [`AppState::set_store`] is called.
    pub fn opening(clock: Box<dyn Clock>) -> Self {
        AppState {
            store: OnceLock::new(),
            clock,
            listener: Box::new(NoListener),
        }
    }

    /// Hands over the opened database (or why it could not open); only the
    /// first call counts.
    pub fn set_store(&self, store: Result<Store>) {
        let _ = self.store.set(store);
    }

    pub fn with_listener(mut self, listener: Box<dyn ChangeListener>) -> Self {
        self.listener = listener;
        self
    }

    /// Passes a write's result through, telling the listener when it worked.
    pub fn changed<T>(&self, result: Result<T>) -> Result<T> {
        if result.is_ok() {
            self.listener.data_changed();
        }
        result
    }

    /// The open database, or the reason it could not be opened at start.
    /// Waits while it is still opening (the first moments after launch).
    pub fn store(&self) -> Result<&Store> {
        self.store.wait().as_ref().map_err(Clone::clone)
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
}

/// A command argument that never fails to deserialize: malformed input (a
/// number where an id belongs, a missing field) becomes Cairn's own
/// validation error instead of Tauri's untyped string.
pub struct Input<T>(std::result::Result<T, String>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Input<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Ok(Input(
            serde_json::from_value(value).map_err(|e| e.to_string()),
        ))
    }
}

impl<T> Input<T> {
    fn get(self) -> Result<T> {
        self.0.map_err(|detail| {
            tracing::warn!(%detail, "malformed command input");
            Error::Validation(
                "Cairn could not read that request: a field is missing or has the wrong type. Reload the window and try again."
                    .into(),
            )
        })
    }
}

// ---- DTOs -------------------------------------------------------------

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CadenceDto {
    pub kind: String,
    #[serde(default)]
    pub times_per_week: Option<i64>,
    #[serde(default)]
    pub weekdays: Vec<i64>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct StepDto {
    pub id: String,
    pub goal_id: Option<String>,
    pub title: String,
    pub cadence: CadenceDto,
    pub minutes: Option<u16>,
    pub position: i64,
    pub archived: bool,
}

impl From<Step> for StepDto {
    fn from(s: Step) -> Self {
        use crate::domain::Cadence;
        StepDto {
            id: s.id.to_string(),
            goal_id: s.goal_id.map(|g| g.to_string()),
            title: s.title,
            cadence: CadenceDto {
                kind: s.cadence.kind().into(),
                times_per_week: match s.cadence {
                    Cadence::TimesPerWeek(n) => Some(n.into()),
                    _ => None,
                },
                weekdays: match s.cadence {
                    Cadence::Weekdays(days) => days.days().into_iter().map(i64::from).collect(),
                    _ => Vec::new(),
                },
            },
            minutes: s.minutes,
            position: s.position,
            archived: s.archived,
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct GoalDto {
    pub id: String,
    pub title: String,
    pub why: String,
    pub success: String,
    pub status: &'static str,
    pub colour: String,
    pub position: i64,
    /// Present in the goals list; empty elsewhere.
    pub steps: Vec<StepDto>,
}

impl From<Goal> for GoalDto {
    fn from(g: Goal) -> Self {
        GoalDto {
            id: g.id.to_string(),
            title: g.title,
            why: g.why,
            success: g.success,
            status: g.status.as_str(),
            colour: g.colour,
            position: g.position,
            steps: Vec::new(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WinDto {
    pub id: String,
    pub text: String,
    pub note: String,
    /// RFC 3339, UTC.
    pub logged_at: String,
    /// `YYYY-MM-DD`, the person's day when it was logged.
    pub local_date: String,
    pub goal_id: Option<String>,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
    pub step_id: Option<String>,
    pub step_title: Option<String>,
    pub source: &'static str,
}

impl From<WinRecord> for WinDto {
    fn from(r: WinRecord) -> Self {
        WinDto {
            id: r.win.id.to_string(),
            text: r.win.text,
            note: r.win.note,
            logged_at: r.win.logged_at.to_rfc3339_opts(SecondsFormat::Millis, true),
            local_date: r.win.local_date.to_string(),
            goal_id: r.win.goal_id.map(|g| g.to_string()),
            goal_title: r.goal_title,
            goal_colour: r.goal_colour,
            step_id: r.win.step_id.map(|s| s.to_string()),
            step_title: r.step_title,
            source: r.win.source.as_str(),
        }
    }
}

/// A win just logged, with the milestones it reached (each sent once, for
/// the celebration).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoggedDto {
    #[serde(flatten)]
    pub win: WinDto,
    pub milestones: Vec<chronicle::MilestoneDto>,
}

impl From<service::wins::Logged> for LoggedDto {
    fn from(l: service::wins::Logged) -> Self {
        LoggedDto {
            win: l.record.into(),
            milestones: l.milestones.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct GoalTodayDto {
    pub goal: GoalDto,
    pub next_step: Option<StepDto>,
    pub step_count: usize,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct OpenStepDto {
    pub step: StepDto,
    pub goal_title: Option<String>,
    pub goal_colour: Option<String>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct TodayDto {
    pub date: String,
    pub goals: Vec<GoalTodayDto>,
    pub open_steps: Vec<OpenStepDto>,
    pub wins: Vec<WinDto>,
}

#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct WinPageDto {
    pub wins: Vec<WinDto>,
    /// Pass back as `after` for the next page; `null` at the end.
    pub next: Option<String>,
}

// ---- inputs -----------------------------------------------------------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GoalInput {
    #[serde(default)]
    id: Option<String>,
    title: String,
    #[serde(default)]
    why: String,
    #[serde(default)]
    success: String,
    #[serde(default)]
    colour: Option<String>,
}

impl GoalInput {
    fn draft(&self) -> GoalDraft {
        GoalDraft {
            title: self.title.clone(),
            why: self.why.clone(),
            success: self.success.clone(),
            colour: self.colour.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusInput {
    id: String,
    status: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MoveInput {
    id: String,
    to: usize,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepInput {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    goal_id: Option<String>,
    title: String,
    cadence: CadenceDto,
    #[serde(default)]
    minutes: Option<i64>,
}

impl StepInput {
    fn draft(&self) -> StepDraft {
        StepDraft {
            title: self.title.clone(),
            cadence: CadenceDraft {
                kind: self.cadence.kind.clone(),
                times_per_week: self.cadence.times_per_week,
                weekdays: self.cadence.weekdays.clone(),
            },
            minutes: self.minutes,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArchiveInput {
    id: String,
    archived: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WinInput {
    #[serde(default)]
    text: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    goal_id: Option<String>,
    #[serde(default)]
    step_id: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IdInput {
    id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TickInput {
    id: String,
    #[serde(default)]
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WinEditInput {
    id: String,
    text: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInput {
    #[serde(default)]
    after: Option<String>,
    #[serde(default = "default_page")]
    limit: usize,
}

fn default_page() -> usize {
    50
}

/// Where the UI may log from; the other sources belong to other doors.
fn ui_source(source: Option<&str>) -> Result<WinSource> {
    match source.map(WinSource::parse).transpose()? {
        None => Ok(WinSource::Window),
        Some(
            s @ (WinSource::Window
            | WinSource::Quick
            | WinSource::Tray
            | WinSource::Shortcut
            | WinSource::Reminder),
        ) => Ok(s),
        Some(_) => Err(Error::Validation(
            "That source cannot be used from the window.".into(),
        )),
    }
}

fn required_id(id: Option<&String>) -> Result<&str> {
    id.map(String::as_str).ok_or_else(|| {
        Error::Validation(
            "Cairn could not read that request: the id is missing. Reload the window.".into(),
        )
    })
}

/// The wins list cursor travels to the UI as one opaque string.
fn cursor_to_text(c: &Cursor) -> String {
    format!(
        "{}|{}|{}",
        c.local_date,
        c.logged_at.timestamp_millis(),
        c.id
    )
}

fn cursor_from_text(text: &str) -> Result<Cursor> {
    let bad =
        || Error::Validation("That page of wins is not valid any more. Reload the list.".into());
    let mut parts = text.splitn(3, '|');
    let (Some(day), Some(ms), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let local_date: NaiveDate = day.parse().map_err(|_| bad())?;
    let ms: i64 = ms.parse().map_err(|_| bad())?;
    let logged_at: DateTime<Utc> = Utc.timestamp_millis_opt(ms).single().ok_or_else(bad)?;
    Ok(Cursor {
        local_date,
        logged_at,
        id: WinId::parse(id).map_err(|_| bad())?,
    })
}

// ---- commands ---------------------------------------------------------

#[tauri::command(async)]
pub fn today(state: State<'_, AppState>) -> Result<TodayDto> {
    service::today::today(state.store()?, state.clock()).map(Into::into)
}

impl From<service::today::TodayView> for TodayDto {
    fn from(view: service::today::TodayView) -> Self {
        TodayDto {
            date: view.date.to_string(),
            goals: view
                .goals
                .into_iter()
                .map(|g| GoalTodayDto {
                    goal: g.goal.into(),
                    next_step: g.next_step.map(Into::into),
                    step_count: g.step_count,
                })
                .collect(),
            open_steps: view
                .open_steps
                .into_iter()
                .map(|o| OpenStepDto {
                    step: o.step.into(),
                    goal_title: o.goal_title,
                    goal_colour: o.goal_colour,
                })
                .collect(),
            wins: view.wins.into_iter().map(Into::into).collect(),
        }
    }
}

#[tauri::command(async)]
pub fn list_goals(state: State<'_, AppState>) -> Result<Vec<GoalDto>> {
    Ok(service::goals::list_goals(state.store()?)?
        .into_iter()
        .map(|gs| GoalDto {
            steps: gs.steps.into_iter().map(Into::into).collect(),
            ..gs.goal.into()
        })
        .collect())
}

#[tauri::command(async)]
pub fn create_goal(state: State<'_, AppState>, input: Input<GoalInput>) -> Result<GoalDto> {
    let input = input.get()?;
    state.changed(
        service::goals::create_goal(state.store()?, state.clock(), &input.draft()).map(Into::into),
    )
}

#[tauri::command(async)]
pub fn update_goal(state: State<'_, AppState>, input: Input<GoalInput>) -> Result<GoalDto> {
    let input = input.get()?;
    let id = GoalId::parse(required_id(input.id.as_ref())?)?;
    state.changed(
        service::goals::update_goal(state.store()?, state.clock(), &id, &input.draft())
            .map(Into::into),
    )
}

#[tauri::command(async)]
pub fn set_goal_status(state: State<'_, AppState>, input: Input<StatusInput>) -> Result<GoalDto> {
    let input = input.get()?;
    let (id, status) = (GoalId::parse(&input.id)?, GoalStatus::parse(&input.status)?);
    state.changed(
        service::goals::set_goal_status(state.store()?, state.clock(), &id, status).map(Into::into),
    )
}

#[tauri::command(async)]
pub fn move_goal(state: State<'_, AppState>, input: Input<MoveInput>) -> Result<()> {
    let input = input.get()?;
    state.changed(
        service::goals::move_goal(state.store()?, &GoalId::parse(&input.id)?, input.to).map(drop),
    )
}

#[tauri::command(async)]
pub fn add_step(state: State<'_, AppState>, input: Input<StepInput>) -> Result<StepDto> {
    let input = input.get()?;
    let goal = input.goal_id.as_deref().map(GoalId::parse).transpose()?;
    state
        .changed(service::steps::add_step(
            state.store()?,
            state.clock(),
            goal.as_ref(),
            &input.draft(),
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn update_step(state: State<'_, AppState>, input: Input<StepInput>) -> Result<StepDto> {
    let input = input.get()?;
    let id = StepId::parse(required_id(input.id.as_ref())?)?;
    state.changed(
        service::steps::update_step(state.store()?, state.clock(), &id, &input.draft())
            .map(Into::into),
    )
}

#[tauri::command(async)]
pub fn set_step_archived(
    state: State<'_, AppState>,
    input: Input<ArchiveInput>,
) -> Result<StepDto> {
    let input = input.get()?;
    let id = StepId::parse(&input.id)?;
    state
        .changed(service::steps::set_step_archived(
            state.store()?,
            state.clock(),
            &id,
            input.archived,
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn move_step(state: State<'_, AppState>, input: Input<MoveInput>) -> Result<()> {
    let input = input.get()?;
    state.changed(
        service::steps::move_step(state.store()?, &StepId::parse(&input.id)?, input.to).map(drop),
    )
}

#[tauri::command(async)]
pub fn log_win(state: State<'_, AppState>, input: Input<WinInput>) -> Result<LoggedDto> {
    let input = input.get()?;
    let draft = WinDraft {
        text: input.text,
        note: input.note,
        goal: input.goal_id.as_deref().map(GoalId::parse).transpose()?,
        step: input.step_id.as_deref().map(StepId::parse).transpose()?,
        source: ui_source(input.source.as_deref())?,
    };
    state.changed(service::wins::log_win(state.store()?, state.clock(), &draft).map(Into::into))
}

#[tauri::command(async)]
pub fn tick_step(state: State<'_, AppState>, input: Input<TickInput>) -> Result<LoggedDto> {
    let input = input.get()?;
    let id = StepId::parse(&input.id)?;
    let source = ui_source(input.source.as_deref())?;
    state.changed(
        service::wins::tick_step(state.store()?, state.clock(), &id, source).map(Into::into),
    )
}

#[tauri::command(async)]
pub fn edit_win(state: State<'_, AppState>, input: Input<WinEditInput>) -> Result<WinDto> {
    let input = input.get()?;
    let id = WinId::parse(&input.id)?;
    state
        .changed(service::wins::edit_win(
            state.store()?,
            state.clock(),
            &id,
            &input.text,
            &input.note,
        ))
        .map(Into::into)
}

#[tauri::command(async)]
pub fn delete_win(state: State<'_, AppState>, input: Input<IdInput>) -> Result<()> {
    let id = WinId::parse(&input.get()?.id)?;
    state.changed(service::wins::delete_win(
        state.store()?,
        state.clock(),
        &id,
    ))
}

#[tauri::command(async)]
pub fn undo_delete_win(state: State<'_, AppState>, input: Input<IdInput>) -> Result<WinDto> {
    let id = WinId::parse(&input.get()?.id)?;
    state
        .changed(service::wins::undo_delete_win(state.store()?, state.clock(), &id).map(Into::into))
}

#[tauri::command(async)]
pub fn list_wins(state: State<'_, AppState>, input: Input<PageInput>) -> Result<WinPageDto> {
    let input = input.get()?;
    let after = input.after.as_deref().map(cursor_from_text).transpose()?;
    let page = service::wins::list_wins(state.store()?, after.as_ref(), input.limit)?;
    Ok(WinPageDto {
        wins: page.wins.into_iter().map(Into::into).collect(),
        next: page.next.as_ref().map(cursor_to_text),
    })
}

/// The UI calls this once its first frame with data is painted; with
/// `--measure-startup` the time since launch is printed and the app exits.
/// Otherwise the work deferred past the first frame starts now.
#[tauri::command]
pub fn first_frame<R: tauri::Runtime>(app: tauri::AppHandle<R>, page: Option<String>) {
    crate::startup::first_frame(page.as_deref().unwrap_or(""));
    crate::note_ready(&app, crate::startup::Ready::FirstFrame);
}

#[cfg(test)]
mod tests {
    //! Commands through Tauri's mock runtime: the real IPC path, JSON in and
    //! out, with a fixed clock and a store on a real file.
    use super::*;
    use crate::clock::FixedClock;
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
    use tauri::webview::InvokeRequest;

    struct Harness {
        _dir: tempfile::TempDir,
        webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
        _app: tauri::App<tauri::test::MockRuntime>,
    }

    fn harness() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path());
        let clock = FixedClock::at("2026-11-21T09:30:00+01:00");
        let app = crate::with_commands(mock_builder())
            .manage(AppState::new(store, Box::new(clock)))
            .build(mock_context(noop_assets()))
            .unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        Harness {
            _dir: dir,
            webview,
            _app: app,
        }
    }

    fn call(h: &Harness, cmd: &str, args: Value) -> std::result::Result<Value, Value> {
        get_ipc_response(
            &h.webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().unwrap())
    }

    #[test]
    fn goal_step_tick_and_today_through_ipc() {
        let h = harness();
        let goal = call(
            &h,
            "create_goal",
            json!({"input": {"title": "Submit the thesis", "why": "To finish"}}),
        )
        .unwrap();
        let step = call(
            &h,
            "add_step",
            json!({"input": {"goalId": goal["id"], "title": "Write one paragraph",
                             "cadence": {"kind": "daily"}, "minutes": 1}}),
        )
        .unwrap();
        assert_eq!(
            step["cadence"],
            json!({"kind": "daily", "timesPerWeek": null, "weekdays": []})
        );

        let today = call(&h, "today", json!({})).unwrap();
        assert_eq!(today["date"], "2026-11-21");
        assert_eq!(
            today["goals"][0]["nextStep"]["title"],
            "Write one paragraph"
        );

        let win = call(&h, "tick_step", json!({"input": {"id": step["id"]}})).unwrap();
        assert_eq!(win["goalTitle"], "Submit the thesis");
        assert_eq!(win["localDate"], "2026-11-21");
        assert_eq!(win["loggedAt"], "2026-11-21T08:30:00.000Z");

        let today = call(&h, "today", json!({})).unwrap();
        assert_eq!(today["goals"][0]["nextStep"], Value::Null);
        assert_eq!(today["wins"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn errors_arrive_as_kind_and_message() {
        let h = harness();
        let err = call(&h, "create_goal", json!({"input": {"title": "   "}})).unwrap_err();
        assert_eq!(err["kind"], "validation");
        assert!(err["message"].as_str().unwrap().contains("empty"));

        // A goal id of the wrong type from the UI.
        let err = call(
            &h,
            "set_goal_status",
            json!({"input": {"id": 42, "status": "paused"}}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "validation");
        let err = call(
            &h,
            "set_goal_status",
            json!({"input": {"id": "42", "status": "paused"}}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "validation");
        let ghost = crate::store::new_id();
        let err = call(
            &h,
            "set_goal_status",
            json!({"input": {"id": ghost, "status": "paused"}}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "notFound");

        let err = call(
            &h,
            "log_win",
            json!({"input": {"text": "x", "source": "import"}}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "validation");

        assert!(call(&h, "list_goals", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty());
        let page = call(&h, "list_wins", json!({"input": {}})).unwrap();
        assert!(page["wins"].as_array().unwrap().is_empty());
    }

    #[test]
    fn wins_page_through_the_cursor() {
        let h = harness();
        for i in 0..3 {
            call(
                &h,
                "log_win",
                json!({"input": {"text": format!("win {i}")}}),
            )
            .unwrap();
        }
        let first = call(&h, "list_wins", json!({"input": {"limit": 2}})).unwrap();
        assert_eq!(first["wins"].as_array().unwrap().len(), 2);
        let next = first["next"].as_str().unwrap().to_owned();
        let second = call(
            &h,
            "list_wins",
            json!({"input": {"limit": 2, "after": next}}),
        )
        .unwrap();
        assert_eq!(second["wins"].as_array().unwrap().len(), 1);
        assert_eq!(second["next"], Value::Null);
        let err = call(&h, "list_wins", json!({"input": {"after": "garbage"}})).unwrap_err();
        assert_eq!(err["kind"], "validation");
    }

    #[test]
    fn a_database_that_failed_to_open_answers_every_command_with_its_reason() {
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("junk");
        std::fs::write(&junk, "x").unwrap();
        let store = Store::open_in(&junk.join("data"));
        assert!(store.is_err());
        let app = crate::with_commands(mock_builder())
            .manage(AppState::new(
                store,
                Box::new(FixedClock::at("2026-11-21T09:30:00Z")),
            ))
            .build(mock_context(noop_assets()))
            .unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        let h = Harness {
            _dir: dir,
            webview,
            _app: app,
        };
        let err = call(&h, "today", json!({})).unwrap_err();
        assert_eq!(err["kind"], "storage");
        assert!(err["message"].as_str().unwrap().contains("CAIRN_DATA_DIR"));
    }
}
