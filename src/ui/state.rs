//! The reader's state for one widget instance, as a Yew `Reducible` over the pure reducer
//! of [`crate::core::state`].

use std::rc::Rc;

use yew::Reducible;

pub use crate::core::state::{Action, MapState, Mode};

impl Reducible for MapState {
    type Action = Action;

    /// [`MapState::apply`]; the same `Rc` when nothing changed, so Yew skips the render.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
