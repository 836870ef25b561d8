import { formatFen, MATCH_STATUS_LABELS, MATCH_MISMATCH_LABELS, platformLabel, type Platform, type PurchaseLedger } from '@portal/domain';
import type { InvoiceLedgerRow, OrderLedgerRow, PaymentLedgerRow, VirtualContractLedgerRow } from '@portal/domain/contracts';
import type { Lang, Text } from '../../core/i18n/text';
import { LEDGERS_TEXT as T } from './purchase-ledgers.text';

/**
 * Each ledger's columns, as data: a header, what a cell shows (in the current language) and
 * whether it is a number. One generic table renders all four ledgers from these.
 */
export interface LedgerColumn {
  key: string;
  header: Text;
  cell: (row: unknown, lang: Lang) => string;
  num?: boolean;
  /** a secondary line under the cell's text */
  sub?: (row: unknown, lang: Lang) => string;
  /** a status pill's tone: the cell shows as a pill with this class */
  tone?: (row: unknown) => string;
}

const yuan = (fen: number) => `¥${formatFen(fen)}`;
const platform = (lang: Lang, p: Platform | null, name: string | null) => platformLabel(p, name, lang);
/** 'YYYY-MM-DD HH:mm' on the company's clock (China time), whatever the browser's zone. */
const time = (at: string | null) => (at ? new Date(at).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16) : '');

const col = <R>(c: {
  key: string;
  header: Text;
  cell: (r: R, lang: Lang) => string;
  num?: boolean;
  sub?: (r: R, lang: Lang) => string;
  tone?: (r: R) => string;
}): LedgerColumn => c as unknown as LedgerColumn;

