import { AdCollection, AdCollectionList, OpenInstalments } from '@portal/domain/contracts';
import { COLLECTION_READER_ROLES, REVENUE_WRITER_ROLES } from '@portal/domain';
import { idParam } from '../../http/validate';
import { route } from '../../http/route';
import { browseCollectionsQuery, collectionBody, openInstalmentsQuery, reverseBody } from './collections.schema';
import * as collections from './collections.service';

// 收款: finance records what customers paid and reverses mistakes; a branch's people read their
// branch's collections (another branch's is 404), finance, leadership and audit read all.
export const collectionsRoutes = [
  route({
    method: 'get',
    path: '/collections',
    allow: COLLECTION_READER_ROLES,
    response: AdCollectionList,
    summary: 'Collections, ?q&customerId&unitId&from&to&reversed&sort; scoped to the reader’s branch',
    query: browseCollectionsQuery,
    handle: ({ db, user, query }) => collections.browseCollections(db, user, query),
  }),
  route({
    method: 'get',
    path: '/collections/open-instalments',
    allow: COLLECTION_READER_ROLES,
    response: OpenInstalments,
    summary: "A customer's instalments still owed (oldest due first) and the advance it holds, ?customerId&unitId",
    query: openInstalmentsQuery,
    handle: ({ db, user, query }) => collections.openInstalments(db, user, query.customerId, query.unitId),
  }),
  route({
    method: 'post',
    path: '/collections',
    allow: REVENUE_WRITER_ROLES,
    response: AdCollection,
    status: 201,
    idempotent: true,
    summary: 'Records a collection: allocated oldest first or per instalment, the excess to 预收账款; posts Dr 1002 / Cr 1122 (/ Cr 2203)',
    body: collectionBody,
    handle: ({ db, actor, user, body }) => collections.recordCollection(db, actor, user, body),
  }),
  route({
    method: 'get',
    path: '/collections/:id',
    allow: COLLECTION_READER_ROLES,
    response: AdCollection,
    summary: 'One collection with the instalments it settled and its entries',
    params: idParam,
    handle: ({ db, user, params }) => collections.readCollection(db, user, params.id),
  }),
  route({
    method: 'post',
    path: '/collections/:id/reverse',
    allow: REVENUE_WRITER_ROLES,
    response: AdCollection,
    idempotent: true,
    summary: 'Reverses a collection with a reason: its entry is reversed and its allocations stop counting',
    params: idParam,
    body: reverseBody,
    handle: ({ db, actor, user, params, body }) => collections.reverseCollection(db, actor, user, params.id, body.reason),
  }),
];
