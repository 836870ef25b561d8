import type { Knex } from 'knex';
import {
  AD_QUOTE_ACTION_RESULT,
  AD_QUOTE_STATUS_LABELS,
  adQuoterRoles,
  AD_READER_ROLES,
  calendarDay,
  canDoQuoteAction,
  decideDiscount,
  effectiveQuoteStatus,
  flightUnits,
  formatQuoteNumber,
  formatSharePercent,
  formatZhe,
  quoteActionsFor,
  quoteMonth,
  quoteTotals,
  type AdQuoteAction,
  type AdQuoteStatus,
  type DiscountDecision,
  type PolicyStep,
  type Role,
  type StoredAdQuoteStatus,
} from '@portal/domain';
import { AppError, Conflict, Forbidden, Invalid, NotFound, type FieldError } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { slotsByIds } from '../ad-slots/ad-slots.repo';
import { publishedPrices } from '../ad-rate-cards/ad-rate-cards.repo';
import { currentAuthority } from '../ad-discount-authority/ad-discount-authority.service';
import * as approvals from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import * as repo from './ad-quotes.repo';
import type { BrowseQuotes, LineInput, PreviewInput, QuoteInput, UpdateQuote } from './ad-quotes.schema';

export const DOCUMENT_TYPE = 'ad_quote';

/** Quotes run on the company's calendar day (China time), whatever the server's zone. */
export const today = () => calendarDay(new Date());

const name = (u: { name_zh: string; name_en: string }, lang: Lang) => (lang === 'zh' ? u.name_zh : u.name_en);

// ---------------------------------------------------------------------------
// Who sees and who quotes

type Grant = { role: Role; unitId: number };

/**
 * The units whose quotes these grants may read: every unit when any ad role is held
 * on the HQ side (e-commerce, the centre GM, finance, audit); otherwise only the
 * branches the roles are granted in. null means all.
 */
export async function scopeOf(db: Knex, grants: readonly Grant[]): Promise<repo.QuoteScope> {
  const relevant = grants.filter((g) => AD_READER_ROLES.includes(g.role));
  const placed = await repo.placeUnits(db, relevant.map((g) => g.unitId));
  const branches = new Set<number>();
  for (const g of relevant) {
    const p = placed.get(g.unitId);
    if (!p?.branch) return null;
    branches.add(p.branch.id);
  }
  return [...branches];
}

const visible = (scope: repo.QuoteScope, unitId: number) => scope === null || scope.includes(unitId);

/** The quoting roles these grants hold for a quote owned by the unit (the rule: domain adQuoterRoles). */
export function quoterRolesFor(grants: readonly Grant[], placed: Map<number, repo.PlacedUnit>, unit: repo.PlacedUnit): Role[] {
  return adQuoterRoles(
    grants.map((g) => {
      const at = placed.get(g.unitId);
      return { role: g.role, branchId: at ? (at.branch?.id ?? null) : undefined };
    }),
    unit,
  );
}

async function placeWithGrants(db: Knex, unitId: number, grants: readonly Grant[]) {
  const placed = await repo.placeUnits(db, [unitId, ...grants.map((g) => g.unitId)]);
  const unit = placed.get(unitId);
  return { unit, roles: unit ? quoterRolesFor(grants, placed, unit) : [] };
}

/** The quote's unit, which must be HQ or a branch, and the roles this user quotes for it with. */
async function quotingUnit(db: Knex, viewer: SessionUser, unitId: number, lang: Lang) {
  const { unit, roles } = await placeWithGrants(db, unitId, viewer.roles);
  if (!unit || (unit.kind !== 'hq' && unit.kind !== 'branch')) throw Invalid.field('unitId', 'adQuotes.badUnit');
  if (roles.length === 0) throw new Forbidden('adQuotes.notYourUnit', { unit: name(unit, lang) });
  return { unit, roles };
}

// ---------------------------------------------------------------------------
// Pricing: list prices from the published card of the month each flight starts

interface PricedLine extends repo.LineValues {
  slotCode: string;
  slotName: string;
  exclusive: boolean;
}

/**
 * Prices lines as of now: the slot's pricing unit gives the units, the published
 * card of the flight's start month gives the unit price (its current revision),
 * quoteTotals the line and whole-quote nets (the bundle discount once).
 */
