import { it } from 'node:test';
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
