//! Hit testing and the marker layout on the shipped map, measured: taps and clicks on the
//! land of small and crowded countries select that country (at once, or after one
//! tap-zoom on a phone), marker dots hide no other country's land, and the committed
//! layout file is what the layout gives. Run with `--nocapture` for the measurements.

use h200_map::core::geometry::MapGeometry;
use h200_map::core::hit::{hit_test, Hit, Pointer, Probe};
use h200_map::core::land::Land;
use h200_map::core::layout::{markers_file, MarkerPos, MARKER_R, MARKER_SPACING};
use h200_map::core::shipped;
use h200_map::core::view::MAX_ZOOM;

/// Map units per CSS pixel of a 358 px wide map: a 390 px phone, less the page's margins.
const PHONE: f64 = 10_000.0 / 358.0;
/// Map units per CSS pixel of a 1000 px wide map (desktop).
const DESKTOP: f64 = 10.0;
/// The countries of issue 12, crowded or small, and their neighbours.
const LISTED: [&str; 20] = [
    "AE", "QA", "BH", "KW", "JO", "LB", "IL", "PS", "ID", "MY", "SG", "BN", "TL", "LU", "BE", "NL",
    "HK", "MO", "FR", "SR",
];

fn shipped() -> (MapGeometry, Land, Vec<MarkerPos>) {
    let geo = shipped::world();
    let land = Land::new(&geo);
    let markers = shipped::markers(&geo);
    (geo, land, markers)
}

/// About a hundred interior points of feature `iso`'s land, on a lattice.
fn interior(geo: &MapGeometry, land: &Land, iso: &str) -> Vec<[f64; 2]> {
    let f = geo
        .feature(iso)
        .unwrap_or_else(|| panic!("{iso} is on the map"));
    let step = ((f.area as f64).sqrt() / 10.0).clamp(0.25, 15.0);
    let pts = land.lattice_points(land.index(iso).unwrap(), step);
    assert!(pts.len() >= 20, "{iso}: only {} sample points", pts.len());
    pts
}

fn probe(x: f64, y: f64, units_per_px: f64, pointer: Pointer, zoom: f64) -> Probe {
    Probe {
        x,
        y,
        units_per_px,
        pointer,
        zoom_room: MAX_ZOOM / zoom,
    }
}

/// A finger's taps at (`x`, `y`) at zoom `zoom` (units per px `upp`): the country selected
/// and the number of taps, following a tap-zoom with a second tap at the same point.
fn taps(land: &Land, markers: &[MarkerPos], x: f64, y: f64, upp: f64, zoom: f64) -> (Hit, u32) {
    match hit_test(land, markers, &probe(x, y, upp, Pointer::Touch, zoom)) {
        Hit::Zoom(f) => (
            hit_test(
                land,
                markers,
                &probe(x, y, upp / f, Pointer::Touch, zoom * f),
            ),
            2,
        ),
        hit => (hit, 1),
    }
}

#[test]
fn the_committed_marker_layout_is_what_the_layout_gives() {
    let geo = shipped::world();
    let text = markers_file(&geo);
    assert!(
        text == shipped::MARKERS_TXT,
        "assets/markers.txt is not the layout of assets/world.geo: run \
         `cargo run --release --bin h200-geo -- --markers-only` and commit the result"
    );
}

#[test]
fn taps_and_clicks_on_land_select_that_country() {
    let (geo, land, markers) = shipped();
    for iso in LISTED {
        let pts = interior(&geo, &land, iso);
        let (mut two_taps, mut two_taps_zoomed) = (0, 0);
        for [x, y] in &pts {
            let want = Hit::Select(iso.to_string());
            let (hit, n) = taps(&land, &markers, *x, *y, PHONE, 1.0);
            assert_eq!(hit, want, "phone, world scale: a tap at {x} {y} on {iso}");
            two_taps += u32::from(n == 2);
            // After a tap-zoom elsewhere (x3), again within two taps.
            let (hit, n) = taps(&land, &markers, *x, *y, PHONE / 3.0, 3.0);
            assert_eq!(hit, want, "phone, zoomed x3: {x} {y} on {iso}");
            two_taps_zoomed += u32::from(n == 2);
            let click = hit_test(
                &land,
                &markers,
                &probe(*x, *y, DESKTOP, Pointer::Mouse, 1.0),
            );
            assert_eq!(click, want, "desktop click at {x} {y} on {iso}");
        }
        println!(
            "{iso}: {} points; taps needing a tap-zoom on a phone: {two_taps} at world scale, {two_taps_zoomed} at x3",
            pts.len()
        );
    }
}