async function priceLines(db: Knex, lines: readonly LineInput[], bundleShareBp: number) {
  const slotIds = [...new Set(lines.map((l) => l.slotId))];
  const months = [...new Set(lines.map((l) => quoteMonth(l.startsOn)))];
  const [slots, prices] = await Promise.all([slotsByIds(db, slotIds), publishedPrices(db, months, slotIds)]);
  const cardOf = new Map<string, { card_id: number; revision: number }>();
  const priceOf = new Map<string, { card_id: number; revision: number; price_fen: number }>();
  for (const p of prices) {
    cardOf.set(p.month, { card_id: p.card_id, revision: p.revision });
    priceOf.set(`${p.month}/${p.slot_id}`, p);
  }
  const errors: FieldError[] = [];
  const partial = lines.map((l, i) => {
    const slot = slots.get(l.slotId);
    const month = quoteMonth(l.startsOn);
    if (!slot) {
      errors.push({ path: `lines.${i}.slotId`, message: 'adQuotes.unknownSlot' });
      return null;
    }
    if (!slot.active) {
      errors.push({ path: `lines.${i}.slotId`, message: 'adQuotes.slotInactive', params: { slot: slot.name } });
      return null;
    }
    const price = priceOf.get(`${month}/${slot.id}`);
    if (!price) {
      const card = cardOf.get(month);
      errors.push(
        card
          ? { path: `lines.${i}.slotId`, message: 'adQuotes.slotNotOnCard', params: { slot: slot.name, month, revision: card.revision } }
          : { path: `lines.${i}.startsOn`, message: 'adQuotes.noCard', params: { month } },
      );
      return null;
    }
    const units = flightUnits(l.startsOn, l.endsOn, slot.pricing_unit);
    return {
      slot_id: slot.id,
      starts_on: l.startsOn,
      ends_on: l.endsOn,
      units,
      card_id: price.card_id,
      card_revision: price.revision,
      unit_price_fen: price.price_fen,
      list_fen: price.price_fen * units,
      share_bp: l.shareBp,
      net_fen: 0,
      slotCode: slot.code,
      slotName: slot.name,
      exclusive: slot.exclusive,
    };
  });
  if (errors.length) throw new Invalid(errors);
  const priced = partial as PricedLine[];
  const totals = quoteTotals(priced.map((l) => ({ listFen: l.list_fen, shareBp: l.share_bp })), bundleShareBp);
  priced.forEach((l, i) => (l.net_fen = totals.lineNetFen[i]));
  return { lines: priced, totals };
}

/** Exclusive slots only: a booked (accepted) overlap blocks, an open quote's overlap warns. */
async function conflictsOf(db: Knex, lines: readonly PricedLine[], exceptQuoteId: number | null, day: string) {
  const exclusive = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.exclusive);
  const found = await repo.overlaps(
    db,
    exclusive.map(({ l }) => ({ slotId: l.slot_id, startsOn: l.starts_on, endsOn: l.ends_on })),
    exceptQuoteId,
    day,
  );
  return exclusive.flatMap(({ l, i }) =>
    found
      .filter((o) => o.slot_id === l.slot_id && o.starts_on <= l.ends_on && l.starts_on <= o.ends_on)
      .map((o) => ({
        lineIndex: i,
        quoteId: o.quote_id,
        quoteNumber: o.number,
        startsOn: o.starts_on,
        endsOn: o.ends_on,
        severity: o.booked ? ('block' as const) : ('warn' as const),
      })),
  );
}

type Conflicts = Awaited<ReturnType<typeof conflictsOf>>;

function assertNoBlock(conflicts: Conflicts, lines: readonly PricedLine[]) {
  const block = conflicts.find((c) => c.severity === 'block');
  if (!block) return;
  const l = lines[block.lineIndex];
  const params = { slot: l.slotName, startsOn: block.startsOn, endsOn: block.endsOn, number: block.quoteNumber };
  throw new Conflict('adQuotes.slotTaken', params, [{ path: `lines.${block.lineIndex}.startsOn`, message: 'adQuotes.slotTaken', params }]);
}

/** decideDiscount with the admin's authority table, its steps named with the units they fall to. */
function decisionView(d: DiscountDecision, unit: repo.PlacedUnit, lang: Lang) {
  return {
    outcome: d.outcome,
    steps: d.steps.map((s) => ({
      role: s.role,
      unit: s.unit,
      unitName: s.unit === 'branch' && unit.branch ? name(unit.branch, lang) : name(unit.root, lang),
    })),
    ...(d.outcome === 'refused' ? { floorBp: d.floorBp } : {}),
  };
}

