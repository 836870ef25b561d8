import type { Knex } from 'knex';
import {
  agreeProblem,
  calendarDay,
  contractTotals,
  editProblem,
  hasAnyRole,
  NEGOTIATION_BUYER_ROLES,
  NEGOTIATION_READ_ALL_ROLES,
  NEGOTIATION_UNIT_READER_ROLES,
  negotiationState,
  PROBLEM_TYPES,
  pinsAfterEdit,
  quantityProblem,
  type NegotiationLineFigures,
  type NegotiationSide,
  type NegotiationTerms,
} from '@portal/domain';
import type { NegotiationDetail, NegotiationList, NegotiationVersions } from '@portal/domain/contracts';
import { pageOf } from '../../db/paging';
import { AppError, Conflict, Forbidden, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { nextNumber } from '../numbering/numbering.service';
import { contactUserIds } from '../supplier-contacts/supplier-contacts.service';
import { grantsReach, inScopeOr404, subtreeScope, type Scope } from '../units/units.scope';
import * as repo from './negotiations.repo';
import type { BrowseNegotiations, EditNegotiation, OpenNegotiation } from './negotiations.schema';
import { figuresOf, pinsOf, termsOf, toComment, toRow, toVersions } from './negotiations.views';

/** A rule of the business the request breaks: 422, naming the field. */
export function unprocessable(path: string, key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(422, 'unprocessable', key, params, [{ path, message: key, params }]);
}

// ---------------------------------------------------------------------------
// Who sees and acts (the one scope service; a supplier contact only its own company's)

/** Internal readers: the buying unit's clerk and head see its sheets; leaders, finance and audit every one. */
async function readScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  if (hasAnyRole(viewer.roles, NEGOTIATION_READ_ALL_ROLES)) return null;
  return subtreeScope(db, viewer.roles, NEGOTIATION_UNIT_READER_ROLES);
}

/** The side the viewer acts for on a record of `unitId` and `supplierId`, or null for a reader. */
export async function sideOf(db: Knex, viewer: SessionUser, r: { unit_id: number; supplier_id: number }): Promise<NegotiationSide | null> {
  if (viewer.supplierId != null) return viewer.supplierId === r.supplier_id ? 'supplier' : null;
  return (await grantsReach(db, viewer.roles, NEGOTIATION_BUYER_ROLES, r.unit_id)) ? 'buyer' : null;
}

/**
 * A record the viewer may read, or 404 (never 403: another supplier's sheet does not exist for a
 * contact). Shared with e-contracts, whose contracts follow the same rule.
 */
export async function visibleTo<T extends { unit_id: number; supplier_id: number }>(db: Knex, viewer: SessionUser, row: T | undefined): Promise<T> {
  if (!row) throw new NotFound();
  if (viewer.supplierId != null) {
    if (row.supplier_id !== viewer.supplierId) throw new NotFound();
    return row;
  }
  return inScopeOr404(await readScope(db, viewer), row, (r) => r.unit_id);
}

/** What a list may show the viewer: a unit scope for staff, one supplier for a contact. */
export async function listScope(db: Knex, viewer: SessionUser): Promise<{ unitIds: Scope; supplierId: number | null }> {
  if (viewer.supplierId != null) return { unitIds: null, supplierId: viewer.supplierId };
  return { unitIds: await readScope(db, viewer), supplierId: null };
}

