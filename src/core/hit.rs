//! Hit testing by geometry: what a click, a tap or a hovering mouse at a point of the map
//! selects, from the point's map coordinates alone (never from the element under the
//! event: Chromium's touch adjustment retargets a tap to a neighbouring element).
//!
//! The rules, in order, for a point (`x`, `y`) in map units at the current scale
//! (`units_per_px` map units per CSS pixel):
//!
//! 1. **On a marker's dot** (within [`MARKER_R`] of its centre): that tiny place. The
//!    layout keeps dots off other features' land (`core::layout`), so a dot never takes a
//!    point of someone else's land.
//! 2. **On land**: the feature whose polygon holds the point (nonzero fill rule, as drawn;
//!    see [`Land::feature_at`]), whatever markers are near.
//! 3. **On the sea**: the marker whose dot is nearest, within [`SNAP_PX`] CSS pixels of its
//!    edge; else nothing.
//!
//! On a touch screen a fingertip is not a point: a tap on a dot or on the sea with the
//! dots of two or more markers within [`FINGER_PX`] of it is ambiguous, and the map zooms
//! in around the finger instead ([`Hit::Zoom`]: at least [`TAP_ZOOM`], and enough that the
//! same point then has one dot under the finger), unless it is already at its deepest
//! zoom. A tap on land is never ambiguous.

use super::land::Land;
use super::layout::{MarkerPos, MARKER_R};
use super::view::TAP_ZOOM;

/// The radius of a fingertip's uncertainty, in CSS pixels: on a touch screen, dots within
/// this distance of a tap's point are all under the finger.
pub const FINGER_PX: f64 = 8.0;
/// On the sea, a click or a tap snaps to the nearest dot whose edge is within this many CSS
/// pixels: tiny islands are easy to miss by a few pixels.
pub const SNAP_PX: f64 = 10.0;
/// A tap-zoom leaves the second nearest dot's edge this many [`FINGER_PX`] from the tapped
/// point (a margin for the second tap landing a little off the first).
pub const SEPARATION: f64 = 1.25;

/// What kind of pointer made the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    /// A mouse (precise: never ambiguous).
    Mouse,
    /// A finger or a pen on a touch screen.
    Touch,
}

/// Where and how the map was hit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Probe {
    /// The point, x in map units.
    pub x: f64,
    /// The point, y in map units (growing south).
    pub y: f64,
    /// Map units per CSS pixel at the current zoom.
    pub units_per_px: f64,
    /// Mouse or touch.
    pub pointer: Pointer,
    /// How much further the map may zoom in (the deepest zoom over the current one); at
    /// 1 or less a tap is never answered with a zoom.
    pub zoom_room: f64,
}

/// The answer of [`hit_test`].
#[derive(Debug, Clone, PartialEq)]
pub enum Hit {
    /// The feature (ISO 3166-1 alpha-2 code) at the point.
    Select(String),
    /// Ambiguous under a finger: zoom in by this factor (> 1) around the point.
    Zoom(f64),
    /// Nothing there (open sea, far from any marker).
    Nothing,
}

/// Distance from (`x`, `y`) to the edge of `m`'s dot, in map units (negative inside).
fn edge_distance(m: &MarkerPos, x: f64, y: f64) -> f64 {
    (m.x - x).hypot(m.y - y) - MARKER_R
}