type Authority = Awaited<ReturnType<typeof currentAuthority>>;

async function decide(db: Knex, unit: repo.PlacedUnit, roles: readonly Role[], paidShareBp: number, known?: Authority) {
  const { authority, floorBp } = known ?? (await currentAuthority(db));
  return decideDiscount({ scope: unit.kind === 'branch' ? 'branch' : 'hq', paidShareBp, quoterRoles: roles, authority, floorBp });
}

/** Totals, paid share, who must approve and conflicts for the form, live; writes nothing. */
export async function previewQuote(db: Knex, viewer: SessionUser, lang: Lang, input: PreviewInput) {
  const day = today();
  if (input.quoteId) {
    const q = await repo.findQuote(db, input.quoteId);
    if (!q || !visible(await scopeOf(db, viewer.roles), q.unit_id)) throw new NotFound();
  }
  // Independent reads side by side: the form calls this on every keystroke.
  const [{ unit, roles }, { lines, totals }, authority] = await Promise.all([
    quotingUnit(db, viewer, input.unitId, lang),
    priceLines(db, input.lines, input.bundleShareBp),
    currentAuthority(db),
  ]);
  const [decision, conflicts] = await Promise.all([decide(db, unit, roles, totals.paidShareBp, authority), conflictsOf(db, lines, input.quoteId ?? null, day)]);
  return {
    lines: lines.map((l) => ({
      slotId: l.slot_id,
      units: l.units,
      cardId: l.card_id,
      cardRevision: l.card_revision,
      unitPriceFen: l.unit_price_fen,
      listFen: l.list_fen,
      shareBp: l.share_bp,
      netFen: l.net_fen,
    })),
    listFen: totals.listFen,
    subtotalFen: totals.subtotalFen,
    netFen: totals.netFen,
    paidShareBp: totals.paidShareBp,
    zhe: formatZhe(totals.paidShareBp),
    percent: formatSharePercent(totals.paidShareBp),
    decision: decisionView(decision, unit, lang),
    conflicts,
  };
}

// ---------------------------------------------------------------------------
// Reading

function toListed(r: repo.QuoteRow, lang: Lang, day: string) {
  return {
    id: r.id,
    number: r.number,
    unit: { id: r.unit_id, name: lang === 'zh' ? r.unit_name_zh : r.unit_name_en, code: r.unit_code },
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

/** A quote this user may read; another branch's quote does not exist for them (404, so ids leak nothing). */
async function visibleQuote(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}) {
  const row = await repo.findQuote(db, id, opts);
  if (!row || !visible(await scopeOf(db, viewer.roles), row.unit_id)) throw new NotFound();
  return row;
}

export async function readQuote(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  const day = today();
  const row = await visibleQuote(db, viewer, id);
  const [lines, approval] = await Promise.all([repo.linesOf(db, id), approvals.approvalOf(db, DOCUMENT_TYPE, id)]);
  const { unit, roles } = await placeWithGrants(db, row.unit_id, viewer.roles);
  // The viewer's own decision when they quote for this unit; otherwise as it stands for whoever submitted or made it.
  let decisionRoles = roles;
  if (roles.length === 0) {
    const by = row.submitted_by ?? row.created_by;
    if (by !== null) decisionRoles = (await placeWithGrants(db, row.unit_id, await repo.grantsOf(db, by))).roles;
  }
  const decision = await decide(db, unit!, decisionRoles, row.paid_share_bp);
  const status = effectiveQuoteStatus(row.status, row.valid_until, day);
  return {
    ...toListed(row, lang, day),
    bundleShareBp: row.bundle_share_bp,
    note: row.note,
    zhe: formatZhe(row.paid_share_bp),
    percent: formatSharePercent(row.paid_share_bp),
    lines: lines.map((l) => ({
      id: l.id,
      position: l.position,
      slotId: l.slot_id,
      slotCode: l.slot_code,
      slotName: l.slot_name,
      pricingUnit: l.pricing_unit,
      exclusive: l.exclusive,
      startsOn: l.starts_on,
      endsOn: l.ends_on,
      units: l.units,
      cardId: l.card_id,
      cardRevision: l.card_revision,
      unitPriceFen: l.unit_price_fen,
      listFen: l.list_fen,
      shareBp: l.share_bp,
      netFen: l.net_fen,
    })),
    approval: approval ? { requestId: approval.id, status: approval.status, currentStep: approval.currentStep } : null,
    decision: decisionView(decision, unit!, lang),
    actions: roles.length ? quoteActionsFor(status) : [],
  };
}

export type AdQuote = Awaited<ReturnType<typeof readQuote>>;

// ---------------------------------------------------------------------------
// Writing

async function customerOrRefuse(trx: Knex, customerId: number) {
  const c = await repo.customerRef(trx, customerId);
  if (!c) throw Invalid.field('customerId', 'adQuotes.unknownCustomer');
  if (!c.active) throw Invalid.field('customerId', 'adQuotes.customerInactive', { name: c.name });
  return c;
}

export async function createQuote(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: QuoteInput): Promise<AdQuote> {
  const day = today();
  if (input.validUntil < day) throw Invalid.field('validUntil', 'adQuotes.validUntilPast');
  const id = await db.transaction(async (trx) => {
    const { unit } = await quotingUnit(trx, viewer, input.unitId, lang);
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
      customer_id: input.customerId,
      valid_until: input.validUntil,
      bundle_share_bp: input.bundleShareBp,
      list_fen: totals.listFen,
      net_fen: totals.netFen,
      paid_share_bp: totals.paidShareBp,
      note: input.note,
    });
    await repo.replaceLines(trx, id, lines.map(lineValues));
    await audit(trx, actor, { action: 'ad_quote.create', entity: 'ad_quote', entityId: id, after: await snapshot(trx, id) });
    return id;
  });
  return readQuote(db, viewer, lang, id);
}

