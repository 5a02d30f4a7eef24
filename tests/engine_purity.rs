#![cfg(not(target_arch = "wasm32"))]
//! The engine stays pure: no file under `src/engine` mentions a user-interface or browser
//! crate. The forbidden words are assembled at run time so that this file itself never
//! contains them in one piece.

use std::fs;
use std::path::{Path, PathBuf};

fn forbidden() -> Vec<String> {
    [["lep", "tos"], ["web", "_sys"], ["wasm", "_bindgen"], ["js", "_sys"], ["gl", "oo"]]
        .iter()
        .map(|parts| parts.concat())
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// True when `word` occurs in `line` as a whole identifier (not inside a longer one).
fn has_word(line: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(word).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

#[test]
fn engine_imports_no_ui_or_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("engine");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() >= 5, "expected the engine's files under {}", root.display());
    let words = forbidden();
    let mut hits = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            for w in &words {
                if has_word(line, w) {
                    hits.push(format!(
                        "{}:{}: mentions `{w}`: {}",
                        file.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(hits.is_empty(), "the engine must stay pure:\n{}", hits.join("\n"));
}

#[test]
fn word_matching_is_exact() {
    let w = ["gl", "oo"].concat();
    assert!(has_word(&format!("use {w}::storage;"), &w));
    assert!(!has_word("a gloomy day", &w));
    assert!(!has_word(&format!("my_{w}"), &w));
}
