import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { BudgetLine } from '@portal/domain/contracts';
import { readXlsx } from '../../documents/read-back';
import { signedInSuite, type Session } from '../../test/support';

/** The budget import: the template round-trips, a wrong row stores nothing, every row error is named. */
const YEAR = 2032;

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('budget import', () => {
  let clerk: Session;
  let leader: Session;
  signedInSuite(['clerk', 'leader'], (s) => ([clerk, leader] = s));
  const upload = (body: Buffer, lang = 'zh-CN', as = clerk) =>
    as.post(`/api/budgets/import?year=${YEAR}`).set('Content-Type', 'application/octet-stream').set('Accept-Language', lang).send(body);
  const lines = async (): Promise<BudgetLine[]> => (await clerk.get(`/api/budgets?year=${YEAR}`)).body.lines;
  const stored = async () => (await lines()).filter((l) => l.budgetId !== null).map((l) => [l.departmentCode, l.amountFen, l.control]);

  it('reports every row error and imports nothing when any row is wrong', async () => {
    const file = await workbook([
      ['部门', '预算金额(元)', '控制方式'],
      ['信息技术部', 36000, '提醒'],
      ['不存在的部门', 1000, ''],
      ['HR', '12.345', '禁止'],
      ['IT', 500, 'maybe'],
      ['北京分部', 100, ''],
      ['', '', ''],
      ['审计部', '', ''],
      ['财务中心', '-5', ''],
    ]);
    const res = await upload(file);
    assert.equal(res.status, 400);
    assert.match(res.headers['content-type'], /problem\+json/);
    assert.equal(res.body.detail, '文件中有 6 处错误，未导入任何预算');
    assert.deepEqual(
      res.body.rowErrors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`),
      ['3:部门', '4:预算金额(元)', '5:部门', '5:控制方式', '6:部门', '9:预算金额(元)'],
    );
    assert.match(res.body.rowErrors[2].message, /第2行/);
    assert.deepEqual(await stored(), []);
    const en = await upload(file, 'en');
    assert.equal(en.body.rowErrors[0].message, 'No head-office department is named or coded "不存在的部门"');
  });

  it('names a missing column, and refuses an empty or unreadable file', async () => {
    const noAmount = await upload(await workbook([['部门', '控制方式'], ['IT', '提醒']]));
    assert.equal(noAmount.status, 400);
    assert.deepEqual(noAmount.body.rowErrors.map((e: { row: number; column: string }) => [e.row, e.column]), [[1, '预算金额(元)']]);
    const empty = await upload(await workbook([['部门', '预算金额(元)']]));
    assert.deepEqual([empty.status, empty.body.errors[0].path], [400, 'file']);
    const none = await clerk.post(`/api/budgets/import?year=${YEAR}`).set('Content-Type', 'application/octet-stream');
    assert.deepEqual([none.status, none.body.errors[0].path], [400, 'file']);
    const badYear = await clerk.post('/api/budgets/import?year=3000').set('Content-Type', 'application/octet-stream').send(Buffer.from('x'));
    assert.deepEqual([badYear.status, badYear.body.errors[0].path], [400, 'year']);
  });

  it('imports a clean file in one go: yuan to fen exactly, names or codes, both controls', async () => {
    const res = await upload(await workbook([['Department', 'Budget (yuan)', 'Control'], ['IT', '36,000.50', 'stop'], ['人力资源部', 12000, ''], ['Internal Audit', 0, '禁止']]));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(res.body, { year: YEAR, imported: 3, skipped: 0, created: 3, updated: 0 });
    assert.deepEqual((await stored()).sort(), [['AUDIT', 0, 'stop'], ['HR', 1_200_000, 'warn'], ['IT', 3_600_050, 'stop']]);
    const again = await upload(await workbook([['部门', '预算金额(元)'], ['IT', 40000]]));
    assert.deepEqual(again.body, { year: YEAR, imported: 1, skipped: 0, created: 0, updated: 1 });
    assert.deepEqual((await lines()).find((l) => l.departmentCode === 'IT')?.amountFen, 4_000_000);
  });

  it('hands out a template already filled with the year’s departments, which imports back unchanged', async () => {
    const res = await clerk.get(`/api/budgets/template.xlsx?year=${YEAR}`).responseType('blob');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-disposition'], /budget-2032\.xlsx/);
    const ws = (await readXlsx(res.body as Buffer)).worksheets[0];
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ['部门', '预算金额(元)', '控制方式']);
    const back = await upload(res.body as Buffer);
    assert.equal(back.status, 201, JSON.stringify(back.body));
    assert.deepEqual([back.body.imported, back.body.skipped, back.body.updated], [3, (await lines()).length - 3, 0]);
    assert.equal((await lines()).find((l) => l.departmentCode === 'IT')?.amountFen, 4_000_000);
    assert.equal((await leader.get(`/api/budgets/template.xlsx?year=${YEAR}`)).status, 403);
    assert.equal((await upload(res.body as Buffer, 'zh-CN', leader)).status, 403);
  });
});
