import type { Knex } from 'knex';
import type { Response } from 'express';
import { displayTime, PDF, sendAttachment, XLSX } from '../../http/download';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { groupedLines, PLAN_DOC_TEXT, roleName, statusLabel, type PlanDocumentView } from './purchase-plans.doc-view';
import { renderPlanPdf } from './purchase-plans.pdf';
import { readPlan } from './purchase-plans.service';
import { renderPlanXlsx } from './purchase-plans.xlsx';

/** The plan as its print-outs show it, read with the screen's scope (another unit's plan is 404 to a clerk). */
export async function planDocumentView(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<PlanDocumentView> {
  const plan = await readPlan(db, viewer, lang, id);
  const t = PLAN_DOC_TEXT[lang];
  const chain: PlanDocumentView['chain'] = [];
  if (plan.approval) {
    for (const a of await approvals.approversOf(db, plan.approval.requestId)) {
      chain.push({ step: `${t.approved}：${roleName(a.role, lang)}`, who: a.name, at: displayTime(a.at) });
    }
    if (plan.approval.status === 'pending') {
      const step = await approvals.waitingStep(db, plan.approval.requestId);
      if (step) chain.push({ step: `${t.waiting}：${roleName(step.role, lang)}`, who: step.unit[lang], at: '' });
    }
  }
  return {
    lang,
    number: plan.number,
    unitName: plan.unit.name,
    month: plan.month,
    statusLabel: statusLabel(plan, lang),
    final: plan.status === 'approved',
    createdBy: plan.createdBy?.name ?? '',
    printedAt: displayTime(new Date()),
    departments: plan.departments,
    groups: groupedLines(plan, lang),
    totalFen: plan.totalFen,
    chain,
    sources: plan.sources,
  };
}

export async function downloadPlan(db: Knex, res: Response, viewer: SessionUser, lang: Lang, id: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  const view = await planDocumentView(db, viewer, lang, id);
  const body = kind === 'pdf' ? await renderPlanPdf(view) : await renderPlanXlsx(view);
  const name = lang === 'zh' ? `公司采购计划-${view.number}` : `purchase-plan-${view.number}`;
  sendAttachment(res, body, `${name}.${kind}`, `purchase-plan-${view.number}.${kind}`, kind === 'pdf' ? PDF : XLSX);
}
