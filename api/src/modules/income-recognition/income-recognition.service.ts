import type { Knex } from 'knex';
import { formatFen, grossToRecognise, isPeriod, periodEnd, REVENUE_ACCOUNTS, splitVat, sumFen, type Flight } from '@portal/domain';
import type { MonthEndPreview, MonthEndResult, MonthEndRow } from '@portal/domain/contracts';
import { Conflict, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { advancesHeld, applyAdvance, lockCustomerLedgers, owedByAgreement } from '../collections/collections.service';
import { postEntries, type PostEntryInput } from '../journal/journal.service';
import * as repo from './income-recognition.repo';

/**
 * 月末结转 (issue 14 §4–5): each month, every signed agreement earns the share of its amount its
 * flights ran that month (domain/ad-revenue.ts), booked Dr 1122 gross / Cr 6051.01.01 net /
 * Cr 2221.01 VAT with unit, customer and agreement on every line; a customer's advance in 2203 at
 * that unit settles the new receivable (Dr 2203 / Cr 1122). One income_recognitions row per
 * agreement and month makes the run idempotent; a second run, even a concurrent one, posts nothing.
 */

interface Computed {
  row: repo.CandidateRow;
  grossFen: number;
  netFen: number;
  vatFen: number;
  fromAdvanceFen: number;
}

export function checkPeriod(period: string): void {
  if (!isPeriod(period)) throw Invalid.field('period', 'incomeRecognition.badPeriod');
}

/**
 * The month's figures per agreement, computed in memory from two queries (agreements with what
 * they booked, and their flights), then the advances per customer and unit applied in agreement
 * order. Call inside the run's locks for figures that will be posted.
 */
async function compute(db: Knex, period: string): Promise<{ toPost: Computed[]; posted: repo.CandidateRow[] }> {
  const end = periodEnd(period);
  const [rows, flightRows] = await Promise.all([repo.candidates(db, period, end), repo.flights(db, end)]);
  const flightsOf = new Map<number, Flight[]>();
  for (const f of flightRows) {
    const list = flightsOf.get(f.agreement_id) ?? [];
    list.push({ startsOn: f.starts_on, endsOn: f.ends_on, amountFen: f.amount_fen });
    flightsOf.set(f.agreement_id, list);
  }
  const posted: repo.CandidateRow[] = [];
  const pending: { row: repo.CandidateRow; grossFen: number }[] = [];
  for (const row of rows) {
    if (row.posted_entry_id !== null) {
      posted.push(row);
      continue;
    }
    const grossFen = grossToRecognise(
      { amountFen: row.amount_fen, startsOn: row.starts_on, endsOn: row.ends_on, terminatedOn: row.terminated_on, flights: flightsOf.get(row.id) ?? [] },
      period,
      row.recognised_before_fen,
    );
    if (grossFen > 0) pending.push({ row, grossFen });
  }
  // A customer's advance at a unit settles its new receivables there, in agreement order, never
  // more than the month's gross nor than what the agreement's instalments still owe (an agreement
  // already paid ahead needs none of it).
  const advance = new Map<string, number>();
  if (pending.length) for (const a of await advancesHeld(db)) advance.set(`${a.customerId}/${a.unitId}`, a.balanceFen);
  const withAdvance = pending.filter(({ row }) => (advance.get(`${row.customer_id}/${row.unit_id}`) ?? 0) > 0);
  const owed = await owedByAgreement(
    db,
    withAdvance.map(({ row }) => row.id),
  );
  const toPost = pending.map(({ row, grossFen }) => {
    const key = `${row.customer_id}/${row.unit_id}`;
    const fromAdvanceFen = Math.max(0, Math.min(advance.get(key) ?? 0, grossFen, owed.get(row.id) ?? 0));
    if (fromAdvanceFen > 0) advance.set(key, (advance.get(key) ?? 0) - fromAdvanceFen);
    return { row, grossFen, ...splitVat(grossFen), fromAdvanceFen };
  });
  return { toPost, posted };
}

function totals(rows: { grossFen: number; netFen: number; vatFen: number; fromAdvanceFen: number }[]) {
  return {
    grossFen: sumFen(rows.map((r) => r.grossFen)),
    netFen: sumFen(rows.map((r) => r.netFen)),
    vatFen: sumFen(rows.map((r) => r.vatFen)),
    fromAdvanceFen: sumFen(rows.map((r) => r.fromAdvanceFen)),
  };
}

function toRow(row: repo.CandidateRow, figures: Omit<Computed, 'row'>, entry: { id: number; number: string } | null): MonthEndRow {
  return {
    agreementId: row.id,
    agreementNumber: row.number,
    customer: { id: row.customer_id, name: row.customer_name },
    unit: { id: row.unit_id, name: row.unit_zh, nameEn: row.unit_en },
    status: row.status,
    amountFen: row.amount_fen,
    recognisedBeforeFen: row.recognised_before_fen,
    ...figures,
    entry,
  };
}

/** What the run would post now, and what it already posted for the month. */
export async function preview(db: Knex, period: string): Promise<MonthEndPreview> {
  checkPeriod(period);
  const { toPost, posted } = await compute(db, period);
  const numbers = await repo.entryNumbers(
    db,
    posted.map((p) => p.posted_entry_id!),
  );
  const postedRows = posted.map((p) =>
    toRow(p, { grossFen: p.posted_gross_fen!, netFen: p.posted_net_fen!, vatFen: p.posted_vat_fen!, fromAdvanceFen: p.posted_from_advance_fen! }, { id: p.posted_entry_id!, number: numbers.get(p.posted_entry_id!) ?? '' }),
  );
  const pendingRows = toPost.map(({ row, ...figures }) => toRow(row, figures, null));
  return {
    period,
    periodStatus: await repo.periodStatus(db, period),
    rows: [...pendingRows, ...postedRows].sort((a, b) => a.agreementId - b.agreementId),
    toPost: { ...totals(pendingRows), count: pendingRows.length },
    posted: { ...totals(postedRows), count: postedRows.length },
  };
}

/** The entry of one agreement's month: income, VAT, and the advance applied. */
function entryFor(period: string, c: Computed): PostEntryInput {
  const { row } = c;
  const dims = { unitId: row.unit_id, customerId: row.customer_id, agreementId: row.id };
  const month = `${Number(period.slice(5, 7))}月`;
  return {
    entryDate: periodEnd(period),
    period,
    kind: 'recognition',
    memo: `${month}广告收入 ${row.number} ${row.customer_name}`,
    sourceType: 'ad_agreement',
    sourceId: row.id,
    lines: [
      { accountCode: REVENUE_ACCOUNTS.receivable, debitFen: c.grossFen, ...dims },
      { accountCode: REVENUE_ACCOUNTS.adIncome, creditFen: c.netFen, ...dims },
      ...(c.vatFen > 0 ? [{ accountCode: REVENUE_ACCOUNTS.outputVat, creditFen: c.vatFen, ...dims }] : []),
      ...(c.fromAdvanceFen > 0
        ? [
            { accountCode: REVENUE_ACCOUNTS.advance, debitFen: c.fromAdvanceFen, ...dims, memo: '预收冲抵应收' },
            { accountCode: REVENUE_ACCOUNTS.receivable, creditFen: c.fromAdvanceFen, ...dims, memo: '预收冲抵应收' },
          ]
        : []),
    ],
  };
}

/**
 * Runs month-end for a period in one transaction: everything posts or nothing does. The
 * month's lock first (a second run waits, then finds the rows and posts nothing), then the
 * receivable locks of the customers whose advances it may use (before any posting, in the
 * collections module's order), then the figures, the entries in batches and the rows.
 */
export async function run(db: Knex, actor: Actor, lang: Lang, period: string): Promise<MonthEndResult> {
  checkPeriod(period);
  return db.transaction(async (trx) => {
    await repo.lockMonthEnd(trx, period);
    const status = await repo.periodStatus(trx, period);
    if (status === 'closed' || status === 'locked') throw new Conflict('incomeRecognition.periodNotOpen', { period: period.slice(0, 7), status }, [], 'period-closed');
    await lockCustomerLedgers(
      trx,
      (await advancesHeld(trx)).map((a) => a.customerId),
    );
    const { toPost, posted } = await compute(trx, period);
    const sums = totals(toPost);
    if (toPost.length) {
      const entries = await postEntries(
        trx,
        toPost.map((c) => entryFor(period, c)),
        actor,
      );
      await repo.insertRecognitions(
        trx,
        toPost.map((c, i) => ({
          agreement_id: c.row.id,
          period,
          gross_fen: c.grossFen,
          net_fen: c.netFen,
          vat_fen: c.vatFen,
          from_advance_fen: c.fromAdvanceFen,
          entry_id: entries[i].id,
        })),
      );
      for (const c of toPost) if (c.fromAdvanceFen > 0) await applyAdvance(trx, c.row.customer_id, c.row.unit_id, c.row.id, c.fromAdvanceFen);
      await audit(trx, actor, {
        action: 'income_recognition.run',
        entity: 'income_recognition',
        entityId: period,
        after: { period, posted: toPost.length, ...sums, first: entries[0].number, last: entries[entries.length - 1].number },
      });
    }
    const message = toPost.length
      ? t('incomeRecognition.posted', lang, { count: toPost.length, gross: formatFen(sums.grossFen) })
      : t('incomeRecognition.nothingToPost', lang, { period: period.slice(0, 7) });
    return { period, posted: toPost.length, alreadyPosted: posted.length, totals: sums, message };
  });
}
