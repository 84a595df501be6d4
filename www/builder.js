// The embed builder (builder.html): turns a journalist's choices into the snippets of the
// README (script and element, iframe, share link, story step) and shows the map at phone
// and desktop widths in two iframes of embed.html.
//
// Why iframes for the preview: embed.html is the iframe embed itself, so the preview is what
// that snippet gives, and each iframe has its own viewport, so the widget's own responsive
// rules see 390 px on the "phone" (an element in a 390 px box on a desktop page would still
// match the desktop's media queries). Each choice reloads the two iframes (the module comes
// from the browser's cache).
//
// Nothing leaves the page: no request beyond this folder's files, no cookie, no storage.
// The places (ISO codes and names of the map, with the widget's search aliases) and the
// last change day are builder-data.js, written at build time by scripts/embed-dist.mjs from
// the widget's core (examples/builder_data.rs); names in the reader's language come from
// the browser (Intl.DisplayNames), as in the widget.
//
// The country search is the widget's (src/core/search.rs, src/ui/components/search.rs and
// src/ui/hooks/use_derived.rs), ported line by line below: the same names, aliases, folding,
// ranking and Enter rule (a highlighted option or the only match; several: none, "choose
// one from the list"). tests/e2e/builder.test.mjs compares both on a list of queries.
import { PLACES as MAP_PLACES, MODEL_START, AS_OF, LAST_CHANGE_DAY } from './builder-data.js';

