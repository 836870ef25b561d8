import type { Knex } from 'knex';
import { addMonths, calendarDay, DEFAULT_PRICE_TOLERANCE_BP, monthOf, type OrderPlatform } from '@portal/domain';
import * as approvals from '../../api/src/modules/approvals/approvals.service';
import { recordDelivery } from '../../api/src/modules/purchase-orders/purchase-orders.deliveries';
import { createOrder, orderablePlans } from '../../api/src/modules/purchase-orders/purchase-orders.service';
import { attachOrderPage } from '../../api/src/modules/purchase-orders/purchase-orders.vc';
import { updateLine, submitPlan } from '../../api/src/modules/purchase-plans/purchase-plans.lifecycle';
import { readPlan } from '../../api/src/modules/purchase-plans/purchase-plans.service';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/** What the settlement seed (payment requests, invoices) builds on: the three demo orders. */
export interface SeededOrders {
  /** 京东, virtual contract confirmed, partly delivered with a rejected line. */
  confirmed: { id: number; supplierId: number; totalFen: number };
  /** 天猫, virtual contract waiting for the head of 办公室. */
  pending: { id: number; supplierId: number; totalFen: number };
  /** 苏宁易购, just ordered. */
  open: { id: number; supplierId: number; totalFen: number };
}

/** A one-page PDF standing in for the platform's printed order page. */
function orderPage(orderNo: string): Buffer {
  const text = `(Order ${orderNo}) Tj`;
  const stream = `BT /F1 14 Tf 72 720 Td ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Issue 13's demo month (after the plans seed): last month's approved 办公室 plan carried into
 * orders on three platforms, made through the module's own services as the clerk would. The plan
 * netted every request against stock to nothing, so the clerk first restores the requested
 * quantities (stock is the departments' working float) and the leader approves the plan again.
 * Then: a 京东 order whose virtual contract the head of 办公室 confirmed and whose delivery came
 * partly, with damaged reams rejected; a 天猫 order whose contract waits in the head's inbox; and a
 * 苏宁易购 order just placed. Ten reams of the plan's paper are left to order.
 */
export async function seedPurchaseOrders(trx: Knex, people: Map<string, SeedPerson>, now = new Date()): Promise<SeededOrders> {
  const clerk = people.get('clerk')!;
  const head = people.get('office_head')!;
  const leader = people.get('leader')!;
  const [viewer, actor] = [viewerOf(clerk), actorOf(clerk)];
  const lastMonth = addMonths(monthOf(calendarDay(now)), -1);

  // Restore the requested quantities of last month's plan, and have it approved again.
  const planRow = await trx('purchase_plans').join('units', 'units.id', 'purchase_plans.unit_id').where({ 'units.code': 'OFFICE', month: `${lastMonth}-01` }).first('purchase_plans.id');
  let plan = await readPlan(trx, viewer, 'zh', planRow.id);
  for (const line of plan.lines) {
    if (line.proposedQty >= line.requestedQty) continue;
    plan = await updateLine(trx, viewer, actor, 'zh', plan.id, line.id!, {
      version: plan.version,
      proposedQty: line.requestedQty,
      reason: '现有库存为各部门周转量，按申请数量采购',
    });
  }
  if (plan.status !== 'approved') {
    const sent = await submitPlan(trx, viewer, actor, 'zh', plan.id, plan.version);
    const request = await approvals.readRequest(trx, viewerOf(leader), 'zh', sent.approval!.requestId);
    await approvals.act(trx, actorOf(leader), viewerOf(leader), 'zh', request.id, 'approve', { version: request.version, comment: '同意按申请数量采购' });
  }

  const orderable = (await orderablePlans(trx, viewer, `${lastMonth}-18`, DEFAULT_PRICE_TOLERANCE_BP)).plans.find((p) => p.id === plan.id)!;
  const lines = orderable.lines;
  const suppliers = await trx('suppliers').where({ active: true }).select('id', 'platform', 'shop_name');
  const shopOn = (platform: OrderPlatform) => suppliers.find((s) => s.platform === platform) ?? suppliers[0];
  // At the lowest price of the month when there is one, else the plan's estimate.
  const priceOf = (l: (typeof lines)[number]) => l.lowest?.priceFen ?? l.estUnitPriceFen ?? 1000;

  const place = async (platform: OrderPlatform, orderNo: string, day: string, picks: { line: (typeof lines)[number]; quantity: number; aboveBy?: number; reason?: string }[], freightFen = 0, discountFen = 0) => {
    const supplier = shopOn(platform);
    const o = await createOrder(
      trx,
      actor,
      viewer,
      'zh',
      {
        planId: plan.id,
        platform,
        platformName: null,
        shop: supplier.shop_name,
        supplierId: supplier.id,
        newSupplier: undefined,
        platformOrderNo: orderNo,
        orderedOn: day,
        lines: picks.map((p) => ({
          planLineId: p.line.planLineId,
          quantity: p.quantity,
          unitPriceFen: Math.round(priceOf(p.line) * (1 + (p.aboveBy ?? 0))),
          amountFen: undefined,
          priceReason: p.reason ?? null,
        })),
        freightFen,
        discountFen,
        totalFen: undefined,
        note: '',
      },
      DEFAULT_PRICE_TOLERANCE_BP,
    );
    return { id: o.id, supplierId: supplier.id, totalFen: o.totalFen, lines: o.lines };
  };

  const [paper, second, ...rest] = lines;
  // 京东: the paper (one of two lines bought 15% above the lowest: the cheapest shop could not deliver in time).
  const jd = await place(
    'jd',
    '286412239017',
    `${lastMonth}-18`,
    [
      // Ten reams are left on the plan for a later order (the e2e journey buys them).
      { line: paper, quantity: paper.orderable > 10 ? paper.orderable - 10 : paper.orderable },
      { line: second, quantity: second.orderable, aboveBy: 0.15, reason: '最低价店铺缺货，京东自营次日达' },
    ],
    1200,
    500,
  );
  const jdVc = await attachOrderPage(trx, actor, viewer, 'zh', jd.id, { filename: `京东订单-286412239017.pdf`, bytes: orderPage('286412239017') });
  const request = await approvals.readRequest(trx, viewerOf(head), 'zh', jdVc.vc!.approval!.requestId);
  await approvals.act(trx, actorOf(head), viewerOf(head), 'zh', request.id, 'approve', { version: request.version, comment: '与平台订单一致' });
  // A partial delivery: part of the paper arrived, two reams of it damaged and refused.
  const paperLine = jd.lines[0];
  const arrived = Math.min(paperLine.quantity, Math.max(3, Math.floor(paperLine.quantity / 2)));
  await recordDelivery(trx, actor, viewer, 'zh', jd.id, {
    receivedOn: `${lastMonth}-21`,
    receiver: clerk.name,
    note: '首批到货',
    lines: [
      { orderLineId: paperLine.id, received: arrived, accepted: arrived - 2, rejected: 2, rejectionReason: '外包装破损受潮' },
      { orderLineId: jd.lines[1].id, received: jd.lines[1].quantity, accepted: jd.lines[1].quantity, rejected: 0, rejectionReason: null },
    ],
  });

  // 天猫: its order page attached, the contract waiting for the head of 办公室.
  if (rest.length < 2) throw new Error('the demo plan of last month should have four lines to order');
  const tmall = await place('tmall', '3920118845561027', `${lastMonth}-19`, [{ line: rest[0], quantity: rest[0].orderable }]);
  await attachOrderPage(trx, actor, viewer, 'zh', tmall.id, { filename: '天猫订单截图.pdf', bytes: orderPage('3920118845561027') });

  // 苏宁易购: just placed, nothing attached yet.
  const suning = await place('suning', 'SN8830617724', `${lastMonth}-20`, [{ line: rest[1], quantity: rest[1].orderable }], 600);

  const pick = (o: { id: number; supplierId: number; totalFen: number }) => ({ id: o.id, supplierId: o.supplierId, totalFen: o.totalFen });
  return { confirmed: pick(jd), pending: pick(tmall), open: pick(suning) };
}
