//! The rules engine on a small, hand-checked dataset (`tests/fixtures/small-valid.json`):
//! priorities, group membership over time, effective/previous/next dates, timelines and
//! the list of changes between two dates.

use h200_map::core::date::Date;
use h200_map::core::engine::{Model, ScheduledChange};
use h200_map::core::model::{Axis, Confidence, Status};
use h200_map::core::shipped;

fn model() -> Model {
    shipped::model_from_json(include_str!("fixtures/small-valid.json")).expect("fixture is valid")
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn a_specific_rule_wins_over_a_group_rule_from_its_first_day() {
    let m = model();
    let before = m.status("CN", Axis::Export, d("2026-01-14"));
    assert_eq!(before.status, Status::PresumptionOfDenial);
    assert_eq!(before.rules, vec!["d5-denial"]);
    assert_eq!(before.overridden, vec!["export-default"]);
    let after = m.status("CN", Axis::Export, d("2026-01-15"));
    assert_eq!(after.status, Status::CaseByCase);
    assert_eq!(after.rules, vec!["cn-case-by-case"]);
    assert_eq!(after.effective, d("2026-01-15"));
    assert_eq!(
        after.previous.map(|c| (c.date, c.status)),
        Some((d("2026-01-15"), Status::PresumptionOfDenial))
    );
    assert_eq!(after.next, None);
    assert_eq!(after.sources[0], "fr-2026-00789", "primary source first");
}

#[test]
fn membership_ending_changes_the_status_the_next_day_with_its_confidence() {
    let m = model();
    let kh = m.status("KH", Axis::Export, d("2026-02-02"));
    assert_eq!(kh.status, Status::PresumptionOfDenial);
    assert_eq!(
        kh.confidence,
        Confidence::Reported,
        "a reported membership weakens the status"
    );
    assert_eq!(
        kh.next.map(|c| (c.date, c.status)),
        Some((d("2026-02-03"), Status::NoLicenseRequired))
    );
    assert_eq!(
        m.status("KH", Axis::Export, d("2026-02-03")).status,
        Status::NoLicenseRequired
    );
}

#[test]
fn the_timeline_has_one_period_per_status_run() {
    let m = model();
    let t = m.timeline("CN", Axis::Export);
    let runs: Vec<(String, Option<String>, Status)> = t
        .iter()
        .map(|p| (p.from.to_string(), p.to.map(|x| x.to_string()), p.status))
        .collect();
    assert_eq!(
        runs,
        vec![
            (
                "2022-10-07".into(),
                Some("2023-11-16".into()),
                Status::NoLicenseRequired
            ),
            (
                "2023-11-17".into(),
                Some("2026-01-14".into()),
                Status::PresumptionOfDenial
            ),
            ("2026-01-15".into(), None, Status::CaseByCase),
        ]
    );
    assert_eq!(
        m.timeline("FR", Axis::Export).len(),
        1,
        "France never changed"
    );
}

#[test]
fn changes_lists_exactly_the_countries_that_changed() {
    let m = model();
    let mut changed: Vec<(String, Status, Status)> = m
        .changes(d("2025-06-01"), d("2026-02-01"))
        .into_iter()
        .map(|c| (c.iso, c.before.status, c.after.status))
        .collect();
    changed.sort();
    assert_eq!(
        changed,
        vec![
            ("CN".into(), Status::PresumptionOfDenial, Status::CaseByCase),
            ("MO".into(), Status::PresumptionOfDenial, Status::CaseByCase),
        ]
    );
    assert!(m.changes(d("2026-02-03"), d("2026-06-01")).is_empty());
}

#[test]
fn before_the_model_start_there_is_no_status() {
    let m = model();
    assert!(m.try_status("CN", Axis::Export, d("2022-10-06")).is_none());
    assert!(m.try_status("CN", Axis::Export, d("2022-10-07")).is_some());
}

#[test]
fn snapshot_covers_every_map_entity() {
    let m = model();
    let snap = m.snapshot(Axis::Import, d("2026-01-01"));
    assert_eq!(snap.len(), m.entities().len());
    assert!(snap.iter().all(|(_, s)| *s == Status::NoRestrictionKnown));
}

#[test]
fn widget_csv_matches_the_cli_csv_byte_for_byte() {
    use h200_map::core::report::{table, to_csv};
    let m = shipped::model();
    let rows = table(&m, d("2026-02-01"), |iso| {
        format!("Name of {iso}, with a comma")
    });
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for r in &rows {
        w.serialize(r).unwrap();
    }
    let cli = String::from_utf8(w.into_inner().unwrap()).unwrap();
    assert_eq!(to_csv(&rows), cli);
    assert!(cli.contains("CN,\"Name of CN, with a comma\",2026-02-01,case_by_case"));
}

/// Fenwick 2026-02 and RIN 0694-AK41: Cambodia left Country Group D:5 on 2026-02-03. The
/// change must cite that rule, not the 2023 rule whose D:1 licence requirement then applies.
#[test]
fn a_membership_change_cites_the_instrument_that_made_it() {
    let m = shipped::model();
    let kh = m.status("KH", Axis::Export, d("2026-02-03"));
    assert_eq!(kh.status, Status::LicenseRequired);
    assert_eq!(kh.cause.as_deref(), Some("us-bis-cambodia-d5-2026-02"));
    // The cause's sources lead: the copy of the rule (a mirror ranks above law firms), then
    // the law firm that reported it.
    let cause_sources = &m.instrument("us-bis-cambodia-d5-2026-02").unwrap().sources;
    assert!(cause_sources.contains(&kh.sources[0]), "{:?}", kh.sources);
    assert_eq!(kh.sources[0], "changeflow-2026-cambodia-mirror");
    assert_eq!(kh.sources[1], "fenwick-2026-02-d5");
    let last = m.timeline("KH", Axis::Export).pop().unwrap();
    assert_eq!(
        last.instrument.as_deref(),
        Some("us-bis-cambodia-d5-2026-02")
    );
    // A default status names no instrument (none caused it) and, on the import side, no
    // source: `not_researched` (Türkiye's import rules were not researched).
    let tr = m.timeline("TR", Axis::Import);
    assert_eq!(tr[0].instrument, None);
    let s = m.status("TR", Axis::Import, d("2026-02-03"));
    assert_eq!(s.status, Status::NotResearched);
    assert!(s.sources.is_empty());
}

/// Conditions show only on the days they hold, and their sources with them: no testimony
/// of 2026-02-24 in a view of 2026-02-01.
#[test]
fn a_condition_and_its_source_show_only_while_it_holds() {
    let m = model();
    let texts = |date: &str| -> Vec<String> {
        let s = m.status("CN", Axis::Export, d(date));
        m.conditions(&s).iter().map(|(_, c)| c.en.clone()).collect()
    };
    assert_eq!(texts("2026-02-01"), vec!["TPP < 21,000"]);
    assert_eq!(texts("2026-02-24").len(), 2);
    assert_eq!(texts("2026-07-13").len(), 2);
    assert_eq!(texts("2026-07-14"), vec!["TPP < 21,000"]);
    let cites = |date: &str| m.status("CN", Axis::Export, d(date)).sources;
    assert!(!cites("2026-02-01").contains(&"tradevae-2026-02-24".to_string()));
    assert!(cites("2026-03-01").contains(&"tradevae-2026-02-24".to_string()));
}

/// Named exceptions: each in force on its own dates; the end of one is a scheduled change
/// and a future change day, though the status does not change.
#[test]
fn exceptions_hold_on_their_dates_and_their_end_is_scheduled() {
    let m = model();
    let parties = |date: &str| -> Vec<String> {
        let s = m.status("CN", Axis::Export, d(date));
        m.exceptions(&s)
            .iter()
            .map(|(_, e)| e.party_en.clone())
            .collect()
    };
    assert_eq!(parties("2026-02-01"), vec!["Approved party A"]);
    assert_eq!(
        parties("2026-06-01"),
        vec!["Approved party A", "Approved party B"]
    );
    assert_eq!(parties("2027-04-06"), vec!["Approved party B"]);

    let later = m.scheduled("CN", Axis::Export, d("2026-06-01"));
    assert_eq!(later.len(), 1, "{later:?}");
    assert_eq!(later[0].date, d("2027-04-06"));
    assert_eq!(
        later[0].change,
        ScheduledChange::ExceptionEnds {
            rule: "cn-case-by-case".into(),
            index: 0
        }
    );
    assert!(m.scheduled("CN", Axis::Export, d("2027-04-06")).is_empty());
    assert!(m
        .change_days_after(d("2026-12-01"))
        .contains(&d("2027-04-06")));
    assert!(
        !m.boundaries().contains(&d("2027-04-06")),
        "no status changes that day"
    );
    // Before party B's exemption starts, its start is scheduled too.
    let early = m.scheduled("CN", Axis::Export, d("2026-02-01"));
    assert!(early.iter().any(|x| x.date == d("2026-03-01")
        && matches!(x.change, ScheduledChange::ExceptionStarts { index: 1, .. })));
}

/// A membership ending is scheduled twice over: the group change and the status it brings.
#[test]
fn a_known_membership_end_is_scheduled_with_its_status_change() {
    let m = model();
    let later = m.scheduled("KH", Axis::Export, d("2026-01-01"));
    let changes: Vec<(String, ScheduledChange)> = later
        .iter()
        .map(|x| (x.date.to_string(), x.change.clone()))
        .collect();
    assert!(changes.contains(&(
        "2026-02-03".into(),
        ScheduledChange::Status {
            before: Status::PresumptionOfDenial,
            after: Status::NoLicenseRequired
        }
    )));
    assert!(changes.contains(&(
        "2026-02-03".into(),
        ScheduledChange::LeavesGroup {
            group: "D:5".into()
        }
    )));
    assert!(m.scheduled("KH", Axis::Export, d("2026-02-03")).is_empty());
    assert!(m.scheduled("FR", Axis::Export, d("2022-10-07")).is_empty());
    assert!(
        m.scheduled("KH", Axis::Import, d("2026-01-01")).is_empty(),
        "D:5 is an export group"
    );
}

/// The panel's history at a date lists nothing after it: on 2025-12-08 China's import had
/// been not researched, then restricted (customs checks, 2025-10-10), and that restriction
/// had no end yet; the block of 2026-01-14 and the reports of 2026-08-19 come later.
#[test]
fn history_until_a_date_lists_nothing_after_it() {
    let m = shipped::model();
    let h = m.history_until("CN", Axis::Import, d("2025-12-08"));
    let runs: Vec<(Date, Status)> = h.iter().map(|p| (p.from, p.status)).collect();
    assert_eq!(
        runs,
        [
            (d("2022-10-07"), Status::NotResearched),
            (d("2025-10-10"), Status::Restricted)
        ]
    );
    assert_eq!(h[0].to, Some(d("2025-10-09")));
    assert_eq!(
        h[1].to, None,
        "its end (2026-01-06, before the halt orders) had not come"
    );
    let full = m.timeline("CN", Axis::Import);
    assert!(full.iter().any(|p| p.from == d("2026-01-14")));
    assert_eq!(full[1].to, Some(d("2026-01-06")));
    // On the day of a change, that change is history; the whole timeline at its end.
    let on = m.history_until("CN", Axis::Import, d("2026-01-14"));
    assert_eq!(
        on.last().map(|p| (p.from, p.status)),
        Some((d("2026-01-14"), Status::Blocked))
    );
    assert_eq!(m.history_until("CN", Axis::Import, d("2027-01-01")), full);
}
