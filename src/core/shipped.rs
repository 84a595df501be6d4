//! The files the widget and the CLI ship with: the dataset (`data/h200.json`), the world
//! map (`assets/world.geo`) and its marker layout (`assets/markers.txt`), embedded at
//! compile time, and the model built from them.
//!
//! Kept apart from the engine and the geometry reader, which work on any dataset and any
//! map: only this module knows which files ship.

use super::geometry::{self, MapGeometry};
use super::layout::{self, MarkerPos};
use super::model::{Dataset, SCHEMA_VERSION};
use super::validate::DatasetError;

/// What `build.rs` embeds: a header line, `h200-dataset fnv1a64 LLLLLLLLLL HHHHHHHHHHHHHHHH\n`
/// (the dataset's length in bytes and its 64-bit FNV-1a hash), then `data/h200.json` minified.
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/h200.embedded"));

/// Length of [`EMBEDDED`]'s header line in bytes, newline included.
const HEADER_LEN: usize = 49;

/// The header's fixed start.
const HEADER_TAG: &str = "h200-dataset fnv1a64 ";

/// The dataset shipped with the widget (`data/h200.json`, minified by `build.rs`), embedded
/// at compile time. Its content is validated in the build (`h200-data check` in
/// scripts/build.sh and in Trunk.toml's pre-build hook; the native tests); the widget checks
/// only that it is the text the build embedded ([`check_embedded`]).
pub const DATASET_JSON: &str = EMBEDDED.split_at(HEADER_LEN).1;

/// 64-bit FNV-1a of `bytes` (offset basis 0xcbf29ce484222325, prime 0x100000001b3): a cheap
/// fingerprint of the embedded text, not a defence against a deliberate change.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Checks that `embedded` (a header line and the dataset, as [`EMBEDDED`]) is intact: the
/// length and hash its header gives match the text after it. Returns the dataset text.
///
/// Errors (path `$`): a missing or malformed header, or a text whose length or hash differs
/// (the `.wasm` was altered after the build: the data may be anything).
pub fn check_embedded(embedded: &str) -> Result<&str, DatasetError> {
    let fail = |message: String| DatasetError {
        path: "$".into(),
        message,
    };
    let (header, json) = embedded
        .split_at_checked(HEADER_LEN)
        .filter(|(h, _)| h.starts_with(HEADER_TAG) && h.ends_with('\n'))
        .ok_or_else(|| fail("the embedded dataset has no build header".into()))?;
    let mut fields = header[HEADER_TAG.len()..].trim_end().split(' ');
    let len = fields.next().and_then(|l| l.parse::<usize>().ok());
    let hash = fields.next().and_then(|h| u64::from_str_radix(h, 16).ok());
    let (Some(len), Some(hash)) = (len, hash) else {
        return Err(fail(
            "the embedded dataset's build header is malformed".into(),
        ));
    };
    let actual = fnv1a64(json.as_bytes());
    if json.len() != len || actual != hash {
        return Err(fail(format!(
            "the embedded dataset is not the one the build checked ({} bytes, FNV-1a {actual:016x}; \
             the build embedded {len} bytes, {hash:016x}): the file was altered after the build",
            json.len()
        )));
    }
    Ok(json)
}

/// The shipped dataset's text, checked by [`check_embedded`].
///
/// Errors: see [`check_embedded`].
pub fn dataset_text() -> Result<&'static str, DatasetError> {
    check_embedded(EMBEDDED)
}

/// Checks the schema version of a dataset read from the checked text: a build of another
/// schema's code and data cannot meet, but the check costs nothing.
///
/// Errors (path `$.schema_version`): any version but [`SCHEMA_VERSION`].
pub fn check_schema(dataset: &Dataset) -> Result<(), DatasetError> {
    if dataset.schema_version == SCHEMA_VERSION {
        return Ok(());
    }
    Err(DatasetError {
        path: "$.schema_version".into(),
        message: format!(
            "schema_version {} is not supported (this build reads {SCHEMA_VERSION})",
            dataset.schema_version
        ),
    })
}

