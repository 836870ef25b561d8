import type { Knex } from 'knex';
import type { PlanningStatus } from '@portal/domain';
import { usersView } from '../users/users.reads.repo';

/** A month the clerk has set; a month without a row is open with the default cut-off. */
export interface CalendarRow {
  unit_id: number;
  /** 'YYYY-MM-01'. */
  month: string;
  cutoff_on: string;
  status: PlanningStatus;
  version: number;
  updated_by: number | null;
  updated_by_name: string | null;
  updated_at: Date;
}

const COLUMNS = ['c.unit_id', 'c.month', 'c.cutoff_on', 'c.status', 'c.version', 'c.updated_by', 'ub.display_name as updated_by_name', 'c.updated_at'];

const calendar = (db: Knex) => db('planning_calendar as c').leftJoin(usersView(db).as('ub'), 'ub.id', 'c.updated_by');

/**
 * One month's row. `lock: 'share'` is for a request's submission: the clerk cannot
 * close the month under it until it commits; 'update' is for the clerk's own change.
 */
export async function findMonth(db: Knex, unitId: number, month: string, opts: { lock?: 'share' | 'update' } = {}): Promise<CalendarRow | undefined> {
  const qb = calendar(db).where({ 'c.unit_id': unitId, 'c.month': month }).first(COLUMNS);
  if (opts.lock === 'share') qb.forShare('c');
  if (opts.lock === 'update') qb.forUpdate('c');
  return qb;
}

/** The rows of months in [from, until). */
export async function monthsBetween(db: Knex, unitId: number, from: string, until: string): Promise<CalendarRow[]> {
  return calendar(db).where('c.unit_id', unitId).where('c.month', '>=', from).where('c.month', '<', until).orderBy('c.month').select(COLUMNS);
}

export interface CalendarValues {
  cutoff_on: string;
  status: PlanningStatus;
  updated_by: number | null;
}

/** The first setting of a month; false when another clerk set it first (the primary key refuses the second). */
export async function insertMonth(db: Knex, unitId: number, month: string, v: CalendarValues): Promise<boolean> {
  const rows = await db('planning_calendar').insert({ unit_id: unitId, month, ...v }).onConflict(['unit_id', 'month']).ignore().returning('month');
  return rows.length === 1;
}

/** A change at the version the clerk read; false when someone saved first. */
export async function updateMonth(db: Knex, unitId: number, month: string, version: number, v: CalendarValues): Promise<boolean> {
  const n = await db('planning_calendar')
    .where({ unit_id: unitId, month, version })
    .update({ ...v, version: version + 1, updated_at: db.raw('CURRENT_TIMESTAMP') });
  return n === 1;
}
