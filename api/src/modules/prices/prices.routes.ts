import { AlertsPage, Collection, History, ImportPreview, ImportResult, LowestPrice, Matrix, Observation, ObservationList, ObservationWithChain, PriceScope } from '@portal/domain/contracts';
import { PRICE_EDITOR_ROLES, PRICE_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { readUpload } from '../../http/upload';
import { idParam } from '../../http/validate';
import { monthlyCollection } from './prices.collection';
import { itemHistory, lowestCurrentPrice, priceAlerts } from './prices.history';
import { csvTemplate, xlsxTemplate } from './prices.import-file';
import { commitImport, previewImport } from './prices.import';
import { exportMatrix, priceMatrix } from './prices.matrix';
import {
  alertsQuery,
  browsePricesQuery,
  collectionParams,
  collectionQuery,
  correctPriceBody,
  createPriceBody,
  historyParams,
  historyQuery,
  importQuery,
  lowestQuery,
  matrixExportQuery,
  matrixQuery,
  templateQuery,
} from './prices.schema';
import * as prices from './prices.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Fixed paths come before /prices/:id so "matrix" is never read as an id.
export const pricesRoutes = [
  route({
    method: 'get',
    path: '/prices/scope',
    allow: PRICE_READER_ROLES,
    response: PriceScope,
    summary: 'The buying units whose items and prices the caller may write',
    handle: ({ db, user }) => prices.priceScope(db, user),
  }),
  route({
    method: 'get',
    path: '/prices/matrix',
    allow: PRICE_READER_ROLES,
    response: Matrix,
    summary: "Comparison matrix: items × suppliers, the month's latest price per cell, lowest and spread per row",
    query: matrixQuery,
    handle: ({ db, query }) => priceMatrix(db, query),
  }),
  route({
    method: 'get',
    path: '/prices/matrix.xlsx',
    allow: PRICE_READER_ROLES,
    response: 'file',
    summary: 'The comparison matrix with the same filters, every page, as an Excel workbook',
    query: matrixExportQuery,
    handle: ({ db, lang, query, res }) => exportMatrix(db, query, lang, res),
  }),
  route({
    method: 'get',
    path: '/prices/history/:itemId',
    allow: PRICE_READER_ROLES,
    response: History,
    summary: "One item's price per supplier and month (chart series and table), 24 months by default",
    params: historyParams,
    query: historyQuery,
    handle: ({ db, params, query }) => itemHistory(db, params.itemId, query),
  }),
  route({
    method: 'get',
    path: '/prices/alerts',
    allow: PRICE_READER_ROLES,
    response: AlertsPage,
    summary: 'Item × supplier prices that moved more than ?threshold percent against the previous month',
    query: alertsQuery,
    handle: ({ db, query }) => priceAlerts(db, query),
  }),
  route({
    method: 'get',
    path: '/prices/lowest/:itemId',
    allow: PRICE_READER_ROLES,
    response: LowestPrice,
    summary: 'Lowest current in-stock price of an item among suppliers open to new purchases (for purchase plans)',
    params: historyParams,
    query: lowestQuery,
    handle: ({ db, params, query }) => lowestCurrentPrice(db, params.itemId, query),
  }),
  route({
    method: 'get',
    path: '/prices/import/template',
    allow: PRICE_EDITOR_ROLES,
    response: 'file',
    summary: 'The import template, CSV or XLSX, with the Chinese headers',
    query: templateQuery,
    handle: async ({ res, query }) => {
      const xlsx = query.format === 'xlsx';
      res.type(xlsx ? XLSX_TYPE : 'text/csv; charset=utf-8');
      res.attachment(xlsx ? '报价导入模板.xlsx' : '报价导入模板.csv');
      res.send(xlsx ? await xlsxTemplate() : csvTemplate());
    },
  }),
  route({
    method: 'post',
    path: '/prices/import/preview',
    allow: PRICE_EDITOR_ROLES,
    response: ImportPreview,
    summary: 'Validate an uploaded CSV/XLSX (raw body); every row error, nothing stored',
    query: importQuery,
    handle: async ({ req, res, db, user, lang, query }) => previewImport(db, user, lang, await readUpload(req, res, 'prices.import.noFile'), query.format),
  }),
  route({
    method: 'post',
    path: '/prices/import/commit',
    allow: PRICE_EDITOR_ROLES,
    response: ImportResult,
    status: 201,
    summary: 'Import an uploaded CSV/XLSX all or nothing; 400 with the row errors if any row is wrong',
    query: importQuery,
    handle: async ({ req, res, db, actor, user, lang, query }) =>
      commitImport(db, actor, user, lang, await readUpload(req, res, 'prices.import.noFile'), query.format),
  }),
  route({
    method: 'get',
    path: '/prices',
    allow: PRICE_READER_ROLES,
    response: ObservationList,
    summary: 'Price observations, current ones unless ?includeSuperseded=true, filtered and paged',
    query: browsePricesQuery,
    handle: ({ db, query }) => prices.browsePrices(db, query),
  }),
  route({
    method: 'get',
    path: '/prices/:id',
    allow: PRICE_READER_ROLES,
    response: ObservationWithChain,
    summary: 'One observation with its correction chain',
    params: idParam,
    handle: ({ db, params }) => prices.readPrice(db, params.id),
  }),
  route({
    method: 'post',
    path: '/prices',
    allow: PRICE_EDITOR_ROLES,
    response: Observation,
    status: 201,
    summary: "Record an observed price for an item of the clerk's buying unit",
    body: createPriceBody,
    handle: ({ db, actor, user, lang, body }) => prices.recordPrice(db, actor, user, lang, body),
  }),
  route({
    method: 'post',
    path: '/prices/:id/corrections',
    allow: PRICE_EDITOR_ROLES,
    response: Observation,
    status: 201,
    summary: 'Correct an observation: a new one supersedes it, with the reason; the old one is kept',
    params: idParam,
    body: correctPriceBody,
    handle: ({ db, actor, user, lang, params, body }) => prices.correctPrice(db, actor, user, lang, params.id, body),
  }),
  route({
    method: 'get',
    path: '/price-collection/:unit/:month',
    allow: PRICE_READER_ROLES,
    response: Collection,
    summary: 'Monthly collection: active items of the unit with no price in the month, and progress (priced of total)',
    params: collectionParams,
    query: collectionQuery,
    handle: ({ db, user, params, query }) => monthlyCollection(db, user, params.unit, params.month, query),
  }),
];
