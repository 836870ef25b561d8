import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMPANY_INVOICE_PROFILE } from '@portal/domain';
import { type Session, signedInSuite } from '../../test/support';
import { insertOrder, supplierIds } from '../../test/settlement-fixture';

const paths = (res: { body: { errors: { path: string }[] } }) => res.body.errors.map((e) => e.path);

describe('invoices (发票签收及交接)', () => {
  let clerk: Session, supply: Session, finance: Session, auditor: Session;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'finance', 'auditor'], (s) => ([clerk, supply, finance, auditor] = s));
  let sup: number[];
  let serial = 10_000_000;

  before(async () => {
    sup = await supplierIds(ctx.db);
  });

  /** An ordinary invoice of `totalFen` (13% VAT inside it) against one order. */
  function ordinary(orderId: number, totalFen: number, over: Record<string, unknown> = {}) {
    serial += 1;
    const amountFen = Math.round(totalFen / 1.13);
    return {
      kind: 'ordinary',
      code: '044032000111',
      invoiceNo: String(serial).padStart(8, '0'),
      issuedOn: '2026-11-10',
      header: COMPANY_INVOICE_PROFILE.name,
      sellerName: '深圳市测试办公用品有限公司',
      sellerTaxId: '91440101MA59TQ8N1R',
      amountFen,
      taxRateBp: 1300,
      taxFen: totalFen - amountFen,
      totalFen,
      orders: [{ orderId, amountFen: totalFen }],
      ...over,
    };
  }

  const vatBuyer = {
    buyerTaxId: COMPANY_INVOICE_PROFILE.taxId,
    buyerAddress: COMPANY_INVOICE_PROFILE.address,
    buyerPhone: COMPANY_INVOICE_PROFILE.phone,
    buyerBank: COMPANY_INVOICE_PROFILE.bank,
    buyerAccount: COMPANY_INVOICE_PROFILE.account,
  };

  it('refuses an invoice total beyond the order amount, counting what other invoices carry', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 4, priceFen: 2_500 }] });
    const over = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 10_001));
    assert.equal(over.status, 422, JSON.stringify(over.body));
    assert.deepEqual(paths(over), ['orders.0.amountFen']);
    assert.equal((await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 6_000))).status, 201);
    const rest = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 4_001));
    assert.equal(rest.status, 422);
    assert.equal((await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 4_000))).status, 201);
    const left = (await clerk.get('/api/purchase-invoices/invoiceable')).body.items;
    assert.ok(!left.some((x: { orderId: number }) => x.orderId === o.id), 'a fully invoiced order is offered no more');
  });

  it('wants our name, taxpayer ID, address, phone, bank and account on a VAT special invoice, naming what is missing', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: 50_000 }] });
    const noAccount = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 11_300, { kind: 'vat_special', code: '4403201130', ...vatBuyer, buyerAccount: '' }));
    assert.equal(noAccount.status, 422, JSON.stringify(noAccount.body));
    assert.deepEqual(paths(noAccount), ['buyerAccount']);
    const noBank = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 11_300, { kind: 'vat_special', code: '4403201130', ...vatBuyer, buyerBank: undefined, buyerAccount: undefined }));
    assert.deepEqual(paths(noBank), ['buyerBank', 'buyerAccount']);
    const wrongHeader = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 11_300, { header: '华瑞电器有限公司' }));
    assert.equal(wrongHeader.status, 422);
    assert.deepEqual(paths(wrongHeader), ['header']);
    const ok = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 11_300, { kind: 'vat_special', code: '4403201130', ...vatBuyer }));
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.kind, 'vat_special');
    assert.equal(ok.body.buyerAccount, COMPANY_INVOICE_PROFILE.account);
  });

  it('refuses a taxpayer ID with a wrong check character, a malformed number and amounts that do not add up', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: 50_000 }] });
    const badCheck = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 1_130, { sellerTaxId: '91440101MA59TQ8N1T' }));
    assert.equal(badCheck.status, 422);
    assert.deepEqual(paths(badCheck), ['sellerTaxId']);
    assert.match(badCheck.body.detail, /校验位/);
    // An older 15-digit ID is still taken; a fully digital invoice has a 20-digit number and no code.
    const old = await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 1_130, { sellerTaxId: '440301123456789', code: '', invoiceNo: '24442000000012345678' }));
    assert.equal(old.status, 201, JSON.stringify(old.body));
    assert.deepEqual(paths(await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 1_130, { code: '', invoiceNo: '1234' }))), ['invoiceNo']);
    assert.deepEqual(paths(await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 1_130, { code: '4403' }))), ['code']);
    assert.deepEqual(paths(await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 1_130, { taxFen: 1 }))), ['totalFen']);
    assert.deepEqual(paths(await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 1_130, { taxRateBp: 1200 }))), ['taxRateBp']);
  });

  it('refuses the same invoice twice: the database’s unique code + number, 409 naming invoiceNo', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: 50_000 }] });
    const first = ordinary(o.id, 2_260);
    assert.equal((await clerk.post('/api/purchase-invoices').send(first)).status, 201);
    const again = await clerk.post('/api/purchase-invoices').send(first);
    assert.equal(again.status, 409, JSON.stringify(again.body));
    assert.deepEqual(paths(again), ['invoiceNo']);
    const row = await ctx.db('purchase_invoices').where({ invoice_no: first.invoiceNo }).first();
    await assert.rejects(ctx.db('purchase_invoices').insert({ ...row, id: undefined }), /unique|duplicate/);
  });

  it('signs, hands over and, once finance confirms, locks the invoices in the database', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: 50_000 }] });
    const inv = (await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 33_900))).body;
    assert.equal(inv.status, 'recorded');
    // Only a signed invoice goes into a handover.
    assert.equal((await clerk.post('/api/invoice-handovers').send({ invoiceIds: [inv.id] })).status, 422);
    const signed = await clerk.post(`/api/purchase-invoices/${inv.id}/sign`).send({ version: inv.version });
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
    assert.equal(signed.body.status, 'signed');
    assert.equal((await clerk.post(`/api/purchase-invoices/${inv.id}/sign`).send({ version: signed.body.version })).status, 409);
    const batch = await clerk.post('/api/invoice-handovers').send({ invoiceIds: [inv.id] });
    assert.equal(batch.status, 201, JSON.stringify(batch.body));
    assert.equal(batch.body.invoiceCount, 1);
    assert.equal(batch.body.totalFen, 33_900);
    assert.equal(batch.body.can.confirm, false);
    assert.equal((await clerk.post(`/api/invoice-handovers/${batch.body.id}/confirm`).send({ version: batch.body.version })).status, 403);
    const card = (await finance.get('/api/workbench/cards/purchase-invoices.to-confirm')).body;
    assert.ok(card.count >= 1);
    // Before confirmation finance may still see it corrected (the database lets the row change).
    await ctx.db('purchase_invoices').where({ id: inv.id }).update({ seller_name: '深圳市测试办公用品有限公司（更正）' });
    const confirmed = await finance.post(`/api/invoice-handovers/${batch.body.id}/confirm`).send({ version: batch.body.version });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.status, 'confirmed');
    assert.equal(confirmed.body.invoices[0].status, 'confirmed');
    await assert.rejects(ctx.db('purchase_invoices').where({ id: inv.id }).update({ seller_name: 'x' }), /locked/);
    await assert.rejects(ctx.db('purchase_invoices').where({ id: inv.id }).del(), /locked/);
    await assert.rejects(ctx.db('purchase_invoice_orders').where({ invoice_id: inv.id }).update({ amount_fen: 1 }), /locked/);
    await assert.rejects(ctx.db('invoice_handovers').where({ id: batch.body.id }).update({ status: 'sent', confirmed_at: null }), /confirmed/);
    assert.equal((await finance.post(`/api/invoice-handovers/${batch.body.id}/confirm`).send({ version: confirmed.body.version })).status, 409);
    assert.equal((await auditor.get(`/api/purchase-invoices?status=confirmed&pageSize=200`)).body.items.some((i: { id: number }) => i.id === inv.id), true);
  });

  it('counts on the clerk’s home page the orders received but not fully invoiced', async () => {
    const card = async (who = clerk) => (await who.get('/api/workbench/cards/purchase-invoices.to-invoice')).body.count as number;
    const before = await card();
    // 供应处's own count (the demo's contract order has goods received, not yet invoiced) does not move.
    const supplyBefore = await card(supply);
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 2, priceFen: 3_000 }], delivered: true });
    await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 2, priceFen: 3_000 }] });
    assert.equal(await card(), before + 1);
    assert.equal((await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 2_000))).status, 201);
    assert.equal(await card(), before + 1, 'part of it is still to invoice');
    assert.equal((await clerk.post('/api/purchase-invoices').send(ordinary(o.id, 4_000))).status, 201);
    assert.equal(await card(), before);
    assert.equal(await card(supply), supplyBefore, 'another unit’s orders are not on 供应处’s card');
  });

  it('hides another unit’s invoices, orders and handovers: 404', async () => {
    const so = await insertOrder(ctx.db, { unit: 'SUPPLY', supplierId: sup[0], lines: [{ qty: 1, priceFen: 50_000 }] });
    assert.equal((await clerk.post('/api/purchase-invoices').send(ordinary(so.id, 1_130))).status, 404);
    const theirs = await supply.post('/api/purchase-invoices').send(ordinary(so.id, 1_130));
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body.errors));
    assert.equal((await clerk.get(`/api/purchase-invoices/${theirs.body.id}`)).status, 404);
    assert.equal((await clerk.post(`/api/purchase-invoices/${theirs.body.id}/sign`).send({ version: 1 })).status, 404);
    await supply.post(`/api/purchase-invoices/${theirs.body.id}/sign`).send({ version: 1 });
    assert.equal((await clerk.post('/api/invoice-handovers').send({ invoiceIds: [theirs.body.id] })).status, 404);
    const batch = await supply.post('/api/invoice-handovers').send({ invoiceIds: [theirs.body.id] });
    assert.equal(batch.status, 201);
    assert.equal((await clerk.get(`/api/invoice-handovers/${batch.body.id}`)).status, 404);
    const list = (await clerk.get('/api/purchase-invoices?pageSize=200')).body;
    assert.ok(list.items.every((i: { unit: { code: string } }) => i.unit.code === 'OFFICE'));
    assert.ok((await finance.get('/api/invoice-handovers?status=sent')).body.items.some((h: { id: number }) => h.id === batch.body.id));
  });
});
