import type { Knex } from 'knex';
import { hashPassword } from '../../api/src/modules/auth/password';
import { DEMO_PASSWORD } from './demo';

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
