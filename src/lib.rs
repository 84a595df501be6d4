//! h200-map: the legal status of NVIDIA H200 exports and imports, by country and date.
//!
//! Layers, with dependencies pointing one way (`embed -> ui -> core`):
//! - [`core`]: pure Rust (no `web-sys`): dataset schema and validation, the legal rules
//!   engine that computes a country's status at a date, and the map geometry format.
//!   Tested natively with `cargo test`.
//! - `ui` (wasm32 only): Yew function components rendering the choropleth.
//! - `embed` (wasm32 only): the `mount` entry the `<h200-map>` custom element calls.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod embed;
