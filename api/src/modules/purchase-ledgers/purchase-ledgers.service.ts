import type { Knex } from 'knex';
import type { Response } from 'express';
import {
  BUYING_UNITS,
  hasAnyRole,
  MATCH_STATUSES,
  VC_STATUSES,
  matchOrder,
  PURCHASE_LEDGER_READ_ALL_ROLES,
  LEDGER_UNIT_ROLES,
  monthRange,
  type BuyingUnit,
  type Platform,
  type PurchaseLedger,
  type ItemCategory,
} from '@portal/domain';
import {
  INVOICE_LEDGER_STATUSES,
  type InvoiceLedgerRow,
  type LedgerMonthTotal,
  type LedgerTotals,
  type MismatchList,
  type OrderLedgerRow,
  type PaymentLedgerRow,
  type PurchaseLedgerPage,
  type PurchaseSpend,
  type VirtualContractLedgerRow,
} from '@portal/domain/contracts';
import { Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { loadUnitTree, subtreeScope, type Scope } from '../units/units.scope';
import * as repo from './purchase-ledgers.repo';
import type { LedgerQuery, MismatchQuery, SpendQuery } from './purchase-ledgers.schema';
import { streamLedgerXlsx } from './purchase-ledgers.xlsx';

/**
 * The purchasing ledgers (台账): reads only. A buying unit's clerk and head see that unit's
 * rows; company leaders, finance and audit every unit's. Another unit's rows are not in the
 * answer at all (the scope service's units bound every query), whatever the filters ask.
 */
export async function ledgerScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  if (hasAnyRole(viewer.roles, PURCHASE_LEDGER_READ_ALL_ROLES)) return null;
  return subtreeScope(db, viewer.roles, LEDGER_UNIT_ROLES);
}

/** Each ledger's states, as its `status` filter takes them. */
const LEDGER_STATUSES: Record<PurchaseLedger, readonly string[]> = {
  orders: MATCH_STATUSES,
  'virtual-contracts': VC_STATUSES,
  payments: ['payment', 'reversal'],
  'invoice-handovers': INVOICE_LEDGER_STATUSES,
};

export const LEDGER_QUERIES: Record<PurchaseLedger, repo.LedgerQueries> = {
  orders: repo.ordersLedger,
  'virtual-contracts': repo.virtualContractsLedger,
  payments: repo.paymentsLedger,
  'invoice-handovers': repo.invoicesLedger,
};

/** At most this many rows go into one export: a whole year of both units fits; more is asked to narrow. */
export const EXPORT_MAX_ROWS = 50_000;
const EXPORT_BATCH = 500;

async function unitIdOf(db: Knex, code: BuyingUnit | undefined): Promise<number | undefined> {
  if (!code) return undefined;
  const unit = (await loadUnitTree(db)).units.find((u) => u.code === code && (BUYING_UNITS as readonly string[]).includes(u.code));
  // A buying unit the tree lacks matches nothing (−1 is no id), rather than everything.
  return unit?.id ?? -1;
}

export async function ledgerFilter(
  db: Knex,
  viewer: SessionUser,
  f: { unit?: BuyingUnit; month?: string; platform?: Platform; supplierId?: number; orderId?: number; status?: string; q?: string },
  ledger?: PurchaseLedger,
): Promise<repo.LedgerFilter> {
  if (ledger && f.status && !LEDGER_STATUSES[ledger].includes(f.status)) {
    throw Invalid.field('status', 'purchaseLedgers.badStatus', { status: f.status, allowed: LEDGER_STATUSES[ledger].join(', ') });
  }
  const range = f.month ? monthRange(f.month) : undefined;
  return {
    scope: await ledgerScope(db, viewer),
    unitId: await unitIdOf(db, f.unit),
    from: range?.from,
    until: range?.until,
    platform: f.platform,
    supplierId: f.supplierId,
    orderId: f.orderId,
    status: f.status || undefined,
    q: f.q || undefined,
  };
}

