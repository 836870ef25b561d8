import type { Knex } from 'knex';
import { addDays, calendarDay } from '@portal/domain';
import type { SessionUser } from '../../api/src/http/session';
import type { Actor } from '../../api/src/http/route';
import * as contracts from '../../api/src/modules/e-contracts/e-contracts.service';
import { submitQuote } from '../../api/src/modules/inquiries/inquiries.quotes';
import { createInquiry } from '../../api/src/modules/inquiries/inquiries.service';
import * as negotiations from '../../api/src/modules/negotiations/negotiations.service';
import { asContact } from './b2b-sourcing';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/**
 * Issue 15, the negotiation side, through the modules' own services: 供应处 negotiates with both
 * B2B suppliers on inquiries whose quotes have opened. With 恒通五金 the payment terms went back
 * and forth until both agreed, and the e-contract (under ¥50,000, so no approval) is signed by
 * both: 已签订, with its signature page. With 明辉照明 the supplier has agreed the buyer's
 * latest version and the clerk has yet to: 一方同意.
 */

interface Line {
  description: string;
  spec: string;
  uom: string;
  quantity: number;
  prices: Record<'hardware' | 'lighting', number>;
}

type Party = { user: SessionUser; actor: Actor };

/**
 * An inquiry the clerk sent to both suppliers and each quoted, through the inquiries services,
 * whose deadline has since passed. The services refuse a deadline under ten minutes away and any
 * quote once it has passed, both by the database's clock, so it is sent with a deadline an hour
 * ahead, quoted, and then only its deadline is moved back two days, as the passing of time would
 * (the trick the API tests use: inquiries.test.ts pastDeadline).
 */
async function openedInquiry(trx: Knex, buyer: Party, contacts: Record<'hardware' | 'lighting', Party>, o: { title: string; lines: Line[]; requiredOn: string }) {
  const sent = await createInquiry(trx, buyer.actor, buyer.user, {
    title: o.title,
    deliveryPlace: '深圳市南山区科技园华瑞大厦 B1 仓库',
    quoteDeadline: new Date(Date.now() + 3_600_000).toISOString(),
    note: '',
    lines: o.lines.map((l) => ({ itemId: null, description: l.description, spec: l.spec, quantity: l.quantity, uom: l.uom, requiredOn: o.requiredOn })),
    supplierIds: [contacts.hardware.user.supplierId!, contacts.lighting.user.supplierId!],
  });
  for (const key of ['hardware', 'lighting'] as const) {
    const c = contacts[key];
    await submitQuote(trx, c.actor, c.user, sent.id, {
      validUntil: addDays(o.requiredOn, 30),
      notes: '含税含运费',
      lines: sent.lines.map((l, i) => ({ inquiryLineId: l.id, unitPriceFen: o.lines[i].prices[key], taxRateBp: 1300, deliveryDays: 10, note: '' })),
    });
  }
  await trx('inquiries').where({ id: sent.id }).update({ quote_deadline: trx.raw(`now() - interval '2 days'`) });
  return sent.id;
}

