//! TopoJSON arcs: decoding the quantised, delta-encoded positions, assembling rings
//! from arc references, and dissolving the shared borders of merged features.

use std::collections::HashMap;

use super::Point;

/// The decoded arcs of a topology.
#[derive(Clone, Debug, PartialEq)]
pub struct Arcs {
    /// Each arc's positions as `[lon, lat]` in degrees (after the transform).
    pub points: Vec<Vec<Point>>,
    /// Each arc's first and last position as exact keys (the quantised integers when the
    /// topology has a transform, the bit patterns of the doubles otherwise), used to
    /// match arc endpoints without float comparisons.
    ends: Vec<([i64; 2], [i64; 2])>,
}

/// Decodes `arcs` (as stored in the TopoJSON) into degrees.
///
/// With a `transform` (`scale`, `translate`), positions are quantised and
/// delta-encoded: the i-th absolute quantised position is the running sum of the deltas,
/// and `lon = x · scale[0] + translate[0]`, `lat = y · scale[1] + translate[1]`
/// (TopoJSON specification § 2.1.2). Without one, positions are absolute degrees.
///
/// # Errors
/// A message naming the arc when it is empty, has a position with fewer than two
/// coordinates, a non-integer quantised coordinate, or a non-finite result.
pub fn decode(
    arcs: &[Vec<Vec<f64>>],
    transform: Option<([f64; 2], [f64; 2])>,
) -> Result<Arcs, String> {
    let mut points = Vec::with_capacity(arcs.len());
    let mut ends = Vec::with_capacity(arcs.len());
    for (i, arc) in arcs.iter().enumerate() {
        if arc.is_empty() {
            return Err(format!("arc {i} has no positions"));
        }
        let mut pts = Vec::with_capacity(arc.len());
        let mut keys = Vec::with_capacity(2);
        let (mut qx, mut qy) = (0i64, 0i64);
        for (j, pos) in arc.iter().enumerate() {
            if pos.len() < 2 {
                return Err(format!("arc {i} position {j} has fewer than 2 coordinates"));
            }
            let p = match transform {
                Some((scale, translate)) => {
                    let (dx, dy) = (pos[0], pos[1]);
                    if dx.fract() != 0.0 || dy.fract() != 0.0 || !dx.is_finite() || !dy.is_finite()
                    {
                        return Err(format!(
                            "arc {i} position {j} is not an integer delta in a quantised topology"
                        ));
                    }
                    qx += dx as i64;
                    qy += dy as i64;
                    if j == 0 || j + 1 == arc.len() {
                        keys.push([qx, qy]);
                    }
                    [
                        qx as f64 * scale[0] + translate[0],
                        qy as f64 * scale[1] + translate[1],
                    ]
                }
                None => {
                    if j == 0 || j + 1 == arc.len() {
                        keys.push([pos[0].to_bits() as i64, pos[1].to_bits() as i64]);
                    }
                    [pos[0], pos[1]]
                }
            };
            if !p[0].is_finite() || !p[1].is_finite() {
                return Err(format!("arc {i} position {j} is not finite"));
            }
            pts.push(p);
        }
        let first = keys[0];
        let last = *keys.last().unwrap_or(&first);
        points.push(pts);
        ends.push((first, last));
    }
    Ok(Arcs { points, ends })
}

/// The arc number a (possibly negative, `~i`) arc reference points to.
pub fn arc_index(reference: i32) -> usize {
    if reference >= 0 {
        reference as usize
    } else {
        (!reference) as usize
    }
}

impl Arcs {
    /// Number of arcs.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when there are no arcs.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Exact key of the first point of a directed arc reference.
    fn start_key(&self, reference: i32) -> [i64; 2] {
        let (a, b) = self.ends[arc_index(reference)];
        if reference >= 0 {
            a
        } else {
            b
        }
    }

    /// Exact key of the last point of a directed arc reference.
    fn end_key(&self, reference: i32) -> [i64; 2] {
        let (a, b) = self.ends[arc_index(reference)];
        if reference >= 0 {
            b
        } else {
            a
        }
    }
}

