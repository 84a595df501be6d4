// Embedding in real news pages, in Chromium (Playwright on Debian's chromium): hostile CSS
// + strict CSP + three instances, WebAssembly blocked or missing, no JavaScript, a Rust
// panic, an invalid dataset, junk attributes, lazy start, layout shift, the iframe page and
// its resizer, the static table and the versioned assets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { launch, waitForMap, clickCountry, panel, OUT, DIST } from './harness.mjs';
import { serveEmbed, patchBytes, patchDataset, PAGES } from './embed-lib.mjs';

let server, browser;
const styleAttrViolations = {};
before(async () => { server = await serveEmbed(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens a page, recording console messages, page errors and every request's origin. */
async function open(url, { viewport = { width: 1000, height: 900 }, javaScriptEnabled = true, init = null } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], origins: new Set(), console: [] };
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => {
    log.console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('request', (r) => log.origins.add(new URL(r.url()).origin));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, log, close: () => context.close() };
}

/** Scrolls through the page like a reader until every map has drawn. */
async function readAll(page) {
  const n = await page.evaluate(() => document.querySelectorAll('h200-map').length);
  for (let i = 0; i < n; i++) {
    await page.evaluate((i) => document.querySelectorAll('h200-map')[i].scrollIntoView({ block: 'center' }), i);
    await waitForMap(page, i);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  return n;
}

/**
 * Reads the page from top to bottom at a reader's pace: half a window at a time, and at each
 * step waits until every map that the loader has reached (within its 400 px margin) has
 * drawn. Unlike readAll's jumps, nothing below a map is on screen before that map draws.
 */
async function readDown(page) {
  for (;;) {
    const { pending, end } = await page.evaluate(() => ({
      pending: [...document.querySelectorAll('h200-map')].map((m, i) => [i, m.getBoundingClientRect().top])
        .filter(([, top]) => top < innerHeight + 400).map(([i]) => i),
      end: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
    }));
    for (const i of pending) await waitForMap(page, i);
    if (end) break;
    await page.evaluate(() => window.scrollBy(0, innerHeight / 2));
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
}

const cls = (page) => page.evaluate(() => window.__probe.shifts.filter((s) => !s.recent).reduce((a, s) => a + s.value, 0));

test('hostile CSS + strict CSP + three maps: all draw, independent, one wasm fetch, host untouched', async () => {
  server.reset();
  // Listen before the elements upgrade: h200-map-change is for a reader's action, never
  // fired by mounting (or by attributes the host page sets).
  const listenEarly = () => {
    window.__changes = [];
    document.addEventListener('h200-map-change', (e) => window.__changes.push([e.target.id, e.detail.country, e.detail.view]));
  };
  const { page, log, close } = await open(`${server.url}/pages/hostile.html?csp=strict`, { viewport: { width: 1000, height: 900 }, init: listenEarly });
  assert.equal(await readAll(page), 3);
  assert.deepEqual(await page.evaluate(() => window.__changes), [], 'no h200-map-change at mount');

  // Each map has its own configuration.
  const panels = [await panel(page, 0), await panel(page, 1), await panel(page, 2)];
  assert.equal(panels[0].iso, 'CN');
  assert.match(panels[0].text, /Chine/);
  assert.equal(panels[1].iso, 'AE');
  assert.match(panels[1].text, /United Arab Emirates/);
  assert.equal(panels[2].iso, 'SG');
  assert.match(panels[2].text, /Singapore/);
  const views = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) =>
    e.shadowRoot.querySelector('button[data-view][aria-pressed="true"]').dataset.view));
  assert.deepEqual(views, ['import', 'export', 'export']);

  // The WebAssembly module was fetched (and compiled) once for the three maps.
  assert.equal(server.count(/\.wasm$/), 1, 'one .wasm request');
  const wasmEntries = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
  assert.equal(wasmEntries, 1);
  assert.ok(server.requests.every((p) => !p.includes('.wasm') || /^\/pkg\/[0-9a-f]{12}\//.test(p)), 'versioned asset folder');

  // ids are unique inside each map's shadow root, and every ARIA id reference resolves there.
  const refs = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => {
    const root = e.shadowRoot;
    const ids = [...root.querySelectorAll('[id]')].map((x) => x.id);
    const dangling = [];
    for (const a of ['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-activedescendant', 'aria-owns', 'for']) {
      for (const x of root.querySelectorAll(`[${a}]`)) {
        for (const id of x.getAttribute(a).split(/\s+/).filter(Boolean)) if (!root.getElementById(id)) dangling.push(`${a}=${id}`);
      }
    }
    return { ids: ids.length, unique: new Set(ids).size, dangling };
  }));
  for (const r of refs) {
    assert.equal(r.unique, r.ids, 'ids unique within a map');
    assert.deepEqual(r.dangling, [], 'ARIA references resolve within the map');
  }

  // Styles through one constructed stylesheet, shared; no <style> elements (CSP-safe).
  const sheets = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('h200-map')].map((e) => e.shadowRoot);
    return { adopted: roots.map((r) => r.adoptedStyleSheets.length), styles: roots.map((r) => r.querySelectorAll('style').length),
      shared: roots[0].adoptedStyleSheets[0] === roots[2].adoptedStyleSheets[0] };
  });
  assert.deepEqual(sheets, { adopted: [1, 1, 1], styles: [0, 0, 0], shared: true });

  // Host rules do not reach the widget...
  const inner = await page.evaluate(() => {
    const root = document.querySelector('#m2').shadowRoot;
    const cs = (el) => getComputedStyle(el);
    const path = root.querySelector('svg path[data-iso="FR"]');
    const title = root.querySelector('.title, h2');
    const region = root.querySelector('[role="region"]');
    return { fill: cs(path).fill, stroke: cs(path).stroke, transform: cs(title).textTransform, spacing: cs(title).letterSpacing,
      size: cs(title).fontSize, align: cs(title).textAlign, region: cs(region).display, host: cs(document.querySelector('#m2')).display };
  });
  assert.notEqual(inner.fill, 'rgb(255, 0, 0)', 'svg path { fill: red !important } stays outside');
  assert.notEqual(inner.stroke, 'rgb(0, 0, 255)');
  assert.equal(inner.transform, 'none');
  assert.equal(inner.spacing, 'normal');
  assert.equal(inner.align, 'start');
  assert.ok(parseFloat(inner.size) >= 16, `title keeps its size with html { font-size: 8px } (${inner.size})`);
  assert.equal(inner.region, 'block', '[role=region] { display: none !important } stays outside');
  assert.equal(inner.host, 'block', '* { all: unset } does not collapse the element');

  // ...and the widget changed nothing of the host page.
  const host = await page.evaluate(() => ({ before: window.__probe.before, after: window.__probe.snapshot(), globals: window.__probe.newGlobals(),
    logo: getComputedStyle(document.querySelector('#logo-path')).fill }));
  assert.deepEqual(host.after, host.before, 'host elements, stylesheets, ids unchanged');
  assert.deepEqual(host.globals, [], 'no new global names');
  assert.equal(host.logo, 'rgb(255, 0, 0)', 'the host\'s own svg rule still applies to the host');

  const early = await page.evaluate(() => window.__probe.violations);
  assert.deepEqual(early.filter((v) => v.directive !== 'style-src-attr'), [], 'no CSP violation while the maps load and draw');
  styleAttrViolations.chromium = early.length;

  // A strict CSP blocks <style> even inside a shadow root (why the widget uses constructed sheets).
  const styleBlocked = await page.evaluate(async () => {
    const d = document.createElement('div');
    document.body.append(d);
    const r = d.attachShadow({ mode: 'open' });
    const s = document.createElement('style');
    s.textContent = 'p { color: rgb(1, 2, 3); }';
    const p = document.createElement('p');
    r.append(s, p);
    await new Promise((ok) => setTimeout(ok, 50));
    const blocked = getComputedStyle(p).color !== 'rgb(1, 2, 3)';
    d.remove();
    window.__probe.violations.length = 0; // that violation was ours
    return blocked;
  });
  assert.ok(styleBlocked, "style-src 'self' blocks a <style> in a shadow root");

  // Independent instances: a click in the second map changes only the second map.
  const events = [];
  await page.exposeFunction('__record', (e) => events.push(e));
  await page.evaluate(() => document.addEventListener('h200-map-change', (e) => window.__record({ id: e.target.id, ...e.detail })));
  await page.evaluate(() => document.querySelector('#m2').shadowRoot.querySelector('svg [data-iso="BR"]').scrollIntoView({ block: 'center' }));
  await clickCountry(page, 'BR', 1);
  assert.equal((await panel(page, 1)).iso, 'BR');
  assert.equal((await panel(page, 0)).iso, 'CN');
  assert.equal((await panel(page, 2)).iso, 'SG');
  const attrs = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => e.getAttribute('country')));
  assert.deepEqual(attrs, ['CN', 'BR', 'SG']);
  assert.deepEqual(events.map((e) => [e.id, e.country]), [['m2', 'BR']]);
  // The host page setting an attribute is not a reader's change either.
  await page.evaluate(() => document.querySelector('#m3').setAttribute('country', 'FR'));
  await page.waitForFunction(() => document.querySelector('#m3').shadowRoot.querySelector('[role="region"][data-iso="FR"]'));
  assert.deepEqual(await page.evaluate(() => window.__changes), [['m2', 'BR', 'export']]);

  // Privacy: one origin, no cookies, no storage.
  assert.deepEqual([...log.origins], [server.url]);
  const storage = await page.evaluate(async () => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0 }));
  assert.deepEqual(storage, { cookie: '', local: 0, session: 0, idb: 0 });

  const probe = await page.evaluate(() => ({ violations: window.__probe.violations, errors: window.__probe.errors }));
  // style="" attributes are counted for the test below; everything else is CSP-clean.
  assert.deepEqual(probe.violations.filter((v) => v.directive !== 'style-src-attr'), [], 'no other CSP violation');
  styleAttrViolations.chromium += probe.violations.length;
  assert.deepEqual(probe.errors, []);
  assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  const shift = await cls(page);
  console.log(`# hostile page (3 maps, strict CSP): CLS ${shift.toFixed(4)}, .wasm requests ${server.count(/\.wasm$/)}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT, 'embed-hostile-chromium.png'), fullPage: true });
  await close();
});

// A strict CSP (style-src 'self') blocks style="" attributes, so the widget must set
// computed positions through the CSSOM (element.style.setProperty) or SVG attributes.
// The timeline and the tooltip set their positions through the CSSOM (src/ui/hooks/use_cssom_style.rs).
test('strict CSP: the widget sets no style="" attribute (style-src-attr)', () => {
  assert.equal(styleAttrViolations.chromium, 0, `${styleAttrViolations.chromium} style-src-attr violations`);
});

test('WebAssembly blocked by the CSP: every map shows the message, the links and the fallback; host scripts run', async () => {
  const { page, log, close } = await open(`${server.url}/pages/hostile.html?csp=nowasm`);
  for (let i = 0; i < 3; i++) {
    await page.evaluate((i) => document.querySelectorAll('h200-map')[i].scrollIntoView({ block: 'center' }), i);
    await page.waitForFunction((i) => document.querySelectorAll('h200-map')[i].shadowRoot?.querySelector('.h2m-fail'), i);
  }
  const boxes = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => {
    const box = e.shadowRoot.querySelector('.h2m-fail');
    const slot = box.querySelector('slot');
    return { reason: box.dataset.reason, text: box.innerText, links: [...box.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      state: e.dataset.h200State, fallback: slot.assignedElements().map((x) => x.id), visible: e.querySelector('a').getBoundingClientRect().height > 0 };
  }));
  for (const b of boxes) {
    assert.equal(b.reason, 'blocked');
    assert.equal(b.state, 'failed');
    assert.ok(b.links.some((h) => /\/table(\.fr)?\.html$/.test(h)), `a link to the table: ${b.links}`);
    assert.ok(b.links.some((h) => /\/embed\.html\?/.test(h)), `a link to the iframe page: ${b.links}`);
    assert.ok(b.visible, 'the fallback content shows');
  }
  assert.match(boxes[0].text, /sécurité bloquent WebAssembly/);
  assert.match(boxes[1].text, /security settings block WebAssembly/);
  assert.match(boxes[0].links.find((h) => h.includes('embed.html')), /\/embed\.html\?lang=fr&country=CN&view=import$/);
  assert.deepEqual(boxes.map((b) => b.fallback), [['fallback1'], ['fallback2'], ['fallback3']]);
  // the host page's own script keeps running
  const t0 = Number(await page.textContent('#host-ticks'));
  await page.click('#host-button');
  await page.waitForTimeout(300);
  assert.ok(Number(await page.textContent('#host-ticks')) > t0);
  assert.equal(await page.textContent('#host-clicks'), '1');
  const host = await page.evaluate(() => ({ before: window.__probe.before, after: window.__probe.snapshot() }));
  assert.deepEqual(host.after, host.before);
  assert.equal(log.errors.filter((e) => !/h200-map|WebAssembly|wasm|Content Security/i.test(e)).length, 0, log.errors.join('\n'));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT, 'embed-blocked-chromium.png'), fullPage: true });
  await close();
});

test('no WebAssembly in the browser, or the module fails to load: readable message', async () => {
  {
    const { page, close } = await open(`${server.url}/pages/hostile.html`, { init: () => { delete window.WebAssembly; } });
    await page.waitForFunction(() => document.querySelector('#m1').shadowRoot?.querySelector('.h2m-fail'));
    assert.equal(await page.evaluate(() => document.querySelector('#m1').shadowRoot.querySelector('.h2m-fail').dataset.reason), 'unsupported');
    await close();
  }
  const broken = await serveEmbed({ wasmStatus: 404 });
  try {
    const { page, log, close } = await open(`${broken.url}/pages/hostile.html?csp=strict`);
    await page.waitForFunction(() => document.querySelector('#m1').shadowRoot?.querySelector('.h2m-fail'));
    const box = await page.evaluate(() => { const b = document.querySelector('#m1').shadowRoot.querySelector('.h2m-fail'); return { reason: b.dataset.reason, text: b.innerText }; });
    assert.equal(box.reason, 'load');
    assert.match(box.text, /n'a pas pu être chargée/);
    assert.ok(log.errors.length > 0, 'the cause is on the console');
    await close();
  } finally { await broken.close(); }
});

test('no JavaScript: the light-DOM fallback content is what the reader gets', async () => {
  const { page, close } = await open(`${server.url}/pages/hostile.html`, { javaScriptEnabled: false });
  const links = await page.evaluate(() => [...document.querySelectorAll('h200-map a')].map((a) => [a.getAttribute('href'), a.getBoundingClientRect().height > 0]));
  assert.deepEqual(links, [['/table.fr.html', true], ['/table.html', true], ['/table.html', true]]);
  const heights = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => e.getBoundingClientRect().height));
  assert.ok(heights.every((h) => h < 200), `no reserved empty box without scripting: ${heights}`);
  await close();
});

test('a Rust panic shows a message in every map; the host page keeps running', async () => {
  const { page, log, close } = await open(`${server.url}/pages/panic.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('h200-map')].every((e) => e.shadowRoot?.querySelector('.h2m-fail')));
  const boxes = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => {
    const b = e.shadowRoot.querySelector('.h2m-fail');
    return { reason: b.dataset.reason, text: b.innerText, links: b.querySelectorAll('a').length, maps: e.shadowRoot.querySelectorAll('svg').length };
  }));
  assert.deepEqual(boxes.map((b) => [b.reason, b.maps]), [['panic', 0], ['panic', 0]]);
  assert.match(boxes[0].text, /stopped after an internal error/);
  assert.match(boxes[1].text, /erreur interne/);
  assert.ok(boxes.every((b) => b.links >= 1), 'a link to the table');
  assert.ok(log.errors.some((e) => /panicked/.test(e)), 'the panic message is on the console');
  const t0 = Number(await page.textContent('#host-ticks'));
  await page.click('#host-button');
  await page.waitForTimeout(300);
  assert.ok(Number(await page.textContent('#host-ticks')) > t0, 'host timers still run');
  assert.equal(await page.textContent('#host-clicks'), '1', 'host handlers still run');
  await page.screenshot({ path: path.join(OUT, 'embed-panic-chromium.png') });
  await close();
});

