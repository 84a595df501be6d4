// Shared end-to-end harness: serve dist/ on loopback, launch Debian's Chromium through
// playwright-core (never a downloaded browser), and click countries as a reader would.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'tests/e2e/out');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Serves dist/ on 127.0.0.1 (random port), and the fixture pages of tests/e2e/pages/ under
 * /pages/ (e.g. /pages/reader.html, the article of the reader tests). `headers` are added
 * to every response.
 */
export async function serve(headers = {}) {
  const files = sirv(DIST, { dev: true, extensions: ['html'] });
  const pages = sirv(path.join(ROOT, 'tests/e2e/pages'), { dev: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const notFound = () => { res.statusCode = 404; res.end('not found'); };
    if (req.url.startsWith('/pages/')) {
      req.url = req.url.slice('/pages'.length);
      pages(req, res, notFound);
    } else {
      files(req, res, notFound);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Waits until the n-th <h200-map> has drawn its map. */
export async function waitForMap(page, nth = 0) {
  await page.waitForFunction((i) => {
    const el = document.querySelectorAll('h200-map')[i];
    return el && el.shadowRoot && el.shadowRoot.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length > 200;
  }, nth, { timeout: 20000 });
}

/**
 * Clicks a visible point of a country (shapes can be multi-part: France's bounding box is
 * mostly ocean because of French Guiana): finds a point whose hit target is that country.
 */
export async function clickCountry(page, iso, nth = 0) {
  const pt = await page.evaluate(([iso, i]) => {
    const host = document.querySelectorAll('h200-map')[i];
    const root = host.shadowRoot;
    const el = root.querySelector(`svg [data-iso="${iso}"]`);
    if (!el) return null;
    const dot = el.querySelector && el.querySelector('circle.dot');
    if (dot) { const r = dot.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }
    const r = el.getBoundingClientRect();
    let best = null;
    for (let gy = 1; gy < 40; gy++) for (let gx = 1; gx < 40; gx++) {
      const x = r.x + (r.width * gx) / 40, y = r.y + (r.height * gy) / 40;
      const hit = root.elementFromPoint(x, y);
      const owner = hit && hit.closest && hit.closest('[data-iso]');
      if (owner && owner.getAttribute('data-iso') === iso) {
        // prefer points far from the edges of the country: count same-country neighbours
        let score = 0;
        for (const [dx, dy] of [[-4, 0], [4, 0], [0, -4], [0, 4]]) {
          const h2 = root.elementFromPoint(x + dx, y + dy);
          const o2 = h2 && h2.closest && h2.closest('[data-iso]');
          if (o2 && o2.getAttribute('data-iso') === iso) score++;
        }
        if (!best || score > best[2]) best = [x, y, score];
      }
    }
    return best && [best[0], best[1]];
  }, [iso, nth]);
  if (!pt) throw new Error(`no visible point for ${iso}`);
  await page.mouse.click(pt[0], pt[1]);
}

/** The open details panel of the n-th map: {iso, text} or null. */
export async function panel(page, nth = 0) {
  return page.evaluate((i) => {
    const p = document.querySelectorAll('h200-map')[i].shadowRoot.querySelector('[role="region"]');
    return p && { iso: p.getAttribute('data-iso'), text: p.innerText };
  }, nth);
}
