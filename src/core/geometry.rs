//! The map geometry: country shapes, already projected, as the widget draws them.
//!
//! The shapes come from the committed text asset `assets/world.geo`, produced by the
//! native-only pipeline in `core::geo_pipeline` (CLI: `h200-geo`) from Natural Earth
//! country polygons (via the `world-atlas` npm package). This module only *reads* that
//! asset; it is pure Rust (no `web-sys`, no `serde_json`) and compiles to wasm32.
//!
//! # Coordinates
//!
//! All coordinates are **SVG user units** in a viewBox `0 0 width height`: the world in
//! the Equal Earth projection, scaled so that the map is `width` (10 000) units wide,
//! `x` growing east and `y` growing **south** (SVG convention), quantised to integers.
//! At 10 000 units wide one unit is about 0.036 degrees of longitude at the equator
//! (about 4 km). Because Equal Earth is an equal-area projection, areas in units² are
//! proportional to true areas on the ground.
//!
//! # File format (version 1)
//!
//! UTF-8 text, one record per line, `\n` line ends (a trailing `\r` is tolerated):
//!
//! ```text
//! #h200-geo 1 <one-line provenance>
//! <width> <height>
//! <ISO alpha-2>\t<English name>\t<cx>\t<cy>\t<area>\t<marker 0|1>\t<SVG path d>
//! ...
//! ```
//!
//! Feature lines are sorted by strictly increasing ISO 3166-1 alpha-2 key (which may be
//! the user-assigned `XK` for Kosovo). `cx cy` is the label point (integer units),
//! `area` the feature's projected area (integer units²), `marker` is `1` when the
//! feature is too small to see or click and the UI should draw a circle at `cx cy`.
//!
//! The path uses only `M x y` (absolute move), `l dx dy ...` (relative lines) and `z`
//! (close), with integer numbers separated by one space or by the minus sign of the
//! next number, e.g. `M120 40l5-3 0 7-2 1zM300 310l4 4-8 0z`. Outer rings run clockwise
//! on screen and holes counter-clockwise, so both `nonzero` and `evenodd` fill rules
//! render it the same way.

use std::fmt;

/// The format identifier that starts the first line of a `.geo` file.
pub const FORMAT_MAGIC: &str = "#h200-geo";

/// The format version this reader understands (the number after [`FORMAT_MAGIC`]).
pub const FORMAT_VERSION: u32 = 1;

/// A parsed `.geo` file: the viewBox size and every drawable feature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapGeometry {
    /// ViewBox width, in SVG user units (10 000 for the committed asset).
    pub width: u32,
    /// ViewBox height, in SVG user units (follows from the projection's aspect ratio).
    pub height: u32,
    /// The features, sorted by strictly increasing [`MapFeature::iso`].
    pub features: Vec<MapFeature>,
}

/// One country or territory, keyed by its ISO 3166-1 alpha-2 code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapFeature {
    /// ISO 3166-1 alpha-2 code: two ASCII uppercase letters (`XK` for Kosovo).
    pub iso: String,
    /// English short name from the source data (Natural Earth), e.g. `Hong Kong`.
    pub name: String,
    /// Label point x, in SVG user units: the area-weighted centroid of the feature's
    /// largest ring, or, when that falls outside a concave ring, the interior point
    /// farthest from its edges. Markers are drawn centred here.
    pub cx: i32,
    /// Label point y, in SVG user units (growing south).
    pub cy: i32,
    /// Projected area of the full-resolution shape, in square SVG user units (units²).
    pub area: u64,
    /// `true` when the feature is too small to see or hit at ordinary widget sizes: the
    /// UI should draw a circle marker centred on (`cx`, `cy`) with a generous hit area.
    pub marker: bool,
    /// SVG path data (`d` attribute) in SVG user units; see the module docs for the
    /// subset of the path grammar it uses. Use [`MapFeature::rings`] to decode it.
    pub path: String,
}

/// Why a `.geo` text could not be parsed: the 1-based line number, the field that is
/// wrong, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeometryError {
    /// 1-based line number in the text.
    pub line: usize,
    /// The field that is wrong: `header`, `width`, `height`, `iso`, `name`, `cx`, `cy`,
    /// `area`, `marker`, `path`, or `fields` (wrong number of tab-separated fields).
    pub field: &'static str,
    /// Human-readable description of the problem.
    pub message: String,
}

impl fmt::Display for GeometryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "map geometry line {}, field `{}`: {}",
            self.line, self.field, self.message
        )
    }
}

