//! The validator on the malformed corpus (`tests/invalid/`): each file must fail with the
//! JSON path and the message listed in `tests/invalid/EXPECTED.json`, through the data
//! editors' CLI (`h200-data check FILE`, exit 1).

use std::path::Path;
use std::process::Command;

fn check(file: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_h200-data"))
        .arg("check")
        .arg(file)
        .output()
        .expect("run h200-data");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_shipped_dataset_and_the_small_fixture_pass() {
    for f in ["data/h200.json", "tests/fixtures/small-valid.json"] {
        let (code, stdout, stderr) = check(Path::new(f));
        assert_eq!(code, 0, "{f} should be valid:\n{stderr}");
        assert!(stdout.starts_with("ok: "), "{stdout}");
    }
}

#[test]
fn every_malformed_dataset_fails_with_its_path_and_message() {
    let dir = Path::new("tests/invalid");
    let expected: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("EXPECTED.json")).unwrap()).unwrap();
    assert!(
        expected.len() >= 15,
        "the corpus covers every kind of error"
    );
    let on_disk = std::fs::read_dir(dir).unwrap().count() - 1; // minus EXPECTED.json
    assert_eq!(
        on_disk,
        expected.len(),
        "every corpus file has an expectation"
    );
    for case in &expected {
        let file = dir.join(case["file"].as_str().unwrap());
        let (path, message) = (
            case["path"].as_str().unwrap(),
            case["message"].as_str().unwrap(),
        );
        let (code, _, stderr) = check(&file);
        assert_eq!(code, 1, "{} must fail", file.display());
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&format!("{path}: ")))
            .unwrap_or_else(|| panic!("{}: no error at {path} in:\n{stderr}", file.display()));
        assert!(
            line.contains(message),
            "{}: expected {message:?} in {line:?}",
            file.display()
        );
    }
}

#[test]
fn check_reports_a_missing_file_clearly() {
    let (code, _, stderr) = check(Path::new("tests/invalid/does-not-exist.json"));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("does-not-exist.json: cannot read"),
        "{stderr}"
    );
}
