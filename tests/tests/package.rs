//! Issue #14, "Packages a person can install": the `.deb` that
//! `make package-debug` (run by `make test`) built, unpacked with
//! `dpkg-deb -x` into a scratch root as a stand-in for installing it.
//!
//! The test reads its file list (both binaries in `/usr/bin`, the desktop
//! entry, the AppStream metainfo, the hicolor icons, no autostart entry),
//! validates the desktop entry and the metainfo, starts the unpacked
//! `cairn-app` to its first frame (`--measure-startup`) on a fresh data
//! folder, logs a win with the unpacked `cairn log`, reads it back with
//! `cairn today`, and opens the window through the unpacked `cairn` (no
//! command) to see the win on Today. The `.rpm` beside it is listed with
//! `rpm -qlp`.
//!
//! `CAIRN_DEB` names the `.deb` (default: the one in
//! `<target>/debug/bundle/deb/`). Without one the test fails, saying how to
//! build it, unless `CAIRN_NO_PACKAGE=1` says this run built no package
//! (`make e2e`): then it says it is skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use cairn_e2e::*;

/// The names the package is built with (tauri.conf.json's identifier, and
/// the desktop entry Tauri's bundler names after the product).
const IDENTIFIER: &str = "app.cairn.desktop";
const DESKTOP_FILE: &str = "usr/share/applications/Cairn.desktop";
/// The hicolor sizes scripts/make-icons.py draws for the packages.
const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

/// How long the unpacked app may take to its first frame (debug build,
/// under Xvfb, on a busy machine).
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .map(|p| workspace_root().join(p))
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// The one file in `dir` whose name ends with `ext`, if any.
fn find_one(dir: &Path, ext: &str) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(ext))
        .collect();
    found.sort();
    found.pop()
}

/// The `.deb` to test, or `None` when this run built no package.
fn deb_under_test() -> Result<Option<PathBuf>> {
    let deb = match std::env::var_os("CAIRN_DEB").filter(|v| !v.is_empty()) {
        Some(p) => Some(workspace_root().join(p)).filter(|p| p.is_file()),
        None => find_one(&target_dir().join("debug/bundle/deb"), ".deb"),
    };
    match deb {
        Some(deb) => Ok(Some(deb)),
        None if std::env::var("CAIRN_NO_PACKAGE").as_deref() == Ok("1") => {
            eprintln!(
                "package test skipped: no .deb here and CAIRN_NO_PACKAGE=1 says this run \
                 built none (`make package-debug` builds it; `make test` does both)"
            );
            Ok(None)
        }
        None => Err("no .deb to test: run `make package-debug` first \
                     (or set CAIRN_DEB, or CAIRN_NO_PACKAGE=1 to skip this test)"
            .into()),
    }
}

