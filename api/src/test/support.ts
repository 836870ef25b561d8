import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import type { Express } from 'express';
import knexFactory from 'knex';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createDb, type Db } from '../db/knex';
import { migrateLatest } from '../db/migrate';
import type { RouteDef } from '../http/route';
import { DEMO_PASSWORD, seedDemo } from '../../../db/seeds/demo';

export { DEMO_PASSWORD };

export interface TestContext {
  db: Db;
  app: Express;
  close(): Promise<void>;
}

/**
 * A fresh, migrated and seeded database for one test file: a new database on the
 * PostgreSQL server of TEST_DATABASE_URL when set (CI), else in-memory PGlite.
 * Real PostgreSQL either way; nothing is mocked.
 */
export async function createTestContext(opts: { routes?: readonly RouteDef[]; seed?: boolean } = {}): Promise<TestContext> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let db: Db;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const name = `portal_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
    await admin.raw(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = createDb({ url: url.toString(), poolMax: 10 });
    dropDatabase = async () => {
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    };
  } else {
    db = createDb({});
  }
  await migrateLatest(db);
  if (opts.seed !== false) await seedDemo(db);
  const config = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  // Every response is checked against its route's contract: each API test is a contract test too.
  const app = createApp({ db, config, logger: pino({ level: 'silent' }), routes: opts.routes, checkContracts: true });
  return {
    db,
    app,
    async close() {
      await db.destroy();
      await dropDatabase();
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF header on writes, as the SPA does. */
export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  userId: number;
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  patch(url: string): request.Test;
  delete(url: string): request.Test;
}

export async function signIn(app: Express, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const agent = request.agent(app);
  const res = await agent.post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))!.split(';')[0].split('=')[1]);
  const withCsrf = (t: request.Test) => t.set('X-XSRF-TOKEN', csrf);
  return {
    agent,
    csrf,
    userId: res.body.user.id,
    get: (url) => agent.get(url),
    post: (url) => withCsrf(agent.post(url)),
    put: (url) => withCsrf(agent.put(url)),
    patch: (url) => withCsrf(agent.patch(url)),
    delete: (url) => withCsrf(agent.delete(url)),
  };
}

/** A 400 whose one field error names `path`: malformed input is refused at the edge, never a 500. */
export function refused(res: { status: number; body: { errors: { path: string }[] } }, path: string): void {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.deepEqual(res.body.errors.map((e) => e.path), [path]);
}

/**
 * The opening most module suites share, called inside `describe`: before the suite, its own database
 * and the named users signed in, handed to `signedIn` in the order named (which may go on to set up
 * the suite's records); after it, the database closed. The context it returns is filled in once the
 * suite starts.
 */
export function signedInSuite(usernames: readonly string[], signedIn: (sessions: Session[]) => unknown): TestContext {
  const ctx = {} as TestContext;
  before(async () => {
    Object.assign(ctx, await createTestContext());
    await signedIn(await Promise.all(usernames.map((u) => signIn(ctx.app, u))));
  });
  after(() => ctx.close());
  return ctx;
}

/**
 * A suite with its own database and one signed-in user (`as.session` once it starts), as the
 * "malformed input is a 400 naming the field" checks of every module want it.
 */
export function describeSignedIn(title: string, username: string, body: (as: { session: Session; ctx: TestContext }) => void): void {
  describe(title, () => {
    const as = {} as { session: Session; ctx: TestContext };
    as.ctx = signedInSuite([username], ([session]) => (as.session = session));
    body(as);
  });
}

/** A download's bytes (PDF, XLSX) as the response body, for read-back in tests. */
export async function downloaded(t: request.Test): Promise<{ status: number; type: string; body: Buffer }> {
  const res = await t.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  return { status: res.status, type: String(res.headers['content-type'] ?? ''), body: res.body as Buffer };
}
