import type { Knex } from 'knex';
import { periodMoveAllowed, type PeriodStatus } from '@portal/domain';
import type { AccountingPeriod, AccountingPeriodList } from '@portal/domain/contracts';
import { Conflict, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { entryCounts } from '../journal/journal.service';
import * as repo from './periods.repo';

function toPeriod(r: repo.PeriodRow, entries: number): AccountingPeriod {
  return {
    period: r.period,
    status: r.status,
    closedAt: r.closed_at === null ? null : new Date(r.closed_at).toISOString(),
    closedBy: r.closed_by === null ? null : { id: r.closed_by, name: r.closed_by_name ?? '' },
    version: r.version,
    entries,
  };
}

export async function listPeriods(db: Knex): Promise<AccountingPeriodList> {
  const [rows, counts] = await Promise.all([repo.listPeriods(db), entryCounts(db)]);
  return { items: rows.map((r) => toPeriod(r, counts.get(r.period) ?? 0)) };
}

/**
 * Makes a month postable when it is a new one: a month after every period on the books (or the
 * first month ever) is opened on its first posting, so finance need not open each month by hand.
 * A month before the latest one is never created here: an old month that was never opened is a
 * typo, and the journal's trigger refuses it (the period must exist and be open).
 */
export async function ensureNewPeriod(trx: Knex, period: string): Promise<void> {
  const latest = await repo.latestPeriod(trx);
  if (latest === undefined || period > latest) await repo.insertOpen(trx, period);
}

/** Seeds / scripts: these months exist and are open (those already there are left as they are). */
export async function openPeriods(trx: Knex, periods: readonly string[]): Promise<void> {
  for (const p of periods) await repo.insertOpen(trx, p);
}

const ACTIONS = {
  closed: 'accounting_period.close',
  open: 'accounting_period.reopen',
  locked: 'accounting_period.lock',
} as const;

/**
 * Moves a period (结账, 反结账, 锁定). The row is locked first, so a close waits for postings in
 * flight (they hold it FOR SHARE) and two finance users moving the same month queue; the
 * database's trigger refuses any other move too.
 */
export async function movePeriod(db: Knex, actor: Actor, period: string, to: PeriodStatus, reason: string | null): Promise<AccountingPeriod> {
  return db.transaction(async (trx) => {
    const before = await repo.findPeriod(trx, period, { forUpdate: true });
    if (!before) throw new NotFound('periods.unknown', { period });
    if (!periodMoveAllowed(before.status, to)) {
      throw new Conflict(`periods.cannot.${to}`, { period: period.slice(0, 7), status: before.status }, [
        { path: 'status', message: `periods.cannot.${to}`, params: { period: period.slice(0, 7), status: before.status } },
      ]);
    }
    await repo.setStatus(trx, period, to, actor.userId);
    const after = (await repo.findPeriod(trx, period))!;
    await audit(trx, actor, {
      action: ACTIONS[to],
      entity: 'accounting_period',
      entityId: period,
      before: { status: before.status },
      after: { status: after.status, reason },
    });
    const counts = await entryCounts(trx, period);
    return toPeriod(after, counts.get(period) ?? 0);
  });
}

/** Seeds: a month closed (or locked) without a request, as finance would have. */
export async function setPeriodStatus(trx: Knex, period: string, status: PeriodStatus, by: number | null): Promise<void> {
  await repo.setStatus(trx, period, status, by);
}
