//! Harness for Cairn's end-to-end tests: the real `cairn` binary, driven over
//! WebDriver.
//!
//! The chain is `fantoccini` → `tauri-driver` → `WebKitWebDriver` → the app.
//! [`App::launch`] starts `tauri-driver` on free ports with `CAIRN_DATA_DIR`
//! pointing at a [`DataDir`], opens a WebDriver session (which starts the app),
//! and waits until the UI has rendered its first data ([`READY_SELECTOR`]).
//! Every helper that looks for an element waits for it (default
//! [`DEFAULT_TIMEOUT`]), so flow tests read as a list of steps.
//!
//! Everything `tauri-driver`, `WebKitWebDriver` and the app write to stdout
//! and stderr goes to [`DataDir::log_path`]; launch and wait errors quote its
//! last lines, and a panicking test prints them when its [`App`] is dropped.
//!
//! Run the tests under a display and a private session bus (one app per bus,
//! or the single-instance plugin makes a second app exit at once):
//!
//! ```text
//! cargo build -p cairn
//! xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- \
//!     cargo test -p cairn-e2e -- --test-threads=1
//! ```
//!
//! `CAIRN_APP` overrides the app binary (default
//! `<workspace>/target/debug/cairn`), `TAURI_DRIVER` the driver (default:
//! `tauri-driver` on `PATH`, then `~/.cargo/bin`).

pub mod desktop;
pub mod idle;
pub mod notifications;
pub mod portal;

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::future::Future;
use std::io::Write;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

/// Error type of the harness: anything, with a message meant for a person.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Result type of the harness and of the tests that use it.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Present once the UI has rendered its first data
/// (`document.body.dataset.ready = "1"`); [`App::launch`] waits for it.
pub const READY_SELECTOR: &str = "body[data-ready]";

/// How long the element helpers wait unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long [`App::launch`] waits for the first WebDriver session, and then
/// again for [`READY_SELECTOR`] (a debug build under Xvfb starts slowly).
pub const LAUNCH_TIMEOUT: Duration = Duration::from_secs(30);

/// Environment variable naming the app binary to test.
pub const APP_ENV: &str = "CAIRN_APP";

/// Environment variable naming the `tauri-driver` binary.
pub const DRIVER_ENV: &str = "TAURI_DRIVER";

/// Environment variable the app reads its data folder from.
pub const DATA_DIR_ENV: &str = "CAIRN_DATA_DIR";

/// File name of the app's database inside its data folder.
pub const DB_FILE: &str = "cairn.sqlite3";

/// File name of the driver and app log inside the data folder.
pub const LOG_FILE: &str = "e2e.log";

/// How often the wait helpers look again.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// How long one `POST /session` may take before it counts as failed.
const SESSION_REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// How long [`App::close`] and `Drop` wait for the processes to exit after
/// SIGTERM before they send SIGKILL.
const EXIT_GRACE: Duration = Duration::from_secs(5);

/// Number of log lines quoted in error messages.
const LOG_TAIL_LINES: usize = 25;

/// Runs blocking work (D-Bus, X11, a child process) off the async test's
/// thread, so the WebDriver client keeps being polled meanwhile.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f).await?
}

/// The workspace root: the parent folder of this crate.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The app binary: `$CAIRN_APP` (relative paths are taken from the workspace
/// root), else `<workspace>/target/debug/cairn`. Fails if it does not exist.
pub fn app_binary() -> Result<PathBuf> {
    let path = match std::env::var_os(APP_ENV).filter(|v| !v.is_empty()) {
        Some(p) => workspace_root().join(p),
        None => workspace_root().join("target").join("debug").join("cairn"),
    };
    if !path.is_file() {
        return Err(format!(
            "the Cairn binary is missing at {}: run `cargo build -p cairn` first (or set {APP_ENV})",
            path.display()
        )
        .into());
    }
    Ok(path)
}

