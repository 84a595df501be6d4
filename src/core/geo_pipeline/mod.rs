//! The reproducible geometry pipeline (native only): Natural Earth country polygons in
//! TopoJSON (npm `world-atlas@2.0.2`, `countries-50m.json`) to the compact text asset
//! `assets/world.geo` read by [`crate::core::geometry`]. The CLI is `h200-geo`.
//!
//! Steps, in order:
//! 1. Parse the TopoJSON with the `topojson` crate and decode the quantised,
//!    delta-encoded arcs to degrees ([`arcs::decode`]).
//! 2. Key every feature by ISO 3166-1 alpha-2 from the `i18n-iso-countries` table and
//!    the documented rules for features without a code ([`keys`]); features sharing a
//!    key are merged and their common borders dissolved ([`arcs::dissolve`]).
//! 3. Drop rings smaller than [`MIN_RING_AREA`] units² (measured on the full-resolution
//!    shape), except each feature's largest ring, so tiny countries survive.
//! 4. Simplify every arc used by a kept ring **once** with Douglas–Peucker at
//!    [`TOLERANCE_DEG`] degrees, keeping arc endpoints ([`simplify`]), so neighbours
//!    share identical borders. A kept ring that collapses (fewer than 3 points, flipped
//!    orientation, or less than [`MIN_AREA_KEPT`] of its area) gets its arcs re-simplified
//!    at half the tolerance, until it holds.
//! 5. Assemble rings from the simplified arcs ([`arcs::assemble_ring`]) and cut them at
//!    the antimeridian ([`antimeridian::cut`]).
//! 6. Project with Equal Earth to a viewBox [`WIDTH`] units wide
//!    ([`projection::Frame`]), orient rings (outer clockwise on screen, holes
//!    counter-clockwise), quantise to integer units and encode ([`encode`]).
//! 7. Per feature: projected area, label point (area-weighted centroid of the largest
//!    ring, or an interior point when the centroid falls outside a concave ring; see
//!    [`encode::label_point`]), and the marker flag (largest ring smaller than [`MARKER_MAX_EXTENT`] units
//!    on both axes).
//!
//! The output is deterministic: features sorted by key, fixed integer formatting, and
//! every iteration order fixed by the input.

pub mod antimeridian;
pub mod arcs;
pub mod encode;
pub mod keys;
pub use crate::core::projection;
pub mod simplify;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use topojson::{TopoJson, Value};

use crate::core::geometry::{self, GeometryError};
use keys::{Decision, IsoCodes};
use projection::Frame;

/// A position `[longitude, latitude]` in degrees.
pub use crate::core::projection::Point;

/// Default `--input`: the Natural Earth 1:50m countries TopoJSON from `world-atlas`.
pub const DEFAULT_INPUT: &str = "node_modules/world-atlas/countries-50m.json";
/// Default `--codes`: the ISO 3166-1 table of `i18n-iso-countries`.
pub const DEFAULT_CODES: &str = "node_modules/i18n-iso-countries/codes.json";
/// Default `--output`: the committed asset.
pub const DEFAULT_OUTPUT: &str = "assets/world.geo";
/// Default `--markers`: the committed marker layout of [`DEFAULT_OUTPUT`].
pub const DEFAULT_MARKERS: &str = "assets/markers.txt";
/// The Natural Earth release `world-atlas@2.0.2` is built from.
pub const NATURAL_EARTH_VERSION: &str = "4.1.0";

/// ViewBox width in SVG user units; the height follows from Equal Earth's aspect
/// (4867 units for this width; see [`projection::Frame`]).
pub const WIDTH: u32 = 10_000;

/// Douglas–Peucker tolerance, in degrees (planar longitude/latitude distance). At
/// 10 000 units wide one degree of longitude at the equator is about 27.8 units, so
/// 0.07° is about 1.9 units, i.e. 0.2 px when the map is drawn 1000 px wide (0.4
/// device px on a 2x screen): invisible at that size, and the asset stays near 110 KB
/// raw, 47 KB gzipped (0.05° gives 127 KB / 53 KB; 0.1° gives 92 KB / 41 KB).
pub const TOLERANCE_DEG: f64 = 0.07;