const iso = (at: Date | string | null): string | null => (at === null ? null : new Date(at).toISOString());
const named = (id: number, zh: string, en: string, lang: Lang) => ({ id, name: lang === 'zh' ? zh : en || zh });
const person = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });

/** An order of the ledger, its status from the domain's three-way match (the one rule; the SQL filter follows it). */
export function toOrderRow(r: repo.OrderLedgerDbRow, lang: Lang): OrderLedgerRow {
  const m = matchOrder({
    totalFen: Number(r.total_fen),
    freightFen: Number(r.freight_fen),
    discountFen: Number(r.discount_fen),
    acceptedFen: Number(r.accepted_fen),
    refundFen: Number(r.refund_fen),
    fullyDelivered: r.fully_delivered,
    invoicedFen: Number(r.invoiced_fen),
    paidFen: Number(r.paid_fen),
    cancelled: r.status === 'cancelled',
  });
  return {
    id: r.id,
    number: r.number,
    unit: named(r.unit_id, r.unit_zh, r.unit_en, lang),
    platform: r.platform as Platform | null,
    platformName: r.platform_name,
    shop: r.shop,
    supplier: { id: r.supplier_id, name: r.supplier_name },
    platformOrderNo: r.platform_order_no,
    // A contract order's platform order number is its signed e-contract's number.
    contract: r.contract_id === null ? null : { id: r.contract_id, number: r.platform_order_no },
    orderedOn: r.ordered_on,
    orderStatus: r.status,
    totalFen: Number(r.total_fen),
    refundFen: Number(r.refund_fen),
    acceptedFen: Number(r.accepted_fen),
    invoicedFen: Number(r.invoiced_fen),
    paidFen: Number(r.paid_fen),
    requestedFen: Number(r.requested_fen),
    delivery: r.fully_delivered ? 'full' : r.any_delivered ? 'partial' : 'none',
    vcNumber: r.vc_number,
    vcStatus: r.vc_status,
    match: m.status,
    mismatch: m.mismatches[0] ?? null,
    aboveLowestLines: r.above_lowest_lines,
    priceReasons: r.price_reasons,
  };
}

export function toVcRow(r: repo.VcLedgerDbRow, lang: Lang): VirtualContractLedgerRow {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    order: { id: r.order_id, number: r.order_number, platformOrderNo: r.platform_order_no },
    unit: named(r.unit_id, r.unit_zh, r.unit_en, lang),
    platform: r.platform as Platform,
    platformName: r.platform_name,
    supplier: { id: r.supplier_id, name: r.supplier_name },
    orderedOn: r.ordered_on,
    amountFen: Number(r.amount_fen),
    attachment: r.attachment_id === null ? null : { id: r.attachment_id, filename: r.attachment_filename ?? '', sha256: r.attachment_sha256 ?? '' },
    confirmedBy: person(r.confirmed_by, r.confirmed_by_name),
    confirmedAt: iso(r.confirmed_at),
  };
}

export function toPaymentRow(r: repo.PaymentLedgerDbRow, lang: Lang): PaymentLedgerRow {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    amountFen: Number(r.amount_fen),
    paidOn: r.paid_on,
    payingAccount: r.paying_account,
    bankRef: r.bank_ref,
    reason: r.reason,
    reversesId: r.reverses_id,
    request: { id: r.request_id, number: r.request_number },
    unit: named(r.unit_id, r.unit_zh, r.unit_en, lang),
    supplier: { id: r.supplier_id, name: r.supplier_name },
    payee: r.payee,
    method: r.method,
    prepayment: r.prepayment,
    orders: r.orders ?? '',
    recordedBy: person(r.recorded_by, r.recorded_by_name),
    recordedAt: iso(r.recorded_at)!,
  };
}

