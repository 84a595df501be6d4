//! Build script: the dataset the crate embeds (`core::shipped::DATASET_JSON`), minified, with
//! a header that lets the widget check cheaply that it runs on exactly the text the build
//! checked.
//!
//! Writes `$OUT_DIR/h200.embedded`: one header line of [`HEADER_LEN`] bytes,
//! `h200-dataset fnv1a64 LLLLLLLLLL HHHHHHHHHHHHHHHH\n` (the JSON's length in bytes, ten
//! decimal digits, and its 64-bit FNV-1a hash, sixteen hex digits), then `data/h200.json`
//! minified (serde_json: no whitespace; object keys sorted; strings and numbers unchanged).
//!
//! The dataset's content is validated by `h200-data check` (scripts/build.sh, and Trunk.toml's
//! pre-build hook for every trunk build) and by the native tests; here a file that is not
//! JSON is embedded as it is, with a cargo warning, so that `h200-data check` can still report
//! the syntax error with its line and column.

use std::fmt::Write as _;
use std::path::Path;

/// Length of the header line, newline included (see `core::shipped`).
const HEADER_LEN: usize = 49;

/// 64-bit FNV-1a (the same function as `core::shipped::fnv1a64`).
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn main() {
    let source = "data/h200.json";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build.rs");
    let text =
        std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: cannot read: {e}"));
    let json = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(value) => value.to_string(),
        Err(e) => {
            println!(
                "cargo:warning={source} is not JSON ({e}): embedded as it is; run h200-data check"
            );
            text
        }
    };
    let mut out = String::with_capacity(HEADER_LEN + json.len());
    let _ = writeln!(
        out,
        "h200-dataset fnv1a64 {:010} {:016x}",
        json.len(),
        fnv1a64(json.as_bytes())
    );
    assert_eq!(out.len(), HEADER_LEN, "header length");
    out.push_str(&json);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("h200.embedded"), out)
        .expect("write OUT_DIR/h200.embedded");
}
