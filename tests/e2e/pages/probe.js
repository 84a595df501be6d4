// Test probe (not part of the widget), loaded before the widget: records the page's
// globals, layout shifts, CSP violations and errors, and snapshots the host's own
// elements ([data-host]) so a test can check the widget changed none of them.
(() => {
  const probe = { globals: Object.getOwnPropertyNames(window), shifts: [], violations: [], errors: [], cls: false };
  window.__probe = probe;
  try {
    if (!(PerformanceObserver.supportedEntryTypes || []).includes('layout-shift')) throw new Error('no Layout Instability API');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.shifts.push({ value: e.value, recent: e.hadRecentInput, t: Math.round(e.startTime) });
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
