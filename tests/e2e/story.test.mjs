// Story steps (README "Tell a story with steps"): elements of the article drive a map as the
// reader scrolls. On tests/e2e/pages/story.html (two maps, two stories, a junk step, a step
// naming no map; strict CSP) and on the demo article (six steps, strict CSP), on a touch
// phone (390 x 844) and a desktop window, in Chromium. Screenshots go to tests/e2e/out/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, waitForMap, clickCountry, OUT, DIST } from './harness.mjs';
import { serveEmbed } from './embed-lib.mjs';

let server, browser;
before(async () => { server = await serveEmbed(); browser = await launch(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };

/**
 * Opens `url` in a fresh context; records console warnings, errors, CSP violations and the
 * scroll-type listeners anyone adds to the window or the document.
 */
async function open(url, device, { reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const log = { warnings: [], errors: [], origins: new Set() };
  page.on('console', (m) => {
    if (m.type() === 'warning') log.warnings.push(m.text());
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.origins.add(new URL(r.url()).origin));
  await page.emulateMedia({ reducedMotion });
  await page.addInitScript(() => {
    // Scroll-type listeners that the page's own scripts (files of this origin: the loader,
    // the stories module, the widget) add to the window or the document.
    window.__scrollListeners = [];
    window.__violations = [];
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, ...rest) {
      const onPage = this === window || this === document || this === document.documentElement || this === document.body;
      if (onPage && /^(scroll|wheel|mousewheel|touchstart|touchmove)$/.test(type) && String(new Error().stack).includes(location.origin)) {
        window.__scrollListeners.push(`${type} on ${this.nodeName || 'window'}`);
      }
      return add.call(this, type, ...rest);
    };
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, context, log, close: () => context.close() };
}

/** Scrolls so that the top edge of `selector` is `dy` px above the viewport's middle line. */
async function reach(page, selector, dy = 24) {
  await page.evaluate(([sel, dy]) => {
    const top = document.querySelector(sel).getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight / 2 + dy);
  }, [selector, dy]);
}

/** What the map `id` shows: its attributes and the widget's own state. */
function mapState(page, id) {
  return page.evaluate((id) => {
    const m = document.getElementById(id);
    const r = m.shadowRoot;
    const region = r.querySelector('[role="region"]');
    const inputs = [...r.querySelectorAll('input[data-compare]')].map((i) => i.value);
    return {
      country: m.getAttribute('country'),
      view: r.querySelector('button[data-view][aria-pressed="true"]')?.dataset.view,
      date: r.querySelector('[role="slider"]')?.getAttribute('data-date'),
      compare: inputs.length ? inputs.join('..') : null,
      panel: region ? region.getAttribute('data-iso') : null,
    };
  }, id);
}

/** Waits (up to 5 s) until map `id` shows `want` (every key given), then asserts it. */
async function expectMap(page, id, want, message) {
  const pick = (got) => Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]));
  let got = null;
  for (const end = Date.now() + 5000; Date.now() < end; await page.waitForTimeout(50)) {
    got = await page.evaluate((id) => !!document.getElementById(id)?.shadowRoot?.querySelector('[role="slider"]'), id)
      ? await mapState(page, id) : null;
    if (got && Object.keys(want).every((k) => got[k] === want[k])) break;
  }
  assert.ok(got, `${message || id}: the map never drew`);
  assert.deepEqual(pick(got), want, message);
  return got;
}

const activeStep = (page) => page.evaluate(() => [...document.querySelectorAll('[aria-current="step"]')].map((e) => e.id));
const localToday = (page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
});
const stepWarnings = (log, re) => log.warnings.filter((w) => w.startsWith('<h200-map-step>:') && re.test(w));

