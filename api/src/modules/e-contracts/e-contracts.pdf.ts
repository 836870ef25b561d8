import {
  contractTotals,
  formatFen,
  groupedHash,
  NEGOTIATION_TERM_LABELS,
  NEGOTIATION_TERMS,
  type NegotiationLineFigures,
  type NegotiationSide,
  type NegotiationTerms,
} from '@portal/domain';
import {
  BODY_BOTTOM,
  BRAND,
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
  para,
  pdfBuffer,
  signBoxes,
  startDocument,
  titleBlock,
  totalsBox,
  totalsHeight,
  type Doc,
  type TotalLine,
} from '../../documents/pdf';
import { displayTime } from '../../http/download';

/**
 * The e-contract (电子合同) as both sides sign it: A4, in Chinese, the parties with their taxpayer
 * IDs, every agreed term, the lines, totals in figures and 大写. Its bytes are what the signatures
 * bind, so the same contract always renders to the same bytes: no clock, no random file ID (the
 * creation date is the contract's own). Once both have signed, the issued copy gains a signature
 * page listing the signatures and the hash of the bytes they signed.
 */

export interface ContractParty {
  name: string;
  taxId: string;
  address: string;
  /** the buying unit, or the supplier's contact person */
  contact: string;
}

export interface ContractSignatureView {
  side: NegotiationSide;
  signerName: string;
  roleLabel: string;
  signedAt: Date;
  sha256: string;
}

export interface EContractPrintView {
  number: string;
  title: string;
  /** the contract's creation time: the PDF's creation date, so its bytes never depend on the clock */
  createdAt: Date;
  negotiationNumber: string;
  version: number;
  buyer: ContractParty;
  supplier: ContractParty;
  terms: NegotiationTerms;
  lines: readonly NegotiationLineFigures[];
}

type Column = 'no' | 'item' | 'uom' | 'qty' | 'price' | 'tax' | 'amount';

const TITLE = '采购合同';
const SIDE_TITLES: Record<NegotiationSide, string> = { buyer: '甲方（采购方）', supplier: '乙方（供应商）' };

const qty = (n: number) => String(n);
const rate = (bp: number) => `${bp / 100}%`;

function linesTable(doc: Doc, newPage: () => number): PdfTable<Column> {
  return new PdfTable<Column>(
    doc,
    [
      { key: 'no', title: '序号', w: 30, align: 'center' },
      { key: 'item', title: '品名及规格', align: 'left' },
      { key: 'uom', title: '单位', w: 34, align: 'center' },
      { key: 'qty', title: '数量', w: 54, align: 'right' },
      { key: 'price', title: '含税单价', w: 70, align: 'right' },
      { key: 'tax', title: '税率', w: 38, align: 'right' },
      { key: 'amount', title: '含税金额', w: 82, align: 'right' },
    ],
    { header: { height: 20, size: 8.5, textY: 5.5 }, newPage },
  );
}

function partyBox(party: ContractParty, side: NegotiationSide, x: number, w: number) {
  return {
    heading: SIDE_TITLES[side],
    rows: [
      ['名称', party.name],
      ['纳税人识别号', party.taxId || '—'],
      ['地址', party.address || '—'],
      [side === 'buyer' ? '经办单位' : '联系人', party.contact || '—'],
    ] as [string, string][],
    x,
    w,
    labelW: 66,
  };
}

