import type { Knex } from 'knex';
import {
  deadlineProblem,
  hasAnyRole,
  INQUIRY_EDITOR_ROLES,
  INQUIRY_READ_ALL_ROLES,
  MAX_QUANTITY,
  MIN_QUOTE_WINDOW_MINUTES,
  quantityProblem,
} from '@portal/domain';
import { Conflict, Forbidden, Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { isSupplierContact } from '../../http/mount';
import { audit } from '../audit/audit.service';
import { readItem } from '../items/items.service';
import { notify } from '../notifications/notifications.service';
import { nextNumber } from '../numbering/numbering.service';
import { contactUserIds, suppliersWithContacts } from '../supplier-contacts/supplier-contacts.service';
import { suppliersWithStanding } from '../suppliers/suppliers.service';
import { grantsReach, inScopeOr404, placeOf, subtreeScope, type Scope } from '../units/units.scope';
import { receipts } from './inquiries.quotes.repo';
import * as repo from './inquiries.repo';
import type { BrowseInquiries, CreateInquiry } from './inquiries.schema';

export const INQUIRY_DOCUMENT = 'inquiry';

/** A moment as the suppliers read it in a notification: Beijing time, to the minute. */
const beijingTime = (at: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(at)) + ' (UTC+8)';

// ---------------------------------------------------------------------------
// Who sees which inquiries: the one scope service, and a supplier's own

/**
 * The reader's view: a supplier contact sees the inquiries its company was invited to (and only its
 * own part of them); a clerk or head sees its buying unit's; leaders, finance and audit read all.
 */
export interface Viewer {
  units: Scope;
  /** Non-null for a supplier contact: the only supplier it may see. */
  supplierId: number | null;
}

export async function viewerOf(db: Knex, user: SessionUser): Promise<Viewer> {
  if (isSupplierContact(user)) {
    // A contact with no supplier link sees nothing at all.
    return { units: null, supplierId: user.supplierId ?? -1 };
  }
  if (hasAnyRole(user.roles, INQUIRY_READ_ALL_ROLES)) return { units: null, supplierId: null };
  return { units: await subtreeScope(db, user.roles, ['purchasing_clerk', 'dept_head']), supplierId: null };
}

/** An inquiry the user may read (lock: for update), else 404 — for another supplier's too. */
export async function visibleInquiry(db: Knex, user: SessionUser, id: number, opts: { lock?: boolean } = {}) {
  const viewer = await viewerOf(db, user);
  const row = inScopeOr404(viewer.units, await repo.findInquiry(db, id, opts), (r) => r.unit_id);
  if (viewer.supplierId !== null) {
    const invited = await repo.invitedSuppliers(db, id);
    if (!invited.some((s) => s.supplier_id === viewer.supplierId)) throw new NotFound();
  }
  return { row, viewer };
}

function toSummary(r: repo.InquiryRow) {
  return {
    id: r.id,
    number: r.number,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitNameEn: r.unit_name_en,
    title: r.title,
    deliveryPlace: r.delivery_place,
    quoteDeadline: r.quote_deadline,
    status: r.status,
    /** The deadline has passed (by the database's clock): quotes are open and no more are taken. */
    quotesOpen: r.open,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function browseInquiries(db: Knex, user: SessionUser, f: BrowseInquiries) {
  const viewer = await viewerOf(db, user);
  const sort = f.sort as { column: 'createdAt' | 'quoteDeadline' | 'number'; desc: boolean };
  const { items, total } = await repo.listInquiries(db, { ...f, sort, units: viewer.units, supplierId: viewer.supplierId });
  return { items: items.map(toSummary), total };
}

const toLine = (l: repo.LineRow) => ({
  id: l.id,
  lineNo: l.line_no,
  itemId: l.item_id,
  description: l.description,
  spec: l.spec,
  quantity: Number(l.quantity),
  uom: l.uom,
  requiredOn: l.required_on,
});

/**
 * One inquiry. The buyer's side sees every invited supplier and whether (and when) it quoted, never
 * a price before the deadline; a supplier contact sees only its own company among the invited.
 */
export async function readInquiry(db: Knex, user: SessionUser, id: number) {
  const { row, viewer } = await visibleInquiry(db, user, id);
  const lines = (await repo.linesOf(db, id)).map(toLine);
  const invited = (await repo.invitedSuppliers(db, id)).filter((s) => viewer.supplierId === null || s.supplier_id === viewer.supplierId);
  const got = await receipts(db, id, viewer.supplierId);
  const suppliers = await suppliersWithStanding(db, invited.map((s) => s.supplier_id));
  return {
    ...toSummary(row),
    note: row.note,
    closedAt: row.closed_at,
    lines,
    suppliers: suppliers.map((s) => {
      const mine = got.filter((q) => q.supplier_id === s.id);
      return {
        supplierId: s.id,
        name: s.company.legalName ?? s.shopName,
        standing: s.standing,
        quoted: mine.length > 0,
        revisions: mine.length,
        lastQuotedAt: mine[0]?.submitted_at ?? null,
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Sending and closing

/** The clerk's buying unit: the one asked for if it keeps it, else its only one. */
async function buyingUnitOf(db: Knex, user: SessionUser, asked: number | undefined): Promise<number> {
  const clerkUnits = user.roles.filter((g) => INQUIRY_EDITOR_ROLES.includes(g.role)).map((g) => g.unitId);
  const unitId = asked ?? clerkUnits[0];
  if (unitId === undefined || !(await grantsReach(db, user.roles, INQUIRY_EDITOR_ROLES, unitId))) {
    throw Invalid.field('unitId', 'inquiries.notYourUnit');
  }
  return unitId;
}

/** Every invited supplier must be reachable (it has a contact) and open to new business. */
async function assertInvitable(db: Knex, supplierIds: readonly number[]) {
  const unique = [...new Set(supplierIds)];
  if (unique.length !== supplierIds.length) throw Invalid.field('supplierIds', 'inquiries.duplicateSupplier');
  const reachable = new Set(await suppliersWithContacts(db));
  const found = new Map((await suppliersWithStanding(db, unique)).map((s) => [s.id, s]));
  for (const [i, id] of supplierIds.entries()) {
    const s = found.get(id);
    if (!s) throw Invalid.field(`supplierIds.${i}`, 'inquiries.noSuchSupplier');
    if (!s.eligible) throw new Conflict('inquiries.supplierNotEligible', { shop: s.shopName }, [{ path: `supplierIds.${i}`, message: 'inquiries.supplierNotEligible', params: { shop: s.shopName } }]);
    if (!reachable.has(id)) throw Invalid.field(`supplierIds.${i}`, 'inquiries.supplierHasNoContact', { shop: s.shopName });
  }
}

async function linesFor(db: Knex, input: CreateInquiry) {
  const out: Omit<repo.LineRow, 'id' | 'inquiry_id'>[] = [];
  for (const [i, l] of input.lines.entries()) {
    let description = l.description;
    let uom = l.uom;
    if (l.itemId !== null) {
      const item = await readItem(db, l.itemId).catch((e) => {
        if (e instanceof NotFound) throw Invalid.field(`lines.${i}.itemId`, 'inquiries.noSuchItem');
        throw e;
      });
      description ||= item.name;
      uom ||= item.uom;
    }
    if (!description) throw Invalid.field(`lines.${i}.description`, 'inquiries.descriptionRequired');
    if (!uom) throw Invalid.field(`lines.${i}.uom`, 'inquiries.uomRequired');
    const qp = quantityProblem(uom, l.quantity);
    if (qp) throw Invalid.field(`lines.${i}.quantity`, `stock.${qp}`, { uom, max: MAX_QUANTITY });
    out.push({ line_no: i + 1, item_id: l.itemId, description, spec: l.spec, quantity: String(l.quantity), uom, required_on: l.requiredOn });
  }
  return out;
}

/** `windowSeconds`: the shortest time suppliers get to quote (config MIN_QUOTE_WINDOW_SECONDS). */
export async function createInquiry(db: Knex, actor: Actor, user: SessionUser, input: CreateInquiry, windowSeconds = MIN_QUOTE_WINDOW_MINUTES * 60) {
  const unitId = await buyingUnitOf(db, user, input.unitId);
  const lines = await linesFor(db, input);
  return db.transaction(async (trx) => {
    const { rows } = (await trx.raw('select now() as now')) as { rows: { now: Date }[] };
    if (deadlineProblem(input.quoteDeadline, rows[0].now, windowSeconds)) {
      throw Invalid.field('quoteDeadline', 'inquiries.deadlineTooSoon', { minutes: Math.ceil(windowSeconds / 60) });
    }
    await assertInvitable(trx, input.supplierIds);
    const period = String(new Date(rows[0].now).getFullYear());
    const seq = await nextNumber(trx as Knex.Transaction, { type: INQUIRY_DOCUMENT, unitId, period });
    const code = (await placeOf(trx, unitId))?.unit.code ?? String(unitId);
    const number = `XJ-${code}-${period}-${String(seq).padStart(4, '0')}`;
    const id = await repo.insertInquiry(trx, {
      number,
      unit_id: unitId,
      title: input.title,
      delivery_place: input.deliveryPlace,
      quote_deadline: input.quoteDeadline,
      note: input.note,
      created_by: actor.userId,
    });
    await repo.insertLines(trx, lines.map((l) => ({ ...l, inquiry_id: id })));
    await repo.insertSuppliers(trx, id, input.supplierIds);
    const contacts = await contactUserIds(trx, input.supplierIds);
    await notify(trx, contacts.map((c) => c.user_id), {
      kind: 'inquiry.invited',
      params: { number, title: input.title, deadline: beijingTime(input.quoteDeadline) },
      link: `/inquiries/${id}`,
    });
    const after = await readInquiry(trx, user, id);
    await audit(trx, actor, { action: 'inquiry.create', entity: 'inquiry', entityId: id, after });
    return after;
  });
}

/** The buying unit's clerk closes an inquiry: no more quotes, whatever the deadline. */
export async function closeInquiry(db: Knex, actor: Actor, user: SessionUser, id: number, version: number) {
  return db.transaction(async (trx) => {
    const { row } = await visibleInquiry(trx, user, id, { lock: true });
    if (!(await grantsReach(trx, user.roles, INQUIRY_EDITOR_ROLES, row.unit_id))) throw new Forbidden();
    if (row.status === 'closed') throw new Conflict('inquiries.alreadyClosed', { number: row.number });
    if (!(await repo.closeInquiry(trx, id, version))) throw Conflict.stale();
    const after = await readInquiry(trx, user, id);
    await audit(trx, actor, { action: 'inquiry.close', entity: 'inquiry', entityId: id, before: toSummary(row), after });
    return after;
  });
}
