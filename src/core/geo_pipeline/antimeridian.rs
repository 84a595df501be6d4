//! Cutting rings at the antimeridian (±180°), so that no ring draws a stripe across
//! the map.
//!
//! Method: (1) unwrap the ring's longitudes so consecutive points never jump by more
//! than 180°; (2) if the unwrapped ring does not come back to its start longitude it
//! winds around a pole (e.g. Antarctica): close it via that pole; (3) clip the
//! unwrapped ring against each 360°-wide window `[-180 + 360k, 180 + 360k]` it overlaps
//! (Sutherland–Hodgman against the two vertical lines), and shift each piece back by
//! `-360k`; (4) densify the edges that the cut created along a window edge or a pole,
//! so that once projected they follow the curved map outline.

use super::Point;

/// Maximum spacing, in degrees, of points along edges created by the cut (the
/// antimeridian or a pole line).
pub const DENSIFY_STEP_DEG: f64 = 2.0;

/// Wraps a longitude difference into (-180, 180].
fn wrap_delta(mut d: f64) -> f64 {
    while d > 180.0 {
        d -= 360.0;
    }
    while d <= -180.0 {
        d += 360.0;
    }
    d
}

/// Unwraps an open ring's longitudes so that consecutive points (including the
/// closing edge) never differ by more than 180°. Returns the unwrapped ring and its
/// winding: how many times (signed) it goes around the globe in longitude, 0 for an
/// ordinary ring and ±1 for a ring around a pole.
pub fn unwrap(ring: &[Point]) -> (Vec<Point>, i32) {
    let mut out: Vec<Point> = Vec::with_capacity(ring.len());
    for &p in ring {
        match out.last() {
            None => out.push(p),
            Some(&q) => out.push([q[0] + wrap_delta(p[0] - q[0]), p[1]]),
        }
    }
    let winding = match (out.first(), out.last()) {
        (Some(&a), Some(&b)) => {
            let end = b[0] + wrap_delta(a[0] - b[0]);
            ((end - a[0]) / 360.0).round() as i32
        }
        _ => 0,
    };
    (out, winding)
}

/// Unwraps a ring and, when it winds around a pole, closes it through that pole, so the
/// result is an ordinary closed polygon in unwrapped longitude/latitude whose planar
/// area is meaningful. The pole is the one on the side of the ring's mean latitude.
pub fn unwrap_closed(ring: &[Point]) -> Vec<Point> {
    let (mut out, winding) = unwrap(ring);
    if winding != 0 && !out.is_empty() {
        let first = out[0];
        let mean_lat = out.iter().map(|p| p[1]).sum::<f64>() / out.len() as f64;
        let pole = if mean_lat < 0.0 { -90.0 } else { 90.0 };
        let lon_end = first[0] + 360.0 * f64::from(winding);
        out.push([lon_end, first[1]]);
        out.push([lon_end, pole]);
        out.push([first[0], pole]);
    }
    out
}

/// Cuts an open ring (longitudes in degrees, any wrapping) at the antimeridian. Returns
/// the pieces, each an open ring with longitudes in [-180, 180]. A ring that does not
/// cross is returned as the single piece, unchanged.
pub fn cut(ring: &[Point]) -> Vec<Vec<Point>> {
    if ring.len() < 3 {
        return vec![ring.to_vec()];
    }
    let closed = unwrap_closed(ring);
    let (min, max) = closed
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p[0]), hi.max(p[0]))
        });
    if min >= -180.0 && max <= 180.0 && closed.len() == ring.len() {
        return vec![ring.to_vec()];
    }
    let k_min = ((min - 180.0) / 360.0).floor() as i32 + 1;
    let k_max = ((max + 180.0) / 360.0).ceil() as i32 - 1;
    let mut pieces = Vec::new();
    for k in k_min..=k_max {
        let shift = 360.0 * f64::from(k);
        let (lo, hi) = (-180.0 + shift, 180.0 + shift);
        let clipped = clip_half_plane(&closed, |p| p[0] >= lo, lo);
        let clipped = clip_half_plane(&clipped, |p| p[0] <= hi, hi);
        let mut piece: Vec<Point> = Vec::with_capacity(clipped.len());
        for p in clipped {
            let q = [(p[0] - shift).clamp(-180.0, 180.0), p[1]];
            if piece.last() != Some(&q) {
                piece.push(q);
            }
        }
        while piece.len() > 1 && piece.first() == piece.last() {
            piece.pop();
        }
        if piece.len() >= 3 && planar_area(&piece) != 0.0 {
            pieces.push(densify_cut_edges(&piece));
        }
    }
    pieces
}

/// Sutherland–Hodgman against one vertical line `x = edge_x`, keeping the side where
/// `inside` holds.
fn clip_half_plane(poly: &[Point], inside: impl Fn(Point) -> bool, edge_x: f64) -> Vec<Point> {
    let mut out = Vec::with_capacity(poly.len() + 4);
    let n = poly.len();
    for i in 0..n {
        let cur = poly[i];
        let prev = poly[(i + n - 1) % n];
        let (cin, pin) = (inside(cur), inside(prev));
        if cin != pin {
            let t = (edge_x - prev[0]) / (cur[0] - prev[0]);
            out.push([edge_x, prev[1] + t * (cur[1] - prev[1])]);
        }
        if cin {
            out.push(cur);
        }
    }
    out
}