// The authored states of story.html's two maps.
const A_AUTHORED = (today) => ({ country: 'CN', view: 'import', date: today, compare: null, panel: 'CN' });
const B_AUTHORED = (today) => ({ country: 'SG', view: 'export', date: today, compare: null, panel: 'SG' });
const A_STEPS = [
  ['#a1', { country: 'CN', view: 'export', date: '2025-12-08', compare: null, panel: 'CN' }],
  ['#a2', { country: 'CN', view: 'import', date: '2026-01-14', compare: null, panel: 'CN' }],
  ['#a2b', { country: 'HK', view: 'import', date: '2026-01-14', compare: null, panel: 'HK' }],
  ['#a3', { country: 'MO', view: 'export', date: '2026-01-15', compare: '2025-12-08..2026-01-15', panel: 'MO' }],
  ['#a4', { country: null, view: 'import', date: '2026-08-20', compare: null, panel: null }],
];

for (const [name, device] of [['touch phone 390x844', PHONE], ['desktop 1280x900', DESKTOP]]) {
  test(`story page (${name}): each step sets its map, scrolling back restores the previous step exactly`, async () => {
    const { page, log, close } = await open(`${server.url}/pages/story.html?csp=strict`, device);
    await waitForMap(page, 0);
    const today = await localToday(page);
    await expectMap(page, 'map-a', A_AUTHORED(today), 'opened above the story: the authored state');
    assert.deepEqual(await activeStep(page), []);
    // The junk step warned once, at once, before the reader reached it.
    assert.equal(stepWarnings(log, /2026-13-40/).length, 1, log.warnings.join('\n'));

    for (const [sel, want] of A_STEPS) {
      await reach(page, sel);
      await expectMap(page, 'map-a', want, `at ${sel}`);
      assert.deepEqual(await activeStep(page), [sel.slice(1)]);
    }
    if (name.startsWith('touch')) await page.screenshot({ path: path.join(OUT, 'story-phone.png') });
    else await page.screenshot({ path: path.join(OUT, 'story-desktop.png') });

    // Back up, step by step: each earlier step exactly, then the authored state.
    for (let i = A_STEPS.length - 2; i >= 0; i--) {
      await reach(page, A_STEPS[i + 1][0], -40); // the later step's top back below the middle
      await expectMap(page, 'map-a', A_STEPS[i][1], `back from ${A_STEPS[i + 1][0]}`);
    }
    await reach(page, '#a1', -40);
    await expectMap(page, 'map-a', A_AUTHORED(today), 'above the first step: the authored state again');
    assert.deepEqual(await activeStep(page), []);

    // A jump over every step (End key, a link) lands on the last one.
    await page.evaluate(() => document.querySelector('#a4').scrollIntoView({ block: 'start' }));
    await expectMap(page, 'map-a', A_STEPS.at(-1)[1], 'a jump past the whole story');

    assert.equal(stepWarnings(log, /2026-13-40/).length, 1, 'the junk step warned once, however often it was passed');
    assert.equal(stepWarnings(log, /no-such-map/).length, 1, 'the step naming no map warned once');
    assert.deepEqual(await page.evaluate(() => window.__scrollListeners), [], 'no scroll, wheel or touch listener on the page');
    assert.deepEqual(await page.evaluate(() => window.__probe.newGlobals()), [], 'no global name');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing against the strict CSP');
    assert.deepEqual(log.errors, []);
    assert.deepEqual([...log.origins], [server.url]);
    await close();
  });
}

