//! The one renderer of the map: country shapes, markers, status textures and, for
//! standalone files, a title, a legend and a date stamp, as SVG text.
//!
//! Every drawing of the map goes through here, so they cannot drift apart:
//! - the live widget inserts [`shapes`] once per map (with [`Style::Classes`]: the widget's
//!   CSS colours them, and it then changes classes and labels in place on a date step),
//!   and [`defs`] for the textures;
//! - the SVG and PNG downloads are [`map_svg`] with [`Style::Inline`] colours and a
//!   [`Frame`], so the file stands alone;
//! - a build step can call [`map_svg`] natively with the shipped data for a static map.
//!
//! Coordinates are map units (the `assets/world.geo` viewBox, 10 000 units wide); markers
//! are drawn where [`crate::core::layout::marker_positions`] puts them, with the radii of
//! [`crate::core::layout`]. Text is escaped; the renderer knows no language: the caller
//! passes every word (see [`crate::core::i18n::sentences`]).

mod paint;
mod patterns;
mod theme;

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

pub use paint::{texture, Paint, Texture};
pub use patterns::defs;
pub use theme::Theme;

use super::geometry::MapGeometry;
use super::layout::{MarkerPos, MARKER_R};
use super::model::{Axis, Status};

/// How colours are given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Style<'a> {
    /// Class names only (`c s-CODE`, `m s-CODE`, `pt s-CODE`): the widget's stylesheet
    /// colours them and switches themes.
    Classes,
    /// Colours written into the markup (`fill`, `stroke`), for a file that stands alone.
    Inline(&'a Theme),
}

/// What one entity looks like: its paint and its accessible name.
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    /// Status, unchanged or no data.
    pub paint: Paint,
    /// "China: Licence, case-by-case review" (an `aria-label` or a `<title>`).
    pub label: String,
}

/// One legend line: a swatch, its words and how many entities have it.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The swatch.
    pub paint: Paint,
    /// The status in words.
    pub label: String,
    /// Number of entities with that paint.
    pub count: usize,
}

/// What a standalone map adds around the shapes.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame<'a> {
    /// Drawn above the map, bold.
    pub title: &'a str,
    /// Drawn under the map, in columns.
    pub legend: &'a [LegendEntry],
    /// The last line: date shown, "facts checked up to", credits.
    pub stamp: &'a str,
}

/// Options of [`map_svg`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions<'a> {
    /// Classes or inline colours.
    pub style: Style<'a>,
    /// Shapes and markers as ARIA buttons (`role`, `tabindex="-1"`, `aria-label`,
    /// `aria-pressed`) rather than with a `<title>`.
    pub interactive: bool,
    /// Height of the map area in units (see [`crate::core::layout::crop_height`]).
    pub height: u32,
    /// Title, legend and stamp; `None`: the bare map.
    pub frame: Option<Frame<'a>>,
}

/// Width of a downloaded map, in CSS pixels (the PNG's width in pixels).
pub const EXPORT_WIDTH_PX: u32 = 2000;
/// Left and right margin of a frame's text, in map units.
const MARGIN: u32 = 120;
/// Height of the title band above the map, in map units.
const TITLE_BAND: u32 = 520;
/// Baseline of the title below the top of its band, in map units.
const TITLE_BASELINE: u32 = 300;
/// Largest title font size, in map units.
const TITLE_FONT: f64 = 230.0;
/// Gap between the map and the first legend row, in map units.
const LEGEND_GAP: u32 = 120;
/// Height of one legend row, in map units.
const LEGEND_ROW: u32 = 220;
/// Legend entries per row.
const LEGEND_COLUMNS: usize = 3;
/// Side of a legend swatch, in map units.
const SWATCH: u32 = 150;
/// Largest legend font size, in map units.
const LEGEND_FONT: f64 = 130.0;
/// Height of the stamp band under the legend, in map units.
const STAMP_BAND: u32 = 260;
/// Baseline of the stamp below the top of its band, in map units.
const STAMP_BASELINE: u32 = 170;
/// Largest stamp font size, in map units.
const STAMP_FONT: f64 = 150.0;
/// Average advance of a sans-serif character, as a fraction of the font size: used to
/// shrink a line that would not fit (the renderer has no font metrics).
const CHAR_ADVANCE: f64 = 0.56;
/// Country borders in inline style, in map units (about 0.6 px at [`EXPORT_WIDTH_PX`]).
const BORDER_W: u32 = 3;
/// Leader lines and light marker outlines in inline style, in map units.
const THIN_W: u32 = 4;
/// Outlines of markers of a restrictive status in inline style, in map units.
const STRONG_W: u32 = 6;

