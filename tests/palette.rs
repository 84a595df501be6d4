//! The status palette of `src/ui/style.css`, checked as a colour-vision-deficient reader
//! would see it, in both themes.
//!
//! - Every status, and "no data", has a colour in the light theme (`:host`) and in the dark
//!   theme (`:host([theme=dark])`, repeated verbatim for `theme="auto"` under
//!   `prefers-color-scheme: dark`).
//! - Per axis, the statuses are ordered: the stricter, the further from the background in
//!   lightness (light theme: darker; dark theme: lighter).
//! - Under normal vision and simulated protanopia, deuteranopia and tritanopia, every pair
//!   of statuses of one axis, and every status against "no data", differ by at least
//!   [`MIN_DE`] CIEDE2000 units.
//! - The focus ring / selection colour (`--h200-ring`) has at least 3:1 contrast against
//!   every fill and the ocean (WCAG 1.4.11); the accent (focus ring of the HTML controls,
//!   links) at least 3:1, and all text pairs at least 4.5:1 (WCAG 1.4.3).
//!
//! Simulation: G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A Physiologically-based
//! Model for Simulation of Color Vision Deficiency", IEEE Transactions on Visualization and
//! Computer Graphics 15(6), 1291-1298, 2009 (doi:10.1109/TVCG.2009.113): the 3x3 matrices
//! for severity 1.0 (dichromacy) from the paper's supplementary table, applied to linear
//! RGB (sRGB decoded with the IEC 61966-2-1 transfer function), clamped to [0, 1].
//! Colour difference: CIEDE2000 (CIE 142-2001) as given by G. Sharma, W. Wu and
//! E. N. Dalal, "The CIEDE2000 color-difference formula: implementation notes,
//! supplementary test data, and mathematical observations", Color Research & Application
//! 30(1), 2005, checked here against their test data. CIELAB with the D65 white point.
//! Contrast: WCAG 2.1 relative luminance and contrast ratio.
//!
//! The colour maths is written out here (about 100 lines) rather than taken from a crate.
//! `cargo test --test palette -- --nocapture` prints the measured minima (copied into
//! docs/accessibility.md).

use std::collections::BTreeMap;

const CSS: &str = include_str!("../src/ui/style.css");

/// Minimum CIEDE2000 difference between two statuses of one axis, and between a status and
/// "no data", under every simulated deficiency. 10 or more reads as "a different colour"
/// between separate map regions; the palette is tuned for about 13.
const MIN_DE: f64 = 12.0;

const EXPORT: [&str; 5] = [
    "no_license_required",
    "license_required",
    "case_by_case",
    "presumption_of_denial",
    "embargoed",
];
const IMPORT: [&str; 4] = [
    "no_restriction_known",
    "permit_required",
    "restricted",
    "blocked",
];

// ---------------------------------------------------------------------------------------
// Colour maths.

type Rgb = [f64; 3];
type Lab = [f64; 3];

/// Machado, Oliveira & Fernandes (2009), severity 1.0, for linear RGB.
const PROTANOPIA: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITANOPIA: [[f64; 3]; 3] = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];

#[derive(Clone, Copy, Debug)]
enum Vision {
    Normal,
    Protanopia,
    Deuteranopia,
    Tritanopia,
}
const VISIONS: [Vision; 4] = [
    Vision::Normal,
    Vision::Protanopia,
    Vision::Deuteranopia,
    Vision::Tritanopia,
];

