import { PurchaseRequest, PurchaseRequestList, RequestableItemList, RequestDepartments } from '@portal/domain/contracts';
import { PURCHASE_REQUEST_READER_ROLES, PURCHASE_REQUEST_WRITER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseRequestsQuery, createRequestBody, itemsQuery, updateRequestBody, versionBody, versionQuery } from './purchase-requests.schema';
import * as requests from './purchase-requests.service';

// Department requests: read in scope (a requester its department's, a head its departments', a clerk its
// buying unit's, leadership/finance/audit all; anything else is 404), written by the department's requesters.
export const purchaseRequestsRoutes = [
  route({
    method: 'get',
    path: '/purchase-requests',
    allow: PURCHASE_REQUEST_READER_ROLES,
    response: PurchaseRequestList,
    summary: 'Department purchase requests in scope, ?q&status&month&buyingUnit&departmentId&late&sort',
    query: browseRequestsQuery,
    handle: ({ db, user, lang, query }) => requests.browseRequests(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/purchase-requests/items',
    allow: PURCHASE_REQUEST_READER_ROLES,
    response: RequestableItemList,
    summary: "The buying unit's active items (?unit=OFFICE|SUPPLY&q) with the lowest eligible current price, its shop and day",
    query: itemsQuery,
    handle: ({ db, query }) => requests.requestableItems(db, query),
  }),
  route({
    method: 'get',
    path: '/purchase-requests/departments',
    allow: PURCHASE_REQUEST_WRITER_ROLES,
    response: RequestDepartments,
    summary: 'The departments this requester asks for',
    handle: ({ db, user, lang }) => requests.requestDepartments(db, user, lang),
  }),
  route({
    method: 'get',
    path: '/purchase-requests/:id',
    allow: PURCHASE_REQUEST_READER_ROLES,
    response: PurchaseRequest,
    summary: 'One request with its lines (each with where it stands in the plan), the month calendar, the approval and what this user may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => requests.readRequest(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/purchase-requests',
    allow: PURCHASE_REQUEST_WRITER_ROLES,
    response: PurchaseRequest,
    status: 201,
    idempotent: true,
    summary: 'A new draft for a department, buying unit and month (one each: a second is 409); lines priced from the price database',
    body: createRequestBody,
    handle: ({ db, user, actor, lang, body }) => requests.createRequest(db, user, actor, lang, body),
  }),
  route({
    method: 'put',
    path: '/purchase-requests/:id',
    allow: PURCHASE_REQUEST_WRITER_ROLES,
    response: PurchaseRequest,
    summary: 'Change a draft, returned or rejected request (note and all lines) at its version; lines priced again',
    params: idParam,
    body: updateRequestBody,
    handle: ({ db, user, actor, lang, params, body }) => requests.updateRequest(db, user, actor, lang, params.id, body),
  }),
  route({
    method: 'delete',
    path: '/purchase-requests/:id',
    allow: PURCHASE_REQUEST_WRITER_ROLES,
    response: 'empty',
    summary: 'Delete a draft never submitted, ?version',
    params: idParam,
    query: versionQuery,
    handle: ({ db, user, actor, params, query }) => requests.deleteRequest(db, user, actor, params.id, query.version),
  }),
  route({
    method: 'post',
    path: '/purchase-requests/:id/submit',
    allow: PURCHASE_REQUEST_WRITER_ROLES,
    response: PurchaseRequest,
    summary: "Submit to the department head: the month must be open, late after its cut-off, refused over a stop-controlled budget",
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => requests.submitRequest(db, user, actor, lang, params.id, body.version),
  }),
];