impl std::error::Error for GeometryError {}

/// Why an SVG path string is not in the subset written by the geometry pipeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    /// Byte offset in the path string where the problem was found.
    pub offset: usize,
    /// What is wrong.
    pub reason: &'static str,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.offset)
    }
}

impl std::error::Error for PathError {}

impl MapGeometry {
    /// The feature with ISO 3166-1 alpha-2 code `iso` (exact, uppercase), if present.
    pub fn feature(&self, iso: &str) -> Option<&MapFeature> {
        self.features
            .binary_search_by(|f| f.iso.as_str().cmp(iso))
            .ok()
            .map(|i| &self.features[i])
    }

    /// The ISO keys of all features, in file (alphabetical) order: the entities a
    /// dataset may refer to.
    pub fn isos(&self) -> Vec<String> {
        self.features.iter().map(|f| f.iso.clone()).collect()
    }
}

impl MapFeature {
    /// The rings of [`MapFeature::path`] as closed polygons of absolute integer points
    /// (SVG user units); the closing point is not repeated.
    ///
    /// # Errors
    /// A [`PathError`] when the path is not in the subset the pipeline writes (this
    /// cannot happen for a feature returned by [`parse`], which checks every path).
    pub fn rings(&self) -> Result<Vec<Vec<[i32; 2]>>, PathError> {
        decode_path(&self.path)
    }
}

/// Decodes a path in the pipeline's subset (`M x y`, `l dx dy ...`, `z`) into rings of
/// absolute integer points in SVG user units. The closing point of a ring is not
/// repeated.
///
/// # Errors
/// A [`PathError`] naming the byte offset when the path is empty, uses another command,
/// has a number out of `i32` range, an odd number of coordinates, or a ring not closed
/// with `z`.
pub fn decode_path(d: &str) -> Result<Vec<Vec<[i32; 2]>>, PathError> {
    let bytes = d.as_bytes();
    let mut pos = 0usize;
    let mut rings = Vec::new();
    if bytes.is_empty() {
        return Err(PathError {
            offset: 0,
            reason: "empty path",
        });
    }
    while pos < bytes.len() {
        if bytes[pos] != b'M' {
            return Err(PathError {
                offset: pos,
                reason: "expected `M` to start a ring",
            });
        }
        pos += 1;
        let x = read_number(bytes, &mut pos)?;
        let y = read_number(bytes, &mut pos)?;
        let mut cur = [x, y];
        let mut ring = vec![cur];
        if pos < bytes.len() && bytes[pos] == b'l' {
            pos += 1;
            while pos < bytes.len() && bytes[pos] != b'z' {
                let dx = read_number(bytes, &mut pos)?;
                let dy = read_number(bytes, &mut pos)?;
                cur = [
                    cur[0].checked_add(dx).ok_or(PathError {
                        offset: pos,
                        reason: "coordinate overflows i32",
                    })?,
                    cur[1].checked_add(dy).ok_or(PathError {
                        offset: pos,
                        reason: "coordinate overflows i32",
                    })?,
                ];
                ring.push(cur);
            }
        }
        if pos >= bytes.len() || bytes[pos] != b'z' {
            return Err(PathError {
                offset: pos,
                reason: "expected `z` to close the ring",
            });
        }
        pos += 1;
        rings.push(ring);
    }
    Ok(rings)
}

/// Reads one integer at `*pos`, skipping a single leading space separator.
fn read_number(bytes: &[u8], pos: &mut usize) -> Result<i32, PathError> {
    if *pos < bytes.len() && bytes[*pos] == b' ' {
        *pos += 1;
    }
    let start = *pos;
    if *pos < bytes.len() && bytes[*pos] == b'-' {
        *pos += 1;
    }
    let digits_start = *pos;
    while *pos < bytes.len() && bytes[*pos].is_ascii_digit() {
        *pos += 1;
    }
    if *pos == digits_start {
        return Err(PathError {
            offset: start,
            reason: "expected an integer",
        });
    }
    // The slice is ASCII digits with an optional sign, so it is valid UTF-8.
    std::str::from_utf8(&bytes[start..*pos])
        .ok()
        .and_then(|s| s.parse::<i32>().ok())
        .ok_or(PathError {
            offset: start,
            reason: "integer out of i32 range",
        })
}

