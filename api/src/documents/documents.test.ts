import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { fenInChineseWords } from '@portal/domain';
import {
  CONTENT_W,
  MARGIN_X,
  PdfTable,
  cell,
  columnsAcross,
  font,
  footers,
  keyValueBoxes,
  newPdfDocument,
  pdfBuffer,
  runningHeader,
  signBoxes,
  titleBlock,
  totalsBox,
  watermarkEveryPage,
} from './pdf';
import { pdfPages, readXlsx } from './read-back';
import { XlsxWorkbook } from './xlsx';

/**
 * What the next modules' documents will be: a layout of a few lines on the kit. This one is a
 * made-up accounting voucher with enough lines to run over pages.
 */
async function voucherPdf(lineCount: number, draft: boolean): Promise<Buffer> {
  const doc = newPdfDocument({ lang: 'zh', title: '记账凭证 JZ-0001', subject: '测试', company: '测试公司' });
  if (draft) watermarkEveryPage(doc, '草稿');
  const table = new PdfTable(
    doc,
    columnsAcross<'summary' | 'account' | 'amount'>([
      { key: 'summary', title: '摘要', w: 200, align: 'left' },
      { key: 'account', title: '会计科目', w: 160, align: 'left' },
      { key: 'amount', title: '金额', align: 'right' },
    ]),
    {
      header: { height: 20, size: 8.5, textY: 5.5 },
      newPage: () => {
        doc.addPage();
        return runningHeader(doc, '测试公司  记账凭证', 'JZ-0001');
      },
    },
  );
  let y = titleBlock(doc, { company: '测试公司', unit: '财务部', title: '记账凭证', titleSize: 22, reference: 'JZ-0001' });
  y += keyValueBoxes(doc, y, [{ heading: '凭证信息', rows: [['凭证号', 'JZ-0001'], ['日期', '2026-11-26']], x: MARGIN_X, w: CONTENT_W, labelW: 60 }]) + 14;
  y = table.header(y);
  for (let i = 0; i < lineCount; i++) {
    const top = table.room(y, 20);
    y = table.row(top, 20, i, () => {
      font(doc, false, 8.5);
      cell(doc, `第${i + 1}笔 办公用品采购`, table.x('summary'), top + 5, table.w('summary'));
      cell(doc, '管理费用—办公费', table.x('account'), top + 5, table.w('account'));
      cell(doc, '1,000.00', table.x('amount'), top + 5, table.w('amount'), 'right');
    });
  }
  const total = lineCount * 100_000;
  totalsBox(doc, [['合计', `¥${total / 100}`, true]], y + 12, 250, `人民币（大写）：${fenInChineseWords(total)}`);
  signBoxes(doc, y + 80, [
    { title: '制单', lines: ['日期：'] },
    { title: '审核', lines: ['日期：'] },
    { title: '记账', lines: ['日期：'] },
  ]);
  footers(doc, (n, count) => `第 ${n} 页 / 共 ${count} 页`, '测试公司 · 记账凭证 JZ-0001');
  return pdfBuffer(doc);
}

describe('PDF kit', () => {
  it('runs a long table over pages with its header, running header and page numbers on each', async () => {
    const pages = await pdfPages(await voucherPdf(60, false));
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    pages.forEach((page, i) => {
      assert.match(page, /摘要.*会计科目.*金额/, `page ${i + 1} repeats the column header`);
      assert.match(page, new RegExp(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
      assert.match(page, /JZ-0001/);
    });
    const text = pages.join('\n');
    assert.match(text, /第60笔/);
    assert.match(text, /陆万元整/, 'the amount in capitals under the totals');
    assert.match(text, /制单.*审核.*记账/);
    assert.doesNotMatch(text, /草稿/);
  });

  it('watermarks every page of a draft', async () => {
    const pages = await pdfPages(await voucherPdf(60, true));
    pages.forEach((page, i) => assert.match(page, /草稿/, `page ${i + 1}`));
  });

  it('gives the column without a width what the others leave of the content width', () => {
    const cols = columnsAcross([
      { key: 'a', title: 'A', w: 100, align: 'left' },
      { key: 'b', title: 'B', align: 'right' },
    ]);
    assert.equal(cols[1].w, CONTENT_W - 100);
  });
});

describe('XLSX kit', () => {
  const columns = [
    { header: '日期', width: 12, format: 'date' as const },
    { header: '说明', width: 30, wrap: true },
    { header: '比例', width: 10, format: 'percent' as const },
    { header: '金额', width: 14, format: 'money' as const },
  ];

  it('writes fen as yuan in ¥ format, days as dates and basis points as percentages', async () => {
    const wb = new XlsxWorkbook({ title: '测试', company: '测试公司' });
    const ws = wb.sheet('明细', { columns, frozenRows: 2, orientation: 'landscape' });
    ws.title('明细表', 14);
    ws.header();
    ws.row(['2026-11-26', '九折以下', 4500, 1_234_560]);
    ws.total('合计', 1_234_560, true);
    const sheet = (await readXlsx(await wb.finish())).worksheets[0];
    assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['日期', '说明', '比例', '金额']);
    const row = sheet.getRow(3);
    assert.deepEqual(row.getCell(1).value, new Date(Date.UTC(2026, 10, 26)));
    assert.equal(row.getCell(2).value, '九折以下');
    assert.equal(row.getCell(3).value, 0.45);
    assert.equal(row.getCell(3).numFmt, '0.0%');
    assert.equal(row.getCell(4).value, 12_345.6);
    assert.match(row.getCell(4).numFmt, /¥/);
    assert.equal(sheet.getRow(4).getCell(3).value, '合计');
    assert.equal(sheet.getRow(4).getCell(4).value, 12_345.6, 'a total under the last column takes its format');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 2);
  });

  it('streams to a writable it is given, sheet after sheet', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new XlsxWorkbook({ title: '测试', company: '测试公司' }, out);
    for (const name of ['一月', '二月']) {
      const ws = wb.sheet(name, { columns, frozenRows: 1 });
      ws.header();
      for (let i = 0; i < 500; i++) ws.row(['2026-01-01', `第${i + 1}行`, 10000, i * 100]);
    }
    assert.equal((await wb.finish()).length, 0, 'the bytes went to the stream');
    const read = await readXlsx(Buffer.concat(chunks));
    assert.deepEqual(read.worksheets.map((s) => s.name), ['一月', '二月']);
    assert.equal(read.worksheets[1].getRow(501).getCell(4).value, 499, 'fen written as yuan');
  });
});
