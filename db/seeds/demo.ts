import type { Knex } from 'knex';
import type { PolicyStep, Role, UnitKind } from '@portal/domain';
import { hashPassword } from '../../api/src/modules/auth/password';
import { seedAdAgreements } from './ad-agreements';
import { seedAdSales } from './ad-sales';
import { seedLedgerPeriods } from './ledger';
import { seedAdRevenue } from './ad-revenue';
import { seedStock } from './stock';
import { seedBudgets } from './budgets';
import { seedPurchasing, type SeedPerson } from './purchasing';
import { seedPurchasePlans } from './purchasing-plans';
import { seedPurchaseOrders } from './purchase-orders';
import { seedSettlement } from './settlement';
import { seedSupplierPrices } from './supplier-prices';
import { seedB2bSuppliers, seedInquiries } from './b2b-sourcing';
import { seedB2bContracts } from './b2b-contracts';
import { seedContractDelivery } from './contract-orders';

/** The one password of every demo user; printed in the README. */
export const DEMO_PASSWORD = 'Demo@2026';

interface UnitSeed {
  code: string;
  zh: string;
  en: string;
  kind: UnitKind;
  children?: UnitSeed[];
}

const branch = (code: string, zh: string, en: string): UnitSeed => ({
  code,
  zh,
  en,
  kind: 'branch',
  children: [
    { code: `${code}-ECOM`, zh: `${zh}电子商务`, en: `${en} e-commerce`, kind: 'branch_department' },
    { code: `${code}-PUB`, zh: `${zh}广宣部`, en: `${en} publicity`, kind: 'branch_department' },
    { code: `${code}-MKT`, zh: `${zh}市场部`, en: `${en} marketing`, kind: 'branch_department' },
    { code: `${code}-PUR`, zh: `${zh}采购部`, en: `${en} purchasing`, kind: 'branch_department' },
  ],
});

// DOMAIN.md §1: HQ, its centres (售后服务中心 holds 电子商务部), user departments, three branches.
const ORGANISATION: UnitSeed = {
  code: 'HQ',
  zh: '总部',
  en: 'Head office',
  kind: 'hq',
  children: [
    {
      code: 'AFTERSALES',
      zh: '售后服务中心',
      en: 'After-sales Service Centre',
      kind: 'centre',
      children: [{ code: 'ECOM', zh: '电子商务部', en: 'E-commerce Dept', kind: 'department' }],
    },
    { code: 'FINANCE', zh: '财务中心', en: 'Finance Centre', kind: 'centre' },
    { code: 'PURCHASING', zh: '采销中心', en: 'Purchasing & Sales Centre', kind: 'centre' },
    { code: 'OFFICE', zh: '办公室', en: 'General Office', kind: 'centre' },
    { code: 'SUPPLY', zh: '供应处', en: 'Supply Dept', kind: 'centre' },
    { code: 'IT', zh: '信息技术部', en: 'IT Dept', kind: 'department' },
    { code: 'HR', zh: '人力资源部', en: 'Human Resources', kind: 'department' },
    { code: 'WORKSHOP', zh: '维修车间', en: 'Maintenance Workshop', kind: 'department' },
    { code: 'AUDIT', zh: '审计部', en: 'Internal Audit', kind: 'department' },
    branch('BJ', '北京分部', 'Beijing Branch'),
    branch('SH', '上海分部', 'Shanghai Branch'),
    branch('GZ', '广州分部', 'Guangzhou Branch'),
  ],
};

interface UserSeed {
  username: string;
  name: string;
  unit: string;
  roles: [Role, string][];
}

