import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

describe('supplier contacts (issue 15)', () => {
  let ctx: TestContext;
  let supplyClerk: Session;
  let hardwareId: number;
  const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;
  const invite = (username: string, supplierId = hardwareId) =>
    supplyClerk.post('/api/supplier-contacts').send({ supplierId, username, displayName: '测试联系人', phone: '13800000000' });

  before(async () => {
    ctx = await createTestContext();
    supplyClerk = await signIn(ctx.app, 'supply_clerk');
    hardwareId = (await ctx.db('suppliers').where({ shop_name: '深圳市恒通五金机电有限公司' }).first('id')).id;
  });
  after(() => ctx.close());

  it('invites a contact with a one-time link valid 72 hours, through which it sets its password and signs in', async () => {
    const res = await invite('sup_test1');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.match(res.body.link, /^\/set-password\?token=[A-Za-z0-9_-]{40,}$/);
    const hours = (new Date(res.body.expiresAt).getTime() - Date.now()) / 3600_000;
    assert.ok(hours > 71.9 && hours <= 72, String(hours));
    assert.equal(res.body.contact.passwordSet, false);
    // Only the hash is stored.
    const stored = await ctx.db('supplier_contact_invites').where({ contact_id: res.body.contact.id }).first('token_hash');
    assert.notEqual(stored.token_hash, tokenOf(res.body.link));

    const token = tokenOf(res.body.link);
    const check = await supplyClerk.agent.post('/api/supplier-contacts/invite/check').send({ token });
    assert.equal(check.status, 200);
    assert.equal(check.body.supplierName, '深圳市恒通五金机电有限公司');
    const short = await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token, password: 'short' });
    assert.equal(short.status, 400);
    assert.equal(short.body.errors[0].path, 'password');
    const set = await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token, password: 'Hengtong@2026' });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    const contact = await signIn(ctx.app, 'sup_test1', 'Hengtong@2026');
    const me = await contact.get('/api/supplier-contacts/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.supplier.id, hardwareId);
    assert.equal(me.body.supplier.company.taxpayerId, '91440300MA5F3K7Q2E');

    // Used once: the same link again is refused, and cannot reset the password.
    const again = await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token, password: 'Other@20260' });
    assert.equal(again.status, 404);
    assert.equal((await supplyClerk.agent.post('/api/supplier-contacts/invite/check').send({ token })).status, 404);
  });

  it('refuses a link after 72 hours, and a replaced one', async () => {
    const res = await invite('sup_test2');
    const first = tokenOf(res.body.link);
    await ctx.db('supplier_contact_invites').where({ contact_id: res.body.contact.id }).update({ expires_at: ctx.db.raw(`now() - interval '1 minute'`) });
    assert.equal((await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token: first, password: 'Expired@2026' })).status, 404);

    const renewed = await supplyClerk.post(`/api/supplier-contacts/${res.body.contact.id}/invite`).send({});
    assert.equal(renewed.status, 200);
    const second = tokenOf(renewed.body.link);
    const third = tokenOf((await supplyClerk.post(`/api/supplier-contacts/${res.body.contact.id}/invite`).send({})).body.link);
    assert.equal((await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token: second, password: 'Replaced@2026' })).status, 404);
    assert.equal((await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token: third, password: 'Current@2026' })).status, 200);
  });

  it('lists a supplier’s contacts for the clerk, not for a requester', async () => {
    const list = await supplyClerk.get(`/api/supplier-contacts?supplierId=${hardwareId}`);
    assert.equal(list.status, 200);
    assert.ok(list.body.items.some((c: { username: string; passwordSet: boolean }) => c.username === 'sup_hardware' && c.passwordSet));
    const requester = await signIn(ctx.app, 'requester');
    assert.equal((await requester.get(`/api/supplier-contacts?supplierId=${hardwareId}`)).status, 403);
  });

  it('refuses to invite for a suspended supplier, naming why and until when; its contacts still read what is theirs', async () => {
    const lighting = (await ctx.db('suppliers').where({ shop_name: '宁波明辉照明电器有限公司' }).first('id')).id;
    const v = await supplyClerk.post(`/api/suppliers/${lighting}/violations`).send({ reason: '交货严重延误', points: 50 });
    assert.equal(v.status, 201, JSON.stringify(v.body));
    const rectifyBy = v.body.supplier.standing.rectifyBy;
    const res = await invite('sup_test3', lighting);
    assert.equal(res.status, 409);
    assert.match(res.body.detail, /50/);
    assert.ok(res.body.detail.includes(rectifyBy), res.body.detail);
    assert.equal((await ctx.db('users').where({ username: 'sup_test3' })).length, 0);
    const existing = await ctx.db('supplier_contacts').where({ supplier_id: lighting }).first('id');
    assert.equal((await supplyClerk.post(`/api/supplier-contacts/${existing.id}/invite`).send({})).status, 409);

    const contact = await signIn(ctx.app, 'sup_lighting');
    assert.equal((await contact.get('/api/supplier-contacts/me')).status, 200);
  });

  it('keeps the role out of the user administration: a supplier contact is made only from its supplier', async () => {
    const admin = await signIn(ctx.app, 'admin');
    const user = await ctx.db('users').where({ username: 'requester' }).first('id', 'unit_id');
    const res = await admin.post(`/api/users/${user.id}/grants`).send({ role: 'supplier_contact', unitId: user.unit_id });
    assert.equal(res.status, 400);
    assert.equal(res.body.errors[0].path, 'role');
  });

  it('keeps the B2B company details an e-contract names on the supplier, refusing a bad taxpayer ID by field', async () => {
    const s = (await supplyClerk.get(`/api/suppliers/${hardwareId}`)).body;
    const bad = await supplyClerk.patch(`/api/suppliers/${hardwareId}`).send({ version: s.version, company: { ...s.company, taxpayerId: '91440300MA5F3K7Q2A' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'company.taxpayerId');
    const ok = await supplyClerk.patch(`/api/suppliers/${hardwareId}`).send({ version: s.version, company: { ...s.company, taxpayerId: '91440300 ma5f3k7q2e', phone: '' } });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.company.taxpayerId, '91440300MA5F3K7Q2E');
    assert.equal(ok.body.company.phone, null);
  });

  it('switches a contact off: it cannot sign in and its sessions end; on again, it signs in as before; both audited', async () => {
    const res = await invite('sup_test4');
    const id = res.body.contact.id;
    await supplyClerk.agent.post('/api/supplier-contacts/set-password').send({ token: tokenOf(res.body.link), password: 'Leaving@2026' });
    const contact = await signIn(ctx.app, 'sup_test4', 'Leaving@2026');
    assert.equal((await contact.get('/api/supplier-contacts/me')).status, 200);

    const requester = await signIn(ctx.app, 'requester');
    assert.equal((await requester.post(`/api/supplier-contacts/${id}/deactivate`).send({})).status, 403);
    const off = await supplyClerk.post(`/api/supplier-contacts/${id}/deactivate`).send({});
    assert.equal(off.status, 200, JSON.stringify(off.body));
    assert.equal(off.body.active, false);
    assert.equal((await contact.get('/api/supplier-contacts/me')).status, 401, 'its session ended');
    const refused = await request(ctx.app).post('/api/auth/login').send({ username: 'sup_test4', password: 'Leaving@2026' });
    assert.equal(refused.status, 401);
    assert.equal((await supplyClerk.post(`/api/supplier-contacts/${id}/deactivate`).send({})).status, 409);
    // No new link for a switched-off contact, and no in-app notice of new inquiries either.
    assert.equal((await supplyClerk.post(`/api/supplier-contacts/${id}/invite`).send({})).status, 409);

    const admin = await signIn(ctx.app, 'admin');
    const on = await admin.post(`/api/supplier-contacts/${id}/reactivate`).send({});
    assert.equal(on.status, 200, JSON.stringify(on.body));
    assert.equal(on.body.active, true);
    assert.equal((await (await signIn(ctx.app, 'sup_test4', 'Leaving@2026')).get('/api/supplier-contacts/me')).status, 200);
    assert.equal((await admin.post(`/api/supplier-contacts/${id}/reactivate`).send({})).status, 409);

    const trail = await ctx.db('audit_log').where({ entity: 'supplier_contact', entity_id: String(id) }).orderBy('id').pluck('action');
    assert.deepEqual(trail.slice(-2), ['supplier_contact.deactivate', 'supplier_contact.reactivate']);
  });

  it('answers 404 for switching a contact that does not exist', async () => {
    assert.equal((await supplyClerk.post('/api/supplier-contacts/999999/deactivate').send({})).status, 404);
  });

  it('refuses a taken username with 400 naming the field', async () => {
    const res = await invite('supply_clerk');
    assert.equal(res.status, 400);
    assert.equal(res.body.errors[0].path, 'username');
  });
});
