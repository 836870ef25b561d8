import ExcelJS from 'exceljs';
import { Invalid } from '../../http/errors';
import { IMPORT_COLUMNS, IMPORT_HEADERS, PLATFORM_LABELS, PLATFORMS, type ImportColumn } from '@portal/domain';

/** A row as the user sees it in Excel: row 1 is the header. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export type FileFormat = 'csv' | 'xlsx';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What the bytes are, whatever the browser called them (Windows labels .csv as application/vnd.ms-excel). */
export function sniffFormat(buf: Buffer): FileFormat {
  return buf.subarray(0, 4).equals(ZIP_MAGIC) ? 'xlsx' : 'csv';
}

/**
 * Text of a CSV file. Excel on a Chinese Windows saves CSV in GB18030 (GBK), not
 * UTF-8, so a file that is not valid UTF-8 is read as GB18030.
 */
export function decodeCsv(buf: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('gb18030').decode(buf);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Comma or tab separated. */
export function parseCsv(text: string): SheetRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    cells.push(cell);
    rows.push({ row: rows.length + 1, cells });
    cells = [];
    cell = '';
  };
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += c;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

function excelSerialToDay(serial: number): string {
  // Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29).
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

function cellText(v: ExcelJS.CellValue, column: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    if (column === 'observedOn' && v > 20000 && v < 80000) return excelSerialToDay(v);
    // A computed price like 12.340000000000002 is still 12.34; a typed 12.345 stays an error.
    return String(Number(v.toFixed(6)));
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string') return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return column === 'url' ? v.hyperlink : cellText(v.text as ExcelJS.CellValue, column);
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue, column);
  return '';
}

/**
 * The first worksheet's rows, with the Excel row numbers. `columnOf` maps a 0-based index to its
 * column once the header is known. Any import's columns (prices, budgets): a column named
 * 'observedOn' reads Excel day numbers as days, 'url' keeps a hyperlink's address.
 */
export async function readXlsx<C extends string>(buf: Buffer, columnOf: (headerCells: string[]) => (i: number) => C | undefined): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: SheetRow[] = [];
  let col: ((i: number) => C | undefined) | null = null;
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values = r.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], col?.(i - 1)).trim());
    if (!col) col = columnOf(cells);
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/**
 * An uploaded CSV or XLSX as rows, whichever it is; `match` names the columns from the header
 * row (an import's own headers). A file that is neither is a 400 on `file` with `unreadableKey`.
 */
export async function readSheet<C extends string>(
  file: Buffer,
  format: FileFormat | undefined,
  match: (headerCells: readonly string[]) => Partial<Record<C, number>>,
  unreadableKey: string,
): Promise<{ format: FileFormat; rows: SheetRow[] }> {
  const f = format ?? sniffFormat(file);
  try {
    if (f === 'xlsx') {
      const rows = await readXlsx<C>(file, (header) => {
        const byIndex = new Map(Object.entries(match(header)).map(([c, i]) => [i as number, c as C]));
        return (i) => byIndex.get(i);
      });
      return { format: f, rows };
    }
    return { format: f, rows: parseCsv(decodeCsv(file)) };
  } catch {
    throw new Invalid([{ path: 'file', message: unreadableKey }], unreadableKey);
  }
}

const TEMPLATE_HEADERS = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c].zh);

/** The CSV template: UTF-8 with a BOM so Excel opens the Chinese headers correctly. */
export function csvTemplate(): Buffer {
  return Buffer.from('\ufeff' + TEMPLATE_HEADERS.join(',') + '\r\n', 'utf8');
}

export async function xlsxTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报价导入', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(TEMPLATE_HEADERS).font = { bold: true };
  const widths: Record<ImportColumn, number> = { itemCode: 14, platform: 10, shop: 24, price: 12, observedOn: 12, url: 40, inStock: 8, note: 24 };
  IMPORT_COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = widths[c];
    if (c === 'observedOn') column.numFmt = 'yyyy-mm-dd';
    if (c === 'price') column.numFmt = '0.00';
    if (c === 'itemCode' || c === 'shop') column.numFmt = '@';
  });
  const letter = (c: ImportColumn) => String.fromCharCode(65 + IMPORT_COLUMNS.indexOf(c));
  // Drop-down lists so a clerk picks the platform rather than spelling it.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${letter('platform')}2:${letter('platform')}20000`, {
    type: 'list',
    allowBlank: false,
    formulae: [`"${PLATFORMS.map((p) => PLATFORM_LABELS[p].zh).join(',')}"`],
  });
  validations.add(`${letter('inStock')}2:${letter('inStock')}20000`, { type: 'list', allowBlank: true, formulae: ['"是,否"'] });

  const help = wb.addWorksheet('填写说明 Instructions');
  help.getColumn(1).width = 16;
  help.getColumn(2).width = 60;
  help.getColumn(3).width = 60;
  help.addRow(['列 Column', '说明', 'Notes']).font = { bold: true };
  const notes: Record<ImportColumn, [string, string]> = {
    itemCode: ['必填。物资库中的物资编码，只能导入本部门的物资', 'Required. The item code in the item list; only your own unit’s items'],
    platform: ['必填。天猫、京东、亚马逊、苏宁易购、阿里巴巴、淘宝、一号店、其他', 'Required. Tmall, JD, Amazon, Suning, Alibaba, Taobao, Yihaodian, Other'],
    shop: ['必填。店铺名称，须与供应商中登记的一致', 'Required. The shop name exactly as registered under Suppliers'],
    price: ['必填。单价，单位元，最多两位小数，如 12.50', 'Required. Unit price in yuan, at most two decimals, e.g. 12.50'],
    observedOn: ['必填。报价日期，如 2026-03-05，不能晚于今天', 'Required. The date of the price, e.g. 2026-03-05, not in the future'],
    url: ['选填。商品链接，以 http:// 或 https:// 开头', 'Optional. Product link starting with http:// or https://'],
    inStock: ['选填。是 / 否；空白视为有货', 'Optional. Yes / no; empty means in stock'],
    note: ['选填。备注，最多 500 字', 'Optional. Note, up to 500 characters'],
  };
  for (const c of IMPORT_COLUMNS) help.addRow([IMPORT_HEADERS[c].zh, ...notes[c]]);
  help.addRow([]);
  help.addRow(['', '示例：BG-0001, 京东, 得力京东自营旗舰店, 25.90, 2026-03-05, https://item.jd.com/100.html, 是', 'Example row as above']);
  help.addRow(['', '整个文件全部正确才会导入；有任何错误时不会导入任何一行。', 'The file is imported only when every row is correct; otherwise nothing is imported.']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
