//! Custom hooks, one per file. Each takes what it needs as arguments and returns a small
//! struct (or value) of the state and callbacks it owns; [`crate::ui::app`] calls them in a
//! fixed order.

mod use_announcer;
mod use_derived;
mod use_host_sync;
mod use_map_keyboard;
mod use_map_paint;
mod use_map_pointer;
mod use_play;
mod use_toolbar_actions;

pub use use_announcer::use_announcer;
pub use use_derived::{use_derived, Derived};
pub use use_host_sync::{use_host_sync, HostSync};
pub use use_map_keyboard::{use_map_keyboard, MapKeyboard};
pub use use_map_paint::use_map_paint;
pub use use_map_pointer::{use_map_pointer, Hover, HoverSink, MapPointer};
pub use use_play::use_play;
pub use use_toolbar_actions::{use_toolbar_actions, Copied, Shared, ToolbarActions};
