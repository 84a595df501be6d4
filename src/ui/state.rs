//! The reader's state for one widget instance, as a Yew `Reducible`.

use std::rc::Rc;

use yew::Reducible;

use crate::core::date::Date;
use crate::core::model::Axis;

/// What the reader has chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    /// Which status the choropleth shows.
    pub view: Axis,
    /// The selected country (ISO 3166-1 alpha-2), whose details panel is open.
    pub selected: Option<String>,
    /// The date whose law is shown.
    pub date: Date,
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
}

impl Reducible for MapState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::SetView(view) if view != self.view => MapState {
                view,
                ..(*self).clone()
            },
            Action::Select(selected) if selected != self.selected => MapState {
                selected,
                ..(*self).clone()
            },
            Action::SetDate(date) if date != self.date => MapState {
                date,
                ..(*self).clone()
            },
            _ => return self,
        };
        Rc::new(next)
    }
}