export function toInvoiceRow(r: repo.InvoiceLedgerDbRow, lang: Lang): InvoiceLedgerRow {
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    invoiceNo: r.invoice_no,
    issuedOn: r.issued_on,
    unit: named(r.unit_id, r.unit_zh, r.unit_en, lang),
    sellerName: r.seller_name,
    sellerTaxId: r.seller_tax_id,
    amountFen: Number(r.net_fen),
    taxFen: Number(r.tax_fen),
    totalFen: Number(r.total_fen),
    orders: r.orders ?? '',
    status: r.ledger_status,
    signedBy: person(r.signed_by, r.signed_by_name),
    signedAt: iso(r.signed_at),
    handover:
      r.handover_id === null
        ? null
        : {
            id: r.handover_id,
            number: r.handover_number ?? '',
            handedOverBy: person(r.handed_over_by, r.handed_over_by_name),
            handedOverAt: iso(r.handed_over_at)!,
            confirmedBy: person(r.confirmed_by, r.confirmed_by_name),
            confirmedAt: iso(r.confirmed_at),
          },
  };
}

/** A ledger's database rows as its contract's rows. */
export const ROW_MAPPERS: Record<PurchaseLedger, (r: never, lang: Lang) => unknown> = {
  orders: toOrderRow,
  'virtual-contracts': toVcRow,
  payments: toPaymentRow,
  'invoice-handovers': toInvoiceRow,
};

function toMonthTotal(r: repo.MonthTotalRow): LedgerMonthTotal {
  const out: LedgerMonthTotal = { month: r.month, count: Number(r.count), amountFen: Number(r.amount_fen) };
  if (r.accepted_fen !== undefined) out.acceptedFen = Number(r.accepted_fen);
  if (r.invoiced_fen !== undefined) out.invoicedFen = Number(r.invoiced_fen);
  if (r.paid_fen !== undefined) out.paidFen = Number(r.paid_fen);
  return out;
}

function grandTotal(months: readonly LedgerMonthTotal[], extras: boolean): Omit<LedgerMonthTotal, 'month'> {
  const sum = (k: 'count' | 'amountFen' | 'acceptedFen' | 'invoicedFen' | 'paidFen') => months.reduce((s, m) => s + (m[k] ?? 0), 0);
  const out: Omit<LedgerMonthTotal, 'month'> = { count: sum('count'), amountFen: sum('amountFen') };
  if (extras) Object.assign(out, { acceptedFen: sum('acceptedFen'), invoicedFen: sum('invoicedFen'), paidFen: sum('paidFen') });
  return out;
}

/** One page of a ledger, newest first, and how many rows its filters keep. */
export async function readLedger(db: Knex, viewer: SessionUser, lang: Lang, ledger: PurchaseLedger, q: LedgerQuery): Promise<PurchaseLedgerPage> {
  const f = await ledgerFilter(db, viewer, q, ledger);
  const { items, total } = await repo.ledgerPage<never>(db, LEDGER_QUERIES[ledger], f, q);
  return { ledger, items: items.map((r) => ROW_MAPPERS[ledger](r, lang)), total } as PurchaseLedgerPage;
}

/** A ledger's month totals over every row its filters keep, and their sum. */
export async function readTotals(db: Knex, viewer: SessionUser, ledger: PurchaseLedger, q: LedgerQuery): Promise<LedgerTotals> {
  const f = await ledgerFilter(db, viewer, q, ledger);
  const l = LEDGER_QUERIES[ledger];
  const months = (await repo.monthTotals(db, l, f)).map(toMonthTotal);
  return { months, totals: grandTotal(months, Boolean(l.totals)) };
}

/** A row's share of the month totals: its ledger date and money (the orders ledger's also accepted, invoiced, paid). */
interface TotalledRow {
  ledger_date: string;
  id: number;
  amount_fen: number;
  accepted_fen?: number;
  invoiced_fen?: number;
  paid_fen?: number;
}

/**
 * The ledger as an XLSX file written to the response as its rows are read, in batches: memory
 * stays flat. The next batch is asked for before the current one is written, so the database and
 * the writer work at once; the month totals are added up from the rows as they pass (the same
 * figures the /totals query gives, and exactly what the file shows), not read again.
 */
