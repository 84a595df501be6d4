//! The root: [`App`] shows the widget, or the dataset's errors in the widget's box; the
//! widget composes the hooks of [`crate::ui::hooks`] and lays out the components.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::core::attrs::{Config, PageInputs};
use crate::core::i18n::sentences::{paint_label, summary};
use crate::core::i18n::{colon, name_of, t, Key, Lang};
use crate::core::render::Paint;
use crate::core::scheduled::slider_end;
use crate::ui::components::change_list::ChangeList;
use crate::ui::components::compare_bar::CompareBar;
use crate::ui::components::corrections::Corrections;
use crate::ui::components::error_box::ErrorBox;
use crate::ui::components::footer::Footer;
use crate::ui::components::legend::Legend;
use crate::ui::components::panel::Panel;
use crate::ui::components::search::Search;
use crate::ui::components::share_box::ShareBox;
use crate::ui::components::table::StatusTable;
use crate::ui::components::timeline::Timeline;
use crate::ui::components::toolbar::Toolbar;
use crate::ui::components::tooltip::HoverTip;
use crate::ui::components::view_switch::ViewSwitch;
use crate::ui::components::world_map::WorldMap;
use crate::ui::data::{self, PageData};
use crate::ui::hooks::{
    use_announcer, use_derived, use_host_sync, use_map_keyboard, use_map_pointer,
    use_toolbar_actions, Derived, MapKeyboard, MapPointer,
};
use crate::ui::state::{Action, MapState, Mode};

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Attributes of the host element.
    pub config: Config,
    /// The `<h200-map>` element, to reflect `country` and `view` and fire events.
    #[prop_or_default]
    pub host: Option<Element>,
    /// What the widget reads from the page (today, the URL fragment, `<html lang>`).
    pub inputs: PageInputs,
}

/// One widget: the map, or a readable list of the dataset's errors in its box.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    match data::page_data() {
        Ok(page) => html! {
            <Widget page={page} config={props.config.clone()} host={props.host.clone()} inputs={props.inputs.clone()} />
        },
        Err(errors) => html! { <div class="h2m"><ErrorBox errors={errors} /></div> },
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    page: Rc<PageData>,
    config: Config,
    host: Option<Element>,
    inputs: PageInputs,
}

/// The name and status of the country with the map's keyboard focus, in a corner of the
/// map: a sighted keyboard user sees which country the arrow keys reached (the shape's
/// accessible name says it to a screen reader, so this is `aria-hidden`). Shown by CSS
/// only while a shape has the keyboard focus (`:focus-visible`).
fn focus_label(iso: &str, d: &Derived, lang: Lang) -> Html {
    let paint = Paint::of(iso, &d.statuses, d.unchanged.as_deref());
    html! {
        <p class="focus-name" aria-hidden="true" data-iso={iso.to_string()}>
            <strong>{ name_of(&d.names, iso) }</strong>{ colon(lang) }{ paint_label(lang, paint) }
        </p>
    }
}

/// The map box: the SVG map with its pointer and keyboard handlers, the tooltip and the
/// focused country's name.
fn map_box(
    page: &Rc<PageData>,
    state: &MapState,
    d: &Derived,
    lang: Lang,
    pointer: &MapPointer,
    keys: &MapKeyboard,
    box_ref: &NodeRef,
) -> Html {
    html! {
        <div class="mapbox" ref={box_ref.clone()} onclick={pointer.on_click.clone()} onpointerdown={pointer.on_down.clone()}
            onpointerup={pointer.on_up.clone()} onpointercancel={pointer.on_up.clone()} onpointermove={pointer.on_move.clone()}
            onpointerleave={pointer.on_leave.clone()} onmousedown={pointer.on_press.clone()} onkeydown={keys.on_key.clone()} onfocusin={keys.on_focus_in.clone()}
            aria-describedby="h2m-summary">
            <WorldMap page={page.clone()} statuses={d.statuses.clone()} names={d.names.clone()}
                selected={state.selected.clone()} focus={keys.roving.clone()} unchanged={d.unchanged.clone()}
                view_box={state.view_box} lang={lang} />
            <div class="slot-tip">
                <HoverTip sink={pointer.hover.clone()} names={d.names.clone()} statuses={d.statuses.clone()}
                    unchanged={d.unchanged.clone()} lang={lang} />
            </div>
            { focus_label(&keys.roving, d, lang) }
        </div>
    }
}

