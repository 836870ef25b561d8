import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MATCH_STATUSES } from '@portal/domain';
import type { InvoiceLedgerRow, OrderLedgerRow, PaymentLedgerRow, PurchaseSpend, VirtualContractLedgerRow } from '@portal/domain/contracts';
import { readXlsx } from '../../documents/read-back';
import { downloaded, refused, type Session, signedInSuite } from '../../test/support';
import type { Db } from '../../db/knex';

/**
 * The ledgers over a fixture of their own, inserted with SQL in two months long before the demo's
 * (2024-05 and 2024-06), so whatever the demo seeds around today never enters these figures:
 *
 *   LT-1 办公室 京东 2024-05-05  ¥100.00  delivered, invoiced ¥100 (handed over, confirmed), paid ¥100 → complete; VC confirmed, attached
 *   LT-2 办公室 天猫 2024-05-20  ¥50.00   nothing delivered → awaiting goods; VC submitted
 *   LT-3 办公室 京东 2024-06-03  ¥80.00   delivered, invoiced ¥90 (VAT special, not signed) → mismatch (over-invoiced);
 *                                          paid ¥30 then reversed
 *   LT-4 供应处 京东 2024-05-08  ¥70.00   delivered, no invoice → awaiting invoice
 */
interface Fixture {
  orders: Record<string, number>;
  supplierA: number;
  supplierB: number;
}

