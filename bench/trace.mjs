// Where an interaction's time goes between the input and the next frame: a CDP trace
// (Tracing, devtools.timeline categories) of a click on a country (-> panel painted), a
// phone tap, and date steps, on the renderer's main thread, summed by event name (script,
// style recalc = UpdateLayoutTree, Layout, Paint, PrePaint, Layerize, ...). Complements
// profile.mjs (which names wasm functions, but not the browser's rendering work).
//
//   node bench/trace.mjs [PAGE_URL_DIR]      (after node bench/build.mjs; default bench/dist/widget)
//   THROTTLE=4 REPEAT=5 node bench/trace.mjs bench/dist/widget-base
//
// Prints, per interaction kind, the median over REPEAT samples of each event's total
// duration (ms, self-inclusive as Chromium reports: nested events are not subtracted, so
// FunctionCall contains the wasm's work, and RunTask contains everything), and as `cpu …`
// the main thread's CPU time in them (trace `tdur`: without waits for a core).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { VIEWPORT } from './pages.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(process.argv[2] || path.join(BENCH, 'dist/widget'));
const THROTTLE = Number(process.env.THROTTLE || 4);
const REPEAT = Number(process.env.REPEAT || 5);
const TOP = Number(process.env.TOP || 14);
const meta = JSON.parse(fs.readFileSync(path.join(BENCH, 'dist/meta.json'), 'utf8'));
const TYPES = { html: 'text/html', js: 'text/javascript', wasm: 'application/wasm', css: 'text/css', json: 'application/json' };

const server = http.createServer((req, res) => {
  let p = path.join(DIR, decodeURIComponent(req.url.split('?')[0]));
  if (p.endsWith('/')) p += 'index.html';
  if (!p.startsWith(DIR) || !fs.existsSync(p)) { res.statusCode = 404; return res.end(); }
  res.setHeader('Content-Type', TYPES[p.split('.').pop()] || 'application/octet-stream');
  res.end(fs.readFileSync(p));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const CATS = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
// INVALIDATIONS=1: also Blink's invalidation tracking, summed by reason and node (why styles
// were recalculated and which nodes were marked for layout).
if (process.env.INVALIDATIONS) CATS.push('disabled-by-default-devtools.timeline.invalidationTracking');
const NAMES = new Set(['RunTask', 'FunctionCall', 'EventDispatch', 'v8.callFunction', 'UpdateLayoutTree', 'Layout',
  'PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'Commit', 'RasterTask', 'HitTest',
  'ParseHTML', 'TimerFire', 'FireAnimationFrame', 'v8.run', 'MajorGC', 'MinorGC', 'ScheduleStyleRecalculation',
  'InvalidateLayout', 'IntersectionObserverController::computeIntersections', 'UpdateLayerTree']);

/** Records a trace around `act` (which resolves once the change is painted). */
async function traced(cdp, act) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATS }, transferMode: 'ReportEvents' });
  const window = await act();
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { events, window };
}

