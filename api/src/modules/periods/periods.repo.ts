import type { Knex } from 'knex';
import type { PeriodStatus } from '@portal/domain';
import { usersView } from '../users/users.reads.repo';

export interface PeriodRow {
  period: string;
  status: PeriodStatus;
  closed_at: Date | null;
  closed_by: number | null;
  closed_by_name: string | null;
  version: number;
}

const periods = (db: Knex) =>
  db('accounting_periods as p')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'p.closed_by')
    .select('p.period', 'p.status', 'p.closed_at', 'p.closed_by', 'cb.display_name as closed_by_name', 'p.version');

export async function listPeriods(db: Knex): Promise<PeriodRow[]> {
  return periods(db).orderBy('p.period', 'desc');
}

export async function findPeriod(db: Knex, period: string, opts: { forUpdate?: boolean } = {}): Promise<PeriodRow | undefined> {
  const q = db('accounting_periods').where({ period });
  if (opts.forUpdate) q.forUpdate();
  const row = await q.first('period');
  return row ? periods(db).where('p.period', period).first() : undefined;
}

export async function latestPeriod(db: Knex): Promise<string | undefined> {
  const row = await db('accounting_periods').max<{ max: string | null }>('period as max').first();
  return row?.max ?? undefined;
}

/** Creates the month open; a month already there is left as it is. */
export async function insertOpen(db: Knex, period: string): Promise<void> {
  await db('accounting_periods').insert({ period, status: 'open' }).onConflict('period').ignore();
}

export async function setStatus(db: Knex, period: string, status: PeriodStatus, by: number | null): Promise<void> {
  const closing = status !== 'open';
  await db('accounting_periods')
    .where({ period })
    .update({
      status,
      closed_by: closing ? by : null,
      closed_at: closing ? db.fn.now() : null,
      version: db.raw('version + 1'),
    });
}

/** The months before `before` still open, oldest first. */
export async function openPastPeriods(db: Knex, before: string): Promise<string[]> {
  const rows = await db('accounting_periods').where('status', 'open').where('period', '<', before).orderBy('period').select('period');
  return rows.map((r) => r.period);
}