/** One demo user per role, named as in the Foundation issue and the README. */
export const DEMO_USERS: UserSeed[] = [
  { username: 'admin', name: '系统管理员', unit: 'IT', roles: [['admin', 'HQ']] },
  { username: 'requester', name: '李娜', unit: 'IT', roles: [['requester', 'IT']] },
  { username: 'clerk', name: '王芳', unit: 'OFFICE', roles: [['purchasing_clerk', 'OFFICE']] },
  { username: 'supply_clerk', name: '赵强', unit: 'SUPPLY', roles: [['purchasing_clerk', 'SUPPLY']] },
  { username: 'dept_head', name: '刘洋', unit: 'IT', roles: [['dept_head', 'IT']] },
  { username: 'leader', name: '陈建国', unit: 'HQ', roles: [['company_leader', 'HQ']] },
  // A second company leader: a plan of ¥50,000 or more needs two of them (purchase_plan policy below).
  { username: 'leader2', name: '黄志明', unit: 'HQ', roles: [['company_leader', 'HQ']] },
  { username: 'ecom', name: '孙丽', unit: 'ECOM', roles: [['ecommerce_staff', 'ECOM']] },
  { username: 'bj_clerk', name: '周杰', unit: 'BJ-ECOM', roles: [['branch_ecommerce_clerk', 'BJ']] },
  { username: 'bj_marketer', name: '吴敏', unit: 'BJ-PUB', roles: [['branch_marketer', 'BJ']] },
  { username: 'bj_gm', name: '郑伟', unit: 'BJ', roles: [['branch_gm', 'BJ']] },
  { username: 'sh_gm', name: '冯涛', unit: 'SH', roles: [['branch_gm', 'SH']] },
  { username: 'hq_gm', name: '何平', unit: 'AFTERSALES', roles: [['hq_center_gm', 'AFTERSALES']] },
  { username: 'finance', name: '钱进', unit: 'FINANCE', roles: [['finance', 'FINANCE']] },
  { username: 'auditor', name: '许静', unit: 'AUDIT', roles: [['auditor', 'HQ']] },
  // Issue 12: the buying units' own heads, and two more user departments that ask for materials.
  { username: 'office_head', name: '高建华', unit: 'OFFICE', roles: [['dept_head', 'OFFICE']] },
  { username: 'supply_head', name: '马国庆', unit: 'SUPPLY', roles: [['dept_head', 'SUPPLY']] },
  { username: 'ws_requester', name: '杨磊', unit: 'WORKSHOP', roles: [['requester', 'WORKSHOP']] },
  { username: 'ws_head', name: '黄振东', unit: 'WORKSHOP', roles: [['dept_head', 'WORKSHOP']] },
  { username: 'hr_requester', name: '林晓燕', unit: 'HR', roles: [['requester', 'HR']] },
  { username: 'hr_head', name: '谢文军', unit: 'HR', roles: [['dept_head', 'HR']] },
];

/**
 * Approval policies (Approvals issue), kept as data the admin edits later. Steps
 * are { role, unit: whose unit the approver comes from, origin: which documents,
 * condition }.
 * - ad_quote has none: its chain follows from the discount authority (the
 *   ad_discount_authority table, applied by decideDiscount), see api/src/modules/ad-quotes.
 * - purchase_request: issue 12, the requesting department's head approves.
 * - purchase_plan: DOMAIN.md §2.3, the company purchase plan goes to company leadership
 *   (issue 12): finance first when a department is over a warn-controlled budget, since
 *   the budget is finance's control and the leader then decides knowing whether the
 *   overspend can be covered; a company leader always; a second leader from ¥50,000.00
 *   (the engine never lets one person approve two steps of a round).
 */
export const DEMO_APPROVAL_POLICIES: { documentType: string; steps: PolicyStep[] }[] = [
  // DOMAIN.md §2.1: a department's monthly request is confirmed by that department's own head.
  {
    documentType: 'purchase_request',
    steps: [{ role: 'dept_head', unit: 'own', origin: 'any', condition: { kind: 'always' } }],
  },
  {
    documentType: 'purchase_plan',
    steps: [
      { role: 'finance', unit: 'hq', origin: 'any', condition: { kind: 'overBudget' } },
      { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'always' } },
      { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'amountAtLeast', amountFen: 5_000_000 } },
    ],
  },
  // DOMAIN.md §2.4 / issue 13: the head of the buying unit confirms the virtual contract (its order page).
  {
    documentType: 'virtual_contract',
    steps: [{ role: 'dept_head', unit: 'own', origin: 'any', condition: { kind: 'always' } }],
  },
  // Issue 13: a payment request is approved by the head of the buying unit, and from ¥20,000.00 by a company leader too.
  {
    documentType: 'payment_request',
    steps: [
      { role: 'dept_head', unit: 'own', origin: 'any', condition: { kind: 'always' } },
      { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'amountAtLeast', amountFen: 2_000_000 } },
    ],
  },
  // Issue 15: from ¥50,000.00 the buyer's signature on an e-contract waits for the buying unit head's approval.
  {
    documentType: 'b2b_contract',
    steps: [{ role: 'dept_head', unit: 'own', origin: 'any', condition: { kind: 'amountAtLeast', amountFen: 5_000_000 } }],
  },
];