const TEXT = {
  en: {
    title: 'Embed builder: the H200 map',
    uiLang: 'Language of this page',
    intro: 'Choose what the map shows, check it at phone and desktop widths, then copy a snippet into your article.',
    country: 'Country or territory',
    countryHint: 'Type a name or an ISO code; leave empty for no country.',
    picked: 'Selected:',
    none: 'none',
    clear: 'Clear',
    noMatch: 'No country matches',
    severalMatch: 'Several countries match: choose one from the list.',
    countryPending: 'Choose a country from the list, or empty the field for none.',
    view: 'Map view',
    viewExport: 'US export licence',
    viewImport: 'Import into the country',
    when: 'Date',
    whenToday: 'Today (the map follows the law as it changes)',
    whenDate: 'One date',
    whenCompare: 'Compare two dates',
    date: 'Date',
    dateA: 'From',
    dateB: 'To',
    dateError: (min, max) => `Choose dates between ${min} and ${max}.`,
    mapLang: 'Language of the map',
    theme: 'Theme',
    themeAuto: 'Automatic: follows the reader\'s light or dark setting',
    themeLight: 'Light (default, like the article)',
    themeDark: 'Dark',
    mapId: 'Map id (for story steps and share links)',
    mapIdHint: 'Letters, digits, - and _; optional.',
    mapIdError: 'An id starts with a letter and has only letters, digits, - and _ (at most 40).',
    articleUrl: 'Address of your article (for the share link)',
    articleUrlHint: 'Optional; without it the link opens the map on its own page.',
    articleUrlError: 'Give an address starting with https:// or http://.',
    snippets: 'Copy into your article',
    snipElement: 'Script and element (recommended)',
    snipIframe: 'Iframe (CMSs that strip scripts, AMP)',
    snipLink: 'Share link to this view',
    snipStep: 'Story step with this view',
    snipStepHint: 'Paste after the map, once per step; the map takes the step\'s view when the reader scrolls to it.',
    stepText: 'Your text for this step.',
    copy: 'Copy',
    fieldNames: { country: 'the country', date: 'the date', id: 'the map id', url: 'the article address' },
    invalid: (fields) => `Not up to date: correct ${fields} above. Until then the snippets are withheld and the Copy buttons are disabled.`,
    withheld: '(withheld until the marked field is corrected)',
    previewStale: 'The preview still shows the last valid choices: correct the marked field above.',
    copied: (what) => `Copied: ${what}.`,
    copyFailed: 'Copying was refused by the browser: select the text and copy it.',
    previews: 'Preview',
    phone: 'Phone (390 px)',
    desktop: 'Desktop',
    phoneFrame: 'Preview of the map at phone width',
    desktopFrame: 'Preview of the map at desktop width',
  },
  fr: {
    title: 'Créer une carte H200 à intégrer',
    uiLang: 'Langue de cette page',
    intro: 'Choisissez ce que montre la carte, vérifiez-la en largeur téléphone et ordinateur, puis copiez le code dans votre article.',
    country: 'Pays ou territoire',
    countryHint: 'Tapez un nom ou un code ISO ; laissez vide pour aucun pays.',
    picked: 'Choisi :',
    none: 'aucun',
    clear: 'Effacer',
    noMatch: 'Aucun pays ne correspond',
    severalMatch: 'Plusieurs pays correspondent\u00a0: choisissez-en un dans la liste.',
    countryPending: 'Choisissez un pays dans la liste, ou videz le champ pour aucun.',
    view: 'Vue de la carte',
    viewExport: 'Licence d\'export américaine',
    viewImport: 'Importation dans le pays',
    when: 'Date',
    whenToday: 'Aujourd\'hui (la carte suit le droit quand il change)',
    whenDate: 'Une date',
    whenCompare: 'Comparer deux dates',
    date: 'Date',
    dateA: 'Du',
    dateB: 'Au',
    dateError: (min, max) => `Choisissez des dates entre le ${min} et le ${max}.`,
    mapLang: 'Langue de la carte',
    theme: 'Thème',
    themeAuto: 'Automatique\u00a0: suit le réglage clair ou sombre du lecteur',
    themeLight: 'Clair (par défaut, comme l\'article)',
    themeDark: 'Sombre',
    mapId: 'Identifiant de la carte (pour les étapes de récit et les liens)',
    mapIdHint: 'Lettres, chiffres, - et _ ; facultatif.',
    mapIdError: 'Un identifiant commence par une lettre et ne contient que lettres, chiffres, - et _ (40 au plus).',
    articleUrl: 'Adresse de votre article (pour le lien de partage)',
    articleUrlHint: 'Facultatif ; sans elle, le lien ouvre la carte dans sa propre page.',
    articleUrlError: 'Indiquez une adresse commençant par https:// ou http://.',
    snippets: 'À copier dans votre article',
    snipElement: 'Script et élément (recommandé)',
    snipIframe: 'Iframe (CMS qui retirent les scripts, AMP)',
    snipLink: 'Lien de partage vers cette vue',
    snipStep: 'Étape de récit avec cette vue',
    snipStepHint: 'À coller après la carte, une fois par étape ; la carte prend la vue de l\'étape quand le lecteur y arrive.',
    stepText: 'Votre texte pour cette étape.',
    copy: 'Copier',
    fieldNames: { country: 'le pays', date: 'la date', id: 'l\'identifiant', url: 'l\'adresse de l\'article' },
    invalid: (fields) => `Pas à jour\u00a0: corrigez ${fields} ci-dessus. D\'ici là, les codes ne sont pas donnés et les boutons Copier sont désactivés.`,
    withheld: '(non donné tant que le champ signalé n\'est pas corrigé)',
    previewStale: 'L\'aperçu montre encore les derniers choix valides\u00a0: corrigez le champ signalé ci-dessus.',
    copied: (what) => `Copié : ${what}.`,
    copyFailed: 'Le navigateur a refusé la copie : sélectionnez le texte et copiez-le.',
    previews: 'Aperçu',
    phone: 'Téléphone (390 px)',
    desktop: 'Ordinateur',
    phoneFrame: 'Aperçu de la carte en largeur téléphone',
    desktopFrame: 'Aperçu de la carte en largeur ordinateur',
  },
};

