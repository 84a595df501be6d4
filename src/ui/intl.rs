//! Browser-only text: country names from the browser's CLDR data (`Intl.DisplayNames`)
//! and search folding with the browser's Unicode tables (`String.prototype.normalize`).
//! Everything else about languages is pure and lives in [`crate::core::i18n`].

use wasm_bindgen::prelude::*;

use crate::core::i18n::Lang;

/// Folds a string for search: Unicode decomposition by the browser (NFD), combining
/// marks removed, then [`crate::core::search::fold_ascii`].
pub fn fold(s: &str) -> String {
    let nfd: String = js_sys::JsString::from(s).normalize("NFD").into();
    let stripped: String = nfd
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect();
    crate::core::search::fold_ascii(&stripped)
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