/// Inserts points every [`DENSIFY_STEP_DEG`] along edges that lie on the antimeridian
/// (both ends at longitude ±180°) or on a pole (both ends at latitude ±90°).
fn densify_cut_edges(piece: &[Point]) -> Vec<Point> {
    let n = piece.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let a = piece[i];
        let b = piece[(i + 1) % n];
        out.push(a);
        let on_meridian = a[0] == b[0] && a[0].abs() == 180.0;
        let on_pole = a[1] == b[1] && a[1].abs() == 90.0;
        let span = if on_meridian {
            (b[1] - a[1]).abs()
        } else if on_pole {
            (b[0] - a[0]).abs()
        } else {
            0.0
        };
        let steps = (span / DENSIFY_STEP_DEG).ceil() as usize;
        for s in 1..steps {
            let t = s as f64 / steps as f64;
            out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
        }
    }
    out
}

/// Signed planar area (shoelace) of an open ring, in squared input units.
pub fn planar_area(ring: &[Point]) -> f64 {
    let n = ring.len();
    let mut s = 0.0;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        s += a[0] * b[1] - b[0] * a[1];
    }
    s / 2.0
}

#[cfg(test)]
mod tests {
    use super::super::projection::Frame;
    use super::*;

    /// Longest horizontal extent of any edge once projected, in units at width 10000.
    fn longest_projected_dx(pieces: &[Vec<Point>]) -> f64 {
        let f = Frame::new(10_000);
        let mut worst: f64 = 0.0;
        for piece in pieces {
            let pts: Vec<[f64; 2]> = piece.iter().map(|&p| f.project(p)).collect();
            for i in 0..pts.len() {
                let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
                worst = worst.max((a[0] - b[0]).abs());
            }
        }
        worst
    }

    #[test]
    fn ring_not_crossing_is_unchanged() {
        let ring = vec![[10.0, 0.0], [20.0, 0.0], [20.0, 10.0], [10.0, 10.0]];
        assert_eq!(cut(&ring), vec![ring]);
    }

    #[test]
    fn ring_crossing_the_antimeridian_is_cut_in_two() {
        // A square from 170°E to 170°W (i.e. 190°E), as stored: longitudes wrapped.
        let ring = vec![
            [170.0, -10.0],
            [-170.0, -10.0],
            [-170.0, 10.0],
            [170.0, 10.0],
        ];
        // Uncut, the projected ring would have edges across the whole map.
        assert!(longest_projected_dx(std::slice::from_ref(&ring)) > 5_000.0);
        let pieces = cut(&ring);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        let mut xs: Vec<(f64, f64)> = pieces
            .iter()
            .map(|p| {
                p.iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), q| {
                        (lo.min(q[0]), hi.max(q[0]))
                    })
            })
            .collect();
        xs.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(xs, vec![(-180.0, -170.0), (170.0, 180.0)]);
        assert!(longest_projected_dx(&pieces) < 5_000.0);
        // Area is preserved (planar, in degrees): 20° x 20° = 400, split 200 + 200.
        let total: f64 = pieces.iter().map(|p| planar_area(p).abs()).sum();
        assert!((total - 400.0).abs() < 1e-9, "{total}");
    }

    #[test]
    fn ring_starting_west_of_the_antimeridian_is_cut_too() {
        let ring = vec![[-175.0, 60.0], [175.0, 60.0], [175.0, 70.0], [-175.0, 70.0]];
        let pieces = cut(&ring);
        assert_eq!(pieces.len(), 2);
        assert!(longest_projected_dx(&pieces) < 5_000.0);
    }

    #[test]
    fn polar_ring_is_closed_through_the_pole() {
        // A ring around the South Pole at 70°S, eastward, like Antarctica's coast.
        let ring: Vec<Point> = (0..12)
            .map(|i| [-165.0 + 30.0 * f64::from(i), -70.0])
            .collect();
        let (_, winding) = unwrap(&ring);
        assert_eq!(winding, 1);
        let pieces = cut(&ring);
        assert!(!pieces.is_empty());
        // The cap is drawn down to the pole and across the pole line, never as a
        // stripe; every edge is short once projected.
        assert!(longest_projected_dx(&pieces) < 5_000.0);
        assert!(pieces.iter().flatten().any(|p| p[1] == -90.0));
        for p in pieces.iter().flatten() {
            assert!((-180.0..=180.0).contains(&p[0]));
        }
        // The cap's planar area in degrees is 360° x 20° = 7200.
        let total: f64 = pieces.iter().map(|p| planar_area(p).abs()).sum();
        assert!((total - 7200.0).abs() < 1e-6, "{total}");
    }
}
