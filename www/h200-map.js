// h200-map loader: the one script a news page includes.
//
//   <script type="module" src="https://YOUR-HOST/h200-map/h200-map.js"></script>
//   <h200-map lang="fr" country="CN" view="import"></h200-map>
//
// Defines the <h200-map> custom element (and, on a page with story steps, <h200-map-step>)
// and nothing else global (no window names, no document styles, no storage, no request
// outside the folder this file is served from).
// The WebAssembly module is fetched and compiled once per page, lazily, when the first map
// nears the viewport; each element then mounts its own widget inside an open shadow root.
// Attributes (src/core/attrs.rs `Config`): lang (fr|en|de|es), country (ISO 3166-1
// alpha-2), view (export|import), date (YYYY-MM-DD), compare (YYYY-MM-DD..YYYY-MM-DD),
// theme (light, the default | dark | auto: applied by the widget's stylesheet, checked by
// the widget, which warns about junk values). The widget reflects country and view back
// onto the element and fires a bubbling "h200-map-change" event ({country, view}) when the
// reader changes them (never when it mounts, nor for the page's own attribute changes).
//
// Story steps (<h200-map-step>, [data-h200-step]) drive a map as the reader scrolls: their
// code is h200-map-stories.js (this folder), fetched only when the page has a step.
//
// Fallback content: children of <h200-map> (e.g. a link to table.html) show while there is
// no JavaScript; once the element upgrades they are hidden by its shadow root, and shown
// again under a readable message if the map cannot run (WebAssembly blocked by the page's
// CSP or missing, the module failing to load, a crash).
//
// Snapshot: while the WebAssembly loads, a map in the default state (no country, export
// view, no comparison, no date or the snapshot's date, no deep link in the URL) shows the
// widget's first view as the build saved it (scripts/snapshot.mjs:
// pkg/<hash>/snapshot.<lang>.html, styled by pkg/<hash>/h200-map.css, the widget's own
// stylesheet), fetched before the module, which is requested once the snapshot is painted.
// Its shapes carry the same `data-iso`; a click on one is kept and applied once the widget
// takes over (the widget then opens that country). The widget replaces it before the next
// paint, so nothing moves. The build also writes the `@build:snapshot` line below.
//
// Asset URLs resolve from this file's own URL, so the folder can be hosted anywhere. The
// build (scripts/embed-dist.mjs) rewrites the two marked lines below: ASSETS becomes the
// content-hashed folder pkg/<hash>/ (immutable, cache for a year) and AS_OF the dataset's
// "as of" date; only this file (and h200-map-stories.js) keeps a fixed name (short cache).

const ASSETS = 'pkg/'; // @build:assets
const AS_OF = ''; // @build:as_of
/**
 * What the build's snapshots are (scripts/snapshot.mjs), or null in an unbuilt tree (no
 * snapshot then; reserve() estimates): `{date, widths, export: {fr, en, de, es}, import:
 * {...}}`, `date` the day they show (the dataset's as_of, YYYY-MM-DD), and per view and
 * language the drawn height (px) of the widget's first view at each box width (px).
 */
const SNAPSHOT = null; // @build:snapshot

const BASE = new URL('.', import.meta.url);
const ATTRS = ['lang', 'country', 'view', 'date', 'compare', 'theme'];
/** A `country` worth reserving a details panel for: two letters (the widget checks the code). */
const ISO_CODE = /^\s*[A-Za-z]{2}\s*$/;
const live = new Set(); // mounted elements, to replace them all if the module dies
let wasm = null; // Promise of the initialised wasm-bindgen module, shared by all maps
let dead = null; // {reason, detail} once the module cannot be used any more
/** The widget's languages (src/core/i18n `Lang`): one snapshot each. */
const LANGS = ['fr', 'en', 'de', 'es'];
/** The positions the widget sets through the CSSOM from `data-css-*` (src/ui/cssom.rs). */
const CSS_PROPS = ['left', 'top', 'right', 'width'];
/** Map aspect: the map's height per CSS px of width (Equal Earth, the widget's view box). */
const MAP_RATIO = 0.443;
/** A map starts loading when it comes within this distance of the window (CSS px). */
const LAZY_MARGIN = 400;
let sheet = null; // Promise of the constructed stylesheet of the snapshots
const snapshots = new Map(); // lang -> Promise of the snapshot's markup

