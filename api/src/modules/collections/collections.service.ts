import type { Knex } from 'knex';
import { allocateCollection, calendarDay, COLLECTION_READER_ROLES, formatFen, REVENUE_ACCOUNTS } from '@portal/domain';
import type { AdCollection, AdCollectionList, OpenInstalments } from '@portal/domain/contracts';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { postEntry, reverseEntry, type PostLine } from '../journal/journal.service';
import { nextNumber } from '../numbering/numbering.service';
import { inScopeOr404, loadUnitTree, type Scope } from '../units/units.scope';
import * as repo from './collections.repo';
import type { BrowseCollections, CollectionInput } from './collections.schema';

/**
 * 收款 (issue 14 §4): money from a customer settles its agreements' instalments, oldest due
 * first or as finance allocates it; whatever is more than owed is held in 预收账款 (2203) until
 * the next month-end applies it to the new receivable. Each collection posts one entry:
 * Dr 1002 amount / Cr 1122 allocated / Cr 2203 excess, with the customer and unit on every line.
 */

/**
 * The units whose collections a user sees: null for finance, leadership, audit and HQ staff
 * (a grant at head office reads every branch), otherwise their branch and the units under it.
 */
export async function collectionScope(db: Knex, user: SessionUser): Promise<Scope> {
  const tree = await loadUnitTree(db);
  const branches = tree.placeScope(user.roles, COLLECTION_READER_ROLES);
  if (branches === null) return null;
  return branches.flatMap((b) => tree.subtree(b).map((u) => u.id));
}

const money = (fen: number) => formatFen(fen);

