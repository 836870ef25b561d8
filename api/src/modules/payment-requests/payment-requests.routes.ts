import { PAYMENT_PAYER_ROLES, PAYMENT_REGISTER_ROLES, PAYMENT_REQUEST_READER_ROLES, SETTLEMENT_KEEPER_ROLES } from '@portal/domain';
import { OwedOrders, PaymentRegister, PaymentRequestDetail, PaymentRequestList } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseQuery, createBody, owedQuery, payBody, registerQuery, reverseBody, versionBody } from './payment-requests.schema';
import * as requests from './payment-requests.service';

// Payment requests (申请汇款) and the payment register (付款登记台账): the buying unit's clerk
// asks, its head approves through the inbox, finance pays once and reverses with a reason;
// company leaders and audit read. Another unit's request is 404 (scope in the service).
export const paymentRequestsRoutes = [
  route({
    method: 'get',
    path: '/payment-requests/owed',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: OwedOrders,
    summary: "?supplierId: the supplier's open orders of the clerk's unit with what each still owes (total − refunds − requested)",
    query: owedQuery,
    handle: ({ db, user, lang, query }) => requests.owed(db, user, lang, query.supplierId),
  }),
  route({
    method: 'get',
    path: '/payment-requests',
    allow: PAYMENT_REQUEST_READER_ROLES,
    response: PaymentRequestList,
    summary: 'Payment requests, ?status&supplierId&q, newest first; a unit sees its own',
    query: browseQuery,
    handle: ({ db, user, lang, query }) => requests.browse(db, user, lang, query),
  }),
  route({
    method: 'post',
    path: '/payment-requests',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: PaymentRequestDetail,
    status: 201,
    idempotent: true,
    summary: 'Ask payment for orders of one supplier (amount ≤ what they owe, else 422 naming amountFen); prepayment when not all delivered',
    body: createBody,
    handle: ({ db, user, actor, lang, body }) => requests.create(db, user, actor, lang, body),
  }),
  route({
    method: 'get',
    path: '/payment-register',
    allow: PAYMENT_REGISTER_ROLES,
    response: PaymentRegister,
    summary: 'The payment register: every payment and reversal, ?from&to&kind&supplierId&unitId&q, with totals; ?format=xlsx downloads it',
    query: registerQuery,
    handle: ({ db, res, user, lang, query }) => requests.register(db, res, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/payment-requests/:id',
    allow: PAYMENT_REQUEST_READER_ROLES,
    response: PaymentRequestDetail,
    summary: 'One request with its orders, register rows, approval and what this user may do',
    params: idParam,
    handle: ({ db, user, lang, params }) => requests.read(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/payment-requests/:id/submit',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: PaymentRequestDetail,
    summary: "To approval (payment_request: the buying unit's head; a company leader too from ¥20,000)",
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => requests.submit(db, user, actor, lang, params.id, body.version),
  }),
  route({
    method: 'post',
    path: '/payment-requests/:id/discard',
    allow: SETTLEMENT_KEEPER_ROLES,
    response: PaymentRequestDetail,
    summary: 'Its maker discards (作废) a draft or returned request: kept as history, it asks nothing of its orders any more (409 otherwise, stale 409)',
    params: idParam,
    body: versionBody,
    handle: ({ db, user, actor, lang, params, body }) => requests.discard(db, user, actor, lang, params.id, body.version),
  }),
  route({
    method: 'post',
    path: '/payment-requests/:id/pay',
    allow: PAYMENT_PAYER_ROLES,
    response: PaymentRequestDetail,
    idempotent: true,
    summary: 'Finance records the payment, exactly once: a second call is answered with the first payment',
    params: idParam,
    body: payBody,
    handle: ({ db, user, actor, lang, params, body }) => requests.pay(db, user, actor, lang, params.id, body),
  }),
  route({
    method: 'post',
    path: '/payment-requests/:id/reverse',
    allow: PAYMENT_PAYER_ROLES,
    response: PaymentRequestDetail,
    idempotent: true,
    summary: 'Finance cancels the payment by a reversing register row with the reason (never an edit)',
    params: idParam,
    body: reverseBody,
    handle: ({ db, user, actor, lang, params, body }) => requests.reverse(db, user, actor, lang, params.id, body),
  }),
];
