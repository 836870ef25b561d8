import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPages, readXlsx } from '../../documents/read-back';
import { describeSignedIn, downloaded, refused, type Session, signedInSuite } from '../../test/support';
import { insertRequest, itemIds, setStock, unitIds } from '../../test/purchasing-fixture';

type Plan = {
  id: number;
  number: string;
  status: string;
  version: number;
  totalFen: number;
  lines: { id: number; item: { code: string }; requestedQty: number; stockQty: number; nettedQty: number; proposedQty: number; amountFen: number; byDepartment: { departmentId: number; quantity: number }[] }[];
  sources: { id: number; late: boolean; decision: string; reason: string | null; item: { code: string } | null; newItem: { name: string } | null }[];
  approval: { requestId: number; status: string } | null;
  submitProblems: string[];
};

describe('company purchase plans (公司采购计划)', () => {
  let clerk: Session, supplyClerk: Session, leader: Session, leader2: Session, finance: Session, requester: Session;
  let u: Record<string, number>, items: Record<string, number>;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'leader', 'leader2', 'finance', 'requester'], async (s) => {
    [clerk, supplyClerk, leader, leader2, finance, requester] = s;
    u = await unitIds(ctx.db);
    items = await itemIds(ctx.db);
    // May 2030 for 办公室, computed by hand below.
    await insertRequest(ctx.db, { department: u.IT, buyingUnit: u.OFFICE, month: '2030-05', lines: [
      { item: 'BG-0001', qty: 10, priceFen: 2490 },
      { item: 'BG-0003', qty: 2, priceFen: 1850 },
      { newItem: { name: '白板笔', spec: '晨光 黑色', uom: '盒' }, qty: 5 },
    ] }, items);
    await insertRequest(ctx.db, { department: u.HR, buyingUnit: u.OFFICE, month: '2030-05', lines: [
      { item: 'BG-0001', qty: 6, priceFen: 2390 },
      { item: 'HC-0001', qty: 1, priceFen: 38900 },
    ] }, items);
    await insertRequest(ctx.db, { department: u.WORKSHOP, buyingUnit: u.OFFICE, month: '2030-05', late: true, lines: [{ item: 'BG-0003', qty: 4, priceFen: 1850 }] }, items);
    // Not approved by its department yet: not in the plan.
    await insertRequest(ctx.db, { department: u.AUDIT, buyingUnit: u.OFFICE, month: '2030-05', status: 'submitted', lines: [{ item: 'BG-0001', qty: 100, priceFen: 2490 }] }, items);
    await setStock(ctx.db, u.OFFICE, items['BG-0001'], 7);
    await setStock(ctx.db, u.OFFICE, items['BG-0003'], 5);
    await setStock(ctx.db, u.OFFICE, items['HC-0001'], 0);
  });

  const plan = async (who: Session, id: number): Promise<Plan> => (await who.get(`/api/purchase-plans/${id}`)).body;
  const steps = async (requestId: number) =>
    (await leader.get(`/api/approvals/requests/${requestId}`)).body.steps.map((s: { role: string; skipped: boolean }) => `${s.role}${s.skipped ? ':skipped' : ''}`);

  it("seeds a living month: last month's 办公室 plan approved, this month's waiting in the leader's inbox", async () => {
    const list = (await leader.get('/api/purchase-plans?unit=OFFICE')).body.items as { status: string; month: string; id: number }[];
    assert.deepEqual(list.map((p) => p.status), ['submitted', 'approved']);
    const inbox = (await leader.get('/api/approvals/inbox')).body.items.map((r: { documentId: number }) => r.documentId);
    assert.ok(inbox.includes(list[0].id));
    const current = await plan(clerk, list[0].id);
    assert.ok(current.sources.some((s) => s.decision === 'deferred' && s.reason?.includes('物资目录暂无')));
  });

  it("puts this month's approved request lines not yet in a plan on the clerk's home page", async () => {
    const card = async (who: Session) => (await who.get('/api/workbench/cards/purchase-plans.waiting')).body;
    // 办公室's month is in its seeded plan; 供应处's approved workshop request (5 lines) waits for its clerk.
    assert.equal((await card(clerk)).count, 0);
    assert.equal((await card(supplyClerk)).count, 5);
    assert.equal((await leader.get('/api/workbench/cards/purchase-plans.waiting')).status, 404);
  });

  it('consolidates the approved requests by item, nets against stock and prices at the lowest estimate (hand-computed)', async () => {
    const res = await clerk.get('/api/purchase-plans/OFFICE/2030-05/consolidation');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const c = res.body;
    const byCode = Object.fromEntries(c.lines.map((l: Plan['lines'][number]) => [l.item.code, l]));
    // 复印纸: IT 10 + HR 6 = 16, 7 in stock → 9 at ¥23.90 = ¥215.10
    assert.deepEqual([byCode['BG-0001'].requestedQty, byCode['BG-0001'].stockQty, byCode['BG-0001'].proposedQty, byCode['BG-0001'].amountFen], [16, 7, 9, 21510]);
    assert.deepEqual(byCode['BG-0001'].byDepartment, [{ departmentId: u.IT, quantity: 10 }, { departmentId: u.HR, quantity: 6 }].sort((a, b) => a.departmentId - b.departmentId));
    // 订书机: IT 2 (the workshop's late 4 waits apart), 5 in stock → 0
    assert.deepEqual([byCode['BG-0003'].requestedQty, byCode['BG-0003'].proposedQty, byCode['BG-0003'].amountFen], [2, 0, 0]);
    // 硒鼓: 1, none in stock → 1 at ¥389.00
    assert.deepEqual([byCode['HC-0001'].proposedQty, byCode['HC-0001'].amountFen], [1, 38900]);
    assert.equal(c.totalFen, 21510 + 38900);
    assert.equal(c.unmappedCount, 1);
    assert.equal(c.pendingCount, 1);
    // The live view lists the lines that need the clerk: the free-text one and the late one.
    assert.deepEqual(c.sources.map((s: Plan['sources'][number]) => [s.late, s.decision, s.item?.code ?? s.newItem?.name]), [[false, 'included', '白板笔'], [true, 'pending', 'BG-0003']]);
    assert.equal(c.plan, null);
  });

  it("keeps each buying unit's plans to its own clerk: the other unit's is 404; leaders and finance read, requesters do not", async () => {
    assert.equal((await supplyClerk.get('/api/purchase-plans/OFFICE/2030-05/consolidation')).status, 404);
    assert.equal((await supplyClerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-05' })).status, 404);
    assert.equal((await requester.get('/api/purchase-plans')).status, 403);
    assert.equal((await finance.get('/api/purchase-plans/OFFICE/2030-05/consolidation')).status, 200);
    assert.equal((await leader.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-05' })).status, 403);
  });

  let id: number;
  it('opens the month once: a snapshot numbered per unit and month; a second opening is 409', async () => {
    const res = await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-05' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    id = res.body.id;
    assert.equal(res.body.number, 'PP-OFFICE-203005-01');
    assert.equal(res.body.status, 'draft');
    assert.equal(res.body.totalFen, 60410);
    assert.equal(res.body.lines.length, 3);
    assert.ok(res.body.lines.every((l: { id: number | null }) => l.id !== null));
    assert.deepEqual(res.body.submitProblems, ['unmapped', 'pending']);
    assert.equal((await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-05' })).status, 409);
    assert.equal((await supplyClerk.get(`/api/purchase-plans/${id}`)).status, 404);
    assert.deepEqual((await supplyClerk.get('/api/purchase-plans')).body.total, 0);
    assert.equal((await leader.get(`/api/purchase-plans/${id}`)).status, 200);
    assert.equal((await clerk.get('/api/purchase-plans/OFFICE/2030-05/consolidation')).body.plan.number, 'PP-OFFICE-203005-01');
  });

  it('refuses to submit while a free-text line is unmapped or a late line undecided, naming what to do', async () => {
    const p = await plan(clerk, id);
    const res = await clerk.post(`/api/purchase-plans/${id}/submit`).send({ version: p.version });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['sources', 'sources']);
    assert.match(res.body.errors[0].message, /未对应/);
  });

  it('cuts and defers with the reason the requester sees; includes a late line; a reason is required', async () => {
    let p = await plan(clerk, id);
    const late = p.sources.find((s) => s.late)!;
    const free = p.sources.find((s) => s.newItem)!;
    refused(await clerk.post(`/api/purchase-plans/${id}/sources/${free.id}`).send({ version: p.version, decision: 'cut' }), 'reason');
    let res = await clerk.post(`/api/purchase-plans/${id}/sources/${free.id}`).send({ version: p.version, decision: 'cut', reason: '库房有白板笔，请到办公室领用' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    res = await clerk.post(`/api/purchase-plans/${id}/sources/${late.id}`).send({ version: res.body.version, decision: 'include' });
    p = res.body;
    const stapler = p.lines.find((l) => l.item.code === 'BG-0003')!;
    // 订书机 now IT 2 + workshop 4 = 6 against 5 in stock → 1
    assert.deepEqual([stapler.requestedQty, stapler.nettedQty, stapler.proposedQty], [6, 1, 1]);
    assert.deepEqual(p.submitProblems, []);
    // What the requester's screen reads (planSourcesView): the cut with its reason.
    const seen = await ctx.db('purchase_plan_sources').where({ id: free.id }).first('decision', 'reason');
    assert.deepEqual(seen, { decision: 'cut', reason: '库房有白板笔，请到办公室领用' });
    // A stale version is 409.
    assert.equal((await clerk.post(`/api/purchase-plans/${id}/sources/${late.id}`).send({ version: 1, decision: 'include' })).status, 409);
  });

  it("maps a free-text line to an item of the plan's own unit, and it joins that item's line", async () => {
    await insertRequest(ctx.db, { department: u.HR, buyingUnit: u.OFFICE, month: '2030-09', lines: [{ newItem: { name: '蓝色中性笔', uom: '盒' }, qty: 2 }] }, items);
    const opened = (await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-09' })).body as Plan;
    assert.deepEqual(opened.submitProblems, ['unmapped', 'noLines']);
    const src = opened.sources[0];
    // 电工胶带 is 供应处's: not an item 办公室 buys.
    refused(await clerk.post(`/api/purchase-plans/${opened.id}/sources/${src.id}/map`).send({ version: opened.version, itemId: items['FC-0001'] }), 'itemId');
    const mapped = await clerk.post(`/api/purchase-plans/${opened.id}/sources/${src.id}/map`).send({ version: opened.version, itemId: items['BG-0002'] });
    assert.equal(mapped.status, 200, JSON.stringify(mapped.body));
    assert.deepEqual(mapped.body.lines.map((l: Plan['lines'][number]) => [l.item.code, l.requestedQty]), [['BG-0002', 2]]);
    assert.equal(mapped.body.sources[0].item.code, 'BG-0002');
    assert.equal(mapped.body.sources[0].newItem.name, '蓝色中性笔');
    assert.deepEqual(mapped.body.submitProblems, []);
  });

  it("carries a deferred line into the next month's consolidation", async () => {
    await insertRequest(ctx.db, { department: u.HR, buyingUnit: u.OFFICE, month: '2030-10', lines: [{ item: 'BG-0006', qty: 3, priceFen: 750 }] }, items);
    const opened = (await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2030-10' })).body as Plan;
    const deferred = await clerk.post(`/api/purchase-plans/${opened.id}/sources/${opened.sources[0].id}`).send({ version: opened.version, decision: 'defer', reason: '本月预算已紧，顺延下月' });
    assert.equal(deferred.status, 200, JSON.stringify(deferred.body));
    assert.deepEqual(deferred.body.lines, []);
    const next = (await clerk.get('/api/purchase-plans/OFFICE/2030-11/consolidation')).body;
    assert.deepEqual(next.sources.map((s: { carriedFrom: string; decision: string }) => [s.carriedFrom, s.decision]), [['2030-10', 'included']]);
    assert.deepEqual(next.lines.map((l: Plan['lines'][number]) => [l.item.code, l.requestedQty]), [['BG-0006', 3]]);
    // Two months on it is no longer carried: the plan of the month after its deferral takes it up or defers it again.
    assert.deepEqual((await clerk.get('/api/purchase-plans/OFFICE/2030-12/consolidation')).body.sources, []);
  });

  it('takes a proposed quantity different from the netted one only with a reason; whole numbers for 个', async () => {
    const p = await plan(clerk, id);
    const toner = p.lines.find((l) => l.item.code === 'HC-0001')!;
    refused(await clerk.patch(`/api/purchase-plans/${id}/lines/${toner.id}`).send({ version: p.version, proposedQty: 2 }), 'reason');
    refused(await clerk.patch(`/api/purchase-plans/${id}/lines/${toner.id}`).send({ version: p.version, proposedQty: 1.5, reason: '备用' }), 'proposedQty');
    refused(await clerk.patch(`/api/purchase-plans/${id}/lines/${toner.id}`).send({ version: p.version, proposedQty: -1, reason: '备用' }), 'proposedQty');
    const res = await clerk.patch(`/api/purchase-plans/${id}/lines/${toner.id}`).send({ version: p.version, proposedQty: 2, reason: '备用一个' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const after = res.body.lines.find((l: { id: number }) => l.id === toner.id);
    assert.deepEqual([after.proposedQty, after.proposedReason, after.amountFen], [2, '备用一个', 77800]);
    // 复印纸 9 × 23.90 + 订书机 1 × 18.50 + 硒鼓 2 × 389.00
    assert.equal(res.body.totalFen, 21510 + 1850 + 77800);
  });

  it('submits to the leader (under ¥50,000: one step); the plan is read-only while with leadership', async () => {
    const p = await plan(clerk, id);
    const res = await clerk.post(`/api/purchase-plans/${id}/submit`).send({ version: p.version });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, 'submitted');
    assert.deepEqual(await steps(res.body.approval.requestId), ['finance:skipped', 'company_leader', 'company_leader:skipped']);
    const inbox = (await leader.get('/api/approvals/inbox')).body.items.map((r: { documentId: number; documentType: string }) => [r.documentType, r.documentId]);
    assert.ok(inbox.some(([type, doc]: [string, number]) => type === 'purchase_plan' && doc === id), JSON.stringify(inbox));
    const line = res.body.lines[0];
    assert.equal((await clerk.patch(`/api/purchase-plans/${id}/lines/${line.id}`).send({ version: res.body.version, proposedQty: 3, reason: 'x' })).status, 409);
  });

  it('is frozen once approved: a change sends it back to draft, and it is approved anew in a new round', async () => {
    let p = await plan(clerk, id);
    const request = (await leader.get(`/api/approvals/requests/${p.approval!.requestId}`)).body;
    const approved = await leader.post(`/api/approvals/requests/${request.id}/approve`).send({ version: request.version });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    p = await plan(clerk, id);
    assert.equal(p.status, 'approved');
    const line = p.lines.find((l) => l.item.code === 'BG-0001')!;
    const changed = await clerk.patch(`/api/purchase-plans/${id}/lines/${line.id}`).send({ version: p.version, proposedQty: 10, reason: '下月新员工入职' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.status, 'draft');
    assert.equal(changed.body.approval.status, 'approved');
    assert.deepEqual(changed.body.actions, ['edit', 'submit']);
    const again = await clerk.post(`/api/purchase-plans/${id}/submit`).send({ version: changed.body.version });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.approval.status, 'pending');
    assert.equal((await leader.get(`/api/approvals/requests/${again.body.approval.requestId}`)).body.round, 2);
    const audit = await ctx.db('audit_log').where({ entity: 'purchase_plan', entity_id: String(id) }).pluck('action');
    assert.ok(audit.includes('purchase_plan.reopen') && audit.includes('purchase_plan.approved'), audit.join());
  });

  async function submittedPlanOf(month: string, priceFen: number) {
    await insertRequest(ctx.db, { department: u.IT, buyingUnit: u.OFFICE, month, lines: [{ item: 'HC-0002', qty: 1, priceFen }] }, items);
    await setStock(ctx.db, u.OFFICE, items['HC-0002'], 0);
    const opened = await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const res = await clerk.post(`/api/purchase-plans/${opened.body.id}/submit`).send({ version: opened.body.version });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  }

  it('needs one company leader for ¥49,999.99 and two different leaders for ¥50,000.00', async () => {
    const below = await submittedPlanOf('2030-06', 4_999_999);
    assert.equal(below.totalFen, 4_999_999);
    assert.deepEqual(await steps(below.approval.requestId), ['finance:skipped', 'company_leader', 'company_leader:skipped']);
    const at = await submittedPlanOf('2030-07', 5_000_000);
    assert.deepEqual(await steps(at.approval.requestId), ['finance:skipped', 'company_leader', 'company_leader']);
    const first = await leader.post(`/api/approvals/requests/${at.approval.requestId}/approve`).send({ version: 1 });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    // The same leader cannot approve the second step too: it waits for another.
    assert.equal((await leader.post(`/api/approvals/requests/${at.approval.requestId}/approve`).send({ version: 2 })).status, 403);
    assert.equal((await plan(clerk, at.id)).status, 'submitted');
    assert.equal((await leader2.post(`/api/approvals/requests/${at.approval.requestId}/approve`).send({ version: 2 })).status, 200);
    assert.equal((await plan(clerk, at.id)).status, 'approved');

    // The leader's file copy: A4 PDF in Chinese with the unit, the total in figures and in words, and both leaders' signatures.
    const pdf = await downloaded(leader.get(`/api/purchase-plans/${at.id}/pdf`));
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const text = (await pdfPages(pdf.body)).join('\n');
    for (const expected of ['公司采购计划', '办公室', '2030年7月', '耗材', '粉盒', '50,000.00', '伍万元整', '陈建国', '黄志明']) assert.ok(text.includes(expected), `${expected} in ${text}`);
    const xlsx = await downloaded(finance.get(`/api/purchase-plans/${at.id}/xlsx`));
    assert.equal(xlsx.status, 200);
    const sheet = (await readXlsx(xlsx.body)).worksheets[0];
    const cells = sheet.getSheetValues().flat().map(String);
    assert.ok(cells.includes('粉盒') && cells.includes('50000'), cells.join('|'));
    assert.equal((await downloaded(supplyClerk.get(`/api/purchase-plans/${at.id}/pdf`))).status, 404);
  });

  it('shows each department against its budget and, over a warn-controlled one, sends the plan to finance first', async () => {
    // IT's 2031 budget is ¥100.00 (warn); its request for 3 × ¥45.00 takes it ¥35.00 over.
    await ctx.db('budgets').insert({ year: 2031, department_id: u.IT, buying_unit_id: u.OFFICE, amount_fen: 10_000, control: 'warn' });
    await insertRequest(ctx.db, { department: u.IT, buyingUnit: u.OFFICE, month: '2031-08', lines: [{ item: 'HC-0003', qty: 3, priceFen: 4500 }] }, items);
    const live = (await clerk.get('/api/purchase-plans/OFFICE/2031-08/consolidation')).body;
    assert.equal(live.overBudget, true);
    assert.deepEqual(live.budget.map((b: { planFen: number; overByFen: number | null; budget: { remainingFen: number } }) => [b.planFen, b.budget.remainingFen, b.overByFen]), [[13_500, -3_500, 3_500]]);
    await setStock(ctx.db, u.OFFICE, items['HC-0003'], 0);
    const opened = (await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2031-08' })).body;
    const sent = (await clerk.post(`/api/purchase-plans/${opened.id}/submit`).send({ version: opened.version })).body;
    assert.deepEqual(await steps(sent.approval.requestId), ['finance', 'company_leader', 'company_leader:skipped']);
    assert.equal((await leader.post(`/api/approvals/requests/${sent.approval.requestId}/approve`).send({ version: 1 })).status, 403);
    assert.equal((await finance.post(`/api/approvals/requests/${sent.approval.requestId}/approve`).send({ version: 1 })).status, 200);
    assert.equal((await leader.post(`/api/approvals/requests/${sent.approval.requestId}/approve`).send({ version: 2 })).status, 200);
    assert.equal((await plan(finance, opened.id)).status, 'approved');
    // 供应处 has no budget: no positions to show.
    assert.deepEqual((await supplyClerk.get('/api/purchase-plans/SUPPLY/2031-08/consolidation')).body.budget.map((b: { budget: unknown }) => b.budget), []);
  });
});

describeSignedIn('purchase plans: malformed input is a 400 naming the field, never a 500', 'clerk', (as) => {
  it('a month like 2026-13, an unknown unit, ids beyond PostgreSQL integers, a bad decision', async () => {
    const clerk = as.session;
    refused(await clerk.get('/api/purchase-plans/OFFICE/2026-13/consolidation'), 'month');
    refused(await clerk.get('/api/purchase-plans/HR/2026-11/consolidation'), 'unit');
    refused(await clerk.post('/api/purchase-plans').send({ unit: 'OFFICE', month: '2026-1' }), 'month');
    refused(await clerk.get('/api/purchase-plans?month=2026-00'), 'month');
    refused(await clerk.get('/api/purchase-plans/2147483648'), 'id');
    refused(await clerk.patch('/api/purchase-plans/1/lines/2147483648').send({ version: 1, proposedQty: 1 }), 'lineId');
    refused(await clerk.post('/api/purchase-plans/1/sources/1').send({ version: 1, decision: 'drop' }), 'decision');
    refused(await clerk.patch('/api/purchase-plans/1/lines/1').send({ version: 1, proposedQty: 'ten' }), 'proposedQty');
  });
});
