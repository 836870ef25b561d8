import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPages } from '../../documents/read-back';
import { downloaded, signedInSuite, type Session } from '../../test/support';
import { b2bSuppliers, quotedInquiry, type B2bSuppliers } from '../../test/b2b-fixture';

interface Detail {
  id: number;
  number: string;
  status: string;
  totalFen: number;
  sha256: string;
  signedSha256: string | null;
  signatures: { side: string; signer: { name: string }; role: string; sha256: string }[];
  approval: { requestId: number; status: string } | null;
  mySide: string | null;
  can: { sign: boolean; submit: boolean };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('e-contracts (电子合同): generated, approved above the policy amount, signed, verified', () => {
  let buyer: Session, head: Session, hardware: Session, lighting: Session, officeClerk: Session, auditor: Session;
  const ctx = signedInSuite(['supply_clerk', 'supply_head', 'sup_hardware', 'sup_lighting', 'clerk', 'auditor'], (s) => ([buyer, head, hardware, lighting, officeClerk, auditor] = s));
  let sup: B2bSuppliers;

  before(async () => {
    sup = await b2bSuppliers(ctx.db);
  });

  /** A sheet with the hardware supplier agreed by both sides at `unitFen` × `quantity`. */
  async function agreedSheet(quantity: number, unitFen: number): Promise<number> {
    const inq = await quotedInquiry(ctx.db, [{ quantity, hardwareFen: unitFen, lightingFen: unitFen + 100 }]);
    const n = await buyer.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware, paymentMethod: '验收合格后30天内转账' });
    assert.equal(n.status, 201, JSON.stringify(n.body));
    assert.equal((await buyer.post(`/api/negotiations/${n.body.id}/agree`).send({ versionNo: 1 })).status, 200);
    const both = await hardware.post(`/api/negotiations/${n.body.id}/agree`).send({ versionNo: 1 });
    assert.equal(both.body.state, 'both');
    return n.body.id;
  }

  async function contractOf(negotiationId: number): Promise<Detail> {
    const res = await buyer.post('/api/e-contracts').send({ negotiationId });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }

