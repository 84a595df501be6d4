//! h200-map: the legal status of NVIDIA H200 exports and imports, by country and date.
//!
//! Layers, with dependencies pointing one way (`embed -> ui -> core`):
//! - [`core`]: pure Rust (no `web-sys`): dataset schema and validation, the legal rules
//!   engine that computes a country's status at a date, the map geometry format, the map
//!   renderer (SVG text), the UI's words and formats, the embed contract (attributes) and
//!   the reader's state. Tested natively with `cargo test`.
//! - `ui` (wasm32 only): Yew function components and custom hooks over the core.
//! - `embed` (wasm32 only): the `mount` entry the `<h200-map>` custom element calls; it
//!   reads the page once (today, URL fragment, `<html lang>`) and passes it in.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod embed;
