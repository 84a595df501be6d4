//! The map's fill patterns: one SVG `<pattern id="p-CODE">` per status, plus `p-none` for
//! "no data", so that colour is never the only cue (WCAG 1.4.1).
//!
//! The two axes share five levels (an import status has the colour and texture of the
//! export status of the same level), so a swatch means the same on both. Each pattern is
//! the status colour (`.pb`, `fill: var(--s-CODE)` through the `.s-CODE`
//! class in `style.css`) under a texture that grows with restrictiveness:
//!
//! | level | export | import | texture |
//! |---|---|---|---|
//! | 0 | `no_license_required` | `no_restriction_known` | none (plain) |
//! | 1 | `license_required` | `permit_required` | dots |
//! | 2 | `case_by_case` | `restricted` | diagonal lines `/` |
//! | 3 | `presumption_of_denial` | | cross-hatch `x` |
//! | 4 | `embargoed` | `blocked` | dense, heavier cross-hatch |
//! | - | no data, `not_applicable` | no data, `not_researched` | thin diagonal lines `\` on neutral grey |
//!
//! Sizes are SVG user units of the 10 000-unit-wide map (`patternUnits="userSpaceOnUse"`):
//! a 110-unit tile is about 4 px on a 360 px phone and 12 px at 1100 px. Colours and ink
//! (`.pk`, `fill: var(--k-CODE)`) come from `style.css`, so themes restyle the patterns
//! without re-rendering. Element ids are scoped to the widget's shadow root, so several
//! maps on one page do not clash. The legend swatches draw the same textures with CSS
//! gradients (`.sw.s-CODE` in `style.css`).

use yew::prelude::*;

use crate::core::model::Status;

/// A status texture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texture {
    /// No texture: the least restrictive status.
    Plain,
    /// A diamond lattice of dots.
    Dots,
    /// Parallel lines, `/`.
    Lines,
    /// Two sets of lines, `x`.
    Cross,
    /// A tighter, heavier `x`.
    DenseCross,
    /// Thin `\` lines: no data.
    BackLines,
}

/// The texture of a status, by its level (see the module table).
pub fn texture(status: Status) -> Texture {
    match status {
        Status::NoLicenseRequired | Status::NoRestrictionKnown => Texture::Plain,
        Status::LicenseRequired | Status::PermitRequired => Texture::Dots,
        Status::CaseByCase | Status::Restricted => Texture::Lines,
        Status::PresumptionOfDenial => Texture::Cross,
        Status::Embargoed | Status::Blocked => Texture::DenseCross,
        Status::NotApplicable | Status::NotResearched => Texture::BackLines,
    }
}

/// Tile side, in map user units.
const TILE: u32 = 110;
/// Tile side of the dense cross-hatch.
const DENSE_TILE: u32 = 76;

fn pattern(code: &str, tex: Texture) -> Html {
    let tile = if tex == Texture::DenseCross {
        DENSE_TILE
    } else {
        TILE
    };
    let t = tile.to_string();
    let half = (tile / 2).to_string();
    // Lines are rects (one fill rule for all ink), vertical or horizontal in the tile; the
    // whole tile is rotated by 45 degrees (`/`), or by -45 (`\`).
    let vline = |w: u32| {
        html! { <rect class="pk" x={((tile - w) / 2).to_string()} y="0" width={w.to_string()} height={t.clone()} /> }
    };
    let hline = |w: u32| {
        html! { <rect class="pk" x="0" y={((tile - w) / 2).to_string()} width={t.clone()} height={w.to_string()} /> }
    };
    let ink = match tex {
        Texture::Plain => html! {},
        Texture::Dots => html! { <circle class="pk" cx={half.clone()} cy={half} r="21" /> },
        Texture::Lines => vline(26),
        Texture::Cross => html! { <>{ vline(20) }{ hline(20) }</> },
        Texture::DenseCross => html! { <>{ vline(22) }{ hline(22) }</> },
        Texture::BackLines => vline(14),
    };
    let rotate = match tex {
        Texture::Plain => None,
        Texture::BackLines => Some("rotate(-45)"),
        _ => Some("rotate(45)"),
    };
    html! {
        <pattern id={format!("p-{code}")} class={classes!("pt", format!("s-{code}"))}
            patternUnits="userSpaceOnUse" width={t.clone()} height={t.clone()} patternTransform={rotate}>
            <rect class="pb" width={t.clone()} height={t} />
            { ink }
        </pattern>
    }
}

/// `<defs>` with the fill pattern of every status and of "no data". Render it once inside
/// the map's `<svg>`; `style.css` fills `.c.s-CODE` with `url(#p-CODE)`.
#[function_component(Patterns)]
pub fn patterns() -> Html {
    let statuses = Status::EXPORT_ALL.iter().chain(Status::IMPORT_ALL.iter());
    html! {
        <defs class="patterns" aria-hidden="true">
            { for statuses.map(|s| pattern(s.code(), texture(*s))) }
            { pattern("none", Texture::BackLines) }
        </defs>
    }
}
