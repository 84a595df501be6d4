//! One component per file.

pub mod app;
pub mod compare;
pub mod error_box;
pub mod legend;
pub mod map;
pub mod panel;
pub mod patterns;
pub mod search;
pub mod table;
pub mod timeline;
pub mod toolbar;
pub mod tooltip;
pub mod view_switch;
