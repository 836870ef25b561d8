import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (budgets.module.ts). */
export const budgetsMessages: MessageTable = {
  'budgets.officeClerkOnly': { zh: '年度办公用品预算由办公室网络采购员维护', en: 'The office-supplies budget is kept by the General Office purchasing clerk' },
  'budgets.notYourDepartment': { zh: '只能查看本部门的预算', en: 'You can see only your own department’s budget' },
  'budgets.notADepartment': { zh: '该单位不是总部的部门，不能分配办公用品预算', en: 'This unit is not a head-office department and takes no office-supplies budget' },
  'budgets.duplicateDepartment': { zh: '同一部门出现了两次（第{other}行）', en: 'The same department appears twice (line {other})' },
  'budgets.import.noFile': { zh: '请选择要导入的 Excel 文件', en: 'Choose the Excel file to import' },
  'budgets.import.unreadable': { zh: '无法读取该文件，请使用导入模板（.xlsx）或 CSV', en: 'The file cannot be read; use the import template (.xlsx) or a CSV file' },
  'budgets.import.empty': { zh: '文件中没有预算行', en: 'The file has no budget rows' },
  'budgets.import.tooManyRows': { zh: '一次最多导入 {max} 行', en: 'At most {max} rows can be imported at once' },
  'budgets.import.rejected': { zh: '文件中有 {count} 处错误，未导入任何预算', en: 'The file has {count|error|errors}; no budget was imported' },
  'budgets.import.missingColumn': { zh: '缺少“{column}”列', en: 'The column "{column}" is missing' },
  'budgets.import.required': { zh: '必填', en: 'Required' },
  'budgets.import.unknownDepartment': { zh: '没有名称或编码为“{value}”的总部部门', en: 'No head-office department is named or coded "{value}"' },
  'budgets.import.duplicateInFile': { zh: '该部门已在第{other}行出现', en: 'This department already appears in row {other}' },
  'budgets.import.badAmount': { zh: '“{value}”不是有效金额：以元为单位，最多两位小数，不能为负', en: '"{value}" is not an amount: yuan, at most two decimals, not negative' },
  'budgets.import.badControl': { zh: '“{value}”不是控制方式：填“提醒”或“禁止”', en: '"{value}" is not a control: use warn or stop' },
  'budgets.template.title': { zh: '{year}年度办公用品预算分解', en: '{year} office-supplies budget by department' },
};