/// Assembles one ring from arc references (`i` = arc `i`, negative `~i` = arc `i`
/// reversed), taking each arc's points from `arc_points` (full or simplified arcs).
/// The junction point shared by consecutive arcs is kept once, and the closing point
/// (equal to the first) is dropped: the ring is returned open.
pub fn assemble_ring(arc_points: &[Vec<Point>], refs: &[i32]) -> Vec<Point> {
    let mut ring: Vec<Point> = Vec::new();
    for &r in refs {
        let arc = &arc_points[arc_index(r)];
        let skip = usize::from(!ring.is_empty());
        if r >= 0 {
            ring.extend(arc.iter().skip(skip));
        } else {
            ring.extend(arc.iter().rev().skip(skip));
        }
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring
}

/// Dissolves the borders shared inside a merged feature: an arc used once in each
/// direction by the rings of `rings` is an internal border; both uses are removed and
/// the remaining directed arcs are stitched end-to-start into new closed rings.
/// Returns the rings unchanged when nothing is shared.
///
/// # Errors
/// When the remaining arcs cannot be stitched into closed rings (a broken topology).
pub fn dissolve(arcs: &Arcs, rings: &[Vec<i32>]) -> Result<Vec<Vec<i32>>, String> {
    // Count uses per arc and direction.
    let mut uses: HashMap<usize, (usize, usize)> = HashMap::new();
    for &r in rings.iter().flatten() {
        let e = uses.entry(arc_index(r)).or_default();
        if r >= 0 {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    let mut cancel: HashMap<usize, (usize, usize)> = uses
        .iter()
        .filter(|(_, &(f, b))| f > 0 && b > 0)
        .map(|(&i, &(f, b))| (i, (f.min(b), f.min(b))))
        .collect();
    if cancel.is_empty() {
        return Ok(rings.to_vec());
    }
    let mut remaining: Vec<i32> = Vec::new();
    for &r in rings.iter().flatten() {
        if let Some(c) = cancel.get_mut(&arc_index(r)) {
            let left = if r >= 0 { &mut c.0 } else { &mut c.1 };
            if *left > 0 {
                *left -= 1;
                continue;
            }
        }
        remaining.push(r);
    }
    // Stitch: follow end -> start, choosing the first unused arc (input order) each time.
    let mut by_start: HashMap<[i64; 2], Vec<usize>> = HashMap::new();
    for (k, &r) in remaining.iter().enumerate() {
        by_start.entry(arcs.start_key(r)).or_default().push(k);
    }
    let mut used = vec![false; remaining.len()];
    let mut out = Vec::new();
    for k0 in 0..remaining.len() {
        if used[k0] {
            continue;
        }
        used[k0] = true;
        let start = arcs.start_key(remaining[k0]);
        let mut ring = vec![remaining[k0]];
        let mut end = arcs.end_key(remaining[k0]);
        while end != start {
            let next = by_start
                .get(&end)
                .and_then(|c| c.iter().copied().find(|&k| !used[k]))
                .ok_or_else(|| {
                    format!(
                        "cannot close a ring after arc {} while dissolving borders",
                        ring.last().copied().unwrap_or(0)
                    )
                })?;
            used[next] = true;
            ring.push(remaining[next]);
            end = arcs.end_key(remaining[next]);
        }
        out.push(ring);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side sharing the arc 0 (x = 1, from (1,0) up to (1,1)).
    ///
    /// ```text
    /// (0,1)--(1,1)--(2,1)
    ///   |   A  |   B  |
    /// (0,0)--(1,0)--(2,0)
    /// ```
    fn two_squares() -> Arcs {
        let arcs = vec![
            vec![vec![1.0, 0.0], vec![0.0, 1.0]], // 0: (1,0)->(1,1)
            vec![
                vec![1.0, 1.0],
                vec![-1.0, 0.0],
                vec![0.0, -1.0],
                vec![1.0, 0.0],
            ], // 1: (1,1)->(0,1)->(0,0)->(1,0)
            vec![
                vec![1.0, 0.0],
                vec![1.0, 0.0],
                vec![0.0, 1.0],
                vec![-1.0, 0.0],
            ], // 2: (1,0)->(2,0)->(2,1)->(1,1)
        ];
        decode(&arcs, Some(([1.0, 1.0], [0.0, 0.0]))).unwrap()
    }

    #[test]
    fn decodes_delta_quantised_arcs_with_transform() {
        let arcs = vec![vec![vec![10.0, 20.0], vec![5.0, -5.0], vec![-15.0, 0.0]]];
        let a = decode(&arcs, Some(([0.5, 0.25], [-180.0, -90.0]))).unwrap();
        assert_eq!(
            a.points[0],
            vec![[-175.0, -85.0], [-172.5, -86.25], [-180.0, -86.25]]
        );
        let plain = decode(&[vec![vec![1.5, 2.5], vec![3.0, 4.0]]], None).unwrap();
        assert_eq!(plain.points[0], vec![[1.5, 2.5], [3.0, 4.0]]);
        assert!(decode(&[vec![vec![0.5, 1.0]]], Some(([1.0, 1.0], [0.0, 0.0]))).is_err());
        assert!(decode(&[vec![]], None).is_err());
    }

    #[test]
    fn assembles_rings_with_reversed_arcs() {
        let a = two_squares();
        // Square A: arc 1 then arc 0 -> (1,1) (0,1) (0,0) (1,0) [(1,1) closes].
        assert_eq!(
            assemble_ring(&a.points, &[1, 0]),
            vec![[1.0, 1.0], [0.0, 1.0], [0.0, 0.0], [1.0, 0.0]]
        );
        // Square B uses the shared arc reversed: arc 2 then ~0.
        assert_eq!(
            assemble_ring(&a.points, &[2, !0]),
            vec![[1.0, 0.0], [2.0, 0.0], [2.0, 1.0], [1.0, 1.0]]
        );
        assert_eq!(arc_index(!0), 0);
        assert_eq!(arc_index(-3), 2);
    }

    #[test]
    fn dissolves_the_shared_border() {
        let a = two_squares();
        let merged = dissolve(&a, &[vec![1, 0], vec![2, !0]]).unwrap();
        assert_eq!(merged.len(), 1);
        let ring = assemble_ring(&a.points, &merged[0]);
        assert_eq!(ring.len(), 6, "{ring:?}");
        assert!(!ring.contains(&[1.0, 0.5]));
        // Nothing shared: unchanged.
        assert_eq!(dissolve(&a, &[vec![1, 0]]).unwrap(), vec![vec![1, 0]]);
    }
}
