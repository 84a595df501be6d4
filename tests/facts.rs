//! Dated fact checks on the shipped dataset (`data/h200.json`).
//!
//! Each row is one country on one day with its expected US export status, destination
//! import status and, where the research makes it clear, the expected confidence of the
//! export status. The comment above each row names the source that justifies it (source ids
//! are those of `data/h200.json`). When the law changes, add rows here: a row that fails
//! after a data edit means either the edit or the row is wrong, so read the source again.

use h200_map::core::{
    date::Date,
    model::{Axis, Confidence, Status},
    shipped,
};

use Confidence::{Confirmed, Reported, Unconfirmed};
use Status::{
    Blocked, CaseByCase, Embargoed, LicenseRequired, NoLicenseRequired, NoRestrictionKnown,
    PermitRequired, PresumptionOfDenial, Restricted,
};

/// One dated fact: (country, date, export status, import status, export confidence if checked).
type Fact = (
    &'static str,
    &'static str,
    Status,
    Status,
    Option<Confidence>,
);

#[rustfmt::skip]
const FACTS: &[Fact] = &[
    // ---- China (CN) ----
    // steptoe-2022-10: the October 2022 rule was issued 2022-10-07, but its 3A090 licence requirement took effect only 2022-10-21
    ("CN", "2022-10-10", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // steptoe-2022-10 + fr-2023-23055-mirror (88 FR 73458 extends the China/Macau requirement): licence, presumption of denial (reported)
    ("CN", "2022-11-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // fr-2026-00789 (91 FR 1684): China and Macau moved *from* presumption of denial on 2026-01-15; AI Diffusion never enforced (alston-2025-05)
    ("CN", "2025-06-01", PresumptionOfDenial, NoRestrictionKnown, Some(Confirmed)),
    // asiafinancial-2025-10-10 (FT): strict customs checks on advanced-chip imports at major ports from 2025-10-10
    ("CN", "2025-10-10", PresumptionOfDenial, Restricted, Some(Confirmed)),
    // americanbazaar-2025-12-09: Trump's 2025-12-08 announcement did not change the licence review policy (91 FR 1684 did, on 2026-01-15)
    ("CN", "2025-12-15", PresumptionOfDenial, Restricted, Some(Confirmed)),
    // devdiscourse-2026-01-07 (The Information/Reuters): Beijing asks firms to halt new H200 orders
    ("CN", "2026-01-07", PresumptionOfDenial, Restricted, Some(Confirmed)),
    // oninvest-2026-01-14 (Reuters): customs told agents H200 imports are "not permitted"; 91 FR 1684 not yet in effect
    ("CN", "2026-01-14", PresumptionOfDenial, Blocked, Some(Confirmed)),
    // fr-2026-00789 (91 FR 1684, govinfo, 2026-01-15): CN case-by-case from 2026-01-15; import still blocked (oninvest-2026-01-14)
    ("CN", "2026-01-15", CaseByCase, Blocked, Some(Confirmed)),
    // businesstimes-2026-01-28 (Reuters): first batch of H200 imports approved (ByteDance, Alibaba, Tencent): selective approval
    ("CN", "2026-01-28", CaseByCase, Restricted, Some(Confirmed)),
    // fr-2026-00789 + businesstimes-2026-01-28
    ("CN", "2026-02-01", CaseByCase, Restricted, Some(Confirmed)),
    // tradevae-2026-02-24 (Reuters): no H200 sold so far, a condition, not a status change; June 2026 pause UNCONFIRMED (no source with a URL)
    ("CN", "2026-06-15", CaseByCase, Restricted, Some(Confirmed)),

    // ---- Macau (MO) ----
    // steptoe-2022-10 + fr-2023-23055-mirror: Macau covered with China from 2022-10-21
    ("MO", "2022-11-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // fr-2026-00789 (91 FR 1684): Macau under presumption of denial until 2026-01-14
    ("MO", "2024-06-01", PresumptionOfDenial, NoRestrictionKnown, Some(Confirmed)),
    // fr-2026-00789 (91 FR 1684): Macau case-by-case from 2026-01-15
    ("MO", "2026-02-01", CaseByCase, NoRestrictionKnown, Some(Confirmed)),

    // ---- Hong Kong (HK) ----
    // bakermckenzie-2020-12-hk: HK treated as China since 2020-12-23; hk-customs-strategic: import licence for strategic commodities (H200 listing UNCONFIRMED)
    ("HK", "2022-11-01", PresumptionOfDenial, PermitRequired, Some(Reported)),
    // bakermckenzie-2020-12-hk (HK in D:5 as China) + fenwick-2026-01-h200 (D:5: presumption of denial)
    ("HK", "2024-06-01", PresumptionOfDenial, PermitRequired, Some(Reported)),
    // fr-2026-00789 names only China and Macau: HK case-by-case is UNCONFIRMED
    ("HK", "2026-02-01", CaseByCase, PermitRequired, Some(Unconfirmed)),

    // ---- Cambodia (KH) ----
    // steptoe-2022-10: the 2022 rule covered China and Macau only
    ("KH", "2023-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // fenwick-2026-02-d5: Cambodia in D:5 until its removal on 2026-02-03; fenwick-2026-01-h200: D:5 presumption of denial
    ("KH", "2024-06-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // fenwick-2026-02-d5: last day in D:5
    ("KH", "2026-02-02", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // fenwick-2026-02-d5: removed from D:5 on 2026-02-03, stays in D:1 -> licence (afs-2026-01-h200), review policy UNCONFIRMED
    ("KH", "2026-02-03", LicenseRequired, NoRestrictionKnown, Some(Reported)),

    // ---- Israel (IL): D:4 but also A:6 ----
    // afs-2026-01-h200: D:1/D:4 licence requirement excludes A:5/A:6 countries; ecfr-740-supp1: IL in A:6
    ("IL", "2024-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // afs-2026-01-h200 + ecfr-740-supp1
    ("IL", "2026-02-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),

    // ---- D:1/D:4 countries: licence from 2023-11-17, not before ----
    // fr-2023-23055-mirror (88 FR 73458): D:1/D:4 requirement effective 2023-11-17
    ("AE", "2023-11-16", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // fr-2023-23055-mirror + afs-2026-01-h200: AE (D:4) licence required; membership from ecfr-740-supp1 (reported)
    ("AE", "2023-11-17", LicenseRequired, NoRestrictionKnown, Some(Reported)),
    // fr-2023-23055-mirror: not before 2023-11-17
    ("SA", "2023-11-16", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // afs-2026-01-h200 + millerchevalier-2025-05; fudzilla-2025-11-20: licences granted in practice (Humain)
    ("SA", "2025-12-01", LicenseRequired, NoRestrictionKnown, Some(Reported)),
    // steptoe-2022-10: China and Macau only in 2022-2023
    ("VN", "2023-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // afs-2026-01-h200: VN (D:1) licence required
    ("VN", "2026-02-01", LicenseRequired, NoRestrictionKnown, Some(Reported)),
    // afs-2026-01-h200 + millerchevalier-2025-05: KZ (D:1) licence required
    ("KZ", "2026-02-01", LicenseRequired, NoRestrictionKnown, Some(Reported)),
    // afs-2026-01-h200: PK (D:4) licence required
    ("PK", "2024-06-01", LicenseRequired, NoRestrictionKnown, Some(Reported)),

    // ---- Other D:5 countries: presumption of denial from 2023-11-17; not in the 2026 China policy ----
    // steptoe-2022-10: China and Macau only before 2023-11-17
    ("AF", "2023-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // fenwick-2026-01-h200: D:5 presumption of denial
    ("AF", "2024-06-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // fenwick-2026-01-h200: other D:5 countries not included in the 2026 case-by-case policy
    ("VE", "2026-02-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),

    // ---- France, Germany and other US allies (A:5/A:6, not in D:1/D:4/D:5) ----
    // afs-2026-01-h200 + millerchevalier-2025-05: no country-level licence outside D:1/D:4/D:5/Macau
    ("FR", "2026-01-14", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // afs-2026-01-h200 + millerchevalier-2025-05
    ("DE", "2024-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // afs-2026-01-h200 + millerchevalier-2025-05
    ("JP", "2026-02-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // afs-2026-01-h200 + millerchevalier-2025-05
    ("GB", "2023-12-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // ecfr-740-supp1: Taiwan in A:6 (only D:3, irrelevant to 3A090); investing-tw-2025-06-14 is an export rule of Taiwan
    ("TW", "2026-02-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),

    // ---- Russia, Belarus: policy of denial (EAR §746.8) ----
    // akingump-2022-03-08: licence for all CCL items, general policy of denial
    ("RU", "2022-10-07", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // akingump-2022-03-08
    ("RU", "2026-02-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // akingump-2022-03-08
    ("BY", "2024-06-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),

    // ---- Embargoes: Cuba (E:2), Iran, North Korea, Syria (E:1) ----
    // ecfr-740-supp1: CU in E:2
    ("CU", "2022-10-07", Embargoed, NoRestrictionKnown, Some(Reported)),
    // ecfr-740-supp1: IR in E:1
    ("IR", "2026-02-01", Embargoed, NoRestrictionKnown, Some(Reported)),
    // ecfr-740-supp1: KP in E:1
    ("KP", "2024-06-01", Embargoed, NoRestrictionKnown, Some(Reported)),
    // ecfr-740-supp1: SY in E:1 before the easing
    ("SY", "2025-09-01", Embargoed, NoRestrictionKnown, Some(Reported)),
    // covington-2025-09-syria: eased 2025-09-02 but still E:1; 3A090 policy after the easing UNCONFIRMED
    ("SY", "2025-09-02", Embargoed, NoRestrictionKnown, Some(Unconfirmed)),

    // ---- Malaysia (MY): Strategic Trade Permit from 2025-07-14 ----
    // thestar-2025-07-15 (Reuters): MITI permit effective 2025-07-14, not before
    ("MY", "2025-07-13", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // thestar-2025-07-15 (Reuters): export/transshipment/transit permit for US-origin AI chips
    ("MY", "2025-07-14", NoLicenseRequired, PermitRequired, Some(Confirmed)),

    // ---- AI Diffusion rule (90 FR 4544): never enforced, so no licence for Tier 2 countries ----
    // alston-2025-05 + millerchevalier-2025-05: rescinded 2025-05-13 before its 2025-05-15 compliance date
    ("IN", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Singapore (Tier 2) needs no licence
    ("SG", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Mexico (Tier 2)
    ("MX", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Portugal (Tier 2)
    ("PT", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Türkiye (Tier 2)
    ("TR", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // bis-ai-diffusion: published 2025-01-15, compliance date 2025-05-15 never reached
    ("IN", "2025-02-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
];

fn day(s: &str) -> Date {
    s.parse()
        .unwrap_or_else(|e| panic!("bad date in fact table: {e}"))
}

#[test]
fn dated_facts_hold() {
    let model = shipped::model();
    let mut failures = Vec::new();
    for &(iso, date, export, import, confidence) in FACTS {
        let d = day(date);
        let e = model.status(iso, Axis::Export, d);
        let i = model.status(iso, Axis::Import, d);
        if e.status != export {
            failures.push(format!(
                "{iso} {date} export: got {} (rules {:?}), expected {}",
                e.status.code(),
                e.rules,
                export.code()
            ));
        }
        if i.status != import {
            failures.push(format!(
                "{iso} {date} import: got {} (rules {:?}), expected {}",
                i.status.code(),
                i.rules,
                import.code()
            ));
        }
        if let Some(c) = confidence {
            if e.confidence != c {
                failures.push(format!(
                    "{iso} {date} export confidence: got {}, expected {}",
                    e.confidence.code(),
                    c.code()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fact(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn fact_table_is_large_enough() {
    assert!(FACTS.len() >= 30, "keep at least 30 dated facts");
}

// fr-2026-00789 (91 FR 1684): China's export status changed on 2026-01-15, from presumption of
// denial; businesstimes-2026-01-28: its import status changed on 2026-01-28, from blocked.
#[test]
fn china_changes_are_dated() {
    let model = shipped::model();
    let e = model.status("CN", Axis::Export, day("2026-02-01"));
    assert_eq!(e.effective, day("2026-01-15"));
    assert_eq!(e.previous.map(|c| c.status), Some(PresumptionOfDenial));
    assert_eq!(
        e.rules.first().map(String::as_str),
        Some("us-export-2026-cn-mo-case-by-case")
    );
    assert_eq!(
        e.sources.first().map(String::as_str),
        Some("fr-2026-00789"),
        "primary source first"
    );

    let i = model.status("CN", Axis::Import, day("2026-02-01"));
    assert_eq!(i.effective, day("2026-01-28"));
    assert_eq!(i.previous.map(|c| c.status), Some(Blocked));
}

// bis-ai-diffusion + alston-2025-05: the AI Diffusion rule appears in timelines but never
// produces a status.
#[test]
fn ai_diffusion_rule_is_not_law_in_force() {
    let model = shipped::model();
    let d = model.dataset();
    let inst = d
        .instruments
        .iter()
        .find(|i| i.id == "us-bis-ai-diffusion-2025-01")
        .expect("AI Diffusion instrument present for timelines");
    assert!(!inst.enforced);
    assert!(d
        .rules
        .iter()
        .all(|r| r.instrument.as_deref() != Some(inst.id.as_str())));
}

// Research (section b): outside the listed countries, no destination-side import rule was
// found; the default says so and is `unconfirmed`, never a confirmation.
#[test]
fn import_default_is_unconfirmed() {
    let model = shipped::model();
    let s = model.status("FR", Axis::Import, day("2026-02-01"));
    assert_eq!(s.status, NoRestrictionKnown);
    assert_eq!(s.confidence, Unconfirmed);
}
