// Brotli and gzip copies of the built SPA, made once at build time so the server never compresses
// a static file per request: the server picks foo.js.br or foo.js.gz by Accept-Encoding
// (api/src/http/spa.ts). index.html is left alone: it gets a fresh CSP nonce per request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve(process.argv[2] ?? 'dist/web/browser');
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|webmanifest|ttf|otf)$/;
const MIN_BYTES = 1024;

let raw = 0;
let br = 0;
let files = 0;
for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const data = fs.readFileSync(file);
  if (data.length < MIN_BYTES) continue;
  const brotli = zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  fs.writeFileSync(file + '.br', brotli);
  fs.writeFileSync(file + '.gz', zlib.gzipSync(data, { level: 9 }));
  raw += data.length;
  br += brotli.length;
  files++;
}
console.log(`precompressed ${files} files in ${path.relative(process.cwd(), dir)}: ${(raw / 1024).toFixed(0)} kB → ${(br / 1024).toFixed(0)} kB brotli`);
