import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Knex } from 'knex';
import type { BudgetLine } from '@portal/domain/contracts';
import { isEmbedded } from '../../db/knex';
import { refused, signedInSuite, type Session } from '../../test/support';
import { checkBudgetForSubmit } from './budgets.check';

/**
 * The office-supplies budget on a small fixture computed by hand, its warn and stop verdicts,
 * and the race for a stop budget's last ¥1,000. Requests and plans are inserted as the request
 * and plan modules store them (this file is a test, not a repo), in a year no seed touches.
 */
const YEAR = 2031;

let seq = 0;
async function request(db: Knex, r: { dept: number; unit: number; month: string; status: string; lines: number[] }): Promise<{ id: number; lineIds: number[] }> {
  const [{ id }] = await db('purchase_requests')
    .insert({ number: `T-${++seq}-${r.month}`, department_id: r.dept, buying_unit_id: r.unit, month: r.month, status: r.status, total_fen: r.lines.reduce((a, b) => a + b, 0) })
    .returning('id');
  const lineIds: number[] = [];
  for (const [i, amount] of r.lines.entries()) {
    const [line] = await db('purchase_request_lines')
      .insert({ request_id: id, line_no: i + 1, new_item_name: '测试物资', new_item_uom: '个', quantity: 1, est_unit_price_fen: amount, est_amount_fen: amount })
      .returning('id');
    lineIds.push(line.id);
  }
  return { id, lineIds };
}

async function plan(db: Knex, unit: number, month: string, sources: [lineId: number, decision: 'included' | 'cut' | 'deferred'][]) {
  const [{ id }] = await db('purchase_plans').insert({ number: `P-${++seq}`, unit_id: unit, month }).returning('id');
  for (const [lineId, decision] of sources) {
    await db('purchase_plan_sources').insert({ plan_id: id, request_line_id: lineId, decision, reason: decision === 'included' ? null : '测试原因' });
  }
}

