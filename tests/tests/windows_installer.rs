//! Issue #21, "Cairn on Windows, proven here": the MSI that
//! `scripts/package-windows.sh --debug` (run by `make test`) built,
//! installed under Wine as a person installs it (`msiexec /i … /qn`), in a
//! Wine prefix of its own.
//!
//! Installed, the test finds the window app with its WebView2 loader and
//! the command line in `C:\Program Files\Cairn`, the Start-menu entry, the
//! uninstall entry (the Product under `…\CurrentVersion\Uninstall`) and
//! Cairn's folder on the system PATH. It logs a win with the installed
//! `cairn.exe log` and reads it back with `cairn.exe today`, both on the
//! person's own data folder (`%APPDATA%\app.cairn.desktop`, no override),
//! and starts the installed `cairn-app.exe`, which finds no WebView2 in
//! Wine and must say so with the download page, not vanish. Then it
//! uninstalls (`msiexec /x`) and checks that the program, its entry, its
//! shortcut and its PATH part are gone and the person's data is not.
//!
//! `CAIRN_MSI` names the installer (default: the one in
//! `<target>/x86_64-pc-windows-gnu/debug/bundle/msi/`). Without one the
//! test fails, saying how to build it, unless `CAIRN_NO_PACKAGE=1` says
//! this run built no package (`make e2e`): then it says it is skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use cairn_e2e::*;

const PROGRAM_DIR: &str = "drive_c/Program Files/Cairn";
const INSTALLED: [&str; 3] = ["cairn-app.exe", "cairn.exe", "WebView2Loader.dll"];
const UNINSTALL_KEY: &str = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall";
const ENVIRONMENT_KEY: &str = r"HKLM\System\CurrentControlSet\Control\Session Manager\Environment";
const WIN: &str = "Stretched for one minute after coffee";
/// How long the installed window app may take to explain itself.
const APP_TIMEOUT: Duration = Duration::from_secs(60);

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .map(|p| workspace_root().join(p))
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The MSI to test, or `None` when this run built no package.
fn msi_under_test() -> Result<Option<PathBuf>> {
    let msi = match std::env::var_os("CAIRN_MSI").filter(|v| !v.is_empty()) {
        Some(p) => Some(workspace_root().join(p)).filter(|p| p.is_file()),
        None => std::fs::read_dir(target_dir().join("x86_64-pc-windows-gnu/debug/bundle/msi"))
            .ok()
            .and_then(|dir| {
                dir.filter_map(|e| e.ok().map(|e| e.path()))
                    .find(|p| p.extension().is_some_and(|x| x == "msi"))
            }),
    };
    match msi {
        Some(msi) => Ok(Some(msi)),
        None if std::env::var("CAIRN_NO_PACKAGE").as_deref() == Ok("1") => {
            eprintln!(
                "Windows installer test skipped: no .msi here and CAIRN_NO_PACKAGE=1 says this \
                 run built none (`bash scripts/package-windows.sh --debug` builds it; `make test` \
                 does both)"
            );
            Ok(None)
        }
        None => Err(
            "no .msi to test: run `bash scripts/package-windows.sh --debug` first \
                     (or set CAIRN_MSI, or CAIRN_NO_PACKAGE=1 to skip this test)"
                .into(),
        ),
    }
}

/// A Wine prefix of this test's own, made by the same runner the Windows
/// unit tests use (scripts/windows/run.sh), so nothing of an earlier run
/// (an install, a data folder) can make this one pass.
struct Wine {
    prefix: tempfile::TempDir,
}

impl Wine {
    fn new() -> Result<Wine> {
        let parent = target_dir();
        std::fs::create_dir_all(&parent)?;
        let prefix = tempfile::Builder::new()
            .prefix("wine-installer-")
            .tempdir_in(parent)?;
        Ok(Wine { prefix })
    }

