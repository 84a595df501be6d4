// Keyboard-only reader: Tab reaches the map in one stop, arrows move by geography, typing
// jumps to a country, Enter opens its details, Escape closes them. And the French panel
// of China, compared with a committed snapshot (UPDATE_SNAPSHOTS=1 rewrites it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, waitForMap, panel, ROOT } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const focused = (page) => page.evaluate(() => {
  const host = document.activeElement;
  if (!host || host.tagName !== 'H200-MAP') return null;
  const el = host.shadowRoot.activeElement;
  return el && { iso: el.getAttribute('data-iso'), tag: el.tagName, ring: getComputedStyle(el).stroke || getComputedStyle(el).outlineColor };
});

test('keyboard only: Tab to the map, arrows, type "mac", Enter opens Macau, Escape closes', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await page.goto(`${server.url}/pages/reader.html`);
  await waitForMap(page);
  // Close the preselected panel first, with the keyboard, from the map.
  let tabs = 0;
  while (tabs < 30 && !(await focused(page))?.iso) { await page.keyboard.press('Tab'); tabs++; }
  const start = await focused(page);
  assert.ok(start?.iso, `the map is reachable with Tab (${tabs} presses)`);
  assert.equal(start.iso, 'CN', 'the single Tab stop is the selected country');
  // One Tab stop for the whole map: the next Tab leaves the map.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page))?.iso ?? null, null, 'the next Tab leaves the map');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page))?.iso, 'CN');
  await page.keyboard.press('ArrowRight');
  const east = (await focused(page))?.iso;
  assert.ok(east && east !== 'CN', `ArrowRight moves east of China (${east})`);
  // A sighted keyboard user sees the focused country's name on the map.
  const label = await page.evaluate(() => {
    const root = document.querySelector('h200-map').shadowRoot;
    const l = root.querySelector('.focus-name');
    const r = l.getBoundingClientRect();
    const box = root.querySelector('.mapbox').getBoundingClientRect();
    return { text: l.innerText, iso: l.dataset.iso, shown: r.width > 0 && r.height > 0 && r.top >= box.top && r.bottom <= box.bottom,
      name: root.activeElement.getAttribute('aria-label') };
  });
  assert.equal(label.iso, east);
  assert.ok(label.shown, 'the label is shown in the map box');
  assert.equal(label.text.replace(/\s+/g, ' '), label.name.replace(/\s+/g, ' '), 'name and status, as the shape\'s accessible name');
  await page.locator('h200-map .mapbox').screenshot({ path: path.join(ROOT, 'tests/e2e/out/keyboard-focus-name.png') });
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('mac', { delay: 50 });
  assert.equal((await focused(page))?.iso, 'MO', 'typing "mac" jumps to Macao');
  await page.keyboard.press('Enter');
  assert.equal((await panel(page)).iso, 'MO');
  const live = await page.evaluate(() => document.querySelector('h200-map').shadowRoot.querySelector('[aria-live]').textContent);
  assert.match(live, /Macao/, 'the selection is announced');
  await page.keyboard.press('Escape');
  assert.equal(await panel(page), null, 'Escape closes the details');
  assert.equal((await focused(page))?.iso, 'MO', 'focus stays on the map');
  // Home and End: the first and last countries in French alphabetical order.
  await page.keyboard.press('Home');
  assert.equal((await focused(page))?.iso, 'AF', 'Home: Afghanistan');
  await page.keyboard.press('End');
  assert.equal((await focused(page))?.iso, 'ZW', 'End: Zimbabwe, not an accented name');
  // Type-ahead in French: "é" (and "e") reach Égypte, among the E.
  await page.waitForTimeout(1000);
  await page.keyboard.type('eg', { delay: 50 });
  assert.equal((await focused(page))?.iso, 'EG', 'typing "eg" reaches Égypte');
  // A mouse click hides the label (it is for keyboard focus only).
  const mapBox = await page.locator('h200-map .mapbox').boundingBox();
  await page.mouse.click(mapBox.x + 5, mapBox.y + mapBox.height - 5);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h200-map').shadowRoot.querySelector('.focus-name')).display), 'none');
  await page.close();
});

test('French panel of China on 1 February 2026 matches the snapshot', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await page.goto(`${server.url}/pages/reader.html#h200-map:country=CN,view=export,date=2026-02-01`);
  await waitForMap(page);
  const p = await panel(page);
  assert.equal(p.iso, 'CN');
  const file = path.join(ROOT, 'tests/e2e/snapshots/panel-cn-fr-2026-02-01.txt');
  if (process.env.UPDATE_SNAPSHOTS === '1' || !fs.existsSync(file)) {
    fs.writeFileSync(file, p.text + '\n');
    if (process.env.UPDATE_SNAPSHOTS !== '1') assert.fail(`snapshot written to ${file}: review and commit it`);
  }
  assert.equal(p.text + '\n', fs.readFileSync(file, 'utf8'));
  await page.close();
});
