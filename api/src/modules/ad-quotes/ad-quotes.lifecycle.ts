import type { Knex } from 'knex';
import {
  AD_QUOTE_ACTION_RESULT,
  AD_QUOTE_STATUS_LABELS,
  canDoQuoteAction,
  effectiveQuoteStatus,
  formatQuoteNumber,
  explainZhe,
  formatZhe,
  type AdQuoteAction,
  type AdQuoteStatus,
  type DiscountDecision,
  type PolicyStep,
  type StoredAdQuoteStatus,
} from '@portal/domain';
import { AppError, Conflict, Forbidden, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { lockSlots } from '../ad-slots/ad-slots.service';
import * as approvals from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import { customerRef } from '../customers/customers.service';
import { nextNumber } from '../numbering/numbering.service';
import { grantsOf } from '../users/users.service';
import * as repo from './ad-quotes.repo';
import { assertQuoteBounds } from './ad-quotes.bounds';
import { assertNoBlock, conflictsOf, decide, lineValues, priceLines, quoteTerms } from './ad-quotes.pricing';
import { placeWithGrants, quotingUnit, unitName, visibleQuote } from './ad-quotes.scope';
import type { QuoteInput, UpdateQuote } from './ad-quotes.schema';
import { readQuote, type AdQuote } from './ad-quotes.service';
import { DOCUMENT_TYPE, today } from './ad-quotes.today';

// A quote's life: drafted, changed, submitted for its discount, sent, accepted (booking its slots), declined or cancelled.

async function customerOrRefuse(trx: Knex, customerId: number) {
  const c = await customerRef(trx, customerId);
  if (!c) throw Invalid.field('customerId', 'adQuotes.unknownCustomer');
  if (!c.active) throw Invalid.field('customerId', 'adQuotes.customerInactive', { name: c.name });
  return c;
}

/** `maxFlightDays`: the app's AD_MAX_FLIGHT_DAYS (config), the longest flight a line may book. */
export async function createQuote(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: QuoteInput, maxFlightDays: number): Promise<AdQuote> {
  const day = today();
  if (input.validUntil < day) throw Invalid.field('validUntil', 'adQuotes.validUntilPast');
  assertQuoteBounds(input, day, { isNew: true, maxFlightDays });
  const id = await db.transaction(async (trx) => {
    const { unit } = (await quotingUnit(trx, viewer, input.unitId, lang)).place;
    await customerOrRefuse(trx, input.customerId);
    const { lines, totals } = await priceLines(trx, input.lines, input.bundleShareBp);
    assertNoBlock(await conflictsOf(trx, lines, null, day), lines);
    const month = day.slice(0, 7);
    const seq = await nextNumber(trx, { type: DOCUMENT_TYPE, unitId: unit.id, period: month });
    const id = await repo.insertQuote(trx, {
      number: formatQuoteNumber(unit.code, month, seq),
      unit_id: unit.id,
      status: 'draft',
      created_by: viewer.id,
      ...quoteTerms(input, totals),
    });
    await repo.replaceLines(trx, id, lines.map(lineValues));
    await audit(trx, actor, { action: 'ad_quote.create', entity: 'ad_quote', entityId: id, after: await snapshot(trx, id) });
    return id;
  });
  return readQuote(db, viewer, lang, id);
}

async function snapshot(trx: Knex, id: number) {
  return { quote: await repo.findQuote(trx, id), lines: await repo.linesOf(trx, id) };
}

function refuseNow(status: AdQuoteStatus, action: AdQuoteAction): AppError {
  if (status === 'pending_approval') return new Conflict('approvals.lockedPending');
  return new Conflict('adQuotes.notAllowedNow', { status: AD_QUOTE_STATUS_LABELS[status], action: { zh: t(`adQuotes.action.${action}`, 'zh'), en: t(`adQuotes.action.${action}`, 'en') } });
}

/** Locks the quote and checks the version, the state and that this user quotes for its unit. */
async function forAction(trx: Knex, viewer: SessionUser, lang: Lang, id: number, version: number, action: AdQuoteAction) {
  const row = await visibleQuote(trx, viewer, id, { lock: true });
  const { place, roles } = await placeWithGrants(trx, row.unit_id, viewer.roles);
  if (roles.length === 0) throw new Forbidden('adQuotes.notYourUnit', { unit: unitName(place!.unit, lang) });
  if (row.version !== version) throw Conflict.stale();
  const status = effectiveQuoteStatus(row.status, row.valid_until, today());
  if (!canDoQuoteAction(status, action)) throw refuseNow(status, action);
  return { row, place: place!, roles };
}

/**
 * Saves changes. A quote waiting for approval is read-only; an approved or sent
 * one may change, but the approval covered the old terms, so it returns to draft.
 * Lines are priced again from the current card revision of their months.
 */
export async function updateQuote(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: UpdateQuote, maxFlightDays: number): Promise<AdQuote> {
  const day = today();
  await db.transaction(async (trx) => {
    const { row } = await forAction(trx, viewer, lang, id, input.version, 'edit');
    if (input.unitId !== row.unit_id) throw Invalid.field('unitId', 'adQuotes.unitFixed');
    if (input.validUntil < day) throw Invalid.field('validUntil', 'adQuotes.validUntilPast');
    assertQuoteBounds(input, day, { isNew: false, maxFlightDays });
    if (input.customerId !== row.customer_id) await customerOrRefuse(trx, input.customerId);
    const before = await snapshot(trx, id);
    const { lines, totals } = await priceLines(trx, input.lines, input.bundleShareBp);
    assertNoBlock(await conflictsOf(trx, lines, id, day), lines);
    const ok = await repo.updateQuote(trx, id, input.version, {
      status: 'draft',
      ...quoteTerms(input, totals),
      updated_by: viewer.id,
    });
    if (!ok) throw Conflict.stale();
    await repo.replaceLines(trx, id, lines.map(lineValues));
    const action = row.status === 'draft' ? 'ad_quote.update' : 'ad_quote.reopen';
    await audit(trx, actor, { action, entity: 'ad_quote', entityId: id, before, after: await snapshot(trx, id) });
  });
  return readQuote(db, viewer, lang, id);
}

/**
 * Submits a draft. Within the submitter's own authority it is approved at once;
 * deeper, the approvals engine takes it through the chain decideDiscount names
 * (describe() below); below the floor it is refused, naming the floor.
 */
export async function submitQuote(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<AdQuote> {
  await db.transaction(async (trx) => {
    const { row, place, roles } = await forAction(trx, viewer, lang, id, version, 'submit');
    if (row.valid_until < today()) throw Invalid.field('validUntil', 'adQuotes.validUntilPast');
    const decision = await decide(trx, place, roles, row.paid_share_bp);
    if (decision.outcome === 'refused') {
      throw Invalid.field('bundleShareBp', 'adQuotes.belowFloor', { floor: explainZhe(decision.floorBp, lang), share: explainZhe(row.paid_share_bp, lang) });
    }
    if (decision.outcome === 'not_allowed') throw new Forbidden('adQuotes.notYourUnit', { unit: unitName(place.unit, lang) });
    const lines = await repo.linesOf(trx, id);
    if (lines.length === 0) throw Invalid.field('lines', 'adQuotes.noLines');
    if (!(await repo.updateQuote(trx, id, version, { submitted_by: viewer.id, updated_by: viewer.id }))) throw Conflict.stale();
    const request = await approvals.submit(trx, actor, DOCUMENT_TYPE, id);
    if (request.status === 'pending') await setStatus(trx, id, 'pending_approval');
    await audit(trx, actor, {
      action: 'ad_quote.submit',
      entity: 'ad_quote',
      entityId: id,
      before: { status: row.status },
      after: { status: request.status === 'pending' ? 'pending_approval' : 'approved', paidShareBp: row.paid_share_bp, decision, requestId: request.id },
    });
  });
  return readQuote(db, viewer, lang, id);
}

async function setStatus(trx: Knex, id: number, status: StoredAdQuoteStatus): Promise<{ before: StoredAdQuoteStatus }> {
  const row = (await repo.findQuote(trx, id, { lock: true }))!;
  if (!(await repo.updateQuote(trx, id, row.version, { status }))) throw Conflict.stale();
  return { before: row.status };
}

const EXCLUSION_VIOLATION = '23P01';
/**
 * Send, accept, decline or cancel. Accepting books the exclusive slots in this
 * transaction; the exclusion constraint on bookings is what stops two accepted
 * quotes holding one slot on the same day, however the requests interleave.
 */
export async function moveQuote(
  db: Knex,
  viewer: SessionUser,
  actor: Actor,
  lang: Lang,
  id: number,
  version: number,
  action: 'send' | 'accept' | 'decline' | 'cancel',
): Promise<AdQuote> {
  await db.transaction(async (trx) => {
    const { row } = await forAction(trx, viewer, lang, id, version, action);
    if (action === 'accept') {
      const lines = await repo.linesOf(trx, id);
      // Two accepts inserting overlapping bookings at the same instant can each wait on the
      // other's index entry, and PostgreSQL then cancels one as a deadlock instead of answering
      // "slot taken". Locking the slots first, always in id order, queues the second accept
      // behind the first; the exclusion constraint stays what guarantees no double booking.
      await lockSlots(trx, [...new Set(lines.filter((x) => x.exclusive).map((x) => x.slot_id))]);
      for (const l of lines.filter((x) => x.exclusive)) {
        try {
          // A savepoint, so the refused insert leaves the transaction usable to name the holder.
          await trx.transaction((sp) => repo.insertBooking(sp, { slotId: l.slot_id, quoteId: id, lineId: l.id, startsOn: l.starts_on, endsOn: l.ends_on }));
        } catch (err) {
          if ((err as { code?: string }).code !== EXCLUSION_VIOLATION) throw err;
          const holder = await repo.bookingHolder(trx, l.slot_id, l.starts_on, l.ends_on);
          const params = { slot: l.slot_name, startsOn: l.starts_on, endsOn: l.ends_on, number: holder?.number ?? '' };
          throw new Conflict('adQuotes.slotTaken', params, [{ path: `lines.${l.position - 1}.startsOn`, message: 'adQuotes.slotTaken', params }]);
        }
      }
    }
    const to = AD_QUOTE_ACTION_RESULT[action];
    if (!(await repo.updateQuote(trx, id, version, { status: to, updated_by: viewer.id }))) throw Conflict.stale();
    await audit(trx, actor, { action: `ad_quote.${action}`, entity: 'ad_quote', entityId: id, before: { status: row.status }, after: { status: to } });
  });
  return readQuote(db, viewer, lang, id);
}

// ---------------------------------------------------------------------------
// What the approvals engine asks of a quote

/** decideDiscount's steps as the engine's chain: the branch GM of the quote's branch, the HQ centre GM. */
export function chainOf(decision: DiscountDecision): PolicyStep[] {
  if (decision.outcome !== 'needs_approval') return [];
  return decision.steps.map((s) => ({
    role: s.role,
    unit: s.unit,
    origin: s.unit === 'branch' ? 'branch' : 'any',
    condition: { kind: 'always' },
  }));
}

export async function describeQuote(trx: Knex, id: number) {
  const row = (await repo.findQuote(trx, id))!;
  const submitter = row.submitted_by ?? row.created_by;
  const grants = submitter === null ? [] : await grantsOf(trx, submitter);
  const { place, roles } = await placeWithGrants(trx, row.unit_id, grants);
  const decision = await decide(trx, place!, roles, row.paid_share_bp);
  return {
    unitId: row.unit_id,
    title: `${row.number} ${row.customer_name} ${formatZhe(row.paid_share_bp)}`,
    amountFen: row.net_fen,
    paidShareBp: row.paid_share_bp,
    steps: chainOf(decision),
  };
}

/** The engine's verdict moves the quote: approved, or back to draft to be changed and submitted again. */
export function onDecision(status: StoredAdQuoteStatus, action: 'approved' | 'rejected' | 'returned' | 'withdrawn') {
  return async (trx: Knex, actor: Actor, id: number, detail: { requestId: number; comment: string | null }) => {
    const { before } = await setStatus(trx, id, status);
    await audit(trx, actor, { action: `ad_quote.${action}`, entity: 'ad_quote', entityId: id, before: { status: before }, after: { status, ...detail } });
  };
}
