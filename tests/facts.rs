//! Dated fact checks on the shipped dataset (`data/h200.json`).
//!
//! Each row is one country on one day with its expected US export status, destination
//! import status and, where the research makes it clear, the expected confidence of the
//! export status. The comment above each row names the source that justifies it (source ids
//! are those of `data/h200.json`). When the law changes, add rows here: a row that fails
//! after a data edit means either the edit or the row is wrong, so read the source again.
//!
//! Besides statuses, the tables below check what a panel shows on a day: the conditions
//! that hold ([`CONDITIONS`]), the named exceptions in force ([`EXCEPTIONS`]), the changes
//! already scheduled ([`SCHEDULED`]), the first source cited ([`FIRST_SOURCE`]) and the
//! dates of the 2026 instruments ([`INSTRUMENTS`]). Import `not_researched` means nobody
//! checked that destination's import rules; `no_restriction_known` cites a source read.

use h200_map::core::{
    date::Date,
    engine::{Model, ScheduledChange},
    model::{Axis, Confidence, Status},
    shipped,
};

use Axis::{Export, Import};
use Confidence::{Confirmed, Reported, Unconfirmed};
use Status::{
    Blocked, CaseByCase, Embargoed, LicenseRequired, NoLicenseRequired, NoRestrictionKnown,
    NotApplicable, NotResearched, PermitRequired, PresumptionOfDenial, Restricted,
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
    ("CN", "2022-10-10", NoLicenseRequired, NotResearched, Some(Reported)),
    // steptoe-2022-10 + fr-2023-23055-mirror (88 FR 73458 extends the China/Macau requirement): licence, presumption of denial (reported)
    ("CN", "2022-11-01", PresumptionOfDenial, NotResearched, Some(Reported)),
    // fr-2026-00789 (91 FR 1684): China and Macau moved *from* presumption of denial on 2026-01-15; AI Diffusion never enforced (alston-2025-05)
    ("CN", "2025-06-01", PresumptionOfDenial, NotResearched, Some(Confirmed)),
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
    // businesstimes-2026-01-28: last day of the January selective-approval rule; still restricted
    ("CN", "2026-08-18", CaseByCase, Restricted, Some(Confirmed)),
    // tomshardware-2026-08-19 + ft-2026-08-h200-deliveries (cited, UNCONFIRMED details): first deliveries, HK/offshore storage; still restricted (nvidia-10q-2026-07: "restricted by the PRC government")
    ("CN", "2026-09-01", CaseByCase, Restricted, Some(Confirmed)),
    // research 2026-12 Q6: nothing found that changes China's status up to 2026-11-30
    ("CN", "2026-11-30", CaseByCase, Restricted, Some(Confirmed)),

    // ---- Macau (MO) ----
    // steptoe-2022-10 + fr-2023-23055-mirror: Macau covered with China from 2022-10-21
    ("MO", "2022-11-01", PresumptionOfDenial, NotResearched, Some(Reported)),
    // fr-2026-00789 (91 FR 1684): Macau under presumption of denial until 2026-01-14
    ("MO", "2024-06-01", PresumptionOfDenial, NotResearched, Some(Confirmed)),
    // fr-2026-00789 (91 FR 1684): Macau case-by-case from 2026-01-15
    ("MO", "2026-02-01", CaseByCase, NotResearched, Some(Confirmed)),

    // ---- Hong Kong (HK) ----
    // bakermckenzie-2020-12-hk: HK treated as China since 2020-12-23; hk-customs-strategic: import licence for strategic commodities (H200 listing UNCONFIRMED)
    ("HK", "2022-11-01", PresumptionOfDenial, PermitRequired, Some(Reported)),
    // bakermckenzie-2020-12-hk (HK in D:5 as China) + fenwick-2026-01-h200 (D:5: presumption of denial)
    ("HK", "2024-06-01", PresumptionOfDenial, PermitRequired, Some(Reported)),
    // fr-2026-00789 names only China and Macau: HK case-by-case is UNCONFIRMED
    ("HK", "2026-02-01", CaseByCase, PermitRequired, Some(Unconfirmed)),
    // cnbc-2026-07-14 (cited): shipments "to China/Hong Kong" described, but the rule text is unchanged: still UNCONFIRMED
    ("HK", "2026-09-01", CaseByCase, PermitRequired, Some(Unconfirmed)),

    // ---- Cambodia (KH) ----
    // steptoe-2022-10: the 2022 rule covered China and Macau only
    ("KH", "2023-06-01", NoLicenseRequired, NotResearched, Some(Reported)),
    // fenwick-2026-02-d5: Cambodia in D:5 until its removal on 2026-02-03; fenwick-2026-01-h200: D:5 presumption of denial
    ("KH", "2024-06-01", PresumptionOfDenial, NotResearched, Some(Reported)),
    // fenwick-2026-02-d5: last day in D:5
    ("KH", "2026-02-02", PresumptionOfDenial, NotResearched, Some(Reported)),
    // fenwick-2026-02-d5: removed from D:5 on 2026-02-03, stays in D:1 -> licence (afs-2026-01-h200), review policy UNCONFIRMED
    ("KH", "2026-02-03", LicenseRequired, NotResearched, Some(Reported)),

    // ---- Israel (IL): D:4 but also A:6 ----
    // afs-2026-01-h200: D:1/D:4 licence requirement excludes A:5/A:6 countries; ecfr-740-supp1: IL in A:6
    ("IL", "2024-06-01", NoLicenseRequired, NotResearched, Some(Confirmed)),
    // afs-2026-01-h200 + ecfr-740-supp1
    ("IL", "2026-02-01", NoLicenseRequired, NotResearched, Some(Confirmed)),

    // ---- D:1/D:4 countries: licence from 2023-11-17, not before ----
    // fr-2023-23055-mirror (88 FR 73458): D:1/D:4 requirement effective 2023-11-17
    ("AE", "2023-11-16", NoLicenseRequired, NotResearched, Some(Reported)),
    // fr-2023-23055-mirror + afs-2026-01-h200: AE (D:4) licence required; membership from ecfr-740-supp1 (reported)
    ("AE", "2023-11-17", LicenseRequired, NotResearched, Some(Reported)),
    // ecfr-extract-2026-07-country-groups: AE's last day in D:4 (the UAE rule applies from 2026-07-10, UNCONFIRMED date)
    ("AE", "2026-07-09", LicenseRequired, NotResearched, Some(Reported)),
    // fr-2026-14132 (91 FR 43034, abstract quoted): AE to A:5 but licence kept except for approved parties; rule text not read -> unconfirmed
    ("AE", "2026-07-10", LicenseRequired, NotResearched, Some(Unconfirmed)),
    // fr-2026-14132: the test date
    ("AE", "2026-09-01", LicenseRequired, NotResearched, Some(Unconfirmed)),
    // fr-2026-14132 (secondary reports): G42/Core42 exemption ends 2027-04-06; the status does not change
    ("AE", "2027-04-06", LicenseRequired, NotResearched, Some(Unconfirmed)),
    // ecfr-extract-2026-07-country-groups: Saudi Arabia still in D:4 after the UAE rule (no equivalent rule)
    ("SA", "2026-09-01", LicenseRequired, NotResearched, Some(Reported)),
    // fr-2023-23055-mirror: not before 2023-11-17
    ("SA", "2023-11-16", NoLicenseRequired, NotResearched, Some(Reported)),
    // afs-2026-01-h200 + millerchevalier-2025-05; fudzilla-2025-11-20: licences granted in practice (Humain)
    ("SA", "2025-12-01", LicenseRequired, NotResearched, Some(Reported)),
    // steptoe-2022-10: China and Macau only in 2022-2023
    ("VN", "2023-06-01", NoLicenseRequired, NotResearched, Some(Reported)),
    // afs-2026-01-h200: VN (D:1) licence required
    ("VN", "2026-02-01", LicenseRequired, NotResearched, Some(Reported)),
    // afs-2026-01-h200 + millerchevalier-2025-05: KZ (D:1) licence required
    ("KZ", "2026-02-01", LicenseRequired, NotResearched, Some(Reported)),
    // afs-2026-01-h200: PK (D:4) licence required
    ("PK", "2024-06-01", LicenseRequired, NotResearched, Some(Reported)),

    // ---- Other D:5 countries: presumption of denial from 2023-11-17; not in the 2026 China policy ----
    // steptoe-2022-10: China and Macau only before 2023-11-17
    ("AF", "2023-06-01", NoLicenseRequired, NotResearched, Some(Reported)),
    // fenwick-2026-01-h200: D:5 presumption of denial
    ("AF", "2024-06-01", PresumptionOfDenial, NotResearched, Some(Reported)),
    // fenwick-2026-01-h200: other D:5 countries not included in the 2026 case-by-case policy
    ("VE", "2026-02-01", PresumptionOfDenial, NotResearched, Some(Reported)),

    // ---- France, Germany and other US allies (A:5/A:6, not in D:1/D:4/D:5) ----
    // afs-2026-01-h200 + millerchevalier-2025-05: no country-level licence outside D:1/D:4/D:5/Macau; import: eurlex-2021-821-summary (dual-use controls cover exports, not imports)
    ("FR", "2026-01-14", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // eurlex-2021-821-summary + eurlex-2015-478-summary: EU free import principle; the test country
    ("DE", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // govuk-import-controls: import licences only for listed goods (OGIL for the rest)
    ("GB", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // wto-2024-11-kor-lic: no import licensing since 1993 except listed items
    ("KR", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // gac-2021-eipa-report: Import Control List covers no computing items
    ("CA", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // wto-2024-11-tha-lic: no computer or chip among Thailand's licensed imports
    ("TH", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // ecfr-extract-2026-07-country-groups: Brazil is not in A:6 (removed 2026-12-01), nor in any D group;
    // import: wto-bra-lic-non-automatic ("As a rule, the Brazilian import regime does not require licensing")
    ("BR", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
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
    // akingump-2022-03-08; import: bakermckenzie-2022-05-ru-parallel (parallel imports allowed; the restrictions are on the exporting side)
    ("RU", "2026-02-01", PresumptionOfDenial, NoRestrictionKnown, Some(Reported)),
    // akingump-2022-03-08
    ("BY", "2024-06-01", PresumptionOfDenial, NotResearched, Some(Reported)),

    // ---- Embargoes: Cuba (E:2), Iran, North Korea, Syria (E:1) ----
    // ecfr-740-supp1: CU in E:2
    ("CU", "2022-10-07", Embargoed, NotResearched, Some(Reported)),
    // ecfr-740-supp1: IR in E:1
    ("IR", "2026-02-01", Embargoed, NotResearched, Some(Reported)),
    // ecfr-740-supp1: KP in E:1
    ("KP", "2024-06-01", Embargoed, NotResearched, Some(Reported)),
    // ecfr-740-supp1: SY in E:1 before the easing
    ("SY", "2025-09-01", Embargoed, NotResearched, Some(Reported)),
    // covington-2025-09-syria: eased 2025-09-02 but still E:1; 3A090 policy after the easing UNCONFIRMED
    ("SY", "2025-09-02", Embargoed, NotResearched, Some(Unconfirmed)),

    // ---- Malaysia (MY): Strategic Trade Permit from 2025-07-14, for export, transhipment and transit, not import ----
    // thesun-2025-07-14-my: the research starts with the MITI measure of 2025-07-14; earlier import rules were not researched
    ("MY", "2025-07-13", NoLicenseRequired, NotResearched, Some(Confirmed)),
    // thesun-2025-07-14-my + dnh-2025-07-my-directive + rahmatlim-2025-08-14-my: the permit covers export, transhipment and transit only
    ("MY", "2025-07-14", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // malaymail-2026-02-05-art: the 2025-10-26 alignment pledge not in force; no status change
    ("MY", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),

    // ---- United States (US): the exporting country ----
    // ecfr-734-13 (read in lexbuild-734-13-mirror, lawstack-734-13-mirror): an export is a shipment out of the US; US import not researched before the Section 232 duty
    ("US", "2022-10-07", NotApplicable, NotResearched, Some(Reported)),
    // thompsonhine-2026-01-232 + mti-2026-01-csms-67400472: no import licence; 25% Section 232 duty from 2026-01-15
    ("US", "2026-01-15", NotApplicable, NoRestrictionKnown, Some(Reported)),
    // as above; the test date
    ("US", "2026-09-01", NotApplicable, NoRestrictionKnown, Some(Reported)),

    // ---- India (IN): import authorisation for servers, not for parts ----
    // a2ztaxcorp-2023-10-dgft-pc06: the Import Management System regime researched starts on 2023-11-01
    ("IN", "2023-06-01", NoLicenseRequired, NotResearched, Some(Reported)),
    // a2ztaxcorp-2024-01-dgft-pc09: servers (HSN 8471) restricted; parts and components not
    ("IN", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),

    // ---- AI Diffusion rule (90 FR 4544): never enforced, so no licence for Tier 2 countries ----
    // alston-2025-05 + millerchevalier-2025-05: rescinded 2025-05-13 before its 2025-05-15 compliance date
    ("IN", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Singapore (Tier 2) needs no licence; import: sgcustoms-sgca-legislation (controls cover export, transhipment, transit, not import)
    ("SG", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Mexico (Tier 2)
    ("MX", "2025-06-01", NoLicenseRequired, NotResearched, Some(Confirmed)),
    // alston-2025-05: Portugal (Tier 2); import: eurlex-2021-821-summary (EU member)
    ("PT", "2025-06-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // alston-2025-05: Türkiye (Tier 2)
    ("TR", "2025-06-01", NoLicenseRequired, NotResearched, Some(Confirmed)),
    // bis-ai-diffusion: published 2025-01-15, compliance date 2025-05-15 never reached
    ("IN", "2025-02-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),

    // ---- Import side researched in December 2026 (notes/research-2026-12-import.md) ----
    // wto-bra-lic-non-automatic + wto-2023-09-bra-lic-decex (G/LIC/N/3/BRA/12): licences mainly for health, environment,
    // weapons, quotas, trade remedies, used goods; regime older than the model
    ("BR", "2022-10-07", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    // wto-tpr-chl (WT/TPR/S/451/Rev.1): listed prohibitions, no import quotas, no computing equipment
    ("CL", "2022-10-07", NoLicenseRequired, NoRestrictionKnown, Some(Reported)),
    ("CL", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // diariosanfrancisco-sedi: Resolución SC 1/2023 in force from 2023-12-27; Argentina's import rules before were not researched
    ("AR", "2023-12-26", NoLicenseRequired, NotResearched, Some(Confirmed)),
    // pagbam-sedi + tradenews-sedi: SEDI replaces SIRA; automatic and non-automatic licences of Res. 523/2017 repealed
    ("AR", "2023-12-27", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    ("AR", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // itac-import-control: ITAC permits for 276 tariff lines (no computing category named) and all used goods;
    // acts-za-npwmd-s13-mirror: non-proliferation import permits for declared goods not checked (import UNCONFIRMED)
    ("ZA", "2026-09-01", NoLicenseRequired, NoRestrictionKnown, Some(Confirmed)),
    // research 2026-12 (import): no source read lists what needs an import licence: still not researched
    ("AU", "2026-09-01", NoLicenseRequired, NotResearched, Some(Confirmed)),
    ("ID", "2026-09-01", NoLicenseRequired, NotResearched, Some(Confirmed)),
    ("TR", "2026-09-01", NoLicenseRequired, NotResearched, Some(Confirmed)),
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

/// A condition shown (or not) on a day: (country, axis, date, words of the condition, shown?).
type ConditionFact = (&'static str, Axis, &'static str, &'static str, bool);

#[rustfmt::skip]
const CONDITIONS: &[ConditionFact] = &[
    // tradevae-2026-02-24: the testimony that no H200 had been sold holds from the day it was given...
    ("CN", Export, "2026-02-01", "no H200 had been sold to China so far", false),
    ("CN", Export, "2026-03-01", "no H200 had been sold to China so far", true),
    // ...until exports were said to have begun (cnbc-2026-07-14)
    ("CN", Export, "2026-09-01", "no H200 had been sold to China so far", false),
    // up2info-2026-02-04 (FT): licences held in interagency review, until the February grants
    ("CN", Export, "2026-02-10", "interagency review", true),
    ("CN", Export, "2026-03-01", "interagency review", false),
    // gayaone-2026-02-25: Nvidia says licences were granted from February 2026
    ("CN", Export, "2026-02-24", "granted licences, from February 2026", false),
    ("CN", Export, "2026-02-25", "granted licences, from February 2026", true),
    // cnbc-2026-05-14 + congero-2026-05-h200-10-firms (UNCONFIRMED): about ten buyers cleared
    ("CN", Export, "2026-05-13", "About ten Chinese firms", false),
    ("CN", Export, "2026-05-14", "About ten Chinese firms", true),
    // cnbc-2026-07-14 (cited, UNCONFIRMED): Kessler testimony
    ("CN", Export, "2026-07-14", "Jeffrey Kessler testified", true),
    // nvidia-10q-2026-07 (quoted): sales restricted by the Chinese government
    ("CN", Export, "2026-08-25", "restricted by the Chinese government", false),
    ("CN", Export, "2026-09-01", "restricted by the Chinese government", true),
    // oninvest-2026-01-14: 2026-01-13, firms told not to buy unless necessary
    ("CN", Import, "2026-01-12", "not to buy the H200 unless necessary", false),
    ("CN", Import, "2026-01-13", "not to buy the H200 unless necessary", true),
    // aggregators ~2026-06-01 (UNCONFIRMED): "no H200 reached China", dated, ends when exports began
    ("CN", Import, "2026-06-15", "no H200 had reached China", true),
    ("CN", Import, "2026-09-01", "no H200 had reached China", false),
    // tomshardware-2026-08-19 + ft-2026-08-h200-deliveries (UNCONFIRMED): NDRC approves case by case
    ("CN", Import, "2026-09-01", "(NDRC) reportedly approves purchases case by case", true),
    // tomshardware-2026-08-19: Hong Kong as the place where licensed chips are held (C4)
    ("HK", Import, "2026-09-01", "mainly in Hong Kong", true),
    ("HK", Import, "2026-06-01", "mainly in Hong Kong", false),
    // thesun-2025-07-14-my + dnh-2025-07-my-directive: the permit is a re-export/transit note on the import rule
    ("MY", Import, "2026-09-01", "Re-export, transhipment or transit", true),
    // ecd-2025-10-28-art: the US–Malaysia alignment pledge of 2025-10-26
    ("MY", Import, "2025-10-25", "align with all unilateral export controls", false),
    ("MY", Import, "2025-10-26", "align with all unilateral export controls", true),
    // malaymail-2026-02-05-art: not in force as of 2026-02-05; ratification UNCONFIRMED
    ("MY", Import, "2026-02-05", "Its ratification since then is UNCONFIRMED", true),
    // hklaw-2026-06-05 + hoganlovells-2026-06: the BIS guidance of 2026-05-31
    ("FR", Export, "2024-06-01", "BIS guidance of 2026-05-31", false),
    ("FR", Export, "2026-06-15", "BIS guidance of 2026-05-31", true),
    // bis-ai-diffusion: published 2025-01-15, compliance date 2025-05-15; alston-2025-05: rescinded 2025-05-13
    ("FR", Export, "2024-12-01", "AI Diffusion rule", false),
    ("FR", Export, "2025-01-15", "AI Diffusion rule", true),
    ("FR", Export, "2025-03-01", "would impose a worldwide licence", true),
    ("FR", Export, "2025-03-01", "was never enforced", false),
    ("FR", Export, "2025-06-01", "was never enforced", true),
    // fudzilla-2025-11-20: G42 and Humain licences of 2025-11-19
    ("SA", Export, "2025-11-18", "G42 (UAE) and Humain", false),
    ("SA", Export, "2025-11-19", "G42 (UAE) and Humain", true),
    // americanbazaar-2025-12-09: Trump's announcement of 2025-12-08
    ("CN", Export, "2025-12-07", "President Trump announced", false),
    ("CN", Export, "2025-12-08", "President Trump announced", true),
    // fr-2026-14132: the licence stays for every other UAE buyer (UNCONFIRMED policy)
    ("AE", Export, "2026-09-01", "Every other buyer in the UAE still needs a licence", true),
    // mti-2026-01-csms-67400472: the Section 232 duty heading
    ("US", Import, "2026-09-01", "9903.79.01", true),
    // thompsonhine-2025-09-syria: case-by-case for other dual-use items (UNCONFIRMED for 3A090)
    ("SY", Export, "2025-10-01", "746.9(c)", true),
    // wto-2023-09-bra-lic-decex: used goods need a DECEX licence
    ("BR", Import, "2026-09-01", "used goods need a non-automatic licence", true),
    // itac-import-control: used goods need an ITAC permit
    ("ZA", Import, "2026-09-01", "need an ITAC import permit", true),
    // pagbam-sedi: the SEDI declaration exists only from 2023-12-27
    ("AR", Import, "2023-12-26", "sworn advance declaration", false),
    ("AR", Import, "2024-06-01", "sworn advance declaration", true),
];

fn condition_texts(model: &Model, iso: &str, axis: Axis, date: &str) -> Vec<String> {
    let s = model.status(iso, axis, day(date));
    model
        .conditions(&s)
        .iter()
        .map(|(_, c)| c.en.clone())
        .collect()
}

#[test]
fn conditions_show_only_on_the_days_they_hold() {
    let model = shipped::model();
    // A "not shown" row passes vacuously if its words are mistyped: each must also be shown
    // on some other day.
    for &(_, _, _, words, shown) in CONDITIONS {
        assert!(
            shown || CONDITIONS.iter().any(|c| c.3 == words && c.4),
            "{words:?} is never expected to be shown"
        );
    }
    let mut failures = Vec::new();
    for &(iso, axis, date, words, shown) in CONDITIONS {
        let texts = condition_texts(&model, iso, axis, date);
        if texts.iter().any(|t| t.contains(words)) != shown {
            failures.push(format!(
                "{iso} {} {date}: condition with {words:?} {} (conditions: {texts:#?})",
                axis.code(),
                if shown {
                    "missing"
                } else {
                    "shown too early or too late"
                }
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A named exception in force (or not) on a day: (country, date, words of the party, in force?).
type ExceptionFact = (&'static str, &'static str, &'static str, bool);

#[rustfmt::skip]
const EXCEPTIONS: &[ExceptionFact] = &[
    // fr-2026-14132: no UAE exceptions before the rule (2026-07-10, UNCONFIRMED date)
    ("AE", "2026-07-09", "UAE Government", false),
    // fr-2026-14132 (abstract quoted): licence-free access for the UAE Government and approved entities
    ("AE", "2026-07-10", "UAE Government", true),
    ("AE", "2026-07-10", "G42 and Core42", true),
    ("AE", "2026-07-10", "US-headquartered AI companies", true),
    // fr-2026-14132 + ecfr-extract-2026-07-country-groups (Supplement No. 8 to Part 740): G42/Core42 until 2027-04-05 inclusive
    ("AE", "2027-04-05", "G42 and Core42", true),
    ("AE", "2027-04-06", "G42 and Core42", false),
    ("AE", "2027-04-06", "UAE Government", true),
    // no exception for Saudi Arabia (no equivalent rule)
    ("SA", "2026-09-01", "UAE Government", false),
];

#[test]
fn named_exceptions_hold_on_their_dates() {
    let model = shipped::model();
    for &(_, _, party, in_force) in EXCEPTIONS {
        assert!(
            in_force || EXCEPTIONS.iter().any(|e| e.2 == party && e.3),
            "{party:?} is never expected in force"
        );
    }
    let mut failures = Vec::new();
    for &(iso, date, party, in_force) in EXCEPTIONS {
        let s = model.status(iso, Export, day(date));
        let parties: Vec<String> = model
            .exceptions(&s)
            .iter()
            .map(|(_, e)| e.party_en.clone())
            .collect();
        if parties.iter().any(|p| p.contains(party)) != in_force {
            failures.push(format!(
                "{iso} {date}: exception {party:?} expected in force: {in_force}; got {parties:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A change already known after a day: (country, axis, day asked, day of the change, what).
type ScheduledFact = (
    &'static str,
    Axis,
    &'static str,
    &'static str,
    fn(&ScheduledChange) -> bool,
);

#[rustfmt::skip]
const SCHEDULED: &[ScheduledFact] = &[
    // fr-2026-14132 (secondary reports): the G42/Core42 exemption ends on 2027-04-06
    ("AE", Export, "2026-09-01", "2027-04-06", |c| matches!(c, ScheduledChange::ExceptionEnds { .. })),
    ("AE", Export, "2026-12-01", "2027-04-06", |c| matches!(c, ScheduledChange::ExceptionEnds { .. })),
    // ecfr-extract-2026-07-country-groups: seen from before the rule, AE leaves D:4 and joins A:5 on 2026-07-10
    ("AE", Export, "2026-07-01", "2026-07-10", |c| *c == ScheduledChange::LeavesGroup { group: "D:4".into() }),
    ("AE", Export, "2026-07-01", "2026-07-10", |c| *c == ScheduledChange::JoinsGroup { group: "A:5".into() }),
    // fr-2026-14132: the UAE rule replaces the D:1/D:4 rule, same status
    ("AE", Export, "2026-07-01", "2026-07-10", |c| matches!(c, ScheduledChange::Rule { after, .. } if after == "us-export-ae-2026-07")),
    // tomshardware-2026-08-19: seen from June 2026, the August rule replaces the January one (status unchanged)
    ("CN", Import, "2026-06-15", "2026-08-19", |c| matches!(c, ScheduledChange::Rule { .. })),
];

#[test]
fn scheduled_changes_are_listed() {
    let model = shipped::model();
    let mut failures = Vec::new();
    for &(iso, axis, asked, when, what) in SCHEDULED {
        let later = model.scheduled(iso, axis, day(asked));
        if !later.iter().any(|x| x.date == day(when) && what(&x.change)) {
            failures.push(format!(
                "{iso} {} seen from {asked}: no expected change on {when} in {later:?}",
                axis.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Seen from today, the only known future change day is the end of the G42/Core42 exemption.
    let future: Vec<String> = model
        .change_days_after(day("2026-12-01"))
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(future, vec!["2027-04-06"]);
    // France: nothing known to change after as_of.
    assert!(model.scheduled("FR", Export, day("2026-11-30")).is_empty());
}

/// The first source a panel cites: (country, axis, date, source id).
#[rustfmt::skip]
const FIRST_SOURCE: &[(&str, Axis, &str, &str)] = &[
    // The UAE rule, not the 2023 rule that first required the licence, leads AE's sources
    ("AE", Export, "2026-09-01", "fr-2026-14132"),
    // The August 2026 reports lead China's import sources at 2026-09-01
    ("CN", Import, "2026-09-01", "tomshardware-2026-08-19"),
    // 91 FR 1684, read on govinfo
    ("CN", Export, "2026-09-01", "fr-2026-00789"),
    // The official 15 CFR 734.13 address (read in mirrors, said so)
    ("US", Export, "2026-09-01", "ecfr-734-13"),
    // The official FR address of 88 FR 73458 before its mirror
    ("DE", Export, "2026-09-01", "fr-2023-23055"),
    // The official ITAC page before the unofficial copies of the Acts
    ("ZA", Import, "2026-09-01", "itac-import-control"),
    // The law-firm note before the two news reports
    ("AR", Import, "2026-09-01", "pagbam-sedi"),
];

#[test]
fn the_right_source_is_cited_first() {
    let model = shipped::model();
    for &(iso, axis, date, id) in FIRST_SOURCE {
        let s = model.status(iso, axis, day(date));
        assert_eq!(
            s.sources.first().map(String::as_str),
            Some(id),
            "{iso} {} {date}: {:?}",
            axis.code(),
            s.sources
        );
    }
}

/// 2026 instruments: (id, published, effective).
#[rustfmt::skip]
const INSTRUMENTS: &[(&str, &str, &str)] = &[
    // devdiscourse-2026-01-07: Beijing asks firms to halt H200 orders
    ("cn-halt-orders-2026-01-07", "2026-01-07", "2026-01-07"),
    // oninvest-2026-01-14: customs told agents H200 imports not permitted
    ("cn-customs-h200-2026-01-14", "2026-01-14", "2026-01-14"),
    // covington-2026-01 + thompsonhine-2026-01-232: Proclamation 11002, signed 2026-01-14, duties from 2026-01-15
    ("us-proclamation-232-2026-01", "2026-01-14", "2026-01-15"),
    // fr-2026-00789: 91 FR 1684
    ("us-bis-91fr1684", "2026-01-15", "2026-01-15"),
    // businesstimes-2026-01-28: first batch approved
    ("cn-first-batch-2026-01-28", "2026-01-28", "2026-01-28"),
    // changeflow-2026-cambodia-mirror: "effective February 3, 2026"
    ("us-bis-cambodia-d5-2026-02", "2026-02-03", "2026-02-03"),
    // tradevae-2026-02-24: testimony
    ("us-testimony-no-h200-2026-02-24", "2026-02-24", "2026-02-24"),
    // gao-b-337935: the GAO decision of 2026-05-12
    ("us-gao-b337935-2026-05", "2026-05-12", "2026-05-12"),
    // hklaw-2026-06-05: BIS guidance of 2026-05-31
    ("us-bis-hq-guidance-2026-05-31", "2026-05-31", "2026-05-31"),
    // fr-2026-14132: published 2026-07-14, in force 2026-07-10 per secondary copies (UNCONFIRMED)
    ("us-bis-uae-2026-07", "2026-07-14", "2026-07-10"),
    // tomshardware-2026-08-19: first deliveries reported
    ("cn-h200-deliveries-2026-08", "2026-08-19", "2026-08-19"),
    // ecd-2025-10-28-art: the US–Malaysia agreement (signed 2025, listed here for its 2026 status)
    ("us-my-art-2025-10-26", "2025-10-26", "2025-10-26"),
    // fr-2025-00636 via frtracker-2025-00636-mirror: AI Diffusion effective 2025-01-13, published 2025-01-15
    ("us-bis-ai-diffusion-2025-01", "2025-01-15", "2025-01-13"),
    // pagbam-sedi: RGC 5466/2023 and Res. SC 1/2023 published 2023-12-26; diariosanfrancisco-sedi: in force 2023-12-27
    ("ar-sedi-2023-12", "2023-12-26", "2023-12-27"),
];

#[test]
fn instruments_carry_their_dates() {
    let model = shipped::model();
    for &(id, published, effective) in INSTRUMENTS {
        let i = model
            .instrument(id)
            .unwrap_or_else(|| panic!("instrument {id} missing"));
        assert_eq!(
            (i.published, i.effective),
            (day(published), day(effective)),
            "{id}"
        );
    }
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

// Where nobody checked the import rules, the map says "not researched" and cites nothing;
// "no restriction known" always cites a source that was read.
#[test]
fn import_default_is_not_researched_and_no_restriction_known_is_sourced() {
    let model = shipped::model();
    // Türkiye: searched in December 2026, no source read lists what needs an import licence.
    let s = model.status("TR", Import, day("2026-09-01"));
    assert_eq!(s.status, NotResearched);
    assert!(s.sources.is_empty());
    let researched = model
        .snapshot(Import, day("2026-09-01"))
        .into_iter()
        .filter(|(_, st)| *st == NoRestrictionKnown)
        .map(|(iso, _)| iso)
        .collect::<Vec<_>>();
    assert!(
        researched.len() >= 30,
        "EU-27 and other large markets: {researched:?}"
    );
    for iso in &researched {
        let s = model.status(iso, Import, day("2026-09-01"));
        let read = s
            .sources
            .iter()
            .filter_map(|id| model.source(id))
            .any(|src| src.access == h200_map::core::model::Access::Read);
        assert!(read, "{iso}: no_restriction_known without a source read");
    }
    let not_researched = model
        .snapshot(Import, day("2026-09-01"))
        .iter()
        .filter(|(_, st)| *st == NotResearched)
        .count();
    assert!(
        not_researched > 150,
        "most places were not researched: {not_researched}"
    );
}

/// Import confidence of the markets researched in December 2026: (country, date, confidence).
#[rustfmt::skip]
const IMPORT_CONFIDENCE: &[(&str, &str, Confidence)] = &[
    // wto-bra-lic-non-automatic: Brazil's own notification describes the regime (not the legal text): reported
    ("BR", "2026-09-01", Reported),
    // wto-tpr-chl: a WTO Secretariat review describes the regime: reported
    ("CL", "2026-09-01", Reported),
    // pagbam-sedi (law firm) + tradenews-sedi and diariosanfrancisco-sedi (news): reported
    ("AR", "2026-09-01", Reported),
    // itac-import-control: non-proliferation permits for declared goods not checked against the H200: unconfirmed
    ("ZA", "2026-09-01", Unconfirmed),
];

#[test]
fn newly_researched_imports_carry_honest_confidence() {
    let model = shipped::model();
    for &(iso, date, confidence) in IMPORT_CONFIDENCE {
        let s = model.status(iso, Import, day(date));
        assert_eq!(s.status, NoRestrictionKnown, "{iso} {date}");
        assert_eq!(s.confidence, confidence, "{iso} {date}");
    }
}

// fr-2026-14132: from 2026-07-10 a UAE-specific rule keeps the licence the D:1/D:4 rule had
// required since 2023-11-17. The history shows the new rule (with its own confidence, not
// lowering the 2023 period's), but the status did not change: "since 17 November 2023", and
// no entry in the list of changes.
#[test]
fn a_new_rule_with_the_same_status_is_a_history_line_not_a_change() {
    let model = shipped::model();
    let t = model.timeline("AE", Export);
    let runs: Vec<(String, Status, Confidence, &str)> = t
        .iter()
        .map(|p| (p.from.to_string(), p.status, p.confidence, p.rule.as_str()))
        .collect();
    assert_eq!(
        runs,
        vec![
            (
                "2022-10-07".into(),
                NoLicenseRequired,
                Reported,
                "us-export-default-2022"
            ),
            (
                "2023-11-17".into(),
                LicenseRequired,
                Reported,
                "us-export-2023-d1-d4"
            ),
            (
                "2026-07-10".into(),
                LicenseRequired,
                Unconfirmed,
                "us-export-ae-2026-07"
            ),
        ]
    );
    assert_eq!(t[2].instrument.as_deref(), Some("us-bis-uae-2026-07"));
    let s = model.status("AE", Export, day("2026-09-01"));
    assert_eq!(s.effective, day("2023-11-17"));
    assert_eq!(s.previous.map(|c| c.status), Some(NoLicenseRequired));
    assert!(model
        .changes(day("2026-07-01"), day("2026-07-31"))
        .iter()
        .all(|c| c.iso != "AE"));
}
