//! Pure core: no browser APIs. Everything here is tested natively.

pub mod attrs;
pub mod date;
pub mod deeplink;
pub mod engine;
pub mod freshness;
#[cfg(not(target_arch = "wasm32"))]
pub mod geo_pipeline;
pub mod geometry;
pub mod hit;
pub mod i18n;
pub mod land;
pub mod layout;
pub mod model;
pub mod projection;
pub mod region;
pub mod render;
pub mod report;
pub mod review;
pub mod rules;
pub mod search;
pub mod shipped;
pub mod state;
pub mod table;
pub mod timeline;
pub mod validate;
pub mod view;
