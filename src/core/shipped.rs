//! The files the widget and the CLI ship with: the dataset (`data/h200.json`), the world
//! map (`assets/world.geo`) and its marker layout (`assets/markers.txt`), embedded at
//! compile time, and the model built from them.
//!
//! Kept apart from the engine and the geometry reader, which work on any dataset and any
//! map: only this module knows which files ship.

use super::geometry::{self, MapGeometry};
use super::layout::{self, MarkerPos};

/// The dataset shipped with the widget (`data/h200.json`), embedded at compile time.
pub const DATASET_JSON: &str = include_str!("../../data/h200.json");

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
