import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { ROLES } from '@portal/domain';
import { hashPassword } from './modules/auth/password';
import { allRoutes } from './modules';
import { openToSupplierContacts } from './http/mount';
import { createTestContext, DEMO_PASSWORD, signIn, type Session, type TestContext } from './test/support';

const concrete = (path: string) => '/api' + path.replace(/:(\w+)/g, '1');

describe('authorization of every registered route', () => {
  let ctx: TestContext;
  let roleless: Session;
  let supplierContact: Session;
  before(async () => {
    ctx = await createTestContext();
    // A real, active account holding no role at all: it may call only "any signed-in user" routes.
    const hq = await ctx.db('units').where({ code: 'HQ' }).first('id');
    await ctx.db('users').insert({ username: 'nobody', display_name: '无角色用户', unit_id: hq.id, password_hash: await hashPassword(DEMO_PASSWORD) });
    roleless = await signIn(ctx.app, 'nobody');
    supplierContact = await signIn(ctx.app, 'sup_hardware');
  });
  after(() => ctx.close());

  it('declares an access rule on every route, with only known roles', () => {
    assert.ok(allRoutes.length > 10);
    for (const r of allRoutes) {
      const ok = r.allow === 'public' || r.allow === 'signedIn' || (r.allow.length > 0 && r.allow.every((x) => ROLES.includes(x)));
      assert.ok(ok, `${r.method} ${r.path} has no valid access rule`);
    }
  });

  for (const r of allRoutes.filter((x) => x.allow !== 'public')) {
    it(`${r.method.toUpperCase()} ${r.path} refuses an anonymous caller with 401 problem+json`, async () => {
      const res = await request(ctx.app)[r.method](concrete(r.path)).send({});
      assert.equal(res.status, 401);
      assert.match(res.headers['content-type'], /application\/problem\+json/);
      assert.equal(res.body.status, 401);
    });
  }

  for (const r of allRoutes.filter((x) => Array.isArray(x.allow))) {
    it(`${r.method.toUpperCase()} ${r.path} refuses a user without ${(r.allow as string[]).join('/')} with 403`, async () => {
      const res = await roleless[r.method](concrete(r.path)).send({});
      assert.equal(res.status, 403);
      assert.match(res.headers['content-type'], /application\/problem\+json/);
      assert.equal(res.body.type.endsWith('/forbidden'), true);
    });
  }

  // Issue 15: an external user reaches only the routes that name it and its own session and notifications.
  for (const r of allRoutes.filter((x) => x.allow !== 'public' && !openToSupplierContacts(x))) {
    it(`${r.method.toUpperCase()} ${r.path} refuses a supplier contact with 403`, async () => {
      const res = await supplierContact[r.method](concrete(r.path)).send({});
      assert.equal(res.status, 403, `${r.path} gave ${res.status}`);
      assert.equal(res.body.type.endsWith('/forbidden'), true);
    });
  }

  it('keeps the routes open to supplier contacts few and named', () => {
    const open = allRoutes.filter((x) => x.allow !== 'public' && openToSupplierContacts(x));
    for (const r of open.filter((x) => !Array.isArray(x.allow))) {
      assert.ok(['/auth/me', '/auth/logout', '/notifications', '/notifications/read', '/workbench', '/workbench/cards/:card'].includes(r.path), `${r.method} ${r.path} is open to supplier contacts`);
    }
  });

  it('lets a supplier contact read its own session, with its supplier', async () => {
    const me = await supplierContact.get('/api/auth/me');
    assert.equal(me.status, 200);
    assert.ok(me.body.user.supplierId > 0);
    assert.deepEqual(me.body.user.roles.map((g: { role: string }) => g.role), ['supplier_contact']);
    assert.equal((await supplierContact.get('/api/notifications')).status, 200);
  });

  it('lets the roleless user call the routes open to every signed-in user', async () => {
    for (const r of allRoutes.filter((x) => x.allow === 'signedIn' && x.method === 'get')) {
      const res = await roleless.get(concrete(r.path));
      // Record 1 may not exist (or not be theirs): 404 still shows the route let them through.
      const ok = res.status < 400 || (r.path.includes(':') && res.status === 404);
      assert.ok(ok, `${r.path} gave ${res.status}`);
    }
  });
});
