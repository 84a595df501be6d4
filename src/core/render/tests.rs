use super::*;
use crate::core::geometry::MapFeature;
use crate::core::land::Land;
use crate::core::layout::{marker_positions, MARKER_SPACING};

fn feature(iso: &str, cx: i32, cy: i32, marker: bool, path: &str) -> MapFeature {
    MapFeature {
        iso: iso.into(),
        name: iso.into(),
        cx,
        cy,
        area: 1,
        marker,
        path: path.into(),
    }
}

/// Two countries and two markers 2 units apart (Hong Kong and Macau at world scale).
fn geo() -> MapGeometry {
    MapGeometry {
        width: 1000,
        height: 500,
        features: vec![
            feature("CN", 300, 200, false, "M100 100l400 0 0 200-400 0z"),
            feature("FR", 700, 100, false, "M650 50l100 0 0 100-100 0z"),
            feature("HK", 520, 260, true, "M519 259l2 0 0 2-2 0z"),
            feature("MO", 518, 261, true, "M517 260l2 0 0 2-2 0z"),
        ],
    }
}

/// The markers of [`geo`], laid out.
fn laid_out(g: &MapGeometry) -> Vec<MarkerPos> {
    marker_positions(g, &Land::new(g), MARKER_SPACING)
}

fn look(iso: &str) -> Look {
    let paint = match iso {
        "CN" => Paint::Status(Status::CaseByCase),
        "FR" => Paint::Status(Status::NoLicenseRequired),
        "HK" => Paint::Unchanged,
        _ => Paint::NoData,
    };
    Look {
        paint,
        label: format!("{iso}: \"{}\" <&>", paint.code()),
    }
}

