import { formatFen } from '@portal/domain';
import type { JournalEntry, JournalLine } from '@portal/domain/contracts';
import {
  ACCENT,
  BODY_BOTTOM,
  BRAND,
  BRAND_LIGHT,
  CONTENT_W,
  INK,
  MARGIN_X,
  MUTED,
  PAD,
  SIGN_BOX_H,
  PdfTable,
  cell,
  font,
  footers,
  keyValueBoxes,
  pdfBuffer,
  signBoxes,
  startDocument,
  titleBlock,
  type Doc,
} from '../../documents/pdf';
import { displayTime } from '../../http/download';
import { DOCUMENT_COMPANY } from '../ad-documents/ad-documents.views';

/** The 记账凭证 as finance files it: A4, in Chinese, its lines, totals in figures and in 大写, preparer and poster. */

type Column = 'memo' | 'account' | 'dims' | 'debit' | 'credit';

const KIND_LABELS: Record<JournalEntry['kind'], string> = {
  manual: '手工凭证',
  recognition: '收入确认',
  collection: '收款',
  reversal: '冲销凭证',
};

function dimensions(l: JournalLine): string {
  return [l.unit?.name, l.customer?.name, l.agreement ? `协议 ${l.agreement.number}` : null].filter(Boolean).join(' · ');
}

function rowHeight(doc: Doc, table: PdfTable<Column>, entry: JournalEntry, l: JournalLine): number {
  font(doc, false, 8.5);
  const memo = doc.heightOfString(l.memo || entry.memo, { width: table.w('memo') });
  const account = doc.heightOfString(`${l.accountCode} ${l.accountName}`, { width: table.w('account') });
  font(doc, false, 7.5);
  const dims = doc.heightOfString(dimensions(l) || '—', { width: table.w('dims') });
  return Math.max(memo, account, dims, 12) + 2 * PAD;
}

export async function renderVoucherPdf(entry: JournalEntry): Promise<Buffer> {
  const company = DOCUMENT_COMPANY.zh;
  const { doc, newPage } = startDocument({ lang: 'zh', title: `记账凭证 ${entry.number}`, subject: entry.memo, company, running: [`${company}  记账凭证`, `凭证号 ${entry.number}`] });
  let y = titleBlock(doc, { company, unit: '财务中心', title: '记账凭证', titleSize: 22, reference: `凭证号 ${entry.number}` });

  const half = (CONTENT_W - 10) / 2;
  y +=
    keyValueBoxes(doc, y, [
      {
        heading: '凭证',
        rows: [
          ['凭证号', entry.number],
          ['日期', entry.entryDate],
          ['会计期间', entry.period.slice(0, 7)],
          ['类别', KIND_LABELS[entry.kind]],
        ],
        x: MARGIN_X,
        w: half,
        labelW: 56,
      },
      {
        heading: '摘要',
        rows: [
          ['摘要', entry.memo],
          ['原因', entry.reason ?? '—'],
          ['来源单据', entry.sourceType ? `${entry.sourceType} #${entry.sourceId ?? ''}` : '—'],
          ['冲销', entry.reverses ? `冲销 ${entry.reverses.number}` : entry.reversedBy ? `已被 ${entry.reversedBy.number} 冲销` : '—'],
        ],
        x: MARGIN_X + half + 10,
        w: half,
        labelW: 56,
      },
    ]) + 14;

  const table = new PdfTable<Column>(
    doc,
    [
      { key: 'memo', title: '摘要', w: 110, align: 'left' },
      { key: 'account', title: '会计科目', w: 130, align: 'left' },
      { key: 'dims', title: '辅助核算', align: 'left' },
      { key: 'debit', title: '借方金额', w: 80, align: 'right' },
      { key: 'credit', title: '贷方金额', w: 80, align: 'right' },
    ],
    { header: { height: 20, size: 9, textY: 5.5 }, newPage },
  );
  y = table.rows(
    table.header(y),
    entry.lines,
    (l) => rowHeight(doc, table, entry, l),
    (l, _i, ty) => {
      font(doc, false, 8.5);
      table.para('memo', l.memo || entry.memo, ty);
      table.para('account', `${l.accountCode} ${l.accountName}`, ty);
      font(doc, false, 7.5, MUTED);
      table.para('dims', dimensions(l) || '—', ty);
      font(doc, false, 9, INK);
      table.cell('debit', l.debitFen ? formatFen(l.debitFen) : '', ty);
      table.cell('credit', l.creditFen ? formatFen(l.creditFen) : '', ty);
    },
  );
  const debits = entry.lines.reduce((sum, l) => sum + l.debitFen, 0);
  const credits = entry.lines.reduce((sum, l) => sum + l.creditFen, 0);

  // 合计 in figures under the amount columns, and in 大写 across the rest of the row.
  const totalH = 24;
  y = table.room(y, totalH + 12 + SIGN_BOX_H);
  doc.rect(MARGIN_X, y, CONTENT_W, totalH).fill(BRAND_LIGHT);
  font(doc, true, 9, BRAND);
  table.cell('memo', '合计', y + 7);
  font(doc, false, 8.5, INK);
  cell(doc, `人民币（大写）：${entry.totalInWords}`, table.x('account'), y + 7, table.w('account') + table.w('dims') + 2 * PAD);
  font(doc, true, 9.5, debits === credits ? INK : ACCENT);
  table.cell('debit', `¥${formatFen(debits)}`, y + 7);
  table.cell('credit', `¥${formatFen(credits)}`, y + 7);
  y += totalH + 16;

  if (y + SIGN_BOX_H > BODY_BOTTOM) y = newPage();
  const poster = entry.postedBy?.name ?? '系统';
  signBoxes(doc, y, [
    { title: '制单', lines: [poster, `日期：${entry.entryDate}`] },
    { title: '记账', lines: [poster, `时间：${displayTime(entry.postedAt)}`] },
    { title: '审核', lines: ['签字：', '日期：'] },
  ]);

  footers(doc, (n, total) => `第 ${n} 页 / 共 ${total} 页`, `${company} · 记账凭证 ${entry.number}`);
  return pdfBuffer(doc);
}
