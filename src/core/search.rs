//! Country search for the reader's combobox: by French or English name, common aliases
//! and ISO code, accent-, case- and punctuation-insensitive; and the alphabetical order of
//! the map's keyboard navigation, in the UI language's collation.
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
        "NL" => &["holland", "hollande", "the netherlands"],
        _ => &[],
    }
}

/// A searchable entity: its ISO code and its folded names (names in every UI language,
/// plus [`aliases`], plus the [`canonical`] form of names with a "saint"). `Eq`, so that
/// comparing two `Rc<Vec<Entry>>` (Yew compares props on every render) first compares
/// pointers instead of every name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// Folded names; the first is the display name's folded form.
    pub names: Vec<String>,
    /// How many of `names`, from the first, are full names a reader may type exactly
    /// ([`exact_index`]): the caller's names and the aliases, not the names added by
    /// [`Entry::with_other_names`] (the map's own short labels: Natural Earth's "Congo" is
    /// either Congo to a reader).
    pub exact: usize,
}

impl Entry {
    /// The entry of `iso` with `folded` names (folded by the caller, display name first),
    /// its [`aliases`] (folded here) and the [`canonical`] form of each name that differs,
    /// without duplicates.
    pub fn new(iso: &str, folded: Vec<String>) -> Entry {
        let mut e = Entry {
            iso: iso.to_string(),
            names: Vec::new(),
            exact: 0,
        };
        e.add(
            folded
                .into_iter()
                .chain(aliases(iso).iter().map(|a| fold_ascii(a))),
        );
        e.exact = e.names.len();
        e
    }

    /// The entry with more `folded` names that search finds but that Enter never takes as
    /// an exact full name (see [`Entry::exact`]).
    pub fn with_other_names(mut self, folded: Vec<String>) -> Entry {
        self.add(folded);
        self
    }

    /// Adds each name and its [`canonical`] form, without duplicates.
    fn add(&mut self, folded: impl IntoIterator<Item = String>) {
        for name in folded {
            let canon = canonical(&name);
            for n in [name, canon] {
                if !n.is_empty() && !self.names.contains(&n) {
                    self.names.push(n);
                }
            }
        }
    }
}

/// Unicode punctuation that readers' keyboards and CLDR names use, beyond ASCII's:
/// typographic apostrophes and quotes, dashes, the middle dot, the ellipsis, and no-break
/// spaces. (A fixed list rather than Unicode's tables: they would weigh on the wasm.)
const UNICODE_PUNCTUATION: &[char] = &[
    '\u{2018}', '\u{2019}', '\u{201B}', '\u{2032}', '\u{00B4}', '\u{02BC}', '\u{00AB}', '\u{00BB}',
    '\u{201C}', '\u{201D}', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{00B7}',
    '\u{2026}', '\u{00A0}', '\u{202F}', '\u{2009}',
];

