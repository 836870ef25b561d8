import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeSignedIn, refused, type Session, signedInSuite } from '../../test/support';

describe('ad slots (广告位)', () => {
  let ecom: Session, clerk: Session, marketer: Session;
  const ctx = signedInSuite(['ecom', 'bj_clerk', 'bj_marketer'], (s) => ([ecom, clerk, marketer] = s));

  it('keeps slots: unique codes, pricing units from the domain, stale versions refused, only E-commerce writes', async () => {
    const list = (await marketer.get('/api/ad-slots')).body;
    assert.equal(list.total, 12);
    assert.ok(list.items.some((s: { name: string }) => s.name === '首页焦点图第1帧'));
    const dup = await ecom.post('/api/ad-slots').send({ code: 'home-focus-1', name: 'x', pricingUnit: 'day' });
    assert.equal(dup.status, 400);
    assert.equal(dup.body.errors[0].path, 'code');
    assert.equal((await ecom.post('/api/ad-slots').send({ code: 'X1', name: 'x', pricingUnit: 'hour' })).status, 400);
    const slot = list.items[0];
    const edited = await ecom.put(`/api/ad-slots/${slot.id}`).send({ version: slot.version, size: '1920×520' });
    assert.equal(edited.status, 200);
    assert.equal((await ecom.put(`/api/ad-slots/${slot.id}`).send({ version: slot.version, size: 'x' })).status, 409);
    assert.equal((await clerk.post('/api/ad-slots').send({ code: 'X2', name: 'x', pricingUnit: 'day' })).status, 403);
  });

  it('writes slot changes to the audit log', async () => {
    const actions = await ctx.db('audit_log').where({ entity: 'ad_slot' }).pluck('action');
    assert.ok(actions.includes('ad_slot.update'));
  });
});

describeSignedIn('ad slots: malformed input is a 400 naming the field, never a 500', 'ecom', (as) => {
  it('a NUL character in the search or a name, and an id beyond PostgreSQL integers', async () => {
    const keeper = as.session;
    refused(await keeper.get('/api/ad-slots?q=%F0%9F%99%82%00'), 'q');
    refused(await keeper.post('/api/ad-slots').send({ code: 'QA-NUL', name: 'a\u0000b', pricingUnit: 'day' }), 'name');
    refused(await keeper.get('/api/ad-slots/2147483648'), 'id');
    refused(await keeper.put('/api/ad-slots/1').send({ version: 2147483648, name: 'x' }), 'version');
  });
});