test('a junk step and a step naming no map warn and change nothing; the steps around them still work', async () => {
  const { page, log, close } = await open(`${server.url}/pages/story.html?csp=strict`, DESKTOP);
  await waitForMap(page, 0);
  await reach(page, '#a2b');
  await expectMap(page, 'map-a', A_STEPS[2][1]);
  await reach(page, '#a-junk');
  await page.waitForTimeout(400);
  assert.deepEqual(await mapState(page, 'map-a'), A_STEPS[2][1], 'the junk step changed nothing');
  assert.deepEqual(await activeStep(page), ['a2b'], 'passing a junk step leaves the step before it active');
  await reach(page, '#a-nomap');
  await page.waitForTimeout(400);
  assert.deepEqual(await mapState(page, 'map-a'), A_STEPS[2][1], 'the step naming no map changed nothing');
  assert.deepEqual(await activeStep(page), ['a2b'], 'a step that drives no map is not marked');
  assert.equal(await page.evaluate(() => document.getElementById('map-b').getAttribute('country')), 'SG', 'nor the other map');
  const [junk] = stepWarnings(log, /2026-13-40/);
  assert.match(junk, /^<h200-map-step>: date "2026-13-40" is not a day written YYYY-MM-DD; this step is ignored/);
  const [nomap] = stepWarnings(log, /no-such-map/);
  assert.match(nomap, /^<h200-map-step>: no <h200-map id="no-such-map"> on the page; this step is ignored/);
  await reach(page, '#a3');
  await expectMap(page, 'map-a', A_STEPS[3][1], 'the next good step takes over');
  // Every kind of junk value warns (checked without scrolling: steps warn when added).
  const before = log.warnings.length;
  await page.evaluate(() => {
    const box = document.querySelector('#story-a .story-steps');
    for (const [k, v] of [['view', 'sideways'], ['compare', '2026-01-01'], ['country', 'France'], ['country', 'ZZ'], ['date', '15/01/2026']]) {
      const s = document.createElement('h200-map-step');
      s.setAttribute('for', 'map-a');
      s.setAttribute(k, v);
      s.className = 'late-junk';
      box.append(s);
    }
  });
  await page.waitForTimeout(200);
  const late = log.warnings.slice(before);
  for (const re of [/view "sideways" is not "export" or "import"/, /compare "2026-01-01" is not YYYY-MM-DD\.\.YYYY-MM-DD/,
    /country "France" is not the ISO 3166-1 alpha-2 code/, /country "ZZ" is not the ISO 3166-1 alpha-2 code of a place on the map/,
    /date "15\/01\/2026" is not a day/]) {
    assert.equal(late.filter((w) => re.test(w)).length, 1, `${re}: ${late.join('\n')}`);
  }
  assert.deepEqual(log.errors, []);
  await close();
});

test('two stories drive two maps independently; steps added later are picked up', async () => {
  const { page, log, close } = await open(`${server.url}/pages/story.html?csp=strict`, DESKTOP);
  await waitForMap(page, 0);
  const today = await localToday(page);
  await reach(page, '#a4');
  await expectMap(page, 'map-a', A_STEPS[4][1]);
  await page.evaluate(() => document.getElementById('map-b').scrollIntoView({ block: 'center' }));
  await waitForMap(page, 1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await reach(page, '#a4');
  await expectMap(page, 'map-b', B_AUTHORED(today), 'story A left map B alone');

  await reach(page, '#b1');
  await expectMap(page, 'map-b', { country: 'MO', view: 'export', date: '2026-01-15', compare: null, panel: 'MO' });
  await reach(page, '#b2');
  // B2 names no view: the map's authored view (none: export).
  await expectMap(page, 'map-b', { country: 'AE', view: 'export', date: '2026-02-01', compare: null, panel: 'AE' });
  assert.deepEqual(await mapState(page, 'map-a'), A_STEPS[4][1], 'story B left map A alone');
  assert.deepEqual((await activeStep(page)).sort(), ['a4', 'b2'], 'each story has its own active step');

  // A CMS renders one more step late (attribute form, on a plain element).
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'b3';
    p.className = 'step';
    p.dataset.h200Step = '';
    p.dataset.for = 'map-b';
    p.dataset.date = '2026-07-15';
    p.dataset.country = 'ae';
    p.dataset.view = 'import';
    p.textContent = 'B3 : ajouté plus tard.';
    document.getElementById('steps-b').append(p);
  });
  await reach(page, '#b3');
  await expectMap(page, 'map-b', { country: 'AE', view: 'import', date: '2026-07-15', compare: null, panel: 'AE' }, 'a step added later');
  // ... and removes it while it is the active step: the previous step takes over.
  await page.evaluate(() => document.getElementById('b3').remove());
  await expectMap(page, 'map-b', { country: 'AE', view: 'export', date: '2026-02-01' }, 'the active step removed');
  assert.deepEqual(log.errors, []);
  await close();
});