export async function exportLedger(db: Knex, res: Response, viewer: SessionUser, lang: Lang, ledger: PurchaseLedger, q: LedgerQuery): Promise<void> {
  const f = await ledgerFilter(db, viewer, q, ledger);
  const l = LEDGER_QUERIES[ledger];
  const count = await repo.ledgerCount(db, l, f);
  if (count > EXPORT_MAX_ROWS) throw Invalid.field('month', 'purchaseLedgers.tooMany', { count, max: EXPORT_MAX_ROWS });
  const extras = Boolean(l.totals);
  const months = new Map<string, LedgerMonthTotal>();
  const add = (r: TotalledRow) => {
    const month = String(r.ledger_date).slice(0, 7);
    let m = months.get(month);
    if (!m) months.set(month, (m = extras ? { month, count: 0, amountFen: 0, acceptedFen: 0, invoicedFen: 0, paidFen: 0 } : { month, count: 0, amountFen: 0 }));
    m.count += 1;
    m.amountFen += Number(r.amount_fen);
    if (extras) {
      m.acceptedFen! += Number(r.accepted_fen ?? 0);
      m.invoicedFen! += Number(r.invoiced_fen ?? 0);
      m.paidFen! += Number(r.paid_fen ?? 0);
    }
  };
  const batch = (after: repo.Cursor | null) => {
    const p = repo.ledgerBatch<TotalledRow>(db, l, f, after, EXPORT_BATCH);
    // A batch read ahead that nobody awaits (the download was cut short) must not crash the process.
    p.catch(() => undefined);
    return p;
  };
  async function* batches() {
    let next = batch(null);
    for (;;) {
      const rows = await next;
      const last = rows.at(-1);
      if (last && rows.length === EXPORT_BATCH) next = batch({ date: last.ledger_date, id: last.id });
      for (const r of rows) add(r);
      if (rows.length) yield rows.map((r) => ROW_MAPPERS[ledger](r as never, lang));
      if (rows.length < EXPORT_BATCH) return;
    }
  }
  const totals = () => {
    const list = [...months.values()].sort((a, b) => (a.month < b.month ? 1 : -1));
    return { months: list, totals: grandTotal(list, extras) };
  };
  await streamLedgerXlsx(res, lang, ledger, { filter: q, totals }, batches());
}

/** Orders whose three-way match is a mismatch, newest first, with why. */
export async function listMismatches(db: Knex, viewer: SessionUser, lang: Lang, q: MismatchQuery): Promise<MismatchList> {
  const f = await ledgerFilter(db, viewer, { ...q, status: 'mismatch' }, 'orders');
  const { items, total } = await repo.ledgerPage<repo.OrderLedgerDbRow>(db, repo.ordersLedger, f, q);
  return { items: items.map((r) => toOrderRow(r, lang)), total };
}

/** A month's spend: what was paid on each platform, goods by requesting department and by category. */
export async function spend(db: Knex, viewer: SessionUser, lang: Lang, q: SpendQuery): Promise<PurchaseSpend> {
  const f = await ledgerFilter(db, viewer, q);
  const [platforms, departments, categories] = await Promise.all([repo.spendByPlatform(db, f), repo.spendByDepartment(db, f), repo.spendByCategory(db, f)]);
  return {
    month: q.month,
    totalFen: platforms.reduce((s, p) => s + Number(p.amount_fen), 0),
    byPlatform: platforms.map((p) => ({ platform: p.platform as Platform | null, platformName: p.platform_name, orders: Number(p.orders), amountFen: Number(p.amount_fen) })),
    byDepartment: departments.map((d) => ({
      department: d.department_id === null ? null : named(d.department_id, d.name_zh ?? '', d.name_en ?? '', lang),
      amountFen: Number(d.amount_fen),
    })),
    byCategory: categories.map((c) => ({ category: c.category as ItemCategory, amountFen: Number(c.amount_fen) })),
  };
}
