import type { Knex } from 'knex';
import {
  cutoffProblem,
  defaultCutoff,
  monthsOfYear,
  monthStart,
  PLANNING_CALENDAR_KEEPER_ROLES,
  calendarDay,
  type BuyingUnit,
  type PlanningStatus,
} from '@portal/domain';
import { Conflict, Forbidden, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { grantsReach, loadUnitTree, type PlacedUnit } from '../units/units.scope';
import * as repo from './planning-calendar.repo';
import type { UpdateMonth } from './planning-calendar.schema';

const nameIn = (u: { name_zh: string; name_en: string }, lang: Lang) => (lang === 'zh' ? u.name_zh : u.name_en);

/** A buying unit (办公室 OFFICE, 供应处 SUPPLY) by its code; the seed and the admin keep the codes. */
export async function buyingUnit(db: Knex, code: BuyingUnit): Promise<PlacedUnit> {
  const unit = (await loadUnitTree(db)).units.find((u) => u.code === code);
  if (!unit) throw Invalid.field('unit', 'planningCalendar.notBuyingUnit');
  return unit;
}

/** The month's cut-off and status as they stand (the defaults when the clerk set nothing). */
export interface CalendarMonth {
  cutoffOn: string;
  status: PlanningStatus;
}

/**
 * For department requests: the calendar of a buying unit's month ('YYYY-MM').
 * `lock` holds the clerk's row (if any) until the caller commits, so a month
 * cannot be closed under a request being submitted into it.
 */
export async function calendarOf(db: Knex, unitId: number, month: string, opts: { lock?: boolean } = {}): Promise<CalendarMonth> {
  const row = await repo.findMonth(db, unitId, monthStart(month), { lock: opts.lock ? 'share' : undefined });
  return row ? { cutoffOn: row.cutoff_on, status: row.status } : { cutoffOn: defaultCutoff(month), status: 'open' };
}

function toMonth(unit: PlacedUnit, month: string, row: repo.CalendarRow | undefined, lang: Lang, canEdit: boolean) {
  return {
    unit: { id: unit.id, code: unit.code as BuyingUnit, name: nameIn(unit, lang) },
    month,
    cutoffOn: row?.cutoff_on ?? defaultCutoff(month),
    status: row?.status ?? 'open',
    isDefault: !row,
    version: row?.version ?? 0,
    updatedBy: row?.updated_by != null ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
    updatedAt: row ? row.updated_at.toISOString() : null,
    canEdit,
  };
}

const keeps = (db: Knex, viewer: SessionUser, unit: PlacedUnit) => grantsReach(db, viewer.roles, PLANNING_CALENDAR_KEEPER_ROLES, unit.id);

export async function readMonth(db: Knex, viewer: SessionUser, lang: Lang, code: BuyingUnit, month: string) {
  const unit = await buyingUnit(db, code);
  return toMonth(unit, month, await repo.findMonth(db, unit.id, monthStart(month)), lang, await keeps(db, viewer, unit));
}

export async function readYear(db: Knex, viewer: SessionUser, lang: Lang, code: BuyingUnit, year = Number(calendarDay(new Date()).slice(0, 4))) {
  const unit = await buyingUnit(db, code);
  const canEdit = await keeps(db, viewer, unit);
  const rows = new Map((await repo.monthsBetween(db, unit.id, `${year}-01-01`, `${year + 1}-01-01`)).map((r) => [r.month.slice(0, 7), r]));
  return { unit: { id: unit.id, code, name: nameIn(unit, lang) }, year, canEdit, months: monthsOfYear(year).map((m) => toMonth(unit, m, rows.get(m), lang, canEdit)) };
}

/**
 * The clerk sets a month's cut-off and status. Version 0 sets a month still on its
 * defaults; a second clerk doing the same at once gets the stale-version 409.
 */
export async function updateMonth(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, code: BuyingUnit, month: string, input: UpdateMonth) {
  const unit = await buyingUnit(db, code);
  if (!(await keeps(db, viewer, unit))) throw new Forbidden('planningCalendar.notYourUnit', { unit: { zh: unit.name_zh, en: unit.name_en } });
  const problem = cutoffProblem(month, input.cutoffOn);
  if (problem) throw Invalid.field('cutoffOn', problem === 'afterMonth' ? 'planningCalendar.cutoffAfterMonth' : 'planningCalendar.cutoffTooEarly');
  await db.transaction(async (trx) => {
    const before = await repo.findMonth(trx, unit.id, monthStart(month), { lock: 'update' });
    if ((before?.version ?? 0) !== input.version) throw Conflict.stale();
    const values = { cutoff_on: input.cutoffOn, status: input.status, updated_by: viewer.id };
    const saved = before
      ? await repo.updateMonth(trx, unit.id, monthStart(month), input.version, values)
      : await repo.insertMonth(trx, unit.id, monthStart(month), values);
    if (!saved) throw Conflict.stale();
    await audit(trx, actor, {
      action: 'planning_calendar.update',
      entity: 'planning_calendar',
      entityId: `${code}/${month}`,
      before: before ? { cutoffOn: before.cutoff_on, status: before.status } : { cutoffOn: defaultCutoff(month), status: 'open', isDefault: true },
      after: { unit: code, month, cutoffOn: input.cutoffOn, status: input.status },
    });
  });
  return readMonth(db, viewer, lang, code, month);
}