test("the reader's own choices work between steps; the next step takes over, date included", async () => {
  const { page, log, close } = await open(`${server.url}/pages/story.html?csp=strict`, DESKTOP);
  await waitForMap(page, 0);
  await reach(page, '#a2');
  await expectMap(page, 'map-a', A_STEPS[1][1]);
  await clickCountry(page, 'FR', 0);
  await expectMap(page, 'map-a', { country: 'FR', panel: 'FR' }, 'the click opens France');
  // The date slider is not reflected on the element: only the step can bring it back.
  await page.evaluate(() => document.getElementById('map-a').shadowRoot.querySelector('[role="slider"]').focus({ preventScroll: true }));
  await page.keyboard.press('Home');
  await expectMap(page, 'map-a', { date: '2022-10-07' }, 'the reader moved the date');
  await page.evaluate(() => document.getElementById('map-a').shadowRoot.querySelector('button[data-view="export"]').click());
  await expectMap(page, 'map-a', { view: 'export', date: '2022-10-07', country: 'FR' });
  // The next step has the same date attribute as this one: the date comes back all the same.
  await reach(page, '#a2b');
  await expectMap(page, 'map-a', A_STEPS[2][1], 'the next step takes over, date included');
  await reach(page, '#a2b', -40);
  await expectMap(page, 'map-a', A_STEPS[1][1], 'back: the step as written, not the reader\'s choices');
  assert.deepEqual(log.errors, []);
  await close();
});

test('attributes set by the page: removing `compare` returns to the `date` attribute (today without one)', async () => {
  const { page, log, close } = await open(`${server.url}/pages/story.html?csp=strict`, DESKTOP);
  await waitForMap(page, 0);
  const today = await localToday(page);
  await page.evaluate(() => document.getElementById('map-a').setAttribute('compare', '2025-06-01..2026-02-01'));
  await expectMap(page, 'map-a', { date: '2026-02-01', compare: '2025-06-01..2026-02-01' });
  await page.evaluate(() => document.getElementById('map-a').removeAttribute('compare'));
  await expectMap(page, 'map-a', { date: today, compare: null }, 'out of compare mode: today, not date B');
  await page.evaluate(() => {
    const m = document.getElementById('map-a');
    m.setAttribute('date', '2026-01-14');
    m.setAttribute('compare', '2025-06-01..2026-02-01');
  });
  await expectMap(page, 'map-a', { date: '2026-02-01' });
  await page.evaluate(() => document.getElementById('map-a').removeAttribute('compare'));
  await expectMap(page, 'map-a', { date: '2026-01-14', compare: null }, 'out of compare mode: the date attribute');
  assert.deepEqual(log.errors, []);
  await close();
});

