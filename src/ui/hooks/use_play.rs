//! The timeline's play loop: one legal event every [`STEP_MS`] (or [`REDUCED_STEP_MS`]
//! when the reader prefers reduced motion), then stop at the last day.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::timeline::{step, Tick};
use crate::ui::dom::reduced_motion;

/// Milliseconds between two events while playing.
pub const STEP_MS: u32 = 1500;
/// Same, when the reader prefers reduced motion.
pub const REDUCED_STEP_MS: u32 = 3000;

/// Whether the timeline plays, and its play/pause toggle. `range` is `(first day, last
/// day, today)`. While playing, a timer moves the date (through `on_change`) to the next
/// event (or today) after `date`; a new date re-arms it, and
/// dropping the timer (pause, unmount) cancels it.
#[hook]
pub fn use_play(
    date: Date,
    range: (Date, Date, Date),
    ticks: &Rc<Vec<Tick>>,
    on_change: &Callback<Date>,
) -> (bool, Callback<()>) {
    let playing = use_state(|| false);
    let (min, max, today) = range;
    {
        let (playing, on_change, ticks) = (playing.clone(), on_change.clone(), ticks.clone());
        use_effect_with((*playing, date), move |(is_playing, date)| {
            let timer = is_playing.then(|| {
                let next = step(&ticks, *date, true, min, max, today);
                let delay = if reduced_motion() {
                    REDUCED_STEP_MS
                } else {
                    STEP_MS
                };
                Timeout::new(delay, move || {
                    on_change.emit(next);
                    if next >= max {
                        playing.set(false);
                    }
                })
            });
            move || drop(timer)
        });
    }
    let toggle = {
        let playing = playing.clone();
        Callback::from(move |()| playing.set(!*playing))
    };
    (*playing, toggle)
}
