// The iframe page (embed.html): reads ?country=&view=&date=&lang=&compare=&theme= into the <h200-map>
// attributes and tells the parent page its height, so the host can size the iframe:
//
//   parent.postMessage({type: 'h200-map:height', height}, '*')             (resize.js)
//   parent.postMessage({sentinel: 'amp', type: 'embed-size', height}, '*')  (AMP amp-iframe)
//   parent.postMessage({type: 'h200-map:change', country, view}, '*')       (reader's choice)
//
// The messages carry only a height and the public attributes, so any parent may read them.
const params = new URLSearchParams(location.search);
const map = document.querySelector('h200-map');
for (const name of ['lang', 'country', 'view', 'date', 'compare', 'theme']) {
  const v = params.get(name);
  if (v) map.setAttribute(name, v.slice(0, 40)); // the widget validates; the cut bounds junk
}
if (params.get('lang')) document.documentElement.lang = params.get('lang').slice(0, 10);
// Defined only now, so the element starts with its attributes set.
await import('./h200-map.js');

const inFrame = window.parent !== window;
let last = 0;
function report() {
  const height = Math.ceil(map.getBoundingClientRect().height);
  if (!inFrame || height === last || height === 0) return;
  last = height;
  window.parent.postMessage({ type: 'h200-map:height', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
if ('ResizeObserver' in window) new ResizeObserver(report).observe(map);
window.addEventListener('load', report);
report();
map.addEventListener('h200-map-change', (e) => {
  if (inFrame) window.parent.postMessage({ type: 'h200-map:change', ...e.detail }, '*');
});
