//! Deep links: the reader's state in the URL fragment of the page (host page or iframe
//! page), so a view can be shared and restored.
//!
//! Format: `#h200-map:country=CN,view=import,date=2026-02-01,compare=2025-06-01..2026-02-01`,
//! then, when the reader chose them, `mode=table` (the table instead of the map) and
//! `zoom=X,Y,W,H` (the part of the map shown, in whole map units: 10 000 = the map's
//! width; the height follows from the width). A map whose element has an `id` uses `#h200-map/ID:...`,
//! so several maps on one page each keep their own state; segments of several maps are
//! separated by `;`.
//!
//! Backward compatible both ways: links made before `mode` and `zoom` existed open as they
//! did, and a widget that does not know these keys ignores them (an unknown key is
//! skipped; a part without `=`, such as the `Y`, `W` and `H` of a zoom, is skipped by old
//! readers and continues the previous value here, since no value contains `=`).

use crate::core::date::Date;
use crate::core::state::{MapState, Mode};
use crate::core::view::{ViewBox, ZOOMED_IN};

/// What a link carries (each part optional, as written: `core::attrs::resolve` checks the
/// values).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// `export` or `import`.
    pub view: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `YYYY-MM-DD..YYYY-MM-DD`.
    pub compare: Option<String>,
    /// `map` or `table`.
    pub mode: Option<String>,
    /// `X,Y,W,H` in map units.
    pub zoom: Option<String>,
}

/// The fragment key of a map: `h200-map` or `h200-map/ID`.
pub fn key(id: Option<&str>) -> String {
    match id.filter(|s| !s.is_empty()) {
        Some(id) => format!("h200-map/{id}"),
        None => "h200-map".to_string(),
    }
}

/// Reads this map's segment from a fragment (`#...`, percent-decoded by the caller or not).
pub fn parse(hash: &str, key: &str) -> Option<Link> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let seg = hash
        .split(';')
        .find_map(|s| s.strip_prefix(key)?.strip_prefix(':'))?;
    let mut pairs: Vec<(&str, String)> = Vec::new();
    for part in seg.split(',') {
        match (part.split_once('='), pairs.last_mut()) {
            (Some((k, v)), _) => pairs.push((k, v.to_string())),
            // No `=`: the next number of a zoom (`zoom=X,Y,W,H`).
            (None, Some((_, v))) => {
                v.push(',');
                v.push_str(part);
            }
            (None, None) => {}
        }
    }
    let mut link = Link::default();
    for (k, v) in pairs {
        let v = Some(v).filter(|v| !v.is_empty());
        match k {
            "country" => link.country = v,
            "view" => link.view = v,
            "date" => link.date = v,
            "compare" => link.compare = v,
            "mode" => link.mode = v,
            "zoom" => link.zoom = v,
            _ => {}
        }
    }
    Some(link)
}

/// This map's segment (keyed `key`) for `state`: country (when one is selected), view,
/// date, compare (in compare mode), `mode=table` (in table mode) and `zoom` (when the view
/// is not the whole map `full`; whole map units).
pub fn segment(key: &str, state: &MapState, full: &ViewBox) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &state.selected {
        parts.push(format!("country={c}"));
    }
    parts.push(format!("view={}", state.axis.code()));
    parts.push(format!("date={}", state.date));
    if let Some((a, b)) = state.compare {
        parts.push(format!("compare={a}..{b}"));
    }
    if state.mode == Mode::Table {
        parts.push(format!("mode={}", Mode::Table.code()));
    }
    let v = state.view_box;
    if !is_whole(&v, full) {
        parts.push(format!("zoom={:.0},{:.0},{:.0},{:.0}", v.x, v.y, v.w, v.h));
    }
    format!("{key}:{}", parts.join(","))
}

/// True when `v` shows the whole map `full` (within a map unit: the link rounds).
fn is_whole(v: &ViewBox, full: &ViewBox) -> bool {
    v.zoom(full) < ZOOMED_IN && (v.x - full.x).abs() < 1.0 && (v.y - full.y).abs() < 1.0
}

/// Parses a link's `zoom` value, `X,Y,W,H` in whole map units (four integers, `W` and `H`
/// positive; integers because the link writes them so, and because parsing decimals
/// would weigh on the wasm), into a view box kept inside `full` and within the zoom limits
/// ([`ViewBox::clamp`]); `None` for anything else.
pub fn parse_zoom(s: &str, full: &ViewBox) -> Option<ViewBox> {
    let n: Vec<f64> = s
        .split(',')
        .map(|p| p.trim().parse::<i32>().ok().map(f64::from))
        .collect::<Option<_>>()?;
    let [x, y, w, h] = n[..] else { return None };
    (w > 0.0 && h > 0.0).then(|| ViewBox { x, y, w, h }.clamp(full))
}

/// A link to the page at `href` with `segment` (this map's, keyed `key`) in its fragment:
/// the other maps' segments of the current fragment `hash` are kept, this map's old
/// segment and the page's own anchors (`#chapter-2`) are dropped.
pub fn share_link(href: &str, hash: &str, key: &str, segment: &str) -> String {
    let base = href.split('#').next().unwrap_or_default();
    let own = format!("{key}:");
    let mut segments: Vec<&str> = hash
        .trim_start_matches('#')
        .split(';')
        .filter(|s| s.starts_with("h200-map") && !s.starts_with(&own))
        .collect();
    segments.push(segment);
    format!("{base}#{}", segments.join(";"))
}

