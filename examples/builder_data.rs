//! What the embed builder (`www/builder.js`) takes from the widget's core, printed as JSON
//! for `scripts/embed-dist.mjs`, which writes it into `dist/builder-data.js`. So the
//! builder searches and limits dates exactly as the widget does, from the same code:
//!
//! ```json
//! {"places": [["CN", "China", ["prc", "..."]], ...], "change_days": ["2022-10-07", ...]}
//! ```
//!
//! - `places`: every map entity in file order (ISO 3166-1 alpha-2, the map's own name,
//!   the search aliases of `core::search::aliases`), as the widget's search entries
//!   (`ui::hooks::use_derived`) are built from them;
//! - `change_days`: `Model::change_days` (ISO 8601 days, sorted), whose last one after
//!   today is the date slider's end (`core::scheduled::slider_end`).
//!
//! Run: `cargo run -q --offline --example builder_data`. Exits 1 if the shipped dataset
//! does not load (the build's `h200-data check` names the problem).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use h200_map::core::{search::aliases, shipped};
    let model = match shipped::model_from_json(shipped::DATASET_JSON) {
        Ok(m) => m,
        Err(errors) => {
            eprintln!(
                "builder_data: the shipped dataset does not load: {} error(s)",
                errors.len()
            );
            return std::process::ExitCode::FAILURE;
        }
    };
    let places: Vec<serde_json::Value> = shipped::world()
        .features
        .iter()
        .map(|f| serde_json::json!([f.iso, f.name, aliases(&f.iso)]))
        .collect();
    let days: Vec<String> = model.change_days().iter().map(|d| d.to_string()).collect();
    let out = serde_json::json!({ "places": places, "change_days": days });
    println!("{out}");
    std::process::ExitCode::SUCCESS
}
