use super::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn on_map(iso: &str) -> bool {
    ["CN", "MO", "FR", "XK"].contains(&iso)
}

fn limits() -> Limits<'static> {
    Limits {
        start: d("2022-10-07"),
        today: d("2026-02-01"),
        end: d("2027-04-06"),
        is_entity: &on_map,
        full: ViewBox::full(10000.0, 4500.0),
    }
}

fn config(pairs: &[(&str, &str)]) -> Config {
    let json = serde_json::Value::Object(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
            .collect(),
    );
    serde_json::from_value(json).unwrap()
}

#[test]
fn attributes_deserialize_trimmed_and_empty_is_absent() {
    let c: Config = serde_json::from_str(
        r#"{"lang": " fr ", "country": "", "view": null, "date": "2026-01-20", "theme": "dark"}"#,
    )
    .unwrap();
    assert_eq!(c.lang.as_deref(), Some("fr"));
    assert_eq!(c.country, None);
    assert_eq!(c.view, None);
    assert_eq!(c.date.as_deref(), Some("2026-01-20"));
    assert_eq!(c.compare, None, "missing field");
    assert_eq!(
        serde_json::from_str::<Config>("{}").unwrap(),
        Config::default()
    );
}

#[test]
fn valid_attributes_become_the_state() {
    let c = config(&[
        ("country", "cn"),
        ("view", "import"),
        ("date", "2026-01-20"),
    ]);
    let (s, warnings) = resolve(&c, None, &limits());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(s.selected.as_deref(), Some("CN"), "any case");
    assert_eq!(s.axis, Axis::Import);
    assert_eq!(s.date, d("2026-01-20"));
    assert_eq!((s.compare, s.mode), (None, Mode::Map));
    assert_eq!(s.view_box, limits().full);
}

#[test]
fn junk_falls_back_to_defaults_with_a_warning_each() {
    let c = config(&[
        ("country", "<img onerror=alert(1)>"),
        ("view", "sideways"),
        ("date", "yesterday"),
        ("compare", "then..now"),
        ("theme", "neon"),
    ]);
    let (s, warnings) = resolve(&c, None, &limits());
    assert_eq!(s.selected, None);
    assert_eq!(s.axis, Axis::Export);
    assert_eq!(s.date, limits().today);
    assert_eq!(s.compare, None);
    let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "view \"sideways\" is not \"export\" or \"import\"; ignored",
            "country \"<img onerror=alert(1)>\" is not the ISO 3166-1 alpha-2 code of a place on the map; ignored",
            "date \"yesterday\" is not a day written YYYY-MM-DD; ignored",
            "compare \"then..now\" is not YYYY-MM-DD..YYYY-MM-DD; ignored",
            "theme \"neon\" is not \"light\", \"dark\" or \"auto\"; ignored (light)",
        ]
    );
    let (_, none) = resolve(
        &config(&[("theme", "auto"), ("view", "import")]),
        None,
        &limits(),
    );
    assert!(none.is_empty(), "{none:?}");
    let (_, map) = resolve(&config(&[("view", "map")]), None, &limits());
    assert_eq!(map.len(), 1, "view=\"map\" warns: {map:?}");
}

