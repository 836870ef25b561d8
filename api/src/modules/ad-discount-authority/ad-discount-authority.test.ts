import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Session, signedInSuite } from '../../test/support';

describe('discount authority (广告费折扣权限)', () => {
  let admin: Session, clerk: Session;
  const ctx = signedInSuite(['admin', 'bj_clerk'], (s) => ([admin, clerk] = s));

  it('starts from the regulation: 5折 for e-commerce, 4折 for a branch GM, 3折 for the HQ centre GM, nothing below 3折', async () => {
    const res = await clerk.get('/api/ad-discount-authority');
    assert.equal(res.status, 200);
    assert.equal(res.body.floorBp, 3000);
    assert.deepEqual(res.body.authority, { ecommerce_staff: 5000, branch_ecommerce_clerk: 5000, branch_gm: 4000, hq_center_gm: 3000 });
  });

  it('is changed by the admin only, with its version, never below the floor', async () => {
    const current = (await admin.get('/api/ad-discount-authority')).body;
    const body = { version: current.version, floorBp: 3000, authority: { ...current.authority, branch_gm: 3500 } };
    assert.equal((await clerk.put('/api/ad-discount-authority').send(body)).status, 403);
    const below = await admin.put('/api/ad-discount-authority').send({ ...body, authority: { ...body.authority, branch_gm: 2500 } });
    assert.equal(below.status, 400);
    assert.equal(below.body.errors[0].path, 'authority.branch_gm');
    assert.equal((await admin.put('/api/ad-discount-authority').send({ ...body, authority: { ...body.authority, finance: 5000 } })).status, 400);
    const saved = await admin.put('/api/ad-discount-authority').send(body);
    assert.equal(saved.status, 200);
    assert.equal(saved.body.authority.branch_gm, 3500);
    assert.equal((await admin.put('/api/ad-discount-authority').send(body)).status, 409);
    assert.ok((await ctx.db('audit_log').where({ action: 'ad_discount_authority.update' }).first()));
  });

  it('refuses a version beyond PostgreSQL integers as input, naming it', async () => {
    const current = (await admin.get('/api/ad-discount-authority')).body;
    const res = await admin.put('/api/ad-discount-authority').send({ version: 2147483648, floorBp: current.floorBp, authority: current.authority });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['version']);
  });
});
