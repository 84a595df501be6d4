//! Marker layout and hit-testing for features too small to see or tap (Hong Kong, Macau,
//! Singapore, Bahrain, Malta, island states).
//!
//! Markers start on their feature's label point and are pushed apart until no two are
//! closer than a minimum distance, so Hong Kong and Macau (about 60 km apart, a fraction
//! of a pixel on a phone) get two distinct, tappable circles joined to their place by a
//! leader line. All coordinates are SVG user units of the map's viewBox.

use super::geometry::MapGeometry;

/// Marker dot radius, in map units (10 000 units = the map's width; about 3.4 CSS px on a
/// 1000 px wide map).
pub const MARKER_R: f64 = 34.0;
/// Radius of a marker's invisible hit circle, in map units: a target a finger can find.
/// A click on open sea also snaps to a marker within this distance.
pub const MARKER_HIT_R: f64 = MARKER_R * 2.2;
/// Minimum distance between two marker centres after layout, in map units (the dots and
/// a little air: Hong Kong and Macau never overlap).
pub const MARKER_SPACING: f64 = MARKER_R * 2.6;
/// Radius of the ring drawn around the selected marker, in map units.
pub const SELECTED_RING_R: f64 = MARKER_R * 1.6;
/// Radius of the keyboard focus ring around a marker, in map units.
pub const FOCUS_RING_R: f64 = MARKER_R * 1.3;
/// A click on open sea snaps to the nearest marker within this many CSS pixels (or
/// [`MARKER_HIT_R`], whichever is larger): tiny islands are easy to miss by a few pixels.
pub const SNAP_PX: f64 = 10.0;
/// On a touch screen, a tap with another marker within this many CSS pixels is ambiguous
/// (a finger is wider than Hong Kong and Macau together): the map zooms in instead.
pub const CROWD_PX: f64 = 8.0;
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

/// Lays out the markers of `geo` so that no two centres are closer than `min_dist` units,
/// keeping each as near its anchor as it can and inside the viewBox.
/// Deterministic: the same input always gives the same output.
pub fn marker_positions(geo: &MapGeometry, min_dist: f64) -> Vec<MarkerPos> {
    let mut pos: Vec<MarkerPos> = geo
        .features
        .iter()
        .filter(|f| f.marker)
        .map(|f| MarkerPos {
            iso: f.iso.clone(),
            x: f64::from(f.cx),
            y: f64::from(f.cy),
            anchor_x: f64::from(f.cx),
            anchor_y: f64::from(f.cy),
        })
        .collect();
    let (w, h) = (f64::from(geo.width), f64::from(geo.height));
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..pos.len() {
            for j in (i + 1)..pos.len() {
                let (dx, dy) = (pos[j].x - pos[i].x, pos[j].y - pos[i].y);
                let d = (dx * dx + dy * dy).sqrt();
                if d >= min_dist {
                    continue;
                }
                moved = true;
                // Coincident points: separate along a fixed, order-dependent direction.
                let (ux, uy) = if d < 1e-9 {
                    (1.0, 0.0)
                } else {
                    (dx / d, dy / d)
                };
                let push = (min_dist - d) / 2.0 + 1e-6;
                pos[i].x -= ux * push;
                pos[i].y -= uy * push;
                pos[j].x += ux * push;
                pos[j].y += uy * push;
            }
        }
        for p in &mut pos {
            p.x = p.x.clamp(0.0, w);
            p.y = p.y.clamp(0.0, h);
        }
        if !moved {
            break;
        }
    }
    pos
}

/// The marker whose centre is nearest to (`x`, `y`) within `max_dist` units, if any.
pub fn nearest_marker(markers: &[MarkerPos], x: f64, y: f64, max_dist: f64) -> Option<&MarkerPos> {
    markers
        .iter()
        .map(|m| (m, (m.x - x).hypot(m.y - y)))
        .filter(|(_, d)| *d <= max_dist)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(m, _)| m)
}

/// True when another marker than `iso` lies within `radius` units of (`x`, `y`): a tap
/// there is ambiguous.
pub fn crowded(markers: &[MarkerPos], iso: &str, x: f64, y: f64, radius: f64) -> bool {
    markers
        .iter()
        .any(|m| m.iso != iso && (m.x - x).hypot(m.y - y) <= radius)
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
    use crate::core::geometry::MapFeature;

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
    fn close_markers_are_pushed_apart_and_stay_in_the_box() {
        let geo = MapGeometry {
            width: 1000,
            height: 500,
            features: vec![
                feature("HK", 800, 200),
                feature("MO", 798, 201),
                feature("SG", 0, 0),
            ],
        };
        let pos = marker_positions(&geo, 50.0);
        assert_eq!(pos.len(), 3);
        for a in &pos {
            assert!((0.0..=1000.0).contains(&a.x) && (0.0..=500.0).contains(&a.y));
            for b in &pos {
                if a.iso != b.iso {
                    assert!(
                        (a.x - b.x).hypot(a.y - b.y) >= 49.9,
                        "{} and {} overlap",
                        a.iso,
                        b.iso
                    );
                }
            }
        }
        assert_eq!(
            pos,
            marker_positions(&geo, 50.0),
            "layout must be deterministic"
        );
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
    fn crowding_ignores_the_marker_itself() {
        let geo = MapGeometry {
            width: 1000,
            height: 500,
            features: vec![feature("HK", 100, 100), feature("MO", 130, 100)],
        };
        let pos = marker_positions(&geo, 10.0);
        assert!(
            crowded(&pos, "HK", 100.0, 100.0, 40.0),
            "Macau is 30 units away"
        );
        assert!(!crowded(&pos, "HK", 100.0, 100.0, 20.0));
        assert!(!crowded(&pos[..1], "HK", 100.0, 100.0, 40.0), "alone");
    }

    #[test]
    fn label_points_use_marker_positions() {
        let mut big = feature("FR", 400, 200);
        big.marker = false;
        let geo = MapGeometry {
            width: 1000,
            height: 500,
            features: vec![big, feature("HK", 100, 100), feature("MO", 100, 100)],
        };
        let pos = marker_positions(&geo, 50.0);
        let pts = label_points(&geo, &pos);
        assert_eq!(pts[0], ("FR".to_string(), 400.0, 200.0));
        assert_eq!((pts[1].1, pts[1].2), (pos[0].x, pos[0].y));
        assert_ne!(pts[1].1, pts[2].1, "pushed apart");
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

    #[test]
    fn nearest_marker_respects_the_radius() {
        let geo = MapGeometry {
            width: 1000,
            height: 500,
            features: vec![feature("HK", 100, 100), feature("MO", 300, 100)],
        };
        let pos = marker_positions(&geo, 10.0);
        assert_eq!(
            nearest_marker(&pos, 110.0, 100.0, 20.0).map(|m| m.iso.as_str()),
            Some("HK")
        );
        assert_eq!(
            nearest_marker(&pos, 290.0, 105.0, 20.0).map(|m| m.iso.as_str()),
            Some("MO")
        );
        assert!(nearest_marker(&pos, 200.0, 100.0, 20.0).is_none());
    }
}
