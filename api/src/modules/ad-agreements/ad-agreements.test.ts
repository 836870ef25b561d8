import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROBLEM_TYPES } from '@portal/domain';
import { describeSignedIn, refused, type Session, signedInSuite } from '../../test/support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('ad agreements (广告协议)', () => {
  let ecom: Session, bjClerk: Session, bjGm: Session, bjMarketer: Session, shGm: Session, finance: Session, leader: Session;
  const ctx = signedInSuite(['ecom', 'bj_clerk', 'bj_gm', 'bj_marketer', 'sh_gm', 'finance', 'leader'], (s) => ([ecom, bjClerk, bjGm, bjMarketer, shGm, finance, leader] = s));

  /** The seeded accepted 北京 quote with no agreement (TCL), and its amount. */
  const openBjQuote = async () => {
    const res = await bjClerk.get('/api/ad-agreements/quotes');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items as { id: number; number: string; netFen: number; unit: { code: string }; startsOn: string; endsOn: string }[];
  };
  const halves = (amount: number, dueOn = '2026-12-31') => [
    { dueOn, amountFen: Math.floor(amount / 2), method: 'bank_transfer' },
    { dueOn, amountFen: amount - Math.floor(amount / 2), method: 'acceptance_bill' },
  ];
  const quoteOf = async (code: string, status: string) =>
    (await ctx.db('ad_quotes as q').join('units as u', 'u.id', 'q.unit_id').where({ 'u.code': code, 'q.status': status }).orderBy('q.id').first('q.id', 'q.net_fen')) as { id: number; net_fen: number };

  it('lists the seeded signed agreements: everything at HQ, its own branch to a branch', async () => {
    const all = (await finance.get('/api/ad-agreements')).body;
    assert.equal(all.total, 2);
    assert.deepEqual(all.items.map((a: { status: string }) => a.status), ['running', 'running'], 'flights from last month into this one');
    assert.equal((await leader.get('/api/ad-agreements')).body.total, 2);
    const bj = (await bjMarketer.get('/api/ad-agreements')).body;
    assert.equal(bj.total, 1);
    assert.match(bj.items[0].number, /^协-BJ-\d{6}-0001$/);
    assert.equal((await shGm.get('/api/ad-agreements')).body.total, 0);
    assert.equal((await ecom.get('/api/ad-agreements?status=running&q=美的')).body.total, 1);
    assert.equal((await ecom.get('/api/ad-agreements?status=draft')).body.total, 0);
  });

  it("hides another branch's agreement as a 404, and lets the branch marketer read his own", async () => {
    const bj = (await finance.get('/api/ad-agreements?q=协-BJ')).body.items[0];
    assert.equal((await shGm.get(`/api/ad-agreements/${bj.id}`)).status, 404);
    assert.equal((await shGm.get(`/api/ad-agreements/${bj.id}/documents`)).status, 404);
    const read = await bjMarketer.get(`/api/ad-agreements/${bj.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.actions, []);
    assert.equal(read.body.lines.reduce((s: number, l: { amountFen: number }) => s + l.amountFen, 0), read.body.amountFen, 'the flights carry the whole amount');
    assert.equal(read.body.instalments.reduce((s: number, i: { amountFen: number }) => s + i.amountFen, 0), read.body.amountFen);
    assert.deepEqual(read.body.documents.map((d: { kind: string; receivedAt: string | null; attachment: unknown }) => [d.kind, d.attachment !== null, d.receivedAt !== null]), [
      ['signed_copy', true, false],
      ['contract_copy', true, true],
      ['invoice_copy', true, false],
      ['ad_materials', false, false],
    ]);
    // The scan downloads for a reader of the agreement, and not for another branch.
    const scan = read.body.documents[0].attachment.id;
    assert.equal((await bjMarketer.get(`/api/attachments/${scan}`)).status, 200);
    assert.equal((await shGm.get(`/api/attachments/${scan}`)).status, 404);
  });

  it('offers a drafter only the accepted quotes of his own unit that have no agreement', async () => {
    const bj = await openBjQuote();
    assert.equal(bj.length, 1);
    assert.equal(bj[0].unit.code, 'BJ');
    const hq = (await ecom.get('/api/ad-agreements/quotes')).body.items;
    assert.ok(hq.length >= 1 && hq.every((q: { unit: { code: string } }) => q.unit.code === 'HQ'));
    assert.equal((await bjGm.get('/api/ad-agreements/quotes')).status, 403, 'the GM signs, he does not draft');
  });

  it('makes an agreement only from an accepted quote: a draft or sent quote is refused naming quoteId', async () => {
    for (const status of ['draft', 'approved', 'declined']) {
      const q = await quoteOf('BJ', status);
      const res = await bjClerk.post('/api/ad-agreements').send({ quoteId: q.id, feeStandard: '刊例价', instalments: halves(q.net_fen) });
      refused(res, 'quoteId');
    }
    const sent = await quoteOf('HQ', 'sent');
    refused(await ecom.post('/api/ad-agreements').send({ quoteId: sent.id, feeStandard: '刊例价', instalments: halves(sent.net_fen) }), 'quoteId');
  });

  it("refuses another branch's quote as a 404 and an HQ quote to a branch clerk", async () => {
    const hq = await quoteOf('HQ', 'accepted');
    assert.equal((await bjClerk.post('/api/ad-agreements').send({ quoteId: hq.id, feeStandard: 'x', instalments: halves(hq.net_fen) })).status, 404);
  });

  it('refuses instalments that do not add up to the amount, with a 422 naming instalments and the difference', async () => {
    const [q] = await openBjQuote();
    const res = await bjClerk.post('/api/ad-agreements').send({ quoteId: q.id, feeStandard: '刊例价', instalments: [{ dueOn: q.startsOn, amountFen: q.netFen - 1, method: 'cash' }] });
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['instalments']);
    assert.match(res.body.detail, /相差 ¥0\.01/);
    refused(await bjClerk.post('/api/ad-agreements').send({ quoteId: q.id, feeStandard: '刊例价', instalments: [] }), 'instalments');
    refused(await bjClerk.post('/api/ad-agreements').send({ quoteId: q.id, feeStandard: '刊例价', instalments: [{ dueOn: '2026-02-30', amountFen: q.netFen, method: 'cash' }] }), 'instalments.0.dueOn');
    refused(await bjClerk.post('/api/ad-agreements').send({ quoteId: q.id, feeStandard: '  ', instalments: halves(q.netFen) }), 'feeStandard');
    refused(await bjClerk.post('/api/ad-agreements').send({ quoteId: q.id, feeStandard: 'x', instalments: [{ dueOn: q.startsOn, amountFen: q.netFen, method: 'cheque' }] }), 'instalments.0.method');
  });

  describe('one agreement through its life', () => {
    let id: number;
    let version: number;
    let quote: Awaited<ReturnType<typeof openBjQuote>>[number];

    it('drafts it from the quote, numbered 协-BJ-…, the terms snapshotted, once however the requests race', async () => {
      [quote] = await openBjQuote();
      const body = { quoteId: quote.id, feeStandard: '按当月刊例价 9折，含 6% 增值税', instalments: halves(quote.netFen, quote.endsOn).reverse() };
      const [a, b] = await Promise.all([bjClerk.post('/api/ad-agreements').send(body), bjClerk.post('/api/ad-agreements').send(body)]);
      assert.deepEqual([a.status, b.status].sort(), [201, 409], `${a.status} ${b.status}`);
      const made = a.status === 201 ? a.body : b.body;
      assert.match((a.status === 409 ? a : b).body.detail, /已签订协议 协-BJ-/);
      id = made.id;
      version = made.version;
      assert.match(made.number, /^协-BJ-\d{6}-\d{4}$/);
      assert.equal(made.status, 'draft');
      assert.equal(made.amountFen, quote.netFen);
      assert.equal(made.quoteSnapshot.number, quote.number);
      assert.ok(made.quoteSnapshot.lines.every((l: { cardRevision: number; unitPriceFen: number }) => l.cardRevision >= 1 && l.unitPriceFen > 0));
      assert.deepEqual(made.instalments.map((i: { seq: number; method: string }) => [i.seq, i.method]), [[1, 'acceptance_bill'], [2, 'bank_transfer']]);
      assert.deepEqual(made.actions, ['edit', 'attach']);
      assert.deepEqual((await openBjQuote()).map((q) => q.id), [], 'the quote has its agreement now');
      assert.equal((await bjGm.get(`/api/ad-agreements/${id}`)).body.actions.includes('sign'), true);
    });

    it('edits the draft at its version; a stale version is a 409 stale-version', async () => {
      const ok = await bjClerk.put(`/api/ad-agreements/${id}`).send({ version, feeStandard: '按当月刊例价执行', instalments: [{ dueOn: quote.endsOn, amountFen: quote.netFen, method: 'bank_transfer' }] });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.instalments.length, 1);
      const stale = await bjClerk.put(`/api/ad-agreements/${id}`).send({ version, feeStandard: '旧版本', instalments: halves(quote.netFen) });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.type.endsWith(PROBLEM_TYPES.staleVersion), true, stale.body.type);
      version = ok.body.version;
    });

    it('keeps the checklist: the clerk attaches the contract copy, HQ e-commerce marks it received, both see it', async () => {
      const sent = await bjClerk.post(`/api/ad-agreements/${id}/documents/contract_copy?filename=${encodeURIComponent('合同复印件.pdf')}`).set('Content-Type', 'application/pdf').send(PDF);
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      const copy = sent.body.documents.find((d: { kind: string }) => d.kind === 'contract_copy');
      assert.equal(copy.attachment.filename, '合同复印件.pdf');
      assert.equal(copy.sentBy.id, bjClerk.userId);
      assert.equal(copy.receivedAt, null);
      assert.equal(sent.body.version, version, 'documents do not bump the agreement');
      assert.equal((await bjGm.post(`/api/ad-agreements/${id}/documents/contract_copy/receive`)).status, 403);
      assert.equal((await ecom.post(`/api/ad-agreements/${id}/documents/invoice_copy/receive`)).status, 409, 'nothing sent yet');
      const card = async () => (await ecom.get('/api/workbench/cards/ad-agreements.copies')).body.count as number;
      const before = await card();
      const got = await ecom.post(`/api/ad-agreements/${id}/documents/contract_copy/receive`);
      assert.equal(got.status, 200, JSON.stringify(got.body));
      assert.equal(got.body.documents.find((d: { kind: string }) => d.kind === 'contract_copy').receivedBy.id, ecom.userId);
      assert.equal(await card(), before - 1);
      assert.equal((await ecom.post(`/api/ad-agreements/${id}/documents/contract_copy/receive`)).status, 409);
      const seen = (await bjClerk.get(`/api/ad-agreements/${id}/documents`)).body.items;
      assert.ok(seen.find((d: { kind: string }) => d.kind === 'contract_copy').receivedAt);
      const exe = await bjClerk.post(`/api/ad-agreements/${id}/documents/ad_materials?filename=x.pdf`).set('Content-Type', 'application/pdf').send(Buffer.from('MZ not a pdf'));
      assert.equal(exe.status, 400);
      assert.equal((await bjClerk.post(`/api/ad-agreements/${id}/documents/signed_copy`).set('Content-Type', 'application/pdf').send(PDF)).status, 400, 'the scan comes with signing');
    });

    it('is signed only by its branch GM, with the scan; 电子商务部 signs HQ agreements, not this one', async () => {
      const toSign = async () => (await bjGm.get('/api/workbench/cards/ad-agreements.to-sign')).body.count as number;
      assert.equal(await toSign(), 1);
      const sign = (who: Session, v = version) => who.post(`/api/ad-agreements/${id}/sign?version=${v}&filename=${encodeURIComponent('签署件.pdf')}`).set('Content-Type', 'application/pdf');
      assert.equal((await sign(bjClerk).send(PDF)).status, 403);
      const hq = await sign(ecom).send(PDF);
      assert.equal(hq.status, 403);
      assert.match(hq.body.detail, /分部总经理/);
      assert.equal((await sign(shGm).send(PDF)).status, 404);
      refused(await bjGm.post(`/api/ad-agreements/${id}/sign?version=${version}`), 'file');
      const stale = await sign(bjGm, version - 1).send(PDF);
      assert.equal(stale.status, 409);
      const signed = await sign(bjGm).send(PDF);
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal(signed.body.signedBy.id, bjGm.userId);
      assert.ok(['signed', 'running', 'completed'].includes(signed.body.status));
      assert.equal(signed.body.documents[0].kind, 'signed_copy');
      assert.equal(signed.body.documents[0].attachment.filename, '签署件.pdf');
      assert.deepEqual(signed.body.timeline.slice(0, 2).map((s: { step: string; done: boolean }) => [s.step, s.done]), [['created', true], ['signed', true]]);
      assert.equal(await toSign(), 0);
      version = signed.body.version;
      assert.equal((await bjClerk.put(`/api/ad-agreements/${id}`).send({ version, feeStandard: 'x', instalments: halves(quote.netFen) })).status, 409, 'a signed agreement is not edited');
      assert.equal((await sign(bjGm).send(PDF)).status, 409, 'signed once');
    });

    it('terminates early only with a reason and an end date inside the flights', async () => {
      const end = (body: object) => bjGm.post(`/api/ad-agreements/${id}/terminate`).send({ version, ...body });
      refused(await end({ endsOn: quote.startsOn, reason: '   ' }), 'reason');
      refused(await end({ endsOn: quote.endsOn, reason: '客户撤单' }), 'endsOn');
      assert.equal((await bjClerk.post(`/api/ad-agreements/${id}/terminate`).send({ version, endsOn: quote.startsOn, reason: '客户撤单' })).status, 403);
      const done = await end({ endsOn: quote.startsOn, reason: '客户撤单' });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal(done.body.status, 'terminated');
      assert.equal(done.body.terminatedOn, quote.startsOn);
      assert.equal(done.body.terminationReason, '客户撤单');
      assert.equal(done.body.timeline.at(-1).step, 'terminated');
      assert.equal((await finance.get('/api/ad-agreements?status=terminated')).body.total, 1);
      const row = await ctx.db('ad_agreements').where({ id }).first('status', 'terminated_on');
      assert.deepEqual(row, { status: 'terminated', terminated_on: quote.startsOn });
    });
  });

  it('refuses a signed agreement without a signing time, and a terminated one without a reason, in the database itself', async () => {
    const a = await ctx.db('ad_agreements').where({ status: 'signed' }).first('id');
    await assert.rejects(ctx.db('ad_agreements').where({ id: a.id }).update({ signed_at: null }), /ad_agreements_signed_check/);
    await assert.rejects(ctx.db('ad_agreements').where({ id: a.id }).update({ status: 'terminated', terminated_on: '2026-01-01', termination_reason: ' ' }), /ad_agreements_terminated_check/);
  });
});

describeSignedIn('ad agreement input', 'bj_clerk', (as) => {
  it('refuses a malformed list filter or body naming the field, never a 500', async () => {
    refused(await as.session.get('/api/ad-agreements?status=lost'), 'status');
    refused(await as.session.get('/api/ad-agreements?sort=password'), 'sort');
    refused(await as.session.post('/api/ad-agreements').send({ feeStandard: 'x', instalments: [{ dueOn: '2026-12-01', amountFen: 1, method: 'cash' }] }), 'quoteId');
  });
});
