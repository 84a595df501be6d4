// Reader features on the reader article (tests/e2e/pages/reader.html: the map in a figure,
// no story steps), as a reader uses them: slider keys, compare two
// dates, search (punctuation, ambiguous names), zoom and regions, deep link (table mode and
// zoom included) and its "Link copied", table filter, French table order and the stacked
// table on a phone, CSV download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, waitForMap, panel, OUT } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const W = 'h200-map';
async function open(viewport = { width: 1000, height: 1200 }, hash = '') {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/pages/reader.html${hash}`);
  await waitForMap(page);
  return { page, errors };
}
const status = (page, iso, axis = 'export') => page.evaluate(([iso, axis]) => {
  const r = document.querySelector('h200-map').shadowRoot;
  const el = r.querySelector(`svg [data-iso="${iso}"]`);
  return [...el.classList].find((c) => c.startsWith('s-'))?.slice(2);
}, [iso, axis]);
const thumbDate = (page) => page.locator(`${W} [role="slider"]`).getAttribute('data-date');

test('slider: keys step through legal events; June 2025 shows China under a presumption of denial', async () => {
  const { page, errors } = await open();
  await page.locator(`${W} button[data-view="export"]`).click();
  const thumb = page.locator(`${W} [role="slider"]`);
  assert.equal(await status(page, 'CN'), 'case_by_case');
  await thumb.focus();
  await page.keyboard.press('Home');
  assert.equal(await thumbDate(page), '2022-10-07');
  await page.keyboard.press('ArrowRight');
  const first = await thumbDate(page);
  assert.ok(first > '2022-10-07', `ArrowRight jumps to the next event (${first})`);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await thumbDate(page), '2022-10-07');
  // Step forward event by event until past June 2025.
  for (let i = 0; i < 40 && (await thumbDate(page)) < '2025-06-01'; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  const d = await thumbDate(page);
  assert.ok(d < '2025-06-01' && d >= '2025-01-01', `stepped back before June 2025 (${d})`);
  assert.equal(await status(page, 'CN'), 'presumption_of_denial');
  assert.match(await thumb.getAttribute('aria-valuetext'), /2025/);
  await page.keyboard.press('End');
  assert.equal(await status(page, 'CN'), 'case_by_case');
  // The thumb is drawn where its date is: at the right end for today, the left for Home.
  const track = await page.locator(`${W} .timeline .track`).boundingBox();
  const atEnd = await thumb.boundingBox();
  assert.ok(Math.abs(atEnd.x + atEnd.width / 2 - (track.x + track.width)) < 4, 'thumb at the right end');
  await page.keyboard.press('Home');
  const atHome = await thumb.boundingBox();
  assert.ok(Math.abs(atHome.x + atHome.width / 2 - track.x) < 4, 'thumb at the left end');
  const ticks = await page.locator(`${W} .timeline .tick`).evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().x))).size);
  assert.ok(ticks > 10, `ticks spread along the track (${ticks} distinct positions)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('compare June 2025 with February 2026: only changed countries coloured, list with sources', async () => {
  const { page, errors } = await open();
  await page.locator(`${W} button[data-view="export"]`).click();
  await page.locator(`${W} .cmp-toggle`).click();
  await page.locator(`${W} input[data-compare="a"]`).fill('2025-06-01');
  await page.locator(`${W} input[data-compare="b"]`).fill('2026-02-01');
  await page.waitForTimeout(200);
  const items = await page.locator(`${W} .changes li.change`).evaluateAll((els) => els.map((e) => e.getAttribute('data-change-iso')));
  assert.deepEqual([...items].sort(), ['CN', 'HK', 'MO']);
  const cn = page.locator(`${W} .changes li[data-change-iso="CN"]`);
  assert.match(await cn.innerText(), /cas par cas/);
  assert.ok(await cn.locator('a[href^="https://"]').count() >= 1, 'each change cites a source');
  assert.equal(await status(page, 'FR'), 'unchanged');
  assert.equal(await status(page, 'CN'), 'case_by_case');
  await page.locator(W).screenshot({ path: path.join(OUT, 'compare.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('search: accents, case and punctuation do not matter; an ambiguous name lists its matches (phone)', async () => {
  const { page } = await open({ width: 360, height: 800 });
  const input = page.locator(`${W} input[role="combobox"]`);
  const options = () => page.locator(`${W} li[role="option"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  await input.fill('chine');
  assert.equal((await options())[0], 'CN');
  await input.press('Enter');
  assert.equal((await panel(page)).iso, 'CN');
  // Typed as readers type it: no accent, hyphens, a typographic apostrophe.
  for (const q of ['cote d ivoire', "cote-d'ivoire", 'Côte d\u2019Ivoire', 'COTE D IVOIRE']) {
    await input.fill(q);
    assert.deepEqual(await options(), ['CI'], `"${q}" finds Côte d'Ivoire`);
  }
  await input.press('Enter');
  assert.equal((await panel(page)).iso, 'CI', 'Enter picks the only match');
  for (const q of ['st lucia', 'saint-lucie']) {
    await input.fill(q);
    assert.deepEqual(await options(), ['LC'], `"${q}" finds Saint Lucia`);
  }
  // "Korea" + Enter: two countries; the list shows both and nothing is picked.
  await input.fill('Korea');
  await input.press('Enter');
  assert.deepEqual([...(await options())].sort(), ['KP', 'KR']);
  assert.equal(await input.getAttribute('aria-expanded'), 'true', 'the list stays open');
  assert.equal((await panel(page)).iso, 'CI', 'no country picked by Enter');
  assert.match(await page.locator(`${W} .search-hint[role="status"]`).innerText(), /Plusieurs pays correspondent\s:/);
  await page.locator(W).screenshot({ path: path.join(OUT, 'search-korea-phone.png') });
  await input.fill('Congo');
  await input.press('Enter');
  assert.deepEqual([...(await options())].sort(), ['CD', 'CG'], '"Congo" lists every match');
  assert.equal((await panel(page)).iso, 'CI', '"Congo" + Enter picks nothing');
  // A country's exact full name (accents or not) is picked, even when it is also part of
  // other names (core::search::exact_index).
  for (const [q, codes, iso] of [['Soudan', ['SD', 'SS'], 'SD'], ['Guinée', ['GN', 'GQ', 'GW', 'PG'], 'GN'], ['Etats-Unis', ['US', 'VI'], 'US'], ['UK', null, 'GB'], ['Holland', ['NL'], 'NL']]) {
    await input.fill(q);
    const listed = await options();
    if (codes) assert.ok(codes.every((c) => listed.includes(c)), `"${q}" lists ${codes} (${listed})`);
    assert.equal(listed[0], iso, `"${q}": ${iso} first`);
    await input.press('Enter');
    assert.equal((await panel(page)).iso, iso, `"${q}" + Enter picks ${iso}`);
  }
  // Matches are listed alphabetically in French (Corée du Nord, Corée du Sud).
  await input.fill('coree');
  assert.deepEqual(await options(), ['KP', 'KR']);
  // The arrow keys choose; Enter then picks the highlighted one. An ISO code is listed first.
  await input.fill('MO');
  assert.equal((await options())[0], 'MO');
  await input.press('ArrowDown');
  await input.press('Enter');
  assert.equal((await panel(page)).iso, 'MO');
  await input.fill('macao');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  await page.locator(`${W} li[role="option"]`).first().click();
  const p = await panel(page);
  assert.equal(p.iso, 'MO');
  assert.match(p.text, /Macao/);
  await page.locator(W).screenshot({ path: path.join(OUT, 'search-phone.png') });
  await page.close();
});

test('zoom buttons and region presets change the view; a plain wheel scrolls the page', async () => {
  const { page } = await open();
  const vb = () => page.locator(`${W} svg.map`).getAttribute('viewBox');
  const width = async () => Number((await vb()).split(' ')[2]);
  const w0 = await width();
  await page.locator(`${W} button.zin`).click();
  assert.ok(Math.abs((await width()) - w0 / 2) < 2, 'zoom in halves the view');
  await page.locator(`${W} button.zout`).click();
  assert.equal(await width(), w0);
  await page.locator(`${W} button[data-region="europe"]`).click();
  assert.ok((await width()) < w0 / 2, 'Europe preset zooms in');
  await page.locator(`${W} button[data-region="world"]`).click();
  assert.equal(await width(), w0);
  const box = await page.locator(`${W} svg.map`).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const y0 = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(200);
  assert.ok((await page.evaluate(() => window.scrollY)) > y0, 'the page scrolled');
  assert.equal(await width(), w0, 'a plain wheel does not zoom');
  const box2 = await page.locator(`${W} svg.map`).boundingBox();
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await page.waitForTimeout(100);
  assert.ok((await width()) < w0, 'ctrl + wheel zooms');
  await page.close();
});

test('deep link: the share link restores country, view, date, compare, table mode and zoom; "Lien copié"', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1200 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${server.url}/pages/reader.html`);
  await waitForMap(page);
  await page.locator(`${W} button[data-view="export"]`).click();
  await page.locator(`${W} input[role="combobox"]`).fill('macao');
  await page.locator(`${W} input[role="combobox"]`).press('Enter');
  await page.locator(`${W} .cmp-toggle`).click();
  await page.locator(`${W} input[data-compare="a"]`).fill('2025-06-01');
  await page.locator(`${W} input[data-compare="b"]`).fill('2026-02-01');
  await page.locator(`${W} button.share`).click();
  const link = await page.locator(`${W} input[data-share="link"]`).inputValue();
  assert.match(link, /#h200-map:country=MO,view=export,date=2026-02-01,compare=2025-06-01\.\.2026-02-01$/);
  // The confirmation, seen and said (a live region), once the clipboard has the link.
  const status = page.locator(`${W} [data-share="status"][role="status"]`);
  await status.filter({ hasText: 'Lien copié' }).waitFor({ timeout: 5000 });
  assert.ok(await status.isVisible(), '"Lien copié" is visible');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
  // Choosing another country changes what the link carries: the old link must not stay on
  // screen as "Link to this view", nor its confirmation.
  await page.locator(`${W} input[role="combobox"]`).fill('chine');
  await page.locator(`${W} input[role="combobox"]`).press('Enter');
  assert.equal((await panel(page)).iso, 'CN');
  assert.equal(await page.locator(`${W} input[data-share="link"]`).count(), 0, 'no stale link after a change');
  assert.equal(await status.innerText(), '', 'no stale confirmation');
  const again = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await again.goto(link);
  await waitForMap(again);
  assert.equal((await panel(again)).iso, 'MO');
  assert.equal(await again.locator(`${W} [role="slider"]`).getAttribute('data-date'), '2026-02-01');
  assert.equal(await again.locator(`${W} button[data-view="export"]`).getAttribute('aria-pressed'), 'true');
  assert.equal(await again.locator(`${W} .changes li.change`).count(), 3);
  await again.close();
  // Zoom and the table are part of the view: zoomed in on Europe, then the table.
  await page.locator(`${W} .cmp-toggle`).click();
  await page.locator(`${W} button[data-region="europe"]`).click();
  const viewBox = await page.locator(`${W} svg.map`).getAttribute('viewBox');
  await page.locator(`${W} button.share`).click();
  const zoomed = await page.locator(`${W} input[data-share="link"]`).inputValue();
  assert.match(zoomed, /,zoom=\d+,\d+,\d+,\d+$/);
  await page.locator(`${W} button[data-mode="table"]`).click();
  assert.equal(await page.locator(`${W} input[data-share="link"]`).count(), 0, 'the table changes the view: the link is gone');
  await page.locator(`${W} button.share`).click();
  const table = await page.locator(`${W} input[data-share="link"]`).inputValue();
  assert.match(table, /,mode=table,zoom=\d+,\d+,\d+,\d+$/);
  for (const [url, mode] of [[zoomed, 'map'], [table, 'table']]) {
    const p = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    await p.goto(url);
    await p.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelector('.h2m [data-iso]'));
    assert.equal(await p.locator(`${W} .h2m`).getAttribute('data-mode'), mode, `${mode} mode restored`);
    assert.equal((await panel(p)).iso, 'CN');
    if (mode === 'table') await p.locator(`${W} button[data-mode="map"]`).click();
    const restored = (await p.locator(`${W} svg.map`).getAttribute('viewBox')).split(' ').map(Number);
    const want = viewBox.split(' ').map(Number);
    assert.ok(restored.every((v, i) => Math.abs(v - want[i]) <= 1), `the zoom restored (${restored} vs ${want})`);
    await p.close();
  }
  // An old link (before mode and zoom) opens as it always did: the map, whole.
  const old = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await old.goto(`${server.url}/pages/reader.html#h200-map:country=MO,view=export,date=2026-02-01`);
  await waitForMap(old);
  assert.equal(await old.locator(`${W} .h2m`).getAttribute('data-mode'), 'map');
  assert.equal((await panel(old)).iso, 'MO');
  await old.close();
  await context.close();
});

test('phone (390 px, touch): the table is stacked, no sideways scroll, names in French collation order', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/pages/reader.html#h200-map:view=export,mode=table`);
  await page.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelectorAll('tbody tr').length > 200, null, { timeout: 20000 });
  const r = await page.evaluate(() => {
    const root = document.querySelector('h200-map').shadowRoot;
    const wrap = root.querySelector('.tablewrap');
    const row = root.querySelector('tbody tr');
    const cell = row.querySelector('td[data-label]');
    return {
      wrap: [wrap.scrollWidth, wrap.clientWidth], doc: [document.documentElement.scrollWidth, innerWidth],
      row: getComputedStyle(row).display, label: getComputedStyle(cell, '::before').content,
      names: [...root.querySelectorAll('tbody th[scope="row"]')].map((th) => th.innerText.trim()),
      metas: [...root.querySelectorAll('tbody td .meta')].map((m) => m.textContent),
      de: root.querySelector('tr[data-row-iso="DE"] td[data-status]:nth-of-type(2) .meta')?.textContent,
    };
  });
  // The panel's wording: 7 Oct 2022 is when the dataset starts, not when the law did.
  assert.equal(r.de, 'au moins depuis le 7 oct. 2022', "Germany's import cell");
  const bare = r.metas.filter((m) => m.startsWith('depuis le 7 oct. 2022'));
  assert.deepEqual(bare, [], 'no cell says a plain "depuis le" at the dataset start');
  assert.ok(r.wrap[0] <= r.wrap[1], `the table box does not scroll sideways (${r.wrap})`);
  assert.ok(r.doc[0] <= r.doc[1], `nor does the page (${r.doc})`);
  assert.equal(r.row, 'block', 'each row is a card');
  assert.match(r.label, /Licence d'export américaine/, 'each cell says its column');
  // French alphabetical order, as the browser's own French collation gives it.
  const collated = await page.evaluate((names) => [...names].sort(new Intl.Collator('fr').compare), r.names);
  assert.deepEqual(r.names, collated);
  const at = (n) => r.names.indexOf(n);
  for (const [a, b] of [['Égypte', 'Espagne'], ['Émirats arabes unis', 'Équateur'], ['Estonie', 'États-Unis'], ['États-Unis', 'Éthiopie'], ['Inde', 'Indonésie']]) {
    assert.ok(at(a) >= 0 && at(b) >= 0 && at(a) < at(b), `${a} before ${b}`);
  }
  const iles = r.names.filter((n) => n.startsWith('Îles'));
  assert.ok(iles.length > 3, `${iles.length} "Îles …"`);
  assert.ok(iles.every((n) => at(n) < at('Zimbabwe') && at(n) > at('Hongrie')), 'every "Îles …" among the I, not after Zimbabwe');
  await page.locator(W).screenshot({ path: path.join(OUT, 'table-stacked-phone.png') });
  await context.close();
});

test('table view: filter by status, same data as the map; CSV download stamped with the date', async () => {
  const { page } = await open();
  await page.locator(`${W} button[data-view="export"]`).click();
  await page.locator(`${W} [role="slider"]`).focus();
  // 2026-02-01 is not an event: go to the event of 2026-01-28, then by day.
  for (let i = 0; i < 60 && (await thumbDate(page)) !== '2026-01-28'; i++) {
    await page.keyboard.press((await thumbDate(page)) < '2026-01-28' ? 'ArrowRight' : 'ArrowLeft');
  }
  await page.locator(`${W} button[data-mode="table"]`).click();
  await page.locator(`${W} select[data-filter="status"]`).selectOption('case_by_case');
  const rows = await page.locator(`${W} tbody tr`).evaluateAll((els) => els.map((e) => e.getAttribute('data-row-iso')));
  assert.deepEqual([...rows].sort(), ['CN', 'HK', 'MO']);
  assert.equal(await page.locator(`${W} table th[scope="col"]`).count(), 4);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${W} button[data-download="csv"]`).click()]);
  assert.equal(download.suggestedFilename(), 'h200-map-export-2026-01-28.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split(/\r\n/);
  assert.match(lines[0], /^iso,name,date,export_status/);
  const cn = lines.find((l) => l.startsWith('CN,'));
  assert.match(cn, /,2026-01-28,case_by_case,confirmed,2026-01-15,/);
  const asOf = JSON.parse(fs.readFileSync(new URL('../../data/h200.json', import.meta.url), 'utf8')).as_of;
  assert.ok(cn.endsWith(`,${asOf}`), `stamped with the dataset as_of (${asOf})`);
  assert.ok(lines.length > 200);
  // The map as SVG, drawn by the live map's renderer: every country with its status
  // texture, the theme's colours inline, the live map's marker positions, a legend with
  // the axis' statuses, the date stamp.
  await page.locator(`${W} button[data-mode="map"]`).click();
  const [svgDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${W} button[data-download="svg"]`).click()]);
  assert.equal(svgDl.suggestedFilename(), 'h200-map-export-2026-01-28.svg');
  const svg = fs.readFileSync(await svgDl.path(), 'utf8');
  fs.writeFileSync(path.join(OUT, 'download.svg'), svg);
  const caseColour = await page.evaluate(() => getComputedStyle(document.querySelector('h200-map').shadowRoot.querySelector('.h2m')).getPropertyValue('--s-case_by_case').trim());
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.match(svg, /<path d="[^"]+" data-iso="CN" fill="url\(#p-case_by_case\)"/, 'China filled with the case-by-case texture');
  assert.equal(svg.match(/<pattern id="p-case_by_case"[^>]*><rect fill="([^"]+)"/)?.[1], caseColour, 'in the theme\'s case-by-case colour');
  assert.doesNotMatch(svg, /class="c s-/, 'no stylesheet needed');
  // The title, the legend with every status of the axis (its no-data status too, with its
  // "\\" hatch) and its pattern, the stamp line.
  const decode = (t) => t.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]));
  assert.match(texts[0], /^Où la puce NVIDIA H200 peut-elle légalement aller\u202f\? — Licence d'export américaine$/, `title first: ${texts[0]}`);
  assert.match(svg, /<title>[^<]*H200/, 'the file is titled');
  const legendCodes = (file) => [...file.matchAll(/<g data-status="([a-z_]+)"><rect [^>]*fill="url\(#p-\1\)"/g)].map((m) => m[1]);
  assert.deepEqual(legendCodes(svg), ['no_license_required', 'license_required', 'case_by_case', 'presumption_of_denial', 'embargoed', 'not_applicable'], 'legend entries with their patterns');
  assert.match(svg, /<pattern id="p-not_applicable"[^>]*patternTransform="rotate\(-45\)"><rect fill="[^"]+"[^>]*\/><rect fill=/, 'not applicable: its own "\\" hatch');
  assert.ok(texts.some((t) => /^Sans objet\u00a0: pays exportateur \(1\)$/.test(t)), `"not applicable" in words: ${texts.join(' | ')}`);
  // Exactly the live map's markers, where the live map draws them (within a unit), and
  // Macao's dot clear of Hong Kong's.
  const live = await page.evaluate(() => [...document.querySelector('h200-map').shadowRoot.querySelectorAll('svg.map g[data-iso]')]
    .map((g) => { const c = g.querySelector('circle.dot'); return [g.getAttribute('data-iso'), +c.getAttribute('cx'), +c.getAttribute('cy')]; }));
  const filed = [...svg.matchAll(/<g data-iso="([A-Z]{2})">.*?<circle class="dot" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)]
    .map((m) => [m[1], +m[2], +m[3], +m[4]]);
  assert.ok(live.length > 20, `${live.length} markers`);
  assert.deepEqual(filed.map((m) => m[0]), live.map((m) => m[0]), 'the same markers, in the same order');
  for (const [iso, cx, cy] of live) {
    const [, fx, fy] = filed.find((m) => m[0] === iso);
    assert.ok(Math.hypot(fx - cx, fy - cy) <= 1, `${iso}'s marker at ${fx},${fy} in the file, ${cx},${cy} on the map`);
  }
  const at = (iso) => filed.find((m) => m[0] === iso);
  const [hk, mo] = [at('HK'), at('MO')];
  assert.ok(Math.hypot(hk[1] - mo[1], hk[2] - mo[2]) >= hk[3] + mo[3], 'Macao\'s circle does not cover Hong Kong\'s');
  const stamp = texts[texts.length - 1];
  assert.match(stamp, /^Situation au 28 janvier 2026 · faits vérifiés jusqu'au /, `the stamp: ${stamp}`);
  const [y, m, d] = asOf.split('-').map(Number);
  const mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  assert.ok(stamp.includes(`${d === 1 ? '1er' : d} ${mois[m - 1]} ${y}`), `and the dataset as_of (${asOf})`);
  // The PNG: the same drawing, 2000 px wide.
  const [pngDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${W} button[data-download="png"]`).click()]);
  assert.equal(pngDl.suggestedFilename(), 'h200-map-export-2026-01-28.png');
  const png = fs.readFileSync(await pngDl.path());
  fs.writeFileSync(path.join(OUT, 'download.png'), png);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), 2000, 'PNG width');
  // The import map: its legend ends with "not researched" and its hatch.
  await page.locator(`${W} button[data-view="import"]`).click();
  const [impDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${W} button[data-download="svg"]`).click()]);
  const imp = fs.readFileSync(await impDl.path(), 'utf8');
  fs.writeFileSync(path.join(OUT, 'download-import.svg'), imp);
  assert.deepEqual(legendCodes(imp), ['no_restriction_known', 'permit_required', 'restricted', 'blocked', 'not_researched']);
  assert.match(imp, /<pattern id="p-not_researched"[^>]*patternTransform="rotate\(-45\)">/);
  assert.match(imp, />Non étudié \(\d+\)<\/text>/, 'not researched, in words, with its count');
  await page.close();
});
