import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Session, signedInSuite, signIn } from '../../test/support';

describe('organisation units', () => {
  let admin: Session;
  const ctx = signedInSuite(['admin'], (s) => ([admin] = s));
  const id = async (code: string) => (await ctx.db('units').where({ code }).first('id')).id as number;

  it('gives every signed-in user the seeded tree: HQ, its centres and three branches', async () => {
    const res = await (await signIn(ctx.app, 'requester')).get('/api/units');
    assert.equal(res.status, 200);
    const names = res.body.items.map((u: { nameZh: string }) => u.nameZh);
    for (const n of ['总部', '售后服务中心', '电子商务部', '财务中心', '采销中心', '办公室', '供应处', '北京分部', '上海分部', '广州分部']) {
      assert.ok(names.includes(n), n);
    }
    assert.equal(res.body.items[0].parentId, null);
  });

  it('adds a department under a branch and refuses one under the wrong kind', async () => {
    const ok = await admin.post('/api/units').send({ code: 'BJ-SVC', nameZh: '北京分部售后部', nameEn: 'Beijing after-sales', kind: 'branch_department', parentId: await id('BJ') });
    assert.equal(ok.status, 201);
    const bad = await admin.post('/api/units').send({ code: 'X1', nameZh: '错位', nameEn: 'Misplaced', kind: 'branch_department', parentId: await id('HQ') });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'parentId');
    assert.match(bad.body.errors[0].message, /不能放在/);
  });

  it('refuses to deactivate a unit that still has active users', async () => {
    const it_ = (await admin.get('/api/units')).body.items.find((u: { code: string }) => u.code === 'IT');
    const res = await admin.patch(`/api/units/${it_.id}`).send({ version: it_.version, active: false });
    assert.equal(res.status, 400);
    assert.match(res.body.errors[0].message, /启用的用户/);
  });

  it('refuses to move a unit under its own sub-unit', async () => {
    const bj = (await admin.get('/api/units')).body.items.find((u: { code: string }) => u.code === 'BJ');
    const res = await admin.patch(`/api/units/${bj.id}`).send({ version: bj.version, parentId: await id('BJ-PUB') });
    assert.equal(res.status, 400);
  });

  it('refuses a duplicate code with 409 rather than a server error', async () => {
    const res = await admin.post('/api/units').send({ code: 'HR', nameZh: '重复', nameEn: 'Dup', kind: 'department', parentId: await id('HQ') });
    assert.equal(res.status, 409);
  });

  it('renames with the version and records before → after', async () => {
    const hr = (await admin.get('/api/units')).body.items.find((u: { code: string }) => u.code === 'HR');
    const res = await admin.patch(`/api/units/${hr.id}`).send({ version: hr.version, nameZh: '人力资源中心' });
    assert.equal(res.status, 200);
    assert.equal(res.body.version, hr.version + 1);
    const row = await ctx.db('audit_log').where({ action: 'unit.update', entity_id: String(hr.id) }).first('before', 'after');
    assert.equal(row.before.name_zh, '人力资源部');
    assert.equal(row.after.name_zh, '人力资源中心');
  });
});
