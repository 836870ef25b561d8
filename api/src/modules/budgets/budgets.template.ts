import type { Knex } from 'knex';
import { BUDGET_CONTROL_LABELS, BUDGET_IMPORT_COLUMNS, BUDGET_IMPORT_HEADERS } from '@portal/domain';
import { XlsxWorkbook } from '../../documents/xlsx';
import { t } from '../../http/messages';
import { loadUnitTree } from '../units/units.scope';
import { budgetLines } from './budgets.service';

const NOTES: Record<(typeof BUDGET_IMPORT_COLUMNS)[number], [string, string]> = {
  department: ['必填。总部部门的名称或编码，如 信息技术部 或 IT', 'Required. A head-office department’s name or code, e.g. IT Dept or IT'],
  amount: ['全年预算，单位元，最多两位小数，如 36000.00；留空的部门不设预算', 'The year’s budget in yuan, at most two decimals, e.g. 36000.00; a department left empty gets no budget'],
  control: ['选填。提醒（超支可提交，带警示）或 禁止（超支不能提交）；空白为提醒', 'Optional. Warn (over-budget requests go with a warning) or stop (they cannot be submitted); empty means warn'],
};

/**
 * The import template of a year's budget: header row first (the import reads row 1 as the
 * header), one row per department already filled with the year's amounts, so a clerk edits
 * the figures rather than typing department names; a second sheet says how to fill it in.
 */
export async function budgetTemplate(db: Knex, year: number): Promise<Buffer> {
  const tree = await loadUnitTree(db);
  const company = tree.units.find((u) => u.parentId === null)?.name_zh ?? '';
  const wb = new XlsxWorkbook({ title: t('budgets.template.title', 'zh', { year }), company });
  const ws = wb.sheet(`${year}预算分解`, {
    columns: [
      { header: BUDGET_IMPORT_HEADERS.department.zh, width: 22 },
      { header: BUDGET_IMPORT_HEADERS.amount.zh, width: 16, format: 'money' },
      { header: BUDGET_IMPORT_HEADERS.control.zh, width: 12 },
    ],
    frozenRows: 1,
  });
  ws.header();
  for (const l of await budgetLines(db, 'zh', year)) ws.row([l.departmentName, l.budgetId === null ? null : l.amountFen, BUDGET_CONTROL_LABELS[l.control].zh]);
  const help = wb.sheet('填写说明 Instructions', {
    columns: [
      { header: '列 Column', width: 16 },
      { header: '说明', width: 60, wrap: true },
      { header: 'Notes', width: 60, wrap: true },
    ],
    frozenRows: 1,
  });
  help.header();
  for (const c of BUDGET_IMPORT_COLUMNS) help.row([BUDGET_IMPORT_HEADERS[c].zh, ...NOTES[c]]);
  help.row(['', '整个文件全部正确才会导入；有任何错误时不会导入任何一行。文件中没有的部门保持原预算。', 'The file is imported only when every row is correct; otherwise nothing is imported. Departments not in the file keep their budget.']);
  return wb.finish();
}
