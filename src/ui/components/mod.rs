//! One component per file (and the small view helpers they share: `status_label`,
//! `source_item`, `source_list`, `exception_list`, `scheduled_list`, `axis_section`).

pub mod axis_section;
pub mod change_list;
pub mod compare_bar;
pub mod corrections;
pub mod error_box;
pub mod exception_list;
pub mod footer;
pub mod legend;
pub mod map_layer;
pub mod panel;
pub mod scheduled_list;
pub mod search;
pub mod share_box;
pub mod source_item;
pub mod source_list;
pub mod status_label;
pub mod table;
pub mod timeline;
pub mod toolbar;
pub mod tooltip;
pub mod view_switch;
pub mod world_map;