/// The last step of search folding, after the browser's lower-casing and Unicode
/// decomposition (`ui::intl::fold`), or alone natively: ASCII lower case; ASCII
/// punctuation, whitespace and [`UNICODE_PUNCTUATION`] (apostrophes straight or
/// typographic, hyphens, dots, commas, brackets, "&") become a space; "œ" and "æ" are
/// spelt out; spaces are trimmed and collapsed. So "côte d’ivoire" (once decomposed),
/// "cote-d'ivoire" and "cote d ivoire" all give "cote d ivoire", and "St. Lucia" gives
/// "st lucia". Other characters are kept as letters.
pub fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |c: char| {
        if c != ' ' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    };
    for c in s.chars() {
        match c {
            'œ' | 'Œ' => "oe".chars().for_each(&mut push),
            'æ' | 'Æ' => "ae".chars().for_each(&mut push),
            c if c.is_ascii_alphanumeric() => push(c.to_ascii_lowercase()),
            c if c.is_ascii() || UNICODE_PUNCTUATION.contains(&c) => push(' '),
            c => push(c),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Words that mean "saint" in country names ("Saint Lucia", "St. Lucia", "Sainte-Lucie",
/// "St Kitts"), all written [`SAINT`] in the [`canonical`] form.
const SAINT_WORDS: [&str; 4] = ["saint", "sainte", "st", "ste"];
/// How [`canonical`] writes every word of [`SAINT_WORDS`].
const SAINT: &str = "st";

/// A folded name or query with every "saint" word written the same way, so that "saint
/// lucia", "st lucia" and "sainte lucie" meet ("saint lucie" finds "Sainte-Lucie").
pub fn canonical(folded: &str) -> String {
    folded
        .split(' ')
        .map(|w| if SAINT_WORDS.contains(&w) { SAINT } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How well `name` matches the folded query `q`: 0 exact, 1 the name starts with it, 2 a
/// word of the name starts with it, 3 it is anywhere in the name; `None`: no match.
fn rank(name: &str, q: &str) -> Option<u8> {
    if name == q {
        Some(0)
    } else if name.starts_with(q) {
        Some(1)
    } else if name.split(' ').any(|w| w.starts_with(q)) {
        Some(2)
    } else if name.contains(q) {
        Some(3)
    } else {
        None
    }
}

/// Ranks entries for a folded query; best first, at most `limit`.
///
/// Order: ISO code or exact name; name starting with the query; a word of a name starting
/// with the query; the query anywhere in a name. The query also matches in its
/// [`canonical`] form. Ties keep the order of `entries`: the caller sorts them
/// alphabetically in the UI language, so equal matches are listed alphabetically.
pub fn search<'a>(entries: &'a [Entry], query: &str, limit: usize) -> Vec<&'a Entry> {
    let q = fold_ascii(query);
    if q.is_empty() {
        return Vec::new();
    }
    let cq = canonical(&q);
    let mut hits: Vec<(u8, &Entry)> = entries
        .iter()
        .filter_map(|e| {
            let code = e.iso.eq_ignore_ascii_case(&q).then_some(0u8);
            let best = e
                .names
                .iter()
                .filter_map(|n| rank(n, &q).into_iter().chain(rank(n, &cq)).min())
                .min();
            code.into_iter().chain(best).min().map(|r| (r, e))
        })
        .collect();
    hits.sort_by_key(|(r, _)| *r);
    hits.into_iter().take(limit).map(|(_, e)| e).collect()
}

/// The one suggestion among `results` ([`search`]'s, in order) that the folded query names
/// exactly: its ISO code, one of its full names or aliases ([`Entry::exact`]), or their
/// [`canonical`] form
/// ("Etats-Unis" is the United States, not also the "Îles Vierges des États-Unis" it is a
/// word of; "UK" the United Kingdom). `None` when none does, or several do.
pub fn exact_index(results: &[&Entry], query: &str) -> Option<usize> {
    let q = fold_ascii(query);
    let cq = canonical(&q);
    let mut exact = results.iter().enumerate().filter(|(_, e)| {
        e.iso.eq_ignore_ascii_case(&q) || e.names[..e.exact].iter().any(|n| *n == q || *n == cq)
    });
    match (exact.next(), exact.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// What Enter in the search box picks among `matches` suggestions: the highlighted one
/// (`active`, chosen with the arrow keys), else the only match, else the one the query
/// names exactly (`exact`, from [`exact_index`]: "Sudan" is Sudan, not also South Sudan).
/// With several matches, none highlighted and none exact ("Korea", "Congo"), nothing: the
/// list stays open for the reader to choose, never a guess.
pub fn enter_pick(matches: usize, active: Option<usize>, exact: Option<usize>) -> Option<usize> {
    match active {
        Some(i) if i < matches => Some(i),
        _ if matches == 1 => Some(0),
        _ => exact.filter(|i| *i < matches),
    }
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

/// Names for alphabetical navigation: `(iso, folded name)`, in the order of `order` on the
/// display names (in the browser, `Intl.Collator` of the UI language: "Égypte" between
/// "Équateur" and "Espagne", not after "Zimbabwe"), then by code. `fold` is the caller's
/// folding (in the browser, Unicode decomposition first).
pub fn alphabetical(
    names: &std::collections::HashMap<String, String>,
    fold: impl Fn(&str) -> String,
    order: &dyn Fn(&str, &str) -> std::cmp::Ordering,
) -> Vec<(String, String)> {
    let mut v: Vec<(&String, &String)> = names.iter().collect();
    v.sort_by(|a, b| order(a.1, b.1).then_with(|| a.0.cmp(b.0)));
    v.into_iter()
        .map(|(iso, name)| (iso.clone(), fold(name)))
        .collect()
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
    use std::cmp::Ordering;
    use std::collections::HashMap;

    /// What the browser's fold does before [`fold_ascii`] (NFD, combining marks removed),
    /// for the accented letters of these tests.
    fn strip_accents(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                'É' | 'È' => 'E',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'Î' => 'I',
                'î' | 'ï' => 'i',
                'ô' => 'o',
                'ç' => 'c',
                c => c,
            })
            .collect()
    }

    fn fold(s: &str) -> String {
        fold_ascii(&strip_accents(s))
    }

    /// A stand-in for `Intl.Collator("fr")`: accents and case ignored at first, as the
    /// browser's French collation does.
    fn french(a: &str, b: &str) -> Ordering {
        fold(a).cmp(&fold(b)).then_with(|| a.cmp(b))
    }

    fn entries() -> Vec<Entry> {
        let mk =
            |iso: &str, names: &[&str]| Entry::new(iso, names.iter().map(|s| fold(s)).collect());
        vec![
            mk("CN", &["China", "Chine"]),
            mk("CI", &["Côte d’Ivoire", "Côte d’Ivoire"]),
            mk("FR", &["France", "France"]),
            mk(
                "HK",
                &["Hong Kong SAR China", "R.A.S. chinoise de Hong Kong"],
            ),
            mk("KP", &["North Korea", "Corée du Nord"]),
            mk("KR", &["South Korea", "Corée du Sud"]),
            mk("LC", &["St. Lucia", "Sainte-Lucie"]),
            mk("MA", &["Morocco", "Maroc"]),
            mk("MO", &["Macao SAR China", "R.A.S. chinoise de Macao"]),
            mk("MM", &["Myanmar (Burma)", "Myanmar (Birmanie)"]),
            mk("SD", &["Sudan", "Soudan"]),
            mk("SS", &["South Sudan", "Soudan du Sud"]),
            mk("TR", &["Türkiye", "Turquie"]),
        ]
    }

    fn codes(q: &str) -> Vec<String> {
        let e = entries();
        search(&e, &fold(q), 5)
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
    fn punctuation_accents_and_apostrophes_do_not_matter() {
        for q in [
            "cote d ivoire",
            "cote-d'ivoire",
            "Côte d’Ivoire",
            "COTE D`IVOIRE",
            "  côte   d'ivoire ",
            "ivory coast",
        ] {
            assert_eq!(codes(q), ["CI"], "{q:?}");
        }
        assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(fold_ascii("St. Kitts & Nevis"), "st kitts nevis");
        assert_eq!(fold_ascii("Bœuf"), "boeuf");
        assert_eq!(fold_ascii("...").len(), 0);
    }

    #[test]
    fn saint_is_saint_however_it_is_written() {
        for q in [
            "st lucia",
            "saint lucia",
            "saint-lucie",
            "sainte lucie",
            "St. Lucia",
        ] {
            assert_eq!(codes(q), ["LC"], "{q:?}");
        }
        assert_eq!(codes("sain"), ["LC"], "typing \"saint\" letter by letter");
        assert_eq!(canonical("sainte lucie"), "st lucie");
        assert_eq!(canonical("stella"), "stella", "only whole words");
    }

    #[test]
    fn an_ambiguous_query_lists_every_match_alphabetically() {
        assert_eq!(codes("korea"), ["KP", "KR"]);
        assert_eq!(codes("coree"), ["KP", "KR"]);
        assert_eq!(codes("sudan"), ["SD", "SS"], "the exact name first");
        assert_eq!(codes("soudan"), ["SD", "SS"]);
        // Enter picks only what is certain.
        assert_eq!(enter_pick(2, None, None), None, "Korea + Enter: no guess");
        assert_eq!(
            enter_pick(2, Some(1), None),
            Some(1),
            "the highlighted match"
        );
        assert_eq!(
            enter_pick(2, Some(1), Some(0)),
            Some(1),
            "the highlight wins"
        );
        assert_eq!(enter_pick(1, None, None), Some(0), "a single match");
        assert_eq!(enter_pick(0, None, None), None);
        assert_eq!(enter_pick(1, Some(3), None), Some(0), "a stale highlight");
        assert_eq!(enter_pick(2, None, Some(5)), None, "a stale exact index");
    }

    /// The results and what Enter picks for a query, on the names the widget has.
    fn enter(entries: &[Entry], q: &str) -> (Vec<String>, Option<String>) {
        let hits = search(entries, &fold(q), 5);
        let exact = exact_index(&hits, &fold(q));
        let codes: Vec<String> = hits.iter().map(|e| e.iso.clone()).collect();
        let picked = enter_pick(codes.len(), None, exact).map(|i| codes[i].clone());
        (codes, picked)
    }

    #[test]
    fn enter_picks_an_exact_name_among_several_matches() {
        let mk =
            |iso: &str, names: &[&str]| Entry::new(iso, names.iter().map(|s| fold(s)).collect());
        // In French alphabetical order, as the widget sorts them.
        let e = vec![
            mk("US", &["États-Unis", "United States"]),
            mk(
                "VI",
                &["Îles Vierges des États-Unis", "U.S. Virgin Islands"],
            ),
            mk("NL", &["Pays-Bas", "Netherlands"]),
            mk("GB", &["Royaume-Uni", "United Kingdom"]),
            mk("SD", &["Soudan", "Sudan"]),
            mk("SS", &["Soudan du Sud", "South Sudan"]),
            mk("UA", &["Ukraine", "Ukraine"]),
        ];
        let (codes, picked) = enter(&e, "Etats-Unis");
        assert_eq!(codes, ["US", "VI"]);
        assert_eq!(
            picked.as_deref(),
            Some("US"),
            "typed without accents, still exact"
        );
        assert_eq!(enter(&e, "etats unis").1.as_deref(), Some("US"));
        assert_eq!(enter(&e, "Soudan").1.as_deref(), Some("SD"));
        assert_eq!(enter(&e, "south sudan").1.as_deref(), Some("SS"));
        assert_eq!(enter(&e, "etats").1, None, "a prefix is not exact: choose");
        let (codes, picked) = enter(&e, "UK");
        assert_eq!(codes[0], "GB", "{codes:?}");
        assert_eq!(picked.as_deref(), Some("GB"));
        assert_eq!(
            enter(&e, "Holland"),
            (vec!["NL".to_string()], Some("NL".to_string()))
        );
        assert_eq!(enter(&e, "hollande").1.as_deref(), Some("NL"));
        // The map's own short label is searchable, never an exact full name.
        let congo = vec![
            mk("CG", &["Congo-Brazzaville", "Congo - Brazzaville"])
                .with_other_names(vec![fold("Congo")]),
            mk("CD", &["Congo-Kinshasa", "Congo - Kinshasa"])
                .with_other_names(vec![fold("Dem. Rep. Congo")]),
        ];
        assert_eq!(
            enter(&congo, "Congo"),
            (vec!["CG".into(), "CD".into()], None)
        );
        assert_eq!(enter(&congo, "congo brazzaville").1.as_deref(), Some("CG"));
    }

    #[test]
    fn ties_keep_the_callers_alphabetical_order() {
        let mut e = entries();
        e.reverse();
        let r: Vec<&str> = search(&e, "korea", 5)
            .iter()
            .map(|e| e.iso.as_str())
            .collect();
        assert_eq!(
            r,
            ["KR", "KP"],
            "the order of the entries, not of the codes"
        );
    }

    #[test]
    fn alphabetical_order_follows_the_injected_collation() {
        let names: HashMap<String, String> = [
            ("ZW", "Zimbabwe"),
            ("EG", "Égypte"),
            ("AE", "Émirats arabes unis"),
            ("ES", "Espagne"),
            ("US", "États-Unis"),
            ("EC", "Équateur"),
            ("FO", "Îles Féroé"),
            ("IN", "Inde"),
            ("IS", "Islande"),
            ("AF", "Afghanistan"),
        ]
        .into_iter()
        .map(|(i, n)| (i.to_string(), n.to_string()))
        .collect();
        let order = |v: &[(String, String)]| v.iter().map(|(i, _)| i.clone()).collect::<Vec<_>>();
        let fr = alphabetical(&names, fold, &french);
        assert_eq!(
            order(&fr),
            ["AF", "EG", "AE", "EC", "ES", "US", "FO", "IN", "IS", "ZW"]
        );
        assert_eq!(fr[1].1, "egypte", "folded names for type-ahead");
        // Code-point order, what the widget did before: accented names after Zimbabwe.
        let bytes = alphabetical(&names, fold, &|a: &str, b: &str| a.cmp(b));
        assert_eq!(order(&bytes)[..3], ["AF", "ES", "IN"]);
        assert_eq!(order(&bytes).last().map(String::as_str), Some("FO"));
    }

    #[test]
    fn typing_jumps_to_the_first_name_with_the_prefix() {
        let names: HashMap<String, String> = [
            ("MO", "Macao"),
            ("MG", "Madagascar"),
            ("MA", "Maroc"),
            ("CN", "Chine"),
        ]
        .into_iter()
        .map(|(i, n)| (i.to_string(), n.to_string()))
        .collect();
        let sorted = alphabetical(&names, fold_ascii, &french);
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
