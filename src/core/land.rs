//! The land of the map as polygons, indexed for point and disk queries in map units.
//!
//! [`Land::new`] decodes every feature's projected path (`assets/world.geo`, map units:
//! 10 000 units = the map's width, `y` growing south) into rings once per page and files
//! each ring and each edge in a uniform grid of [`CELL`]-unit squares. A point query
//! ([`Land::feature_at`]) then tests only the few rings whose cell and bounding box hold the
//! point; a disk query ([`Land::disk_touches`]) only the edges of the cells the disk
//! overlaps. On the shipped map a lookup takes a few microseconds (measured in
//! `tests/hit.rs`, printed with `--nocapture`).
//!
//! # Fill rule
//!
//! A point is inside a feature when the sum of the winding numbers of the feature's rings
//! around it is not zero: SVG's default `fill-rule: nonzero`, the rule the renderer draws
//! with (it writes no `fill-rule`). The pipeline writes outer rings clockwise and holes
//! counter-clockwise, so `evenodd` would give the same answer (see `core::geometry`).

use super::geometry::MapGeometry;

/// Side of a grid cell, in map units (about 1/150 of the map's width: a cell holds a few
/// dozen edges at most on the shipped map).
pub const CELL: f64 = 64.0;

/// The owner of a raster square on the sea.
pub const SEA: u16 = u16::MAX;

/// The land as squares of `cell` map units: which feature owns each square's centre
/// (an index into `geo.features`, or [`SEA`]). A coarse copy of [`Land`] for searches that
/// ask about thousands of disks (the marker layout).
#[derive(Debug, Clone)]
pub struct Raster {
    /// Side of a square, in map units.
    pub cell: f64,
    cols: usize,
    rows: usize,
    owner: Vec<u16>,
}

impl Raster {
    /// The owner of the square holding (`x`, `y`) (map units): a feature index, or
    /// [`SEA`] (also off the map).
    pub fn at(&self, x: f64, y: f64) -> u16 {
        if x < 0.0 || y < 0.0 {
            return SEA;
        }
        let (c, r) = ((x / self.cell) as usize, (y / self.cell) as usize);
        if c < self.cols && r < self.rows {
            self.owner[r * self.cols + c]
        } else {
            SEA
        }
    }

    /// Calls `f(owner)` for every land square whose centre lies within `r` units of
    /// (`x`, `y`).
    pub fn each_in_disk(&self, x: f64, y: f64, r: f64, mut f: impl FnMut(u16)) {
        let c = self.cell;
        let (r0, r1) = (
            ((y - r) / c - 0.5).ceil().max(0.0) as usize,
            ((y + r) / c - 0.5).floor(),
        );
        let (c0, c1) = (
            ((x - r) / c - 0.5).ceil().max(0.0) as usize,
            ((x + r) / c - 0.5).floor(),
        );
        if r1 < 0.0 || c1 < 0.0 {
            return;
        }
        let r1 = (r1 as usize).min(self.rows.saturating_sub(1));
        let c1 = (c1 as usize).min(self.cols.saturating_sub(1));
        for row in r0..=r1 {
            let dy = (row as f64 + 0.5) * c - y;
            for col in c0..=c1 {
                let dx = (col as f64 + 0.5) * c - x;
                let o = self.owner[row * self.cols + col];
                if o != SEA && dx * dx + dy * dy <= r * r {
                    f(o);
                }
            }
        }
    }
}

/// An axis-aligned box `[x0, y0, x1, y1]` in map units.
pub type Bounds = [f64; 4];

/// One closed ring: its points (closing point not repeated) and its bounding box.
#[derive(Debug, Clone)]
struct Ring {
    pts: Vec<[f64; 2]>,
    bounds: Bounds,
}

/// One feature's rings and bounding box.
#[derive(Debug, Clone)]
struct Shape {
    rings: Vec<Ring>,
    bounds: Bounds,
    area: u64,
}

/// A uniform grid over the map: which rings (by bounding box) and which edges touch each
/// cell.
#[derive(Debug, Clone)]
struct Grid {
    cols: usize,
    rows: usize,
    /// `(shape, ring)` whose bounding box overlaps the cell.
    rings: Vec<Vec<(u16, u16)>>,
    /// `(shape, ring, edge)` whose segment's bounding box overlaps the cell; edge `e` joins
    /// point `e` to point `e + 1` (mod the ring's length).
    edges: Vec<Vec<(u16, u16, u32)>>,
}

