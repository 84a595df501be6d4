//! The data editors' CLI (`h200-data`) on the shipped dataset, as a user runs it: the
//! done-conditions of issue 10 (status JSON of the UAE, China, Malaysia, Germany and the
//! United States), the "after as_of" warning, `check`'s freshness warning, `review`,
//! `log`, and a closed output pipe.

use std::io::Read;
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `h200-data ARGS`; returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_h200-data"))
        .args(args)
        .output()
        .expect("run h200-data");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `status ISO --at DATE --json`, parsed; panics with stderr on failure.
fn status(iso: &str, date: &str) -> (Value, String) {
    let (code, stdout, stderr) = run(&["status", iso, "--at", date, "--json"]);
    assert_eq!(code, 0, "{stderr}");
    (serde_json::from_str(&stdout).expect("JSON"), stderr)
}

fn source_ids(axis: &Value) -> Vec<&str> {
    axis["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect()
}

/// fr-2026-14132 (91 FR 43034): licence kept for the UAE, with named exempt parties.
#[test]
fn uae_at_2026_09_01_needs_a_licence_cites_91_fr_43034_and_names_the_exceptions() {
    let (r, _) = status("AE", "2026-09-01");
    let e = &r["export"];
    assert_eq!(e["status"], "license_required");
    let cites_rule = e["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["citation"].as_str().unwrap_or("").contains("91 FR 43034"));
    assert!(cites_rule, "{e:#}");
    let parties: Vec<&str> = e["exceptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["party"].as_str().unwrap())
        .collect();
    assert_eq!(parties.len(), 3, "{parties:?}");
    assert!(parties.iter().any(|p| p.contains("UAE Government")));
    assert!(parties.iter().any(|p| p.contains("G42 and Core42")));
    assert!(parties.iter().any(|p| p.contains("US-headquartered")));
    let g42 = &e["exceptions"][1];
    assert_eq!(g42["to"], "2027-04-05");
    let scheduled = e["scheduled"].as_array().unwrap();
    assert!(scheduled
        .iter()
        .any(|x| x["date"] == "2027-04-06" && x["change"] == "exception_ends"));
}

/// tomshardware-2026-08-19 and the other August 2026 reports: China's import is restricted
/// and cites them.
#[test]
fn china_import_at_2026_09_01_is_restricted_with_the_august_sources() {
    let (r, _) = status("CN", "2026-09-01");
    let i = &r["import"];
    assert_eq!(i["status"], "restricted");
    let ids = source_ids(i);
    for id in [
        "tomshardware-2026-08-19",
        "ft-2026-08-h200-deliveries",
        "digitimes-2026-08-19",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let conditions = i["conditions"].as_array().unwrap();
    assert!(!conditions
        .iter()
        .any(|c| c.as_str().unwrap().contains("no H200 had reached China")));
}

/// The rule of the panel (README, `core::scheduled::announced`): a change counts as
/// announced once its instrument is published. On 2025-12-08 none of China's import changes
/// of 2026 (halt orders 2026-01-07, customs 2026-01-14, first batch 2026-01-28, deliveries
/// 2026-08-19) nor the US rule 91 FR 1684 (published 2026-01-15) had been published.
#[test]
fn status_schedules_only_changes_announced_on_the_date_asked() {
    let dates = |axis: &Value| -> Vec<String> {
        axis["scheduled"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["date"].as_str().unwrap().to_string())
            .collect()
    };
    let (r, _) = status("CN", "2025-12-08");
    assert_eq!(r["import"]["status"], "restricted");
    for axis in ["import", "export"] {
        let a = &r[axis];
        assert_eq!(dates(a), Vec::<String>::new(), "{axis}: {a:#}");
        assert_eq!(a["next"], Value::Null, "{axis}");
    }
    // On 2026-02-01 the August 2026 deliveries report was still six months away.
    let (r, _) = status("CN", "2026-02-01");
    assert!(
        !dates(&r["import"]).contains(&"2026-08-19".to_string()),
        "{:#}",
        r["import"]
    );
    assert_eq!(r["import"]["next"], Value::Null);
    // On 2026-01-14, the day before 91 FR 1684 was published, its export change is unknown.
    let (r, _) = status("CN", "2026-01-14");
    assert_eq!(
        dates(&r["export"]),
        Vec::<String>::new(),
        "{:#}",
        r["export"]
    );
    // A change published ahead of its effect is "next": the rule of 2022-10-07 made the
    // export to China presumption of denial from 2022-10-21.
    let (r, _) = status("CN", "2022-10-14");
    assert_eq!(
        r["export"]["next"],
        serde_json::json!({"date": "2022-10-21", "status": "presumption_of_denial"})
    );
    // Announced changes are still listed: the UAE exemption's end, announced in July 2026.
    let (r, _) = status("AE", "2026-09-01");
    assert_eq!(dates(&r["export"]), vec!["2027-04-06".to_string()]);
}

/// thesun-2025-07-14-my + dnh-2025-07-my-directive: no import restriction; the transit and
/// transhipment permit is a note on the import rule.
#[test]
fn malaysia_import_is_no_restriction_known_with_the_transit_permit_in_its_note() {
    let (r, _) = status("MY", "2026-09-01");
    let i = &r["import"];
    assert_eq!(i["status"], "no_restriction_known");
    let permit = i["conditions"].as_array().unwrap().iter().any(|c| {
        let c = c.as_str().unwrap();
        c.contains("Strategic Trade Permit") && c.contains("transit")
    });
    assert!(permit, "{i:#}");
}

/// eurlex-2021-821-summary: Germany's import side is sourced; the United States is the
/// exporting country (ecfr-734-13).
#[test]
fn germany_import_is_sourced_and_the_us_export_is_not_applicable() {
    let (de, _) = status("DE", "2026-09-01");
    let i = &de["import"];
    assert!(
        i["status"] == "no_restriction_known" || i["status"] == "not_researched",
        "{i:#}"
    );
    if i["status"] == "no_restriction_known" {
        assert!(source_ids(i).contains(&"eurlex-2021-821-summary"));
    }
    let (us, _) = status("US", "2026-09-01");
    assert_eq!(us["export"]["status"], "not_applicable");
    assert!(source_ids(&us["export"]).contains(&"ecfr-734-13"));
}

/// README: a "no data" status (`not_researched`, `not_applicable`) carries neither a
/// confidence nor a "since" date, in `status --json`, its text and both `export` formats;
/// the field names stay (public contract), with `null` / an empty CSV field.
#[test]
fn no_data_statuses_carry_no_confidence_nor_date_in_any_output() {
    let (ae, _) = status("AE", "2026-09-01");
    assert_eq!(ae["import"]["status"], "not_researched");
    assert_eq!(
        ae["import"]["confidence"],
        Value::Null,
        "{:#}",
        ae["import"]
    );
    assert_eq!(ae["import"]["effective"], Value::Null);
    assert_eq!(ae["export"]["confidence"], "unconfirmed");
    assert_eq!(ae["export"]["effective"], "2023-11-17");
    let (us, _) = status("US", "2026-09-01");
    assert_eq!(us["export"]["confidence"], Value::Null);
    assert_eq!(us["export"]["effective"], Value::Null);
    let (_, text, _) = run(&["status", "AE", "--at", "2026-09-01"]);
    let line = text.lines().find(|l| l.contains("Import:")).unwrap();
    assert_eq!(line.trim(), "Import: not_researched", "{text}");

    let (code, csv, stderr) = run(&["export", "--format", "csv", "--at", "2026-09-01"]);
    assert_eq!(code, 0, "{stderr}");
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let ae = csv.lines().find(|l| l.starts_with("AE,")).unwrap();
    let ae: Vec<&str> = ae.split(',').collect();
    // AE's export sources hold no comma; its import columns follow them.
    assert_eq!(ae[col("import_status")], "not_researched", "{ae:?}");
    assert_eq!(ae[col("import_confidence")], "");
    assert_eq!(ae[col("import_since")], "");
    assert_eq!(ae[col("export_confidence")], "unconfirmed");

    let (code, json, stderr) = run(&["export", "--format", "json", "--at", "2026-09-01"]);
    assert_eq!(code, 0, "{stderr}");
    let rows: Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    for r in rows {
        for axis in ["export", "import"] {
            let no_data = ["not_researched", "not_applicable"]
                .contains(&r[format!("{axis}_status")].as_str().unwrap());
            for field in ["confidence", "since"] {
                let v = &r[format!("{axis}_{field}")];
                assert_eq!(v.is_null(), no_data, "{axis}_{field} of {r:#}");
            }
        }
    }
    assert!(rows
        .iter()
        .any(|r| r["iso"] == "AE" && r["import_since"].is_null()));
}

/// The "after as_of" warning: none up to 30 days after as_of (2026-11-30), so none on any
/// day up to as_of nor today (2026-12-01); one from the 31st day.
#[test]
fn the_after_as_of_warning_starts_thirty_days_after_as_of() {
    for date in [
        "2026-01-01",
        "2026-07-14",
        "2026-11-30",
        "2026-12-01",
        "2026-12-30",
    ] {
        let (r, stderr) = status("CN", date);
        assert!(!stderr.contains("warning"), "{date}: {stderr}");
        assert_eq!(r["after_as_of"], false, "{date}");
        assert_eq!(r["dataset_as_of"], "2026-11-30");
    }
    let (r, stderr) = status("CN", "2026-12-31");
    assert!(stderr.contains("later changes may be missing"), "{stderr}");
    assert_eq!(r["after_as_of"], true);
}

/// `check` warns on stderr, without failing, when as_of is more than 90 days before today.
#[test]
fn check_warns_without_failing_when_as_of_is_stale() {
    let (code, stdout, stderr) = run(&["check", "--today", "2027-03-01"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
    assert!(stderr.contains("91 days before today"), "{stderr}");
    let (code, _, stderr) = run(&["check", "--today", "2027-02-28"]);
    assert_eq!(code, 0);
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// `check` fails, naming `$.as_of`, when as_of is after today (beyond the one day a local
/// date can run ahead of UTC): "facts checked up to" a day still to come is false.
#[test]
fn check_refuses_an_as_of_after_today() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/h200.json"))
        .expect("shipped dataset");
    let as_of = r#""as_of": "2026-11-30""#;
    assert!(
        shipped.contains(as_of),
        "the shipped as_of moved: update this test"
    );
    let future = shipped.replacen(as_of, r#""as_of": "2027-06-01""#, 1);
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("future-as-of.json");
    std::fs::write(&file, future).unwrap();
    let file = file.to_str().unwrap();
    let (code, stdout, stderr) = run(&["check", file, "--today", "2026-12-02"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(stdout.is_empty(), "no ok line: {stdout}");
    assert!(
        stderr.contains("$.as_of: 2027-06-01 is after today (2026-12-02)"),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(&["check", file, "--today", "2027-06-01"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("ok: "), "{stdout}");
    // The shipped as_of (2026-11-30): one day ahead of UTC is an editor east of it, two
    // days is an error.
    let (code, _, stderr) = run(&["check", "--today", "2026-11-29"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run(&["check", "--today", "2026-11-28"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("$.as_of"), "{stderr}");
}

/// `review --json`: what needs a human, with kinds, paths and ids.
#[test]
fn review_lists_unconfirmed_facts_unread_primaries_and_scheduled_changes() {
    let (code, stdout, stderr) = run(&["review", "--json", "--today", "2026-12-01"]);
    assert_eq!(code, 0, "{stderr}");
    let items: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    let has = |kind: &str, id: &str| items.iter().any(|i| i["kind"] == kind && i["id"] == id);
    assert!(has("unconfirmed", "us-export-ae-2026-07"));
    assert!(has("primary_not_read", "fr-2026-14132"));
    assert!(has("mirror_as_primary", "us-bis-acs-2023-10"));
    assert!(has("no_source_read", "cn-import-2026-08-deliveries"));
    assert!(has("scheduled", "us-export-ae-2026-07"));
    assert!(!items.iter().any(|i| i["kind"] == "stale_as_of"));
    let (_, stdout, _) = run(&["review", "--json", "--today", "2027-06-01"]);
    assert!(stdout.contains("\"stale_as_of\""));
    let (_, text, _) = run(&["review", "--today", "2026-12-01"]);
    assert!(text.contains("item(s) to review"), "{text}");
}

/// `log --json`: the corrections, newest first, with their sources in full.
#[test]
fn log_prints_the_corrections_newest_first() {
    let (code, stdout, stderr) = run(&["log", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let log: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    assert!(log.len() >= 10);
    let dates: Vec<&str> = log.iter().map(|c| c["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let malaysia = log
        .iter()
        .find(|c| c["countries"].as_array().unwrap().iter().any(|x| x == "MY"))
        .expect("a Malaysia entry");
    assert!(malaysia["sources"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let (_, text, _) = run(&["log"]);
    assert!(text.contains("[MY] Malaysia"), "{text}");
}

/// A reader that closes the pipe early (`| head`) is not an error: exit 0, no panic text.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_h200-data"))
        .args(["export", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here: the next writes fail with a broken pipe.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// `render`: the map as SVG, drawn by the widget's renderer (the bench's static page).
#[test]
fn render_draws_every_entity_with_the_status_of_the_date() {
    let (code, svg, stderr) = run(&["render", "--at", "2026-02-01"]);
    assert_eq!(code, 0, "{stderr}");
    let svg = svg.trim();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10000 "));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(
        svg.matches(" data-iso=\"").count(),
        235,
        "one shape or marker per entity"
    );
    // Inline colours: China's case-by-case texture and its accessible name.
    let cn = svg.split("data-iso=\"CN\"").nth(1).expect("China");
    assert!(
        cn.starts_with(" fill=\"url(#p-case_by_case)\""),
        "{}",
        &cn[..80]
    );
    assert!(cn.contains("<title>China: Licence, case-by-case review</title>"));

    let (code, svg, stderr) = run(&[
        "render",
        "--view",
        "import",
        "--style",
        "classes",
        "--interactive",
        "--lang",
        "fr",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(svg.contains("data-iso=\"CN\" class=\"c s-restricted\" role=\"button\""));
    assert!(!svg.contains(" fill=\"url("), "classes only");

    let (code, _, stderr) = run(&["render", "--lang", "xx"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("--lang xx"), "{stderr}");
}