/// A `use_callback` body that dispatches `f(value)`.
fn to_action<T>(state: &UseReducerHandle<MapState>, f: fn(T) -> Action) -> impl Fn(T, &()) {
    let d = state.dispatcher();
    move |value, _| d.dispatch(f(value))
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let page = &props.page;
    let sync = use_host_sync(&props.config, &props.inputs, props.host.clone(), page);
    let (lang, state) = (sync.lang, sync.state);
    let derived = use_derived(page, lang, &state, props.inputs.today);
    let announce = use_announcer(page, &derived.names, lang, &state);
    let (box_ref, root_ref) = (use_node_ref(), use_node_ref());
    let pointer = use_map_pointer(page, &state, &box_ref);
    let keys = use_map_keyboard(page, &derived, &state, &box_ref);
    let tools = use_toolbar_actions(page, &derived, &state, lang, &props.inputs, &root_ref);
    // Stable callbacks (`use_callback`): child components whose props are unchanged then
    // skip re-rendering when the reader selects a country.
    let select = use_callback(
        (),
        to_action(&state, |iso: String| Action::Select(Some(iso))),
    );
    let on_axis = use_callback((), to_action(&state, Action::SetAxis));
    let on_date = use_callback((), to_action(&state, Action::SetDate));
    let on_compare = use_callback((), to_action(&state, Action::SetCompare));
    // Gives the focus back where it is now: changes when that place does.
    let on_close = {
        let d = state.dispatcher();
        use_callback(keys.refocus.clone(), move |(), refocus| {
            d.dispatch(Action::Select(None));
            refocus.emit(());
        })
    };
    // The map's text summary counts 235 statuses: composed once per date, axis and language.
    let summary_text = {
        let statuses = derived.statuses.clone();
        use_memo((lang, state.axis, state.date), move |(lang, axis, date)| {
            summary(*lang, *axis, *date, &statuses)
        })
    };
    let dataset = page.model.dataset();
    let (start, today) = (
        dataset.model_start,
        props.inputs.today.max(dataset.model_start),
    );
    // The slider reaches the last change already scheduled (e.g. 2027-04-06).
    let end = slider_end(&page.model, today);
    let panel = state.selected.as_ref().map(|iso| html! {
        <Panel page={page.clone()} iso={iso.clone()} name={name_of(&derived.names, iso)} date={state.date}
            axis={state.axis} lang={lang} on_close={on_close.clone()} />
    });
    html! {
        <div class="h2m" ref={root_ref} lang={lang.tag()} data-view={state.axis.code()} data-mode={state.mode.code()}
            data-compare={state.compare.is_some().then_some("on")}>
            <header class="head">
                <h2 class="title">{ t(lang, Key::Title) }</h2>
                <p class="hint">{ t(lang, Key::ClickHint) }</p>
            </header>
            <div class="controls">
                <ViewSwitch axis={state.axis} lang={lang} on_change={on_axis} />
                <Search entries={derived.entries.clone()} names={derived.names.clone()} lang={lang} on_pick={select.clone()} />
            </div>
            <Legend axis={state.axis} statuses={derived.statuses.clone()} lang={lang} unchanged={derived.unchanged.clone()} />
            if state.mode == Mode::Map {
                { map_box(page, &state, &derived, lang, &pointer, &keys, &box_ref) }
            } else {
                <StatusTable page={page.clone()} date={state.date} axis={state.axis} names={derived.names.clone()}
                    collator={derived.collator.clone()} lang={lang} on_pick={select.clone()} />
            }
            <Timeline date={state.date} min={start} max={end} today={today} as_of={dataset.as_of} ticks={derived.ticks.clone()} lang={lang} on_change={on_date} />
            <CompareBar compare={state.compare} date={state.date} min={start} max={end} lang={lang} on_change={on_compare} />
            <Toolbar mode={state.mode} lang={lang} on_tool={tools.on_tool}
                zoom_in={state.view_box.can_zoom_in(&page.full)} zoom_out={state.view_box.can_zoom_out(&page.full)} />
            <ShareBox shared={tools.share} lang={lang} />
            <p id="h2m-summary" class="sr">{ (*summary_text).clone() }</p>
            <div class="sr" role="status" aria-live="polite">{ announce }</div>
            // One box for what is read below the map: in a short fitted box (fit.css) it is
            // the one part that scrolls, the list of changes first, then the details.
            <div class="slot-details">
                <div class="slot-changes">{ for state.compare.map(|range| html! {
                    <ChangeList page={page.clone()} range={range} axis={state.axis} names={derived.names.clone()}
                        collator={derived.collator.clone()} lang={lang} on_pick={select.clone()} />
                }) }</div>
                <div class="slot-panel">{ for panel }</div>
            </div>
            <Footer date={state.date} as_of={dataset.as_of} lang={lang} />
            <Corrections page={page.clone()} names={derived.names.clone()} lang={lang} />
        </div>
    }
}
