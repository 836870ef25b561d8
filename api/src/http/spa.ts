import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { cspNonce } from './security';

/** Encodings made at build time by web/scripts/precompress.mjs, best first. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;
const ONE_YEAR_S = 31_536_000;

/**
 * Serves the built SPA: hashed bundles cached for a year, as the brotli or gzip
 * copy made at build time when the browser accepts it; index.html fresh every
 * time, with this response's CSP nonce on <app-root> (Angular's ngCspNonce).
 */
export function serveSpa(app: Express, webDist: string): void {
  const dist = path.resolve(webDist);
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  const index = fs.readFileSync(indexFile, 'utf8');
  const precompressed = new Set<string>();
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) precompressed.add(path.join(entry.parentPath ?? entry.path, entry.name));
  }

  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/')) return next();
    let file: string;
    try {
      file = path.join(dist, decodeURIComponent(req.path));
    } catch {
      return next(); // a malformed escape: express.static answers it
    }
    if (!file.startsWith(dist + path.sep)) return next();
    const available = ENCODINGS.filter((e) => precompressed.has(file + e.ext));
    if (!available.length) return next();
    res.vary('Accept-Encoding');
    // Our order, not the header's: browsers list "gzip, deflate, br" at equal weight, and brotli is smaller.
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return next();
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_S}, immutable`);
    res.sendFile(file + encoding.ext, { cacheControl: false }, (err) => err && next(err));
  });
  // Hashed bundles can be cached for a year; index.html must always be fresh.
  app.use(express.static(dist, { index: false, maxAge: '1y', immutable: true }));
  app.get(/^(?!\/api\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(index.replace('<app-root>', `<app-root ngCspNonce="${cspNonce(res)}">`));
  });
}
