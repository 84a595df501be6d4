// Breaks the page's Date before the widget loads, as a buggy polyfill would: `new Date()`
// is then an invalid date, and the widget's "today" panics (release builds abort).
(() => {
  const Real = Date;
  function Broken(...args) { return args.length ? new Real(...args) : new Real(NaN); }
  Broken.prototype = Real.prototype;
  Broken.now = Real.now; Broken.parse = Real.parse; Broken.UTC = Real.UTC;
  window.Date = Broken;
})();
