//! The desktop around the app, for tests of the tray, the quick window and
//! the command line: a StatusNotifier tray host on the private session bus
//! (menu items are clicked over com.canonical.dbusmenu, as a panel would),
//! X11 window visibility, key presses through XTEST (as a keyboard makes
//! them, so global grabs see them), and running the `cairn` binary as a CLI.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use zbus::blocking::Connection;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

use crate::{app_binary, DataDir, Result, DATA_DIR_ENV};

const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const WATCHER_PATH: &str = "/StatusNotifierWatcher";
const ITEM_IFACE: &str = "org.kde.StatusNotifierItem";
const MENU_IFACE: &str = "com.canonical.dbusmenu";

/// A StatusNotifierWatcher with a registered host: what a desktop panel
/// provides, so the app's tray icon can appear. Start it before the app.
pub struct TrayHost {
    watcher: Child,
    bus: Connection,
}

impl TrayHost {
    pub fn start() -> Result<TrayHost> {
        let watcher = Command::new("status-notifier-watcher")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start status-notifier-watcher (Debian: haskell-status-notifier-item-utils): {e}"))?;
        let bus = Connection::session()?;
        let host = format!("org.kde.StatusNotifierHost-{}", std::process::id());
        bus.request_name(host.as_str())?;
        wait_until(Duration::from_secs(10), || {
            bus.call_method(
                Some(WATCHER),
                WATCHER_PATH,
                Some(WATCHER),
                "RegisterStatusNotifierHost",
                &(host.as_str(),),
            )
            .is_ok()
        })
        .then_some(())
        .ok_or("the StatusNotifierWatcher did not answer")?;
        Ok(TrayHost { watcher, bus })
    }

    fn items(&self) -> Result<Vec<String>> {
        let reply = self.bus.call_method(
            Some(WATCHER),
            WATCHER_PATH,
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(WATCHER, "RegisteredStatusNotifierItems"),
        )?;
        let value: OwnedValue = reply.body().deserialize()?;
        Ok(Vec::<String>::try_from(value)?)
    }

    /// The app's tray item, once it has registered (bus name, object path).
    pub fn wait_for_item(&self, timeout: Duration) -> Result<TrayItem<'_>> {
        let mut found = None;
        wait_until(timeout, || {
            found = self.items().ok().and_then(|items| items.into_iter().next());
            found.is_some()
        })
        .then_some(())
        .ok_or("no tray item registered with the watcher")?;
        let item = found.unwrap_or_default();
        let (service, path) = match item.find('/') {
            Some(i) => (item[..i].to_owned(), item[i..].to_owned()),
            None => (item.clone(), "/StatusNotifierItem".to_owned()),
        };
        Ok(TrayItem {
            bus: &self.bus,
            service,
            path,
        })
    }
}

impl Drop for TrayHost {
    fn drop(&mut self) {
        let _ = self.watcher.kill();
        let _ = self.watcher.wait();
    }
}

/// The app's StatusNotifierItem on the bus.
pub struct TrayItem<'a> {
    bus: &'a Connection,
    service: String,
    path: String,
}

/// A dbusmenu layout node: (id, properties, children).
type MenuNode = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);
/// A StatusNotifierItem tooltip: (icon name, pixmaps, title, description).
type ToolTip = (String, Vec<(i32, i32, Vec<u8>)>, String, String);

/// One entry of the tray menu.
#[derive(Debug, Clone, PartialEq)]
pub struct MenuEntry {
    pub id: i32,
    pub label: String,
}

impl TrayItem<'_> {
    fn property(&self, name: &str) -> Result<OwnedValue> {
        let reply = self.bus.call_method(
            Some(self.service.as_str()),
            self.path.as_str(),
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(ITEM_IFACE, name),
        )?;
        Ok(reply.body().deserialize()?)
    }

    fn menu_path(&self) -> Result<OwnedObjectPath> {
        Ok(OwnedObjectPath::try_from(self.property("Menu")?)?)
    }

    /// The tooltip's description text.
    pub fn tooltip(&self) -> Result<String> {
        let value = self.property("ToolTip")?;
        // (icon name, icon pixmaps, title, description)
        let (_, _, title, description): ToolTip = value.try_into()?;
        Ok(if description.is_empty() {
            title
        } else {
            description
        })
    }

    /// Every labelled entry of the menu, depth first.
    pub fn menu(&self) -> Result<Vec<MenuEntry>> {
        let path = self.menu_path()?;
        let reply = self.bus.call_method(
            Some(self.service.as_str()),
            path.as_str(),
            Some(MENU_IFACE),
            "GetLayout",
            &(0i32, -1i32, Vec::<String>::new()),
        )?;
        let (_revision, layout): (u32, MenuNode) = reply.body().deserialize()?;
        let mut out = Vec::new();
        walk(&layout, &mut out)?;
        Ok(out)
    }

    /// Waits for a menu entry whose label contains `label`.
    pub fn wait_for_entry(&self, label: &str, timeout: Duration) -> Result<MenuEntry> {
        let mut found = None;
        let mut last = Vec::new();
        let waited = wait_until(timeout, || {
            last = self.menu().unwrap_or_default();
            found = last.iter().find(|e| e.label.contains(label)).cloned();
            found.is_some()
        });
        match (waited, found) {
            (true, Some(entry)) => Ok(entry),
            _ => Err(format!(
                "no tray menu entry with {label:?}; the menu has {:?}",
                labels(&last)
            )
            .into()),
        }
    }

    /// Clicks the menu entry whose label contains `label`.
    pub fn click(&self, label: &str) -> Result<()> {
        let entry = self.wait_for_entry(label, Duration::from_secs(10))?;
        let path = self.menu_path()?;
        self.bus.call_method(
            Some(self.service.as_str()),
            path.as_str(),
            Some(MENU_IFACE),
            "Event",
            &(entry.id, "clicked", Value::from(0i32), 0u32),
        )?;
        Ok(())
    }

    /// A left click on the icon itself.
    pub fn activate(&self) -> Result<()> {
        self.bus.call_method(
            Some(self.service.as_str()),
            self.path.as_str(),
            Some(ITEM_IFACE),
            "Activate",
            &(10i32, 10i32),
        )?;
        Ok(())
    }
}

