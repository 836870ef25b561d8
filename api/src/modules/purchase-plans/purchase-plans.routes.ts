import { PLAN_KEEPER_ROLES, PLAN_READER_ROLES } from '@portal/domain';
import { PlanConsolidation, PurchasePlan, PurchasePlanList } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { downloadPlan } from './purchase-plans.documents';
import {
  browsePlansQuery,
  consolidationParams,
  decideSourceBody,
  lineParams,
  mapSourceBody,
  openPlanBody,
  sourceParams,
  updateLineBody,
  versionBody,
} from './purchase-plans.schema';
import * as lifecycle from './purchase-plans.lifecycle';
import * as plans from './purchase-plans.service';

// Company plans (公司采购计划): the buying unit's clerk keeps its own unit's plans (another
// unit's is 404); company leaders, finance and audit read every plan. Scope is in the service.
export const purchasePlansRoutes = [
  route({
    method: 'get',
    path: '/purchase-plans',
    allow: PLAN_READER_ROLES,
    response: PurchasePlanList,
    summary: 'Company plans, ?unit&month&status; a clerk sees their own buying unit',
    query: browsePlansQuery,
    handle: ({ db, user, lang, query }) => plans.browsePlans(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/purchase-plans/:unit/:month/consolidation',
    allow: PLAN_READER_ROLES,
    response: PlanConsolidation,
    summary: "The month's approved requests consolidated by item, netted against stock, with budget positions (live; writes nothing)",
    params: consolidationParams,
    handle: ({ db, user, lang, params }) => plans.consolidationView(db, user, lang, params.unit, params.month),
  }),
  route({
    method: 'post',
    path: '/purchase-plans',
    allow: PLAN_KEEPER_ROLES,
    response: PurchasePlan,
    status: 201,
    idempotent: true,
    summary: "Open the month's plan: snapshot the consolidation, numbered per unit and month (one plan per unit and month)",
    body: openPlanBody,
    handle: ({ db, user, actor, lang, body }) => lifecycle.openPlan(db, user, actor, lang, body),
  }),
  route({
    method: 'get',
    path: '/purchase-plans/:id',
    allow: PLAN_READER_ROLES,
    response: PurchasePlan,
    summary: 'One plan with its lines, request lines, budget positions, approval and what this user may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => plans.readPlan(db, user, lang, params.id),
  }),
  route({
    method: 'patch',
    path: '/purchase-plans/:id/lines/:lineId',
    allow: PLAN_KEEPER_ROLES,
    response: PurchasePlan,
    summary: 'The proposed quantity of an item, with a reason when it differs from requested − stock; an approved plan returns to draft',
    params: lineParams,
    body: updateLineBody,
    handle: ({ db, user, actor, lang, params, body }) => lifecycle.updateLine(db, user, actor, lang, params.id, params.lineId, body),
  }),
  route({
    method: 'post',
    path: '/purchase-plans/:id/sources/:sourceId',
    allow: PLAN_KEEPER_ROLES,
    response: PurchasePlan,
    summary: 'Include, cut or defer a request line (cut and defer with the reason its requester sees); an approved plan returns to draft',
    params: sourceParams,
    body: decideSourceBody,
    handle: ({ db, user, actor, lang, params, body }) => lifecycle.decideSource(db, user, actor, lang, params.id, params.sourceId, body),
  }),
  route({
    method: 'post',
    path: '/purchase-plans/:id/sources/:sourceId/map',
    allow: PLAN_KEEPER_ROLES,
    response: PurchasePlan,
    summary: "Map a free-text request line to a catalogue item of the plan's buying unit; it joins that item's line",
    params: sourceParams,
    body: mapSourceBody,
    handle: ({ db, user, actor, lang, params, body }) => lifecycle.mapSource(db, user, actor, lang, params.id, params.sourceId, body),
  }),
  route({
    method: 'post',
    path: '/purchase-plans/:id/refresh',
    allow: PLAN_KEEPER_ROLES,
    response: PurchasePlan,
    summary: 'Consolidate again: requests approved since, new mappings and current stock; decisions already made are kept',
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => lifecycle.refreshPlan(db, user, actor, lang, params.id, body.version),
  }),
  route({
    method: 'post',
    path: '/purchase-plans/:id/submit',
    allow: PLAN_KEEPER_ROLES,
    response: PurchasePlan,
    summary: 'Send the plan to company leadership (approvals: purchase_plan); refused while lines are unmapped or late lines undecided',
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => lifecycle.submitPlan(db, user, actor, lang, params.id, body.version),
  }),
  ...(['pdf', 'xlsx'] as const).map((kind) =>
    route({
      method: 'get',
      path: `/purchase-plans/:id/${kind}`,
      allow: PLAN_READER_ROLES,
      response: 'file',
      summary: `The plan as ${kind === 'pdf' ? 'a print-ready A4 PDF in Chinese with the approval chain' : 'an XLSX workbook'} (attachment)`,
      params: idParam,
      handle: ({ db, res, user, lang, params }) => downloadPlan(db, res, user, lang, params.id, kind),
    }),
  ),
];