/// The decoded, indexed land of a [`MapGeometry`]. Feature indices are those of
/// `geo.features`.
#[derive(Debug, Clone)]
pub struct Land {
    isos: Vec<String>,
    shapes: Vec<Shape>,
    grid: Grid,
}

/// The bounding box of `pts` (an empty box, `x0 > x1`, for no points).
pub fn bounds_of(pts: &[[f64; 2]]) -> Bounds {
    pts.iter().fold(
        [f64::MAX, f64::MAX, f64::MIN, f64::MIN],
        |[x0, y0, x1, y1], p| [x0.min(p[0]), y0.min(p[1]), x1.max(p[0]), y1.max(p[1])],
    )
}

/// The union of two boxes.
pub fn union(a: Bounds, b: Bounds) -> Bounds {
    [
        a[0].min(b[0]),
        a[1].min(b[1]),
        a[2].max(b[2]),
        a[3].max(b[3]),
    ]
}

fn contains(b: &Bounds, x: f64, y: f64) -> bool {
    x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]
}

/// Winding number of `ring` around (`x`, `y`) (Sunday's crossing test: +1 for each upward
/// edge with the point on its left, -1 for each downward edge with the point on its right).
fn winding(ring: &[[f64; 2]], x: f64, y: f64) -> i32 {
    let mut w = 0;
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        let side = (b[0] - a[0]) * (y - a[1]) - (x - a[0]) * (b[1] - a[1]);
        if a[1] <= y {
            if b[1] > y && side > 0.0 {
                w += 1;
            }
        } else if b[1] <= y && side < 0.0 {
            w -= 1;
        }
    }
    w
}

