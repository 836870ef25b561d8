import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createTestContext, signIn, type TestContext } from '../test/support';

// Bad input of every shape must come back as a 4xx problem, never a 500 or a stack trace.
describe('problem responses', () => {
  let ctx: TestContext;
  before(async () => (ctx = await createTestContext()));
  after(() => ctx.close());

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await request(ctx.app).post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": ');
    assert.equal(res.status, 400);
    assert.match(res.headers['content-type'], /application\/problem\+json/);
    assert.equal(res.body.detail, '请求内容不是有效的 JSON');
  });

  it('tells a bare null, string or number apart from broken JSON: it must be an object', async () => {
    for (const body of ['null', '"admin"', '42']) {
      const res = await request(ctx.app).post('/api/auth/login').set('Content-Type', 'application/json').send(body);
      assert.equal(res.status, 400, body);
      assert.equal(res.body.detail, '请求内容须是一个 JSON 对象（{ … }）', body);
    }
  });

  it('answers an unknown endpoint with 404 problem+json', async () => {
    const res = await request(ctx.app).get('/api/nowhere');
    assert.equal(res.status, 404);
    assert.equal(res.body.status, 404);
  });

  it('answers hostile values with 4xx, never 500', async () => {
    const admin = await signIn(ctx.app, 'admin');
    const probes = [
      admin.get('/api/users/abc'),
      admin.get('/api/users/99999999999999999999'),
      admin.get('/api/users?page=-1'),
      admin.get('/api/users?pageSize=100000'),
      admin.get('/api/audit?actorId=1e309'),
      admin.post('/api/users').send([1, 2, 3]),
      admin.post('/api/users').send({ username: 'a'.repeat(10_000) }),
      admin.patch('/api/units/1').send({ version: 'x' }),
      admin.post('/api/users/1/grants').send({ role: 'superuser', unitId: 1 }),
      admin.post('/api/users/1/grants').send({ role: 'admin', unitId: 2147483647 }),
      request(ctx.app).post('/api/auth/login').send({ username: { $ne: 1 }, password: ['x'] }),
      request(ctx.app).get('/api/auth/me').set('Cookie', 'portal_sid=%E0%A4%A'),
    ];
    for (const [i, res] of (await Promise.all(probes)).entries()) {
      assert.ok(res.status >= 400 && res.status < 500, `probe ${i} gave ${res.status}: ${JSON.stringify(res.body)}`);
      assert.doesNotMatch(JSON.stringify(res.body), /at \w+ \(|node_modules/);
    }
  });

  it('refuses a NUL character anywhere in the input, naming the field, before PostgreSQL sees it', async () => {
    const admin = await signIn(ctx.app, 'admin');
    const search = await admin.get('/api/users?q=%00').set('Accept-Language', 'en');
    assert.equal(search.status, 400);
    assert.deepEqual(search.body.errors, [{ path: 'q', message: 'Must not contain a NUL character (\\u0000)' }]);
    const nested = await admin.post('/api/users').send({ username: 'nul', displayName: 'x', extra: { deep: ['ok', 'a\u0000'] } });
    assert.equal(nested.status, 400);
    assert.deepEqual(nested.body.errors.map((e: { path: string }) => e.path), ['extra.deep.1']);
  });

  it('treats quotes and wildcards in a search as plain text', async () => {
    const admin = await signIn(ctx.app, 'admin');
    const res = await admin.get('/api/users?q=' + encodeURIComponent("%' or 1=1 --"));
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 0);
  });

  it('echoes a request id that a load balancer assigned', async () => {
    const res = await request(ctx.app).get('/api/health').set('X-Request-Id', 'lb-12345678');
    assert.equal(res.headers['x-request-id'], 'lb-12345678');
    assert.equal(res.body.status, 'ok');
  });
});
