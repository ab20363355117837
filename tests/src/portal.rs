//! A desktop portal for the tests: the test owns
//! `org.freedesktop.portal.Desktop` on its private session bus and serves
//! `org.freedesktop.portal.GlobalShortcuts` at
//! `/org/freedesktop/portal/desktop`, as xdg-desktop-portal does on KDE
//! Plasma 6 or GNOME 48, so the app's real portal path runs end to end.
//!
//! The handshake follows the portal's documents: each method returns the
//! path of a Request object, `/org/freedesktop/portal/desktop/request/
//! SENDER/TOKEN` (SENDER: the caller's unique name without its `:` and with
//! `.` as `_`; TOKEN: the caller's `handle_token` option), and answers with
//! `org.freedesktop.portal.Request.Response(u response, a{sv} results)`
//! emitted on that path. `CreateSession` names the session
//! `/org/freedesktop/portal/desktop/session/SENDER/TOKEN` from the
//! `session_handle_token` option and serves `org.freedesktop.portal.Session`
//! there (its `Close`). [`FakePortal::activate`] emits `Activated(o
//! session_handle, s shortcut_id, t timestamp, a{sv} options)`, as the
//! desktop does when the keys are pressed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zbus::message::Header;
use zbus::object_server::SignalEmitter;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, OwnedValue, Value};

use crate::Result;

const NAME: &str = "org.freedesktop.portal.Desktop";
const PATH: &str = "/org/freedesktop/portal/desktop";
const INTERFACE: &str = "org.freedesktop.portal.GlobalShortcuts";

/// One `BindShortcuts` call: the session and the shortcuts as asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub session: String,
    /// `(id, description, preferred_trigger)` for each shortcut.
    pub shortcuts: Vec<(String, String, Option<String>)>,
}

#[derive(Default)]
struct Record {
    sessions: Vec<String>,
    closed: Vec<String>,
    bound: Vec<Bound>,
    /// Answer `BindShortcuts` with "cancelled", as when the person says no.
    refuse: bool,
}

struct GlobalShortcuts {
    record: Arc<Mutex<Record>>,
}

/// The caller's part of a request or session path.
fn sender_part(header: &Header<'_>) -> String {
    header
        .sender()
        .map(|s| s.trim_start_matches(':').replace('.', "_"))
        .unwrap_or_default()
}

fn token(options: &HashMap<String, OwnedValue>, key: &str) -> String {
    options
        .get(key)
        .and_then(|v| v.downcast_ref::<String>().ok())
        .unwrap_or_else(|| "t".into())
}

fn request_path(
    header: &Header<'_>,
    options: &HashMap<String, OwnedValue>,
) -> Result<OwnedObjectPath> {
    Ok(ObjectPath::try_from(format!(
        "{PATH}/request/{}/{}",
        sender_part(header),
        token(options, "handle_token")
    ))?
    .into())
}

/// Answers a request: `Response(0 = success, results)` on its path.
async fn respond(
    conn: &zbus::Connection,
    request: &OwnedObjectPath,
    results: HashMap<&str, Value<'_>>,
) -> zbus::fdo::Result<()> {
    respond_with(conn, request, 0, results).await
}

/// `Response(code, results)`: 0 success, 1 cancelled, 2 other.
async fn respond_with(
    conn: &zbus::Connection,
    request: &OwnedObjectPath,
    code: u32,
    results: HashMap<&str, Value<'_>>,
) -> zbus::fdo::Result<()> {
    conn.emit_signal(
        None::<&str>,
        request.as_str(),
        "org.freedesktop.portal.Request",
        "Response",
        &(code, results),
    )
    .await
    .map_err(|e| zbus::fdo::Error::Failed(e.to_string()))
}

/// The shortcuts as the desktop describes them back.
fn described(shortcuts: &[(String, String, Option<String>)]) -> Value<'static> {
    let list: Vec<(String, HashMap<String, Value<'static>>)> = shortcuts
        .iter()
        .map(|(id, description, trigger)| {
            let mut info = HashMap::new();
            info.insert("description".to_owned(), Value::from(description.clone()));
            info.insert(
                "trigger_description".to_owned(),
                Value::from(trigger.clone().unwrap_or_default()),
            );
            (id.clone(), info)
        })
        .collect();
    Value::from(list)
}

fn failed(e: impl std::fmt::Display) -> zbus::fdo::Error {
    zbus::fdo::Error::Failed(e.to_string())
}

#[zbus::interface(name = "org.freedesktop.portal.GlobalShortcuts")]
impl GlobalShortcuts {
    #[zbus(property)]
    fn version(&self) -> u32 {
        1
    }

    async fn create_session(
        &self,
        options: HashMap<String, OwnedValue>,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &zbus::Connection,
        #[zbus(object_server)] server: &zbus::ObjectServer,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let request = request_path(&header, &options).map_err(failed)?;
        let session = format!(
            "{PATH}/session/{}/{}",
            sender_part(&header),
            token(&options, "session_handle_token")
        );
        server
            .at(
                session.as_str(),
                Session {
                    path: session.clone(),
                    record: self.record.clone(),
                },
            )
            .await?;
        self.record.lock().unwrap().sessions.push(session.clone());
        // xdg-desktop-portal sends the handle as a string (`s`).
        let results = HashMap::from([("session_handle", Value::from(session))]);
        respond(conn, &request, results).await?;
        Ok(request)
    }