export async function seedB2bContracts(trx: Knex, people: Map<string, SeedPerson>, now = new Date()): Promise<void> {
  const clerk = people.get('supply_clerk')!;
  const [buyer, buyerActor] = [viewerOf(clerk), actorOf(clerk)];
  const rows: { id: number; username: string; display_name: string; unit_id: number; supplier_id: number }[] = await trx('supplier_contacts as c')
    .join('users as u', 'u.id', 'c.user_id')
    .whereIn('u.username', ['sup_hardware', 'sup_lighting'])
    .select('u.id', 'u.username', 'u.display_name', 'u.unit_id', 'c.supplier_id');
  const hardwareRow = rows.find((r) => r.username === 'sup_hardware');
  const lightingRow = rows.find((r) => r.username === 'sup_lighting');
  if (!hardwareRow || !lightingRow) return;
  const contact = (r: typeof hardwareRow): Party => asContact({ userId: r.id, supplierId: r.supplier_id, username: r.username, displayName: r.display_name }, r.unit_id);
  const { user: hardware, actor: hardwareActor } = contact(hardwareRow);
  const { user: lighting, actor: lightingActor } = contact(lightingRow);
  const contacts = { hardware: { user: hardware, actor: hardwareActor }, lighting: { user: lighting, actor: lightingActor } };
  const suppliers = { hardware: hardwareRow.supplier_id, lighting: lightingRow.supplier_id };
  const buyerParty: Party = { user: buyer, actor: buyerActor };
  const today = calendarDay(now);

  // 恒通五金: switches and breakers, agreed after two rounds on payment, signed by both.
  const switches = await openedInquiry(trx, buyerParty, contacts, {
    title: '车间配电改造开关及断路器采购',
    requiredOn: addDays(today, 20),
    lines: [
      { description: '小型断路器', spec: 'DZ47-63 C32 1P', uom: '个', quantity: 200, prices: { hardware: 1_850, lighting: 2_100 } },
      { description: '墙壁开关', spec: '86型 单开双控 10A', uom: '个', quantity: 300, prices: { hardware: 960, lighting: 1_050 } },
      { description: '防水接线盒', spec: 'IP65 100×100', uom: '个', quantity: 120, prices: { hardware: 1_280, lighting: 1_400 } },
    ],
  });
  let n = await negotiations.open(trx, buyer, buyerActor, 'zh', {
    inquiryId: switches,
    supplierId: suppliers.hardware,
    qualityRequirements: '符合 GB/T 10963.1 标准，提供出厂合格证及 3C 认证；质保两年',
    inspectionMethod: '到货后按 10% 抽检外观与通断，不合格整批退换',
    paymentMethod: '验收合格后 60 天内银行转账',
  });
  const edit = (d: typeof n, paymentMethod: string, note: string) => ({
    baseVersion: d.currentVersion,
    ...d.current.terms,
    paymentMethod,
    lines: d.current.lines.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity, unitPriceFen: l.unitPriceFen, taxRateBp: l.taxRateBp })),
    note,
  });
  n = await negotiations.comment(trx, hardware, hardwareActor, 'zh', n.id, '60 天账期太长，我方可接受 30 天，单价不变。');
  n = await negotiations.edit(trx, hardware, hardwareActor, 'zh', n.id, edit(n, '验收合格后 30 天内银行转账', '账期改为 30 天'));
  n = await negotiations.edit(trx, buyer, buyerActor, 'zh', n.id, edit(n, '预付 20%，验收合格后 45 天内付清余款', '折中：预付两成，账期 45 天'));
  n = await negotiations.agree(trx, hardware, hardwareActor, 'zh', n.id, n.currentVersion);
  n = await negotiations.agree(trx, buyer, buyerActor, 'zh', n.id, n.currentVersion);
  const contract = await contracts.create(trx, buyer, buyerActor, 'zh', n.id);
  await contracts.sign(trx, hardware, hardwareActor, 'zh', contract.id, contract.sha256);
  await contracts.sign(trx, buyer, buyerActor, 'zh', contract.id, contract.sha256);

  // 明辉照明: light fittings; the supplier agreed the clerk's latest version, the clerk has not yet.
  const lights = await openedInquiry(trx, buyerParty, contacts, {
    title: '仓库照明节能改造灯具采购',
    requiredOn: addDays(today, 30),
    lines: [
      { description: 'LED 工矿灯', spec: '150W 5000K IP65', uom: '套', quantity: 80, prices: { hardware: 46_000, lighting: 42_500 } },
      { description: 'LED 灯管', spec: 'T8 1.2m 18W', uom: '支', quantity: 600, prices: { hardware: 2_600, lighting: 2_350 } },
    ],
  });
  let m = await negotiations.open(trx, buyer, buyerActor, 'zh', {
    inquiryId: lights,
    supplierId: suppliers.lighting,
    qualityRequirements: '光效不低于 130 lm/W，显色指数 Ra≥80；质保三年',
    inspectionMethod: '到货逐箱开箱检查，抽 5% 通电老化 24 小时',
    paymentMethod: '验收合格后 30 天内银行转账',
  });
  m = await negotiations.edit(trx, buyer, buyerActor, 'zh', m.id, {
    ...edit(m, m.current.terms.paymentMethod, '工矿灯单价按批量议价'),
    lines: m.current.lines.map((l) => ({ lineNo: l.lineNo, quantity: l.quantity, unitPriceFen: l.lineNo === 1 ? 40_800 : l.unitPriceFen, taxRateBp: l.taxRateBp })),
  });
  await negotiations.comment(trx, lighting, lightingActor, 'zh', m.id, '工矿灯 408 元可以接受，请贵方确认。');
  await negotiations.agree(trx, lighting, lightingActor, 'zh', m.id, m.currentVersion);
}
