import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** The per-response CSP nonce, for the SPA's index.html (Angular puts it on the styles it adds at run time). */
export const cspNonce = (res: Response): string => res.locals.cspNonce as string;

/**
 * Security headers, through helmet rather than by hand. The CSP is strict for
 * scripts — only our own files, nothing inline, no eval — so injected markup
 * cannot run code. Styles Angular adds at run time carry a per-response nonce
 * (ngCspNonce on <app-root>); style attributes stay allowed, they cannot run
 * code. HSTS only when the request came over TLS (TRUST_PROXY and
 * X-Forwarded-Proto: https behind a load balancer): over plain http a browser
 * ignores it and a developer's localhost must not be pinned to https.
 */
export function securityHeaders(): RequestHandler[] {
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  return [
    (_req, res, next) => {
      res.locals.cspNonce = randomBytes(16).toString('base64');
      next();
    },
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(res as Response)}'`],
          styleSrcAttr: ["'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'same-origin' },
      frameguard: { action: 'deny' },
    }),
    (req: Request, res: Response, next: NextFunction) => (req.secure ? hsts(req, res, next) : next()),
    (_req, res, next) => {
      // Nothing here uses the camera, microphone, location or payment APIs; say so, so no injected frame can ask.
      res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
      next();
    },
  ];
}
