import { addDays, addMonths } from './supplier-prices';
import type { Role } from './roles';

/**
 * The planning calendar (采购计划日历, issue 12 item 1): per buying unit and month,
 * the day departments' requests are due and whether the month still takes them.
 * A month the clerk never touched is open, due on the 20th of the month before
 * (the regulation's default), so the calendar needs no rows to work.
 */

export const PLANNING_STATUSES = ['open', 'consolidating', 'closed'] as const;
export type PlanningStatus = (typeof PLANNING_STATUSES)[number];

export const PLANNING_STATUS_LABELS: Record<PlanningStatus, { zh: string; en: string }> = {
  open: { zh: '受理申请', en: 'Open' },
  consolidating: { zh: '汇总中', en: 'Consolidating' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/** Who reads the calendar: everyone who asks for, approves, buys or reads purchases. */
export const PLANNING_CALENDAR_READER_ROLES: readonly Role[] = ['requester', 'dept_head', 'purchasing_clerk', 'company_leader', 'finance', 'auditor'];
/** Who keeps it: the buying unit's own clerk (the API checks the unit). */
export const PLANNING_CALENDAR_KEEPER_ROLES: readonly Role[] = ['purchasing_clerk'];

/** The day of the month before on which requests are due unless the clerk says otherwise. */
export const DEFAULT_CUTOFF_DAY = 20;

const MONTH = /^(\d{4})-(\d{2})$/;

/** 'YYYY-MM' when the text is a real month (2000–2100), else null: 2026-13 and 2026-00 are typing mistakes. */
export function parseMonth(text: string): string | null {
  const m = MONTH.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  return `${m[1]}-${m[2]}`;
}

/** The first day of a month, as the tables store months. */
export const monthStart = (month: string) => `${month}-01`;

/** The default cut-off of a month's requests: the 20th of the month before. */
export function defaultCutoff(month: string): string {
  return `${addMonths(month, -1)}-${String(DEFAULT_CUTOFF_DAY).padStart(2, '0')}`;
}

/** Late means submitted on a day after the cut-off day; on the cut-off day itself is in time. */
export function isLate(submittedDay: string, cutoffOn: string): boolean {
  return submittedDay > cutoffOn;
}

/** Only an open month takes new or changed requests: once consolidating the clerk is forming the plan. */
export function acceptsRequests(status: PlanningStatus): boolean {
  return status === 'open';
}

/**
 * Why a cut-off day cannot be saved, or null: it must fall before the month ends
 * (a request due after its month is over is no plan) and not more than three
 * months before it starts.
 */
export function cutoffProblem(month: string, cutoffOn: string): 'afterMonth' | 'tooEarly' | null {
  const lastDay = addDays(`${addMonths(month, 1)}-01`, -1);
  if (cutoffOn > lastDay) return 'afterMonth';
  if (cutoffOn < `${addMonths(month, -3)}-01`) return 'tooEarly';
  return null;
}

/** The twelve months of a year, 'YYYY-MM'. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
