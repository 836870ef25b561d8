import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signedInSuite, type Session } from '../../test/support';
import { b2bSuppliers, quotedInquiry, type B2bSuppliers } from '../../test/b2b-fixture';

// Issue 15's home-page cards along the sourcing chain (inquiries, negotiations, e-contracts): each
// side sees what waits for it, counted as its own lists scope it, and a supplier contact gets only
// the cards made for it. Counts are checked against the demo seed, then as one chain moves on.
describe('sourcing workbench cards', () => {
  let clerk: Session, head: Session, hardware: Session, lighting: Session, officeClerk: Session;
  const ctx = signedInSuite(['supply_clerk', 'supply_head', 'sup_hardware', 'sup_lighting', 'clerk'], (s) => ([clerk, head, hardware, lighting, officeClerk] = s));
  let sup: B2bSuppliers;
  const card = async (who: Session, id: string) => {
    const res = await who.get(`/api/workbench/cards/${id}`);
    assert.equal(res.status, 200, `${id}: ${JSON.stringify(res.body)}`);
    return res.body as { count: number; hint: string; link: { path: string } };
  };
  const count = async (who: Session, id: string) => (await card(who, id)).count;

  before(async () => {
    sup = await b2bSuppliers(ctx.db);
  });

  it('gives a supplier contact only its own three cards, and the clerk the buyer’s three', async () => {
    assert.deepEqual((await hardware.get('/api/workbench')).body.cards, ['inquiries.to-quote', 'negotiations.waiting', 'e-contracts.to-sign']);
    // The approvals inbox is internal: a contact is not even told it exists.
    assert.equal((await hardware.get('/api/workbench/cards/approvals.waiting')).status, 404);
    assert.equal((await hardware.get('/api/workbench/cards/inquiries.to-compare')).status, 404);
    const mine = (await clerk.get('/api/workbench')).body.cards as string[];
    for (const id of ['inquiries.to-compare', 'negotiations.waiting', 'e-contracts.to-sign']) assert.ok(mine.includes(id), id);
    assert.ok(!mine.includes('inquiries.to-quote'));
  });

  it('counts the demo data: one inquiry to compare, one sheet the supplier agreed, the unquoted inquiry per supplier', async () => {
    assert.equal(await count(clerk, 'inquiries.to-compare'), 1);
    assert.equal(await count(clerk, 'negotiations.waiting'), 1);
    assert.equal(await count(clerk, 'e-contracts.to-sign'), 0);
    // The open inquiry: 恒通五金 has quoted it, 明辉照明 not yet.
    assert.equal(await count(hardware, 'inquiries.to-quote'), 0);
    assert.equal(await count(lighting, 'inquiries.to-quote'), 1);
    assert.match((await card(hardware, 'inquiries.to-quote')).hint, /共 1 张仍在收报价/);
    assert.equal(await count(lighting, 'negotiations.waiting'), 0);
    assert.equal(await count(hardware, 'e-contracts.to-sign'), 0);
    // Another buying unit's clerk sees none of 供应处's.
    assert.equal(await count(officeClerk, 'inquiries.to-compare'), 0);
    assert.equal(await count(officeClerk, 'negotiations.waiting'), 0);
  });

  it('follows one chain: compared, negotiated back and forth, agreed, signed', async () => {
    const base = { compare: await count(clerk, 'inquiries.to-compare'), clerkWaiting: await count(clerk, 'negotiations.waiting') };
    const inq = await quotedInquiry(ctx.db, [{ quantity: 100, hardwareFen: 8_500, lightingFen: 8_800 }]);
    assert.equal(await count(clerk, 'inquiries.to-compare'), base.compare + 1);

    const opened = await clerk.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware, paymentMethod: '月结30天' });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    assert.equal(await count(clerk, 'inquiries.to-compare'), base.compare, 'a sheet is open: compared');
    // The buyer wrote version 1: the ball is in the supplier's court.
    assert.equal(await count(hardware, 'negotiations.waiting'), 1);
    assert.equal(await count(clerk, 'negotiations.waiting'), base.clerkWaiting);

    const d = opened.body;
    const edited = await hardware.post(`/api/negotiations/${d.id}/versions`).send({
      baseVersion: 1,
      ...d.current.terms,
      paymentMethod: '货到付款',
      lines: d.current.lines.map((l: { lineNo: number; quantity: number; unitPriceFen: number; taxRateBp: number }) => ({ ...l })),
      note: '',
    });
    assert.equal(edited.status, 201, JSON.stringify(edited.body));
    assert.equal(await count(hardware, 'negotiations.waiting'), 0);
    assert.equal(await count(clerk, 'negotiations.waiting'), base.clerkWaiting + 1);
    // The supplier agreeing its own version still waits for the buyer, and only for it.
    assert.equal((await hardware.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 2 })).status, 200);
    assert.equal(await count(clerk, 'negotiations.waiting'), base.clerkWaiting + 1);
    assert.equal(await count(hardware, 'negotiations.waiting'), 0);
    assert.equal((await clerk.post(`/api/negotiations/${d.id}/agree`).send({ versionNo: 2 })).status, 200);
    assert.equal(await count(clerk, 'negotiations.waiting'), base.clerkWaiting);

    // ¥8,500 × 100 = ¥8,500.00, under the policy amount: both may sign at once.
    const contract = await clerk.post('/api/e-contracts').send({ negotiationId: d.id });
    assert.equal(contract.status, 201, JSON.stringify(contract.body));
    assert.equal(await count(clerk, 'e-contracts.to-sign'), 1);
    assert.equal(await count(hardware, 'e-contracts.to-sign'), 1);
    assert.equal(await count(lighting, 'e-contracts.to-sign'), 0);
    assert.equal((await hardware.post(`/api/e-contracts/${contract.body.id}/sign`).send({ sha256: contract.body.sha256 })).status, 200);
    assert.equal(await count(hardware, 'e-contracts.to-sign'), 0);
    assert.equal(await count(clerk, 'e-contracts.to-sign'), 1);
    assert.equal((await clerk.post(`/api/e-contracts/${contract.body.id}/sign`).send({ sha256: contract.body.sha256 })).status, 200);
    assert.equal(await count(clerk, 'e-contracts.to-sign'), 0);
  });

  it('above the policy amount the clerk waits for the head, whose approvals card counts it; the supplier may sign first', async () => {
    const inbox = await count(head, 'approvals.waiting');
    const inq = await quotedInquiry(ctx.db, [{ quantity: 100, hardwareFen: 60_000, lightingFen: 61_000 }]);
    const n = await clerk.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware });
    await clerk.post(`/api/negotiations/${n.body.id}/agree`).send({ versionNo: 1 });
    await hardware.post(`/api/negotiations/${n.body.id}/agree`).send({ versionNo: 1 });
    const contract = await clerk.post('/api/e-contracts').send({ negotiationId: n.body.id });
    assert.equal(contract.body.status, 'awaiting_approval');
    assert.equal(await count(head, 'approvals.waiting'), inbox + 1);
    assert.equal(await count(clerk, 'e-contracts.to-sign'), 0);
    assert.match((await card(clerk, 'e-contracts.to-sign')).hint, /另有 1 份待部门负责人审批/);
    assert.equal(await count(hardware, 'e-contracts.to-sign'), 1);
  });
});