/// Rings (islands, holes) smaller than this projected area, in units², are dropped,
/// except the largest ring of each feature. 20 units² is 0.2 px² at 1000 px wide
/// (about 270 km² on the ground, e.g. an island of 15 km × 18 km).
pub const MIN_RING_AREA: f64 = 20.0;

/// A simplified ring must keep at least this fraction of its full-resolution area, or
/// its arcs are simplified again at half the tolerance (tiny islands and countries keep
/// a recognisable shape instead of collapsing).
pub const MIN_AREA_KEPT: f64 = 0.5;

/// A feature is drawn as a marker when its largest ring's bounding box is smaller than
/// this many units on both axes (60 units = 6 px at 1000 px wide, about 220 km of
/// longitude at the equator).
pub const MARKER_MAX_EXTENT: f64 = 60.0;

/// Pipeline settings. [`Config::default`] holds the committed asset's values.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// ViewBox width, SVG user units.
    pub width: u32,
    /// Douglas–Peucker tolerance per arc, degrees.
    pub tolerance_deg: f64,
    /// Minimum ring area kept (except the largest ring of a feature), units².
    pub min_ring_area: f64,
    /// Fraction of its full-resolution area a simplified ring must keep (else its arcs
    /// are refined).
    pub min_area_kept: f64,
    /// Marker threshold on the largest ring's bounding box, units.
    pub marker_max_extent: f64,
    /// Name of the TopoJSON object holding the countries.
    pub object: String,
    /// Source description for the provenance line (see [`Config::for_input`]).
    pub source: String,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            width: WIDTH,
            tolerance_deg: TOLERANCE_DEG,
            min_ring_area: MIN_RING_AREA,
            min_area_kept: MIN_AREA_KEPT,
            marker_max_extent: MARKER_MAX_EXTENT,
            object: "countries".to_string(),
            source: "countries-50m.json".to_string(),
        }
    }
}

impl Config {
    /// The default settings, with the provenance source named after `input`: its file
    /// name, prefixed with `name@version` from the `package.json` beside it when there
    /// is one (e.g. `world-atlas@2.0.2/countries-50m.json`). Never an absolute path, so
    /// the output does not depend on where the repository is checked out.
    pub fn for_input(input: &Path) -> Config {
        let file = input
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let package = input
            .parent()
            .map(|dir| dir.join("package.json"))
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|v| {
                let name = v.get("name")?.as_str()?.to_string();
                let version = v.get("version")?.as_str()?.to_string();
                Some(format!("{name}@{version}/"))
            })
            .unwrap_or_default();
        Config {
            source: format!("{package}{file}"),
            ..Config::default()
        }
    }
}

/// The result of a pipeline run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// The complete `.geo` text.
    pub text: String,
    /// Number of features written.
    pub features: usize,
    /// Number of features flagged as markers.
    pub markers: usize,
    /// One line per keying decision (merge, rename, drop), for stderr.
    pub warnings: Vec<String>,
}

/// Why the pipeline failed.
#[derive(Debug)]
pub enum PipelineError {
    /// An input file could not be read.
    Read {
        /// Which input (`--input` or `--codes`).
        what: &'static str,
        /// Its path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The TopoJSON is invalid or not what the pipeline expects.
    Topology(String),
    /// The ISO codes table is invalid.
    Codes(String),
    /// The produced text does not parse back (a pipeline bug).
    Output(GeometryError),
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PipelineError::Read { what, path, source } => {
                write!(f, "cannot read {what} {}: {source}", path.display())
            }
            PipelineError::Topology(m) => write!(f, "invalid TopoJSON input: {m}"),
            PipelineError::Codes(m) => write!(f, "invalid ISO codes table: {m}"),
            PipelineError::Output(e) => write!(f, "produced an invalid asset (bug): {e}"),
        }
    }
}

impl std::error::Error for PipelineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PipelineError::Read { source, .. } => Some(source),
            PipelineError::Output(e) => Some(e),
            _ => None,
        }
    }
}

/// Reads both inputs and runs [`build`].
///
/// # Errors
/// [`PipelineError::Read`] when a file cannot be read, else as [`build`].
pub fn build_files(input: &Path, codes: &Path, config: &Config) -> Result<Output, PipelineError> {
    let read = |what, path: &Path| {
        std::fs::read_to_string(path).map_err(|source| PipelineError::Read {
            what,
            path: path.to_path_buf(),
            source,
        })
    };
    let topology = read("--input", input)?;
    let codes = read("--codes", codes)?;
    build(&topology, &codes, config)
}

