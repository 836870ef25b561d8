import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Conditional GET for what the SPA polls (notifications, the inbox count).
 *
 * Why polling with ETag rather than WebSocket or server-sent events: it is plain
 * HTTP, so it passes every corporate proxy untouched, and any API instance can
 * answer any poll because the state is in PostgreSQL: no sticky sessions and no
 * pub/sub between instances. An unchanged poll costs one small query and a 304.
 *
 * The tag is a hash of whatever the response depends on (the user, the language,
 * the query string and a cheap "has anything changed" stamp). `private, no-cache`
 * lets the browser keep the body and revalidate it on every poll by itself, while
 * shared proxies never store one user's data.
 *
 * Sends 304 and returns true when the client already has this version.
 */
export function notModified(req: Request, res: Response, ...dependsOn: unknown[]): boolean {
  const hash = createHash('sha256').update(JSON.stringify(dependsOn)).digest('base64url').slice(0, 27);
  const tag = `W/"${hash}"`;
  res.setHeader('ETag', tag);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('Vary', 'Cookie, Accept-Language');
  const given = req.get('if-none-match');
  if (given && given.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
    res.status(304).end();
    return true;
  }
  return false;
}