test('step changes are announced; colour transitions follow prefers-reduced-motion', async () => {
  const durations = {};
  for (const motion of ['reduce', 'no-preference']) {
    const { page, close } = await open(`${server.url}/demo/?csp=strict`, DESKTOP, { reducedMotion: motion });
    await waitForMap(page, 0);
    await reach(page, 'h200-map-step:nth-of-type(2)');
    await expectMap(page, 'carte-h200', { country: 'CN', view: 'import', date: '2026-01-14' });
    const live = await page.evaluate(() => document.getElementById('carte-h200').shadowRoot.querySelector('[aria-live]').textContent);
    assert.match(live, /14 janvier 2026/, `the date is announced (${live})`);
    assert.match(live, /Chine — Importation[^:]*: Bloquée/, `and the country's status (${live})`);
    await reach(page, 'h200-map-step:nth-of-type(3)');
    await expectMap(page, 'carte-h200', { compare: '2025-12-08..2026-01-15' });
    const live2 = await page.evaluate(() => document.getElementById('carte-h200').shadowRoot.querySelector('[aria-live]').textContent);
    assert.match(live2, /Comparer deux dates\u00a0: 8 décembre 2025 → 15 janvier 2026/, `the comparison is announced (${live2})`);
    durations[motion] = await page.evaluate(() => ({
      map: getComputedStyle(document.getElementById('carte-h200').shadowRoot.querySelector('svg.map path.c')).transitionDuration,
      step: getComputedStyle(document.querySelector('h200-map-step')).transitionDuration,
    }));
    await close();
  }
  assert.deepEqual(durations.reduce, { map: '0s', step: '0s' }, 'no transition with reduced motion');
  assert.deepEqual(durations['no-preference'], { map: '0.25s', step: '0.3s' }, 'short colour transitions otherwise');
});

// The demo article's six steps, and what the article says the map shows at each: the
// panel must say it (`says`, every pattern), in compare mode the list of changes must name
// exactly the places the article names (`changes`), and no step is after the dataset's
// facts (the panel's "later changes may be missing" notice would contradict the article).
const DEMO = [
  { country: 'CN', view: 'export', date: '2025-12-08', compare: null,
    says: [/Licence, présomption de refus/] },
  { country: 'CN', view: 'import', date: '2026-01-14', compare: null,
    says: [/Bloquée/, /Rapporté/i] },
  { country: 'CN', view: 'export', date: '2026-01-15', compare: '2025-12-08..2026-01-15',
    says: [/Licence, examen au cas par cas/, /50\u00a0%/], changes: ['CN', 'HK', 'MO'] },
  { country: 'CN', view: 'import', date: '2026-02-28', compare: null,
    says: [/Restreinte/, /Rapporté/i, /ByteDance, Alibaba et Tencent/] },
  { country: 'AE', view: 'export', date: '2026-07-15', compare: null,
    says: [/Licence requise/, /Non confirmé/i, /91 FR 43034/, /D:3 et D:4/, /A:5/,
      /sans licence pour le gouvernement émirien/, /G42 et Core42/, /5 avril 2027/] },
  { country: 'CN', view: 'import', date: '2026-08-20', compare: null,
    says: [/Restreinte/, /Rapporté/i, /10 000 H200/, /Hong Kong/] },
];
const AFTER_AS_OF = /changements ultérieurs peuvent manquer/;

/**
 * Swipes up with one finger, as a reader does, until the demo's step `nth` is active: touch
 * events through the DevTools protocol, on a point of the article outside the map (the
 * finger pauses before lifting, so there is no fling past the step).
 */
async function swipeTo(page, cdp, nth) {
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 195, y }] });
  for (let i = 0; i < 60; i++) {
    const { active, y } = await page.evaluate((n) => {
      let y = innerHeight - 40;
      while (y > innerHeight / 2 && document.elementFromPoint(195, y)?.closest('h200-map')) y -= 20;
      return { active: document.querySelectorAll('h200-map-step')[n].getAttribute('aria-current'), y };
    }, nth);
    if (active === 'step') return;
    await touch('touchStart', y);
    for (let k = 1; k <= 8; k++) await touch('touchMove', y - 20 * k);
    await page.waitForTimeout(120);
    await touch('touchMove', y - 160);
    await touch('touchEnd');
    await page.waitForTimeout(80);
  }
  throw new Error(`step ${nth + 1} never became active`);
}