    fn root(&self) -> &Path {
        self.prefix.path()
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new("bash");
        cmd.arg(workspace_root().join("scripts/windows/run.sh"))
            .arg(program)
            .env("CAIRN_WINEPREFIX", self.root())
            // The person's own data folder, as after a real install.
            .env_remove(DATA_DIR_ENV)
            .env("CAIRN_LANG", "en")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs a program in the prefix, failing with its output on an error.
    fn run(&self, program: &str, args: &[&str]) -> Result<Output> {
        let mut cmd = self.command(program);
        cmd.args(args);
        let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{program} {args:?} exited with {}:\n{}{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
        Ok(out)
    }

    /// `reg query KEY [/v VALUE]`'s output, or `None` when the key (or the
    /// value) is not there.
    fn reg_query(&self, key: &str, value: Option<&str>) -> Option<String> {
        let mut args = vec!["query", key];
        if let Some(v) = value {
            args.extend(["/v", v]);
        }
        self.run("reg", &args)
            .ok()
            .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Files named `name` anywhere under the prefix's `drive_c`.
    fn find(&self, name: &str) -> Vec<PathBuf> {
        fn walk(dir: &Path, name: &str, out: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                // Wine's own links (dosdevices) would lead out of the prefix.
                if entry.file_type().is_ok_and(|t| t.is_symlink()) {
                    continue;
                }
                if path.is_dir() {
                    walk(&path, name, out);
                } else if entry
                    .file_name()
                    .to_string_lossy()
                    .eq_ignore_ascii_case(name)
                {
                    out.push(path);
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.root().join("drive_c"), name, &mut out);
        out
    }
}

/// The installer's ProductCode, as msitools reads it.
fn product_code(msi: &Path) -> Result<String> {
    let out = Command::new("msiinfo")
        .args(["export", &msi.to_string_lossy(), "Property"])
        .output()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("ProductCode\t"))
        .map(|c| c.trim().to_owned())
        .ok_or_else(|| format!("{}: no ProductCode in its Property table", msi.display()).into())
}

/// The Windows form of a path in Wine's `Z:` drive.
fn z_drive(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

/// The installed window app's output: it runs until it exits or
/// [`APP_TIMEOUT`] passes (then it is stopped, and what it said so far is
/// returned).
fn window_app_output(wine: &Wine) -> Result<(Option<i32>, String)> {
    let log = wine.root().join("cairn-app.log");
    let mut cmd = wine.command(r"C:\Program Files\Cairn\cairn-app.exe");
    cmd.env("CAIRN_LOG", "cairn_lib=debug")
        .stdout(Stdio::from(std::fs::File::create(&log)?))
        .stderr(Stdio::from(
            std::fs::File::options().append(true).open(&log)?,
        ));
    let mut child = cmd.spawn()?;
    let started = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait()? {
            break status.code();
        }
        if started.elapsed() > APP_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    Ok((code, std::fs::read_to_string(&log)?))
}

#[test]
fn the_msi_installs_runs_the_command_line_and_uninstalls_keeping_the_data() -> Result<()> {
    let Some(msi) = msi_under_test()? else {
        return Ok(());
    };
    let code = product_code(&msi)?;
    let wine = Wine::new()?;
    let program_dir = wine.root().join(PROGRAM_DIR);

    // Install, silently, as `msiexec /i Cairn.msi /qn` does for a person.
    let install_log = wine.root().join("install.log");
    wine.run(
        "msiexec",
        &["/i", &z_drive(&msi), "/qn", "/l*v", &z_drive(&install_log)],
    )?;
    for file in INSTALLED {
        assert!(
            program_dir.join(file).is_file(),
            "{file} is not in C:\\Program Files\\Cairn after the install"
        );
    }
    let shortcuts = wine.find("Cairn.lnk");
    assert!(
        shortcuts
            .iter()
            .any(|p| p.to_string_lossy().contains("Start Menu/Programs")),
        "no Start-menu entry after the install (found {shortcuts:?})"
    );
    let entry = wine
        .reg_query(&format!(r"{UNINSTALL_KEY}\{code}"), None)
        .ok_or("no uninstall entry after the install")?;
    assert!(
        entry.contains("DisplayName") && entry.contains("Cairn"),
        "{entry}"
    );
    assert!(entry.contains("UninstallString"), "{entry}");
    let path = wine
        .reg_query(ENVIRONMENT_KEY, Some("PATH"))
        .ok_or("no system PATH")?;
    assert!(
        path.contains(r"C:\Program Files\Cairn"),
        "the command line's folder is not on the system PATH: {path}"
    );

    // The installed command line, on the person's own data folder.
    let cli = r"C:\Program Files\Cairn\cairn.exe";
    wine.run(cli, &["log", WIN])?;
    let today = wine.run(cli, &["today"])?;
    let today = String::from_utf8_lossy(&today.stdout);
    assert!(
        today.contains(WIN),
        "`cairn today` does not list the win:\n{today}"
    );
    let databases = wine.find(DB_FILE);
    let database = databases
        .iter()
        .find(|p| {
            p.to_string_lossy()
                .contains("AppData/Roaming/app.cairn.desktop")
        })
        .ok_or_else(|| format!("no database in %APPDATA%\\app.cairn.desktop: {databases:?}"))?
        .clone();

    // The window app: Wine has no WebView2, so it must say what to do.
    let (exit, said) = window_app_output(&wine)?;
    assert_eq!(exit, Some(1), "cairn-app.exe without WebView2:\n{said}");
    assert!(
        said.contains("WebView2") && said.contains("developer.microsoft.com"),
        "cairn-app.exe without WebView2 did not name the runtime and its page:\n{said}"
    );

    // Uninstall; the program goes, the person's wins stay.
    wine.run("msiexec", &["/x", &code, "/qn"])?;
    for file in INSTALLED {
        assert!(
            !program_dir.join(file).exists(),
            "{file} is still there after the uninstall"
        );
    }
    assert!(
        wine.find("Cairn.lnk").is_empty(),
        "the Start-menu entry is still there after the uninstall"
    );
    assert!(
        wine.reg_query(&format!(r"{UNINSTALL_KEY}\{code}"), None)
            .is_none(),
        "the uninstall entry is still there after the uninstall"
    );
    let path = wine
        .reg_query(ENVIRONMENT_KEY, Some("PATH"))
        .ok_or("no system PATH after the uninstall")?;
    assert!(
        !path.contains(r"C:\Program Files\Cairn"),
        "the uninstall left Cairn on the system PATH: {path}"
    );
    let db = rusqlite::Connection::open_with_flags(
        &database,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )?;
    let kept: i64 = db.query_row("SELECT count(*) FROM wins WHERE text = ?1", [WIN], |r| {
        r.get(0)
    })?;
    assert_eq!(kept, 1, "the win logged before the uninstall is gone");
    Ok(())
}
