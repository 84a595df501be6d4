//! The map's viewport (zoom and pan) and the region presets, in SVG user units.
//!
//! A [`ViewBox`] is the part of the map shown: `x, y` its top-left corner, `w, h` its size,
//! all in the map's user units (10 000 units = full map width). Zooming keeps the aspect
//! ratio of the full map and never leaves it.

use super::projection::Frame;

/// The visible part of the map, in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    /// Left edge (units).
    pub x: f64,
    /// Top edge (units).
    pub y: f64,
    /// Width (units).
    pub w: f64,
    /// Height (units).
    pub h: f64,
}

/// The deepest zoom, as a factor of the full map's width.
pub const MAX_ZOOM: f64 = 16.0;
/// Zoom factor of the + and - buttons.
pub const BUTTON_ZOOM: f64 = 2.0;
/// Zoom factor of a tap between crowded markers on a touch screen.
pub const TAP_ZOOM: f64 = 3.0;
/// Above this zoom the map counts as zoomed in (a mouse drag then pans it).
pub const ZOOMED_IN: f64 = 1.01;
/// A mouse press becomes a drag (pan) once it has moved this many CSS pixels.
pub const DRAG_PX: f64 = 4.0;
/// Ctrl/Cmd + wheel: zoom factor per CSS pixel of wheel delta, as an exponent
/// (`exp(-delta * WHEEL_ZOOM_PER_PX)`).
pub const WHEEL_ZOOM_PER_PX: f64 = 0.002;
/// Ctrl/Cmd + wheel: the smallest and largest zoom factor of one wheel event.
pub const WHEEL_ZOOM_RANGE: (f64, f64) = (0.5, 2.0);

/// The zoom factor of one ctrl/cmd + wheel event of `delta_y` CSS pixels (negative: up,
/// zooms in), within [`WHEEL_ZOOM_RANGE`].
pub fn wheel_factor(delta_y: f64) -> f64 {
    (-delta_y * WHEEL_ZOOM_PER_PX)
        .exp()
        .clamp(WHEEL_ZOOM_RANGE.0, WHEEL_ZOOM_RANGE.1)
}

/// A two-finger gesture step, in CSS pixels: one finger moved from `prev` to `now` while
/// the other rests at `other`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pinch {
    /// Zoom factor: the ratio of the new to the old distance between the fingers.
    pub factor: f64,
    /// The new midpoint of the two fingers (client CSS pixels): the point kept fixed.
    pub mid: (f64, f64),
    /// How far the midpoint moved (CSS pixels): half the moving finger's step.
    pub pan: (f64, f64),
}

