//! The region presets of the zoom toolbar: which countries make each region, and the part
//! of the map that frames them.
//!
//! Regions follow the UN M49 standard's geographic regions (unstats.un.org/unsd/methodology/m49),
//! with three newsroom conventions: **Asia** is M49 Asia without Western Asia, which has its
//! own preset, the **Middle East** (M49 Western Asia without the South Caucasus, plus Egypt
//! and Iran, the usual newsroom sense); **Europe** is M49 Europe with Kosovo (`XK`, not in
//! M49) and with Russia west of the Urals only; the **Americas** are two presets, **North
//! America** (M49 Northern America without Greenland, Central America and the Caribbean)
//! and **South America**, because together they fill the map's height and could not be
//! zoomed. Places on the map that M49 does not list (none) or that have no preset are only
//! in World.
//!
//! A region's extent ([`extent`]) is the bounding box, in map units, of its countries'
//! land, leaving out what would stretch it without being the region's:
//! - overseas parts: a country counts with its largest ring and the rings within
//!   [`NEAR_RING`] units of those (an archipelago is followed island by island), so French
//!   Guiana and Réunion are not in Europe's box, nor Hawaii and the Aleutians west of 180°
//!   (drawn at the map's right edge) in North America's;
//! - land poleward of [`POLAR_LAT`] (Svalbard, the Canadian Arctic islands, northern
//!   Greenland): thinly peopled, and only height on an Equal Earth map;
//! - Russia in Europe: only its land west of [`URALS`].

use super::land::{bounds_of, union, Bounds, Land};
use super::projection::Frame;
use super::view::ViewBox;

/// A country's rings within this distance (map units, box to box; about 730 km at the
/// equator) of its main ring, or of a ring already taken, belong to its main part.
pub const NEAR_RING: f64 = 200.0;
/// Land poleward of this latitude (degrees, north or south) is left out of region boxes.
pub const POLAR_LAT: f64 = 72.0;
/// Europe's eastern limit in Russia: the Urals, `[lon, lat]` in degrees (Russia's land is
/// cut at the projected x of this point).
pub const URALS: [f64; 2] = [60.0, 56.0];

/// A region preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The whole map.
    World,
    /// M49 Central, Eastern, South-eastern and Southern Asia.
    Asia,
    /// M49 Western Asia without the South Caucasus, with Egypt and Iran.
    MiddleEast,
    /// M49 Europe (with Kosovo; Russia west of the Urals).
    Europe,
    /// M49 Northern America, Central America and the Caribbean.
    NorthAmerica,
    /// M49 South America.
    SouthAmerica,
    /// M49 Africa.
    Africa,
}

/// M49 Central Asia, Eastern Asia, South-eastern Asia, Southern Asia.
const ASIA: &[&str] = &[
    "KZ", "KG", "TJ", "TM", "UZ", // Central
    "CN", "HK", "MO", "JP", "KP", "KR", "MN", "TW", // Eastern
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN", // South-eastern
    "AF", "BD", "BT", "IN", "IR", "LK", "MV", "NP", "PK", // Southern
];
/// M49 Western Asia without Armenia, Azerbaijan and Georgia; Egypt; Iran.
const MIDDLE_EAST: &[&str] = &[
    "AE", "BH", "CY", "IL", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE", "EG",
    "IR",
];
/// M49 Eastern, Northern, Southern and Western Europe, and Kosovo.
const EUROPE: &[&str] = &[
    "BY", "BG", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA", // Eastern
    "AX", "DK", "EE", "FI", "FO", "GB", "GG", "IE", "IM", "IS", "JE", "LT", "LV", "NO",
    "SE", // Northern
    "AD", "AL", "BA", "ES", "GR", "HR", "IT", "ME", "MK", "MT", "PT", "RS", "SI", "SM", "VA",
    "XK", // Southern
    "AT", "BE", "CH", "DE", "FR", "LI", "LU", "MC", "NL", // Western
];
/// M49 Northern America without Greenland (its land south of [`POLAR_LAT`] would pull the
/// frame a third into the Atlantic), Caribbean, Central America. (The Americas as one
/// preset would not zoom at all: from 72°N to Cape Horn they fill the map's height.)
const NORTH_AMERICA: &[&str] = &[
    "BM", "CA", "PM", "US", // Northern America
    "AG", "AI", "AW", "BB", "BL", "BS", "CU", "CW", "DM", "DO", "GD", "HT", "JM", "KN", "KY", "LC",
    "MF", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI", // Caribbean
    "BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV", // Central America
];
/// M49 South America.
const SOUTH_AMERICA: &[&str] = &[
    "AR", "BO", "BR", "CL", "CO", "EC", "FK", "GS", "GY", "PE", "PY", "SR", "UY", "VE",
];
/// M49 Northern, Eastern, Middle, Southern and Western Africa.
const AFRICA: &[&str] = &[
    "DZ", "EG", "EH", "LY", "MA", "SD", "TN", // Northern
    "BI", "DJ", "ER", "ET", "KE", "KM", "MG", "MU", "MW", "MZ", "RW", "SC", "SO", "SS", "TZ", "UG",
    "ZM", "ZW", // Eastern
    "AO", "CD", "CF", "CG", "CM", "GA", "GQ", "ST", "TD", // Middle
    "BW", "LS", "NA", "SZ", "ZA", // Southern
    "BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH", "SL", "SN",
    "TG", // Western
];

