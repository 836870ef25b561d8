import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeSignedIn, refused } from '../../test/support';

describeSignedIn('items: malformed input is a 400 naming the field, never a 500', 'clerk', (as) => {
  it('a NUL character in the search or a name, and an id beyond PostgreSQL integers', async () => {
    const clerk = as.session;
    refused(await clerk.get('/api/items?q=%00'), 'q');
    refused(await clerk.post('/api/items').send({ code: 'QA-1', name: 'a\u0000b', uom: '个', category: 'office_supplies', buyingUnit: 'OFFICE' }), 'name');
    refused(await clerk.get('/api/items/2147483648'), 'id');
    refused(await clerk.patch('/api/items/1').send({ version: 2147483648, name: 'x' }), 'version');
  });
});

describeSignedIn('items: an optional English name', 'clerk', (as) => {
  it('is seeded, searchable, set on create, cleared by a blank and refused when too long', async () => {
    const clerk = as.session;
    const found = (await clerk.get('/api/items?q=Copy%20paper')).body;
    assert.deepEqual(found.items.map((i: { code: string; nameEn: string }) => [i.code, i.nameEn]), [['BG-0001', 'Copy paper']]);
    const made = await clerk.post('/api/items').send({ code: 'EN-1', name: '白板笔', nameEn: 'Whiteboard marker', uom: '支', category: 'office_supplies', buyingUnit: 'OFFICE' });
    assert.equal(made.status, 201);
    assert.equal(made.body.nameEn, 'Whiteboard marker');
    const cleared = await clerk.patch(`/api/items/${made.body.id}`).send({ version: made.body.version, nameEn: '' });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.nameEn, null);
    refused(await clerk.patch(`/api/items/${made.body.id}`).send({ version: cleared.body.version, nameEn: 'x'.repeat(101) }), 'nameEn');
  });
});
