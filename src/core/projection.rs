//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) and the fixed frame
//! that maps it onto the SVG viewBox of `assets/world.geo`.
//!
//! Reference: B. Šavrič, T. Patterson, B. Jenny, "The Equal Earth map projection",
//! International Journal of Geographical Information Science 33(3), 2019 (online 2018),
//! doi:10.1080/13658816.2018.1504949. Forward equations on the unit sphere, with
//! `λ` the longitude and `φ` the latitude in radians:
//!
//! ```text
//! θ = asin(M · sin φ),  M = √3 / 2
//! x = 2√3 · λ · cos θ / (3 · (9·A4·θ⁸ + 7·A3·θ⁶ + 3·A2·θ² + A1))
//! y = θ · (A4·θ⁸ + A3·θ⁶ + A2·θ² + A1)
//! ```
//!
//! The projection is equal-area: a region's area in projected unit-sphere coordinates
//! equals its area on the unit sphere in steradians. On the unit sphere the map spans
//! `x ∈ [−2.70663, 2.70663]`, `y ∈ [−1.31736, 1.31736]` (aspect ≈ 2.0546 : 1).

/// A point: `[x, y]`, degrees (lon, lat) in, projected units out.
pub type Point = [f64; 2];

/// Polynomial coefficient A1 of Equal Earth (published value).
pub const A1: f64 = 1.340264;
/// Polynomial coefficient A2 of Equal Earth (published value).
pub const A2: f64 = -0.081106;
/// Polynomial coefficient A3 of Equal Earth (published value).
pub const A3: f64 = 0.000893;
/// Polynomial coefficient A4 of Equal Earth (published value).
pub const A4: f64 = 0.003796;

/// `M = √3 / 2`, the parametric-latitude factor of Equal Earth.
fn m() -> f64 {
    3f64.sqrt() / 2.0
}

/// Forward Equal Earth on the unit sphere: `(lon, lat)` in degrees to `(x, y)` in
/// unit-sphere projected coordinates, `y` growing north. Longitudes outside ±180° are
/// projected as given (the formula is linear in `λ`).
pub fn equal_earth(lon_deg: f64, lat_deg: f64) -> [f64; 2] {
    let lambda = lon_deg.to_radians();
    let phi = lat_deg.to_radians();
    let theta = (m() * phi.sin()).clamp(-1.0, 1.0).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let t8 = t6 * t2;
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (9.0 * A4 * t8 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A4 * t8 + A3 * t6 + A2 * t2 + A1);
    [x, y]
}

/// Maps Equal Earth onto an SVG viewBox `0 0 width height` (SVG user units, `y` down).
///
/// The world (longitudes −180°..180°, latitudes −90°..90°) fills the viewBox exactly:
/// `scale = width / (2 · x_max)` units per unit-sphere unit, where `x_max` is the
/// projected x of (180°, 0°), and `height = round(2 · y_max · scale)` with `y_max` the
/// projected y of the North Pole. For `width = 10 000`: scale ≈ 1847.31 units,
/// height = 4867.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// ViewBox width, SVG user units.
    pub width: u32,
    /// ViewBox height, SVG user units.
    pub height: u32,
    /// SVG user units per unit-sphere projected unit.
    pub scale: f64,
    x_max: f64,
    y_max: f64,
}

impl Frame {
    /// The frame for a viewBox `width` units wide (height follows from the aspect).
    pub fn new(width: u32) -> Frame {
        let x_max = equal_earth(180.0, 0.0)[0];
        let y_max = equal_earth(0.0, 90.0)[1];
        let scale = f64::from(width) / (2.0 * x_max);
        let height = (2.0 * y_max * scale).round() as u32;
        Frame {
            width,
            height,
            scale,
            x_max,
            y_max,
        }
    }

    /// Projects `[lon, lat]` (degrees) to `[x, y]` in SVG user units (`y` down), not
    /// rounded.
    pub fn project(&self, p: Point) -> [f64; 2] {
        let [x, y] = equal_earth(p[0], p[1]);
        [(x + self.x_max) * self.scale, (self.y_max - y) * self.scale]
    }

    /// Converts an area on the unit sphere (steradians) to projected units²: exact,
    /// because Equal Earth is equal-area.
    pub fn steradians_to_units2(&self, sr: f64) -> f64 {
        sr * self.scale * self.scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_maps_to_origin() {
        let [x, y] = equal_earth(0.0, 0.0);
        assert_eq!((x, y), (0.0, 0.0));
    }

    #[test]
    fn corners_match_published_extent() {
        // Published extent of Equal Earth on the unit sphere: x_max = 2.7066297,
        // y_max = 1.3173627 (also what d3-geo's geoEqualEarth and PROJ give).
        let [x, y] = equal_earth(180.0, 0.0);
        assert!((x - 2.706_629_7).abs() < 1e-6, "{x}");
        assert_eq!(y, 0.0);
        let [x, y] = equal_earth(0.0, 90.0);
        assert!(x.abs() < 1e-12);
        assert!((y - 1.317_362_7).abs() < 1e-6, "{y}");
        // The pole is a line: the corner (180°, 90°) is at about 0.5924 x_max.
        let [x, y] = equal_earth(180.0, 90.0);
        assert!((x - 1.603_6).abs() < 1e-3, "{x}");
        assert!((y - 1.317_362_7).abs() < 1e-6, "{y}");
        let [x2, y2] = equal_earth(-180.0, -90.0);
        assert_eq!((x2, y2), (-x, -y));
    }

    #[test]
    fn frame_fills_viewbox() {
        let f = Frame::new(10_000);
        assert_eq!(f.height, 4867);
        let [x, y] = f.project([-180.0, 0.0]);
        assert!(x.abs() < 1e-9 && (y - 4867.0 / 2.0).abs() < 0.5);
        let [x, _] = f.project([180.0, 0.0]);
        assert!((x - 10_000.0).abs() < 1e-9);
        let [_, y] = f.project([0.0, 90.0]);
        assert!(y.abs() < 1e-9);
    }

    #[test]
    fn is_equal_area() {
        // Numerical Jacobian determinant at a few points equals cos φ (the sphere's
        // area element in lon/lat radians), i.e. the scale factor product is 1.
        for &(lon, lat) in &[(10.0, 0.0), (-100.0, 45.0), (170.0, -70.0), (0.0, 85.0)] {
            let h = 1e-5_f64;
            let p = equal_earth(lon, lat);
            let px = equal_earth(lon + h, lat);
            let py = equal_earth(lon, lat + h);
            let (dl, dp) = (h.to_radians(), h.to_radians());
            let det =
                ((px[0] - p[0]) * (py[1] - p[1]) - (py[0] - p[0]) * (px[1] - p[1])) / (dl * dp);
            let expected = f64::cos(lat.to_radians());
            assert!(
                (det - expected).abs() < 1e-4,
                "{lon},{lat}: {det} vs {expected}"
            );
        }
    }
}
