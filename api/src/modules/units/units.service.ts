import type { Knex } from 'knex';
import { canNest, UNIT_KIND_LABELS, type UnitKind } from '@portal/domain';
import type { Actor } from '../../http/route';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { audit } from '../audit/audit.service';
import { countActiveUsersIn } from '../users/users.service';
import * as repo from './units.repo';

/** An active unit of this id exists: for the users module, which places people in units. */
export const unitExists = (db: Knex, id: number) => repo.activeUnitExists(db, id);

export function toUnit(r: repo.UnitRow) {
  return {
    id: r.id,
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    kind: r.kind,
    parentId: r.parent_id,
    active: r.active,
    version: r.version,
  };
}

export async function browseUnits(db: Knex) {
  const rows = await repo.listUnits(db);
  return { items: rows.map(toUnit), total: rows.length };
}

async function checkParent(trx: Knex, kind: UnitKind, parentId: number, lang: Lang, selfId?: number) {
  const parent = await repo.findUnit(trx, parentId);
  if (!parent) throw Invalid.field('parentId', 'units.parentNotFound');
  if (!canNest(kind, parent.kind)) {
    throw Invalid.field('parentId', 'units.badParent', {
      kind: UNIT_KIND_LABELS[kind][lang],
      parentKind: UNIT_KIND_LABELS[parent.kind][lang],
    });
  }
  if (selfId !== undefined && (await repo.subtreeIds(trx, selfId)).includes(parentId)) {
    throw Invalid.field('parentId', 'units.cycle');
  }
}

export async function createUnit(
  db: Knex,
  actor: Actor,
  lang: Lang,
  input: { code: string; nameZh: string; nameEn: string; kind: UnitKind; parentId: number },
) {
  return db.transaction(async (trx) => {
    await checkParent(trx, input.kind, input.parentId, lang);
    const row = await repo.insertUnit(trx, {
      code: input.code,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      kind: input.kind,
      parent_id: input.parentId,
    });
    await audit(trx, actor, { action: 'unit.create', entity: 'unit', entityId: row.id, after: row });
    return toUnit(row);
  });
}

export async function updateUnit(
  db: Knex,
  actor: Actor,
  lang: Lang,
  id: number,
  input: { version: number; code?: string; nameZh?: string; nameEn?: string; parentId?: number; active?: boolean },
) {
  return db.transaction(async (trx) => {
    const before = await repo.findUnit(trx, id);
    if (!before) throw new NotFound();
    if (before.version !== input.version) throw Conflict.stale();
    if (before.parent_id === null && ((input.parentId ?? null) !== null || input.active === false)) {
      throw Invalid.field(input.active === false ? 'active' : 'parentId', 'units.rootFixed');
    }
    if (input.parentId !== undefined && input.parentId !== before.parent_id) {
      await checkParent(trx, before.kind, input.parentId, lang, id);
    }
    if (input.active === false && before.active) {
      const children = await repo.countActiveChildren(trx, id);
      if (children > 0) throw Invalid.field('active', 'units.hasActiveChildren', { n: children });
      const users = await countActiveUsersIn(trx, id);
      if (users > 0) throw Invalid.field('active', 'units.hasActiveUsers', { n: users });
    }
    const after = await repo.updateUnit(trx, id, input.version, {
      code: input.code,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      parent_id: input.parentId,
      active: input.active,
    });
    if (!after) throw Conflict.stale();
    await audit(trx, actor, { action: 'unit.update', entity: 'unit', entityId: id, before, after });
    return toUnit(after);
  });
}