/// One source feature after keying.
struct Member {
    name: String,
    direct: bool,
    rings: Vec<Vec<i32>>,
}

/// One kept ring of an output feature.
struct KeptRing {
    refs: Vec<i32>,
    exterior: bool,
    largest: bool,
}

/// One output feature before encoding.
struct Feature {
    iso: String,
    name: String,
    area_units2: f64,
    rings: Vec<KeptRing>,
}

/// Runs the pipeline on the TopoJSON text and the `codes.json` text.
///
/// # Errors
/// [`PipelineError::Topology`] when the TopoJSON does not parse, is not a Topology, lacks
/// the [`Config::object`] GeometryCollection, or references missing arcs;
/// [`PipelineError::Codes`] when the codes table is invalid; [`PipelineError::Output`]
/// if the produced text fails to parse back.
pub fn build(topology: &str, codes: &str, config: &Config) -> Result<Output, PipelineError> {
    let topo = match TopoJson::from_str(topology) {
        Ok(TopoJson::Topology(t)) => t,
        Ok(TopoJson::Geometry(_)) => {
            return Err(topo_err("expected a Topology, got a bare geometry".into()))
        }
        Err(e) => return Err(topo_err(e.to_string())),
    };
    let codes = IsoCodes::parse(codes).map_err(PipelineError::Codes)?;
    let transform = topo.transform.as_ref().map(|t| (t.scale, t.translate));
    let arcs = arcs::decode(&topo.arcs, transform).map_err(topo_err)?;
    let object = topo
        .objects
        .iter()
        .find(|o| o.name == config.object)
        .ok_or_else(|| topo_err(format!("no object named {:?}", config.object)))?;
    let Value::GeometryCollection(geometries) = &object.geometry.value else {
        return Err(topo_err(format!(
            "object {:?} is not a GeometryCollection",
            config.object
        )));
    };
    let mut warnings = Vec::new();
    let groups = key_features(geometries, &codes, arcs.len(), &mut warnings)?;
    let frame = Frame::new(config.width);
    let mut features = Vec::with_capacity(groups.len());
    for (iso, members) in groups {
        if let Some(f) = merge_feature(iso, members, &arcs, &frame, config, &mut warnings)? {
            features.push(f);
        }
    }
    let simplified = simplify_arcs(&arcs, &features, config.tolerance_deg, config.min_area_kept);
    let mut text = header(config, &frame);
    let (mut count, mut markers) = (0, 0);
    for f in &features {
        let Some((line, marker)) = encode_feature(f, &simplified, &frame, config) else {
            warnings.push(format!("{}: nothing left to draw: dropped", f.iso));
            continue;
        };
        count += 1;
        markers += usize::from(marker);
        text.push_str(&line);
    }
    geometry::parse(&text).map_err(PipelineError::Output)?;
    Ok(Output {
        text,
        features: count,
        markers,
        warnings,
    })
}

fn topo_err(message: String) -> PipelineError {
    PipelineError::Topology(message)
}

