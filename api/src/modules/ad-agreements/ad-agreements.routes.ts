import { Agreement, AgreementDocumentList, AgreementList, AgreementQuoteList } from '@portal/domain/contracts';
import { AD_AGREEMENT_DRAFTER_ROLES, AD_AGREEMENT_READER_ROLES, AD_AGREEMENT_SIGNER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { readUpload } from '../../http/upload';
import { idParam } from '../../http/validate';
import { attachQuery, browseAgreementsQuery, createAgreementBody, documentParams, signQuery, terminateBody, updateAgreementBody } from './ad-agreements.schema';
import * as agreements from './ad-agreements.service';

// Agreements: every ad reader of the unit reads (another branch's is a 404); drafters write,
// signers sign and terminate, HQ e-commerce receives the branch's copies. The service checks
// the unit: a clerk drafts for his branch, a GM signs his branch's.
export const adAgreementsRoutes = [
  route({
    method: 'get',
    path: '/ad-agreements',
    allow: AD_AGREEMENT_READER_ROLES,
    response: AgreementList,
    summary: 'Ad agreements, ?q&status&unitId&customerId&sort&page; a branch sees its own',
    query: browseAgreementsQuery,
    handle: ({ db, user, lang, query }) => agreements.browseAgreements(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/ad-agreements/quotes',
    allow: AD_AGREEMENT_DRAFTER_ROLES,
    response: AgreementQuoteList,
    summary: 'Accepted quotes without an agreement that this user may draft one from',
    handle: ({ db, user, lang }) => agreements.acceptedQuotes(db, user, lang),
  }),
  route({
    method: 'get',
    path: '/ad-agreements/:id',
    allow: AD_AGREEMENT_READER_ROLES,
    response: Agreement,
    summary: 'One agreement with its flights, instalments, documents checklist, timeline and what this user may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => agreements.readAgreement(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/ad-agreements',
    allow: AD_AGREEMENT_DRAFTER_ROLES,
    response: Agreement,
    status: 201,
    idempotent: true,
    summary: 'A draft agreement from an accepted quote (terms snapshotted); instalments must sum to the amount (422 naming instalments)',
    body: createAgreementBody,
    handle: ({ db, user, actor, lang, body }) => agreements.createAgreement(db, user, actor, lang, body),
  }),
  route({
    method: 'put',
    path: '/ad-agreements/:id',
    allow: AD_AGREEMENT_DRAFTER_ROLES,
    response: Agreement,
    summary: "A draft's fee standard and instalments, at its version",
    params: idParam,
    body: updateAgreementBody,
    handle: ({ db, user, actor, lang, params, body }) => agreements.updateAgreement(db, user, actor, lang, params.id, body),
  }),
  route({
    method: 'post',
    path: '/ad-agreements/:id/sign',
    allow: AD_AGREEMENT_SIGNER_ROLES,
    response: Agreement,
    summary: 'Sign a draft with the scan of the signed copy as the raw body (PDF/PNG/JPEG), ?version&filename; the branch GM or HQ 电子商务部',
    params: idParam,
    query: signQuery,
    handle: async ({ db, req, res, user, actor, lang, params, query }) =>
      agreements.signAgreement(db, user, actor, lang, params.id, query.version, { filename: query.filename, bytes: await readUpload(req, res, 'adAgreements.noScan') }),
  }),
  route({
    method: 'post',
    path: '/ad-agreements/:id/terminate',
    allow: AD_AGREEMENT_SIGNER_ROLES,
    response: Agreement,
    summary: 'End a signed agreement early: reason and end date; months after it are not recognised',
    params: idParam,
    body: terminateBody,
    handle: ({ db, user, actor, lang, params, body }) => agreements.terminateAgreement(db, user, actor, lang, params.id, body),
  }),
  route({
    method: 'get',
    path: '/ad-agreements/:id/documents',
    allow: AD_AGREEMENT_READER_ROLES,
    response: AgreementDocumentList,
    summary: 'The documents checklist: the signed scan, and for a branch agreement its copies for HQ with who sent and received them',
    params: idParam,
    handle: ({ db, user, lang, params }) => agreements.documentsOfAgreement(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/ad-agreements/:id/documents/:kind',
    allow: AD_AGREEMENT_DRAFTER_ROLES,
    response: Agreement,
    summary: "The branch clerk attaches a copy for HQ (contract_copy, invoice_copy, ad_materials) as the raw body, ?filename",
    params: documentParams,
    query: attachQuery,
    handle: async ({ db, req, res, user, actor, lang, params, query }) =>
      agreements.attachDocument(db, user, actor, lang, params.id, params.kind, { filename: query.filename, bytes: await readUpload(req, res, 'adAgreements.noFile') }),
  }),
  route({
    method: 'post',
    path: '/ad-agreements/:id/documents/:kind/receive',
    allow: ['ecommerce_staff'],
    response: Agreement,
    summary: 'HQ 电子商务部 marks a branch copy received',
    params: documentParams,
    handle: ({ db, user, actor, lang, params }) => agreements.receiveDocument(db, user, actor, lang, params.id, params.kind),
  }),
];
