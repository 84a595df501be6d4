//! Keying Natural Earth features by ISO 3166-1 alpha-2.
//!
//! The numeric → alpha-2 table comes from a maintained source, the `codes.json` of the
//! `i18n-iso-countries` npm package (rows `[alpha2, alpha3, numeric, iso3166-2]`); it is
//! never typed by hand. Features without an ISO numeric id follow [`NO_CODE_RULES`],
//! matched on Natural Earth's `properties.name`.

use std::collections::BTreeMap;

/// What happens to one source feature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Output under this alpha-2 key. `direct` is true when the key came from the
    /// feature's own ISO numeric id (its name then names the entry).
    Key {
        /// ISO 3166-1 alpha-2 (or user-assigned `XK`).
        iso: String,
        /// True when keyed by the feature's own ISO numeric id.
        direct: bool,
        /// Why, for a feature keyed by a rule (printed as a warning).
        note: Option<String>,
    },
    /// Left out of the asset, with the reason (printed as a warning).
    Drop(String),
}

/// Features without an ISO 3166-1 numeric id in Natural Earth 4.1.0, by
/// `properties.name`: the key they get and why. Several source features with one key
/// are merged into one entry (their shared borders dissolved).
pub const NO_CODE_RULES: &[(&str, &str, &str)] = &[
    (
        "Kosovo",
        "XK",
        "no ISO 3166-1 code: keyed XK, the user-assigned code used by the EU and the IMF",
    ),
    (
        "Somaliland",
        "SO",
        "merged into Somalia (SO): the US, and so the EAR, recognises only Somalia's sovereignty",
    ),
    (
        "N. Cyprus",
        "CY",
        "merged into Cyprus (CY): the US, and so the EAR, recognises only the Republic of Cyprus",
    ),
    (
        "Indian Ocean Ter.",
        "AU",
        "Christmas and Cocos (Keeling) Islands, Australian external territories: merged into Australia (AU)",
    ),
    (
        "Siachen Glacier",
        "IN",
        "disputed by India and Pakistan, no sovereign recognised by the US: merged into India (IN), \
         which administers it (rule: a no-code area without a US-recognised sovereign goes to the \
         state administering it, Natural Earth's de facto view)",
    ),
];

/// Alpha-2 codes left out of the asset, and why.
pub const DROPPED: &[(&str, &str)] = &[(
    "AQ",
    "Antarctica dropped: no sovereign and no legal status for exports (Antarctic Treaty), and it \
     would cost bytes and a wide band of map",
)];

/// ISO 3166-1 numeric (three digits, as a string) → alpha-2.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IsoCodes {
    numeric_to_alpha2: BTreeMap<String, String>,
}

impl IsoCodes {
    /// Parses `i18n-iso-countries`' `codes.json`: a JSON array of rows whose first three
    /// items are alpha-2, alpha-3 and numeric (`["AF", "AFG", "004", ...]`).
    ///
    /// # Errors
    /// A message when the text is not such an array, a row is too short, an alpha-2 is
    /// not two uppercase letters, a numeric is not three digits, a numeric repeats, or
    /// the table is implausibly small (fewer than 200 rows).
    pub fn parse(json: &str) -> Result<IsoCodes, String> {
        let rows: Vec<Vec<String>> = serde_json::from_str(json)
            .map_err(|e| format!("expected a JSON array of string rows: {e}"))?;
        let mut numeric_to_alpha2 = BTreeMap::new();
        for (i, row) in rows.iter().enumerate() {
            let (Some(a2), Some(num)) = (row.first(), row.get(2)) else {
                return Err(format!("row {i} has fewer than 3 items"));
            };
            if a2.len() != 2 || !a2.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!(
                    "row {i}: alpha-2 {a2:?} is not two uppercase letters"
                ));
            }
            if num.len() != 3 || !num.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("row {i}: numeric {num:?} is not three digits"));
            }
            if numeric_to_alpha2.insert(num.clone(), a2.clone()).is_some() {
                return Err(format!("row {i}: numeric {num} appears twice"));
            }
        }
        if numeric_to_alpha2.len() < 200 {
            return Err(format!(
                "only {} codes: not the ISO 3166-1 table",
                numeric_to_alpha2.len()
            ));
        }
        Ok(IsoCodes { numeric_to_alpha2 })
    }

    /// The alpha-2 code for an ISO numeric id (`"036"`, or `"36"`, zero-padded here).
    pub fn alpha2(&self, numeric: &str) -> Option<&str> {
        let padded = format!("{numeric:0>3}");
        self.numeric_to_alpha2.get(&padded).map(String::as_str)
    }
}

