// The law as of today, and honest about what the map does not know (issue 10), tried as a
// reader would in French and English, with the browser's clock fixed on 2026-12-01: the
// details panel (named exceptions, scheduled changes, dated conditions, how each source is
// known, "not applicable" and "not researched" in words), the slider's future tick and the
// "later changes may be missing" boundary, the one freshness stamp, the corrections log,
// compare mode's "research added", the legend, the table, the downloads and the static
// table pages. Screenshots (desktop and 390x844 phone) go to tests/e2e/out/law-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, waitForMap, OUT, ROOT, DIST } from './harness.mjs';
import { serveEmbed } from './embed-lib.mjs';

const TODAY = '2026-12-01';
const DATA = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/h200.json'), 'utf8'));
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const W = 'h200-map';

let server, browser;
before(async () => { server = await serveEmbed(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the test page in `lang` at `hash` (a deep link), the clock on TODAY at noon UTC. */
async function open({ lang = 'fr', hash = '', phone = false } = {}) {
  const context = await browser.newContext(phone ? { ...PHONE, acceptDownloads: true } : { viewport: { width: 1100, height: 1400 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.goto(`${server.url}/pages/${lang === 'fr' ? 'law' : 'law-en'}.html${hash ? `#${hash}` : ''}`);
  await waitForMap(page);
  return { page, errors, close: () => context.close() };
}
const link = (country, view, date) => `h200-map:country=${country},view=${view},date=${date}`;

/** One axis of the open panel, as a reader (and a screen reader) gets it. */
const axis = (page, which) => page.evaluate((which) => {
  const s = document.querySelector('h200-map').shadowRoot.querySelector(`section[role="region"] section[data-axis="${which}"]`);
  if (!s) return null;
  const all = (sel) => [...s.querySelectorAll(sel)];
  return {
    status: s.querySelector('strong[data-status]').dataset.status,
    text: s.innerText,
    since: s.querySelector('.status .since')?.textContent ?? null,
    badge: s.querySelector('.status .badge')?.textContent ?? null,
    exceptionsHead: s.querySelector('.exceptions h5')?.textContent ?? null,
    exceptions: all('.exceptions li[data-exception]').map((li) => ({
      text: li.textContent, badge: li.querySelector('.badge')?.textContent ?? null,
      links: [...li.querySelectorAll('.cites a')].map((a) => a.getAttribute('href')),
    })),
    scheduled: all('.scheduled li').map((li) => ({ date: li.dataset.date, text: li.textContent })),
    conditions: all('.conditions li').map((li) => li.textContent),
    sources: all('.sources li').map((li) => ({ kind: li.dataset.kind, access: li.dataset.access, text: li.textContent, href: li.querySelector('a')?.getAttribute('href') ?? null })),
  };
}, which);
const thumb = (page) => page.locator(`${W} [role="slider"]`);
const widgetText = (page) => page.locator(`${W} .h2m`).innerText();
const rule = (id) => DATA.rules.find((r) => r.id === id);
/** A dataset French text as the widget shows it: French spacing (core::i18n::french_spacing). */
const spaced = (fr) => fr.replace(/ ([:%])/g, '\u00a0$1').replace(/ ([;?!])/g, '\u202f$1').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

test('UAE on 1 September 2026 (French): licence required, who is licence-free, the scheduled end for G42 and Core42, 91 FR 43034', async () => {
  const { page, errors, close } = await open({ hash: link('AE', 'export', '2026-09-01') });
  const ex = await axis(page, 'export');
  assert.equal(ex.status, 'license_required');
  assert.equal(ex.exceptionsHead, 'Sans licence pour\u00a0: ');
  assert.equal(ex.exceptions.length, 3, ex.exceptions.map((e) => e.text).join('\n'));
  assert.match(ex.exceptions[0].text, /gouvernement/);
  assert.match(ex.exceptions[1].text, /^G42 et Core42 .*, jusqu'au 5 avril 2027/);
  assert.match(ex.exceptions[2].text, /siège aux États-Unis/);
  for (const e of ex.exceptions) {
    assert.ok(e.badge, `a confidence mark: ${e.text}`);
    assert.ok(e.links.length >= 1 && e.links.every((h) => h.startsWith('https://')), `sources: ${e.text}`);
  }
  assert.equal(ex.scheduled.length, 1);
  assert.equal(ex.scheduled[0].date, '2027-04-06');
  assert.match(ex.scheduled[0].text, /^6 avril 2027\u00a0: fin de l'accès sans licence pour G42 et Core42 .*, dernier jour\u00a0: 5 avril 2027 Non confirmé$/);
  const fr43034 = ex.sources[0];
  assert.match(fr43034.text, /91 FR 43034/);
  assert.equal(fr43034.href, 'https://www.federalregister.gov/d/2026-14132');
  assert.deepEqual([fr43034.kind, fr43034.access], ['primary', 'quoted']);
  assert.match(fr43034.text, /texte officiel non consulté\u00a0: connu par une citation dans un autre document$/);
  const mirror = ex.sources.find((s) => s.href === 'https://federalstatelaw.com/federal-register/2023-23055');
  assert.equal(mirror.kind, 'mirror');
  assert.match(mirror.text, /copie non officielle \(miroir\)$/);
  assert.ok(ex.sources.every((s) => !/mirror/.test(s.text) || s.kind !== 'primary' || s.access !== 'read'), 'no mirror presented as a primary text read');
  const im = await axis(page, 'import');
  assert.equal(im.status, 'not_researched');
  assert.match(im.text, /Non étudié\u00a0: personne n'a vérifié/);
  assert.match(im.text, /Aucune source\u00a0: personne n'a encore étudié/);
  assert.doesNotMatch(im.text, /Aucune restriction/);
  assert.equal(im.since, null, 'no "since" for a no-data status');
  assert.equal(im.badge, null);
  await page.locator(`${W} section[role="region"]`).screenshot({ path: path.join(OUT, 'law-ae-panel-desktop.png') });

  // The slider's end is the scheduled day: G42 and Core42 are no longer licence-free.
  await thumb(page).focus();
  await page.keyboard.press('End');
  assert.equal(await thumb(page).getAttribute('data-date'), '2027-04-06');
  const after = await axis(page, 'export');
  assert.equal(after.exceptions.length, 2);
  assert.ok(after.exceptions.every((e) => !/G42/.test(e.text)));
  assert.deepEqual(after.scheduled, []);
  assert.deepEqual(errors, []);
  await close();
});

test('UAE before the July 2026 rule: no exception, nothing "scheduled" that nobody knew of', async () => {
  const { page, close } = await open({ hash: link('AE', 'export', '2026-02-01') });
  const ex = await axis(page, 'export');
  assert.equal(ex.status, 'license_required');
  assert.deepEqual([ex.exceptions, ex.scheduled], [[], []]);
  assert.doesNotMatch(ex.text, /Sans licence pour|Prévu/);
  await close();
});

test('UAE in English, desktop and phone: "Licence-free for", the scheduled line, how sources are known', async () => {
  for (const phone of [false, true]) {
    const { page, errors, close } = await open({ lang: 'en', hash: link('AE', 'export', '2026-09-01'), phone });
    const ex = await axis(page, 'export');
    assert.equal(ex.exceptionsHead, 'Licence-free for: ');
    assert.match(ex.exceptions[1].text, /^G42 and Core42 .*, until 5 April 2027/);
    assert.match(ex.scheduled[0].text, /^6 April 2027: end of licence-free access for G42 and Core42 .*, last day: 5 April 2027/);
    assert.match(ex.sources[0].text, /official text not read: known from a quotation in another document$/);
    assert.ok(ex.sources.some((s) => s.access === 'cited' && /not read: known because another document cites it$/.test(s.text)));
    const panelBox = await page.locator(`${W} section[role="region"]`).boundingBox();
    if (phone) assert.ok(panelBox.width <= 390, `the panel fits the phone (${panelBox.width} px)`);
    await page.locator(`${W} section[role="region"]`).screenshot({ path: path.join(OUT, `law-ae-panel-${phone ? 'phone' : 'desktop'}-en.png`) });
    assert.deepEqual(errors, []);
    await close();
  }
});

test('China on 1 September 2026: import restricted with the August sources; the 2026-02-24 testimony only from that day', async () => {
  const { page, close } = await open({ hash: link('CN', 'import', '2026-09-01') });
  const im = await axis(page, 'import');
  assert.equal(im.status, 'restricted');
  const hrefs = im.sources.map((s) => s.href);
  assert.ok(hrefs.includes('https://www.tomshardware.com/pc-components/gpus/first-nvidia-h200-shipments-reach-bytedance-and-tencent-as-beijing-loosens-its-import-block'));
  assert.ok(hrefs.some((h) => h.startsWith('https://www.ft.com/')));
  assert.match(im.sources[0].text, /août 2026/, 'the August sources lead');
  await close();

  // The testimony of 2026-02-24, on both axes: not in a view of 2026-02-01, shown in one of 2026-03-01.
  const testimony = [
    rule('cn-import-2026-01-28-selective').conditions.find((c) => c.from === '2026-02-24'),
    rule('us-export-2026-cn-mo-case-by-case').conditions.find((c) => c.from === '2026-02-24'),
  ];
  assert.ok(testimony.every(Boolean), 'the dataset dates the testimony');
  for (const [date, shown] of [['2026-02-01', false], ['2026-03-01', true]]) {
    const v = await open({ hash: link('CN', 'import', date) });
    const conditions = [...(await axis(v.page, 'import')).conditions, ...(await axis(v.page, 'export')).conditions];
    for (const c of testimony) assert.equal(conditions.some((x) => x.startsWith(spaced(c.fr))), shown, `${date}: ${c.fr}`);
    assert.equal(conditions.some((c) => /24 février 2026/.test(c)), shown, `${date}: ${conditions.join('\n')}`);
    await v.close();
  }
});

test('Malaysia, the United States, Germany: the transit permit note, "not applicable", an import sourced', async () => {
  const { page, close } = await open({ hash: link('MY', 'import', '2026-09-01') });
  const my = await axis(page, 'import');
  assert.equal(my.status, 'no_restriction_known');
  const transit = rule('my-import-2025-07-no-import-rule').conditions.find((c) => c.from === '2025-07-14');
  assert.ok(my.conditions.some((c) => c.startsWith(spaced(transit.fr))), my.conditions.join('\n'));
  assert.match(transit.fr, /transit/);
  await close();

  const us = await open({ lang: 'en', hash: link('US', 'export', TODAY) });
  const ex = await axis(us.page, 'export');
  assert.equal(ex.status, 'not_applicable');
  assert.match(ex.text, /the United States is the exporting country/);
  assert.equal(ex.since, null);
  assert.equal(ex.badge, null);
  assert.equal(ex.sources[0].kind, 'primary');
  assert.ok(ex.sources.slice(1).every((s) => s.kind === 'mirror' && /unofficial copy \(mirror\)$/.test(s.text)));
  await us.close();

  const de = await open({ hash: link('DE', 'import', TODAY) });
  const im = await axis(de.page, 'import');
  assert.equal(im.status, 'no_restriction_known');
  assert.ok(im.sources.length >= 1 && im.sources.every((s) => s.href.startsWith('https://eur-lex.europa.eu/')), JSON.stringify(im.sources));
  assert.equal(im.exceptions.length, 0);
  await de.close();
});

test('slider: a future tick on 6 April 2027, today a stop, the "later changes may be missing" notice from 31 December 2026 only', async () => {
  const { page, errors, close } = await open();
  assert.equal(await thumb(page).getAttribute('data-date'), TODAY);
  const future = page.locator(`${W} .tick.future`);
  assert.equal(await future.count(), 1);
  assert.equal(await future.getAttribute('data-date'), '2027-04-06');
  assert.match(await future.getAttribute('class'), /future/);
  assert.doesNotMatch(await future.getAttribute('class'), /past/);
  const next = await page.locator(`${W} .timeline .next`).innerText();
  assert.match(next, /^Prévu 6 avr\. 2027 — Émirats arabes unis\u00a0: fin de l'accès sans licence pour G42 et Core42/);
  const notice = page.locator(`${W} .after-asof`);
  assert.equal(await notice.count(), 0, 'no notice today');
  const text = await widgetText(page);
  assert.equal(text.match(/faits vérifiés jusqu'au/g).length, 1, 'one freshness stamp');
  assert.match(text, /Situation au 1er décembre 2026 · faits vérifiés jusqu'au 30 novembre 2026\./);
  assert.doesNotMatch(text, /revu le|mis à jour le|reviewed/i);
  await page.locator(`${W} .timeline`).screenshot({ path: path.join(OUT, 'law-timeline.png') });

  await thumb(page).focus();
  await page.keyboard.press('PageUp'); // 2026-12-31: 31 days after as_of
  assert.equal(await thumb(page).getAttribute('data-date'), '2026-12-31');
  assert.equal(await notice.count(), 1);
  assert.equal(await notice.innerText(), 'Il se peut que des changements plus récents ne soient pas pris en compte\u00a0: faits vérifiés jusqu\'au 30 novembre 2026.');
  await page.keyboard.press('ArrowRight');
  assert.equal(await thumb(page).getAttribute('data-date'), '2027-04-06', 'the next stop is the scheduled change');
  const now = await page.locator(`${W} .timeline .now`).innerText();
  assert.match(now, /^Situation au 6 avril 2027\. Dernier événement\u00a0: 6 avr\. 2027, Émirats arabes unis\u00a0: fin de l'accès sans licence/, 'two sentences, not a range');
  assert.equal(await page.locator(`${W} .timeline .next`).count(), 0);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await thumb(page).getAttribute('data-date'), TODAY, 'back to today');
  assert.equal(await notice.count(), 0);
  await close();

  // The boundary from the other side: as_of itself and 30 days after it say nothing.
  const v = await open({ hash: link('CN', 'export', '2026-11-30') });
  assert.equal(await v.page.locator(`${W} .after-asof`).count(), 0);
  await thumb(v.page).focus();
  await v.page.keyboard.press('PageUp');
  assert.equal(await thumb(v.page).getAttribute('data-date'), '2026-12-30');
  assert.equal(await v.page.locator(`${W} .after-asof`).count(), 0, '30 days after as_of: no notice');
  await v.page.keyboard.press('ArrowRight');
  assert.equal(await thumb(v.page).getAttribute('data-date'), '2027-04-06');
  assert.equal(await v.page.locator(`${W} .after-asof`).count(), 2, 'under the slider and in the panel');
  assert.deepEqual(errors, []);
  await v.close();
});

test('"Updates and corrections": the dataset\'s log, newest first, by keyboard, in French and English', async () => {
  const newest = [...DATA.corrections].sort((a, b) => b.date.localeCompare(a.date));
  for (const [lang, title, my, why] of [['fr', 'Mises à jour et corrections', 'Malaisie', 'Pourquoi\u00a0: '], ['en', 'Updates and corrections', 'Malaysia', 'Why: ']]) {
    for (const phone of [false, true]) {
      const { page, errors, close } = await open({ lang, phone });
      const log = page.locator(`${W} details.corrections`);
      const summary = log.locator('summary');
      assert.equal(await summary.innerText(), `${title} (${DATA.corrections.length})`);
      assert.equal(await log.getAttribute('open'), null, 'closed at first');
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.equal(await log.getAttribute('open'), '', 'opened with the keyboard');
      const entries = await log.locator('ol > li').evaluateAll((els) => els.map((li) => ({
        date: li.dataset.date, text: li.innerText,
        links: [...li.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.target, a.rel]),
      })));
      assert.equal(entries.length, DATA.corrections.length);
      assert.deepEqual(entries.map((e) => e.date), newest.map((c) => c.date), 'newest first');
      const entry = entries.find((e, i) => newest[i].countries?.length === 1 && newest[i].countries[0] === 'MY');
      assert.match(entry.text, new RegExp(`· ${my}\\n`));
      assert.ok(entry.text.includes(why), entry.text);
      assert.ok(entry.text.includes(lang === 'fr' ? spaced(newest.find((c) => c.countries?.[0] === 'MY').fr) : newest.find((c) => c.countries?.[0] === 'MY').en));
      assert.ok(entry.links.length >= 1);
      for (const [href, target, rel] of entries.flatMap((e) => e.links)) {
        assert.ok(href.startsWith('https://') && target === '_blank' && /noopener/.test(rel), href);
      }
      await log.scrollIntoViewIfNeeded();
      await log.screenshot({ path: path.join(OUT, `law-corrections-${lang}-${phone ? 'phone' : 'desktop'}.png`) });
      assert.deepEqual(errors, []);
      await close();
    }
  }
});

test('history at a date lists nothing after it: China\'s import on 8 December 2025', async () => {
  const { page, errors, close } = await open({ hash: link('CN', 'import', '2025-12-08') });
  const history = () => page.evaluate(() => [...document.querySelector('h200-map').shadowRoot
    .querySelectorAll('section[role="region"] section[data-axis="import"] .history li time')].map((t) => t.getAttribute('datetime')));
  assert.deepEqual(await history(), ['2022-10-07', '2025-10-10']);
  const { page: later, close: closeLater } = await open({ hash: link('CN', 'import', '2026-09-01') });
  const all = await later.evaluate(() => [...document.querySelector('h200-map').shadowRoot
    .querySelectorAll('section[role="region"] section[data-axis="import"] .history li time')].map((t) => t.getAttribute('datetime')));
  assert.ok(all.includes('2026-01-14') && all.includes('2026-08-19'), all.join());
  assert.deepEqual(errors, []);
  await closeLater();
  await close();
});

test('compare: Malaysia\'s import research is not a change in the law (not coloured, listed apart)', async () => {
  const { page, close } = await open({ hash: 'h200-map:view=import,compare=2025-06-01..2026-02-01' });
  const paint = (iso) => page.evaluate((iso) => [...document.querySelector('h200-map').shadowRoot.querySelector(`svg [data-iso="${iso}"]`).classList].find((c) => c.startsWith('s-')), iso);
  assert.equal(await paint('MY'), 's-unchanged');
  assert.equal(await paint('CN'), 's-restricted');
  const legal = await page.locator(`${W} .changes li.change`).evaluateAll((els) => els.map((e) => e.dataset.changeIso));
  assert.ok(legal.includes('CN') && !legal.includes('MY'), legal.join());
  // China's change cites each dated step, the status it starts from first (core::compare::step_sources).
  const url = (id) => DATA.sources.find((s) => s.id === id).url;
  const cites = await page.locator(`${W} .changes li.change[data-change-iso="CN"] .cites a`).evaluateAll((els) => els.map((a) => a.getAttribute('href')));
  assert.deepEqual(cites, ['asiafinancial-2025-10-10', 'oninvest-2026-01-14', 'businesstimes-2026-01-28'].map(url));
  const my = page.locator(`${W} .changes li.apart[data-change-iso="MY"]`);
  assert.match(await my.innerText(), /Non étudié → Aucune restriction connue\s+recherche ajoutée\u00a0: aucun statut n'était connu avant \(14 juillet 2025\)/);
  assert.equal(await page.locator(`${W} .changes .apart-head`).innerText(), 'Pas un changement du droit');
  const legend = await page.locator(`${W} .legend li`).evaluateAll((els) => els.map((e) => [e.dataset.status, e.textContent.trim()]));
  assert.deepEqual(legend.at(-1).slice(0, 1), ['unchanged']);
  assert.match(legend.at(-1)[1], /^Aucun changement juridique connu \(\d+\)$/);
  await page.locator(`${W} .changes`).screenshot({ path: path.join(OUT, 'law-compare-research-added.png') });
  await close();
});

test('import legend: "not researched" counted apart, last; table, CSV, JSON and SVG carry the new codes', async () => {
  for (const phone of [false, true]) {
    const { page, close } = await open({ hash: `h200-map:view=import,date=${TODAY}`, phone });
    const legend = await page.locator(`${W} .legend li`).evaluateAll((els) => els.map((e) => ({ status: e.dataset.status, apart: e.classList.contains('apart'), n: Number(e.querySelector('.n').textContent.match(/\d+/)[0]) })));
    assert.equal(legend[0].status, 'no_restriction_known');
    assert.deepEqual(legend.map((l) => l.status).slice(-1), ['not_researched']);
    assert.deepEqual(legend.filter((l) => l.apart).map((l) => l.status), ['not_researched']);
    const painted = await page.evaluate(() => document.querySelector('h200-map').shadowRoot.querySelectorAll('svg .s-not_researched[data-iso]').length);
    assert.ok(legend.at(-1).n > 100 && legend.at(-1).n === painted, `${legend.at(-1).n} counted, ${painted} painted`);
    await page.locator(`${W} .legend`).screenshot({ path: path.join(OUT, `law-legend-import-${phone ? 'phone' : 'desktop'}.png`) });
    await close();
  }

  const { page, close } = await open({ lang: 'en', hash: `h200-map:view=import,date=${TODAY}` });
  await page.locator(`${W} button[data-mode="table"]`).click();
  await page.locator(`${W} select[data-filter="status"]`).selectOption('not_researched');
  const cells = await page.locator(`${W} tbody tr td:nth-of-type(2)`).evaluateAll((els) => els.map((e) => [e.dataset.status, e.innerText]));
  assert.ok(cells.length > 100 && cells.every(([s, t]) => s === 'not_researched' && t.trim() === 'Not researched'), 'no "since", no badge');
  await page.locator(`${W} select[data-filter="status"]`).selectOption('');
  const importHead = page.locator(`${W} thead th:nth-of-type(3) button`);
  await importHead.click();
  await importHead.click(); // most restrictive first
  const order = await page.locator(`${W} tbody tr td:nth-of-type(2)`).evaluateAll((els) => els.map((e) => e.dataset.status));
  const real = order.filter((s) => s !== 'not_researched');
  assert.deepEqual(order.slice(0, real.length), real, 'no data last, also when descending');
  assert.ok(real.length > 20 && order.length > real.length);
  assert.equal(real[0], 'restricted', 'the most restrictive import status today (China; nothing is blocked)');

  const rows = async (kind) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${W} button[data-download="${kind}"]`).click()]);
    return fs.readFileSync(await dl.path(), 'utf8');
  };
  const csv = (await rows('csv')).trim().split(/\r\n/);
  const col = csv[0].split(',');
  const row = (iso) => Object.fromEntries(csv.find((l) => l.startsWith(`${iso},`)).split(',').map((v, i) => [col[i], v]));
  assert.equal(row('US').export_status, 'not_applicable');
  assert.equal(row('AE').import_status, 'not_researched');
  assert.equal(row('AE').export_status, 'license_required');
  assert.equal(row('MY').import_status, 'no_restriction_known');
  assert.deepEqual([row('AE').date, row('AE').dataset_as_of], [TODAY, DATA.as_of]);
  const json = JSON.parse(await rows('json'));
  assert.deepEqual([json.date, json.dataset_as_of], [TODAY, DATA.as_of]);
  assert.equal(json.rows.find((r) => r.iso === 'US').export_status, 'not_applicable');
  await page.locator(`${W} button[data-mode="map"]`).click();
  const svg = await rows('svg');
  fs.writeFileSync(path.join(OUT, 'law-download-import.svg'), svg);
  const legendOrder = [...svg.matchAll(/<g data-status="([a-z_]+)">/g)].map((m) => m[1]);
  assert.deepEqual(legendOrder, ['no_restriction_known', 'permit_required', 'restricted', 'blocked', 'not_researched']);
  assert.match(svg, /Situation on 1 December 2026 · facts checked up to 30 November 2026/);
  assert.doesNotMatch(svg, /reviewed/i);
  await close();
});

test('static table pages: no "since" for no-data statuses, the corrections log at the end, linked from the top', async () => {
  for (const [file, title, notResearched] of [['table.html', 'Updates and corrections', 'Not researched'], ['table.fr.html', 'Mises à jour et corrections', 'Non étudié']]) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const ae = html.match(/<tr data-iso="AE">.*?<\/tr>/s)[0];
    assert.match(ae, new RegExp(`data-status="not_researched">${notResearched}</td>`));
    assert.match(html, /<tr data-iso="US">.*?data-axis="export" data-status="not_applicable">[^<]+<\/td>/s);
    assert.ok(html.includes(`<a href="#corrections">${title}</a>`));
    const section = html.match(/<section id="corrections" class="corrections">(.*?)<\/section>/s)[1];
    assert.ok(section.includes(`<h2>${title}</h2>`));
    assert.equal((section.match(/<li data-date=/g) || []).length, DATA.corrections.length);
    assert.doesNotMatch(section, /<script|href="(?!https:)/);
  }
});

test('static tables and fallback fragments print dates in words in their language (ISO only in datetime attributes)', () => {
  const [y, m, d] = DATA.as_of.split('-').map(Number);
  const words = {
    en: `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`,
    fr: `${d === 1 ? '1er' : d} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} ${y}`,
  };
  const text = (html) => html.replace(/<!--.*?-->/gs, '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");
  for (const [file, lang, since] of [['table.html', 'en', /since\s+(at least\s+)?\d{1,2} [A-Z][a-z]+ \d{4}/], ['table.fr.html', 'fr', /depuis le\s+(1er|\d{1,2}) [a-zéû]+ \d{4}/]]) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const rows = text(html.match(/<tbody>(.*?)<\/tbody>/s)[1]);
    assert.doesNotMatch(rows, /\d{4}-\d{2}-\d{2}/, `${file}: no ISO date in the rows`);
    assert.match(rows, since, `${file}: "since" in words`);
    assert.ok(html.includes(`<time datetime="`), `${file}: machine-readable days kept`);
    assert.ok(text(html.match(/<p class="asof"[^>]*>.*?<\/p>/s)[0]).includes(words[lang]), `${file}: as_of in words (${words[lang]})`);
  }
  for (const lang of ['en', 'fr']) {
    const frag = text(fs.readFileSync(path.join(DIST, `fallback.${lang}.html`), 'utf8'));
    assert.ok(frag.includes(words[lang]) && !/\d{4}-\d{2}-\d{2}/.test(frag), `fallback.${lang}.html: ${words[lang]}, no ISO date`);
  }
  assert.match(fs.readFileSync(path.join(DIST, 'table.fr.html'), 'utf8'), /au moins depuis le <time datetime="2022-10-07">7 octobre 2022<\/time>/,
    'in force when the model starts: "since at least", as the widget says');
});

test('German and Spanish: the dataset\'s English texts in the panel carry lang="en"; in French and English none does', async () => {
  const { page, errors, close } = await open({ lang: 'en', hash: link('CN', 'export', '2026-02-01') });
  const marked = () => page.evaluate(() => {
    const p = document.querySelector('h200-map').shadowRoot.querySelector('section[role="region"] section[data-axis="export"]');
    return {
      summary: p.querySelector('.summary').getAttribute('lang'),
      conditions: [...p.querySelectorAll('.conditions li > span')].map((s) => s.getAttribute('lang')),
      rule: p.querySelector('.rule > span').getAttribute('lang'),
    };
  });
  const en = await marked();
  assert.equal(en.summary, null);
  assert.ok(en.conditions.length > 3 && en.conditions.every((l) => l === null), `English: ${en.conditions}`);
  for (const lang of ['de', 'es']) {
    await page.evaluate((l) => document.querySelector('h200-map').setAttribute('lang', l), lang);
    await page.waitForFunction((l) => document.querySelector('h200-map').shadowRoot.querySelector('.summary')?.getAttribute('lang') === 'en', lang);
    const m = await marked();
    assert.equal(m.rule, 'en', `${lang}: the rule's label`);
    assert.ok(m.conditions.length > 3 && m.conditions.every((l) => l === 'en'), `${lang}: every condition (${m.conditions})`);
  }
  assert.deepEqual(errors, []);
  await close();
});
