//! The fill patterns of the map: one SVG `<pattern id="p-CODE">` per status, plus
//! `p-none` for "no data" (see [`super::texture`] for which texture each gets).
//!
//! Each pattern is the paint's colour under a texture that grows with restrictiveness.
//! Sizes are map units (`patternUnits="userSpaceOnUse"`): a 110-unit tile is about 4 px on
//! a 360 px phone and 12 px at 1100 px. With [`Style::Classes`] the colours come from the
//! widget's CSS (`.pt .pb` is the tile in `var(--s)`, `.pt .pk` the ink in `var(--k)`,
//! through the `s-CODE` class), so a theme restyles the patterns without re-rendering;
//! with [`Style::Inline`] they are written into the markup. Element ids are scoped to the
//! widget's shadow root, so several maps on one page do not clash. The legend swatches of
//! the widget draw the same textures with CSS gradients (`.sw.s-CODE` in `style.css`).

use std::fmt::Write;

use super::paint::{texture, Paint, Texture};
use super::Style;

/// Tile side, in map units.
const TILE: u32 = 110;
/// Tile side of the dense cross-hatch, in map units.
const DENSE_TILE: u32 = 76;
/// Radius of a dot of [`Texture::Dots`], in map units.
const DOT_R: u32 = 21;
/// Width of a line of [`Texture::Lines`], in map units.
const LINE_W: u32 = 26;
/// Width of a line of [`Texture::Cross`].
const CROSS_W: u32 = 20;
/// Width of a line of [`Texture::DenseCross`].
const DENSE_CROSS_W: u32 = 22;
/// Width of a line of [`Texture::BackLines`].
const BACK_LINE_W: u32 = 14;

/// `<defs class="patterns">` with the pattern of every status and of "no data".
pub fn defs(style: &Style<'_>) -> String {
    let mut out = String::from("<defs class=\"patterns\" aria-hidden=\"true\">");
    for paint in Paint::all() {
        if paint != Paint::Unchanged {
            out.push_str(&pattern(paint, style));
        }
    }
    out.push_str("</defs>");
    out
}

/// One `<pattern>`: the tile in the paint's colour, then the texture's ink. Lines are
/// rects (one fill rule for all ink), vertical or horizontal in the tile; the whole tile
/// is rotated by 45 degrees (`/`), or by -45 (`\`).
fn pattern(paint: Paint, style: &Style<'_>) -> String {
    let tex = texture(paint);
    let tile = if tex == Texture::DenseCross {
        DENSE_TILE
    } else {
        TILE
    };
    let (base, ink) = match style {
        Style::Classes => (" class=\"pb\"".to_string(), " class=\"pk\"".to_string()),
        Style::Inline(theme) => (
            format!(" fill=\"{}\"", theme.fill(paint)),
            format!(" fill=\"{}\"", theme.ink(paint)),
        ),
    };
    let vline = |w: u32| {
        format!(
            "<rect{ink} x=\"{}\" y=\"0\" width=\"{w}\" height=\"{tile}\"/>",
            (tile - w) / 2
        )
    };
    let hline = |w: u32| {
        format!(
            "<rect{ink} x=\"0\" y=\"{}\" width=\"{tile}\" height=\"{w}\"/>",
            (tile - w) / 2
        )
    };
    let marks = match tex {
        Texture::Plain => String::new(),
        Texture::Dots => format!(
            "<circle{ink} cx=\"{h}\" cy=\"{h}\" r=\"{DOT_R}\"/>",
            h = tile / 2
        ),
        Texture::Lines => vline(LINE_W),
        Texture::Cross => vline(CROSS_W) + &hline(CROSS_W),
        Texture::DenseCross => vline(DENSE_CROSS_W) + &hline(DENSE_CROSS_W),
        Texture::BackLines => vline(BACK_LINE_W),
    };
    let rotate = match tex {
        Texture::Plain => "",
        Texture::BackLines => " patternTransform=\"rotate(-45)\"",
        _ => " patternTransform=\"rotate(45)\"",
    };
    let code = paint.code();
    let class = match style {
        Style::Classes => format!(" class=\"pt s-{code}\""),
        Style::Inline(_) => String::new(),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<pattern id=\"p-{code}\"{class} patternUnits=\"userSpaceOnUse\" width=\"{tile}\" \
         height=\"{tile}\"{rotate}><rect{base} width=\"{tile}\" height=\"{tile}\"/>{marks}</pattern>"
    );
    out
}
