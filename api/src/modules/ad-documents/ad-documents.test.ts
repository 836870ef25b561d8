import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type ExcelJS from 'exceljs';
import { pdfPages, readXlsx } from '../../documents/read-back';
import { sampleQuoteView, sampleRateCardView } from './ad-documents.fixtures';
import { renderQuotePdf } from './quote.pdf';
import { renderRateCardPdf } from './rate-card.pdf';
import { DOCUMENT_COMPANY, type QuoteDocumentView } from './ad-documents.views';
import { QUOTE_HEADER_ROW, renderQuoteXlsx } from './quote.xlsx';
import { RATE_CARD_HEADER_ROW, renderRateCardXlsx } from './rate-card.xlsx';

/** A quote whose totals are round figures to look for: ¥12,345.60 payable, 4.5折 of list. */
function quote(overrides: Partial<QuoteDocumentView> & { lineCount?: number } = {}): QuoteDocumentView {
  const { lineCount = 20, ...rest } = overrides;
  return {
    ...sampleQuoteView({ lineCount, bundleShareBp: 10000 }),
    listFen: 2_743_467,
    subtotalFen: 1_234_560,
    netFen: 1_234_560,
    paidShareBp: 4500,
    ...rest,
  };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('quote PDF', () => {
  it('carries the customer, the number and the totals in ¥, 折 and percent as extractable text', async () => {
    const pages = await pdfPages(await renderQuotePdf(quote()));
    const text = pages.join('\n');
    assert.match(text, /深圳市海润家电科技有限公司/);
    assert.match(text, /BJ-202611-0007/);
    assert.match(text, /¥12,345\.60/);
    assert.match(text, /4\.5折/);
    assert.match(text, /45\.0%/);
    assert.match(text, /¥27,434\.67/);
    assert.match(text, /壹万贰仟叁佰肆拾伍元陆角整/);
    assert.match(text, /广告报价单/);
    assert.match(text, new RegExp(DOCUMENT_COMPANY.zh.split(' ')[0]));
    assert.match(text, /有效期至 2026-11-30/);
    assert.match(text, /91440300MA5F3XK21L/);
  });

  it('marks a draft 草稿 on every page, and an approved, sent or accepted quote on none', async () => {
    for (const status of ['draft', 'pending_approval'] as const) {
      const pages = await pdfPages(await renderQuotePdf(quote({ lineCount: 40, status, statusLabel: status === 'draft' ? '未提交' : '待审批' })));
      assert.ok(pages.length >= 2, `${status}: ${pages.length} pages`);
      pages.forEach((p, i) => assert.match(p, /草稿/, `${status} page ${i + 1}`));
    }
    for (const status of ['approved', 'sent', 'accepted'] as const) {
      const text = (await pdfPages(await renderQuotePdf(quote({ lineCount: 40, status, statusLabel: '已批准', approvalStatusText: '已审批通过' })))).join('\n');
      assert.doesNotMatch(text, /草稿/, status);
      assert.doesNotMatch(text, /DRAFT/, status);
    }
  });

  it('marks a declined, expired or cancelled quote with its status instead', async () => {
    const text = (await pdfPages(await renderQuotePdf(sampleQuoteView({ lineCount: 2, status: 'cancelled' })))).join('\n');
    assert.equal(count(text, '已作废'), 2, 'the watermark and the status field');
    assert.doesNotMatch(text, /草稿/);
  });

  it('shows the approvers of an approved quote', async () => {
    const text = (await pdfPages(await renderQuotePdf(sampleQuoteView({ lineCount: 3, status: 'approved' })))).join('\n');
    assert.match(text, /赵建国（北京分公司 总经理）/);
    assert.match(text, /2026-11-21 10:42 批准/);
  });

  it("leaves the approval trail and the status off the customer's copy, and states VAT and how to accept", async () => {
    const text = (await pdfPages(await renderQuotePdf({ ...sampleQuoteView({ lineCount: 3, status: 'approved' }), copy: 'customer' }))).join('\n');
    assert.doesNotMatch(text, /赵建国/);
    assert.doesNotMatch(text, /审批|已批准|内部副本/);
    assert.match(text, /以上价格均含6%增值税/);
    assert.match(text, /请于 2026-11-30 前在下方“客户确认”处签字盖章/);
  });

  it('marks the internal copy 内部副本 at the top and at the foot of every page', async () => {
    const pages = await pdfPages(await renderQuotePdf(quote({ lineCount: 60, status: 'approved' })));
    assert.ok(pages.length >= 2);
    pages.forEach((p, i) => assert.match(p, /内部副本/, `page ${i + 1}`));
    assert.match(pages[0], /含审批记录，请勿交给客户/);
  });

  it('rounds the 折 it prints to the nearest tenth: 63.8% of list is 6.4折', async () => {
    const text = (await pdfPages(await renderQuotePdf(quote({ lineCount: 1, paidShareBp: 6380 })))).join('\n');
    assert.match(text, /6\.4折/);
    assert.doesNotMatch(text, /6\.3折/);
  });

  it('runs a 60-line quote over several pages with the table header repeated and every line present', async () => {
    const pages = await pdfPages(await renderQuotePdf(quote({ lineCount: 60 })));
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    for (const [i, page] of pages.entries()) {
      assert.match(page, /BJ-202611-0007/, `page ${i + 1} names the quote`);
      assert.match(page, new RegExp(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    }
    // Each page the table reaches starts with the column headers.
    const withTable = pages.filter((p) => /首页焦点图|频道|APP/.test(p));
    for (const page of withTable) assert.match(page, /刊例单价/);
    const text = pages.join('\n');
    assert.equal(count(text, 'HP-FOCUS-1'), 5, 'the 12-slot cycle puts HP-FOCUS-1 on lines 1, 13, 25, 37, 49');
    assert.equal(count(text, '应付合计'), 1);
  });

  it('shows the bundle discount once, beside the subtotal it applies to', async () => {
    const view = sampleQuoteView({ lineCount: 5, bundleShareBp: 9000 });
    const text = (await pdfPages(await renderQuotePdf(view))).join('\n');
    assert.equal(count(text, '整单折扣'), 1);
    assert.equal(count(text, '9.0折'), 1);
    assert.match(text, /单项折后小计/);
    const none = (await pdfPages(await renderQuotePdf(sampleQuoteView({ lineCount: 5, bundleShareBp: 10000 })))).join('\n');
    assert.doesNotMatch(none, /整单折扣/);
  });

  it('prints an English view with English headings and a DRAFT mark', async () => {
    const pages = await pdfPages(await renderQuotePdf(sampleQuoteView({ lineCount: 30, lang: 'en' })));
    const text = pages.join('\n');
    for (const heading of ['Advertising quotation', 'Customer', 'Unit price', 'Total payable', 'Valid until', DOCUMENT_COMPANY.en]) {
      assert.ok(text.includes(heading), heading);
    }
    pages.forEach((p, i) => assert.match(p, /DRAFT/, `page ${i + 1}`));
    assert.doesNotMatch(text, /广告报价单|刊例单价|应付合计/);
    assert.match(text, /深圳市海润家电科技有限公司/);
  });

  it('prints English curly quotes as ASCII so the CJK font does not gap the words', async () => {
    const text = (await pdfPages(await renderQuotePdf(sampleQuoteView({ lineCount: 1, lang: 'en', status: 'approved' })))).join('\n');
    assert.match(text, /quoter's authority/);
  });

  it('embeds the shipped font (subset, CFF) and no standard PDF font', async () => {
    const raw = (await renderQuotePdf(quote({ lineCount: 2 }))).toString('latin1');
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+PortalSansSC-Regular/);
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+PortalSansSC-Bold/);
    assert.match(raw, /\/FontFile3/);
    assert.match(raw, /\/ToUnicode/);
    assert.doesNotMatch(raw, /Helvetica/);
  });

  it('renders documents side by side from the one parsed font', async () => {
    const views = ['甲', '乙', '丙', '丁', '戊'].map((x) => ({ ...quote({ lineCount: 8 }), customer: { ...quote().customer, name: `${x}方电器有限公司` } }));
    const pdfs = await Promise.all(views.map((v) => renderQuotePdf(v)));
    for (const [i, pdf] of pdfs.entries()) {
      const text = (await pdfPages(pdf)).join('\n');
      assert.match(text, new RegExp(views[i].customer.name));
      assert.match(text, /¥12,345\.60/);
    }
  });
});

describe('rate card PDF', () => {
  it('heads the card with its month and lists every slot by page with 独占 marked', async () => {
    const view = sampleRateCardView();
    const pages = await pdfPages(await renderRateCardPdf(view));
    const text = pages.join('\n');
    assert.match(text, /《网上商城广告报价》2026年12月/);
    for (const row of view.rows) assert.ok(text.includes(row.name), row.name);
    for (const page of new Set(view.rows.map((r) => r.page))) assert.ok(text.includes(page), page);
    const exclusive = view.rows.filter((r) => r.exclusive).length;
    assert.equal(count(text, '独占'), exclusive + pages.length + 1, 'each exclusive slot, the column header on each page and the legend');
    assert.match(text, /发布时间：2026-11-20 16:30/);
    assert.match(text, /王晓燕/);
    assert.match(text, /12,000\.00/);
    assert.doesNotMatch(text, /第 \d+ 版/);
    assert.doesNotMatch(text, /草稿/);
  });

  it('notes a revision after the first and marks a draft card', async () => {
    const text = (await pdfPages(await renderRateCardPdf(sampleRateCardView({ revision: 2, status: 'draft', statusLabel: '草稿', publishedAt: null, publishedBy: null })))).join('\n');
    assert.match(text, /第 2 版/);
    assert.match(text, /草稿/);
  });

  it('repeats the group heading when a long card runs over a page', async () => {
    const base = sampleRateCardView();
    const rows = Array.from({ length: 45 }, (_, i) => ({ ...base.rows[0], code: `HP-${i + 1}`, name: `首页推荐位${i + 1}` }));
    const pages = await pdfPages(await renderRateCardPdf({ ...base, rows }));
    assert.ok(pages.length >= 2);
    assert.match(pages[1], /首页（续）/);
    assert.match(pages[1], /刊例价（元）/);
    assert.match(pages.join('\n'), /首页推荐位45/);
  });

  it('prints an English card with English headings', async () => {
    const text = (await pdfPages(await renderRateCardPdf(sampleRateCardView({ lang: 'en', statusLabel: 'Published' })))).join('\n');
    assert.match(text, /Online Mall Advertising Rates — 2026-12/);
    assert.match(text, /List price \(¥\)/);
    assert.match(text, /Excl\./);
    assert.doesNotMatch(text, /刊例价（元）/);
  });
});

describe('quote XLSX', () => {
  it('reads back with one row per line, money in yuan as numbers in ¥ format, and the totals', async () => {
    const view = sampleQuoteView({ lineCount: 20, bundleShareBp: 9000 });
    const wb = await readXlsx(await renderQuoteXlsx(view));
    const ws = wb.worksheets[0];
    assert.equal(ws.name, '报价单');
    assert.equal(ws.views[0].state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, QUOTE_HEADER_ROW);
    const header = (ws.getRow(QUOTE_HEADER_ROW).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, 3), ['序号', '编号', '广告位']);
    assert.equal(header.at(-1), '折后金额');
    const netCol = header.length;
    let netSum = 0;
    view.lines.forEach((line, i) => {
      const row = ws.getRow(QUOTE_HEADER_ROW + 1 + i);
      assert.equal(row.getCell(3).value, line.slotName);
      assert.equal(row.getCell(11).value, line.unitPriceFen / 100);
      assert.equal(row.getCell(12).value, line.listFen / 100);
      assert.equal(row.getCell(13).value, line.shareBp / 10000);
      assert.equal(row.getCell(netCol).value, line.netFen / 100);
      assert.match(row.getCell(netCol).numFmt, /¥/);
      assert.ok(row.getCell(7).value instanceof Date);
      netSum += line.netFen;
    });
    assert.equal(netSum, view.subtotalFen);
    const totals = new Map<string, unknown>();
    ws.eachRow((row, n) => {
      if (n > QUOTE_HEADER_ROW + view.lines.length) totals.set(String(row.getCell(netCol - 1).value), row.getCell(netCol).value);
    });
    assert.equal(totals.get('刊例总价'), view.listFen / 100);
    assert.equal(totals.get('单项折后小计'), view.subtotalFen / 100);
    assert.equal(totals.get('应付合计'), view.netFen / 100);
    assert.match(String(totals.get('整单折扣')), /9\.0折/);
    const info = wb.worksheets[1];
    const infoText = JSON.stringify(info.getSheetValues());
    assert.match(infoText, /深圳市海润家电科技有限公司/);
    assert.match(infoText, /91440300MA5F3XK21L/);
  });

  it("keeps the status and the approval off the customer's workbook and states VAT instead", async () => {
    const wb = await readXlsx(await renderQuoteXlsx({ ...sampleQuoteView({ lineCount: 2, status: 'approved' }), copy: 'customer' }));
    const infoText = JSON.stringify(wb.worksheets[1].getSheetValues());
    assert.doesNotMatch(infoText, /赵建国|已批准/);
    assert.match(infoText, /含6%增值税/);
  });

  it('uses English headers for an English view', async () => {
    const wb = await readXlsx(await renderQuoteXlsx(sampleQuoteView({ lineCount: 2, lang: 'en' })));
    const ws = wb.worksheets[0];
    assert.equal(ws.name, 'Quotation');
    const header = (ws.getRow(QUOTE_HEADER_ROW).values as unknown[]).slice(1);
    assert.ok(header.includes('Unit price') && header.includes('Net'), JSON.stringify(header));
  });
});

describe('rate card XLSX', () => {
  it('reads back every slot grouped by page with its price in yuan', async () => {
    const view = sampleRateCardView({ revision: 2 });
    const wb = await readXlsx(await renderRateCardXlsx(view));
    const ws = wb.worksheets[0];
    assert.match(String(ws.getCell(1, 1).value), /《网上商城广告报价》2026年12月\s+第 2 版/);
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, RATE_CARD_HEADER_ROW);
    assert.deepEqual((ws.getRow(RATE_CARD_HEADER_ROW).values as unknown[]).slice(1, 3), ['页面/频道', '编号']);
    const byCode = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => {
      if (n > RATE_CARD_HEADER_ROW && typeof row.getCell(8).value === 'number') byCode.set(String(row.getCell(2).value), row);
    });
    assert.equal(byCode.size, view.rows.length);
    for (const r of view.rows) {
      const row = byCode.get(r.code)!;
      assert.equal(row.getCell(8).value, r.priceFen / 100);
      assert.match(row.getCell(8).numFmt, /¥/);
      assert.equal(row.getCell(7).value, r.exclusive ? '独占' : '共享');
    }
    // Grouped: once a page's rows end, that page does not come back.
    const pages: string[] = [];
    for (const row of byCode.values()) if (pages.at(-1) !== row.getCell(1).value) pages.push(String(row.getCell(1).value));
    assert.equal(pages.length, new Set(pages).size);
  });

  it('uses English headers for an English view', async () => {
    const wb = await readXlsx(await renderRateCardXlsx(sampleRateCardView({ lang: 'en' })));
    const header = (wb.worksheets[0].getRow(RATE_CARD_HEADER_ROW).values as unknown[]).slice(1);
    assert.ok(header.includes('List price (¥)') && header.includes('Code'), JSON.stringify(header));
  });
});
