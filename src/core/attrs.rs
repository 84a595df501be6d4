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
/// `{lang, country, view, date, compare, theme}` of strings or nulls, plus `step`, a number.
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
    /// `theme`: `light` (the default), `dark` or `auto` (the reader's
    /// `prefers-color-scheme`). Applied by the stylesheet (`:host([theme=…])`); checked
    /// here only to warn about other values ([`THEMES`]).
    #[serde(deserialize_with = "trimmed")]
    pub theme: Option<String>,
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

/// The values of the `theme` attribute: `light` (also the default: a host page expects a
/// light box, whatever the reader's system theme, as Datawrapper embeds do), `dark`, and
/// `auto` (the reader's `prefers-color-scheme`, followed live).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// What a state may hold on this map: the range of dates and the map's entities.
pub struct Limits<'a> {
    /// The first day the dataset covers.
    pub start: Date,
    /// The reader's today (the default date; never before `start`).
    pub today: Date,
    /// The last day the widget shows: the slider's end, the last change already scheduled
    /// (`core::scheduled::slider_end`, e.g. 2027-04-06), else today.
    pub end: Date,
    /// True for an ISO code drawn on the map.
    pub is_entity: &'a dyn Fn(&str) -> bool,
    /// The whole map.
    pub full: ViewBox,
}

impl Limits<'_> {
    fn last(&self) -> Date {
        self.end.max(self.today).max(self.start)
    }

    fn clamp(&self, d: Date) -> Date {
        d.clamp(self.start, self.last())
    }

    fn today(&self) -> Date {
        self.today.max(self.start)
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
///
/// Each value is checked on its own. A junk value is ignored with a [`Warning`] naming it:
/// a junk attribute leaves the default, a junk link value leaves the attribute (a link
/// never replaces a valid attribute with junk). Dates are kept between the dataset's first
/// day and the slider's end ([`Limits::end`]): a day outside is shown at the nearest day
/// the map can show (the day the slider's Home or End key reaches), with a warning, rather
/// than dropped for today, which would be further from what the page asked for.
pub fn resolve(
    config: &Config,
    link: Option<&Link>,
    limits: &Limits<'_>,
) -> (MapState, Vec<Warning>) {
    let empty = Link::default();
    let link = link.unwrap_or(&empty);
    let mut w = Vec::new();
    let axis = pick(&link.view, &config.view, "view", &mut w, parse_axis).unwrap_or(Axis::Export);
    let country = |c: &str| {
        let iso = c.to_ascii_uppercase();
        match (limits.is_entity)(&iso) {
            true => Ok((iso, None)),
            false => Err("is not the ISO 3166-1 alpha-2 code of a place on the map".to_string()),
        }
    };
    let selected = pick(&link.country, &config.country, "country", &mut w, country);
    let date = pick(&link.date, &config.date, "date", &mut w, |d| day(d, limits))
        .unwrap_or_else(|| limits.today());
    let compare = pick(&link.compare, &config.compare, "compare", &mut w, |c| {
        range(c, limits)
    });
    let mode = pick(&link.mode, &None, "mode", &mut w, parse_mode).unwrap_or(Mode::Map);
    let view_box = pick(&link.zoom, &None, "zoom", &mut w, |z| {
        deeplink::parse_zoom(z, &limits.full)
            .map(|v| (v, None))
            .ok_or_else(|| "is not X,Y,W,H in whole map units".to_string())
    })
    .unwrap_or(limits.full);
    if let Some(theme) = config.theme.as_deref().filter(|t| !THEMES.contains(t)) {
        w.push(Warning(format!(
            "theme {theme:?} is not \"light\", \"dark\" or \"auto\"; ignored (light)"
        )));
    }
    let state = MapState {
        axis,
        selected,
        date: compare.map_or(date, |(_, b)| b),
        compare,
        mode,
        view_box,
    };
    (state, w)
}

/// A value checked by `check`: `Ok((value, note))`, the note saying how a value that is
/// used was moved (a clamped date), or `Err(why)`. The link's value when it is valid, else
/// the attribute's; each junk value and each note is a warning, naming the value.
fn pick<T>(
    link: &Option<String>,
    attr: &Option<String>,
    name: &str,
    warnings: &mut Vec<Warning>,
    check: impl Fn(&str) -> Result<(T, Option<String>), String>,
) -> Option<T> {
    let mut checked = |value: &str, place: &str| match check(value) {
        Ok((v, note)) => {
            if let Some(note) = note {
                warnings.push(Warning(format!("{name} {value:?}{place} {note}")));
            }
            Some(v)
        }
        Err(why) => {
            warnings.push(Warning(format!("{name} {value:?}{place} {why}; ignored")));
            None
        }
    };
    let from_attr = attr.as_deref().and_then(|v| checked(v, ""));
    link.as_deref()
        .and_then(|v| checked(v, " in the link"))
        .or(from_attr)
}

fn parse_axis(view: &str) -> Result<(Axis, Option<String>), String> {
    match view {
        "export" => Ok((Axis::Export, None)),
        "import" => Ok((Axis::Import, None)),
        _ => Err("is not \"export\" or \"import\"".into()),
    }
}

fn parse_mode(mode: &str) -> Result<(Mode, Option<String>), String> {
    match mode {
        "map" => Ok((Mode::Map, None)),
        "table" => Ok((Mode::Table, None)),
        _ => Err("is not \"map\" or \"table\"".into()),
    }
}

/// Why `d` is moved to the nearest day the map shows, if it is outside the limits.
fn outside(d: Date, limits: &Limits<'_>) -> Option<String> {
    if d < limits.start {
        Some(format!(
            "is before the first rule ({}); showing {}",
            limits.start, limits.start
        ))
    } else if d > limits.last() {
        Some(format!(
            "is after the last day the map shows ({}, the last change already scheduled); showing {}",
            limits.last(),
            limits.last()
        ))
    } else {
        None
    }
}

/// A day, moved within the limits (with a note) if it is outside.
fn day(text: &str, limits: &Limits<'_>) -> Result<(Date, Option<String>), String> {
    let d: Date = text
        .parse()
        .map_err(|_| "is not a day written YYYY-MM-DD".to_string())?;
    Ok((limits.clamp(d), outside(d, limits)))
}

/// A range `A..B`, put in order, each day moved within the limits (with a note).
fn range(text: &str, limits: &Limits<'_>) -> Result<((Date, Date), Option<String>), String> {
    let (a, b) = deeplink::parse_range(text).ok_or("is not YYYY-MM-DD..YYYY-MM-DD")?;
    let (a, b) = (a.min(b), a.max(b));
    let note = outside(a, limits).or_else(|| outside(b, limits));
    Ok(((limits.clamp(a), limits.clamp(b)), note))
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
