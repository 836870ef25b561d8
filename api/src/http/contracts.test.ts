import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { z } from 'zod';
import { allRoutes } from '../modules';
import { createTestContext, type TestContext } from '../test/support';
import { route } from './route';

// Routes of the test's own: one that keeps its contract and three that break theirs.
const Thing = z.object({ id: z.number().int(), name: z.string(), createdBy: z.object({ id: z.number().int() }).nullable() });
const testRoutes = [
  route({ method: 'get', path: '/contract-test/kept', allow: 'public', summary: 'keeps', response: Thing, handle: async () => ({ id: 1, name: 'a', createdBy: null }) }),
  route({ method: 'get', path: '/contract-test/broken', allow: 'public', summary: 'breaks', response: Thing, handle: async () => ({ id: 1, name: 2, createdBy: null }) }),
  route({ method: 'get', path: '/contract-test/missing', allow: 'public', summary: 'breaks', response: Thing, handle: async () => ({ id: 1 }) }),
  route({ method: 'delete', path: '/contract-test/empty', allow: 'public', summary: 'breaks', response: 'empty', handle: async () => ({ id: 1 }) }),
];

describe('response contracts', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext({ routes: testRoutes, seed: false });
  });
  after(() => ctx.close());

  it('declares a response on every registered route', () => {
    for (const r of allRoutes) assert.ok(r.response, `${r.method} ${r.path} declares no response`);
  });

  it('lets a response that matches its contract through unchanged', async () => {
    const res = await request(ctx.app).get('/api/contract-test/kept');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { id: 1, name: 'a', createdBy: null });
  });

  it('fails a response that does not match its contract with a 500 naming the route and the field', async () => {
    const errors = console.error;
    console.error = () => {};
    try {
      const broken = await request(ctx.app).get('/api/contract-test/broken');
      assert.equal(broken.status, 500);
      assert.match(broken.body.contractViolation, /GET \/contract-test\/broken: name:/);
      const missing = await request(ctx.app).get('/api/contract-test/missing');
      assert.equal(missing.status, 500);
      assert.match(missing.body.contractViolation, /name:.*createdBy:/);
      const empty = await request(ctx.app).delete('/api/contract-test/empty');
      assert.equal(empty.status, 500);
      assert.match(empty.body.contractViolation, /declared empty/);
    } finally {
      console.error = errors;
    }
  });
});
