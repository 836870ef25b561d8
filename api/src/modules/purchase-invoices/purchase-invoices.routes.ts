import { INVOICE_READER_ROLES, PAYMENT_PAYER_ROLES, SETTLEMENT_KEEPER_ROLES } from '@portal/domain';
import { InvoiceableOrders, InvoiceHandover, InvoiceHandoverList, PurchaseInvoiceDetail, PurchaseInvoiceList } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseQuery, createBody, handoverBody, handoversQuery, invoiceableQuery, versionBody } from './purchase-invoices.schema';
import * as invoices from './purchase-invoices.service';

// Invoices (发票签收及交接): the buying unit's clerk records, signs for and hands over its invoices;
// finance confirms each handover, which locks its invoices; leaders and audit read. Another
// unit's invoice or handover is 404 (scope in the service).
export const purchaseInvoicesRoutes = [
  route({
    method: 'get',
    path: '/purchase-invoices/invoiceable',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: InvoiceableOrders,
    summary: "?supplierId: the clerk's open orders with what may still be invoiced against each",
    query: invoiceableQuery,
    handle: ({ db, user, query }) => invoices.invoiceable(db, user, query.supplierId),
  }),
  route({
    method: 'get',
    path: '/purchase-invoices',
    allow: INVOICE_READER_ROLES,
    response: PurchaseInvoiceList,
    summary: 'Invoices, ?status&kind&q, newest first; a clerk sees their own unit',
    query: browseQuery,
    handle: ({ db, user, lang, query }) => invoices.browse(db, user, lang, query),
  }),
  route({
    method: 'post',
    path: '/purchase-invoices',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: PurchaseInvoiceDetail,
    status: 201,
    idempotent: true,
    summary: 'Record an invoice against orders (422 naming the field for a broken rule; 409 for one already recorded)',
    body: createBody,
    handle: ({ db, user, actor, lang, body }) => invoices.create(db, user, actor, lang, body),
  }),
  route({
    method: 'get',
    path: '/purchase-invoices/:id',
    allow: INVOICE_READER_ROLES,
    response: PurchaseInvoiceDetail,
    summary: 'One invoice with its orders and what this user may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => invoices.read(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/purchase-invoices/:id/sign',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: PurchaseInvoiceDetail,
    summary: 'The clerk signs for the invoice (签收), once',
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => invoices.sign(db, user, actor, lang, params.id, body.version),
  }),
  route({
    method: 'get',
    path: '/invoice-handovers',
    allow: INVOICE_READER_ROLES,
    response: InvoiceHandoverList,
    summary: 'Handover batches (交接单), ?status, newest first',
    query: handoversQuery,
    handle: ({ db, user, lang, query }) => invoices.browseHandovers(db, user, lang, query),
  }),
  route({
    method: 'post',
    path: '/invoice-handovers',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: InvoiceHandover,
    status: 201,
    idempotent: true,
    summary: 'Hand signed invoices of one unit over to finance in one batch',
    body: handoverBody,
    handle: ({ db, user, actor, lang, body }) => invoices.handOver(db, user, actor, lang, body.invoiceIds),
  }),
  route({
    method: 'get',
    path: '/invoice-handovers/:id',
    allow: INVOICE_READER_ROLES,
    response: InvoiceHandover,
    summary: 'One handover batch with its invoices',
    params: idParam,
    handle: ({ db, user, lang, params }) => invoices.readHandover(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/invoice-handovers/:id/confirm',
    allow: PAYMENT_PAYER_ROLES,
    response: InvoiceHandover,
    summary: 'Finance confirms receipt; the invoices are locked from then on (database trigger)',
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => invoices.confirm(db, user, actor, lang, params.id, body.version),
  }),
];