async function insertFixture(db: Db, officeHeadId: number, clerkId: number, financeId: number): Promise<Fixture> {
  const unit = async (code: string) => (await db('units').where({ code }).first('id')).id as number;
  const [office, supply] = [await unit('OFFICE'), await unit('SUPPLY')];
  const [supplierA, supplierB] = (await db('suppliers').orderBy('id').limit(2).select('id')).map((s: { id: number }) => s.id);
  const officePlan = await db('purchase_plans').where({ unit_id: office, status: 'approved' }).first('id');
  const officeLines = await db('purchase_plan_lines').where({ plan_id: officePlan.id }).orderBy('id').limit(2).select('id', 'item_id');
  const supplyItem = await db('items').where({ buying_unit: 'SUPPLY' }).first('id');
  const [supplyPlan] = await db('purchase_plans').insert({ number: 'PP-LT-SUPPLY', unit_id: supply, month: '2024-05-01', status: 'approved', approved_at: db.fn.now() }).returning('id');
  const [supplyLine] = await db('purchase_plan_lines').insert({ plan_id: supplyPlan.id, item_id: supplyItem.id, requested_qty: 10, proposed_qty: 10 }).returning('id');

  const orders: Record<string, number> = {};
  const order = async (
    key: string,
    o: { unit: number; plan: number; platform: string; supplier: number; on: string },
    lines: { planLine: number; item: number; qty: number; price: number; reason?: string }[],
  ) => {
    const goods = lines.reduce((s, l) => s + l.qty * l.price, 0);
    const [row] = await db('purchase_orders')
      .insert({
        number: key,
        unit_id: o.unit,
        plan_id: o.plan,
        platform: o.platform,
        supplier_id: o.supplier,
        shop: `${key} shop`,
        platform_order_no: `P-${key}`,
        ordered_on: o.on,
        goods_fen: goods,
        total_fen: goods,
      })
      .returning('id');
    orders[key] = row.id;
    const ids: number[] = [];
    for (const [i, l] of lines.entries()) {
      const [line] = await db('purchase_order_lines')
        .insert({ order_id: row.id, line_no: i + 1, plan_line_id: l.planLine, item_id: l.item, quantity: l.qty, unit_price_fen: l.price, amount_fen: l.qty * l.price, price_reason: l.reason ?? null })
        .returning('id');
      ids.push(line.id);
    }
    return ids;
  };
  const deliver = async (key: string, lineIds: number[], qtys: number[]) => {
    const [d] = await db('purchase_deliveries').insert({ number: `D-${key}`, order_id: orders[key], received_on: '2024-06-10', receiver: '王芳' }).returning('id');
    for (const [i, id] of lineIds.entries()) await db('purchase_delivery_lines').insert({ delivery_id: d.id, order_line_id: id, received_qty: qtys[i], accepted_qty: qtys[i], rejected_qty: 0 });
  };

  const [l1, l2] = officeLines;
  const lt1 = await order('LT-1', { unit: office, plan: officePlan.id, platform: 'jd', supplier: supplierA, on: '2024-05-05' }, [
    { planLine: l1.id, item: l1.item_id, qty: 2, price: 3000, reason: '唯一有现货的店铺' },
    { planLine: l2.id, item: l2.item_id, qty: 4, price: 1000 },
  ]);
  await deliver('LT-1', lt1, [2, 4]);
  await order('LT-2', { unit: office, plan: officePlan.id, platform: 'tmall', supplier: supplierB, on: '2024-05-20' }, [{ planLine: l1.id, item: l1.item_id, qty: 1, price: 5000 }]);
  const lt3 = await order('LT-3', { unit: office, plan: officePlan.id, platform: 'jd', supplier: supplierA, on: '2024-06-03' }, [{ planLine: l2.id, item: l2.item_id, qty: 8, price: 1000 }]);
  await deliver('LT-3', lt3, [8]);
  const lt4 = await order('LT-4', { unit: supply, plan: supplyPlan.id, platform: 'jd', supplier: supplierA, on: '2024-05-08' }, [{ planLine: supplyLine.id, item: supplyItem.id, qty: 7, price: 1000 }]);
  await deliver('LT-4', lt4, [7]);

  // Virtual contracts: LT-1 confirmed by the unit's head with the order page attached, LT-2 waiting.
  const [vc1] = await db('virtual_contracts')
    .insert({ number: 'VC-LT-1', order_id: orders['LT-1'], status: 'confirmed', confirmed_by: officeHeadId, confirmed_at: '2024-05-06T02:00:00Z', created_by: clerkId })
    .returning('id');
  await db('virtual_contracts').insert({ number: 'VC-LT-2', order_id: orders['LT-2'], status: 'submitted', created_by: clerkId });
  const pdf = Buffer.from('%PDF-1.4 order page');
  await db('attachments').insert({
    owner_type: 'virtual_contract',
    owner_id: vc1.id,
    filename: 'jd-order-LT-1.pdf',
    content_type: 'application/pdf',
    size_bytes: pdf.length,
    sha256: 'a'.repeat(64),
    bytes: pdf,
  });

  // Payments: LT-1 paid whole; LT-3 paid ¥30 and reversed (the register nets to zero for it).
  const request = async (number: string, key: string, amount: number) => {
    const [r] = await db('payment_requests')
      .insert({ number, unit_id: office, supplier_id: supplierA, payee: '京东', method: 'platform', amount_fen: amount, status: 'paid', created_by: clerkId })
      .returning('id');
    await db('payment_request_orders').insert({ request_id: r.id, order_id: orders[key], amount_fen: amount });
    return r.id as number;
  };
  const r1 = await request('PR-LT-1', 'LT-1', 10000);
  await db('payments').insert({ number: 'PAY-LT-1', request_id: r1, kind: 'payment', amount_fen: 10000, paid_on: '2024-05-25', paying_account: '基本户', bank_ref: 'B1', recorded_by: financeId });
  const r3 = await request('PR-LT-3', 'LT-3', 3000);
  const [p3] = await db('payments')
    .insert({ number: 'PAY-LT-3', request_id: r3, kind: 'payment', amount_fen: 3000, paid_on: '2024-06-05', paying_account: '基本户', bank_ref: 'B3', recorded_by: financeId })
    .returning('id');
  await db('payments').insert({ number: 'PAY-LT-3R', request_id: r3, kind: 'reversal', amount_fen: -3000, paid_on: '2024-06-06', paying_account: '基本户', reverses_id: p3.id, reason: '重复付款', recorded_by: financeId });

  // Invoices: LT-1's signed and handed over (finance confirmed); LT-3's VAT special one beyond its order, not yet signed.
  const invoice = async (no: string, key: string, kind: string, amount: number, tax: number, extra: Record<string, unknown> = {}) => {
    const [i] = await db('purchase_invoices')
      .insert({
        unit_id: office,
        kind,
        code: '',
        invoice_no: no,
        issued_on: '2024-05-22',
        header: '华瑞电器股份有限公司',
        seller_name: '京东商城',
        seller_tax_id: '91110000000000000X',
        amount_fen: amount,
        tax_rate_bp: 1300,
        tax_fen: tax,
        total_fen: amount + tax,
        created_by: clerkId,
        ...extra,
      })
      .returning('id');
    await db('purchase_invoice_orders').insert({ invoice_id: i.id, order_id: orders[key], amount_fen: amount + tax });
    return i.id as number;
  };
  const i1 = await invoice('24000000000000000001', 'LT-1', 'ordinary', 8850, 1150, { signed_by: clerkId, signed_at: '2024-05-23T01:00:00Z' });
  await invoice('24000000000000000003', 'LT-3', 'vat_special', 7965, 1035, {
    issued_on: '2024-06-04',
    buyer_tax_id: '91110000000000001X',
    buyer_address: '北京',
    buyer_phone: '010-1',
    buyer_bank: '工行',
    buyer_account: '1',
  });
  const [h] = await db('invoice_handovers').insert({ number: 'HO-LT-1', unit_id: office, status: 'sent', created_by: clerkId }).returning('id');
  await db('purchase_invoices').where({ id: i1 }).update({ handover_id: h.id });
  await db('invoice_handovers').where({ id: h.id }).update({ status: 'confirmed', confirmed_by: financeId, confirmed_at: '2024-05-24T03:00:00Z' });
  return { orders, supplierA, supplierB };
}

