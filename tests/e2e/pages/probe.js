// Test probe (not part of the widget), loaded before the widget: records the page's
// globals, layout shifts, CSP violations and errors, and snapshots the host's own
// elements ([data-host]) so a test can check the widget changed none of them.
(() => {
  const probe = { globals: Object.getOwnPropertyNames(window), shifts: [], violations: [], errors: [], cls: false };
  window.__probe = probe;
  /** Where a node is: its path from the document, through shadow hosts (`h200-map#m1 >> div.h2m`). */
  const where = (node) => {
    if (!node) return '(gone)';
    const parts = [];
    for (let n = node; n; ) {
      if (n.nodeType === 1) {
        const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${n.localName}${n.id ? `#${n.id}` : ''}${cls}`);
      } else if (n.nodeType === 3) {
        parts.unshift(`"${n.textContent.trim().slice(0, 24)}"`);
      }
      if (n.parentNode && n.parentNode.nodeType === 11 && n.parentNode.host) { parts.unshift('>>'); n = n.parentNode.host; }
      else n = n.parentNode && n.parentNode.nodeType === 1 ? n.parentNode : null;
    }
    return parts.slice(-6).join(' ');
  };
  const rect = (r) => r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  /** The deepest element at a point, through open shadow roots. */
  const deepAt = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  /**
   * A layout-shift source: which node moved, from where to where (x, y, width, height in
   * CSS pixels of the viewport). Chromium gives no node for one inside a shadow root: the
   * element now at the centre of its new place stands in for it ("≈").
   */
  const source = (s) => {
    const to = s.currentRect;
    const near = !s.node && to && to.width ? deepAt(to.x + to.width / 2, to.y + to.height / 2) : null;
    return { node: s.node ? where(s.node) : near ? `≈ ${where(near)}` : '(none)', from: rect(s.previousRect), to: rect(to) };
  };
  try {
    if (!(PerformanceObserver.supportedEntryTypes || []).includes('layout-shift')) throw new Error('no Layout Instability API');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.shifts.push({ value: e.value, recent: e.hadRecentInput, t: Math.round(e.startTime), sources: (e.sources || []).map(source) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    probe.cls = true;
  } catch (e) { probe.cls = false; }
  document.addEventListener('securitypolicyviolation', (e) => {
    probe.violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
  });
  window.addEventListener('error', (e) => { probe.errors.push(String(e.message || e.error)); });
  window.addEventListener('unhandledrejection', (e) => { probe.errors.push(String(e.reason)); });
  const PROPS = ['color', 'font-size', 'font-family', 'fill', 'stroke', 'display', 'box-sizing', 'background-color',
    'letter-spacing', 'text-transform', 'line-height', 'text-decoration-line', 'width'];
  probe.snapshot = () => {
    const out = {};
    for (const el of document.querySelectorAll('[data-host]')) {
      const cs = getComputedStyle(el);
      out[el.id] = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    }
    const outside = [...document.querySelectorAll('*')].filter((e) => !e.closest('h200-map'));
    out['#document'] = `sheets:${document.styleSheets.length};adopted:${(document.adoptedStyleSheets || []).length};` +
      `elements:${outside.length};ids:${[...document.querySelectorAll('[id]')].map((e) => e.id).join(',')};` +
      `cookie:${document.cookie};html:${document.documentElement.getAttribute('style') || ''}|${document.documentElement.className}`;
    return out;
  };
  probe.newGlobals = () => Object.getOwnPropertyNames(window).filter((n) => {
    if (probe.globals.includes(n) || n === '__probe') return false;
    const v = window[n];
    // Engines resolve some built-in constructors lazily: those are not the widget's.
    return !(typeof v === 'function' && /\[native code\]/.test(Function.prototype.toString.call(v)));
  });
  document.addEventListener('DOMContentLoaded', () => { probe.before = probe.snapshot(); });
})();
