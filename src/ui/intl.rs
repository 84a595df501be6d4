//! Browser-only text: country names from the browser's CLDR data (`Intl.DisplayNames`),
//! alphabetical order from its collation (`Intl.Collator`) and search folding with its
//! Unicode tables (`String.prototype.normalize`). Everything else about languages is pure
//! and lives in [`crate::core::i18n`]; the sorts that use the collation are pure and take
//! it as a comparator (`core::table::sort`, `core::search::alphabetical`).

use std::cmp::Ordering;

use wasm_bindgen::prelude::*;

use crate::core::i18n::Lang;

/// Folds a string for search: lower case and Unicode decomposition by the browser
/// (`toLowerCase`, NFD), combining marks removed, then
/// [`crate::core::search::fold_ascii`].
pub fn fold(s: &str) -> String {
    let nfd: String = js_sys::JsString::from(s)
        .to_lower_case()
        .normalize("NFD")
        .into();
    let stripped: String = nfd
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect();
    crate::core::search::fold_ascii(&stripped)
}

// Hand-written rather than `js_sys::Intl::Collator`, for the same reason as DisplayNames
// below: a constructor that fails is a `Result`, and the order falls back to the folded
// names.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = Collator)]
    type JsCollator;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "Collator", catch)]
    fn new(locales: &JsValue) -> Result<JsCollator, JsValue>;

    #[wasm_bindgen(method)]
    fn compare(this: &JsCollator, a: &str, b: &str) -> f64;
}

/// The alphabetical order of names in one language: the browser's collation
/// (`Intl.Collator(lang)`, CLDR's rules: French puts "Égypte" between "Équateur" and
/// "Espagne" and "Îles Caïmans" among the I), or, where the browser has no `Intl.Collator`,
/// the order of the [`fold`]ed names (accents and case ignored), then the names as written.
pub struct Collator {
    lang: Lang,
    collator: Option<JsCollator>,
}

impl Collator {
    /// The collation of `lang`.
    pub fn new(lang: Lang) -> Collator {
        let collator = JsCollator::new(&JsValue::from_str(lang.tag())).ok();
        Collator { lang, collator }
    }

    /// The order of two names.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.collator {
            Some(c) => c.compare(a, b).partial_cmp(&0.0).unwrap_or(Ordering::Equal),
            None => fold(a).cmp(&fold(b)).then_with(|| a.cmp(b)),
        }
    }
}

impl PartialEq for Collator {
    /// Two collators of one language order alike.
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

// Hand-written rather than `js_sys::Intl::DisplayNames`: its constructor (js-sys 0.3.107)
// is not `catch`, so a browser without the API would throw through the module; here a
// failure is a `Result` and names fall back to Natural Earth's English names.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// `Intl.DisplayNames` options: country names, no fallback to the code.
#[derive(serde::Serialize)]
struct Options {
    r#type: &'static str,
    fallback: &'static str,
}

/// Country names in one language from the browser's CLDR data, with the Natural Earth
/// English name as fallback.
pub struct CountryNames {
    names: Option<DisplayNames>,
}

impl CountryNames {
    /// Names for `lang`.
    pub fn new(lang: Lang) -> CountryNames {
        let opts = serde_wasm_bindgen::to_value(&Options {
            r#type: "region",
            fallback: "none",
        })
        .unwrap_or(JsValue::UNDEFINED);
        let names = DisplayNames::new(&JsValue::from_str(lang.tag()), &opts).ok();
        CountryNames { names }
    }

    /// The name of `iso`, or `fallback` when the browser has none.
    pub fn name(&self, iso: &str, fallback: &str) -> String {
        self.names
            .as_ref()
            .and_then(|n| n.of(iso).ok())
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty() && s != iso)
            .unwrap_or_else(|| fallback.to_string())
    }
}