/// Escapes text for SVG element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The legend of an axis: each of its statuses in legend order (the restriction scale,
/// then its no-data status) with the number of entities that have it (entities painted "unchanged" not counted), then, in compare
/// mode (`unchanged` given), the unchanged entry.
pub fn legend_counts(
    axis: Axis,
    statuses: &HashMap<String, Status>,
    unchanged: Option<&HashSet<String>>,
) -> Vec<(Paint, usize)> {
    let count = |s: Status| {
        statuses
            .iter()
            .filter(|(iso, v)| **v == s && !unchanged.is_some_and(|u| u.contains(*iso)))
            .count()
    };
    Status::all(axis)
        .iter()
        .map(|s| (Paint::Status(*s), count(*s)))
        .chain(unchanged.map(|u| (Paint::Unchanged, u.len())))
        .collect()
}

/// The countries (`<g class="countries">`, one `<path data-iso>` each) and the markers
/// (`<g class="markers">`, one `<g data-iso>` each: the tiny shape, a leader line to the
/// marker and the dot), painted by `look`. Nothing invisible takes the pointer: the widget
/// hit-tests by geometry (`core::hit`).
pub fn shapes(
    geo: &MapGeometry,
    markers: &[MarkerPos],
    look: &dyn Fn(&str) -> Look,
    style: &Style<'_>,
    interactive: bool,
) -> String {
    let mut out = String::with_capacity(geo.features.iter().map(|f| f.path.len() + 160).sum());
    out.push_str("<g class=\"countries\">");
    for f in geo.features.iter().filter(|f| !f.marker) {
        let l = look(&f.iso);
        let _ = write!(
            out,
            "<path d=\"{}\" data-iso=\"{}\"{}",
            f.path,
            escape(&f.iso),
            shape_paint(&l, style)
        );
        close_entity(&mut out, "path", &l, interactive);
    }
    out.push_str("</g><g class=\"markers\">");
    for m in markers {
        let Some(f) = geo.feature(&m.iso) else {
            continue;
        };
        let l = look(&m.iso);
        let _ = write!(
            out,
            "<g data-iso=\"{}\"{}",
            escape(&m.iso),
            marker_class(&l, style)
        );
        close_entity(&mut out, "", &l, interactive);
        marker_parts(&mut out, m, &f.path, &l, style);
        out.push_str("</g>");
    }
    out.push_str("</g>");
    out
}

/// The paint attributes of a country shape.
fn shape_paint(l: &Look, style: &Style<'_>) -> String {
    match style {
        Style::Classes => format!(" class=\"c s-{}\"", l.paint.code()),
        Style::Inline(theme) => format!(
            " fill=\"{}\" stroke=\"{}\" stroke-width=\"{BORDER_W}\" stroke-linejoin=\"round\"",
            textured_fill(theme, l.paint),
            theme.border
        ),
    }
}

/// The fill of a textured area in inline style: the paint's pattern ("unchanged" has none:
/// its plain colour).
fn textured_fill(theme: &Theme, paint: Paint) -> String {
    if paint == Paint::Unchanged {
        theme.fill(paint).to_string()
    } else {
        format!("url(#p-{})", paint.code())
    }
}

/// The class of a marker group (inline style: none, its parts carry the colours).
fn marker_class(l: &Look, style: &Style<'_>) -> String {
    match style {
        Style::Classes => format!(" class=\"m s-{}\"", l.paint.code()),
        Style::Inline(_) => String::new(),
    }
}

/// Ends an entity's start tag: ARIA button attributes (`interactive`) or a `<title>`.
/// `tag` is the element to close right away (`path`), or empty to leave it open.
fn close_entity(out: &mut String, tag: &str, l: &Look, interactive: bool) {
    let label = escape(&l.label);
    if interactive {
        let _ = write!(
            out,
            " role=\"button\" tabindex=\"-1\" aria-label=\"{label}\" aria-pressed=\"false\""
        );
        out.push_str(if tag.is_empty() { ">" } else { "/>" });
    } else {
        let _ = write!(out, "><title>{label}</title>");
        if !tag.is_empty() {
            let _ = write!(out, "</{tag}>");
        }
    }
}

