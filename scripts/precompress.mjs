// Precompressed copies of served files, for servers and CDNs that send them as they are:
// FILE.br (brotli, Node's zlib, quality 11) and FILE.gz (GNU `gzip -9 -n`; zlib
// level 9 where GNU gzip is missing) beside every text or WebAssembly file under a folder.
// A copy that would not be smaller than the file is not written (tiny files).
//
//   node scripts/precompress.mjs DIR      (scripts/build.sh runs it on dist/)
//
// A server then answers `Accept-Encoding: br` with FILE.br and `Content-Encoding: br`,
// else gzip, else FILE itself, always with `Vary: Accept-Encoding` and the content type of
// FILE (`application/wasm` for .wasm): scripts/serve.mjs (sirv) and bench/run.mjs do.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Extensions of the files worth compressing (text and WebAssembly). */
export const COMPRESSIBLE = ['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.csv', '.map'];

/** brotli q11, as a CDN's static compression. */
export function brotli(buf) {
  return zlib.brotliCompressSync(buf, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
  } });
}

/** GNU gzip -9 (no name or time stamp: reproducible); zlib's level 9 without it. */
export function gzip(buf) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input: buf, maxBuffer: 1 << 28 });
  } catch {
    return zlib.gzipSync(buf, { level: 9 });
  }
}

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

/** Writes FILE.br and FILE.gz beside each compressible file under `dir` (stale copies of a
 * previous build are replaced or removed); returns `[{file, raw, br, gz}]`. */
export function precompress(dir) {
  const out = [];
  for (const file of files(dir)) {
    if (file.endsWith('.br') || file.endsWith('.gz')) {
      if (!fs.existsSync(file.slice(0, -3))) fs.rmSync(file); // its original is gone
      continue;
    }
    if (!COMPRESSIBLE.includes(path.extname(file))) continue;
    const buf = fs.readFileSync(file);
    const row = { file: path.relative(dir, file), raw: buf.length };
    for (const [ext, fn] of [['br', brotli], ['gz', gzip]]) {
      const packed = fn(buf);
      if (packed.length < buf.length) {
        fs.writeFileSync(`${file}.${ext}`, packed);
        row[ext] = packed.length;
      } else {
        fs.rmSync(`${file}.${ext}`, { force: true });
      }
    }
    out.push(row);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    console.error('usage: node scripts/precompress.mjs DIR');
    process.exit(1);
  }
  const rows = precompress(path.resolve(dir));
  const sum = (k) => rows.reduce((n, r) => n + (r[k] || r.raw), 0);
  console.log(`precompress: ${rows.length} files in ${dir}/ (.br q11, .gz -9): ${sum('raw')} B -> br ${sum('br')} B, gzip ${sum('gz')} B`);
}