impl Region {
    /// All presets, in button order.
    pub const ALL: [Region; 7] = [
        Region::World,
        Region::Asia,
        Region::MiddleEast,
        Region::Europe,
        Region::Africa,
        Region::NorthAmerica,
        Region::SouthAmerica,
    ];

    /// Stable code used in markup and deep links.
    pub fn code(self) -> &'static str {
        match self {
            Region::World => "world",
            Region::Asia => "asia",
            Region::MiddleEast => "middle-east",
            Region::Europe => "europe",
            Region::NorthAmerica => "north-america",
            Region::SouthAmerica => "south-america",
            Region::Africa => "africa",
        }
    }

    /// The preset's view box on the map `full` (`width` units wide, its land in `land`):
    /// the region's [`extent`] fitted with [`ViewBox::fit`] (the map's aspect ratio, a
    /// margin, centred, kept on the map); World, or a region with no land, is `full`.
    pub fn view_box(self, full: &ViewBox, land: &Land, width: u32) -> ViewBox {
        extent(self, land, width).map_or(*full, |b| ViewBox::fit(b, full))
    }

    /// The ISO 3166-1 alpha-2 codes of the region's countries and territories (empty for
    /// World: the whole map).
    pub fn members(self) -> &'static [&'static str] {
        match self {
            Region::World => &[],
            Region::Asia => ASIA,
            Region::MiddleEast => MIDDLE_EAST,
            Region::Europe => EUROPE,
            Region::NorthAmerica => NORTH_AMERICA,
            Region::SouthAmerica => SOUTH_AMERICA,
            Region::Africa => AFRICA,
        }
    }
}

/// Twice the signed area of a ring (shoelace), in units².
fn area2(ring: &[[f64; 2]]) -> f64 {
    ring.iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a[0] * b[1] - b[0] * a[1])
        .sum()
}

/// The gap between two boxes (0 when they overlap), in map units.
fn gap(a: &Bounds, b: &Bounds) -> f64 {
    let dx = (a[0] - b[2]).max(b[0] - a[2]).max(0.0);
    let dy = (a[1] - b[3]).max(b[1] - a[3]).max(0.0);
    dx.hypot(dy)
}

/// The rings of feature `i` that make its main part: its largest ring, then every ring
/// within [`NEAR_RING`] of a ring already taken.
fn main_part(land: &Land, i: usize) -> Vec<&[[f64; 2]]> {
    let rings: Vec<&[[f64; 2]]> = land.rings(i).collect();
    let Some(largest) =
        (0..rings.len()).max_by(|a, b| area2(rings[*a]).abs().total_cmp(&area2(rings[*b]).abs()))
    else {
        return Vec::new();
    };
    let boxes: Vec<Bounds> = rings.iter().map(|r| bounds_of(r)).collect();
    let mut taken = vec![largest];
    let mut grew = true;
    while grew {
        grew = false;
        for j in 0..rings.len() {
            if !taken.contains(&j)
                && taken
                    .iter()
                    .any(|t| gap(&boxes[*t], &boxes[j]) <= NEAR_RING)
            {
                taken.push(j);
                grew = true;
            }
        }
    }
    taken.into_iter().map(|j| rings[j]).collect()
}

/// The extent of `region` on a map `width` units wide (see the module docs), as
/// `[x0, y0, x1, y1]` in map units; `None` for World or when none of its countries is on
/// the map.
pub fn extent(region: Region, land: &Land, width: u32) -> Option<Bounds> {
    let frame = Frame::new(width);
    let (north, south) = (
        frame.project([0.0, POLAR_LAT])[1],
        frame.project([0.0, -POLAR_LAT])[1],
    );
    let urals = frame.project(URALS)[0];
    let keep = |iso: &str, p: &[f64; 2]| {
        p[1] >= north && p[1] <= south && !(region == Region::Europe && iso == "RU" && p[0] > urals)
    };
    region
        .members()
        .iter()
        .filter_map(|iso| land.index(iso).map(|i| (iso, i)))
        .flat_map(|(iso, i)| {
            main_part(land, i).into_iter().map(move |ring| {
                let pts: Vec<[f64; 2]> = ring.iter().copied().filter(|p| keep(iso, p)).collect();
                bounds_of(&pts)
            })
        })
        .filter(|b| b[0] <= b[2])
        .reduce(union)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::parse;

    /// FR: a mainland, an island 100 units off it, and an overseas part 2000 units away.
    const GEO: &str = "#h200-geo 1 t\n10000 4867\n\
        FR\tFrance\t5000\t1000\t40000\t0\tM4900 900l200 0 0 200-200 0zM5200 1200l20 0 0 20-20 0zM3000 2200l50 0 0 50-50 0z\n";

    #[test]
    fn overseas_parts_are_left_out_of_a_region() {
        let g = parse(GEO).unwrap();
        let land = Land::new(&g);
        let rings = main_part(&land, 0);
        assert_eq!(
            rings.len(),
            2,
            "the mainland and the island, not the overseas part"
        );
        assert_eq!(
            extent(Region::Europe, &land, 10000),
            Some([4900.0, 900.0, 5220.0, 1220.0])
        );
        assert_eq!(
            extent(Region::Asia, &land, 10000),
            None,
            "no member on this map"
        );
        let full = ViewBox::full(10000.0, 4867.0);
        assert_eq!(Region::World.view_box(&full, &land, 10000), full);
        let v = Region::Europe.view_box(&full, &land, 10000);
        assert!(
            (v.x + v.w / 2.0 - 5060.0).abs() < 1e-6 && (v.y + v.h / 2.0 - 1060.0).abs() < 1e-6,
            "centred: {v:?}"
        );
    }
}
