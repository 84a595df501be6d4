// Accessibility as readers meet it: an axe-core audit (WCAG 2.0/2.1, levels A and AA) of the
// reader article (tests/e2e/pages/reader.html), of the demo article told with story steps
// (mid-story, phone and desktop) and of the embed builder, including the widget's open
// shadow root, in the
// light and dark themes (light by default whatever the system's preference; theme="auto"
// follows it, theme="dark" forces dark) and in French and English, the stacked table of a
// phone; forced colours (Windows High Contrast) keep the controls, the slider and the map's
// textures; the status patterns really render inside the shadow root; the map's focus ring
// is the ring colour; screenshots (light/dark, 1100/360 px) go to tests/e2e/out/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, waitForMap, OUT, ROOT } from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Opens the demo article with the system colour scheme `scheme`, the element's `theme`
 * attribute (or none) and its `lang`, and waits until the map is drawn in that language.
 */
async function open({ scheme = 'light', theme = null, lang = 'fr', view = null, width = 1100, height = 1400 }) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`${server.url}/pages/reader.html`);
  await waitForMap(page);
  await page.evaluate(([theme, lang, view]) => {
    const el = document.querySelector('h200-map');
    if (theme) el.setAttribute('theme', theme);
    el.setAttribute('lang', lang);
    if (view) el.setAttribute('view', view);
  }, [theme, lang, view]);
  await page.waitForFunction((lang) => {
    const root = document.querySelector('h200-map').shadowRoot;
    return root.querySelector(`.h2m[lang="${lang}"]`) && root.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length > 200;
  }, lang);
  return { page, errors };
}

/** Runs axe-core on the whole document (axe descends into open shadow roots). */
async function audit(page, { iframes = true } = {}) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async ([tags, iframes]) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 240), summary: n.failureSummary || '' })),
    }));
  }, [TAGS, iframes]);
}

/** Opens a page of dist/ and waits for its first map (if any) to draw. */
async function openPlain(url, { width = 1280, height = 900, mobile = false } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, hasTouch: mobile, isMobile: mobile });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`${server.url}${url}`);
  return { page, errors };
}

/** Violations as a reader-friendly list: rule, impact, help, then each element. */
function format(violations) {
  return violations.map((v) => [
    `${v.id} [${v.impact}] ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.flatMap((n) => [
      `  - at ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ')}`,
      `    ${n.html}`,
      ...n.summary.split('\n').map((l) => `      ${l}`),
    ]),
  ].join('\n')).join('\n\n');
}

/** The computed colours of the widget's root: background and text. */
const themeColours = (page) => page.evaluate(() => {
  const root = document.querySelector('h200-map').shadowRoot.querySelector('.h2m');
  const s = getComputedStyle(root);
  return { bg: s.backgroundColor, fg: s.color };
});

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(21, 22, 25)';

const STATES = [
  { name: 'light system theme, French', scheme: 'light', lang: 'fr', bg: LIGHT_BG },
  { name: 'light system theme, English', scheme: 'light', lang: 'en', bg: LIGHT_BG },
  { name: 'theme="auto" on a dark system, French', scheme: 'dark', theme: 'auto', lang: 'fr', bg: DARK_BG },
  { name: 'theme="auto" on a dark system, English', scheme: 'dark', theme: 'auto', lang: 'en', bg: DARK_BG },
  { name: 'theme="dark" on a light system, French, export view', scheme: 'light', theme: 'dark', lang: 'fr', view: 'export', bg: DARK_BG },
  { name: 'theme="light" on a dark system, English, export view', scheme: 'dark', theme: 'light', lang: 'en', view: 'export', bg: LIGHT_BG },
  { name: 'table view and date comparison, light, French', scheme: 'light', lang: 'fr', table: true, bg: LIGHT_BG },
  { name: 'table view and date comparison, dark, English', scheme: 'dark', theme: 'dark', lang: 'en', table: true, bg: DARK_BG },
  { name: 'stacked table of a phone (390 px) and date comparison, French', scheme: 'light', lang: 'fr', table: true, width: 390, height: 844, bg: LIGHT_BG },
];