fn svg_has_hit_circles(svg: &str) -> bool {
    svg.contains("class=\"hit\"")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn every_feature_is_drawn_once_with_its_paint() {
    let g = geo();
    let markers = laid_out(&g);
    let svg = shapes(&g, &markers, &look, &Style::Classes, true);
    for f in &g.features {
        assert_eq!(
            count(&svg, &format!("data-iso=\"{}\"", f.iso)),
            1,
            "{}",
            f.iso
        );
        assert_eq!(count(&svg, &format!("d=\"{}\"", f.path)), 1, "{}", f.iso);
    }
    assert!(svg
        .contains("d=\"M100 100l400 0 0 200-400 0z\" data-iso=\"CN\" class=\"c s-case_by_case\""));
    assert!(svg.contains("data-iso=\"HK\" class=\"m s-unchanged\""));
    assert!(svg.contains("data-iso=\"MO\" class=\"m s-none\""));
    // The public DOM contract: ARIA buttons with a name, resting roving attributes.
    assert_eq!(count(&svg, "role=\"button\" tabindex=\"-1\""), 4);
    assert_eq!(count(&svg, "aria-pressed=\"false\""), 4);
    assert!(svg.starts_with("<g class=\"countries\">"));
    assert!(svg.contains("</g><g class=\"markers\"><g data-iso=\"HK\""));
}

#[test]
fn markers_sit_at_their_layout_positions_with_the_named_radii() {
    let g = geo();
    let markers = laid_out(&g);
    let (hk, mo) = (&markers[0], &markers[1]);
    assert!(
        (hk.x - mo.x).hypot(hk.y - mo.y) >= MARKER_SPACING - 0.01,
        "Macau's dot does not cover Hong Kong's"
    );
    for style in [Style::Classes, Style::Inline(&Theme::light())] {
        let svg = shapes(&g, &markers, &look, &style, true);
        for m in &markers {
            let dot = format!(
                "<circle class=\"dot\" cx=\"{:.0}\" cy=\"{:.0}\" r=\"{MARKER_R:.0}\"",
                m.x, m.y
            );
            assert!(svg.contains(&dot), "{dot} in {svg}");
            let lead = format!(
                "x1=\"{:.0}\" y1=\"{:.0}\" x2=\"{:.0}\" y2=\"{:.0}\"",
                m.anchor_x, m.anchor_y, m.x, m.y
            );
            assert!(svg.contains(&lead));
        }
    }
    let still = shapes(&g, &markers, &look, &Style::Classes, false);
    assert!(
        !svg_has_hit_circles(&still),
        "no invisible hit circles: hit testing is by geometry (core::hit)"
    );
    assert!(!still.contains("role="));
    assert_eq!(count(&still, "<title>"), 4, "a name per entity");
}

#[test]
fn patterns_cover_every_status_and_no_data() {
    let classes = defs(&Style::Classes);
    let theme = Theme::light();
    let inline = defs(&Style::Inline(&theme));
    for paint in Paint::all() {
        let id = format!("id=\"p-{}\"", paint.code());
        let expected = usize::from(paint != Paint::Unchanged);
        assert_eq!(count(&classes, &id), expected, "{paint:?}");
        assert_eq!(count(&inline, &id), expected, "{paint:?}");
    }
    assert!(classes.contains("class=\"pt s-case_by_case\""));
    assert!(
        !classes.contains("fill="),
        "colours come from the stylesheet"
    );
    // Inline: the tile in the status colour, the ink over it.
    let case = Paint::Status(Status::CaseByCase);
    let tile = format!(
        "<rect fill=\"{}\" width=\"110\" height=\"110\"/><rect fill=\"{}\"",
        theme.fill(case),
        theme.ink(case)
    );
    assert!(inline.contains(&tile), "{inline}");
    assert!(inline.contains("id=\"p-none\" patternUnits=\"userSpaceOnUse\" width=\"110\" height=\"110\" patternTransform=\"rotate(-45)\""));
    for class in ["class=\"pt", "class=\"pb", "class=\"pk"] {
        assert!(
            !inline.contains(class),
            "no {class} on patterns or their parts"
        );
    }
}

#[test]
fn textures_grow_with_restrictiveness_on_both_axes() {
    for axis in [Axis::Export, Axis::Import] {
        let first = Paint::Status(Status::all(axis)[0]);
        assert_eq!(texture(first), Texture::Plain);
        assert!(first.is_least_restrictive());
        for s in &Status::all(axis)[1..] {
            assert_ne!(texture(Paint::Status(*s)), Texture::Plain, "{s:?}");
            assert!(!Paint::Status(*s).is_least_restrictive());
        }
    }
    assert_eq!(texture(Paint::NoData), Texture::BackLines);
    let not_researched = Paint::Status(Status::NotResearched);
    assert_eq!(
        texture(not_researched),
        Texture::BackLines,
        "no data, never a level"
    );
    assert!(!not_researched.is_least_restrictive());
}

#[test]
fn legend_entries_are_the_statuses_of_the_axis() {
    let statuses: HashMap<String, Status> = [
        ("CN", Status::CaseByCase),
        ("FR", Status::NoLicenseRequired),
        ("HK", Status::CaseByCase),
    ]
    .into_iter()
    .map(|(i, s)| (i.to_string(), s))
    .collect();
    for axis in [Axis::Export, Axis::Import] {
        let entries = legend_counts(axis, &statuses, None);
        let paints: Vec<Paint> = entries.iter().map(|(p, _)| *p).collect();
        let expected: Vec<Paint> = Status::all(axis)
            .iter()
            .map(|s| Paint::Status(*s))
            .collect();
        assert_eq!(paints, expected);
    }
    let unchanged: HashSet<String> = ["HK".to_string()].into();
    let entries = legend_counts(Axis::Export, &statuses, Some(&unchanged));
    assert!(
        entries.contains(&(Paint::Status(Status::CaseByCase), 1)),
        "HK counted as unchanged"
    );
    assert_eq!(entries.last(), Some(&(Paint::Unchanged, 1)));
}

fn frame_svg(style: Style<'_>) -> String {
    let g = geo();
    let markers = laid_out(&g);
    let legend: Vec<LegendEntry> = Status::all(Axis::Export)
        .iter()
        .map(|s| LegendEntry {
            paint: Paint::Status(*s),
            label: format!("{} <b>", s.code()),
            count: 2,
        })
        .collect();
    let opts = RenderOptions {
        style,
        interactive: false,
        height: 400,
        frame: Some(Frame {
            title: "Title & \"quotes\" <script>",
            legend: &legend,
            stamp: "Situation on 28 January 2026",
        }),
    };
    map_svg(&g, &markers, &look, &opts)
}

#[test]
fn a_framed_map_has_title_legend_and_stamp_all_escaped() {
    let theme = Theme::light();
    let svg = frame_svg(Style::Inline(&theme));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 -520 1000 "));
    assert!(svg.contains(&format!("width=\"{EXPORT_WIDTH_PX}\"")));
    assert!(svg.contains("Title &amp; &quot;quotes&quot; &lt;script&gt;</text>"));
    assert!(!svg.contains("<script>") && !svg.contains("<b>"));
    assert!(svg.contains("case_by_case &lt;b&gt; (2)</text>"));
    assert!(svg.contains("Situation on 28 January 2026</text>"));
    assert!(
        svg.contains("CN: &quot;case_by_case&quot; &lt;&amp;&gt;"),
        "labels escaped"
    );
    for s in Status::all(Axis::Export) {
        assert_eq!(count(&svg, &format!("<g data-status=\"{}\">", s.code())), 1);
        assert!(svg.contains(&format!("fill=\"url(#p-{})\" stroke=", s.code())));
    }
    // Standalone: the theme's colours are in the file, nothing depends on a stylesheet.
    assert!(svg.contains(&format!("fill=\"{}\"", theme.ocean)));
    assert!(!svg.contains("class=\"c s-"), "{svg}");
    assert!(svg.contains(&format!(
        "fill=\"url(#p-case_by_case)\" stroke=\"{}\"",
        theme.border
    )));
    assert!(svg.contains("data-iso=\"HK\"><title>"));
    assert!(svg.ends_with("</svg>"));
}

#[test]
fn long_lines_shrink_to_fit_the_width() {
    assert_eq!(fit_font("short", 9760, 230.0), 230.0);
    let long = "x".repeat(200);
    let size = fit_font(&long, 9760, 230.0);
    assert!(
        size * CHAR_ADVANCE * 200.0 <= 9760.0 && size > 50.0,
        "{size}"
    );
}

#[test]
fn the_bare_map_is_a_plain_svg() {
    let g = geo();
    let markers = laid_out(&g);
    let opts = RenderOptions {
        style: Style::Classes,
        interactive: true,
        height: 400,
        frame: None,
    };
    let svg = map_svg(&g, &markers, &look, &opts);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 400\"><defs class=\"patterns\""));
    assert!(svg.contains(&shapes(&g, &markers, &look, &Style::Classes, true)));
}

fn entry(paint: Paint) -> LegendEntry {
    LegendEntry {
        paint,
        label: String::new(),
        count: 1,
    }
}

#[test]
fn the_no_data_entry_gets_a_legend_row_of_its_own() {
    // Export: five restriction statuses (two rows of three), "not applicable" alone below.
    let export: Vec<LegendEntry> = Status::all(Axis::Export)
        .iter()
        .map(|s| entry(Paint::Status(*s)))
        .collect();
    let slots = legend_slots(&export);
    assert_eq!(slots.len(), 6);
    assert_eq!(&slots[..5], &[(0, 0), (1, 0), (2, 0), (0, 1), (1, 1)]);
    assert_eq!(slots[5], (0, 2), "not_applicable starts its own row");
    // Compare mode: the unchanged entry after the no-data one, on the next row.
    let mut compare = export.clone();
    compare.push(entry(Paint::Unchanged));
    assert_eq!(legend_slots(&compare)[6], (0, 3));
    // The framed file draws a dashed rule above the row set apart, once.
    let svg = frame_svg(Style::Inline(&Theme::light()));
    assert_eq!(count(&svg, "stroke-dasharray="), 1, "{svg}");
}
