//! Markers for features too small to see or tap (Hong Kong, Macau, Singapore, Bahrain,
//! Malta, island states), and the map's other layout helpers (crop height, arrow-key
//! neighbours).
//!
//! A marker is a dot of radius [`MARKER_R`] joined by a leader line to its feature's label
//! point (its anchor). [`marker_positions`] places the dots where they hide no other
//! feature's land (the sea next to the Gulf states, Lebanon, Singapore, Hong Kong and
//! Macau) and stay [`MARKER_SPACING`] apart; `tests/hit.rs` measures the result on the
//! shipped map. The search is too slow to run on every page (a few hundred milliseconds),
//! so `h200-geo` writes its result to `assets/markers.txt` ([`markers_text`]), the widget
//! reads that file ([`parse_markers`]), and a test checks that the file is what the
//! layout gives for the committed map. All coordinates are map units (SVG user units of
//! the map's viewBox, 10 000 = the map's width).

mod place;

pub use place::{
    marker_positions, CROSS_COST, HIDE_COST, LAYOUT_PASSES, MARKER_CLEARANCE, MAX_LEADER,
    RASTER_CELL, SEARCH_STEP,
};

use super::geometry::{GeometryError, MapGeometry};
use super::land::Land;

/// Marker dot radius, in map units: about 2.6 CSS px on a 1000 px wide map, 0.9 px on a
/// phone's 358 px (where the dot's 1.25 px outline makes it a 3 px ring). Dots grow with
/// the map when it zooms. 26 units (about 100 km) let a dot sit in the Gulf, off Lebanon
/// or in the Adriatic without hiding land (34 did not: `tests/hit.rs`).
pub const MARKER_R: f64 = 26.0;
/// Minimum distance between two marker centres after layout, in map units (the dots and
/// a little air: Hong Kong and Macau never overlap).
pub const MARKER_SPACING: f64 = MARKER_R * 2.6;
/// Radius of the ring drawn around the selected marker, in map units.
pub const SELECTED_RING_R: f64 = MARKER_R * 1.6;
/// Radius of the keyboard focus ring around a marker, in map units.
pub const FOCUS_RING_R: f64 = MARKER_R * 1.3;
/// The first word of a marker layout file ([`markers_text`]).
pub const MARKERS_MAGIC: &str = "#h200-markers";
/// The marker layout file format version this reader understands.
pub const MARKERS_VERSION: u32 = 1;
/// Margin under the lowest land, as a fraction of the map's height (see [`crop_height`]).
const CROP_MARGIN: u32 = 50;

/// Where a marker is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkerPos {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// Marker centre x after layout (units).
    pub x: f64,
    /// Marker centre y after layout (units).
    pub y: f64,
    /// The feature's own label point x (units): the leader line's other end.
    pub anchor_x: f64,
    /// The feature's own label point y (units).
    pub anchor_y: f64,
}

/// The text of a marker layout file: the line `#h200-markers 1 <provenance>`, then one
/// line `ISO<TAB>x<TAB>y` per marker in the order of `markers` (the dot's centre, rounded to
/// whole map units), each ending in `\n`.
pub fn markers_text(markers: &[MarkerPos], provenance: &str) -> String {
    let mut out = format!("{MARKERS_MAGIC} {MARKERS_VERSION} {provenance}\n");
    for m in markers {
        out.push_str(&format!("{}\t{:.0}\t{:.0}\n", m.iso, m.x, m.y));
    }
    out
}

/// The marker layout file of `geo` ([`markers_text`] of [`marker_positions`] with
/// [`MARKER_SPACING`]), as `h200-geo` writes it to `assets/markers.txt`. Takes a few
/// hundred milliseconds (native, optimised).
pub fn markers_file(geo: &MapGeometry) -> String {
    let markers = marker_positions(geo, &Land::new(geo), MARKER_SPACING);
    let provenance = format!(
        "layout of assets/world.geo: core::layout::marker_positions, dot radius {MARKER_R:.1} units, spacing {MARKER_SPACING:.1} units"
    );
    markers_text(&markers, &provenance)
}

