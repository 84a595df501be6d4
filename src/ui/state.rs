//! The reader's state for one widget instance, as a Yew `Reducible`.

use std::rc::Rc;

use yew::Reducible;

use crate::core::date::Date;
use crate::core::model::Axis;
use crate::core::view::ViewBox;

/// Map or table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The choropleth.
    Map,
    /// The table of every country.
    Table,
}

/// What the reader has chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    /// Which status the choropleth shows.
    pub view: Axis,
    /// The selected country (ISO 3166-1 alpha-2), whose details panel is open.
    pub selected: Option<String>,
    /// The date whose law is shown (in compare mode: date B, the later one).
    pub date: Date,
    /// Compare mode: `(A, B)`, A before B; only countries whose status changed are coloured.
    pub compare: Option<(Date, Date)>,
    /// Map or table.
    pub mode: Mode,
    /// The visible part of the map (zoom and pan), in map units.
    pub view_box: ViewBox,
}

/// Everything that changes [`MapState`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch between US export licence and destination import.
    SetView(Axis),
    /// Open the details of a country, or close them (`None`).
    Select(Option<String>),
    /// Show the law on another date.
    SetDate(Date),
    /// Enter compare mode with `(A, B)`, or leave it (`None`).
    SetCompare(Option<(Date, Date)>),
    /// Show the map or the table.
    SetMode(Mode),
    /// Zoom or pan.
    SetViewBox(ViewBox),
}

impl Reducible for MapState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetView(view) => next.view = view,
            Action::Select(selected) => next.selected = selected,
            Action::SetDate(date) => next.date = date,
            Action::SetCompare(compare) => {
                next.compare = compare.map(|(a, b)| if a <= b { (a, b) } else { (b, a) });
                if let Some((_, b)) = next.compare {
                    next.date = b;
                }
            }
            Action::SetMode(mode) => next.mode = mode,
            Action::SetViewBox(v) => next.view_box = v,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