#[test]
fn dates_are_kept_between_the_first_rule_and_the_sliders_end() {
    let (s, warnings) = resolve(&config(&[("date", "2020-01-01")]), None, &limits());
    assert_eq!(s.date, d("2022-10-07"));
    assert_eq!(
        warnings[0].0,
        "date \"2020-01-01\" is before the first rule (2022-10-07); showing 2022-10-07"
    );
    // Scheduled changes run to 2027-04-06: a story step or a link can show them.
    let (s, warnings) = resolve(&config(&[("date", "2027-04-06")]), None, &limits());
    assert_eq!(s.date, d("2027-04-06"), "the slider's end, after today");
    assert!(warnings.is_empty(), "{warnings:?}");
    let (s, warnings) = resolve(&config(&[("date", "2099-01-01")]), None, &limits());
    assert_eq!(s.date, d("2027-04-06"), "clamped to the slider's end");
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .0
            .starts_with("date \"2099-01-01\" is after the last day the map shows (2027-04-06"),
        "{warnings:?}"
    );
    let (s, warnings) = resolve(
        &config(&[("compare", "2030-01-01..2020-01-01")]),
        None,
        &limits(),
    );
    assert_eq!(
        s.compare,
        Some((d("2022-10-07"), d("2027-04-06"))),
        "ordered and clamped"
    );
    assert_eq!(s.date, d("2027-04-06"), "compare mode shows B");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    // Without anything scheduled, the end is today.
    let today_only = Limits {
        end: d("2026-02-01"),
        ..limits()
    };
    let (s, _) = resolve(&config(&[("date", "2026-12-01")]), None, &today_only);
    assert_eq!(s.date, d("2026-02-01"));
}

#[test]
fn a_junk_link_value_never_overrides_a_valid_attribute() {
    let c = config(&[
        ("country", "CN"),
        ("view", "import"),
        ("date", "2025-01-01"),
        ("compare", "2025-01-01..2025-06-01"),
    ]);
    let link = Link {
        country: Some("XX".into()),
        view: Some("sideways".into()),
        date: Some("2026-02-30".into()),
        compare: Some("soon".into()),
        mode: Some("chart".into()),
        zoom: Some("1,2".into()),
    };
    let (s, warnings) = resolve(&c, Some(&link), &limits());
    assert_eq!(s.selected.as_deref(), Some("CN"), "the attribute stays");
    assert_eq!(s.axis, Axis::Import);
    assert_eq!(s.compare, Some((d("2025-01-01"), d("2025-06-01"))));
    assert_eq!((s.mode, s.view_box), (Mode::Map, limits().full));
    let text: Vec<&str> = warnings.iter().map(|w| w.0.as_str()).collect();
    assert_eq!(text.len(), 6, "one warning per junk link value: {text:?}");
    assert!(text.contains(
        &"country \"XX\" in the link is not the ISO 3166-1 alpha-2 code of a place on the map; ignored"
    ));
    assert!(text.iter().all(|t| t.contains(" in the link ")), "{text:?}");
}

#[test]
fn a_deep_link_wins_part_by_part() {
    let c = config(&[
        ("country", "FR"),
        ("view", "import"),
        ("date", "2025-01-01"),
    ]);
    let link = Link {
        country: Some("MO".into()),
        compare: Some("2025-06-01..2026-01-01".into()),
        mode: Some("table".into()),
        zoom: Some("5000,1000,2500,1125".into()),
        ..Link::default()
    };
    let (s, warnings) = resolve(&c, Some(&link), &limits());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(s.selected.as_deref(), Some("MO"));
    assert_eq!(s.axis, Axis::Import, "from the attribute");
    assert_eq!(s.compare, Some((d("2025-06-01"), d("2026-01-01"))));
    assert_eq!(s.date, d("2026-01-01"));
    assert_eq!(s.mode, Mode::Table);
    assert_eq!(
        (s.view_box.x, s.view_box.w),
        (5000.0, 2500.0),
        "the zoom, in map units"
    );
}

#[test]
fn language_from_the_attribute_then_the_page_then_english() {
    let fr = config(&[("lang", "fr-CA")]);
    assert_eq!(resolve_lang(&fr, Some("de")), (Lang::Fr, vec![]));
    let none = Config::default();
    assert_eq!(resolve_lang(&none, Some("es-MX")).0, Lang::Es);
    assert_eq!(resolve_lang(&none, None).0, Lang::En);
    let (lang, warnings) = resolve_lang(&config(&[("lang", "xx")]), Some("de"));
    assert_eq!(lang, Lang::De);
    assert_eq!(
        warnings[0].0,
        "unsupported lang \"xx\", using the page's language"
    );
}

