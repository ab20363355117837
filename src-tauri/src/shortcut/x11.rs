//! The global shortcut on X11: one passive key grab on the root window and
//! one thread that sleeps in a blocking read until the X server sends the
//! key press.
//!
//! Why not the global-shortcut plugin here: on Linux its `global-hotkey`
//! thread wakes every 50 ms to ask the server for events (20 wakeups a
//! second, all day, with nothing pressed), and a tray app must cost nothing
//! at rest. Windows and macOS keep the plugin, which waits for the system's
//! own events there. The shortcut's text is still parsed by the plugin's
//! `Shortcut`, so every platform accepts the same words.

use std::sync::{Arc, Mutex, PoisonError};

use tauri_plugin_global_shortcut::{Modifiers, Shortcut};
use x11rb::connection::Connection;
use x11rb::errors::ReplyError;
use x11rb::protocol::xproto::{ConnectionExt, GrabMode, Keycode, ModMask, Window};
use x11rb::protocol::{ErrorKind, Event};
use x11rb::rust_connection::RustConnection;

/// Why a shortcut could not be grabbed.
#[derive(Debug, PartialEq, Eq)]
pub enum GrabError {
    /// The key has no X11 keysym Cairn knows, or no key on this keyboard
    /// makes it.
    NoSuchKey,
    /// Another program holds the same combination.
    Taken,
    /// The connection to the X server failed.
    Lost(String),
}

/// One grabbed combination: the key's code and the modifier bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Grab {
    keycode: Keycode,
    mods: u16,
}

/// The connection, the root window and what is grabbed now.
pub struct X11Shortcut {
    conn: Arc<RustConnection>,
    root: Window,
    grabbed: Arc<Mutex<Option<Grab>>>,
}

/// Lock keys the server counts as modifiers: NumLock (Mod2) and CapsLock.
/// A grab matches only its exact modifier state, so each combination is
/// grabbed once per lock state.
const LOCKS: [u16; 4] = [0, NUM_LOCK, CAPS_LOCK, NUM_LOCK | CAPS_LOCK];
const NUM_LOCK: u16 = 1 << 4; // Mod2
const CAPS_LOCK: u16 = 1 << 1; // Lock

impl X11Shortcut {
    /// Connects to the X server of `$DISPLAY` and starts the thread that
    /// calls `on_press` for each press of the grabbed combination.
    pub fn connect(on_press: impl Fn() + Send + 'static) -> Result<X11Shortcut, String> {
        let (conn, screen) = RustConnection::connect(None).map_err(|e| e.to_string())?;
        let root = conn
            .setup()
            .roots
            .get(screen)
            .map(|s| s.root)
            .ok_or("the X server has no such screen")?;
        let conn = Arc::new(conn);
        let grabbed: Arc<Mutex<Option<Grab>>> = Arc::default();
        let (listen_conn, listen_grab) = (conn.clone(), grabbed.clone());
        std::thread::Builder::new()
            .name("x11-shortcut".into())
            .spawn(move || listen(&listen_conn, &listen_grab, on_press))
            .map_err(|e| e.to_string())?;
        Ok(X11Shortcut {
            conn,
            root,
            grabbed,
        })
    }

    /// Grabs `shortcut` in place of the current one. On failure the current
    /// one stays grabbed.
    pub fn grab(&self, shortcut: &Shortcut) -> Result<(), GrabError> {
        let keysym = keysym(shortcut).ok_or(GrabError::NoSuchKey)?;
        let keycode = self.keycode_of(keysym)?.ok_or(GrabError::NoSuchKey)?;
        let new = Grab {
            keycode,
            mods: mod_mask(shortcut.mods),
        };
        let mut grabbed = self.grabbed.lock().unwrap_or_else(PoisonError::into_inner);
        if *grabbed == Some(new) {
            return Ok(());
        }
        self.grab_all(new)?;
        if let Some(old) = grabbed.replace(new) {
            self.ungrab_all(old);
        }
        Ok(())
    }

    /// Grabs `grab` under every lock state, or none of them.
    fn grab_all(&self, grab: Grab) -> Result<(), GrabError> {
        for (done, lock) in LOCKS.iter().enumerate() {
            let result = self
                .conn
                .grab_key(
                    false,
                    self.root,
                    ModMask::from(grab.mods | *lock),
                    grab.keycode,
                    GrabMode::ASYNC,
                    GrabMode::ASYNC,
                )
                .map_err(|e| GrabError::Lost(e.to_string()))
                .and_then(|cookie| cookie.check().map_err(grab_error));
            if let Err(e) = result {
                for lock in &LOCKS[..done] {
                    let _ = self.conn.ungrab_key(
                        grab.keycode,
                        self.root,
                        ModMask::from(grab.mods | *lock),
                    );
                }
                let _ = self.conn.flush();
                return Err(e);
            }
        }
        Ok(())
    }

    fn ungrab_all(&self, grab: Grab) {
        for lock in LOCKS {
            let _ = self
                .conn
                .ungrab_key(grab.keycode, self.root, ModMask::from(grab.mods | lock));
        }
        let _ = self.conn.flush();
    }

