import express, { type Request, type Response } from 'express';
import { Invalid } from './errors';

/** Uploads are large spreadsheets, well past the JSON limit of the API. */
export const UPLOAD_LIMIT = '20mb';

const raw = express.raw({ type: () => true, limit: UPLOAD_LIMIT });

/**
 * The uploaded file of a request: the raw body (any Content-Type but JSON, the
 * way a browser posts a File), or a JSON body `{ fileBase64 }` for small files.
 * Read on demand so routes stay declared as data without a body schema.
 */
export async function readUpload(req: Request, res: Response, noFileKey: string): Promise<Buffer> {
  if (req.body === undefined) {
    await new Promise<void>((resolve, reject) => raw(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
  }
  const body: unknown = req.body;
  if (Buffer.isBuffer(body) && body.length > 0) return body;
  if (body && typeof body === 'object' && typeof (body as { fileBase64?: unknown }).fileBase64 === 'string') {
    const buf = Buffer.from((body as { fileBase64: string }).fileBase64, 'base64');
    if (buf.length > 0) return buf;
  }
  throw new Invalid([{ path: 'file', message: noFileKey }], noFileKey);
}
