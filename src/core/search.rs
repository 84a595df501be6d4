//! Country search for the reader's combobox: by French or English name, common aliases
//! and ISO code, accent- and case-insensitive.
//!
//! Folding (lower case, accents removed) is done by the caller with the platform's Unicode
//! normalisation (the browser's `String.prototype.normalize("NFD")`); this module ranks
//! already-folded strings, so it stays pure and testable.

/// Common names readers type that CLDR's short names do not cover (journalistic usage,
/// former names, abbreviations). Keys are ISO 3166-1 alpha-2; values are folded.
pub fn aliases(iso: &str) -> &'static [&'static str] {
    match iso {
        "CN" => &[
            "prc",
            "people's republic of china",
            "republique populaire de chine",
            "chine continentale",
            "mainland china",
        ],
        "HK" => &["hong kong", "hongkong", "hk sar"],
        "MO" => &["macau", "macao", "aomen"],
        "TW" => &["taiwan", "roc", "republic of china", "formose"],
        "MM" => &["burma", "birmanie", "myanmar"],
        "TR" => &["turkey", "turkiye", "turquie"],
        "CI" => &["ivory coast", "cote d'ivoire", "cote divoire"],
        "US" => &[
            "usa",
            "united states of america",
            "america",
            "etats-unis",
            "amerique",
        ],
        "GB" => &[
            "uk",
            "britain",
            "great britain",
            "england",
            "royaume-uni",
            "angleterre",
            "grande-bretagne",
        ],
        "AE" => &["uae", "eau", "emirates", "emirats"],
        "KR" => &["south korea", "coree du sud", "republic of korea"],
        "KP" => &["north korea", "dprk", "coree du nord"],
        "RU" => &["russia", "russie"],
        "CZ" => &["czech republic", "republique tcheque"],
        "CD" => &["drc", "rdc", "dr congo", "congo-kinshasa", "zaire"],
        "CG" => &["congo-brazzaville"],
        "SZ" => &["swaziland", "eswatini"],
        "MK" => &["macedonia", "macedoine"],
        "VN" => &["vietnam", "viet nam"],
        "LA" => &["laos"],
        "IR" => &["iran", "persia"],
        "SY" => &["syria", "syrie"],
        "XK" => &["kosovo"],
        "PS" => &["palestine", "west bank", "gaza"],
        "CV" => &["cape verde", "cabo verde"],
        "TL" => &["east timor", "timor-leste"],
        "VA" => &["vatican", "holy see", "saint-siege"],
        _ => &[],
    }
}

/// A searchable entity: its ISO code and its folded names (names in every UI language,
/// plus [`aliases`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// Folded names; the first is the display name's folded form.
    pub names: Vec<String>,
}

/// ASCII-only fold used natively and as a last step after Unicode decomposition:
/// lower case, typographic apostrophes made plain, spaces trimmed and collapsed.
pub fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => c.to_ascii_lowercase(),
        };
        if c.is_whitespace() && out.ends_with(' ') {
            continue;
        }
        out.push(if c.is_whitespace() { ' ' } else { c });
    }
    out
}

/// Ranks entries for a folded query; best first, at most `limit`.
///
/// Order: ISO code or exact name; name starting with the query; a word of a name starting
/// with the query; the query anywhere in a name. Ties: shorter matching name, then code.
pub fn search<'a>(entries: &'a [Entry], query: &str, limit: usize) -> Vec<&'a Entry> {
    let q = fold_ascii(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, usize, &Entry)> = entries
        .iter()
        .filter_map(|e| {
            let code = e.iso.eq_ignore_ascii_case(&q).then_some((0u8, 0usize));
            let best = e
                .names
                .iter()
                .filter_map(|n| {
                    let rank = if *n == q {
                        0
                    } else if n.starts_with(&q) {
                        1
                    } else if n.split([' ', '-', '\'']).any(|w| w.starts_with(&q)) {
                        2
                    } else if n.contains(&q) {
                        3
                    } else {
                        return None;
                    };
                    Some((rank, n.len()))
                })
                .min();
            code.into_iter().chain(best).min().map(|(r, l)| (r, l, e))
        })
        .collect();
    hits.sort_by(|a, b| (a.0, a.1, &a.2.iso).cmp(&(b.0, b.1, &b.2.iso)));
    hits.into_iter().take(limit).map(|(_, _, e)| e).collect()
}

/// Letters typed on the map within this many milliseconds of each other form one prefix
/// ("mac" -> Macao); after a longer pause typing starts again.
pub const TYPEAHEAD_MS: f64 = 900.0;

