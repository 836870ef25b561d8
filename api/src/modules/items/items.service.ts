import type { Knex } from 'knex';
import {
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  categoryBelongsTo,
  ITEM_CATEGORY_INFO,
  type BuyingUnit,
  type ItemCategory,
} from '@portal/domain';
import { Conflict, Forbidden, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { auditedCreate } from '../audit/audited';
import { loadUnitTree } from '../units/units.scope';
import * as repo from './items.repo';
import type { CreateItem, UpdateItem } from './items.schema';

/** Reads other modules (prices) take from here rather than from the items table. */
export { itemForPrice, itemsByCode, listItems } from './items.repo';

export function toItem(r: repo.ItemRow, editable: readonly BuyingUnit[] = []) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    spec: r.spec,
    uom: r.uom,
    category: r.category,
    buyingUnit: r.buying_unit,
    stockOnHand: r.stock_on_hand,
    reorderLevel: r.reorder_level,
    belowReorder: r.stock_on_hand <= r.reorder_level,
    active: r.active,
    version: r.version,
    updatedAt: r.updated_at,
    editable: editable.includes(r.buying_unit),
  };
}

export type Item = ReturnType<typeof toItem>;

/** The form's fields as the items table names them; on an update, those not sent stay undefined (unchanged). */
type ItemValues = Parameters<typeof repo.insertItem>[1];
function itemValues(input: CreateItem): ItemValues;
function itemValues(input: UpdateItem): Partial<ItemValues>;
function itemValues(input: Partial<CreateItem>): Partial<ItemValues> {
  return {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    spec: input.spec,
    uom: input.uom,
    category: input.category,
    buying_unit: input.buyingUnit,
    stock_on_hand: input.stockOnHand,
    reorder_level: input.reorderLevel,
  };
}

/**
 * The buying units whose items and prices this user may write: those of their
 * purchasing_clerk grants. A grant on a unit covers the units under it, so the
 * grant is on 办公室 (OFFICE) or 供应处 (SUPPLY), or on a unit above them.
 */
export async function editableUnits(db: Knex, user: Pick<SessionUser, 'roles'> | null): Promise<BuyingUnit[]> {
  const grants = user?.roles ?? [];
  if (!grants.some((g) => g.role === 'purchasing_clerk')) return [];
  const tree = await loadUnitTree(db);
  return BUYING_UNITS.filter((code) => {
    const unit = tree.units.find((u) => u.code === code);
    return !!unit && tree.reaches(grants, ['purchasing_clerk'], unit.id);
  });
}

const unitNames = (units: readonly BuyingUnit[], lang: Lang) => units.map((u) => BUYING_UNIT_LABELS[u][lang]).join(lang === 'zh' ? '、' : ' and ');

/** 403 unless the user keeps the given buying unit's items and prices. */
export function assertUnitInScope(editable: readonly BuyingUnit[], unit: BuyingUnit, lang: Lang): void {
  if (editable.includes(unit)) return;
  if (editable.length === 0) throw new Forbidden('items.noBuyingUnit');
  throw new Forbidden('items.notYourUnit', { units: unitNames(editable, lang), unit: BUYING_UNIT_LABELS[unit][lang] });
}

function checkCategory(category: ItemCategory, unit: BuyingUnit, lang: Lang) {
  if (!categoryBelongsTo(category, unit)) {
    throw Invalid.field('category', 'items.categoryNotOfUnit', {
      category: ITEM_CATEGORY_INFO[category][lang],
      unit: BUYING_UNIT_LABELS[unit][lang],
    });
  }
}

export async function browseItems(db: Knex, user: SessionUser | null, filter: Parameters<typeof repo.listItems>[1]) {
  const [{ items, total }, editable] = await Promise.all([repo.listItems(db, filter), editableUnits(db, user)]);
  return { items: items.map((r) => toItem(r, editable)), total };
}

export async function readItem(db: Knex, id: number, editable: readonly BuyingUnit[] = []): Promise<Item> {
  const row = await repo.findItem(db, id);
  if (!row) throw new NotFound();
  return toItem(row, editable);
}

export async function createItem(db: Knex, actor: Actor, user: SessionUser, lang: Lang, input: CreateItem): Promise<Item> {
  return db.transaction(async (trx) => {
    const editable = await editableUnits(trx, user);
    assertUnitInScope(editable, input.buyingUnit, lang);
    checkCategory(input.category, input.buyingUnit, lang);
    if (await repo.codeTaken(trx, input.code)) throw Invalid.field('code', 'items.codeTaken', { code: input.code });
    const record = { entity: 'item', read: (t: Knex, id: number) => readItem(t, id, editable) } as const;
    return auditedCreate(trx, actor, 'item.create', record, () => repo.insertItem(trx, itemValues(input)));
  });
}

export async function updateItem(db: Knex, actor: Actor, user: SessionUser, lang: Lang, id: number, input: UpdateItem): Promise<Item> {
  return db.transaction(async (trx) => {
    const editable = await editableUnits(trx, user);
    const before = await readItem(trx, id, editable);
    // Both the unit the item is in and the one it moves to must be the clerk's.
    assertUnitInScope(editable, before.buyingUnit, lang);
    if (before.version !== input.version) throw Conflict.stale();
    const unit = input.buyingUnit ?? before.buyingUnit;
    assertUnitInScope(editable, unit, lang);
    checkCategory(input.category ?? before.category, unit, lang);
    if (input.code && input.code !== before.code && (await repo.codeTaken(trx, input.code, id))) {
      throw Invalid.field('code', 'items.codeTaken', { code: input.code });
    }
    const ok = await repo.updateItem(trx, id, input.version, { ...itemValues(input), active: input.active });
    if (!ok) throw Conflict.stale();
    const after = await readItem(trx, id, editable);
    const action = input.active === false && before.active ? 'item.deactivate' : input.active === true && !before.active ? 'item.reactivate' : 'item.update';
    await audit(trx, actor, { action, entity: 'item', entityId: id, before, after });
    return after;
  });
}