describe('office-supplies budget', () => {
  let clerk: Session;
  let supplyClerk: Session;
  let requester: Session;
  let leader: Session;
  let ecom: Session;
  const u: Record<string, number> = {};
  let submittedId = 0;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'requester', 'leader', 'ecom'], (s) => ([clerk, supplyClerk, requester, leader, ecom] = s));
  const line = async (s: Session, dept: string, year = YEAR): Promise<BudgetLine> =>
    (await s.get(`/api/budgets?year=${year}`)).body.lines.find((l: BudgetLine) => l.departmentCode === dept);

  before(async () => {
    for (const r of await ctx.db('units').select('id', 'code')) u[r.code] = r.id;
    await ctx.db('budgets').insert([
      { year: YEAR, department_id: u.IT, buying_unit_id: u.OFFICE, amount_fen: 1_000_000, control: 'warn' },
      { year: YEAR, department_id: u.HR, buying_unit_id: u.OFFICE, amount_fen: 100_000, control: 'stop' },
    ]);
    const db = ctx.db;
    // IT's year, by hand: committed 100,000 + 40,000 + 12,000 = 152,000; pending 30,000 + 20,000 = 50,000.
    await request(db, { dept: u.IT, unit: u.OFFICE, month: `${YEAR}-01-01`, status: 'draft', lines: [50_000] });
    submittedId = (await request(db, { dept: u.IT, unit: u.OFFICE, month: `${YEAR}-02-01`, status: 'submitted', lines: [30_000, 20_000] })).id;
    const approved = await request(db, { dept: u.IT, unit: u.OFFICE, month: `${YEAR}-03-01`, status: 'approved', lines: [100_000, 40_000, 25_000, 15_000, 12_000] });
    const [, included, cut, deferred, takenUpLater] = approved.lineIds;
    await plan(db, u.OFFICE, `${YEAR}-03-01`, [[included, 'included'], [cut, 'cut'], [deferred, 'deferred'], [takenUpLater, 'deferred']]);
    await plan(db, u.OFFICE, `${YEAR}-04-01`, [[takenUpLater, 'included']]);
    await request(db, { dept: u.IT, unit: u.OFFICE, month: `${YEAR}-05-01`, status: 'rejected', lines: [70_000] });
    await request(db, { dept: u.IT, unit: u.OFFICE, month: `${YEAR}-06-01`, status: 'returned', lines: [80_000] });
    // Not this budget: 供应处's purchases, and last year's.
    await request(db, { dept: u.IT, unit: u.SUPPLY, month: `${YEAR}-03-01`, status: 'approved', lines: [90_000] });
    await request(db, { dept: u.IT, unit: u.OFFICE, month: `${YEAR - 1}-12-01`, status: 'approved', lines: [60_000] });
  });

  it('sums committed and pending by hand: amount − committed − pending − spent is what remains', async () => {
    const it = await line(clerk, 'IT');
    assert.deepEqual(
      { amount: it.amountFen, committed: it.committedFen, pending: it.pendingFen, spent: it.spentFen, remaining: it.remainingFen, near: it.nearLimit },
      { amount: 1_000_000, committed: 152_000, pending: 50_000, spent: 0, remaining: 798_000, near: false },
    );
    const hr = await line(clerk, 'HR');
    assert.equal(hr.control, 'stop');
    assert.equal(hr.remainingFen, 100_000);
    const res = await clerk.get(`/api/budgets?year=${YEAR}`);
    assert.equal(res.body.editable, true);
    assert.ok(res.body.lines.every((l: BudgetLine) => !['BJ', 'BJ-ECOM', 'HQ'].includes(l.departmentCode)), 'branches and HQ itself take no office budget');
  });

  it('lets leaders and the 供应处 clerk read, a requester only their own department, and no one else', async () => {
    assert.equal((await leader.get(`/api/budgets?year=${YEAR}`)).body.editable, false);
    assert.equal((await supplyClerk.get(`/api/budgets?year=${YEAR}`)).body.editable, false);
    const own = await requester.get(`/api/budgets?year=${YEAR}`);
    assert.deepEqual(own.body.lines.map((l: BudgetLine) => l.departmentCode), ['IT']);
    assert.equal(own.body.lines[0].remainingFen, 798_000);
    assert.equal((await requester.get(`/api/budgets?year=${YEAR}&departmentId=${u.IT}`)).status, 200);
    assert.equal((await requester.get(`/api/budgets?year=${YEAR}&departmentId=${u.HR}`)).status, 403);
    assert.equal((await ecom.get(`/api/budgets?year=${YEAR}`)).status, 403);
    assert.equal((await supplyClerk.put(`/api/budgets/${YEAR}`).send({ lines: [{ departmentId: u.HR, amountFen: 1, control: 'warn', version: 1 }] })).status, 403);
    assert.equal((await requester.put(`/api/budgets/${YEAR}`).send({ lines: [{ departmentId: u.HR, amountFen: 1, control: 'warn', version: 1 }] })).status, 403);
  });

  it('checks a request at submit: within, over a warn budget by how much, over a stop budget by how much', async () => {
    const check = (dept: number, amountFen: number, requestId = 0, unit = u.OFFICE) =>
      ctx.db.transaction((trx) => checkBudgetForSubmit(trx, { departmentId: dept, buyingUnitId: unit, month: `${YEAR}-07-01`, requestId, amountFen }));
    assert.deepEqual(await check(u.IT, 798_000), { kind: 'within', remainingFen: 0 });
    assert.deepEqual(await check(u.IT, 800_000), { kind: 'warn', overByFen: 2_000 });
    assert.deepEqual(await check(u.HR, 100_001), { kind: 'stop', overByFen: 1 });
    // A resubmission leaves itself out of what is already asked.
    assert.deepEqual(await check(u.IT, 50_000, submittedId), { kind: 'within', remainingFen: 798_000 });
    assert.deepEqual(await check(u.IT, 5_000_000, 0, u.SUPPLY), { kind: 'none' });
    assert.deepEqual(await check(u.AUDIT, 5_000_000), { kind: 'none' });
  });

  it('lets exactly one of two requests racing for a stop budget’s last ¥1,000 through', async () => {
    // HR: a stop budget of ¥1,000, nothing used. Each submission is the real protocol: in one
    // transaction, store the request as submitted, check the budget, roll back on stop.
    const embedded = isEmbedded(ctx.db);
    let arrived = 0;
    let release!: () => void;
    const bothStored = new Promise<void>((r) => (release = r));
    const submit = (month: string) =>
      ctx.db
        .transaction(async (trx) => {
          const r = await request(trx, { dept: u.HR, unit: u.OFFICE, month, status: 'submitted', lines: [100_000] });
          // On PostgreSQL both requests are stored before either checks, on two connections;
          // PGlite has one connection, so there the two run one after the other.
          if (!embedded && ++arrived === 2) release();
          if (!embedded) await bothStored;
          const verdict = await checkBudgetForSubmit(trx, { departmentId: u.HR, buyingUnitId: u.OFFICE, month, requestId: r.id, amountFen: 100_000 });
          if (verdict.kind === 'stop') throw Object.assign(new Error('over budget'), { verdict });
          return verdict;
        })
        .then(
          (v) => v.kind,
          (e: { verdict?: { kind: string; overByFen: number } }) => `${e.verdict?.kind}:${e.verdict?.overByFen}`,
        );
    const outcomes = await Promise.all([submit(`${YEAR}-08-01`), submit(`${YEAR}-09-01`)]);
    assert.deepEqual(outcomes.sort(), ['stop:100000', 'within']);
    const hr = await line(clerk, 'HR');
    assert.equal(hr.pendingFen, 100_000);
    assert.equal(hr.remainingFen, 0);
  });

  it('saves the grid at its versions, all or nothing, and refuses a stale line with 409', async () => {
    const it = await line(clerk, 'IT');
    const audit = await line(clerk, 'AUDIT');
    assert.equal(audit.version, null);
    const stale = await clerk.put(`/api/budgets/${YEAR}`).send({
      lines: [
        { departmentId: u.AUDIT, amountFen: 500_000, control: 'stop', version: null },
        { departmentId: u.IT, amountFen: 2_000_000, control: 'warn', version: it.version! + 1 },
      ],
    });
    assert.equal(stale.status, 409);
    assert.equal((await line(clerk, 'AUDIT')).version, null, 'nothing stored when one line is stale');
    const ok = await clerk.put(`/api/budgets/${YEAR}`).send({
      lines: [
        { departmentId: u.AUDIT, amountFen: 500_000, control: 'stop', version: null },
        { departmentId: u.IT, amountFen: 2_000_000, control: 'warn', version: it.version },
      ],
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const after = ok.body.lines.find((l: BudgetLine) => l.departmentCode === 'IT');
    assert.deepEqual([after.amountFen, after.remainingFen, after.version], [2_000_000, 1_798_000, it.version! + 1]);
    const trail = await ctx.db('audit_log').where({ action: 'budget.set', entity: 'budget' }).count<{ n: number }[]>({ n: '*' });
    assert.equal(Number(trail[0].n), 2);
    // The same save again: AUDIT now has a line, so "no line yet" is stale.
    assert.equal((await clerk.put(`/api/budgets/${YEAR}`).send({ lines: [{ departmentId: u.AUDIT, amountFen: 1, control: 'stop', version: null }] })).status, 409);
  });

  it('seeds this year’s budget: warn lines and one stop line, for head office’s departments', async () => {
    const res = await leader.get('/api/budgets');
    assert.equal(res.body.year, new Date().getUTCFullYear());
    const seeded = res.body.lines.filter((l: BudgetLine) => l.budgetId !== null);
    assert.deepEqual(seeded.filter((l: BudgetLine) => l.control === 'stop').map((l: BudgetLine) => l.departmentCode), ['AUDIT']);
    assert.ok(seeded.length >= 5 && res.body.totals.amountFen > 0);
    // 人力资源部 is sized to the requests the demo seeds for it: under 10% left, so the demo warns.
    assert.equal(seeded.find((l: BudgetLine) => l.departmentCode === 'HR').nearLimit, true);
  });

  it('puts the departments over or within 10% of this year’s budget on 办公室 clerk’s home page', async () => {
    const card = async () => (await clerk.get('/api/workbench/cards/budgets.near-limit')).body;
    const before = await card();
    assert.equal(before.title, '预算临近或超支的部门');
    // 财务中心's seeded ¥15,000, nothing asked yet: a submitted request of ¥14,000 leaves ¥1,000, under 10%.
    await request(ctx.db, { dept: u.FINANCE, unit: u.OFFICE, month: `${new Date().getUTCFullYear()}-01-01`, status: 'submitted', lines: [1_400_000] });
    const after = await card();
    assert.deepEqual([after.count, after.total], [before.count + 1, before.total]);
    assert.ok((await leader.get('/api/workbench')).body.cards.every((c: string) => c !== 'budgets.near-limit'));
    assert.ok((await supplyClerk.get('/api/workbench')).body.cards.every((c: string) => c !== 'budgets.near-limit'));
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const put = (lines: unknown) => clerk.put(`/api/budgets/${YEAR}`).send({ lines });
    const good = { departmentId: u.IT, amountFen: 1, control: 'warn', version: 1 };
    refused(await put([{ ...good, amountFen: -1 }]), 'lines.0.amountFen');
    refused(await put([good, { ...good, amountFen: 1.5 }]), 'lines.1.amountFen');
    refused(await put([{ ...good, control: 'maybe' }]), 'lines.0.control');
    refused(await put([{ ...good, departmentId: u.BJ, version: null }]), 'lines.0.departmentId');
    refused(await put([{ ...good, version: null }, { ...good, version: null }]), 'lines.1.departmentId');
    refused(await put([]), 'lines');
    refused(await clerk.put('/api/budgets/1999').send({ lines: [good] }), 'year');
    refused(await clerk.get('/api/budgets?year=20x1'), 'year');
  });
});
