//! Issue 15, "with a real sync engine": two Syncthing instances on
//! 127.0.0.1 only (announcements, relays and NAT off; each other's device
//! id and address written into their config), each syncing its own copy of
//! one shared folder: the sync folder of Cairn A and the sync folder of
//! Cairn B. A win logged with `cairn log` on A reaches B's database through
//! Syncthing and `cairn sync now` on B; then a change made on B reaches A.
//!
//! No window: it drives only the `cairn` command line (`$CAIRN_APP`, see
//! `cairn_e2e::app_binary`). Syncthing is set up as DESIGN.md's "Platform
//! facts" say, started and stopped by the test (killed on drop). Without
//! `syncthing` on PATH (Debian's package, `scripts/install-deps.sh test`)
//! the test prints why and passes without running.
//!
//! It prints the time from `cairn log` on A to the win in B's database
//! (Syncthing's watcher delay of 1 s and its transfer included).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use cairn_e2e::{app_binary, Result};

/// How long a change may take to go through Syncthing.
const ARRIVAL: Duration = Duration::from_secs(60);
/// The folder id both instances share.
const FOLDER_ID: &str = "cairn-sync";

fn syncthing_on_path() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("syncthing"))
            .find(|p| p.is_file())
    })
}

/// A port free on 127.0.0.1 right now.
fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// One Syncthing instance: its home, its ports, its process (killed on drop).
struct Syncthing {
    home: PathBuf,
    id: String,
    listen: u16,
    child: Option<Child>,
}

