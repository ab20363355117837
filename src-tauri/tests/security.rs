//! Security guards that read the app's own configuration: the CSP allows no
//! remote origin and no inline script, the capabilities grant only commands
//! that exist (and every command is granted somewhere), and no HTTP client
//! is among the dependencies of the `cairn` package.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// The CSP's directives, each with its sources.
fn csp() -> BTreeMap<String, Vec<String>> {
    let conf = json(&manifest_dir().join("tauri.conf.json"));
    let csp = conf["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP string in tauri.conf.json");
    csp.split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut parts = d.split_whitespace().map(str::to_owned);
            let name = parts.next().unwrap();
            (name, parts.collect())
        })
        .collect()
}

#[test]
fn the_csp_allows_no_remote_origin_and_no_inline_script() {
    let csp = csp();
    // Local sources only: the app itself, Tauri's IPC, inline images.
    let local = ["'self'", "'none'", "ipc:", "http://ipc.localhost", "data:"];
    for (directive, sources) in &csp {
        for source in sources {
            assert!(
                local.contains(&source.as_str()),
                "{directive} allows {source}, which is not local"
            );
        }
    }
    for directive in ["default-src", "script-src", "object-src", "base-uri"] {
        assert!(csp.contains_key(directive), "the CSP sets {directive}");
    }
    let script = &csp["script-src"];
    assert_eq!(script, &vec!["'self'".to_owned()], "no inline or eval");
    assert!(
        !csp.get("style-src")
            .is_some_and(|s| s.iter().any(|x| x == "'unsafe-inline'")),
        "no inline style"
    );
}

/// Every command, from the one list (src/commands/list.rs) that also makes
/// the handler and build.rs's permissions.
fn commands() -> BTreeSet<String> {
    cairn_lib::COMMANDS
        .iter()
        .map(|c| (*c).to_owned())
        .collect()
}

#[test]
fn capabilities_grant_only_commands_in_use() {
    let commands = commands();
    // Plugin and core permissions the windows need, and nothing more.
    let plugin_allowed = ["core:event:default"];
    let mut granted = BTreeSet::new();
    let dir = manifest_dir().join("capabilities");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let cap = json(&path);
        for p in cap["permissions"].as_array().expect("permissions") {
            let p = p.as_str().expect("permissions are plain names");
            if let Some(command) = p.strip_prefix("allow-") {
                let command = command.replace('-', "_");
                assert!(
                    commands.contains(&command),
                    "{} grants {p}, which is no command",
                    path.display()
                );
                granted.insert(command);
            } else {
                assert!(
                    plugin_allowed.contains(&p),
                    "{} grants {p}, which Cairn does not use",
                    path.display()
                );
            }
        }
    }
    let ungranted: Vec<_> = commands.difference(&granted).collect();
    assert!(
        ungranted.is_empty(),
        "commands no window may call: {ungranted:?}"
    );
}

/// The names of every package `cairn` builds with (normal and build
/// dependencies, not its dev-dependencies) on one target, from `cargo
/// metadata`: Cargo.lock alone cannot tell a desktop dependency from one
/// that only Android or iOS builds use.
fn dependency_names(target: &str) -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            // Not --offline: a fresh machine has downloaded only its own
            // platform's crates, and metadata needs every platform's
            // manifests (`make test` fetches them first; --locked keeps
            // Cargo.lock as it is).
            "--locked",
            "--filter-platform",
            target,
        ])
        .current_dir(manifest_dir())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: BTreeMap<&str, &str> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: BTreeMap<&str, &serde_json::Value> = meta["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let root = names
        .iter()
        .find(|(_, name)| **name == "cairn")
        .map(|(id, _)| *id)
        .expect("the cairn package");
    let mut seen = BTreeSet::new();
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().into_iter().flatten() {
            let used = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].as_str() != Some("dev"));
            if used {
                todo.push(dep["pkg"].as_str().unwrap());
            }
        }
    }
    seen.into_iter().map(|id| names[id].to_owned()).collect()
}

#[test]
fn no_http_client_among_the_dependencies() {
    for target in [
        "x86_64-unknown-linux-gnu",
        "x86_64-pc-windows-msvc",
        "aarch64-apple-darwin",
    ] {
        let names = dependency_names(target);
        assert!(names.contains("tauri"), "the walk reaches tauri");
        assert!(
            !names.contains("fantoccini") && !names.contains("criterion"),
            "the walk stays out of the tests crate and dev-dependencies"
        );
        let clients = ["reqwest", "hyper", "ureq", "isahc", "curl", "attohttpc"];
        let found: Vec<_> = clients.iter().filter(|c| names.contains(**c)).collect();
        assert!(
            found.is_empty(),
            "HTTP clients in cairn's tree on {target}: {found:?}"
        );
    }
}
