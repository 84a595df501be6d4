// The D3 baseline: what a newsroom developer would build instead of the widget.
// d3-geo (Equal Earth) + d3-selection + topojson-client, Natural Earth 1:50m from
// world-atlas (fetched as JSON, as usual), the statuses bundled in at build time
// (`h200-data export --format json`, see bench/build.mjs). Same colours as the widget,
// a details panel on click (`section[role=region][data-iso]`), and `window.h200d3.setDate(i)`
// to recolour every country for another date (what a date slider would call).
import { geoEqualEarth, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { feature } from 'topojson-client';
import DATA from 'h200-statuses';

const LABEL = {
  no_license_required: 'No licence required',
  license_required: 'Licence required',
  case_by_case: 'Licence, case-by-case review',
  presumption_of_denial: 'Licence, presumption of denial',
  embargoed: 'Embargoed',
  no_restriction_known: 'No known restriction',
  permit_required: 'Import permit required',
  restricted: 'Restricted',
  blocked: 'Blocked',
  none: 'No data',
};
const AXES = [['e', 'export', 'US export licence'], ['i', 'import', 'Import into the country']];

const box = select('#map');
let at = DATA.dates.length - 1; // index of the date shown
let axis = 'e';

const isoOf = (f) => DATA.num2iso[f.id] || DATA.byName[f.properties.name];
const statusOf = (iso, ax = axis, i = at) => {
  const r = DATA.rows[iso];
  return (r && r[ax][i]) || 'none';
};
const nameOf = (iso) => (DATA.rows[iso] && DATA.rows[iso].n) || iso;

function openPanel(iso) {
  const r = DATA.rows[iso];
  box.select('section[role=region]').remove();
  const sec = box.append('section').attr('class', 'panel').attr('role', 'region')
    .attr('data-iso', iso).attr('aria-label', `Details: ${nameOf(iso)}`);
  sec.append('h3').text(nameOf(iso));
  sec.append('button').attr('class', 'close').attr('aria-label', 'Close').text('×')
    .on('click', () => sec.remove());
  for (const [k, code, title] of AXES) {
    const s = statusOf(iso, k);
    const part = sec.append('section').attr('data-axis', code);
    part.append('h4').text(title);
    part.append('p').append('strong').attr('data-status', s).text(LABEL[s]);
    if (!r) continue;
    const d = r[k + 'd'];
    part.append('p').attr('class', 'since').text(`Since ${d.since} (rule ${d.rule})`);
    const ul = part.append('ul');
    for (const url of d.src.map((j) => DATA.urls[j])) ul.append('li').append('a').attr('href', url).text(new URL(url).hostname);
  }
}

fetch(new URL('countries-50m.json', import.meta.url))
  .then((r) => r.json())
  .then((topo) => {
    const fc = feature(topo, topo.objects.countries);
    fc.features = fc.features.filter((f) => {
      f.iso = isoOf(f);
      return f.iso && f.iso !== 'AQ';
    });
    const width = box.node().clientWidth || 960;
    const projection = geoEqualEarth().fitWidth(width, fc);
    const path = geoPath(projection);
    const [[, y0], [, y1]] = path.bounds(fc);
    const svg = box.insert('svg', ':first-child').attr('class', 'map')
      .attr('viewBox', `0 ${Math.floor(y0)} ${width} ${Math.ceil(y1 - y0)}`)
      .attr('role', 'group').attr('aria-label', 'World map of H200 export licence status');
    const paths = svg.append('g').selectAll('path').data(fc.features).join('path')
      .attr('d', path)
      .attr('data-iso', (f) => f.iso)
      .attr('class', (f) => `c s-${statusOf(f.iso)}`)
      .attr('role', 'button')
      .attr('aria-label', (f) => `${nameOf(f.iso)}: ${LABEL[statusOf(f.iso)]}`)
      .on('click', (ev, f) => openPanel(f.iso));
    window.h200d3 = {
      dates: DATA.dates,
      setDate(i) {
        at = i;
        paths.attr('class', (f) => `c s-${statusOf(f.iso)}`);
      },
    };
  });
