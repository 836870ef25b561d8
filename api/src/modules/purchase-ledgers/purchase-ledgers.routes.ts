import { LEDGER_READER_ROLES } from '@portal/domain';
import { LedgerTotals, MismatchList, PurchaseLedgerPage, PurchaseSpend } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { ledgerParam, ledgerQuery, mismatchQuery, spendQuery } from './purchase-ledgers.schema';
import * as ledgers from './purchase-ledgers.service';

// The purchasing ledgers (采购台账): reads over the orders, virtual contracts, payment register and
// invoices. A unit's clerk and head see their unit's rows; leaders, finance and audit every unit's.
// The fixed paths come before /:ledger so that "spend" is never taken for a ledger's name.
export const purchaseLedgersRoutes = [
  route({
    method: 'get',
    path: '/purchase-ledgers/mismatches',
    allow: LEDGER_READER_ROLES,
    response: MismatchList,
    summary: 'Orders whose three-way match is a mismatch, with the reason, ?unit&month&page',
    query: mismatchQuery,
    handle: ({ db, user, lang, query }) => ledgers.listMismatches(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/purchase-ledgers/spend',
    allow: LEDGER_READER_ROLES,
    response: PurchaseSpend,
    summary: "A month's spend by platform, requesting department and item category, ?month&unit",
    query: spendQuery,
    handle: ({ db, user, lang, query }) => ledgers.spend(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/purchase-ledgers/:ledger/totals',
    allow: LEDGER_READER_ROLES,
    response: LedgerTotals,
    summary: "A ledger's month totals (count, amount; for orders also accepted, invoiced, paid) over everything the same filters keep",
    params: ledgerParam,
    query: ledgerQuery,
    handle: ({ db, user, params, query }) => ledgers.readTotals(db, user, params.ledger, query),
  }),
  route({
    method: 'get',
    path: '/purchase-ledgers/:ledger',
    allow: LEDGER_READER_ROLES,
    response: PurchaseLedgerPage,
    summary: 'A page of a ledger (orders, virtual-contracts, payments, invoice-handovers), ?unit&month&platform&supplierId&orderId&status&q&page (orderId: one order’s three-way match); ?format=xlsx streams the whole filtered ledger',
    params: ledgerParam,
    query: ledgerQuery,
    handle: ({ db, res, user, lang, params, query }) =>
      query.format === 'xlsx' ? ledgers.exportLedger(db, res, user, lang, params.ledger, query) : ledgers.readLedger(db, user, lang, params.ledger, query),
  }),
];
