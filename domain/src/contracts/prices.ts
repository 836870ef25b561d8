import { z } from 'zod';
import { BUYING_UNITS, ITEM_CATEGORIES, PLATFORMS, SUPPLIER_STANDINGS } from '../supplier-prices';
import { bp, day, fen, id, month, page, timestamp } from './common';
import { Item } from './items';

const buyingUnit = z.enum(BUYING_UNITS);
const platform = z.enum(PLATFORMS);

/** GET /api/prices/scope: the buying units the caller may write, for the screens' edit controls. */
export const PriceScope = z.object({ editableUnits: z.array(buyingUnit) });
export type PriceScope = z.infer<typeof PriceScope>;

/** A supplier as the matrix and the history name it. */
export const PriceSupplier = z.object({ id, platform, shopName: z.string(), status: z.enum(SUPPLIER_STANDINGS), eligible: z.boolean() });
export type PriceSupplier = z.infer<typeof PriceSupplier>;

export const MatrixCell = z.object({
  supplierId: id,
  observationId: id,
  priceFen: fen,
  observedOn: day,
  inStock: z.boolean(),
  lowest: z.boolean(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixRow = Item.pick({ id: true, code: true, name: true, nameEn: true, spec: true, uom: true, category: true, buyingUnit: true }).extend({
  cells: z.array(MatrixCell),
  lowestFen: fen.nullable(),
  highestFen: fen.nullable(),
  spreadFen: fen.nullable(),
  spreadBp: bp.nullable(),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

export const Matrix = z.object({ month, suppliers: z.array(PriceSupplier), items: z.array(MatrixRow), total: z.number().int() });
export type Matrix = z.infer<typeof Matrix>;

export const HistorySeries = z.object({
  supplierId: id,
  platform,
  shopName: z.string(),
  /** Fen per month, aligned with `months`; null where the shop had no price that month. */
  prices: z.array(fen.nullable()),
});
export type HistorySeries = z.infer<typeof HistorySeries>;

export const HistoryRow = z.object({ month, supplierId: id, observationId: id, priceFen: fen, observedOn: day, inStock: z.boolean() });
export type HistoryRow = z.infer<typeof HistoryRow>;

export const History = z.object({
  item: Item,
  months: z.array(month),
  suppliers: z.array(PriceSupplier),
  series: z.array(HistorySeries),
  lowest: z.array(fen.nullable()),
  rows: z.array(HistoryRow),
});
export type History = z.infer<typeof History>;

export const PriceAlert = z.object({
  itemId: id,
  itemCode: z.string(),
  itemName: z.string(),
  itemSpec: z.string(),
  itemUom: z.string(),
  category: z.enum(ITEM_CATEGORIES),
  buyingUnit,
  supplierId: id,
  platform,
  shopName: z.string(),
  previousFen: fen,
  previousOn: day,
  latestFen: fen,
  latestOn: day,
  observationId: id,
  changeBp: bp,
});
export type PriceAlert = z.infer<typeof PriceAlert>;

export const AlertsPage = page(PriceAlert).extend({ month, previousMonth: month, thresholdBp: bp });
export type AlertsPage = z.infer<typeof AlertsPage>;

/** GET /api/prices/lowest/:itemId: for purchase plans, the lowest current price among eligible suppliers. */
export const LowestPrice = z.object({
  itemId: id,
  itemCode: z.string(),
  itemName: z.string(),
  offers: z.number().int(),
  lowest: z
    .object({ priceFen: fen, observedOn: day, observationId: id, url: z.string(), supplierId: id, platform, shopName: z.string() })
    .nullable(),
});
export type LowestPrice = z.infer<typeof LowestPrice>;

/** One price observation; a correction supersedes it, never overwrites it. */
export const Observation = z.object({
  id,
  itemId: id,
  itemCode: z.string(),
  itemName: z.string(),
  itemSpec: z.string(),
  itemUom: z.string(),
  buyingUnit,
  supplierId: id,
  platform,
  shopName: z.string(),
  priceFen: fen,
  observedOn: day,
  url: z.string(),
  inStock: z.boolean(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: timestamp,
  supersedesId: id.nullable(),
  correctionReason: z.string().nullable(),
  supersededBy: id.nullable(),
  current: z.boolean(),
  importId: z.string().nullable(),
});
export type Observation = z.infer<typeof Observation>;

export const ObservationList = page(Observation);
export type ObservationList = z.infer<typeof ObservationList>;

/** GET /api/prices/:id: one observation with its correction chain, oldest first. */
export const ObservationWithChain = Observation.extend({ chain: z.array(Observation) });
export type ObservationWithChain = z.infer<typeof ObservationWithChain>;

export const CollectionItem = Item.extend({
  lastPrice: z.object({ priceFen: fen, observedOn: day, supplierId: id, shopName: z.string() }).nullable(),
});
export type CollectionItem = z.infer<typeof CollectionItem>;

/** GET /api/price-collection/:unit/:month: the items still without a price this month. */
export const Collection = page(CollectionItem).extend({
  unit: buyingUnit,
  month,
  progress: z.object({ total: z.number().int(), priced: z.number().int() }),
});
export type Collection = z.infer<typeof Collection>;

export const RowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type RowError = z.infer<typeof RowError>;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;

export const ImportPreview = z.object({
  format: z.enum(IMPORT_FORMATS),
  rows: z.number().int(),
  valid: z.number().int(),
  invalidRows: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(RowError),
  /** The first rows as they will be stored; a shop not yet known has no supplier id until the import creates it. */
  sample: z.array(
    Observation.pick({ itemId: true, itemCode: true, itemName: true, platform: true, shopName: true, priceFen: true, observedOn: true, url: true, inStock: true, note: true }).extend({
      row: z.number().int(),
      supplierId: id.nullable(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ importId: z.string(), imported: z.number().int(), format: z.enum(IMPORT_FORMATS) });
export type ImportResult = z.infer<typeof ImportResult>;
