import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { type Session, signedInSuite, signIn } from '../../test/support';

describe('user administration', () => {
  let admin: Session;
  let itUnit: number;
  let bjUnit: number;
  const ctx = signedInSuite(['admin'], async ([s]) => {
    admin = s;
    itUnit = (await ctx.db('units').where({ code: 'IT' }).first('id')).id;
    bjUnit = (await ctx.db('units').where({ code: 'BJ' }).first('id')).id;
  });

  it('lists users with their grants, paged and searchable', async () => {
    const page = await admin.get('/api/users?pageSize=5&sort=username');
    assert.equal(page.status, 200);
    // 21 staff and the two demo supplier contacts (issue 15).
    assert.equal(page.body.total, 23);
    assert.equal(page.body.items.length, 5);
    assert.equal(page.body.items[0].username, 'admin');
    const gm = await admin.get('/api/users?role=branch_gm&sort=-username');
    assert.deepEqual(gm.body.items.map((u: { username: string }) => u.username), ['sh_gm', 'bj_gm']);
    const byName = await admin.get('/api/users?q=' + encodeURIComponent('王芳'));
    assert.deepEqual(byName.body.items.map((u: { username: string }) => u.username), ['clerk']);
  });

  it('refuses an unknown sort field with a 400 naming it', async () => {
    const res = await admin.get('/api/users?sort=password_hash');
    assert.equal(res.status, 400);
    assert.equal(res.body.errors[0].path, 'sort');
  });

  it('creates a user who can sign in once granted a role, and audits every step', async () => {
    const created = await admin.post('/api/users').send({ username: 'gz_gm', displayName: '林峰', unitId: bjUnit, password: 'Secret#123' });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.roles, []);
    const granted = await admin.post(`/api/users/${created.body.id}/grants`).send({ role: 'branch_gm', unitId: bjUnit });
    assert.equal(granted.status, 201);
    assert.deepEqual(granted.body.roles.map((r: { role: string; unitName: string }) => [r.role, r.unitName]), [['branch_gm', '北京分部']]);
    const me = await signIn(ctx.app, 'gz_gm', 'Secret#123');
    assert.equal((await me.get('/api/auth/me')).body.user.roles[0].role, 'branch_gm');
    const trail = await ctx.db('audit_log').where({ entity: 'user', entity_id: String(created.body.id) }).orderBy('id').pluck('action');
    assert.deepEqual(trail.slice(0, 2), ['user.create', 'user.grant_role']);
    const row = await ctx.db('audit_log').where({ action: 'user.create' }).first('after', 'actor_name', 'request_id');
    assert.equal(row.actor_name, '系统管理员');
    assert.ok(row.request_id);
    assert.equal(JSON.stringify(row.after).includes('password'), false, 'no password material in the trail');
  });

  it('refuses a duplicate username in any letter case, naming the field', async () => {
    const res = await admin.post('/api/users').send({ username: 'CLERK', displayName: '重复', unitId: itUnit, password: 'Secret#123' });
    assert.equal(res.status, 400);
    assert.equal(res.body.errors[0].path, 'username');
    assert.match(res.body.errors[0].message, /已被使用/);
  });

  it('names every bad field of a new user', async () => {
    const res = await admin.post('/api/users').send({ username: '1x', displayName: '', unitId: 'HQ', password: 'short' });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path).sort(), ['displayName', 'password', 'unitId', 'username']);
    assert.ok(res.body.errors.find((e: { path: string }) => e.path === 'password').message.includes('8'));
  });

  it('refuses the same grant twice with 409', async () => {
    const clerk = await ctx.db('users').where({ username: 'clerk' }).first('id');
    const office = await ctx.db('units').where({ code: 'OFFICE' }).first('id');
    const res = await admin.post(`/api/users/${clerk.id}/grants`).send({ role: 'purchasing_clerk', unitId: office.id });
    assert.equal(res.status, 409);
  });

  it('rejects a stale edit with 409 instead of overwriting', async () => {
    const u = (await admin.get('/api/users?q=requester')).body.items[0];
    const first = await admin.patch(`/api/users/${u.id}`).send({ version: u.version, displayName: '李娜（信息部）' });
    assert.equal(first.status, 200);
    const stale = await admin.patch(`/api/users/${u.id}`).send({ version: u.version, displayName: '覆盖' });
    assert.equal(stale.status, 409);
    assert.match(stale.body.detail, /已被他人修改/);
    assert.equal((await admin.get(`/api/users/${u.id}`)).body.displayName, '李娜（信息部）');
  });

  it('signs a disabled user out everywhere', async () => {
    const victim = await signIn(ctx.app, 'ecom');
    const u = (await admin.get(`/api/users/${victim.userId}`)).body;
    const res = await admin.patch(`/api/users/${u.id}`).send({ version: u.version, active: false });
    assert.equal(res.status, 200);
    assert.equal(res.body.active, false);
    assert.equal((await victim.get('/api/auth/me')).status, 401);
  });

  it('will not let the admin disable themself or remove the last admin grant', async () => {
    const me = (await admin.get(`/api/users/${admin.userId}`)).body;
    const self = await admin.patch(`/api/users/${me.id}`).send({ version: me.version, active: false });
    assert.equal(self.status, 400);
    assert.equal(self.body.errors[0].path, 'active');
    const revoke = await admin.delete(`/api/users/${me.id}/grants/${me.roles[0].id}`);
    assert.equal(revoke.status, 409);
    assert.match(revoke.body.detail, /最后一个系统管理员/);
  });

  it('resets a password, lifting the lockout and ending old sessions', async () => {
    const old = await signIn(ctx.app, 'dept_head');
    await ctx.db('users').where({ id: old.userId }).update({ failed_attempts: 5, locked_until: ctx.db.raw(`now() + interval '10 minutes'`) });
    const listed = (await admin.get(`/api/users/${old.userId}`)).body;
    assert.equal(listed.locked, true);
    const res = await admin.post(`/api/users/${old.userId}/reset-password`).send({ password: 'NewPass#2026' });
    assert.equal(res.status, 200);
    assert.equal(res.body.locked, false);
    assert.equal((await old.get('/api/auth/me')).status, 401);
    const login = await request(ctx.app).post('/api/auth/login').send({ username: 'dept_head', password: 'NewPass#2026' });
    assert.equal(login.status, 200);
  });

  it('answers 404 for a user that does not exist', async () => {
    const res = await admin.get('/api/users/999999');
    assert.equal(res.status, 404);
    assert.match(res.headers['content-type'], /problem\+json/);
  });
});