function loadWasm() {
  if (!wasm) {
    wasm = (async () => {
      if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
        throw Object.assign(new Error('WebAssembly is not available'), { h200: 'unsupported' });
      }
      const dir = new URL(ASSETS, BASE);
      let mod;
      try {
        mod = await import(new URL('h200-map.js', dir).href);
      } catch (err) {
        throw Object.assign(err instanceof Error ? err : new Error(String(err)), { h200: 'load' });
      }
      await mod.default({ module_or_path: new URL('h200-map_bg.wasm', dir) });
      mod.on_panic((message) => die('panic', message));
      return mod;
    })();
  }
  return wasm;
}

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** True where a shadow root can adopt a constructed stylesheet (a strict CSP allows it). */
function canAdopt() {
  try {
    return 'adoptedStyleSheets' in ShadowRoot.prototype && typeof new CSSStyleSheet().replaceSync === 'function';
  } catch { return false; }
}

/** The snapshot of `lang` and the widget's stylesheet: `Promise<{css, html}>`, fetched once. */
function loadSnapshot(lang) {
  const dir = new URL(ASSETS, BASE);
  if (!sheet) {
    sheet = fetchText(new URL('h200-map.css', dir)).then((text) => {
      const css = new CSSStyleSheet();
      css.replaceSync(text);
      return css;
    });
  }
  if (!snapshots.has(lang)) snapshots.set(lang, fetchText(new URL(`snapshot.${lang}.html`, dir)));
  return Promise.all([sheet, snapshots.get(lang)]).then(([css, html]) => ({ css, html }));
}

/** Why the module failed, in one word: blocked (CSP), unsupported, load, panic. */
function reasonOf(err) {
  if (err && err.h200) return err.h200;
  const text = String(err && (err.message || err));
  if (/content.security|CSP|unsafe-eval|wasm-eval|not allowed|blocked|refused/i.test(text)) return 'blocked';
  if (typeof WebAssembly === 'object' && (err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError)) return 'blocked';
  if (err instanceof EvalError) return 'blocked';
  if (typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError) return 'panic';
  return 'load';
}

/** The module crashed (a Rust panic aborts the release build): every map shows the message. */
function die(reason, detail) {
  if (dead) return;
  dead = { reason, detail };
  console.error('<h200-map> stopped:', detail);
  // Called from inside the module: touch only the DOM, and not synchronously.
  queueMicrotask(() => { for (const el of [...live]) el._fail(dead.reason, dead.detail); });
}

/** The widget's language: `lang`, else the page's, else English (core::attrs::resolve_lang). */
function uiLang(el) {
  const pick = (tag) => {
    const primary = (tag || '').split(/[-_]/)[0].trim().toLowerCase();
    return LANGS.includes(primary) ? primary : null;
  };
  return pick(el.getAttribute('lang')) || pick(document.documentElement.lang) || 'en';
}

/**
 * True when the element asks for the widget's default first view, the one its snapshot
 * shows: no `country` or `compare`, the export view, no `date` or the snapshot's, and no
 * deep link in the URL (which could set any of them).
 */
function isDefault(el) {
  const view = (el.getAttribute('view') || '').trim();
  const date = (el.getAttribute('date') || '').trim();
  return !el.getAttribute('country') && (date === '' || date === SNAPSHOT.date) && !el.getAttribute('compare') &&
    (view === '' || view === 'export') && !location.hash.includes('h200-map');
}

