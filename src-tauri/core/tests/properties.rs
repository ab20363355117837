//! Property tests for hostile files: whatever an importer is given, nothing
//! panics, a failure is one of Cairn's error kinds with a sentence, and a
//! failed import leaves the database byte-for-byte as it was. (Every
//! command's input is fuzzed in the app crate, src/commands/tests.rs.)

use std::path::Path;

use cairn_core::clock::FixedClock;
use cairn_core::service;
use cairn_core::store::Store;
use proptest::prelude::*;

const KINDS: &[&str] = &["validation", "notFound", "conflict", "storage", "internal"];

fn clock() -> FixedClock {
    FixedClock::at("2026-11-21T09:30:00+01:00")
}

fn db_bytes(dir: &Path) -> Vec<u8> {
    let main = std::fs::read(dir.join("cairn.sqlite3")).unwrap();
    let wal = std::fs::read(dir.join("cairn.sqlite3-wal")).unwrap_or_default();
    [main, wal].concat()
}

/// A valid export with a little of everything, as text.
fn good_export() -> String {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let clock = clock();
    let g = service::goals::create_goal(
        &store,
        &clock,
        &service::goals::GoalDraft {
            title: "Thesis".into(),
            ..Default::default()
        },
    )
    .unwrap();
    service::wins::log_win(
        &store,
        &clock,
        &service::wins::WinDraft {
            text: "Wrote".into(),
            note: "n".into(),
            goal: Some(g.id),
            step: None,
            source: cairn_core::domain::WinSource::Window,
        },
    )
    .unwrap();
    let path = dir.path().join("e.json");
    service::export::export_json(&store, &clock, &path).unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// Imports `bytes` as a file into a database with data in it: an error
/// must be a kind with a sentence and change nothing.
fn import_bytes(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let clock = clock();
    service::wins::log_win(
        &store,
        &clock,
        &service::wins::WinDraft {
            text: "Mine".into(),
            note: String::new(),
            goal: None,
            step: None,
            source: cairn_core::domain::WinSource::Window,
        },
    )
    .unwrap();
    let file = dir.path().join("import.bin");
    std::fs::write(&file, bytes).unwrap();
    let before = db_bytes(dir.path());
    if let Err(e) = service::import::import_path(&store, &clock, &file, false) {
        assert!(KINDS.contains(&e.kind()));
        assert!(e.to_string().ends_with('.'), "{e}");
        assert_eq!(
            db_bytes(dir.path()),
            before,
            "a failed import changed nothing"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        import_bytes(&bytes);
    }

    #[test]
    fn arbitrary_json_shaped_text_never_panics(text in "\\{[ -~]{0,400}") {
        import_bytes(text.as_bytes());
    }

    #[test]
    fn a_cut_or_altered_export_never_panics(cut in 0usize..4000, at in 0usize..4000, with in "[ -~]{0,12}") {
        let good = good_export();
        let cut = cut.min(good.len());
        import_bytes(&good.as_bytes()[..cut]);
        let at = at.min(good.len());
        let mut altered = good.into_bytes();
        altered.splice(at..at, with.bytes());
        import_bytes(&altered);
    }

    #[test]
    fn loop_csv_text_never_panics(habits in "[ -~\\n,\"]{0,300}", checks in "[ -~\\n,\"]{0,300}") {
        let now = clock_now();
        let _ = service::import::loop_csv::from_texts(&format!("Position,Name,Type\n{habits}"), &format!("Date,{checks}"), now);
        let _ = service::import::loop_csv::from_texts(&habits, &checks, now);
    }

    #[test]
    fn a_damaged_loop_backup_never_panics(at in 0usize..32768, byte in any::<u8>(), len in 1usize..64) {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/loop/loop-v22.db");
        let mut bytes = std::fs::read(fixture).unwrap();
        let at = at.min(bytes.len() - 1);
        let end = (at + len).min(bytes.len());
        for b in &mut bytes[at..end] {
            *b = byte;
        }
        import_bytes(&bytes);
    }
}

fn clock_now() -> chrono::DateTime<chrono::Utc> {
    use cairn_core::clock::Clock;
    clock().now()
}
