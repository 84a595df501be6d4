// Serves dist/ on http://127.0.0.1:PORT (default 8080) with the right MIME types
// (application/wasm), and the precompressed copies scripts/build.sh writes beside each file
// (FILE.br, FILE.gz: scripts/precompress.mjs) with `Content-Encoding` when the request
// accepts it (brotli first) and `Vary: Accept-Encoding`. Usage: node scripts/serve.mjs [PORT]
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const port = Number(process.argv[2] || process.env.PORT || 8080);
const files = sirv(dist, { dev: true, extensions: ['html'], brotli: true, gzip: true });
http.createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end('not found'); }))
  .listen(port, '127.0.0.1', () => console.log(`h200-map demo article: http://127.0.0.1:${port}/demo/`));
