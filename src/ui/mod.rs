//! The Yew layer: thin function components over the pure core.
//!
//! - [`data`]: the dataset and geometry, parsed and validated once per page and shared
//!   by every `<h200-map>` instance;
//! - [`state`]: the reader's state (`Reducible`) and its [`state::Action`]s;
//! - [`components`]: one component per file;
//! - [`i18n`]: French and English strings, dates and country names.

pub mod components;
pub mod data;
pub mod download;
pub mod i18n;
pub mod state;
pub mod styles;

pub use components::app::{App, AppProps, Config};
