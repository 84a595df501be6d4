// h200-map stories: elements of the article drive a map as the reader scrolls. Loaded by
// h200-map.js (same folder) only when the page has a step; no global name beyond the
// <h200-map-step> element. README "Tell a story with steps" documents this contract.
//
//   <h200-map id="carte" lang="fr" country="CN" view="import"></h200-map>
//   <h200-map-step for="carte" date="2026-01-15" country="CN" view="export">text</h200-map-step>
//   <p data-h200-step data-for="carte" data-date="2026-01-14" data-view="import">text</p>
//
// The second form, attributes prefixed with data- on any element, is for CMSs that strip
// unknown tags. Values: country (ISO 3166-1 alpha-2 of a place on the map), view (export or
// import), date (YYYY-MM-DD), compare (YYYY-MM-DD..YYYY-MM-DD), as on <h200-map>.
//
// - A step's state is the map's authored attributes (as the page wrote them, before any
//   reader action; the loader records them when the map connects) with the step's own on
//   top: an absent attribute keeps the authored value, an empty one clears it (country=""
//   closes the details, date="" is today, compare="" leaves compare mode).
// - A story is every step naming one map (`for` = the map's id; no `for`: the first
//   <h200-map> of the page). Its active step is the last one, in document order, whose top
//   edge is above the middle of the viewport. When the active step changes, the map takes
//   its state in one update: country, view, date and comparison all at once, even those
//   the reader changed in between (H200Map#_take). Above the first step the map goes back
//   to its authored state; a page opened above the story keeps what the map shows (its
//   attributes, or a deep link). Zoom and the map/table choice stay the reader's.
// - The active step gets aria-current="step" (a hook for the page's CSS).
// - A step with a junk value, or naming no <h200-map>, warns once on the console
//   ("<h200-map-step>: ...") and changes nothing.
// - One IntersectionObserver watches every step (no scroll listener); one MutationObserver
//   on the document picks up [data-h200-step] elements added or removed later
//   (<h200-map-step> elements register themselves).
//
// The build (scripts/embed-dist.mjs) writes the map's ISO codes into the marked line, so a
// step's country is checked without the WebAssembly module (unbuilt: any two letters).

const CODES = ''; // @build:codes

const STEP_TAG = 'h200-map-step';
const STEP_ATTR = 'data-h200-step';
const STEP_KEYS = ['country', 'view', 'date', 'compare'];
/**
 * The observed region runs from far above the page down to the viewport's middle line (the
 * bottom margin cuts the lower half): a step intersects it exactly when its top edge is
 * above the middle. So the observer reports every crossing of the middle line, in both
 * directions and however fast the reader jumps (End key, a link to a heading): a thin band
 * at the middle would miss the steps a jump skips over.
 */
const STEP_ROOT_MARGIN = '100000px 100000px -50% 100000px';
const MAP_CODES = new Set(CODES.split(' ').filter(Boolean));
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const stories = new Map(); // story key (the steps' `for`, '' for the first map) -> story
const storyOf = new WeakMap(); // step element -> its story key
const warned = new WeakMap(); // step element -> messages already printed
let stepObserver = null;

