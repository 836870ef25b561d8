import type { Knex } from 'knex';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import { sameDayConflict } from './prices.same-day';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import * as items from '../items/items.service';
import { assertUnitInScope, editableUnits } from '../items/items.service';
import * as suppliers from '../suppliers/suppliers.service';
import { today } from '../suppliers/suppliers.service';
import * as repo from './prices.repo';
import type { CorrectPrice, CreatePrice } from './prices.schema';

type PriceColumns = Pick<
  repo.ObservationRow,
  'item_id' | 'item_code' | 'item_name' | 'supplier_id' | 'platform' | 'shop_name' | 'price_fen' | 'observed_on' | 'url' | 'in_stock' | 'note'
>;

/** One price as the screens name its fields: a recorded observation, or an import row about to be recorded. */
export function toPrice(r: PriceColumns) {
  return {
    itemId: r.item_id,
    itemCode: r.item_code,
    itemName: r.item_name,
    supplierId: r.supplier_id,
    platform: r.platform,
    shopName: r.shop_name,
    priceFen: r.price_fen,
    observedOn: r.observed_on,
    url: r.url,
    inStock: r.in_stock,
    note: r.note,
  };
}

export function toObservation(r: repo.ObservationRow) {
  return {
    id: r.id,
    ...toPrice(r),
    itemSpec: r.item_spec,
    itemUom: r.item_uom,
    buyingUnit: r.buying_unit,
    recordedBy: r.recorded_by_name,
    recordedAt: r.recorded_at,
    supersedesId: r.supersedes_id === null ? null : Number(r.supersedes_id),
    correctionReason: r.correction_reason,
    supersededBy: r.superseded_by === null ? null : Number(r.superseded_by),
    current: r.superseded_by === null,
    importId: r.import_id,
  };
}

export type Observation = ReturnType<typeof toObservation>;

/** What the caller may write, for the screens to show or hide their edit controls. */
export async function priceScope(db: Knex, user: SessionUser | null) {
  return { editableUnits: await editableUnits(db, user) };
}

export async function browsePrices(db: Knex, filter: repo.PriceFilter) {
  const { items, total } = await repo.listObservations(db, filter);
  return { items: items.map(toObservation), total };
}

/** One observation with its correction chain (oldest first), so nothing that was said is lost. */
export async function readPrice(db: Knex, id: number) {
  const row = await repo.findObservation(db, id);
  if (!row) throw new NotFound();
  const chainIds = await repo.correctionChain(db, id);
  const chain = [];
  for (const cid of chainIds) {
    const r = cid === id ? row : await repo.findObservation(db, cid);
    if (r) chain.push(toObservation(r));
  }
  return { ...toObservation(row), chain };
}

async function loadItemInScope(trx: Knex, user: SessionUser, lang: Lang, itemId: number) {
  const item = await items.itemForPrice(trx, itemId);
  if (!item) throw Invalid.field('itemId', 'prices.itemNotFound');
  assertUnitInScope(await editableUnits(trx, user), item.buying_unit, lang);
  return item;
}

export async function recordPrice(db: Knex, actor: Actor, user: SessionUser, lang: Lang, input: CreatePrice, day = today()) {
  return db.transaction(async (trx) => {
    const item = await loadItemInScope(trx, user, lang, input.itemId);
    if (!item.active) throw Invalid.field('itemId', 'prices.itemInactive', { code: item.code });
    if (!(await suppliers.supplierExists(trx, input.supplierId))) throw Invalid.field('supplierId', 'prices.supplierNotFound');
    if (input.observedOn > day) throw Invalid.field('observedOn', 'prices.dateInFuture');
    if (await repo.currentOnDay(trx, input.itemId, input.supplierId, input.observedOn)) {
      throw new Conflict('prices.sameDay', { date: input.observedOn });
    }
    const id = await repo.insertObservation(trx, {
      item_id: input.itemId,
      supplier_id: input.supplierId,
      price_fen: input.priceFen,
      observed_on: input.observedOn,
      url: input.url,
      in_stock: input.inStock,
      note: input.note,
      recorded_by: actor.userId,
    });
    const created = toObservation((await repo.findObservation(trx, id))!);
    await audit(trx, actor, { action: 'price.create', entity: 'price_observation', entityId: id, after: created });
    return created;
  }).catch(sameDayConflict);
}

/**
 * History is never overwritten: a correction is a new observation that
 * supersedes the old one, with the reason. The old row keeps its values; the
 * database lets it be superseded once only.
 */
export async function correctPrice(db: Knex, actor: Actor, user: SessionUser, lang: Lang, id: number, input: CorrectPrice, day = today()) {
  return db.transaction(async (trx) => {
    const old = await repo.findObservation(trx, id, { lock: true });
    if (!old) throw new NotFound();
    await loadItemInScope(trx, user, lang, old.item_id);
    if (old.superseded_by !== null) throw new Conflict('prices.alreadySuperseded');
    const observedOn = input.observedOn ?? old.observed_on;
    if (observedOn > day) throw Invalid.field('observedOn', 'prices.dateInFuture');
    if (await repo.currentOnDay(trx, old.item_id, old.supplier_id, observedOn, id)) {
      throw new Conflict('prices.sameDay', { date: observedOn });
    }
    const newId = await repo.insertObservation(trx, {
      item_id: old.item_id,
      supplier_id: old.supplier_id,
      price_fen: input.priceFen ?? old.price_fen,
      observed_on: observedOn,
      url: input.url ?? old.url,
      in_stock: input.inStock ?? old.in_stock,
      note: input.note ?? old.note,
      recorded_by: actor.userId,
      supersedes_id: id,
      correction_reason: input.reason,
    });
    const created = toObservation((await repo.findObservation(trx, newId))!);
    await audit(trx, actor, {
      action: 'price.correct',
      entity: 'price_observation',
      entityId: newId,
      before: toObservation(old),
      after: created,
    });
    return created;
  }).catch(sameDayConflict);
}
