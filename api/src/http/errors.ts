import { PROBLEM_TYPES } from '@portal/domain';

/**
 * Typed errors a service throws; problem.ts turns them into RFC 9457 responses.
 * Each carries a message key (messages.ts), never a ready-made sentence, so the
 * caller's language decides the wording.
 */
export interface FieldError {
  path: string;
  /** A message key, or already-rendered text from the validator. */
  message: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
    readonly errors: FieldError[] = [],
    /** Extra members for the problem body (e.g. lockedUntil). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

export class Invalid extends AppError {
  constructor(errors: FieldError[], key = 'problem.validation', params: Record<string, unknown> = {}) {
    super(400, 'validation', key, params, errors);
  }
  static field(path: string, key: string, params: Record<string, unknown> = {}): Invalid {
    return new Invalid([{ path, message: key, params }], key, params);
  }
}

export class Unauthenticated extends AppError {
  constructor(key = 'problem.unauthenticated', params: Record<string, unknown> = {}) {
    super(401, 'unauthenticated', key, params);
  }
}

export class Forbidden extends AppError {
  constructor(key = 'problem.forbidden', params: Record<string, unknown> = {}) {
    super(403, 'forbidden', key, params);
  }
}

export class NotFound extends AppError {
  constructor(key = 'problem.notFound', params: Record<string, unknown> = {}) {
    super(404, 'not-found', key, params);
  }
}

export class Conflict extends AppError {
  constructor(key = 'problem.conflict', params: Record<string, unknown> = {}, errors: FieldError[] = [], type = 'conflict') {
    super(409, type, key, params, errors);
  }
  /**
   * The record changed since the caller read it. Its own problem type, so a client
   * reloads on exactly this and not on every other conflict (a last admin, a taken slot).
   */
  static stale(): Conflict {
    return new Conflict('problem.staleVersion', {}, [], PROBLEM_TYPES.staleVersion);
  }
}


export class Locked extends AppError {
  constructor(key: string, params: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    super(423, 'locked', key, params, [], extra);
  }
}
