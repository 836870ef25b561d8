import type { Response } from 'express';

/**
 * What every downloadable document needs, whichever module prints it: the company's
 * clock for printed times, and attachment headers a browser saves under the right name.
 * Used by ad-quotes and ad-rate-cards documents, and by attachments.
 */

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 'YYYY-MM-DD HH:mm' on the company's clock (China time), for printed documents. */
export function displayTime(at: Date | string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * Content-Disposition with the name in UTF-8 (RFC 5987, so 报价单.pdf survives) and an
 * ASCII fallback for old clients. Quotes and backslashes are dropped from the fallback,
 * which sits inside a quoted string.
 */
export function contentDisposition(fileName: string, asciiName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = asciiName.replace(/["\\]/g, '');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Attachment headers with the name in UTF-8 (RFC 5987) and an ASCII fallback for old clients. */
export function sendAttachment(res: Response, body: Buffer, fileName: string, asciiName: string, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', contentDisposition(fileName, asciiName));
  res.setHeader('Content-Length', String(body.length));
  res.status(200).end(body);
}
