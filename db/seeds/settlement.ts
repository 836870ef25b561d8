import type { Knex } from 'knex';
import { addDays, calendarDay, COMPANY_INVOICE_PROFILE } from '@portal/domain';
import * as approvals from '../../api/src/modules/approvals/approvals.service';
import * as payments from '../../api/src/modules/payment-requests/payment-requests.service';
import * as invoices from '../../api/src/modules/purchase-invoices/purchase-invoices.service';
import type { OwedOrder } from '@portal/domain/contracts';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/**
 * Settlement of last month's orders (issue 13), through the modules' own services, after the
 * orders seed: 办公室's clerk asks payment for two orders; its head approves both; finance pays
 * one (a row of the payment register) and the other waits for payment on finance's home page.
 * The clerk records a VAT special invoice and an ordinary (fully digital) one, signs for both
 * and hands the VAT one to finance in a batch finance has yet to confirm. With no orders seeded
 * there is nothing to settle, and nothing is written.
 */
export async function seedSettlement(trx: Knex, people: Map<string, SeedPerson>, now = new Date()): Promise<void> {
  const clerk = people.get('clerk')!;
  const head = people.get('office_head')!;
  const finance = people.get('finance')!;
  const [viewer, actor] = [viewerOf(clerk), actorOf(clerk)];
  const office = await trx('units').where({ code: 'OFFICE' }).first('id');
  // Settlement only reads orders: the orders module seeded them (a seed may look, a module may not).
  const suppliers: number[] = (await trx('purchase_orders').where({ unit_id: office.id, status: 'open' }).distinct('supplier_id').orderBy('supplier_id')).map((r: { supplier_id: number }) => r.supplier_id);
  const owing: (OwedOrder & { supplierId: number; supplierName: string })[] = [];
  for (const s of suppliers) {
    const o = await payments.owed(trx, viewer, 'zh', s);
    owing.push(...o.orders.map((order) => ({ ...order, supplierId: s, supplierName: o.supplier.name })));
  }
  // The delivered ones first: paying for goods received is the usual case.
  owing.sort((a, b) => Number(b.fullyDelivered) - Number(a.fullyDelivered) || a.orderedOn.localeCompare(b.orderedOn));
  if (owing.length < 2) return;
  const [first, second] = owing;
  const today = calendarDay(now);

  const request = async (o: (typeof owing)[number], note: string) => {
    // Under ¥20,000, so the head's approval is the whole chain.
    const amountFen = Math.min(o.owedFen, 1_900_000);
    const created = await payments.create(trx, viewer, actor, 'zh', {
      supplierId: o.supplierId,
      orderIds: [o.orderId],
      amountFen,
      payee: o.supplierName,
      method: 'bank',
      bank: '招商银行深圳分行',
      account: '7559' + String(100000000000 + o.orderId),
      note,
    });
    const sent = await payments.submit(trx, viewer, actor, 'zh', created.id, created.version);
    const r = await approvals.readRequest(trx, viewerOf(head), 'zh', sent.approval!.requestId);
    await approvals.act(trx, actorOf(head), viewerOf(head), 'zh', r.id, 'approve', { version: r.version, comment: '同意付款' });
    return created;
  };
  const paid = await request(first, '货已验收，按合同付款');
  await payments.pay(trx, viewerOf(finance), actorOf(finance), 'zh', paid.id, { paidOn: addDays(today, -3), payingAccount: '工行基本户 4000023409200123456', bankRef: 'ICBC' + today.replace(/-/g, '') + '0001' });
  await request(second, '');

  const p = COMPANY_INVOICE_PROFILE;
  const invoice = async (o: (typeof owing)[number], kind: 'ordinary' | 'vat_special', rateBp: number, code: string, invoiceNo: string) => {
    // The supplier invoices what the company keeps: the order less the refund of rejected goods.
    const totalFen = o.totalFen - o.refundFen;
    const amountFen = Math.round((totalFen * 10000) / (10000 + rateBp));
    const buyer =
      kind === 'vat_special'
        ? { buyerTaxId: p.taxId, buyerAddress: p.address, buyerPhone: p.phone, buyerBank: p.bank, buyerAccount: p.account }
        : { buyerTaxId: null, buyerAddress: null, buyerPhone: null, buyerBank: null, buyerAccount: null };
    const inv = await invoices.create(trx, viewer, actor, 'zh', {
      kind,
      code,
      invoiceNo,
      issuedOn: addDays(today, -5),
      header: p.name,
      sellerName: o.supplierName,
      sellerTaxId: '91440101MA59TQ8N1R',
      ...buyer,
      amountFen,
      taxRateBp: rateBp,
      taxFen: totalFen - amountFen,
      totalFen,
      orders: [{ orderId: o.orderId, amountFen: totalFen }],
    });
    return invoices.sign(trx, viewer, actor, 'zh', inv.id, inv.version);
  };
  const vat = await invoice(first, 'vat_special', 1300, '4403201130', String(10_000_000 + first.orderId).slice(-8));
  await invoice(second, 'ordinary', 300, '', '2644200000' + String(1_000_000_000 + second.orderId).slice(-10));
  await invoices.handOver(trx, viewer, actor, 'zh', [vat.id]);
}
