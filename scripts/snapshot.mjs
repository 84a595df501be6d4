// After embed-dist.mjs (run by scripts/build.sh): the first view of the widget in each
// language, saved as markup the loader shows at once while the WebAssembly loads (issue 13).
//
// The snapshot is not a second rendering of the widget: it is the widget itself, mounted in
// headless Chromium (Debian's, through playwright-core, as the tests) from the dist/ just
// built, in its default state (no country, export view, the map mode), with the clock set
// to the dataset's as_of date, and serialised. Its map is therefore the core renderer's
// output (`core::render::shapes`, as in the live map and the downloads) and its chrome the
// Yew components' own markup: nothing is written twice, so nothing can drift.
//
// Writes into dist/pkg/<hash>/ (immutable: a snapshot follows from the wasm, which embeds the
// dataset, the geometry and the stylesheet, and from the dataset's as_of date):
//   snapshot.<lang>.html   (fr, en, de, es): the mount point `<div class="h2m-root" ...>`
//                          with the widget inside; no `style` attribute (the positions stay
//                          in `data-css-*`, which the loader applies through the CSSOM, as
//                          the widget does: a strict CSP blocks `style=""`);
//                          The body of a closed <details> (the corrections log) is left
//                          out: it is not drawn, and the widget brings it;
//   h200-map.css           the widget's stylesheet as it adopts it (`style_text()`),
//                          minified.
// and into the loader's `@build:snapshot` line: the snapshots' date and the drawn height of
// the first view (export and import views) at a range of box widths, which the loader
// reserves before anything is drawn.
//
// Usage: node scripts/snapshot.mjs [DIR] [--as-of YYYY-MM-DD]
//   DIR: dist/ by default (after trunk + embed-dist.mjs: the assets folder and as_of come
//   from its manifest); another folder holding h200-map.js and its assets (the bench's
//   widget page, an unhashed `pkg/`) needs --as-of.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { transformSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = args.indexOf('--as-of');
const DIST = path.resolve(args.find((a, i) => !a.startsWith('--') && i !== flag + 1) || path.join(ROOT, 'dist'));
const LANGS = ['fr', 'en', 'de', 'es'];
/**
 * Box widths (CSS px) whose drawn height the loader gets: every 10 px up to 800 (phones and
 * columns, where lines wrap), then every 50 px; between two, the loader adds the map's growth
 * to the narrower one's height.
 */
export const WIDTHS = [...Array.from({ length: 53 }, (_, i) => 280 + 10 * i), ...Array.from({ length: 12 }, (_, i) => 850 + 50 * i)];
const die = (msg) => { console.error(`snapshot: ${msg}`); process.exit(1); };

const manifestPath = path.join(DIST, 'h200-map.manifest.json');
const manifest = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : null;
const loaderPath = path.join(DIST, 'h200-map.js');
const loader = fs.readFileSync(loaderPath, 'utf8');
const assets = manifest ? manifest.assets : (loader.match(/^const ASSETS = '([^']*)'; \/\/ @build:assets$/m) || [])[1];
const asOf = flag >= 0 ? args[flag + 1] : manifest && manifest.as_of;
if (!/^pkg\/([0-9a-f]{12}\/)?$/.test(assets || '')) die(`bad assets folder ${JSON.stringify(assets)}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) die(`bad as_of ${JSON.stringify(asOf)} in the manifest`);

const files = sirv(DIST, { dev: true });
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/snap.html')) {
    const lang = new URL(req.url, 'http://x').searchParams.get('lang');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0} h200-map{width:960px}</style></head>
<body><h200-map lang="${lang}"></h200-map><script type="module" src="/h200-map.js"></script></body></html>`);
    return;
  }
  files(req, res, () => { res.statusCode = 404; res.end('not found'); });
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** The mounted widget's markup, without the CSSOM copies of its `data-css-*` attributes. */
function serialise() {
  const root = document.querySelector('h200-map').shadowRoot.querySelector('.h2m-root');
  const copy = root.cloneNode(true);
  for (const el of copy.querySelectorAll('[style]')) {
    const css = [...el.attributes].filter((a) => a.name.startsWith('data-css-'));
    if (css.length === 0) throw new Error(`an inline style without data-css-*: ${el.outerHTML.slice(0, 200)}`);
    el.removeAttribute('style');
  }
  if (copy.hasAttribute('style')) copy.removeAttribute('style');
  // A closed <details> shows only its summary: its body (the corrections log, ~6 kB gzip)
  // is left to the widget.
  for (const d of copy.querySelectorAll('details:not([open])')) {
    for (const child of [...d.children]) if (child.localName !== 'summary') child.remove();
  }
  return copy.outerHTML;
}

/** Drawn height of the map's box in `view` at each width (px, rounded up). */
async function heights(page, view) {
  await page.evaluate(async (v) => {
    const el = document.querySelector('h200-map');
    if (el.getAttribute('view') !== v) el.setAttribute('view', v);
    el.style.minHeight = '0';
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  }, view);
  // The layout is CSS alone (container queries, wrapping): reading it forces it.
  return page.evaluate((widths) => widths.map((width) => {
    const el = document.querySelector('h200-map');
    el.style.width = `${width}px`;
    return Math.ceil(el.getBoundingClientRect().height);
  }), WIDTHS);
}

let css = null;
const table = { export: {}, import: {} };
try {
  for (const lang of LANGS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${asOf}T12:00:00`));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/snap.html?lang=${lang}`);
    await page.waitForFunction(() => {
      const r = document.querySelector('h200-map')?.shadowRoot;
      return r && r.querySelector('.h2m-root .h2m') && r.querySelectorAll('svg [data-iso]').length > 200;
    }, null, { timeout: 30000 });
    // Effects (roving tabindex, colours painted in place) run after the first render.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
    if (errors.length) die(`errors on the ${lang} page: ${errors.join('; ')}`);
    const markup = await page.evaluate(serialise);
    if (!markup.includes(`lang="${lang}"`)) die(`the ${lang} snapshot is not in ${lang}`);
    fs.writeFileSync(path.join(DIST, assets, `snapshot.${lang}.html`), `${markup}\n`);
    css ??= await page.evaluate(async (url) => (await import(url)).style_text(), `/${assets}h200-map.js`);
    table.export[lang] = await heights(page, 'export');
    table.import[lang] = await heights(page, 'import');
    await context.close();
    console.log(`snapshot: ${assets}snapshot.${lang}.html ${markup.length} B`);
  }
} finally {
  await browser.close();
  server.close();
}
// Minified (esbuild): the snapshot's bytes come before the map's first paint.
fs.writeFileSync(path.join(DIST, assets, 'h200-map.css'), transformSync(css, { loader: 'css', minify: true }).code);

// ---- the loader's reservation: drawn heights per language and width --------------------
const line = /^(const SNAPSHOT = )[^\n]*(; \/\/ @build:snapshot)$/m;
if (!line.test(loader)) die(`no "@build:snapshot" line in ${loaderPath}`);
const value = JSON.stringify({ date: asOf, widths: WIDTHS, ...table });
fs.writeFileSync(loaderPath, loader.replace(line, (_, a, b) => `${a}${value}${b}`));

if (manifest) {
  for (const f of [...LANGS.map((l) => `snapshot.${l}.html`), 'h200-map.css']) {
    manifest.files[`${assets}${f}`] = fs.statSync(path.join(DIST, assets, f)).size;
  }
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
