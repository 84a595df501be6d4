//! Projected-ring helpers (area, centroid, bounding box), integer quantisation, and the
//! compact SVG path / feature-line encoding of `assets/world.geo`.

use std::fmt::Write as _;

/// Signed shoelace area of an open ring in SVG user units² (`y` down): positive when
/// the ring runs clockwise on screen.
pub fn signed_area(ring: &[[f64; 2]]) -> f64 {
    let n = ring.len();
    let mut s = 0.0;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        s += a[0] * b[1] - b[0] * a[1];
    }
    s / 2.0
}

/// Area-weighted centroid of an open ring (units). Falls back to the mean of its
/// vertices when the ring has (almost) no area.
pub fn centroid(ring: &[[f64; 2]]) -> [f64; 2] {
    let n = ring.len();
    if n == 0 {
        return [0.0, 0.0];
    }
    // Relative to the first vertex, for precision.
    let o = ring[0];
    let (mut a2, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (p, q) = (ring[i], ring[(i + 1) % n]);
        let (px, py, qx, qy) = (p[0] - o[0], p[1] - o[1], q[0] - o[0], q[1] - o[1]);
        let cross = px * qy - qx * py;
        a2 += cross;
        cx += (px + qx) * cross;
        cy += (py + qy) * cross;
    }
    if a2.abs() < 1e-9 {
        let (sx, sy) = ring
            .iter()
            .fold((0.0, 0.0), |(sx, sy), p| (sx + p[0], sy + p[1]));
        return [sx / n as f64, sy / n as f64];
    }
    [o[0] + cx / (3.0 * a2), o[1] + cy / (3.0 * a2)]
}

/// Grid resolution (per axis) of the fallback search in [`label_point`].
const LABEL_GRID: usize = 64;

/// The label point of a ring (units): its area-weighted [`centroid`] when that lies
/// inside the ring; otherwise (concave shapes such as Norway, Vietnam or Haiti) the
/// point of a 64 × 64 grid over the ring's bounding box that lies inside the ring and
/// farthest from its edges (the centroid again if no grid point is inside).
pub fn label_point(ring: &[[f64; 2]]) -> [f64; 2] {
    let c = centroid(ring);
    if ring.len() < 3 || contains(ring, c) {
        return c;
    }
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for p in ring {
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    let mut best = (c, -1.0);
    for i in 0..LABEL_GRID {
        for j in 0..LABEL_GRID {
            let p = [
                lo[0] + (hi[0] - lo[0]) * (i as f64 + 0.5) / LABEL_GRID as f64,
                lo[1] + (hi[1] - lo[1]) * (j as f64 + 0.5) / LABEL_GRID as f64,
            ];
            if contains(ring, p) {
                let d = distance_to_boundary(ring, p);
                if d > best.1 {
                    best = (p, d);
                }
            }
        }
    }
    best.0
}

/// Even-odd point-in-ring test.
pub fn contains(ring: &[[f64; 2]], p: [f64; 2]) -> bool {
    let n = ring.len();
    let mut inside = false;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
            if p[0] < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// Distance from `p` to the nearest edge of the ring.
fn distance_to_boundary(ring: &[[f64; 2]], p: [f64; 2]) -> f64 {
    let n = ring.len();
    let mut best = f64::INFINITY;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
        let len2 = dx * dx + dy * dy;
        let t = if len2 == 0.0 {
            0.0
        } else {
            (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
        };
        let (ex, ey) = (a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
        best = best.min(ex * ex + ey * ey);
    }
    best.sqrt()
}

/// Width and height of a ring's bounding box (units).
pub fn extent(ring: &[[f64; 2]]) -> [f64; 2] {
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for p in ring {
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    if ring.is_empty() {
        return [0.0, 0.0];
    }
    [hi[0] - lo[0], hi[1] - lo[1]]
}

/// Rounds a ring to integer units, dropping zero-length steps (consecutive equal
/// points, including a last point equal to the first).
pub fn quantise(ring: &[[f64; 2]]) -> Vec<[i32; 2]> {
    let mut out: Vec<[i32; 2]> = Vec::with_capacity(ring.len());
    for p in ring {
        let q = [p[0].round() as i32, p[1].round() as i32];
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Number of distinct points of a quantised ring.
pub fn distinct_points(ring: &[[i32; 2]]) -> usize {
    let mut v = ring.to_vec();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// Appends an integer to a path, with a space before it only when needed: after a
/// digit, unless the number's own minus sign separates it.
fn push_number(out: &mut String, n: i32) {
    if n >= 0 && out.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        out.push(' ');
    }
    // Writing to a String cannot fail.
    let _ = write!(out, "{n}");
}

/// Appends one quantised ring as `M x y l dx dy ... z` (absolute move, relative lines,
/// close). Zero-length steps must already be removed (see [`quantise`]).
pub fn push_ring(out: &mut String, ring: &[[i32; 2]]) {
    let Some(&first) = ring.first() else {
        return;
    };
    out.push('M');
    push_number(out, first[0]);
    push_number(out, first[1]);
    if ring.len() > 1 {
        out.push('l');
        for w in ring.windows(2) {
            push_number(out, w[1][0] - w[0][0]);
            push_number(out, w[1][1] - w[0][1]);
        }
    }
    out.push('z');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::decode_path;

    #[test]
    fn encodes_compact_relative_path() {
        let mut d = String::new();
        push_ring(&mut d, &[[10, 20], [15, 18], [15, 30], [-2, 30]]);
        push_ring(&mut d, &[[5, 5]]);
        assert_eq!(d, "M10 20l5-2 0 12-17 0zM5 5z");
        assert_eq!(
            decode_path(&d).unwrap(),
            vec![vec![[10, 20], [15, 18], [15, 30], [-2, 30]], vec![[5, 5]]]
        );
    }

    #[test]
    fn quantise_skips_zero_length_steps() {
        let q = quantise(&[[0.2, 0.1], [0.4, -0.2], [3.0, 0.0], [3.0, 4.0], [0.1, 0.3]]);
        assert_eq!(q, vec![[0, 0], [3, 0], [3, 4]]);
        assert_eq!(distinct_points(&q), 3);
    }

    #[test]
    fn label_point_stays_inside_concave_rings() {
        // A "C" whose centroid falls in its mouth.
        let c = [
            [0.0, 0.0],
            [30.0, 0.0],
            [30.0, 5.0],
            [5.0, 5.0],
            [5.0, 25.0],
            [30.0, 25.0],
            [30.0, 30.0],
            [0.0, 30.0],
        ];
        assert!(!contains(&c, centroid(&c)));
        let p = label_point(&c);
        assert!(contains(&c, p), "{p:?}");
        let sq = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]];
        assert_eq!(label_point(&sq), [5.0, 5.0]);
    }

    #[test]
    fn area_centroid_extent_of_a_square() {
        // Clockwise on screen (y down): (0,0) -> (10,0) -> (10,10) -> (0,10).
        let sq = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]];
        assert_eq!(signed_area(&sq), 100.0);
        assert_eq!(centroid(&sq), [5.0, 5.0]);
        assert_eq!(extent(&sq), [10.0, 10.0]);
        let mut rev = sq;
        rev.reverse();
        assert_eq!(signed_area(&rev), -100.0);
        assert_eq!(centroid(&[[1.0, 1.0], [3.0, 3.0]]), [2.0, 2.0]);
    }
}
