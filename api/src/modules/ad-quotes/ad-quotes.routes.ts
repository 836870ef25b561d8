import { Quote, QuoteList, QuotePreview } from '@portal/domain/contracts';
import { AD_QUOTER_ROLES, AD_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { downloadQuote, exportQuotes } from './ad-quotes.documents';
import { browseQuotesQuery, createQuoteBody, exportQuotesQuery, previewBody, quoteDownloadQuery, updateQuoteBody, versionBody } from './ad-quotes.schema';
import * as quotes from './ad-quotes.service';

// Quotes: everyone in ad sales reads (a branch only its own branch's), quoters write.
// Unit scope is checked in the service: another branch's quote is 404.
export const adQuotesRoutes = [
  route({
    method: 'get',
    path: '/ad-quotes',
    allow: AD_READER_ROLES,
    response: QuoteList,
    summary: 'Quotations, ?q&status&unitId&customerId; a branch sees its own',
    query: browseQuotesQuery,
    handle: ({ db, user, lang, query }) => quotes.browseQuotes(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/ad-quotes.xlsx',
    allow: AD_READER_ROLES,
    response: 'file',
    summary: 'The quotation list as shown (same filters and sort, every page up to 5000 rows) as an XLSX workbook',
    query: exportQuotesQuery,
    handle: ({ db, res, user, lang, query }) => exportQuotes(db, res, user, lang, query),
  }),
  route({
    method: 'post',
    path: '/ad-quotes/preview',
    allow: AD_QUOTER_ROLES,
    response: QuotePreview,
    summary: 'Totals, paid share, who must approve and slot conflicts of a quote being edited; writes nothing',
    body: previewBody,
    handle: ({ db, user, lang, body }) => quotes.previewQuote(db, user, lang, body),
  }),
  route({
    method: 'get',
    path: '/ad-quotes/:id',
    allow: AD_READER_ROLES,
    response: Quote,
    summary: 'One quotation with lines, approval, discount decision and what this user may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => quotes.readQuote(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/ad-quotes',
    allow: AD_QUOTER_ROLES,
    response: Quote,
    status: 201,
    idempotent: true,
    summary: 'A new draft quotation, numbered per unit and month; list prices from the published card',
    body: createQuoteBody,
    handle: ({ db, config, user, actor, lang, body }) => quotes.createQuote(db, user, actor, lang, body, config.AD_MAX_FLIGHT_DAYS),
  }),
  route({
    method: 'put',
    path: '/ad-quotes/:id',
    allow: AD_QUOTER_ROLES,
    response: Quote,
    summary: 'Edit a quotation (with its version); after approval it returns to draft',
    params: idParam,
    body: updateQuoteBody,
    handle: ({ db, config, user, actor, lang, params, body }) => quotes.updateQuote(db, user, actor, lang, params.id, body, config.AD_MAX_FLIGHT_DAYS),
  }),
  route({
    method: 'post',
    path: '/ad-quotes/:id/submit',
    allow: AD_QUOTER_ROLES,
    response: Quote,
    summary: 'Submit: approved at once within authority, else to the approvers; refused below the floor',
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => quotes.submitQuote(db, user, actor, lang, params.id, body.version),
  }),
  ...(['send', 'accept', 'decline', 'cancel'] as const).map((action) =>
    route({
      method: 'post',
      path: `/ad-quotes/:id/${action}`,
      allow: AD_QUOTER_ROLES,
      response: Quote,
      summary:
        action === 'accept'
          ? 'The customer accepted: books its exclusive slots (409 when already booked)'
          : `Mark the quotation ${action === 'send' ? 'sent to the customer' : action === 'decline' ? 'declined by the customer' : 'cancelled'}`,
      params: idParam,
      body: versionBody,
      handle: ({ db, user, actor, lang, params, body }) => quotes.moveQuote(db, user, actor, lang, params.id, body.version, action),
    }),
  ),
  // Branch marketers download their own branch's quotes too (the scope is the screen's: 404 for another branch),
  // but only the customer's copy: ?copy=internal (with the approval trail) is 403 unless AD_INTERNAL_COPY_ROLES.
  ...(['pdf', 'xlsx'] as const).map((kind) =>
    route({
      method: 'get',
      path: `/ad-quotes/:id/${kind}`,
      allow: AD_READER_ROLES,
      response: 'file',
      summary: `The quotation as ${kind === 'pdf' ? 'an A4 PDF (草稿/DRAFT watermark until approved)' : 'an XLSX workbook'} (attachment); ?copy=internal adds the approval trail`,
      params: idParam,
      query: quoteDownloadQuery,
      handle: ({ db, res, user, lang, params, query }) => downloadQuote(db, res, user, lang, params.id, kind, query.copy),
    }),
  ),
];
