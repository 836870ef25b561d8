import type { Knex } from 'knex';
import {
  addDays,
  calendarDay,
  canBuyFrom,
  DEFAULT_RECTIFY_DAYS,
  penaltyEventProblem,
  PLATFORM_LABELS,
  pointsAfter,
  SUPPLIER_STANDING_LABELS,
  SUSPEND_AT_POINTS,
  supplierStanding,
  TERMINATE_AT_POINTS,
  type PenaltyEvent,
  type Platform,
  type SupplierStanding,
} from '@portal/domain';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { auditedCreate, auditedUpdate, type AuditedRecord } from '../audit/audited';
import * as repo from './suppliers.repo';
import type { CreateSupplier, RecordViolation, UpdateSupplier } from './suppliers.schema';

export const today = () => calendarDay(new Date());

/** Reads other modules (prices) take from here rather than from the suppliers table. */
export { allSuppliers, supplierExists } from './suppliers.repo';

const toEvent = (v: repo.ViolationRow): PenaltyEvent => ({
  id: v.id,
  occurredOn: v.occurred_on,
  kind: v.kind,
  points: v.points,
  rectifyBy: v.rectify_by,
});

function toSupplier(r: repo.SupplierRow, events: PenaltyEvent[], day: string) {
  const standing = supplierStanding(events, day);
  return {
    id: r.id,
    platform: r.platform,
    shopName: r.shop_name,
    shopUrl: r.shop_url,
    contact: r.contact,
    note: r.note,
    active: r.active,
    version: r.version,
    updatedAt: r.updated_at,
    standing,
    /** The B2B company details an e-contract names (issue 15); null where not entered. */
    company: {
      legalName: r.legal_name,
      taxpayerId: r.taxpayer_id,
      address: r.registered_address,
      phone: r.phone,
      bankName: r.bank_name,
      bankAccount: r.bank_account,
    },
    /** May be chosen for new purchases: active and neither suspended nor terminated. */
    eligible: canBuyFrom(standing, r.active),
  };
}

export type Supplier = ReturnType<typeof toSupplier>;

async function withStanding(db: Knex, rows: repo.SupplierRow[], day: string): Promise<Supplier[]> {
  const events = await repo.violationsOf(db, rows.map((r) => r.id));
  const bySupplier = new Map<number, PenaltyEvent[]>();
  for (const v of events) {
    const list = bySupplier.get(v.supplier_id) ?? [];
    list.push(toEvent(v));
    bySupplier.set(v.supplier_id, list);
  }
  return rows.map((r) => toSupplier(r, bySupplier.get(r.id) ?? [], day));
}

const SORTERS: Record<string, (a: Supplier, b: Supplier) => number> = {
  platform: (a, b) => a.platform.localeCompare(b.platform) || a.shopName.localeCompare(b.shopName, 'zh'),
  shopName: (a, b) => a.shopName.localeCompare(b.shopName, 'zh'),
  points: (a, b) => a.standing.points - b.standing.points,
  updatedAt: (a, b) => new Date(a.updatedAt).getTime() - new Date(b.updatedAt).getTime(),
};

export async function browseSuppliers(
  db: Knex,
  f: {
    q?: string;
    platform?: Platform;
    active?: boolean;
    status?: SupplierStanding;
    eligible?: boolean;
    sort: { column: string; desc: boolean };
    page: number;
    pageSize: number;
  },
  day = today(),
) {
  let all = await withStanding(db, await repo.listSuppliers(db, f), day);
  if (f.status) all = all.filter((s) => s.standing.status === f.status);
  if (f.eligible !== undefined) all = all.filter((s) => s.eligible === f.eligible);
  const sorter = SORTERS[f.sort.column];
  all.sort((a, b) => (f.sort.desc ? -1 : 1) * sorter(a, b) || a.id - b.id);
  return { items: all.slice((f.page - 1) * f.pageSize, f.page * f.pageSize), total: all.length };
}

/** Suppliers by id with today's standing, for views that show them beside prices. */
export async function suppliersWithStanding(db: Knex, ids: number[], day = today()): Promise<Supplier[]> {
  if (ids.length === 0) return [];
  return withStanding(db, await repo.listSuppliers(db, { ids }), day);
}

export async function readSupplier(db: Knex, id: number, day = today()): Promise<Supplier> {
  const row = await repo.findSupplier(db, id);
  if (!row) throw new NotFound();
  return (await withStanding(db, [row], day))[0];
}

/**
 * For other modules (purchase plans, orders): the suppliers that may be chosen
 * for new purchases today. A suspended or terminated supplier never is.
 */
export async function eligibleSupplierIds(db: Knex, day = today()): Promise<number[]> {
  return (await eligibleSuppliers(db, day)).map((s) => s.id);
}

/** The same suppliers with their names, for a caller that shows where a price came from. */
export async function eligibleSuppliers(db: Knex, day = today()): Promise<Supplier[]> {
  const all = await withStanding(db, await repo.listSuppliers(db, { active: true }), day);
  return all.filter((s) => s.eligible);
}

/** Throws unless the supplier may be chosen for a new purchase; returns it when it may. */
export async function assertEligibleForPurchase(db: Knex, supplierId: number, lang: Lang, day = today()): Promise<Supplier> {
  const s = await readSupplier(db, supplierId, day);
  if (!s.eligible) {
    const status = s.active ? SUPPLIER_STANDING_LABELS[s.standing.status][lang] : t('suppliers.inactive', lang);
    throw new Conflict('suppliers.notEligible', { shop: s.shopName, status });
  }
  return s;
}

