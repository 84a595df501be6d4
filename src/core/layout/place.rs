//! Where the markers' dots go: the search behind [`marker_positions`].

use super::{MarkerPos, MARKER_R};
use crate::core::geometry::MapGeometry;
use crate::core::land::{Land, Raster};

/// Air between a marker's dot and any other feature's land, in map units: it covers the
/// dot's outline (1.25 CSS px at most, `style.css`) on maps 800 px wide or more, and all
/// but a third of a pixel of it on a phone.
pub const MARKER_CLEARANCE: f64 = 8.0;
/// Distance between the rings of candidate positions, and between candidates on a ring,
/// in map units.
pub const SEARCH_STEP: f64 = 4.0;
/// The farthest a marker's dot may sit from its anchor (its leader line's length), in map
/// units (about 900 km at the equator).
pub const MAX_LEADER: f64 = 240.0;
/// The cost, in map units of leader line, of a dot hiding the whole of another feature's
/// land: hiding 1 % of a country costs as much as a leader line 100 units long (about
/// 3.6 CSS px on a phone at world scale, 10 px on a 1000 px wide map).
pub const HIDE_COST: f64 = 10_000.0;
/// The cost, in map units of leader line, of a leader line crossing another marker's.
pub const CROSS_COST: f64 = 60.0;
/// Side of the raster squares on which the layout measures hidden land, in map units.
pub const RASTER_CELL: f64 = 4.0;
/// Passes of the layout after the first (each moves every marker to its best place among
/// all the others; the layout stops early when nothing moves).
pub const LAYOUT_PASSES: usize = 3;

/// Lays out the markers of `geo` (see the module docs) so that their dots hide as little
/// land of other features as they can, near their anchors (the features' label points),
/// at least `min_dist` units apart and inside the viewBox.
///
/// Each dot takes the position of least cost among the candidates around its anchor (see
/// [`candidates`]): the length of its leader line plus [`HIDE_COST`] times the share of
/// each other feature's land its disk (radius [`MARKER_R`] + [`MARKER_CLEARANCE`]) covers,
/// measured on `land`'s raster of [`RASTER_CELL`]-unit squares. A first pass places the
/// markers in ISO order, each avoiding those before it; [`LAYOUT_PASSES`] more passes move
/// each marker to its best place among all the others, until none moves. Deterministic.
pub fn marker_positions(geo: &MapGeometry, land: &Land, min_dist: f64) -> Vec<MarkerPos> {
    let raster = land.raster(geo.width, geo.height, RASTER_CELL);
    let areas: Vec<f64> = geo
        .features
        .iter()
        .map(|f| (f.area as f64).max(1.0))
        .collect();
    let ids: Vec<usize> = (0..geo.features.len())
        .filter(|&i| geo.features[i].marker)
        .collect();
    let anchor = |i: usize| (f64::from(geo.features[i].cx), f64::from(geo.features[i].cy));
    let bounds = (f64::from(geo.width), f64::from(geo.height));
    // Each placed dot with its anchor: (dot, anchor).
    let mut pos: Vec<Leader> = Vec::with_capacity(ids.len());
    for (k, &i) in ids.iter().enumerate() {
        let site = Site {
            own: i,
            anchor: anchor(i),
            others: &pos[..k],
            bounds,
            min_dist,
        };
        let best = site.best(&raster, &areas);
        pos.push((best, anchor(i)));
    }
    for _ in 0..LAYOUT_PASSES {
        let mut moved = false;
        for (k, &i) in ids.iter().enumerate() {
            let others: Vec<_> = pos
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, p)| *p)
                .collect();
            let site = Site {
                own: i,
                anchor: anchor(i),
                others: &others,
                bounds,
                min_dist,
            };
            let best = site.best(&raster, &areas);
            if site.cost(best, &raster, &areas) < site.cost(pos[k].0, &raster, &areas) - 1e-9 {
                pos[k].0 = best;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    ids.iter()
        .zip(pos)
        .map(|(&i, ((x, y), _))| {
            let (ax, ay) = anchor(i);
            MarkerPos {
                iso: geo.features[i].iso.clone(),
                x,
                y,
                anchor_x: ax,
                anchor_y: ay,
            }
        })
        .collect()
}

/// A point, in map units.
type Point = (f64, f64);
/// A leader line: a dot's centre and its anchor, in map units.
type Leader = (Point, Point);

/// One marker's search: its feature, anchor, the other dots (with their anchors) and the
/// map's size.
struct Site<'a> {
    own: usize,
    anchor: (f64, f64),
    others: &'a [Leader],
    bounds: (f64, f64),
    min_dist: f64,
}