for (const [name, device] of [['touch phone 390x844, swiping', PHONE], ['desktop 1280x900', DESKTOP]]) {
  test(`demo article (${name}, strict CSP): the map follows the six steps of the story`, async () => {
    const { page, context, log, close } = await open(`${server.url}/demo/?csp=strict`, device);
    await waitForMap(page, 0);
    const cdp = name.startsWith('touch') ? await context.newCDPSession(page) : null;
    for (const [i, want] of DEMO.entries()) {
      if (cdp) await swipeTo(page, cdp, i);
      else await reach(page, `h200-map-step:nth-of-type(${i + 1})`);
      const { says, changes, ...state } = want;
      await expectMap(page, 'carte-h200', { ...state, panel: want.country }, `step ${i + 1}`);
      const shown = await page.evaluate(() => {
        const root = document.getElementById('carte-h200').shadowRoot;
        return {
          panel: root.querySelector('[role="region"]').innerText,
          changes: [...root.querySelectorAll('.changes [data-change-iso]')].map((li) => li.dataset.changeIso).sort(),
        };
      });
      for (const re of says) assert.match(shown.panel, re, `step ${i + 1}: the panel says what the article says`);
      // The details are readable in the sticky box: the country's status line and the first
      // lines of its summary are in view, inside the box, not under the text or the footer
      // (a comparison step shows its list of changes first: checked below).
      if (!changes) {
        const inView = await page.evaluate(() => {
          const root = document.getElementById('carte-h200').shadowRoot;
          const box = document.querySelector('.story-map').getBoundingClientRect();
          const scroller = root.querySelector('.slot-details').getBoundingClientRect();
          const bottom = Math.min(box.bottom, scroller.bottom, innerHeight);
          const status = root.querySelector('[role="region"] .axis .status').getBoundingClientRect();
          const summary = root.querySelector('[role="region"] .axis .summary')?.getBoundingClientRect();
          const foot = root.querySelector('.foot');
          const footTop = foot && getComputedStyle(foot).display !== 'none' ? foot.getBoundingClientRect().top : Infinity;
          return { status: status.top >= box.top && status.bottom <= bottom, summary: !summary || summary.top + 40 <= bottom,
            overlap: footTop < scroller.bottom - 1, bottom, statusBottom: status.bottom };
        });
        assert.ok(inView.status, `step ${i + 1}: the status line is in view (${inView.statusBottom} <= ${inView.bottom})`);
        assert.ok(inView.summary, `step ${i + 1}: two lines of the summary are in view`);
        assert.ok(!inView.overlap, `step ${i + 1}: nothing draws over the details`);
      }
      assert.doesNotMatch(shown.panel, AFTER_AS_OF, `step ${i + 1}: within the dataset's facts`);
      if (changes) assert.deepEqual(shown.changes, changes, `step ${i + 1}: the changes the article names`);
      if (i === 2) {
        await page.screenshot({ path: path.join(OUT, cdp ? 'demo-story-phone.png' : 'demo-story-desktop.png') });
        // The comparison step: its list of changes is in view in the map's box (on a phone,
        // half a screen), and every change can be scrolled to.
        const seen = await page.evaluate(() => {
          const root = document.getElementById('carte-h200').shadowRoot;
          const box = document.querySelector('.story-map').getBoundingClientRect();
          const items = [...root.querySelectorAll('.changes li.change')];
          const shown = (el) => { const r = el.getBoundingClientRect(); return r.top >= box.top && r.top + 16 <= Math.min(box.bottom, innerHeight); };
          const first = shown(items[0]);
          items[items.length - 1].scrollIntoView({ block: 'nearest' });
          const last = shown(items[items.length - 1]);
          items[0].scrollIntoView({ block: 'nearest' });
          return { first, last, n: items.length };
        });
        assert.ok(seen.first, 'the first change is in view');
        assert.ok(seen.last, `the last of the ${seen.n} changes can be scrolled into view`);
      }
    }
    const layout = await page.evaluate(() => {
      const box = document.querySelector('.story-map').getBoundingClientRect();
      const svg = document.getElementById('carte-h200').shadowRoot.querySelector('svg.map').getBoundingClientRect();
      return { top: box.top, height: box.height, width: box.width, svgTop: svg.top, svgBottom: svg.bottom, vh: innerHeight, vw: innerWidth, doc: document.documentElement.scrollWidth };
    });
    assert.ok(layout.doc <= layout.vw, `no horizontal scroll (${layout.doc}px)`);
    assert.ok(Math.abs(layout.top) < 1, `the map sticks to the top (${layout.top})`);
    if (cdp) {
      assert.ok(layout.height <= 0.61 * layout.vh, `on the phone the map takes at most 60% of the screen (${layout.height}px)`);
      assert.ok(layout.svgTop >= 0 && layout.svgBottom <= layout.height, `the map drawing is in view (${layout.svgTop}..${layout.svgBottom})`);
    } else {
      assert.ok(layout.width < 0.65 * layout.vw, `on the desktop the map is beside the text (${layout.width}px)`);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(await page.evaluate(() => window.__scrollListeners), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings.filter((w) => w.startsWith('<h200-map')), []);
    await close();
  });
}

test('demo article without JavaScript: the fallback text and the link to the table', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/demo/?csp=strict`);
  const fallback = await page.evaluate(() => {
    const a = document.querySelector('h200-map a');
    const r = a.getBoundingClientRect();
    return { href: a.href, visible: r.width > 0 && r.height > 0, text: document.querySelector('h200-map').innerText, steps: document.querySelectorAll('h200-map-step').length };
  });
  assert.equal(fallback.href, `${server.url}/table.fr.html`);
  assert.ok(fallback.visible, 'the link is visible');
  assert.match(fallback.text, /Sans JavaScript/);
  assert.equal(fallback.steps, 6, 'the story text is all there');
  await context.close();
});

test("demo article: the date up to which it says the map's facts are checked is the dataset's as_of", async () => {
  const { as_of: asOf } = JSON.parse(fs.readFileSync(path.join(DIST, 'h200-map.manifest.json'), 'utf8'));
  assert.match(asOf, /^\d{4}-\d{2}-\d{2}$/, 'the built manifest has the as_of date');
  const html = fs.readFileSync(path.join(DIST, 'demo', 'index.html'), 'utf8');
  const stamp = /Les faits de la carte sont vérifiés jusqu'au\s+<time class="as-of" datetime="([\d-]+)">([^<]+)<\/time>/.exec(html);
  assert.ok(stamp, 'the article says up to when the facts are checked');
  assert.equal(stamp[1], asOf, 'the date the article gives is the dataset\'s as_of');
  const [y, m, d] = asOf.split('-').map(Number);
  const month = new Intl.DateTimeFormat('fr', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  assert.equal(stamp[2], `${d === 1 ? '1er' : d} ${month} ${y}`, 'and writes it in words');
});

test('demo article (phone): after the story, the whole map with every tool the sticky box leaves out', async () => {
  const { page, log, close } = await open(`${server.url}/demo/?csp=strict`, PHONE);
  await page.locator('#carte-explorer').scrollIntoViewIfNeeded();
  await waitForMap(page, 1);
  const tools = await page.evaluate(() => {
    const root = document.getElementById('carte-explorer').shadowRoot;
    const shown = (sel) => { const el = root.querySelector(sel); return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0; };
    return { search: shown('.controls .search'), toolbar: shown('.toolbar'), corrections: shown('.corrections'), foot: shown('.foot'),
      step: document.getElementById('carte-explorer').getAttribute('country') };
  });
  assert.deepEqual(tools, { search: true, toolbar: true, corrections: true, foot: true, step: null },
    'search, tools, footer and corrections log; no story step drives it');
  await page.locator('#carte-explorer').screenshot({ path: path.join(OUT, 'demo-explore-phone.png') });
  assert.deepEqual(log.errors, []);
  await close();
});
