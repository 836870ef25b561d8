import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Knex } from 'knex';
import { readXlsx } from '../../documents/read-back';
import { downloaded, refused, type Session, signedInSuite } from '../../test/support';
import { addLedgerAccounts } from '../../test/ledger-fixture';

/**
 * The reports over a fixture posted with SQL in 2024, months before anything the demo data
 * holds, so every figure below is known to the fen: two recognitions in January (北京's customer
 * and head office's), a collection, a recognition and the reversal of head office's January
 * income in February; instalments of a 北京 agreement due 0, 1, 30, 31, 60, 61, 90 and 91 days
 * before the as-of date.
 */


type Line = [code: string, debit: number, credit: number];

interface Fixture {
  bj: number;
  ecom: number;
  custA: number;
  custB: number;
  agreementA: number;
  agreementB: number;
  entries: Record<string, number>;
  instalmentByDays: Map<number, number>;
}

const AS_OF = '2024-06-30';
const AGES = [0, 1, 30, 31, 60, 61, 90, 91];
const dayBefore = (days: number) => new Date(Date.UTC(2024, 5, 30) - days * 86_400_000).toISOString().slice(0, 10);

async function buildFixture(db: Knex): Promise<Fixture> {
  const unit = async (code: string) => (await db('units').where({ code }).first('id')).id as number;
  const bj = await unit('BJ');
  const ecom = await unit('ECOM');
  const finance = (await db('users').where({ username: 'finance' }).first('id')).id as number;
  await addLedgerAccounts(db);
  for (const period of ['2024-01-01', '2024-02-01', '2024-06-01', '2024-07-01']) {
    await db('accounting_periods').insert({ period }).onConflict('period').ignore();
  }
  const [{ id: custA }] = await db('customers').insert({ name: '测试厂家甲（北京）' }).returning('id');
  const [{ id: custB }] = await db('customers').insert({ name: '测试厂家乙（总部）' }).returning('id');
  const slot = (await db('ad_slots').first('id')).id as number;
  let q = 0;
  const agreement = async (unitId: number, customerId: number, status: string, instalments: [string, number][]) => {
    q += 1;
    const [{ id: quoteId }] = await db('ad_quotes')
      .insert({ number: `T-LR-Q-${q}`, unit_id: unitId, customer_id: customerId, status: 'accepted', valid_until: '2024-12-31' })
      .returning('id');
    const amount = instalments.reduce((n, [, a]) => n + a, 0);
    const [{ id }] = await db('ad_agreements')
      .insert({
        number: `T-LR-${q}`,
        quote_id: quoteId,
        unit_id: unitId,
        customer_id: customerId,
        fee_standard: '测试',
        amount_fen: amount,
        quote_snapshot: JSON.stringify({}),
        starts_on: '2024-01-01',
        ends_on: '2024-12-31',
        status,
        signed_at: status === 'draft' ? null : new Date('2024-01-02T02:00:00Z'),
      })
      .returning('id');
    await db('ad_agreement_lines').insert({ agreement_id: id, line_no: 1, slot_id: slot, starts_on: '2024-01-01', ends_on: '2024-12-31', amount_fen: amount });
    const ids: number[] = [];
    for (const [i, [due, a]] of instalments.entries()) {
      const [{ id: iid }] = await db('ad_agreement_instalments').insert({ agreement_id: id, seq: i + 1, due_on: due, amount_fen: a, method: 'bank_transfer' }).returning('id');
      ids.push(iid);
    }
    return { id: id as number, instalments: ids };
  };
  // 北京's agreement: one instalment per age, each of a different amount so no two sums collide.
  const a = await agreement(bj, custA, 'running', AGES.map((d, i) => [dayBefore(d), (i + 1) * 1000] as [string, number]));
  const b = await agreement(ecom, custB, 'running', [['2024-03-31', 21_200]]);
  // A draft owes nothing yet, however overdue its schedule.
  await agreement(bj, custA, 'draft', [['2024-01-01', 99_900]]);

  const entries: Record<string, number> = {};
  let n = 0;
  const post = async (key: string, e: { date: string; kind: string; reverses?: string; unit: number; customer: number; agreement: number }, lines: Line[]) => {
    await db.transaction(async (trx) => {
      n += 1;
      const [{ id }] = await trx('journal_entries')
        .insert({
          number: `T-LR-${String(n).padStart(4, '0')}`,
          period: `${e.date.slice(0, 7)}-01`,
          entry_date: e.date,
          kind: e.kind,
          memo: key,
          reason: e.kind === 'reversal' ? '测试冲销' : null,
          reverses_id: e.reverses ? entries[e.reverses] : null,
          posted_by: finance,
        })
        .returning('id');
      entries[key] = Number(id);
      await trx('journal_lines').insert(
        lines.map(([code, debit, credit], i) => ({
          entry_id: id,
          line_no: i + 1,
          account_code: code,
          debit_fen: debit,
          credit_fen: credit,
          unit_id: e.unit,
          customer_id: e.customer,
          agreement_id: e.agreement,
          memo: key,
        })),
      );
    });
  };
  const A = { unit: bj, customer: custA, agreement: a.id };
  const B = { unit: ecom, customer: custB, agreement: b.id };
  const income = (gross: number, net: number): Line[] => [['1122', gross, 0], ['6051.01.01', 0, net], ['2221.01', 0, gross - net]];
  await post('jan-A', { date: '2024-01-10', kind: 'recognition', ...A }, income(10_600, 10_000));
  await post('jan-B', { date: '2024-01-20', kind: 'recognition', ...B }, income(21_200, 20_000));
  await post('feb-collect-A', { date: '2024-02-05', kind: 'collection', ...A }, [['1002', 5_000, 0], ['1122', 0, 5_000]]);
  await post('feb-A', { date: '2024-02-15', kind: 'recognition', ...A }, income(5_300, 5_000));
  await post('feb-reverse-B', { date: '2024-02-20', kind: 'reversal', reverses: 'jan-B', ...B }, [['1122', 0, 21_200], ['6051.01.01', 20_000, 0], ['2221.01', 1_200, 0]]);
  // Collections for the ageing: one before the as-of date, one after it, one reversed.
  await post('jun-collect', { date: '2024-06-10', kind: 'collection', ...A }, [['1002', 1_500, 0], ['1122', 0, 1_500]]);
  await post('jul-collect', { date: '2024-07-05', kind: 'collection', ...A }, [['1002', 2_000, 0], ['1122', 0, 2_000]]);
  await post('jun-collect-void', { date: '2024-06-12', kind: 'collection', ...A }, [['1002', 700, 0], ['1122', 0, 700]]);
  await post('jun-collect-void-rev', { date: '2024-06-13', kind: 'reversal', reverses: 'jun-collect-void', ...A }, [['1002', 0, 700], ['1122', 700, 0]]);

  const instalmentByDays = new Map(AGES.map((d, i) => [d, a.instalments[i]]));
  const collection = async (no: string, entry: string, receivedOn: string, amount: number, instalment: number) => {
    const [{ id }] = await db('collections')
      .insert({ number: no, customer_id: custA, unit_id: bj, received_on: receivedOn, amount_fen: amount, method: 'bank_transfer', entry_id: entries[entry] })
      .returning('id');
    await db('collection_allocations').insert({ collection_id: id, instalment_id: instalment, amount_fen: amount });
  };
  await collection('T-LR-C1', 'jun-collect', '2024-06-10', 1_500, instalmentByDays.get(91)!);
  await collection('T-LR-C2', 'jul-collect', '2024-07-05', 2_000, instalmentByDays.get(30)!);
  await collection('T-LR-C3', 'jun-collect-void', '2024-06-12', 700, instalmentByDays.get(61)!);

  await db('income_recognitions').insert([
    { agreement_id: a.id, period: '2024-01-01', gross_fen: 10_600, net_fen: 10_000, vat_fen: 600, entry_id: entries['jan-A'] },
    { agreement_id: a.id, period: '2024-02-01', gross_fen: 5_300, net_fen: 5_000, vat_fen: 300, entry_id: entries['feb-A'] },
    { agreement_id: b.id, period: '2024-01-01', gross_fen: 21_200, net_fen: 20_000, vat_fen: 1_200, entry_id: entries['jan-B'] },
  ]);
  return { bj, ecom, custA, custB, agreementA: a.id, agreementB: b.id, entries, instalmentByDays };
}

