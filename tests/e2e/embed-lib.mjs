// Helpers for the embed tests (embed-*.test.mjs): a loopback server for dist/ plus the
// fixture pages of tests/e2e/pages/ (served under /pages/), with CSP variants and request
// counts; and a minimal W3C WebDriver client for Firefox ESR (geckodriver) and WebKitGTK
// (WebKitWebDriver): no npm driver package, so nothing can download a browser.
import http from 'node:http';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import sirv from 'sirv';
import { ROOT, DIST } from './harness.mjs';

export const PAGES = path.join(ROOT, 'tests/e2e/pages');

/** The CSPs of the tests, chosen per page with ?csp=NAME. */
export const CSP = {
  // What the README tells hosts: the widget works under exactly this.
  strict: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  // The same without 'wasm-unsafe-eval': WebAssembly is blocked, the fallback must show.
  nowasm: "default-src 'self'; script-src 'self'; style-src 'self'",
};

/**
 * Serves dist/ at / and tests/e2e/pages/ at /pages/ on 127.0.0.1 (random port).
 * Options: wasmPatch(buffer) -> buffer (served instead of the real .wasm), wasmStatus
 * (e.g. 404). Returns {url, close, count(re), requests, reset()}.
 */
export async function serveEmbed({ wasmPatch = null, wasmStatus = 0 } = {}) {
  const dist = sirv(DIST, { dev: true, extensions: ['html'] });
  const pages = sirv(PAGES, { dev: true, extensions: ['html'] });
  const requests = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    requests.push(u.pathname);
    const csp = CSP[u.searchParams.get('csp')];
    if (csp) res.setHeader('Content-Security-Policy', csp);
    const notFound = () => { res.statusCode = 404; res.end('not found'); };
    if (u.pathname === '/favicon.ico') { res.statusCode = 204; res.end(); return; }
    if (u.pathname.endsWith('.wasm') && (wasmStatus || wasmPatch)) {
      if (wasmStatus) { res.statusCode = wasmStatus; res.end('no'); return; }
      const file = path.join(DIST, decodeURIComponent(u.pathname));
      if (!file.startsWith(DIST) || !fs.existsSync(file)) return notFound();
      const body = wasmPatch(fs.readFileSync(file));
      res.setHeader('Content-Type', 'application/wasm');
      res.end(body);
      return;
    }
    if (u.pathname.startsWith('/pages/')) {
      req.url = req.url.slice('/pages'.length);
      pages(req, res, notFound);
    } else {
      dist(req, res, notFound);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (re) => requests.filter((p) => re.test(p)).length,
    reset: () => { requests.length = 0; },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/** Replaces `from` by `to` (same byte length) in the dataset embedded in the .wasm. */
export function patchBytes(from, to, { all = false } = {}) {
  const a = Buffer.from(from), b = Buffer.from(to);
  if (a.length !== b.length) throw new Error('patch must keep the length');
  return (buf) => {
    const out = Buffer.from(buf);
    let at = out.indexOf(a), n = 0;
    while (at >= 0) { b.copy(out, at); n++; if (!all) break; at = out.indexOf(a, at + 1); }
    if (n === 0) throw new Error(`patch: ${from} not found in the wasm`);
    return out;
  };
}

/** 64-bit FNV-1a of `bytes` (src/core/shipped.rs `fnv1a64`). */
function fnv1a64(bytes) {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h;
}

/**
 * Like patchBytes, inside the dataset the .wasm embeds, and rewrites the hash of the
 * dataset's build header (`h200-dataset fnv1a64 LEN HASH`, build.rs) so that the widget's
 * integrity check passes: a dataset that still looks like the one the build checked.
 */
export function patchDataset(from, to, { all = false } = {}) {
  const patch = patchBytes(from, to, { all });
  const TAG = Buffer.from('h200-dataset fnv1a64 ');
  return (buf) => {
    const at = buf.indexOf(TAG);
    if (at < 0) throw new Error('patchDataset: no dataset header in the wasm');
    const header = buf.subarray(at, at + 49).toString('latin1');
    const [, len, hex] = header.match(/^h200-dataset fnv1a64 (\d{10}) ([0-9a-f]{16})\n$/) || [];
    if (!len) throw new Error(`patchDataset: malformed header ${JSON.stringify(header)}`);
    const start = at + 49, end = start + Number(len);
    if (fnv1a64(buf.subarray(start, end)) !== BigInt(`0x${hex}`)) throw new Error('patchDataset: the header does not match the dataset');
    const json = patch(buf.subarray(start, end));
    const out = Buffer.from(buf);
    json.copy(out, start);
    out.write(fnv1a64(json).toString(16).padStart(16, '0'), at + 32, 'latin1');
    return out;
  };
}

// ---- minimal W3C WebDriver client ------------------------------------------------------

async function freePort() {
  return new Promise((ok, ko) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', ko);
  });
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Starts an X server for WebKitGTK's MiniBrowser (it needs a display). */
export async function startXvfb() {
  for (let n = 90 + Math.floor(Math.random() * 100); n < 400; n++) {
    if (fs.existsSync(`/tmp/.X${n}-lock`) || fs.existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1400x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (fs.existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, stop: () => proc.kill() };
      if (proc.exitCode !== null) break;
      await sleep(100);
    }
    proc.kill();
  }
  throw new Error('could not start Xvfb');
}

export class WebDriver {
  /** Spawns a driver binary (`args(port)`) and waits for its /status to be ready. */
  static async start(binary, args, env = {}) {
    const port = await freePort();
    const proc = spawn(binary, args(port), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let log = '';
    proc.stdout.on('data', (d) => { log += d; });
    proc.stderr.on('data', (d) => { log += d; });
    const wd = new WebDriver(`http://127.0.0.1:${port}`, proc, () => log);
    for (let i = 0; i < 100; i++) {
      if (proc.exitCode !== null) throw new Error(`${binary} exited: ${log}`);
      try { const s = await wd.cmd('GET', '/status'); if (s && s.ready !== false) return wd; } catch { /* not yet */ }
      await sleep(100);
    }
    proc.kill();
    throw new Error(`${binary} did not start: ${log}`);
  }

  constructor(base, proc, log) { this.base = base; this.proc = proc; this.log = log; this.sid = null; }

  async cmd(method, p, body) {
    const res = await fetch(this.base + p, {
      method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok || (json.value && json.value.error)) {
      throw new Error(`WebDriver ${method} ${p}: ${json.value && (json.value.error + ': ' + json.value.message)}`);
    }
    return json.value;
  }

  async session(capabilities) {
    const v = await this.cmd('POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    this.sid = v.sessionId;
    this.caps = v.capabilities;
    return v;
  }

  s(p) { return `/session/${this.sid}${p}`; }
  go(url) { return this.cmd('POST', this.s('/url'), { url }); }
  /** Runs `fn` (a function or its source) in the page with `args`; returns its value. */
  run(fn, ...args) { return this.cmd('POST', this.s('/execute/sync'), { script: `return (${fn}).apply(null, arguments)`, args }); }
  async waitFor(fn, args = [], timeout = 30000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      last = await this.run(fn, ...args);
      if (last) return last;
      await sleep(150);
    }
    throw new Error(`timed out waiting for ${String(fn).slice(0, 120)} (last: ${JSON.stringify(last)})`);
  }
  setWindow(width, height) { return this.cmd('POST', this.s('/window/rect'), { width, height }); }
  async screenshot(file) { fs.writeFileSync(file, Buffer.from(await this.cmd('GET', this.s('/screenshot')), 'base64')); }
  async quit() {
    try { if (this.sid) await this.cmd('DELETE', this.s('')); } catch { /* already gone */ }
    this.proc.kill();
    await sleep(200);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}

/** The engines this machine can run through WebDriver, each with why not if it cannot. */
export const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER || path.join(process.env.HOME || '/root', '.cargo/bin/geckodriver'),
    browser: process.env.FIREFOX || '/usr/bin/firefox-esr',
    async start() {
      const wd = await WebDriver.start(this.driver, (port) => ['--port', String(port), '--host', '127.0.0.1']);
      await wd.session({
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: this.browser,
          args: ['-headless', '--width=1280', '--height=1000'],
          prefs: {
            'network.captive-portal-service.enabled': false, 'app.update.enabled': false,
            'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
            'datareporting.healthreport.uploadEnabled': false, 'toolkit.telemetry.enabled': false,
            'network.connectivity-service.enabled': false, 'extensions.getAddons.cache.enabled': false,
            'browser.region.network.url': '', 'remote.prefs.recommended': true,
          },
        },
      });
      return wd;
    },
  },
  webkit: {
    driver: process.env.WEBKITWEBDRIVER || '/usr/bin/WebKitWebDriver',
    browser: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    async start() {
      const x = await startXvfb();
      try {
        const wd = await WebDriver.start(this.driver, (port) => [`--port=${port}`], { DISPLAY: x.display });
        const quit = wd.quit.bind(wd);
        wd.quit = async () => { await quit(); x.stop(); };
        try {
          await wd.session({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: this.browser, args: ['--automation'] },
          });
        } catch (err) { await wd.quit(); throw err; }
        return wd;
      } catch (err) { x.stop(); throw err; }
    },
  },
};

/** Why an engine cannot run here (missing binary), or null. */
export function missing(engine) {
  const e = ENGINES[engine];
  for (const f of [e.driver, e.browser]) if (!fs.existsSync(f)) return `${f} not found (run scripts/setup.sh)`;
  return null;
}
