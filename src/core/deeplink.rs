//! Deep links: the reader's state in the URL fragment of the page (host page or iframe
//! page), so a view can be shared and restored.
//!
//! Format: `#h200-map:country=CN,view=import,date=2026-02-01,compare=2025-06-01..2026-02-01`.
//! A map whose element has an `id` uses `#h200-map/ID:...`, so several maps on one page
//! each keep their own state; segments of several maps are separated by `;`.

use crate::core::date::Date;
use crate::core::model::Axis;

/// What a link carries (each part optional).
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
    let mut link = Link::default();
    for kv in seg.split(',') {
        let Some((k, v)) = kv.split_once('=') else {
            continue;
        };
        let v = Some(v.to_string()).filter(|v| !v.is_empty());
        match k {
            "country" => link.country = v,
            "view" => link.view = v,
            "date" => link.date = v,
            "compare" => link.compare = v,
            _ => {}
        }
    }
    Some(link)
}

/// This map's segment for a state.
pub fn segment(
    key: &str,
    country: Option<&str>,
    view: Axis,
    date: Date,
    compare: Option<(Date, Date)>,
) -> String {
    let mut parts = vec![format!("view={}", view.code()), format!("date={date}")];
    if let Some(c) = country {
        parts.insert(0, format!("country={c}"));
    }
    if let Some((a, b)) = compare {
        parts.push(format!("compare={a}..{b}"));
    }
    format!("{key}:{}", parts.join(","))
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

    #[test]
    fn round_trip_and_several_maps() {
        let d: Date = "2026-02-01".parse().unwrap();
        let a: Date = "2025-06-01".parse().unwrap();
        let seg = segment("h200-map", Some("MO"), Axis::Import, d, Some((a, d)));
        assert_eq!(
            seg,
            "h200-map:country=MO,view=import,date=2026-02-01,compare=2025-06-01..2026-02-01"
        );
        let hash = format!("#h200-map/second:country=FR;{seg}");
        let l = parse(&hash, "h200-map").unwrap();
        assert_eq!(l.country.as_deref(), Some("MO"));
        assert_eq!(parse_range(l.compare.as_deref().unwrap()), Some((a, d)));
        assert_eq!(
            parse(&hash, "h200-map/second").unwrap().country.as_deref(),
            Some("FR")
        );
        assert!(parse("#chapter-2", "h200-map").is_none());
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
