import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeSignedIn, refused, type Session, signedInSuite } from '../../test/support';

describe('customers (厂家)', () => {
  let clerk: Session, finance: Session;
  const ctx = signedInSuite(['bj_clerk', 'finance'], (s) => ([clerk, finance] = s));

  it('lists the seeded makers with valid credit codes', async () => {
    const list = (await finance.get('/api/customers?q=海尔')).body;
    assert.equal(list.total, 1);
    assert.match(list.items[0].uscc, /^[0-9A-Z]{18}$/);
  });

  it('checks the unified social credit code, forgiving spaces and lower case', async () => {
    const bad = await clerk.post('/api/customers').send({ name: '某某电器有限公司', uscc: '91350100M000100Y44' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'uscc');
    assert.match(bad.body.errors[0].message, /校验位/);
    const en = await clerk.post('/api/customers').set('Accept-Language', 'en').send({ name: 'X', uscc: '123' });
    assert.match(en.body.errors[0].message, /check character/);
    const ok = await clerk.post('/api/customers').send({ name: '某某电器有限公司', uscc: '9135 0100 m000 100y 43', phone: '010-12345678' });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.uscc, '91350100M000100Y43');
    const none = await clerk.post('/api/customers').send({ name: '个体经销商', uscc: '' });
    assert.equal(none.status, 201);
    assert.equal(none.body.uscc, null);
  });

  it('keeps one company once: a second customer with the same code is refused, naming the first', async () => {
    const dup = await clerk.post('/api/customers').send({ name: '重复的公司', uscc: '91350100M000100Y43' });
    assert.equal(dup.status, 400);
    assert.match(dup.body.errors[0].message, /某某电器有限公司/);
  });

  it('edits with the version; a stale one is 409; finance reads but does not write', async () => {
    const c = (await clerk.get('/api/customers?q=某某')).body.items[0];
    const edited = await clerk.put(`/api/customers/${c.id}`).send({ version: c.version, contact: '李四' });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.contact, '李四');
    assert.equal((await clerk.put(`/api/customers/${c.id}`).send({ version: c.version, contact: '王五' })).status, 409);
    assert.equal((await finance.put(`/api/customers/${c.id}`).send({ version: edited.body.version, contact: '王五' })).status, 403);
    assert.equal((await finance.get(`/api/customers/${c.id}`)).body.contact, '李四');
    const audit = await ctx.db('audit_log').where({ entity: 'customer' }).pluck('action');
    assert.ok(audit.includes('customer.create') && audit.includes('customer.update'));
  });
});

describeSignedIn('customers: malformed input is a 400 naming the field, never a 500', 'bj_clerk', (as) => {
  it('a NUL character in the search or a name, and an id beyond PostgreSQL integers', async () => {
    const clerk = as.session;
    refused(await clerk.get('/api/customers?q=%00'), 'q');
    refused(await clerk.post('/api/customers').send({ name: 'a\u0000b' }), 'name');
    refused(await clerk.get('/api/customers/2147483648'), 'id');
    refused(await clerk.put('/api/customers/2147483648').send({ version: 1, name: 'x' }), 'id');
  });
});
