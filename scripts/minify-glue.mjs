// Minifies the wasm-bindgen JS glue in place (esbuild: whitespace, syntax and local names;
// exports and `import.meta.url` kept): 58.6 -> 26.3 kB raw, 10.4 -> 7.8 kB gzip
// (bench/FINDINGS.md). scripts/build.sh runs it on dist/pkg/h200-map.js before
// scripts/embed-dist.mjs hashes it; bench/build.mjs on the bench's copy.
//
//   node scripts/minify-glue.mjs FILE
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/** Minifies the ES module at `file` in place; returns [bytes before, bytes after]. */
export function minifyGlue(file) {
  const src = fs.readFileSync(file, 'utf8');
  const { code } = transformSync(src, { loader: 'js', format: 'esm', minify: true, target: 'es2020', legalComments: 'none' });
  fs.writeFileSync(file, code);
  return [Buffer.byteLength(src), Buffer.byteLength(code)];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) {
    console.error('usage: node scripts/minify-glue.mjs FILE');
    process.exit(1);
  }
  const [a, b] = minifyGlue(file);
  console.log(`minify-glue: ${file} ${a} -> ${b} bytes`);
}