fn decode(c: f64) -> f64 {
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// `#rrggbb` / `#rgb` to linear RGB.
fn hex(s: &str) -> Option<Rgb> {
    let h = s.strip_prefix('#')?;
    let h: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    let v = |i: usize| {
        u8::from_str_radix(&h[i..i + 2], 16)
            .ok()
            .map(|b| decode(f64::from(b) / 255.0))
    };
    Some([v(0)?, v(2)?, v(4)?])
}

/// `rgba(r, g, b, a)` / `transparent` to (linear RGB, alpha).
fn rgba(s: &str) -> Option<(Rgb, f64)> {
    if s == "transparent" {
        return Some(([0.0; 3], 0.0));
    }
    if let Some(c) = hex(s) {
        return Some((c, 1.0));
    }
    let inner = s.strip_prefix("rgba(")?.strip_suffix(')')?;
    let n: Vec<f64> = inner
        .split(',')
        .map(|x| x.trim().parse().ok())
        .collect::<Option<_>>()?;
    (n.len() == 4).then(|| {
        (
            [
                decode(n[0] / 255.0),
                decode(n[1] / 255.0),
                decode(n[2] / 255.0),
            ],
            n[3],
        )
    })
}

fn simulate(c: Rgb, v: Vision) -> Rgb {
    let m = match v {
        Vision::Normal => return c,
        Vision::Protanopia => PROTANOPIA,
        Vision::Deuteranopia => DEUTERANOPIA,
        Vision::Tritanopia => TRITANOPIA,
    };
    let mut out = [0.0; 3];
    for (i, row) in m.iter().enumerate() {
        out[i] = (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0);
    }
    out
}

/// Linear sRGB to CIELAB (D65).
fn lab(c: Rgb) -> Lab {
    let x = 0.4124564 * c[0] + 0.3575761 * c[1] + 0.1804375 * c[2];
    let y = 0.2126729 * c[0] + 0.7151522 * c[1] + 0.0721750 * c[2];
    let z = 0.0193339 * c[0] + 0.1191920 * c[1] + 0.9503041 * c[2];
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 (kL = kC = kH = 1), after Sharma, Wu & Dalal (2005).
fn ciede2000(a: Lab, b: Lab) -> f64 {
    let [l1, a1, b1] = a;
    let [l2, a2, b2] = b;
    let c7 = |c: f64| c.powi(7) / (c.powi(7) + 25f64.powi(7));
    let cbar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let g = 0.5 * (1.0 - c7(cbar).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let dlp = l2 - l1;
    let dcp = c2p - c1p;
    let dhp = if c1p * c2p == 0.0 {
        0.0
    } else if (h2p - h1p).abs() <= 180.0 {
        h2p - h1p
    } else if h2p - h1p > 180.0 {
        h2p - h1p - 360.0
    } else {
        h2p - h1p + 360.0
    };
    let dhp_big = 2.0 * (c1p * c2p).sqrt() * (dhp / 2.0).to_radians().sin();
    let lbp = (l1 + l2) / 2.0;
    let cbp = (c1p + c2p) / 2.0;
    let hbp = if c1p * c2p == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let cos = |d: f64| d.to_radians().cos();
    let t = 1.0 - 0.17 * cos(hbp - 30.0) + 0.24 * cos(2.0 * hbp) + 0.32 * cos(3.0 * hbp + 6.0)
        - 0.20 * cos(4.0 * hbp - 63.0);
    let dtheta = 30.0 * (-((hbp - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * c7(cbp).sqrt();
    let sl = 1.0 + 0.015 * (lbp - 50.0).powi(2) / (20.0 + (lbp - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cbp;
    let sh = 1.0 + 0.015 * cbp * t;
    let rt = -(2.0 * dtheta).to_radians().sin() * rc;
    let (x, y, z) = (dlp / sl, dcp / sc, dhp_big / sh);
    (x * x + y * y + z * z + rt * y * z).sqrt()
}

/// WCAG 2.1 relative luminance of a linear RGB colour.
fn luminance(c: Rgb) -> f64 {
    0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// `ink` (with alpha) painted over `base`, composited in sRGB space as browsers do.
fn over(ink: (Rgb, f64), base: Rgb) -> Rgb {
    let enc = |c: f64| {
        if c <= 0.0031308 {
            12.92 * c
        } else {
            1.055 * c.powf(1.0 / 2.4) - 0.055
        }
    };
    let (c, a) = ink;
    let mut out = [0.0; 3];
    for i in 0..3 {
        out[i] = decode(enc(c[i]) * a + enc(base[i]) * (1.0 - a));
    }
    out
}

// ---------------------------------------------------------------------------------------
// The stylesheet.

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i + 2..].split_once("*/").map_or("", |(_, r)| r);
    }
    out.push_str(rest);
    out
}

/// The declarations block that follows `selector {` (first occurrence).
fn block<'a>(css: &'a str, selector: &str) -> &'a str {
    let start = css
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("style.css has no `{selector} {{` block"));
    let body = &css[start + selector.len() + 2..];
    &body[..body.find('}').expect("unclosed block")]
}

/// Custom properties of a block: `--name` to value.
fn props(block: &str) -> BTreeMap<String, String> {
    block
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| k.starts_with("--"))
        .collect()
}

struct Theme {
    name: &'static str,
    vars: BTreeMap<String, String>,
    /// Lightness grows with restrictiveness (dark theme) or shrinks (light theme).
    brighter_is_stricter: bool,
}

impl Theme {
    fn raw(&self, name: &str) -> &str {
        self.vars
            .get(name)
            .unwrap_or_else(|| panic!("{} theme: {name} is not set", self.name))
    }
    fn color(&self, name: &str) -> Rgb {
        let v = self.raw(name);
        hex(v).unwrap_or_else(|| panic!("{} theme: {name} is {v:?}, expected #rrggbb", self.name))
    }
    fn status(&self, code: &str) -> Rgb {
        self.color(&format!("--s-{code}"))
    }
}

fn themes() -> [Theme; 2] {
    let css = strip_comments(CSS);
    let light = props(block(&css, ":host"));
    let mut dark = light.clone();
    dark.extend(props(block(&css, ":host([theme=dark])")));
    [
        Theme {
            name: "light",
            vars: light,
            brighter_is_stricter: false,
        },
        Theme {
            name: "dark",
            vars: dark,
            brighter_is_stricter: true,
        },
    ]
}

fn all_codes() -> impl Iterator<Item = &'static str> {
    EXPORT.iter().chain(IMPORT.iter()).copied()
}

// ---------------------------------------------------------------------------------------
// Tests.

#[test]
fn colour_maths_matches_published_values() {
    // Sharma, Wu & Dalal (2005), Table 1, pairs 1, 7, 13, 17, 25 and 34.
    let cases: [(Lab, Lab, f64); 6] = [
        ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
        ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
        ([50.0, 2.49, -0.001], [50.0, -2.49, 0.0011], 7.2195),
        ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
        (
            [60.2574, -34.0099, 36.2677],
            [60.4626, -34.1751, 39.4387],
            1.2644,
        ),
        ([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082),
    ];
    for (a, b, want) in cases {
        let got = ciede2000(a, b);
        assert!(
            (got - want).abs() < 1e-4,
            "CIEDE2000 {a:?} {b:?}: {got} != {want}"
        );
        assert!(
            (ciede2000(b, a) - want).abs() < 1e-4,
            "CIEDE2000 is symmetric"
        );
    }
    // White is L* 100; WCAG: #767676 is the lightest grey with 4.5:1 on white.
    let white = hex("#ffffff").unwrap();
    assert!((lab(white)[0] - 100.0).abs() < 1e-3);
    assert!(contrast(hex("#767676").unwrap(), white) >= 4.5);
    assert!(contrast(hex("#777777").unwrap(), white) < 4.5);
    // Machado's matrices keep greys grey (each row sums to 1).
    for v in VISIONS {
        let g = simulate([0.5; 3], v);
        assert!(
            g.iter().all(|c| (c - 0.5).abs() < 1e-3),
            "{v:?} changes grey: {g:?}"
        );
    }
}

#[test]
fn both_themes_define_every_status_and_the_dark_blocks_agree() {
    let css = strip_comments(CSS);
    let forced = props(block(&css, ":host([theme=dark])"));
    let media_start = css
        .find("@media (prefers-color-scheme: dark)")
        .expect("style.css follows prefers-color-scheme");
    let media = props(block(&css[media_start..], ":host([theme=auto])"));
    assert_eq!(
        forced, media,
        "the theme=dark block and the prefers-color-scheme: dark block must set the same values"
    );
    for t in themes() {
        for code in all_codes().chain(["none"]) {
            t.status(code);
            rgba(t.raw(&format!("--k-{code}")))
                .unwrap_or_else(|| panic!("{} theme: --k-{code} is not a colour", t.name));
        }
        for v in [
            "--h200-fg",
            "--h200-bg",
            "--h200-muted",
            "--h200-accent",
            "--h200-ring",
            "--h200-ocean",
        ] {
            t.color(v);
        }
        assert!(
            t.vars.contains_key("--h200-font"),
            "--h200-font is a documented property"
        );
    }
}

#[test]
fn statuses_are_ordered_away_from_the_background() {
    for t in themes() {
        for axis in [&EXPORT[..], &IMPORT[..]] {
            let l: Vec<f64> = axis.iter().map(|c| lab(t.status(c))[0]).collect();
            for (i, w) in l.windows(2).enumerate() {
                let step = if t.brighter_is_stricter {
                    w[1] - w[0]
                } else {
                    w[0] - w[1]
                };
                assert!(
                    step >= 4.0,
                    "{} theme: {} (L* {:.1}) -> {} (L* {:.1}) is not a clear step {}",
                    t.name,
                    axis[i],
                    w[0],
                    axis[i + 1],
                    w[1],
                    if t.brighter_is_stricter {
                        "lighter"
                    } else {
                        "darker"
                    }
                );
            }
        }
    }
}

#[test]
fn statuses_stay_distinct_under_colour_vision_deficiencies() {
    let mut failures = Vec::new();
    println!("minimum CIEDE2000 (pair of statuses / status vs no data), threshold {MIN_DE}:");
    for t in themes() {
        let none = t.status("none");
        for v in VISIONS {
            let mut min_pair = (f64::MAX, "", "");
            let mut min_none = (f64::MAX, "");
            for (axis_name, axis) in [("export", &EXPORT[..]), ("import", &IMPORT[..])] {
                let see = |c: &str| lab(simulate(t.status(c), v));
                for (i, a) in axis.iter().enumerate() {
                    for b in &axis[i + 1..] {
                        let d = ciede2000(see(a), see(b));
                        if d < min_pair.0 {
                            min_pair = (d, a, b);
                        }
                        if d < MIN_DE {
                            failures
                                .push(format!("{} {v:?} {axis_name}: {a} vs {b}: {d:.1}", t.name));
                        }
                    }
                    let d = ciede2000(see(a), lab(simulate(none, v)));
                    if d < min_none.0 {
                        min_none = (d, a);
                    }
                    if d < MIN_DE {
                        failures.push(format!("{} {v:?}: {a} vs no data: {d:.1}", t.name));
                    }
                }
            }
            println!(
                "  {:5} {:12} {:5.1} ({} / {})   {:5.1} ({} / none)",
                t.name,
                format!("{v:?}"),
                min_pair.0,
                min_pair.1,
                min_pair.2,
                min_none.0,
                min_none.1
            );
        }
    }
    assert!(
        failures.is_empty(),
        "colours too close (CIEDE2000 < {MIN_DE}):\n{}",
        failures.join("\n")
    );
}

#[test]
fn focus_ring_and_selection_have_3_to_1_against_every_fill() {
    for t in themes() {
        let ring = t.color("--h200-ring");
        let mut min = (f64::MAX, String::new());
        for name in all_codes()
            .chain(["none", "unchanged"])
            .map(|c| format!("--s-{c}"))
            .chain(["--h200-ocean".to_string(), "--h200-bg".to_string()])
        {
            let c = contrast(ring, t.color(&name));
            assert!(
                c >= 3.0,
                "{} theme: --h200-ring vs {name}: {c:.2}:1 < 3:1",
                t.name
            );
            if c < min.0 {
                min = (c, name);
            }
        }
        println!(
            "{} theme: --h200-ring minimum contrast {:.2}:1 ({})",
            t.name, min.0, min.1
        );
        let accent = contrast(t.color("--h200-accent"), t.color("--h200-bg"));
        assert!(
            accent >= 3.0,
            "{} theme: focus outline (--h200-accent) vs --h200-bg: {accent:.2}:1",
            t.name
        );
    }
}

#[test]
fn text_has_4_5_to_1() {
    let pairs = [
        ("--h200-fg", "--h200-bg"), // body text; the pressed view button inverts it
        ("--h200-muted", "--h200-bg"), // hints, counts, dates, footer
        ("--h200-accent", "--h200-bg"), // links
        ("--h200-warn-fg", "--h200-warn-bg"), // "reported" badge
        ("--h200-alert-fg", "--h200-alert-bg"), // "unconfirmed" badge
        ("--h200-fg", "--h200-error-bg"), // error box
    ];
    for t in themes() {
        for (fg, bg) in pairs {
            let c = contrast(t.color(fg), t.color(bg));
            println!("{} theme: {fg} on {bg}: {c:.2}:1", t.name);
            assert!(c >= 4.5, "{} theme: {fg} on {bg}: {c:.2}:1 < 4.5:1", t.name);
        }
    }
}

#[test]
fn textures_are_visible_on_their_colour() {
    // Not a WCAG criterion: the texture is a second cue, it must show. Ink over the status
    // colour against the status colour alone, in luminance contrast.
    for t in themes() {
        for code in all_codes().chain(["none"]) {
            let ink = rgba(t.raw(&format!("--k-{code}"))).unwrap();
            if ink.1 == 0.0 {
                continue; // level 0: plain on purpose
            }
            let base = t.status(code);
            let c = contrast(over(ink, base), base);
            assert!(
                c >= 1.4,
                "{} theme: the texture of {code} barely shows ({c:.2}:1)",
                t.name
            );
        }
    }
}

#[test]
fn map_shapes_and_swatches_use_the_patterns() {
    let css = strip_comments(CSS);
    for code in all_codes().chain(["none"]) {
        assert!(
            css.contains(&format!(
                "svg.map .c.s-{code} {{ fill: url(#p-{code}) var(--s); }}"
            )),
            "map shapes of {code} are filled with the pattern #p-{code}"
        );
        assert!(
            css.contains(&format!(
                ".s-{code} {{ --s: var(--s-{code}); --k: var(--k-{code}); }}"
            )),
            "class .s-{code} binds its colour and ink"
        );
        let plain = ["no_license_required", "no_restriction_known"].contains(&code);
        assert_eq!(
            css.contains(&format!(".sw.s-{code}")),
            !plain,
            "legend swatch of {code}: texture {}",
            if plain { "none (level 0)" } else { "expected" }
        );
    }
}