/** What the fallback link inside the element says, and where it goes, per map language. */
const TABLE = {
  fr: ['table.fr.html', 'Statut de la puce H200 pays par pays (tableau)'],
  en: ['table.html', 'Where can the NVIDIA H200 go? Status by country (table)'],
};
/** The iframe's accessible name, per map language. */
const FRAME_TITLE = {
  fr: 'Carte : où la puce NVIDIA H200 peut-elle légalement aller ?',
  en: 'Map: where can the NVIDIA H200 legally go?',
};
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const MAX_MATCHES = 8;
const PREVIEW_DELAY_MS = 250;
const BLUR_CLOSE_MS = 150;

const $ = (id) => document.getElementById(id);
const BASE = new URL('./', location.href).href; // the folder this builder is served from
const TODAY = new Date().toISOString().slice(0, 10);
/** The widget's last day (core::scheduled::slider_end): the last change day after today
 *  (e.g. 2027-04-06, a change already scheduled), else today. */
const MAX_DAY = [MODEL_START, TODAY, LAST_CHANGE_DAY].reduce((a, b) => (a > b ? a : b));

let ui = pickUiLang();
let country = null; // ISO code or null

function pickUiLang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'fr' || asked === 'en') return asked;
  return (navigator.language || '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// ---- text and names -----------------------------------------------------------------------

// ---- the widget's search, ported (src/core/search.rs) --------------------------------------

/** search::UNICODE_PUNCTUATION: typographic apostrophes, quotes, dashes, dots, no-break spaces. */
const UNICODE_PUNCTUATION = new Set('\u2018\u2019\u201B\u2032\u00B4\u02BC\u00AB\u00BB\u201C\u201D\u2010\u2011\u2012\u2013\u2014\u00B7\u2026\u00A0\u202F\u2009');

/** search::fold_ascii: ASCII lower case; ASCII punctuation and UNICODE_PUNCTUATION as one
 *  space; "œ", "æ" spelt out; other characters kept; trimmed. */
function foldAscii(text) {
  let out = '';
  const push = (c) => { if (c !== ' ') out += c; else if (out && !out.endsWith(' ')) out += ' '; };
  for (const c of text) {
    if (c === 'œ' || c === 'Œ') { push('o'); push('e'); }
    else if (c === 'æ' || c === 'Æ') { push('a'); push('e'); }
    else if (/^[A-Za-z0-9]$/.test(c)) push(c.toLowerCase());
    else if (c.charCodeAt(0) < 128 || UNICODE_PUNCTUATION.has(c)) push(' ');
    else push(c);
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** ui::intl::fold: lower case, Unicode decomposition, combining marks U+0300–U+036F removed,
 *  then foldAscii. "Côte d’Ivoire" -> "cote d ivoire". */
function fold(text) {
  return foldAscii(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** search::canonical: every "saint" word written "st". */
const SAINT_WORDS = new Set(['saint', 'sainte', 'st', 'ste']);
const canonical = (folded) => folded.split(' ').map((w) => (SAINT_WORDS.has(w) ? 'st' : w)).join(' ');

/** search::rank: 0 exact, 1 starts with, 2 a word starts with, 3 anywhere; -1 no match. */
function rank(name, q) {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(' ').some((w) => w.startsWith(q))) return 2;
  return name.includes(q) ? 3 : -1;
}

/** search::enter_pick: the highlighted option, else the only match, else the one the
 *  query names exactly (`exact`, from exactIndex), else none (-1). */
function enterPick(count, active, exact) {
  if (active >= 0 && active < count) return active;
  if (count === 1) return 0;
  return exact >= 0 && exact < count ? exact : -1;
}

function displayNames(lang) {
  try { return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }); } catch { return null; }
}

/** A place's name in `lang` (ui::intl::CountryNames::name): the browser's, else the map's. */
function nameIn(dn, iso, fallback) {
  let n;
  try { n = dn && dn.of(iso); } catch { n = null; }
  return n && n !== iso ? n : fallback;
}

/** Every place of the map: {iso, names: {fr, en}, map (its name on the map), aliases}. */
const PLACES = (() => {
  const fr = displayNames('fr');
  const en = displayNames('en');
  return MAP_PLACES.map(([iso, name, aliases]) => ({ iso, map: name, aliases, names: { fr: nameIn(fr, iso, name), en: nameIn(en, iso, name) } }));
})();
const BY_ISO = new Map(PLACES.map((p) => [p.iso, p]));

/** search::Entry::new(...).with_other_names(...) as ui::hooks::use_derived builds it: the
 *  folded names in the display language, French and English, the aliases, each with its
 *  canonical form (the first `exact` names: full names a reader may type exactly); then the
 *  map's own label ("Congo" is either Congo to a reader: found, never picked as exact). */
function entryNames(p, lang) {
  const names = [];
  const add = (list) => {
    for (const name of list) for (const n of [name, canonical(name)]) if (n && !names.includes(n)) names.push(n);
  };
  add([p.names[lang], p.names.fr, p.names.en].map(fold).concat(p.aliases.map(foldAscii)));
  const exact = names.length;
  add([fold(p.map)]);
  return { names, exact };
}

/** search::exact_index: among `places` (matches' result, in order), the one the query
 *  names exactly (ISO code, a full name or alias, or their canonical form); -1 when none
 *  does or several do ("Etats-Unis" is the United States; "Congo" is none). */
function exactIndex(places, query) {
  const q = fold(query);
  const cq = canonical(q);
  const byIso = new Map(entriesFor(ui).map((e) => [e.place.iso, e]));
  const hits = places.map((p, i) => [i, byIso.get(p.iso)]).filter(([, e]) => e.place.iso.toLowerCase() === q
    || e.names.slice(0, e.exact).some((n) => n === q || n === cq));
  return hits.length === 1 ? hits[0][0] : -1;
}

/** The search entries of UI language `lang`, in its alphabetical order (ties by code). */
const entriesFor = (() => {
  const cache = {};
  return (lang) => {
    if (!cache[lang]) {
      const collator = new Intl.Collator(lang);
      cache[lang] = [...PLACES]
        .sort((a, b) => collator.compare(a.names[lang], b.names[lang]) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0))
        .map((p) => ({ place: p, ...entryNames(p, lang) }));
    }
    return cache[lang];
  };
})();

/** search::search: places matching `query` (ISO code or name), best first, ties in
 *  alphabetical order, at most MAX_MATCHES. */
function matches(query) {
  const q = fold(query);
  if (!q) return [];
  const cq = canonical(q);
  const hits = [];
  for (const e of entriesFor(ui)) {
    let best = e.place.iso.toLowerCase() === q ? 0 : -1;
    for (const n of e.names) {
      for (const r of [rank(n, q), rank(n, cq)]) if (r >= 0 && (best < 0 || r < best)) best = r;
    }
    if (best >= 0) hits.push([best, e.place]);
  }
  hits.sort((a, b) => a[0] - b[0]); // stable: ties keep the alphabetical order
  return hits.slice(0, MAX_MATCHES).map(([, p]) => p);
}

function applyText() {
  const t = TEXT[ui];
  document.documentElement.lang = ui;
  document.title = t.title;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  for (const el of document.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t[el.dataset.tLabel]);
  for (const b of document.querySelectorAll('[data-ui-lang]')) b.setAttribute('aria-pressed', String(b.dataset.uiLang === ui));
  $('preview-phone').title = t.phoneFrame;
  $('preview-desktop').title = t.desktopFrame;
  showPicked();
}

// ---- the country combobox -----------------------------------------------------------------

const input = $('country-input');
const list = $('country-list');
let options = [];
let activeIndex = -1;
let choose = false; // Enter found several matches, none highlighted: "choose one from the list"

function openList(found) {
  options = found;
  activeIndex = -1;
  list.replaceChildren(...found.map((p, i) => {
    const li = document.createElement('li');
    li.id = `country-option-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.code = p.iso;
    li.textContent = `${p.names[ui]} (${p.iso})`;
    return li;
  }));
  if (found.length === 0 && input.value.trim()) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = TEXT[ui].noMatch;
    list.append(li);
  }
  const open = list.children.length > 0;
  list.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
  input.removeAttribute('aria-activedescendant');
}

function closeList() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

function highlight(i) {
  if (options.length === 0) return;
  activeIndex = (i + options.length) % options.length;
  [...list.querySelectorAll('[role="option"]')].forEach((li, j) => li.setAttribute('aria-selected', String(j === activeIndex)));
  input.setAttribute('aria-activedescendant', `country-option-${activeIndex}`);
  list.children[activeIndex].scrollIntoView({ block: 'nearest' });
}

function pick(iso) {
  country = iso;
  choose = false;
  input.value = iso ? BY_ISO.get(iso).names[ui] : '';
  closeList();
  showPicked();
  update();
}

function showPicked() {
  $('country-picked').textContent = country ? `${BY_ISO.get(country).names[ui]} (${country})` : TEXT[ui].none;
  $('country-clear').hidden = !country;
}

/** Enter: the widget's rule (search::enter_pick): the highlighted option, the only match,
 *  or the one the query names exactly ("Etats-Unis", "Sudan"); with several, none
 *  highlighted and none exact ("Korea", "Congo"), no guess: the list stays open and says to
 *  choose. An empty field means no country. */
function onEnter() {
  if (!input.value.trim()) { pick(null); return; }
  if (list.hidden) openList(matches(input.value));
  const i = enterPick(options.length, activeIndex, exactIndex(options, input.value));
  if (i >= 0) { pick(options[i].iso); return; }
  choose = options.length > 1;
  update();
}

input.addEventListener('input', () => { clearTimeout(blurTimer); choose = false; openList(matches(input.value)); update(); });
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (list.hidden) openList(matches(input.value));
    highlight(activeIndex + (e.key === 'ArrowDown' ? 1 : -1));
  } else if (e.key === 'Enter') {
    e.preventDefault();
    onEnter();
  } else if (e.key === 'Escape') {
    closeList();
  }
});
// Closes after a blur, unless the field is back in use first (a click on an option keeps the
// focus: see mousedown below; typing again within the delay must not lose the new list).
let blurTimer = 0;
input.addEventListener('blur', () => { blurTimer = setTimeout(closeList, BLUR_CLOSE_MS); });
input.addEventListener('focus', () => clearTimeout(blurTimer));
list.addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the input
list.addEventListener('click', (e) => {
  const li = e.target.closest('[role="option"]');
  if (li) pick(li.dataset.code);
});
$('country-clear').addEventListener('click', () => { pick(null); input.focus(); });

// ---- choices -> state ---------------------------------------------------------------------

const radio = (name) => document.querySelector(`input[name="${name}"]:checked`).value;
const inRange = (d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= MODEL_START && d <= MAX_DAY;

/** The chosen state, or {error} naming the bad field. */
function readState() {
  const t = TEXT[ui];
  const when = radio('when');
  const state = { country, view: radio('view'), lang: $('map-lang').value, theme: radio('theme'), when, errors: {} };
  // Text typed but not picked: the snippets would not show what the field says.
  const typed = input.value.trim();
  if (typed && !(country && typed === BY_ISO.get(country).names[ui])) state.errors.country = choose ? t.severalMatch : t.countryPending;
  if (when === 'date') {
    state.date = $('date').value;
    if (!inRange(state.date)) state.errors.date = t.dateError(MODEL_START, MAX_DAY);
  } else if (when === 'compare') {
    const [a, b] = [$('date-a').value, $('date-b').value];
    if (!inRange(a) || !inRange(b)) state.errors.date = t.dateError(MODEL_START, MAX_DAY);
    state.compare = a <= b ? [a, b] : [b, a];
  }
  const id = $('map-id').value.trim();
  if (id && !ID_PATTERN.test(id)) state.errors.id = t.mapIdError;
  state.id = id;
  const url = $('article-url').value.trim();
  let article = null;
  if (url) {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:' || u.protocol === 'http:') article = u;
    } catch { /* reported below */ }
    if (!article) state.errors.url = t.articleUrlError;
  }
  state.article = article;
  return state;
}

/** The element's attributes for a state, in the README's order: [[name, value], ...]. */
function attributes(s, { withId = true } = {}) {
  const out = [];
  if (withId && s.id) out.push(['id', s.id]);
  out.push(['lang', s.lang]);
  if (s.country) out.push(['country', s.country]);
  out.push(['view', s.view]);
  if (s.when === 'date') out.push(['date', s.date]);
  if (s.when === 'compare') out.push(['compare', `${s.compare[0]}..${s.compare[1]}`]);
  if (s.theme) out.push(['theme', s.theme]);
  return out;
}

// ---- snippets -----------------------------------------------------------------------------

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const attrText = (pairs) => pairs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
const tableOf = (lang) => TABLE[lang] || TABLE.en;

/** embed.html with the state as query parameters (the iframe mode and the previews). */
function frameUrl(s) {
  const u = new URL('embed.html', BASE);
  for (const [k, v] of attributes(s, { withId: false })) u.searchParams.set(k, v);
  return u;
}

/** The README "Link to this view" fragment: #h200-map[/ID]:country=..,view=..,date=..,compare=.. */
function fragment(s, id) {
  const parts = [];
  if (s.country) parts.push(`country=${s.country}`);
  parts.push(`view=${s.view}`);
  if (s.when === 'date') parts.push(`date=${s.date}`);
  if (s.when === 'compare') parts.push(`date=${s.compare[1]}`, `compare=${s.compare[0]}..${s.compare[1]}`);
  return `#h200-map${id ? `/${id}` : ''}:${parts.join(',')}`;
}

function snippets(s) {
  const [table, tableText] = tableOf(s.lang);
  const element = `<script type="module" src="${esc(new URL('h200-map.js', BASE))}"></script>\n` +
    `<h200-map${attrText(attributes(s))}>\n` +
    `  <a href="${esc(new URL(table, BASE))}">${esc(tableText)}</a>\n` +
    '</h200-map>';
  const height = s.country ? 1350 : 900;
  const iframe = `<iframe src="${esc(frameUrl(s))}"\n` +
    `        title="${esc(FRAME_TITLE[s.lang] || FRAME_TITLE.en)}" loading="lazy"\n` +
    `        width="100%" height="${height}" style="border:0"></iframe>\n` +
    `<script src="${esc(new URL('resize.js', BASE))}" async></script>`;
  // Into an article (its address given): the map's own segment. Else the iframe page.
  let link;
  if (s.article) {
    const u = new URL(s.article);
    u.hash = '';
    link = `${u.href}${fragment(s, s.id)}`;
  } else {
    const u = new URL('embed.html', BASE);
    u.searchParams.set('lang', s.lang);
    if (s.theme) u.searchParams.set('theme', s.theme);
    link = `${u.href}${fragment(s, '')}`;
  }
  // A step names all four values (an empty one clears the map's own), so it shows exactly
  // this view whatever the map's attributes are.
  const stepAttrs = [];
  if (s.id) stepAttrs.push(['for', s.id]);
  stepAttrs.push(['country', s.country || ''], ['view', s.view]);
  stepAttrs.push(['date', s.when === 'date' ? s.date : '']);
  stepAttrs.push(['compare', s.when === 'compare' ? `${s.compare[0]}..${s.compare[1]}` : '']);
  const step = `<h200-map-step${attrText(stepAttrs)}>\n  <p>${esc(TEXT[ui].stepText)}</p>\n</h200-map-step>`;
  return { element, iframe, link, step };
}

// ---- render -------------------------------------------------------------------------------

let current = null;
let previewTimer = 0;

const SNIPPETS = ['element', 'iframe', 'link', 'step'];

function update() {
  const s = readState();
  $('date-error').textContent = s.errors.date || '';
  for (const id of ['date', 'date-a', 'date-b']) $(id).setAttribute('aria-invalid', String(Boolean(s.errors.date)));
  setFieldError('country-input', s.errors.country, 'country-hint');
  setFieldError('map-id', s.errors.id);
  setFieldError('article-url', s.errors.url);
  for (const box of document.querySelectorAll('.dates')) box.hidden = box.dataset.when !== s.when;
  const invalid = Object.keys(s.errors);
  showValidity(invalid);
  // No snippet, no copy, no preview of a state the fields do not say (a preview of the last
  // valid state still pending goes on: the preview shows the last valid choices).
  if (invalid.length) return;
  current = snippets(s);
  for (const [k, v] of Object.entries(current)) $(`snip-${k}`).textContent = v;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => preview(s), PREVIEW_DELAY_MS);
}

/** While a field is invalid (`fields`: their keys in TEXT.fieldNames), the snippets are
 *  withheld, the Copy buttons disabled with the reason, and the preview marked stale. */
function showValidity(fields) {
  const t = TEXT[ui];
  const invalid = fields.length > 0;
  const names = fields.map((f) => t.fieldNames[f]);
  const note = $('snippets-invalid');
  note.textContent = invalid ? t.invalid(new Intl.ListFormat(ui, { type: 'conjunction' }).format(names)) : '';
  if (invalid) {
    current = null;
    for (const k of SNIPPETS) $(`snip-${k}`).textContent = t.withheld;
  }
  for (const b of document.querySelectorAll('[data-copy]')) {
    b.disabled = invalid;
    if (invalid) b.setAttribute('aria-describedby', 'snippets-invalid');
    else b.removeAttribute('aria-describedby');
  }
  $('snippets').classList.toggle('stale', invalid);
  $('preview-stale').textContent = invalid ? t.previewStale : '';
  document.querySelector('.frames').classList.toggle('stale', invalid);
}

function setFieldError(id, message, hintId = `${id}-hint`) {
  const el = $(id);
  el.setCustomValidity(message || '');
  el.setAttribute('aria-invalid', String(Boolean(message)));
  const hint = $(hintId);
  hint.textContent = message || TEXT[ui][hint.dataset.t];
  hint.classList.toggle('error', Boolean(message));
}

function preview(s) {
  const src = frameUrl(s).href;
  for (const frame of [$('preview-phone'), $('preview-desktop')]) {
    if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
  }
  $('desktop-width').textContent = String(Math.round($('preview-desktop').getBoundingClientRect().width));
}

// ---- copy ---------------------------------------------------------------------------------

async function copy(kind) {
  const t = TEXT[ui];
  const text = current && current[kind];
  if (!text) return;
  const label = document.querySelector(`[data-snippet="${kind}"] h3`).textContent;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = t.copied(label);
  } catch {
    const range = document.createRange();
    range.selectNodeContents($(`snip-${kind}`));
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    $('copy-status').textContent = t.copyFailed;
  }
}

for (const b of document.querySelectorAll('[data-copy]')) b.addEventListener('click', () => copy(b.dataset.copy));
for (const b of document.querySelectorAll('[data-ui-lang]')) {
  b.addEventListener('click', () => {
    ui = b.dataset.uiLang;
    const u = new URL(location.href);
    u.searchParams.set('lang', ui);
    history.replaceState(null, '', u);
    applyText();
    if (country) input.value = BY_ISO.get(country).names[ui];
    update();
  });
}
$('choices').addEventListener('change', update);
$('choices').addEventListener('input', (e) => { if (e.target !== input) update(); }); // the search: its own listener
$('choices').addEventListener('submit', (e) => e.preventDefault());
addEventListener('resize', () => {
  $('desktop-width').textContent = String(Math.round($('preview-desktop').getBoundingClientRect().width));
});

// ---- start --------------------------------------------------------------------------------

for (const el of [$('date'), $('date-a'), $('date-b')]) { el.min = MODEL_START; el.max = MAX_DAY; }
$('date').value = AS_OF <= MAX_DAY ? AS_OF : MAX_DAY;
$('date-a').value = '2025-06-01' >= MODEL_START ? '2025-06-01' : MODEL_START;
$('date-b').value = $('date').value;
$('map-lang').value = ui;
applyText();
update();
