import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  BUYING_UNIT_LABELS,
  IMPORT_COLUMNS,
  IMPORT_HEADERS,
  isHttpUrl,
  matchImportHeaders,
  parseImportDate,
  parseImportPrice,
  parseInStock,
  PLATFORM_LABELS,
  PLATFORMS,
  platformFromText,
  type BuyingUnit,
  type ImportColumn,
  type Platform,
} from '@portal/domain';
import { AppError, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import * as itemsModule from '../items/items.service';
import { editableUnits } from '../items/items.service';
import * as suppliersModule from '../suppliers/suppliers.service';
import { today } from '../suppliers/suppliers.service';
import { readSheet, type FileFormat, type SheetRow } from './prices.import-file';
import * as repo from './prices.import.repo';
import { toPrice } from './prices.service';

export const IMPORT_MAX_ROWS = 200_000;
/** Errors listed in one answer; the count says how many there are in all. */
export const IMPORT_MAX_ERRORS_SHOWN = 1000;
const SAMPLE_ROWS = 20;

export interface RowError {
  row: number;
  column: string;
  message: string;
}

interface ReadyRow extends repo.ImportedObservation {
  row: number;
  item_code: string;
  item_name: string;
  platform: Platform;
  shop_name: string;
}

export interface ImportCheck {
  format: FileFormat;
  rows: number;
  valid: number;
  invalidRows: number;
  errorCount: number;
  errors: RowError[];
  ready: ReadyRow[];
}

/** The file was readable but not every row is right: nothing is imported, every error is listed. */
export class ImportRejected extends AppError {
  /** Any import's refusal (prices, budgets): the same problem body, so the screens show row errors one way. */
  constructor(check: Pick<ImportCheck, 'rows' | 'valid' | 'invalidRows' | 'errorCount' | 'errors'>, key = 'prices.import.rejected') {
    super(
      400,
      'import-rejected',
      key,
      { count: check.errorCount },
      check.errors.map((e) => ({ path: `rows.${e.row}.${e.column}`, message: e.message })),
      { rows: check.rows, valid: check.valid, invalidRows: check.invalidRows, errorCount: check.errorCount, rowErrors: check.errors },
    );
  }
}

const readRows = (file: Buffer, format: FileFormat | undefined) => readSheet(file, format, matchImportHeaders, 'prices.import.unreadable');

const keyOf = (platform: string, shop: string) => `${platform}\u0000${shop.trim().toLowerCase()}`;

/**
 * Validates every row of an uploaded file as the clerk will import it. Errors
 * name the row as Excel numbers it (header = row 1), the column by the header
 * the file uses, and say what to do in the caller's language.
 */
export async function checkImport(
  db: Knex,
  user: SessionUser,
  lang: Lang,
  file: Buffer,
  format: FileFormat | undefined,
  day = today(),
): Promise<ImportCheck> {
  const read = await readRows(file, format);
  const [header, ...body] = read.rows;
  const data = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const at = matchImportHeaders(header?.cells ?? []);
  const missing = IMPORT_COLUMNS.filter((c) => IMPORT_HEADERS[c].required && at[c] === undefined);
  if (!header || missing.length > 0) {
    const errors = (header ? missing : IMPORT_COLUMNS.filter((c) => IMPORT_HEADERS[c].required)).map((c) => ({
      row: 1,
      column: IMPORT_HEADERS[c][lang],
      message: t('prices.import.missingColumn', lang, { column: IMPORT_HEADERS[c][lang] }),
    }));
    return { format: read.format, rows: data.length, valid: 0, invalidRows: data.length, errorCount: errors.length, errors, ready: [] };
  }
  if (data.length === 0) throw new Invalid([{ path: 'file', message: 'prices.import.empty' }], 'prices.import.empty');
  if (data.length > IMPORT_MAX_ROWS) {
    throw new Invalid([{ path: 'file', message: 'prices.import.tooManyRows' }], 'prices.import.tooManyRows', { max: IMPORT_MAX_ROWS });
  }

  const columnName = (c: ImportColumn) => header.cells[at[c]!]?.trim() || IMPORT_HEADERS[c][lang];
  const cell = (r: SheetRow, c: ImportColumn) => (at[c] === undefined ? '' : (r.cells[at[c]!] ?? '').trim());
  const errors: RowError[] = [];
  const badRows = new Set<number>();
  let errorCount = 0;
  const fail = (row: number, c: ImportColumn, key: string, params: Record<string, unknown> = {}) => {
    errorCount++;
    badRows.add(row);
    if (errors.length < IMPORT_MAX_ERRORS_SHOWN) errors.push({ row, column: columnName(c), message: t(key, lang, params) });
  };

  // One after another: inside the commit's transaction there is one connection to share.
  const editable = await editableUnits(db, user);
  const items = await itemsModule.itemsByCode(db, [...new Set(data.map((r) => cell(r, 'itemCode').toUpperCase()).filter(Boolean))]);
  const suppliers = await suppliersModule.allSuppliers(db);
  const itemByCode = new Map(items.map((i) => [i.code, i]));
  const supplierByKey = new Map(suppliers.map((s) => [keyOf(s.platform, s.shop_name), s]));
  const unitLabel = (u: BuyingUnit) => BUYING_UNIT_LABELS[u][lang];
  const platformList = PLATFORMS.map((p) => PLATFORM_LABELS[p][lang]).join(lang === 'zh' ? '、' : ', ');

  const candidates: ReadyRow[] = [];
  for (const r of data) {
    const before = errorCount;
    const required = (c: ImportColumn) => {
      const v = cell(r, c);
      if (v === '') fail(r.row, c, 'prices.import.required');
      return v;
    };
    const code = required('itemCode').toUpperCase();
    const item = code ? itemByCode.get(code) : undefined;
    if (code && !item) fail(r.row, 'itemCode', 'prices.import.unknownItem', { value: code });
    else if (item && !item.active) fail(r.row, 'itemCode', 'prices.import.itemInactive', { value: code });
    else if (item && !editable.includes(item.buying_unit)) {
      fail(r.row, 'itemCode', 'prices.import.notYourUnit', {
        value: code,
        unit: unitLabel(item.buying_unit),
        units: editable.map(unitLabel).join(lang === 'zh' ? '、' : ' and ') || '—',
      });
    }

    const platformText = required('platform');
    const platform = platformText ? platformFromText(platformText) : null;
    if (platformText && !platform) fail(r.row, 'platform', 'prices.import.unknownPlatform', { value: platformText, platforms: platformList });
    const shop = required('shop');
    if (shop.length > 100) fail(r.row, 'shop', 'prices.import.tooLong', { max: 100 });
    const supplier = platform && shop ? supplierByKey.get(keyOf(platform, shop)) : undefined;
    if (platform && shop && shop.length <= 100 && !supplier) {
      fail(r.row, 'shop', 'prices.import.unknownShop', { value: shop, platform: PLATFORM_LABELS[platform][lang] });
    }

    const priceText = required('price');
    const priceFen = priceText ? parseImportPrice(priceText) : null;
    if (priceText && priceFen === null) fail(r.row, 'price', 'prices.import.badPrice', { value: priceText });

    const dateText = required('observedOn');
    const observedOn = dateText ? parseImportDate(dateText) : null;
    if (dateText && !observedOn) fail(r.row, 'observedOn', 'prices.import.badDate', { value: dateText });
    else if (observedOn && observedOn > day) fail(r.row, 'observedOn', 'prices.import.futureDate', { value: observedOn });

    const url = cell(r, 'url');
    if (url.length > 2000) fail(r.row, 'url', 'prices.import.tooLong', { max: 2000 });
    else if (url && !isHttpUrl(url)) fail(r.row, 'url', 'prices.import.badUrl');
    const stockText = cell(r, 'inStock');
    const inStock = parseInStock(stockText);
    if (inStock === null) fail(r.row, 'inStock', 'prices.import.badStock', { value: stockText });
    const note = cell(r, 'note');
    if (note.length > 500) fail(r.row, 'note', 'prices.import.tooLong', { max: 500 });

    if (errorCount === before && item && supplier && priceFen !== null && observedOn && inStock !== null) {
      candidates.push({
        row: r.row,
        item_id: item.id,
        item_code: item.code,
        item_name: item.name,
        supplier_id: supplier.id,
        platform: supplier.platform,
        shop_name: supplier.shop_name,
        price_fen: priceFen,
        observed_on: observedOn,
        url,
        in_stock: inStock,
        note,
      });
    }
  }

  // One price per item, shop and day: within the file, and against what is already recorded.
  const tripleKey = (x: repo.Triple) => `${x.item_id}|${x.supplier_id}|${x.observed_on}`;
  const firstRow = new Map<string, number>();
  const unique: ReadyRow[] = [];
  for (const c of candidates) {
    const k = tripleKey(c);
    const other = firstRow.get(k);
    if (other !== undefined) fail(c.row, 'observedOn', 'prices.import.duplicateInFile', { other });
    else {
      firstRow.set(k, c.row);
      unique.push(c);
    }
  }
  const existing = new Set((await repo.existingTriples(db, unique.map((c) => ({ item_id: c.item_id, supplier_id: c.supplier_id, observed_on: c.observed_on })))).map(tripleKey));
  const ready = unique.filter((c) => {
    if (!existing.has(tripleKey(c))) return true;
    fail(c.row, 'observedOn', 'prices.import.existing', { value: c.observed_on });
    return false;
  });

  errors.sort((a, b) => a.row - b.row);
  return { format: read.format, rows: data.length, valid: data.length - badRows.size, invalidRows: badRows.size, errorCount, errors, ready };
}

/** What the preview screen shows: counts, every row error, and the first rows as they will be stored. */
export async function previewImport(db: Knex, user: SessionUser, lang: Lang, file: Buffer, format?: FileFormat) {
  const check = await checkImport(db, user, lang, file, format);
  return {
    format: check.format,
    rows: check.rows,
    valid: check.valid,
    invalidRows: check.invalidRows,
    errorCount: check.errorCount,
    errors: check.errors,
    sample: check.ready.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, ...toPrice(r) })),
  };
}

/**
 * All or nothing: the file is validated again inside the transaction that
 * inserts it, and refused whole (400, the same row errors) if any row is wrong.
 * One audit row records the import; each observation carries its import id.
 */
export async function commitImport(db: Knex, actor: Actor, user: SessionUser, lang: Lang, file: Buffer, format?: FileFormat) {
  return db.transaction(async (trx) => {
    const check = await checkImport(trx, user, lang, file, format);
    if (check.errorCount > 0) throw new ImportRejected(check);
    const importId = randomUUID();
    const imported = await repo.insertImported(trx, check.ready, { importId, recordedBy: actor.userId });
    const days = check.ready.map((r) => r.observed_on).sort();
    await audit(trx, actor, {
      action: 'price.import',
      entity: 'price_import',
      entityId: importId,
      after: {
        format: check.format,
        bytes: file.length,
        rows: imported,
        items: new Set(check.ready.map((r) => r.item_id)).size,
        suppliers: new Set(check.ready.map((r) => r.supplier_id)).size,
        from: days[0],
        to: days[days.length - 1],
      },
    });
    return { importId, imported, format: check.format };
  });
}