/// A marker's shape, leader line and dot.
fn marker_parts(out: &mut String, m: &MarkerPos, path: &str, l: &Look, style: &Style<'_>) {
    let (shape, lead, dot) = match style {
        Style::Classes => (String::new(), String::new(), String::new()),
        Style::Inline(theme) => {
            let fill = theme.fill(l.paint);
            let (outline, width) = if l.paint.is_least_restrictive() {
                (theme.dot_stroke.as_str(), THIN_W)
            } else {
                (theme.text.as_str(), STRONG_W)
            };
            (
                format!(" fill=\"{fill}\""),
                format!(" stroke=\"{}\" stroke-width=\"{THIN_W}\"", theme.muted),
                format!(" fill=\"{fill}\" stroke=\"{outline}\" stroke-width=\"{width}\""),
            )
        }
    };
    let (x, y) = (format!("{:.0}", m.x), format!("{:.0}", m.y));
    let _ = write!(
        out,
        "<path class=\"c\" d=\"{path}\"{shape}/><line class=\"lead\" x1=\"{:.0}\" y1=\"{:.0}\" \
         x2=\"{x}\" y2=\"{y}\"{lead}/>",
        m.anchor_x, m.anchor_y
    );
    let _ = write!(
        out,
        "<circle class=\"dot\" cx=\"{x}\" cy=\"{y}\" r=\"{MARKER_R:.0}\"{dot}/>"
    );
}

/// A whole `<svg>` document: the map, and with a [`Frame`] its title above, its legend and
/// stamp below. With a frame the file is [`EXPORT_WIDTH_PX`] wide; all sizes inside are map
/// units.
pub fn map_svg(
    geo: &MapGeometry,
    markers: &[MarkerPos],
    look: &dyn Fn(&str) -> Look,
    opts: &RenderOptions<'_>,
) -> String {
    let (w, h) = (geo.width, opts.height);
    let Some(frame) = &opts.frame else {
        return format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\">{}{}</svg>",
            defs(&opts.style),
            shapes(geo, markers, look, &opts.style, opts.interactive)
        );
    };
    let rows = legend_slots(frame.legend)
        .last()
        .map_or(0, |(_, row)| row + 1);
    let legend_h = if rows == 0 {
        0
    } else {
        LEGEND_GAP + rows * LEGEND_ROW
    };
    let total = TITLE_BAND + h + legend_h + STAMP_BAND;
    let px_h = (f64::from(total) * f64::from(EXPORT_WIDTH_PX) / f64::from(w)).round();
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 -{TITLE_BAND} {w} {total}\" \
         width=\"{EXPORT_WIDTH_PX}\" height=\"{px_h}\" font-family=\"sans-serif\">"
    );
    let _ = write!(out, "<title>{}</title>", escape(frame.title));
    out.push_str(&defs(&opts.style));
    if let Style::Inline(theme) = opts.style {
        let _ = write!(
            out,
            "<rect x=\"0\" y=\"-{TITLE_BAND}\" width=\"{w}\" height=\"{total}\" fill=\"{}\"/>\
             <rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
            theme.background, theme.ocean
        );
    }
    let y_title = i64::from(TITLE_BAND - TITLE_BASELINE);
    text_line(
        &mut out,
        frame.title,
        -y_title,
        TITLE_FONT,
        w,
        &opts.style,
        true,
    );
    out.push_str(&shapes(geo, markers, look, &opts.style, opts.interactive));
    legend(&mut out, frame.legend, h + LEGEND_GAP, w, &opts.style);
    let y_stamp = i64::from(h + legend_h + STAMP_BASELINE);
    text_line(
        &mut out,
        frame.stamp,
        y_stamp,
        STAMP_FONT,
        w,
        &opts.style,
        false,
    );
    out.push_str("</svg>");
    out
}

/// The font size at most `max` (units) at which `text` fits in `width` units.
fn fit_font(text: &str, width: u32, max: f64) -> f64 {
    let chars = text.chars().count().max(1) as f64;
    (f64::from(width.max(1)) / (chars * CHAR_ADVANCE))
        .min(max)
        .floor()
        .max(1.0)
}

