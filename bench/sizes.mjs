// Bundle size report and regression check (run by scripts/build.sh via scripts/size-report.sh).
//
//   node bench/sizes.mjs [DIST_DIR]            compare DIST_DIR (default dist/) with the baseline
//   node bench/sizes.mjs [DIST_DIR] --update   record DIST_DIR as the new baseline
//
// Prints raw, gzip -9 and brotli q11 bytes of what a reader downloads (the loader, the
// wasm-bindgen glue and the wasm; pkg/ or the content-hashed pkg/<hash>/), against
// bench/size-baseline.json, and a line starting with "WARNING:" for every artifact and
// encoding that grew more than 10 %. Exit status 0 (a warning does not fail the build),
// unless SIZE_STRICT=1.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = path.join(ROOT, 'bench/size-baseline.json');
const LIMIT = 0.10;
const BUDGET_GZIP = 150000; // issue 7: first render at most 150 kB gzip
const args = process.argv.slice(2);
const update = args.includes('--update');
const dist = path.resolve(ROOT, args.find((a) => !a.startsWith('--')) || 'dist');

function find(dir, name) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : []);
}
const ARTIFACTS = {
  loader: () => [path.join(dist, 'h200-map.js')],
  glue: () => find(path.join(dist, 'pkg'), 'h200-map.js'),
  wasm: () => find(path.join(dist, 'pkg'), 'h200-map_bg.wasm'),
};
// gzip -9 as scripts/sizes.sh (GNU gzip; zlib's level 9 is ~1.5 % larger on the wasm).
const gzipLen = (buf) => {
  try { return execFileSync('gzip', ['-9', '-n', '-c'], { input: buf, maxBuffer: 1 << 28 }).length; } catch { return zlib.gzipSync(buf, { level: 9 }).length; }
};
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipLen(buf),
  brotli: zlib.brotliCompressSync(buf, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
});

const current = {};
for (const [name, locate] of Object.entries(ARTIFACTS)) {
  const files = locate().filter((f) => fs.existsSync(f));
  if (files.length !== 1) {
    console.error(`size report: expected one ${name} file in ${path.relative(ROOT, dist) || '.'}/, found ${files.length}: build first (scripts/build.sh)`);
    process.exit(update || process.env.SIZE_STRICT === '1' ? 1 : 0);
  }
  current[name] = { file: path.relative(dist, files[0]), ...sizes(fs.readFileSync(files[0])) };
}
current.total = ['raw', 'gzip', 'brotli'].reduce((o, k) =>
  ({ ...o, [k]: Object.keys(ARTIFACTS).reduce((n, a) => n + current[a][k], 0) }), { file: '(all three)' });

if (update) {
  let commit = '';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { /* */ }
  const out = { recorded: new Date().toISOString().slice(0, 10), commit, note: 'bench/sizes.mjs --update; bytes; gzip -9, brotli q11', artifacts: {} };
  for (const [k, v] of Object.entries(current)) out.artifacts[k] = { raw: v.raw, gzip: v.gzip, brotli: v.brotli };
  fs.writeFileSync(BASELINE, JSON.stringify(out, null, 2) + '\n');
  console.log(`size baseline written: ${path.relative(ROOT, BASELINE)}`);
}

const base = fs.existsSync(BASELINE) ? JSON.parse(fs.readFileSync(BASELINE, 'utf8')) : null;
const n = (v) => (v === undefined ? '-' : v.toLocaleString('en-US'));
console.log(`\nsize report: ${path.relative(ROOT, dist) || '.'}/ vs ${base ? `baseline ${base.recorded} (${base.commit})` : 'no baseline'}`);
console.log(`${'artifact'.padEnd(8)} ${'file'.padEnd(28)} ${'enc'.padEnd(6)} ${'baseline'.padStart(10)} ${'current'.padStart(10)} ${'change'.padStart(8)}`);
const warnings = [];
for (const [name, cur] of Object.entries(current)) {
  for (const enc of ['raw', 'gzip', 'brotli']) {
    const was = base && base.artifacts[name] ? base.artifacts[name][enc] : undefined;
    const d = was ? (cur[enc] - was) / was : undefined;
    const change = d === undefined ? '' : `${d >= 0 ? '+' : ''}${(100 * d).toFixed(1)}%`;
    console.log(`${name.padEnd(8)} ${String(cur.file).slice(0, 28).padEnd(28)} ${enc.padEnd(6)} ${n(was).padStart(10)} ${n(cur[enc]).padStart(10)} ${change.padStart(8)}`);
    if (d !== undefined && d > LIMIT) {
      warnings.push(`WARNING: size regression: ${name} (${cur.file}) ${enc} ${n(was)} -> ${n(cur[enc])} bytes (${change}, limit +${100 * LIMIT}%)`);
    }
  }
}
console.log(`first-render budget (issue 7): ${n(current.total.gzip)} of ${n(BUDGET_GZIP)} bytes gzip for loader + glue + wasm ` +
  `(${current.total.gzip <= BUDGET_GZIP ? 'within' : 'OVER'} budget; the host page itself not counted)`);
for (const w of warnings) console.log(w);
if (warnings.length && process.env.SIZE_STRICT === '1') process.exit(1);
