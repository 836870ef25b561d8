import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, calendarDay } from '@portal/domain';
import { describeSignedIn, refused, type Session, signedInSuite } from '../../test/support';

const thisMonth = calendarDay(new Date()).slice(0, 7);
const nextMonth = addMonths(thisMonth, 1);

describe('the monthly rate card (《网上商城广告报价》)', () => {
  let ecom: Session, clerk: Session, marketer: Session;
  signedInSuite(['ecom', 'bj_clerk', 'bj_marketer'], (s) => ([ecom, clerk, marketer] = s));

  it("shows everyone this month's published card and last month's, and no card for next month yet", async () => {
    const current = await marketer.get(`/api/ad-rate-cards/current?month=${thisMonth}`);
    assert.equal(current.status, 200);
    assert.equal(current.body.status, 'published');
    assert.equal(current.body.prices.length, 12);
    assert.equal((await marketer.get(`/api/ad-rate-cards/current?month=${addMonths(thisMonth, -1)}`)).status, 200);
    assert.equal((await marketer.get(`/api/ad-rate-cards/current?month=${nextMonth}`)).status, 404);
    // The history stays readable: this month's superseded r1 is listed beside r2.
    const history = (await marketer.get(`/api/ad-rate-cards?month=${thisMonth}`)).body.items;
    assert.deepEqual(history.map((c: { revision: number; status: string }) => [c.revision, c.status]), [[2, 'published'], [1, 'superseded']]);
    assert.equal((await marketer.get('/api/ad-rate-cards?month=2026-13')).status, 400);
  });

  it('drafts next month from the last card, hidden from the branches until published; then tells them', async () => {
    const draft = await ecom.post('/api/ad-rate-cards').send({ month: nextMonth });
    assert.equal(draft.status, 201);
    assert.equal(draft.body.revision, 1);
    assert.equal(draft.body.prices.length, 12);
    assert.equal((await ecom.post('/api/ad-rate-cards').send({ month: nextMonth })).status, 409);
    assert.equal((await clerk.get(`/api/ad-rate-cards/${draft.body.id}`)).status, 404);
    assert.ok(!(await clerk.get('/api/ad-rate-cards')).body.items.some((c: { id: number }) => c.id === draft.body.id));
    const bad = await ecom.put(`/api/ad-rate-cards/${draft.body.id}`).send({ version: draft.body.version, prices: [{ slotId: 999999, priceFen: 1 }] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'prices.0.slotId');
    const before = (await clerk.get('/api/notifications')).body.unread;
    const published = await ecom.post(`/api/ad-rate-cards/${draft.body.id}/publish`).send({ version: draft.body.version });
    assert.equal(published.status, 200);
    assert.equal(published.body.publishedBy.name, '孙丽');
    const notes = (await clerk.get('/api/notifications')).body;
    assert.equal(notes.unread, before + 1);
    assert.equal(notes.items[0].link, `/ad-rate-cards/${draft.body.id}`);
    assert.equal((await ecom.post(`/api/ad-rate-cards/${draft.body.id}/publish`).send({ version: published.body.version })).status, 409);
  });
});

describeSignedIn('ad rate cards: malformed input is a 400 naming the field, never a 500', 'ecom', (as) => {
  it('ids beyond PostgreSQL integers in the path and the body', async () => {
    const keeper = as.session;
    refused(await keeper.get('/api/ad-rate-cards/2147483648'), 'id');
    refused(await keeper.get('/api/ad-rate-cards/2147483648/pdf'), 'id');
    refused(await keeper.post('/api/ad-rate-cards').send({ month: '2031-01', copyFromId: 2147483648 }), 'copyFromId');
  });
});
