import zlib from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * API responses over 1 kB are compressed on the fly (brotli or gzip, as the
 * client accepts): lists and the price matrix are JSON that shrinks ten- to
 * fifteenfold. Below 1 kB the framing costs more than it saves. The fastest
 * levels, since this is paid on every request: on a 290 kB price matrix brotli
 * quality 1 takes 1.5 ms for 16× smaller, the library's default (quality 4)
 * 6 ms for 19×. The SPA's files are compressed once, at the highest level, at
 * build time instead (web/scripts/precompress.mjs, served by spa.ts).
 */
export function compressJson(): RequestHandler {
  return compression({ threshold: 1024, level: 1, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } } });
}