async function visible(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.NegotiationRow> {
  return visibleTo(db, viewer, await repo.findNegotiation(db, id, opts));
}

// ---------------------------------------------------------------------------
// Reading

export async function browse(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseNegotiations): Promise<NegotiationList> {
  const scope = await listScope(db, viewer);
  const filtered = repo.filteredNegotiations(db, { ...scope, state: f.state, q: f.q });
  const { items, total } = await pageOf<repo.NegotiationRow>(filtered, f, (qb) => repo.negotiationRows(db, qb));
  const ids = items.map((r) => r.id);
  const totals = await repo.currentTotals(db, ids);
  const numbers = await repo.inquiryNumbers(db, items.map((r) => r.inquiry_id));
  const contracts = await repo.contractIdsOf(db, ids);
  return {
    items: items.map((r) => toRow(r, lang, { inquiryNumber: numbers.get(r.inquiry_id) ?? '', totalFen: totals.get(r.id) ?? 0, contractId: contracts.get(r.id) ?? null })),
    total,
  };
}

async function detailOf(db: Knex, viewer: SessionUser, lang: Lang, r: repo.NegotiationRow): Promise<NegotiationDetail> {
  const versions = await repo.versionsOf(db, r.id, r.current_version);
  const lines = await repo.linesOf(db, versions.map((v) => v.id));
  const shaped = toVersions(versions, lines);
  const current = shaped[shaped.length - 1];
  const comments = (await repo.commentsOf(db, r.id)).map(toComment);
  const numbers = await repo.inquiryNumbers(db, [r.inquiry_id]);
  const contractId = (await repo.contractIdsOf(db, [r.id])).get(r.id) ?? null;
  const mySide = await sideOf(db, viewer, r);
  const pins = pinsOf(r);
  const state = negotiationState(pins);
  return {
    ...toRow(r, lang, { inquiryNumber: numbers.get(r.inquiry_id) ?? '', totalFen: current.totalFen, contractId }),
    version: r.version,
    current,
    comments,
    mySide,
    can: {
      edit: mySide !== null && state !== 'both',
      agree: mySide !== null && agreeProblem(pins, mySide, r.current_version) === null,
      comment: mySide !== null,
      createContract: mySide === 'buyer' && state === 'both' && contractId === null,
    },
  };
}

export async function read(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<NegotiationDetail> {
  return detailOf(db, viewer, lang, await visible(db, viewer, id));
}

export async function versions(db: Knex, viewer: SessionUser, id: number): Promise<NegotiationVersions> {
  const r = await visible(db, viewer, id);
  const rows = await repo.versionsOf(db, r.id);
  return { items: toVersions(rows, await repo.linesOf(db, rows.map((v) => v.id))) };
}

/** The version both sides agreed, for the e-contract; undefined unless the sheet is 双方同意. */
export async function agreedVersion(db: Knex, id: number) {
  const r = await repo.findNegotiation(db, id);
  if (!r || negotiationState(pinsOf(r)) !== 'both') return undefined;
  const [v] = (await repo.versionsOf(db, id)).filter((x) => x.version_no === r.current_version);
  const lines = (await repo.linesOf(db, [v.id])).map(figuresOf);
  return { negotiation: r, versionNo: v.version_no, terms: termsOf(v), lines, totals: contractTotals(lines) };
}

/** The lines of one version with the catalogue item each names (null: free text): what a signed contract orders. */
export async function versionLines(db: Knex, negotiationId: number, versionNo: number) {
  const [v] = (await repo.versionsOf(db, negotiationId, versionNo)).filter((x) => x.version_no === versionNo);
  return v ? (await repo.linesOf(db, [v.id])).map((l) => ({ ...figuresOf(l), itemId: l.item_id })) : [];
}

export { findNegotiation } from './negotiations.repo';

// ---------------------------------------------------------------------------
// Writing

/** 409 for an edit or agreement on a version that is no longer current: the body carries the latest. */
async function staleWithLatest(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<AppError> {
  const latest = await read(db, viewer, lang, id);
  return new AppError(409, PROBLEM_TYPES.staleVersion, 'negotiations.staleVersion', { version: latest.currentVersion }, [], { latest });
}

class StaleVersion extends Error {}

async function withLatestOnStale<T>(db: Knex, viewer: SessionUser, lang: Lang, id: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const lostRace = e instanceof StaleVersion || (e as { constraint?: string }).constraint === 'negotiation_versions_one_per_number';
    if (lostRace) throw await staleWithLatest(db, viewer, lang, id);
    throw e;
  }
}

/**
 * Tells the other side what `side` did: the supplier's contacts, or the clerk who opened the
 * sheet. In the action's transaction, so a refused action tells nobody.
 */
export async function tellOtherSide(
  trx: Knex,
  r: { supplier_id: number; created_by: number | null },
  side: NegotiationSide,
  kind: string,
  params: Record<string, unknown>,
  link: string,
): Promise<void> {
  const to = side === 'buyer' ? (await contactUserIds(trx, [r.supplier_id])).map((c) => c.user_id) : r.created_by === null ? [] : [r.created_by];
  if (to.length) await notify(trx, to, { kind, params, link });
}

async function actingSide(db: Knex, viewer: SessionUser, r: repo.NegotiationRow): Promise<NegotiationSide> {
  const side = await sideOf(db, viewer, r);
  if (!side) throw new Forbidden('negotiations.notAParty');
  return side;
}

function checkLines(lines: readonly NegotiationLineFigures[]): void {
  lines.forEach((l, i) => {
    const problem = quantityProblem(l.uom, l.quantity);
    if (problem) throw unprocessable(`lines.${i}.quantity`, `negotiations.quantity.${problem}`);
  });
}

export async function open(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: OpenNegotiation): Promise<NegotiationDetail> {
  const id = await db.transaction(async (trx) => {
    const offer = await repo.inquiryOffer(trx, input.inquiryId, input.supplierId);
    if (!offer) throw new NotFound();
    const scope = await readScope(trx, viewer);
    inScopeOr404(scope, offer.inquiry, (i) => i.unitId);
    if (!(await grantsReach(trx, viewer.roles, NEGOTIATION_BUYER_ROLES, offer.inquiry.unitId))) throw new Forbidden('negotiations.notAParty');
    if (!offer.inquiry.deadlinePassed) throw unprocessable('inquiryId', 'negotiations.beforeDeadline');
    if (!offer.lines.length) throw unprocessable('supplierId', 'negotiations.notQuoted');
    const wanted = input.inquiryLineIds ? new Set(input.inquiryLineIds) : null;
    const chosen = wanted ? offer.lines.filter((l) => wanted.has(l.inquiryLineId)) : offer.lines;
    if (wanted && chosen.length !== wanted.size) throw unprocessable('inquiryLineIds', 'negotiations.lineNotQuoted');
    const month = calendarDay(new Date()).slice(0, 7);
    const seq = await nextNumber(trx, { type: 'negotiation', unitId: offer.inquiry.unitId, period: month });
    const number = `QT-${offer.inquiry.unitCode}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
    const values = {
      number,
      inquiry_id: input.inquiryId,
      supplier_id: input.supplierId,
      unit_id: offer.inquiry.unitId,
      title: offer.inquiry.title,
      current_version: 1,
      created_by: viewer.id,
    };
    const newId = await repo.insertNegotiation(trx, values);
    const latestRequired = chosen.map((l) => l.requiredOn).sort().at(-1)!;
    const terms: NegotiationTerms = {
      qualityRequirements: input.qualityRequirements,
      inspectionMethod: input.inspectionMethod,
      deliveryPlace: input.deliveryPlace || offer.inquiry.deliveryPlace,
      deliveryDate: input.deliveryDate ?? latestRequired,
      paymentMethod: input.paymentMethod,
    };
    const lines = chosen.map((l, i) => ({
      line_no: i + 1,
      inquiry_line_id: l.inquiryLineId,
      item_id: l.itemId,
      name: l.name,
      spec: l.spec,
      uom: l.uom,
      quantity: l.quantity,
      unit_price_fen: l.unitPriceFen,
      tax_rate_bp: l.taxRateBp,
    }));
    await repo.insertVersion(trx, { negotiation_id: newId, version_no: 1, ...versionColumns(terms), note: '', side: 'buyer', author_id: viewer.id }, lines);
    await audit(trx, actor, { action: 'negotiation.open', entity: 'negotiation', entityId: newId, after: { ...values, terms, lines } });
    return newId;
  });
  return read(db, viewer, lang, id);
}

function versionColumns(t: NegotiationTerms) {
  return {
    quality_requirements: t.qualityRequirements,
    inspection_method: t.inspectionMethod,
    delivery_place: t.deliveryPlace,
    delivery_date: t.deliveryDate,
    payment_method: t.paymentMethod,
  };
}

/**
 * A new version from the whole of the edited terms and lines. The row is locked, so of two edits
 * of the same version the second waits and then finds the version gone: 409 with the latest.
 */
export async function edit(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: EditNegotiation): Promise<NegotiationDetail> {
  await withLatestOnStale(db, viewer, lang, id, () =>
    db.transaction(async (trx) => {
      const r = await visible(trx, viewer, id, { lock: true });
      const side = await actingSide(trx, viewer, r);
      const problem = editProblem(pinsOf(r), input.baseVersion);
      if (problem === 'closed') throw new Conflict('negotiations.closed');
      if (problem === 'staleVersion') throw new StaleVersion();
      const [current] = (await repo.versionsOf(trx, id)).filter((v) => v.version_no === r.current_version);
      const currentLines = await repo.linesOf(trx, [current.id]);
      const byNo = new Map(currentLines.map((l) => [l.line_no, l]));
      const seen = new Set<number>();
      const lines = input.lines.map((l, i) => {
        const base = byNo.get(l.lineNo);
        if (!base) throw unprocessable(`lines.${i}.lineNo`, 'negotiations.unknownLine', { lineNo: l.lineNo });
        if (seen.has(l.lineNo)) throw unprocessable(`lines.${i}.lineNo`, 'negotiations.duplicateLine', { lineNo: l.lineNo });
        seen.add(l.lineNo);
        return {
          line_no: base.line_no,
          inquiry_line_id: base.inquiry_line_id,
          item_id: base.item_id,
          name: base.name,
          spec: base.spec,
          uom: base.uom,
          quantity: l.quantity,
          unit_price_fen: l.unitPriceFen,
          tax_rate_bp: l.taxRateBp,
        };
      });
      checkLines(lines.map((l) => figuresOf({ ...l, version_id: 0 })));
      const terms: NegotiationTerms = {
        qualityRequirements: input.qualityRequirements,
        inspectionMethod: input.inspectionMethod,
        deliveryPlace: input.deliveryPlace,
        deliveryDate: input.deliveryDate,
        paymentMethod: input.paymentMethod,
      };
      const versionNo = r.current_version + 1;
      await repo.insertVersion(
        trx,
        { negotiation_id: id, version_no: versionNo, ...versionColumns(terms), note: input.note, side, author_id: viewer.id },
        lines,
      );
      const pins = pinsAfterEdit(pinsOf(r), side, versionNo);
      const patch = { current_version: pins.currentVersion, buyer_agreed_version: pins.buyerAgreedVersion, supplier_agreed_version: pins.supplierAgreedVersion };
      if (!(await repo.updateNegotiation(trx, id, r.version, patch))) throw new StaleVersion();
      await tellOtherSide(trx, r, side, 'negotiation.edited', { number: r.number, version: versionNo }, `/negotiations/${id}`);
      await audit(trx, actor, { action: 'negotiation.edit', entity: 'negotiation', entityId: id, before: pinsOf(r), after: { ...patch, side, terms, lines } });
    }),
  );
  return read(db, viewer, lang, id);
}

/** Pins the version the caller's side agrees to: it must be the one on the table now. */
export async function agree(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, versionNo: number): Promise<NegotiationDetail> {
  await withLatestOnStale(db, viewer, lang, id, () =>
    db.transaction(async (trx) => {
      const r = await visible(trx, viewer, id, { lock: true });
      const side = await actingSide(trx, viewer, r);
      const problem = agreeProblem(pinsOf(r), side, versionNo);
      if (problem === 'staleVersion') throw new StaleVersion();
      if (problem === 'closed') throw new Conflict('negotiations.closed');
      if (problem === 'alreadyAgreed') throw new Conflict('negotiations.alreadyAgreed');
      const patch = side === 'buyer' ? { buyer_agreed_version: versionNo } : { supplier_agreed_version: versionNo };
      if (!(await repo.updateNegotiation(trx, id, r.version, patch))) throw new StaleVersion();
      await tellOtherSide(trx, r, side, 'negotiation.agreed', { number: r.number, version: versionNo }, `/negotiations/${id}`);
      await audit(trx, actor, { action: 'negotiation.agree', entity: 'negotiation', entityId: id, before: pinsOf(r), after: { side, versionNo } });
    }),
  );
  return read(db, viewer, lang, id);
}

export async function comment(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, body: string): Promise<NegotiationDetail> {
  await db.transaction(async (trx) => {
    const r = await visible(trx, viewer, id);
    const side = await actingSide(trx, viewer, r);
    const commentId = await repo.insertComment(trx, { negotiation_id: id, version_no: r.current_version, side, author_id: viewer.id, body });
    await tellOtherSide(trx, r, side, 'negotiation.commented', { number: r.number }, `/negotiations/${id}`);
    await audit(trx, actor, { action: 'negotiation.comment', entity: 'negotiation', entityId: id, after: { commentId, side, body } });
  });
  return read(db, viewer, lang, id);
}