for (const s of STATES) {
  test(`axe-core (WCAG 2.1 A/AA): zero violations, ${s.name}`, async () => {
    const { page, errors } = await open(s);
    assert.equal((await themeColours(page)).bg, s.bg, 'the widget is in the expected theme');
    if (s.table) {
      await page.evaluate(() => {
        const root = document.querySelector('h200-map').shadowRoot;
        root.querySelector('button[data-mode="table"]').click();
        root.querySelector('.cmp-toggle').click();
      });
      await page.waitForFunction(() => document.querySelector('h200-map').shadowRoot.querySelector('table'));
    }
    // Audit every part of the details panel, not only the open ones.
    await page.evaluate(() => {
      for (const d of document.querySelector('h200-map').shadowRoot.querySelectorAll('details')) d.open = true;
    });
    const violations = await audit(page);
    assert.equal(violations.length, 0, `axe-core found ${violations.length} violation(s):\n\n${format(violations)}\n`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('theme: light by default under a dark preference; "auto" follows the preference, live; "dark" forces dark', async () => {
  const { page, errors } = await open({ scheme: 'dark', lang: 'fr' });
  const bg = async () => (await themeColours(page)).bg;
  assert.equal(await bg(), LIGHT_BG, 'a dark-mode reader sees the light box the article laid out');
  await page.locator('h200-map').screenshot({ path: path.join(OUT, 'theme-default-dark-preference.png') });
  await page.evaluate(() => document.querySelector('h200-map').setAttribute('theme', 'auto'));
  assert.equal(await bg(), DARK_BG, 'theme="auto" under a dark preference');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await bg(), LIGHT_BG, 'theme="auto" follows a change of preference at once');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await bg(), DARK_BG);
  await page.evaluate(() => document.querySelector('h200-map').setAttribute('theme', 'light'));
  assert.equal(await bg(), LIGHT_BG, 'theme="light" under a dark preference');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.querySelector('h200-map').setAttribute('theme', 'dark'));
  assert.equal(await bg(), DARK_BG, 'theme="dark" under a light preference');
  assert.deepEqual(errors, []);
  await page.close();
});

test('forced colours (Windows High Contrast): controls, the slider\'s rail and ticks, pressed buttons and the map\'s textures stay visible', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, errors } = await open({ scheme, lang: 'fr', view: 'export' });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme, reducedMotion: 'reduce' });
    const r = await page.evaluate(() => {
      const root = document.querySelector('h200-map').shadowRoot;
      const st = (sel) => getComputedStyle(root.querySelector(sel));
      const canvas = st('.h2m').backgroundColor;
      const rect = (sel) => { const b = root.querySelector(sel).getBoundingClientRect(); return b.width > 0 && b.height > 0; };
      return {
        forced: matchMedia('(forced-colors: active)').matches, canvas,
        rail: st('.timeline .rail').backgroundColor, railShown: rect('.timeline .rail'),
        ticks: [...root.querySelectorAll('.timeline .tick.past:not(.never)')].map((t) => getComputedStyle(t).backgroundColor),
        thumb: st('.timeline .thumb').borderTopColor,
        pressed: st('button[data-view][aria-pressed="true"]').backgroundColor,
        unpressed: st('button[data-view][aria-pressed="false"]').backgroundColor,
        modeOn: st('button[data-mode][aria-pressed="true"]').backgroundColor,
        modeOff: st('button[data-mode][aria-pressed="false"]').backgroundColor,
        cn: getComputedStyle(root.querySelector('svg path[data-iso="CN"]')).fill,
        fr: getComputedStyle(root.querySelector('svg path[data-iso="FR"]')).fill,
      };
    });
    assert.ok(r.forced, 'forced colours are on');
    assert.ok(r.railShown && r.rail !== r.canvas && r.rail !== 'rgba(0, 0, 0, 0)', `the rail (${r.rail}) stands out from the canvas (${r.canvas})`);
    assert.ok(r.ticks.length > 5 && r.ticks.every((c) => c !== r.canvas && c !== 'rgba(0, 0, 0, 0)'), `every tick is drawn: ${[...new Set(r.ticks)]}`);
    assert.notEqual(r.thumb, r.canvas, 'the thumb\'s ring');
    assert.notEqual(r.pressed, r.unpressed, `the pressed view button (${r.pressed}) looks pressed (${r.unpressed})`);
    assert.notEqual(r.modeOn, r.modeOff, 'the pressed map/table button looks pressed');
    assert.equal(r.pressed, r.modeOn, 'pressed buttons share the system highlight');
    assert.match(r.cn, /#p-case_by_case/, 'the map keeps its status textures');
    assert.match(r.fr, /#p-no_license_required/);
    // Pixels: the slider's rail is really painted in the screenshot, not only styled.
    const rail = await page.evaluate(() => {
      const b = document.querySelector('h200-map').shadowRoot.querySelector('.timeline .rail').getBoundingClientRect();
      return { x: b.x + 40, y: b.y, width: Math.min(200, b.width - 80), height: Math.max(2, b.height) };
    });
    const painted = await colours(page, rail, path.join(OUT, `forced-colours-rail-${scheme}.png`));
    const canvasClip = await page.evaluate(() => {
      const b = document.querySelector('h200-map').shadowRoot.querySelector('.timeline .rail').getBoundingClientRect();
      return { x: b.x + 40, y: b.y - 12, width: 20, height: 4 };
    });
    const around = await colours(page, canvasClip, null);
    assert.ok(painted.dominant > 0.5 && around.dominant > 0.5, 'flat rail, flat canvas');
    assert.notDeepEqual(painted.top, around.top, `the rail's pixels (${painted.top}) differ from the canvas around it (${around.top})`);
    await page.locator('h200-map').screenshot({ path: path.join(OUT, `forced-colours-${scheme}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the audit sees inside the shadow root (a planted image without alt is reported)', async () => {
  const { page } = await open({ scheme: 'light', lang: 'en' });
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    img.className = 'planted';
    document.querySelector('h200-map').shadowRoot.querySelector('.h2m').append(img);
  });
  const violations = await audit(page);
  const alt = violations.find((v) => v.id === 'image-alt');
  assert.ok(alt, `axe reports image-alt for the planted image; got: ${violations.map((v) => v.id).join(', ') || 'nothing'}`);
  assert.deepEqual(alt.nodes[0].target, [['h200-map', 'img']], 'the element is addressed through the shadow host');
  assert.match(alt.nodes[0].html, /planted/);
  await page.close();
});

/** A point deep inside a country (a size x size square all of it), in page coordinates. */
async function interior(page, iso, size) {
  return page.evaluate(([iso, size]) => {
    const root = document.querySelector('h200-map').shadowRoot;
    const el = root.querySelector(`svg path[data-iso="${iso}"]`);
    const r = el.getBoundingClientRect();
    const owner = (x, y) => root.elementFromPoint(x, y)?.closest?.('[data-iso]')?.getAttribute('data-iso');
    for (let gy = 2; gy < 30; gy++) for (let gx = 2; gx < 30; gx++) {
      const x = r.x + (r.width * gx) / 32, y = r.y + (r.height * gy) / 32;
      let ok = true;
      for (let dy = -2; ok && dy <= size + 2; dy += 2) for (let dx = -2; ok && dx <= size + 2; dx += 2) {
        if (owner(x + dx, y + dy) !== iso) ok = false;
      }
      if (ok) return { x: Math.round(x) + 1, y: Math.round(y) + 1, width: size - 2, height: size - 2 };
    }
    return null;
  }, [iso, size]);
}

/** Colours in a screenshot of `clip` (decoded by the page's canvas): how many distinct
 * ones, the most frequent (`top`, [r, g, b]) and its share. */
async function colours(page, clip, file) {
  const png = await page.screenshot({ clip, ...(file ? { path: file } : {}) });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      seen.set(k, (seen.get(k) || 0) + 1);
    }
    const [top, n] = [...seen.entries()].sort((a, b) => b[1] - a[1])[0];
    return { distinct: seen.size, dominant: n / (d.length / 4), top: [top >> 16, (top >> 8) & 255, top & 255] };
  }, png.toString('base64'));
}

for (const scheme of ['light', 'dark']) {
  test(`status patterns render inside the shadow root (${scheme}): url(#p-…) fills resolve`, async () => {
    const { page, errors } = await open({ scheme, theme: scheme === 'dark' ? 'dark' : null, lang: 'en', view: 'export' });
    await page.evaluate(() => document.querySelector('h200-map').removeAttribute('country'));
    await page.waitForFunction(() => !document.querySelector('h200-map').shadowRoot.querySelector('[role="region"]'));
    const fills = await page.evaluate(() => {
      const root = document.querySelector('h200-map').shadowRoot;
      const fill = (iso) => getComputedStyle(root.querySelector(`svg path[data-iso="${iso}"]`)).fill;
      return { RU: fill('RU'), BR: fill('BR'), patterns: [...root.querySelectorAll('svg pattern[id^="p-"]')].map((p) => p.id) };
    });
    for (const id of ['p-no_license_required', 'p-license_required', 'p-case_by_case', 'p-presumption_of_denial',
      'p-embargoed', 'p-no_restriction_known', 'p-permit_required', 'p-restricted', 'p-blocked', 'p-none']) {
      assert.ok(fills.patterns.includes(id), `the map has <pattern id="${id}"> (found ${fills.patterns.join(', ') || 'none: is core::render::defs in components/world_map.rs?'})`);
    }
    assert.match(fills.RU, /url\("?#p-presumption_of_denial"?\)/, 'Russia is filled with its pattern');
    // Pixels: a textured status shows several colours, the plain one a single colour. An
    // unresolved url(#…) would fall back to the flat colour.
    const ru = await interior(page, 'RU', 24);
    const br = await interior(page, 'BR', 24);
    assert.ok(ru && br, 'found points inside Russia and Brazil');
    const cRu = await colours(page, ru, path.join(OUT, `a11y-patterns-${scheme}-RU.png`));
    const cBr = await colours(page, br, path.join(OUT, `a11y-patterns-${scheme}-BR.png`));
    assert.ok(cRu.distinct >= 3 && cRu.dominant < 0.8,
      `Russia (presumption of denial) shows its cross-hatch: ${JSON.stringify(cRu)}`);
    assert.ok(cBr.dominant >= 0.95, `Brazil (no licence required) is plain: ${JSON.stringify(cBr)}`);
    await page.locator('h200-map').screenshot({ path: path.join(OUT, `a11y-patterns-${scheme}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('keyboard focus on a country is drawn in --h200-ring (>= 3:1 against every fill)', async () => {
  const { page } = await open({ scheme: 'light', lang: 'en' });
  let tabs = 0;
  const onMap = () => page.evaluate(() => {
    const el = document.querySelector('h200-map').shadowRoot.activeElement;
    return el?.getAttribute?.('data-iso') ?? null;
  });
  while (tabs < 40 && !(await onMap())) { await page.keyboard.press('Tab'); tabs++; }
  const iso = await onMap();
  assert.ok(iso, `the map takes focus from the keyboard (${tabs} Tab presses)`);
  const ring = await page.evaluate(() => {
    const host = document.querySelector('h200-map');
    const el = host.shadowRoot.activeElement;
    const probe = document.createElement('span');
    probe.style.color = 'var(--h200-ring)';
    host.shadowRoot.querySelector('.h2m').append(probe);
    const want = getComputedStyle(probe).color;
    probe.remove();
    const s = getComputedStyle(el);
    return { want, stroke: s.stroke, width: s.strokeWidth };
  });
  const clip = await page.evaluate(() => {
    const r = document.querySelector('h200-map').shadowRoot.querySelector('svg.map').getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  await page.screenshot({ path: path.join(OUT, `a11y-focus-${iso}-light.png`), clip });
  assert.equal(ring.stroke, ring.want,
    `the focused shape (${iso}) is outlined in --h200-ring ${ring.want}, not ${ring.stroke}: `
    + 'a rule in src/ui/features.css (svg.map path.c:focus-visible / g.m:focus-visible .dot, '
    + 'stroke: var(--h200-accent)) overrides style.css; the accent has < 3:1 against mid-tone fills');
  assert.ok(parseFloat(ring.width) >= 2.5, `ring width ${ring.width}`);
  await page.close();
});

for (const [scheme, width, height] of [['light', 1100, 1400], ['dark', 1100, 1400], ['light', 360, 780], ['dark', 360, 780]]) {
  test(`screenshot: ${scheme}, ${width} px`, async () => {
    const { page, errors } = await open({ scheme, theme: scheme === 'dark' ? 'auto' : null, lang: 'fr', width, height });
    assert.equal((await themeColours(page)).bg, scheme === 'dark' ? DARK_BG : LIGHT_BG);
    const doc = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(doc <= width, `no horizontal scroll (${doc} px)`);
    await page.locator('h200-map').screenshot({ path: path.join(OUT, `a11y-${scheme}-${width}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

for (const [name, size] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844, mobile: true }]]) {
  test(`axe-core (WCAG 2.1 A/AA): zero violations, demo article told with steps, mid-story, ${name}`, async () => {
    const { page, errors } = await openPlain('/demo/', size);
    await waitForMap(page);
    await page.evaluate(() => {
      const step = document.querySelectorAll('h200-map-step')[2];
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 24);
    });
    await page.waitForFunction(() => document.querySelector('h200-map-step[aria-current="step"]')
      && document.getElementById('carte-h200').shadowRoot.querySelector('.changes'));
    const violations = await audit(page);
    assert.equal(violations.length, 0, `axe-core found ${violations.length} violation(s):\n\n${format(violations)}\n`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('axe-core (WCAG 2.1 A/AA): zero violations, embed builder (French, a country chosen, list open)', async () => {
  const { page, errors } = await openPlain('/builder.html?lang=fr');
  await page.fill('#country-input', 'chine');
  await page.press('#country-input', 'Enter');
  await page.check('input[name="when"][value="compare"]');
  await page.fill('#country-input', 'ma');
  await page.waitForSelector('#country-list [role="option"]');
  // The previews are iframes of embed.html, the widget audited above: the builder's own page here.
  const violations = await audit(page, { iframes: false });
  assert.equal(violations.length, 0, `axe-core found ${violations.length} violation(s):\n\n${format(violations)}\n`);
  assert.deepEqual(errors, []);
  await page.close();
});
