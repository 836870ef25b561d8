import type { Knex } from 'knex';

/**
 * What the units module publishes for other modules' queries to join: a unit's name
 * for an id, and the tree's ancestry for raw SQL. Other modules never name its table.
 */

/** `.join(unitsView(db).as('n'), 'n.id', 'x.unit_id')`: id, code, names, kind, parent, active. */
export const unitsView = (db: Knex) => db('units').select('id', 'code', 'name_zh', 'name_en', 'kind', 'parent_id', 'active');

/** A row's unit as its repo reads it, from `unitsView` joined as `u`: `.select('x.*', ...UNIT_COLUMNS)`. */
export const UNIT_COLUMNS = ['u.code as unit_code', 'u.name_zh as unit_name_zh', 'u.name_en as unit_name_en'];

/**
 * For raw SQL: `ancestry(unit_id, ancestor_id, ancestor_kind)`, every unit paired with
 * itself and with each unit above it. The tree is tens of units, so computing it whole
 * is cheap. Use as `with recursive ${UNIT_ANCESTRY}, …`.
 */
export const UNIT_ANCESTRY = `ancestry(unit_id, ancestor_id, ancestor_kind) as (
  select id, id, kind from units
  union all
  select a.unit_id, p.id, p.kind from ancestry a join units u on u.id = a.ancestor_id join units p on p.id = u.parent_id
)`;