/** Sums complete events by name on the main thread of the page's renderer. */
function sum(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (process.env.DETAIL && main) {
    // The sequence of the main thread's events longer than DETAIL ms (nesting by indent).
    const stack = [];
    for (const e of events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts)) {
      while (stack.length && stack[stack.length - 1] <= e.ts) stack.pop();
      if ((e.dur || 0) / 1000 >= Number(process.env.DETAIL)) {
        const extra = e.name === 'UpdateLayoutTree' ? ` elements=${e.args?.elementCount}` : e.name === 'Layout' ? ` dirty=${e.args?.beginData?.dirtyObjects} total=${e.args?.beginData?.totalObjects}`
          : e.name === 'EventDispatch' ? ` ${e.args?.data?.type}` : e.name === 'FunctionCall' ? ` ${e.args?.data?.functionName || ''}` : '';
        console.log(`${'  '.repeat(stack.length)}${((e.dur || 0) / 1000).toFixed(1).padStart(6)} ${e.name}${extra}`);
      }
      stack.push(e.ts + (e.dur || 0));
    }
  }
  const out = {};
  let counts = {};
  if (process.env.INVALIDATIONS) {
    const why = {};
    for (const e of events) {
      if (!/Invalidation/.test(e.name)) continue;
      const d = e.args?.data || {};
      const k = `${e.name} ${d.reason || d.changedAttribute || d.changedClass || d.changedPseudo || d.selectors?.[0]?.selector || ''} <${(d.nodeName || '').slice(0, 40)}>`;
      why[k] = (why[k] || 0) + 1;
    }
    for (const [k, n] of Object.entries(why).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${String(n).padStart(5)} x ${k}`);
  }
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !NAMES.has(e.name)) continue;
    out[e.name] = (out[e.name] || 0) + (e.dur || 0) / 1000;
    // Thread time (tdur): the CPU the main thread used, without the time it waited for a
    // core (the machine is shared) -- the steadier figure for an A/B comparison.
    if (e.tdur !== undefined) out[`cpu ${e.name}`] = (out[`cpu ${e.name}`] || 0) + e.tdur / 1000;
    counts[e.name] = (counts[e.name] || 0) + 1;
    if (e.name === 'UpdateLayoutTree' && e.args?.elementCount) out['(elements restyled)'] = (out['(elements restyled)'] || 0) + e.args.elementCount;
    if (e.name === 'Layout' && e.args?.beginData?.dirtyObjects) out['(layout dirty objects)'] = (out['(layout dirty objects)'] || 0) + e.args.beginData.dirtyObjects;
  }
  return out;
}

const median = (v) => { v = [...v].sort((a, b) => a - b); const m = v.length >> 1; return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2; };
function report(label, samples) {
  const keys = [...new Set(samples.flatMap((s) => Object.keys(s.sums)))];
  const rows = keys.map((k) => [k, median(samples.map((s) => s.sums[k] || 0))]).sort((a, b) => b[1] - a[1]).slice(0, TOP);
  const total = median(samples.map((s) => s.ms));
  console.log(`\n=== ${label} (CPU x${THROTTLE}, median of ${samples.length}): input -> painted ${total.toFixed(1)} ms`);
  for (const [k, v] of rows) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });

const helpers = () => {
  window.__root = () => document.querySelector('h200-map').shadowRoot;
  window.__afterPaint = () => new Promise((ok) => requestAnimationFrame(() => {
    const c = new MessageChannel(); c.port1.onmessage = () => ok(performance.now()); c.port2.postMessage(0);
  }));
  window.__until = (pred) => new Promise((ok) => {
    if (pred()) return ok(performance.now());
    const o = new MutationObserver(() => { if (pred()) { o.disconnect(); ok(performance.now()); } });
    o.observe(window.__root(), { subtree: true, childList: true, attributes: true });
  });
  window.__arm = (iso, from) => {
    window.__res = new Promise((ok) => {
      let t0;
      addEventListener(from, (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
      window.__until(() => window.__root().querySelector(`[role="region"][data-iso="${iso}"]`))
        .then(() => window.__afterPaint()).then((t) => ok(t - t0));
    });
  };
};

async function load(ctxOpts) {
  const context = await browser.newContext(ctxOpts);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(helpers);
  await page.goto(base);
  await page.waitForFunction(() => { const r = document.querySelector('h200-map')?.shadowRoot; return r && r.querySelectorAll('svg [data-iso]').length > 200; }, null, { timeout: 60000 });
  // INJECT_CSS: extra rules appended to the shadow root (to try a CSS change without a build).
  if (process.env.INJECT_CSS) await page.evaluate((css) => {
    const st = document.createElement('style'); st.textContent = css; window.__root().appendChild(st);
  }, process.env.INJECT_CSS);
  await page.waitForTimeout(800);
  return { context, page, cdp };
}

async function point(page, iso) {
  return page.evaluate((iso) => {
    const el = window.__root().querySelector(`svg [data-iso="${iso}"]`);
    const r = el.getBoundingClientRect();
    for (let gy = 1; gy < 20; gy++) for (let gx = 1; gx < 20; gx++) {
      const x = r.x + r.width * gx / 20, y = r.y + r.height * gy / 20;
      const h = window.__root().elementFromPoint(x, y);
      if (h?.closest?.('[data-iso]')?.getAttribute('data-iso') === iso) return [x, y];
    }
    return null;
  }, iso);
}

const clicks = [], taps = [], steps = [];
for (let i = 0; i < REPEAT; i++) {
  // Click on CN in a fresh load (as bench/run.mjs: the first click of a page).
  {
    const { context, page, cdp } = await load({ viewport: VIEWPORT });
    const pt = await point(page, 'CN');
    await page.mouse.move(pt[0], pt[1]);
    await page.waitForTimeout(200);
    await page.evaluate(() => window.__arm('CN', 'click'));
    const t = await traced(cdp, async () => { await page.mouse.click(pt[0], pt[1]); return page.evaluate(() => window.__res); });
    clicks.push({ ms: t.window, sums: sum(t.events) });
    // Date steps in the same page (panel open, as in the bench).
    for (let s = 0; s < 2; s++) {
      await page.waitForTimeout(300);
      const d = meta.dates[s % 2 === 0 ? 0 : meta.dates.length - 1];
      const tr = await traced(cdp, () => page.evaluate(async (d) => {
        const t0 = performance.now();
        document.querySelector('h200-map').setAttribute('date', d);
        await new Promise((ok) => setTimeout(ok, 0));
        return (await window.__afterPaint()) - t0;
      }, d));
      steps.push({ ms: tr.window, sums: sum(tr.events) });
    }
    await context.close();
  }
  // Phone tap on CN (PHONE=0: skipped).
  if (process.env.PHONE !== '0') {
    const { context, page, cdp } = await load({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const pt = await point(page, 'CN');
    await page.evaluate(() => window.__arm('CN', 'pointerup'));
    const t = await traced(cdp, async () => { await page.touchscreen.tap(pt[0], pt[1]); return page.evaluate(() => window.__res); });
    taps.push({ ms: t.window, sums: sum(t.events) });
    await context.close();
  }
}
report('click on CN -> panel painted', clicks);
if (taps.length) report('phone tap on CN -> panel painted', taps);
report('date step -> painted', steps);
await browser.close();
server.close();
