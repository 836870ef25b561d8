import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * API responses over 1 kB are compressed on the fly (brotli or gzip, as the
 * client accepts): lists and the price matrix are JSON that shrinks five- to
 * tenfold. Below 1 kB the framing costs more than it saves. The SPA's files are
 * compressed once at build time instead (static-precompressed.ts).
 */
export function compressJson(): RequestHandler {
  return compression({ threshold: 1024 });
}
