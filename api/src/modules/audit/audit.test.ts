import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAuditAction, isAuditEntity } from '@portal/domain';
import { createTestContext, signIn, type TestContext } from '../../test/support';

describe('audit log', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
    const admin = await signIn(ctx.app, 'admin');
    const hq = (await admin.get('/api/units')).body.items[0];
    await admin.post('/api/units').send({ code: 'QA', nameZh: '质量部', nameEn: 'Quality', kind: 'department', parentId: hq.id });
  });
  after(() => ctx.close());

  it('lets the auditor filter by entity, action and day, newest first', async () => {
    const auditor = await signIn(ctx.app, 'auditor');
    const today = new Date().toISOString().slice(0, 10);
    const res = await auditor.get(`/api/audit?entity=unit&action=unit.create&from=${today}&to=${today}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 1);
    assert.equal(res.body.items[0].after.code, 'QA');
    assert.equal(res.body.items[0].actorName, '系统管理员');
    const all = await auditor.get('/api/audit?pageSize=100');
    const ids = all.body.items.map((r: { id: number }) => r.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
    const facets = await auditor.get('/api/audit/facets');
    assert.ok(facets.body.actions.includes('auth.login'));
  });

  it('finds rows by free text inside the change', async () => {
    const auditor = await signIn(ctx.app, 'auditor');
    const res = await auditor.get('/api/audit?q=' + encodeURIComponent('质量部'));
    assert.equal(res.body.total, 1);
  });

  it('has a readable label for every action and record type in the trail, seed included', async () => {
    const auditor = await signIn(ctx.app, 'auditor');
    const { actions, entities } = (await auditor.get('/api/audit/facets')).body as { actions: string[]; entities: string[] };
    assert.ok(actions.includes('seed.demo') && actions.includes('unit.create'));
    assert.deepEqual(actions.filter((a) => !isAuditAction(a)), []);
    assert.deepEqual(entities.filter((e) => !isAuditEntity(e)), []);
  });

  it('refuses a malformed date with the field named', async () => {
    const auditor = await signIn(ctx.app, 'auditor');
    const res = await auditor.get('/api/audit?from=2026-13-45');
    assert.equal(res.status, 400);
    assert.equal(res.body.errors[0].path, 'from');
  });

  it('is read-only: there is no route that edits or deletes a trail row', async () => {
    const { allRoutes } = await import('../../modules');
    assert.deepEqual(allRoutes.filter((r) => r.path.startsWith('/audit') && r.method !== 'get'), []);
  });
});
