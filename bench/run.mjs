// The benchmark: the widget against the D3 baseline and the static SVG, in headless Chromium.
//
//   node bench/run.mjs            (after node bench/build.mjs; scripts/bench.sh does both)
//   RUNS=15 THROTTLE=4 node bench/run.mjs
//
// Serves bench/dist/ on 127.0.0.1 (gzip-encoded, as a CDN would; a fresh browser context per
// load, so nothing is cached) and measures, page order rotated on every run, RUNS loads of
// each page without and then with CDP CPU throttling (THROTTLE x). In-page timings use
// performance.now() (navigation start = 0), MutationObserver (also inside shadow roots) to
// see the DOM change and "after paint" = requestAnimationFrame + a MessageChannel task (the
// frame that shows the change has been produced). Prints the table and writes RESULTS.md.
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { VIEWPORT } from './pages.mjs';
import { lighthouse, LH_VERSION } from './lighthouse.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const DIST = path.join(BENCH, 'dist');
const RUNS = Number(process.env.RUNS || 15);
const THROTTLE = Number(process.env.THROTTLE || 4);
const SLIDER_STEPS = Number(process.env.SLIDER_STEPS || 4);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3); // Lighthouse runs per page (0: skip)
const PHONE = process.env.PHONE !== '0'; // also a tap on a touch phone viewport (interactive pages)
/** The phone of the tap measurement (as the e2e tests' phone: 390x844, touch, mobile). */
const PHONE_CONTEXT = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const RESULTS = process.env.RESULTS || path.join(BENCH, 'RESULTS.md');
// Same flags as tests/e2e/harness.mjs (Debian's Chromium, never a downloaded browser).
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const KB = 1000; // budgets in kB = 1000 bytes (the stricter reading of "150 KB")

const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'meta.json'), 'utf8'));
const PAGES = {
  widget: { url: '/widget/', interactive: true, label: 'widget (Yew/wasm)' },
  d3: { url: '/d3/', interactive: true, label: 'D3 baseline' },
  static: { url: '/static/', interactive: false, label: 'static SVG' },
};
for (const v of meta.variants || []) PAGES[v] = { url: `/${v}/`, interactive: true, label: v };
if (process.env.PAGES) {
  const keep = process.env.PAGES.split(',');
  for (const k of Object.keys(PAGES)) if (!keep.includes(k)) delete PAGES[k];
}
const TTI_ISO = 'US'; // clicked (synthetic event) in the first task after the map is painted
const CLICK_ISO = 'CN'; // clicked with real mouse input for click-to-panel

