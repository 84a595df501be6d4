//! The reader's state for one widget and every change to it, as a pure reducer (the Yew
//! layer wraps it in a `Reducible`, `ui::state`).

use super::date::Date;
use super::model::Axis;
use super::view::ViewBox;

/// Map or table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The choropleth.
    Map,
    /// The table of every country.
    Table,
}

impl Mode {
    /// The code used in markup (`data-mode`).
    pub fn code(self) -> &'static str {
        match self {
            Mode::Map => "map",
            Mode::Table => "table",
        }
    }
}

/// What the reader has chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    /// Which status the choropleth shows (the `view` attribute).
    pub axis: Axis,
    /// The selected country (ISO 3166-1 alpha-2), whose details panel is open.
    pub selected: Option<String>,
    /// The date whose law is shown (in compare mode: date B, the later one).
    pub date: Date,
    /// Compare mode: `(A, B)`, A not after B; only countries whose status changed are
    /// coloured. When set, `date` is B.
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
    SetAxis(Axis),
    /// Open the details of a country, or close them (`None`).
    Select(Option<String>),
    /// Show the law on another date. In compare mode this moves B (and A, if the new date
    /// is before A, the two swap: the range stays ordered).
    SetDate(Date),
    /// Enter compare mode with `(A, B)` (in any order), or leave it (`None`).
    SetCompare(Option<(Date, Date)>),
    /// Show the map or the table.
    SetMode(Mode),
    /// Zoom or pan.
    SetViewBox(ViewBox),
}

impl MapState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> MapState {
        let mut next = self.clone();
        match action {
            Action::SetAxis(axis) => next.axis = axis,
            Action::Select(selected) => next.selected = selected,
            Action::SetDate(date) => match next.compare {
                Some((a, _)) => next.set_compare(Some((a, date))),
                None => next.date = date,
            },
            Action::SetCompare(compare) => next.set_compare(compare),
            Action::SetMode(mode) => next.mode = mode,
            Action::SetViewBox(v) => next.view_box = v,
        }
        next
    }

    fn set_compare(&mut self, compare: Option<(Date, Date)>) {
        self.compare = compare.map(|(a, b)| (a.min(b), a.max(b)));
        if let Some((_, b)) = self.compare {
            self.date = b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn state() -> MapState {
        MapState {
            axis: Axis::Export,
            selected: None,
            date: d("2026-02-01"),
            compare: None,
            mode: Mode::Map,
            view_box: ViewBox::full(10000.0, 4500.0),
        }
    }

    #[test]
    fn compare_keeps_a_before_b_and_shows_b() {
        let s = state().apply(Action::SetCompare(Some((d("2026-02-01"), d("2025-06-01")))));
        assert_eq!(s.compare, Some((d("2025-06-01"), d("2026-02-01"))));
        assert_eq!(s.date, d("2026-02-01"));
        let left = s.apply(Action::SetCompare(None));
        assert_eq!(left.compare, None);
        assert_eq!(left.date, d("2026-02-01"), "the date shown stays B");
    }

    #[test]
    fn a_date_in_compare_mode_moves_b() {
        let s = state().apply(Action::SetCompare(Some((d("2025-06-01"), d("2026-02-01")))));
        let later = s.apply(Action::SetDate(d("2026-03-01")));
        assert_eq!(later.compare, Some((d("2025-06-01"), d("2026-03-01"))));
        assert_eq!(later.date, d("2026-03-01"));
        let before_a = s.apply(Action::SetDate(d("2024-01-01")));
        assert_eq!(before_a.compare, Some((d("2024-01-01"), d("2025-06-01"))));
        assert_eq!(before_a.date, d("2025-06-01"), "the date shown is always B");
    }

    #[test]
    fn other_actions_change_one_field() {
        let s = state();
        assert_eq!(
            s.apply(Action::SetDate(d("2025-01-01"))).date,
            d("2025-01-01")
        );
        assert_eq!(s.apply(Action::SetAxis(Axis::Import)).axis, Axis::Import);
        assert_eq!(
            s.apply(Action::Select(Some("CN".into())))
                .selected
                .as_deref(),
            Some("CN")
        );
        assert_eq!(s.apply(Action::SetMode(Mode::Table)).mode, Mode::Table);
        assert_eq!(s.apply(Action::Select(None)), s, "no change, equal state");
    }
}
