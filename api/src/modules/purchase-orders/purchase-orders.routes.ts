import { z } from 'zod';
import { ORDER_KEEPER_ROLES, ORDER_READER_ROLES } from '@portal/domain';
import { OrderablePlans, OrderMatch, PurchaseOrder, PurchaseOrderList } from '@portal/domain/contracts';
import { readUpload } from '../../http/upload';
import { route } from '../../http/route';
import { idParam, parse } from '../../http/validate';
import { cancelOrder } from './purchase-orders.cancel';
import { reviewDelivery } from './purchase-orders.contract';
import { recordDelivery } from './purchase-orders.deliveries';
import { readMatch } from './purchase-orders.match';
import { attachmentQuery, browseOrdersQuery, cancelBody, createOrderBody, deliveryBody, deliveryParams, orderableQuery } from './purchase-orders.schema';
import { browseOrders, createOrder, orderablePlans, readOrder, visibleOrder } from './purchase-orders.service';
import { attachOrderPage, orderOfContract } from './purchase-orders.vc';

// 网购订单: the buying unit's clerk records orders, order pages and deliveries of its own unit
// (another unit's order is 404); the unit's head reads them to confirm virtual contracts in the
// approvals inbox; company leaders, finance and audit read all.
export const purchaseOrdersRoutes = [
  route({
    method: 'get',
    path: '/purchase-orders',
    allow: ORDER_READER_ROLES,
    response: PurchaseOrderList,
    summary: 'Orders, ?q&unit&month&platform&supplierId&status (virtual contract)&source&review=awaiting&sort&page&pageSize',
    query: browseOrdersQuery,
    handle: ({ db, user, lang, query }) => browseOrders(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/purchase-orders/orderable',
    allow: ORDER_KEEPER_ROLES,
    response: OrderablePlans,
    summary: "The approved plans' lines still to order, with the lowest price of the month of ?on",
    query: orderableQuery,
    handle: ({ db, user, config, query }) => orderablePlans(db, user, query.on, config.PRICE_TOLERANCE_BP),
  }),
  route({
    method: 'get',
    path: '/purchase-orders/by-contract/:id',
    allow: ORDER_READER_ROLES,
    response: z.object({ orderId: z.number().int() }),
    summary: 'The order of a virtual contract (the approvals inbox links to the contract)',
    params: idParam,
    handle: ({ db, user, params }) => orderOfContract(db, user, params.id),
  }),
  route({
    method: 'post',
    path: '/purchase-orders',
    allow: ORDER_KEEPER_ROLES,
    response: PurchaseOrder,
    status: 201,
    idempotent: true,
    summary: 'Record an order against lines of an approved plan of the clerk’s unit',
    body: createOrderBody,
    handle: ({ db, actor, user, lang, config, body }) => createOrder(db, actor, user, lang, body, config.PRICE_TOLERANCE_BP),
  }),
  route({
    method: 'get',
    path: '/purchase-orders/:id',
    allow: ORDER_READER_ROLES,
    response: PurchaseOrder,
    summary: 'One order with its lines, virtual contract, deliveries, returns and match',
    params: idParam,
    handle: ({ db, user, lang, params }) => readOrder(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/purchase-orders/:id/attachments',
    allow: ORDER_KEEPER_ROLES,
    response: PurchaseOrder,
    status: 201,
    summary: 'Attach the platform’s order page (PDF/PNG/JPEG ≤ 10 MB, raw body, ?filename): creates the virtual contract and submits it',
    params: idParam,
    handle: async ({ req, res, db, actor, user, lang, params }) => {
      const { filename } = parse(attachmentQuery, req.query, lang);
      const bytes = await readUpload(req, res, 'purchaseOrders.noFile');
      return attachOrderPage(db, actor, user, lang, params.id, { filename, bytes });
    },
  }),
  route({
    method: 'post',
    path: '/purchase-orders/:id/deliveries',
    allow: ORDER_KEEPER_ROLES,
    response: PurchaseOrder,
    status: 201,
    idempotent: true,
    summary: 'Record a delivery: received / accepted / rejected per line; accepted goods go into stock',
    params: idParam,
    body: deliveryBody,
    handle: ({ db, actor, user, lang, params, body }) => recordDelivery(db, actor, user, lang, params.id, body),
  }),
  route({
    method: 'post',
    path: '/purchase-orders/:id/deliveries/:deliveryId/review',
    allow: ['dept_head'],
    response: PurchaseOrder,
    summary: '审核: the buying unit’s head reviews a contract order’s delivery, once, not the one who recorded it (403); only reviewed goods may be settled',
    params: deliveryParams,
    handle: ({ db, actor, user, lang, params }) => reviewDelivery(db, actor, user, lang, params.id, params.deliveryId),
  }),
  route({
    method: 'post',
    path: '/purchase-orders/:id/cancel',
    allow: ORDER_KEEPER_ROLES,
    response: PurchaseOrder,
    summary: 'Cancel an order with the reason, while nothing was delivered, invoiced, paid or requested (else 409 naming why); stale version 409',
    params: idParam,
    body: cancelBody,
    handle: ({ db, actor, user, lang, params, body }) => cancelOrder(db, actor, user, lang, params.id, body),
  }),
  route({
    method: 'get',
    path: '/purchase-orders/:id/match',
    allow: ORDER_READER_ROLES,
    response: OrderMatch,
    summary: 'Three-way match: ordered / accepted / invoiced / paid with the status',
    params: idParam,
    handle: async ({ db, user, params }) => {
      await visibleOrder(db, user, params.id);
      return readMatch(db, params.id);
    },
  }),
];
