//! Page-wide data: the embedded dataset (validated in the build, checked for integrity here)
//! and map geometry, parsed and laid out once per page and shared by every `<h200-map>` instance.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use yew::AttrValue;

use crate::core::engine::Model;
use crate::core::geometry::{self, MapGeometry};
use crate::core::land::Land;
use crate::core::layout::{crop_height, label_points, parse_markers, MarkerPos};
use crate::core::model::Dataset;
use crate::core::shipped::{check_schema, dataset_text, MARKERS_TXT, WORLD_GEO};
use crate::core::validate::{self, DatasetError};
use crate::core::view::ViewBox;

/// Everything every instance shares.
pub struct PageData {
    /// The legal model (of the dataset the build validated).
    pub model: Model,
    /// The projected map (SVG user units).
    pub geo: MapGeometry,
    /// Path data of each feature, in `geo.features` order, ready for the VDOM.
    pub paths: Vec<AttrValue>,
    /// ISO code -> index in `geo.features`.
    pub feature_index: HashMap<String, usize>,
    /// Height of the drawn land plus a margin (units): the viewBox is cropped to it
    /// ([`crop_height`]).
    pub view_height: u32,
    /// The whole map: `geo.width` x `view_height` units.
    pub full: ViewBox,
    /// The markers of tiny features, where `assets/markers.txt` puts them (laid out by
    /// [`crate::core::layout::marker_positions`]).
    pub markers: Vec<MarkerPos>,
    /// The land as indexed polygons for hit testing, built on first use ([`PageData::land`]).
    land: OnceCell<Land>,
    /// A point per feature for arrow-key navigation ([`label_points`]).
    pub label_points: Vec<(String, f64, f64)>,
}

impl PageData {
    /// The land as indexed polygons ([`Land`]), built on the first pointer event of the
    /// page (a few milliseconds), then shared.
    pub fn land(&self) -> &Land {
        self.land.get_or_init(|| Land::new(&self.geo))
    }
}

/// Pointer equality: there is one `PageData` per page, so two props holding the same `Rc`
/// are equal without comparing 235 shapes (Yew compares props on every render).
impl PartialEq for PageData {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The page data, or why it could not be loaded.
pub type Loaded = Result<Rc<PageData>, Rc<Vec<DatasetError>>>;

thread_local! {
    static PAGE: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

/// Parses dataset JSON text with the browser's `JSON.parse` and serde-wasm-bindgen (no
/// JSON parser in the wasm).
///
/// Errors (path `$`): the JSON syntax error, or the first type error.
fn parse_dataset(json: &str) -> Result<Dataset, DatasetError> {
    let value = js_sys::JSON::parse(json).map_err(|e| DatasetError {
        path: "$".into(),
        message: format!(
            "not JSON: {}",
            e.as_string().unwrap_or_else(|| format!("{e:?}"))
        ),
    })?;
    validate::deserialize(serde_wasm_bindgen::Deserializer::from(value))
}

/// Parses any dataset (see [`parse_dataset`]) and validates it against `geo` as
/// `h200-data check` does.
///
/// Errors: the JSON syntax error, or every validation error with its JSON path (a type
/// error has path `$`).
pub fn parse_model(json: &str, geo: &MapGeometry) -> Result<Model, Vec<DatasetError>> {
    Model::new(parse_dataset(json).map_err(|e| vec![e])?, &geo.isos())
}

/// The shipped dataset, which the build validated: checked only for integrity (length and
/// hash of the embedded text, schema version), then indexed.
///
/// Errors: the failed check ([`crate::core::shipped::check_embedded`]) or parse.
pub fn shipped_model(geo: &MapGeometry) -> Result<Model, DatasetError> {
    let dataset = parse_dataset(dataset_text()?)?;
    check_schema(&dataset)?;
    Ok(Model::prevalidated(dataset, &geo.isos()))
}

fn load() -> Loaded {
    let geo = geometry::parse(WORLD_GEO).map_err(|e| {
        Rc::new(vec![DatasetError {
            path: "assets/world.geo".into(),
            message: e.to_string(),
        }])
    })?;
    let model = shipped_model(&geo).map_err(|e| Rc::new(vec![e]))?;
    let paths = geo
        .features
        .iter()
        .map(|f| AttrValue::from(f.path.clone()))
        .collect();
    let feature_index = geo
        .features
        .iter()
        .enumerate()
        .map(|(i, f)| (f.iso.clone(), i))
        .collect();
    let view_height = crop_height(&geo);
    let full = ViewBox::full(f64::from(geo.width), f64::from(view_height));
    let markers = parse_markers(MARKERS_TXT, &geo).map_err(|e| {
        Rc::new(vec![DatasetError {
            path: "assets/markers.txt".into(),
            message: e.to_string(),
        }])
    })?;
    let label_points = label_points(&geo, &markers);
    Ok(Rc::new(PageData {
        model,
        geo,
        paths,
        feature_index,
        view_height,
        full,
        markers,
        land: OnceCell::new(),
        label_points,
    }))
}

/// The page data, loaded on first use (once per page, whatever the number of maps).
pub fn page_data() -> Loaded {
    PAGE.with(|cell| cell.borrow_mut().get_or_insert_with(load).clone())
}
