// Builds the three benchmark pages into bench/dist/ (reproducibly, offline):
//   widget/  our <h200-map> (a copy of a trunk release build: h200-map.js + pkg/)
//   d3/      the D3 baseline (bench/d3/*, bundled and minified with esbuild)
//   static/  the static SVG baseline (bench/static/gen.mjs)
// plus dist/meta.json: the dates, the statuses the pages must show, and which embedded
// file holds what (for the byte split).
//
//   node bench/build.mjs TRUNK_DIST_DIR [NAME=OTHER_TRUNK_DIST ...]
// Each NAME=DIR adds a page widget-NAME/ with another build of the widget (A/B runs:
// PAGES=widget,widget-NAME node bench/run.mjs); a NAME ending in -nosnap (or
// BENCH_SNAPSHOT=0 for every page) gets no snapshot: the loader then loads as before.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { shell } from './pages.mjs';
import { renderMap, staticPage } from './static/gen.mjs';
import { precompress } from '../scripts/precompress.mjs';
import { minifyGlue } from '../scripts/minify-glue.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
// The sources the widget was built from (scripts/bench.sh with BENCH_REF: a snapshot of a
// commit); node_modules and the output stay in this checkout.
const SRC = path.resolve(process.env.BENCH_SRC || ROOT);
const OUT = path.join(BENCH, 'dist');
const trunkDist = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const variants = process.argv.slice(3).map((a) => a.split('=')).map(([n, d]) => [`widget-${n}`, path.resolve(d)]);

/** What follows the map on the three pages: a paragraph that a layout shift would move. */
const AFTER = '\n<p>Sources: the h200-map dataset (US EAR, ECCN 3A090.a, and each destination\'s import rules).</p>';
/** The widget page reserves the map's space as the README tells hosts ("Embed it"). */
const RESERVE = 'h200-map{display:block}@media (scripting:enabled){h200-map{min-height:1000px}}';

/** The date slider's other stop: before the 2023-11-17 rule recoloured ~40 countries. */
export const EARLY_DATE = '2023-06-01';

function exportAt(date) {
  const args = ['run', '-q', '--offline', '--bin', 'h200-data', '--', 'export', '--format', 'json'];
  if (date) args.push('--at', date);
  return JSON.parse(execFileSync('cargo', args, { cwd: SRC, encoding: 'utf8', maxBuffer: 64 << 20 }));
}

const rm = (p) => fs.rmSync(p, { recursive: true, force: true });
const mkdir = (p) => fs.mkdirSync(p, { recursive: true });
rm(OUT);
mkdir(path.join(OUT, 'gen'));

// --- statuses, from the project's own CLI -------------------------------------------------
const now = exportAt(null);
const date = now[0].date; // the dataset's as_of: the default date of `export`
const early = exportAt(EARLY_DATE);
const dates = [EARLY_DATE, date];
const rows = {};
for (const r of now) {
  rows[r.iso] = {
    n: r.name,
    e: [null, r.export_status], i: [null, r.import_status],
    ed: { since: r.export_since, rule: r.export_rule, src: r.export_sources ? r.export_sources.split(' | ') : [] },
    id: { since: r.import_since, rule: r.import_rule, src: r.import_sources ? r.import_sources.split(' | ') : [] },
  };
}
for (const r of early) { rows[r.iso].e[0] = r.export_status; rows[r.iso].i[0] = r.import_status; }

// world-atlas numeric ids -> alpha-2 (i18n-iso-countries, as our pipeline), plus the
// no-id features by name (src/core/geo_pipeline/keys.rs NO_CODE_RULES).
const topo = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));
const codes = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/i18n-iso-countries/codes.json'), 'utf8'));
const numToA2 = Object.fromEntries(codes.map(([a2, , num]) => [num, a2]));
const num2iso = {};
for (const g of topo.objects.countries.geometries) if (g.id && numToA2[g.id]) num2iso[g.id] = numToA2[g.id];
const byName = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY', 'Indian Ocean Ter.': 'AU', 'Siachen Glacier': 'IN' };
// Source URLs once, referenced by index (what anyone would do with 240 countries x 2 axes).
const urls = [];
const urlIdx = new Map();
for (const r of Object.values(rows)) for (const k of ['ed', 'id']) r[k].src = r[k].src.map((u) => {
  if (!urlIdx.has(u)) { urlIdx.set(u, urls.length); urls.push(u); }
  return urlIdx.get(u);
});
const d3data = { dates, num2iso, byName, urls, rows };
const d3dataJson = JSON.stringify(d3data);
fs.writeFileSync(path.join(OUT, 'gen/d3-data.json'), d3dataJson);

// The widget's status colours (first, light-theme definitions of --s-* in src/ui/style.css),
// so both baselines paint exactly the widget's colours whatever the UI team changes.
const widgetCss = fs.readFileSync(path.join(SRC, 'src/ui/style.css'), 'utf8');
const colours = {};
for (const m of widgetCss.matchAll(/--s-([a-z_]+):\s*([^;]+);/g)) if (!(m[1] in colours)) colours[m[1]] = m[2].trim();
const palette = `:root{${Object.entries(colours).map(([k, v]) => `--s-${k}:${v}`).join(';')}}`;

