import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Express } from 'express';
import knexFactory from 'knex';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { isEmbedded, type Db } from '../../db/knex';
import { createTestContext, DEMO_PASSWORD, signIn, type TestContext } from '../../test/support';

/**
 * Two instances of the portal on one database, as behind a load balancer: on
 * PostgreSQL each with its own connection pool; on PGlite (one connection per
 * process) two apps over the same database.
 */
describe('sign-in lockout under bursts, across instances', () => {
  let ctx: TestContext;
  let secondDb: Db;
  let apps: Express[];
  before(async () => {
    ctx = await createTestContext();
    secondDb = isEmbedded(ctx.db) ? ctx.db : (knexFactory({ client: 'pg', connection: ctx.db.client.connectionSettings, pool: { min: 0, max: 10 } }) as Db);
    // Behind a proxy, so a test can speak from several client addresses.
    const config = loadConfig({ LOG_LEVEL: 'silent', TRUST_PROXY: '1' } as never);
    apps = [ctx.db, secondDb].map((db) => createApp({ db, config, logger: pino({ level: 'silent' }) }));
  });
  after(async () => {
    if (secondDb !== ctx.db) await secondDb.destroy();
    await ctx.close();
  });

  const login = (i: number, username: string, password: string, from = '10.0.0.1') =>
    request(apps[i % 2]).post('/api/auth/login').set('X-Forwarded-For', from).send({ username, password });
  /** Passwords actually checked and found wrong: each leaves one audit row, a refused attempt none. */
  const verifiedFailures = async (username: string) =>
    Number((await ctx.db('audit_log').whereIn('action', ['auth.login_failed', 'auth.locked']).whereRaw(`after->>'username' = ?`, [username]).count({ n: '*' }))[0].n);

  it('a burst of 40 wrong passwords over two instances gets 5 checked, the rest refused unchecked', async () => {
    const res = await Promise.all(Array.from({ length: 40 }, (_, i) => login(i, 'finance', `wrong-${i}`)));
    const statuses = res.map((r) => r.status);
    assert.equal(await verifiedFailures('finance'), 5, `statuses ${statuses.join(',')}`);
    assert.equal(statuses.filter((s) => s === 401).length, 4, statuses.join(',') + JSON.stringify(res.find((r) => r.status >= 500)?.body));
    assert.equal(statuses.filter((s) => s === 423).length, 36);
  });

  it('19 parallel wrong passwords then the right one: the right one is refused, the lock holds', async () => {
    const res = await Promise.all(Array.from({ length: 19 }, (_, i) => login(i, 'leader', `wrong-${i}`)));
    assert.ok(res.every((r) => r.status === 401 || r.status === 423));
    assert.equal(await verifiedFailures('leader'), 5);
    const right = await login(1, 'leader', DEMO_PASSWORD);
    assert.equal(right.status, 423, JSON.stringify(right.body));
  });

  it('answers a name that does not exist exactly as one that does', async () => {
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await login(i, username, 'not-the-password', '10.0.0.9');
        out.push(`${r.status} ${r.body.detail}`);
      }
      return out;
    };
    const known = await answers('clerk');
    const unknown = await answers('nobody-here');
    assert.deepEqual(unknown, known);
    assert.match(known[2], /再错 2 次/);
    assert.match(known[4], /^423 /);
  });

  it('five failures lock a name from one address only; a colleague elsewhere still signs in', async () => {
    for (let i = 0; i < 5; i++) await login(i, 'dept_head', 'wrong', '10.0.1.1');
    assert.equal((await login(0, 'dept_head', DEMO_PASSWORD, '10.0.1.1')).status, 423);
    assert.equal((await login(1, 'dept_head', DEMO_PASSWORD, '10.0.1.2')).status, 200);
  });

  it('20 failures from many addresses lock the name everywhere; the administrator sees and lifts it', async () => {
    for (let a = 0; a < 5; a++) {
      await Promise.all(Array.from({ length: 4 }, (_, i) => login(i, 'bj_gm', 'wrong', `10.0.2.${a}`)));
    }
    assert.equal(await verifiedFailures('bj_gm'), 20);
    assert.equal((await login(0, 'bj_gm', DEMO_PASSWORD, '10.0.2.99')).status, 423);
    const admin = await signIn(ctx.app, 'admin');
    const id = (await ctx.db('users').where({ username: 'bj_gm' }).first('id')).id;
    assert.equal((await admin.get(`/api/users/${id}`)).body.locked, true);
    assert.equal((await admin.post(`/api/users/${id}/unlock`)).status, 200);
    assert.equal((await login(1, 'bj_gm', DEMO_PASSWORD, '10.0.2.99')).status, 200);
  });
});
