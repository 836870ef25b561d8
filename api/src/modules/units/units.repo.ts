import type { Knex } from 'knex';
import type { UnitKind } from '@portal/domain';

export interface UnitRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  kind: UnitKind;
  parent_id: number | null;
  active: boolean;
  version: number;
}

const COLUMNS = ['id', 'code', 'name_zh', 'name_en', 'kind', 'parent_id', 'active', 'version'];

export async function listUnits(db: Knex): Promise<UnitRow[]> {
  return db('units').orderBy([{ column: 'parent_id', nulls: 'first' }, 'id']).select(COLUMNS);
}

export async function findUnit(db: Knex, id: number): Promise<UnitRow | undefined> {
  return db('units').where({ id }).first(COLUMNS);
}

export async function insertUnit(db: Knex, u: Omit<UnitRow, 'id' | 'version' | 'active'>): Promise<UnitRow> {
  const [row] = await db('units').insert(u).returning(COLUMNS);
  return row;
}

/** Updates only if the row is still at `version`; undefined means someone got there first. */
export async function updateUnit(
  db: Knex,
  id: number,
  version: number,
  patch: Partial<Omit<UnitRow, 'id' | 'version'>>,
): Promise<UnitRow | undefined> {
  const [row] = await db('units')
    .where({ id, version })
    .update({ ...patch, version: version + 1, updated_at: db.fn.now() })
    .returning(COLUMNS);
  return row;
}

export async function countActiveChildren(db: Knex, id: number): Promise<number> {
  const [{ n }] = await db('units').where({ parent_id: id, active: true }).count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

export async function activeUnitExists(db: Knex, id: number): Promise<boolean> {
  return !!(await db('units').where({ id, active: true }).first('id'));
}

/** The unit and everything under it: a role granted on a unit covers its sub-units. */
export async function subtreeIds(db: Knex, id: number): Promise<number[]> {
  const { rows } = await db.raw(
    `with recursive t(id) as (select ?::int union all select u.id from units u join t on u.parent_id = t.id)
     select id from t`,
    [id],
  );
  return rows.map((r: { id: number }) => r.id);
}
