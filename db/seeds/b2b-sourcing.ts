import type { Knex } from 'knex';
import { hashPassword } from '../../api/src/modules/auth/password';
import type { Actor } from '../../api/src/http/route';
import type { SessionUser } from '../../api/src/http/session';
import { createInquiry } from '../../api/src/modules/inquiries/inquiries.service';
import { submitQuote } from '../../api/src/modules/inquiries/inquiries.quotes';
import { DEMO_PASSWORD } from './demo';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/**
 * Issue 15: the two B2B suppliers of 供应处 (hardware, light fittings) with the company details
 * an e-contract names, and their supplier contacts sup_hardware / sup_lighting, who sign in with
 * the demo password (their one-time links count as used).
 */
export const B2B_SUPPLIERS = [
  {
    key: 'hardware',
    shopName: '深圳市恒通五金机电有限公司',
    contact: '陈志明 0755-26881234',
    company: {
      legal_name: '深圳市恒通五金机电有限公司',
      taxpayer_id: '91440300MA5F3K7Q2E',
      registered_address: '深圳市宝安区西乡街道固戍二路 168 号',
      phone: '0755-26881234',
      bank_name: '中国工商银行深圳宝安支行',
      bank_account: '4000 0236 0920 0188 456',
    },
    user: { username: 'sup_hardware', name: '陈志明' },
  },
  {
    key: 'lighting',
    shopName: '宁波明辉照明电器有限公司',
    contact: '林慧敏 0574-87562210',
    company: {
      legal_name: '宁波明辉照明电器有限公司',
      taxpayer_id: '91330200MA2H8R4N6C',
      registered_address: '浙江省宁波市鄞州区姜山镇科技园路 59 号',
      phone: '0574-87562210',
      bank_name: '中国建设银行宁波鄞州支行',
      bank_account: '3315 0198 3360 5002 7731',
    },
    user: { username: 'sup_lighting', name: '林慧敏' },
  },
] as const;

export interface SeededB2bSupplier {
  key: string;
  supplierId: number;
  contactUserId: number;
}

export async function seedB2bSuppliers(trx: Knex, opts: { supplyUnitId: number; supplyClerk: number }): Promise<SeededB2bSupplier[]> {
  const out: SeededB2bSupplier[] = [];
  for (const s of B2B_SUPPLIERS) {
    const [supplier] = await trx('suppliers')
      .insert({ platform: 'other', shop_name: s.shopName, contact: s.contact, note: 'B2B 询价供应商', ...s.company })
      .returning('id');
    // The contact's user row sits in the buying unit that invited it; what it may see follows from its supplier alone.
    const [user] = await trx('users')
      .insert({ username: s.user.username, display_name: s.user.name, unit_id: opts.supplyUnitId, password_hash: await hashPassword(DEMO_PASSWORD) })
      .returning('id');
    await trx('role_grants').insert({ user_id: user.id, role: 'supplier_contact', unit_id: opts.supplyUnitId });
    await trx('supplier_contacts').insert({
      user_id: user.id,
      supplier_id: supplier.id,
      phone: s.company.phone,
      invited_by: opts.supplyClerk,
      password_set_at: trx.fn.now(),
    });
    out.push({ key: s.key, supplierId: supplier.id, contactUserId: user.id });
  }
  return out;
}

/** A supplier contact as the services see it acting: its session user (scoped to its supplier) and its actor. */
export function asContact(c: { userId: number; supplierId: number; username: string; displayName: string }, unitId: number): { user: SessionUser; actor: Actor } {
  const user: SessionUser = {
    id: c.userId,
    username: c.username,
    displayName: c.displayName,
    unitId,
    unitName: '',
    unitNameEn: '',
    roles: [{ role: 'supplier_contact', unitId, unitName: '', unitNameEn: '' }],
    supplierId: c.supplierId,
    sessionId: 'seed',
    csrfToken: '',
  };
  return { user, actor: { userId: c.userId, name: c.displayName, requestId: 'seed', ip: null } };
}

/** 17:00 Beijing time `days` from now, as an ISO moment. */
function fivePmIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d);
  return `${day}T17:00:00+08:00`;
}

export interface SeededInquiries {
  /** Before its deadline: both suppliers invited, only the hardware supplier has quoted. */
  openId: number;
  /** Deadline passed, both quotes opened: the one a negotiation is opened from. */
  comparedId: number;
}

