import type { Knex } from 'knex';
import { addMonths, calendarDay, defaultCutoff, monthOf, monthStart, type BuyingUnit, type Role } from '@portal/domain';
import type { Actor } from '../../api/src/http/route';
import { registerModules } from '../../api/src/module';
import { MODULES } from '../../api/src/modules';
import type { SessionUser } from '../../api/src/http/session';
import { act, approvalOf } from '../../api/src/modules/approvals/approvals.service';
import { createRequest, submitRequest } from '../../api/src/modules/purchase-requests/purchase-requests.service';
import type { LineInput } from '../../api/src/modules/purchase-requests/purchase-requests.schema';

/**
 * A living purchasing month (issue 12): last month's requests all approved and its
 * calendar closed; this month's in every state: approved on time, one awaiting its
 * department head (submitted after the cut-off, so late), one returned with the head's
 * reason, one still a draft. They are made through the module's own services (so
 * prices come prefilled from the seeded price database and the approvals engine holds
 * the real requests); only the days they were submitted are moved into the past.
 * 'Today' is the real date, so the seed reads right on any day it runs.
 */

export interface SeedPerson {
  id: number;
  username: string;
  name: string;
  unitId: number;
  grants: { role: Role; unitId: number }[];
}

export const viewerOf = (p: SeedPerson): SessionUser => ({
  id: p.id,
  username: p.username,
  displayName: p.name,
  unitId: p.unitId,
  unitName: '',
  unitNameEn: '',
  roles: p.grants.map((g) => ({ ...g, unitName: '', unitNameEn: '' })),
  supplierId: null,
  sessionId: 'seed',
  csrfToken: '',
});
export const actorOf = (p: SeedPerson): Actor => ({ userId: p.id, name: p.name, requestId: 'seed', ip: null });

type LineSeed = [code: string, quantity: number, purpose: string];
type NewItemSeed = [name: string, spec: string, uom: string, quantity: number, purpose: string];

interface RequestSeed {
  requester: string;
  head: string;
  unit: BuyingUnit;
  /** 0 this month, -1 last month. */
  month: 0 | -1;
  outcome: 'draft' | 'pending' | 'approved' | 'returned';
  /** Submitted this many days before the month's cut-off (on time); omitted: submitted now. */
  daysBeforeCutoff?: number;
  lines: (LineSeed | NewItemSeed)[];
  note?: string;
  comment?: string;
}

const REQUESTS: RequestSeed[] = [
  // Last month: everything approved on time.
  { requester: 'requester', head: 'dept_head', unit: 'OFFICE', month: -1, outcome: 'approved', daysBeforeCutoff: 3, lines: [['BG-0001', 20, '日常打印'], ['BG-0002', 5, '部门领用'], ['HC-0001', 2, '3楼打印机']] },
  { requester: 'hr_requester', head: 'hr_head', unit: 'OFFICE', month: -1, outcome: 'approved', daysBeforeCutoff: 1, lines: [['BG-0001', 10, '招聘材料打印'], ['BG-0007', 30, '人事档案归档']] },
  { requester: 'ws_requester', head: 'ws_head', unit: 'SUPPLY', month: -1, outcome: 'approved', daysBeforeCutoff: 5, lines: [['FC-0001', 50, '线路检修'], ['FC-0007', 10, '劳保'], ['WJ-0003', 40, '车间照明更换']] },
  // This month.
  {
    requester: 'requester', head: 'dept_head', unit: 'OFFICE', month: 0, outcome: 'approved', daysBeforeCutoff: 2,
    lines: [['BG-0001', 25, '日常打印'], ['HC-0002', 2, '兄弟打印机粉盒'], ['DZ-0001', 4, '新员工配发'], ['移动硬盘', '2TB USB3.0', '个', 2, '服务器日志备份']],
    note: '含新员工入职用品',
  },
  { requester: 'hr_requester', head: 'hr_head', unit: 'OFFICE', month: 0, outcome: 'pending', lines: [['BG-0004', 20, '培训用'], ['BG-0005', 15, '培训资料'], ['HQ-0005', 10, '面试接待']], note: '培训月' },
  {
    requester: 'ws_requester', head: 'ws_head', unit: 'SUPPLY', month: 0, outcome: 'approved', daysBeforeCutoff: 4,
    lines: [['FC-0001', 60, '线路检修'], ['FC-0002', 6, '设备保养'], ['WJ-0002', 10, '配电箱改造'], ['WJ-0008', 2, '配电箱改造'], ['防爆接线盒', 'BHD51 DN20', '个', 4, '油库照明']],
  },
  {
    requester: 'requester', head: 'dept_head', unit: 'SUPPLY', month: 0, outcome: 'returned', daysBeforeCutoff: 1,
    lines: [['WJ-0001', 40, '机房插座'], ['WJ-0009', 40, '机房开关']], comment: '机房改造只涉及 12 个点位，请按实际点位数量修改',
  },
  { requester: 'hr_requester', head: 'hr_head', unit: 'SUPPLY', month: 0, outcome: 'draft', lines: [['WJ-0003', 12, '办公区照明']] },
];

