import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import * as repo from '../modules/idempotency/idempotency.repo';
import { AppError, Invalid } from './errors';
import { registerMessages } from './messages';

/**
 * `Idempotency-Key` for POSTs that create something (DESIGN.md: creating anything that moves
 * money accepts one). A route opts in with `idempotent: true`; mount.ts then runs its handler
 * through idempotent(). A client that lost the answer to its POST (timeout, dropped Wi-Fi)
 * sends the same request with the same key again and gets the first answer, not a second quote:
 *
 *   route({ method: 'post', path: '/purchase-plans', allow: …, status: 201, idempotent: true, … })
 *
 * - same user, same key, same method, URL and body → the first response (status and body),
 *   marked `Idempotent-Replayed: true`;
 * - same key, another request → 409 naming the header;
 * - the same request while the first still runs → waits for it (up to WAIT_MS), then replays;
 *   the key row is inserted before the work starts, so the work never runs twice;
 * - only a 2xx is kept: after an error the key is released and a retry really runs;
 * - keys are kept 24 hours, in PostgreSQL, so every instance behind the balancer knows them.
 *   A request without the header runs as before.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

const TTL_HOURS = 24;
/** A claim whose request never finished (its process died) stops blocking the key after this. */
const CLAIM_SECONDS = 300;
const WAIT_MS = 10_000;
const POLL_MS = 50;
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

registerMessages({
  'problem.idempotencyKeyBad': {
    zh: 'Idempotency-Key 请求头应为 1 至 255 个可见 ASCII 字符',
    en: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters',
  },
  'problem.idempotencyKeyReused': {
    zh: '该 Idempotency-Key 已用于另一个请求；新的请求请使用新的键',
    en: 'This Idempotency-Key was already used for a different request; send a new request with a new key',
  },
  'problem.idempotencyKeyBusy': {
    zh: '使用同一 Idempotency-Key 的上一个请求仍在处理中，请稍后重试',
    en: 'The earlier request with this Idempotency-Key is still being processed; try again shortly',
  },
});

const headerProblem = (status: number, type: string, key: string) =>
  new AppError(status, type, key, {}, [{ path: IDEMPOTENCY_HEADER, message: key }]);

function fingerprint(req: Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.originalUrl}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

function replay(res: Response, status: number, body: string | null): void {
  res.setHeader('Idempotent-Replayed', 'true');
  if (body === null) res.status(status).end();
  else res.status(status).type('application/json').send(body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` at most once per (user, Idempotency-Key). Returns its result for mount.ts to
 * send, or undefined after having sent the replayed first response itself (res.headersSent).
 * `status` is the route's declared success status.
 */
export async function idempotent(
  db: Db,
  req: Request,
  res: Response,
  userId: number | null,
  status: number | undefined,
  work: () => Promise<unknown>,
): Promise<unknown> {
  const key = req.get(IDEMPOTENCY_HEADER);
  if (key === undefined || userId === null) return work();
  if (!KEY_FORMAT.test(key)) throw Invalid.field(IDEMPOTENCY_HEADER, 'problem.idempotencyKeyBad');
  const hash = fingerprint(req);
  const deadline = Date.now() + WAIT_MS;
  await repo.purgeExpired(db);
  while (!(await repo.claimKey(db, userId, key, hash, CLAIM_SECONDS))) {
    const first = await repo.findKey(db, userId, key);
    if (!first) {
      // Released after a failure, or expired: purge, then try to claim it again.
      await repo.purgeExpired(db);
      continue;
    }
    if (first.request_hash !== hash) throw headerProblem(409, 'idempotency-key-reused', 'problem.idempotencyKeyReused');
    if (first.status !== null) {
      replay(res, first.status, first.response_body);
      return undefined;
    }
    if (Date.now() > deadline) throw headerProblem(409, 'idempotency-key-busy', 'problem.idempotencyKeyBusy');
    await sleep(POLL_MS);
  }

  let result: unknown;
  try {
    result = await work();
  } catch (err) {
    await repo.releaseKey(db, userId, key).catch(() => undefined);
    throw err;
  }
  const sent = result === undefined ? (status ?? 204) : (status ?? 200);
  if (res.headersSent || sent < 200 || sent >= 300) {
    // The handler answered by itself (a file, say): there is nothing we could replay.
    await repo.releaseKey(db, userId, key);
    return result;
  }
  try {
    await repo.completeKey(db, userId, key, sent, result === undefined ? null : JSON.stringify(result), TTL_HOURS);
  } catch (err) {
    // The work is done and committed; failing the request now would invite a second one.
    req.log?.error({ err }, 'idempotency key not recorded');
  }
  return result;
}
