//! Colours for a standalone rendering (downloads), which cannot use the widget's CSS.

use super::paint::Paint;

/// The colours of a theme, as CSS colour strings (`#cde9fe`, `rgba(0, 0, 0, .42)`).
///
/// The widget resolves them from its custom properties at download time
/// ([`Theme::from_css`]), so a download in the dark theme is dark; [`Theme::light`] is the
/// default light theme of `src/ui/style.css` (`tests/render.rs` checks they agree).
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Page background (`--h200-bg`).
    pub background: String,
    /// Sea, behind the map (`--h200-ocean`).
    pub ocean: String,
    /// Text (`--h200-fg`); also the outline of restricted markers.
    pub text: String,
    /// Secondary text, leader lines, swatch borders (`--h200-muted`).
    pub muted: String,
    /// Borders between countries (`--h200-border`).
    pub border: String,
    /// Outline of markers of the least restrictive status (`--h200-dot-stroke`).
    pub dot_stroke: String,
    /// Fill (`--s-CODE`) and texture ink (`--k-CODE`) of every paint, in [`Paint::all`]
    /// order.
    pub paints: Vec<(Paint, String, String)>,
}

/// The light theme's fill and ink of each paint code (`src/ui/style.css`, `:host`).
const LIGHT_PAINTS: [(&str, &str, &str); 11] = [
    ("no_license_required", "#cde9fe", "transparent"),
    ("license_required", "#f0c98a", "rgba(0, 0, 0, .42)"),
    ("case_by_case", "#dd8043", "rgba(0, 0, 0, .38)"),
    (
        "presumption_of_denial",
        "#b24d4d",
        "rgba(255, 255, 255, .5)",
    ),
    ("embargoed", "#75508a", "rgba(255, 255, 255, .5)"),
    ("no_restriction_known", "#cde9fe", "transparent"),
    ("permit_required", "#f0c98a", "rgba(0, 0, 0, .42)"),
    ("restricted", "#dd8043", "rgba(0, 0, 0, .38)"),
    ("blocked", "#75508a", "rgba(255, 255, 255, .5)"),
    ("none", "#bdbdbd", "rgba(255, 255, 255, .8)"),
    ("unchanged", "#e6e6ea", "transparent"),
];

/// Fill and ink of a paint without an entry: mid grey, no texture.
const UNKNOWN_PAINT: (&str, &str) = ("#cccccc", "transparent");

impl Theme {
    /// The suffix of a paint's custom properties (`--s-SUFFIX`, `--k-SUFFIX`): its code,
    /// except that the no-data statuses (`not_applicable`, `not_researched`) take the
    /// colours of "no data" (`none`), as in `style.css`.
    pub fn variable(paint: Paint) -> &'static str {
        match paint {
            Paint::Status(s) if s.is_no_data() => Paint::NoData.code(),
            p => p.code(),
        }
    }

    /// The default light theme.
    pub fn light() -> Theme {
        Theme {
            background: "#ffffff".into(),
            ocean: "#f4f7fa".into(),
            text: "#1d1d1f".into(),
            muted: "#5b5b66".into(),
            border: "#ffffff".into(),
            dot_stroke: "rgba(0, 0, 0, .45)".into(),
            paints: Paint::all()
                .into_iter()
                .map(|p| {
                    let (fill, ink) = LIGHT_PAINTS
                        .iter()
                        .find(|(code, _, _)| *code == Theme::variable(p))
                        .map_or(UNKNOWN_PAINT, |(_, f, k)| (*f, *k));
                    (p, fill.to_string(), ink.to_string())
                })
                .collect(),
        }
    }

    /// A theme from the values of CSS custom properties: `lookup("--h200-bg")` etc.
    /// returns the resolved value, or `None` (or an empty string) to keep the light
    /// theme's value.
    pub fn from_css(lookup: impl Fn(&str) -> Option<String>) -> Theme {
        let light = Theme::light();
        let get = |name: &str, fallback: &str| {
            lookup(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| fallback.to_string())
        };
        Theme {
            background: get("--h200-bg", &light.background),
            ocean: get("--h200-ocean", &light.ocean),
            text: get("--h200-fg", &light.text),
            muted: get("--h200-muted", &light.muted),
            border: get("--h200-border", &light.border),
            dot_stroke: get("--h200-dot-stroke", &light.dot_stroke),
            paints: light
                .paints
                .iter()
                .map(|(p, fill, ink)| {
                    let fill = get(&format!("--s-{}", Theme::variable(*p)), fill);
                    let ink = get(&format!("--k-{}", Theme::variable(*p)), ink);
                    (*p, fill, ink)
                })
                .collect(),
        }
    }

    /// The fill colour of `paint`.
    pub fn fill(&self, paint: Paint) -> &str {
        self.entry(paint).map_or(UNKNOWN_PAINT.0, |(_, f, _)| f)
    }

    /// The texture ink of `paint`.
    pub fn ink(&self, paint: Paint) -> &str {
        self.entry(paint).map_or(UNKNOWN_PAINT.1, |(_, _, k)| k)
    }

    fn entry(&self, paint: Paint) -> Option<&(Paint, String, String)> {
        self.paints.iter().find(|(p, _, _)| *p == paint)
    }
}
