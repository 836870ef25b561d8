import type { Knex } from 'knex';
import type { Request, Response } from 'express';
import { sendAttachment } from '../../http/download';
import type { SessionUser } from '../../http/session';
import { openAttachment } from './attachments.service';

/** An ASCII stand-in for old clients that ignore filename*: the name itself when it is plain, else by id. */
function asciiName(id: number, filename: string): string {
  if (/^[\x20-\x7e]+$/.test(filename)) return filename;
  return `attachment-${id}${filename.slice(filename.lastIndexOf('.'))}`;
}

/**
 * Sends a stored file. The ETag is its SHA-256, so a browser that has it revalidates for a 304
 * and never downloads it twice; private, because the file is only some users' to see.
 */
export async function downloadAttachment(db: Knex, viewer: SessionUser | null, req: Request, res: Response, id: number): Promise<void> {
  const { attachment: a, bytes } = await openAttachment(db, viewer, id);
  const etag = `"${a.sha256}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const given = req.get('if-none-match');
  if (given && given.split(',').some((t) => [etag, `W/${etag}`, '*'].includes(t.trim()))) {
    res.status(304).end();
    return;
  }
  sendAttachment(res, await bytes(), a.filename, asciiName(a.id, a.filename), a.contentType);
}
