import type { Knex } from 'knex';
import { addMonths, calendarDay, monthOf } from '@portal/domain';
import * as approvals from '../../api/src/modules/approvals/approvals.service';
import { decideSource, openPlan, submitPlan } from '../../api/src/modules/purchase-plans/purchase-plans.lifecycle';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/**
 * The company plans of a living month (issue 12), made through the plan's own services after
 * the department requests and the budget: 办公室's plan of last month approved by the leader,
 * and this month's submitted and waiting in the leader's inbox. This month's free-text line
 * (a hard drive the catalogue does not have) is deferred with the reason its requester reads.
 */
export async function seedPurchasePlans(trx: Knex, people: Map<string, SeedPerson>, now = new Date()): Promise<void> {
  const thisMonth = monthOf(calendarDay(now));
  const clerk = people.get('clerk')!;
  const leader = people.get('leader')!;
  const [viewer, actor] = [viewerOf(clerk), actorOf(clerk)];

  const last = await openPlan(trx, viewer, actor, 'zh', { unit: 'OFFICE', month: addMonths(thisMonth, -1), note: '' });
  const sent = await submitPlan(trx, viewer, actor, 'zh', last.id, last.version);
  const request = await approvals.readRequest(trx, viewerOf(leader), 'zh', sent.approval!.requestId);
  await approvals.act(trx, actorOf(leader), viewerOf(leader), 'zh', request.id, 'approve', { version: request.version, comment: '同意' });

  let plan = await openPlan(trx, viewer, actor, 'zh', { unit: 'OFFICE', month: thisMonth, note: '含新员工入职用品' });
  for (const s of plan.sources.filter((x) => x.item === null || x.decision === 'pending')) {
    plan =
      s.item === null
        ? await decideSource(trx, viewer, actor, 'zh', plan.id, s.id!, { version: plan.version, decision: 'defer', reason: '物资目录暂无此物资，补录目录并询价后下月采购' })
        : await decideSource(trx, viewer, actor, 'zh', plan.id, s.id!, { version: plan.version, decision: 'include' });
  }
  await submitPlan(trx, viewer, actor, 'zh', plan.id, plan.version);
}
