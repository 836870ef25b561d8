import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, calendarDay } from '@portal/domain';
import type { SessionUser } from '../../http/session';
import { refused, type Session, signedInSuite } from '../../test/support';
import { mapRequestLine } from './purchase-requests.service';

const today = calendarDay(new Date());
const thisMonth = today.slice(0, 7);
/** Far enough ahead that its default cut-off (the 20th of the month before) has not passed. */
const farMonth = addMonths(thisMonth, 3);
const nextMonth = addMonths(thisMonth, 1);

describe('department purchase requests (部门月度采购申请)', () => {
  let requester: Session, deptHead: Session, clerk: Session, supplyClerk: Session, hrRequester: Session, wsHead: Session, leader: Session, ecom: Session;
  const ctx = signedInSuite(
    ['requester', 'dept_head', 'clerk', 'supply_clerk', 'hr_requester', 'ws_head', 'leader', 'ecom'],
    (s) => ([requester, deptHead, clerk, supplyClerk, hrRequester, wsHead, leader, ecom] = s),
  );
  const item = (code: string) => ctx.db('items').where({ code }).first('id').then((r: { id: number }) => r.id);
  const supplier = (shop: string) => ctx.db('suppliers').where({ shop_name: shop }).first('id').then((r: { id: number }) => r.id);
  let testItem: number;

  // A priced item of 办公室 of our own: the lowest eligible current price is 京东's ¥1.01 seen two days ago, not
  // 得力's ¥0.99 (out of stock), not 一号店's ¥0.95 (suspended), not 苏宁's ¥0.90 (no longer its latest price).
  before(async () => {
    const [row] = await ctx.db('items').insert({ code: 'BG-9001', name: '测试回形针', spec: '28mm 100枚/盒', uom: '个', category: 'office_supplies', buying_unit: 'OFFICE' }).returning('id');
    testItem = row.id;
    const [jd, deli, yhd, suning] = await Promise.all(['京东自营办公用品旗舰店', '得力官方旗舰店', '一号店自营日用百货', '苏宁易购自营办公'].map(supplier));
    const obs = (supplier_id: number, price_fen: number, daysAgo: number, in_stock = true) => ({ item_id: testItem, supplier_id, price_fen, observed_on: addDays(today, -daysAgo), in_stock });
    await ctx.db('price_observations').insert([obs(jd, 120, 10), obs(jd, 101, 2), obs(deli, 99, 3, false), obs(yhd, 95, 4), obs(suning, 90, 20), obs(suning, 300, 5)]);
    await ctx.db('supplier_violations').insert({ supplier_id: yhd, kind: 'violation', points: 10, reason: '测试：累计扣分达到暂停', occurred_on: today });
  });

  let draft: { id: number; version: number };

  it('creates a draft whose catalogue lines carry the lowest eligible current price, its shop and day, and the total', async () => {
    const paper = await item('BG-0001');
    const res = await requester.post('/api/purchase-requests').send({
      buyingUnit: 'OFFICE',
      month: farMonth,
      note: '季度补充',
      lines: [
        { itemId: testItem, quantity: 3, purpose: '装订' },
        { itemId: paper, quantity: 10, neededBy: `${farMonth}-05`, purpose: '打印' },
        { newItem: { name: '碎纸机', spec: '得力 9903', uom: '台' }, quantity: 1, purpose: '保密文件' },
      ],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const r = res.body;
    assert.match(r.number, new RegExp(`^PR-OFFICE-${farMonth.replace('-', '')}-\\d{4}$`));
    assert.deepEqual([r.status, r.department.code, r.buyingUnit.name, r.month, r.late], ['draft', 'IT', '办公室', farMonth, false]);
    const [clip, paperLine, shredder] = r.lines;
    assert.deepEqual(clip.estimate, { unitPriceFen: 101, supplierId: await supplier('京东自营办公用品旗舰店'), shopName: '京东自营办公用品旗舰店', platform: 'jd', observedOn: addDays(today, -2) });
    assert.equal(clip.estAmountFen, 303);
    assert.ok(paperLine.estimate.unitPriceFen > 0);
    assert.equal(paperLine.estAmountFen, paperLine.estimate.unitPriceFen * 10);
    assert.equal(shredder.item, null);
    assert.deepEqual(shredder.newItem, { name: '碎纸机', spec: '得力 9903', uom: '台' });
    assert.equal(shredder.estimate, null);
    assert.equal(r.totalFen, 303 + paperLine.estAmountFen);
    assert.deepEqual(r.actions, ['edit', 'submit', 'delete']);
    assert.deepEqual(r.calendar, { cutoffOn: `${addMonths(farMonth, -1)}-20`, status: 'open' });
    draft = r;
  });

  it('finds the unit’s items for the editor with the same estimate', async () => {
    const res = await requester.get('/api/purchase-requests/items?unit=OFFICE&q=回形针');
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 1);
    assert.equal(res.body.items[0].estimate.unitPriceFen, 101);
    const supply = await requester.get('/api/purchase-requests/items?unit=SUPPLY&q=回形针');
    assert.equal(supply.body.total, 0);
  });

  it('keeps one request per department, buying unit and month: a second is a 409 naming the month', async () => {
    const res = await requester.post('/api/purchase-requests').send({ buyingUnit: 'OFFICE', month: farMonth, lines: [] });
    assert.equal(res.status, 409);
    assert.equal(res.body.errors[0].path, 'month');
    assert.match(res.body.detail, /信息技术部.*已存在/);
  });

  it('refuses bad lines with a 400 naming each field: a fraction or negative of 个, an unknown or other-unit item, a month 2026-13', async () => {
    const url = `/api/purchase-requests/${draft.id}`;
    const bolt = await item('WJ-0006');
    const bad = await requester.put(url).send({
      version: draft.version,
      lines: [{ itemId: testItem, quantity: 2.5 }, { itemId: 99999, quantity: 1 }, { itemId: bolt, quantity: 1 }, { newItem: { name: '电缆', uom: '米' }, quantity: 12.3456 }],
    });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path), ['lines.0.quantity', 'lines.1.itemId', 'lines.2.itemId', 'lines.3.quantity']);
    assert.match(bad.body.errors[0].message, /整数/);
    refused(await requester.put(url).send({ version: draft.version, lines: [{ itemId: testItem, quantity: 1 }, { itemId: testItem, quantity: -2 }] }), 'lines.1.quantity');
    refused(await requester.put(url).send({ version: draft.version, lines: [{ itemId: testItem, newItem: { name: 'x', uom: '个' }, quantity: 1 }] }), 'lines.0.itemId');
    refused(await requester.post('/api/purchase-requests').send({ buyingUnit: 'OFFICE', month: '2026-13', lines: [] }), 'month');
    refused(await requester.post('/api/purchase-requests').send({ buyingUnit: 'HQ', month: farMonth, lines: [] }), 'buyingUnit');
    // Measured units take three decimals: 12.345 米 of cable is fine.
    const ok = await requester.put(url).send({ version: draft.version, note: '季度补充', lines: [{ itemId: testItem, quantity: 4 }, { newItem: { name: '电缆', spec: 'RVV 3×1.5', uom: '米' }, quantity: 12.345 }] });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.lines[1].quantity, 12.345);
    assert.equal(ok.body.totalFen, 404);
    assert.equal((await requester.put(url).send({ version: draft.version, lines: [] })).status, 409);
    draft = ok.body;
  });

  it('hides a department’s requests from other departments and a unit’s from the other unit’s clerk (404); others may not list (403)', async () => {
    const url = `/api/purchase-requests/${draft.id}`;
    assert.equal((await hrRequester.get(url)).status, 404);
    assert.equal((await supplyClerk.get(url)).status, 404);
    assert.equal((await wsHead.get(url)).status, 404);
    assert.equal((await hrRequester.put(url).send({ version: draft.version, lines: [] })).status, 404);
    for (const s of [clerk, deptHead, leader]) assert.equal((await s.get(url)).status, 200);
    assert.deepEqual((await deptHead.get(url)).body.actions, []);
    assert.equal((await ecom.get('/api/purchase-requests')).status, 403);
    const hrList = (await hrRequester.get('/api/purchase-requests')).body.items as { department: { code: string } }[];
    assert.ok(hrList.length > 0 && hrList.every((r) => r.department.code === 'HR'));
    const supplyList = (await supplyClerk.get('/api/purchase-requests')).body.items as { buyingUnit: { code: string } }[];
    assert.ok(supplyList.length > 0 && supplyList.every((r) => r.buyingUnit.code === 'SUPPLY'));
  });

  it('submits on time to the department head; returned it is editable again, resubmitted and approved; then read-only', async () => {
    const url = `/api/purchase-requests/${draft.id}`;
    const sent = await requester.post(`${url}/submit`).send({ version: draft.version });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.deepEqual([sent.body.status, sent.body.late, sent.body.approval.status], ['submitted', false, 'pending']);
    assert.deepEqual(sent.body.lines.map((l: { status: string }) => l.status), ['submitted', 'submitted']);
    assert.equal((await requester.put(url).send({ version: sent.body.version, lines: [] })).status, 409);

    const inbox = (await deptHead.get('/api/approvals/inbox')).body.items as { id: number; documentType: string; documentId: number; version: number }[];
    const req = inbox.find((r) => r.documentType === 'purchase_request' && r.documentId === draft.id)!;
    assert.ok(req, 'the IT head has it in the inbox');
    const returned = await deptHead.post(`/api/approvals/requests/${req.id}/return`).send({ version: req.version, comment: '碎纸机本季度不采购' });
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    const back = (await requester.get(url)).body;
    assert.deepEqual([back.status, back.actions], ['returned', ['edit', 'submit']]);
    const changed = await requester.put(url).send({ version: back.version, lines: [{ itemId: testItem, quantity: 5 }] });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.status, 'returned');
    const again = await requester.post(`${url}/submit`).send({ version: changed.body.version });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    const req2 = ((await deptHead.get('/api/approvals/inbox')).body.items as typeof inbox).find((r) => r.documentId === draft.id && r.documentType === 'purchase_request')!;
    assert.equal((await deptHead.post(`/api/approvals/requests/${req2.id}/approve`).send({ version: req2.version })).status, 200);
    const done = (await requester.get(url)).body;
    assert.deepEqual([done.status, done.lines[0].status, done.actions], ['approved', 'dept_approved', []]);
    assert.equal((await requester.delete(`${url}?version=${done.version}`)).status, 409);
    const actions = await ctx.db('audit_log').where({ entity: 'purchase_request', entity_id: String(draft.id) }).orderBy('id').pluck('action');
    assert.deepEqual(actions, ['purchase_request.create', 'purchase_request.update', 'purchase_request.submit', 'purchase_request.returned', 'purchase_request.update', 'purchase_request.submit', 'purchase_request.approved']);
  });

  it('marks a request submitted after the cut-off late (database time)', async () => {
    const cal = (await clerk.get(`/api/planning-calendar/OFFICE/${nextMonth}`)).body;
    const cutoffOn = addDays(today, -1);
    assert.equal((await clerk.put(`/api/planning-calendar/OFFICE/${nextMonth}`).send({ cutoffOn, status: 'open', version: cal.version })).status, 200);
    const created = (await requester.post('/api/purchase-requests').send({ buyingUnit: 'OFFICE', month: nextMonth, lines: [{ itemId: testItem, quantity: 1 }] })).body;
    const sent = await requester.post(`/api/purchase-requests/${created.id}/submit`).send({ version: created.version });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal(sent.body.late, true);
    const lateOnes = (await clerk.get(`/api/purchase-requests?late=true&month=${nextMonth}`)).body;
    assert.deepEqual(lateOnes.items.map((r: { id: number }) => r.id), [created.id]);
  });

  it('refuses a request into a month the clerk is consolidating or has closed, saying so', async () => {
    const lastMonth = addMonths(thisMonth, -1);
    const res = await hrRequester.post('/api/purchase-requests').send({ buyingUnit: 'SUPPLY', month: lastMonth, lines: [] });
    assert.equal(res.status, 409);
    assert.equal(res.body.errors[0].path, 'month');
    assert.match(res.body.detail, /已关闭.*不再受理/);
  });

  it('deletes a draft never submitted, at its version', async () => {
    const created = (await hrRequester.post('/api/purchase-requests').send({ buyingUnit: 'OFFICE', month: farMonth, lines: [] })).body;
    assert.equal((await hrRequester.delete(`/api/purchase-requests/${created.id}?version=${created.version + 1}`)).status, 409);
    assert.equal((await requester.delete(`/api/purchase-requests/${created.id}?version=${created.version}`)).status, 404);
    assert.equal((await hrRequester.delete(`/api/purchase-requests/${created.id}?version=${created.version}`)).status, 204);
    assert.equal((await hrRequester.get(`/api/purchase-requests/${created.id}`)).status, 404);
  });

  it("shows each line where the company plan put it: in the plan, cut with the reason, deferred, plan approved", async () => {
    const r = (await requester.get(`/api/purchase-requests/${draft.id}`)).body;
    const office = await ctx.db('units').where({ code: 'OFFICE' }).first('id');
    const [plan] = await ctx.db('purchase_plans').insert({ number: 'PP-TEST-1', unit_id: office.id, month: `${farMonth}-01`, status: 'submitted' }).returning('id');
    await ctx.db('purchase_plan_sources').insert({ plan_id: plan.id, request_line_id: r.lines[0].id, decision: 'cut', reason: '库存充足' });
    const cut = (await requester.get(`/api/purchase-requests/${draft.id}`)).body.lines[0];
    assert.deepEqual([cut.status, cut.planReason, cut.planNumber], ['cut', '库存充足', 'PP-TEST-1']);
    await ctx.db('purchase_plan_sources').where({ plan_id: plan.id }).update({ decision: 'included', reason: null });
    await ctx.db('purchase_plans').where({ id: plan.id }).update({ status: 'approved' });
    const approved = (await requester.get(`/api/purchase-requests/${draft.id}`)).body.lines[0];
    assert.deepEqual([approved.status, approved.planReason], ['plan_approved', null]);
  });

  it('refuses a submission over a stop-controlled budget naming the amount over; over a warn budget it goes with the warning', async () => {
    const month = addMonths(thisMonth, 2);
    const [hr, office] = await Promise.all(['HR', 'OFFICE'].map((code) => ctx.db('units').where({ code }).first('id').then((u: { id: number }) => u.id)));
    const budget = (control: 'stop' | 'warn') =>
      ctx.db('budgets').insert({ year: Number(month.slice(0, 4)), department_id: hr, buying_unit_id: office, amount_fen: 1, control }).onConflict(['year', 'department_id', 'buying_unit_id']).merge(['amount_fen', 'control']);
    await budget('stop');
    const created = (await hrRequester.post('/api/purchase-requests').send({ buyingUnit: 'OFFICE', month, lines: [{ itemId: testItem, quantity: 10 }] })).body;
    assert.equal(created.totalFen, 1010);
    const stopped = await hrRequester.post(`/api/purchase-requests/${created.id}/submit`).send({ version: created.version });
    assert.equal(stopped.status, 409, JSON.stringify(stopped.body));
    assert.match(stopped.body.detail, /^超出预算 ¥[\d,]+\.\d{2}/);
    assert.equal(stopped.body.errors[0].path, 'totalFen');
    assert.equal((await hrRequester.get(`/api/purchase-requests/${created.id}`)).body.status, 'draft');
    await budget('warn');
    const warned = await hrRequester.post(`/api/purchase-requests/${created.id}/submit`).send({ version: created.version });
    assert.equal(warned.status, 200, JSON.stringify(warned.body));
    assert.ok(warned.body.overBudgetFen >= 1009, String(warned.body.overBudgetFen));
  });

  it("lets the buying unit's clerk map a free-text line to one of its catalogue items (audited), nobody else", async () => {
    const office = (await ctx.db('units').where({ code: 'OFFICE' }).first('id')).id;
    const supply = (await ctx.db('units').where({ code: 'SUPPLY' }).first('id')).id;
    const asClerk = (username: string, unitId: number): SessionUser => ({
      id: 0, username, displayName: username, unitId, unitName: '', unitNameEn: '', roles: [{ role: 'purchasing_clerk', unitId, unitName: '', unitNameEn: '' }], supplierId: null, sessionId: '', csrfToken: '',
    });
    const actor = { userId: clerk.userId, name: '王芳', requestId: 'test', ip: null };
    const seeded = (await leader.get(`/api/purchase-requests?month=${thisMonth}&buyingUnit=OFFICE&q=信息技术部`)).body.items[0];
    const lines = (await leader.get(`/api/purchase-requests/${seeded.id}`)).body.lines as { id: number; newItem: unknown; item: unknown }[];
    const free = lines.find((l) => l.newItem)!;
    const listed = lines.find((l) => l.item)!;
    const usb = await item('DZ-0002');
    const map = (who: SessionUser, lineId: number, itemId: number) => ctx.db.transaction((trx) => mapRequestLine(trx, actor, who, lineId, itemId));
    await assert.rejects(map(asClerk('supply_clerk', supply), free.id, usb), { status: 404 });
    await assert.rejects(map(asClerk('clerk', office), listed.id, usb), { status: 400 });
    await assert.rejects(map(asClerk('clerk', office), free.id, await item('WJ-0001')), { status: 400 });
    await map(asClerk('clerk', office), free.id, usb);
    const mapped = ((await requester.get(`/api/purchase-requests/${seeded.id}`)).body.lines as { id: number; mappedItem: { code: string } }[]).find((l) => l.id === free.id)!;
    assert.equal(mapped.mappedItem.code, 'DZ-0002');
    assert.equal(Number((await ctx.db('audit_log').where({ action: 'purchase_request.map_line' }).count({ n: '*' }))[0].n), 1);
  });

  it('puts cards on the home page: a requester’s drafts and returned requests, a clerk’s this month received', async () => {
    const mine = await hrRequester.get('/api/workbench/cards/purchase-requests.mine');
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    assert.ok(mine.body.count >= 1, 'the seeded HR draft to 供应处');
    const received = await clerk.get('/api/workbench/cards/purchase-requests.received');
    assert.equal(received.status, 200);
    assert.match(received.body.title, new RegExp(thisMonth));
    assert.ok(received.body.count >= 1, 'the seeded approved IT request');
    assert.ok(received.body.count <= received.body.total);
    assert.equal((await requester.get('/api/workbench/cards/purchase-requests.received')).status, 404);
  });

  it('seeds a living month: every state, prices prefilled, one late, a pending one in the HR head’s inbox', async () => {
    const all = (await leader.get(`/api/purchase-requests?month=${thisMonth}&pageSize=50`)).body.items as { status: string; late: boolean; totalFen: number; department: { code: string } }[];
    assert.deepEqual([...new Set(all.map((r) => r.status))].sort(), ['approved', 'draft', 'returned', 'submitted']);
    assert.ok(all.some((r) => r.late));
    assert.ok(all.every((r) => r.totalFen > 0));
    const hrHead = (await ctx.db('users').where({ username: 'hr_head' }).first('id')).id;
    const waiting = await ctx.db('notifications').where({ user_id: hrHead }).count({ n: '*' });
    assert.ok(Number(waiting[0].n) >= 1, 'the HR head was told a request waits');
  });
});