/// Parses `A..B` into two dates.
pub fn parse_range(s: &str) -> Option<(Date, Date)> {
    let (a, b) = s.split_once("..")?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Axis;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn full() -> ViewBox {
        ViewBox::full(10000.0, 4500.0)
    }

    fn state() -> MapState {
        MapState {
            axis: Axis::Import,
            selected: Some("MO".into()),
            date: d("2026-02-01"),
            compare: Some((d("2025-06-01"), d("2026-02-01"))),
            mode: Mode::Map,
            view_box: full(),
        }
    }

    #[test]
    fn round_trip_and_several_maps() {
        let (a, b) = (d("2025-06-01"), d("2026-02-01"));
        let seg = segment("h200-map", &state(), &full());
        assert_eq!(
            seg,
            "h200-map:country=MO,view=import,date=2026-02-01,compare=2025-06-01..2026-02-01"
        );
        let hash = format!("#h200-map/second:country=FR;{seg}");
        let l = parse(&hash, "h200-map").unwrap();
        assert_eq!(l.country.as_deref(), Some("MO"));
        assert_eq!(parse_range(l.compare.as_deref().unwrap()), Some((a, b)));
        assert_eq!((l.mode, l.zoom), (None, None));
        assert_eq!(
            parse(&hash, "h200-map/second").unwrap().country.as_deref(),
            Some("FR")
        );
        assert!(parse("#chapter-2", "h200-map").is_none());
    }

    #[test]
    fn table_mode_and_zoom_round_trip() {
        let zoomed = ViewBox {
            x: 6000.4,
            y: 1200.0,
            w: 2500.0,
            h: 1125.0,
        };
        let s = MapState {
            mode: Mode::Table,
            view_box: zoomed,
            compare: None,
            ..state()
        };
        let seg = segment("h200-map/carte", &s, &full());
        assert_eq!(
            seg,
            "h200-map/carte:country=MO,view=import,date=2026-02-01,mode=table,zoom=6000,1200,2500,1125"
        );
        let l = parse(&format!("#{seg}"), "h200-map/carte").unwrap();
        assert_eq!(l.mode.as_deref(), Some("table"));
        assert_eq!(l.zoom.as_deref(), Some("6000,1200,2500,1125"));
        assert_eq!(
            l.date.as_deref(),
            Some("2026-02-01"),
            "values around the zoom"
        );
        let back = parse_zoom(l.zoom.as_deref().unwrap(), &full()).unwrap();
        assert!((back.x - 6000.0).abs() < 1.0 && (back.w - 2500.0).abs() < 1e-9);
        // A zoom in the middle of a segment does not swallow the next value.
        let mid = parse("#h200-map:zoom=1,2,3000,4,view=export", "h200-map").unwrap();
        assert_eq!(mid.zoom.as_deref(), Some("1,2,3000,4"));
        assert_eq!(mid.view.as_deref(), Some("export"));
    }

    #[test]
    fn old_links_and_old_readers_still_agree() {
        // A link made before mode and zoom: read as before.
        let old = parse(
            "#h200-map:country=CN,view=import,date=2026-02-01",
            "h200-map",
        )
        .unwrap();
        assert_eq!(old.country.as_deref(), Some("CN"));
        assert_eq!((old.mode, old.zoom), (None, None));
        // What the previous parser kept of a new link (it split on "," and skipped parts
        // without "=" and unknown keys): the same country, view and date.
        let new = "country=CN,view=import,date=2026-02-01,mode=table,zoom=6000,1200,2500,1125";
        let kept: Vec<&str> = new
            .split(',')
            .filter(|kv| {
                kv.split_once('=')
                    .is_some_and(|(k, _)| ["country", "view", "date", "compare"].contains(&k))
            })
            .collect();
        assert_eq!(kept, ["country=CN", "view=import", "date=2026-02-01"]);
    }

    #[test]
    fn whole_map_has_no_zoom_and_junk_zoom_is_refused() {
        let plain = MapState {
            compare: None,
            ..state()
        };
        let seg = segment("h200-map", &plain, &full());
        assert!(!seg.contains("zoom") && !seg.contains("mode"), "{seg}");
        for junk in [
            "",
            "1,2,3",
            "a,b,c,d",
            "0,0,-5,10",
            "0,0,NaN,1",
            "1,2,3,4,5",
        ] {
            assert_eq!(parse_zoom(junk, &full()), None, "{junk:?}");
        }
        let outside = parse_zoom("-50000,90000,2500,1125", &full()).unwrap();
        assert!(
            outside.x >= 0.0 && outside.y + outside.h <= 4500.0 + 1e-9,
            "kept inside"
        );
    }

    #[test]
    fn share_links_keep_other_maps_and_drop_anchors() {
        let page = "https://news.example/article?x=1";
        assert_eq!(
            share_link(
                &format!("{page}#chapter-2"),
                "#chapter-2",
                "h200-map",
                "h200-map:view=export"
            ),
            format!("{page}#h200-map:view=export")
        );
        let hash = "#h200-map/second:country=FR;h200-map:country=CN,view=import";
        assert_eq!(
            share_link(page, hash, "h200-map", "h200-map:country=MO,view=export"),
            format!("{page}#h200-map/second:country=FR;h200-map:country=MO,view=export"),
            "this map's old segment replaced, the other map's kept"
        );
        assert_eq!(
            share_link(page, hash, "h200-map/second", "h200-map/second:view=import"),
            format!("{page}#h200-map:country=CN,view=import;h200-map/second:view=import")
        );
    }
}
