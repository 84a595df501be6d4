//! Component tests in headless Chromium (wasm-bindgen-test): mount the widget exactly as
//! the custom element does, click, and read the DOM contract.
#![cfg(target_arch = "wasm32")]

use h200_map::embed::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, MouseEvent, MouseEventInit, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// Yew renders asynchronously: wait a macrotask.
async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Waits (up to about 2 s) until `cond` holds; the caller then asserts it.
async fn settle(cond: impl Fn() -> bool) {
    for _ in 0..60 {
        if cond() {
            return;
        }
        tick().await;
    }
}

fn config(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

fn host() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn root(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root()
        .expect("mount attaches an open shadow root")
}

fn click(el: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let ev = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn every_shape_has_an_iso_code_and_a_name() {
    let h = host();
    let _m = mount(h.clone(), config(&[("lang", "en")])).unwrap();
    tick().await;
    let shapes = root(&h).query_selector_all("svg [data-iso]").unwrap();
    assert!(shapes.length() > 200, "only {} shapes", shapes.length());
    for i in 0..shapes.length() {
        let el: Element = shapes.item(i).unwrap().dyn_into().unwrap();
        let iso = el.get_attribute("data-iso").unwrap();
        assert!(
            iso.len() == 2 && iso.chars().all(|c| c.is_ascii_uppercase()),
            "bad code {iso}"
        );
        let label = el.get_attribute("aria-label").unwrap_or_default();
        assert!(
            label.contains(':') && label.len() > 4,
            "{iso} has no accessible name: {label:?}"
        );
    }
    assert!(
        root(&h)
            .query_selector("path[data-iso=TW]")
            .unwrap()
            .is_some(),
        "Taiwan is drawn"
    );
    for iso in ["HK", "MO", "SG", "BH", "MT"] {
        let el = root(&h)
            .query_selector(&format!("g[data-iso={iso}]"))
            .unwrap();
        assert!(el.is_some(), "{iso} must be a marker");
    }
}

#[wasm_bindgen_test]
async fn clicking_china_opens_its_details_and_reflects_the_attribute() {
    let h = host();
    let _m = mount(h.clone(), config(&[("lang", "en"), ("date", "2026-02-01")])).unwrap();
    tick().await;
    assert!(
        root(&h).query_selector("[role=region]").unwrap().is_none(),
        "no panel before a click"
    );
    let cn = root(&h)
        .query_selector("path[data-iso=CN]")
        .unwrap()
        .unwrap();
    click(&cn);
    tick().await;
    let panel = root(&h)
        .query_selector("[role=region]")
        .unwrap()
        .expect("panel opens");
    assert_eq!(panel.get_attribute("data-iso").as_deref(), Some("CN"));
    let t = text(&panel);
    assert!(t.contains("case-by-case"), "export status in words: {t}");
    assert!(t.contains("15 January 2026"), "effective date: {t}");
    assert!(t.contains("91 FR 1684"), "primary text cited: {t}");
    settle(|| h.get_attribute("country").is_some()).await;
    assert_eq!(h.get_attribute("country").as_deref(), Some("CN"));
    assert_eq!(h.get_attribute("view").as_deref(), Some("export"));
    let links = panel
        .query_selector_all("a[href^='https://'][target=_blank]")
        .unwrap();
    assert!(
        links.length() >= 2,
        "sources are links opening in a new tab"
    );
}

#[wasm_bindgen_test]
async fn french_import_view_preselects_china() {
    let h = host();
    let _m = mount(
        h.clone(),
        config(&[
            ("lang", "fr"),
            ("country", "cn"),
            ("view", "import"),
            ("date", "2026-01-20"),
        ]),
    )
    .unwrap();
    tick().await;
    let panel = root(&h)
        .query_selector("[role=region]")
        .unwrap()
        .expect("preselected panel");
    assert_eq!(panel.get_attribute("data-iso").as_deref(), Some("CN"));
    let t = text(&panel);
    assert!(t.contains("Chine"), "French country name: {t}");
    assert!(t.contains("14 janvier 2026"), "French date: {t}");
    assert!(t.contains("Bloquée"), "import blocked in French: {t}");
    let on = root(&h)
        .query_selector("button[data-view=import]")
        .unwrap()
        .unwrap();
    assert_eq!(on.get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn junk_attributes_fall_back_to_defaults() {
    let h = host();
    let _m = mount(
        h.clone(),
        config(&[
            ("lang", "xx"),
            ("country", "<img onerror=alert(1)>"),
            ("view", "sideways"),
            ("date", "yesterday"),
        ]),
    )
    .unwrap();
    tick().await;
    let r = root(&h);
    assert!(
        r.query_selector("[role=region]").unwrap().is_none(),
        "no country selected"
    );
    assert!(
        r.query_selector("img").unwrap().is_none(),
        "attribute text never becomes HTML"
    );
    let on = r
        .query_selector("button[aria-pressed=true]")
        .unwrap()
        .unwrap();
    assert_eq!(on.get_attribute("data-view").as_deref(), Some("export"));
    assert!(r.query_selector_all("svg [data-iso]").unwrap().length() > 200);
}

#[wasm_bindgen_test]
async fn two_maps_on_one_page_are_independent() {
    let (a, b) = (host(), host());
    let _ma = mount(a.clone(), config(&[("lang", "en"), ("country", "FR")])).unwrap();
    let _mb = mount(
        b.clone(),
        config(&[("lang", "fr"), ("country", "SG"), ("view", "import")]),
    )
    .unwrap();
    tick().await;
    let pa = root(&a).query_selector("[role=region]").unwrap().unwrap();
    let pb = root(&b).query_selector("[role=region]").unwrap().unwrap();
    assert_eq!(pa.get_attribute("data-iso").as_deref(), Some("FR"));
    assert_eq!(pb.get_attribute("data-iso").as_deref(), Some("SG"));
    click(
        &root(&a)
            .query_selector("path[data-iso=DE]")
            .unwrap()
            .unwrap(),
    );
    settle(|| a.get_attribute("country").as_deref() == Some("DE")).await;
    assert_eq!(a.get_attribute("country").as_deref(), Some("DE"));
    assert_eq!(
        b.get_attribute("country").as_deref(),
        Some("SG"),
        "the other map is untouched"
    );
}

#[wasm_bindgen_test]
fn the_browser_checks_the_shipped_dataset_and_validates_others() {
    use h200_map::core::geometry;
    use h200_map::ui::data::{parse_model, shipped_model};
    let geo = geometry::parse(h200_map::core::shipped::WORLD_GEO).unwrap();
    // The shipped dataset: integrity only (the build validated it), then the model.
    let model = shipped_model(&geo).expect("the shipped dataset is intact");
    assert_eq!(model.entities().len(), geo.features.len());
    assert!(parse_model(h200_map::core::shipped::DATASET_JSON, &geo).is_ok());
    // Any other dataset: the CLI's validation, in the browser.
    let bad = include_str!("invalid/unknown-status-code.json");
    let errors = parse_model(bad, &geo).unwrap_err();
    assert_eq!(errors[0].path, "$", "no serde_path_to_error in the wasm");
    assert!(
        errors[0].message.contains("no_licence"),
        "{}",
        errors[0].message
    );
    let http = include_str!("invalid/http-source-url.json");
    let errors = parse_model(http, &geo).unwrap_err();
    assert_eq!(errors[0].path, "$.sources[1].url");
    let not_json = parse_model("{\"schema_version\": 1,", &geo).unwrap_err();
    assert_eq!(not_json[0].path, "$");
    assert!(
        not_json[0].message.starts_with("not JSON"),
        "{}",
        not_json[0].message
    );
}

#[wasm_bindgen_test]
async fn german_and_spanish_interfaces() {
    for (lang, title, status, date) in [
        (
            "de",
            "Wohin darf",
            "Lizenz, Einzelfallprüfung",
            "15. Januar 2026",
        ),
        (
            "es",
            "¿Adónde puede ir",
            "Licencia, examen caso por caso",
            "15 de enero de 2026",
        ),
    ] {
        let h = host();
        let _m = mount(
            h.clone(),
            config(&[("lang", lang), ("country", "CN"), ("date", "2026-02-01")]),
        )
        .unwrap();
        tick().await;
        let r = root(&h);
        let all = text(&r.query_selector(".h2m").unwrap().unwrap());
        assert!(all.contains(title), "{lang}: {all}");
        let p = text(&r.query_selector("[role=region]").unwrap().unwrap());
        assert!(p.contains(status) && p.contains(date), "{lang}: {p}");
    }
}
