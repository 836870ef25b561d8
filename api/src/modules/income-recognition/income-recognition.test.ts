import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitVat } from '@portal/domain';
import { type Session, signedInSuite } from '../../test/support';
import { insertAgreements, insertCustomer } from '../../test/revenue-fixture';

/** A date column as the driver gives it (a Date on pg, a string on PGlite) → YYYY-MM-DD. */
const ctxDay = (d: Date | string) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : String(d).slice(0, 10));

describe('month-end income recognition (月末结转)', () => {
  let finance: Session, bjClerk: Session, auditor: Session;
  const ctx = signedInSuite(['finance', 'bj_clerk', 'auditor'], (s) => ([finance, bjClerk, auditor] = s));
  const unitId = async (code: string): Promise<number> => (await ctx.db('units').where({ code }).first('id')).id;
  const recognitions = (agreementId: number) => ctx.db('income_recognitions').where({ agreement_id: agreementId }).orderBy('period');
  const run = (period: string, key?: string) => {
    const t = finance.post(`/api/periods/${period}/month-end`).send({});
    return key ? t.set('Idempotency-Key', key) : t;
  };
  /** An agreement's lines on an account: debits − credits. */
  const balance = async (account: string, where: Record<string, number>) => {
    const row = await ctx.db('journal_lines').where({ account_code: account, ...where }).first(ctx.db.raw('coalesce(sum(debit_fen - credit_fen), 0)::float8 as b'));
    return Number(row.b);
  };

  it('splits a flight of 15 Nov – 14 Jan by its days, month by month, summing to the fen', async () => {
    const customer = await insertCustomer(ctx.db, '跨年投放厂家');
    const amount = 1_000_000_01; // ¥1,000,000.01: no month divides evenly
    const [id] = await insertAgreements(ctx.db, [{ unitId: await unitId('HQ'), customerId: customer, amountFen: amount, startsOn: '2026-11-15', endsOn: '2027-01-14' }]);

    const preview = (await finance.get('/api/periods/2026-11-01/month-end')).body;
    const row = preview.rows.find((r: { agreementId: number }) => r.agreementId === id);
    assert.equal(row.grossFen, Math.round((amount * 16) / 61));
    assert.equal(row.entry, null);

    for (const period of ['2026-11-01', '2026-12-01', '2027-01-01']) {
      const res = await run(period);
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    const months = await recognitions(id);
    assert.deepEqual(
      months.map((m) => ctxDay(m.period).slice(0, 7)),
      ['2026-11', '2026-12', '2027-01'],
    );
    const gross = months.map((m) => Number(m.gross_fen));
    // 16, 31 and 14 of 61 days, each within a fen of its share, all three to the fen.
    [16, 31, 14].forEach((days, i) => assert.ok(Math.abs(gross[i] - (amount * days) / 61) <= 1, `${i}: ${gross[i]}`));
    assert.equal(gross.reduce((a, b) => a + b, 0), amount);
    for (const m of months) {
      assert.deepEqual({ net: Number(m.net_fen), vat: Number(m.vat_fen) }, { net: splitVat(Number(m.gross_fen)).netFen, vat: splitVat(Number(m.gross_fen)).vatFen });
    }
    // The books: Dr 1122 = gross, Cr 6051.01.01 = net, Cr 2221.01 = VAT, every line carrying unit, customer and agreement.
    assert.equal(await balance('1122', { agreement_id: id }), amount);
    const net = months.reduce((a, m) => a + Number(m.net_fen), 0);
    assert.equal(await balance('6051.01.01', { agreement_id: id }), -net);
    assert.equal(await balance('2221.01', { agreement_id: id }), -(amount - net));
    const lines = await ctx.db('journal_lines').where({ agreement_id: id });
    assert.ok(lines.every((l) => l.customer_id === customer && l.unit_id !== null));
  });

  it('keeps the VAT split exact for an amount that does not divide evenly (¥1.59 → 1.50 + 0.09)', async () => {
    const customer = await insertCustomer(ctx.db, '小额厂家');
    const [id] = await insertAgreements(ctx.db, [{ unitId: await unitId('HQ'), customerId: customer, amountFen: 159, startsOn: '2027-01-01', endsOn: '2027-01-31' }]);
    assert.equal((await run('2027-01-01')).status, 200);
    const [m] = await recognitions(id);
    assert.deepEqual([Number(m.gross_fen), Number(m.net_fen), Number(m.vat_fen)], [159, 150, 9]);
  });

  it('never gives income to an unsigned (draft) agreement, and the database refuses it too', async () => {
    const customer = await insertCustomer(ctx.db, '未签协议厂家');
    const [draft] = await insertAgreements(ctx.db, [{ unitId: await unitId('HQ'), customerId: customer, amountFen: 50_000_00, startsOn: '2026-11-01', endsOn: '2026-11-30', status: 'draft' }]);
    const preview = (await finance.get('/api/periods/2026-11-01/month-end')).body;
    assert.ok(!preview.rows.some((r: { agreementId: number }) => r.agreementId === draft));
    assert.equal((await run('2026-11-01')).status, 200);
    assert.equal((await recognitions(draft)).length, 0);
    assert.equal(await balance('1122', { agreement_id: draft }), 0);
    const anyEntry = await ctx.db('income_recognitions').first('entry_id');
    await assert.rejects(
      ctx.db('income_recognitions').insert({ agreement_id: draft, period: '2026-11-01', gross_fen: 1, net_fen: 1, vat_fen: 0, entry_id: anyEntry.entry_id }),
      /not signed/,
    );
  });

  it('posts each month once: two concurrent runs, then a re-run, post nothing twice', async () => {
    const customer = await insertCustomer(ctx.db, '并发厂家');
    const hq = await unitId('HQ');
    const ids = await insertAgreements(
      ctx.db,
      Array.from({ length: 5 }, () => ({ unitId: hq, customerId: customer, amountFen: 3_000_00, startsOn: '2027-02-01', endsOn: '2027-03-31' })),
    );
    const [a, b] = await Promise.all([run('2027-02-01', 'run-a'), run('2027-02-01', 'run-b')]);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(b.status, 200, JSON.stringify(b.body));
    // One of them posted the five (and whatever else earns in February); the other found them posted.
    assert.ok(Math.min(a.body.posted, b.body.posted) === 0 && Math.max(a.body.posted, b.body.posted) >= 5, JSON.stringify([a.body, b.body]));
    for (const id of ids) {
      assert.equal((await recognitions(id)).length, 1);
      assert.equal((await ctx.db('journal_entries').where({ source_type: 'ad_agreement', source_id: id, kind: 'recognition' })).length, 1);
    }
    const again = await run('2027-02-01');
    assert.equal(again.body.posted, 0);
    assert.ok(again.body.alreadyPosted >= 5);
    // The same key replays the first answer.
    const replay = await run('2027-02-01', 'run-a');
    assert.deepEqual(replay.body, a.body);
  });

  it('applies a customer’s advance (预收账款) at its next recognition: Dr 2203 / Cr 1122', async () => {
    const customer = await insertCustomer(ctx.db, '预付厂家');
    const hq = await unitId('HQ');
    const [first] = await insertAgreements(ctx.db, [{ unitId: hq, customerId: customer, amountFen: 1_000_00, startsOn: '2026-11-01', endsOn: '2026-11-30', instalments: [{ dueOn: '2026-11-10', amountFen: 1_000_00 }] }]);
    const paid = await finance.post('/api/collections').send({ customerId: customer, unitId: hq, receivedOn: '2026-11-20', amountFen: 1_500_00, method: 'bank_transfer', bankRef: 'B-1' });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.advanceFen, 500_00);
    assert.equal(await balance('2203', { customer_id: customer }), -500_00);

    const [second] = await insertAgreements(ctx.db, [{ unitId: hq, customerId: customer, amountFen: 800_00, startsOn: '2027-03-01', endsOn: '2027-03-31', instalments: [{ dueOn: '2027-03-10', amountFen: 800_00 }] }]);
    const preview = (await finance.get('/api/periods/2027-03-01/month-end')).body;
    assert.equal(preview.rows.find((r: { agreementId: number }) => r.agreementId === second).fromAdvanceFen, 500_00);
    assert.equal((await run('2027-03-01')).status, 200);
    const [m] = await recognitions(second);
    assert.deepEqual([Number(m.gross_fen), Number(m.from_advance_fen)], [800_00, 500_00]);
    assert.equal(await balance('2203', { customer_id: customer }), 0);
    // The receivable of the second agreement: 800 recognised, 500 settled by the advance.
    assert.equal(await balance('1122', { agreement_id: second }), 300_00);
    assert.equal(await balance('1122', { agreement_id: first }), 0);
  });

  it('is finance’s: others are refused, a malformed or closed period is a clear 4xx', async () => {
    assert.equal((await bjClerk.get('/api/periods/2026-11-01/month-end')).status, 403);
    assert.equal((await auditor.post('/api/periods/2026-11-01/month-end').send({})).status, 403);
    const bad = await finance.get('/api/periods/2026-11-15/month-end');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].path, 'period');
    await ctx.db('accounting_periods').where({ period: '2027-03-01' }).update({ status: 'closed' });
    const closed = await run('2027-03-01');
    assert.equal(closed.status, 409, JSON.stringify(closed.body));
  });
});
