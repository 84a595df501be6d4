// The reader article (tests/e2e/pages/reader.html, the demo article before it told its story
// with steps) as a reader uses it: the map loads, tapping China, Macau, France and
// Singapore opens the right details, and the host page is untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, waitForMap, clickCountry, panel, OUT } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

async function openDemo(viewport) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/pages/reader.html`);
  await waitForMap(page);
  return { page, errors };
}

test('demo article: China preselected in the import view, with the customs block and sources', async () => {
  const { page, errors } = await openDemo({ width: 1100, height: 1400 });
  const p = await panel(page);
  assert.equal(p.iso, 'CN');
  assert.match(p.text, /Chine/);
  assert.match(p.text, /14 janvier 2026/, 'the customs block date is in the history');
  assert.match(p.text, /Bloquée/);
  assert.match(p.text, /cas par cas/, 'the US export side is shown too');
  assert.match(p.text, /91 FR 1684/);
  const host = await page.evaluate(() => { const e = document.querySelector('h200-map'); return [e.getAttribute('country'), e.getAttribute('view')]; });
  assert.deepEqual(host, ['CN', 'import']);
  await page.screenshot({ path: path.join(OUT, 'demo-desktop.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking China, Macau, France and Singapore opens the right panels', async () => {
  const { page, errors } = await openDemo({ width: 1100, height: 1400 });
  await page.evaluate(() => document.querySelector('h200-map').shadowRoot.querySelector('button[data-view="export"]').click());
  await clickCountry(page, 'CN');
  // The hover tooltip names the country next to the pointer.
  const tip = await page.evaluate(() => {
    const t = document.querySelector('h200-map').shadowRoot.querySelector('.tip');
    return t && { text: t.innerText, left: t.style.left || t.style.right, top: t.style.top };
  });
  assert.ok(tip, 'tooltip shown on hover');
  assert.match(tip.text, /Chine/);
  assert.match(tip.top, /px$/, 'positioned through the CSSOM');
  let p = await panel(page);
  assert.equal(p.iso, 'CN');
  assert.match(p.text, /Licence, examen au cas par cas/);
  assert.match(p.text, /15 janvier 2026/);

  await clickCountry(page, 'MO');
  p = await panel(page);
  assert.equal(p.iso, 'MO');
  assert.match(p.text, /Macao/);
  assert.match(p.text, /cas par cas/);

  await clickCountry(page, 'FR');
  p = await panel(page);
  assert.equal(p.iso, 'FR');
  assert.match(p.text, /Pas de licence requise/);

  await clickCountry(page, 'SG');
  p = await panel(page);
  assert.equal(p.iso, 'SG');
  assert.match(p.text, /Singapour/);
  const attr = await page.evaluate(() => document.querySelector('h200-map').getAttribute('country'));
  assert.equal(attr, 'SG', 'the element reflects the reader\'s choice');
  assert.deepEqual(errors, []);
  await page.close();
});

test('phone width (360 px): map and panel fit, host styles untouched', async () => {
  const { page, errors } = await openDemo({ width: 360, height: 780 });
  const widths = await page.evaluate(() => {
    const host = document.querySelector('h200-map');
    const svg = host.shadowRoot.querySelector('svg');
    return { doc: document.documentElement.scrollWidth, svg: svg.getBoundingClientRect().width, h1: getComputedStyle(document.querySelector('h1')).fontFamily };
  });
  assert.ok(widths.doc <= 360, `no horizontal scroll (${widths.doc}px)`);
  assert.ok(widths.svg > 300 && widths.svg <= 360, `map uses the width (${widths.svg}px)`);
  assert.match(widths.h1, /Georgia/, 'the host page keeps its own fonts');
  await page.locator('h200-map').screenshot({ path: path.join(OUT, 'demo-phone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
