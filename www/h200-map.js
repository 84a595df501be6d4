// h200-map loader: the one script a news page includes.
//
//   <script type="module" src="https://YOUR-HOST/h200-map/h200-map.js"></script>
//   <h200-map lang="fr" country="CN" view="import"></h200-map>
//
// Defines the <h200-map> custom element. The WebAssembly module is fetched and compiled
// once per page, lazily, when the first map nears the viewport; each element then mounts
// its own widget inside an open shadow root. Attributes: lang (fr|en), country (ISO 3166-1
// alpha-2), view (export|import), date (YYYY-MM-DD). The widget reflects country and view
// back onto the element and fires a bubbling "h200-map-change" event ({country, view}).
// Asset URLs resolve from this file's own URL, so the folder can be hosted anywhere.

const BASE = new URL('.', import.meta.url);
const ATTRS = ['lang', 'country', 'view', 'date'];
let wasm = null; // Promise of the initialised wasm-bindgen module, shared by all maps.

function loadWasm() {
  if (!wasm) {
    wasm = import(new URL('pkg/h200-map.js', BASE).href).then(async (mod) => {
      await mod.default({ module_or_path: new URL('pkg/h200-map_bg.wasm', BASE) });
      return mod;
    });
  }
  return wasm;
}

function fallback(el, err) {
  // Readable message in the element's own box; the host page keeps running.
  console.error('<h200-map> could not start:', err);
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  const fr = (el.getAttribute('lang') || document.documentElement.lang || '').toLowerCase().startsWith('fr');
  root.textContent = '';
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font:15px/1.4 system-ui,sans-serif;border:2px solid #b3402e;border-radius:8px;padding:12px;color:#1d1d1f;background:#fff6f4';
  box.textContent = fr
    ? "La carte interactive de la puce H200 n'a pas pu se charger dans ce navigateur."
    : 'The interactive H200 map could not load in this browser.';
  root.append(box);
}

class H200Map extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  config() {
    const c = {};
    for (const a of ATTRS) c[a] = this.getAttribute(a);
    return c;
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    if (!this.style.minHeight) this.style.minHeight = '420px'; // reserve space: no layout shift
    this.style.display = this.style.display || 'block';
    const start = () => {
      loadWasm()
        .then((mod) => {
          if (!this.isConnected) return;
          this._handle = mod.mount(this, this.config());
          this.style.minHeight = '';
        })
        .catch((err) => fallback(this, err));
    };
    if ('IntersectionObserver' in window) {
      const io = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) { io.disconnect(); start(); }
      }, { rootMargin: '300px' });
      io.observe(this);
    } else {
      start();
    }
  }

  attributeChangedCallback() {
    if (this._handle) {
      try { this._handle.update(this.config()); } catch (err) { console.error('<h200-map>:', err); }
    }
  }

  disconnectedCallback() {
    if (this._handle) { this._handle.destroy(); this._handle = null; this._started = false; }
  }
}

if (!customElements.get('h200-map')) customElements.define('h200-map', H200Map);