test('a dataset altered after the build (an http source URL): a readable error and a link to the table, in the box', async () => {
  // The build validated the dataset; the widget checks that the embedded text is the one it
  // validated (length and hash), so a changed byte stops it with a message, never a blank map.
  const bad = await serveEmbed({ wasmPatch: patchBytes('"https://www.govinfo.gov/content/pkg/FR-2026-01-15', '"http://wwww.govinfo.gov/content/pkg/FR-2026-01-15') });
  try {
    const { page, close } = await open(`${bad.url}/pages/hostile.html?csp=strict`);
    await page.waitForFunction(() => document.querySelector('#m1').shadowRoot?.querySelector('.error'));
    const box = await page.evaluate(() => {
      const r = document.querySelector('#m1').shadowRoot;
      return { text: r.querySelector('.error').innerText, links: [...r.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
    });
    assert.match(box.text, /invalid|invalides/);
    assert.match(box.text, /not the one the build checked/);
    assert.ok(box.links.some((h) => h.endsWith('/table.fr.html')), `link to the table: ${box.links}`);
    assert.ok(box.links.every((h) => !h.startsWith('http://www')), 'the http URL is not a link');
    assert.equal(await page.evaluate(() => document.querySelector('#m1').shadowRoot.querySelectorAll('svg [data-iso]').length), 0, 'no map drawn from altered data');
    await close();
  } finally { await bad.close(); }
});

test('dataset text is never HTML; every rendered source link is https', async () => {
  const inj = await serveEmbed({ wasmPatch: patchDataset('Revision to License', '<img src=x onerror>', { all: true }) });
  try {
    const { page, log, close } = await open(`${inj.url}/pages/attrs.html`);
    await waitForMap(page, 0);
    await page.evaluate(() => document.querySelector('h200-map').setAttribute('country', 'CN'));
    await page.waitForFunction(() => document.querySelector('h200-map').shadowRoot.querySelector('[role="region"][data-iso="CN"]'));
    await page.evaluate(() => document.querySelector('h200-map').shadowRoot.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const r = await page.evaluate(() => {
      const root = document.querySelector('h200-map').shadowRoot;
      return { imgs: root.querySelectorAll('img').length, text: root.querySelector('[role="region"]').textContent,
        hrefs: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) };
    });
    assert.equal(r.imgs, 0);
    assert.match(r.text, /<img src=x onerror> Review Policy/, 'shown as text');
    assert.ok(r.hrefs.length > 0);
    for (const h of r.hrefs) assert.match(h, /^https:\/\//);
    assert.deepEqual(log.errors, []);
    await close();
  } finally { await inj.close(); }
});

test('junk attributes and link values warn once and are ignored, never override a valid attribute, never HTML; no panel room for an unknown country', async () => {
  const listenEarly = () => {
    window.__changes = [];
    document.addEventListener('h200-map-change', (e) => window.__changes.push(e.target.id));
  };
  const { page, log, close } = await open(`${server.url}/pages/attrs.html#h200-map/m2:country=XX,view=sideways,date=2026-02-30`, { init: listenEarly });
  // The loader's first reservation, before the module: a panel for the two-letter "XX".
  const early = await page.evaluate(() => ['m3', 'm4'].map((id) => parseFloat(document.getElementById(id).style.minHeight)));
  assert.equal(await readAll(page), 4);
  const r = await page.evaluate(() => {
    const map = (id) => {
      const root = document.getElementById(id).shadowRoot;
      const thumb = root.querySelector('[role="slider"]');
      return {
        panel: root.querySelector('[role="region"]')?.getAttribute('data-iso') ?? null, imgs: root.querySelectorAll('img').length,
        lang: root.querySelector('.h2m').getAttribute('lang'), view: root.querySelector('button[data-view][aria-pressed="true"]').dataset.view,
        bg: getComputedStyle(root.querySelector('.h2m')).backgroundColor,
        date: thumb.dataset.date, atEnd: thumb.getAttribute('aria-valuenow') === thumb.getAttribute('aria-valuemax'),
        reserved: parseFloat(document.getElementById(id).style.minHeight) || 0, width: document.getElementById(id).getBoundingClientRect().width,
      };
    };
    return { xss: window.__xss, m1: map('m1'), m2: map('m2'), m3: map('m3'), m4: map('m4'), changes: window.__changes };
  });
  assert.equal(r.xss, undefined);
  assert.deepEqual(r.changes, [], 'no h200-map-change without a reader\'s action, junk or not');
  assert.deepEqual({ ...r.m1, bg: undefined, date: undefined, atEnd: undefined, reserved: undefined, width: undefined },
    { panel: null, imgs: 0, lang: 'en', view: 'export', bg: undefined, date: undefined, atEnd: undefined, reserved: undefined, width: undefined });
  assert.equal(r.m2.panel, 'CN', 'the link\'s junk country does not replace the attribute\'s CN');
  assert.equal(r.m2.view, 'export');
  assert.equal(r.m2.bg, 'rgb(255, 255, 255)', 'theme="neon": the default, light');
  assert.ok(r.m2.atEnd, `date="2099-01-01": the slider's end (${r.m2.date})`);
  assert.equal(r.m4.date, '2027-04-06', 'a date attribute reaches the last scheduled change, past today');
  assert.equal(r.m3.panel, null);
  const w = log.warnings.filter((t) => t.startsWith('<h200-map>: '));
  for (const re of [
    /country "<img src=x onerror=window.__xss=1>" is not the ISO 3166-1 alpha-2 code of a place on the map; ignored/,
    /date "yesterday" is not a day written YYYY-MM-DD; ignored/,
    /unsupported lang "xx"/,
    /view "<b>import<\/b>" is not "export" or "import"; ignored/,
    /country "XX" in the link is not the ISO 3166-1 alpha-2 code of a place on the map; ignored/,
    /view "sideways" in the link is not "export" or "import"; ignored/,
    /date "2026-02-30" in the link is not a day written YYYY-MM-DD; ignored/,
    /theme "neon" is not "light", "dark" or "auto"; ignored/,
    /date "2099-01-01" is after the last day the map shows \(\d{4}-\d{2}-\d{2}, the last change already scheduled\); showing \d{4}-\d{2}-\d{2}/,
    /country "XX" is not the ISO 3166-1 alpha-2 code of a place on the map; ignored/,
    /view "map" is not "export" or "import"; ignored/,
  ]) assert.equal(w.filter((t) => re.test(t)).length, 1, `one warning ${re}; got:\n${w.join('\n')}`);
  // Attributes resolved again (the page changes one): the same junk does not warn again.
  await page.evaluate(() => { document.getElementById('m2').setAttribute('view', 'import'); document.getElementById('m3').setAttribute('lang', 'fr'); });
  await page.waitForFunction(() => document.getElementById('m3').shadowRoot.querySelector('.h2m[lang="fr"]'));
  const again = log.warnings.filter((t) => t.startsWith('<h200-map>: '));
  assert.deepEqual(again, w, 'each warning once');
  // No room kept for the panel of "XX": the same reservation as the map without a country.
  console.log(`# reservation for country="XX": ${early[0]} px before the module, ${r.m3.reserved} px after (no country: ${r.m4.reserved} px)`);
  assert.equal(r.m3.width, r.m4.width);
  assert.ok(early[0] > early[1] + 300, `before the module, "XX" looked like a code (${early})`);
  assert.equal(r.m3.reserved, r.m4.reserved, `after: no panel room for "XX" (${r.m3.reserved} vs ${r.m4.reserved})`);
  assert.deepEqual(log.errors, []);
  await close();
});

test('lazy: nothing is fetched until the map nears the viewport', async () => {
  server.reset();
  const { page, close } = await open(`${server.url}/pages/lazy.html`, { viewport: { width: 1000, height: 800 } });
  await page.waitForTimeout(1200);
  assert.equal(server.count(/\.wasm$/), 0, 'no wasm before scrolling');
  assert.equal(server.count(/^\/pkg\//), 0, 'no glue before scrolling');
  await page.evaluate(() => window.scrollTo(0, 2300)); // within 400px of the map
  await waitForMap(page, 0);
  assert.equal(server.count(/\.wasm$/), 1);
  await close();
});

test('no layout shift while the maps load (Layout Instability API)', async () => {
  // Pages that follow the README (the page's stylesheet reserves the height), read from top
  // to bottom at a reader's pace: exactly 0. (A reader who jumps past a map before it draws,
  // e.g. to the end of the page, can still see what is below it move when the map is taller
  // than the page's reservation: README "Loading without layout shift".)
  // The demo article (a story: its stylesheet sizes the map's sticky box) is printed, not
  // asserted: scrolling to its map activates a story step, which changes what the map shows
  // (the legend's lines, the panel) without any input, and that counts as a shift.
  // Every shift is printed with its sources (tests/e2e/pages/probe.js): which element moved,
  // from where to where, and when.
  const results = {};
  const shifts = {};
  for (const [name, url, vp] of [
    ['article, map above the fold, desktop', '/pages/article.html', { width: 1100, height: 1000 }],
    ['article, map above the fold, phone', '/pages/article.html', { width: 360, height: 780 }],
    ['hostile page, 3 maps, strict CSP', '/pages/hostile.html?csp=strict', { width: 1000, height: 900 }],
    ['demo article (story, the page sizes the map box), desktop', '/demo/', { width: 1100, height: 1000 }],
  ]) {
    const { page, close } = await open(`${server.url}${url}`, {
      viewport: vp,
      // The fixture pages load the probe themselves; the demo article is a real page.
      init: url.startsWith('/demo') ? { path: path.join(PAGES, 'probe.js') } : null,
    });
    assert.ok(await page.evaluate(() => window.__probe.cls), `${name}: the Layout Instability API is there`);
    if (url.startsWith('/demo')) await readAll(page);
    else await readDown(page);
    await page.waitForTimeout(300);
    results[name] = await cls(page);
    shifts[name] = await page.evaluate(() => window.__probe.shifts.filter((s) => !s.recent && s.value > 0));
    for (const s of shifts[name]) console.log(`# shift: ${name}, at ${s.t} ms, ${s.value.toFixed(5)}: ${s.sources.map((x) => `${x.node} ${x.from} -> ${x.to}`).join('; ')}`);
    await close();
  }
  console.log(`# CLS: ${JSON.stringify(results)}`);
  for (const [name, v] of Object.entries(results)) {
    if (name.startsWith('demo')) continue;
    assert.equal(v, 0, `${name}: CLS ${v}; moved: ${JSON.stringify(shifts[name])}`);
  }
});

test("the loader's own reservation tracks the widget's height (page reserves nothing)", async () => {
  const rows = [];
  for (const width of [360, 720, 1100]) {
    const { page, close } = await open(`${server.url}/pages/plain.html`, { viewport: { width, height: 900 } });
    const reserved = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => parseFloat(e.style.minHeight)));
    await readAll(page);
    const drawn = await page.evaluate(() => [...document.querySelectorAll('h200-map')].map((e) => e.shadowRoot.querySelector('.h2m-root').getBoundingClientRect().height));
    drawn.forEach((d, i) => rows.push({ width, map: ['en', 'fr import', 'en CN'][i], reserved: reserved[i], drawn: Math.round(d) }));
    await close();
  }
  console.log(`# reservation vs drawn height: ${rows.map((r) => `${r.map}@${r.width}: ${r.reserved}/${r.drawn}`).join(', ')}`);
  for (const r of rows) {
    if (r.map === 'en CN') assert.ok(r.reserved <= r.drawn + 40, `${r.map}@${r.width}: the panel floor must not exceed the drawn height`);
    else assert.ok(Math.abs(r.reserved - r.drawn) <= 0.15 * r.drawn, `${r.map}@${r.width}: reserved ${r.reserved}, drawn ${r.drawn}: update reserve() in www/h200-map.js`);
  }
});

test('iframe page: parameters, height reported by postMessage and applied by resize.js', async () => {
  const { page, log, close } = await open(`${server.url}/pages/iframe-host.html`, { viewport: { width: 900, height: 1000 } });
  const frame = page.frameLocator('#f1');
  await frame.locator('h200-map').waitFor();
  const f = page.frame({ url: /embed\.html/ });
  await f.waitForFunction(() => document.querySelector('h200-map').shadowRoot?.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length > 200);
  await page.waitForTimeout(500);
  const inner = await f.evaluate(() => {
    const m = document.querySelector('h200-map');
    return { attrs: ['country', 'view', 'lang', 'date'].map((a) => m.getAttribute(a)), height: Math.ceil(m.getBoundingClientRect().height),
      panel: m.shadowRoot.querySelector('[role="region"]').getAttribute('data-iso'), lang: document.documentElement.lang };
  });
  assert.deepEqual(inner.attrs, ['CN', 'import', 'fr', '2026-02-01']);
  assert.equal(inner.panel, 'CN');
  const outer = await page.evaluate(() => ({ height: document.querySelector('#f1').getBoundingClientRect().height, messages: window.__probe.messages }));
  const heights = outer.messages.filter((m) => m.type === 'h200-map:height').map((m) => m.height);
  assert.ok(heights.length > 0, 'height messages');
  assert.equal(heights.at(-1), inner.height);
  assert.ok(Math.abs(outer.height - inner.height) <= 1, `iframe ${outer.height}px, content ${inner.height}px`);
  assert.ok(outer.messages.some((m) => m.sentinel === 'amp' && m.type === 'embed-size'), 'AMP resize message');
  // a reader's click in the iframe is reported to the parent
  await f.evaluate(() => document.querySelector('h200-map').shadowRoot.querySelector('button[data-view="export"]').click());
  await page.waitForFunction(() => window.__probe.messages.some((m) => m.type === 'h200-map:change' && m.view === 'export'));
  assert.deepEqual(log.errors, []);
  await page.screenshot({ path: path.join(OUT, 'embed-iframe-chromium.png'), fullPage: true });
  await close();
});

test('versioned assets and static table pages', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'h200-map.manifest.json'), 'utf8'));
  const dir = path.join(DIST, manifest.assets);
  const hash = crypto.createHash('sha256');
  for (const f of ['h200-map.js', 'h200-map_bg.wasm']) hash.update(fs.readFileSync(path.join(dir, f)));
  assert.equal(manifest.assets, `pkg/${hash.digest('hex').slice(0, 12)}/`, 'folder named by content hash');
  const loader = fs.readFileSync(path.join(DIST, 'h200-map.js'), 'utf8');
  // (the loader is minified after its @build: lines are written)
  assert.ok(loader.includes(`"${manifest.assets}"`), 'the loader names the asset folder');
  assert.ok(loader.includes(`"${manifest.as_of}"`), 'the loader knows the as_of date');
  assert.ok(loader.includes(`{date:"${manifest.as_of}",widths:[`), 'the loader knows the snapshots');
  for (const lang of ['fr', 'en', 'de', 'es']) {
    const snap = fs.readFileSync(path.join(dir, `snapshot.${lang}.html`), 'utf8');
    assert.ok(snap.startsWith('<div class="h2m-root">') && snap.includes(`lang="${lang}"`), `snapshot.${lang}.html`);
    assert.ok(!/\sstyle="/.test(snap), `snapshot.${lang}.html: no style attribute (strict CSP)`);
    assert.ok(manifest.files[`${manifest.assets}snapshot.${lang}.html`] > 0, 'listed in the manifest');
  }

  const { page, close } = await open(`${server.url}/table.fr.html?csp=strict`);
  const t = await page.evaluate(() => ({
    rows: document.querySelectorAll('tbody tr').length, asOf: document.querySelector('[data-as-of]').dataset.asOf,
    cn: document.querySelector('tr[data-iso="CN"]').innerText, scripts: document.scripts.length,
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
  }));
  assert.ok(t.rows > 200, `${t.rows} rows`);
  assert.equal(t.asOf, manifest.as_of);
  assert.match(t.cn, /Chine/);
  assert.equal(t.scripts, 0);
  for (const h of t.hrefs) assert.ok(/^https:\/\//.test(h) || !/^[a-z]+:/i.test(h), h);
  const frag = fs.readFileSync(path.join(DIST, 'fallback.en.html'), 'utf8');
  assert.ok(frag.includes(manifest.as_of) && frag.includes('<table>') && !/<script|<style/i.test(frag));
  await close();
});
