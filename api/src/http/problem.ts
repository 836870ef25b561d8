import type { NextFunction, Request, Response } from 'express';
import { databaseProblem } from './db-problems';
import { AppError, Conflict } from './errors';
import { langOf } from './lang';
import { t } from './messages';

const PROBLEM_BASE = 'https://portal.example/problems/';

/** A short, stable title per status; `detail` carries the specific sentence. */
const TITLES: Record<number, string> = {
  400: 'problem.title.invalid',
  401: 'problem.title.unauthenticated',
  403: 'problem.title.forbidden',
  404: 'problem.title.notFound',
  409: 'problem.title.conflict',
  413: 'problem.title.tooLarge',
  423: 'problem.title.locked',
  500: 'problem.title.internal',
  503: 'problem.title.unavailable',
};

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
}

/**
 * Turns database errors a request can legitimately cause into typed errors.
 * Services check first; this is the backstop that keeps a race (two inserts of
 * the same unique key, a serialization failure) from ever surfacing as a 500.
 */
function isJson(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function fromDatabase(err: PgError): AppError | null {
  // A rule a module's trigger or constraint enforces, with the module's own words for it.
  const known = databaseProblem(err.code?.startsWith('23') ? err.constraint : undefined);
  if (known) {
    const type = known.status === 409 ? 'conflict' : 'validation';
    return new AppError(known.status, type, known.key, {}, [{ path: known.path ?? err.constraint ?? '', message: known.key }]);
  }
  switch (err.code) {
    case '23505':
    case '23P01': // an exclusion constraint is a unique key that can be deferred or hold ranges
      return new AppError(409, 'duplicate', 'problem.duplicate', {}, [{ path: err.constraint ?? '', message: 'problem.duplicate' }]);
    case '40001':
    case '40P01':
      // The write lost a race with another; reading again and retrying is the answer, as for a stale version.
      return Conflict.stale();
    case '23503':
    case '23514':
    case '23502':
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22021':
      return new AppError(400, 'validation', 'problem.badRequest');
    default:
      return null;
  }
}

export function problemMiddleware() {
  // Express recognises error handlers by their four parameters.
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const lang = langOf(req);
    const requestId = String(req.id ?? '');
    let problem: AppError | null = err instanceof AppError ? err : fromDatabase(err as PgError);
    const e = err as { type?: string; status?: number; body?: unknown };
    if (!problem && e?.type === 'entity.parse.failed') {
      // Strict JSON parsing refuses a bare null, string or number too: that is valid JSON, just not an object.
      problem = isJson(e.body) ? new AppError(400, 'invalid-json', 'problem.jsonNotObject') : new AppError(400, 'invalid-json', 'problem.invalidJson');
    }
    if (!problem && e?.type === 'entity.too.large') problem = new AppError(413, 'too-large', 'problem.tooLarge');
    if (!problem && typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      problem = new AppError(e.status, 'bad-request', 'problem.badRequest');
    }
    if (!problem) {
      req.log?.error({ err }, 'unhandled error');
      problem = new AppError(500, 'internal', 'problem.internal', { requestId });
    } else if (problem.status >= 500) {
      req.log?.error({ err }, 'server error');
    }
    if (res.headersSent) return;
    res
      .status(problem.status)
      .type('application/problem+json')
      .json({
        type: PROBLEM_BASE + problem.type,
        title: t(TITLES[problem.status] ?? 'problem.badRequest', lang),
        status: problem.status,
        detail: t(problem.key, lang, problem.params),
        instance: req.originalUrl,
        requestId,
        errors: problem.errors.map((fe) => ({
          path: fe.path,
          message: t(fe.message, lang, fe.params ?? {}),
        })),
        ...problem.extra,
      });
  };
}