export const LEDGER_COLUMNS: Record<PurchaseLedger, LedgerColumn[]> = {
  orders: [
    col<OrderLedgerRow>({ key: 'number', header: T.colOrder, cell: (r) => r.number, sub: (r) => r.platformOrderNo }),
    col<OrderLedgerRow>({ key: 'orderedOn', header: T.colOrderedOn, cell: (r) => r.orderedOn }),
    col<OrderLedgerRow>({ key: 'unit', header: T.colUnit, cell: (r) => r.unit.name }),
    col<OrderLedgerRow>({ key: 'platform', header: T.colPlatform, cell: (r, l) => platform(l, r.platform, r.platformName), sub: (r) => r.shop }),
    col<OrderLedgerRow>({ key: 'supplier', header: T.colSupplier, cell: (r) => r.supplier.name }),
    col<OrderLedgerRow>({ key: 'total', header: T.colTotal, cell: (r) => yuan(r.totalFen), num: true }),
    col<OrderLedgerRow>({ key: 'accepted', header: T.accepted, cell: (r) => yuan(r.acceptedFen), num: true, sub: (r, l) => T.delivery[r.delivery][l] }),
    col<OrderLedgerRow>({ key: 'invoiced', header: T.invoiced, cell: (r) => yuan(r.invoicedFen), num: true }),
    col<OrderLedgerRow>({ key: 'paid', header: T.paid, cell: (r) => yuan(r.paidFen), num: true }),
    // A contract order shows its signed e-contract where a mall order shows its virtual contract.
    col<OrderLedgerRow>({
      key: 'vc',
      header: T.colVc,
      cell: (r, l) => (r.contract ? T.eContract[l] : r.vcStatus ? T.vcStatus[r.vcStatus][l] : '—'),
      sub: (r) => r.contract?.number ?? r.vcNumber ?? '',
    }),
    col<OrderLedgerRow>({
      key: 'match',
      header: T.colMatch,
      cell: (r, l) => MATCH_STATUS_LABELS[r.match][l],
      // Complete while goods are still to come is complete for the delivered part (domain purchasing-match.ts).
      sub: (r, l) => (r.mismatch ? MATCH_MISMATCH_LABELS[r.mismatch][l] : r.match === 'complete' && r.delivery === 'partial' ? T.forDeliveredPart[l] : ''),
      tone: (r) => r.match,
    }),
    col<OrderLedgerRow>({ key: 'reason', header: T.colReason, cell: (r) => r.priceReasons ?? '' }),
  ],
  'virtual-contracts': [
    col<VirtualContractLedgerRow>({ key: 'number', header: T.colContract, cell: (r) => r.number }),
    col<VirtualContractLedgerRow>({ key: 'order', header: T.colOrder, cell: (r) => r.order.number, sub: (r) => r.order.platformOrderNo }),
    col<VirtualContractLedgerRow>({ key: 'orderedOn', header: T.colOrderedOn, cell: (r) => r.orderedOn }),
    col<VirtualContractLedgerRow>({ key: 'unit', header: T.colUnit, cell: (r) => r.unit.name }),
    col<VirtualContractLedgerRow>({ key: 'supplier', header: T.colSupplier, cell: (r) => r.supplier.name, sub: (r, l) => platform(l, r.platform, r.platformName) }),
    col<VirtualContractLedgerRow>({ key: 'amount', header: T.amount, cell: (r) => yuan(r.amountFen), num: true }),
    col<VirtualContractLedgerRow>({ key: 'attachment', header: T.colAttachment, cell: (r) => r.attachment?.filename ?? '—', sub: (r) => (r.attachment ? `SHA-256 ${r.attachment.sha256.slice(0, 12)}…` : '') }),
    col<VirtualContractLedgerRow>({ key: 'status', header: T.status, cell: (r, l) => T.vcStatus[r.status][l], tone: (r) => r.status }),
    col<VirtualContractLedgerRow>({ key: 'confirmedBy', header: T.colConfirmedBy, cell: (r) => r.confirmedBy?.name ?? '', sub: (r) => time(r.confirmedAt) }),
  ],
  payments: [
    col<PaymentLedgerRow>({ key: 'number', header: T.colEntry, cell: (r) => r.number }),
    col<PaymentLedgerRow>({ key: 'kind', header: T.colKind, cell: (r, l) => T.paymentKind[r.kind][l], sub: (r) => r.reason ?? '', tone: (r) => r.kind }),
    col<PaymentLedgerRow>({ key: 'paidOn', header: T.colPaidOn, cell: (r) => r.paidOn }),
    col<PaymentLedgerRow>({ key: 'amount', header: T.amount, cell: (r) => yuan(r.amountFen), num: true }),
    col<PaymentLedgerRow>({ key: 'request', header: T.colRequest, cell: (r) => r.request.number, sub: (r, l) => (r.prepayment ? T.prepayment[l] : '') }),
    col<PaymentLedgerRow>({ key: 'unit', header: T.colUnit, cell: (r) => r.unit.name }),
    col<PaymentLedgerRow>({ key: 'supplier', header: T.colSupplier, cell: (r) => r.supplier.name, sub: (r) => r.payee }),
    col<PaymentLedgerRow>({ key: 'orders', header: T.colOrders, cell: (r) => r.orders }),
    col<PaymentLedgerRow>({ key: 'bankRef', header: T.colBankRef, cell: (r) => r.bankRef, sub: (r) => r.payingAccount }),
  ],
  'invoice-handovers': [
    col<InvoiceLedgerRow>({ key: 'invoice', header: T.colInvoice, cell: (r) => r.invoiceNo, sub: (r, l) => `${T.invoiceKind[r.kind][l]}${r.code ? ' · ' + r.code : ''}` }),
    col<InvoiceLedgerRow>({ key: 'issuedOn', header: T.colIssuedOn, cell: (r) => r.issuedOn }),
    col<InvoiceLedgerRow>({ key: 'unit', header: T.colUnit, cell: (r) => r.unit.name }),
    col<InvoiceLedgerRow>({ key: 'seller', header: T.colSeller, cell: (r) => r.sellerName, sub: (r) => r.sellerTaxId }),
    col<InvoiceLedgerRow>({ key: 'total', header: T.amount, cell: (r) => yuan(r.totalFen), num: true, sub: (r) => `${yuan(r.amountFen)} + ${yuan(r.taxFen)}` }),
    col<InvoiceLedgerRow>({ key: 'orders', header: T.colOrders, cell: (r) => r.orders }),
    col<InvoiceLedgerRow>({ key: 'status', header: T.status, cell: (r, l) => T.invoiceStatus[r.status][l], tone: (r) => r.status }),
    col<InvoiceLedgerRow>({ key: 'signedBy', header: T.colSignedBy, cell: (r) => r.signedBy?.name ?? '', sub: (r) => time(r.signedAt) }),
    col<InvoiceLedgerRow>({
      key: 'handover',
      header: T.colHandover,
      cell: (r) => r.handover?.number ?? '',
      sub: (r) => (r.handover?.confirmedBy ? `${r.handover.confirmedBy.name} ${time(r.handover.confirmedAt)}` : ''),
    }),
  ],
};

/** Each ledger's status filter: its states and their words. */
export const LEDGER_STATUS_OPTIONS: Record<PurchaseLedger, Record<string, Text>> = {
  orders: MATCH_STATUS_LABELS,
  'virtual-contracts': T.vcStatus,
  payments: T.paymentKind,
  'invoice-handovers': T.invoiceStatus,
};