/// Parses a `.geo` text (see the module docs for the format).
///
/// # Errors
/// A [`GeometryError`] naming the 1-based line and the field that is wrong: a missing or
/// foreign header or version, a bad `width height` line, a feature line without exactly
/// 7 tab-separated fields, an ISO key that is not two uppercase ASCII letters or not in
/// strictly increasing order, an empty name, a non-integer or out-of-viewBox label
/// point, a non-integer area, a marker other than `0`/`1`, or a path outside the
/// pipeline's subset of the SVG path grammar. Blank lines are only allowed at the end.
pub fn parse(text: &str) -> Result<MapGeometry, GeometryError> {
    let mut lines = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l));
    parse_header(lines.next().map_or("", |(_, l)| l))?;
    let (n, size) = lines
        .next()
        .ok_or_else(|| error(2, "width", "missing `width height` line".to_string()))?;
    let (width, height) = parse_size(n, size)?;
    let mut features: Vec<MapFeature> = Vec::new();
    let mut blank_at: Option<usize> = None;
    for (n, line) in lines {
        if line.is_empty() {
            blank_at.get_or_insert(n);
            continue;
        }
        if let Some(b) = blank_at {
            return Err(error(b, "fields", "blank line before the end".to_string()));
        }
        let previous = features.last().map(|f| f.iso.as_str());
        let feature = parse_feature_line(n, line, (width, height), previous)?;
        features.push(feature);
    }
    Ok(MapGeometry {
        width,
        height,
        features,
    })
}

fn error(line: usize, field: &'static str, message: String) -> GeometryError {
    GeometryError {
        line,
        field,
        message,
    }
}

/// Line 1: the magic and the format version.
fn parse_header(header: &str) -> Result<(), GeometryError> {
    let mut words = header.split(' ');
    if words.next() != Some(FORMAT_MAGIC) {
        return Err(error(
            1,
            "header",
            format!("expected the line to start with `{FORMAT_MAGIC} {FORMAT_VERSION}`"),
        ));
    }
    match words.next().map(str::parse::<u32>) {
        Some(Ok(FORMAT_VERSION)) => Ok(()),
        Some(Ok(v)) => Err(error(
            1,
            "header",
            format!("unsupported format version {v} (this reader knows {FORMAT_VERSION})"),
        )),
        _ => Err(error(
            1,
            "header",
            format!("expected a format version number after `{FORMAT_MAGIC}`"),
        )),
    }
}

/// Line 2 (`n`): the viewBox size, `width height`.
fn parse_size(n: usize, size: &str) -> Result<(u32, u32), GeometryError> {
    let mut dims = size.split(' ');
    let mut dim = |field: &'static str| -> Result<u32, GeometryError> {
        let s = dims.next().unwrap_or("");
        match s.parse::<u32>() {
            Ok(v) if v > 0 => Ok(v),
            _ => Err(error(
                n,
                field,
                format!("expected a positive integer, got {s:?}"),
            )),
        }
    };
    let width = dim("width")?;
    let height = dim("height")?;
    if dims.next().is_some() {
        return Err(error(
            n,
            "height",
            "unexpected text after `width height`".to_string(),
        ));
    }
    Ok((width, height))
}

