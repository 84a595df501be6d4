//! Map tools: zoom buttons and region presets, map/table switch, downloads, share link.

use yew::prelude::*;

use crate::core::i18n::{colon, region_label, t, Key, Lang};
use crate::core::state::Mode;
use crate::core::view::Region;

/// A downloadable file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The table, CSV (RFC 4180).
    Csv,
    /// The table, JSON.
    Json,
    /// The map, SVG.
    Svg,
    /// The map, PNG.
    Png,
}

impl FileKind {
    /// Every kind, in button order.
    pub const ALL: [FileKind; 4] = [FileKind::Csv, FileKind::Json, FileKind::Svg, FileKind::Png];

    /// The file extension, also the button's `data-download`.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Csv => "csv",
            FileKind::Json => "json",
            FileKind::Svg => "svg",
            FileKind::Png => "png",
        }
    }
}

/// What a toolbar button asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ToolbarAction {
    /// Zoom in around the centre.
    ZoomIn,
    /// Zoom out around the centre.
    ZoomOut,
    /// Frame a region.
    Region(Region),
    /// Show the map or the table.
    Mode(Mode),
    /// Download a file.
    Download(FileKind),
    /// Show and copy a link to this view.
    Share,
}

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// Map or table.
    pub mode: Mode,
    /// UI language.
    pub lang: Lang,
    /// The + button can still zoom in (else it is `aria-disabled`).
    pub zoom_in: bool,
    /// The - button can still zoom out (else it is `aria-disabled`: at the world view).
    pub zoom_out: bool,
    /// Called with the tool used.
    pub on_tool: Callback<ToolbarAction>,
}

/// A button that emits `action`.
fn button(
    on_tool: &Callback<ToolbarAction>,
    action: ToolbarAction,
    label: String,
    aria: Option<String>,
    class: &'static str,
) -> Html {
    let on_tool = on_tool.clone();
    html! {
        <button type="button" class={classes!("tool", class)} aria-label={aria}
            onclick={Callback::from(move |_| on_tool.emit(action))}>{ label }</button>
    }
}

/// The map/table switch.
fn mode_buttons(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let mode_btn = |m: Mode, key: Key| {
        let on_tool = props.on_tool.clone();
        let on = props.mode == m;
        html! {
            <button type="button" class={classes!("tool", on.then_some("on"))} data-mode={m.code()}
                aria-pressed={if on { "true" } else { "false" }}
                onclick={Callback::from(move |_| on_tool.emit(ToolbarAction::Mode(m)))}>{ t(lang, key) }</button>
        }
    };
    html! {
        <div class="group" role="group" aria-label={t(lang, Key::ModeGroup)}>
            { mode_btn(Mode::Map, Key::ShowMap) }
            { mode_btn(Mode::Table, Key::ShowTable) }
        </div>
    }
}

/// A zoom button: `aria-disabled` (still focusable, announced as unavailable, visibly
/// dimmed) and inert at its limit.
fn zoom_button(props: &ToolbarProps, action: ToolbarAction, enabled: bool) -> Html {
    let (label, key, class) = match action {
        ToolbarAction::ZoomIn => ("+", Key::ZoomIn, "zin"),
        _ => ("−", Key::ZoomOut, "zout"),
    };
    let on_tool = props.on_tool.clone();
    html! {
        <button type="button" class={classes!("tool", class)} aria-label={t(props.lang, key)}
            aria-disabled={(!enabled).then_some("true")}
            onclick={Callback::from(move |_| if enabled { on_tool.emit(action) })}>{ label }</button>
    }
}

/// Zoom buttons and region presets.
fn zoom_buttons(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let regions = Region::ALL.iter().map(|r| {
        let (on_tool, r) = (props.on_tool.clone(), *r);
        html! { <button type="button" class="tool" data-region={r.code()}
            onclick={Callback::from(move |_| on_tool.emit(ToolbarAction::Region(r)))}>{ region_label(lang, r) }</button> }
    });
    html! {
        <>
            <div class="group zoom" role="group" aria-label={t(lang, Key::ZoomGroup)}>
                { zoom_button(props, ToolbarAction::ZoomIn, props.zoom_in) }
                { zoom_button(props, ToolbarAction::ZoomOut, props.zoom_out) }
            </div>
            <div class="group regions" role="group" aria-label={t(lang, Key::Regions)}>{ for regions }</div>
        </>
    }
}

/// The four download buttons.
fn download_buttons(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let buttons = FileKind::ALL.iter().map(|kind| {
        let (on_tool, kind) = (props.on_tool.clone(), *kind);
        let ext = kind.extension();
        html! { <button type="button" class="tool" data-download={ext}
            aria-label={format!("{} {}", t(lang, Key::Download), ext.to_ascii_uppercase())}
            onclick={Callback::from(move |_| on_tool.emit(ToolbarAction::Download(kind)))}>{ ext.to_ascii_uppercase() }</button> }
    });
    html! {
        <div class="group downloads" role="group" aria-label={t(lang, Key::Download)}>
            <span class="lbl" aria-hidden="true">{ format!("{}{}", t(lang, Key::Download), colon(lang).trim_end()) }</span>
            { for buttons }
        </div>
    }
}

/// Two rows of small buttons under the map.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let share = t(props.lang, Key::Share).to_string();
    html! {
        <div class="toolbar">
            { mode_buttons(props) }
            if props.mode == Mode::Map {
                { zoom_buttons(props) }
            }
            { download_buttons(props) }
            <div class="group">
                { button(&props.on_tool, ToolbarAction::Share, share, None, "share") }
            </div>
        </div>
    }
}