// --- D3 page -----------------------------------------------------------------------------
const d3dir = path.join(OUT, 'd3');
mkdir(d3dir);
const built = await esbuild.build({
  entryPoints: [path.join(BENCH, 'd3/main.js')],
  bundle: true, minify: true, format: 'esm', target: 'es2020', legalComments: 'none',
  alias: { 'h200-statuses': path.join(OUT, 'gen/d3-data.json') },
  outfile: path.join(d3dir, 'bundle.js'), metafile: true, logLevel: 'warning',
});
fs.writeFileSync(path.join(OUT, 'gen/d3-meta.json'), JSON.stringify(built.metafile));
const d3css = esbuild.transformSync(fs.readFileSync(path.join(BENCH, 'd3/style.css'), 'utf8') + palette, { loader: 'css', minify: true }).code;
fs.writeFileSync(path.join(d3dir, 'style.css'), d3css);
fs.copyFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-50m.json'), path.join(d3dir, 'countries-50m.json'));
fs.writeFileSync(path.join(d3dir, 'index.html'), shell('H200 map: D3 baseline',
  '<link rel="stylesheet" href="style.css">\n<script type="module" src="bundle.js"></script>', `<div id="map"></div>${AFTER}`));

// --- static page -------------------------------------------------------------------------
// Drawn natively by our renderer (`h200-data render`, core::render::map_svg) from this
// checkout, with the dataset the widget was built from.
const svg = renderMap(ROOT, { date, data: path.join(SRC, 'data/h200.json') });
const st = staticPage(svg, '', AFTER);
mkdir(path.join(OUT, 'static'));
fs.writeFileSync(path.join(OUT, 'static/index.html'), st.html);
fs.writeFileSync(path.join(OUT, 'gen/static-css.css'), st.css);

// --- widget page -------------------------------------------------------------------------
for (const [page, from] of [['widget', trunkDist], ...variants]) {
  const wdir = path.join(OUT, page);
  for (const f of ['h200-map.js', 'pkg/h200-map.js', 'pkg/h200-map_bg.wasm']) {
    const src = path.join(from, f);
    if (!fs.existsSync(src)) throw new Error(`missing ${src}: build the widget first (trunk build --release)`);
    mkdir(path.dirname(path.join(wdir, f)));
    fs.copyFileSync(src, path.join(wdir, f));
  }
  // As scripts/build.sh ships it: the wasm-bindgen glue minified, the snapshots of the
  // first view (scripts/snapshot.mjs, at the page's date), then the loader minified.
  minifyGlue(path.join(wdir, 'pkg/h200-map.js'));
  if (process.env.BENCH_SNAPSHOT !== '0' && !page.endsWith('-nosnap')) { // A/B: widget-nosnap
    execFileSync('node', [path.join(ROOT, 'scripts/snapshot.mjs'), wdir, '--as-of', date], { stdio: 'inherit' });
  }
  minifyGlue(path.join(wdir, 'h200-map.js'));
  fs.writeFileSync(path.join(wdir, 'index.html'), shell('H200 map: the widget',
    `<script type="module" src="h200-map.js"></script>\n<style>${RESERVE}</style>`,
    `<h200-map lang="en" view="export" date="${date}"></h200-map>${AFTER}`));
}

// What the wasm embeds (include_str! in src/), for the byte split.
const embedded = { css: [], geometry: [], data: [] };
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.rs') ? [path.join(d, e.name)] : []);
for (const f of walk(path.join(SRC, 'src'))) {
  if (f.includes('geo_pipeline') || f.includes(`${path.sep}bin${path.sep}`)) continue; // native only
  const text = fs.readFileSync(f, 'utf8');
  // The dataset as build.rs embeds it (minified, behind a header): estimated from a minified copy.
  if (text.includes('/h200.embedded"')) {
    fs.writeFileSync(path.join(OUT, 'gen/h200.min.json'), JSON.stringify(JSON.parse(fs.readFileSync(path.join(SRC, 'data/h200.json'), 'utf8'))));
    embedded.data.push('bench/dist/gen/h200.min.json');
  }
  for (const m of text.matchAll(/include_str!\(\s*"([^"]+)"\s*\)/g)) {
    const p = path.relative(SRC, path.resolve(path.dirname(f), m[1]));
    if (p.startsWith(`tests${path.sep}`)) continue; // test fixtures (#[cfg(test)] modules)
    if (p.endsWith('.css')) embedded.css.push(p);
    else if (p.endsWith('.geo')) embedded.geometry.push(p);
    else if (p.endsWith('.json')) embedded.data.push(p);
  }
}

// The statuses each page must show, for the checks in run.mjs (export axis).
const expect = {};
for (const [iso, r] of Object.entries(rows)) expect[iso] = [r.e[0], r.e[1]];
fs.writeFileSync(path.join(OUT, 'meta.json'), JSON.stringify({
  src: SRC, ref: process.env.BENCH_REF || null, date, dates, variants: variants.map(([p]) => p), embedded: { ...embedded, css: [...new Set(embedded.css)] }, expect,
  d3: { dataBytes: d3dataJson.length }, built: new Date().toISOString(),
}, null, 1));
// Precompressed copies beside every file, as scripts/build.sh writes them for dist/.
precompress(OUT);
console.log(`bench pages built in ${path.relative(ROOT, OUT)}/ (date ${date}, slider ${EARLY_DATE} <-> ${date})`);
