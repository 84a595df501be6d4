//! The map's viewport (zoom and pan) and the region presets, in SVG user units.
//!
//! A [`ViewBox`] is the part of the map shown: `x, y` its top-left corner, `w, h` its size,
//! all in the map's user units (10 000 units = full map width). Zooming keeps the aspect
//! ratio of the full map and never leaves it.

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
/// The margin around a fitted box ([`ViewBox::fit`]), as a fraction of its width or height
/// on each side.
pub const FIT_MARGIN: f64 = 0.05;
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

    /// True when the + button can still zoom in (below [`MAX_ZOOM`]).
    pub fn can_zoom_in(&self, full: &ViewBox) -> bool {
        self.zoom(full) < MAX_ZOOM / ZOOMED_IN
    }

    /// True when the - button can still zoom out (above the whole map's zoom: at the world
    /// view, and at a preset as large as the map, it cannot).
    pub fn can_zoom_out(&self, full: &ViewBox) -> bool {
        self.zoom(full) > ZOOMED_IN
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
    /// plus a margin of [`FIT_MARGIN`] of its size on every side, zoomed within
    /// `1..=MAX_ZOOM`, and centred on it. It is not moved into the map: a region near the
    /// map's edge is centred with open sea beyond that edge rather than pushed back. Any later zoom or pan clamps it ([`ViewBox::clamp`]).
    pub fn fit(bounds: [f64; 4], full: &ViewBox) -> ViewBox {
        let [x0, y0, x1, y1] = bounds;
        let grow = 1.0 + 2.0 * FIT_MARGIN;
        let (bw, bh) = ((x1 - x0) * grow, (y1 - y0) * grow);
        let aspect = full.w / full.h;
        let w = if bw / bh > aspect { bw } else { bh * aspect };
        let w = w.clamp(full.w / MAX_ZOOM, full.w);
        let h = w / aspect;
        let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        ViewBox {
            x: cx - w / 2.0,
            y: cy - h / 2.0,
            w,
            h,
        }
    }
}

pub use super::region::Region;

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
    fn the_zoom_buttons_stop_at_their_limits() {
        assert!(FULL.can_zoom_in(&FULL) && !FULL.can_zoom_out(&FULL));
        let deep = FULL.zoom_at(MAX_ZOOM, 5000.0, 2000.0, &FULL);
        assert!(!deep.can_zoom_in(&FULL) && deep.can_zoom_out(&FULL));
        let mid = FULL.zoom_at(BUTTON_ZOOM, 5000.0, 2000.0, &FULL);
        assert!(mid.can_zoom_in(&FULL) && mid.can_zoom_out(&FULL));
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
}