/// The colour attribute of frame text.
fn text_fill(style: &Style<'_>) -> String {
    match style {
        Style::Classes => String::new(),
        Style::Inline(theme) => format!(" fill=\"{}\"", theme.text),
    }
}

/// The stroke of the legend's dashed rule: the theme's muted colour, or a class.
fn rule_stroke(style: &Style<'_>) -> String {
    match style {
        Style::Classes => " class=\"rule\"".into(),
        Style::Inline(theme) => format!(" stroke=\"{}\" stroke-width=\"{THIN_W}\"", theme.muted),
    }
}

/// One line of frame text at baseline `y`, shrunk to fit the map's width.
fn text_line(
    out: &mut String,
    text: &str,
    y: i64,
    max: f64,
    w: u32,
    style: &Style<'_>,
    bold: bool,
) {
    let size = fit_font(text, w.saturating_sub(2 * MARGIN), max);
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let _ = write!(
        out,
        "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"{size}\"{weight}{}>{}</text>",
        text_fill(style),
        escape(text)
    );
}

/// Whether a legend entry is set apart from the restriction scale: a no-data status ("not
/// researched", "not applicable") is not a restriction, so it gets a row of its own, as in
/// the live legend (`li.apart`).
fn is_apart(paint: Paint) -> bool {
    matches!(paint, Paint::Status(s) if s.is_no_data())
}

/// The (column, row) of each legend entry: [`LEGEND_COLUMNS`] entries a row, an entry set
/// apart ([`is_apart`]) alone on its own row, the entries after it on the next.
fn legend_slots(entries: &[LegendEntry]) -> Vec<(u32, u32)> {
    let columns = LEGEND_COLUMNS as u32;
    let (mut col, mut row) = (0, 0);
    let mut slots = Vec::with_capacity(entries.len());
    for e in entries {
        let apart = is_apart(e.paint);
        if col == columns || (apart && col > 0) {
            (col, row) = (0, row + 1);
        }
        slots.push((col, row));
        col = if apart { columns } else { col + 1 };
    }
    slots
}

/// The legend rows, from `top` (units): a swatch with the paint's texture, its words and
/// its count, laid out by [`legend_slots`]; a dashed rule above an entry set apart.
fn legend(out: &mut String, entries: &[LegendEntry], top: u32, w: u32, style: &Style<'_>) {
    if entries.is_empty() {
        return;
    }
    let column = w.saturating_sub(2 * MARGIN) / LEGEND_COLUMNS as u32;
    let texts: Vec<String> = entries
        .iter()
        .map(|e| format!("{} ({})", e.label, e.count))
        .collect();
    let longest = texts
        .iter()
        .max_by_key(|t| t.chars().count())
        .map_or("", String::as_str);
    let size = fit_font(longest, column.saturating_sub(SWATCH + MARGIN), LEGEND_FONT);
    out.push_str("<g class=\"legend\">");
    for ((e, text), (col, row)) in entries.iter().zip(&texts).zip(legend_slots(entries)) {
        let x = MARGIN + col * column;
        let y = top + row * LEGEND_ROW;
        if is_apart(e.paint) && row > 0 {
            let rule_y = y - (LEGEND_ROW - SWATCH) / 2;
            let _ = write!(
                out,
                "<line x1=\"{MARGIN}\" y1=\"{rule_y}\" x2=\"{}\" y2=\"{rule_y}\" stroke-dasharray=\"{THIN_W} {THIN_W}\"{}/>",
                w.saturating_sub(MARGIN),
                rule_stroke(style)
            );
        }
        let swatch = match style {
            Style::Classes => format!(" class=\"sw s-{}\"", e.paint.code()),
            Style::Inline(theme) => format!(
                " fill=\"{}\" stroke=\"{}\" stroke-width=\"{THIN_W}\"",
                textured_fill(theme, e.paint),
                theme.muted
            ),
        };
        let baseline = y + SWATCH / 2 + (size * 0.35) as u32;
        let _ = write!(
            out,
            "<g data-status=\"{}\"><rect x=\"{x}\" y=\"{y}\" width=\"{SWATCH}\" height=\"{SWATCH}\"{swatch}/>\
             <text x=\"{}\" y=\"{baseline}\" font-size=\"{size}\"{}>{}</text></g>",
            e.paint.code(),
            x + SWATCH + MARGIN / 2,
            text_fill(style),
            escape(text)
        );
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests;
