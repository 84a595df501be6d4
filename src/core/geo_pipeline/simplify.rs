//! Douglas–Peucker line simplification, applied once per TopoJSON arc.
//!
//! Simplifying arcs (not rings) before ring assembly keeps the simplification
//! topology-consistent: a border shared by two countries is one arc, simplified once,
//! so both neighbours get exactly the same vertices and no gaps or slivers appear.
//! Arc endpoints (the junctions between arcs) are always kept.

use super::Point;

/// Douglas–Peucker on `points` (planar, in the caller's units) with tolerance
/// `tolerance` (same units). Returns the indices of the kept points, increasing,
/// always including the first and the last index.
///
/// A closed arc (first point equal to the last) is handled: the chord is then a single
/// point and distances are measured to it, so the first split keeps the vertex farthest
/// from the start. A tolerance `<= 0` keeps every point.
pub fn douglas_peucker(points: &[Point], tolerance: f64) -> Vec<usize> {
    let n = points.len();
    if n <= 2 || tolerance <= 0.0 {
        return (0..n).collect();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0usize, n - 1)];
    while let Some((first, last)) = stack.pop() {
        if last <= first + 1 {
            continue;
        }
        let (mut best, mut best_d) = (first, -1.0f64);
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = distance_to_segment(*p, points[first], points[last]);
            if d > best_d {
                best = i;
                best_d = d;
            }
        }
        if best_d > tolerance {
            keep[best] = true;
            stack.push((best, last));
            stack.push((first, best));
        }
    }
    keep.iter()
        .enumerate()
        .filter_map(|(i, &k)| k.then_some(i))
        .collect()
}

/// Euclidean distance from `p` to the segment `a`–`b` (to `a` when `a == b`).
fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    };
    let (cx, cy) = (a[0] + t * dx, a[1] + t * dy);
    ((p[0] - cx).powi(2) + (p[1] - cy).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_endpoints_and_drops_collinear_points() {
        let line: Vec<Point> = (0..10).map(|i| [f64::from(i), 0.0]).collect();
        assert_eq!(douglas_peucker(&line, 0.1), vec![0, 9]);
        assert_eq!(douglas_peucker(&line, 0.0).len(), 10);
    }

    #[test]
    fn keeps_significant_vertices() {
        let pts = [[0.0, 0.0], [1.0, 0.05], [2.0, 3.0], [3.0, 0.02], [4.0, 0.0]];
        // (1, 0.05) and (3, 0.02) are about 0.8 from the chords to the peak.
        assert_eq!(douglas_peucker(&pts, 1.0), vec![0, 2, 4]);
        assert_eq!(douglas_peucker(&pts, 5.0), vec![0, 4]);
        assert_eq!(douglas_peucker(&pts, 0.5), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn closed_arc_keeps_farthest_vertex() {
        let ring = [
            [0.0, 0.0],
            [1.0, 0.0],
            [2.0, 1.0],
            [1.0, 2.0],
            [0.0, 1.0],
            [0.0, 0.0],
        ];
        let kept = douglas_peucker(&ring, 0.5);
        assert_eq!(kept.first(), Some(&0));
        assert_eq!(kept.last(), Some(&5));
        assert!(kept.contains(&2) || kept.contains(&3), "{kept:?}");
        assert!(kept.len() >= 4, "a closed arc must keep an area: {kept:?}");
    }

    #[test]
    fn short_inputs_are_kept() {
        assert_eq!(douglas_peucker(&[], 1.0), Vec::<usize>::new());
        assert_eq!(douglas_peucker(&[[0.0, 0.0]], 1.0), vec![0]);
        assert_eq!(douglas_peucker(&[[0.0, 0.0], [5.0, 5.0]], 1.0), vec![0, 1]);
    }
}