/// The committed world map asset (`assets/world.geo`), embedded at compile time.
pub const WORLD_GEO: &str = include_str!("../../assets/world.geo");

/// Where the markers of [`WORLD_GEO`] go (`assets/markers.txt`, written by `h200-geo`
/// from [`layout::marker_positions`]; `tests/hit.rs` checks it is up to date).
pub const MARKERS_TXT: &str = include_str!("../../assets/markers.txt");

/// The markers of `geo` (the shipped map) as laid out in [`MARKERS_TXT`].
///
/// # Panics
/// Only if the committed file does not fit the committed map, which `tests/hit.rs` rules
/// out.
pub fn markers(geo: &MapGeometry) -> Vec<MarkerPos> {
    match layout::parse_markers(MARKERS_TXT, geo) {
        Ok(m) => m,
        Err(e) => panic!("committed assets/markers.txt is invalid: {e}"),
    }
}

/// The committed world map ([`WORLD_GEO`]), parsed. Parse it once and keep the result:
/// this re-parses the embedded text (about 110 KB) on every call.
///
/// # Panics
/// Only if the committed asset is malformed, which the test suite rules out
/// (`tests/geometry.rs` parses it).
pub fn world() -> MapGeometry {
    match geometry::parse(WORLD_GEO) {
        Ok(g) => g,
        Err(e) => panic!("committed assets/world.geo is invalid: {e}"),
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::super::engine::Model;
    use super::super::validate::{self, DatasetError};
    use super::{world, DATASET_JSON};

    /// Parses dataset JSON text (native builds; the browser uses `JSON.parse` and
    /// serde-wasm-bindgen) and validates it against the shipped map's entities.
    ///
    /// Errors: every problem found, each naming the JSON path and the field.
    pub fn model_from_json(text: &str) -> Result<Model, Vec<DatasetError>> {
        let mut de = serde_json::Deserializer::from_str(text);
        let dataset = validate::deserialize(&mut de).map_err(|e| vec![e])?;
        Model::new(dataset, &world().isos())
    }

    /// The shipped dataset, validated against the shipped map.
    ///
    /// # Panics
    /// With the validation errors, if the shipped dataset is invalid (the tests rule it out).
    pub fn model() -> Model {
        match model_from_json(DATASET_JSON) {
            Ok(m) => m,
            Err(errors) => panic!("data/h200.json is invalid:\n{}", validate::report(&errors)),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{model, model_from_json};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_dataset_is_the_minified_source() {
        let text = check_embedded(EMBEDDED).expect("intact");
        assert_eq!(text, DATASET_JSON);
        assert!(!text.contains("\n  "), "minified");
        let source =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/h200.json"))
                .expect("data/h200.json");
        let a: serde_json::Value = serde_json::from_str(text).unwrap();
        let b: serde_json::Value = serde_json::from_str(&source).unwrap();
        assert_eq!(a, b, "same JSON value as data/h200.json");
        assert!(text.len() < source.len());
    }

    #[test]
    fn an_altered_dataset_fails_its_check() {
        // Same length, one byte changed (what the e2e tests do to the served .wasm).
        let altered = EMBEDDED.replacen("\"as_of\"", "\"as_oF\"", 1);
        assert_eq!(altered.len(), EMBEDDED.len());
        let e = check_embedded(&altered).unwrap_err();
        assert_eq!(e.path, "$");
        assert!(
            e.message.contains("not the one the build checked"),
            "{}",
            e.message
        );
        let shorter = &EMBEDDED[..EMBEDDED.len() - 1];
        assert!(check_embedded(shorter).is_err());
        assert!(check_embedded("{}")
            .unwrap_err()
            .message
            .contains("no build header"));
        let bad_header = format!("h200-dataset fnv1a64 {:>10} {:>16}\n{{}}", "x", "y");
        assert!(check_embedded(&bad_header)
            .unwrap_err()
            .message
            .contains("malformed"));
        // FNV-1a test vectors (Fowler, Noll, Vo: "" and "a").
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
