//! The map renderer on the shipped data: every country once, the markers where the live
//! map puts them, and the default theme in step with the widget's stylesheet.

use std::collections::{HashMap, HashSet};

use h200_map::core::date::Date;
use h200_map::core::i18n::sentences::look;
use h200_map::core::i18n::Lang;
use h200_map::core::layout::{crop_height, MARKER_R};
use h200_map::core::model::{Axis, Status};
use h200_map::core::render::{
    map_svg, shapes, Frame, LegendEntry, Paint, RenderOptions, Style, Theme,
};
use h200_map::core::shipped;

/// `--name: value;` declarations of the first `:host {` block of the widget's stylesheet.
fn light_variables() -> HashMap<String, String> {
    let css = include_str!("../src/ui/style.css");
    let start = css.find(":host {").expect(":host block");
    let block = &css[start..start + css[start..].find('}').unwrap()];
    block
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let (name, value) = l.strip_prefix("--")?.split_once(':')?;
            Some((
                format!("--{name}"),
                value.trim().trim_end_matches(';').to_string(),
            ))
        })
        .collect()
}

#[test]
fn the_default_theme_is_the_stylesheet_light_theme() {
    let vars = light_variables();
    let theme = Theme::light();
    for (name, value) in [
        ("--h200-bg", &theme.background),
        ("--h200-ocean", &theme.ocean),
        ("--h200-fg", &theme.text),
        ("--h200-muted", &theme.muted),
        ("--h200-border", &theme.border),
        ("--h200-dot-stroke", &theme.dot_stroke),
    ] {
        assert_eq!(vars.get(name), Some(value), "{name}");
    }
    for paint in Paint::all() {
        let code = Theme::variable(paint);
        assert_eq!(
            vars.get(&format!("--s-{code}")).map(String::as_str),
            Some(theme.fill(paint)),
            "--s-{code}"
        );
        let ink = vars
            .get(&format!("--k-{code}"))
            .map_or("transparent", String::as_str);
        assert_eq!(ink, theme.ink(paint), "--k-{code}");
    }
    // A theme read from CSS keeps what it is given and falls back for the rest.
    let dark = Theme::from_css(|name| (name == "--h200-bg").then(|| " #151619 ".to_string()));
    assert_eq!(dark.background, "#151619");
    assert_eq!(dark.ocean, theme.ocean);
}

#[test]
fn the_shipped_map_renders_every_entity_once_with_markers_apart() {
    let geo = shipped::world();
    let model = shipped::model();
    let date: Date = "2026-02-01".parse().unwrap();
    let statuses: HashMap<String, Status> =
        model.snapshot(Axis::Export, date).into_iter().collect();
    let names = HashMap::new();
    let markers = shipped::markers(&geo);
    let look_of = |iso: &str| look(Lang::En, iso, &names, &statuses, None);
    let svg = shapes(&geo, &markers, &look_of, &Style::Classes, true);
    for f in &geo.features {
        assert_eq!(
            svg.matches(&format!("data-iso=\"{}\"", f.iso)).count(),
            1,
            "{}",
            f.iso
        );
    }
    assert!(svg.contains("data-iso=\"CN\" class=\"c s-case_by_case\""));
    assert!(svg.contains("aria-label=\"CN: Licence, case-by-case review\""));
    let at = |iso: &str| markers.iter().find(|m| m.iso == iso).unwrap();
    let (hk, mo) = (at("HK"), at("MO"));
    assert!(
        (hk.x - mo.x).hypot(hk.y - mo.y) >= 2.0 * MARKER_R,
        "Macao's dot does not cover Hong Kong's"
    );
    for m in [hk, mo] {
        assert!(svg.contains(&format!(
            "<circle class=\"dot\" cx=\"{:.0}\" cy=\"{:.0}\"",
            m.x, m.y
        )));
    }
    // The same shapes, framed, with inline colours, for a download.
    let theme = Theme::light();
    let unchanged: HashSet<String> = HashSet::new();
    let legend: Vec<LegendEntry> = Status::all(Axis::Export)
        .iter()
        .map(|s| LegendEntry {
            paint: Paint::Status(*s),
            label: s.code().into(),
            count: 1,
        })
        .collect();
    let opts = RenderOptions {
        style: Style::Inline(&theme),
        interactive: false,
        height: crop_height(&geo),
        frame: Some(Frame {
            title: "Title",
            legend: &legend,
            stamp: "Stamp",
        }),
    };
    let look_of = |iso: &str| look(Lang::En, iso, &names, &statuses, Some(&unchanged));
    let file = map_svg(&geo, &markers, &look_of, &opts);
    for f in &geo.features {
        assert_eq!(
            file.matches(&format!("data-iso=\"{}\"", f.iso)).count(),
            1,
            "{}",
            f.iso
        );
    }
    for m in [hk, mo] {
        assert!(file.contains(&format!(
            "<circle class=\"dot\" cx=\"{:.0}\" cy=\"{:.0}\"",
            m.x, m.y
        )));
    }
}