fn labels(entries: &[MenuEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.label.as_str()).collect()
}

fn walk(node: &MenuNode, out: &mut Vec<MenuEntry>) -> Result<()> {
    let (id, props, children) = node;
    if let Some(label) = props.get("label") {
        let label = String::try_from(label.try_clone()?)?;
        out.push(MenuEntry {
            id: *id,
            label: label.replace('_', ""),
        });
    }
    for child in children {
        let child: MenuNode = child.try_clone()?.try_into()?;
        walk(&child, out)?;
    }
    Ok(())
}

/// Polls `check` every 50 ms until it holds (`true`) or `timeout` passes.
pub fn wait_until(timeout: Duration, mut check: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if check() {
            return true;
        }
        if start.elapsed() > timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Whether an X11 window with exactly this title is mapped (shown).
pub fn window_visible(title: &str) -> Result<bool> {
    let out = Command::new("xwininfo").args(["-name", title]).output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text.contains("Map State: IsViewable"))
}

/// Waits until the window titled `title` is shown (`true`) or hidden.
pub fn wait_window_visible(title: &str, visible: bool, timeout: Duration) -> Result<()> {
    if wait_until(timeout, || window_visible(title).ok() == Some(visible)) {
        Ok(())
    } else {
        let state = if visible { "visible" } else { "hidden" };
        Err(format!("the window {title:?} did not become {state}").into())
    }
}

/// Runs the `cairn` binary as a command-line tool on `data`.
pub fn cairn_cli(data: &DataDir, args: &[&str]) -> Result<Output> {
    Ok(Command::new(app_binary()?)
        .args(args)
        .env(DATA_DIR_ENV, data.path())
        .stdin(Stdio::null())
        .output()?)
}

/// Starts the `cairn` binary directly (not through WebDriver).
pub fn spawn_cairn(data_dir: &Path) -> Result<Child> {
    Ok(Command::new(app_binary()?)
        .env(DATA_DIR_ENV, data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?)
}

/// The key code that makes `keysym` on the X server's keyboard.
fn keycode(conn: &x11rb::rust_connection::RustConnection, keysym: u32) -> Result<u8> {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::ConnectionExt as _;
    let (min, max) = (conn.setup().min_keycode, conn.setup().max_keycode);
    let map = conn.get_keyboard_mapping(min, max - min + 1)?.reply()?;
    let per = usize::from(map.keysyms_per_keycode.max(1));
    let index = map
        .keysyms
        .chunks(per)
        .position(|syms| syms.contains(&keysym))
        .ok_or_else(|| format!("no key makes keysym {keysym:#x}"))?;
    Ok(min + u8::try_from(index)?)
}

/// Presses `keysyms` together on the X server's keyboard (XTEST), then
/// releases them in reverse order: `press_keys(&[CONTROL_L, ALT_L, 'w' as
/// u32])` is Ctrl+Alt+W as a person types it.
pub fn press_keys(keysyms: &[u32]) -> Result<()> {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{KEY_PRESS_EVENT, KEY_RELEASE_EVENT};
    use x11rb::protocol::xtest::ConnectionExt as _;
    use x11rb::wrapper::ConnectionExt as _;
    let (conn, screen) = x11rb::connect(None)?;
    let root = conn.setup().roots[screen].root;
    let codes = keysyms
        .iter()
        .map(|k| keycode(&conn, *k))
        .collect::<Result<Vec<u8>>>()?;
    for code in &codes {
        conn.xtest_fake_input(KEY_PRESS_EVENT, *code, 0, root, 0, 0, 0)?;
    }
    for code in codes.iter().rev() {
        conn.xtest_fake_input(KEY_RELEASE_EVENT, *code, 0, root, 0, 0, 0)?;
    }
    conn.sync()?;
    Ok(())
}

/// X11 keysyms of the modifier keys, for `press_keys`.
pub const CONTROL_L: u32 = 0xffe3;
pub const ALT_L: u32 = 0xffe9;

/// Holds `Ctrl+Alt+<key>` on the X server, as another program holding that
/// shortcut does, until dropped (the grab lives as long as the connection).
pub struct TakenShortcut {
    _connection: x11rb::rust_connection::RustConnection,
}

impl TakenShortcut {
    pub fn grab(key: char) -> Result<TakenShortcut> {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{ConnectionExt as _, GrabMode, ModMask};
        let (conn, screen) = x11rb::connect(None)?;
        let root = conn.setup().roots[screen].root;
        let code = keycode(&conn, u32::from(key))?;
        conn.grab_key(
            false,
            root,
            ModMask::CONTROL | ModMask::M1,
            code,
            GrabMode::ASYNC,
            GrabMode::ASYNC,
        )?
        .check()?;
        Ok(TakenShortcut { _connection: conn })
    }
}
