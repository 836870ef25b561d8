import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { addMonths, calendarDay, monthOf } from '@portal/domain';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

const binary = (t: request.Test) =>
  t.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('price import', () => {
  let ctx: TestContext;
  let clerk: Session;
  // The seed collects on days 3–22, so the 28th never collides with a seeded price.
  const day = `${addMonths(monthOf(calendarDay(new Date())), -1)}-28`;
  const header = '物资编码,平台,店铺,单价(元),日期,链接,有货,备注';
  const upload = (path: string, body: string | Buffer, type = 'text/csv', lang = 'zh-CN') =>
    clerk.post(path).set('Content-Type', type).set('Accept-Language', lang).send(typeof body === 'string' ? Buffer.from(body) : body);
  const countPrices = async () => Number((await ctx.db('price_observations').count<{ n: number }[]>({ n: '*' }))[0].n);

  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'clerk');
  });
  after(() => ctx.close());

  it('offers the template with the Chinese headers, as CSV and as XLSX', async () => {
    const csv = await clerk.get('/api/prices/import/template?format=csv');
    assert.equal(csv.status, 200);
    assert.equal(csv.text.replace(/^\ufeff/, '').trim(), header);
    const xlsx = await binary(clerk.get('/api/prices/import/template?format=xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    assert.deepEqual((wb.worksheets[0].getRow(1).values as string[]).slice(1), header.split(','));
  });

  it('previews every row with the exact row, column and message, in Chinese or English', async () => {
    const file = [
      header,
      `BG-0001,京东,京东自营办公用品旗舰店,25.90,${day},https://item.jd.com/1.html,是,`,
      `BG-9999,京东,京东自营办公用品旗舰店,1,${day},,,`,
      `BG-0002,拼多多,某店,12.345,2026-02-30,ftp://x,也许,`,
      `WJ-0001,天猫,公牛官方旗舰店,12.90,${day},,,`,
      `BG-0003,tmall,不存在的店,"1,299.00",2999-01-01,,否,"备注, 含逗号"`,
      `BG-0001,JD,京东自营办公用品旗舰店,26,${day},,,重复`,
    ].join('\r\n');
    const res = await upload('/api/prices/import/preview', file);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.format, res.body.rows, res.body.valid, res.body.invalidRows], ['csv', 6, 1, 5]);
    assert.deepEqual(res.body.errors, [
      { row: 3, column: '物资编码', message: '物资编码“BG-9999”不存在' },
      { row: 4, column: '平台', message: '无法识别平台“拼多多”，可填：天猫、京东、亚马逊、苏宁易购、阿里巴巴、淘宝、一号店、其他' },
      { row: 4, column: '单价(元)', message: '“12.345”不是有效单价：请填写大于 0 的金额（元），最多两位小数' },
      { row: 4, column: '日期', message: '“2026-02-30”不是有效日期，请按 2026-03-05 的格式填写' },
      { row: 4, column: '链接', message: '链接须以 http:// 或 https:// 开头' },
      { row: 4, column: '有货', message: '“也许”无法识别，请填写“是”或“否”' },
      { row: 5, column: '物资编码', message: '物资“WJ-0001”属于供应处，您只能导入办公室的报价' },
      { row: 6, column: '店铺', message: '天猫上没有名为“不存在的店”的供应商，请先在供应商中添加' },
      { row: 6, column: '日期', message: '日期 2999-01-01 晚于今天' },
      { row: 7, column: '日期', message: '与第 2 行重复（同一物资、店铺和日期）' },
    ]);
    assert.equal(res.body.sample[0].priceFen, 2590);
    const en = await upload('/api/prices/import/preview', file, 'text/csv', 'en');
    assert.deepEqual(en.body.errors[0], { row: 3, column: '物资编码', message: 'There is no item with the code "BG-9999"' });
  });

  it('imports nothing when any row is wrong, answering 400 with the same row errors', async () => {
    const before = await countPrices();
    const file = [header, `BG-0001,京东,京东自营办公用品旗舰店,25.90,${day},,,`, `BG-0002,京东,京东自营办公用品旗舰店,abc,${day},,,`].join('\n');
    const res = await upload('/api/prices/import/commit', file);
    assert.equal(res.status, 400);
    assert.match(res.headers['content-type'], /problem\+json/);
    assert.equal(res.body.detail, '文件中有 1 处错误，未导入任何数据；请按提示修改后重新上传');
    assert.deepEqual(res.body.rowErrors, [{ row: 3, column: '单价(元)', message: '“abc”不是有效单价：请填写大于 0 的金额（元），最多两位小数' }]);
    assert.equal(await countPrices(), before);
  });

  it('commits a clean file in one go, converting yuan to fen exactly, and refuses the same file twice', async () => {
    const before = await countPrices();
    const file = [
      'Item code,Platform,Shop,Unit price (yuan),Date,Link,In stock,Note',
      `bg-0004,JD,京东自营办公用品旗舰店,0.1,${day.replaceAll('-', '/')},,yes,`,
      `BG-0005,京东,京东自营办公用品旗舰店,¥1299.99,${day},,无货,"说明：""促销价"""`,
    ].join('\n');
    const res = await upload('/api/prices/import/commit', file);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.imported, 2);
    assert.equal(await countPrices(), before + 2);
    const rows = await ctx.db('price_observations').where({ import_id: res.body.importId }).orderBy('price_fen').select('price_fen', 'in_stock', 'note', 'observed_on');
    assert.deepEqual(rows, [
      { price_fen: 10, in_stock: true, note: '', observed_on: day },
      { price_fen: 129999, in_stock: false, note: '说明："促销价"', observed_on: day },
    ]);
    const trail = await ctx.db('audit_log').where({ action: 'price.import', entity_id: res.body.importId }).first('after');
    assert.equal(trail.after.rows, 2);
    const again = await upload('/api/prices/import/commit', file);
    assert.equal(again.status, 400);
    assert.match(again.body.rowErrors[0].message, /已有报价/);
  });

  it('reads an Excel workbook and a CSV saved by Chinese Excel in GB18030', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('报价');
    ws.addRow(['物资编码', '平台', '店铺', '单价（元）', '日期']);
    ws.addRow(['BG-0006', '京东', '京东自营办公用品旗舰店', 7.5, new Date(day + 'T00:00:00Z')]);
    ws.addRow(['BG-0007', '京东', '京东自营办公用品旗舰店', 'x', day]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await upload('/api/prices/import/preview', xlsx, 'application/octet-stream');
    assert.deepEqual([preview.body.format, preview.body.rows, preview.body.valid], ['xlsx', 2, 1]);
    assert.deepEqual(preview.body.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, '单价（元）']]);
    assert.equal(preview.body.sample[0].priceFen, 750);

    // "物资编码,平台,店铺,单价(元),日期" + one row, encoded as GBK bytes.
    const text = `${header}\r\nHQ-0001,京东,京东自营办公用品旗舰店,69.90,${day},,,\r\n`;
    const encoded = encodeGb18030(text);
    const res = await upload('/api/prices/import/preview', encoded, 'application/vnd.ms-excel');
    assert.deepEqual([res.body.format, res.body.rows, res.body.valid], ['csv', 1, 1], JSON.stringify(res.body));
  });

  it('names the missing columns and refuses an empty upload', async () => {
    const res = await upload('/api/prices/import/preview', '物资编码,店铺\nBG-0001,x\n');
    assert.deepEqual(res.body.errors.map((e: { column: string }) => e.column), ['平台', '单价(元)', '日期']);
    const none = await clerk.post('/api/prices/import/preview').set('Content-Type', 'text/csv');
    assert.equal(none.status, 400);
    const roleless = await signIn(ctx.app, 'auditor');
    assert.equal((await roleless.post('/api/prices/import/commit').set('Content-Type', 'text/csv').send(Buffer.from(header))).status, 403);
  });
});

/** GB18030 bytes for test text: Node has no encoder for it, so map the few characters used through the decoder. */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 mapping for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
