//! A notification server for the tests: the test itself owns
//! `org.freedesktop.Notifications` on its private session bus, records
//! every `Notify` call the app makes, and presses a notification's buttons
//! by emitting `ActionInvoked(id, key)`, as a desktop would. The app's real
//! notify-rust path runs end to end.
//!
//! Start it before launching the app (the app asks who serves
//! notifications when it starts). Dropping it releases the name.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zbus::zvariant::OwnedValue;

use crate::Result;

const PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";

/// One `Notify` call as the app made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notified {
    pub id: u32,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    /// Key, label, key, label, ... as sent.
    pub actions: Vec<String>,
}

impl Notified {
    /// The buttons' labels (without the body-click "default" action).
    pub fn buttons(&self) -> Vec<String> {
        self.actions
            .chunks(2)
            .filter(|pair| pair[0] != "default")
            .map(|pair| pair.get(1).cloned().unwrap_or_default())
            .collect()
    }
}

struct Server {
    calls: Arc<Mutex<Vec<Notified>>>,
    next_id: u32,
    /// Whether it advertises the `actions` capability (buttons).
    actions: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        self.next_id += 1;
        self.calls.lock().unwrap().push(Notified {
            id: self.next_id,
            app_name,
            summary,
            body,
            actions,
        });
        self.next_id
    }

    fn get_capabilities(&self) -> Vec<String> {
        if self.actions {
            vec!["actions".into(), "body".into()]
        } else {
            vec!["body".into()]
        }
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "cairn-test-notifications".into(),
            "cairn".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// The running fake notification server.
pub struct NotificationServer {
    conn: zbus::blocking::Connection,
    calls: Arc<Mutex<Vec<Notified>>>,
}

/// An earlier test's notification may have made the session bus start its
/// own server (dunst, by D-Bus activation) for this private bus; it is ended
/// so this test's server can own the name.
fn stop_other_server() -> Result<()> {
    let bus = zbus::blocking::Connection::session()?;
    let dbus = zbus::blocking::fdo::DBusProxy::new(&bus)?;
    let name = zbus::names::BusName::try_from(INTERFACE)?;
    let Ok(owner) = dbus.get_name_owner(name.clone()) else {
        return Ok(());
    };
    let pid = dbus.get_connection_unix_process_id(owner.into())?;
    std::process::Command::new("kill")
        .arg(pid.to_string())
        .status()?;
    for _ in 0..100 {
        if !dbus.name_has_owner(name.clone())? {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Err("another notification server kept org.freedesktop.Notifications".into())
}

impl NotificationServer {
    /// Owns `org.freedesktop.Notifications` on the session bus.
    pub fn start() -> Result<NotificationServer> {
        Self::start_with(true)
    }

    /// A server whose notifications carry no buttons (no `actions`
    /// capability), like some desktops': Cairn shows its own window then.
    pub fn start_without_actions() -> Result<NotificationServer> {
        Self::start_with(false)
    }

    fn start_with(actions: bool) -> Result<NotificationServer> {
        stop_other_server()?;
        let calls = Arc::new(Mutex::new(Vec::new()));
        let server = Server {
            calls: calls.clone(),
            next_id: 0,
            actions,
        };
        let conn = zbus::blocking::connection::Builder::session()?
            .name(INTERFACE)?
            .serve_at(PATH, server)?
            .build()?;
        Ok(NotificationServer { conn, calls })
    }

    /// Every `Notify` call so far.
    pub fn calls(&self) -> Vec<Notified> {
        self.calls.lock().unwrap().clone()
    }

    /// Waits until at least `n` notifications came; returns them all.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Result<Vec<Notified>> {
        let start = Instant::now();
        loop {
            let calls = self.calls();
            if calls.len() >= n {
                return Ok(calls);
            }
            if start.elapsed() > timeout {
                return Err(format!(
                    "expected {n} notification(s) within {timeout:?}, got {}: {calls:?}",
                    calls.len()
                )
                .into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Presses a notification's button (`done`, `later`, or `default` for a
    /// click on its body).
    pub fn invoke(&self, id: u32, key: &str) -> Result<()> {
        self.conn
            .emit_signal(None::<&str>, PATH, INTERFACE, "ActionInvoked", &(id, key))?;
        // Servers close a notification once an action was invoked.
        self.conn.emit_signal(
            None::<&str>,
            PATH,
            INTERFACE,
            "NotificationClosed",
            &(id, 2u32),
        )?;
        Ok(())
    }
}
