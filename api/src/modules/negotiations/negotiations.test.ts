import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, signedInSuite, type Session } from '../../test/support';
import { b2bSuppliers, quotedInquiry, type B2bSuppliers } from '../../test/b2b-fixture';

interface Detail {
  id: number;
  number: string;
  state: string;
  version: number;
  currentVersion: number;
  buyerAgreedVersion: number | null;
  supplierAgreedVersion: number | null;
  mySide: string | null;
  current: { versionNo: number; terms: Record<string, string>; lines: { lineNo: number; quantity: number; unitPriceFen: number; taxRateBp: number }[]; totalFen: number; changes: unknown };
  comments: { body: string; side: string }[];
  can: { edit: boolean; agree: boolean; comment: boolean; createContract: boolean };
}

describe('negotiation sheets (洽谈单)', () => {
  let buyer: Session, head: Session, hardware: Session, lighting: Session, leader: Session, officeClerk: Session;
  const ctx = signedInSuite(['supply_clerk', 'supply_head', 'sup_hardware', 'sup_lighting', 'leader', 'clerk'], (s) => ([buyer, head, hardware, lighting, leader, officeClerk] = s));
  let sup: B2bSuppliers;

  before(async () => {
    sup = await b2bSuppliers(ctx.db);
  });

  async function opened(lines = [{ quantity: 100, hardwareFen: 8_500, lightingFen: 8_800 }]): Promise<Detail> {
    const inq = await quotedInquiry(ctx.db, lines);
    const res = await buyer.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware, paymentMethod: '月结30天', qualityRequirements: '国标合格品' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }

  const editOf = (d: Detail, over: Record<string, unknown> = {}) => ({
    baseVersion: d.currentVersion,
    ...d.current.terms,
    lines: d.current.lines.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity, unitPriceFen: l.unitPriceFen, taxRateBp: l.taxRateBp })),
    ...over,
  });

  it('opens from the comparison only after the quote deadline, with the supplier’s quoted prices as version 1', async () => {
    const early = await quotedInquiry(ctx.db, [{ quantity: 10, hardwareFen: 1_000, lightingFen: 900 }], { open: true });
    const refused = await buyer.post('/api/negotiations').send({ inquiryId: early.id, supplierId: sup.hardware });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.errors[0].path, 'inquiryId');

    const d = await opened([
      { quantity: 100, hardwareFen: 8_500, lightingFen: 8_800 },
      { quantity: 50, hardwareFen: 2_650, lightingFen: 2_500 },
    ]);
    assert.equal(d.currentVersion, 1);
    assert.equal(d.state, 'none');
    assert.equal(d.mySide, 'buyer');
    assert.deepEqual(d.current.lines.map((l) => l.unitPriceFen), [8_500, 2_650]);
    assert.equal(d.current.totalFen, 100 * 8_500 + 50 * 2_650);
    assert.equal(d.current.terms.deliveryPlace, '深圳市南山区华瑞大厦仓库');
    assert.equal(d.current.terms.deliveryDate, '2026-12-20');

    // A supplier contact may not open one; another unit's clerk cannot see the inquiry at all.
    const inq = await quotedInquiry(ctx.db, [{ quantity: 1, hardwareFen: 100, lightingFen: 100 }]);
    assert.equal((await hardware.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware })).status, 403);
    assert.equal((await officeClerk.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware })).status, 404);
  });

  it('keeps every earlier version when either side edits, and shows what changed', async () => {
    const d = await opened();
    const v2 = await hardware.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { paymentMethod: '货到付款', note: '我方资金周转需要' }));
    assert.equal(v2.status, 201, JSON.stringify(v2.body));
    assert.equal(v2.body.currentVersion, 2);
    assert.deepEqual(v2.body.current.changes.terms, [{ term: 'paymentMethod', before: '月结30天', after: '货到付款' }]);
    const v3 = await buyer.post(`/api/negotiations/${d.id}/versions`).send(editOf(v2.body, { paymentMethod: '验收合格后30天', lines: [{ lineNo: 1, quantity: 120, unitPriceFen: 8_300, taxRateBp: 1300 }] }));
    assert.equal(v3.status, 201, JSON.stringify(v3.body));
    const all = (await leader.get(`/api/negotiations/${d.id}/versions`)).body.items;
    assert.deepEqual(all.map((v: { versionNo: number; side: string; terms: { paymentMethod: string } }) => [v.versionNo, v.side, v.terms.paymentMethod]), [
      [1, 'buyer', '月结30天'],
      [2, 'supplier', '货到付款'],
      [3, 'buyer', '验收合格后30天'],
    ]);
    assert.equal(all[0].lines[0].unitPriceFen, 8_500, 'version 1 is unchanged');
    assert.deepEqual(all[2].changes.lines[0].fields.map((f: { field: string }) => f.field), ['quantity', 'unitPriceFen']);
    // The database refuses to change a kept version, whoever tries.
    await assert.rejects(ctx.db('negotiation_versions').where({ negotiation_id: d.id, version_no: 1 }).update({ payment_method: '改写' }));
  });

  it("clears the other side's agreement on an edit", async () => {
    const d = await opened();
    const agreed = await buyer.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 1 });
    assert.equal(agreed.status, 200, JSON.stringify(agreed.body));
    assert.equal(agreed.body.state, 'one');
    const edited = await hardware.post(`/api/negotiations/${d.id}/versions`).send(editOf(agreed.body, { paymentMethod: '预付30%' }));
    assert.equal(edited.status, 201);
    assert.equal(edited.body.buyerAgreedVersion, null);
    assert.equal(edited.body.state, 'none');
    // The clerk who opened the sheet is told; so is the supplier's contact when the buyer acts.
    const told = (await buyer.get('/api/notifications')).body.items.map((x: { kind: string; link: string }) => `${x.kind} ${x.link}`);
    assert.ok(told.includes(`negotiation.edited /negotiations/${d.id}`), told.join('; '));
    const supplierTold = (await hardware.get('/api/notifications')).body.items.map((x: { kind: string; link: string }) => `${x.kind} ${x.link}`);
    assert.ok(supplierTold.includes(`negotiation.agreed /negotiations/${d.id}`), supplierTold.join('; '));
  });

  it('is 双方同意 only when both agreed the same version', async () => {
    const d = await opened();
    await buyer.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 1 });
    const v2 = await buyer.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { baseVersion: 1, inspectionMethod: '全检' }));
    assert.equal(v2.body.buyerAgreedVersion, 1, "the editor's own pin stays on the version it agreed");
    // An agreement to a version no longer on the table: 409 with the latest.
    const stale = await hardware.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.latest.currentVersion, 2);
    const one = await hardware.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 2 });
    assert.equal(one.status, 200);
    assert.deepEqual([one.body.buyerAgreedVersion, one.body.supplierAgreedVersion, one.body.state], [1, 2, 'one']);
    const both = await buyer.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 2 });
    assert.equal(both.body.state, 'both');
    assert.equal(both.body.can.createContract, true);
    // Agreed terms are final.
    const late = await hardware.post(`/api/negotiations/${d.id}/versions`).send(editOf(both.body, { paymentMethod: '现金' }));
    assert.equal(late.status, 409);
  });

  it('gives exactly one winner when two edits race on the same version (two connections)', async () => {
    const d = await opened();
    // Fresh sessions: each request runs on its own connection of the pool.
    const [a, b] = await Promise.all([signIn(ctx.app, 'supply_clerk'), signIn(ctx.app, 'sup_hardware')]);
    const results = await Promise.all([
      a.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { paymentMethod: '买方的改法' })),
      b.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { paymentMethod: '卖方的改法' })),
    ]);
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 409], JSON.stringify(results.map((r) => r.body)));
    const loser = results.find((r) => r.status === 409)!;
    const winner = results.find((r) => r.status === 201)!;
    assert.equal(loser.body.latest.currentVersion, 2);
    assert.equal(loser.body.latest.current.terms.paymentMethod, winner.body.current.terms.paymentMethod);
    const versions = (await buyer.get(`/api/negotiations/${d.id}/versions`)).body.items;
    assert.equal(versions.length, 2);
  });

  it('lets both sides comment, and lets a contact see only its own company’s sheets (another’s is 404)', async () => {
    const d = await opened();
    assert.equal((await hardware.post(`/api/negotiations/${d.id}/comments`).send({ body: '交期可以提前一周' })).status, 201);
    const c = await buyer.post(`/api/negotiations/${d.id}/comments`).send({ body: '好的，请更新交货日期' });
    assert.deepEqual(c.body.comments.map((x: { side: string }) => x.side), ['supplier', 'buyer']);
    assert.equal((await leader.post(`/api/negotiations/${d.id}/comments`).send({ body: '只读' })).status, 403);

    assert.equal((await lighting.get(`/api/negotiations/${d.id}`)).status, 404);
    assert.equal((await lighting.get(`/api/negotiations/${d.id}/versions`)).status, 404);
    assert.equal((await lighting.post(`/api/negotiations/${d.id}/comments`).send({ body: '看看' })).status, 404);
    assert.equal((await lighting.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 1 })).status, 404);
    const theirs = (await lighting.get('/api/negotiations')).body;
    assert.ok(theirs.items.every((n: { supplier: { id: number } }) => n.supplier.id === sup.lighting));
    const mine = (await hardware.get('/api/negotiations')).body;
    assert.ok(mine.items.some((n: { id: number }) => n.id === d.id));
    // Another unit's clerk: 404; the unit's head and a company leader read.
    assert.equal((await officeClerk.get(`/api/negotiations/${d.id}`)).status, 404);
    assert.equal((await head.get(`/api/negotiations/${d.id}`)).body.mySide, null);
    assert.equal((await leader.get(`/api/negotiations/${d.id}`)).status, 200);
  });

  it('refuses malformed edits naming the field', async () => {
    const d = await opened();
    const bad = await buyer.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { deliveryDate: '2026-13-40' }));
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path), ['deliveryDate']);
    const fraction = await buyer.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { lines: [{ lineNo: 1, quantity: 2.5, unitPriceFen: 100, taxRateBp: 1300 }] }));
    assert.equal(fraction.status, 422);
    assert.equal(fraction.body.errors[0].path, 'lines.0.quantity');
    const unknown = await buyer.post(`/api/negotiations/${d.id}/versions`).send(editOf(d, { lines: [{ lineNo: 9, quantity: 1, unitPriceFen: 100, taxRateBp: 1300 }] }));
    assert.equal(unknown.status, 422);
  });
});
