import { LEDGER_READER_ROLES } from '@portal/domain';
import { MismatchList, PurchaseLedgerPage, PurchaseSpend } from '@portal/domain/contracts';
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
    path: '/purchase-ledgers/:ledger',
    allow: LEDGER_READER_ROLES,
    response: PurchaseLedgerPage,
    summary: 'A ledger (orders, virtual-contracts, payments, invoice-handovers) with month totals, ?unit&month&platform&supplierId&status&q&page; ?format=xlsx streams the whole filtered ledger',
    params: ledgerParam,
    query: ledgerQuery,
    handle: ({ db, res, user, lang, params, query }) =>
      query.format === 'xlsx' ? ledgers.exportLedger(db, res, user, lang, params.ledger, query) : ledgers.readLedger(db, user, lang, params.ledger, query),
  }),
];
