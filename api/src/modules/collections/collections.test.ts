import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { refused, type Session, signedInSuite } from '../../test/support';
import { insertAgreements, insertCustomer } from '../../test/revenue-fixture';

interface Open {
  id: number;
  agreementId: number;
  seq: number;
  dueOn: string;
  owedFen: number;
}

describe('collections (收款)', () => {
  let finance: Session, bjClerk: Session, bjGm: Session, auditor: Session;
  const ctx = signedInSuite(['finance', 'bj_clerk', 'bj_gm', 'auditor'], (s) => ([finance, bjClerk, bjGm, auditor] = s));
  const unitId = async (code: string): Promise<number> => (await ctx.db('units').where({ code }).first('id')).id;
  const balance = async (account: string, where: Record<string, number>) => {
    const row = await ctx.db('journal_lines').where({ account_code: account, ...where }).first(ctx.db.raw('coalesce(sum(debit_fen - credit_fen), 0)::float8 as b'));
    return Number(row.b);
  };
  const open = async (customerId: number, unit?: number): Promise<{ items: Open[]; advanceFen: number }> =>
    (await finance.get(`/api/collections/open-instalments?customerId=${customerId}${unit ? `&unitId=${unit}` : ''}`)).body;
  const collect = (body: object, key?: string) => {
    const t = finance.post('/api/collections').send(body);
    return key ? t.set('Idempotency-Key', key) : t;
  };

  /** A customer with one HQ agreement of three instalments (due Sep, Oct, Nov) and nothing collected. */
  async function customerWithSchedule(name: string) {
    const customer = await insertCustomer(ctx.db, name);
    const hq = await unitId('HQ');
    const [agreement] = await insertAgreements(ctx.db, [
      {
        unitId: hq,
        customerId: customer,
        amountFen: 9_000_00,
        startsOn: '2026-09-01',
        endsOn: '2026-11-30',
        status: 'running',
        instalments: [
          { dueOn: '2026-11-15', amountFen: 3_000_00 },
          { dueOn: '2026-09-15', amountFen: 2_000_00 },
          { dueOn: '2026-10-15', amountFen: 4_000_00 },
        ],
      },
    ]);
    return { customer, hq, agreement };
  }

  it('settles the oldest instalments first and posts Dr 1002 / Cr 1122 with customer, unit and agreement', async () => {
    const { customer, hq, agreement } = await customerWithSchedule('按期付款厂家');
    const before = await open(customer);
    assert.deepEqual(
      before.items.map((i) => [i.dueOn, i.owedFen]),
      [
        ['2026-09-15', 2_000_00],
        ['2026-10-15', 4_000_00],
        ['2026-11-15', 3_000_00],
      ],
    );
    const res = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-02', amountFen: 5_000_00, method: 'bank_transfer', bankRef: 'ICBC-001' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.match(res.body.number, /^收-2026-11-\d{4}$/);
    assert.match(res.body.entry.number, /^记-2026-11-\d{4}$/);
    assert.equal(res.body.advanceFen, 0);
    assert.deepEqual(
      res.body.allocations.map((a: { dueOn: string; amountFen: number }) => [a.dueOn, a.amountFen]),
      [
        ['2026-09-15', 2_000_00],
        ['2026-10-15', 3_000_00],
      ],
    );
    assert.deepEqual(
      (await open(customer)).items.map((i) => i.owedFen),
      [1_000_00, 3_000_00],
    );
    assert.equal(await balance('1002', { customer_id: customer }), 5_000_00);
    assert.equal(await balance('1122', { agreement_id: agreement }), -5_000_00);
    const lines = await ctx.db('journal_lines').where({ entry_id: res.body.entry.id });
    assert.ok(lines.every((l) => l.unit_id === hq && l.customer_id === customer));
  });

  it('sends what is more than owed to 预收账款 (2203)', async () => {
    const { customer, hq } = await customerWithSchedule('多付厂家');
    const res = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-03', amountFen: 10_000_00, method: 'acceptance_bill' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.advanceFen, 1_000_00);
    assert.equal(res.body.allocatedFen, 9_000_00);
    assert.equal(await balance('2203', { customer_id: customer }), -1_000_00);
    assert.equal(await balance('1122', { customer_id: customer }), -9_000_00);
    const after = await open(customer, hq);
    assert.deepEqual(after, { items: [], advanceFen: 1_000_00 });
  });

  it('takes an allocation by hand and refuses one beyond what an instalment owes, naming the field', async () => {
    const { customer, hq } = await customerWithSchedule('手工分配厂家');
    const [sep, oct, nov] = (await open(customer)).items;
    const over = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 5_000_00, method: 'cash', allocations: [{ instalmentId: oct.id, amountFen: 4_000_01 }] });
    refused(over, 'allocations.0.amountFen');
    const beyond = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 1_000_00, method: 'cash', allocations: [{ instalmentId: oct.id, amountFen: 2_000_00 }] });
    refused(beyond, 'allocations');
    const res = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 3_500_00, method: 'cash', allocations: [{ instalmentId: nov.id, amountFen: 3_000_00 }] });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.advanceFen, 500_00);
    assert.deepEqual(
      (await open(customer)).items.map((i) => [i.id, i.owedFen]),
      [
        [sep.id, 2_000_00],
        [oct.id, 4_000_00],
      ],
    );
  });

  it('refuses malformed input with a 400 naming the field, never a 500', async () => {
    const { customer, hq } = await customerWithSchedule('校验厂家');
    refused(await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 0, method: 'cash' }), 'amountFen');
    refused(await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 12.5, method: 'cash' }), 'amountFen');
    refused(await collect({ customerId: customer, unitId: hq, receivedOn: '2099-01-01', amountFen: 100, method: 'cash' }), 'receivedOn');
    refused(await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 100, method: 'cheque' }), 'method');
    refused(await collect({ customerId: 999_999, unitId: hq, receivedOn: '2026-11-04', amountFen: 100, method: 'cash' }), 'customerId');
    refused(await collect({ customerId: customer, unitId: 999_999, receivedOn: '2026-11-04', amountFen: 100, method: 'cash' }), 'unitId');
    refused(await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 100, method: 'cash', allocations: [{ instalmentId: 999_999, amountFen: 100 }] }), 'allocations.0.instalmentId');
    assert.equal((await bjClerk.post('/api/collections').send({ customerId: customer, unitId: hq, receivedOn: '2026-11-04', amountFen: 100, method: 'cash' })).status, 403);
  });

  it('records once for one Idempotency-Key; the same key with another body is 409', async () => {
    const { customer, hq } = await customerWithSchedule('重试厂家');
    const body = { customerId: customer, unitId: hq, receivedOn: '2026-11-05', amountFen: 1_000_00, method: 'bank_transfer' };
    const [a, b] = [await collect(body, 'collect-once'), await collect(body, 'collect-once')];
    assert.equal(a.status, 201);
    assert.deepEqual(b.body, a.body);
    assert.equal((await ctx.db('collections').where({ customer_id: customer })).length, 1);
    assert.equal((await collect({ ...body, amountFen: 2_000_00 }, 'collect-once')).status, 409);
  });

  it('reverses a collection: its entry mirrored, its instalments owed again, and only once', async () => {
    const { customer, hq, agreement } = await customerWithSchedule('退票厂家');
    const res = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-06', amountFen: 2_500_00, method: 'acceptance_bill' });
    const id = res.body.id;
    refused(await finance.post(`/api/collections/${id}/reverse`).send({ reason: ' ' }), 'reason');
    const rev = await finance.post(`/api/collections/${id}/reverse`).send({ reason: '承兑汇票退票' });
    assert.equal(rev.status, 200, JSON.stringify(rev.body));
    assert.equal(rev.body.reversal.reason, '承兑汇票退票');
    assert.match(rev.body.reversal.entryNumber, /^记-/);
    const reversal = await ctx.db('journal_entries').where({ id: rev.body.reversal.entryId }).first();
    assert.equal(Number(reversal.reverses_id), res.body.entry.id);
    assert.equal(await balance('1002', { customer_id: customer }), 0);
    assert.equal(await balance('1122', { agreement_id: agreement }), 0);
    assert.deepEqual(
      (await open(customer)).items.map((i) => i.owedFen),
      [2_000_00, 4_000_00, 3_000_00],
    );
    assert.equal((await finance.post(`/api/collections/${id}/reverse`).send({ reason: '再次' })).status, 409);
    const list = (await finance.get(`/api/collections?reversed=true&customerId=${customer}`)).body;
    assert.deepEqual(
      list.items.map((c: { id: number }) => c.id),
      [id],
    );
  });

  it('refuses to reverse a collection whose advance month-end already applied', async () => {
    const customer = await insertCustomer(ctx.db, '预收已用厂家');
    const hq = await unitId('HQ');
    const paid = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-07', amountFen: 600_00, method: 'bank_transfer' });
    assert.equal(paid.body.advanceFen, 600_00);
    const [agreement] = await insertAgreements(ctx.db, [{ unitId: hq, customerId: customer, amountFen: 1_000_00, startsOn: '2027-04-01', endsOn: '2027-04-30', instalments: [{ dueOn: '2027-04-05', amountFen: 1_000_00 }] }]);
    assert.equal((await finance.post('/api/periods/2027-04-01/month-end').send({})).status, 200);
    // The advance settled 600 of the April instalment: the schedule and the ledger agree.
    assert.deepEqual(
      (await open(customer)).items.map((i) => [i.agreementId, i.owedFen]),
      [[agreement, 400_00]],
    );
    assert.equal(await balance('1122', { agreement_id: agreement }), 400_00);
    const rev = await finance.post(`/api/collections/${paid.body.id}/reverse`).send({ reason: '误记' });
    assert.equal(rev.status, 409, JSON.stringify(rev.body));
  });

  it('shows a branch only its own collections: another branch’s or HQ’s is 404', async () => {
    const customer = await insertCustomer(ctx.db, '分部厂家');
    const bj = await unitId('BJ');
    const hq = await unitId('HQ');
    await insertAgreements(ctx.db, [{ unitId: bj, customerId: customer, amountFen: 800_00, startsOn: '2026-11-01', endsOn: '2026-11-30', instalments: [{ dueOn: '2026-11-20', amountFen: 800_00 }] }]);
    const own = await collect({ customerId: customer, unitId: bj, receivedOn: '2026-11-08', amountFen: 800_00, method: 'bank_transfer' });
    const hqOne = await collect({ customerId: customer, unitId: hq, receivedOn: '2026-11-08', amountFen: 100_00, method: 'bank_transfer' });
    assert.equal(own.status, 201);
    assert.equal((await bjClerk.get(`/api/collections/${own.body.id}`)).status, 200);
    assert.equal((await bjGm.get(`/api/collections/${hqOne.body.id}`)).status, 404);
    assert.equal((await bjClerk.get(`/api/collections/${hqOne.body.id}`)).status, 404);
    const list = (await bjClerk.get('/api/collections?pageSize=200')).body;
    assert.ok(list.items.length > 0 && list.items.every((c: { unit: { id: number } }) => c.unit.id === bj));
    assert.ok((await auditor.get('/api/collections?pageSize=200')).body.items.some((c: { id: number }) => c.id === hqOne.body.id));
    assert.equal((await bjClerk.get(`/api/collections/open-instalments?customerId=${customer}&unitId=${hq}`)).status, 404);
  });
});
