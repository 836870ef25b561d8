import { NEGOTIATION_BUYER_ROLES, NEGOTIATION_READER_ROLES, type Role } from '@portal/domain';
import { NegotiationDetail, NegotiationList, NegotiationVersions } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { agreeBody, browseQuery, commentBody, editBody, openBody } from './negotiations.schema';
import * as negotiations from './negotiations.service';

// Negotiation sheets (洽谈单): the buying unit's clerk and the supplier's contact edit and agree;
// the unit's head, leaders, finance and audit read. A contact sees only its own company's sheets
// (another's is 404, scope in the service).
const READERS = NEGOTIATION_READER_ROLES;
const PARTIES: readonly Role[] = [...NEGOTIATION_BUYER_ROLES, 'supplier_contact'];

export const negotiationsRoutes = [
  route({
    method: 'get',
    path: '/negotiations',
    allow: READERS,
    response: NegotiationList,
    summary: 'Negotiation sheets, ?state&q, latest activity first; a unit sees its own, a supplier contact its company’s',
    query: browseQuery,
    handle: ({ db, user, lang, query }) => negotiations.browse(db, user, lang, query),
  }),
  route({
    method: 'post',
    path: '/negotiations',
    allow: NEGOTIATION_BUYER_ROLES,
    response: NegotiationDetail,
    status: 201,
    idempotent: true,
    summary: 'Open a sheet from an inquiry’s comparison for one supplier and some or all of the lines it quoted (after the deadline only)',
    body: openBody,
    handle: ({ db, user, actor, lang, body }) => negotiations.open(db, user, actor, lang, body),
  }),
  route({
    method: 'get',
    path: '/negotiations/:id',
    allow: READERS,
    response: NegotiationDetail,
    summary: 'One sheet: the current version with what changed from the one before, agreement, comments, what the caller may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => negotiations.read(db, user, lang, params.id),
  }),
  route({
    method: 'get',
    path: '/negotiations/:id/versions',
    allow: READERS,
    response: NegotiationVersions,
    summary: 'Every version, oldest first, each with what changed from the one before',
    params: idParam,
    handle: ({ db, user, params }) => negotiations.versions(db, user, params.id),
  }),
  route({
    method: 'post',
    path: '/negotiations/:id/versions',
    allow: PARTIES,
    response: NegotiationDetail,
    status: 201,
    summary: 'Edit: a new version from baseVersion (409 with the latest when it is no longer current); clears the other side’s agreement',
    params: idParam,
    body: editBody,
    handle: ({ db, user, actor, lang, params, body }) => negotiations.edit(db, user, actor, lang, params.id, body),
  }),
  route({
    method: 'post',
    path: '/negotiations/:id/agree',
    allow: PARTIES,
    response: NegotiationDetail,
    summary: 'The caller’s side agrees to versionNo (must be current); 双方同意 when both pinned the same version',
    params: idParam,
    body: agreeBody,
    handle: ({ db, user, actor, lang, params, body }) => negotiations.agree(db, user, actor, lang, params.id, body.versionNo),
  }),
  route({
    method: 'post',
    path: '/negotiations/:id/comments',
    allow: PARTIES,
    response: NegotiationDetail,
    status: 201,
    summary: 'A comment in the sheet’s thread, by either side',
    params: idParam,
    body: commentBody,
    handle: ({ db, user, actor, lang, params, body }) => negotiations.comment(db, user, actor, lang, params.id, body.body),
  }),
];
