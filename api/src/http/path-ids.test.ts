import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, calendarDay } from '@portal/domain';
import { type Session, signedInSuite } from '../test/support';

/** Every way Number() reads as `id` that is not the one canonical spelling. */
const lenient = (id: number) => [
  `0x${id.toString(16)}`, `+${id}`, `%20${id}`, `${id}%20`, `${id}.0`, `${id}e0`, `0b${id.toString(2)}`, `0o${id.toString(8)}`, `0${id}`,
];

describe('path ids: one spelling names a record, anything else is a 404', () => {
  let clerk: Session;
  let ecom: Session;
  let itemId: number;
  signedInSuite(['clerk', 'ecom'], async (s) => {
    [clerk, ecom] = s;
    const item = await clerk.post('/api/items').send({ code: 'ID-1', name: '测试', uom: '个', category: 'office_supplies', buyingUnit: 'OFFICE' });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    itemId = item.body.id;
  });

  it('reads an item only by its decimal id', async () => {
    assert.equal((await clerk.get(`/api/items/${itemId}`)).status, 200);
    for (const spelling of [...lenient(itemId), '-1', '0']) {
      const res = await clerk.get(`/api/items/${spelling}`);
      assert.equal(res.status, 404, `/api/items/${spelling} → ${res.status}`);
    }
  });

  it('does not act on a record named by an exponent or radix spelling', async () => {
    const month = addMonths(calendarDay(new Date()).slice(0, 7), 5);
    const draft = await ecom.post('/api/ad-rate-cards').send({ month });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    for (const spelling of lenient(draft.body.id)) {
      const res = await ecom.post(`/api/ad-rate-cards/${spelling}/publish`).send({ version: draft.body.version });
      assert.equal(res.status, 404, `publish ${spelling} → ${res.status}`);
    }
  });

  it('still names the field when a well-formed id is beyond PostgreSQL integers', async () => {
    const res = await clerk.get('/api/items/2147483648');
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['id']);
  });
});