function langOf(el) {
  const tag = (el.getAttribute('lang') || document.documentElement.lang || '').toLowerCase();
  return tag.startsWith('fr') ? 'fr' : 'en';
}

/** Links to the iframe page (same attributes) and to the static table. */
function links(el) {
  const lang = langOf(el);
  const frame = new URL('embed.html', BASE);
  for (const a of ATTRS) {
    const v = el.getAttribute(a);
    if (v) frame.searchParams.set(a, v);
  }
  const table = new URL(lang === 'fr' ? 'table.fr.html' : 'table.html', BASE);
  return { lang, frame: frame.href, table: table.href };
}

const TEXT = {
  en: {
    blocked: 'The interactive H200 map cannot run on this page: its security settings block WebAssembly.',
    unsupported: 'The interactive H200 map needs WebAssembly, which this browser does not offer.',
    load: 'The interactive H200 map could not be loaded.',
    panic: 'The interactive H200 map stopped after an internal error.',
    data: 'The map\'s data failed its checks.',
    table: 'Status by country (table)',
    frame: 'Open the interactive map on its own page',
    asOf: 'as of',
    loading: 'Loading the H200 map…',
  },
  fr: {
    blocked: 'La carte interactive H200 ne peut pas fonctionner sur cette page : ses réglages de sécurité bloquent WebAssembly.',
    unsupported: 'La carte interactive H200 a besoin de WebAssembly, que ce navigateur ne propose pas.',
    load: 'La carte interactive H200 n\'a pas pu être chargée.',
    panic: 'La carte interactive H200 s\'est arrêtée après une erreur interne.',
    data: 'Les données de la carte n\'ont pas passé les contrôles.',
    table: 'Statut pays par pays (tableau)',
    frame: 'Ouvrir la carte interactive dans sa propre page',
    asOf: 'au',
    loading: 'Chargement de la carte H200…',
  },
};