#[test]
fn after_mount_only_changed_attributes_apply() {
    let old = config(&[("country", "CN"), ("date", "2025-01-01")]);
    let new = config(&[("country", "FR"), ("date", "2025-01-01")]);
    let (resolved, _) = resolve(&new, None, &limits());
    assert_eq!(
        changes(&old, &new, &resolved),
        vec![Action::Select(Some("FR".into()))],
        "the date is not reset"
    );
    assert!(changes(&new, &new, &resolved).is_empty());
    let compare = config(&[
        ("date", "2024-01-01"),
        ("compare", "2025-01-01..2025-06-01"),
    ]);
    let (resolved, _) = resolve(&compare, None, &limits());
    let actions = changes(&old, &compare, &resolved);
    assert!(actions.contains(&Action::SetCompare(Some((
        d("2025-01-01"),
        d("2025-06-01")
    )))));
    assert!(
        !actions.iter().any(|a| matches!(a, Action::SetDate(_))),
        "the date attribute waits while comparing"
    );
}

#[test]
fn the_step_counter_arrives_as_a_number_and_defaults_to_zero() {
    let c: Config = serde_json::from_str(r#"{"country": "CN", "step": 3}"#).unwrap();
    assert_eq!(c.step, 3);
    assert_eq!(config(&[("country", "CN")]).step, 0);
}

#[test]
fn a_story_step_applies_every_attribute() {
    // The reader moved the date and picked France; the step says China on 2026-01-20,
    // attributes the element already had (it does not reflect the date).
    let old = config(&[
        ("country", "CN"),
        ("view", "import"),
        ("date", "2026-01-20"),
    ]);
    let step = Config {
        step: old.step + 1,
        ..old.clone()
    };
    let (resolved, _) = resolve(&step, None, &limits());
    assert_eq!(
        changes(&old, &step, &resolved),
        vec![
            Action::SetAxis(Axis::Import),
            Action::Select(Some("CN".into())),
            Action::SetCompare(None),
            Action::SetDate(d("2026-01-20")),
        ],
        "every attribute, changed or not"
    );
    assert!(
        changes(&step, &step, &resolved).is_empty(),
        "the same step again: nothing"
    );
    // Applied to a state the reader moved, the step restores what it says.
    let (mut moved, _) = resolve(&old, None, &limits());
    for a in [
        Action::SetDate(d("2023-05-05")),
        Action::Select(Some("FR".into())),
        Action::SetAxis(Axis::Export),
    ] {
        moved = moved.apply(a);
    }
    let taken = changes(&old, &step, &resolved)
        .into_iter()
        .fold(moved, |s, a| s.apply(a));
    assert_eq!(taken, resolved);
}

#[test]
fn a_story_step_into_compare_mode_leaves_the_date_to_the_range() {
    let old = config(&[("date", "2024-01-01")]);
    let new = Config {
        compare: Some("2025-01-01..2025-06-01".into()),
        step: 1,
        ..old.clone()
    };
    let (resolved, _) = resolve(&new, None, &limits());
    let actions = changes(&old, &new, &resolved);
    assert!(actions.contains(&Action::SetCompare(Some((
        d("2025-01-01"),
        d("2025-06-01")
    )))));
    assert!(!actions.iter().any(|a| matches!(a, Action::SetDate(_))));
}

#[test]
fn removing_compare_returns_to_the_date_attribute_or_today() {
    let comparing = config(&[
        ("date", "2024-01-01"),
        ("compare", "2025-01-01..2025-06-01"),
    ]);
    let (shown, _) = resolve(&comparing, None, &limits());
    assert_eq!(shown.date, d("2025-06-01"), "B while comparing");
    for (new, date) in [
        (config(&[("date", "2024-01-01")]), d("2024-01-01")),
        (Config::default(), limits().today),
    ] {
        let (resolved, _) = resolve(&new, None, &limits());
        let after = changes(&comparing, &new, &resolved)
            .into_iter()
            .fold(shown.clone(), |s, a| s.apply(a));
        assert_eq!(after.compare, None);
        assert_eq!(after.date, date, "not B");
    }
}