/// What the point of `probe` selects on a map of `land` with `markers` (see the module
/// docs for the rules).
pub fn hit_test(land: &Land, markers: &[MarkerPos], probe: &Probe) -> Hit {
    let (x, y, upp) = (probe.x, probe.y, probe.units_per_px);
    let nearest = markers
        .iter()
        .map(|m| (m, edge_distance(m, x, y)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    let on_dot = nearest.filter(|(_, d)| *d <= 0.0).map(|(m, _)| m);
    let on_land = match on_dot {
        Some(_) => None,
        None => land.feature_at(x, y),
    };
    if probe.pointer == Pointer::Touch && on_land.is_none() && probe.zoom_room > 1.0 {
        let under = markers
            .iter()
            .filter(|m| edge_distance(m, x, y) <= FINGER_PX * upp)
            .count();
        if under >= 2 {
            return Hit::Zoom(separating_zoom(markers, x, y, upp).min(probe.zoom_room));
        }
    }
    if let Some(m) = on_dot {
        return Hit::Select(m.iso.clone());
    }
    if let Some(f) = on_land {
        return Hit::Select(land.iso(f).to_string());
    }
    match nearest {
        Some((m, d)) if d <= SNAP_PX * upp => Hit::Select(m.iso.clone()),
        _ => Hit::Nothing,
    }
}

/// The zoom factor after which the point (`x`, `y`) has a single dot under the finger: at
/// least [`TAP_ZOOM`], and enough to push the second nearest dot's edge (`e` units away,
/// `e / units_per_px` pixels, growing with the zoom) [`SEPARATION`] x [`FINGER_PX`] away. Dots never
/// overlap ([`crate::core::layout::MARKER_SPACING`] > 2 [`MARKER_R`]), so `e > 0`.
fn separating_zoom(markers: &[MarkerPos], x: f64, y: f64, units_per_px: f64) -> f64 {
    let mut edges: Vec<f64> = markers.iter().map(|m| edge_distance(m, x, y)).collect();
    edges.sort_by(f64::total_cmp);
    let second = edges.get(1).copied().unwrap_or(f64::INFINITY).max(1.0);
    (SEPARATION * FINGER_PX * units_per_px / second).max(TAP_ZOOM)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::parse;

    /// Two 1000-unit squares side by side (AA west, BB east) in a sea; two markers' tiny
    /// islands CC and DD in the sea south of them, their dots laid out 70 units apart.
    const GEO: &str = "#h200-geo 1 t\n4000 2000\n\
        AA\tA\t500\t500\t1000000\t0\tM0 0l1000 0 0 1000-1000 0z\n\
        BB\tB\t1500\t500\t1000000\t0\tM1000 0l1000 0 0 1000-1000 0z\n\
        CC\tC\t1000\t1500\t4\t1\tM999 1499l2 0 0 2-2 0z\n\
        DD\tD\t1070\t1500\t4\t1\tM1069 1499l2 0 0 2-2 0z\n";

    fn setup() -> (Land, Vec<MarkerPos>) {
        let g = parse(GEO).unwrap();
        let markers = ["CC", "DD"]
            .iter()
            .map(|iso| {
                let f = g.feature(iso).unwrap();
                let (x, y) = (f64::from(f.cx), f64::from(f.cy));
                MarkerPos {
                    iso: iso.to_string(),
                    x,
                    y,
                    anchor_x: x,
                    anchor_y: y,
                }
            })
            .collect();
        (Land::new(&g), markers)
    }

    fn probe(x: f64, y: f64, upp: f64, pointer: Pointer) -> Probe {
        Probe {
            x,
            y,
            units_per_px: upp,
            pointer,
            zoom_room: 16.0,
        }
    }

    fn select(iso: &str) -> Hit {
        Hit::Select(iso.to_string())
    }

    #[test]
    fn land_is_its_own_country_for_mouse_and_finger() {
        let (land, markers) = setup();
        for pointer in [Pointer::Mouse, Pointer::Touch] {
            assert_eq!(
                hit_test(&land, &markers, &probe(999.0, 500.0, 10.0, pointer)),
                select("AA")
            );
            assert_eq!(
                hit_test(&land, &markers, &probe(1001.0, 500.0, 10.0, pointer)),
                select("BB")
            );
            // Land 5 px from a dot (10 units a pixel) stays land.
            assert_eq!(
                hit_test(&land, &markers, &probe(990.0, 999.0, 100.0, pointer)),
                select("AA")
            );
        }
    }

    #[test]
    fn a_dot_selects_its_place_unless_a_finger_covers_another() {
        let (land, markers) = setup();
        // 10 units a pixel: the other dot's edge is (70 - 26) / 10 = 4.4 px away.
        assert_eq!(
            hit_test(
                &land,
                &markers,
                &probe(1000.0, 1500.0, 10.0, Pointer::Mouse)
            ),
            select("CC")
        );
        let Hit::Zoom(f) = hit_test(
            &land,
            &markers,
            &probe(1000.0, 1500.0, 10.0, Pointer::Touch),
        ) else {
            panic!("a finger on CC also covers DD");
        };
        // After the zoom, a tap at the same point, or on DD's centre, is no longer ambiguous.
        assert!(
            f >= TAP_ZOOM && (70.0 - MARKER_R) * f / 10.0 >= FINGER_PX - 1e-9,
            "{f}"
        );
        for (x, iso) in [(1000.0, "CC"), (1070.0, "DD")] {
            assert_eq!(
                hit_test(&land, &markers, &probe(x, 1500.0, 10.0 / f, Pointer::Touch)),
                select(iso)
            );
        }
        // On CC's edge towards DD (18 units from DD's edge), the zoom is deeper.
        let Hit::Zoom(g) = hit_test(
            &land,
            &markers,
            &probe(1026.0, 1500.0, 10.0, Pointer::Touch),
        ) else {
            panic!("ambiguous");
        };
        assert!(
            (g - SEPARATION * FINGER_PX * 10.0 / 18.0).abs() < 1e-9,
            "{g}"
        );
        assert_eq!(
            hit_test(
                &land,
                &markers,
                &probe(1026.0, 1500.0, 10.0 / g, Pointer::Touch)
            ),
            select("CC")
        );
        // At the deepest zoom there is nothing left to zoom: the dot under the finger wins.
        let deepest = Probe {
            zoom_room: 1.0,
            ..probe(1000.0, 1500.0, 10.0, Pointer::Touch)
        };
        assert_eq!(hit_test(&land, &markers, &deepest), select("CC"));
    }

    #[test]
    fn the_sea_snaps_to_one_dot_and_zooms_between_several() {
        let (land, markers) = setup();
        // 1 unit a pixel: 30 units under CC's edge is 30 px, beyond the snap radius.
        assert_eq!(
            hit_test(&land, &markers, &probe(1000.0, 1556.0, 1.0, Pointer::Mouse)),
            Hit::Nothing
        );
        // 5 px from CC's edge, 50 px from DD's: CC, for both pointers.
        for pointer in [Pointer::Mouse, Pointer::Touch] {
            assert_eq!(
                hit_test(&land, &markers, &probe(1000.0, 1531.0, 1.0, pointer)),
                select("CC")
            );
        }
        // Between the two, 9 units from each edge at 2 units a pixel (4.5 px): a mouse
        // takes the nearer, a finger asks for a zoom.
        assert_eq!(
            hit_test(&land, &markers, &probe(1034.0, 1500.0, 2.0, Pointer::Mouse)),
            select("CC")
        );
        assert!(matches!(
            hit_test(&land, &markers, &probe(1035.0, 1500.0, 2.0, Pointer::Touch)),
            Hit::Zoom(_)
        ));
    }
}
