//! Page-wide data: the embedded dataset and map geometry, parsed once and shared.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::AttrValue;

use crate::core::engine::Model;
use crate::core::geometry::{self, MapGeometry};
use crate::core::shipped::{DATASET_JSON, WORLD_GEO};
use crate::core::validate::{self, DatasetError};

/// Everything every instance shares: the validated legal model and the map shapes.
pub struct Shared {
    /// The validated legal model.
    pub model: Model,
    /// The projected map (SVG user units).
    pub geo: MapGeometry,
    /// Path data of each feature, in `geo.features` order, ready for the VDOM.
    pub paths: Vec<AttrValue>,
    /// ISO code -> index in `geo.features`.
    pub index: HashMap<String, usize>,
    /// Height of the drawn land plus a margin (units): the viewBox is cropped to it, since
    /// without Antarctica the bottom of the Equal Earth frame is empty ocean.
    pub view_height: u32,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The shared data, or why it could not be loaded.
pub type Loaded = Result<Rc<Shared>, Rc<Vec<DatasetError>>>;

thread_local! {
    static SHARED: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

/// Parses a dataset from JSON text with the browser's `JSON.parse` and
/// serde-wasm-bindgen (no JSON parser in the wasm), then validates it against `geo`.
///
/// Errors: the JSON syntax error, or every validation error with its JSON path.
pub fn parse_model(json: &str, geo: &MapGeometry) -> Result<Model, Vec<DatasetError>> {
    let value = js_sys::JSON::parse(json).map_err(|e| {
        vec![DatasetError {
            path: "$".into(),
            message: format!(
                "not JSON: {}",
                e.as_string().unwrap_or_else(|| format!("{e:?}"))
            ),
        }]
    })?;
    let dataset = validate::deserialize(serde_wasm_bindgen::Deserializer::from(value))
        .map_err(|e| vec![e])?;
    Model::new(dataset, &geo.isos())
}

fn load() -> Loaded {
    let geo = geometry::parse(WORLD_GEO).map_err(|e| {
        Rc::new(vec![DatasetError {
            path: "assets/world.geo".into(),
            message: e.to_string(),
        }])
    })?;
    let model = parse_model(DATASET_JSON, &geo).map_err(Rc::new)?;
    let paths = geo
        .features
        .iter()
        .map(|f| AttrValue::from(f.path.clone()))
        .collect();
    let index = geo
        .features
        .iter()
        .enumerate()
        .map(|(i, f)| (f.iso.clone(), i))
        .collect();
    let max_y = geo
        .features
        .iter()
        .filter_map(|f| f.rings().ok())
        .flatten()
        .flatten()
        .map(|p| p[1])
        .max()
        .unwrap_or(geo.height as i32);
    let view_height = (max_y.max(0) as u32 + geo.height / 50).min(geo.height);
    Ok(Rc::new(Shared {
        model,
        geo,
        paths,
        index,
        view_height,
    }))
}

/// The shared data, loaded on first use (once per page, whatever the number of maps).
pub fn shared() -> Loaded {
    SHARED.with(|cell| cell.borrow_mut().get_or_insert_with(load).clone())
}
