// The embed "done" check in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver),
// through W3C WebDriver (tests/e2e/embed-lib.mjs): a host page with hostile CSS, a strict
// CSP and three maps renders all three, one .wasm request, the host page's own elements
// unchanged; the same page with WebAssembly blocked shows the message and the links; story
// steps drive their map (tests/e2e/pages/story.html).
// Chromium runs the same checks and more in embed-chromium.test.mjs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OUT } from './harness.mjs';
import { serveEmbed, ENGINES, missing } from './embed-lib.mjs';

const MAPS_DRAWN = (i) => {
  const el = document.querySelectorAll('h200-map')[i];
  el.scrollIntoView({ block: 'center' });
  return !!(el.shadowRoot && el.shadowRoot.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length > 200 && el.shadowRoot.querySelector('[role="region"]'));
};

const REPORT = () => {
  const maps = [...document.querySelectorAll('h200-map')];
  const root = maps[1].shadowRoot;
  const cs = (el) => getComputedStyle(el);
  const title = root.querySelector('.title, h2');
  return {
    panels: maps.map((m) => m.shadowRoot.querySelector('[role="region"]').getAttribute('data-iso')),
    views: maps.map((m) => m.shadowRoot.querySelector('button[data-view][aria-pressed="true"]').dataset.view),
    langs: maps.map((m) => m.shadowRoot.querySelector('.h2m').getAttribute('lang')),
    adopted: maps.map((m) => (m.shadowRoot.adoptedStyleSheets || []).length),
    styles: maps.map((m) => m.shadowRoot.querySelectorAll('style').length),
    fill: cs(root.querySelector('svg path[data-iso="FR"]')).fill,
    transform: cs(title).textTransform,
    fontSize: cs(title).fontSize,
    region: cs(root.querySelector('[role="region"]')).display,
    hostDisplay: cs(maps[1]).display,
    logo: cs(document.querySelector('#logo-path')).fill,
    before: window.__probe.before,
    after: window.__probe.snapshot(),
    globals: window.__probe.newGlobals(),
    violations: window.__probe.violations,
    errors: window.__probe.errors,
    wasmEntries: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length,
    origins: [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).origin))],
    cookie: document.cookie,
    storage: localStorage.length + sessionStorage.length,
    cls: window.__probe.cls ? window.__probe.shifts.reduce((a, s) => a + s.value, 0) : null,
  };
};