/** `YYYY-MM-DD` in words: "30 November 2026", "1er décembre 2026" (else as written). */
function longDate(iso, lang) {
  try {
    const text = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${iso}T00:00:00Z`));
    return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
  } catch { return iso; }
}

/** A paragraph of links (iframe page, table), built with DOM calls: no HTML parsing. */
function linkList(el, withFrame) {
  const { lang, frame, table } = links(el);
  const t = TEXT[lang];
  const p = document.createElement('p');
  p.style.cssText = 'margin:8px 0 0;display:flex;flex-wrap:wrap;gap:4px 16px';
  const add = (href, text) => {
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = text;
    a.style.cssText = 'color:#0b57d0;text-decoration:underline;display:inline-block;padding:6px 0';
    p.append(a);
  };
  add(table, AS_OF ? `${t.table}, ${t.asOf} ${longDate(AS_OF, lang)}` : t.table);
  if (withFrame) add(frame, t.frame);
  p.className = 'h2m-links';
  return p;
}

/**
 * Height to reserve before the map draws (px), so the page does not shift when it does.
 * The build measures the first view's drawn height at box widths from 280 to 1400 px per
 * view and language (scripts/snapshot.mjs, the `@build:snapshot` line; see `measured`).
 * Without those measurements (an unbuilt tree), an estimate from the widget's layout
 * (README "Loading without layout shift"): the map is 0.443 × width; title, controls,
 * legend, timeline, tools and footer take a band that grows as lines wrap on narrow boxes
 * (French wraps more). Bands: [box width below (px),
 * band (px)], measured on 2026-12-02 at 16 box widths from 284 to 760 px (the default
 * English map and the French import map; re-measure when the widget's chrome changes: the
 * e2e test "the loader's own reservation tracks the widget's height" fails when they drift
 * by more than 15 %). The numbers slightly over-estimate, and the reservation stays as a
 * floor (min-height) until the reader first touches the map, so the box never shrinks on
 * its own. A preselected country adds a details panel whose height depends on the country:
 * the reservation counts the shortest panel at that width, so the box can only grow, and
 * a growth below the bottom of the window moves nothing the reader sees. No panel for a
 * `country` that is not two letters (junk: the widget ignores it); one that is two letters
 * but names no place on the map loses its panel height when the module knows (_mount).
 */
function reserve(el, panelAllowed = true) {
  const w = el.getBoundingClientRect().width || 600;
  const panel = panelAllowed && ISO_CODE.test(el.getAttribute('country') || '') ? 320 + 200000 / Math.max(w, 280) : 0;
  const drawn = measured(el, w);
  if (drawn) return Math.ceil(drawn + panel);
  const fr = langOf(el) === 'fr';
  const bands = fr
    ? [[300, 1125], [330, 1025], [360, 990], [390, 930], [420, 890], [480, 820], [600, 800], [Infinity, 590]]
    : [[300, 1090], [330, 1000], [360, 950], [390, 905], [420, 885], [480, 800], [540, 765], [600, 640], [Infinity, 615]];
  const chrome = bands.find(([max]) => w < max)[1];
  return Math.ceil(MAP_RATIO * w + chrome + panel);
}

/**
 * The build's measured height of the first view (without a details panel) at width `w`
 * (px), or 0 without measurements. Between two measured widths a and b it takes h(a) plus
 * the map's growth from a to w: the text above and below the map only wraps less as the box
 * widens, so this never falls short of the drawn height (measured with the build's fonts).
 */
function measured(el, w) {
  const view = (el.getAttribute('view') || '').trim() === 'import' ? 'import' : 'export';
  const rows = SNAPSHOT && SNAPSHOT[view] && SNAPSHOT[view][uiLang(el)];
  if (!rows) return 0;
  const { widths } = SNAPSHOT;
  let i = widths.length - 1;
  while (i > 0 && widths[i] > w) i -= 1;
  return rows[i] + MAP_RATIO * Math.max(0, w - widths[i]);
}

class H200Map extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  config() {
    const c = {};
    for (const a of ATTRS) c[a] = this.getAttribute(a);
    c.step = this._step || 0; // a new value makes the widget apply every attribute (_take)
    return c;
  }

  connectedCallback() {
    // The authored state, before the widget reflects anything: story steps start from it.
    if (!this._authored) this._authored = authoredState(this);
    if (this._started) return;
    this._started = true;
    // Inline styles through the CSSOM (allowed by a strict CSP); they win over the page's
    // own rules such as `* { all: unset }`, yet a host rule with !important still wins.
    if (!this.style.display) this.style.display = 'block';
    // Reserve the height, unless the page already does (README: the page's own rule
    // reserves from the first paint, before this script runs) or sizes the box itself (a
    // size container: the widget fits that box, README "The sticky map").
    const { minHeight: min, containerType } = getComputedStyle(this);
    if (!this.style.minHeight && containerType !== 'size' && (!min || min === 'auto' || parseFloat(min) === 0)) {
      this.style.minHeight = `${reserve(this)}px`;
      this._reserved = true;
    }
    if (!this.shadowRoot) {
      // Hides the light-DOM fallback content while the map loads.
      const root = this.attachShadow({ mode: 'open' });
      const wait = document.createElement('p');
      wait.textContent = TEXT[langOf(this)].loading;
      wait.setAttribute('aria-busy', 'true');
      wait.style.cssText = 'all:initial;display:block;font:14px/1.4 system-ui,sans-serif;color:#5b5b66;padding:12px 0';
      root.append(wait);
    }
    if (dead) { this._fail(dead.reason, dead.detail); return; }
    const start = () => {
      if (SNAPSHOT && isDefault(this) && canAdopt()) {
        // The snapshot first, alone on the network and the main thread; the module once it
        // is painted (or could not be: an unbuilt tree, a failed fetch).
        loadSnapshot(uiLang(this))
          .then((snap) => this._showSnapshot(snap), () => {})
          .then(() => new Promise((painted) => {
            requestAnimationFrame(() => setTimeout(painted, 0));
            setTimeout(painted, 1000); // no frames in a background tab
          }))
          .then(boot);
      } else {
        boot();
      }
    };
    const boot = () => {
      loadWasm()
        .then((mod) => this._mount(mod))
        .catch((err) => {
          const reason = reasonOf(err);
          if (!dead) console.error('<h200-map> could not start:', err);
          this._fail(reason, err);
        });
    };
    // Within 400 px of the window now (the page's layout is known: the reservation above
    // was measured): start at once rather than one frame later, when the observer reports.
    const { top, bottom } = this.getBoundingClientRect();
    if (!('IntersectionObserver' in window) || (top < innerHeight + LAZY_MARGIN && bottom > -LAZY_MARGIN)) {
      start();
    } else {
      this._io = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) { this._io.disconnect(); this._io = null; start(); }
      }, { rootMargin: `${LAZY_MARGIN}px 0px` });
      this._io.observe(this);
    }
  }

  /** Shows the snapshot ({css, html}) in the shadow root, unless the widget was faster. */
  _showSnapshot({ css, html }) {
    const root = this.shadowRoot;
    if (this._handle || dead || !this.isConnected || !root || this._snap || this.dataset.h200State === 'failed') return;
    root.adoptedStyleSheets = [css];
    root.innerHTML = html; // our own file, from the folder of the module
    root.firstElementChild.setAttribute('data-h200-snapshot', '');
    const selector = CSS_PROPS.map((p) => `[data-css-${p}]`).join(',');
    for (const node of root.querySelectorAll(selector)) {
      for (const p of CSS_PROPS) {
        const value = node.getAttribute(`data-css-${p}`);
        if (value !== null) node.style.setProperty(p, value);
      }
    }
    // A click on a country before the widget is ready: the widget opens it when it mounts.
    this._snap = (e) => {
      const shape = e.target instanceof Element && e.target.closest('svg.map [data-iso]');
      if (shape) this._early = shape.getAttribute('data-iso');
    };
    root.addEventListener('click', this._snap);
  }

  /** Replays the reader's click on the snapshot: a click (detail 0) on the same country. */
  _replay(iso) {
    let frames = 0;
    const go = () => {
      if (!this._handle || !this.shadowRoot) return;
      const shape = this.shadowRoot.querySelector(`svg.map [data-iso="${CSS.escape(iso)}"]`);
      if (shape) shape.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      else if ((frames += 1) < 60) requestAnimationFrame(go);
    };
    queueMicrotask(go);
  }

  _mount(mod) {
    if (!this.isConnected || this._handle || dead) { if (dead) this._fail(dead.reason, dead.detail); return; }
    const early = this._early;
    if (this._snap) this.shadowRoot.removeEventListener('click', this._snap);
    this._snap = null;
    this._early = null;
    try {
      // Replaces the snapshot: the widget renders before the browser paints again.
      this._handle = mod.mount(this, this.config());
    } catch (err) {
      if (typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError) die('panic', err);
      this._fail(dead ? dead.reason : 'load', err);
      return;
    }
    live.add(this);
    if (early) this._replay(early);
    if (!mod.dataset_ok()) this.shadowRoot.append(linkList(this, false));
    // A two-letter country that is no place on the map opens no panel: keep no room for it
    // (the widget warns on the console). The box only shrinks here, before anything below
    // the map was laid out against the drawn map.
    const country = this.getAttribute('country');
    if (this._reserved && country && ISO_CODE.test(country) && !mod.is_map_entity(country)) {
      this.style.minHeight = `${reserve(this, false)}px`;
    }
    // The reservation stays as a floor until the reader's first touch or key in the map:
    // a change of height right after an input is not a layout shift (hadRecentInput).
    if (this._reserved) {
      const release = () => {
        this.removeEventListener('pointerdown', release, true);
        this.removeEventListener('keydown', release, true);
        this._unreserve();
      };
      this.addEventListener('pointerdown', release, true);
      this.addEventListener('keydown', release, true);
    }
  }

  _unreserve() {
    if (this._reserved) { this.style.minHeight = ''; this._reserved = false; }
  }

  /** Replaces the box's content with a readable message, links and the fallback content. */
  _fail(reason, detail) {
    live.delete(this);
    this._handle = null; // never call into a dead module again
    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    if (this._snap) { // the snapshot's stylesheet goes with it
      root.removeEventListener('click', this._snap);
      this._snap = null;
      root.adoptedStyleSheets = [];
    }
    const t = TEXT[langOf(this)];
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'h2m-fail';
    box.dataset.reason = reason;
    box.style.cssText = 'all:initial;display:block;font:15px/1.45 system-ui,sans-serif;color:#1d1d1f;' +
      'background:#fff6f4;border:2px solid #b3402e;border-radius:8px;padding:12px 14px;margin:0';
    const msg = document.createElement('p');
    msg.style.cssText = 'margin:0;font-weight:600';
    msg.textContent = t[reason] || t.load;
    // Fallback content the page put inside <h200-map> (a table, a link) shows below.
    const slot = document.createElement('slot');
    box.append(msg, linkList(this, reason !== 'panic'), slot);
    root.replaceChildren(box);
    this._unreserve();
    this.dataset.h200State = 'failed';
    void detail;
  }

  /**
   * Takes a story step's state ({country, view, date, compare}: string, or null to remove)
   * in one update that applies every value, even an unchanged attribute: the reader may
   * have moved the date since (the widget does not reflect it).
   */
  _take(state) {
    this._batch = true;
    try {
      for (const [name, value] of Object.entries(state)) {
        if (value === null) this.removeAttribute(name);
        else this.setAttribute(name, value);
      }
    } finally {
      this._batch = false;
    }
    this._step = (this._step || 0) + 1;
    this.attributeChangedCallback();
  }

  attributeChangedCallback() {
    if (this._batch) return;
    if (this._handle) {
      try { this._handle.update(this.config()); } catch (err) { this._trap(err); }
    }
  }

  _trap(err) {
    if (typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError) die('panic', err);
    else console.error('<h200-map>:', err);
  }

  disconnectedCallback() {
    if (this._io) { this._io.disconnect(); this._io = null; this._started = false; }
    if (this._handle) {
      live.delete(this);
      try { this._handle.destroy(); } catch (err) { this._trap(err); }
      this._handle = null;
      this._started = false;
    }
  }
}

// ---- stories: h200-map-stories.js, fetched only when the page has a story step ----------

const STORY_KEYS = ['country', 'view', 'date', 'compare'];
const STEP = 'h200-map-step, [data-h200-step]';

/** The story attributes as the page wrote them (steps start from these). */
function authoredState(el) {
  const state = {};
  for (const k of STORY_KEYS) state[k] = el.getAttribute(k);
  return state;
}

function loadStories() {
  import(new URL('h200-map-stories.js', BASE).href)
    .then((mod) => mod.start())
    .catch((err) => console.error('<h200-map-step>: the story code could not load:', err));
}

/** Loads the stories module now if the page has a step, else when the first one is added. */
function watchForSteps() {
  if (document.querySelector(STEP)) { loadStories(); return; }
  const hasStep = (n) => n.nodeType === 1 && (n.matches(STEP) || n.querySelector(STEP) !== null);
  const watch = new MutationObserver((records) => {
    if (!records.some((r) => (r.type === 'attributes' ? hasStep(r.target) : [...r.addedNodes].some(hasStep)))) return;
    watch.disconnect();
    loadStories();
  });
  watch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-h200-step'] });
}

// Defined last: upgrading the page's elements runs code of both sections above.
if (!customElements.get('h200-map')) {
  customElements.define('h200-map', H200Map);
  watchForSteps(); // once per page, even if a page includes the loader twice
}