/// The `tauri-driver` binary: `$TAURI_DRIVER`, else `tauri-driver` on
/// `PATH`, else `$CARGO_HOME/bin` or `~/.cargo/bin`.
pub fn tauri_driver_binary() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os(DRIVER_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let mut candidates: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        candidates.push(PathBuf::from(home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(PathBuf::from(home).join(".cargo").join("bin"));
    }
    candidates
        .into_iter()
        .map(|dir| dir.join("tauri-driver"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            "tauri-driver not found on PATH or in ~/.cargo/bin: \
             `cargo install tauri-driver --locked --version ^2` (or set TAURI_DRIVER)"
                .into()
        })
}

/// A fresh, empty data folder for one test (`CAIRN_DATA_DIR`), deleted when
/// dropped. Launch the app on it again to test a restart.
#[derive(Debug)]
pub struct DataDir {
    dir: tempfile::TempDir,
}

impl DataDir {
    /// Creates the folder. Panics if the system has no writable temp folder;
    /// see [`DataDir::try_new`].
    pub fn new() -> Self {
        Self::try_new().unwrap_or_else(|e| panic!("cannot create a temporary data folder: {e}"))
    }

    /// Creates the folder, returning an error instead of panicking.
    pub fn try_new() -> Result<Self> {
        let dir = tempfile::Builder::new().prefix("cairn-e2e-").tempdir()?;
        Ok(Self { dir })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The app's database file in the folder (may not exist yet).
    pub fn db_path(&self) -> PathBuf {
        self.path().join(DB_FILE)
    }

    /// Opens the app's database directly (to inspect it, or to lock it).
    pub fn open_db(&self) -> Result<rusqlite::Connection> {
        Ok(rusqlite::Connection::open(self.db_path())?)
    }

    /// The log of `tauri-driver`, `WebKitWebDriver` and the app, one section
    /// per launch.
    pub fn log_path(&self) -> PathBuf {
        self.path().join(LOG_FILE)
    }

    /// The last `lines` lines of the log (empty if there is none).
    pub fn log_tail(&self, lines: usize) -> String {
        log_tail(&self.log_path(), lines)
    }

    /// Keeps the folder on disk after the test (for debugging) and returns
    /// its path.
    pub fn keep(self) -> PathBuf {
        self.dir.keep()
    }
}

impl Default for DataDir {
    fn default() -> Self {
        Self::new()
    }
}

/// The environment variable naming a process's session bus.
pub const BUS_ENV: &str = "DBUS_SESSION_BUS_ADDRESS";

/// A session bus of its own (`dbus-daemon --session --fork`), for a second
/// app beside the one on the test's bus: launch it with
/// `App::launch_with(data, &[(BUS_ENV, bus.address()), ...])`. Each bus
/// holds one Cairn (the single-instance name lives on the bus). The daemon
/// stops when this is dropped.
#[derive(Debug)]
pub struct PrivateBus {
    address: String,
    pid: i32,
}

impl PrivateBus {
    pub fn start() -> Result<PrivateBus> {
        let out = Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot start dbus-daemon: {e}"))?;
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let (Some(address), Some(pid)) = (lines.next(), lines.next()) else {
            return Err(format!(
                "dbus-daemon said neither address nor pid: {text} {}",
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        };
        Ok(PrivateBus {
            address: address.to_owned(),
            pid: pid.parse()?,
        })
    }

    pub fn address(&self) -> &str {
        &self.address
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        // SAFETY: kill(2) with the pid of the daemon this value started.
        unsafe {
            libc::kill(self.pid, libc::SIGTERM);
        }
    }
}

/// One running app under WebDriver. Dropping it kills the processes; call
/// [`App::close`] to end the session cleanly and see errors.
#[derive(Debug)]
pub struct App {
    client: Option<Client>,
    driver: Option<Child>,
    log: PathBuf,
    timeout: Duration,
}

impl App {
    /// The local time now as `HH:MM` in the app's (same) time zone: a
    /// reminder slot at this minute is due at once.
    pub async fn this_minute(&self) -> Result<String> {
        self.exec(
            "const d = new Date(); return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');",
            vec![],
        )
        .await
    }

    /// Quiet hours and the weekly review's nudge off, through Settings, so
    /// a reminder test runs at any hour and meets only the reminders it
    /// makes (on a Sunday evening its wins would otherwise bring a nudge).
    pub async fn quiet_hours_and_nudge_off(&self) -> Result<()> {
        self.click("nav a[data-view='settings']").await?;
        self.set_checked("#quiet-on", false).await?;
        self.click("#quiet-form button[type='submit']").await?;
        self.wait_text("#notice", "Quiet hours off").await?;
        self.set_checked("#review-nudge", false).await?;
        self.click("#review-form button[type='submit']").await?;
        self.wait_text("#notice", "no nudge will come").await
    }

    /// A goal with one daily step, made through the Goals page as a person
    /// makes it; ends on Today.
    pub async fn goal_with_step(&self, goal: &str, step: &str) -> Result<()> {
        self.click("nav a[data-view='goals']").await?;
        self.fill("#goal-title", goal).await?;
        self.press_enter("#goal-title").await?;
        self.wait_text("#goal-heading", goal).await?;
        self.fill("#add-step .step-title-input", step).await?;
        self.press_enter("#add-step .step-title-input").await?;
        self.wait_text("#steps", step).await?;
        self.click("nav a[data-view='today']").await
    }

    /// Launches the app on `data` and waits until its UI is ready.
    pub async fn launch(data: &DataDir) -> Result<App> {
        Self::launch_with(data, &[]).await
    }

    /// Launches the app on `data` and leaves its first run showing (a new
    /// Cairn leads with it; [`App::launch`] skips it, as a person who has
    /// been here before would have).
    pub async fn launch_first_run(data: &DataDir) -> Result<App> {
        Self::launch_inner(data, &[], false).await
    }

    /// [`App::launch_first_run`] with extra environment variables.
    pub async fn launch_first_run_with(data: &DataDir, env: &[(&str, &str)]) -> Result<App> {
        Self::launch_inner(data, env, false).await
    }

    /// Launches the app on `data` with extra environment variables and waits
    /// until its UI is ready.
    pub async fn launch_with(data: &DataDir, env: &[(&str, &str)]) -> Result<App> {
        Self::launch_inner(data, env, true).await
    }

    async fn launch_inner(
        data: &DataDir,
        env: &[(&str, &str)],
        skip_first_run: bool,
    ) -> Result<App> {
        // The app a test closed may still be leaving (WebKitWebDriver starts
        // it outside the driver's process group); a second one would then
        // hand its arguments to the first and exit.
        // A second app on its own bus ([`PrivateBus`]) is looked for there.
        let bus = env
            .iter()
            .find(|(k, _)| *k == BUS_ENV)
            .map(|(_, v)| (*v).to_owned());
        tokio::task::spawn_blocking(move || wait_until_no_cairn_runs(LAUNCH_TIMEOUT, bus)).await?;
        let app_bin = app_binary()?;
        let driver_bin = tauri_driver_binary()?;
        let (port, native_port) = free_port_pair()?;
        let log = data.log_path();

        let mut log_file = OpenOptions::new().create(true).append(true).open(&log)?;
        writeln!(
            log_file,
            "\n=== e2e launch at {}s: {} --port {port} --native-port {native_port}; app {}",
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default(),
            driver_bin.display(),
            app_bin.display(),
        )?;

        let mut cmd = Command::new(&driver_bin);
        cmd.arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            // tauri-driver starts WebKitWebDriver, which starts the app: all
            // three inherit this environment.
            .env(DATA_DIR_ENV, data.path())
            // Plain text in the log file (tracing honours NO_COLOR).
            .env("NO_COLOR", "1")
            .envs(
                env.iter()
                    .map(|(k, v)| (OsString::from(k), OsString::from(v))),
            )
            .stdin(Stdio::null())
            .stdout(log_file.try_clone()?)
            .stderr(log_file)
            // A process group of its own, so teardown reaches WebKitWebDriver
            // and the app too (tauri-driver does not forward SIGKILL).
            .process_group(0);
        let child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", driver_bin.display()))?;

        // From here on, Drop cleans up whatever fails.
        let mut app = App {
            client: None,
            driver: Some(child),
            log,
            timeout: DEFAULT_TIMEOUT,
        };
        app.client = Some(app.connect(port, &app_bin).await?);
        app.wait_ready().await?;
        if skip_first_run {
            app.skip_first_run().await?;
        }
        Ok(app)
    }

    /// Skips the first run if the window leads with it (a new data folder),
    /// as a person does with "Skip, I'll look around", and waits for Today.
    pub async fn skip_first_run(&self) -> Result<()> {
        let showing: bool = self
            .exec(
                "const f = document.getElementById('first-run');
                 return !!(f && f.isConnected && f.getClientRects().length);",
                vec![],
            )
            .await?;
        if showing {
            self.click("#first-run-skip").await?;
            self.wait_gone("#first-run").await?;
            // Skipping puts focus in "Log a win" once Today is redrawn;
            // a test starts after that, so focus is not taken from it.
            self.wait_focus("#win-text").await?;
        }
        Ok(())
    }

    /// Opens the WebDriver session, retrying while tauri-driver or
    /// WebKitWebDriver are still starting.
    async fn connect(&mut self, port: u16, app_bin: &Path) -> Result<Client> {
        let url = format!("http://127.0.0.1:{port}");
        let mut caps = Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": app_bin.to_string_lossy() }),
        );
        let start = Instant::now();
        let mut last = String::from("no attempt made");
        while start.elapsed() < LAUNCH_TIMEOUT {
            if let Some(driver) = self.driver.as_mut() {
                if let Some(status) = driver.try_wait()? {
                    return Err(self.with_log(format!("tauri-driver exited early ({status})")));
                }
            }
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(caps.clone());
            let attempt = builder.connect(&url);
            match tokio::time::timeout(SESSION_REQUEST_TIMEOUT, attempt).await {
                Ok(Ok(client)) => return Ok(client),
                Ok(Err(e)) => last = e.to_string(),
                Err(_) => last = format!("no answer within {SESSION_REQUEST_TIMEOUT:?}"),
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        Err(self.with_log(format!(
            "could not open a WebDriver session at {url} within {LAUNCH_TIMEOUT:?}: {last}"
        )))
    }

    /// Waits for `document.readyState == "complete"` and [`READY_SELECTOR`].
    async fn wait_ready(&self) -> Result<()> {
        let client = self.session()?;
        self.poll(
            LAUNCH_TIMEOUT,
            &format!("the UI to be ready ({READY_SELECTOR})"),
            move || async move {
                let state = client
                    .execute(
                        "return [document.readyState, document.querySelector(arguments[0]) !== null]",
                        vec![json!(READY_SELECTOR)],
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                if state == json!(["complete", true]) {
                    Ok(())
                } else {
                    Err(format!("[readyState, ready] = {state}"))
                }
            },
        )
        .await
    }

    /// The WebDriver client, for anything the helpers do not cover.
    ///
    /// # Panics
    /// Never in practice: the client exists from launch until [`App::close`],
    /// which consumes the `App`.
    pub fn client(&self) -> &Client {
        self.client
            .as_ref()
            .expect("the App has a WebDriver client until it is closed")
    }

    /// The default timeout of the waiting helpers on this app.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Sets the default timeout of the waiting helpers.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Returns the app with another default timeout for the waiting helpers.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The log of this app's processes (see [`DataDir::log_path`]).
    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// The last `lines` lines of the log.
    pub fn log_tail(&self, lines: usize) -> String {
        log_tail(&self.log, lines)
    }

    // --- elements ---------------------------------------------------------

    /// Waits for the first displayed element matching `css` and returns it.
    pub async fn find(&self, css: &str) -> Result<Element> {
        self.find_for(css, self.timeout).await
    }

    /// [`App::find`] with an explicit timeout.
    pub async fn find_for(&self, css: &str, timeout: Duration) -> Result<Element> {
        let client = self.session()?;
        self.poll(timeout, &format!("a displayed `{css}`"), move || {
            first_displayed(client, css)
        })
        .await
    }

    /// Waits for a displayed `css` and clicks it (retrying while the click is
    /// refused, for example while something covers the element).
    pub async fn click(&self, css: &str) -> Result<()> {
        let client = self.session()?;
        self.poll(
            self.timeout,
            &format!("a click on `{css}`"),
            move || async move {
                let el = first_displayed(client, css).await?;
                el.click().await.map_err(|e| e.to_string())
            },
        )
        .await
    }

    /// Waits for a displayed `css`, clears it and types `text` into it.
    pub async fn fill(&self, css: &str, text: &str) -> Result<()> {
        let client = self.session()?;
        self.poll(
            self.timeout,
            &format!("typing into `{css}`"),
            move || async move {
                let el = first_displayed(client, css).await?;
                el.clear().await.map_err(|e| e.to_string())?;
                el.send_keys(text).await.map_err(|e| e.to_string())
            },
        )
        .await
    }

    /// Waits for a displayed `css` and types `keys` into it, without clearing
    /// it first (see [`fantoccini::key::Key`] for special keys).
    pub async fn type_keys(&self, css: &str, keys: &str) -> Result<()> {
        let el = self.find(css).await?;
        el.send_keys(keys).await?;
        Ok(())
    }

    /// Sends `key` to the focused element, as a person presses it.
    pub async fn press(&self, key: Key) -> Result<()> {
        self.session()?
            .active_element()
            .await?
            .send_keys(&char::from(key).to_string())
            .await?;
        Ok(())
    }

    /// Waits for a displayed `css` and sends the Enter key to it.
    pub async fn press_enter(&self, css: &str) -> Result<()> {
        self.type_keys(css, &char::from(Key::Enter).to_string())
            .await
    }

    /// Waits for a displayed `<select>` matching `css` and chooses the option
    /// with `value`, as a person would (the page gets `input` and `change`).
    pub async fn select_by_value(&self, css: &str, value: &str) -> Result<()> {
        let client = self.session()?;
        self.poll(
            self.timeout,
            &format!("option `{value}` chosen in `{css}`"),
            move || async move {
                let el = first_displayed(client, css).await?;
                el.select_by_value(value).await.map_err(|e| e.to_string())?;
                let now = el.prop("value").await.map_err(|e| e.to_string())?;
                if now.as_deref() == Some(value) {
                    Ok(())
                } else {
                    Err(format!("value is {now:?}"))
                }
            },
        )
        .await
    }

    /// Waits for a displayed checkbox (or radio) matching `css` and clicks
    /// it if its state differs from `checked`.
    pub async fn set_checked(&self, css: &str, checked: bool) -> Result<()> {
        let client = self.session()?;
        self.poll(
            self.timeout,
            &format!("`{css}` checked = {checked}"),
            move || async move {
                let el = first_displayed(client, css).await?;
                let now = el.is_selected().await.map_err(|e| e.to_string())?;
                if now == checked {
                    return Ok(());
                }
                el.click().await.map_err(|e| e.to_string())?;
                match el.is_selected().await.map_err(|e| e.to_string())? {
                    now if now == checked => Ok(()),
                    now => Err(format!("still checked = {now} after a click")),
                }
            },
        )
        .await
    }

    /// Waits for an element matching `css` (displayed or not) and returns
    /// the visible text of the first match.
    pub async fn text(&self, css: &str) -> Result<String> {
        let client = self.session()?;
        self.poll(
            self.timeout,
            &format!("an element `{css}`"),
            move || async move {
                let el = first_present(client, css).await?;
                el.text().await.map_err(|e| e.to_string())
            },
        )
        .await
    }

    /// Waits until the visible text of the first match of `css` contains
    /// `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) -> Result<()> {
        self.wait_text_for(css, needle, self.timeout).await
    }

    /// [`App::wait_text`] with an explicit timeout.
    pub async fn wait_text_for(&self, css: &str, needle: &str, timeout: Duration) -> Result<()> {
        let client = self.session()?;
        self.poll(
            timeout,
            &format!("`{css}` to contain the text {needle:?}"),
            move || async move {
                let el = first_present(client, css).await?;
                let text = el.text().await.map_err(|e| e.to_string())?;
                if text.contains(needle) {
                    Ok(())
                } else {
                    Err(format!("its text is {text:?}"))
                }
            },
        )
        .await
    }

    /// Waits until the first match of `css` has attribute `attr` equal to
    /// `value`.
    pub async fn wait_attr(&self, css: &str, attr: &str, value: &str) -> Result<()> {
        self.wait_attr_for(css, attr, value, self.timeout).await
    }

    /// [`App::wait_attr`] with an explicit timeout.
    pub async fn wait_attr_for(
        &self,
        css: &str,
        attr: &str,
        value: &str,
        timeout: Duration,
    ) -> Result<()> {
        let client = self.session()?;
        self.poll(
            timeout,
            &format!("`{css}` to have {attr}={value:?}"),
            move || async move {
                let el = first_present(client, css).await?;
                let now = el.attr(attr).await.map_err(|e| e.to_string())?;
                if now.as_deref() == Some(value) {
                    Ok(())
                } else {
                    Err(format!("{attr} is {now:?}"))
                }
            },
        )
        .await
    }

    /// The number of elements matching `css` right now (no waiting).
    pub async fn count(&self, css: &str) -> Result<usize> {
        Ok(self.session()?.find_all(Locator::Css(css)).await?.len())
    }

    /// Waits until exactly `n` elements match `css`.
    pub async fn wait_count(&self, css: &str, n: usize) -> Result<()> {
        self.wait_count_for(css, n, self.timeout).await
    }

    /// [`App::wait_count`] with an explicit timeout.
    pub async fn wait_count_for(&self, css: &str, n: usize, timeout: Duration) -> Result<()> {
        let client = self.session()?;
        self.poll(
            timeout,
            &format!("{n} match(es) of `{css}`"),
            move || async move {
                let found = client
                    .find_all(Locator::Css(css))
                    .await
                    .map_err(|e| e.to_string())?
                    .len();
                if found == n {
                    Ok(())
                } else {
                    Err(format!("{found} match(es)"))
                }
            },
        )
        .await
    }

    /// Waits until the focused element matches `css`. Focus often moves a
    /// moment after what a test waits for is drawn (after the write's
    /// reload), so it is polled, not read once.
    pub async fn wait_focus(&self, css: &str) -> Result<()> {
        let client = self.session()?;
        let args = vec![json!(css)];
        let args = &args;
        self.poll(
            self.timeout,
            &format!("the focus on `{css}`"),
            move || async move {
                let seen = client
                    .execute(
                        "const a = document.activeElement;
                         if (a && a.matches(arguments[0])) return null;
                         return a ? a.outerHTML.slice(0, 160) : 'nothing';",
                        args.clone(),
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                match seen {
                    Value::Null => Ok(()),
                    other => Err(format!("the focus is on {other}")),
                }
            },
        )
        .await
    }

    /// Waits until no element matching `css` is displayed (none exists, or
    /// all are hidden).
    pub async fn wait_gone(&self, css: &str) -> Result<()> {
        self.wait_gone_for(css, self.timeout).await
    }

    /// [`App::wait_gone`] with an explicit timeout.
    pub async fn wait_gone_for(&self, css: &str, timeout: Duration) -> Result<()> {
        let client = self.session()?;
        self.poll(
            timeout,
            &format!("no displayed `{css}`"),
            move || async move {
                let all = client
                    .find_all(Locator::Css(css))
                    .await
                    .map_err(|e| e.to_string())?;
                let mut shown = 0;
                for el in all {
                    match el.is_displayed().await {
                        Ok(true) => shown += 1,
                        Ok(false) => {}
                        // Removed between find and check: gone.
                        Err(e) if e.is_stale_element_reference() => {}
                        Err(e) => return Err(e.to_string()),
                    }
                }
                if shown == 0 {
                    Ok(())
                } else {
                    Err(format!("{shown} still displayed"))
                }
            },
        )
        .await
    }

    // --- scripts, screenshots ---------------------------------------------

    /// Runs `script` (a function body: use `return`, and `arguments[i]` for
    /// `args`) in the page and converts its result.
    pub async fn exec<T: DeserializeOwned>(&self, script: &str, args: Vec<Value>) -> Result<T> {
        let value = self.session()?.execute(script, args).await?;
        serde_json::from_value(value.clone())
            .map_err(|e| format!("script result {value} has an unexpected shape: {e}").into())
    }

    /// How many times the current window's page has called the backend
    /// command `command` since it loaded: `ui/api.js` keeps one mark per
    /// command, `cairn:<command>`, whose `detail` is the count.
    pub async fn backend_calls(&self, command: &str) -> Result<usize> {
        self.exec(
            "return performance.getEntriesByName('cairn:' + arguments[0])[0]?.detail ?? 0",
            vec![json!(command)],
        )
        .await
    }

    /// Waits until `script` returns a truthy value, and returns that value.
    pub async fn wait_js(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.wait_js_for(script, args, self.timeout).await
    }

    /// [`App::wait_js`] with an explicit timeout.
    pub async fn wait_js_for(
        &self,
        script: &str,
        args: Vec<Value>,
        timeout: Duration,
    ) -> Result<Value> {
        let client = self.session()?;
        let args = &args;
        self.poll(
            timeout,
            &format!("a truthy result of `{script}`"),
            move || async move {
                let value = client
                    .execute(script, args.clone())
                    .await
                    .map_err(|e| e.to_string())?;
                if truthy(&value) {
                    Ok(value)
                } else {
                    Err(format!("it returned {value}"))
                }
            },
        )
        .await
    }

    /// Switches WebDriver to the app's other window (the quick-log window)
    /// and returns the handle of the one it was on, to switch back with
    /// `client().switch_to_window(handle)`.
    pub async fn switch_to_other_window(&self) -> Result<fantoccini::wd::WindowHandle> {
        let client = self.client();
        let current = client.window().await?;
        let other = client
            .windows()
            .await?
            .into_iter()
            .find(|w| *w != current)
            .ok_or("the app has no second window visible to WebDriver")?;
        client.switch_to_window(other).await?;
        Ok(current)
    }

    /// Saves a PNG of the window as
    /// `<workspace>/target/e2e-screenshots/<name>.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let png = self.session()?.screenshot().await?;
        let dir = workspace_root().join("target").join("e2e-screenshots");
        fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        fs::write(&path, png)?;
        Ok(path)
    }

    // --- lifecycle --------------------------------------------------------

    /// Ends the WebDriver session (which quits the app), stops tauri-driver
    /// and WebKitWebDriver, and waits until all of them have exited, so the
    /// same data folder can be launched again at once.
    pub async fn close(mut self) -> Result<()> {
        let mut outcome = Ok(());
        if let Some(client) = self.client.take() {
            match tokio::time::timeout(DEFAULT_TIMEOUT, client.close()).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => outcome = Err(self.with_log(format!("ending the session: {e}"))),
                Err(_) => {
                    outcome = Err(self.with_log(format!(
                        "ending the session took more than {DEFAULT_TIMEOUT:?}"
                    )))
                }
            }
        }
        if let Some(driver) = self.driver.take() {
            stop_group(driver);
        }
        outcome
    }

    // --- internals --------------------------------------------------------

    /// The client, as a `Result` so helpers can use `?` (it only goes away in
    /// [`App::close`], which consumes the `App`).
    fn session(&self) -> Result<&Client> {
        self.client
            .as_ref()
            .ok_or_else(|| "the WebDriver session is closed".into())
    }

    /// Calls `probe` until it succeeds or `timeout` passes. `probe` returns
    /// what it saw when not yet done; the timeout error quotes the last one.
    async fn poll<T, F, Fut>(&self, timeout: Duration, what: &str, mut probe: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = std::result::Result<T, String>>,
    {
        let deadline = Instant::now() + timeout;
        loop {
            match probe().await {
                Ok(v) => return Ok(v),
                Err(seen) if Instant::now() >= deadline => {
                    return Err(self.with_log(format!(
                        "timed out after {timeout:?} waiting for {what}; last seen: {seen}"
                    )))
                }
                Err(_) => tokio::time::sleep(POLL_INTERVAL).await,
            }
        }
    }

    /// `message` followed by the tail of the log.
    fn with_log(&self, message: String) -> Error {
        let tail = log_tail(&self.log, LOG_TAIL_LINES);
        if tail.is_empty() {
            message.into()
        } else {
            format!(
                "{message}\n--- last lines of {} ---\n{tail}",
                self.log.display()
            )
            .into()
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let tail = log_tail(&self.log, LOG_TAIL_LINES);
            if !tail.is_empty() {
                eprintln!("--- last lines of {} ---\n{tail}", self.log.display());
            }
        }
        // Without a session to end, the processes are simply stopped; the
        // client's own drop then finds no server, which is harmless.
        if let Some(driver) = self.driver.take() {
            stop_group(driver);
        }
    }
}

/// The first element matching `css`.
async fn first_present(client: &Client, css: &str) -> std::result::Result<Element, String> {
    match client.find(Locator::Css(css)).await {
        Ok(el) => Ok(el),
        Err(e) if e.is_no_such_element() => Err("no element matches".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// The first displayed element matching `css`.
async fn first_displayed(client: &Client, css: &str) -> std::result::Result<Element, String> {
    let all = client
        .find_all(Locator::Css(css))
        .await
        .map_err(|e: CmdError| e.to_string())?;
    if all.is_empty() {
        return Err("no element matches".into());
    }
    let n = all.len();
    for el in all {
        if el.is_displayed().await.unwrap_or(false) {
            return Ok(el);
        }
    }
    Err(format!("{n} match(es), none displayed"))
}

/// JavaScript truthiness of a script result.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// Two distinct free TCP ports on 127.0.0.1 (both held while choosing, then
/// released for tauri-driver and WebKitWebDriver).
fn free_port_pair() -> Result<(u16, u16)> {
    let a = TcpListener::bind("127.0.0.1:0")?;
    let b = TcpListener::bind("127.0.0.1:0")?;
    Ok((a.local_addr()?.port(), b.local_addr()?.port()))
}

/// The last `lines` lines of the file at `path` (empty if unreadable).
fn log_tail(path: &Path, lines: usize) -> String {
    let Ok(bytes) = fs::read(path) else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Stops the process group led by `driver` (tauri-driver, WebKitWebDriver,
/// the app and its WebKit helpers): SIGTERM, a grace period, then SIGKILL;
/// returns once none of them is running and the leader is reaped.
/// Waits (up to `timeout`) until no Cairn holds its single-instance name on
/// this session bus. Without a bus there is nothing to wait for.
fn wait_until_no_cairn_runs(timeout: Duration, address: Option<String>) {
    let connected = match address {
        Some(address) => zbus::blocking::connection::Builder::address(address.as_str())
            .and_then(zbus::blocking::connection::Builder::build),
        None => zbus::blocking::Connection::session(),
    };
    let Ok(bus) = connected else {
        return;
    };
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        let owned = bus
            .call_method(
                Some("org.freedesktop.DBus"),
                "/org/freedesktop/DBus",
                Some("org.freedesktop.DBus"),
                "NameHasOwner",
                &("app.cairn.desktop.SingleInstance",),
            )
            .and_then(|reply| reply.body().deserialize::<bool>());
        if !matches!(owned, Ok(true)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn stop_group(mut driver: Child) {
    let Ok(pgid) = i32::try_from(driver.id()) else {
        let _ = driver.kill();
        let _ = driver.wait();
        return;
    };
    signal_group(pgid, libc::SIGTERM);
    let deadline = Instant::now() + EXIT_GRACE;
    while group_running(pgid) && Instant::now() < deadline {
        let _ = driver.try_wait();
        std::thread::sleep(Duration::from_millis(50));
    }
    if group_running(pgid) {
        signal_group(pgid, libc::SIGKILL);
        let deadline = Instant::now() + EXIT_GRACE;
        while group_running(pgid) && Instant::now() < deadline {
            let _ = driver.try_wait();
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let _ = driver.kill();
    let _ = driver.wait();
}

/// Sends `signal` to every process in group `pgid`.
fn signal_group(pgid: i32, signal: libc::c_int) {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours; a
    // negative pid addresses the group we created with process_group(0).
    unsafe {
        libc::kill(-pgid, signal);
    }
}

/// Whether any live (not zombie) process belongs to group `pgid`, read from
/// `/proc` so that unreaped zombies do not count.
fn group_running(pgid: i32) -> bool {
    let Ok(entries) = fs::read_dir("/proc") else {
        return false;
    };
    entries.flatten().any(|entry| {
        let stat = entry.path().join("stat");
        let Ok(text) = fs::read_to_string(stat) else {
            return false;
        };
        // Fields after the command name, which is in parentheses and may
        // contain spaces: state ppid pgrp ...
        let Some(rest) = text.rsplit_once(')').map(|(_, r)| r) else {
            return false;
        };
        let mut fields = rest.split_whitespace();
        let state = fields.next().unwrap_or("Z");
        let pgrp = fields.nth(1).and_then(|f| f.parse::<i32>().ok());
        pgrp == Some(pgid) && state != "Z" && state != "X"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truthiness_follows_javascript() {
        for (v, want) in [
            (json!(null), false),
            (json!(false), false),
            (json!(0), false),
            (json!(""), false),
            (json!(true), true),
            (json!(2), true),
            (json!("x"), true),
            (json!([]), true),
            (json!({}), true),
        ] {
            assert_eq!(truthy(&v), want, "{v}");
        }
    }

    #[test]
    fn log_tail_keeps_the_last_lines() {
        let data = DataDir::new();
        fs::write(data.log_path(), "a\nb\nc\n").expect("write log");
        assert_eq!(data.log_tail(2), "b\nc");
        assert_eq!(data.log_tail(10), "a\nb\nc");
        assert_eq!(log_tail(&data.path().join("missing"), 3), "");
    }

    #[test]
    fn own_process_group_is_running_and_unknown_one_is_not() {
        // SAFETY: getpgrp(2) has no preconditions.
        let own = unsafe { libc::getpgrp() };
        assert!(group_running(own));
        assert!(!group_running(i32::MAX));
    }
}
