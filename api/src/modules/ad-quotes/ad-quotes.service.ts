import type { Knex } from 'knex';
import { effectiveQuoteStatus, explainZhe, formatSharePercent, quoteActionsFor } from '@portal/domain';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { grantsOf } from '../users/users.service';
import * as repo from './ad-quotes.repo';
import { decide, decisionView, linePricing } from './ad-quotes.pricing';
import { placeWithGrants, scopeOf, visibleQuote } from './ad-quotes.scope';
import type { BrowseQuotes } from './ad-quotes.schema';
import { DOCUMENT_TYPE, today } from './ad-quotes.today';
import { unitRef } from '../units/units.refs';

/**
 * Ad quotes: reading is here; who sees and quotes (ad-quotes.scope), pricing and the
 * live preview (ad-quotes.pricing) and the quote's life from draft to accepted
 * (ad-quotes.lifecycle) have their own files, re-exported for the routes and the engine.
 */
export { DOCUMENT_TYPE, today } from './ad-quotes.today';
export { previewQuote } from './ad-quotes.pricing';
export { scopeOf } from './ad-quotes.scope';
export { chainOf, createQuote, describeQuote, moveQuote, onDecision, submitQuote, updateQuote } from './ad-quotes.lifecycle';

function toListed(r: repo.QuoteRow, lang: Lang, day: string) {
  return {
    id: r.id,
    number: r.number,
    unit: unitRef(r, lang),
    customer: { id: r.customer_id, name: r.customer_name },
    status: effectiveQuoteStatus(r.status, r.valid_until, day),
    listFen: r.list_fen,
    netFen: r.net_fen,
    paidShareBp: r.paid_share_bp,
    validUntil: r.valid_until,
    createdBy: r.created_by === null ? null : { id: r.created_by, name: r.created_by_name ?? '' },
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function browseQuotes(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseQuotes) {
  const day = today();
  const scope = await scopeOf(db, viewer.roles);
  const { items, total } = await repo.listQuotes(db, { ...f, scope, today: day });
  return { items: items.map((r) => toListed(r, lang, day)), total };
}


export async function readQuote(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  const day = today();
  const row = await visibleQuote(db, viewer, id);
  const [lines, approval] = await Promise.all([repo.linesOf(db, id), approvals.approvalOf(db, DOCUMENT_TYPE, id)]);
  const { place, roles } = await placeWithGrants(db, row.unit_id, viewer.roles);
  // The viewer's own decision when they quote for this unit; otherwise as it stands for whoever submitted or made it.
  let decisionRoles = roles;
  if (roles.length === 0) {
    const by = row.submitted_by ?? row.created_by;
    if (by !== null) decisionRoles = (await placeWithGrants(db, row.unit_id, await grantsOf(db, by))).roles;
  }
  const decision = await decide(db, place!, decisionRoles, row.paid_share_bp);
  const status = effectiveQuoteStatus(row.status, row.valid_until, day);
  return {
    ...toListed(row, lang, day),
    bundleShareBp: row.bundle_share_bp,
    note: row.note,
    zhe: explainZhe(row.paid_share_bp, lang),
    percent: formatSharePercent(row.paid_share_bp),
    lines: lines.map((l) => ({
      id: l.id,
      position: l.position,
      slotCode: l.slot_code,
      slotName: l.slot_name,
      slotNameEn: l.slot_name_en,
      pricingUnit: l.pricing_unit,
      exclusive: l.exclusive,
      startsOn: l.starts_on,
      endsOn: l.ends_on,
      ...linePricing(l),
    })),
    // readable: whether this viewer may open the request (a branch marketer may not), so the page does not ask and get a 404.
    approval: approval ? { requestId: approval.id, status: approval.status, currentStep: approval.currentStep, readable: await approvals.mayReadRequest(db, viewer, approval.id) } : null,
    decision: decisionView(decision, place!, lang),
    actions: roles.length ? quoteActionsFor(status) : [],
  };
}

export type AdQuote = Awaited<ReturnType<typeof readQuote>>;
