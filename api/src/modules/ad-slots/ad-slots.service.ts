import type { Knex } from 'knex';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import * as repo from './ad-slots.repo';
import type { BrowseSlots, CreateSlot, UpdateSlot } from './ad-slots.schema';

/** Reads (and the booking lock) other modules take from here rather than from the ad_slots table. */
export { existingSlotIds, lockSlots, slotsByIds } from './ad-slots.repo';

export function toSlot(r: repo.SlotRow) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    page: r.page,
    format: r.format,
    size: r.size,
    pricingUnit: r.pricing_unit,
    exclusive: r.exclusive,
    active: r.active,
    version: r.version,
  };
}

export type AdSlot = ReturnType<typeof toSlot>;

/** The form's fields as the ad_slots table names them; on an update, those not sent stay undefined (unchanged). */
type SlotValues = Parameters<typeof repo.insertSlot>[1];
function slotValues(input: CreateSlot): SlotValues;
function slotValues(input: UpdateSlot): Partial<SlotValues>;
function slotValues(input: Partial<CreateSlot>): Partial<SlotValues> {
  return {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    page: input.page,
    format: input.format,
    size: input.size,
    pricing_unit: input.pricingUnit,
    exclusive: input.exclusive,
    active: input.active,
  };
}

export async function browseSlots(db: Knex, f: BrowseSlots) {
  const { items, total } = await repo.listSlots(db, f);
  return { items: items.map(toSlot), total };
}

export async function readSlot(db: Knex, id: number): Promise<AdSlot> {
  const row = await repo.findSlot(db, id);
  if (!row) throw new NotFound();
  return toSlot(row);
}

export async function createSlot(db: Knex, actor: Actor, input: CreateSlot): Promise<AdSlot> {
  return db.transaction(async (trx) => {
    if (await repo.codeTaken(trx, input.code)) throw Invalid.field('code', 'adSlots.codeTaken', { code: input.code });
    const id = await repo.insertSlot(trx, slotValues(input));
    const slot = await readSlot(trx, id);
    await audit(trx, actor, { action: 'ad_slot.create', entity: 'ad_slot', entityId: id, after: slot });
    return slot;
  });
}

/**
 * A slot's pricing unit or exclusivity may change for cards and quotes made from now on;
 * quotes already made keep the units and prices they were saved with.
 */
export async function updateSlot(db: Knex, actor: Actor, id: number, input: UpdateSlot): Promise<AdSlot> {
  return db.transaction(async (trx) => {
    const before = await readSlot(trx, id);
    if (before.version !== input.version) throw Conflict.stale();
    if (input.code && (await repo.codeTaken(trx, input.code, id))) throw Invalid.field('code', 'adSlots.codeTaken', { code: input.code });
    const ok = await repo.updateSlot(trx, id, input.version, slotValues(input));
    if (!ok) throw Conflict.stale();
    const after = await readSlot(trx, id);
    await audit(trx, actor, { action: 'ad_slot.update', entity: 'ad_slot', entityId: id, before, after });
    return after;
  });
}