/// Distance from (`x`, `y`) to the segment `a`–`b`, in the points' units.
fn segment_distance(a: [f64; 2], b: [f64; 2], x: f64, y: f64) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((x - a[0]) * dx + (y - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (x - a[0] - t * dx).hypot(y - a[1] - t * dy)
}

impl Grid {
    fn new(width: f64, height: f64) -> Grid {
        let cols = (width / CELL).ceil().max(1.0) as usize;
        let rows = (height / CELL).ceil().max(1.0) as usize;
        Grid {
            cols,
            rows,
            rings: vec![Vec::new(); cols * rows],
            edges: vec![Vec::new(); cols * rows],
        }
    }

    /// The cell column and row ranges (inclusive) that `b` overlaps, clamped to the grid.
    fn span(
        &self,
        b: &Bounds,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let cell = |v: f64, n: usize| ((v / CELL).floor().max(0.0) as usize).min(n - 1);
        (
            cell(b[0], self.cols)..=cell(b[2], self.cols),
            cell(b[1], self.rows)..=cell(b[3], self.rows),
        )
    }

    /// The cell holding (`x`, `y`), if it is on the grid.
    fn cell(&self, x: f64, y: f64) -> Option<usize> {
        if x < 0.0 || y < 0.0 {
            return None;
        }
        let (c, r) = ((x / CELL) as usize, (y / CELL) as usize);
        (c < self.cols && r < self.rows).then_some(r * self.cols + c)
    }
}

impl Land {
    /// Decodes and indexes every feature of `geo`. A feature whose path does not decode
    /// (impossible for a parsed asset, which checks every path) has no land.
    pub fn new(geo: &MapGeometry) -> Land {
        let shapes: Vec<Shape> = geo
            .features
            .iter()
            .map(|f| {
                let rings: Vec<Ring> = f
                    .rings()
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|r| !r.is_empty())
                    .map(|r| {
                        let pts: Vec<[f64; 2]> = r
                            .iter()
                            .map(|p| [f64::from(p[0]), f64::from(p[1])])
                            .collect();
                        let bounds = bounds_of(&pts);
                        Ring { pts, bounds }
                    })
                    .collect();
                let bounds = rings
                    .iter()
                    .map(|r| r.bounds)
                    .reduce(union)
                    .unwrap_or([0.0, 0.0, -1.0, -1.0]);
                Shape {
                    rings,
                    bounds,
                    area: f.area,
                }
            })
            .collect();
        let mut grid = Grid::new(f64::from(geo.width), f64::from(geo.height));
        for (s, shape) in shapes.iter().enumerate() {
            for (r, ring) in shape.rings.iter().enumerate() {
                let (cols, rows) = grid.span(&ring.bounds);
                for row in rows {
                    for col in cols.clone() {
                        grid.rings[row * grid.cols + col].push((s as u16, r as u16));
                    }
                }
                for (e, a) in ring.pts.iter().enumerate() {
                    let b = ring.pts[(e + 1) % ring.pts.len()];
                    let (cols, rows) = grid.span(&bounds_of(&[*a, b]));
                    for row in rows {
                        for col in cols.clone() {
                            grid.edges[row * grid.cols + col].push((s as u16, r as u16, e as u32));
                        }
                    }
                }
            }
        }
        Land {
            isos: geo.features.iter().map(|f| f.iso.clone()).collect(),
            shapes,
            grid,
        }
    }

    /// The ISO code of feature `i`.
    ///
    /// # Panics
    /// If `i` is not an index of `geo.features`.
    pub fn iso(&self, i: usize) -> &str {
        &self.isos[i]
    }

    /// The index of the feature `iso`, if the map has it.
    pub fn index(&self, iso: &str) -> Option<usize> {
        self.isos.iter().position(|f| f == iso)
    }

    /// The bounding box of feature `i` (map units), `None` when it has no land.
    pub fn bounds(&self, i: usize) -> Option<Bounds> {
        self.shapes
            .get(i)
            .filter(|s| !s.rings.is_empty())
            .map(|s| s.bounds)
    }

    /// The rings of feature `i` (closed polygons in map units, the closing point not
    /// repeated), in path order; none for an index off the map.
    pub fn rings(&self, i: usize) -> impl Iterator<Item = &[[f64; 2]]> {
        self.shapes
            .get(i)
            .into_iter()
            .flat_map(|s| s.rings.iter().map(|r| r.pts.as_slice()))
    }

    /// True when (`x`, `y`) (map units) is inside feature `i` (nonzero winding).
    pub fn contains(&self, i: usize, x: f64, y: f64) -> bool {
        let Some(shape) = self.shapes.get(i) else {
            return false;
        };
        contains(&shape.bounds, x, y)
            && shape
                .rings
                .iter()
                .filter(|r| contains(&r.bounds, x, y))
                .map(|r| winding(&r.pts, x, y))
                .sum::<i32>()
                != 0
    }

    /// The feature whose land holds (`x`, `y`) (map units), as an index into
    /// `geo.features`; `None` on the sea or off the map. Where two shapes overlap (a
    /// shared border's width of rounding), the one with the smaller area wins, so an
    /// enclave is never hidden by the country around it.
    pub fn feature_at(&self, x: f64, y: f64) -> Option<usize> {
        let cell = self.grid.cell(x, y)?;
        let mut best: Option<usize> = None;
        let mut seen: Vec<u16> = Vec::new();
        for &(s, _) in &self.grid.rings[cell] {
            if seen.contains(&s) {
                continue;
            }
            seen.push(s);
            let s = usize::from(s);
            if self.contains(s, x, y)
                && best.is_none_or(|b| self.shapes[s].area < self.shapes[b].area)
            {
                best = Some(s);
            }
        }
        best
    }

    /// True when the disk of radius `r` around (`x`, `y`) (map units) touches the land of
    /// any feature other than `except`: its centre is inside such a feature, or one of its
    /// edges passes within `r`.
    pub fn disk_touches(&self, x: f64, y: f64, r: f64, except: Option<usize>) -> bool {
        let other = |s: usize| Some(s) != except;
        if self.feature_at(x, y).is_some_and(other) {
            return true;
        }
        // The centre may sit inside `except` and over a smaller feature at once.
        if let Some(e) = except {
            if self.contains(e, x, y) && self.any_other_contains(e, x, y) {
                return true;
            }
        }
        let (cols, rows) = self.grid.span(&[x - r, y - r, x + r, y + r]);
        for row in rows {
            for col in cols.clone() {
                for &(s, ring, e) in &self.grid.edges[row * self.grid.cols + col] {
                    if !other(usize::from(s)) {
                        continue;
                    }
                    let pts = &self.shapes[usize::from(s)].rings[usize::from(ring)].pts;
                    let (a, b) = (pts[e as usize], pts[(e as usize + 1) % pts.len()]);
                    if segment_distance(a, b, x, y) < r {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// True when a feature other than `e` also holds (`x`, `y`).
    fn any_other_contains(&self, e: usize, x: f64, y: f64) -> bool {
        let Some(cell) = self.grid.cell(x, y) else {
            return false;
        };
        self.grid.rings[cell]
            .iter()
            .map(|&(s, _)| usize::from(s))
            .any(|s| s != e && self.contains(s, x, y))
    }

    /// The land as a raster of `cell`-unit squares (see [`Raster`]): filled row by row
    /// with the same nonzero rule as [`Land::feature_at`] at each square's centre, then
    /// every square holding a vertex of a feature's outline goes to that feature (the
    /// smallest one, where several meet), so that an islet smaller than a square is kept.
    pub fn raster(&self, width: u32, height: u32, cell: f64) -> Raster {
        let cols = (f64::from(width) / cell).ceil() as usize;
        let rows = (f64::from(height) / cell).ceil() as usize;
        // Crossings of each row's centre line: (x, shape, +1 upward / -1 downward edge).
        let mut crossings: Vec<Vec<(f64, u16, i32)>> = vec![Vec::new(); rows];
        for (s, shape) in self.shapes.iter().enumerate() {
            for ring in &shape.rings {
                for (e, a) in ring.pts.iter().enumerate() {
                    let b = ring.pts[(e + 1) % ring.pts.len()];
                    let (lo, hi) = (a[1].min(b[1]), a[1].max(b[1]));
                    let first = ((lo / cell) - 0.5).ceil().max(0.0) as usize;
                    let mut j = first;
                    while j < rows {
                        let y = (j as f64 + 0.5) * cell;
                        if y >= hi {
                            break;
                        }
                        if y >= lo {
                            let x = a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
                            let dir = if b[1] > a[1] { 1 } else { -1 };
                            crossings[j].push((x, s as u16, dir));
                        }
                        j += 1;
                    }
                }
            }
        }
        let mut owner = vec![SEA; cols * rows];
        for (j, row) in crossings.iter_mut().enumerate() {
            row.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut winding: Vec<(u16, i32)> = Vec::new();
            for k in 0..row.len() {
                let (x, s, dir) = row[k];
                match winding.iter_mut().find(|(f, _)| *f == s) {
                    Some(w) => w.1 += dir,
                    None => winding.push((s, dir)),
                }
                winding.retain(|(_, w)| *w != 0);
                let Some(&(first, _)) = winding.first() else {
                    continue;
                };
                let inside = winding.iter().map(|(f, _)| *f).fold(first, |a, f| {
                    if self.shapes[usize::from(f)].area < self.shapes[usize::from(a)].area {
                        f
                    } else {
                        a
                    }
                });
                let end = row.get(k + 1).map_or(x, |c| c.0);
                let c0 = ((x / cell) - 0.5).ceil().max(0.0) as usize;
                let c1 = (((end / cell) - 0.5).ceil().max(0.0) as usize).min(cols);
                for c in c0..c1 {
                    owner[j * cols + c] = inside;
                }
            }
        }
        // Every vertex marks its square too (unless a smaller feature has it), so that an
        // islet smaller than a square is not lost between the squares' centres.
        for (s, shape) in self.shapes.iter().enumerate() {
            for p in shape.rings.iter().flat_map(|r| &r.pts) {
                let (c, j) = ((p[0] / cell) as usize, (p[1] / cell) as usize);
                if c < cols && j < rows {
                    let o = &mut owner[j * cols + c];
                    if *o == SEA || self.shapes[usize::from(*o)].area > shape.area {
                        *o = s as u16;
                    }
                }
            }
        }
        Raster {
            cell,
            cols,
            rows,
            owner,
        }
    }

    /// Interior points of feature `i` on a square lattice of step `step` map units (the
    /// lattice is anchored at the map's origin): every lattice point inside its land. A
    /// feature smaller than the lattice gets the lattice point nearest its label point if
    /// that one is inside, else none. For tests and measurements.
    pub fn lattice_points(&self, i: usize, step: f64) -> Vec<[f64; 2]> {
        let Some(b) = self.bounds(i) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut y = (b[1] / step).ceil() * step;
        while y <= b[3] {
            let mut x = (b[0] / step).ceil() * step;
            while x <= b[2] {
                if self.contains(i, x, y) {
                    out.push([x, y]);
                }
                x += step;
            }
            y += step;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::parse;

    /// A 100 x 100 square with a 40 x 40 hole (AA), an island in the hole (BB), and a
    /// triangle (CC) east of it.
    const GEO: &str = "#h200-geo 1 t\n400 200\n\
        AA\tA\t10\t10\t8400\t0\tM0 0l100 0 0 100-100 0zM30 30l0 40 40 0 0-40z\n\
        BB\tB\t50\t50\t100\t1\tM45 45l10 0 0 10-10 0z\n\
        CC\tC\t200\t50\t1250\t0\tM150 0l100 0-50 50z\n";

    #[test]
    fn points_fall_in_the_right_feature_holes_included() {
        let g = parse(GEO).unwrap();
        let land = Land::new(&g);
        assert_eq!(land.feature_at(10.0, 10.0), Some(0));
        assert_eq!(land.feature_at(35.0, 35.0), None, "in the hole");
        assert_eq!(
            land.feature_at(50.0, 50.0),
            Some(1),
            "the island in the hole"
        );
        assert_eq!(land.feature_at(200.0, 10.0), Some(2));
        assert_eq!(land.feature_at(200.0, 60.0), None, "under the triangle");
        assert_eq!(land.feature_at(-5.0, 10.0), None, "off the map");
        assert_eq!(land.feature_at(399.0, 199.0), None);
    }

    #[test]
    fn disks_touch_land_within_their_radius_only() {
        let g = parse(GEO).unwrap();
        let land = Land::new(&g);
        // In the hole, 5 units from the island's edge and 15 from the square's.
        assert!(!land.disk_touches(40.0, 50.0, 4.0, None));
        assert!(land.disk_touches(40.0, 50.0, 6.0, None));
        assert!(
            !land.disk_touches(40.0, 50.0, 6.0, Some(1)),
            "the island excepted"
        );
        assert!(
            land.disk_touches(40.0, 50.0, 11.0, Some(1)),
            "the square's hole edge"
        );
        // Centred on the island: inside BB, excepting BB the square is 15 away.
        assert!(!land.disk_touches(50.0, 50.0, 14.0, Some(1)));
        // Sea between the square (25 units west) and the triangle (60 units north-east).
        assert!(!land.disk_touches(125.0, 60.0, 20.0, None));
        assert!(land.disk_touches(125.0, 60.0, 30.0, None));
    }

    #[test]
    fn the_raster_agrees_with_the_polygons_at_square_centres() {
        let g = parse(GEO).unwrap();
        let land = Land::new(&g);
        let raster = land.raster(g.width, g.height, 5.0);
        // Away from the outlines (whose squares go to the feature of the vertex), square
        // centres take the polygons' owner.
        for j in 0..40 {
            for i in 0..80 {
                let (x, y) = ((f64::from(i) + 0.5) * 5.0, (f64::from(j) + 0.5) * 5.0);
                if land.disk_touches(x, y, 5.0, None) && land.feature_at(x, y).is_none() {
                    continue;
                }
                let expected = land.feature_at(x, y).map_or(SEA, |f| f as u16);
                assert_eq!(raster.at(x, y), expected, "at {x} {y}");
            }
        }
        let mut seen = Vec::new();
        raster.each_in_disk(50.0, 50.0, 4.0, |o| seen.push(o));
        assert!(
            !seen.is_empty() && seen.iter().all(|o| *o == 1),
            "the island: {seen:?}"
        );
    }

    #[test]
    fn lattice_points_are_inside() {
        let g = parse(GEO).unwrap();
        let land = Land::new(&g);
        let pts = land.lattice_points(0, 10.0);
        assert!(!pts.is_empty());
        assert!(pts.iter().all(|p| land.feature_at(p[0], p[1]) == Some(0)));
        assert!(pts
            .iter()
            .all(|p| !(p[0] > 30.0 && p[0] < 70.0 && p[1] > 30.0 && p[1] < 70.0)));
        assert_eq!(land.bounds(2), Some([150.0, 0.0, 250.0, 50.0]));
    }
}
