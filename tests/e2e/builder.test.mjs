// The embed builder (dist/builder.html) as a journalist uses it, under the strict CSP: the
// choices give the right snippets and preview, the copy buttons put them on the clipboard,
// the page requests nothing but its own folder's files and stores nothing; then the copied
// element and three copied story steps, pasted into an article, drive the map on a phone
// and a desktop. Screenshots go to tests/e2e/out/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, OUT } from './harness.mjs';
import { serveEmbed, CSP } from './embed-lib.mjs';

let server, browser;
before(async () => { server = await serveEmbed(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(query = '?csp=strict', { locale = 'en-GB', viewport = { width: 1400, height: 1000 } } = {}) {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}/builder.html${query}`);
  await page.waitForSelector('#snip-element:not(:empty)');
  return { page, context, log, close: () => context.close() };
}

const snippet = (page, kind) => page.locator(`#snip-${kind}`).textContent();
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

/** Types into the country search and presses Enter; returns the options' codes. */
async function pickCountry(page, text) {
  await page.fill('#country-input', text);
  const codes = await page.locator('#country-list [role="option"]').evaluateAll((els) => els.map((e) => e.dataset.code));
  await page.press('#country-input', 'Enter');
  return codes;
}

/** Types `text` into the country search and clicks the option of `code`. */
async function chooseCountry(page, text, code) {
  await page.fill('#country-input', text);
  await page.click(`#country-list [role="option"][data-code="${code}"]`);
  assert.match(await page.locator('#country-picked').textContent(), new RegExp(`\\(${code}\\)$`));
}

/** The four snippets are withheld and the Copy buttons disabled, with the reason. */
async function assertWithheld(page, why) {
  const note = await page.locator('#snippets-invalid').textContent();
  assert.ok(note.length > 0, `${why}: a note says the snippets are not up to date`);
  for (const kind of ['element', 'iframe', 'link', 'step']) {
    assert.doesNotMatch(await snippet(page, kind), /h200-map|embed\.html/, `${why}: ${kind} withheld`);
    const b = page.locator(`button[data-copy="${kind}"]`);
    assert.equal(await b.isDisabled(), true, `${why}: Copy ${kind} disabled`);
    assert.equal(await b.getAttribute('aria-describedby'), 'snippets-invalid', `${why}: the reason is the button's description`);
  }
  assert.ok((await page.locator('#preview-stale').textContent()).length > 0, `${why}: the preview is marked stale`);
}

/** The snippets are shown and the Copy buttons enabled. */
async function assertShown(page, why) {
  assert.equal(await page.locator('#snippets-invalid').textContent(), '', why);
  assert.match(await snippet(page, 'element'), /<h200-map /, why);
  for (const kind of ['element', 'iframe', 'link', 'step']) assert.equal(await page.locator(`button[data-copy="${kind}"]`).isDisabled(), false, `${why}: ${kind}`);
  assert.equal(await page.locator('#preview-stale').textContent(), '', why);
}

/** The <h200-map> of a preview iframe showing `src`, once drawn: its attributes and what it shows. */
async function previewState(page, id, src) {
  await page.waitForFunction(([id, src]) => document.getElementById(id).getAttribute('src') === src, [id, src]);
  let content;
  for (const end = Date.now() + 20000; Date.now() < end; await page.waitForTimeout(100)) {
    content = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
    if (content && content.url() === src) break;
  }
  await content.waitForFunction(() => {
    const r = document.querySelector('h200-map')?.shadowRoot;
    return r && r.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length > 200 && r.querySelector('[role="slider"]');
  }, null, { timeout: 20000 });
  return content.evaluate(() => {
    const m = document.querySelector('h200-map');
    const r = m.shadowRoot;
    return {
      attrs: Object.fromEntries(['lang', 'country', 'view', 'date', 'compare', 'theme'].map((a) => [a, m.getAttribute(a)])),
      panel: r.querySelector('[role="region"]')?.getAttribute('data-iso') ?? null,
      date: r.querySelector('[role="slider"]').getAttribute('data-date'),
      lang: r.querySelector('.h2m').getAttribute('lang'),
      bg: getComputedStyle(r.querySelector('.h2m')).backgroundColor,
      width: document.documentElement.clientWidth,
    };
  });
}

test('builder: choices give the right snippets and preview; copy buttons; no request elsewhere, no storage', async () => {
  const { page, log, close } = await open('?lang=fr&csp=strict');
  assert.equal(await page.locator('h1').textContent(), 'Créer une carte H200 à intégrer');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  const base = `${server.url}/`;

  // Accent- and case-insensitive search, in French or English names, or the ISO code.
  assert.equal((await pickCountry(page, 'emirats'))[0], 'AE');
  assert.equal(await page.locator('#country-picked').textContent(), 'Émirats arabes unis (AE)');
  assert.equal((await pickCountry(page, "cote d'iv"))[0], 'CI');
  assert.equal((await pickCountry(page, 'CHINA'))[0], 'CN');
  assert.equal((await pickCountry(page, 'mo'))[0], 'MO', 'an ISO code comes first');
  await page.fill('#country-input', 'zzqq');
  assert.equal(await page.locator('#country-list li.empty').textContent(), 'Aucun pays ne correspond');
  await page.press('#country-input', 'Escape');

  await pickCountry(page, 'émirats');
  await page.check('input[name="view"][value="import"]');
  await page.check('input[name="when"][value="date"]');
  await page.fill('#date', '2026-02-01');
  await page.selectOption('#map-lang', 'en');
  await page.check('input[name="theme"][value="dark"]');
  await page.fill('#map-id', 'carte-1');
  await page.fill('#article-url', 'https://news.example/a?b=1&c="x"#top');

  assert.equal(await snippet(page, 'element'),
    `<script type="module" src="${base}h200-map.js"></script>\n` +
    '<h200-map id="carte-1" lang="en" country="AE" view="import" date="2026-02-01" theme="dark">\n' +
    `  <a href="${base}table.html">Where can the NVIDIA H200 go? Status by country (table)</a>\n` +
    '</h200-map>');
  assert.equal(await snippet(page, 'iframe'),
    `<iframe src="${base}embed.html?lang=en&amp;country=AE&amp;view=import&amp;date=2026-02-01&amp;theme=dark"\n` +
    '        title="Map: where can the NVIDIA H200 legally go?" loading="lazy"\n' +
    '        width="100%" height="1350" style="border:0"></iframe>\n' +
    `<script src="${base}resize.js" async></script>`);
  assert.equal(await snippet(page, 'link'),
    'https://news.example/a?b=1&c=%22x%22#h200-map/carte-1:country=AE,view=import,date=2026-02-01');
  assert.equal(await snippet(page, 'step'),
    '<h200-map-step for="carte-1" country="AE" view="import" date="2026-02-01" compare="">\n' +
    '  <p>Votre texte pour cette étape.</p>\n</h200-map-step>');

  // Both previews show that state, the phone one 390 px wide.
  const src = `${base}embed.html?lang=en&country=AE&view=import&date=2026-02-01&theme=dark`;
  for (const id of ['preview-phone', 'preview-desktop']) {
    const s = await previewState(page, id, src);
    assert.deepEqual(s.attrs, { lang: 'en', country: 'AE', view: 'import', date: '2026-02-01', compare: null, theme: 'dark' }, id);
    assert.equal(s.panel, 'AE');
    assert.equal(s.date, '2026-02-01');
    assert.equal(s.lang, 'en');
    assert.equal(s.bg, 'rgb(21, 22, 25)', `${id}: dark theme`);
    if (id === 'preview-phone') assert.equal(s.width, 390, 'phone preview: a 390 px viewport');
    else assert.ok(s.width >= 600, `desktop preview ${s.width} px`);
  }
  // The builder's country list is the map's: every place drawn, nothing else.
  const frame = await (await page.locator('#preview-desktop').elementHandle()).contentFrame();
  const drawn = await frame.evaluate(() => [...new Set([...document.querySelector('h200-map').shadowRoot
    .querySelectorAll('svg [data-iso]')].map((e) => e.getAttribute('data-iso')))].sort());
  const listed = await page.evaluate(async () => (await import('./builder-data.js')).PLACES.map(([iso]) => iso).sort());
  assert.ok(drawn.length > 200);
  assert.deepEqual(listed, drawn);
  await page.waitForTimeout(800); // resize.js sizes the iframes
  await page.screenshot({ path: path.join(OUT, 'builder-fr.png'), fullPage: true });

  // Compare mode; HTML in the article address is escaped in the snippets that hold it.
  await page.check('input[name="when"][value="compare"]');
  await page.fill('#date-a', '2026-01-15');
  await page.fill('#date-b', '2025-12-08');
  assert.match(await snippet(page, 'element'), / compare="2025-12-08\.\.2026-01-15" theme="dark">/);
  assert.match(await snippet(page, 'link'), /#h200-map\/carte-1:country=AE,view=import,date=2026-01-15,compare=2025-12-08\.\.2026-01-15$/);
  await page.fill('#map-id', '');
  await page.fill('#article-url', '');
  assert.equal(await snippet(page, 'link'),
    `${base}embed.html?lang=en&theme=dark#h200-map:country=AE,view=import,date=2026-01-15,compare=2025-12-08..2026-01-15`);
  await page.fill('#map-id', '"><script>');
  assert.equal(await page.getAttribute('#map-id', 'aria-invalid'), 'true');
  await assertWithheld(page, 'a bad id');
  await page.fill('#map-id', 'carte-1');
  await assertShown(page, 'the id corrected');

  // Copy buttons put exactly the shown text on the clipboard.
  for (const kind of ['element', 'iframe', 'link', 'step']) {
    await page.click(`button[data-copy="${kind}"]`);
    assert.equal(await clipboard(page), await snippet(page, kind), kind);
    assert.match(await page.locator('#copy-status').textContent(), /^Copié : /);
  }

  // A date before the first rule is refused: the snippets are withheld, not the last good ones.
  await page.check('input[name="when"][value="date"]');
  assert.match(await snippet(page, 'element'), / date="2026-02-01" /);
  await page.fill('#date', '2001-01-01');
  assert.match(await page.locator('#date-error').textContent(), /2022-10-07/);
  await assertWithheld(page, 'a date before the first rule');
  await page.fill('#date', '2026-02-01');
  await assertShown(page, 'the date corrected');

  // English, by the switch.
  await page.click('button[data-ui-lang="en"]');
  assert.equal(await page.locator('h1').textContent(), 'Embed builder: the H200 map');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');

  // Nothing stored, nothing sent anywhere else, nothing against the CSP (page and previews).
  const stores = [];
  for (const frame of page.frames()) {
    stores.push(await frame.evaluate(async () => ({
      url: location.pathname, local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
      idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    })));
  }
  for (const s of stores) assert.deepEqual({ local: s.local, session: s.session, cookie: s.cookie, idb: s.idb }, { local: 0, session: 0, cookie: '', idb: 0 }, s.url);
  const elsewhere = log.requests.filter((u) => new URL(u).origin !== server.url);
  assert.deepEqual(elsewhere, []);
  const files = [...new Set(log.requests.map((u) => new URL(u).pathname))].sort();
  for (const f of files) assert.match(f, /^\/(builder\.(html|js|css)|builder-data\.js|favicon\.svg|resize\.js|embed\.(html|css)|embed-frame\.js|h200-map\.js|pkg\/[0-9a-f]{12}\/(h200-map(\.js|_bg\.wasm|\.css)|snapshot\.(fr|en|de|es)\.html))$/, f);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  await close();
});

test('builder: the language follows the browser when the address does not say', async () => {
  for (const [locale, title] of [['fr-FR', 'Créer une carte H200 à intégrer'], ['de-DE', 'Embed builder: the H200 map']]) {
    const { page, close } = await open('?csp=strict', { locale });
    assert.equal(await page.locator('h1').textContent(), title, locale);
    await close();
  }
  const { page, close } = await open('?csp=strict', { locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const doc = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(doc <= 390, `the builder fits a phone (${doc}px)`);
  await page.screenshot({ path: path.join(OUT, 'builder-phone.png') });
  await close();
});

test('journalist: the copied element and three copied steps, pasted into an article, drive the map (phone and desktop)', async () => {
  // Build the embed and three steps in the builder, copying each as a journalist would.
  const { page, close } = await open('?lang=fr&csp=strict');
  await pickCountry(page, 'chine');
  await page.check('input[name="view"][value="import"]');
  await page.fill('#map-id', 'ma-carte');
  await page.click('button[data-copy="element"]');
  const element = await clipboard(page);
  const steps = [];
  for (const [iso, view, date] of [['CN', 'export', '2025-12-08'], ['CN', 'import', '2026-01-14'], ['AE', 'export', '2026-07-15']]) {
    await chooseCountry(page, iso, iso);
    await page.check(`input[name="view"][value="${view}"]`);
    await page.check('input[name="when"][value="date"]');
    await page.fill('#date', date);
    await page.click('button[data-copy="step"]');
    steps.push(await clipboard(page));
  }
  await close();
  assert.equal(steps.length, 3);

  // The article: the pasted snippets, the README's sticky recipe, served with the strict CSP.
  const article = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
<link rel="stylesheet" href="/pages/story.css"></head><body>
<h1>Un article</h1><p class="lede">Le début de l'article.</p>
<section class="story"><div class="story-map">
${element}
</div><div class="story-steps">
${steps.join('\n')}
</div></section><p class="end">Fin.</p></body></html>`;
  for (const device of [
    { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    { viewport: { width: 1280, height: 900 } },
  ]) {
    const context = await browser.newContext(device);
    await context.route(`${server.url}/pasted-article.html`, (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP.strict }, body: article,
    }));
    const p = await context.newPage();
    const errors = [];
    p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    await p.goto(`${server.url}/pasted-article.html`);
    await p.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelector('[role="slider"]'), null, { timeout: 20000 });
    for (const [i, want] of [['CN', 'export', '2025-12-08'], ['CN', 'import', '2026-01-14'], ['AE', 'export', '2026-07-15']].entries()) {
      await p.evaluate((n) => {
        const s = document.querySelectorAll('h200-map-step')[n];
        window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 24);
      }, i);
      await p.waitForFunction(([iso, view, date]) => {
        const m = document.getElementById('ma-carte');
        const r = m.shadowRoot;
        return m.getAttribute('country') === iso && r.querySelector('[role="region"]')?.dataset.iso === iso &&
          r.querySelector('button[data-view][aria-pressed="true"]').dataset.view === view &&
          r.querySelector('[role="slider"]').getAttribute('data-date') === date;
      }, want, { timeout: 5000 });
    }
    assert.deepEqual(errors, [], `${device.viewport.width}px: ${errors.join('\n')}`);
    await context.close();
  }
});

/** The widget's own search (embed.html, its shadow root) for `query`: the listed codes, the
 *  line under the list after Enter, and the country Enter picked (null: none). */
async function widgetSearch(frame, query) {
  await frame.evaluate(() => document.querySelector('h200-map').removeAttribute('country'));
  const box = frame.locator('h200-map #h2m-search');
  await box.fill('');
  await box.fill(query);
  const codes = await frame.locator('h200-map #h2m-search-list [role="option"][data-code]').evaluateAll((els) => els.map((e) => e.dataset.code));
  await box.press('Enter');
  const hint = (await frame.locator('h200-map .search-hint').textContent()).trim();
  const picked = await frame.evaluate(() => document.querySelector('h200-map').getAttribute('country'));
  return { codes, hint, picked };
}

/** The builder's search for `query`, the same three things. */
async function builderSearch(page, query) {
  await page.fill('#country-input', '');
  await page.press('#country-input', 'Enter'); // empty: no country
  await page.fill('#country-input', query);
  const codes = await page.locator('#country-list [role="option"]').evaluateAll((els) => els.map((e) => e.dataset.code));
  await page.press('#country-input', 'Enter');
  const hint = await page.locator('#country-hint').textContent();
  const picked = (/\(([A-Z]{2})\)$/.exec(await page.locator('#country-picked').textContent()) || [])[1] ?? null;
  return { codes, hint, picked };
}

test('builder: its country search is the widget\'s (same matches, Enter picks the same, "choose one" when several)', async () => {
  const queries = ['Korea', 'Corée', 'Congo', 'Sudan', 'Etats-Unis', 'UK', 'Holland', 'Guinea', 'cote d ivoire', 'Côte d’Ivoire', 'st lucia',
    'saint-lucie', 'macau', 'PRC', 'burma', 'chine', 'AE', 'ma', 'Türkiye', 'soudan'];
  for (const lang of ['en', 'fr']) {
    const { page, log, close } = await open(`?lang=${lang}&csp=strict`);
    const widget = await page.context().newPage();
    await widget.goto(`${server.url}/embed.html?lang=${lang}&csp=strict`);
    // The widget itself, not the loader's snapshot of its first view (whose search box is inert).
    await widget.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelector('.h2m-root:not([data-h200-snapshot]) #h2m-search'), null, { timeout: 20000 });
    const several = lang === 'fr' ? 'Plusieurs pays correspondent\u00a0: choisissez-en un dans la liste.' : 'Several countries match: choose one from the list.';
    const seen = {};
    for (const q of queries) {
      const w = await widgetSearch(widget, q);
      const b = await builderSearch(page, q);
      assert.ok(w.codes.length > 0, `${lang} ${q}: the widget lists something`);
      assert.deepEqual(b.codes, w.codes, `${lang} ${q}: the same matches in the same order`);
      assert.equal(b.picked, w.picked, `${lang} ${q}: Enter picks the same`);
      if (w.codes.length > 1 && !w.picked) {
        assert.equal(w.hint, several, `${lang} ${q}: the widget says to choose`);
        assert.equal(b.hint, several, `${lang} ${q}: the builder says to choose`);
        await assertWithheld(page, `${lang} ${q}: typed, not picked`);
      }
      seen[q] = b;
    }
    // What the new-user test found, and the widget's rule spelt out.
    assert.deepEqual([...seen.Korea.codes].sort(), ['KP', 'KR']);
    assert.equal(seen.Korea.picked, null, 'Korea + Enter: no guess');
    assert.equal(seen['Corée'].picked, null);
    assert.ok(seen.Congo.codes.includes('CD') && seen.Congo.codes.includes('CG') && seen.Congo.picked === null, 'Congo');
    for (const [q, iso] of [['cote d ivoire', 'CI'], ['Côte d’Ivoire', 'CI'], ['st lucia', 'LC'], ['saint-lucie', 'LC'], ['macau', 'MO'], ['PRC', 'CN'], ['burma', 'MM']]) {
      assert.equal(seen[q].picked, iso, `${q} -> ${iso}`);
    }
    // Picking from the list after "choose one": the snippets come back.
    await page.fill('#country-input', 'Korea');
    await page.press('#country-input', 'Enter');
    await page.click('#country-list [role="option"][data-code="KR"]');
    assert.match(await snippet(page, 'element'), / country="KR"[ >]/);
    await assertShown(page, `${lang}: Korea chosen from the list`);
    assert.deepEqual(log.errors, []);
    await widget.close();
    await close();
  }
});

test('builder: dates reach the widget\'s last day (the slider\'s end), not today; an invalid date withholds the snippets', async () => {
  const { page, log, close } = await open('?lang=en&csp=strict');
  const { LAST_CHANGE_DAY, MODEL_START } = await page.evaluate(() => import('./builder-data.js'));
  // The widget's own last day: what it shows for a date far after it (README: the slider's End).
  const widget = await page.context().newPage();
  const warnings = [];
  widget.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await widget.goto(`${server.url}/embed.html?lang=en&date=2099-01-01`);
  await widget.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelector('[role="slider"]'), null, { timeout: 20000 });
  const end = await widget.evaluate(() => document.querySelector('h200-map').shadowRoot.querySelector('[role="slider"]').getAttribute('data-date'));
  await widget.close();
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(end > today, `the widget's end ${end} is after today (a change is scheduled)`);
  assert.equal(LAST_CHANGE_DAY, end, 'builder-data: the widget\'s last day');
  assert.ok(warnings.some((w) => w.includes(end)), 'the widget warned about 2099-01-01');

  await page.check('input[name="when"][value="date"]');
  for (const id of ['#date', '#date-a', '#date-b']) {
    assert.equal(await page.getAttribute(id, 'max'), end, id);
    assert.equal(await page.getAttribute(id, 'min'), MODEL_START, id);
  }
  await page.fill('#date', end);
  assert.equal(await page.locator('#date-error').textContent(), '');
  await assertShown(page, `the last day ${end}`);
  assert.match(await snippet(page, 'element'), new RegExp(` date="${end}"[ >]`));
  const src = `${server.url}/embed.html?lang=en&view=export&date=${end}`;
  for (const id of ['preview-phone', 'preview-desktop']) assert.equal((await previewState(page, id, src)).date, end, id);

  // The new user's case: 2099-01-01 is refused; the snippets do not keep the last valid date.
  await page.fill('#date', '2099-01-01');
  assert.equal(await page.locator('#date-error').textContent(), `Choose dates between ${MODEL_START} and ${end}.`);
  assert.equal(await page.getAttribute('#date', 'aria-invalid'), 'true');
  await assertWithheld(page, '2099-01-01');
  assert.equal(await page.locator('#preview-phone').getAttribute('src'), src, 'the preview is not reloaded with a bad date');
  // Compare mode with one day out of range, then in range.
  await page.check('input[name="when"][value="compare"]');
  await page.fill('#date-a', '2026-01-15');
  await page.fill('#date-b', '2099-01-01');
  await assertWithheld(page, 'compare to 2099-01-01');
  await page.fill('#date-b', end);
  await assertShown(page, 'compare to the last day');
  assert.match(await snippet(page, 'element'), new RegExp(` compare="2026-01-15\\.\\.${end}"[ >]`));
  await page.screenshot({ path: path.join(OUT, 'builder-last-day.png'), fullPage: true });
  assert.deepEqual(log.errors, []);
  await close();
});

test('embed.html: no /favicon.ico request, no console error (on its own page under the strict CSP, and in the builder)', async () => {
  for (const device of [{ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, { viewport: { width: 1280, height: 900 } }]) {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/embed.html?lang=fr&country=CN&csp=strict`);
    await page.waitForFunction(() => document.querySelector('h200-map')?.shadowRoot?.querySelector('[role="region"]'), null, { timeout: 20000 });
    await page.waitForTimeout(500); // the browser asks for the icon after the load
    assert.ok(requests.includes('/favicon.svg'), `its icon is the folder's: ${requests.join(' ')}`);
    assert.ok(!requests.includes('/favicon.ico'), 'no /favicon.ico');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // In the builder (its two iframes of embed.html): the same.
  const { page, log, close } = await open('?lang=en&csp=strict');
  await previewState(page, 'preview-desktop', `${server.url}/embed.html?lang=en&view=export`);
  assert.ok(!log.requests.some((u) => new URL(u).pathname === '/favicon.ico'), 'no /favicon.ico');
  assert.deepEqual(log.errors, []);
  await close();
});
