// Where the widget's time goes: CPU profiles (CDP Profiler, 50 µs sampling) of one load
// (navigation -> map painted), of a click on a country (-> panel painted) and of date steps,
// aggregated by function (self time, and inclusive time for frames with a name).
// Use a wasm that keeps its name section (no wasm-opt), e.g. bench/matrix/<profile>/bg/.
//
//   node bench/profile.mjs PKG_DIR [LOADER_JS]   (PKG_DIR holds h200-map.js + h200-map_bg.wasm)
//   THROTTLE=4 TOP=25 node bench/profile.mjs bench/matrix/optz-ltofat-cgu1/bg
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { shell, VIEWPORT } from './pages.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const PKG = path.resolve(process.argv[2] || 'bench/matrix/optz-ltofat-cgu1/bg');
const LOADER = path.resolve(process.argv[3] || path.join(ROOT, 'www/h200-map.js'));
const THROTTLE = Number(process.env.THROTTLE || 1);
const TOP = Number(process.env.TOP || 25);
const meta = JSON.parse(fs.readFileSync(path.join(BENCH, 'dist/meta.json'), 'utf8'));

const files = {
  '/': shell('profile', '<script type="module" src="/h200-map.js"></script>',
    `<h200-map lang="en" view="export" date="${meta.date}"></h200-map>`),
  '/h200-map.js': fs.readFileSync(LOADER),
  '/pkg/h200-map.js': fs.readFileSync(path.join(PKG, 'h200-map.js')),
  '/pkg/h200-map_bg.wasm': fs.readFileSync(path.join(PKG, 'h200-map_bg.wasm')),
};
const types = { js: 'text/javascript', wasm: 'application/wasm' };
const server = http.createServer((req, res) => {
  const body = files[req.url];
  if (!body) { res.statusCode = 404; return res.end(); }
  res.setHeader('Content-Type', types[req.url.split('.').pop()] || 'text/html');
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

function summarize(profile, label) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map(), incl = new Map();
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const d = (dt[i + 1] ?? dt[i]) / 1000;
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
    if (name === '(idle)') return;
    total += d;
    self.set(name, (self.get(name) || 0) + d);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const f = byId.get(p).callFrame.functionName;
      if (!f || seen.has(f)) continue;
      seen.add(f);
      incl.set(f, (incl.get(f) || 0) + d);
    }
  });
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k.slice(0, 110)}`).join('\n');
  console.log(`\n=== ${label}: ${total.toFixed(1)} ms busy (CPU x${THROTTLE})\n-- self time\n${top(self)}\n-- inclusive time\n${top(incl)}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: VIEWPORT });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const painted = () => page.waitForFunction(() => {
  const el = document.querySelector('h200-map');
  return el && el.shadowRoot && el.shadowRoot.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length > 200;
}, null, { polling: 'raf', timeout: 60000 });

await page.goto('about:blank');
await cdp.send('Profiler.start');
await page.goto(base + '/');
await painted();
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
summarize((await cdp.send('Profiler.stop')).profile, 'load: navigation -> map painted');

await page.waitForTimeout(500);
const box = await page.evaluate(() => {
  const r = document.querySelector('h200-map').shadowRoot.querySelector('svg [data-iso="CN"]').getBoundingClientRect();
  return [r.x + r.width * 0.6, r.y + r.height * 0.55];
});
await page.mouse.move(box[0], box[1]);
await page.waitForTimeout(200);
await cdp.send('Profiler.start');
await page.mouse.click(box[0], box[1]);
await page.waitForFunction(() => document.querySelector('h200-map').shadowRoot.querySelector('[role="region"][data-iso="CN"]'), null, { polling: 'raf' });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
summarize((await cdp.send('Profiler.stop')).profile, 'click on CN -> panel painted');

await page.waitForTimeout(300);
await cdp.send('Profiler.start');
for (const d of [...meta.dates, ...meta.dates]) {
  await page.evaluate((d) => document.querySelector('h200-map').setAttribute('date', d), d);
  await page.waitForTimeout(100);
}
summarize((await cdp.send('Profiler.stop')).profile, '4 date steps');
await browser.close();
server.close();