impl Syncthing {
    /// `syncthing generate --home=H --no-default-folder`, then reads its
    /// device id from the config it wrote.
    fn generate(bin: &Path, home: PathBuf) -> Result<Syncthing> {
        let out = Command::new(bin)
            .arg("generate")
            .arg(format!("--home={}", home.display()))
            .arg("--no-default-folder")
            .output()?;
        if !out.status.success() {
            return Err(format!(
                "syncthing generate: {}",
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
        let config = std::fs::read_to_string(home.join("config.xml"))?;
        let id = config
            .split("<device id=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .ok_or("no device id in config.xml")?
            .to_owned();
        Ok(Syncthing {
            home,
            id,
            listen: free_port()?,
            child: None,
        })
    }

    /// Local only: GUI and listen address on 127.0.0.1, no global or local
    /// announcements, relays, NAT, browser, usage report or crash report;
    /// the other instance by id and address; one folder shared by both,
    /// watched with a 1 s delay.
    fn configure(&self, other: &Syncthing, folder: &Path) -> Result<()> {
        let path = self.home.join("config.xml");
        let mut config = std::fs::read_to_string(&path)?;
        let gui = free_port()?;
        let replace = |config: &mut String, from: &str, to: &str| -> Result<()> {
            if !config.contains(from) {
                return Err(format!("config.xml has no {from}").into());
            }
            *config = config.replacen(from, to, 1);
            Ok(())
        };
        for (from, to) in [
            (
                "<address>127.0.0.1:8384</address>".to_owned(),
                format!("<address>127.0.0.1:{gui}</address>"),
            ),
            (
                "<listenAddress>default</listenAddress>".to_owned(),
                format!(
                    "<listenAddress>tcp://127.0.0.1:{}</listenAddress>",
                    self.listen
                ),
            ),
        ] {
            replace(&mut config, &from, &to)?;
        }
        for (tag, from, to) in [
            ("globalAnnounceEnabled", "true", "false"),
            ("localAnnounceEnabled", "true", "false"),
            ("relaysEnabled", "true", "false"),
            ("natEnabled", "true", "false"),
            ("startBrowser", "true", "false"),
            ("crashReportingEnabled", "true", "false"),
            ("urAccepted", "0", "-1"),
            ("autoUpgradeIntervalH", "12", "0"),
            // Both start at once: the first dial may find the other not
            // listening yet; try again soon rather than in a minute.
            ("reconnectionIntervalS", "60", "2"),
        ] {
            replace(
                &mut config,
                &format!("<{tag}>{from}</{tag}>"),
                &format!("<{tag}>{to}</{tag}>"),
            )?;
        }
        let shared = format!(
            r#"    <folder id="{FOLDER_ID}" label="Cairn" path="{path}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me}" introducedBy=""></device>
        <device id="{them}" introducedBy=""></device>
        <minDiskFree unit="%">1</minDiskFree>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="{them}" name="other" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>tcp://127.0.0.1:{port}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>
    <gui "#,
            path = folder.display(),
            me = self.id,
            them = other.id,
            port = other.listen,
        );
        replace(&mut config, "    <gui ", &shared)?;
        std::fs::write(&path, config)?;
        // The folder marker Syncthing looks for before it syncs a folder.
        std::fs::create_dir_all(folder.join(".stfolder"))?;
        Ok(())
    }

    /// `syncthing serve --home=H --no-browser --no-restart --no-upgrade`,
    /// its output in H/serve.log.
    fn serve(&mut self, bin: &Path) -> Result<()> {
        let log = std::fs::File::create(self.home.join("serve.log"))?;
        let child = Command::new(bin)
            .arg("serve")
            .arg(format!("--home={}", self.home.display()))
            .args(["--no-browser", "--no-restart", "--no-upgrade"])
            .env("STNOUPGRADE", "1")
            .env("STNODEFAULTFOLDER", "1")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()?;
        self.child = Some(child);
        Ok(())
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.home.join("serve.log")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// One computer: a data folder for the `cairn` command line.
struct Computer {
    cairn: PathBuf,
    data: PathBuf,
}

impl Computer {
    fn run(&self, args: &[&str]) -> Result<Output> {
        Ok(Command::new(&self.cairn)
            .args(args)
            .env("CAIRN_DATA_DIR", &self.data)
            .env_remove("CAIRN_LOG")
            .output()?)
    }

    /// Runs a command that must succeed; returns what it printed.
    fn ok(&self, args: &[&str]) -> Result<String> {
        let out = self.run(args)?;
        if !out.status.success() {
            return Err(format!("cairn {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        if !out.stderr.is_empty() {
            eprintln!(
                "cairn {args:?} noted: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// `cairn sync now` until `cairn today` shows `text`; the time it took.
    fn wait_for(&self, text: &str, since: Instant) -> Result<Duration> {
        loop {
            let now = self.ok(&["sync", "now"])?;
            let today = self.ok(&["today"])?;
            if today.contains(text) {
                eprintln!("sync now: {}", now.trim_end());
                return Ok(since.elapsed());
            }
            if since.elapsed() > ARRIVAL {
                return Err(format!(
                    "“{text}” did not arrive within {ARRIVAL:?}; last `sync now`: {now}; `today`: {today}"
                )
                .into());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

#[test]
fn a_win_logged_on_one_computer_reaches_the_other_through_syncthing() -> Result<()> {
    let Some(syncthing) = syncthing_on_path() else {
        println!(
            "SKIPPED: `syncthing` is not on PATH. Install it (Debian: `apt-get install syncthing`, or `bash scripts/install-deps.sh test`) to run this test."
        );
        return Ok(());
    };
    let cairn = app_binary()?;
    let root = tempfile::tempdir()?;
    let dir = |name: &str| -> Result<PathBuf> {
        let p = root.path().join(name);
        std::fs::create_dir_all(&p)?;
        Ok(p)
    };
    let (folder_a, folder_b) = (dir("sync-a")?, dir("sync-b")?);

    let mut st_a = Syncthing::generate(&syncthing, dir("st-a")?)?;
    let mut st_b = Syncthing::generate(&syncthing, dir("st-b")?)?;
    st_a.configure(&st_b, &folder_a)?;
    st_b.configure(&st_a, &folder_b)?;
    st_a.serve(&syncthing)?;
    st_b.serve(&syncthing)?;

    let a = Computer {
        cairn: cairn.clone(),
        data: dir("cairn-a")?,
    };
    let b = Computer {
        cairn,
        data: dir("cairn-b")?,
    };
    let on = a.ok(&["sync", "--folder", path(&folder_a)?, "--name", "Laptop"])?;
    assert!(on.starts_with("✓ Sync is on"), "{on}");
    b.ok(&["sync", "--folder", path(&folder_b)?, "--name", "Desk"])?;

    // A → B. The first trip includes the two instances finding each other.
    let start = Instant::now();
    a.ok(&["log", "Swam 20 lengths"])?;
    let first = b
        .wait_for("Swam 20 lengths", start)
        .map_err(|e| with_logs(e, &st_a, &st_b))?;
    println!(
        "cairn log on A → the win in B's database: {first:?} (first change, connection included)"
    );

    // B → A.
    let start = Instant::now();
    b.ok(&["log", "Read one abstract"])?;
    let back = a
        .wait_for("Read one abstract", start)
        .map_err(|e| with_logs(e, &st_a, &st_b))?;
    println!("cairn log on B → the win in A's database: {back:?}");

    // A → B again, now that both are connected: the steady-state figure.
    let start = Instant::now();
    a.ok(&["log", "Stretched for ten minutes"])?;
    let steady = b
        .wait_for("Stretched for ten minutes", start)
        .map_err(|e| with_logs(e, &st_a, &st_b))?;
    println!("cairn log on A → the win in B's database: {steady:?} (connected)");

    // Both databases hold all three wins, and both status lines name the other.
    for (computer, other) in [(&a, "Desk"), (&b, "Laptop")] {
        let today = computer.ok(&["today"])?;
        for text in [
            "Swam 20 lengths",
            "Read one abstract",
            "Stretched for ten minutes",
        ] {
            assert!(today.contains(text), "{today}");
        }
        let status = computer.ok(&["sync", "status"])?;
        assert!(
            status.contains(&format!("\n  {other}, last change ")),
            "{status}"
        );
    }
    Ok(())
}

fn path(p: &Path) -> Result<&str> {
    Ok(p.to_str().ok_or("a temporary path that is not UTF-8")?)
}

fn with_logs(e: cairn_e2e::Error, a: &Syncthing, b: &Syncthing) -> cairn_e2e::Error {
    format!(
        "{e}\n--- syncthing A ---\n{}\n--- syncthing B ---\n{}",
        a.log_tail(),
        b.log_tail()
    )
    .into()
}