/// The letters typed so far on the map (type-ahead, as in a listbox).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeAhead {
    typed: String,
    last_ms: f64,
}

impl TypeAhead {
    /// Adds a typed (folded) key at time `now_ms` (milliseconds, any epoch) and returns the
    /// prefix to look for: the key alone after a pause of more than [`TYPEAHEAD_MS`].
    pub fn push(&mut self, folded_key: &str, now_ms: f64) -> &str {
        if now_ms - self.last_ms > TYPEAHEAD_MS {
            self.typed.clear();
        }
        self.typed.push_str(folded_key);
        self.last_ms = now_ms;
        &self.typed
    }
}

/// Names for alphabetical navigation: `(iso, folded name)`, sorted by folded name (then
/// code). `fold` is the caller's folding (in the browser, Unicode decomposition first).
pub fn alphabetical(
    names: &std::collections::HashMap<String, String>,
    fold: impl Fn(&str) -> String,
) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = names
        .iter()
        .map(|(iso, name)| (iso.clone(), fold(name)))
        .collect();
    v.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
    v
}

/// The first entry of `sorted` (see [`alphabetical`]) whose folded name starts with
/// `prefix`.
pub fn first_with_prefix<'a>(sorted: &'a [(String, String)], prefix: &str) -> Option<&'a str> {
    sorted
        .iter()
        .find(|(_, name)| name.starts_with(prefix))
        .map(|(iso, _)| iso.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        let mk = |iso: &str, names: &[&str]| {
            let mut n: Vec<String> = names.iter().map(|s| fold_ascii(s)).collect();
            n.extend(aliases(iso).iter().map(|s| s.to_string()));
            Entry {
                iso: iso.into(),
                names: n,
            }
        };
        vec![
            mk("CN", &["china", "chine"]),
            mk("MO", &["macao sar china", "r.a.s. chinoise de macao"]),
            mk(
                "HK",
                &["hong kong sar china", "r.a.s. chinoise de hong kong"],
            ),
            mk("MM", &["myanmar (burma)", "myanmar (birmanie)"]),
            mk("TR", &["turkiye", "turquie"]),
            mk("FR", &["france", "france"]),
            mk("MA", &["morocco", "maroc"]),
        ]
    }

    fn codes(q: &str) -> Vec<String> {
        let e = entries();
        search(&e, q, 5)
            .into_iter()
            .map(|e| e.iso.clone())
            .collect()
    }

    #[test]
    fn finds_by_name_alias_and_code() {
        assert_eq!(codes("chine")[0], "CN");
        assert_eq!(codes("Chine")[0], "CN", "case-insensitive");
        assert_eq!(codes("macao")[0], "MO");
        assert_eq!(codes("macau")[0], "MO");
        assert_eq!(codes("MO")[0], "MO", "ISO code");
        assert_eq!(codes("prc")[0], "CN");
        assert_eq!(codes("burma")[0], "MM");
        assert_eq!(codes("turkey")[0], "TR");
        assert_eq!(codes("hong")[0], "HK");
    }

    #[test]
    fn typing_jumps_to_the_first_name_with_the_prefix() {
        let names: std::collections::HashMap<String, String> = [
            ("MO", "Macao"),
            ("MG", "Madagascar"),
            ("MA", "Maroc"),
            ("CN", "Chine"),
        ]
        .into_iter()
        .map(|(i, n)| (i.to_string(), n.to_string()))
        .collect();
        let sorted = alphabetical(&names, fold_ascii);
        assert_eq!(sorted[0].0, "CN");
        let mut ta = TypeAhead::default();
        let mut jump = |key: &str, at: f64| {
            let prefix = ta.push(key, at).to_string();
            first_with_prefix(&sorted, &prefix).map(str::to_string)
        };
        assert_eq!(jump("m", 1000.0).as_deref(), Some("MO"));
        assert_eq!(jump("a", 1500.0).as_deref(), Some("MO"));
        assert_eq!(jump("r", 2000.0).as_deref(), Some("MA"), "\"mar\"");
        assert_eq!(
            jump("c", 2000.0 + TYPEAHEAD_MS + 1.0).as_deref(),
            Some("CN"),
            "after a pause"
        );
        assert_eq!(jump("z", 5000.0), None);
    }

    #[test]
    fn prefix_beats_substring_and_empty_finds_nothing() {
        let r = codes("ma");
        assert_eq!(r[0], "MA", "ISO code first: {r:?}");
        assert!(r.contains(&"MO".to_string()), "word prefix: {r:?}");
        assert!(codes("   ").is_empty());
        assert!(codes("zzz").is_empty());
    }
}
