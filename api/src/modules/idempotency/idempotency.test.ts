import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { addDays, calendarDay } from '@portal/domain';
import { Invalid } from '../../http/errors';
import { route } from '../../http/route';
import { allRoutes } from '../../modules';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

/** A POST that counts how often its work really ran, so a test can see a replay from a rerun. */
let runs = 0;
const probe = route({
  method: 'post',
  path: '/test/idempotent',
  allow: 'signedIn',
  status: 201,
  idempotent: true,
  summary: 'test only',
  response: z.object({ run: z.number().int(), n: z.number() }),
  body: z.object({ n: z.number(), waitMs: z.number().default(0), fail: z.boolean().default(false) }),
  handle: async ({ body }) => {
    runs += 1;
    await new Promise((resolve) => setTimeout(resolve, body.waitMs));
    if (body.fail) throw Invalid.field('n', 'problem.validation');
    return { run: runs, n: body.n };
  },
});

describe('Idempotency-Key on POSTs that create', () => {
  let ctx: TestContext;
  let ecom: Session, bjClerk: Session;
  before(async () => {
    ctx = await createTestContext({ routes: [...allRoutes, probe] });
    [ecom, bjClerk] = await Promise.all(['ecom', 'bj_clerk'].map((u) => signIn(ctx.app, u)));
  });
  after(() => ctx.close());

  const send = (who: Session, key: string | null, body: object) => {
    const req = who.post('/api/test/idempotent');
    return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
  };

  it('replays the first response to the same key and body, without running the work again', async () => {
    const before = runs;
    const first = await send(ecom, 'k-replay', { n: 1 });
    assert.equal(first.status, 201);
    const again = await send(ecom, 'k-replay', { n: 1 });
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(runs, before + 1);
  });

  it('refuses the same key with another body as a 409 naming the header', async () => {
    assert.equal((await send(ecom, 'k-reused', { n: 1 })).status, 201);
    const res = await send(ecom, 'k-reused', { n: 2 });
    assert.equal(res.status, 409);
    assert.match(res.headers['content-type'], /application\/problem\+json/);
    assert.ok(res.body.type.endsWith('/idempotency-key-reused'));
    assert.deepEqual(
      res.body.errors.map((e: { path: string }) => e.path),
      ['Idempotency-Key'],
    );
  });

  it('runs concurrent duplicates once and gives both the first response', async () => {
    const before = runs;
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => send(ecom, 'k-race', { n: 3, waitMs: 300 })));
    assert.equal(runs, before + 1);
    for (const res of [a, b, c]) {
      assert.equal(res.status, 201);
      assert.deepEqual(res.body, a.body);
    }
  });

  it('keeps no failed response: a retry with the same key runs again', async () => {
    const before = runs;
    assert.equal((await send(ecom, 'k-fail', { n: 4, fail: true })).status, 400);
    const retry = await send(ecom, 'k-fail', { n: 4, fail: true });
    assert.equal(retry.status, 400);
    assert.equal(runs, before + 2);
  });

  it('keeps each user’s keys apart', async () => {
    const before = runs;
    const mine = await send(ecom, 'k-user', { n: 5 });
    const theirs = await send(bjClerk, 'k-user', { n: 5 });
    assert.equal(theirs.status, 201);
    assert.notEqual(theirs.body.run, mine.body.run);
    assert.equal(runs, before + 2);
  });

  it('forgets a key after 24 hours', async () => {
    const first = await send(ecom, 'k-old', { n: 6 });
    await ctx.db('idempotency_keys').where({ key: 'k-old' }).update({ expires_at: ctx.db.raw(`now() - interval '1 second'`) });
    const later = await send(ecom, 'k-old', { n: 6 });
    assert.equal(later.status, 201);
    assert.notEqual(later.body.run, first.body.run);
    assert.equal(later.headers['idempotent-replayed'], undefined);
  });

  it('frees a key whose first request never finished (its process died) once the claim runs out', async () => {
    const before = runs;
    await ctx.db('idempotency_keys').insert({ user_id: ecom.userId, key: 'k-dead', request_hash: 'x', expires_at: ctx.db.raw(`now() - interval '1 second'`) });
    const res = await send(ecom, 'k-dead', { n: 8 });
    assert.equal(res.status, 201);
    assert.equal(runs, before + 1);
  });

  it('runs every request without a key, and refuses a malformed key naming the header', async () => {
    const before = runs;
    await send(ecom, null, { n: 7 });
    await send(ecom, null, { n: 7 });
    assert.equal(runs, before + 2);
    const bad = await send(ecom, 'has spaces', { n: 7 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'Idempotency-Key');
  });

  it('creates one ad quote however often POST /api/ad-quotes is retried with its key', async () => {
    const today = calendarDay(new Date());
    const slot = (await ctx.db('ad_slots').where({ code: 'SEARCH-TOP' }).first('id')).id;
    const hq = (await ctx.db('units').where({ code: 'HQ' }).first('id')).id;
    const customer = (await ctx.db('customers').first('id')).id;
    const body = {
      unitId: hq,
      customerId: customer,
      validUntil: addDays(today, 30),
      lines: [{ slotId: slot, startsOn: today, endsOn: today }],
    };
    const count = async () => Number((await ctx.db('ad_quotes').count({ n: '*' }).first())!.n);
    const before = await count();
    const first = await ecom.post('/api/ad-quotes').set('Idempotency-Key', 'quote-1').send(body);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const retry = await ecom.post('/api/ad-quotes').set('Idempotency-Key', 'quote-1').send(body);
    assert.equal(retry.status, 201);
    assert.equal(retry.body.id, first.body.id);
    assert.equal(retry.body.number, first.body.number);
    assert.equal(await count(), before + 1);
  });
});