/// Step 2: the polygons of `geometries` grouped by ISO key (features sharing a key are
/// merged later), with a warning for each dropped or re-keyed feature.
fn key_features(
    geometries: &[topojson::Geometry],
    codes: &IsoCodes,
    arc_count: usize,
    warnings: &mut Vec<String>,
) -> Result<BTreeMap<String, Vec<Member>>, PipelineError> {
    let mut groups: BTreeMap<String, Vec<Member>> = BTreeMap::new();
    for (index, g) in geometries.iter().enumerate() {
        let name = g
            .properties
            .as_ref()
            .and_then(|p| p.get("name"))
            .and_then(|n| n.as_str())
            .map(|n| n.replace(['\t', '\n', '\r'], " ").trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("feature #{index}"));
        let id = match &g.id {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let rings: Vec<Vec<i32>> = match &g.value {
            Value::Polygon(rings) => rings.clone(),
            Value::MultiPolygon(polygons) => polygons.concat(),
            _ => {
                warnings.push(format!("{name}: not a polygon: dropped"));
                continue;
            }
        };
        if let Some(&bad) = rings
            .iter()
            .flatten()
            .find(|&&r| arcs::arc_index(r) >= arc_count)
        {
            return Err(topo_err(format!(
                "{name} references arc {bad}, but there are {arc_count} arcs"
            )));
        }
        match keys::decide(codes, id.as_deref(), &name) {
            Decision::Key { iso, direct, note } => {
                warnings.extend(note);
                groups.entry(iso).or_default().push(Member {
                    name,
                    direct,
                    rings,
                });
            }
            Decision::Drop(reason) => warnings.push(reason),
        }
    }
    Ok(groups)
}

/// Step 3: one feature from the members sharing `iso`: merged (borders dissolved),
/// measured, named after its largest directly-keyed member, and with the rings it keeps.
/// `None` (with a warning) when no ring is left.
fn merge_feature(
    iso: String,
    members: Vec<Member>,
    arcs: &arcs::Arcs,
    frame: &Frame,
    config: &Config,
    warnings: &mut Vec<String>,
) -> Result<Option<Feature>, PipelineError> {
    let full_area = |refs: &[i32]| sphere_area(&arcs::assemble_ring(&arcs.points, refs));
    if members.len() > 1 {
        let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
        warnings.push(format!(
            "{iso}: merged {} features into one: {}",
            members.len(),
            names.join(", ")
        ));
    }
    let all: Vec<Vec<i32>> = members
        .iter()
        .flat_map(|m| m.rings.iter().cloned())
        .collect();
    let rings = if members.len() > 1 {
        arcs::dissolve(arcs, &all).map_err(|e| topo_err(format!("{iso}: {e}")))?
    } else {
        all
    };
    let areas: Vec<f64> = rings.iter().map(|r| full_area(r)).collect();
    let Some(largest) =
        (0..areas.len()).max_by(|&a, &b| areas[a].abs().total_cmp(&areas[b].abs()).then(b.cmp(&a)))
    else {
        warnings.push(format!("{iso}: no rings: dropped"));
        return Ok(None);
    };
    let outer_sign = areas[largest].signum();
    let name = members
        .iter()
        .filter(|m| m.direct)
        .max_by(|a, b| {
            let area = |m: &Member| {
                m.rings
                    .iter()
                    .map(|r| -outer_sign * full_area(r))
                    .sum::<f64>()
            };
            area(a).total_cmp(&area(b))
        })
        .unwrap_or(&members[0])
        .name
        .clone();
    let kept = rings
        .into_iter()
        .zip(&areas)
        .enumerate()
        .filter(|&(i, (_, a))| {
            i == largest || frame.steradians_to_units2(a.abs()) >= config.min_ring_area
        })
        .map(|(i, (refs, a))| KeptRing {
            refs,
            exterior: a.signum() == outer_sign,
            largest: i == largest,
        })
        .collect();
    Ok(Some(Feature {
        iso,
        name,
        area_units2: frame.steradians_to_units2(areas.iter().sum::<f64>().abs()),
        rings: kept,
    }))
}

/// The asset's first two lines: format, provenance and parameters; width and height.
fn header(config: &Config, frame: &Frame) -> String {
    format!(
        "{} {} source={} (Natural Earth {NATURAL_EARTH_VERSION}, public domain); ISO codes=i18n-iso-countries codes.json; \
         projection=Equal Earth, width {}; simplify=Douglas-Peucker per arc {} deg; min ring {} units2; marker below {} units\n{} {}\n",
        geometry::FORMAT_MAGIC,
        geometry::FORMAT_VERSION,
        config.source,
        frame.width,
        config.tolerance_deg,
        config.min_ring_area,
        config.marker_max_extent,
        frame.width,
        frame.height,
    )
}

/// Steps 5 to 7 for one feature: its asset line (cut, projected, oriented, quantised,
/// encoded, with area, label point and marker flag) and whether it is a marker; `None`
/// when nothing is left to draw.
fn encode_feature(
    f: &Feature,
    simplified: &[Vec<Point>],
    frame: &Frame,
    config: &Config,
) -> Option<(String, bool)> {
    let mut path = String::new();
    let mut fallback = String::new();
    let mut label: Option<(f64, Vec<[f64; 2]>)> = None;
    for ring in &f.rings {
        let pts = arcs::assemble_ring(simplified, &ring.refs);
        for piece in antimeridian::cut(&pts) {
            let mut projected: Vec<[f64; 2]> = piece.iter().map(|&p| frame.project(p)).collect();
            let a = encode::signed_area(&projected);
            if (a < 0.0) == ring.exterior {
                projected.reverse();
            }
            let q = encode::quantise(&projected);
            if encode::distinct_points(&q) >= 3 {
                encode::push_ring(&mut path, &q);
            } else if ring.largest {
                encode::push_ring(&mut fallback, &q);
            }
            if ring.exterior && label.as_ref().is_none_or(|(best, _)| a.abs() > *best) {
                label = Some((a.abs(), projected));
            }
        }
    }
    if path.is_empty() {
        path = fallback;
    }
    let (_, label_ring) = label.filter(|_| !path.is_empty())?;
    let [cx, cy] = encode::label_point(&label_ring);
    let cx = (cx.round() as i32).clamp(0, frame.width as i32);
    let cy = (cy.round() as i32).clamp(0, frame.height as i32);
    let [w, h] = encode::extent(&label_ring);
    let marker = w < config.marker_max_extent && h < config.marker_max_extent;
    let line = format!(
        "{}\t{}\t{cx}\t{cy}\t{}\t{}\t{path}\n",
        f.iso,
        f.name,
        f.area_units2.round() as u64,
        u8::from(marker)
    );
    Some((line, marker))
}

/// Signed area on the unit sphere (steradians) of an open ring in degrees, exact for
/// edges straight in the cylindrical equal-area projection `(λ, sin φ)`; negative for
/// rings clockwise in longitude/latitude (Natural Earth / d3 outer rings). Rings around
/// a pole are closed through it first.
fn sphere_area(ring: &[Point]) -> f64 {
    let closed = antimeridian::unwrap_closed(ring);
    let cea: Vec<Point> = closed
        .iter()
        .map(|p| [p[0].to_radians(), p[1].to_radians().sin()])
        .collect();
    antimeridian::planar_area(&cea)
}

/// Simplifies every arc used by a kept ring, once, and refines (halves the tolerance
/// of) the arcs of any kept ring that collapses. Returns the simplified arcs, indexed
/// like the input (unused arcs are left empty).
fn simplify_arcs(
    arcs: &arcs::Arcs,
    features: &[Feature],
    tolerance: f64,
    min_area_kept: f64,
) -> Vec<Vec<Point>> {
    let simplify_one = |i: usize, tol: f64| -> Vec<Point> {
        let pts = &arcs.points[i];
        let (unwrapped, _) = antimeridian::unwrap(pts);
        simplify::douglas_peucker(&unwrapped, tol)
            .into_iter()
            .map(|k| pts[k])
            .collect()
    };
    let rings: Vec<&KeptRing> = features.iter().flat_map(|f| &f.rings).collect();
    let used: BTreeSet<usize> = rings
        .iter()
        .flat_map(|r| r.refs.iter().map(|&x| arcs::arc_index(x)))
        .collect();
    let mut tol = vec![tolerance; arcs.len()];
    let mut out: Vec<Vec<Point>> = vec![Vec::new(); arcs.len()];
    for &i in &used {
        out[i] = simplify_one(i, tolerance);
    }
    let full: Vec<f64> = rings
        .iter()
        .map(|r| sphere_area(&arcs::assemble_ring(&arcs.points, &r.refs)))
        .collect();
    // Each round at least halves some tolerance; 40 rounds reach below 1e-13 degrees.
    for _ in 0..40 {
        let mut refine = BTreeSet::new();
        for (ring, &a0) in rings.iter().zip(&full) {
            let pts = arcs::assemble_ring(&out, &ring.refs);
            let a = sphere_area(&pts);
            let collapsed =
                pts.len() < 3 || a.signum() != a0.signum() || a.abs() < min_area_kept * a0.abs();
            if collapsed {
                refine.extend(
                    ring.refs
                        .iter()
                        .map(|&x| arcs::arc_index(x))
                        .filter(|&i| out[i].len() < arcs.points[i].len()),
                );
            }
        }
        if refine.is_empty() {
            break;
        }
        for i in refine {
            tol[i] /= 2.0;
            out[i] = simplify_one(i, tol[i]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A codes table with the numerics the synthetic topology uses, padded to a
    /// plausible size.
    fn codes_json() -> String {
        let mut rows: Vec<String> = (500..700)
            .map(|n| format!("[\"QQ\", \"QQQ\", \"{n}\"]"))
            .collect();
        for (a2, num) in [
            ("FR", "250"),
            ("ES", "724"),
            ("CY", "196"),
            ("AQ", "010"),
            ("FJ", "242"),
            ("MT", "470"),
        ] {
            rows.push(format!("[\"{a2}\", \"XXX\", \"{num}\"]"));
        }
        format!("[{}]", rows.join(","))
    }

    /// A small topology (absolute degrees, no transform): FR and ES share a wiggly
    /// border (arc 0); Cyprus and N. Cyprus share arc 4; Fiji crosses the antimeridian;
    /// Malta is tiny; Antarctica is a polar ring.
    fn topology_json() -> String {
        let border: Vec<String> = (0..=20)
            .map(|i| {
                let y = f64::from(i) * 0.5;
                let x = if i == 10 {
                    1.0
                } else if i % 2 == 1 {
                    0.01
                } else {
                    0.0
                };
                format!("[{x},{y}]")
            })
            .collect();
        let arcs = [
            format!("[{}]", border.join(",")),
            "[[0,10],[-5,10],[-5,0],[0,0]]".to_string(),
            "[[0,0],[5,0],[5,10],[0,10]]".to_string(),
            "[[12,2],[10,2],[10,0],[12,0]]".to_string(),
            "[[12,0],[12,2]]".to_string(),
            "[[12,0],[14,0],[14,2],[12,2]]".to_string(),
            "[[179,-16],[179,-18],[-179,-18],[-179,-16],[179,-16]]".to_string(),
            "[[14.4,35.9],[14.5,35.9],[14.5,36.0],[14.4,36.0],[14.4,35.9]]".to_string(),
            "[[-180,-70],[-90,-72],[0,-70],[90,-72],[180,-70],[180,-90],[-180,-90],[-180,-70]]"
                .to_string(),
        ];
        let geoms = [
            r#"{"type":"Polygon","arcs":[[0,1]],"id":"250","properties":{"name":"France"}}"#,
            r#"{"type":"Polygon","arcs":[[2,-1]],"id":"724","properties":{"name":"Spain"}}"#,
            r#"{"type":"Polygon","arcs":[[3,4]],"id":"196","properties":{"name":"Cyprus"}}"#,
            r#"{"type":"Polygon","arcs":[[5,-5]],"properties":{"name":"N. Cyprus"}}"#,
            r#"{"type":"Polygon","arcs":[[6]],"id":"242","properties":{"name":"Fiji"}}"#,
            r#"{"type":"Polygon","arcs":[[7]],"id":"470","properties":{"name":"Malta"}}"#,
            r#"{"type":"Polygon","arcs":[[8]],"id":"010","properties":{"name":"Antarctica"}}"#,
            r#"{"type":"Polygon","arcs":[[7]],"properties":{"name":"Atlantis"}}"#,
        ];
        format!(
            r#"{{"type":"Topology","objects":{{"countries":{{"type":"GeometryCollection","geometries":[{}]}}}},"arcs":[{}]}}"#,
            geoms.join(","),
            arcs.join(",")
        )
    }

    #[test]
    fn end_to_end_on_a_synthetic_topology() {
        let out = build(&topology_json(), &codes_json(), &Config::default()).unwrap();
        let g = geometry::parse(&out.text).unwrap();
        assert_eq!(g.isos(), ["CY", "ES", "FJ", "FR", "MT"]);
        assert_eq!(out.features, 5);
        let has = |needle: &str| out.warnings.iter().any(|w| w.contains(needle));
        assert!(has("N. Cyprus: merged into Cyprus"), "{:?}", out.warnings);
        assert!(has("CY: merged 2 features"), "{:?}", out.warnings);
        assert!(has("Antarctica (AQ)"), "{:?}", out.warnings);
        assert!(has("Atlantis: no id"), "{:?}", out.warnings);

        // Shared border: every FR vertex except its own two corners is an ES vertex
        // and vice versa (no gaps, no slivers), and the wiggles below the tolerance
        // are gone while the 1° bump stays.
        let frame = Frame::new(WIDTH);
        let q = |lon: f64, lat: f64| {
            let [x, y] = frame.project([lon, lat]);
            [x.round() as i32, y.round() as i32]
        };
        let fr = &g.feature("FR").unwrap().rings().unwrap()[0];
        let es = &g.feature("ES").unwrap().rings().unwrap()[0];
        let fr_border: Vec<_> = fr
            .iter()
            .filter(|p| ![q(-5.0, 10.0), q(-5.0, 0.0)].contains(p))
            .collect();
        let es_border: Vec<_> = es
            .iter()
            .filter(|p| ![q(5.0, 10.0), q(5.0, 0.0)].contains(p))
            .collect();
        assert!(fr_border.iter().all(|p| es.contains(p)), "{fr:?} vs {es:?}");
        assert!(es_border.iter().all(|p| fr.contains(p)), "{es:?} vs {fr:?}");
        // Of 21 border points: the endpoints, the bump and its two neighbours (far from
        // the chords to the bump tip) remain.
        assert_eq!(fr_border.len(), 5, "{fr:?}");
        assert!(fr.contains(&q(1.0, 5.0)));

        // Cyprus: one ring, the shared edge dissolved, named after the ISO feature.
        let cy = g.feature("CY").unwrap();
        assert_eq!(cy.name, "Cyprus");
        let rings = cy.rings().unwrap();
        assert_eq!(rings.len(), 1, "{}", cy.path);
        assert!(rings[0].contains(&q(14.0, 0.0)) && rings[0].contains(&q(10.0, 0.0)));

        // Fiji: cut in two at the antimeridian, both pieces at the map edges.
        let fj = g.feature("FJ").unwrap().rings().unwrap();
        assert_eq!(fj.len(), 2, "{fj:?}");
        for ring in &fj {
            for (i, a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                assert!((a[0] - b[0]).abs() < 100, "stripe {a:?} -> {b:?}");
            }
        }

        // Malta: tiny, kept as the largest ring of its feature, flagged as a marker.
        let mt = g.feature("MT").unwrap();
        assert!(mt.marker);
        assert!((f64::from(mt.cx) - frame.project([14.45, 35.95])[0]).abs() <= 1.0);
        assert!(!g.feature("FR").unwrap().marker);

        // Outer rings run clockwise on screen (positive shoelace area, y down).
        for f in &g.features {
            for ring in f.rings().unwrap() {
                let pts: Vec<[f64; 2]> = ring
                    .iter()
                    .map(|p| [f64::from(p[0]), f64::from(p[1])])
                    .collect();
                assert!(
                    encode::signed_area(&pts) >= 0.0,
                    "{} ring runs counter-clockwise",
                    f.iso
                );
            }
        }

        // Deterministic.
        assert_eq!(
            build(&topology_json(), &codes_json(), &Config::default()).unwrap(),
            out
        );
    }

    #[test]
    fn rejects_invalid_inputs() {
        let codes = codes_json();
        assert!(matches!(
            build("not json", &codes, &Config::default()),
            Err(PipelineError::Topology(_))
        ));
        assert!(matches!(
            build(
                r#"{"type":"Point","coordinates":[0,0]}"#,
                &codes,
                &Config::default()
            ),
            Err(PipelineError::Topology(_))
        ));
        let bad_ref = topology_json().replace("[[6]]", "[[60]]");
        assert!(matches!(
            build(&bad_ref, &codes, &Config::default()),
            Err(PipelineError::Topology(_))
        ));
        assert!(matches!(
            build(&topology_json(), "[]", &Config::default()),
            Err(PipelineError::Codes(_))
        ));
        let missing = build_files(
            Path::new("/nonexistent/x.json"),
            Path::new("/nonexistent/c.json"),
            &Config::default(),
        );
        assert!(matches!(
            missing,
            Err(PipelineError::Read {
                what: "--input",
                ..
            })
        ));
    }

    #[test]
    fn sphere_area_of_a_cap_and_a_square() {
        // The whole southern hemisphere, as a ring around the South Pole at the equator:
        // 2π steradians.
        let ring: Vec<Point> = (0..36)
            .map(|i| [-180.0 + 10.0 * f64::from(i), 0.0])
            .collect();
        let a = sphere_area(&ring);
        assert!((a.abs() - 2.0 * std::f64::consts::PI).abs() < 1e-9, "{a}");
        // A clockwise (lon/lat) ring is negative, like Natural Earth outer rings.
        let cw = [[0.0, 0.0], [0.0, 10.0], [10.0, 10.0], [10.0, 0.0]];
        assert!(sphere_area(&cw) < 0.0);
    }
}