const lineOf = (l: LineSeed | NewItemSeed, itemIds: Map<string, number>): LineInput =>
  l.length === 3
    ? { itemId: itemIds.get(l[0])!, newItem: null, quantity: l[1], neededBy: null, purpose: l[2] }
    : { itemId: null, newItem: { name: l[0], spec: l[1], uom: l[2] }, quantity: l[3], neededBy: null, purpose: l[4] };

export async function seedPurchasing(trx: Knex, people: Map<string, SeedPerson>, now = new Date()): Promise<{ requests: number }> {
  // The services below run outside an app (npm run seed): the approvals engine must know the document types.
  registerModules(MODULES);
  const thisMonth = monthOf(calendarDay(now));
  const lastMonth = addMonths(thisMonth, -1);
  const units = new Map((await trx('units').whereIn('code', ['OFFICE', 'SUPPLY']).select('id', 'code')).map((u: { id: number; code: string }) => [u.code, u.id]));
  const itemIds = new Map((await trx('items').select('id', 'code')).map((i: { id: number; code: string }) => [i.code, i.id]));

  for (const r of REQUESTS) {
    const requester = people.get(r.requester)!;
    const head = people.get(r.head)!;
    const month = r.month === 0 ? thisMonth : lastMonth;
    const created = await createRequest(trx, viewerOf(requester), actorOf(requester), 'zh', {
      buyingUnit: r.unit,
      month,
      note: r.note ?? '',
      lines: r.lines.map((l) => lineOf(l, itemIds)),
    });
    if (r.outcome === 'draft') continue;
    await submitRequest(trx, viewerOf(requester), actorOf(requester), 'zh', created.id, created.version);
    if (r.daysBeforeCutoff !== undefined) {
      // Submitted in time: on a working morning before the month's cut-off.
      await trx('purchase_requests')
        .where({ id: created.id })
        .update({ late: false, submitted_at: trx.raw(`(?::date - ?::int + time '09:30') at time zone 'Asia/Shanghai'`, [defaultCutoff(month), r.daysBeforeCutoff]) });
    }
    if (r.outcome === 'pending') continue;
    const approval = (await approvalOf(trx, 'purchase_request', created.id))!;
    const action = r.outcome === 'approved' ? 'approve' : 'return';
    await act(trx, actorOf(head), viewerOf(head), 'zh', approval.id, action, { version: approval.version, comment: r.comment ?? null });
  }

  // The calendar: last month closed once its plan was made; this month open with the default cut-off.
  await trx('planning_calendar').insert(
    [...units.values()].flatMap((unitId) => [
      { unit_id: unitId, month: monthStart(lastMonth), cutoff_on: defaultCutoff(lastMonth), status: 'closed', updated_by: people.get(unitId === units.get('OFFICE') ? 'clerk' : 'supply_clerk')!.id },
      { unit_id: unitId, month: monthStart(thisMonth), cutoff_on: defaultCutoff(thisMonth), status: 'open', updated_by: people.get(unitId === units.get('OFFICE') ? 'clerk' : 'supply_clerk')!.id },
    ]),
  );
  return { requests: REQUESTS.length };
}
