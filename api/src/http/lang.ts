import type { Request } from 'express';

export type Lang = 'zh' | 'en';

/** zh-CN is the users' working language; English only when the client asks for it first. */
export function langOf(req: Request): Lang {
  const header = req.get('accept-language') ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'zh';
}