    /// The first key code whose symbols include `keysym`.
    fn keycode_of(&self, keysym: u32) -> Result<Option<Keycode>, GrabError> {
        let setup = self.conn.setup();
        let (min, max) = (setup.min_keycode, setup.max_keycode);
        let map = self
            .conn
            .get_keyboard_mapping(min, max - min + 1)
            .map_err(|e| GrabError::Lost(e.to_string()))?
            .reply()
            .map_err(|e| GrabError::Lost(e.to_string()))?;
        let per = usize::from(map.keysyms_per_keycode.max(1));
        Ok(map
            .keysyms
            .chunks(per)
            .position(|syms| syms.contains(&keysym))
            .and_then(|i| u8::try_from(i).ok())
            .map(|i| min + i))
    }
}

fn grab_error(e: ReplyError) -> GrabError {
    match e {
        ReplyError::X11Error(x) if x.error_kind == ErrorKind::Access => GrabError::Taken,
        other => GrabError::Lost(other.to_string()),
    }
}

/// Blocks in the connection's read until an event arrives; nothing else
/// wakes this thread.
fn listen(conn: &RustConnection, grabbed: &Mutex<Option<Grab>>, on_press: impl Fn()) {
    loop {
        match conn.wait_for_event() {
            Ok(Event::KeyPress(press)) => {
                let current = *grabbed.lock().unwrap_or_else(PoisonError::into_inner);
                let state = u16::from(press.state) & !(NUM_LOCK | CAPS_LOCK);
                if current.is_some_and(|g| g.keycode == press.detail && g.mods == state) {
                    on_press();
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "the X server connection closed; no global shortcut");
                return;
            }
        }
    }
}

fn mod_mask(mods: Modifiers) -> u16 {
    let mut mask = 0;
    for (modifier, bit) in [
        (Modifiers::CONTROL, ModMask::CONTROL),
        (Modifiers::SHIFT, ModMask::SHIFT),
        (Modifiers::ALT, ModMask::M1),
        (Modifiers::SUPER, ModMask::M4),
        (Modifiers::META, ModMask::M4),
    ] {
        if mods.contains(modifier) {
            mask |= u16::from(bit);
        }
    }
    mask
}

/// The X11 keysym of the shortcut's key, from the key's name (`KeyW`,
/// `Digit5`, `F7`, `Space`, ...). The portal's triggers name the same
/// keysyms (`portal::trigger`).
pub(crate) fn keysym(shortcut: &Shortcut) -> Option<u32> {
    keysym_of_name(&shortcut.key.to_string())
}

fn keysym_of_name(name: &str) -> Option<u32> {
    use xkeysym::key;
    let single = |rest: &str, valid: fn(&char) -> bool| {
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            // Latin-1 keysyms equal the character's code point.
            (Some(c), None) if valid(&c) => Some(u32::from(c.to_ascii_lowercase())),
            _ => None,
        }
    };
    if let Some(letter) = name.strip_prefix("Key") {
        return single(letter, char::is_ascii_alphabetic);
    }
    if let Some(digit) = name.strip_prefix("Digit") {
        return single(digit, char::is_ascii_digit);
    }
    if let Some(n) = name.strip_prefix('F').and_then(|n| n.parse::<u32>().ok()) {
        return (1..=24).contains(&n).then(|| key::F1 + n - 1);
    }
    Some(match name {
        "Space" => key::space,
        "Enter" => key::Return,
        "Tab" => key::Tab,
        "Escape" => key::Escape,
        "Backspace" => key::BackSpace,
        "Delete" => key::Delete,
        "Insert" => key::Insert,
        "Home" => key::Home,
        "End" => key::End,
        "PageUp" => key::Page_Up,
        "PageDown" => key::Page_Down,
        "ArrowUp" => key::Up,
        "ArrowDown" => key::Down,
        "ArrowLeft" => key::Left,
        "ArrowRight" => key::Right,
        "Minus" => key::minus,
        "Equal" => key::equal,
        "BracketLeft" => key::bracketleft,
        "BracketRight" => key::bracketright,
        "Backslash" => key::backslash,
        "Semicolon" => key::semicolon,
        "Quote" => key::apostrophe,
        "Comma" => key::comma,
        "Period" => key::period,
        "Slash" => key::slash,
        "Backquote" => key::grave,
        "PrintScreen" => key::Print,
        "Pause" => key::Pause,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, keysym: Option<u32>, mods: u16) {
        let shortcut = crate::shortcut::parse_shortcut(text).expect("a valid shortcut");
        assert_eq!(super::keysym(&shortcut), keysym, "{text}");
        assert_eq!(mod_mask(shortcut.mods), mods, "{text}");
    }

    #[test]
    fn shortcuts_map_to_keysyms_and_modifier_bits() {
        use xkeysym::key;
        let bit = u16::from;
        let (ctrl, shift, alt, sup) = (
            bit(ModMask::CONTROL),
            bit(ModMask::SHIFT),
            bit(ModMask::M1),
            bit(ModMask::M4),
        );
        check("Ctrl+Alt+W", Some(key::w), ctrl | alt);
        check("Shift+Super+5", Some(key::_5), shift | sup);
        check("Ctrl+F12", Some(key::F12), ctrl);
        check("Alt+Space", Some(key::space), alt);
        check("Ctrl+Shift+ArrowUp", Some(key::Up), ctrl | shift);
        check("Ctrl+Alt+Slash", Some(key::slash), ctrl | alt);
    }

    #[test]
    fn unknown_key_names_have_no_keysym() {
        assert_eq!(keysym_of_name("KeyAB"), None);
        assert_eq!(keysym_of_name("F25"), None);
        assert_eq!(keysym_of_name("MediaPlayPause"), None);
    }
}
