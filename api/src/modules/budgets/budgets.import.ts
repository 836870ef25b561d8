import type { Knex } from 'knex';
import {
  BUDGET_IMPORT_COLUMNS,
  BUDGET_IMPORT_HEADERS,
  matchHeaders,
  parseBudgetAmount,
  parseBudgetControl,
  type BudgetImportColumn,
} from '@portal/domain';
import type { BudgetImportResult } from '@portal/domain/contracts';
import { Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { readSheet, type FileFormat, type SheetRow } from '../prices/prices.import-file';
import { ImportRejected, type RowError } from '../prices/prices.import';
import * as repo from './budgets.repo';
import { assertKeepsBudget, budgetUnits, setBudgetLines, type BudgetSetting } from './budgets.service';

/** A company has tens of departments; a file far longer is not a budget. */
const MAX_ROWS = 1000;

const matchBudgetHeaders = (cells: readonly string[]) => matchHeaders(BUDGET_IMPORT_COLUMNS, BUDGET_IMPORT_HEADERS, cells);
const squash = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * Every row of an uploaded budget file checked as it would be stored: the department by its
 * name (zh or en) or code, the amount in yuan, the control. Errors name the row as Excel
 * numbers it and the column by the header the file uses, in the caller's language.
 */
async function checkBudgetFile(db: Knex, lang: Lang, file: Buffer, format: FileFormat | undefined) {
  const { rows } = await readSheet(file, format, matchBudgetHeaders, 'budgets.import.unreadable');
  const [header, ...body] = rows;
  const data = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const at = matchBudgetHeaders(header?.cells ?? []);
  const errors: RowError[] = [];
  const badRows = new Set<number>();
  const fail = (row: number, column: string, key: string, params: Record<string, unknown> = {}) => {
    badRows.add(row);
    errors.push({ row, column, message: t(key, lang, params) });
  };
  for (const c of BUDGET_IMPORT_COLUMNS) {
    if (BUDGET_IMPORT_HEADERS[c].required && at[c] === undefined) {
      fail(1, BUDGET_IMPORT_HEADERS[c][lang], 'budgets.import.missingColumn', { column: BUDGET_IMPORT_HEADERS[c][lang] });
    }
  }
  if (errors.length === 0 && data.length === 0) throw Invalid.field('file', 'budgets.import.empty');
  if (data.length > MAX_ROWS) throw Invalid.field('file', 'budgets.import.tooManyRows', { max: MAX_ROWS });

  const columnName = (c: BudgetImportColumn) => header?.cells[at[c]!]?.trim() || BUDGET_IMPORT_HEADERS[c][lang];
  const cell = (r: SheetRow, c: BudgetImportColumn) => (at[c] === undefined ? '' : (r.cells[at[c]!] ?? '').trim());
  const { departments } = await budgetUnits(db);
  const byName = new Map(departments.flatMap((d) => [d.code, d.name_zh, d.name_en].map((n) => [squash(n), d] as const)));
  const firstRow = new Map<number, number>();
  const settings: BudgetSetting[] = [];
  let skipped = 0;
  for (const r of errors.length === 0 ? data : []) {
    const before = errors.length;
    const deptText = cell(r, 'department');
    const dept = byName.get(squash(deptText));
    if (!deptText) fail(r.row, columnName('department'), 'budgets.import.required');
    else if (!dept) fail(r.row, columnName('department'), 'budgets.import.unknownDepartment', { value: deptText });
    else if (firstRow.has(dept.id)) fail(r.row, columnName('department'), 'budgets.import.duplicateInFile', { other: firstRow.get(dept.id) });
    else firstRow.set(dept.id, r.row);
    const amountText = cell(r, 'amount');
    // The template lists every department; one left without an amount takes no budget line.
    if (!amountText) {
      skipped++;
      continue;
    }
    const amountFen = parseBudgetAmount(amountText);
    if (amountFen === null) fail(r.row, columnName('amount'), 'budgets.import.badAmount', { value: amountText });
    const controlText = cell(r, 'control');
    const control = parseBudgetControl(controlText);
    if (control === null) fail(r.row, columnName('control'), 'budgets.import.badControl', { value: controlText });
    if (errors.length === before && dept && amountFen !== null && control !== null) settings.push({ departmentId: dept.id, amountFen, control, version: null });
  }
  return { rows: data.length, skipped, valid: data.length - badRows.size, invalidRows: badRows.size, errorCount: errors.length, errors, settings };
}

/**
 * All or nothing, like the price import: the file is checked inside the transaction that
 * stores it, and refused whole (400 with every row error) if any row is wrong. A department
 * in the file gets the file's amount and control whatever its line held (the file is the
 * clerk's decision, so versions are not asked for); departments not in the file keep theirs.
 */
export async function importBudgets(
  db: Knex,
  actor: Actor,
  user: SessionUser,
  lang: Lang,
  year: number,
  file: Buffer,
  format?: FileFormat,
): Promise<BudgetImportResult> {
  await assertKeepsBudget(db, user);
  return db.transaction(async (trx) => {
    const check = await checkBudgetFile(trx, lang, file, format);
    if (check.errorCount > 0) throw new ImportRejected(check, 'budgets.import.rejected');
    const { office } = await budgetUnits(trx);
    const current = new Map((await repo.budgetsOfYear(trx, office.id, year)).map((b) => [b.department_id, b.version]));
    const settings = check.settings.map((s) => ({ ...s, version: current.get(s.departmentId) ?? null }));
    const { created, updated } = await setBudgetLines(trx, actor, year, settings, (i) => `rows.${i}.department`);
    return { year, imported: settings.length, skipped: check.skipped, created, updated };
  });
}
