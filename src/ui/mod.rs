//! The Yew layer: thin function components and custom hooks over the pure core.
//!
//! Data flow of one `<h200-map>`: the host's attributes ([`Config`]) and the page's inputs
//! ([`PageInputs`]) are resolved into a [`state::MapState`] (`hooks::use_host_sync`, which
//! also reflects the reader's choices back onto the element); derived data (names,
//! statuses, ticks) is memoised from the state (`hooks::use_derived`); components render
//! it and turn the reader's gestures into [`state::Action`]s (pointer, keyboard and
//! toolbar logic in `hooks/`).
//!
//! - [`app`]: the root ([`App`]: the map, or the dataset's errors) and the widget;
//! - [`data`]: the dataset, geometry and marker layout, parsed and validated once per page
//!   and shared by every instance;
//! - [`state`]: the reader's state as a Yew `Reducible` (the reducer is `core::state`);
//! - [`hooks`]: one custom hook per file; [`components`]: one component per file;
//! - [`cssom`]: positions through the CSSOM (a strict CSP blocks `style=""`), set before
//!   the browser paints;
//! - [`dom`]: small web-sys helpers; [`intl`]: browser-only text (country names, folding);
//! - [`download`]: the CSV, JSON, SVG and PNG files.

pub mod app;
pub mod components;
pub mod cssom;
pub mod data;
pub mod dom;
pub mod download;
pub mod hooks;
pub mod intl;
pub mod state;

pub use crate::core::attrs::{Config, PageInputs};
pub use app::{App, AppProps};