async function insertUnits(trx: Knex, node: UnitSeed, parentId: number | null, ids: Map<string, number>) {
  const [row] = await trx('units')
    .insert({ code: node.code, name_zh: node.zh, name_en: node.en, kind: node.kind, parent_id: parentId })
    .returning('id');
  ids.set(node.code, row.id);
  for (const child of node.children ?? []) await insertUnits(trx, child, row.id, ids);
}

export async function seedDemo(db: Knex): Promise<void> {
  // Hash outside the transaction: scrypt is deliberately slow and PGlite has one connection.
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction(async (trx) => {
    const ids = new Map<string, number>();
    const userIds = new Map<string, number>();
    await insertUnits(trx, ORGANISATION, null, ids);
    for (const [i, u] of DEMO_USERS.entries()) {
      const [row] = await trx('users')
        .insert({ username: u.username, display_name: u.name, unit_id: ids.get(u.unit), password_hash: hashes[i] })
        .returning('id');
      userIds.set(u.username, row.id);
      for (const [role, unit] of u.roles) {
        await trx('role_grants').insert({ user_id: row.id, role, unit_id: ids.get(unit) });
      }
    }
    for (const p of DEMO_APPROVAL_POLICIES) {
      await trx('approval_policies').insert({ document_type: p.documentType, steps: JSON.stringify(p.steps) });
    }
    await seedSupplierPrices(trx, { clerk: userIds.get('clerk')!, supplyClerk: userIds.get('supply_clerk')! });
    // Issue 15: the B2B suppliers of 供应处 and their contacts sup_hardware / sup_lighting.
    const b2b = await seedB2bSuppliers(trx, { supplyUnitId: ids.get('SUPPLY')!, supplyClerk: userIds.get('supply_clerk')! });
    await seedStock(trx, { units: ids, clerk: userIds.get('clerk')!, supplyClerk: userIds.get('supply_clerk')! });
    const adSales = await seedAdSales(trx, { ecom: userIds.get('ecom')!, bjClerk: userIds.get('bj_clerk')!, hqGm: userIds.get('hq_gm')! });
    // After ad sales: agreements from its accepted quotes (the revenue seed books their income).
    await seedAdAgreements(trx, adSales, { ecom: userIds.get('ecom')!, bjClerk: userIds.get('bj_clerk')!, bjGm: userIds.get('bj_gm')! });
    const people = new Map<string, SeedPerson>(
      DEMO_USERS.map((u) => [
        u.username,
        { id: userIds.get(u.username)!, username: u.username, name: u.name, unitId: ids.get(u.unit)!, grants: u.roles.map(([role, unit]) => ({ role, unitId: ids.get(unit)! })) },
      ]),
    );
    await seedPurchasing(trx, people);
    // After the department requests: the budget counts what they ask.
    await seedBudgets(trx, userIds.get('clerk')!);
    // After the budget: the plans show each department's position and go to leadership.
    await seedPurchasePlans(trx, people);
    // The ledger's months (last and this, open), before any seed that posts into them.
    await seedLedgerPeriods(trx);
    // After the agreements and the periods: last month's income posted and closed, this month's collections.
    await seedAdRevenue(trx, people.get('finance')!);
    // After the plans: last month's approved plan carried into orders (issue 13).
    await seedPurchaseOrders(trx, people);
    // After the orders (seedPurchaseOrders, issue 13): their payment requests, payments, invoices and handover.
    await seedSettlement(trx, people);
    // Issue 15: one inquiry still taking quotes, one whose quotes have opened.
    await seedInquiries(trx, people.get('supply_clerk')!, b2b);
    // Issue 15: negotiations with the B2B suppliers — one signed e-contract, one sheet in 一方同意.
    await seedB2bContracts(trx, people);
    // Issue 15 item 7: the signed contract's order has a delivery awaiting the head's review.
    await seedContractDelivery(trx, people);
    await trx('audit_log').insert({ action: 'seed.demo', entity: 'system', actor_name: 'seed', after: JSON.stringify({ users: DEMO_USERS.length, units: ids.size }) });
  });
}

/** Loads the demo organisation only into a database with no units yet; true if it did. */
export async function seedIfEmpty(db: Knex): Promise<boolean> {
  const existing = await db('units').first('id');
  if (existing) return false;
  await seedDemo(db);
  return true;
}
