//! What the toolbar's buttons do: zoom and region presets, map or table, downloads, and
//! the link to this view (copied to the clipboard and shown in a box).

use std::rc::Rc;

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

/// The toolbar's callback and the share link it made.
pub struct ToolbarActions {
    /// Handles a toolbar button.
    pub on_tool: Callback<ToolbarAction>,
    /// The link the reader asked for, while it still links to the view shown (it is
    /// derived: once the reader changes what a link carries, it is gone).
    pub share: Option<AttrValue>,
}

/// This map's deep-link segment for `state`.
fn segment(state: &MapState, link_key: &str) -> String {
    deeplink::segment(
        link_key,
        state.selected.as_deref(),
        state.axis,
        state.date,
        state.compare,
    )
}

/// The link to `state`: this page's URL with the state in the fragment (other maps'
/// segments kept); also written to the clipboard.
fn share(state: &MapState, link_key: &str) -> Option<String> {
    let href = location_href()?;
    let link = deeplink::share_link(&href, &location_hash(), link_key, &segment(state, link_key));
    if let Some(w) = web_sys::window() {
        // The returned promise rejects without clipboard permission: the link is shown anyway.
        let _ = w.navigator().clipboard().write_text(&link);
    }
    Some(link)
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
    let link = use_state(|| None::<(String, AttrValue)>);
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
                        if let Some(l) = share(state, &link_key) {
                            link.set(Some((segment(state, &link_key), l.into())));
                        }
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
    let current = segment(state, &inputs.link_key);
    let share = (*link)
        .as_ref()
        .filter(|(made_for, _)| *made_for == current)
        .map(|(_, l)| l.clone());
    ToolbarActions { on_tool, share }
}
