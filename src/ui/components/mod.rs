//! One component per file.

pub mod app;
pub mod error_box;
pub mod legend;
pub mod map;
pub mod panel;
pub mod tooltip;
pub mod view_switch;