const SUPPLIER: AuditedRecord<Supplier> = { entity: 'supplier', read: (trx, id) => readSupplier(trx, id) };

/** The form's fields as the suppliers table names them; on an update, those not sent stay undefined (unchanged). */
type SupplierValues = Parameters<typeof repo.insertSupplier>[1];
function supplierValues(input: CreateSupplier): SupplierValues;
function supplierValues(input: UpdateSupplier): Partial<SupplierValues>;
function supplierValues(input: Partial<CreateSupplier>): Partial<SupplierValues> {
  const c = input.company;
  return {
    platform: input.platform,
    shop_name: input.shopName,
    shop_url: input.shopUrl,
    contact: input.contact,
    note: input.note,
    ...(c && {
      legal_name: c.legalName,
      taxpayer_id: c.taxpayerId,
      registered_address: c.address,
      phone: c.phone,
      bank_name: c.bankName,
      bank_account: c.bankAccount,
    }),
  };
}

export async function createSupplier(db: Knex, actor: Actor, lang: Lang, input: CreateSupplier): Promise<Supplier> {
  return db.transaction(async (trx) => {
    if (await repo.shopTaken(trx, input.platform, input.shopName)) {
      throw Invalid.field('shopName', 'suppliers.shopTaken', { shop: input.shopName, platform: PLATFORM_LABELS[input.platform][lang] });
    }
    return auditedCreate(trx, actor, 'supplier.create', SUPPLIER, () => repo.insertSupplier(trx, supplierValues(input)));
  });
}

export async function updateSupplier(db: Knex, actor: Actor, lang: Lang, id: number, input: UpdateSupplier): Promise<Supplier> {
  const action = (before: Supplier) => (input.active === false && before.active ? 'supplier.deactivate' : 'supplier.update');
  return db.transaction((trx) =>
    auditedUpdate(trx, actor, SUPPLIER, { id, version: input.version, action }, async (before) => {
      const platform = input.platform ?? before.platform;
      const shopName = input.shopName ?? before.shopName;
      if ((input.platform || input.shopName) && (await repo.shopTaken(trx, platform, shopName, id))) {
        throw Invalid.field('shopName', 'suppliers.shopTaken', { shop: shopName, platform: PLATFORM_LABELS[platform][lang] });
      }
      return repo.updateSupplier(trx, id, input.version, { ...supplierValues(input), active: input.active });
    }),
  );
}

function toViolation(v: repo.ViolationRow) {
  return {
    id: v.id,
    kind: v.kind,
    points: v.points,
    reason: v.reason,
    occurredOn: v.occurred_on,
    rectifyBy: v.rectify_by,
    recordedBy: v.recorded_by_name,
    createdAt: v.created_at,
  };
}

export async function browseViolations(db: Knex, supplierId: number, day = today()) {
  const supplier = await readSupplier(db, supplierId, day);
  const rows = await repo.violationsOf(db, [supplierId]);
  return { items: rows.map(toViolation), total: rows.length, standing: supplier.standing, supplier };
}

/**
 * Records a violation or the outcome of a rectification. The standing is never
 * stored: it follows from the dated events (supplierStanding), so the yearly
 * reset needs no job. What is stored is the deadline a suspension comes with.
 */
export async function recordViolation(db: Knex, actor: Actor, supplierId: number, input: RecordViolation, day = today()) {
  return db.transaction(async (trx) => {
    const row = await repo.findSupplier(trx, supplierId, { lock: true });
    if (!row) throw new NotFound();
    const events = (await repo.violationsOf(trx, [supplierId])).map(toEvent);
    const standing = supplierStanding(events, day);
    const event: PenaltyEvent = { kind: input.kind, points: input.points, occurredOn: input.occurredOn ?? day };
    const problem = penaltyEventProblem(standing, event, day);
    if (problem) {
      const field = problem.startsWith('suppliers.points.') ? 'points' : problem === 'suppliers.eventInFuture' ? 'occurredOn' : 'kind';
      throw Invalid.field(field, problem, { rectifyBy: standing.rectifyBy });
    }
    if (input.rectifyBy && input.rectifyBy < event.occurredOn) throw Invalid.field('rectifyBy', 'suppliers.rectifyByBeforeEvent');
    const year = event.occurredOn.slice(0, 4);
    const before = pointsAfter(events, { ...event, kind: 'violation', points: 0 });
    const after = pointsAfter(events, event);
    // A deadline comes with every suspension: when a violation takes the year past 50, and when an
    // outcome leaves the supplier still suspended (it gets a fresh deadline). None once terminated.
    const suspends =
      after >= SUSPEND_AT_POINTS &&
      after < TERMINATE_AT_POINTS &&
      (event.kind === 'violation' ? before < SUSPEND_AT_POINTS || !standing.awaitingRectification : true);
    const rectifyBy = suspends ? (input.rectifyBy ?? addDays(event.occurredOn, DEFAULT_RECTIFY_DAYS)) : null;
    const id = await repo.insertViolation(trx, {
      supplier_id: supplierId,
      kind: event.kind,
      points: event.points,
      reason: input.reason,
      occurred_on: event.occurredOn,
      rectify_by: rectifyBy,
      recorded_by: actor.userId,
    });
    const supplier = await readSupplier(trx, supplierId, day);
    const created = (await repo.violationsOf(trx, [supplierId])).find((v) => v.id === id)!;
    await audit(trx, actor, {
      action: `supplier.${event.kind}`,
      entity: 'supplier',
      entityId: supplierId,
      before: { year, points: standing.points, status: standing.status },
      after: { event: toViolation(created), points: supplier.standing.points, status: supplier.standing.status },
    });
    return { event: toViolation(created), supplier };
  });
}
