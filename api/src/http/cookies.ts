import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'portal_sid';
/** Angular's HttpClient reads this cookie and echoes it in X-XSRF-TOKEN on writes. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

export function readCookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    try {
      out[name] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // a malformed cookie is ignored, not a 500
    }
  }
  return out;
}

export function setSessionCookies(req: Request, res: Response, token: string, csrf: string, maxAgeMs: number): void {
  // Secure whenever the client reached us over https (directly or via a trusted proxy).
  const common = { sameSite: 'lax' as const, secure: req.secure, path: '/', maxAge: maxAgeMs };
  res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  res.cookie(XSRF_COOKIE, csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(XSRF_COOKIE, { path: '/' });
}
