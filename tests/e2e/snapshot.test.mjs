// The build-time snapshot of the first view (scripts/snapshot.mjs, www/h200-map.js): shown
// while the WebAssembly is held back by the test server, with the `data-iso` contract, under
// the strict CSP; a click on it is applied when the widget takes over; the takeover changes
// no pixel, moves nothing and never leaves a frame without the map; the loader's
// reservation is the measured height. Chromium (Playwright on Debian's chromium).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { launch, clickCountry, waitForMap, panel, OUT, DIST } from './harness.mjs';
import { CSP, PAGES } from './embed-lib.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'h200-map.manifest.json'), 'utf8'));
let server, browser;
let release = () => {};
let hold = false;

/** dist/ and the fixture pages, strict CSP; while `hold`, a .wasm request waits for release(). */
async function serveHeld() {
  const dist = sirv(DIST, { dev: true, extensions: ['html'] });
  const pages = sirv(PAGES, { dev: true, extensions: ['html'] });
  const held = [];
  release = () => { hold = false; for (const go of held.splice(0)) go(); };
  const srv = http.createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP.strict);
    if (req.url === '/favicon.ico') { res.statusCode = 204; res.end(); return; }
    const notFound = () => { res.statusCode = 404; res.end('not found'); };
    const serve = () => {
      if (req.url.startsWith('/pages/')) { req.url = req.url.slice('/pages'.length); pages(req, res, notFound); }
      else dist(req, res, notFound);
    };
    if (hold && req.url.endsWith('.wasm')) held.push(serve);
    else serve();
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${srv.address().port}`, close: () => new Promise((ok) => srv.close(ok)) };
}

before(async () => { server = await serveHeld(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { release(); await browser?.close(); await server?.close(); });

/** Records layout shifts, CSP violations and, every frame, whether the map is in the box. */
function probe() {
  window.__snap = { shifts: [], violations: [], frames: 0, empty: 0, seen: false, changes: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__snap.shifts.push(e.value); })
    .observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => window.__snap.violations.push(`${e.violatedDirective} ${e.sourceFile}`));
  document.addEventListener('h200-map-change', (e) => window.__snap.changes.push(e.detail));
  const frame = () => {
    const root = document.querySelector('h200-map')?.shadowRoot;
    const n = root ? root.querySelectorAll('svg [data-iso]').length : 0;
    if (n > 200) window.__snap.seen = true;
    if (window.__snap.seen) { window.__snap.frames += 1; if (n <= 200) window.__snap.empty += 1; }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function open(viewport = { width: 1000, height: 900 }) {
  hold = true;
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // The widget's "today" is the snapshot's date: then nothing at all may change at takeover.
  await page.clock.setFixedTime(new Date(`${manifest.as_of}T12:00:00`));
  await page.addInitScript(probe);
  await page.goto(`${server.url}/pages/snapshot.html`);
  await page.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelector('[data-h200-snapshot]'));
  return { page, errors, close: () => { release(); return context.close(); } };
}

test('the snapshot shows before the WebAssembly arrives, with the data-iso contract, under the strict CSP', async () => {
  const { page, errors, close } = await open();
  const s = await page.evaluate(() => {
    const root = document.querySelector('h200-map').shadowRoot;
    const thumb = root.querySelector('[role="slider"]');
    return {
      shapes: root.querySelectorAll('svg [data-iso]').length,
      buttons: root.querySelectorAll('svg path[data-iso][role="button"][aria-label]').length,
      lang: root.querySelector('.h2m').getAttribute('lang'),
      legend: root.querySelectorAll('.legend li').length,
      thumbLeft: thumb && thumb.style.left,
      thumbData: thumb && thumb.getAttribute('data-css-left'),
      sheets: root.adoptedStyleSheets.length,
      fill: getComputedStyle(root.querySelector('svg [data-iso="CN"]')).fill,
      height: document.querySelector('h200-map').getBoundingClientRect().height,
    };
  });
  assert.ok(s.shapes > 200, `${s.shapes} shapes`);
  assert.ok(s.buttons > 150, `${s.buttons} shapes with role=button and a name`);
  assert.equal(s.lang, 'en');
  assert.ok(s.legend >= 4, 'the legend');
  assert.ok(s.thumbData && s.thumbLeft === s.thumbData, `the slider thumb placed through the CSSOM: ${s.thumbLeft} / ${s.thumbData}`);
  assert.equal(s.sheets, 1, 'styled by the widget\'s stylesheet');
  assert.notEqual(s.fill, 'rgb(0, 0, 0)', 'CN painted by its status class');
  assert.ok(s.height > 500, `${s.height}px tall`);
  await page.screenshot({ path: path.join(OUT, 'snapshot-held.png') });
  assert.deepEqual(await page.evaluate(() => window.__snap.violations), [], 'no CSP violation');
  assert.deepEqual(errors, []);
  await close();
});

test('a click on the snapshot is applied when the widget takes over (it opens that country)', async () => {
  const { page, errors, close } = await open();
  await clickCountry(page, 'BR');
  await page.waitForTimeout(100);
  assert.ok(await page.evaluate(() => !!document.querySelector('h200-map').shadowRoot.querySelector('[data-h200-snapshot]')), 'still the snapshot');
  release();
  await waitForMap(page);
  await page.waitForFunction(() => document.querySelector('h200-map').shadowRoot.querySelector('section[role="region"][data-iso="BR"]'), null, { timeout: 20000 });
  const p = await panel(page);
  assert.match(p.text, /Brazil/);
  const changes = await page.evaluate(() => window.__snap.changes);
  assert.deepEqual(changes.map((c) => c.country), ['BR'], 'the reader\'s change is announced once');
  assert.equal(await page.evaluate(() => document.querySelector('h200-map').getAttribute('country')), 'BR');
  assert.deepEqual(errors, []);
  await close();
});

for (const viewport of [{ width: 1000, height: 900 }, { width: 390, height: 844 }]) {
  test(`takeover at ${viewport.width}px: the same pixels, no layout shift, no frame without the map`, async () => {
    const { page, errors, close } = await open(viewport);
    const el = page.locator('#m1');
    await page.waitForTimeout(300);
    const before = await el.screenshot();
    const boxBefore = await page.evaluate(() => [document.querySelector('#m1').getBoundingClientRect().height, document.querySelector('#after').getBoundingClientRect().top]);
    const { reserved, drawn, early } = await page.evaluate(() => {
      const m = document.querySelector('#m1');
      return { reserved: parseFloat(m.style.minHeight), drawn: m.shadowRoot.querySelector('.h2m-root').getBoundingClientRect().height, early: window.__snap.shifts.splice(0) };
    });
    // The upgrade itself (the page reserves nothing: the box gets the loader's min-height
    // when the module runs) may shift once; the snapshot must then fit that box, never
    // taller (it would push the page down), at most a few lines shorter (measured every 10 px).
    assert.ok(drawn <= reserved + 1 && reserved - drawn <= 0.03 * drawn, `reserved ${reserved}px, snapshot ${drawn}px`);
    console.log(`# ${viewport.width}px: reserved ${reserved}, snapshot ${drawn}; shifts before the takeover: ${JSON.stringify(early)}`);
    release();
    await waitForMap(page);
    await page.waitForTimeout(600);
    const afterShot = await el.screenshot();
    const boxAfter = await page.evaluate(() => [document.querySelector('#m1').getBoundingClientRect().height, document.querySelector('#after').getBoundingClientRect().top]);
    const s = await page.evaluate(() => window.__snap);
    fs.writeFileSync(path.join(OUT, `snapshot-before-${viewport.width}.png`), before);
    fs.writeFileSync(path.join(OUT, `snapshot-after-${viewport.width}.png`), afterShot);
    assert.deepEqual(boxAfter, boxBefore, 'same height, the paragraph below did not move');
    assert.deepEqual(s.shifts, [], 'no layout shift at the takeover');
    assert.equal(s.empty, 0, `${s.empty} of ${s.frames} frames had no map`);
    assert.ok(before.equals(afterShot), 'the widget\'s first view is pixel for pixel the snapshot');
    assert.deepEqual(s.violations, []);
    assert.deepEqual(errors, []);
    await close();
  });
}