#[test]
fn french_guiana_is_france_and_not_suriname() {
    let (geo, land, markers) = shipped();
    let guiana: Vec<[f64; 2]> = interior(&geo, &land, "FR")
        .into_iter()
        .filter(|p| p[0] < 4000.0)
        .collect();
    assert!(guiana.len() >= 3, "French Guiana is part of FR's shape");
    for [x, y] in guiana {
        let (hit, _) = taps(&land, &markers, x, y, PHONE, 1.0);
        assert_eq!(hit, Hit::Select("FR".into()), "{x} {y}");
    }
}

#[test]
fn every_marker_dot_selects_its_place_within_two_taps() {
    let (_, land, markers) = shipped();
    let mut zoomed = Vec::new();
    for m in &markers {
        let want = Hit::Select(m.iso.clone());
        let (hit, n) = taps(&land, &markers, m.x, m.y, PHONE, 1.0);
        assert_eq!(hit, want, "phone: a tap on {}'s dot", m.iso);
        if n == 2 {
            zoomed.push(m.iso.as_str());
        }
        let click = hit_test(
            &land,
            &markers,
            &probe(m.x, m.y, DESKTOP, Pointer::Mouse, 1.0),
        );
        assert_eq!(click, want, "desktop: a click on {}'s dot", m.iso);
    }
    assert!(
        zoomed.contains(&"HK") && zoomed.contains(&"MO"),
        "Hong Kong and Macau are under one finger at world scale on a phone"
    );
    println!("dots needing a tap-zoom on a phone: {}", zoomed.join(" "));
}

#[test]
fn marker_dots_hide_no_other_countrys_land() {
    let (geo, land, markers) = shipped();
    for (i, a) in markers.iter().enumerate() {
        for b in &markers[i + 1..] {
            let d = (a.x - b.x).hypot(a.y - b.y);
            assert!(
                d >= MARKER_SPACING - 1.0,
                "{} and {} are {d:.1} units apart",
                a.iso,
                b.iso
            );
        }
    }
    // The land under each dot, on a lattice 0.5 units apart (0.25 units² a point), by
    // feature; then as a share of each feature's area.
    const STEP: f64 = 0.5;
    let mut hidden = vec![0.0_f64; geo.features.len()];
    for m in &markers {
        let n = (MARKER_R / STEP) as i32;
        for j in -n..=n {
            for i in -n..=n {
                let (dx, dy) = (f64::from(i) * STEP, f64::from(j) * STEP);
                if dx.hypot(dy) > MARKER_R {
                    continue;
                }
                if let Some(f) = land.feature_at(m.x + dx, m.y + dy) {
                    if land.iso(f) != m.iso {
                        hidden[f] += STEP * STEP;
                    }
                }
            }
        }
    }
    let mut worst = Vec::new();
    for (f, area) in geo.features.iter().zip(&hidden) {
        if *area == 0.0 {
            continue;
        }
        let share = area / (f.area as f64).max(1.0);
        worst.push(format!("{} {area} units² ({:.3} %)", f.iso, 100.0 * share));
        assert!(
            share <= 0.001,
            "{}: {:.2} % of its land under another place's dot",
            f.iso,
            100.0 * share
        );
        assert!(
            !LISTED.contains(&f.iso.as_str()),
            "{}: land under another place's dot",
            f.iso
        );
    }
    println!(
        "land under another place's dot: {}",
        if worst.is_empty() {
            "none".to_string()
        } else {
            worst.join(", ")
        }
    );
}
