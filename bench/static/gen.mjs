// The static baseline: the same map as the widget draws, exported once to plain SVG by our
// own pipeline's output (assets/world.geo: projected, simplified, quantised Equal Earth paths)
// and the statuses of one date (`h200-data export --format json`). No script at all: the
// floor for bytes and time to paint. The marker layout is a line-by-line port of
// src/core/layout.rs `marker_positions` (with its MARKER_R and MARKER_SPACING), so
// Hong Kong, Macau, Singapore... sit where the widget puts them.
import { shell } from '../pages.mjs';

const MARKER_R = 34; // src/core/layout.rs MARKER_R

/** Parses assets/world.geo (format version 1, see src/core/geometry.rs). */
export function parseGeo(text) {
  const lines = text.split('\n').filter((l) => l.length);
  if (!lines[0].startsWith('#h200-geo 1')) throw new Error('not a version 1 .geo file');
  const [width, height] = lines[1].split(' ').map(Number);
  const features = lines.slice(2).map((l) => {
    const [iso, name, cx, cy, area, marker, path] = l.replace(/\r$/, '').split('\t');
    return { iso, name, cx: +cx, cy: +cy, area: +area, marker: marker === '1', path };
  });
  return { width, height, features };
}

/** Largest y of any vertex of a path in the `M x y l dx dy ... z` subset. */
function maxY(path) {
  let best = -Infinity, x = 0, y = 0, cmd = 'M', pairIdx = 0, pend = null;
  for (const tok of path.match(/[Mlz]|-?\d+/g)) {
    if (tok === 'M' || tok === 'l' || tok === 'z') { cmd = tok; pend = null; pairIdx = 0; continue; }
    const n = Number(tok);
    if (pend === null) { pend = n; continue; }
    if (cmd === 'M' && pairIdx === 0) { x = pend; y = n; } else { x += pend; y += n; }
    pairIdx++; pend = null;
    if (y > best) best = y;
  }
  return best;
}

/** Port of `marker_positions(geo, min_dist)` (src/core/layout.rs). */
export function markerPositions(geo, minDist) {
  const pos = geo.features.filter((f) => f.marker)
    .map((f) => ({ iso: f.iso, x: f.cx, y: f.cy, ax: f.cx, ay: f.cy }));
  const { width: w, height: h } = geo;
  for (let it = 0; it < 200; it++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y;
        const d = Math.sqrt(dx * dx + dy * dy);
        if (d >= minDist) continue;
        moved = true;
        const [ux, uy] = d < 1e-9 ? [1, 0] : [dx / d, dy / d];
        const push = (minDist - d) / 2 + 1e-6;
        pos[i].x -= ux * push; pos[i].y -= uy * push;
        pos[j].x += ux * push; pos[j].y += uy * push;
      }
    }
    for (const p of pos) { p.x = Math.min(Math.max(p.x, 0), w); p.y = Math.min(Math.max(p.y, 0), h); }
    if (!moved) break;
  }
  return pos;
}

export const MAP_CSS = `svg.map{display:block;width:100%;height:auto;background:#f4f7fa;border-radius:8px}
svg.map .c{stroke:#fff;stroke-width:.5px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
svg.map .m .dot{stroke:rgba(0,0,0,.45);stroke-width:.75px;vector-effect:non-scaling-stroke}
svg.map .m .lead{stroke:#5b5b66;stroke-width:.75px;vector-effect:non-scaling-stroke}
${['no_license_required', 'license_required', 'case_by_case', 'presumption_of_denial', 'embargoed', 'none']
    .map((s) => `.s-${s},.s-${s} .dot{fill:var(--s-${s})}`).join('\n')}`;

/** The static page: `status(iso)` gives the status code shown (one axis, one date);
 * `palette` a `:root{--s-…}` rule with the widget's colours. */
export function staticPage(geoText, status, names, label, palette = '') {
  const geo = parseGeo(geoText);
  const vh = Math.min(Math.max(0, ...geo.features.map((f) => maxY(f.path))) + Math.floor(geo.height / 50), geo.height);
  const aria = (iso) => `${names[iso] || iso}: ${label(status(iso))}`;
  const shapes = geo.features.filter((f) => !f.marker)
    .map((f) => `<path d="${f.path}" data-iso="${f.iso}" class="c s-${status(f.iso)}" aria-label="${aria(f.iso)}"/>`);
  const byIso = Object.fromEntries(geo.features.map((f) => [f.iso, f]));
  const r = (v) => Math.round(v);
  const markers = markerPositions(geo, MARKER_R * 2.6).map((m) =>
    `<g data-iso="${m.iso}" class="m s-${status(m.iso)}" aria-label="${aria(m.iso)}"><path class="c" d="${byIso[m.iso].path}"/>` +
    `<line class="lead" x1="${r(m.ax)}" y1="${r(m.ay)}" x2="${r(m.x)}" y2="${r(m.y)}"/>` +
    `<circle class="dot" cx="${r(m.x)}" cy="${r(m.y)}" r="${MARKER_R}"/></g>`);
  const svg = `<svg class="map" viewBox="0 0 ${geo.width} ${vh}" role="img" aria-label="World map of H200 export licence status">` +
    `<g class="countries">${shapes.join('')}</g><g class="markers">${markers.join('')}</g></svg>`;
  const css = palette + MAP_CSS;
  return { html: shell('H200 map: static SVG baseline', `<style>${css}</style>`, svg), css, svg };
}
