import type { Knex } from 'knex';
import { fenInChineseWords, hasAnyRole, LEDGER_BRANCH_ROLES, LEDGER_READ_ALL_ROLES } from '@portal/domain';
import type { JournalEntry, JournalEntryList, JournalEntrySummary, JournalLine } from '@portal/domain/contracts';
import { NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { subtreeScope, type Scope } from '../units/units.scope';
import * as repo from './journal.repo';

/** Reading the journal: who reads which entries, the list, one voucher as the screen shows it. */

/** The units whose entries a user reads: null for all (finance, audit, leadership), else their branch's subtree. */
export async function journalScope(db: Knex, user: SessionUser): Promise<Scope> {
  if (hasAnyRole(user.roles, LEDGER_READ_ALL_ROLES)) return null;
  return (await subtreeScope(db, user.roles, LEDGER_BRANCH_ROLES)) ?? [];
}

export function toSummary(r: repo.EntryRow): JournalEntrySummary {
  return {
    id: Number(r.id),
    number: r.number,
    period: r.period,
    entryDate: r.entry_date,
    kind: r.kind,
    memo: r.memo,
    totalFen: Number(r.total_fen),
    reversesId: r.reverses_id === null ? null : Number(r.reverses_id),
    reversedById: r.reversed_by_id === null ? null : Number(r.reversed_by_id),
    postedBy: r.posted_by === null ? null : { id: r.posted_by, name: r.posted_by_name ?? '' },
    postedAt: new Date(r.posted_at).toISOString(),
  };
}

function toLine(l: repo.LineRow, lang: Lang): JournalLine {
  return {
    lineNo: l.line_no,
    accountCode: l.account_code,
    accountName: (lang === 'en' ? l.account_name_en : null) ?? l.account_name,
    debitFen: Number(l.debit_fen),
    creditFen: Number(l.credit_fen),
    unit: l.unit_id === null ? null : { id: l.unit_id, name: (lang === 'en' ? l.unit_en : l.unit_zh) ?? '' },
    customer: l.customer_id === null ? null : { id: l.customer_id, name: l.customer_name ?? '' },
    agreement: l.agreement_id === null ? null : { id: l.agreement_id, number: l.agreement_number ?? '' },
    memo: l.memo,
  };
}

export async function browseJournal(db: Knex, user: SessionUser, f: Omit<repo.JournalFilter, 'units'>): Promise<JournalEntryList> {
  const units = await journalScope(db, user);
  const { items, total } = await repo.listEntries(db, { ...f, units });
  return { items: items.map(toSummary), total };
}

/** One voucher; to a branch user an entry with no line on their branch is 404, as if it were not there. */
export async function readEntry(db: Knex, user: SessionUser | null, lang: Lang, id: number): Promise<JournalEntry> {
  const row = await repo.findEntry(db, id);
  if (!row) throw new NotFound();
  if (user) {
    const scope = await journalScope(db, user);
    if (scope !== null) {
      const units = await repo.unitsOfEntry(db, id);
      if (!units.some((u) => scope.includes(u))) throw new NotFound();
    }
  }
  const lines = await repo.linesOf(db, id);
  const summary = toSummary(row);
  return {
    ...summary,
    sourceType: row.source_type,
    sourceId: row.source_id === null ? null : Number(row.source_id),
    reason: row.reason,
    reverses: row.reverses_id === null ? null : { id: Number(row.reverses_id), number: row.reverses_number ?? '' },
    reversedBy: row.reversed_by_id === null ? null : { id: Number(row.reversed_by_id), number: row.reversed_by_number ?? '' },
    totalInWords: fenInChineseWords(summary.totalFen),
    lines: lines.map((l) => toLine(l, lang)),
  };
}

/** Entries per period, for the periods screen; one period when named. */
export async function entryCounts(db: Knex, period?: string): Promise<Map<string, number>> {
  return repo.entryCounts(db, period);
}

/** Which of these accounts have postings (they can get no sub-accounts). */
export async function postedAccounts(db: Knex, codes: readonly string[]): Promise<Set<string>> {
  return repo.postedAccounts(db, codes);
}
