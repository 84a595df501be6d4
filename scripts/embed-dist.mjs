// After `trunk build`: makes dist/ ready to host (run by scripts/build.sh).
//
// 1. Versioned assets: moves dist/pkg/h200-map.js + h200-map_bg.wasm into
//    dist/pkg/<hash>/ (hash = first 12 hex of SHA-256 over both files) and writes that
//    folder and the dataset's as_of date into dist/h200-map.js (the two `@build:` lines).
//    Everything under pkg/<hash>/ is immutable (cache a year); the loader, embed.html,
//    resize.js and the table pages keep fixed names (cache minutes).
// 2. Static fallbacks from `h200-data export --format json` (statuses at the dataset's
//    as_of date): table.html (English) and table.fr.html (French), dates in words in the
//    page's language ("since 15 January 2026", "depuis le 1er février 2026"; the
//    machine-readable day stays in <time datetime>), plus the fragments
//    fallback.en.html / fallback.fr.html to paste inside <h200-map> (restricted places
//    only, with the as_of date and a link to the full table). All text is HTML-escaped;
//    only https URLs become links. The table pages end with the dataset's "Updates and
//    corrections" log (`h200-data log --json`, newest first), linked from their top.
// 3. dist/h200-map.manifest.json: version, asset folder, as_of, files and sizes.
// Also: the map's ISO codes into dist/h200-map-stories.js (`@build:codes`, to check story
// steps) and dist/builder-data.js (the embed builder's places, search aliases and date range,
// from the widget's core: examples/builder_data.rs).
//
// Usage: node scripts/embed-dist.mjs [--export FILE]   (FILE: a saved export, for tests)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const PKG = path.join(DIST, 'pkg');
const die = (msg) => { console.error(`embed-dist: ${msg}`); process.exit(1); };

// ---- 1. content-hashed asset folder -------------------------------------------------
const files = ['h200-map.js', 'h200-map_bg.wasm'];
for (const f of files) if (!fs.existsSync(path.join(PKG, f))) die(`dist/pkg/${f} missing: run trunk build first`);
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(fs.readFileSync(path.join(PKG, f)));
const id = hash.digest('hex').slice(0, 12);
for (const entry of fs.readdirSync(PKG)) {
  const p = path.join(PKG, entry);
  if (fs.statSync(p).isDirectory()) fs.rmSync(p, { recursive: true }); // older builds
}
fs.mkdirSync(path.join(PKG, id));
for (const f of files) fs.renameSync(path.join(PKG, f), path.join(PKG, id, f));
const assets = `pkg/${id}/`;

