import { BudgetGrid, BudgetImportResult } from '@portal/domain/contracts';
import { BUDGET_EDITOR_ROLES, BUDGET_READER_ROLES } from '@portal/domain';
import { sendAttachment, XLSX } from '../../http/download';
import { route } from '../../http/route';
import { readUpload } from '../../http/upload';
import { importBudgets } from './budgets.import';
import { gridQuery, importQuery, saveGridBody, templateQuery, yearParams } from './budgets.schema';
import * as budgets from './budgets.service';
import { budgetTemplate } from './budgets.template';

// The annual office-supplies budget: kept by 办公室's clerk (the service checks the unit),
// read by leaders, finance and audit, and by requesters and heads for their own department.
// Fixed paths come before /budgets/:year.
export const budgetsRoutes = [
  route({
    method: 'get',
    path: '/budgets',
    allow: BUDGET_READER_ROLES,
    response: BudgetGrid,
    summary: 'The year’s budget per department with committed, pending, spent and remaining, ?year&departmentId',
    query: gridQuery,
    handle: ({ db, user, lang, query }) => budgets.budgetGrid(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/budgets/template.xlsx',
    allow: BUDGET_EDITOR_ROLES,
    response: 'file',
    summary: 'The import template, filled with the year’s departments and amounts, ?year',
    query: templateQuery,
    handle: async ({ db, res, user, query }) => {
      await budgets.assertKeepsBudget(db, user);
      const year = query.year ?? budgets.thisYear();
      sendAttachment(res, await budgetTemplate(db, year), `${year}年度办公用品预算.xlsx`, `budget-${year}.xlsx`, XLSX);
    },
  }),
  route({
    method: 'post',
    path: '/budgets/import',
    allow: BUDGET_EDITOR_ROLES,
    response: BudgetImportResult,
    status: 201,
    summary: 'Import a year’s budget from XLSX/CSV (raw body) all or nothing; 400 with the row errors if any row is wrong, ?year',
    query: importQuery,
    handle: async ({ req, res, db, actor, user, lang, query }) =>
      importBudgets(db, actor, user, lang, query.year, await readUpload(req, res, 'budgets.import.noFile'), query.format),
  }),
  route({
    method: 'put',
    path: '/budgets/:year',
    allow: BUDGET_EDITOR_ROLES,
    response: BudgetGrid,
    summary: 'Save department lines of the year at their versions, all or nothing',
    params: yearParams,
    body: saveGridBody,
    handle: ({ db, actor, user, lang, params, body }) => budgets.saveBudgetGrid(db, actor, user, lang, params.year, body),
  }),
];
