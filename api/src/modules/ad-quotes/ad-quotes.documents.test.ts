import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { addDays, calendarDay, formatFen } from '@portal/domain';
import { pdfPages, readXlsx } from '../../documents/read-back';
import { QUOTE_LIST_HEADER_ROW } from '../ad-documents/quote-list.xlsx';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

const pdfText = async (pdf: Buffer) => (await pdfPages(pdf)).join('\n');

const binary = (res: import('node:http').IncomingMessage, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('ad quote and rate card downloads', () => {
  let ctx: TestContext;
  let bjClerk: Session, bjGm: Session, bjMarketer: Session;
  let quote: { id: number; number: string; netFen: number; listFen: number; version: number };
  let bj: number;

  before(async () => {
    ctx = await createTestContext();
    [bjClerk, bjGm, bjMarketer] = await Promise.all(['bj_clerk', 'bj_gm', 'bj_marketer'].map((u) => signIn(ctx.app, u)));
    bj = (await ctx.db('units').where({ code: 'BJ' }).first('id')).id;
    const slots = (await bjClerk.get('/api/ad-slots?pageSize=100')).body.items as { id: number; code: string }[];
    const slot = (code: string) => slots.find((s) => s.code === code)!.id;
    const customer = await bjClerk.post('/api/customers').send({ name: '北京京东方测试显示技术有限公司', uscc: '91110000600037341L', contact: '张三' });
    assert.equal(customer.status, 201, JSON.stringify(customer.body));
    const today = calendarDay(new Date());
    const created = await bjClerk.post('/api/ad-quotes').send({
      unitId: bj,
      customerId: customer.body.id,
      validUntil: addDays(today, 20),
      bundleShareBp: 9000,
      lines: [
        { slotId: slot('SEARCH-TOP'), startsOn: today, endsOn: today, shareBp: 5000 },
        { slotId: slot('PUSH-SMS'), startsOn: today, endsOn: today, shareBp: 5000 },
      ],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const submitted = (await bjClerk.post(`/api/ad-quotes/${created.body.id}/submit`).send({ version: created.body.version })).body;
    assert.equal(submitted.status, 'pending_approval');
    const request = (await bjGm.get(`/api/approvals/requests/${submitted.approval.requestId}`)).body;
    assert.equal((await bjGm.post(`/api/approvals/requests/${request.id}/approve`).send({ version: request.version })).status, 200);
    quote = (await bjClerk.get(`/api/ad-quotes/${created.body.id}`)).body;
  });
  after(() => ctx.close());

  // Issue 11 changed this test: the marketer's PDF is the customer's copy, so the approver (郑伟) is no longer on it.
  it("gives the branch marketer the customer's quote PDF: Chinese name, totals, 含6%增值税, no approver", async () => {
    const res = await bjMarketer.get(`/api/ad-quotes/${quote.id}/pdf`).buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(res.headers['content-disposition'], new RegExp(`filename\\*=UTF-8''${encodeURIComponent(`广告报价单-${quote.number}.pdf`)}`));
    const text = await pdfText(res.body);
    assert.ok(text.includes('北京京东方测试显示技术有限公司'), 'customer name');
    assert.ok(text.includes(formatFen(quote.netFen)), `net ${formatFen(quote.netFen)}`);
    assert.ok(text.includes(formatFen(quote.listFen)), `list ${formatFen(quote.listFen)}`);
    assert.ok(text.includes('4.5折'), 'paid share');
    assert.ok(text.includes(quote.number));
    assert.ok(!text.includes('郑伟'), 'no approver on the customer copy');
    assert.doesNotMatch(text, /草稿/);
    assert.ok(text.includes('含6%增值税'), 'prices include 6% VAT');
  });

  it("keeps the approval trail and the internal status off the customer's copy and says how to accept", async () => {
    const res = await bjClerk.get(`/api/ad-quotes/${quote.id}/pdf`).buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    const text = await pdfText(res.body);
    assert.ok(!text.includes('郑伟'), 'approver name');
    assert.doesNotMatch(text, /审批|已批准|内部/);
    assert.ok(text.includes('签字盖章'), 'sign and stamp');
    assert.ok(text.includes(`${addDays(calendarDay(new Date()), 20)} 前`), 'before the valid-until date');
  });

  it('gives quoters, finance and audit the internal copy with the approval trail, marked 内部副本', async () => {
    for (const who of ['bj_clerk', 'finance', 'auditor']) {
      const s = who === 'bj_clerk' ? bjClerk : await signIn(ctx.app, who);
      const res = await s.get(`/api/ad-quotes/${quote.id}/pdf?copy=internal`).buffer(true).parse(binary as never);
      assert.equal(res.status, 200, who);
      assert.ok(res.headers['content-disposition'].includes(encodeURIComponent(`广告报价单-${quote.number}-内部.pdf`)), who);
      const text = await pdfText(res.body);
      assert.ok(text.includes('郑伟'), `${who}: the approving GM`);
      assert.ok(text.includes('内部副本'), `${who}: marked internal`);
    }
  });

  it('refuses the internal copy to a branch marketer (403) and hides the quote from another branch (404)', async () => {
    const res = await bjMarketer.get(`/api/ad-quotes/${quote.id}/pdf?copy=internal`);
    assert.equal(res.status, 403);
    assert.equal((await bjMarketer.get(`/api/ad-quotes/${quote.id}/xlsx?copy=internal`)).status, 403);
    const shGm = await signIn(ctx.app, 'sh_gm');
    assert.equal((await shGm.get(`/api/ad-quotes/${quote.id}/pdf?copy=internal`)).status, 404);
    assert.equal((await bjClerk.get(`/api/ad-quotes/${quote.id}/pdf?copy=secret`)).status, 400);
  });

  it('prints the English customer copy with "Prices include 6% VAT" and the internal one marked INTERNAL', async () => {
    const customer = await bjClerk.get(`/api/ad-quotes/${quote.id}/pdf`).set('Accept-Language', 'en').buffer(true).parse(binary as never);
    const text = await pdfText(customer.body);
    assert.ok(text.includes('Prices include 6% VAT'), text.slice(0, 400));
    assert.ok(!text.includes('郑伟'));
    const internal = await bjClerk.get(`/api/ad-quotes/${quote.id}/pdf?copy=internal`).set('Accept-Language', 'en').buffer(true).parse(binary as never);
    assert.ok((await pdfText(internal.body)).includes('INTERNAL COPY'));
  });

  it('gives the XLSX too, and neither to another branch', async () => {
    const res = await bjMarketer.get(`/api/ad-quotes/${quote.id}/xlsx`).buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    assert.ok(book.worksheets.length >= 1);
    const shGm = await signIn(ctx.app, 'sh_gm');
    assert.equal((await shGm.get(`/api/ad-quotes/${quote.id}/pdf`)).status, 404);
  });

  /** The quote numbers of an exported list, top to bottom. */
  const exportedNumbers = async (body: Buffer) => {
    const ws = (await readXlsx(body)).worksheets[0];
    const numbers: string[] = [];
    ws.eachRow((row, n) => {
      if (n > QUOTE_LIST_HEADER_ROW) numbers.push(String(row.getCell(1).value));
    });
    return { ws, numbers };
  };

  it('exports the quote list to finance as the list shows it: same rows, same order, money in yuan', async () => {
    const finance = await signIn(ctx.app, 'finance');
    const shown = (await finance.get('/api/ad-quotes?pageSize=200&sort=number')).body as { items: { number: string; netFen: number }[]; total: number };
    const res = await finance.get('/api/ad-quotes.xlsx?sort=number').buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(res.headers['content-disposition'], new RegExp(encodeURIComponent('广告报价单列表-')));
    const { ws, numbers } = await exportedNumbers(res.body);
    assert.deepEqual(numbers, shown.items.map((q) => q.number));
    assert.ok(numbers.includes(quote.number));
    const row = ws.getRow(QUOTE_LIST_HEADER_ROW + 1 + numbers.indexOf(quote.number));
    assert.equal(row.getCell(6).value, quote.netFen / 100);
    assert.equal(row.getCell(8).value, '4.5折');
    assert.match(String(ws.getRow(2).getCell(1).value), new RegExp(`共 ${shown.total} 张`));
  });

  it("exports a branch marketer's filtered list: only the filter's rows, only the branch's, the filter named", async () => {
    const shown = (await bjMarketer.get('/api/ad-quotes?status=approved&pageSize=200')).body as { items: { number: string; unit: { id: number } }[] };
    assert.ok(shown.items.every((q) => q.unit.id === bj));
    const res = await bjMarketer.get('/api/ad-quotes.xlsx?status=approved').buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    const { ws, numbers } = await exportedNumbers(res.body);
    assert.deepEqual(numbers, shown.items.map((q) => q.number));
    assert.ok(numbers.includes(quote.number));
    assert.match(String(ws.getRow(2).getCell(1).value), /筛选：状态：已批准/);
    const none = await exportedNumbers((await bjMarketer.get(`/api/ad-quotes.xlsx?q=${encodeURIComponent('没有这个客户')}`).buffer(true).parse(binary as never)).body);
    assert.deepEqual(none.numbers, []);
  });

  it('refuses the export to those who read no quotes and to a bad filter', async () => {
    const clerk = await signIn(ctx.app, 'clerk');
    assert.equal((await clerk.get('/api/ad-quotes.xlsx')).status, 403);
    assert.equal((await bjMarketer.get('/api/ad-quotes.xlsx?status=nonsense')).status, 400);
  });

  it('downloads the published rate card as 广告报价表-YYYY-MM-rN.pdf', async () => {
    const month = calendarDay(new Date()).slice(0, 7);
    const card = (await bjMarketer.get(`/api/ad-rate-cards/current?month=${month}`)).body;
    const res = await bjMarketer.get(`/api/ad-rate-cards/${card.id}/pdf`).buffer(true).parse(binary as never);
    assert.equal(res.status, 200);
    assert.ok(res.headers['content-disposition'].includes(encodeURIComponent(`广告报价表-${month}-r${card.revision}.pdf`)));
    const text = await pdfText(res.body);
    assert.ok(text.includes('首页焦点图第1帧'));
    const xlsx = await bjMarketer.get(`/api/ad-rate-cards/${card.id}/xlsx`);
    assert.equal(xlsx.status, 200);
  });
});
