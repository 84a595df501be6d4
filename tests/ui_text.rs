//! Source checks on the widget's text: everything a reader (or a screen reader) is told
//! comes from the language tables of `core::i18n`, in the reader's language.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn src(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)
}

#[test]
fn accessible_names_are_never_literals() {
    // An attribute a screen reader or a tooltip speaks, written as a string literal in
    // html!, is the same in every language (the zoom group was "Zoom" in French).
    let spoken = [
        "aria-label=\"",
        "title=\"",
        "placeholder=\"",
        "alt=\"",
        "aria-valuetext=\"",
    ];
    let mut found = Vec::new();
    for file in rust_files(&src("src/ui")) {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if spoken.iter().any(|a| line.contains(a)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "literal text in an attribute:\n{}",
        found.join("\n")
    );
    assert!(
        rust_files(&src("src/ui")).len() > 20,
        "the check reads the UI sources"
    );
}

#[test]
fn every_string_in_the_tables_is_shown_somewhere() {
    // A key nobody uses is text translated four times that no reader sees.
    let i18n = fs::read_to_string(src("src/core/i18n/mod.rs")).unwrap();
    let start = i18n.find("keys! {").expect("the list of keys");
    let body = &i18n[start..start + i18n[start..].find('}').unwrap()];
    let keys: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.starts_with('#') && l.ends_with(','))
        .map(|l| l.trim_end_matches(','))
        .collect();
    assert!(keys.len() > 40, "parsed {} keys", keys.len());
    let sources: String = rust_files(&src("src"))
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .collect();
    let unused: Vec<&&str> = keys
        .iter()
        .filter(|k| !sources.contains(&format!("Key::{k}")))
        .collect();
    assert!(unused.is_empty(), "keys never used: {unused:?}");
}