/**
 * Issue 15's demo month for sourcing, through the real services: one inquiry still taking quotes
 * (one of two suppliers has quoted, twice), and one whose deadline passed yesterday with both quotes
 * opened for comparison. The services refuse a deadline in the past, so the second is sent with a
 * future one, quoted, and then its deadline is moved back, as the passing of time would.
 */
export async function seedInquiries(trx: Knex, clerk: SeedPerson, b2b: SeededB2bSupplier[]): Promise<SeededInquiries> {
  const buyer = viewerOf(clerk);
  const actor = actorOf(clerk);
  const [hardware, lighting] = b2b;
  const contact = (c: SeededB2bSupplier, i: number) =>
    asContact({ userId: c.contactUserId, supplierId: c.supplierId, username: B2B_SUPPLIERS[i].user.username, displayName: B2B_SUPPLIERS[i].user.name }, clerk.unitId);
  const hw = contact(hardware, 0);
  const lt = contact(lighting, 1);
  const item = async (code: string) => (await trx('items').where({ code }).first('id')).id as number;
  const requiredOn = fivePmIn(14).slice(0, 10);

  const open = await createInquiry(trx, actor, buyer, {
    title: '十二月维修备件：开关面板与应急照明',
    deliveryPlace: '供应处仓库（总部大楼 B1）',
    quoteDeadline: fivePmIn(3),
    note: '请注明品牌型号，含税含运费报价。',
    lines: [
      { itemId: await item('WJ-0009'), description: '', spec: '公牛 G07 单开单控 或同等品', quantity: 300, uom: '', requiredOn },
      { itemId: await item('WJ-0011'), description: '', spec: '双头 LED，消防认证', quantity: 40, uom: '', requiredOn },
    ],
    supplierIds: [hardware.supplierId, lighting.supplierId],
  });
  const quoteOf = (prices: [number, number, number][], notes: string) => ({
    validUntil: fivePmIn(45).slice(0, 10),
    notes,
    lines: prices.map(([i, unitPriceFen, deliveryDays]) => ({ inquiryLineId: i, unitPriceFen, taxRateBp: 1300, deliveryDays, note: '' })),
  });
  const [o1, o2] = open.lines.map((l) => l.id);
  await submitQuote(trx, hw.actor, hw.user, open.id, quoteOf([[o1, 980, 5], [o2, 7_200, 10]], '含税含运费，月结 30 天。'));
  await submitQuote(trx, hw.actor, hw.user, open.id, quoteOf([[o1, 920, 5], [o2, 6_900, 10]], '含税含运费，月结 30 天；数量 300 以上单价优惠。'));

  const compared = await createInquiry(trx, actor, buyer, {
    title: '车间照明改造：LED 平板灯、空气开关与线槽',
    deliveryPlace: '生产车间二号门',
    quoteDeadline: fivePmIn(1),
    note: '分批到货，首批 12 月 15 日前。',
    lines: [
      { itemId: await item('WJ-0004'), description: '', spec: '600×600 36W 4000K', quantity: 60, uom: '', requiredOn },
      { itemId: await item('WJ-0002'), description: '', spec: 'C16 1P', quantity: 100, uom: '', requiredOn },
      { itemId: null, description: '镀锌线槽', spec: '100×50mm 厚 1.0mm', quantity: 200, uom: '米', requiredOn },
    ],
    supplierIds: [hardware.supplierId, lighting.supplierId],
  });
  const [c1, c2, c3] = compared.lines.map((l) => l.id);
  await submitQuote(trx, hw.actor, hw.user, compared.id, quoteOf([[c1, 13_500, 10], [c2, 1_580, 5], [c3, 3_650, 7]], '含税含运费；线槽可按米分批发货。'));
  await submitQuote(trx, lt.actor, lt.user, compared.id, quoteOf([[c1, 11_800, 12], [c2, 1_690, 12], [c3, 3_900, 15]], '灯具质保三年，含税含运费。'));
  // The deadline has since passed (yesterday, 17:00): the quotes are open for comparison.
  await trx('inquiries').where({ id: compared.id }).update({ quote_deadline: fivePmIn(-1) });
  return { openId: open.id, comparedId: compared.id };
}