/// Reads a marker layout file ([`markers_text`]) for the map `geo`: one line per marker
/// feature of `geo`, in `geo`'s order; anchors are the features' label points.
///
/// # Errors
/// A [`GeometryError`] naming the 1-based line and the field (`header`, `fields`, `iso`,
/// `x`, `y`): a foreign header or version, a line without 3 tab-separated fields, a code
/// that is not the next marker feature of `geo` (or a missing one, reported on the line
/// after the last), a coordinate that is not an integer inside the viewBox.
pub fn parse_markers(text: &str, geo: &MapGeometry) -> Result<Vec<MarkerPos>, GeometryError> {
    let err = |line: usize, field: &'static str, message: String| GeometryError {
        line,
        field,
        message,
    };
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    let header = lines.next().map_or("", |(_, l)| l);
    let mut words = header.split(' ');
    if words.next() != Some(MARKERS_MAGIC) || words.next() != Some("1") {
        return Err(err(
            1,
            "header",
            format!("expected the line to start with `{MARKERS_MAGIC} {MARKERS_VERSION}`"),
        ));
    }
    let mut expected = geo.features.iter().filter(|f| f.marker);
    let mut out = Vec::new();
    let mut last = 1;
    for (n, line) in lines.filter(|(_, l)| !l.is_empty()) {
        last = n;
        let fields: Vec<&str> = line.split('\t').collect();
        let [iso, x, y] = fields[..] else {
            return Err(err(
                n,
                "fields",
                format!("expected 3 tab-separated fields, got {}", fields.len()),
            ));
        };
        let Some(f) = expected.next().filter(|f| f.iso == iso) else {
            return Err(err(
                n,
                "iso",
                format!("{iso:?} is not the next marker of the map"),
            ));
        };
        let coord = |field: &'static str, s: &str, max: u32| match s.parse::<i32>() {
            Ok(v) if v >= 0 && v as u32 <= max => Ok(f64::from(v)),
            _ => Err(err(
                n,
                field,
                format!("expected an integer in 0..={max}, got {s:?}"),
            )),
        };
        out.push(MarkerPos {
            iso: iso.to_string(),
            x: coord("x", x, geo.width)?,
            y: coord("y", y, geo.height)?,
            anchor_x: f64::from(f.cx),
            anchor_y: f64::from(f.cy),
        });
    }
    if let Some(f) = expected.next() {
        return Err(err(
            last + 1,
            "iso",
            format!("no line for the marker {}", f.iso),
        ));
    }
    Ok(out)
}

/// A point per feature for arrow-key navigation, `(iso, x, y)` in units: the marker's
/// position for features drawn as markers, the label point for the others.
pub fn label_points(geo: &MapGeometry, markers: &[MarkerPos]) -> Vec<(String, f64, f64)> {
    geo.features
        .iter()
        .map(|f| match markers.iter().find(|m| m.iso == f.iso) {
            Some(m) => (f.iso.clone(), m.x, m.y),
            None => (f.iso.clone(), f64::from(f.cx), f64::from(f.cy)),
        })
        .collect()
}

/// The height of the map's viewBox in units: down to the lowest drawn land plus a margin
/// of 1/50 of the map's height, at most the full height. Without Antarctica the bottom of
/// the Equal Earth frame is empty ocean.
pub fn crop_height(geo: &MapGeometry) -> u32 {
    let max_y = geo
        .features
        .iter()
        .filter_map(|f| f.rings().ok())
        .flatten()
        .flatten()
        .map(|p| p[1])
        .max()
        .unwrap_or(geo.height as i32);
    (max_y.max(0) as u32 + geo.height / CROP_MARGIN).min(geo.height)
}

/// Arrow-key direction on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// ArrowUp: north.
    Up,
    /// ArrowDown: south.
    Down,
    /// ArrowLeft: west.
    Left,
    /// ArrowRight: east.
    Right,
}

