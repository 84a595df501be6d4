//! How each map entity is painted (a status, "unchanged" in compare mode, or "no data")
//! and the texture that goes with it.

use std::collections::{HashMap, HashSet};

use crate::core::model::Status;

/// What an entity is painted with. The one place for the compare-mode rule: an entity
/// whose status did not change is painted [`Paint::Unchanged`], whatever its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paint {
    /// Its status on the axis and date shown.
    Status(Status),
    /// Compare mode: the status did not change between the two dates.
    Unchanged,
    /// No status for this entity (not in the dataset).
    NoData,
}

impl Paint {
    /// The paint of `iso`: [`Paint::Unchanged`] if `unchanged` lists it, else its status
    /// in `statuses`, else [`Paint::NoData`].
    pub fn of(
        iso: &str,
        statuses: &HashMap<String, Status>,
        unchanged: Option<&HashSet<String>>,
    ) -> Paint {
        if unchanged.is_some_and(|u| u.contains(iso)) {
            return Paint::Unchanged;
        }
        statuses
            .get(iso)
            .map_or(Paint::NoData, |s| Paint::Status(*s))
    }

    /// The code used in class names (`s-CODE`), pattern ids (`p-CODE`) and CSS custom
    /// properties (`--s-CODE`, `--k-CODE`): the status code, `unchanged` or `none`.
    pub fn code(self) -> &'static str {
        match self {
            Paint::Status(s) => s.code(),
            Paint::Unchanged => "unchanged",
            Paint::NoData => "none",
        }
    }

    /// Every paint: the statuses of both axes (with their no-data statuses), then no data
    /// and unchanged.
    pub fn all() -> Vec<Paint> {
        Status::EXPORT_ALL
            .iter()
            .chain(Status::IMPORT_ALL.iter())
            .map(|s| Paint::Status(*s))
            .chain([Paint::NoData, Paint::Unchanged])
            .collect()
    }

    /// True for the least restrictive status of an axis (drawn without texture, its marker
    /// with a light outline).
    pub fn is_least_restrictive(self) -> bool {
        matches!(self, Paint::Status(s) if s.level() == Some(0))
    }
}

/// A fill texture, so that colour is never the only cue (WCAG 1.4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texture {
    /// No texture: the least restrictive status, and "unchanged".
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

/// The texture of a paint, by the status's level on its axis ([`Status::level`]). The two
/// axes share five levels: an import status has the texture of the export status of the
/// same level.
///
/// | level | export | import | texture |
/// |---|---|---|---|
/// | 0 | `no_license_required` | `no_restriction_known` | none (plain) |
/// | 1 | `license_required` | `permit_required` | dots |
/// | 2 | `case_by_case` | `restricted` | diagonal lines `/` |
/// | 3 | `presumption_of_denial` | | cross-hatch `x` |
/// | 4 | `embargoed` | `blocked` | dense, heavier cross-hatch |
/// | - | no data, `not_applicable` | no data, `not_researched` | thin diagonal lines `\` on neutral grey |
pub fn texture(paint: Paint) -> Texture {
    match paint {
        Paint::Status(s) => match s.level() {
            Some(0) => Texture::Plain,
            Some(1) => Texture::Dots,
            Some(2) => Texture::Lines,
            Some(3) => Texture::Cross,
            Some(_) => Texture::DenseCross,
            None => Texture::BackLines,
        },
        Paint::Unchanged => Texture::Plain,
        Paint::NoData => Texture::BackLines,
    }
}