/// Runs `cmd`, failing with its output when it exits with an error.
fn run(cmd: &mut Command) -> Result<Output> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} exited with {}:\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(out)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every path under `root`, relative, with `/` separators.
fn list_files(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().into_owned());
            }
            if path.is_dir() {
                walk(&path, root, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Starts the unpacked `cairn-app --measure-startup` on `data` in its own
/// session bus and returns the milliseconds to its first frame.
fn first_frame_ms(app: &Path, data: &DataDir) -> Result<f64> {
    let mut child = Command::new("dbus-run-session")
        .arg("--")
        .arg(app)
        .arg("--measure-startup")
        .env(DATA_DIR_ENV, data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let started = Instant::now();
    while child.try_wait()?.is_none() {
        if started.elapsed() > STARTUP_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "{} --measure-startup gave no first frame in {STARTUP_TIMEOUT:?}",
                app.display()
            )
            .into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("first_frame_ms "))
        .and_then(|ms| ms.split_whitespace().next()?.parse().ok())
        .ok_or_else(|| {
            format!(
                "no first_frame_ms line from the unpacked app ({}):\n{text}{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            )
            .into()
        })
}

#[tokio::test]
async fn the_deb_installs_a_cairn_that_starts_and_logs() -> Result<()> {
    let Some(deb) = deb_under_test()? else {
        return Ok(());
    };
    let started = Instant::now();
    let scratch = tempfile::tempdir()?;
    let root = scratch.path().join("root");
    run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root))?;

    // What the package puts on the system.
    let files = list_files(&root);
    let has = |p: &str| files.iter().any(|f| f == p);
    for bin in ["usr/bin/cairn", "usr/bin/cairn-app"] {
        assert!(
            is_executable(&root.join(bin)),
            "{bin} is missing or not executable in {files:#?}"
        );
    }
    assert!(has(DESKTOP_FILE), "no desktop entry in {files:#?}");
    // The metainfo is named after the app's identifier and says it.
    let conf: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        workspace_root().join("src-tauri/tauri.conf.json"),
    )?)?;
    assert_eq!(conf["identifier"], IDENTIFIER, "tauri.conf.json identifier");
    let metainfo = format!("usr/share/metainfo/{IDENTIFIER}.metainfo.xml");
    assert!(has(&metainfo), "no AppStream metainfo in {files:#?}");
    let component = std::fs::read_to_string(root.join(&metainfo))?;
    assert!(
        component.contains(&format!("<id>{IDENTIFIER}</id>")),
        "metainfo:\n{component}"
    );
    for size in ICON_SIZES {
        let icon = format!("usr/share/icons/hicolor/{size}x{size}/apps/cairn-app.png");
        assert!(has(&icon), "no {icon} in {files:#?}");
    }
    let autostart: Vec<_> = files.iter().filter(|f| f.contains("autostart")).collect();
    assert!(
        autostart.is_empty(),
        "the package must not start Cairn at login: {autostart:?}"
    );

    // The desktop entry starts the window, with the icon the package installs.
    let entry = std::fs::read_to_string(root.join(DESKTOP_FILE))?;
    assert!(
        entry.lines().any(|l| l == "Exec=cairn-app"),
        "desktop entry:\n{entry}"
    );
    assert!(
        entry.lines().any(|l| l == "Icon=cairn-app"),
        "desktop entry:\n{entry}"
    );
    // It speaks every language Cairn does (written from the catalogues by
    // src-tauri/tests/packaging.rs), and so does the software centre's page.
    for (lang, _) in cairn_core::i18n::LANGUAGES
        .iter()
        .filter(|(l, _)| *l != "en")
    {
        assert!(
            entry
                .lines()
                .any(|l| l.starts_with(&format!("Comment[{lang}]="))),
            "no {lang} comment in the desktop entry:\n{entry}"
        );
        assert!(
            component.contains(&format!("<summary xml:lang=\"{lang}\">")),
            "no {lang} summary in the metainfo:\n{component}"
        );
    }
    run(Command::new("desktop-file-validate").arg(root.join(DESKTOP_FILE)))?;
    run(Command::new("appstreamcli")
        .args(["validate", "--no-net"])
        .arg(root.join(&metainfo)))?;
    // The installed tree as a whole: the metainfo's launchable names the
    // desktop entry, whose icon is there.
    run(Command::new("appstreamcli")
        .args(["validate-tree", "--no-net"])
        .arg(&root))?;
    let depends = stdout(&run(Command::new("dpkg-deb")
        .args(["-f"])
        .arg(&deb)
        .arg("Depends"))?);
    assert!(
        depends.contains("libwebkit2gtk-4.1-0"),
        "Depends: {depends}"
    );

    // The unpacked app reaches its first frame on a fresh data folder.
    let bin = root.join("usr/bin");
    let data = DataDir::new();
    let ms = first_frame_ms(&bin.join("cairn-app"), &data)?;
    eprintln!("unpacked cairn-app: first frame in {ms:.0} ms");

    // The unpacked command line logs a win and reads it back.
    let cli = |args: &[&str]| {
        run(Command::new(bin.join("cairn"))
            .args(args)
            .env(DATA_DIR_ENV, data.path()))
    };
    let logged = stdout(&cli(&["log", "Unpacked the first box"])?);
    assert!(
        logged.contains("Unpacked the first box"),
        "cairn log said: {logged}"
    );
    let today = stdout(&cli(&["today"])?);
    assert!(
        today.contains("Unpacked the first box"),
        "cairn today said: {today}"
    );

    // The unpacked `cairn` with no command opens the window (`cairn-app`
    // beside it), which shows the win.
    std::env::set_var(APP_ENV, bin.join("cairn"));
    let app = App::launch(&data).await?;
    app.wait_text("#today-wins", "Unpacked the first box")
        .await?;
    let _: serde_json::Value = app
        .exec(
            "document.querySelector('#today-wins').scrollIntoView({block: 'center'}); return null",
            vec![],
        )
        .await?;
    app.screenshot("package-today").await?;
    app.close().await?;

    // The .rpm beside it holds the same files.
    let rpm = deb
        .parent()
        .and_then(Path::parent)
        .and_then(|bundle| find_one(&bundle.join("rpm"), ".rpm"));
    match (rpm, Command::new("rpm").arg("--version").output().is_ok()) {
        (Some(rpm), true) => {
            let list = stdout(&run(Command::new("rpm").arg("-qlp").arg(&rpm))?);
            let mut want = vec![
                "/usr/bin/cairn".to_string(),
                "/usr/bin/cairn-app".to_string(),
                format!("/{DESKTOP_FILE}"),
                format!("/{metainfo}"),
            ];
            want.extend(
                ICON_SIZES.map(|s| format!("/usr/share/icons/hicolor/{s}x{s}/apps/cairn-app.png")),
            );
            for path in want {
                assert!(
                    list.lines().any(|l| l == path),
                    "{path} is not in the .rpm:\n{list}"
                );
            }
            assert!(
                !list.contains("autostart"),
                "the .rpm starts Cairn at login:\n{list}"
            );
        }
        (None, _) => return Err(format!("no .rpm beside {}", deb.display()).into()),
        (Some(_), false) => {
            eprintln!("rpm is not installed here: the .rpm's file list is not checked")
        }
    }
    eprintln!("package test took {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}
