import type { Knex } from 'knex';
import { type RegisterQuery, registerPage } from '../../db/paging';
import { insertedId, updateAtVersion } from '../../db/rows';
import type { SlotView } from './ad-slots.reads.repo';

export interface SlotRow extends SlotView {
  version: number;
  updated_at: Date;
}

const SORT_COLUMNS: Record<string, string> = { code: 'code', name: 'name', page: 'page' };

export async function listSlots(db: Knex, f: RegisterQuery): Promise<{ items: SlotRow[]; total: number }> {
  return registerPage(db('ad_slots'), ['code', 'name', 'name_en', 'page'], SORT_COLUMNS, f);
}

export async function findSlot(db: Knex, id: number): Promise<SlotRow | undefined> {
  return db('ad_slots').where({ id }).first();
}

export async function slotsByIds(db: Knex, ids: number[]): Promise<Map<number, SlotRow>> {
  const rows: SlotRow[] = ids.length ? await db('ad_slots').whereIn('id', ids).select('*') : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export async function codeTaken(db: Knex, code: string, exceptId?: number): Promise<boolean> {
  return !!(await db('ad_slots')
    .whereRaw('lower(code) = lower(?)', [code])
    .modify((qb) => exceptId && qb.whereNot('id', exceptId))
    .first('id'));
}

type SlotValues = Omit<SlotRow, 'id' | 'version' | 'updated_at'>;

export async function insertSlot(db: Knex, v: SlotValues): Promise<number> {
  return insertedId(db('ad_slots'), v);
}

export async function updateSlot(db: Knex, id: number, version: number, patch: Partial<SlotValues>): Promise<boolean> {
  return updateAtVersion(db('ad_slots'), id, version, patch);
}

export async function existingSlotIds(db: Knex, ids: number[]): Promise<Set<number>> {
  const rows: { id: number }[] = ids.length ? await db('ad_slots').whereIn('id', ids).select('id') : [];
  return new Set(rows.map((r) => r.id));
}

/** Row locks on the slots, taken in id order so two accepts never wait on each other in a circle. */
export async function lockSlots(trx: Knex, slotIds: number[]): Promise<void> {
  if (!slotIds.length) return;
  await trx('ad_slots').whereIn('id', slotIds).orderBy('id').forUpdate().select('id');
}