for (const engine of ['firefox', 'webkit']) {
  const why = missing(engine);
  describe(`${engine} (WebDriver)`, { skip: why ? `${engine} cannot run here: ${why}` : false }, () => {
    let server, wd, styleAttr = null;
    before(async () => {
      server = await serveEmbed();
      fs.mkdirSync(OUT, { recursive: true });
      wd = await ENGINES[engine].start();
      await wd.setWindow(1100, 1000).catch(() => {});
    });
    after(async () => { await wd?.quit(); await server?.close(); });

    test('hostile CSS + strict CSP + three maps render; host untouched; one wasm fetch', async () => {
      server.reset();
      await wd.go(`${server.url}/pages/hostile.html?csp=strict`);
      for (let i = 0; i < 3; i++) await wd.waitFor(MAPS_DRAWN, [i]);
      await wd.run(() => window.scrollTo(0, 0));
      const r = await wd.run(REPORT);
      const b = wd.caps || {};
      console.log(`# ${engine} ${b.browserName} ${b.browserVersion}: panels ${r.panels}, adopted sheets ${r.adopted}, ` +
        `.wasm requests ${server.count(/\.wasm$/)}, CLS ${r.cls === null ? 'n/a (no Layout Instability API)' : r.cls.toFixed(4)}`);
      assert.deepEqual(r.panels, ['CN', 'AE', 'SG']);
      assert.deepEqual(r.views, ['import', 'export', 'export']);
      assert.deepEqual(r.langs, ['fr', 'en', 'en']);
      assert.deepEqual(r.adopted, [1, 1, 1], 'constructed stylesheets');
      assert.deepEqual(r.styles, [0, 0, 0]);
      assert.notEqual(r.fill, 'rgb(255, 0, 0)');
      assert.equal(r.transform, 'none');
      assert.ok(parseFloat(r.fontSize) >= 16, r.fontSize);
      assert.equal(r.region, 'block');
      assert.equal(r.hostDisplay, 'block');
      assert.equal(r.logo, 'rgb(255, 0, 0)');
      assert.deepEqual(r.after, r.before, 'host page unchanged');
      assert.deepEqual(r.globals, []);
      assert.deepEqual(r.violations.filter((v) => v.directive !== 'style-src-attr'), []);
      styleAttr = r.violations.length; // checked by the test below
      assert.deepEqual(r.errors, []);
      assert.equal(server.count(/\.wasm$/), 1);
      assert.equal(r.wasmEntries, 1);
      assert.deepEqual(r.origins, [server.url]);
      assert.equal(r.cookie, '');
      assert.equal(r.storage, 0);
      await wd.screenshot(path.join(OUT, `embed-hostile-${engine}.png`));
    });

    test('strict CSP: no style="" attribute blocked (style-src-attr)', () => { assert.equal(styleAttr, 0, `${styleAttr} style-src-attr violations`); });

    test('iframe page: drawn, height posted and applied by resize.js', async () => {
      await wd.go(`${server.url}/pages/iframe-host.html`);
      const r = await wd.waitFor(() => {
        const f = document.querySelector('#f1');
        const m = f.contentDocument && f.contentDocument.querySelector('h200-map');
        if (!m || !m.shadowRoot || m.shadowRoot.querySelectorAll('.h2m-root:not([data-h200-snapshot]) svg [data-iso]').length < 200) return null;
        const inner = Math.ceil(m.getBoundingClientRect().height);
        const outer = f.getBoundingClientRect().height;
        const posted = window.__probe.messages.filter((x) => x.type === 'h200-map:height').map((x) => x.height);
        return Math.abs(outer - inner) <= 1 && posted.at(-1) === inner
          ? { inner, outer, panel: m.shadowRoot.querySelector('[role="region"]').getAttribute('data-iso') } : null;
      });
      console.log(`# ${engine} iframe: content ${r.inner}px, iframe ${r.outer}px`);
      assert.equal(r.panel, 'CN');
    });

    test('story steps drive their map, and scrolling back restores the previous step (story page, strict CSP)', async () => {
      await wd.go(`${server.url}/pages/story.html?csp=strict`);
      // Scrolls the step's top just above (dy > 0) or below (dy < 0) the middle line, then
      // reports map A's state once it matches `want` (null until then).
      const AT = (sel, dy, want) => {
        const step = document.querySelector(sel);
        window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + dy);
        const m = document.getElementById('map-a');
        const r = m.shadowRoot;
        const slider = r && r.querySelector('[role="slider"]');
        if (!slider) return null;
        const now = {
          country: m.getAttribute('country'),
          view: r.querySelector('button[data-view][aria-pressed="true"]').dataset.view,
          date: slider.getAttribute('data-date'),
          panel: (r.querySelector('[role="region"]') || { dataset: {} }).dataset.iso || null,
        };
        window.__storyLast = { now, current: [...document.querySelectorAll('[aria-current]')].map((e) => e.id), scrollY: window.scrollY };
        return Object.keys(want).every((k) => now[k] === want[k]) ? now : null;
      };
      const reach = async (sel, dy, want) => {
        try {
          await wd.waitFor(AT, [sel, dy, want]);
        } catch (err) {
          const last = await wd.run(() => window.__storyLast);
          throw new Error(`${sel} ${dy}: wanted ${JSON.stringify(want)}, last ${JSON.stringify(last)}`);
        }
      };
      const today = await wd.run(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      await reach('#a1', 24, { country: 'CN', view: 'export', date: '2025-12-08', panel: 'CN' });
      await reach('#a3', 24, { country: 'MO', view: 'export', date: '2026-01-15', panel: 'MO' });
      await wd.screenshot(path.join(OUT, `story-${engine}.png`));
      await reach('#a3', -40, { country: 'HK', view: 'import', date: '2026-01-14', panel: 'HK' }); // a2b (the junk step is skipped)
      await reach('#a1', -40, { country: 'CN', view: 'import', date: today, panel: 'CN' });
      const r = await wd.run(() => ({ errors: window.__probe.errors, violations: window.__probe.violations }));
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.violations, []);
      console.log(`# ${engine}: story steps drive the map, back restores the previous step and the authored state`);
    });

    test('WebAssembly blocked by the CSP: message and links in every map; host scripts run', async () => {
      await wd.go(`${server.url}/pages/hostile.html?csp=nowasm`);
      for (let i = 0; i < 3; i++) {
        await wd.waitFor((i) => {
          const el = document.querySelectorAll('h200-map')[i];
          el.scrollIntoView({ block: 'center' });
          return !!(el.shadowRoot && el.shadowRoot.querySelector('.h2m-fail'));
        }, [i]);
      }
      await wd.run(() => window.scrollTo(0, 0));
      const t0 = await wd.run(() => Number(document.querySelector('#host-ticks').textContent));
      await new Promise((ok) => setTimeout(ok, 400));
      const r = await wd.run(() => {
        document.querySelector('#host-button').click();
        return {
          boxes: [...document.querySelectorAll('h200-map')].map((e) => {
            const box = e.shadowRoot.querySelector('.h2m-fail');
            return { reason: box.dataset.reason, links: [...box.querySelectorAll('a')].map((a) => a.getAttribute('href')),
              fallback: box.querySelector('slot').assignedElements().map((x) => x.id) };
          }),
          ticks: Number(document.querySelector('#host-ticks').textContent),
          clicks: document.querySelector('#host-clicks').textContent,
          before: window.__probe.before, after: window.__probe.snapshot(),
        };
      });
      console.log(`# ${engine} with WebAssembly blocked: reasons ${r.boxes.map((b) => b.reason)}`);
      for (const b of r.boxes) {
        assert.ok(['blocked', 'load'].includes(b.reason), b.reason);
        assert.ok(b.links.some((h) => /\/table(\.fr)?\.html$/.test(h)), String(b.links));
        assert.ok(b.links.some((h) => /\/embed\.html\?/.test(h)), String(b.links));
      }
      assert.deepEqual(r.boxes.map((b) => b.fallback), [['fallback1'], ['fallback2'], ['fallback3']]);
      assert.ok(r.ticks > t0, 'host timers run');
      assert.equal(r.clicks, '1');
      assert.deepEqual(r.after, r.before);
      await wd.screenshot(path.join(OUT, `embed-blocked-${engine}.png`));
    });
  });
}