// ---------------------------------------------------------------------------------------
// Server: bench/dist, as a CDN serves it: the precompressed `.br` / `.gz` written beside
// each file by bench/build.mjs (scripts/precompress.mjs: brotli q11, gzip -9) with
// `Content-Encoding` and `Vary: Accept-Encoding`, brotli when the request accepts it.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
function serve() {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(DIST, path.normalize(p));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.statusCode = 404; return res.end('not found');
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] || 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Accept-Encoding');
    const accept = req.headers['accept-encoding'] || '';
    for (const [enc, ext, re] of [['br', '.br', /\bbr\b/], ['gzip', '.gz', /\bgzip\b/]]) {
      if (re.test(accept) && fs.existsSync(file + ext)) {
        res.setHeader('Content-Encoding', enc);
        return res.end(fs.readFileSync(file + ext));
      }
    }
    res.end(fs.readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------------------------------
// In-page instrumentation, installed before any page script.
function instrument(cfg) {
  const B = (window.__bench = { roots: [document], wasm: [], marks: {}, cfg });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then((r) => { B.wasm.push(r.instance || r); return r; });
    };
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    B.roots.push(r);
    watch(r);
    return r;
  };
  B.q = (sel) => { for (const r of B.roots) { const e = r.querySelector(sel); if (e) return e; } return null; };
  B.count = () => B.roots.reduce((n, r) => n + r.querySelectorAll('svg [data-iso]').length, 0);
  // The widget's own map (not the loader's snapshot of it, `[data-h200-snapshot]`).
  B.widgetCount = () => B.roots.reduce((n, r) => n + r.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length, 0);
  B.afterPaint = (cb) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => cb(performance.now());
    c.port2.postMessage(0);
  });
  // Calls cb(time) as soon as pred() holds (checked now and on every DOM mutation).
  B.waitFor = (pred, cb) => {
    if (pred()) return cb(performance.now());
    const obs = [];
    const check = () => {
      if (!pred()) return;
      const t = performance.now();
      for (const o of obs) o.disconnect();
      cb(t);
    };
    for (const r of B.roots) {
      const o = new MutationObserver(check);
      o.observe(r, { childList: true, subtree: true, attributes: true });
      obs.push(o);
    }
  };
  const region = (iso) => () => B.q(`[role="region"][data-iso="${iso}"]`);
  function painted() {
    if (!cfg.interactive) return;
    // Time to interactive: a click dispatched in the first task after the paint.
    setTimeout(() => {
      const el = B.q(`svg [data-iso="${cfg.tti}"]`);
      const r = el.getBoundingClientRect();
      B.waitFor(region(cfg.tti), (t) => { B.marks.tti = t; });
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true,
        clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, view: window }));
    }, 0);
  }
  function check() {
    if (B.marks.widgetDom === undefined && B.widgetCount() > 200) {
      B.marks.widgetDom = performance.now();
      B.afterPaint((t) => { B.marks.widget = t; });
    }
    if (B.marks.dom !== undefined || B.count() <= 200) return;
    B.marks.dom = performance.now();
    B.afterPaint((t) => { B.marks.painted = t; painted(); });
  }
  function watch(root) { new MutationObserver(check).observe(root, { childList: true, subtree: true }); }
  watch(document);
  // Click-to-panel: arm before a real click; resolves with ms from the click event's
  // timeStamp to the panel in the DOM and to the next frame.
  // `from`: the input event whose timeStamp starts the clock ('pointerup' for a tap: the
  // finger leaves the screen, then the browser dispatches the click).
  B.armClick = (iso, from = 'click') => {
    B.clickResult = new Promise((res) => {
      let t0 = null;
      window.addEventListener(from, (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
      B.waitFor(region(iso), (tDom) => B.afterPaint((tPaint) => res({ dom: tDom - t0, paint: tPaint - t0 })));
    });
  };
  // Slider step with real keyboard input: focus the ARIA slider, then the driver presses an
  // arrow key; resolves with ms from the keydown's timeStamp until aria-valuenow changed
  // (Yew renders the whole tree in that task: the map's classes change with it) and painted.
  B.slider = () => B.q('[role="slider"]');
  B.armKey = () => {
    const old = B.slider().getAttribute('aria-valuenow');
    B.keyResult = new Promise((res) => {
      let t0 = null;
      window.addEventListener('keydown', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
      B.waitFor(() => B.slider().getAttribute('aria-valuenow') !== old,
        (tDom) => B.afterPaint((tPaint) => res({ dom: tDom - t0, paint: tPaint - t0 })));
    });
    B.slider().focus();
  };
  // Date step: recolour for date index i; `expect` = {iso: class} that must all hold.
  B.step = (i, expect) => new Promise((res) => {
    const pred = () => Object.entries(expect).every(([iso, cls]) => {
      const el = B.q(`svg [data-iso="${iso}"]`);
      return !el || (el.getAttribute('class') || '').split(/\s+/).includes(cls);
    });
    let t0;
    B.waitFor(pred, (tDom) => B.afterPaint((tPaint) => res({ dom: tDom - t0, paint: tPaint - t0 })));
    t0 = performance.now();
    const host = document.querySelector('h200-map');
    if (host) host.setAttribute('date', cfg.dates[i]);
    else window.h200d3.setDate(i);
  });
}

/** A visible, central point of country `iso` (as tests/e2e/harness.mjs clickCountry). */
async function pointOf(page, iso) {
  return page.evaluate((iso) => {
    const B = window.__bench;
    const el = B.q(`svg [data-iso="${iso}"]`);
    const root = el.getRootNode();
    const r = el.getBoundingClientRect();
    let best = null;
    for (let gy = 1; gy < 30; gy++) for (let gx = 1; gx < 30; gx++) {
      const x = r.x + (r.width * gx) / 30, y = r.y + (r.height * gy) / 30;
      const owner = (p, q) => { const h = root.elementFromPoint(p, q); const o = h && h.closest && h.closest('[data-iso]'); return o && o.getAttribute('data-iso'); };
      if (owner(x, y) !== iso) continue;
      let score = 0;
      for (const [dx, dy] of [[-6, 0], [6, 0], [0, -6], [0, 6]]) if (owner(x + dx, y + dy) === iso) score++;
      if (!best || score > best[2]) best = [x, y, score];
    }
    return best;
  }, iso);
}

// ---------------------------------------------------------------------------------------
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const quantile = (xs, q) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const i = (v.length - 1) * q, lo = Math.floor(i), hi = Math.ceil(i);
  return v[lo] + (v[hi] - v[lo]) * (i - lo);
};

async function measure(browser, base, name, rate, wantRequests) {
  const P = PAGES[name];
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const changed = Object.entries(meta.expect).filter(([, [a, b]]) => a !== b);
  const expectAt = (i) => Object.fromEntries(changed.map(([iso, s]) => [iso, `s-${s[i]}`]));
  await page.addInitScript(instrument, { interactive: P.interactive, tti: TTI_ISO, dates: meta.dates });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const timeout = 60000;
  await page.goto(base + P.url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__bench.marks.painted !== undefined, null, { timeout, polling: 20 });
  const r = { page: name, rate };
  const marks = await page.evaluate(() => ({ ...window.__bench.marks, n: window.__bench.count() }));
  r.painted = marks.painted;
  r.paths = marks.n;
  if (P.interactive) {
    await page.waitForFunction(() => window.__bench.marks.tti !== undefined, null, { timeout, polling: 20 });
    r.tti = await page.evaluate(() => window.__bench.marks.tti);
    r.widget = await page.evaluate(() => window.__bench.marks.widget);
  }
  // What was fetched (Resource Timing: response complete) before the map was painted and
  // before the first click was handled (the static page: its paint).
  if (wantRequests) r.requests = await page.evaluate(() => {
    const m = window.__bench.marks;
    const nav = performance.getEntriesByType('navigation')[0];
    const all = [{ url: location.pathname, end: nav.responseEnd }, ...performance.getEntriesByType('resource')
      .map((e) => ({ url: new URL(e.name).pathname, end: e.responseEnd }))];
    const until = (t) => all.filter((e) => e.end <= t).map((e) => e.url);
    return { painted: until(m.painted), interactive: until(m.tti === undefined ? m.painted : m.tti) };
  });
  if (P.interactive) {
    await page.waitForTimeout(300); // let transitions and idle work settle
    const pt = await pointOf(page, CLICK_ISO);
    if (!pt) throw new Error(`${name}: no visible point for ${CLICK_ISO}`);
    await page.evaluate((iso) => window.__bench.armClick(iso), CLICK_ISO);
    await page.mouse.click(pt[0], pt[1]);
    const click = await page.evaluate(() => window.__bench.clickResult);
    r.clickDom = click.dom;
    r.clickPaint = click.paint;
    // Date steps: back and forth between the two dates (first step: to the early date).
    const steps = [];
    for (let s = 0; s < SLIDER_STEPS; s++) {
      const i = s % 2 === 0 ? 0 : meta.dates.length - 1;
      await page.waitForTimeout(100);
      steps.push(await page.evaluate(([i, e]) => window.__bench.step(i, e), [i, expectAt(i)]));
    }
    r.stepDom = median(steps.map((x) => x.dom));
    r.stepPaint = median(steps.map((x) => x.paint));
    // The UI's own slider, if it has one: arrow keys jump from legal event to event.
    if (await page.evaluate(() => !!window.__bench.slider())) {
      const keys = [];
      for (let s = 0; s < SLIDER_STEPS; s++) {
        await page.waitForTimeout(100);
        await page.evaluate(() => window.__bench.armKey());
        await page.keyboard.press(s % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
        keys.push(await page.evaluate(() => window.__bench.keyResult));
      }
      r.keyDom = median(keys.map((x) => x.dom));
      r.keyPaint = median(keys.map((x) => x.paint));
    }
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  r.heap = heap.usedSize;
  r.wasmMem = await page.evaluate(() => window.__bench.wasm.reduce((n, i) =>
    n + (i.exports && i.exports.memory ? i.exports.memory.buffer.byteLength : 0), 0));
  if (errors.length) r.errors = errors;
  await context.close();
  return r;
}

/** A load on the phone viewport: painted, then a real tap (CDP touch events) on CN. */
async function measurePhone(browser, base, name, rate) {
  const context = await browser.newContext(PHONE_CONTEXT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(instrument, { interactive: true, tti: TTI_ISO, dates: meta.dates });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const timeout = 60000;
  await page.goto(base + PAGES[name].url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => window.__bench.marks.tti !== undefined, null, { timeout, polling: 20 });
  const r = { page: name, rate, phone: true, phonePainted: await page.evaluate(() => window.__bench.marks.painted) };
  await page.waitForTimeout(300);
  const pt = await pointOf(page, CLICK_ISO);
  if (!pt) throw new Error(`${name} (phone): no visible point for ${CLICK_ISO}`);
  await page.evaluate((iso) => window.__bench.armClick(iso, 'pointerup'), CLICK_ISO);
  await page.touchscreen.tap(pt[0], pt[1]);
  const tap = await Promise.race([page.evaluate(() => window.__bench.clickResult), page.waitForTimeout(20000).then(() => null)]);
  if (!tap) errors.push(`no panel for ${CLICK_ISO} 20 s after the tap`);
  else { r.tapDom = tap.dom; r.tapPaint = tap.paint; }
  if (errors.length) r.errors = errors;
  await context.close();
  return r;
}

// ---------------------------------------------------------------------------------------
// Bytes for first render: the files the first load requested, compressed like a CDN would
// (GNU gzip -9, brotli q11). Embedded parts (geometry, data, CSS inside the wasm; data inside the
// D3 bundle; CSS inside the static page) are estimated by compressing them on their own.
// GNU gzip -9, as scripts/sizes.sh (zlib's level 9 is ~1.5 % larger on the wasm).
const gz = (b) => {
  try { return execFileSync('gzip', ['-9', '-n', '-c'], { input: b, maxBuffer: 1 << 28 }).length; } catch { return zlib.gzipSync(b, { level: 9 }).length; }
};
const br = (b) => zlib.brotliCompressSync(b, { params: {
  [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const CATS = ['wasm', 'js', 'css', 'geometry', 'data', 'html'];
function bytesOf(name, requested) {
  const out = { raw: {}, gzip: {}, brotli: {}, files: [] };
  for (const c of CATS) for (const k of ['raw', 'gzip', 'brotli']) out[k][c] = 0;
  const add = (cat, buf, sign = 1) => {
    out.raw[cat] += sign * buf.length; out.gzip[cat] += sign * gz(buf); out.brotli[cat] += sign * br(buf);
  };
  const read = (p) => fs.readFileSync(p.startsWith('bench/') ? path.join(ROOT, p) : path.join(meta.src || ROOT, p));
  for (const url of requested) {
    const buf = fs.readFileSync(path.join(DIST, url.endsWith('/') ? url + 'index.html' : url));
    out.files.push({ url, raw: buf.length, gzip: gz(buf), brotli: br(buf) });
    if (url.endsWith('.wasm')) {
      add('wasm', buf);
      for (const [cat, files] of [['geometry', meta.embedded.geometry], ['data', meta.embedded.data], ['css', meta.embedded.css]]) {
        for (const f of files) { add(cat, read(f)); add('wasm', read(f), -1); }
      }
    } else if (url.endsWith('.js')) {
      add('js', buf);
      if (name === 'd3') { const d = read('bench/dist/gen/d3-data.json'); add('data', d); add('js', d, -1); }
    } else if (url.endsWith('.css')) add('css', buf);
    else if (url.endsWith('.json')) add('geometry', buf);
    else if (/\/snapshot\.[a-z]{2}\.html$/.test(url)) {
      // The loader's snapshot of the first view: its map is geometry, the rest markup.
      const svg = Buffer.from(buf.toString().match(/<svg[\s\S]*<\/svg>/)[0]);
      add('html', buf); add('geometry', svg); add('html', svg, -1);
    }
    else if (url.endsWith('.html') || url.endsWith('/')) {
      add('html', buf);
      if (name === 'static') {
        const css = read('bench/dist/gen/static-css.css');
        const svg = Buffer.from(buf.toString().match(/<svg[\s\S]*<\/svg>/)[0]);
        add('css', css); add('html', css, -1);
        add('geometry', svg); add('html', svg, -1);
      }
    }
  }
  for (const k of ['raw', 'gzip', 'brotli']) out[k].total = CATS.reduce((n, c) => n + out[k][c], 0);
  return out;
}

// ---------------------------------------------------------------------------------------
function machine(browserVersion) {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0].model;
  let commit = '?';
  if (meta.ref) {
    const src = meta.src;
    const cargo = fs.readFileSync(path.join(src, 'Cargo.toml'), 'utf8');
    const profile = (cargo.match(/\[profile\.release\]([\s\S]*?)(\n\[|$)/) || [])[1] || '';
    const wasmOpt = (fs.readFileSync(path.join(src, 'index.html'), 'utf8').match(/data-wasm-opt="([^"]*)"/) || [])[1];
    return {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), nproc: os.cpus().length, cpu,
      chromium: browserVersion, node: process.version, commit: `${meta.ref} (clean snapshot)`,
      profile: profile.trim().split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join(', '),
      wasmOpt: wasmOpt === undefined ? 'default' : `-O${wasmOpt}`,
    };
  }
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'www', 'Cargo.toml', 'index.html', 'assets', 'data'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (dirty) commit += ' + uncommitted changes in src/www';
  } catch { /* not a git checkout */ }
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const profile = (cargo.match(/\[profile\.release\]([\s\S]*?)(\n\[|$)/) || [])[1] || '';
  const wasmOpt = (fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8').match(/data-wasm-opt="([^"]*)"/) || [])[1];
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), nproc: os.cpus().length, cpu,
    chromium: browserVersion, node: process.version, commit,
    profile: profile.trim().split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join(', '),
    wasmOpt: wasmOpt === undefined ? 'default' : `-O${wasmOpt}`,
  };
}

const fmtMs = (v) => (v === null || v === undefined ? 'n/a' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const fmtKB = (v) => (v / KB).toFixed(1);
const fmtMB = (v) => (v === null || v === undefined ? 'n/a' : (v / 1e6).toFixed(2));
const ratio = (v, ref) => (v === null || v === undefined || !ref ? '' : ` (${(v / ref).toFixed(2)}x)`);

function table(rows, header) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  return [line(header), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const t0 = Date.now();
  const load0 = os.loadavg()[0];
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const names = Object.keys(PAGES);
  const results = [];
  const requested = {};
  for (const rate of [1, THROTTLE]) {
    // Warm-up load of each page (not counted): OS file cache, server gzip cache.
    for (const n of names) await measure(browser, base, n, rate, false);
    for (let run = 0; run < RUNS; run++) {
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const n of order) {
        const first = rate === 1 && run === 0;
        const r = await measure(browser, base, n, rate, first);
        if (first) requested[n] = r.requests;
        if (r.errors) console.error(`${n}: page errors: ${r.errors.join('; ')}`);
        results.push(r);
      }
      for (const n of PHONE ? order.filter((n) => PAGES[n].interactive) : []) {
        const r = await measurePhone(browser, base, n, rate);
        if (r.errors) console.error(`${n} (phone): page errors: ${r.errors.join('; ')}`);
        results.push(r);
      }
      process.stderr.write(`\rCPU x${rate}: run ${run + 1}/${RUNS}`);
    }
    process.stderr.write('\n');
  }
  const version = browser.version();
  await browser.close();
  // Lighthouse after the timed loads (never at the same time), on the same server.
  const lh = LH_RUNS > 0 ? await lighthouse(Object.fromEntries(names.map((n) => [n, base + PAGES[n].url])), base, LH_RUNS) : null;
  server.close();

  // ---- aggregate
  const bytes = Object.fromEntries(names.map((n) => [n, bytesOf(n, requested[n].painted)]));
  const bytesTti = Object.fromEntries(names.map((n) => [n, bytesOf(n, requested[n].interactive)]));
  const stat = (n, rate, k) => median(results.filter((r) => r.page === n && r.rate === rate).map((r) => r[k]));
  const iqr = (n, rate, k) => {
    const v = results.filter((r) => r.page === n && r.rate === rate).map((r) => r[k]);
    const lo = quantile(v, 0.25), hi = quantile(v, 0.75);
    return lo === null ? '' : `${fmtMs(lo)}–${fmtMs(hi)}`;
  };
  const M = machine(version);
  const out = [];
  out.push('# Benchmark: h200-map widget vs D3 baseline vs static SVG', '');
  out.push(`Written by \`scripts/bench.sh\` on ${M.date}. Machine: ${M.nproc} cores, ${M.cpu}; Chromium ${M.chromium} (headless, --disable-gpu); Node ${M.node}.`);
  out.push(`Build: commit ${M.commit}; \`[profile.release]\` ${M.profile}; wasm-opt ${M.wasmOpt} (binaryen 132).`);
  out.push(`Method: ${RUNS} loads of each page per CPU setting, order rotated every run, a fresh browser context per load (empty cache), served from 127.0.0.1 with precompressed brotli (.br, q11; .gz, gzip -9, for clients without brotli) as a CDN would (no network throttling); medians (IQR in the detail table). Viewport ${VIEWPORT.width}x${VIEWPORT.height}, page column 960 CSS px. Dataset date ${meta.date}; date steps ${meta.dates.join(' <-> ')} (export view, ${Object.values(meta.expect).filter(([a, b]) => a !== b).length} countries change colour).`, '');

  out.push('## Bytes for first render (kB = 1000 B)', '');
  out.push('Geometry, data and CSS are embedded in the wasm: their share is estimated by compressing `' +
    [...meta.embedded.geometry, ...meta.embedded.data, ...meta.embedded.css].join('`, `') +
    '` on their own and subtracting it from the wasm (the "wasm" column is then code + other constants). In the D3 bundle the statuses are estimated the same way; the static page\'s statuses are class names inside its SVG (counted as geometry).', '');
  const brows = [];
  for (const enc of ['gzip', 'brotli', 'raw']) {
    for (const n of names) {
      const b = bytes[n][enc];
      brows.push([`${PAGES[n].label}`, enc, ...CATS.map((c) => fmtKB(b[c])), fmtKB(b.total) + ratio(b.total, bytes.d3 && bytes.d3[enc].total)]);
    }
  }
  out.push(table(brows, ['page', 'encoding', ...CATS, 'total (vs D3)']), '');
  out.push('Files fetched (Resource Timing, response complete) before the map was painted: ' + names.map((n) => `${n}: ${requested[n].painted.map((u) => '`' + u + '`').join(', ')}`).join('; ') + '.', '');
  out.push('All bytes until interactive (every file fetched before the first click was handled; the static page: until painted), gzip / brotli: ' +
    names.map((n) => `${PAGES[n].label} ${fmtKB(bytesTti[n].gzip.total)} / ${fmtKB(bytesTti[n].brotli.total)} kB`).join('; ') + '.', '');

  const metrics = [
    ['painted', 'navigation → map painted (ms)'],
    ['widget', 'navigation → widget\'s own map painted (takes over the snapshot) (ms)'],
    ['tti', 'time to interactive: first click handled (ms)'],
    ['clickDom', 'click → panel in DOM (ms)'],
    ['clickPaint', 'click → panel painted (ms)'],
    ['stepDom', 'date step → all colours changed in DOM (ms)'],
    ['stepPaint', 'date step → painted (ms)'],
    ['keyDom', 'slider key step → DOM updated (ms)'],
    ['keyPaint', 'slider key step → painted (ms)'],
    ['phonePainted', 'phone 390x844 (touch): navigation → map painted (ms)'],
    ['tapDom', 'phone: tap → panel in DOM (ms)'],
    ['tapPaint', 'phone: tap → panel painted (ms)'],
  ];
  for (const rate of [1, THROTTLE]) {
    out.push(`## Timings and memory, CPU ${rate === 1 ? 'not throttled' : `throttled ${rate}x (CDP Emulation.setCPUThrottlingRate)`}`, '');
    const rows = metrics.map(([k, label]) => [label, ...names.map((n) => fmtMs(stat(n, rate, k)) + (n === 'd3' ? '' : ratio(stat(n, rate, k), stat('d3', rate, k))))]);
    rows.push(['JS heap used after GC (MB)', ...names.map((n) => fmtMB(stat(n, rate, 'heap')) + (n === 'd3' ? '' : ratio(stat(n, rate, 'heap'), stat('d3', rate, 'heap'))))]);
    rows.push(['WebAssembly memory (MB)', ...names.map((n) => (n.startsWith('widget') ? fmtMB(stat(n, rate, 'wasmMem')) : '0'))]);
    out.push(table(rows, ['metric (median; ratio to D3)', ...names.map((n) => PAGES[n].label)]), '');
  }
  out.push('Date step: `setAttribute("date", …)` on `<h200-map>`, alternating between the two dates, until every country whose export status differs carries its new `s-*` class; for D3, `h200d3.setDate(i)` (what its slider would call) re-sets every path\'s class. Slider key step (widget only, when its UI has an ARIA slider): real ← / → key presses on the focused slider thumb (jump to the previous / next legal event), from the keydown\'s timeStamp until `aria-valuenow` changed (the map is re-rendered in the same task). The widget\'s CSS fades fills over 250 ms after that (not counted). Time to interactive: a synthetic click on ' + TTI_ISO + ' dispatched in the first task after the map is painted, until its panel is in the DOM. Click → panel: real mouse input on ' + CLICK_ISO + ' (CDP), from the click event\'s timeStamp. Tap → panel (phone): a separate load in a 390x844 touch, mobile context (device scale 2), a real tap (CDP touch events) on ' + CLICK_ISO + ', from the pointerup\'s timeStamp (the finger leaves the screen). The static page has no script: no interaction.', '');

  // ---- the goals of issue 13 (CPU 4x is the headline), beside D3 and static
  const goals = [];
  const full = ['widget', 'd3', 'static'].every((n) => PAGES[n]);
  const cell = (v, unit) => (v === null || v === undefined ? 'n/a' : `${v}${unit}`);
  const goal = (label, vals, limit, unit, ok = (v, l) => v <= l) => goals.push([label, ...vals.map((v) => cell(v, unit)),
    cell(limit, unit), vals[0] === null || vals[0] === undefined || limit === null ? 'n/a' : ok(vals[0], limit) ? 'PASS' : 'FAIL']);
  const ms = (n, rate, k) => { const v = stat(n, rate, k); return v === null ? null : +fmtMs(v); };
  const kb = (b, n) => (b[n] ? +fmtKB(b[n].gzip.total) : null);
  if (full) {
    for (const rate of [THROTTLE, 1]) {
      const tag = ` (CPU ${rate}x)`;
      const p = ms('static', rate, 'painted');
      goal(`map painted <= 1.3 x static${tag}`, ['widget', 'd3', 'static'].map((n) => ms(n, rate, 'painted')), +(1.3 * p).toFixed(1), ' ms');
    }
    goal('bytes before the map is painted <= 70 kB gzip', ['widget', 'd3', 'static'].map((n) => kb(bytes, n)), 70, ' kB');
    const tti = ['widget', 'd3', 'static'].map((n) => kb(bytesTti, n));
    goal('all bytes until interactive <= 200 kB gzip', tti, 200, ' kB');
    goal('all bytes until interactive <= 0.8 x D3 (gzip)', tti, +(0.8 * tti[1]).toFixed(1), ' kB');
    for (const [rate, limit] of [[THROTTLE, 50], [1, 16]]) {
      goal(`click → panel painted <= ${limit} ms (CPU ${rate}x)`, ['widget', 'd3', 'static'].map((n) => ms(n, rate, 'clickPaint')), limit, ' ms');
      if (PHONE) goal(`tap (phone) → panel painted <= ${limit} ms (CPU ${rate}x)`, ['widget', 'd3', 'static'].map((n) => ms(n, rate, 'tapPaint')), limit, ' ms');
    }
    for (const rate of [THROTTLE, 1]) {
      for (const [k, what] of [['stepDom', 'colours in DOM'], ['stepPaint', 'painted']]) {
        const d3 = ms('d3', rate, k);
        goal(`date step → ${what} <= 2 x D3 (CPU ${rate}x)`, ['widget', 'd3', 'static'].map((n) => ms(n, rate, k)), +(2 * d3).toFixed(2), ' ms');
      }
    }
    if (lh) {
      const L = (k) => ['widget', 'd3', 'static'].map((n) => (lh[n] ? lh[n].median[k] : null));
      goal('Lighthouse mobile: performance >= 98', L('score'), 98, '', (v, l) => v >= l);
      goal('Lighthouse mobile: total blocking time <= 100 ms', L('tbt').map((v) => (v === null ? null : Math.round(v))), 100, ' ms');
      goal('Lighthouse mobile: CLS = 0 (the page reserves space)', L('cls').map((v) => (v === null ? null : +v.toFixed(3))), 0, '');
    }
  }
  const head = [`## Goals of issue 13 (CPU ${THROTTLE}x is the headline; PASS/FAIL is the widget's)`, '',
    table(goals, ['goal', 'widget', 'D3', 'static', 'limit', '']), '',
    'Bytes: GNU `gzip -9` of each file fetched (kB = 1000 B). "Map painted": navigation → the next frame after more than 200 `svg [data-iso]` are in the DOM (median); for the widget that is the loader\'s snapshot of its first view when it shows one (the row "widget\'s own map painted" of the timings tables is the takeover). "Interactive": the first click dispatched after the paint (on the snapshot: kept by the loader, applied by the widget) has its panel in the DOM. Date step: the medians of the "Timings" tables below.', ''];
  if (lh) {
    const rows = names.map((n) => { const m = lh[n].median; return [PAGES[n].label, m.score, Math.round(m.fcp), Math.round(m.lcp), Math.round(m.si), Math.round(m.tbt), m.cls.toFixed(3), Math.round(m.tti), m.requests, fmtKB(m.transfer)]; });
    head.push(`## Lighthouse ${LH_VERSION} (mobile preset, simulated slow 4G and 4x CPU; median of ${LH_RUNS} runs by score)`, '',
      table(rows, ['page', 'performance', 'FCP (ms)', 'LCP (ms)', 'Speed Index (ms)', 'TBT (ms)', 'CLS', 'TTI (ms)', 'requests', 'transferred (kB)']), '',
      'Debian\'s Chromium (`CHROME_PATH=/usr/bin/chromium`), headless, performance category only; every request of every run was to the bench server on 127.0.0.1 (checked: a request elsewhere fails the run). Scores per run: ' +
      names.map((n) => `${n} ${lh[n].runs.map((r) => r.score).join(', ')}`).join('; ') + '.' +
      names.filter((n) => lh[n].median.shifts.length).map((n) => ` Layout shifts (${n}, median run): ${lh[n].median.shifts.join('; ')}.`).join(''), '');
  }
  const at = out.findIndex((l) => l.startsWith('## Bytes for first render'));
  out.splice(at, 0, ...head);

  out.push('## Detail: interquartile ranges', '');
  const drows = [];
  for (const rate of [1, THROTTLE]) for (const [k, label] of metrics) {
    drows.push([`${label}, CPU ${rate}x`, ...names.map((n) => iqr(n, rate, k) || 'n/a')]);
  }
  out.push(table(drows, ['metric', ...names.map((n) => PAGES[n].label)]), '');
  out.push(`Load average (1 min) at start ${load0.toFixed(1)}, at end ${os.loadavg()[0].toFixed(1)} on ${M.nproc} cores: other jobs share this machine, so absolute times are inflated and noisy; the interleaved ratios are the fairer figures.`, '');
  out.push(`Runs: ${results.length} loads in ${((Date.now() - t0) / 1000).toFixed(0)} s. Paths drawn: ` +
    names.map((n) => `${n} ${median(results.filter((r) => r.page === n).map((r) => r.paths))}`).join(', ') + '.');
  const errs = results.filter((r) => r.errors);
  if (errs.length) out.push('', `Page errors in ${errs.length} loads: ${[...new Set(errs.flatMap((r) => r.errors))].join('; ')}`);

  const text = out.join('\n') + '\n';
  fs.writeFileSync(RESULTS, text);
  fs.writeFileSync(path.join(DIST, 'results.json'), JSON.stringify({ machine: M, bytes, results }, null, 1));
  console.log(text);
  console.log(`written ${path.relative(ROOT, RESULTS)} (raw samples: bench/dist/results.json)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
