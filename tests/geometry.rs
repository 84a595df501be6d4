//! The committed map asset `assets/world.geo`: it parses, holds the features the widget
//! needs, draws no antimeridian stripes, and is exactly what the pipeline produces from
//! the npm inputs (determinism).

use std::path::Path;

use h200_map::core::geometry::{self, MapGeometry};
use h200_map::core::shipped::{self, WORLD_GEO};

fn world() -> MapGeometry {
    geometry::parse(WORLD_GEO).unwrap_or_else(|e| panic!("assets/world.geo: {e}"))
}

#[test]
fn committed_asset_parses_with_required_features() {
    let g = world();
    assert_eq!(g.width, 10_000);
    assert_eq!(g.height, 4867);
    assert!(g.features.len() > 200, "only {} features", g.features.len());
    for iso in [
        "HK", "MO", "TW", "SG", "BH", "MT", "CN", "FR", "US", "RU", "FJ", "XK",
    ] {
        assert!(g.feature(iso).is_some(), "{iso} missing");
    }
    for iso in ["HK", "MO", "SG", "BH", "MT"] {
        assert!(g.feature(iso).unwrap().marker, "{iso} must be a marker");
    }
    for iso in ["CN", "FR", "US", "RU", "TW"] {
        assert!(
            !g.feature(iso).unwrap().marker,
            "{iso} must be drawn, not a marker"
        );
    }
    assert!(g.feature("AQ").is_none(), "Antarctica is dropped");
    // Merged features do not appear on their own.
    assert!(g
        .features
        .iter()
        .all(|f| f.name != "Somaliland" && f.name != "N. Cyprus"));
    for f in &g.features {
        assert!(
            f.iso.len() == 2 && f.iso.bytes().all(|b| b.is_ascii_uppercase()),
            "bad key {:?}",
            f.iso
        );
        assert!(!f.rings().unwrap().is_empty(), "{} has no ring", f.iso);
    }
    assert!(
        g.isos().windows(2).all(|w| w[0] < w[1]),
        "keys sorted and unique"
    );
    assert_eq!(shipped::world(), g);
}

#[test]
fn areas_are_equal_area_and_label_points_inside_the_viewbox() {
    let g = world();
    let area = |iso: &str| g.feature(iso).unwrap().area as f64;
    // Equal Earth is equal-area: Russia (17.10 M km²) / United States (9.83 M km²).
    let ratio = area("RU") / area("US");
    assert!(
        (ratio - 17.10 / 9.83).abs() < 0.1,
        "RU/US area ratio {ratio}"
    );
    assert!(area("CN") > area("FR") && area("FR") > area("HK"));
    for f in &g.features {
        assert!(f.cx >= 0 && f.cx <= g.width as i32 && f.cy >= 0 && f.cy <= g.height as i32);
        for ring in f.rings().unwrap() {
            for [x, y] in ring {
                assert!(
                    (0..=g.width as i32).contains(&x) && (0..=g.height as i32).contains(&y),
                    "{}: point ({x}, {y}) outside the viewBox",
                    f.iso
                );
            }
        }
    }
}

#[test]
fn no_segment_spans_half_the_map() {
    let g = world();
    let half = g.width as i32 / 2;
    for f in &g.features {
        for ring in f.rings().unwrap() {
            for (i, a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                assert!(
                    (a[0] - b[0]).abs() <= half,
                    "{}: segment {a:?} -> {b:?} is a stripe across the map",
                    f.iso
                );
            }
        }
    }
}

#[test]
fn parser_rejects_a_malformed_line_naming_line_and_field() {
    // Break the `cx` field of the first feature line (line 3).
    let mut lines: Vec<String> = WORLD_GEO.lines().map(str::to_string).collect();
    let mut fields: Vec<&str> = lines[2].split('\t').collect();
    fields[2] = "12x";
    lines[2] = fields.join("\t");
    let err = geometry::parse(&lines.join("\n")).unwrap_err();
    assert_eq!((err.line, err.field), (3, "cx"));
    let msg = err.to_string();
    assert!(msg.contains("line 3") && msg.contains("cx"), "{msg}");

    // A feature line with a field missing, further down.
    let mut lines: Vec<String> = WORLD_GEO.lines().map(str::to_string).collect();
    let n = lines.len() - 1;
    lines[n] = lines[n].split_once('\t').unwrap().1.to_string();
    let err = geometry::parse(&lines.join("\n")).unwrap_err();
    assert_eq!(err.line, n + 1);
    assert_eq!(err.field, "fields");
}

/// Needs the npm packages the pipeline reads (`scripts/setup.sh` installs them), so a plain
/// `cargo test` skips it visibly ("ignored"); `scripts/test.sh` runs it with
/// `--include-ignored`, and without its inputs it fails.
#[test]
#[ignore = "needs node_modules from scripts/setup.sh; scripts/test.sh runs it (--include-ignored)"]
fn pipeline_reproduces_the_committed_asset() {
    use h200_map::core::geo_pipeline::{
        self, Config, DEFAULT_CODES, DEFAULT_INPUT, DEFAULT_OUTPUT,
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let input = root.join(DEFAULT_INPUT);
    let codes = root.join(DEFAULT_CODES);
    assert!(
        input.exists() && codes.exists(),
        "{} or {} missing: run scripts/setup.sh (npm ci) before this test",
        input.display(),
        codes.display()
    );
    let out = geo_pipeline::build_files(&input, &codes, &Config::for_input(&input))
        .unwrap_or_else(|e| panic!("pipeline failed: {e}"));
    let committed = std::fs::read_to_string(root.join(DEFAULT_OUTPUT)).unwrap();
    if out.text != committed {
        let line = out
            .text
            .lines()
            .zip(committed.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "length".to_string(), |i| format!("line {}", i + 1));
        panic!(
            "assets/world.geo is not what the pipeline produces (first difference: {line}); \
             run `cargo run --bin h200-geo` and commit the result"
        );
    }
    assert_eq!(
        out.text, WORLD_GEO,
        "the embedded asset is the file on disk"
    );
}