function toCollection(r: repo.CollectionRow, numbers: Map<number, string>, allocations: repo.AllocationRow[]): AdCollection {
  return {
    id: r.id,
    number: r.number,
    customer: { id: r.customer_id, name: r.customer_name, nameEn: null },
    unit: { id: r.unit_id, name: r.unit_zh, nameEn: r.unit_en },
    receivedOn: r.received_on,
    amountFen: r.amount_fen,
    method: r.method,
    bankRef: r.bank_ref,
    allocatedFen: r.amount_fen - r.advance_fen,
    advanceFen: r.advance_fen,
    entry: { id: r.entry_id, number: numbers.get(r.entry_id) ?? '' },
    allocations: allocations.map((a) => ({
      instalmentId: a.instalment_id,
      agreementId: a.agreement_id,
      agreementNumber: a.agreement_number,
      seq: a.seq,
      dueOn: a.due_on,
      amountFen: a.amount_fen,
    })),
    reversal:
      r.reversal_entry_id === null
        ? null
        : {
            entryId: r.reversal_entry_id,
            entryNumber: numbers.get(r.reversal_entry_id) ?? '',
            reason: r.reversal_reason ?? '',
            at: new Date(r.reversed_at!).toISOString(),
            by: r.reversed_by === null ? null : { id: r.reversed_by, name: r.reversed_by_name ?? '' },
          },
    recordedBy: r.recorded_by === null ? null : { id: r.recorded_by, name: r.recorded_by_name ?? '' },
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}

async function numbersFor(db: Knex, rows: repo.CollectionRow[]): Promise<Map<number, string>> {
  return repo.entryNumbers(
    db,
    rows.flatMap((r) => (r.reversal_entry_id === null ? [r.entry_id] : [r.entry_id, r.reversal_entry_id])),
  );
}

export async function browseCollections(db: Knex, user: SessionUser, f: BrowseCollections): Promise<AdCollectionList> {
  const units = await collectionScope(db, user);
  const { items, total } = await repo.listCollections(db, { ...f, units });
  const numbers = await numbersFor(db, items);
  return {
    items: items.map((r) => {
      const { allocations: _, ...rest } = toCollection(r, numbers, []);
      return rest;
    }),
    total,
  };
}

/** One collection with its allocations; another branch's is 404. */
export async function readCollection(db: Knex, user: SessionUser, id: number): Promise<AdCollection> {
  const units = await collectionScope(db, user);
  const row = inScopeOr404(units, await repo.findCollection(db, id), (r) => r.unit_id);
  return toCollection(row, await numbersFor(db, [row]), await repo.allocationsOf(db, [id]));
}

/** What the customer still owes a unit, instalment by instalment, and the advance it holds there. */
export async function openInstalments(db: Knex, user: SessionUser, customerId: number, unitId?: number): Promise<OpenInstalments> {
  const units = await collectionScope(db, user);
  if (unitId !== undefined && units !== null && !units.includes(unitId)) throw new NotFound();
  const rows = await repo.openInstalments(db, customerId, { units, unitId });
  return {
    items: rows.map((r) => ({
      id: r.id,
      agreementId: r.agreement_id,
      agreementNumber: r.agreement_number,
      unitId: r.unit_id,
      seq: r.seq,
      dueOn: r.due_on,
      method: r.method,
      amountFen: r.amount_fen,
      collectedFen: r.collected_fen,
      owedFen: r.amount_fen - r.collected_fen,
    })),
    advanceFen: (await repo.unappliedAdvances(db, { customerId, unitId })).reduce((a, r) => a + r.balance, 0),
  };
}

/** The receiving unit (an agreement's signing unit: HQ 电子商务部 or a branch) must exist and be the writer's to see. */
async function receivingUnit(trx: Knex, unitId: number, scope: Scope): Promise<void> {
  if (!(await loadUnitTree(trx)).get(unitId)) throw Invalid.field('unitId', 'collections.unknownUnit');
  if (scope !== null && !scope.includes(unitId)) throw new NotFound();
}

/**
 * Takes the receivable locks of these customers, in id order (so two holders of several never
 * deadlock), for a writer outside this module that uses their advances: the month-end run. Take
 * them before posting anything, as recordCollection does.
 */
export async function lockCustomerLedgers(trx: Knex, customerIds: Iterable<number>): Promise<void> {
  for (const id of [...new Set(customerIds)].sort((a, b) => a - b)) await repo.lockCustomerLedger(trx, id);
}

/** Advances (预收账款) customers still hold, per customer and unit: what month-end may apply. */
export async function advancesHeld(db: Knex): Promise<{ customerId: number; unitId: number; balanceFen: number }[]> {
  return (await repo.unappliedAdvances(db)).map((r) => ({ customerId: r.customer_id, unitId: r.unit_id, balanceFen: r.balance }));
}

/** Still owed on these agreements' instalments: the most an advance may settle of each. */
export async function owedByAgreement(db: Knex, agreementIds: readonly number[]): Promise<Map<number, number>> {
  return repo.owedByAgreement(db, agreementIds);
}

/**
 * Month-end's use of an advance, for the instalments: the customer's collections at the unit that
 * still hold an advance (oldest first) settle the agreement's open instalments (oldest due first),
 * so the schedule and the ageing see what the ledger's Dr 2203 / Cr 1122 did. Call under the
 * customer's lock (lockCustomerLedgers), in the transaction that posts the entry.
 */
export async function applyAdvance(trx: Knex, customerId: number, unitId: number, agreementId: number, amountFen: number): Promise<void> {
  const sources = await repo.collectionsWithAdvance(trx, customerId, unitId);
  const targets = (await repo.openInstalments(trx, customerId, { unitId })).filter((i) => i.agreement_id === agreementId);
  let left = amountFen;
  let s = 0;
  for (const t of targets) {
    let owed = t.amount_fen - t.collected_fen;
    while (left > 0 && owed > 0 && s < sources.length) {
      const take = Math.min(left, owed, sources[s].remaining);
      await repo.addAllocation(trx, sources[s].id, t.id, take);
      sources[s].remaining -= take;
      owed -= take;
      left -= take;
      if (sources[s].remaining === 0) s++;
    }
    if (left === 0) break;
  }
  // The caller capped the amount by what is owed and held; anything left is a bug, not a figure to post.
  if (left !== 0) throw new Error(`advance of customer ${customerId} could not settle ${left} fen of agreement ${agreementId}`);
}

/** Records a collection and posts its entry, all in one transaction; idempotent through the route's key. */
export async function recordCollection(db: Knex, actor: Actor, user: SessionUser, input: CollectionInput): Promise<AdCollection> {
  const today = calendarDay(new Date());
  if (input.receivedOn > today) throw Invalid.field('receivedOn', 'collections.inFuture', { today });
  const id = await db.transaction(async (trx) => {
    const scope = await collectionScope(trx, user);
    await receivingUnit(trx, input.unitId, scope);
    const customer = await repo.findCustomer(trx, input.customerId);
    if (!customer) throw Invalid.field('customerId', 'collections.unknownCustomer');
    // One writer of this customer's receivable at a time: two collections never both settle the same instalment.
    await repo.lockCustomerLedger(trx, customer.id);
    const open = await repo.openInstalments(trx, customer.id, { unitId: input.unitId });
    const result = allocateCollection(
      input.amountFen,
      open.map((o) => ({ id: o.id, dueOn: o.due_on, seq: o.seq, owedFen: o.amount_fen - o.collected_fen })),
      input.allocations,
    );
    if ('problem' in result) {
      const p = result.problem;
      if (p.kind === 'overAmount') throw Invalid.field('allocations', 'collections.overAmount', { allocated: money(p.allocatedFen) });
      const path = `allocations.${p.index}.${p.kind === 'overInstalment' || p.kind === 'notPositive' ? 'amountFen' : 'instalmentId'}`;
      const key = { unknownInstalment: 'collections.unknownInstalment', duplicate: 'collections.duplicateInstalment', overInstalment: 'collections.overInstalment', notPositive: 'collections.notPositive' }[p.kind];
      throw Invalid.field(path, key, p.kind === 'overInstalment' ? { owed: money(p.owedFen) } : {});
    }
    const byInstalment = new Map(open.map((o) => [o.id, o]));
    const period = input.receivedOn.slice(0, 7);
    const root = (await loadUnitTree(trx)).units.find((u) => u.parentId === null)!;
    // 收-2026-11-0001: one company-wide series per month of receipt, gap-free.
    const seq = await nextNumber(trx as Knex.Transaction, { type: 'collection', unitId: root.id, period });
    const number = `收-${period}-${String(seq).padStart(4, '0')}`;
    const collectionId = await repo.nextCollectionId(trx);
    const dims = { unitId: input.unitId, customerId: customer.id };
    const allocated = input.amountFen - result.advanceFen;
    // Cr 1122 per agreement, so the receivable by agreement falls with what was collected on it.
    const perAgreement = new Map<number, number>();
    for (const a of result.allocations) {
      const agreementId = byInstalment.get(a.instalmentId)!.agreement_id;
      perAgreement.set(agreementId, (perAgreement.get(agreementId) ?? 0) + a.amountFen);
    }
    const lines: PostLine[] = [
      { accountCode: REVENUE_ACCOUNTS.bank, debitFen: input.amountFen, ...dims, memo: input.bankRef },
      ...[...perAgreement].map(([agreementId, fen]) => ({ accountCode: REVENUE_ACCOUNTS.receivable, creditFen: fen, ...dims, agreementId })),
      ...(result.advanceFen > 0 ? [{ accountCode: REVENUE_ACCOUNTS.advance, creditFen: result.advanceFen, ...dims }] : []),
    ];
    const entry = await postEntry(
      trx,
      {
        entryDate: input.receivedOn,
        kind: 'collection',
        memo: `收款 ${number} ${customer.name}`,
        sourceType: 'collection',
        sourceId: collectionId,
        lines,
      },
      actor,
    );
    await repo.insertCollection(trx, {
      id: collectionId,
      number,
      customer_id: customer.id,
      unit_id: input.unitId,
      received_on: input.receivedOn,
      amount_fen: input.amountFen,
      method: input.method,
      bank_ref: input.bankRef,
      advance_fen: result.advanceFen,
      entry_id: entry.id,
      recorded_by: user.id,
    });
    await repo.insertAllocations(trx, collectionId, result.allocations);
    await audit(trx, actor, {
      action: 'collection.create',
      entity: 'collection',
      entityId: collectionId,
      after: { number, customerId: customer.id, unitId: input.unitId, amountFen: input.amountFen, allocatedFen: allocated, advanceFen: result.advanceFen, entry: entry.number, allocations: result.allocations },
    });
    return collectionId;
  });
  return readCollection(db, user, id);
}

/**
 * Reverses a collection (a bounced bill, a payment booked to the wrong customer): its entry is
 * reversed by the journal (dated today, in the open month), and its allocations stop counting.
 * Refused when month-end has already used the advance it left: reverse that recognition first.
 */
export async function reverseCollection(db: Knex, actor: Actor, user: SessionUser, id: number, reason: string): Promise<AdCollection> {
  await db.transaction(async (trx) => {
    const scope = await collectionScope(trx, user);
    const row = inScopeOr404(scope, await repo.findCollection(trx, id), (r) => r.unit_id);
    await repo.lockCustomerLedger(trx, row.customer_id);
    const locked = await repo.lockCollection(trx, id);
    if (!locked || locked.reversal_entry_id !== null) throw new Conflict('collections.alreadyReversed');
    if (row.advance_fen > 0) {
      const left = await repo.unappliedOf(trx, id);
      if (left < row.advance_fen) throw new Conflict('collections.advanceUsed', { advance: money(row.advance_fen), balance: money(Math.max(0, left)) });
    }
    const reversal = await reverseEntry(trx, row.entry_id, reason, actor);
    await repo.markReversed(trx, id, { reversal_entry_id: reversal.id, reversal_reason: reason, reversed_by: user.id });
    await audit(trx, actor, { action: 'collection.reverse', entity: 'collection', entityId: id, before: { number: row.number }, after: { reversal: reversal.number, reason } });
  });
  return readCollection(db, user, id);
}