// ---- 2. dataset export ------------------------------------------------------------
const argExport = process.argv.indexOf('--export');
const exportJson = argExport > 0
  ? fs.readFileSync(process.argv[argExport + 1], 'utf8')
  : execFileSync('cargo', ['run', '-q', '--offline', '--bin', 'h200-data', '--', 'export', '--format', 'json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
const rows = JSON.parse(exportJson);
const log = argExport > 0 ? [] : JSON.parse(execFileSync('cargo', ['run', '-q', '--offline', '--bin', 'h200-data', '--', 'log', '--json'],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
if (!Array.isArray(log)) die('h200-data log --json did not print a list');
if (!Array.isArray(rows) || rows.length === 0) die('the export is empty');
const asOf = rows[0].dataset_as_of;
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) die(`bad dataset_as_of ${JSON.stringify(asOf)}`);

const modelStart = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/h200.json'), 'utf8')).model_start;
if (!/^\d{4}-\d{2}-\d{2}$/.test(modelStart)) die(`bad model_start ${JSON.stringify(modelStart)} in data/h200.json`);

// ---- loader: the two marked lines ---------------------------------------------------
const loaderPath = path.join(DIST, 'h200-map.js');
let loader = fs.readFileSync(loaderPath, 'utf8');
const swap = (marker, value) => {
  const re = new RegExp(`^(const \\w+ = )'[^'\\n]*'(; // @build:${marker})$`, 'm');
  if (!re.test(loader)) die(`no "@build:${marker}" line in dist/h200-map.js`);
  loader = loader.replace(re, `$1'${value}'$2`);
};
swap('assets', assets);
swap('as_of', asOf);
fs.writeFileSync(loaderPath, loader);

// ---- story steps: the map's ISO codes, to check a step's country without the module -----
const storiesPath = path.join(DIST, 'h200-map-stories.js');
const codes = rows.map((r) => r.iso).sort();
if (codes.some((c) => !/^[A-Z]{2}$/.test(c))) die('an export row has no ISO 3166-1 alpha-2 code');
const stories = fs.readFileSync(storiesPath, 'utf8');
const codesLine = /^(const CODES = )'[^'\n]*'(; \/\/ @build:codes)$/m;
if (!codesLine.test(stories)) die('no "@build:codes" line in dist/h200-map-stories.js');
fs.writeFileSync(storiesPath, stories.replace(codesLine, `$1'${codes.join(' ')}'$2`));

// ---- static tables ------------------------------------------------------------------
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const LABEL = {
  en: {
    no_license_required: 'No licence required', license_required: 'Licence required',
    case_by_case: 'Licence, case-by-case review', presumption_of_denial: 'Licence, presumption of denial',
    embargoed: 'Embargo', no_restriction_known: 'No import restriction known', permit_required: 'Permit required',
    restricted: 'Restricted', blocked: 'Blocked', reported: 'reported', unconfirmed: 'unconfirmed',
    not_applicable: 'Not applicable: the exporting country', not_researched: 'Not researched',
  },
  fr: {
    no_license_required: 'Pas de licence requise', license_required: 'Licence requise',
    case_by_case: 'Licence, examen au cas par cas', presumption_of_denial: 'Licence, présomption de refus',
    embargoed: 'Embargo', no_restriction_known: 'Aucune restriction connue', permit_required: 'Permis requis',
    restricted: 'Restreinte', blocked: 'Bloquée', reported: 'rapporté', unconfirmed: 'non confirmé',
    not_applicable: 'Sans objet\u00a0: pays exportateur', not_researched: 'Non étudié',
  },
};
// Dates in words, as the widget writes them (src/core/i18n: "15 January 2026",
// "1er février 2026"); a source's date may be a year or a month only. The CSV/JSON
// downloads keep ISO 8601 on purpose: they are data for programs, not text.
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
function words(iso, lang) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(iso || ''));
  if (!m) return String(iso || '');
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[lang][Number(mo) - 1];
  if (!d) return `${month} ${y}`;
  const day = Number(d);
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${month} ${y}`;
}
// French typography for dataset texts typed with ordinary spaces (as the widget,
// core::i18n::french_spacing): no-break spaces before : % ; ? ! and inside « ».
const spaced = (text, lang) => (lang !== 'fr' || !text ? text : String(text)
  .replace(/ ([:%])/g, '\u00a0$1').replace(/ ([;?!])/g, '\u202f$1').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»'));
const time = (iso, lang) => `<time datetime="${esc(iso)}">${esc(words(iso, lang))}</time>`;
const T = {
  en: {
    title: 'Where can the NVIDIA H200 legally go? Status by country',
    asof: (d) => `Status on ${d} (facts checked up to ${d}).`, // d: already in words
    country: 'Country or territory', export: 'US export licence (EAR, ECCN 3A090.a)', import: 'Import into the country',
    since: 'since', sinceAtLeast: 'since at least', sources: 'Sources', map: 'Interactive map', other: 'Version française', otherHref: 'table.fr.html',
    legal: 'This table is journalism, not legal advice. It is generated from the dataset of the interactive map.',
    caption: (n) => `${n} countries and territories.`,
    short: 'Places where the NVIDIA H200 needs a US licence or meets import rules',
    full: 'Full table, every country, with sources',
    corrections: 'Updates and corrections', why: 'Why: ', all: 'all countries',
  },
  fr: {
    title: 'Où la puce NVIDIA H200 peut-elle légalement aller\u202f? Statut pays par pays',
    asof: (d) => `Situation au ${d} (faits vérifiés jusqu'au ${d}).`,
    country: 'Pays ou territoire', export: 'Licence d\'export américaine (EAR, ECCN 3A090.a)', import: 'Importation dans le pays',
    since: 'depuis le', sinceAtLeast: 'au moins depuis le', sources: 'Sources', map: 'Carte interactive', other: 'English version', otherHref: 'table.html',
    legal: 'Ce tableau est du journalisme, pas un conseil juridique. Il est produit à partir des données de la carte interactive.',
    caption: (n) => `${n} pays et territoires.`,
    short: 'Pays où la puce NVIDIA H200 exige une licence américaine ou des règles d\'importation',
    full: 'Tableau complet, tous les pays, avec les sources',
    corrections: 'Mises à jour et corrections', why: 'Pourquoi\u00a0: ', all: 'tous les pays',
  },
};
const frNames = (() => {
  try {
    const j = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/i18n-iso-countries/langs/fr.json'), 'utf8'));
    return j.countries || {};
  } catch { return {}; }
})();
const nameOf = (r, lang) => {
  if (lang === 'en') return r.name;
  const n = frNames[r.iso];
  return (Array.isArray(n) ? n[0] : n) || r.name;
};
const link = (url) => {
  const u = String(url).trim();
  let host = u;
  try { host = new URL(u).hostname.replace(/^www\./, ''); } catch { /* not a URL: text */ }
  // Only https URLs become links; anything else stays text.
  return /^https:\/\//i.test(u) ? `<a href="${esc(u)}" rel="noopener noreferrer">${esc(host)}</a>` : esc(u);
};
// "No data" statuses: what the map does not show, never a restriction (no confidence badge).
const NO_DATA = new Set(['not_applicable', 'not_researched']);
// A place the fallback fragment lists: a US licence or an import rule, not a no-data status.
const LEAST = { export: 'no_license_required', import: 'no_restriction_known' };
const restricts = (r, axis) => r[`${axis}_status`] !== LEAST[axis] && !NO_DATA.has(r[`${axis}_status`]);
const status = (r, axis, lang) => {
  const conf = r[`${axis}_confidence`];
  const shown = conf && conf !== 'confirmed' && !NO_DATA.has(r[`${axis}_status`]);
  const badge = shown ? ` <span class="conf">(${esc(LABEL[lang][conf] || conf)})</span>` : '';
  // A no-data status did not "take effect": no "since" date.
  // In force when the model starts: its true start is older ("since at least", as the widget).
  const day = r[`${axis}_since`];
  const word = day <= modelStart ? T[lang].sinceAtLeast : T[lang].since;
  const since = !NO_DATA.has(r[`${axis}_status`]) ? `<br><small>${esc(word)} ${time(day, lang)}</small>` : '';
  return `${esc(LABEL[lang][r[`${axis}_status`]] || r[`${axis}_status`])}${badge}${since}`;
};
const sorted = (lang) => [...rows].sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang));

