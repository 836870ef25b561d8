import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

describe('items: malformed input is a 400 naming the field, never a 500', () => {
  let ctx: TestContext;
  let clerk: Session;
  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'clerk');
  });
  after(() => ctx.close());
  const refused = (res: { status: number; body: { errors: { path: string }[] } }, path: string) => {
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.deepEqual(res.body.errors.map((e) => e.path), [path]);
  };

  it('a NUL character in the search or a name, and an id beyond PostgreSQL integers', async () => {
    refused(await clerk.get('/api/items?q=%00'), 'q');
    refused(await clerk.post('/api/items').send({ code: 'QA-1', name: 'a\u0000b', uom: '个', category: 'office_supplies', buyingUnit: 'OFFICE' }), 'name');
    refused(await clerk.get('/api/items/2147483648'), 'id');
    refused(await clerk.patch('/api/items/1').send({ version: 2147483648, name: 'x' }), 'version');
  });
});
