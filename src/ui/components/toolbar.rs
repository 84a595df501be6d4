//! Map tools: zoom buttons and region presets, map/table switch, downloads, share link.

use yew::prelude::*;

use crate::core::view::Region;
use crate::ui::i18n::{colon, region_label, t, Key, Lang};
use crate::ui::state::Mode;

/// What a toolbar button asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tool {
    /// Zoom in (factor 2) around the centre.
    ZoomIn,
    /// Zoom out (factor 2).
    ZoomOut,
    /// Frame a region.
    Region(Region),
    /// Show the map or the table.
    Mode(Mode),
    /// Download: `csv`, `json`, `svg` or `png`.
    Download(&'static str),
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
    /// Called with the tool used.
    pub on_tool: Callback<Tool>,
}

/// Two rows of small buttons under the map.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let lang = props.lang;
    let b = |tool: Tool, label: String, aria: Option<&'static str>, extra: Option<&'static str>| {
        let on_tool = props.on_tool.clone();
        html! {
            <button type="button" class={classes!("tool", extra)} aria-label={aria}
                onclick={Callback::from(move |_| on_tool.emit(tool))}>{ label }</button>
        }
    };
    let mode_btn = |m: Mode, key: Key| {
        let on_tool = props.on_tool.clone();
        let on = props.mode == m;
        html! {
            <button type="button" class={classes!("tool", on.then_some("on"))} data-mode={if m == Mode::Map { "map" } else { "table" }}
                aria-pressed={if on { "true" } else { "false" }}
                onclick={Callback::from(move |_| on_tool.emit(Tool::Mode(m)))}>{ t(lang, key) }</button>
        }
    };
    html! {
        <div class="toolbar">
            <div class="group" role="group" aria-label={t(lang, Key::ShowMap)}>
                { mode_btn(Mode::Map, Key::ShowMap) }
                { mode_btn(Mode::Table, Key::ShowTable) }
            </div>
            if props.mode == Mode::Map {
                <div class="group zoom" role="group" aria-label="Zoom">
                    { b(Tool::ZoomIn, "+".into(), Some(t(lang, Key::ZoomIn)), Some("zin")) }
                    { b(Tool::ZoomOut, "−".into(), Some(t(lang, Key::ZoomOut)), Some("zout")) }
                </div>
                <div class="group regions" role="group" aria-label={t(lang, Key::Regions)}>
                    { for Region::ALL.iter().map(|r| {
                        let on_tool = props.on_tool.clone();
                        let r = *r;
                        html! { <button type="button" class="tool" data-region={r.code()}
                            onclick={Callback::from(move |_| on_tool.emit(Tool::Region(r)))}>{ region_label(lang, r) }</button> }
                    }) }
                </div>
            }
            <div class="group downloads" role="group" aria-label={t(lang, Key::Download)}>
                <span class="lbl" aria-hidden="true">{ format!("{}{}", t(lang, Key::Download), colon(lang).trim_end()) }</span>
                { for ["csv", "json", "svg", "png"].iter().map(|f| {
                    let on_tool = props.on_tool.clone();
                    let f: &'static str = f;
                    html! { <button type="button" class="tool" data-download={f}
                        aria-label={format!("{} {}", t(lang, Key::Download), f.to_uppercase())}
                        onclick={Callback::from(move |_| on_tool.emit(Tool::Download(f)))}>{ f.to_uppercase() }</button> }
                }) }
            </div>
            <div class="group">
                { b(Tool::Share, t(lang, Key::Share).to_string(), None, Some("share")) }
            </div>
        </div>
    }
}
