//! Data derived from the state and the language, memoised: recomputed only when what it
//! depends on changes (names on a language change, statuses on a date or axis change).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::core::compare::unchanged;
use crate::core::date::Date;
use crate::core::i18n::{name_of, Lang};
use crate::core::model::Status;
use crate::core::search::{alphabetical, Entry};
use crate::core::timeline::{future_ticks, ticks, Tick};
use crate::ui::data::PageData;
use crate::ui::intl::{fold, Collator, CountryNames};
use crate::ui::state::MapState;

/// What the components need beyond the state.
#[derive(Clone, PartialEq)]
pub struct Derived {
    /// ISO code -> country name in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// The UI language's alphabetical order (`Intl.Collator`), for every list by name.
    pub collator: Rc<Collator>,
    /// Search entries: folded names in the UI language, French, English, and aliases; in
    /// alphabetical order, so that equal matches are suggested alphabetically.
    pub entries: Rc<Vec<Entry>>,
    /// `(iso, folded name)` in alphabetical order, for Home/End and type-ahead on the map.
    pub alphabetical: Rc<Vec<(String, String)>>,
    /// Status of every entity on the axis and date shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// Compare mode: the entities with no change in the law between A and B (the same
    /// status, or only a move to or from a "no data" status: `core::compare`).
    pub unchanged: Option<Rc<HashSet<String>>>,
    /// The slider's events, labelled in the UI language, future ones (scheduled after
    /// today) included.
    pub ticks: Rc<Vec<Tick>>,
}

fn names(page: &PageData, lang: Lang) -> HashMap<String, String> {
    let cldr = CountryNames::new(lang);
    page.geo
        .features
        .iter()
        .map(|f| (f.iso.clone(), cldr.name(&f.iso, &f.name)))
        .collect()
}

/// The search entries, in the order of `alphabetical` (ISO codes in alphabetical order).
fn entries(page: &PageData, lang: Lang, alphabetical: &[(String, String)]) -> Vec<Entry> {
    let (fr, en) = (CountryNames::new(Lang::Fr), CountryNames::new(Lang::En));
    let display = CountryNames::new(lang);
    alphabetical
        .iter()
        .filter_map(|(iso, _)| page.feature_index.get(iso).map(|&i| &page.geo.features[i]))
        .map(|f| {
            let names = [&display, &fr, &en]
                .iter()
                .map(|n| fold(&n.name(&f.iso, &f.name)))
                .collect();
            // The map's own label ("Congo") is found, but never picked as an exact name.
            Entry::new(&f.iso, names).with_other_names(vec![fold(&f.name)])
        })
        .collect()
}

/// The slider's events in `lang`: the dataset's instruments, then the changes scheduled
/// after `today`, labelled with the countries' names.
fn all_ticks(
    page: &PageData,
    lang: Lang,
    today: Date,
    names: &HashMap<String, String>,
) -> Vec<Tick> {
    let mut all = ticks(page.model.dataset(), lang);
    let name_of = |iso: &str| name_of(names, iso);
    all.extend(future_ticks(&page.model, today, lang, &name_of));
    all.sort_by_key(|t| t.date);
    all
}

/// Names, search entries, statuses, the unchanged set and the slider's events (`today`:
/// the reader's today, after which scheduled changes are future ticks).
#[hook]
pub fn use_derived(page: &Rc<PageData>, lang: Lang, state: &MapState, today: Date) -> Derived {
    let names = {
        let page = page.clone();
        (*use_memo(lang, move |lang| Rc::new(names(&page, *lang)))).clone()
    };
    let collator = (*use_memo(lang, |lang| Rc::new(Collator::new(*lang)))).clone();
    let alphabetical = {
        let (names, collator) = (names.clone(), collator.clone());
        (*use_memo(lang, move |_| {
            Rc::new(alphabetical(&names, fold, &|a, b| collator.compare(a, b)))
        }))
        .clone()
    };
    let entries = {
        let (page, alphabetical) = (page.clone(), alphabetical.clone());
        (*use_memo(lang, move |lang| {
            Rc::new(entries(&page, *lang, &alphabetical))
        }))
        .clone()
    };
    let statuses = {
        let page = page.clone();
        (*use_memo((state.axis, state.date), move |(axis, date)| {
            Rc::new(
                page.model
                    .snapshot(*axis, *date)
                    .into_iter()
                    .collect::<HashMap<_, _>>(),
            )
        }))
        .clone()
    };
    let unchanged = {
        let page = page.clone();
        (*use_memo((state.axis, state.compare), move |(axis, compare)| {
            compare.map(|(a, b)| Rc::new(unchanged(&page.model, *axis, a, b)))
        }))
        .clone()
    };
    let ticks = {
        let (page, names) = (page.clone(), names.clone());
        (*use_memo((lang, today), move |(lang, today)| {
            Rc::new(all_ticks(&page, *lang, *today, &names))
        }))
        .clone()
    };
    Derived {
        names,
        collator,
        entries,
        alphabetical,
        statuses,
        unchanged,
        ticks,
    }
}
