//! The embed contract: the `<h200-map>` element's attributes ([`Config`]), and how they,
//! a deep link and the page turn into a valid [`MapState`] ([`resolve`]). Pure: the page's
//! inputs (today, the URL fragment, `<html lang>`) come in as [`PageInputs`], and problems
//! come back as [`Warning`] values for the caller to print.

use std::fmt;

use serde::{Deserialize, Deserializer};

use super::date::Date;
use super::deeplink::{self, Link};
use super::i18n::Lang;
use super::model::Axis;
use super::state::{Action, MapState, Mode};
use super::view::ViewBox;

/// The host element's attributes, as given: strings, trimmed, an empty one counts as absent.
/// The loader (`www/h200-map.js`) forwards them as a JS object
/// `{lang, country, view, date, compare}` of strings or nulls, plus `step`, a number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Config {
    /// `lang`: `fr`, `en`, `de` or `es` (else the page's `<html lang>`, else English).
    #[serde(deserialize_with = "trimmed")]
    pub lang: Option<String>,
    /// `country`: ISO 3166-1 alpha-2 to preselect (any case).
    #[serde(deserialize_with = "trimmed")]
    pub country: Option<String>,
    /// `view`: `export` (default) or `import`.
    #[serde(deserialize_with = "trimmed")]
    pub view: Option<String>,
    /// `date`: `YYYY-MM-DD` to show (default: today).
    #[serde(deserialize_with = "trimmed")]
    pub date: Option<String>,
    /// `compare`: `YYYY-MM-DD..YYYY-MM-DD` to open in compare mode.
    #[serde(deserialize_with = "trimmed")]
    pub compare: Option<String>,
    /// Story steps taken (not an attribute: the loader counts the `<h200-map-step>`s it
    /// applied; absent: 0). When it changes, every attribute applies, not only the changed
    /// ones: a step takes over from the reader's own choices, such as a date moved on the
    /// slider, which the element does not reflect (see [`changes`]).
    pub step: u32,
}

/// Trims a string attribute; empty or null is `None`.
fn trimmed<'de, D: Deserializer<'de>>(de: D) -> Result<Option<String>, D::Error> {
    let value = Option::<String>::deserialize(de)?;
    Ok(value
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty()))
}

/// What the widget reads from the page it is embedded in, once, when it mounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageInputs {
    /// The reader's local date.
    pub today: Date,
    /// The page URL's fragment (`#…`, or empty).
    pub hash: String,
    /// The `lang` attribute of the page's `<html>` element.
    pub html_lang: Option<String>,
    /// This map's key in deep links (see [`deeplink::key`]).
    pub link_key: String,
}

/// A junk attribute or link value, ignored: the message says what was given and what is
/// used instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning(pub String);

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a state may hold on this map: the range of dates and the map's entities.
pub struct Limits<'a> {
    /// The first day the dataset covers.
    pub start: Date,
    /// The last day the widget shows (today, never before `start`).
    pub today: Date,
    /// True for an ISO code drawn on the map.
    pub is_entity: &'a dyn Fn(&str) -> bool,
    /// The whole map.
    pub full: ViewBox,
}

impl Limits<'_> {
    fn clamp(&self, d: Date) -> Date {
        d.clamp(self.start, self.today.max(self.start))
    }
}

/// The UI language: the `lang` attribute, else the page's `<html lang>`, else English.
pub fn resolve_lang(config: &Config, html_lang: Option<&str>) -> (Lang, Vec<Warning>) {
    let mut warnings = Vec::new();
    if let Some(tag) = &config.lang {
        if let Some(l) = Lang::from_tag(tag) {
            return (l, warnings);
        }
        warnings.push(Warning(format!(
            "unsupported lang {tag:?}, using the page's language"
        )));
    }
    let lang = html_lang.and_then(Lang::from_tag).unwrap_or(Lang::En);
    (lang, warnings)
}

/// Turns attributes, overridden part by part by a deep link, into a valid state.
/// Junk values fall back to the defaults, each with a [`Warning`].
pub fn resolve(
    config: &Config,
    link: Option<&Link>,
    limits: &Limits<'_>,
) -> (MapState, Vec<Warning>) {
    let empty = Link::default();
    let link = link.unwrap_or(&empty);
    let pick = |l: &Option<String>, c: &Option<String>| l.clone().or_else(|| c.clone());
    let mut warnings = Vec::new();
    let axis = resolve_axis(pick(&link.view, &config.view), &mut warnings);
    let selected = pick(&link.country, &config.country).and_then(|c| {
        let iso = c.trim().to_ascii_uppercase();
        if (limits.is_entity)(&iso) {
            return Some(iso);
        }
        warnings.push(Warning(format!(
            "unknown country {c:?} (expected an ISO 3166-1 alpha-2 code on the map)"
        )));
        None
    });
    let date = resolve_date(pick(&link.date, &config.date), limits, &mut warnings);
    let compare =
        pick(&link.compare, &config.compare).and_then(|c| match deeplink::parse_range(&c) {
            Some((a, b)) => Some((limits.clamp(a.min(b)), limits.clamp(a.max(b)))),
            None => {
                warnings.push(Warning(format!(
                    "compare {c:?} is not YYYY-MM-DD..YYYY-MM-DD"
                )));
                None
            }
        });
    let state = MapState {
        axis,
        selected,
        date: compare.map_or(date, |(_, b)| b),
        compare,
        mode: Mode::Map,
        view_box: limits.full,
    };
    (state, warnings)
}

fn resolve_axis(view: Option<String>, warnings: &mut Vec<Warning>) -> Axis {
    match view.as_deref() {
        None | Some("export") => Axis::Export,
        Some("import") => Axis::Import,
        Some(other) => {
            warnings.push(Warning(format!("unknown view {other:?}, using \"export\"")));
            Axis::Export
        }
    }
}

fn resolve_date(date: Option<String>, limits: &Limits<'_>, warnings: &mut Vec<Warning>) -> Date {
    match date.as_deref().map(str::parse::<Date>) {
        None => limits.today,
        Some(Ok(d)) => {
            if d < limits.start {
                warnings.push(Warning(format!(
                    "date {d} is before the first rule ({}), showing {}",
                    limits.start, limits.start
                )));
            }
            limits.clamp(d)
        }
        Some(Err(e)) => {
            warnings.push(Warning(format!("{e}, showing today")));
            limits.today
        }
    }
}

/// The actions that apply an attribute change after mount: only the attributes that
/// changed from `old` to `new` (`resolved` is `new` resolved), so that reflecting `country`
/// and `view` back onto the element does not reset the date or the comparison; all of them
/// when `step` changed (a story step takes over from the reader's choices). Leaving compare
/// mode (removing `compare`) returns to the `date` attribute, else today, not to date B.
/// A `date` change is ignored while the attributes ask for compare mode.
pub fn changes(old: &Config, new: &Config, resolved: &MapState) -> Vec<Action> {
    let all = old.step != new.step;
    let mut actions = Vec::new();
    if all || old.view != new.view {
        actions.push(Action::SetAxis(resolved.axis));
    }
    if all || old.country != new.country {
        actions.push(Action::Select(resolved.selected.clone()));
    }
    if all || old.compare != new.compare {
        actions.push(Action::SetCompare(resolved.compare));
    }
    let date_moved = old.date != new.date || old.compare != new.compare;
    if (all || date_moved) && resolved.compare.is_none() {
        actions.push(Action::SetDate(resolved.date));
    }
    actions
}

#[cfg(test)]
mod tests;
