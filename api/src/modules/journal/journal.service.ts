import type { Response } from 'express';
import type { Knex } from 'knex';
import {
  calendarDay,
  formatFen,
  JOURNAL_NUMBER_DIGITS,
  journalNumber,
  journalNumberPrefix,
  periodOf,
  type JournalKind,
} from '@portal/domain';
import type { JournalEntry, JournalEntrySummary } from '@portal/domain/contracts';
import { PDF, sendAttachment } from '../../http/download';
import { AppError, Conflict, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { nextNumbers } from '../numbering/numbering.service';
import { ensureNewPeriod } from '../periods/periods.service';
import * as repo from './journal.repo';
import type { ManualEntryInput, ReverseInput } from './journal.schema';
import { readEntry, toSummary } from './journal.reading';
import { renderVoucherPdf } from './voucher.pdf';

export * from './journal.reading';

/** One line as a poster gives it: an account and exactly one of a debit or a credit, in fen. */
export interface PostLine {
  accountCode: string;
  debitFen?: number;
  creditFen?: number;
  unitId?: number | null;
  customerId?: number | null;
  agreementId?: number | null;
  memo?: string;
}

export interface PostEntryInput {
  /** The voucher's date, YYYY-MM-DD. */
  entryDate: string;
  /** The month it is booked in (its first day); the entry date's month when not given. */
  period?: string;
  kind: Exclude<JournalKind, 'reversal'>;
  memo: string;
  /** The document that caused it, e.g. ('ad_agreement', 12) or ('collection', 5). */
  sourceType?: string | null;
  sourceId?: number | null;
  /** Required for a manual entry. */
  reason?: string | null;
  lines: PostLine[];
  /** The request that posts it (user id : Idempotency-Key), unique in the journal: a retry finds its entry. */
  requestKey?: string | null;
}

/** What a poster gets back: the entry as numbered and booked. */
export interface PostedEntry {
  id: number;
  number: string;
  period: string;
  entryDate: string;
  kind: JournalKind;
  totalFen: number;
}

const JOURNAL_SERIES = 'journal_entry';
const MAX_FEN = 999_999_999_999_99;

/** 400 naming the field unless every line has an account and one positive whole debit or credit, and they balance. */
/**
 * A posting's entry as the journal stores it, without its number: the period its date falls in
 * unless given. Reversals go through reverseEntry; a manual entry says why.
 */
function entryValues(input: PostEntryInput) {
  if ((input.kind as string) === 'reversal') throw Invalid.field('kind', 'journal.reverseThroughReverse');
  if (input.kind === 'manual' && !input.reason?.trim()) throw Invalid.field('reason', 'journal.reasonRequired');
  return {
    period: input.period ?? periodOf(input.entryDate),
    entry_date: input.entryDate,
    kind: input.kind,
    memo: input.memo,
    source_type: input.sourceType ?? null,
    source_id: input.sourceId ?? null,
    reason: input.reason?.trim() || null,
    reverses_id: null,
  };
}

/** A posting's line as the journal stores it, numbered from 1 in the order given. */
function lineValues(l: PostLine, i: number): repo.LineValues {
  return {
    line_no: i + 1,
    account_code: l.accountCode,
    debit_fen: l.debitFen ?? 0,
    credit_fen: l.creditFen ?? 0,
    unit_id: l.unitId ?? null,
    customer_id: l.customerId ?? null,
    agreement_id: l.agreementId ?? null,
    memo: l.memo ?? '',
  };
}

function checkLines(lines: PostLine[]): number {
  if (lines.length < 2) throw Invalid.field('lines', 'journal.twoLines');
  let debits = 0;
  let credits = 0;
  lines.forEach((l, i) => {
    const d = l.debitFen ?? 0;
    const c = l.creditFen ?? 0;
    for (const [side, v] of [['debitFen', d], ['creditFen', c]] as const) {
      if (!Number.isSafeInteger(v) || v < 0 || v > MAX_FEN) throw Invalid.field(`lines.${i}.${side}`, 'journal.badAmount');
    }
    if ((d === 0) === (c === 0)) throw Invalid.field(`lines.${i}.debitFen`, 'journal.oneSide');
    debits += d;
    credits += c;
  });
  if (debits !== credits) {
    const params = { debits: formatFen(debits), credits: formatFen(credits) };
    throw new AppError(422, 'validation', 'journal.unbalanced', params, [{ path: 'lines', message: 'journal.unbalanced', params }]);
  }
  return debits;
}

async function checkAccounts(trx: Knex, lines: PostLine[]): Promise<void> {
  const codes = [...new Set(lines.map((l) => l.accountCode))];
  const found = new Map((await repo.accountsByCode(trx, codes)).map((a) => [a.code, a]));
  lines.forEach((l, i) => {
    const a = found.get(l.accountCode);
    if (!a) throw Invalid.field(`lines.${i}.accountCode`, 'journal.unknownAccount', { code: l.accountCode });
    if (!a.active || !a.leaf) {
      throw new AppError(422, 'validation', 'journal.notLeaf', { code: l.accountCode }, [
        { path: `lines.${i}.accountCode`, message: 'journal.notLeaf', params: { code: l.accountCode } },
      ]);
    }
  });
}

/** 409 unless the month is open; locks it FOR SHARE so a close waits for this posting. */
async function checkPeriodOpen(trx: Knex, period: string): Promise<void> {
  let status = await repo.periodStatus(trx, period);
  if (status === undefined) {
    await ensureNewPeriod(trx, period);
    status = await repo.periodStatus(trx, period);
  }
  if (status === 'open') return;
  const params = { period: period.slice(0, 7) };
  if (status === undefined) throw new Conflict('journal.periodMissing', params, [{ path: 'period', message: 'journal.periodMissing', params }]);
  const key = status === 'locked' ? 'journal.periodLocked' : 'journal.periodClosed';
  throw new Conflict(key, params, [{ path: 'period', message: key, params }], 'period-closed');
}

async function insert(
  trx: Knex,
  actor: Actor,
  entry: Omit<repo.EntryValues, 'number' | 'posted_by'>,
  lines: PostLine[],
): Promise<PostedEntry> {
  const totalFen = checkLines(lines);
  await checkAccounts(trx, lines);
  await checkPeriodOpen(trx, entry.period);
  // One gap-free series per month for the whole company, kept on the root unit's counter.
  const root = await repo.rootUnitId(trx);
  // Numbered by the statement that inserts it: the counter's row lock queues every other posting
  // until commit, so it is taken last, after every check above, and held for one statement and the
  // audit row only.
  const { id, number } = await repo.insertNumberedEntry(
    trx,
    { type: JOURNAL_SERIES, unitId: root, period: entry.period.slice(0, 7) },
    { prefix: journalNumberPrefix(entry.period), digits: JOURNAL_NUMBER_DIGITS },
    { ...entry, posted_by: actor.userId },
    lines.map(lineValues),
  );
  const posted: PostedEntry = { id, number, period: entry.period, entryDate: entry.entry_date, kind: entry.kind, totalFen };
  await audit(trx, actor, {
    action: entry.kind === 'reversal' ? 'journal_entry.reverse' : 'journal_entry.post',
    entity: 'journal_entry',
    entityId: id,
    after: { ...posted, reason: entry.reason, reversesId: entry.reverses_id, sourceType: entry.source_type, sourceId: entry.source_id },
  });
  return posted;
}

/**
 * Posts one balanced entry inside the CALLER's transaction (income recognition and collections
 * post together with their own rows, so both commit or neither does). Checks what it can and
 * answers a clear problem (unbalanced, not a leaf account, period not open); the database checks
 * the same again at insert and at commit. A month after every period on the books is opened by
 * its first posting.
 *
 *   await db.transaction(async (trx) => {
 *     const entry = await postEntry(trx, { entryDate: '2026-11-30', kind: 'recognition', memo: '11月广告收入',
 *       sourceType: 'ad_agreement', sourceId: 12,
 *       lines: [{ accountCode: '1122', debitFen: 106_00, customerId: 3, agreementId: 12 },
 *               { accountCode: '6051.01.01', creditFen: 100_00, agreementId: 12 },
 *               { accountCode: '2221.01', creditFen: 6_00, agreementId: 12 }] }, actor);
 *     // entry.number === '记-2026-11-0001'
 *   });
 */
export async function postEntry(trx: Knex, input: PostEntryInput, actor: Actor): Promise<PostedEntry> {
  return insert(trx, actor, { ...entryValues(input), request_key: input.requestKey ?? null }, input.lines);
}

/**
 * Posts many entries at once inside the caller's transaction, with the same checks as postEntry
 * (balanced, leaf accounts, period open) and the same database guarantees, but numbered as one
 * block and inserted with multi-row statements: the month-end run posts ten thousand vouchers in
 * seconds instead of minutes. One audit row records the batch (its count, first and last number);
 * each entry names its source document. Returns the posted entries in input order.
 */
export async function postEntries(trx: Knex, inputs: readonly PostEntryInput[], actor: Actor): Promise<PostedEntry[]> {
  if (inputs.length === 0) return [];
  const prepared = inputs.map((input) => {
    const entry = entryValues(input);
    return { input, entry, period: entry.period, totalFen: checkLines(input.lines) };
  });
  await checkAccounts(
    trx,
    prepared.flatMap((p) => p.input.lines),
  );
  const periods = [...new Set(prepared.map((p) => p.period))].sort();
  for (const period of periods) await checkPeriodOpen(trx, period);
  // The same company-wide series per month as postEntry, on the root unit's counter.
  const rootId = await repo.rootUnitId(trx);
  // The blocks of numbers last, just before the inserts: the counter's row lock queues other postings until commit.
  const numbers = new Map<string, number>();
  for (const period of periods) {
    const count = prepared.filter((p) => p.period === period).length;
    numbers.set(period, await nextNumbers(trx as Knex.Transaction, { type: JOURNAL_SERIES, unitId: rootId, period: period.slice(0, 7) }, count));
  }
  const rows = prepared.map(({ input, entry, period, totalFen }) => {
    const seq = numbers.get(period)!;
    numbers.set(period, seq + 1);
    return { entry: { number: journalNumber(period, seq), ...entry, posted_by: actor.userId }, lines: input.lines.map(lineValues), totalFen };
  });
  const ids = await repo.insertEntries(trx, rows);
  const posted = rows.map((r, i): PostedEntry => ({ id: ids[i], number: r.entry.number, period: r.entry.period, entryDate: r.entry.entry_date, kind: r.entry.kind, totalFen: r.totalFen }));
  await audit(trx, actor, {
    action: 'journal_entry.post',
    entity: 'journal_entry',
    entityId: posted[0].id,
    after: { batch: posted.length, first: posted[0].number, last: posted[posted.length - 1].number, totalFen: posted.reduce((a, p) => a + p.totalFen, 0) },
  });
  return posted;
}

/**
 * Reverses an entry (红字冲销) inside the caller's transaction: a new entry of kind 'reversal' whose
 * lines mirror the original's (same accounts and dimensions, debit and credit swapped), dated
 * `entryDate` (today in China when not given) and booked in that day's month, so an entry of a
 * closed month is undone in the open one. An entry is reversed once; a reversal is not reversed.
 * The original row is locked first, so two reversals of one entry queue and the second gets 409.
 */
export async function reverseEntry(
  trx: Knex,
  entryId: number,
  reason: string,
  actor: Actor,
  opts: { entryDate?: string } = {},
): Promise<PostedEntry> {
  if (!reason.trim()) throw Invalid.field('reason', 'journal.reasonRequired');
  await repo.lockEntry(trx, entryId);
  const original = await repo.findEntry(trx, entryId);
  if (!original) throw new NotFound('journal.unknownEntry');
  if (original.kind === 'reversal') throw new Conflict('journal.reversalOfReversal', { number: original.number });
  if (original.reversed_by_number) throw new Conflict('journal.alreadyReversed', { number: original.number, by: original.reversed_by_number });
  const lines = await repo.linesOf(trx, entryId);
  const entryDate = opts.entryDate ?? calendarDay(new Date());
  return insert(
    trx,
    actor,
    {
      period: periodOf(entryDate),
      entry_date: entryDate,
      kind: 'reversal',
      memo: `冲销 ${original.number}：${original.memo}`,
      source_type: original.source_type,
      source_id: original.source_id,
      reason: reason.trim(),
      reverses_id: entryId,
    },
    lines.map((l) => ({
      accountCode: l.account_code,
      debitFen: l.credit_fen,
      creditFen: l.debit_fen,
      unitId: l.unit_id,
      customerId: l.customer_id,
      agreementId: l.agreement_id,
      memo: l.memo,
    })),
  );
}

/** The entries a source document posted (income recognition asks before posting a month again). */
export async function entriesOfSource(db: Knex, sourceType: string, sourceId: number): Promise<JournalEntrySummary[]> {
  return (await repo.findEntryBySource(db, sourceType, sourceId)).map(toSummary);
}

// ---- finance's own postings (routes) ---------------------------------------------------------

/** A manual entry (手工凭证) by finance, with its reason; answered as the voucher shows it. */
export async function postManual(db: Knex, actor: Actor, user: SessionUser, lang: Lang, input: ManualEntryInput, key?: string): Promise<JournalEntry> {
  // A retry of a request that posted before its answer was lost (the server died): its entry, not a second one.
  const requestKey = key ? `${user.id}:${key}` : null;
  const earlier = requestKey ? await repo.entryOfRequest(db, requestKey) : undefined;
  if (earlier !== undefined) return readEntry(db, user, lang, earlier);
  // Read back after the commit: the numbering counter's row lock is held only while posting.
  const posted = await db.transaction((trx) => postEntry(trx, { ...input, kind: 'manual', requestKey }, actor));
  return readEntry(db, user, lang, posted.id);
}

/** Reverses an entry from the voucher screen; answered as the reversal's voucher. */
export async function reverse(db: Knex, actor: Actor, user: SessionUser, lang: Lang, id: number, input: ReverseInput): Promise<JournalEntry> {
  const posted = await db.transaction((trx) => reverseEntry(trx, id, input.reason, actor, { entryDate: input.entryDate }));
  return readEntry(db, user, lang, posted.id);
}

/** The voucher PDF (always in Chinese, as filed); scoped like the voucher itself. */
export async function voucherPdf(db: Knex, user: SessionUser, res: Response, id: number): Promise<void> {
  const entry = await readEntry(db, user, 'zh', id);
  const body = await renderVoucherPdf(entry);
  sendAttachment(res, body, `记账凭证-${entry.number}.pdf`, `voucher-${entry.number.replace(/^记-/, 'JZ-')}.pdf`, PDF);
}