/// A feature line (line `n`) of a map of `width` x `height` units, after the feature keyed
/// `previous`.
fn parse_feature_line(
    n: usize,
    line: &str,
    (width, height): (u32, u32),
    previous: Option<&str>,
) -> Result<MapFeature, GeometryError> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != 7 {
        return Err(error(
            n,
            "fields",
            format!("expected 7 tab-separated fields, got {}", fields.len()),
        ));
    }
    let iso = fields[0];
    if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(error(
            n,
            "iso",
            format!("expected two uppercase ASCII letters, got {iso:?}"),
        ));
    }
    if let Some(prev) = previous.filter(|p| *p >= iso) {
        return Err(error(
            n,
            "iso",
            format!("{iso} is duplicated or out of order (after {prev}); keys must be strictly increasing"),
        ));
    }
    let name = fields[1];
    if name.trim().is_empty() {
        return Err(error(n, "name", "empty name".to_string()));
    }
    let int = |field: &'static str, s: &str, max: u32| -> Result<i32, GeometryError> {
        match s.parse::<i32>() {
            Ok(v) if v >= 0 && v as u32 <= max => Ok(v),
            Ok(v) => Err(error(
                n,
                field,
                format!("{v} is outside the viewBox (0..={max})"),
            )),
            Err(_) => Err(error(n, field, format!("expected an integer, got {s:?}"))),
        }
    };
    let cx = int("cx", fields[2], width)?;
    let cy = int("cy", fields[3], height)?;
    let area = fields[4].parse::<u64>().map_err(|_| {
        error(
            n,
            "area",
            format!("expected a non-negative integer, got {:?}", fields[4]),
        )
    })?;
    let marker = match fields[5] {
        "0" => false,
        "1" => true,
        other => {
            return Err(error(
                n,
                "marker",
                format!("expected 0 or 1, got {other:?}"),
            ))
        }
    };
    let path = fields[6];
    decode_path(path).map_err(|e| error(n, "path", e.to_string()))?;
    Ok(MapFeature {
        iso: iso.to_string(),
        name: name.to_string(),
        cx,
        cy,
        area,
        marker,
        path: path.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "#h200-geo 1 test\n100 50\nAA\tAlpha\t10\t10\t25\t0\tM0 0l10 0 0 10-10 0z\nBB\tBeta Land\t50\t20\t1\t1\tM50 20l1 0 0 1zM60 20l1-1 0 2z\n";

    #[test]
    fn parses_sample() {
        let g = parse(SAMPLE).unwrap();
        assert_eq!((g.width, g.height), (100, 50));
        assert_eq!(g.features.len(), 2);
        let b = g.feature("BB").unwrap();
        assert!(b.marker);
        assert_eq!(b.name, "Beta Land");
        assert_eq!(
            b.rings().unwrap(),
            vec![
                vec![[50, 20], [51, 20], [51, 21]],
                vec![[60, 20], [61, 19], [61, 21]]
            ]
        );
        assert!(g.feature("CC").is_none());
    }

    #[test]
    fn decodes_minus_separated_numbers() {
        assert_eq!(
            decode_path("M-5-6l-1-2 3 4z").unwrap(),
            vec![vec![[-5, -6], [-6, -8], [-3, -4]]]
        );
        assert_eq!(decode_path("M1 2z").unwrap(), vec![vec![[1, 2]]]);
        assert!(decode_path("").is_err());
        assert!(decode_path("M1 2l3z").is_err());
        assert!(decode_path("M1 2l3 4").is_err());
        assert!(decode_path("L1 2z").is_err());
    }

    fn error_of(text: &str) -> GeometryError {
        parse(text).unwrap_err()
    }

    #[test]
    fn rejects_with_line_and_field() {
        let e = error_of("#nope 1\n1 1\n");
        assert_eq!((e.line, e.field), (1, "header"));
        let e = error_of("#h200-geo 2 x\n1 1\n");
        assert_eq!((e.line, e.field), (1, "header"));
        let e = error_of("#h200-geo 1 x\n100 x\n");
        assert_eq!((e.line, e.field), (2, "height"));
        let bad_cy = SAMPLE.replace("Alpha\t10\t10", "Alpha\t10\tten");
        let e = error_of(&bad_cy);
        assert_eq!((e.line, e.field), (3, "cy"));
        assert!(e.to_string().contains("line 3"), "{e}");
        assert!(e.to_string().contains("`cy`"), "{e}");
        let e = error_of(&SAMPLE.replace("BB\t", "aa\t"));
        assert_eq!((e.line, e.field), (4, "iso"));
        let e = error_of(&SAMPLE.replace("BB\t", "AA\t"));
        assert_eq!((e.line, e.field), (4, "iso"));
        let e = error_of(&SAMPLE.replace("\t1\tM50", "\t2\tM50"));
        assert_eq!((e.line, e.field), (4, "marker"));
        let e = error_of(&SAMPLE.replace("M0 0l", "M0 0L"));
        assert_eq!((e.line, e.field), (3, "path"));
        let e = error_of(&SAMPLE.replace("\t25\t", "\t-25\t"));
        assert_eq!((e.line, e.field), (3, "area"));
        let e = error_of(&SAMPLE.replace("Alpha\t10", "Alpha\t101"));
        assert_eq!((e.line, e.field), (3, "cx"));
        let e = error_of(&SAMPLE.replace("Alpha\t", "Alpha "));
        assert_eq!((e.line, e.field), (3, "fields"));
        let e = error_of(&SAMPLE.replace("\nBB", "\n\nBB"));
        assert_eq!((e.line, e.field), (4, "fields"));
    }

    #[test]
    fn tolerates_crlf_and_missing_final_newline() {
        let g = parse(&SAMPLE.replace('\n', "\r\n")).unwrap();
        assert_eq!(g.features.len(), 2);
        let g = parse(SAMPLE.trim_end()).unwrap();
        assert_eq!(g.features.len(), 2);
    }
}