interface TbLine {
  code: string;
  level: number;
  openingDebitFen: number;
  openingCreditFen: number;
  debitFen: number;
  creditFen: number;
  closingDebitFen: number;
  closingCreditFen: number;
}
const figures = (l: TbLine | undefined) => (l ? [l.openingDebitFen, l.openingCreditFen, l.debitFen, l.creditFen, l.closingDebitFen, l.closingCreditFen] : undefined);

describe('ledger reports (财务报表)', () => {
  let finance: Session, auditor: Session, bjGm: Session, shGm: Session, bjClerk: Session, requester: Session;
  let fx: Fixture;
  const ctx = signedInSuite(['finance', 'auditor', 'bj_gm', 'sh_gm', 'bj_clerk', 'requester'], (s) => ([finance, auditor, bjGm, shGm, bjClerk, requester] = s));
  before(async () => {
    fx = await buildFixture(ctx.db);
  });

  const tb = async (who: Session, query: string) => {
    const res = await who.get(`/api/ledger-reports/trial-balance?${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const line = (code: string): TbLine | undefined => res.body.lines.find((l: TbLine) => l.code === code);
    return { body: res.body, line };
  };

  it('shows January: no opening, the month’s postings, debits equal credits, parents rolled up', async () => {
    const { body, line } = await tb(finance, 'period=2024-01');
    assert.equal(body.period, '2024-01-01');
    assert.deepEqual(figures(line('1122')), [0, 0, 31_800, 0, 31_800, 0]);
    assert.deepEqual(figures(line('6051.01.01')), [0, 0, 0, 30_000, 0, 30_000]);
    assert.deepEqual(figures(line('6051')), [0, 0, 0, 30_000, 0, 30_000]);
    assert.deepEqual(figures(line('2221')), [0, 0, 0, 1_800, 0, 1_800]);
    assert.equal(line('6051.01.01')!.level, 3);
    assert.deepEqual(body.totals, { openingDebitFen: 0, openingCreditFen: 0, debitFen: 31_800, creditFen: 31_800, closingDebitFen: 31_800, closingCreditFen: 31_800, balanced: true });
  });

  it('carries January’s closing into February’s opening and nets the reversal out', async () => {
    const { body, line } = await tb(auditor, 'period=2024-02-01');
    assert.deepEqual(figures(line('1122')), [31_800, 0, 5_300, 26_200, 10_900, 0]);
    assert.deepEqual(figures(line('1002')), [0, 0, 5_000, 0, 5_000, 0]);
    assert.deepEqual(figures(line('6051.01.01')), [0, 30_000, 20_000, 5_000, 0, 15_000]);
    assert.deepEqual(figures(line('2221.01')), [0, 1_800, 1_200, 300, 0, 900]);
    assert.deepEqual(body.totals, {
      openingDebitFen: 31_800,
      openingCreditFen: 31_800,
      debitFen: 31_500,
      creditFen: 31_500,
      closingDebitFen: 15_900,
      closingCreditFen: 15_900,
      balanced: true,
    });
  });

  it('filters by customer and unit; a branch reads only its own branch’s lines, another branch nothing', async () => {
    const byCustomer = await tb(finance, `period=2024-02&customer=${fx.custB}`);
    assert.deepEqual(figures(byCustomer.line('1122')), [21_200, 0, 0, 21_200, 0, 0]);
    const hq = await tb(finance, `period=2024-01&unit=${(await ctx.db('units').where({ code: 'HQ' }).first('id')).id}`);
    assert.deepEqual(figures(hq.line('1122')), [0, 0, 21_200, 0, 21_200, 0], 'HQ stands for its centres, not the branches');
    const bj = await tb(bjGm, 'period=2024-01');
    assert.deepEqual(figures(bj.line('1122')), [0, 0, 10_600, 0, 10_600, 0]);
    assert.equal(bj.body.totals.debitFen, 10_600);
    assert.equal(bj.body.totals.balanced, true);
    // Asking for head office's unit gives a branch user nothing of it.
    const bjAsksHq = await tb(bjClerk, `period=2024-01&unit=${fx.ecom}`);
    assert.equal(bjAsksHq.body.totals.debitFen, 0);
    const sh = await tb(shGm, 'period=2024-02');
    assert.equal(sh.body.totals.closingDebitFen, 0);
    assert.equal((await requester.get('/api/ledger-reports/trial-balance?period=2024-01')).status, 403);
  });

  it('refuses a malformed month, an unknown unit or customer with a 400 naming the field', async () => {
    refused(await finance.get('/api/ledger-reports/trial-balance?period=2024-13'), 'period');
    refused(await finance.get('/api/ledger-reports/trial-balance'), 'period');
    refused(await finance.get('/api/ledger-reports/trial-balance?period=2024-01&unit=999999'), 'unit');
    refused(await finance.get('/api/ledger-reports/trial-balance?period=2024-01&customer=999999'), 'customer');
    refused(await finance.get('/api/ledger-reports/general-ledger?account=9999&from=2024-01-01&to=2024-02-29'), 'account');
    refused(await finance.get('/api/ledger-reports/general-ledger?account=1122&from=2024-03-01&to=2024-02-29'), 'to');
    refused(await finance.get('/api/ledger-reports/income?from=2020-01&to=2024-02'), 'to');
  });

  it('runs the general ledger’s balance line by line, across pages, on the account’s own side', async () => {
    const first = (await finance.get('/api/ledger-reports/general-ledger?account=1122&from=2024-01-01&to=2024-02-29&pageSize=2')).body;
    assert.equal(first.total, 5);
    assert.equal(first.openingFen, 0);
    assert.deepEqual(first.items.map((l: { balanceFen: number }) => l.balanceFen), [10_600, 31_800]);
    const second = (await finance.get('/api/ledger-reports/general-ledger?account=1122&from=2024-01-01&to=2024-02-29&pageSize=2&page=2')).body;
    assert.deepEqual(second.items.map((l: { entryNumber: string; balanceFen: number }) => l.balanceFen), [26_800, 32_100]);
    assert.equal(second.closingFen, 10_900);
    const feb = (await finance.get('/api/ledger-reports/general-ledger?account=1122&from=2024-02-01&to=2024-02-29')).body;
    assert.equal(feb.openingFen, 31_800);
    assert.deepEqual(feb.items.map((l: { balanceFen: number }) => l.balanceFen), [26_800, 32_100, 10_900]);
    assert.deepEqual([feb.debitFen, feb.creditFen, feb.closingFen], [5_300, 26_200, 10_900]);
    // A parent account's ledger is its children's lines; income reads credit-positive.
    const income = (await finance.get('/api/ledger-reports/general-ledger?account=6051&from=2024-01-01&to=2024-02-29')).body;
    assert.deepEqual(income.items.map((l: { accountCode: string; balanceFen: number }) => [l.accountCode, l.balanceFen]), [
      ['6051.01.01', 10_000],
      ['6051.01.01', 30_000],
      ['6051.01.01', 35_000],
      ['6051.01.01', 15_000],
    ]);
    const bj = (await bjGm.get('/api/ledger-reports/general-ledger?account=1122&from=2024-01-01&to=2024-02-29')).body;
    assert.deepEqual(bj.items.map((l: { balanceFen: number }) => l.balanceFen), [10_600, 5_600, 10_900]);
    assert.ok(bj.items.every((l: { customer: { id: number } }) => l.customer.id === fx.custA));
  });

  it('ages each instalment from its due date: 0 not yet due, 1 and 30 in 1–30, 31 and 60 in 31–60, 61 and 90 in 61–90, 91 over 90', async () => {
    const res = await finance.get(`/api/ledger-reports/receivables?asOf=${AS_OF}&customer=${fx.custA}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.customers.length, 1, 'the draft agreement of the same customer owes nothing');
    const c = res.body.customers[0];
    const byId = new Map(c.instalments.map((i: { instalmentId: number }) => [i.instalmentId, i]));
    const expected: [number, string, number][] = [
      [0, 'current', 1_000],
      [1, 'd1_30', 2_000],
      [30, 'd1_30', 3_000],
      [31, 'd31_60', 4_000],
      [60, 'd31_60', 5_000],
      // the 700 collected against it was reversed: still owed in full
      [61, 'd61_90', 6_000],
      [90, 'd61_90', 7_000],
      // 1,500 of 8,000 collected on 10 June
      [91, 'over90', 6_500],
    ];
    for (const [days, bucket, owed] of expected) {
      const i = byId.get(fx.instalmentByDays.get(days)!) as { daysPastDue: number; bucket: string; owedFen: number };
      assert.deepEqual([i.daysPastDue, i.bucket, i.owedFen], [days, bucket, owed], `${days} days`);
    }
    assert.deepEqual(c.buckets, { current: 1_000, d1_30: 5_000, d31_60: 9_000, d61_90: 13_000, over90: 6_500 });
    assert.equal(c.owedFen, 34_500);
    // On 5 July the 2,000 collected that day settles the instalment due 30 days before 30 June.
    const later = (await finance.get(`/api/ledger-reports/receivables?asOf=2024-07-05&customer=${fx.custA}`)).body;
    assert.equal(later.customers[0].owedFen, 32_500);
    assert.equal(later.customers[0].buckets.d31_60, 1_000 + 4_000, 'the 1,000 left of the instalment now 35 days past due, and the one 36 days past due');
  });

  it('shows a branch user only its branch’s receivables and agreements', async () => {
    const every = (await finance.get(`/api/ledger-reports/receivables?asOf=${AS_OF}`)).body;
    const ids = every.customers.map((c: { customer: { id: number } }) => c.customer.id);
    assert.ok(ids.includes(fx.custA) && ids.includes(fx.custB));
    const bj = (await bjGm.get(`/api/ledger-reports/receivables?asOf=${AS_OF}`)).body;
    assert.ok(bj.customers.every((c: { instalments: { agreementId: number }[] }) => c.instalments.every((i) => i.agreementId !== fx.agreementB)));
    assert.ok(bj.customers.some((c: { customer: { id: number } }) => c.customer.id === fx.custA));
    const options = (await bjGm.get('/api/ledger-reports/options')).body;
    assert.deepEqual(options.units, [{ id: fx.bj, name: '北京分部' }]);
    assert.ok(options.customers.some((c: { id: number }) => c.id === fx.custA) && !options.customers.some((c: { id: number }) => c.id === fx.custB));
    const all = (await auditor.get('/api/ledger-reports/options')).body;
    assert.ok(all.units.length >= 3 && all.customers.some((c: { id: number }) => c.id === fx.custB));
    assert.ok(all.accounts.some((a: { code: string; leaf: boolean }) => a.code === '6051.01.01' && a.leaf));
    const sh = (await shGm.get(`/api/ledger-reports/receivables?asOf=${AS_OF}&customer=${fx.custA}`)).body;
    assert.deepEqual(sh.customers, []);
    const agreements = (await bjClerk.get(`/api/ledger-reports/agreements?customer=${fx.custB}`)).body;
    assert.deepEqual(agreements.items, []);
  });

  it('lists agreements with amount, income recognised (a reversed one not counted), collected and outstanding', async () => {
    const res = await finance.get(`/api/ledger-reports/agreements?q=T-LR-`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const a = res.body.items.find((x: { id: number }) => x.id === fx.agreementA);
    assert.deepEqual([a.amountFen, a.recognisedFen, a.collectedFen, a.outstandingFen], [36_000, 15_900, 3_500, 32_500]);
    const b = res.body.items.find((x: { id: number }) => x.id === fx.agreementB);
    assert.deepEqual([b.recognisedFen, b.collectedFen, b.outstandingFen], [0, 0, 21_200]);
    assert.equal(b.unit.name, '电子商务部');
    assert.equal(res.body.total, 3);
    assert.deepEqual(res.body.totals, { amountFen: 36_000 + 21_200 + 99_900, recognisedFen: 15_900, collectedFen: 3_500, outstandingFen: 36_000 + 21_200 + 99_900 - 3_500 });
  });

  it('sums income net of VAT by month × HQ-or-branch and by customer, the reversal netted', async () => {
    const res = await finance.get('/api/ledger-reports/income?from=2024-01&to=2024-02');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const hq = (await ctx.db('units').where({ code: 'HQ' }).first('id')).id;
    assert.deepEqual(res.body.months, ['2024-01-01', '2024-02-01']);
    assert.deepEqual(
      res.body.byMonthUnit.map((c: { period: string; unitId: number; netFen: number }) => [c.period, c.unitId, c.netFen]),
      [
        ['2024-01-01', hq, 20_000],
        ['2024-01-01', fx.bj, 10_000],
        ['2024-02-01', hq, -20_000],
        ['2024-02-01', fx.bj, 5_000],
      ],
    );
    assert.equal(res.body.totalFen, 15_000);
    assert.deepEqual(res.body.byCustomer.map((c: { customer: { id: number }; netFen: number }) => [c.customer.id, c.netFen]), [
      [fx.custA, 15_000],
      [fx.custB, 0],
    ]);
    const bj = (await bjGm.get('/api/ledger-reports/income?from=2024-01&to=2024-02')).body;
    assert.deepEqual(bj.units.map((u: { id: number }) => u.id), [fx.bj]);
    assert.equal(bj.totalFen, 15_000);
  });

  it('downloads each report as a workbook holding its rows', async () => {
    const file = await downloaded(finance.get('/api/ledger-reports/trial-balance?period=2024-02&format=xlsx'));
    assert.equal(file.status, 200);
    assert.match(file.type, /spreadsheetml/);
    const sheet = (await readXlsx(file.body)).worksheets[0];
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((r) => rows.set(String(r.getCell(1).value ?? ''), (r.values as unknown[]).slice(1)));
    assert.deepEqual(rows.get('1122')!.slice(2), [318, 0, 53, 262, 109, 0]);
    const ledger = await downloaded(finance.get('/api/ledger-reports/general-ledger?account=1122&from=2024-01-01&to=2024-02-29&format=xlsx'));
    const lines = (await readXlsx(ledger.body)).worksheets[0];
    const balances: unknown[] = [];
    lines.eachRow((r, n) => n > 4 && balances.push(r.getCell(8).value));
    assert.deepEqual(balances, [106, 318, 268, 321, 109, 109]);
    const ageing = await downloaded(finance.get(`/api/ledger-reports/receivables?asOf=${AS_OF}&customer=${fx.custA}&format=xlsx`));
    const detail = (await readXlsx(ageing.body)).worksheets[1];
    assert.equal(detail.rowCount, 1 + AGES.length);
    for (const url of [`/api/ledger-reports/agreements?q=T-LR-&format=xlsx`, '/api/ledger-reports/income?from=2024-01&to=2024-02&format=xlsx']) {
      const f = await downloaded(finance.get(url));
      assert.equal(f.status, 200, url);
      assert.ok((await readXlsx(f.body)).worksheets[0].rowCount > 3, url);
    }
    const bj = await downloaded(bjGm.get('/api/ledger-reports/trial-balance?period=2024-01&format=xlsx'));
    const bjRows = new Map<string, unknown[]>();
    (await readXlsx(bj.body)).worksheets[0].eachRow((r) => bjRows.set(String(r.getCell(1).value ?? ''), (r.values as unknown[]).slice(1)));
    assert.deepEqual(bjRows.get('1122')!.slice(2), [0, 0, 106, 0, 106, 0], 'the branch’s workbook holds its own figures only');
  });

  // Last: it posts into January, which the figures above do not expect.
  it('gives the same figures from the cache of closed months, and rebuilds it when a month is reopened and posted to', async () => {
    const before = await tb(finance, 'period=2024-02');
    await ctx.db('accounting_periods').whereIn('period', ['2024-01-01', '2024-02-01']).update({ status: 'closed', closed_at: ctx.db.fn.now() });
    const cached = await tb(finance, 'period=2024-02');
    assert.deepEqual(cached.body, before.body);
    const stamps = await ctx.db('ledger_balance_periods').orderBy('period').select('period', 'stamp');
    assert.deepEqual(stamps.map((r) => r.period), ['2024-01-01', '2024-02-01'], 'the closed run at the start of the ledger is cached');
    assert.deepEqual(figures((await tb(finance, 'period=2024-01')).line('1122')), [0, 0, 31_800, 0, 31_800, 0]);
    assert.deepEqual(figures((await tb(bjGm, 'period=2024-02')).line('1122')), [10_600, 0, 5_300, 5_000, 10_900, 0]);
    assert.deepEqual(figures((await tb(finance, 'period=2024-06')).line('1122')), [10_900, 0, 700, 2_200, 9_400, 0], 'June opens from February’s cached close');

    // Reopen January, post a collection of 100 into it, close it again: the cache follows.
    await ctx.db('accounting_periods').where('period', '2024-01-01').update({ status: 'open', closed_at: null });
    assert.deepEqual(figures((await tb(finance, 'period=2024-02')).line('1122')), [31_800, 0, 5_300, 26_200, 10_900, 0], 'a reopened month is read from its lines');
    await ctx.db.transaction(async (trx) => {
      const [{ id }] = await trx('journal_entries')
        .insert({ number: 'T-LR-LATE', period: '2024-01-01', entry_date: '2024-01-31', kind: 'collection', memo: '补记', posted_by: finance.userId })
        .returning('id');
      await trx('journal_lines').insert([
        { entry_id: id, line_no: 1, account_code: '1002', debit_fen: 100, credit_fen: 0, unit_id: fx.bj, customer_id: fx.custA },
        { entry_id: id, line_no: 2, account_code: '1122', debit_fen: 0, credit_fen: 100, unit_id: fx.bj, customer_id: fx.custA },
      ]);
    });
    await ctx.db('accounting_periods').where('period', '2024-01-01').update({ status: 'closed', closed_at: ctx.db.fn.now() });
    const after = await tb(finance, 'period=2024-02');
    assert.deepEqual(figures(after.line('1122')), [31_700, 0, 5_300, 26_200, 10_800, 0]);
    assert.deepEqual(figures(after.line('1002')), [100, 0, 5_000, 0, 5_100, 0]);
    assert.equal(after.body.totals.balanced, true);
    const restamped = await ctx.db('ledger_balance_periods').orderBy('period').select('period', 'stamp');
    assert.notEqual(restamped[0].stamp, stamps[0].stamp);
    assert.notEqual(restamped[1].stamp, stamps[1].stamp, 'a later month’s stamp carries the earlier months’');
  });
});
