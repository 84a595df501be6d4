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
    ]);
    let (s, warnings) = resolve(&c, None, &limits());
    assert_eq!(s.selected, None);
    assert_eq!(s.axis, Axis::Export);
    assert_eq!(s.date, limits().today);
    assert_eq!(s.compare, None);
    let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 4, "{text:?}");
    assert!(text[0].contains("unknown view \"sideways\""));
    assert!(text[1].contains("unknown country \"<img onerror=alert(1)>\""));
    assert!(text[2].contains("showing today"));
    assert!(text[3].contains("compare \"then..now\""));
}

#[test]
fn dates_are_clamped_to_the_dataset_and_today() {
    let (s, warnings) = resolve(&config(&[("date", "2020-01-01")]), None, &limits());
    assert_eq!(s.date, d("2022-10-07"));
    assert!(warnings[0].0.contains("before the first rule (2022-10-07)"));
    let (s, warnings) = resolve(&config(&[("date", "2030-01-01")]), None, &limits());
    assert_eq!(s.date, d("2026-02-01"), "never after today");
    assert!(warnings.is_empty());
    let (s, _) = resolve(
        &config(&[("compare", "2030-01-01..2020-01-01")]),
        None,
        &limits(),
    );
    assert_eq!(
        s.compare,
        Some((d("2022-10-07"), d("2026-02-01"))),
        "ordered and clamped"
    );
    assert_eq!(s.date, d("2026-02-01"), "compare mode shows B");
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
        view: None,
        date: None,
        compare: Some("2025-06-01..2026-01-01".into()),
    };
    let (s, warnings) = resolve(&c, Some(&link), &limits());
    assert!(warnings.is_empty());
    assert_eq!(s.selected.as_deref(), Some("MO"));
    assert_eq!(s.axis, Axis::Import, "from the attribute");
    assert_eq!(s.compare, Some((d("2025-06-01"), d("2026-01-01"))));
    assert_eq!(s.date, d("2026-01-01"));
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
