//! What the toolbar's buttons do: zoom and region presets, map or table, downloads, and
//! the link to this view (shown in a box and copied to the clipboard; the box says
//! whether the copy worked, "Link copied", or asks the reader to copy it).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::attrs::PageInputs;
use crate::core::deeplink;
use crate::core::i18n::Lang;
use crate::core::view::BUTTON_ZOOM;
use crate::ui::components::toolbar::ToolbarAction;
use crate::ui::data::PageData;
use crate::ui::dom::{location_hash, location_href, warn};
use crate::ui::download::{self, Request};
use crate::ui::hooks::Derived;
use crate::ui::state::{Action, MapState};

/// Whether the share link reached the clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// Not known yet (the clipboard answers asynchronously).
    Pending,
    /// On the clipboard.
    Yes,
    /// Refused (no permission, no clipboard): the reader copies it from the box.
    No,
}

/// The share link the reader asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The link.
    pub link: AttrValue,
    /// Whether it is on the clipboard.
    pub copied: Copied,
}

/// The toolbar's callback and the share link it made.
pub struct ToolbarActions {
    /// Handles a toolbar button.
    pub on_tool: Callback<ToolbarAction>,
    /// The link the reader asked for, while it still links to the view shown (it is
    /// derived: once the reader changes what a link carries, it is gone).
    pub share: Option<Shared>,
}

/// The link for `segment`: this page's URL with the segment in the fragment (other maps'
/// segments kept).
fn share_link(segment: &str, link_key: &str) -> Option<String> {
    let href = location_href()?;
    Some(deeplink::share_link(
        &href,
        &location_hash(),
        link_key,
        segment,
    ))
}

/// Writes `link` to the clipboard and tells `done` whether it worked.
fn copy(link: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(false);
    };
    // The promise rejects without clipboard permission: the box then asks to copy by hand.
    let promise = w.navigator().clipboard().write_text(link);
    let done = Rc::new(RefCell::new(Some(done)));
    let answer = |ok: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(ok);
            }
        })
    };
    // `then` through Reflect: the typed `then2` wants closures kept alive by the caller;
    // `once_into_js` frees a closure when the promise calls it (the one never called, a
    // few bytes per click on "Link to this view", stays allocated).
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &answer(true), &answer(false));
    }
}

/// The toolbar's actions for the widget whose root element is `root`.
#[hook]
pub fn use_toolbar_actions(
    page: &Rc<PageData>,
    derived: &Derived,
    state: &UseReducerHandle<MapState>,
    lang: Lang,
    inputs: &PageInputs,
    root: &NodeRef,
) -> ToolbarActions {
    // The link and the segment it was made for.
    let link = use_state(|| None::<(String, Shared)>);
    let on_tool = {
        let (page, derived, root, link, d) = (
            page.clone(),
            derived.clone(),
            root.clone(),
            link.clone(),
            state.dispatcher(),
        );
        let link_key = inputs.link_key.clone();
        use_callback(
            ((**state).clone(), lang),
            move |action: ToolbarAction, (state, lang)| {
                let (vb, full) = (state.view_box, page.full);
                let (cx, cy) = (vb.x + vb.w / 2.0, vb.y + vb.h / 2.0);
                match action {
                    ToolbarAction::ZoomIn => {
                        d.dispatch(Action::SetViewBox(vb.zoom_at(BUTTON_ZOOM, cx, cy, &full)))
                    }
                    ToolbarAction::ZoomOut => d.dispatch(Action::SetViewBox(vb.zoom_at(
                        1.0 / BUTTON_ZOOM,
                        cx,
                        cy,
                        &full,
                    ))),
                    ToolbarAction::Region(r) => d.dispatch(Action::SetViewBox(r.view_box(
                        &full,
                        page.land(),
                        page.geo.width,
                    ))),
                    ToolbarAction::Mode(m) => d.dispatch(Action::SetMode(m)),
                    ToolbarAction::Share => {
                        let seg = deeplink::segment(&link_key, state, &page.full);
                        let Some(l) = share_link(&seg, &link_key) else {
                            return;
                        };
                        let pending = Shared {
                            link: l.clone().into(),
                            copied: Copied::Pending,
                        };
                        link.set(Some((seg.clone(), pending.clone())));
                        let link = link.clone();
                        copy(&l, move |ok| {
                            let copied = if ok { Copied::Yes } else { Copied::No };
                            link.set(Some((seg, Shared { copied, ..pending })));
                        });
                    }
                    ToolbarAction::Download(kind) => {
                        let Some(root) = root.cast::<Element>() else {
                            return;
                        };
                        let request = Request {
                            page: &page,
                            state,
                            names: &derived.names,
                            statuses: &derived.statuses,
                            unchanged: derived.unchanged.as_deref(),
                            lang: *lang,
                            root: &root,
                        };
                        if let Err(e) = download::save(kind, &request) {
                            warn(&format!("download failed: {e:?}"));
                        }
                    }
                }
            },
        )
    };
    // What a link made now would carry: country, view, date, compare, table mode and zoom.
    let current = deeplink::segment(&inputs.link_key, state, &page.full);
    let share = (*link)
        .as_ref()
        .filter(|(made_for, _)| *made_for == current)
        .map(|(_, l)| l.clone());
    ToolbarActions { on_tool, share }
}
