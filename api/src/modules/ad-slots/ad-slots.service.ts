import type { Knex } from 'knex';
import { Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import { auditedCreate, auditedUpdate, type AuditedRecord } from '../audit/audited';
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

const SLOT: AuditedRecord<AdSlot> = { entity: 'ad_slot', read: readSlot };

export async function createSlot(db: Knex, actor: Actor, input: CreateSlot): Promise<AdSlot> {
  return db.transaction(async (trx) => {
    if (await repo.codeTaken(trx, input.code)) throw Invalid.field('code', 'adSlots.codeTaken', { code: input.code });
    return auditedCreate(trx, actor, 'ad_slot.create', SLOT, () => repo.insertSlot(trx, slotValues(input)));
  });
}

/**
 * A slot's pricing unit or exclusivity may change for cards and quotes made from now on;
 * quotes already made keep the units and prices they were saved with.
 */
export async function updateSlot(db: Knex, actor: Actor, id: number, input: UpdateSlot): Promise<AdSlot> {
  return db.transaction((trx) =>
    auditedUpdate(trx, actor, SLOT, { id, version: input.version, action: 'ad_slot.update' }, async () => {
      if (input.code && (await repo.codeTaken(trx, input.code, id))) throw Invalid.field('code', 'adSlots.codeTaken', { code: input.code });
      return repo.updateSlot(trx, id, input.version, slotValues(input));
    }),
  );
}