/// Decides the key of one feature from its TopoJSON `id` (ISO numeric, if any) and its
/// Natural Earth `name`.
pub fn decide(codes: &IsoCodes, id: Option<&str>, name: &str) -> Decision {
    let direct = id.and_then(|id| codes.alpha2(id));
    if let Some(iso) = direct {
        if let Some((_, why)) = DROPPED.iter().find(|(code, _)| *code == iso) {
            return Decision::Drop(format!("{name} ({iso}): {why}"));
        }
        return Decision::Key {
            iso: iso.to_string(),
            direct: true,
            note: None,
        };
    }
    if let Some((_, iso, why)) = NO_CODE_RULES.iter().find(|(n, _, _)| *n == name) {
        return Decision::Key {
            iso: (*iso).to_string(),
            direct: *iso == "XK",
            note: Some(format!("{name}: {why}")),
        };
    }
    Decision::Drop(match id {
        Some(id) => format!(
            "{name}: id {id:?} is not an ISO 3166-1 numeric code and no rule names it: dropped"
        ),
        None => format!("{name}: no id and no rule names it: dropped"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> IsoCodes {
        let mut rows: Vec<String> = (0..200)
            .map(|i| {
                format!(
                    "[\"Q{}\", \"QQQ\", \"{:03}\"]",
                    (b'A' + (i % 26) as u8) as char,
                    500 + i
                )
            })
            .collect();
        rows.push("[\"AU\", \"AUS\", \"036\", \"ISO 3166-2:AU\"]".into());
        rows.push("[\"AQ\", \"ATA\", \"010\", \"ISO 3166-2:AQ\"]".into());
        rows.push("[\"SO\", \"SOM\", \"706\", \"ISO 3166-2:SO\"]".into());
        IsoCodes::parse(&format!("[{}]", rows.join(","))).unwrap()
    }

    #[test]
    fn keys_by_numeric_and_rules() {
        let c = codes();
        assert_eq!(c.alpha2("036"), Some("AU"));
        assert_eq!(c.alpha2("36"), Some("AU"));
        assert!(
            matches!(decide(&c, Some("036"), "Australia"), Decision::Key { ref iso, direct: true, note: None } if iso == "AU")
        );
        assert!(matches!(
            decide(&c, Some("010"), "Antarctica"),
            Decision::Drop(_)
        ));
        assert!(
            matches!(decide(&c, None, "Kosovo"), Decision::Key { ref iso, direct: true, note: Some(_) } if iso == "XK")
        );
        assert!(
            matches!(decide(&c, None, "Somaliland"), Decision::Key { ref iso, direct: false, .. } if iso == "SO")
        );
        assert!(matches!(decide(&c, None, "Atlantis"), Decision::Drop(_)));
        assert!(matches!(
            decide(&c, Some("999"), "Atlantis"),
            Decision::Drop(_)
        ));
    }

    #[test]
    fn rejects_bad_tables() {
        assert!(IsoCodes::parse("{}").is_err());
        assert!(IsoCodes::parse("[[\"A\", \"AAA\", \"001\"]]").is_err());
        assert!(IsoCodes::parse("[[\"AA\", \"AAA\"]]").is_err());
        assert!(
            IsoCodes::parse("[[\"AA\", \"AAA\", \"001\"]]").is_err(),
            "too small"
        );
    }
}