  it('is generated only from a 双方同意 sheet, by the buyer, once', async () => {
    const inq = await quotedInquiry(ctx.db, [{ quantity: 1, hardwareFen: 100, lightingFen: 200 }]);
    const open = (await buyer.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware })).body;
    assert.equal((await buyer.post('/api/e-contracts').send({ negotiationId: open.id })).status, 409);
    const id = await agreedSheet(10, 1_000);
    assert.equal((await hardware.post('/api/e-contracts').send({ negotiationId: id })).status, 403);
    await contractOf(id);
    assert.equal((await buyer.post('/api/e-contracts').send({ negotiationId: id })).status, 409, 'one contract per sheet');
  });

  it('records the SHA-256 of the exact bytes at each signature, refuses a second by the same side, and issues the signed copy', async () => {
    const c = await contractOf(await agreedSheet(100, 8_500)); // ¥8,500.00: under the policy amount
    assert.equal(c.status, 'awaiting_signatures');
    assert.equal(c.approval?.status, 'approved');
    const pdf = await downloaded(buyer.get(`/api/e-contracts/${c.id}/pdf`));
    assert.equal(pdf.status, 200);
    assert.match(pdf.type, /application\/pdf/);
    assert.equal(sha256(pdf.body), c.sha256, 'the stored hash is the hash of the bytes served');
    const text = (await pdfPages(pdf.body)).join('');
    for (const s of ['采购合同', '深圳市恒通五金机电有限公司', '91440300MA5F3K7Q2E', '华瑞电器股份有限公司', '验收合格后30天内转账', '捌仟伍佰元整']) assert.ok(text.includes(s), s);

    const wrongHash = await hardware.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: 'a'.repeat(64) });
    assert.equal(wrongHash.status, 409);
    const first = await hardware.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body.signatures.map((s: Detail['signatures'][number]) => [s.side, s.signer.name, s.role, s.sha256]), [['supplier', '陈志明', 'supplier_contact', c.sha256]]);
    const again = await hardware.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 });
    assert.equal(again.status, 409, 'a second signature by the same side');
    // The database holds the rule whatever the code does.
    const signer = await ctx.db('users').where({ username: 'sup_hardware' }).first('id');
    await assert.rejects(
      ctx.db('e_contract_signatures').insert({ contract_id: c.id, side: 'supplier', signer_id: signer.id, signer_name: 'x', role: 'supplier_contact', sha256: c.sha256 }),
      /e_contract_signatures_one_per_side|duplicate|unique/,
    );

    const done = await buyer.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.status, 'signed');
    const signed = await downloaded(hardware.get(`/api/e-contracts/${c.id}/pdf`));
    assert.equal(sha256(signed.body), done.body.signedSha256);
    const pages = await pdfPages(signed.body);
    assert.ok(pages.at(-1)!.includes('签署页') && pages.at(-1)!.includes(c.sha256.slice(0, 8)) && pages.at(-1)!.includes('赵强'));
    assert.equal((await hardware.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 })).status, 409);

    // Verify: yes for the signed bytes (either copy), no once one byte changes.
    const yes = await auditor.post('/api/e-contracts/verify').set('Content-Type', 'application/pdf').send(signed.body);
    assert.equal(yes.status, 200, JSON.stringify(yes.body));
    assert.equal(yes.body.match, true);
    assert.equal(yes.body.copy, 'signed');
    assert.equal(yes.body.contract.number, c.number);
    const original = await hardware.post('/api/e-contracts/verify').set('Content-Type', 'application/pdf').send(pdf.body);
    assert.deepEqual([original.body.match, original.body.copy], [true, 'contract']);
    const tampered = Buffer.from(signed.body);
    tampered[Math.floor(tampered.length / 2)] ^= 0x01;
    const no = await buyer.post('/api/e-contracts/verify').set('Content-Type', 'application/pdf').send(tampered);
    assert.equal(no.body.match, false);
    assert.equal(no.body.contract, null);
    // Another supplier's contact learns nothing of this contract, not even from its bytes.
    assert.equal((await lighting.post('/api/e-contracts/verify').set('Content-Type', 'application/pdf').send(signed.body)).body.match, false);
  });

  it("needs the buying unit head's approval before the buyer signs from ¥50,000", async () => {
    const c = await contractOf(await agreedSheet(100, 60_000)); // ¥60,000.00
    assert.equal(c.status, 'awaiting_approval');
    assert.equal(c.approval?.status, 'pending');
    const early = await buyer.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 });
    assert.equal(early.status, 409);
    assert.match(early.body.detail, /审批/);
    // The supplier may sign meanwhile.
    assert.equal((await hardware.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 })).status, 200);
    const req = (await head.get(`/api/approvals/requests/${c.approval!.requestId}`)).body;
    const approved = await head.post(`/api/approvals/requests/${c.approval!.requestId}/approve`).send({ version: req.version });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    const after = (await buyer.get(`/api/e-contracts/${c.id}`)).body;
    assert.equal(after.status, 'awaiting_signatures');
    assert.equal(after.can.sign, true);
    const signed = await buyer.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 });
    assert.equal(signed.body.status, 'signed');
  });

  it("lets a contact read only its own company's contracts (another's is 404), and another unit's clerk none", async () => {
    const c = await contractOf(await agreedSheet(5, 1_000));
    assert.equal((await lighting.get(`/api/e-contracts/${c.id}`)).status, 404);
    assert.equal((await lighting.get(`/api/e-contracts/${c.id}/pdf`)).status, 404);
    assert.equal((await lighting.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 })).status, 404);
    assert.ok((await lighting.get('/api/e-contracts')).body.items.every((x: { supplier: { id: number } }) => x.supplier.id === sup.lighting));
    assert.equal((await hardware.get(`/api/e-contracts/${c.id}`)).body.mySide, 'supplier');
    assert.equal((await officeClerk.get(`/api/e-contracts/${c.id}`)).status, 404);
    assert.equal((await auditor.get(`/api/e-contracts/${c.id}`)).body.mySide, null);
    assert.equal((await auditor.post(`/api/e-contracts/${c.id}/sign`).send({ sha256: c.sha256 })).status, 403);
  });
});