describe('purchase ledgers (采购台账)', () => {
  let clerk: Session, supply: Session, head: Session, finance: Session, auditor: Session, requester: Session;
  let fx: Fixture;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'office_head', 'finance', 'auditor', 'requester'], async (s) => {
    [clerk, supply, head, finance, auditor, requester] = s;
  });
  const fixture = async () => (fx ??= await insertFixture(ctx.db, head.userId, clerk.userId, finance.userId));
  const ledger = async (who: Session, name: string, query: string) => {
    await fixture();
    const res = await who.get(`/api/purchase-ledgers/${name}?q=LT-&${query.includes('pageSize') ? '' : 'pageSize=50&'}${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // The month totals come from their own call with the same filters.
    const totals = await who.get(`/api/purchase-ledgers/${name}/totals?q=LT-&${query}`);
    assert.equal(totals.status, 200, JSON.stringify(totals.body));
    return { ...res.body, ...totals.body };
  };
  const numbers = (items: { number: string }[]) => items.map((r) => r.number).sort();

  it('lists the orders ledger with each order’s lifecycle, match and month totals, filtered by month, status and platform', async () => {
    const may = await ledger(clerk, 'orders', 'month=2024-05');
    assert.deepEqual(numbers(may.items), ['LT-1', 'LT-2']);
    const lt1 = may.items.find((r: OrderLedgerRow) => r.number === 'LT-1') as OrderLedgerRow;
    assert.deepEqual(
      { match: lt1.match, delivery: lt1.delivery, accepted: lt1.acceptedFen, invoiced: lt1.invoicedFen, paid: lt1.paidFen, vc: lt1.vcStatus, above: lt1.aboveLowestLines, reasons: lt1.priceReasons },
      { match: 'complete', delivery: 'full', accepted: 10000, invoiced: 10000, paid: 10000, vc: 'confirmed', above: 1, reasons: '唯一有现货的店铺' },
    );
    const lt2 = may.items.find((r: OrderLedgerRow) => r.number === 'LT-2') as OrderLedgerRow;
    assert.deepEqual([lt2.match, lt2.delivery, lt2.vcStatus, lt2.platform], ['awaiting_goods', 'none', 'submitted', 'tmall']);
    assert.deepEqual(may.months, [{ month: '2024-05', count: 2, amountFen: 15000, acceptedFen: 10000, invoicedFen: 10000, paidFen: 10000 }]);
    assert.deepEqual(may.totals, { count: 2, amountFen: 15000, acceptedFen: 10000, invoicedFen: 10000, paidFen: 10000 });

    // Without a month: both months, newest first, each with its own total.
    const all = await ledger(clerk, 'orders', '');
    assert.deepEqual(all.items.map((r: OrderLedgerRow) => r.number), ['LT-3', 'LT-2', 'LT-1']);
    assert.deepEqual(all.months.map((m: { month: string; amountFen: number }) => [m.month, m.amountFen]), [['2024-06', 8000], ['2024-05', 15000]]);

    assert.deepEqual(numbers((await ledger(clerk, 'orders', 'status=awaiting_goods')).items), ['LT-2']);
    assert.deepEqual(numbers((await ledger(clerk, 'orders', 'platform=jd')).items), ['LT-1', 'LT-3']);
    assert.deepEqual(numbers((await ledger(clerk, 'orders', `supplierId=${fx.supplierB}`)).items), ['LT-2']);
    const one = await ledger(clerk, 'orders', `orderId=${fx.orders['LT-3']}`);
    assert.deepEqual(one.items.map((r: OrderLedgerRow) => [r.number, r.match]), [['LT-3', 'mismatch']]);
    assert.deepEqual(numbers((await ledger(clerk, 'payments', `orderId=${fx.orders['LT-3']}`)).items), ['PAY-LT-3', 'PAY-LT-3R']);
    const page2 = await ledger(clerk, 'orders', 'pageSize=2&page=2');
    assert.deepEqual([page2.total, page2.items.map((r: OrderLedgerRow) => r.number)], [3, ['LT-1']]);
  });

  it('filters by status in SQL exactly as the domain rule gives each row its status, for every order', async () => {
    const all = await ledger(finance, 'orders', '');
    assert.equal(all.total, 4);
    for (const status of MATCH_STATUSES) {
      const filtered = await ledger(finance, 'orders', `status=${status}`);
      assert.deepEqual(numbers(filtered.items), numbers(all.items.filter((r: OrderLedgerRow) => r.match === status)), status);
    }
    assert.equal(all.items.find((r: OrderLedgerRow) => r.number === 'LT-4').match, 'awaiting_invoice');
  });

  it('lists the mismatches with the reason', async () => {
    await fixture();
    const res = await auditor.get('/api/purchase-ledgers/mismatches?month=2024-06');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.items.map((r: OrderLedgerRow) => [r.number, r.mismatch, r.invoicedFen, r.paidFen]), [['LT-3', 'over_invoiced', 9000, 0]]);
  });

  it('shows a clerk only their buying unit’s rows; leaders, finance and audit every unit’s', async () => {
    assert.deepEqual(numbers((await ledger(supply, 'orders', '')).items), ['LT-4']);
    assert.deepEqual((await ledger(supply, 'orders', 'unit=OFFICE')).items, []);
    assert.equal((await ledger(supply, 'orders', 'unit=OFFICE')).totals.count, 0);
    assert.deepEqual((await ledger(supply, 'virtual-contracts', '')).items, []);
    assert.deepEqual((await ledger(supply, 'payments', '')).items, []);
    assert.deepEqual((await ledger(supply, 'invoice-handovers', '')).items, []);
    assert.deepEqual((await supply.get('/api/purchase-ledgers/mismatches?month=2024-06')).body.items, []);
    assert.deepEqual(numbers((await ledger(head, 'orders', '')).items), ['LT-1', 'LT-2', 'LT-3']);
    assert.deepEqual(numbers((await ledger(auditor, 'orders', 'unit=SUPPLY')).items), ['LT-4']);
    assert.equal((await requester.get('/api/purchase-ledgers/orders')).status, 403);
  });

  it('lists the virtual contracts with their attachment and who confirmed them', async () => {
    const res = await ledger(head, 'virtual-contracts', 'month=2024-05');
    assert.deepEqual(numbers(res.items), ['VC-LT-1', 'VC-LT-2']);
    const vc1 = res.items.find((r: VirtualContractLedgerRow) => r.number === 'VC-LT-1') as VirtualContractLedgerRow;
    assert.deepEqual([vc1.order.number, vc1.amountFen, vc1.attachment?.filename, vc1.confirmedBy?.name, vc1.confirmedAt], ['LT-1', 10000, 'jd-order-LT-1.pdf', '高建华', '2024-05-06T02:00:00.000Z']);
    assert.deepEqual(numbers((await ledger(head, 'virtual-contracts', 'status=submitted')).items), ['VC-LT-2']);
    assert.deepEqual(res.totals, { count: 2, amountFen: 15000 });
  });

  it('lists the payment register with reversals netting to zero', async () => {
    const june = await ledger(finance, 'payments', 'month=2024-06');
    assert.deepEqual(june.items.map((r: PaymentLedgerRow) => [r.number, r.kind, r.amountFen, r.orders]), [
      ['PAY-LT-3R', 'reversal', -3000, 'LT-3'],
      ['PAY-LT-3', 'payment', 3000, 'LT-3'],
    ]);
    assert.deepEqual(june.totals, { count: 2, amountFen: 0 });
    const all = await ledger(finance, 'payments', 'platform=jd');
    assert.deepEqual(all.totals, { count: 3, amountFen: 10000 });
    assert.deepEqual(numbers((await ledger(finance, 'payments', 'status=reversal')).items), ['PAY-LT-3R']);
  });

  it('lists the invoice handovers with where each invoice stands', async () => {
    const res = await ledger(clerk, 'invoice-handovers', '');
    const byNo = new Map((res.items as InvoiceLedgerRow[]).map((r) => [r.invoiceNo, r]));
    const i1 = byNo.get('24000000000000000001')!;
    assert.deepEqual([i1.status, i1.orders, i1.totalFen, i1.signedBy?.name, i1.handover?.number, i1.handover?.confirmedBy?.name], ['confirmed', 'LT-1', 10000, '王芳', 'HO-LT-1', '钱进']);
    assert.equal(byNo.get('24000000000000000003')!.status, 'unsigned');
    assert.deepEqual(res.totals, { count: 2, amountFen: 19000 });
    const unsigned = await ledger(clerk, 'invoice-handovers', 'status=unsigned');
    assert.deepEqual(unsigned.items.map((r: InvoiceLedgerRow) => r.invoiceNo), ['24000000000000000003']);
    assert.deepEqual((await ledger(clerk, 'invoice-handovers', `supplierId=${fx.supplierB}`)).items, []);
  });

  it('adds up a month’s spend by platform, department and category', async () => {
    await fixture();
    const res = await finance.get('/api/purchase-ledgers/spend?month=2024-05');
    assert.equal(res.status, 200);
    const s = res.body as PurchaseSpend;
    assert.deepEqual(s.byPlatform.map((p) => [p.platform, p.orders, p.amountFen]), [['jd', 2, 17000], ['tmall', 1, 5000]]);
    assert.equal(s.totalFen, 22000);
    const goods = 22000; // no freight or discount in the fixture
    assert.equal(s.byCategory.reduce((t, c) => t + c.amountFen, 0), goods);
    const byDept = s.byDepartment.reduce((t, d) => t + d.amountFen, 0);
    assert.ok(Math.abs(byDept - goods) <= s.byDepartment.length, `departments add up to ${byDept}`);
    assert.ok(s.byDepartment.some((d) => d.department !== null), 'the plan lines’ requesting departments are found');
    const office = (await clerk.get('/api/purchase-ledgers/spend?month=2024-05')).body as PurchaseSpend;
    assert.equal(office.totalFen, 15000);
  });

  it('exports a ledger to XLSX with every filtered row and the month totals', async () => {
    await fixture();
    const file = await downloaded(clerk.get('/api/purchase-ledgers/orders?q=LT-&format=xlsx'));
    assert.equal(file.status, 200);
    assert.match(file.type, /spreadsheetml/);
    const wb = await readXlsx(file.body);
    const sheet = wb.worksheets[0];
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(String(row.getCell(1).value)));
    assert.deepEqual(cells.filter((c) => c.startsWith('LT-')), ['LT-3', 'LT-2', 'LT-1']);
    const totals = wb.worksheets[1];
    const monthRows: unknown[][] = [];
    totals.eachRow((row, n) => n > 1 && monthRows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
    assert.deepEqual(monthRows, [['2024-06', 1, 80], ['2024-05', 2, 150], ['合计', 3, 230]]);
    // Another unit's clerk exports nothing of it.
    const other = await readXlsx((await downloaded(supply.get('/api/purchase-ledgers/orders?q=LT-&unit=OFFICE&format=xlsx'))).body);
    const otherRows: string[] = [];
    other.worksheets[0].eachRow((row) => otherRows.push(String(row.getCell(1).value)));
    assert.deepEqual(otherRows.filter((c) => c.startsWith('LT-')), []);
  });

  it('refuses a status the ledger does not have, a malformed month and an unknown ledger, naming the field', async () => {
    refused(await clerk.get('/api/purchase-ledgers/orders?status=paid'), 'status');
    refused(await clerk.get('/api/purchase-ledgers/payments?month=2024-13'), 'month');
    refused(await clerk.get('/api/purchase-ledgers/cheques'), 'ledger');
    refused(await clerk.get('/api/purchase-ledgers/spend'), 'month');
  });
});
