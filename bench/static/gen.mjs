// The static baseline: our own map, drawn natively by the project's renderer
// (`h200-data render`, i.e. `core::render::map_svg`, the renderer of the live map and of the
// downloads: same shapes, marker layout, textures and accessible names) with the light
// theme's colours written in, for the statuses of one date, as inline SVG in a page with no
// script at all: the floor for bytes and time to paint.
import { execFileSync } from 'node:child_process';
import { shell } from '../pages.mjs';

/** The page's own CSS: the map fills the column, on the widget's ocean colour. */
export const MAP_CSS = 'svg{display:block;width:100%;height:auto;background:#f4f7fa;border-radius:8px}';

/** SVG text of the map of `view` at `date` (`h200-data render`, run in `cwd`; `data`: a
 * dataset file other than the shipped one). */
export function renderMap(cwd, { date, view = 'export', lang = 'en', data = null }) {
  const args = ['run', '-q', '--offline', '--bin', 'h200-data', '--', 'render', '--view', view, '--lang', lang];
  if (date) args.push('--at', date);
  if (data) args.push('--data', data);
  const svg = execFileSync('cargo', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
  if (!svg.startsWith('<svg') || !svg.endsWith('</svg>')) throw new Error('h200-data render: not an SVG document');
  return svg;
}

/** The static page around `svg` (from [`renderMap`]); `after` is what follows the map. */
export function staticPage(svg, head = '', after = '') {
  return { html: shell('H200 map: static SVG baseline', `<style>${MAP_CSS}</style>${head}`, svg + after), css: MAP_CSS, svg };
}