/// The geographic neighbour of `from` in direction `dir` among `points` (`(iso, x, y)`,
/// label points in units): the nearest point within 60° of the direction, distance
/// weighted by how far off-axis it lies. `None` at the edge of the map.
pub fn neighbour<'a>(
    points: &'a [(String, f64, f64)],
    from: &str,
    dir: Direction,
) -> Option<&'a str> {
    let &(_, fx, fy) = points.iter().find(|(iso, _, _)| iso == from)?;
    let (ux, uy) = match dir {
        Direction::Up => (0.0, -1.0),
        Direction::Down => (0.0, 1.0),
        Direction::Left => (-1.0, 0.0),
        Direction::Right => (1.0, 0.0),
    };
    points
        .iter()
        .filter(|(iso, _, _)| iso != from)
        .filter_map(|(iso, x, y)| {
            let (dx, dy) = (x - fx, y - fy);
            let d = dx.hypot(dy);
            let along = (dx * ux + dy * uy) / d.max(1e-9);
            // cos 60° = 0.5: only points roughly in the pressed direction.
            (d > 0.0 && along >= 0.5).then_some((iso.as_str(), d * (2.0 - along)))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(iso, _)| iso)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::{parse, MapFeature};

    /// A square of land (AA) with two islets (BB, CC) on its east coast and one (DD) far
    /// out at sea.
    const COAST: &str = "#h200-geo 1 t\n1000 500\n\
        AA\tA\t250\t250\t250000\t0\tM0 0l500 0 0 500-500 0z\n\
        BB\tB\t503\t251\t4\t1\tM502 250l2 0 0 2-2 0z\n\
        CC\tC\t507\t261\t4\t1\tM506 260l2 0 0 2-2 0z\n\
        DD\tD\t901\t101\t4\t1\tM900 100l2 0 0 2-2 0z\n";

    fn feature(iso: &str, cx: i32, cy: i32) -> MapFeature {
        MapFeature {
            iso: iso.into(),
            name: iso.into(),
            cx,
            cy,
            area: 1,
            marker: true,
            path: String::new(),
        }
    }

    #[test]
    fn dots_leave_the_coast_and_each_other_and_stay_in_the_box() {
        let geo = parse(COAST).unwrap();
        let land = Land::new(&geo);
        let pos = marker_positions(&geo, &land, MARKER_SPACING);
        assert_eq!(
            pos.iter().map(|m| m.iso.as_str()).collect::<Vec<_>>(),
            ["BB", "CC", "DD"]
        );
        for (i, a) in pos.iter().enumerate() {
            assert!((0.0..=1000.0).contains(&a.x) && (0.0..=500.0).contains(&a.y));
            let own = land.index(&a.iso);
            assert!(
                !land.disk_touches(a.x, a.y, MARKER_R + MARKER_CLEARANCE, own),
                "{} hides the square",
                a.iso
            );
            assert!((a.x - a.anchor_x).hypot(a.y - a.anchor_y) <= MAX_LEADER);
            for b in &pos[i + 1..] {
                assert!(
                    (a.x - b.x).hypot(a.y - b.y) >= MARKER_SPACING,
                    "{} and {} overlap",
                    a.iso,
                    b.iso
                );
            }
        }
        assert_eq!(
            (pos[2].x, pos[2].y),
            (901.0, 101.0),
            "free sea: the dot stays on its islet"
        );
        assert_eq!(
            pos,
            marker_positions(&geo, &land, MARKER_SPACING),
            "deterministic"
        );
    }

    #[test]
    fn the_marker_file_round_trips_and_names_line_and_field() {
        let geo = parse(COAST).unwrap();
        let pos = marker_positions(&geo, &Land::new(&geo), MARKER_SPACING);
        let text = markers_text(&pos, "test");
        let back = parse_markers(&text, &geo).unwrap();
        for (a, b) in pos.iter().zip(&back) {
            assert_eq!(a.iso, b.iso);
            assert!((a.x - b.x).abs() <= 0.5 && (a.y - b.y).abs() <= 0.5);
            assert_eq!((a.anchor_x, a.anchor_y), (b.anchor_x, b.anchor_y));
        }
        let fails = |t: &str| {
            let e = parse_markers(t, &geo).unwrap_err();
            (e.line, e.field)
        };
        assert_eq!(fails("#h200-markers 2 x\n"), (1, "header"));
        assert_eq!(fails(&text.replace("CC\t", "XX\t")), (3, "iso"));
        assert_eq!(fails(&text.replacen("\t", " ", 1)), (2, "fields"));
        assert_eq!(fails(&text.replace("DD\t901\t", "DD\t1001\t")), (4, "x"));
        let without_dd: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
        assert_eq!(fails(&without_dd), (4, "iso"));
    }

    #[test]
    fn arrow_keys_move_to_the_geographic_neighbour() {
        let pts: Vec<(String, f64, f64)> = [
            ("FR", 100.0, 100.0),
            ("DE", 130.0, 90.0),
            ("ES", 90.0, 130.0),
            ("GB", 95.0, 70.0),
        ]
        .iter()
        .map(|(i, x, y)| (i.to_string(), *x, *y))
        .collect();
        assert_eq!(neighbour(&pts, "FR", Direction::Right), Some("DE"));
        assert_eq!(neighbour(&pts, "FR", Direction::Down), Some("ES"));
        assert_eq!(neighbour(&pts, "FR", Direction::Up), Some("GB"));
        assert_eq!(
            neighbour(&pts, "ES", Direction::Left),
            None,
            "edge of the map"
        );
    }

    #[test]
    fn label_points_use_marker_positions() {
        let geo = parse(COAST).unwrap();
        let pos = marker_positions(&geo, &Land::new(&geo), MARKER_SPACING);
        let pts = label_points(&geo, &pos);
        assert_eq!(pts[0], ("AA".to_string(), 250.0, 250.0));
        assert_eq!((pts[1].1, pts[1].2), (pos[0].x, pos[0].y));
        assert_ne!((pts[1].1, pts[1].2), (503.0, 251.0), "moved off the coast");
    }

    #[test]
    fn crop_height_stops_under_the_lowest_land() {
        let mut f = feature("FR", 0, 0);
        f.path = "M0 0l10 0 0 300-10 0z".into();
        let geo = MapGeometry {
            width: 1000,
            height: 500,
            features: vec![f],
        };
        assert_eq!(crop_height(&geo), 310, "300 + 500 / 50");
        let empty = MapGeometry {
            width: 1000,
            height: 500,
            features: vec![],
        };
        assert_eq!(crop_height(&empty), 500, "never more than the full height");
    }
}