/** The body both sides sign: parties, lines, totals and terms, and the boxes the seals go in. */
function drawContract(doc: Doc, view: EContractPrintView, newPage: () => number): void {
  const company = view.buyer.name;
  let y = titleBlock(doc, { company, unit: view.buyer.contact, title: TITLE, titleSize: 22, reference: `合同编号 ${view.number}` });
  const half = (CONTENT_W - 10) / 2;
  y += keyValueBoxes(doc, y, [partyBox(view.buyer, 'buyer', MARGIN_X, half), partyBox(view.supplier, 'supplier', MARGIN_X + half + 10, half)]) + 10;

  font(doc, false, 9, INK);
  y +=
    para(
      doc,
      `甲乙双方经询价、洽谈，就“${view.title}”依据洽谈单 ${view.negotiationNumber} 第 ${view.version} 版双方同意的条款，本着平等互利的原则订立本合同，共同遵守。`,
      MARGIN_X,
      y,
      CONTENT_W,
      { lineGap: 2 },
    ) + 10;

  font(doc, true, 10, BRAND);
  cell(doc, '一、标的、数量及价款', MARGIN_X, y, CONTENT_W);
  y += 16;
  const table = linesTable(doc, newPage);
  const totals = contractTotals(view.lines);
  const lineHeight = (l: EContractPrintView['lines'][number]): number => {
    font(doc, false, 8.5);
    const nameH = doc.heightOfString(l.name, { width: table.w('item') });
    font(doc, false, 7.5);
    const specH = l.spec ? doc.heightOfString(l.spec, { width: table.w('item') }) + 1 : 0;
    return Math.max(nameH + specH, 12) + 2 * PAD;
  };
  y = table.rows(table.header(y), view.lines, lineHeight, (l, i, ty) => {
    font(doc, false, 8.5, INK);
    table.cell('no', String(l.lineNo), ty);
    const nh = table.para('item', l.name, ty);
    if (l.spec) {
      font(doc, false, 7.5, MUTED);
      table.para('item', l.spec, ty + nh + 1);
    }
    font(doc, false, 8.5, INK);
    table.cell('uom', l.uom, ty);
    table.cell('qty', qty(l.quantity), ty);
    table.cell('price', formatFen(l.unitPriceFen), ty);
    table.cell('tax', rate(l.taxRateBp), ty);
    font(doc, true, 8.5, INK);
    table.cell('amount', formatFen(totals.lines[i].amountFen), ty);
  });

  const totalLines: TotalLine[] = [
    ['不含税金额', `¥${formatFen(totals.netFen)}`, false],
    ['税额', `¥${formatFen(totals.taxFen)}`, false],
    ['合同总价（含税）', `¥${formatFen(totals.totalFen)}`, true],
  ];
  const totalsW = 250;
  y += 10;
  if (y + totalsHeight(totalLines) + 20 > BODY_BOTTOM) y = newPage();
  totalsBox(doc, totalLines, y, totalsW, `人民币（大写）：${totals.totalInWords}`);
  y += totalsHeight(totalLines) + 26;

  const clauses: [string, string][] = NEGOTIATION_TERMS.map((t, i) => [
    `${'二三四五六'[i]}、${NEGOTIATION_TERM_LABELS[t].zh}`,
    view.terms[t] || '—',
  ]);
  clauses.push(
    ['七、违约责任', '任何一方未按本合同约定履行义务的，应承担违约责任，赔偿对方因此遭受的损失。'],
    [
      '八、合同生效',
      '本合同经甲乙双方在采购门户上电子签署后生效。签署时记录本合同文件的 SHA-256 摘要；文件的任何改动都会使摘要不符，以摘要相符的文件为准。',
    ],
  );
  for (const [heading, text] of clauses) {
    font(doc, false, 9, INK);
    const h = 15 + doc.heightOfString(text, { width: CONTENT_W - 12, lineGap: 2 }) + 8;
    if (y + h > BODY_BOTTOM) y = newPage();
    font(doc, true, 10, BRAND);
    cell(doc, heading, MARGIN_X, y, CONTENT_W);
    font(doc, false, 9, INK);
    y += 15 + para(doc, text, MARGIN_X + 12, y + 15, CONTENT_W - 12, { lineGap: 2 }) + 8;
  }

  y += 6;
  if (y + SIGN_BOX_H > BODY_BOTTOM) y = newPage();
  signBoxes(doc, y, [
    { title: `${SIDE_TITLES.buyer}：${view.buyer.name}`, lines: ['电子签署，见签署页', `订立日期：${displayTime(view.createdAt).slice(0, 10)}`] },
    { title: `${SIDE_TITLES.supplier}：${view.supplier.name}`, lines: ['电子签署，见签署页', ''] },
  ]);
}

