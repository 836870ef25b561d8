import { Inquiry, InquiryList, SupplierQuote, SupplierQuoteComparison, SupplierQuoteList } from '@portal/domain/contracts';
import { INQUIRY_EDITOR_ROLES, INQUIRY_INTERNAL_ROLES, INQUIRY_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseInquiriesQuery, closeInquiryBody, createInquiryBody, submitQuoteBody } from './inquiries.schema';
import * as inquiries from './inquiries.service';
import * as quotes from './inquiries.quotes';

// Scope: a clerk or head its buying unit's, leaders/finance/audit all, a supplier contact only what its company was invited to (404 otherwise).
export const inquiriesRoutes = [
  route({
    method: 'get',
    path: '/inquiries',
    allow: INQUIRY_READER_ROLES,
    response: InquiryList,
    summary: 'Inquiries (询价单) in scope; a supplier contact sees those its company was invited to',
    query: browseInquiriesQuery,
    handle: ({ db, user, query }) => inquiries.browseInquiries(db, user, query),
  }),
  route({
    method: 'post',
    path: '/inquiries',
    allow: INQUIRY_EDITOR_ROLES,
    response: Inquiry,
    status: 201,
    summary: "Send an inquiry for the clerk's buying unit to invited suppliers; their contacts are notified",
    body: createInquiryBody,
    handle: ({ db, config, actor, user, body }) => inquiries.createInquiry(db, actor, user, body, config.MIN_QUOTE_WINDOW_SECONDS),
  }),
  route({
    method: 'get',
    path: '/inquiries/:id',
    allow: INQUIRY_READER_ROLES,
    response: Inquiry,
    summary: 'One inquiry with its lines and who has quoted — never a price',
    params: idParam,
    handle: ({ db, user, params }) => inquiries.readInquiry(db, user, params.id),
  }),
  route({
    method: 'post',
    path: '/inquiries/:id/close',
    allow: INQUIRY_EDITOR_ROLES,
    response: Inquiry,
    summary: 'Close an inquiry (with its version): no more quotes',
    params: idParam,
    body: closeInquiryBody,
    handle: ({ db, actor, user, params, body }) => inquiries.closeInquiry(db, actor, user, params.id, body.version),
  }),
  route({
    method: 'get',
    path: '/inquiries/:id/quotes',
    allow: INQUIRY_READER_ROLES,
    response: SupplierQuoteList,
    summary: "Quotes with every revision: a contact its own; the buyer only who quoted until the deadline, then all",
    params: idParam,
    handle: ({ db, user, params }) => quotes.browseQuotes(db, user, params.id),
  }),
  route({
    method: 'post',
    path: '/inquiries/:id/quotes',
    allow: ['supplier_contact'],
    response: SupplierQuote,
    status: 201,
    summary: "A supplier contact quotes or revises (a new revision); refused after the deadline by the database's clock",
    params: idParam,
    body: submitQuoteBody,
    handle: ({ db, actor, user, params, body }) => quotes.submitQuote(db, actor, user, params.id, body),
  }),
  route({
    method: 'get',
    path: '/inquiries/:id/comparison',
    allow: INQUIRY_INTERNAL_ROLES,
    response: SupplierQuoteComparison,
    summary: "After the deadline: suppliers' latest quotes side by side, lowest per line, standing and the lowest mall price",
    params: idParam,
    handle: ({ db, user, params }) => quotes.compareQuotes(db, user, params.id),
  }),
];
