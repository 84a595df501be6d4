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

/** Types into the country search and picks the first option; returns the options' codes. */
async function pickCountry(page, text) {
  await page.fill('#country-input', text);
  const codes = await page.locator('#country-list [role="option"]').evaluateAll((els) => els.map((e) => e.dataset.code));
  await page.press('#country-input', 'Enter');
  return codes;
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
  const listed = await page.evaluate(async () => (await import('./builder-data.js')).COUNTRIES.map(([iso]) => iso).sort());
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
  assert.ok(!(await snippet(page, 'element')).includes('<script>x'), 'a bad id is left out');
  assert.doesNotMatch(await snippet(page, 'element'), /id="/);
  await page.fill('#map-id', 'carte-1');

  // Copy buttons put exactly the shown text on the clipboard.
  for (const kind of ['element', 'iframe', 'link', 'step']) {
    await page.click(`button[data-copy="${kind}"]`);
    assert.equal(await clipboard(page), await snippet(page, kind), kind);
    assert.match(await page.locator('#copy-status').textContent(), /^Copié : /);
  }

  // A date before the first rule is refused, and the last good snippets stay.
  await page.check('input[name="when"][value="date"]');
  const kept = await snippet(page, 'element');
  assert.match(kept, / date="2026-02-01" /);
  await page.fill('#date', '2001-01-01');
  assert.match(await page.locator('#date-error').textContent(), /2022-10-07/);
  assert.equal(await snippet(page, 'element'), kept);

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
    await pickCountry(page, iso);
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
