// Lighthouse 12 (npm lighthouse@12.2.3, its own CLI) on the bench pages, with Debian's
// Chromium (CHROME_PATH=/usr/bin/chromium) and Lighthouse's default config: the mobile
// preset (Moto G Power viewport, simulated slow 4G and 4x CPU: "Lantern" simulation from one
// unthrottled load), performance category only. Every request Lighthouse's Chromium made is
// checked to be on the bench server's loopback origin (the run is offline: no network but
// 127.0.0.1); any other request fails the run.
//
//   LH_RUNS=3 (default) runs per page; the median run by performance score is reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'node_modules/.bin/lighthouse');
export const LH_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;

/** Same flags as the bench's own Chromium (headless, no GPU, no background traffic). */
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions'];

function runOnce(url, outFile) {
  const args = [url, '--only-categories=performance', '--output=json', `--output-path=${outFile}`,
    '--quiet', `--chrome-flags=${FLAGS.join(' ')}`, '--max-wait-for-load=60000'];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' };
  return new Promise((ok, fail) => execFile(CLI, args, { env, maxBuffer: 64 << 20, timeout: 240000 }, (err, _out, stderr) => {
    if (err) return fail(new Error(`lighthouse ${url}: ${err.message}\n${stderr}`));
    ok(JSON.parse(fs.readFileSync(outFile, 'utf8')));
  }));
}

/** The figures of one report; throws if it made a request off `origin` or has a runtime error. */
function figures(lhr, origin) {
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const a = (id) => lhr.audits[id] && lhr.audits[id].numericValue;
  const reqs = (lhr.audits['network-requests'].details || {}).items || [];
  const off = reqs.map((r) => r.url).filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  if (off.length) throw new Error(`lighthouse made requests off ${origin}: ${off.join(', ')}`);
  const transfer = reqs.reduce((n, r) => n + (r.transferSize || 0), 0);
  // What moved (Lighthouse 12's layout-shifts audit): element and score.
  const shifts = ((lhr.audits['layout-shifts'] || {}).details || {}).items || [];
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'), si: a('speed-index'),
    tbt: a('total-blocking-time'), cls: a('cumulative-layout-shift'), tti: a('interactive'),
    requests: reqs.length, transfer,
    shifts: shifts.map((x) => `${(x.node && (x.node.selector || x.node.nodeLabel)) || '?'} ${(+x.score).toFixed(4)}`),
  };
}

/** Runs Lighthouse `runs` times on each `{name: url}`; returns `{name: {median, runs}}`. */
export async function lighthouse(pages, origin, runs) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'h200-lh-'));
  const out = {};
  try {
    for (const [name] of Object.entries(pages)) out[name] = { runs: [] };
    for (let i = 0; i < runs; i++) {
      for (const [name, url] of Object.entries(pages)) {
        const lhr = await runOnce(url, path.join(tmp, `${name}-${i}.json`));
        out[name].runs.push(figures(lhr, origin));
        process.stderr.write(`\rLighthouse: run ${i + 1}/${runs} ${name}      `);
      }
    }
    process.stderr.write('\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const r of Object.values(out)) {
    const sorted = [...r.runs].sort((x, y) => x.score - y.score || y.tbt - x.tbt);
    r.median = sorted[(sorted.length - 1) >> 1];
  }
  return out;
}