/** Prints `message` about `step` once (a step re-checked on each visit warns only once). */
function warnStep(step, message) {
  let seen = warned.get(step);
  if (!seen) warned.set(step, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${STEP_TAG}>: ${message}`, step);
}

/** A step attribute: `name` (or `data-name`) on <h200-map-step>, `data-name` elsewhere. */
function stepAttr(step, name) {
  if (step.localName === STEP_TAG && step.hasAttribute(name)) return step.getAttribute(name);
  return step.getAttribute(`data-${name}`);
}

/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text) {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Each step value's check: null when fine, else what is wrong. */
const STEP_CHECKS = {
  country: (v) => (/^[A-Za-z]{2}$/.test(v) && (MAP_CODES.size === 0 || MAP_CODES.has(v.toUpperCase()))
    ? null : `country ${JSON.stringify(v)} is not the ISO 3166-1 alpha-2 code of a place on the map`),
  view: (v) => (v === 'export' || v === 'import' ? null : `view ${JSON.stringify(v)} is not "export" or "import"`),
  date: (v) => (isDay(v) ? null : `date ${JSON.stringify(v)} is not a day written YYYY-MM-DD`),
  compare: (v) => {
    const parts = v.split('..');
    return parts.length === 2 && isDay(parts[0].trim()) && isDay(parts[1].trim())
      ? null : `compare ${JSON.stringify(v)} is not YYYY-MM-DD..YYYY-MM-DD`;
  },
};

/**
 * The step's own values: {key: undefined (absent: the map's authored value), '' (empty:
 * none) or the value}, or null, after one warning, when a value is junk.
 */
function stepValues(step) {
  const values = {};
  for (const k of STEP_KEYS) {
    const raw = stepAttr(step, k);
    const v = raw === null ? undefined : raw.trim();
    const problem = v ? STEP_CHECKS[k](v) : null;
    if (problem) {
      warnStep(step, `${problem}; this step is ignored`);
      return null;
    }
    values[k] = k === 'country' && v ? v.toUpperCase() : v;
  }
  return values;
}

/** The map a step drives: <h200-map id=FOR>, else the first <h200-map>; null (warned) if none. */
function stepTarget(step) {
  const id = (stepAttr(step, 'for') || '').trim();
  const map = id ? document.getElementById(id) : document.querySelector('h200-map');
  if (map && map.localName === 'h200-map') return map;
  warnStep(step, `${id ? `no <h200-map id="${id}">` : 'no <h200-map>'} on the page; this step is ignored`);
  return null;
}

/** The state a map takes for a step's values (null: back to the authored state). */
function stepState(map, values) {
  const authored = map._authored || {}; // set by the loader when the map connects
  const state = {};
  for (const k of STEP_KEYS) {
    const v = values ? values[k] : undefined;
    state[k] = v === undefined ? (authored[k] ?? null) : v || null;
  }
  return state;
}

/** The last element of `set` in document order, or null. */
function lastInDocument(set) {
  let last = null;
  for (const el of set) {
    if (!last || last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) last = el;
  }
  return last;
}

/**
 * Recomputes a story's active step: the last reached step with good values (a junk step is
 * skipped, so passing it changes nothing and going back from the step after it gives the
 * step before it). When it changed, the map takes its state and the step gets
 * aria-current="step"; none reached: the map's authored state.
 */
function settleStory(story) {
  const next = lastInDocument([...story.reached].filter((step) => stepValues(step) !== null));
  if (next === story.active) return;
  const opening = story.active === undefined;
  if (story.active) story.active.removeAttribute('aria-current');
  story.active = next;
  // Opened above the story: the map keeps what it shows (its attributes, or a deep link).
  if (opening && !next) return;
  const map = next ? stepTarget(next) : story.map;
  if (!map || !map.isConnected) return;
  story.map = map;
  map._take(stepState(map, next && stepValues(next)));
  if (next) next.setAttribute('aria-current', 'step');
}

function onStepsCrossing(entries) {
  const touched = new Set();
  for (const e of entries) {
    const story = stories.get(storyOf.get(e.target));
    if (!story) continue;
    if (e.isIntersecting) story.reached.add(e.target);
    else story.reached.delete(e.target);
    touched.add(story);
  }
  for (const story of touched) settleStory(story);
}

function addStep(step) {
  if (storyOf.has(step) || !step.isConnected || !('IntersectionObserver' in window)) return;
  const key = (stepAttr(step, 'for') || '').trim();
  let story = stories.get(key);
  if (!story) stories.set(key, (story = { reached: new Set(), active: undefined, map: null }));
  storyOf.set(step, key);
  stepValues(step); // junk warns at once, not only when the reader gets there
  if (!stepObserver) stepObserver = new IntersectionObserver(onStepsCrossing, { rootMargin: STEP_ROOT_MARGIN });
  stepObserver.observe(step);
}

function removeStep(step) {
  const key = storyOf.get(step);
  if (key === undefined) return;
  storyOf.delete(step);
  stepObserver.unobserve(step);
  const story = stories.get(key);
  story.reached.delete(step);
  if (story.active === step) {
    step.removeAttribute('aria-current');
    settleStory(story);
  }
}

/** Still a step: in the document, and <h200-map-step> or [data-h200-step]. */
function isStep(el) {
  return el.isConnected && (el.localName === STEP_TAG || el.hasAttribute(STEP_ATTR));
}

/** Registers the [data-h200-step] elements in and under an added node, or drops a removed one's. */
function scanSteps(node, added) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const found = node.hasAttribute(STEP_ATTR) ? [node] : [];
  if (node.firstElementChild) found.push(...node.querySelectorAll(`[${STEP_ATTR}]`));
  for (const step of found) {
    if (added) addStep(step);
    else if (!isStep(step)) removeStep(step);
  }
}

function onDocumentMutations(records) {
  for (const r of records) {
    if (r.type === 'attributes') {
      if (isStep(r.target)) addStep(r.target);
      else removeStep(r.target);
      continue;
    }
    for (const n of r.removedNodes) scanSteps(n, false);
    for (const n of r.addedNodes) scanSteps(n, true);
  }
}

/** <h200-map-step>: registers itself while connected; a block box unless the page styles it. */
class H200MapStep extends HTMLElement {
  connectedCallback() {
    if (!this.style.display && getComputedStyle(this).display === 'inline') this.style.display = 'block';
    addStep(this);
  }

  disconnectedCallback() {
    if (!isStep(this)) removeStep(this);
  }
}

/** Starts the stories of the page (the loader calls it once, when the page has a step). */
export function start() {
  if (!customElements.get(STEP_TAG)) customElements.define(STEP_TAG, H200MapStep);
  for (const step of document.querySelectorAll(`[${STEP_ATTR}]`)) addStep(step);
  new MutationObserver(onDocumentMutations).observe(document, {
    childList: true, subtree: true, attributes: true, attributeFilter: [STEP_ATTR],
  });
}