    async fn bind_shortcuts(
        &self,
        session_handle: OwnedObjectPath,
        shortcuts: Vec<(String, HashMap<String, OwnedValue>)>,
        _parent_window: String,
        options: HashMap<String, OwnedValue>,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &zbus::Connection,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let request = request_path(&header, &options).map_err(failed)?;
        let shortcuts: Vec<(String, String, Option<String>)> = shortcuts
            .into_iter()
            .map(|(id, info)| {
                let text = |key: &str| info.get(key).and_then(|v| v.downcast_ref::<String>().ok());
                (
                    id,
                    text("description").unwrap_or_default(),
                    text("preferred_trigger"),
                )
            })
            .collect();
        let results = HashMap::from([("shortcuts", described(&shortcuts))]);
        let refuse = {
            let mut record = self.record.lock().unwrap();
            record.bound.push(Bound {
                session: session_handle.to_string(),
                shortcuts,
            });
            record.refuse
        };
        if refuse {
            respond_with(conn, &request, 1, HashMap::new()).await?;
        } else {
            respond(conn, &request, results).await?;
        }
        Ok(request)
    }

    async fn list_shortcuts(
        &self,
        session_handle: OwnedObjectPath,
        options: HashMap<String, OwnedValue>,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] conn: &zbus::Connection,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let request = request_path(&header, &options).map_err(failed)?;
        let shortcuts = self
            .record
            .lock()
            .unwrap()
            .bound
            .iter()
            .rev()
            .find(|b| b.session == session_handle.as_str())
            .map(|b| b.shortcuts.clone())
            .unwrap_or_default();
        respond(
            conn,
            &request,
            HashMap::from([("shortcuts", described(&shortcuts))]),
        )
        .await?;
        Ok(request)
    }

    #[zbus(signal)]
    async fn activated(
        emitter: &SignalEmitter<'_>,
        session_handle: ObjectPath<'_>,
        shortcut_id: &str,
        timestamp: u64,
        options: HashMap<&str, Value<'_>>,
    ) -> zbus::Result<()>;
}

struct Session {
    path: String,
    record: Arc<Mutex<Record>>,
}

#[zbus::interface(name = "org.freedesktop.portal.Session")]
impl Session {
    #[zbus(property)]
    fn version(&self) -> u32 {
        1
    }

    async fn close(
        &self,
        #[zbus(object_server)] server: &zbus::ObjectServer,
    ) -> zbus::fdo::Result<()> {
        self.record.lock().unwrap().closed.push(self.path.clone());
        server.remove::<Session, _>(self.path.as_str()).await?;
        Ok(())
    }
}

/// The running fake portal. Dropping it releases the name.
pub struct FakePortal {
    conn: zbus::blocking::Connection,
    record: Arc<Mutex<Record>>,
}

impl FakePortal {
    /// Owns `org.freedesktop.portal.Desktop` on the session bus.
    pub fn start() -> Result<FakePortal> {
        let record = Arc::new(Mutex::new(Record::default()));
        let conn = zbus::blocking::connection::Builder::session()?
            .name(NAME)?
            .serve_at(
                PATH,
                GlobalShortcuts {
                    record: record.clone(),
                },
            )?
            .build()?;
        Ok(FakePortal { conn, record })
    }

    /// From now on, answers `BindShortcuts` as a person who said no in the
    /// desktop's dialog would (`Response` 1, cancelled).
    pub fn refuse_binding(&self, refuse: bool) {
        self.record.lock().unwrap().refuse = refuse;
    }

    /// Every `BindShortcuts` call so far.
    pub fn bound(&self) -> Vec<Bound> {
        self.record.lock().unwrap().bound.clone()
    }

    /// Sessions the app closed.
    pub fn closed(&self) -> Vec<String> {
        self.record.lock().unwrap().closed.clone()
    }

    /// Waits until at least `n` `BindShortcuts` calls came; returns them all.
    pub fn wait_bound(&self, n: usize, timeout: Duration) -> Result<Vec<Bound>> {
        let start = Instant::now();
        loop {
            let bound = self.bound();
            if bound.len() >= n {
                return Ok(bound);
            }
            if start.elapsed() > timeout {
                return Err(format!(
                    "expected {n} BindShortcuts call(s) within {timeout:?}, got {bound:?}"
                )
                .into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Presses the keys of `shortcut_id` in the latest session bound: emits
    /// `Activated` (then `Deactivated`, as on key release).
    pub fn activate(&self, shortcut_id: &str) -> Result<()> {
        let session = self
            .bound()
            .last()
            .map(|b| b.session.clone())
            .ok_or("no shortcut is bound yet")?;
        let session = ObjectPath::try_from(session.as_str())?;
        let options: HashMap<&str, Value<'_>> = HashMap::new();
        let millis = u64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_millis(),
        )?;
        for signal in ["Activated", "Deactivated"] {
            self.conn.emit_signal(
                None::<&str>,
                PATH,
                INTERFACE,
                signal,
                &(&session, shortcut_id, millis, &options),
            )?;
        }
        Ok(())
    }
}