type SigColumn = 'side' | 'signer' | 'role' | 'at';

/** The signature page of the issued copy: who signed for whom, when, and the hash they signed. */
function drawSignaturePage(doc: Doc, view: EContractPrintView, signatures: readonly ContractSignatureView[], contractPages: number, y: number, newPage: () => number): void {
  font(doc, true, 14, INK);
  cell(doc, '签署页', MARGIN_X, y, CONTENT_W, 'center');
  y += 26;
  font(doc, false, 9, INK);
  y +=
    para(
      doc,
      `合同 ${view.number}（共 ${contractPages} 页）已由甲乙双方电子签署，合同已签订。以下每一签署均绑定所签合同文件的 SHA-256 摘要；任何人可在采购门户“合同验真”上传文件，核对其是否与已签署的文件逐字节一致。`,
      MARGIN_X,
      y,
      CONTENT_W,
      { lineGap: 2 },
    ) + 14;
  const table = new PdfTable<SigColumn>(
    doc,
    [
      { key: 'side', title: '签署方', w: 150, align: 'left' },
      { key: 'signer', title: '签署人', align: 'left' },
      { key: 'role', title: '身份', w: 110, align: 'left' },
      { key: 'at', title: '签署时间', w: 100, align: 'left' },
    ],
    { header: { height: 20, size: 8.5, textY: 5.5 }, newPage },
  );
  y = table.rows(
    table.header(y),
    signatures,
    () => 36,
    (s, _i, ty) => {
      font(doc, true, 8.5, INK);
      table.cell('side', SIDE_TITLES[s.side], ty);
      font(doc, false, 8, MUTED);
      table.cell('side', s.side === 'buyer' ? view.buyer.name : view.supplier.name, ty + 13);
      font(doc, false, 8.5, INK);
      table.cell('signer', s.signerName, ty);
      table.cell('role', s.roleLabel, ty);
      table.cell('at', displayTime(s.signedAt), ty);
      font(doc, false, 7, MUTED);
      cell(doc, `SHA-256 ${groupedHash(s.sha256)}`, table.x('signer'), ty + 14, CONTENT_W - 150 - 2 * PAD);
    },
  );
  const hashes = [...new Set(signatures.map((s) => s.sha256))];
  y += 16;
  if (y + 40 > BODY_BOTTOM) y = newPage();
  font(doc, true, 9, BRAND);
  cell(doc, '所签合同文件的 SHA-256 摘要', MARGIN_X, y, CONTENT_W);
  font(doc, false, 9, INK);
  for (const h of hashes) {
    y += 15;
    cell(doc, groupedHash(h), MARGIN_X + 12, y, CONTENT_W - 12);
  }
}

function begin(view: EContractPrintView) {
  return startDocument({
    lang: 'zh',
    title: `${TITLE} ${view.number}`,
    subject: view.title,
    company: view.buyer.name,
    createdAt: view.createdAt,
    running: [`${view.buyer.name}  ${TITLE}`, `合同编号 ${view.number}`],
  });
}

const footer = (view: EContractPrintView) => `${view.buyer.name} · ${TITLE} ${view.number}`;
const pageLabel = (n: number, total: number) => `第 ${n} 页 / 共 ${total} 页`;

/** The contract both sides sign: the same view always gives the same bytes. */
export async function renderEContractPdf(view: EContractPrintView): Promise<Buffer> {
  const { doc, newPage } = begin(view);
  drawContract(doc, view, newPage);
  footers(doc, pageLabel, footer(view));
  return pdfBuffer(doc);
}

/** The issued copy once both signed: the contract's pages, then the signature page. */
export async function renderSignedEContractPdf(view: EContractPrintView, signatures: readonly ContractSignatureView[]): Promise<Buffer> {
  const { doc, newPage } = begin(view);
  drawContract(doc, view, newPage);
  const contractPages = doc.bufferedPageRange().count;
  drawSignaturePage(doc, view, signatures, contractPages, newPage(), newPage);
  footers(doc, pageLabel, footer(view));
  return pdfBuffer(doc);
}
