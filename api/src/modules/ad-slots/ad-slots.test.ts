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

  it('keeps an optional English name: seeded, searchable, set, cleared by a blank, too long refused', async () => {
    const found = (await marketer.get('/api/ad-slots?q=Home%20page%20banner')).body;
    assert.deepEqual(found.items.map((s: { code: string; nameEn: string }) => [s.code, s.nameEn]), [['HOME-BANNER', 'Home page banner']]);
    const made = await ecom.post('/api/ad-slots').send({ code: 'EN-1', name: '英文名测试位', nameEn: '  Test spot ', pricingUnit: 'day' });
    assert.equal(made.status, 201);
    assert.equal(made.body.nameEn, 'Test spot');
    const plain = await ecom.post('/api/ad-slots').send({ code: 'EN-2', name: '无英文名', pricingUnit: 'day' });
    assert.equal(plain.body.nameEn, null);
    const cleared = await ecom.put(`/api/ad-slots/${made.body.id}`).send({ version: made.body.version, nameEn: ' ' });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.nameEn, null);
    refused(await ecom.put(`/api/ad-slots/${made.body.id}`).send({ version: cleared.body.version, nameEn: 'x'.repeat(101) }), 'nameEn');
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