impl Site<'_> {
    /// The cost of a dot at `p`: leader length plus the land it hides (infinite where the
    /// dot may not go: off the map or too near another dot).
    fn cost(&self, p: (f64, f64), raster: &Raster, areas: &[f64]) -> f64 {
        let (x, y) = p;
        if x < 0.0 || y < 0.0 || x > self.bounds.0 || y > self.bounds.1 {
            return f64::INFINITY;
        }
        if self
            .others
            .iter()
            .any(|(o, _)| (o.0 - x).hypot(o.1 - y) < self.min_dist)
        {
            return f64::INFINITY;
        }
        let crossings = self
            .others
            .iter()
            .filter(|(o, a)| segments_cross((self.anchor, p), (*a, *o)))
            .count();
        let mut hidden: Vec<(u16, u32)> = Vec::new();
        raster.each_in_disk(x, y, MARKER_R + MARKER_CLEARANCE, |o| {
            if usize::from(o) != self.own {
                match hidden.iter_mut().find(|(f, _)| *f == o) {
                    Some(h) => h.1 += 1,
                    None => hidden.push((o, 1)),
                }
            }
        });
        let square = raster.cell * raster.cell;
        let hide: f64 = hidden
            .iter()
            .map(|(f, n)| (f64::from(*n) * square / areas[usize::from(*f)]).min(1.0))
            .sum();
        (x - self.anchor.0).hypot(y - self.anchor.1)
            + HIDE_COST * hide
            + CROSS_COST * crossings as f64
    }

    /// The candidate of least cost (the anchor if none is allowed). Candidates come nearest
    /// first and cost at least their distance, so the search stops at the first candidate
    /// farther than the best cost so far.
    fn best(&self, raster: &Raster, areas: &[f64]) -> (f64, f64) {
        let mut best = (self.anchor, f64::INFINITY);
        for p in candidates(self.anchor) {
            if (p.0 - self.anchor.0).hypot(p.1 - self.anchor.1) >= best.1 {
                break;
            }
            let c = self.cost(p, raster, areas);
            if c < best.1 {
                best = (p, c);
            }
        }
        best.0
    }
}

/// True when the segments `a` and `b` cross at a point inside both (touching ends and
/// collinear overlaps do not count).
fn segments_cross(a: Leader, b: Leader) -> bool {
    let orient = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (d1, d2) = (orient(b.0, b.1, a.0), orient(b.0, b.1, a.1));
    let (d3, d4) = (orient(a.0, a.1, b.0), orient(a.0, a.1, b.1));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// The candidate positions around `anchor`, nearest first: the anchor, then rings of
/// growing radius ([`SEARCH_STEP`] apart, up to [`MAX_LEADER`]), each walked from east
/// clockwise (on screen) in steps of about [`SEARCH_STEP`] units.
fn candidates(anchor: (f64, f64)) -> impl Iterator<Item = (f64, f64)> {
    let rings = (MAX_LEADER / SEARCH_STEP) as u32;
    std::iter::once(anchor).chain((1..=rings).flat_map(move |k| {
        let radius = f64::from(k) * SEARCH_STEP;
        let steps = (std::f64::consts::TAU * radius / SEARCH_STEP).ceil() as u32;
        (0..steps).map(move |s| {
            let a = std::f64::consts::TAU * f64::from(s) / f64::from(steps);
            (anchor.0 + radius * a.cos(), anchor.1 + radius * a.sin())
        })
    }))
}
