import { StockList, StockMoveList, StockMoveResult, StockRow } from '@portal/domain/contracts';
import { STOCK_KEEPER_ROLES, STOCK_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { browseStockQuery, countBody, issueBody, itemIdParam, movesQuery, receiptBody } from './stock.schema';
import * as stock from './stock.service';

// Stock (库存): each buying unit's clerk keeps its own store (another unit's item is 404);
// company leaders, finance and audit read both. Every write is one move of the ledger.
export const stockRoutes = [
  route({
    method: 'get',
    path: '/stock',
    allow: STOCK_READER_ROLES,
    response: StockList,
    summary: 'On hand per item, ?q&unit&category&belowReorder; a clerk sees their own unit',
    query: browseStockQuery,
    handle: ({ db, user, query }) => stock.browseStock(db, user, query),
  }),
  route({
    method: 'post',
    path: '/stock/moves',
    allow: STOCK_KEEPER_ROLES,
    response: StockMoveResult,
    status: 201,
    idempotent: true,
    summary: 'A manual receipt (手工入库) with its reason',
    body: receiptBody,
    handle: ({ db, actor, user, lang, body }) => stock.receive(db, actor, user, lang, body),
  }),
  route({
    method: 'post',
    path: '/stock/issue',
    allow: STOCK_KEEPER_ROLES,
    response: StockMoveResult,
    status: 201,
    idempotent: true,
    summary: 'Issue (领用) to a department with its purpose; 409 saying what is on hand when short',
    body: issueBody,
    handle: ({ db, actor, user, lang, body }) => stock.issue(db, actor, user, lang, body),
  }),
  route({
    method: 'post',
    path: '/stock/count',
    allow: STOCK_KEEPER_ROLES,
    response: StockMoveResult,
    status: 201,
    idempotent: true,
    summary: 'A stock take (盘点): records counted − on hand as one move; a matching count records nothing',
    body: countBody,
    handle: ({ db, actor, user, lang, body }) => stock.count(db, actor, user, lang, body),
  }),
  route({
    method: 'get',
    path: '/stock/:itemId',
    allow: STOCK_READER_ROLES,
    response: StockRow,
    summary: "One item's stock",
    params: itemIdParam,
    handle: ({ db, user, params }) => stock.readStock(db, user, params.itemId),
  }),
  route({
    method: 'get',
    path: '/stock/:itemId/moves',
    allow: STOCK_READER_ROLES,
    response: StockMoveList,
    summary: "An item's moves, newest first, each with the balance it left",
    params: itemIdParam,
    query: movesQuery,
    handle: ({ db, user, lang, params, query }) => stock.browseMoves(db, user, lang, params.itemId, query),
  }),
];