// The corrections log (newest first, as h200-data prints it): date, countries, what changed,
// why, sources as links. Dataset texts exist in English and French.
const byIso = new Map(rows.map((r) => [r.iso, r]));
function correctionsSection(lang) {
  const t = T[lang];
  const items = log.map((c) => {
    const scope = c.countries.length ? c.countries.map((i) => (byIso.has(i) ? nameOf(byIso.get(i), lang) : i)).join(', ') : t.all;
    const why = spaced(lang === 'fr' ? c.why_fr || c.why_en : c.why_en, lang);
    const srcs = c.sources.map((s) => `<li>${/^https:\/\//i.test(s.url) ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>` : esc(s.title)} — ${esc(s.publisher)}, ${esc(words(s.date, lang))}</li>`).join('');
    return `<li data-date="${esc(c.date)}"><p>${time(c.date, lang)} · ${esc(scope)}</p>` +
      `<p>${esc(spaced(lang === 'fr' ? c.fr : c.en, lang))}</p>${why ? `<p><strong>${esc(t.why)}</strong>${esc(why)}</p>` : ''}` +
      `${srcs ? `<ul>${srcs}</ul>` : ''}</li>`;
  }).join('\n');
  return log.length ? `<section id="corrections" class="corrections">\n<h2>${esc(t.corrections)}</h2>\n<ol>\n${items}\n</ol>\n</section>\n` : '';
}

function tablePage(lang) {
  const t = T[lang];
  const body = sorted(lang).map((r) => {
    const srcs = [...new Set(`${r.export_sources} | ${r.import_sources}`.split('|').map((s) => s.trim()).filter(Boolean))];
    return `<tr data-iso="${esc(r.iso)}"><th scope="row">${esc(nameOf(r, lang))} <small>${esc(r.iso)}</small></th>` +
      `<td data-axis="export" data-status="${esc(r.export_status)}">${status(r, 'export', lang)}</td>` +
      `<td data-axis="import" data-status="${esc(r.import_status)}">${status(r, 'import', lang)}</td>` +
      `<td class="src">${srcs.map(link).join(' · ')}</td></tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(t.title)}</title>
<link rel="icon" href="favicon.svg">
<link rel="stylesheet" href="table.css">
</head>
<body>
<h1>${esc(t.title)}</h1>
<p class="asof" data-as-of="${esc(asOf)}">${esc(t.asof(words(asOf, lang)))}</p>
<p><a href="embed.html?lang=${lang}">${esc(t.map)}</a> · <a href="${t.otherHref}">${esc(t.other)}</a>${log.length ? ` · <a href="#corrections">${esc(t.corrections)}</a>` : ''}</p>
<table>
<caption>${esc(t.caption(rows.length))}</caption>
<thead><tr><th scope="col">${esc(t.country)}</th><th scope="col">${esc(t.export)}</th><th scope="col">${esc(t.import)}</th><th scope="col">${esc(t.sources)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
${correctionsSection(lang)}<p class="legal">${esc(t.legal)}</p>
</body>
</html>
`;
}

function fragment(lang) {
  const t = T[lang];
  const restricted = sorted(lang).filter((r) => restricts(r, 'export') || restricts(r, 'import'));
  const lines = restricted.map((r) => `    <tr><th scope="row">${esc(nameOf(r, lang))}</th><td>${esc(LABEL[lang][r.export_status])}</td><td>${esc(LABEL[lang][r.import_status])}</td></tr>`).join('\n');
  const href = `https://YOUR-HOST/h200-map/${lang === 'fr' ? 'table.fr.html' : 'table.html'}`;
  return `<!-- Paste inside <h200-map>…</h200-map>: shown without JavaScript or WebAssembly, hidden once the map runs.
     Replace YOUR-HOST. Generated from the dataset as of ${asOf}; regenerate when the data changes. -->
  <table>
    <caption>${esc(t.short)} — ${esc(t.asof(words(asOf, lang)))}</caption>
    <thead><tr><th scope="col">${esc(t.country)}</th><th scope="col">${esc(t.export)}</th><th scope="col">${esc(t.import)}</th></tr></thead>
    <tbody>
${lines}
    </tbody>
  </table>
  <p><a href="${href}">${esc(t.full)}</a></p>
`;
}

fs.writeFileSync(path.join(DIST, 'table.html'), tablePage('en'));
fs.writeFileSync(path.join(DIST, 'table.fr.html'), tablePage('fr'));
fs.writeFileSync(path.join(DIST, 'fallback.en.html'), fragment('en'));
fs.writeFileSync(path.join(DIST, 'fallback.fr.html'), fragment('fr'));

// ---- embed builder data -----------------------------------------------------------------
// builder.html's places, search aliases, date range and as_of, as a module of its own folder
// (the builder requests nothing else). Taken from the widget's core by
// examples/builder_data.rs, so the builder searches as the widget's search box does
// (core::search: the map's names and aliases) and reaches the slider's last day
// (core::scheduled::slider_end: the last change day after today, else today).
// (Also with --export: a saved export must not give the builder other rules than the widget.)
const core = JSON.parse(execFileSync('cargo', ['run', '-q', '--offline', '--example', 'builder_data'],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
const { places, change_days: changeDays } = core;
if (!Array.isArray(places) || places.length === 0) die('builder_data printed no places');
if (places.some(([iso, name, aliases]) => !/^[A-Z]{2}$/.test(iso) || typeof name !== 'string' || !Array.isArray(aliases))) {
  die('builder_data: a place is not [ISO, name, [aliases]]');
}
if (!Array.isArray(changeDays) || changeDays.length === 0 || changeDays.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) {
  die('builder_data: change_days is not a list of YYYY-MM-DD days');
}
const builderData = `// Generated by scripts/embed-dist.mjs from the widget's core (examples/builder_data.rs)
// and the dataset (as of ${asOf}): do not edit.
export const AS_OF = ${JSON.stringify(asOf)};
export const MODEL_START = ${JSON.stringify(modelStart)};
/** The dataset's last change day: the slider ends there while it is after today, else today. */
export const LAST_CHANGE_DAY = ${JSON.stringify(changeDays[changeDays.length - 1])};
/** [ISO 3166-1 alpha-2, the map's name, [its aliases in core::search]], in the map's order. */
export const PLACES = ${JSON.stringify(places)};
`;
fs.writeFileSync(path.join(DIST, 'builder-data.js'), builderData);

// ---- 3. manifest ----------------------------------------------------------------------
const pkgJson = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m);
const manifest = {
  name: 'h200-map',
  version: pkgJson ? pkgJson[1] : null,
  assets,
  as_of: asOf,
  files: Object.fromEntries(files.map((f) => [`${assets}${f}`, fs.statSync(path.join(PKG, id, f)).size])),
};
fs.writeFileSync(path.join(DIST, 'h200-map.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`embed-dist: assets in dist/${assets}, dataset as of ${asOf}, tables: dist/table.html, dist/table.fr.html`);