const lineValues = ({ slotCode: _c, slotName: _n, exclusive: _e, ...v }: PricedLine): repo.LineValues => v;

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
  const { unit, roles } = await placeWithGrants(trx, row.unit_id, viewer.roles);
  if (roles.length === 0) throw new Forbidden('adQuotes.notYourUnit', { unit: name(unit!, lang) });
  if (row.version !== version) throw Conflict.stale();
  const status = effectiveQuoteStatus(row.status, row.valid_until, today());
  if (!canDoQuoteAction(status, action)) throw refuseNow(status, action);
  return { row, unit: unit!, roles };
}

/**
 * Saves changes. A quote waiting for approval is read-only; an approved or sent
 * one may change, but the approval covered the old terms, so it returns to draft.
 * Lines are priced again from the current card revision of their months.
 */
export async function updateQuote(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: UpdateQuote): Promise<AdQuote> {
  const day = today();
  await db.transaction(async (trx) => {
    const { row } = await forAction(trx, viewer, lang, id, input.version, 'edit');
    if (input.unitId !== row.unit_id) throw Invalid.field('unitId', 'adQuotes.unitFixed');
    if (input.validUntil < day) throw Invalid.field('validUntil', 'adQuotes.validUntilPast');
    if (input.customerId !== row.customer_id) await customerOrRefuse(trx, input.customerId);
    const before = await snapshot(trx, id);
    const { lines, totals } = await priceLines(trx, input.lines, input.bundleShareBp);
    assertNoBlock(await conflictsOf(trx, lines, id, day), lines);
    const ok = await repo.updateQuote(trx, id, input.version, {
      status: 'draft',
      customer_id: input.customerId,
      valid_until: input.validUntil,
      bundle_share_bp: input.bundleShareBp,
      list_fen: totals.listFen,
      net_fen: totals.netFen,
      paid_share_bp: totals.paidShareBp,
      note: input.note,
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
    const { row, unit, roles } = await forAction(trx, viewer, lang, id, version, 'submit');
    if (row.valid_until < today()) throw Invalid.field('validUntil', 'adQuotes.validUntilPast');
    const decision = await decide(trx, unit, roles, row.paid_share_bp);
    if (decision.outcome === 'refused') {
      throw Invalid.field('bundleShareBp', 'adQuotes.belowFloor', { floor: formatZhe(decision.floorBp), share: formatZhe(row.paid_share_bp) });
    }
    if (decision.outcome === 'not_allowed') throw new Forbidden('adQuotes.notYourUnit', { unit: name(unit, lang) });
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
      await repo.lockSlots(trx, [...new Set(lines.filter((x) => x.exclusive).map((x) => x.slot_id))]);
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
  const grants = submitter === null ? [] : await repo.grantsOf(trx, submitter);
  const { unit, roles } = await placeWithGrants(trx, row.unit_id, grants);
  const decision = await decide(trx, unit!, roles, row.paid_share_bp);
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