/// The zoom and pan of a pinch step (see [`Pinch`]). Distances under 1 px count as 1 px.
pub fn pinch(prev: (f64, f64), now: (f64, f64), other: (f64, f64)) -> Pinch {
    let before = (prev.0 - other.0).hypot(prev.1 - other.1).max(1.0);
    let after = (now.0 - other.0).hypot(now.1 - other.1).max(1.0);
    Pinch {
        factor: after / before,
        mid: ((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0),
        pan: ((now.0 - prev.0) / 2.0, (now.1 - prev.1) / 2.0),
    }
}

impl ViewBox {
    /// The whole map: `width` x `height` units.
    pub fn full(width: f64, height: f64) -> ViewBox {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: width,
            h: height,
        }
    }

    /// Zoom factor relative to `full` (1 = whole map).
    pub fn zoom(&self, full: &ViewBox) -> f64 {
        full.w / self.w
    }

    /// The `viewBox` attribute value.
    pub fn attr(&self) -> String {
        format!("{:.0} {:.0} {:.0} {:.0}", self.x, self.y, self.w, self.h)
    }

    /// Keeps the box inside `full` and its zoom within `1..=MAX_ZOOM`, same aspect ratio.
    pub fn clamp(self, full: &ViewBox) -> ViewBox {
        let w = self.w.clamp(full.w / MAX_ZOOM, full.w);
        let h = w * full.h / full.w;
        let (cx, cy) = (self.x + self.w / 2.0, self.y + self.h / 2.0);
        let x = (cx - w / 2.0).clamp(full.x, full.x + full.w - w);
        let y = (cy - h / 2.0).clamp(full.y, full.y + full.h - h);
        ViewBox { x, y, w, h }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the point (`px`, `py`) (units) fixed.
    pub fn zoom_at(self, factor: f64, px: f64, py: f64, full: &ViewBox) -> ViewBox {
        let w = self.w / factor;
        let h = self.h / factor;
        let x = px - (px - self.x) / factor;
        let y = py - (py - self.y) / factor;
        ViewBox { x, y, w, h }.clamp(full)
    }

    /// Moves the box by (`dx`, `dy`) units.
    pub fn pan(self, dx: f64, dy: f64, full: &ViewBox) -> ViewBox {
        ViewBox {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamp(full)
    }

    /// The smallest box of the full map's aspect ratio that contains `[x0, y0, x1, y1]`
    /// plus a 4 % margin, kept inside `full`.
    pub fn fit(bounds: [f64; 4], full: &ViewBox) -> ViewBox {
        let [x0, y0, x1, y1] = bounds;
        let (bw, bh) = ((x1 - x0) * 1.08, (y1 - y0) * 1.08);
        let aspect = full.w / full.h;
        let (w, h) = if bw / bh > aspect {
            (bw, bw / aspect)
        } else {
            (bh * aspect, bh)
        };
        let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        ViewBox {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
        .clamp(full)
    }
}

/// A region preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The whole map.
    World,
    /// Asia.
    Asia,
    /// The Middle East.
    MiddleEast,
    /// Europe.
    Europe,
    /// North and South America.
    Americas,
    /// Africa.
    Africa,
}

impl Region {
    /// All presets, in button order.
    pub const ALL: [Region; 6] = [
        Region::World,
        Region::Asia,
        Region::MiddleEast,
        Region::Europe,
        Region::Americas,
        Region::Africa,
    ];

    /// Stable code used in markup and deep links.
    pub fn code(self) -> &'static str {
        match self {
            Region::World => "world",
            Region::Asia => "asia",
            Region::MiddleEast => "middle-east",
            Region::Europe => "europe",
            Region::Americas => "americas",
            Region::Africa => "africa",
        }
    }

    /// Longitude/latitude box `[west, south, east, north]` in degrees (`None` for World).
    pub fn lon_lat(self) -> Option<[f64; 4]> {
        match self {
            Region::World => None,
            Region::Asia => Some([60.0, -11.0, 150.0, 56.0]),
            Region::MiddleEast => Some([25.0, 12.0, 63.0, 42.0]),
            Region::Europe => Some([-25.0, 34.0, 45.0, 71.0]),
            Region::Americas => Some([-168.0, -56.0, -34.0, 72.0]),
            Region::Africa => Some([-18.0, -35.0, 52.0, 38.0]),
        }
    }

    /// The preset's view box for a map of `full` size (projected with Equal Earth).
    pub fn view_box(self, full: &ViewBox, map_width: u32) -> ViewBox {
        let Some([w, s, e, n]) = self.lon_lat() else {
            return *full;
        };
        let frame = Frame::new(map_width);
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for i in 0..=8 {
            let t = f64::from(i) / 8.0;
            for p in [
                [w + (e - w) * t, s],
                [w + (e - w) * t, n],
                [w, s + (n - s) * t],
                [e, s + (n - s) * t],
            ] {
                let [x, y] = frame.project(p);
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
        }
        ViewBox::fit([x0, y0, x1, y1], full)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: ViewBox = ViewBox {
        x: 0.0,
        y: 0.0,
        w: 10000.0,
        h: 4500.0,
    };

    #[test]
    fn zoom_keeps_the_point_under_the_cursor_and_the_aspect() {
        let v = FULL.zoom_at(2.0, 7000.0, 2000.0, &FULL);
        assert!((v.w - 5000.0).abs() < 1e-6 && (v.h - 2250.0).abs() < 1e-6);
        // The point keeps its relative position in the box.
        assert!(((7000.0 - v.x) / v.w - 0.7).abs() < 1e-9);
        assert!(((2000.0 - v.y) / v.h - 2000.0 / 4500.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_and_pan_never_leave_the_map() {
        let out = FULL.zoom_at(0.5, 0.0, 0.0, &FULL);
        assert_eq!(out, FULL, "cannot zoom out past the whole map");
        let deep = FULL.zoom_at(1000.0, 5000.0, 2000.0, &FULL);
        assert!((deep.zoom(&FULL) - MAX_ZOOM).abs() < 1e-9);
        let v = FULL
            .zoom_at(4.0, 100.0, 100.0, &FULL)
            .pan(-99999.0, 99999.0, &FULL);
        assert!(v.x >= 0.0 && v.y + v.h <= FULL.h + 1e-9);
    }

    #[test]
    fn wheel_and_pinch_factors() {
        assert_eq!(wheel_factor(0.0), 1.0);
        assert!(wheel_factor(-100.0) > 1.0, "wheel up zooms in");
        assert_eq!(wheel_factor(-10_000.0), WHEEL_ZOOM_RANGE.1);
        assert_eq!(wheel_factor(10_000.0), WHEEL_ZOOM_RANGE.0);
        // One finger moves from 100 px to 200 px away from the other: zoom x2.
        let p = pinch((100.0, 0.0), (200.0, 0.0), (0.0, 0.0));
        assert_eq!(p.factor, 2.0);
        assert_eq!(p.mid, (100.0, 0.0));
        assert_eq!(p.pan, (50.0, 0.0));
        let still = pinch((0.0, 0.0), (0.0, 0.0), (0.0, 0.0));
        assert_eq!(
            still.factor, 1.0,
            "coincident fingers do not divide by zero"
        );
    }

    #[test]
    fn region_presets_frame_their_region() {
        let europe = Region::Europe.view_box(&FULL, 10000);
        let frame = Frame::new(10000);
        let [px, py] = frame.project([2.35, 48.86]); // Paris
        assert!(
            px > europe.x && px < europe.x + europe.w && py > europe.y && py < europe.y + europe.h
        );
        let [bx, _] = frame.project([-43.2, -22.9]); // Rio de Janeiro
        assert!(bx < europe.x, "Rio is not in the Europe preset");
        assert!(europe.zoom(&FULL) > 2.0);
        assert_eq!(Region::World.view_box(&FULL, 10000), FULL);
    }
}
