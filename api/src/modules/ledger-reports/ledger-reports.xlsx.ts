import type { Response } from 'express';
import type { Knex } from 'knex';
import { AGEING_BUCKET_LABELS, AGEING_BUCKETS } from '@portal/domain';
import { XlsxWorkbook, type SheetColumn } from '../../documents/xlsx';
import { contentDisposition, displayTime, XLSX } from '../../http/download';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { DOCUMENT_COMPANY } from '../ad-documents/ad-documents.views';
import * as repo from './ledger-reports.repo';
import type { AgreementsQuery, GeneralLedgerQuery, IncomeQuery, ReceivablesQuery, TrialBalanceQuery } from './ledger-reports.schema';
import * as reports from './ledger-reports.service';

/**
 * The reports as workbooks, streamed to the response as they are built (the documents kit's
 * XLSX writer): a general ledger of a busy account is read and written a chunk at a time, so
 * memory stays flat however many lines the range holds.
 */

const TEXT = {
  zh: {
    trialBalance: '科目余额表',
    generalLedger: '明细账',
    receivables: '应收账款账龄分析',
    agreements: '广告协议收款情况',
    income: '广告收入',
    period: '会计期间',
    code: '科目代码',
    account: '科目名称',
    openingDebit: '期初借方',
    openingCredit: '期初贷方',
    debit: '本期借方',
    credit: '本期贷方',
    closingDebit: '期末借方',
    closingCredit: '期末贷方',
    total: '合计',
    balanced: '借贷平衡',
    unbalanced: '借贷不平衡（所选筛选条件截取了部分分录）',
    date: '日期',
    voucher: '凭证号',
    memo: '摘要',
    unit: '单位',
    customer: '厂家',
    lineDebit: '借方',
    lineCredit: '贷方',
    balance: '余额',
    opening: '期初余额',
    closing: '期末余额',
    asOf: '截至日期',
    owed: '应收余额',
    agreement: '协议编号',
    seq: '期次',
    dueOn: '应收日期',
    amount: '金额',
    collected: '已收',
    days: '逾期天数',
    bucket: '账龄',
    detail: '明细',
    status: '状态',
    startsOn: '开始',
    endsOn: '结束',
    recognised: '已确认收入',
    outstanding: '未收',
    month: '月份',
    byMonthUnit: '按月份和单位',
    byCustomer: '按厂家',
    printed: '打印时间',
    range: '期间',
  },
  en: {
    trialBalance: 'Trial balance',
    generalLedger: 'General ledger',
    receivables: 'Receivables ageing',
    agreements: 'Ad agreements: amounts and collections',
    income: 'Ad income',
    period: 'Period',
    code: 'Account',
    account: 'Name',
    openingDebit: 'Opening Dr',
    openingCredit: 'Opening Cr',
    debit: 'Debits',
    credit: 'Credits',
    closingDebit: 'Closing Dr',
    closingCredit: 'Closing Cr',
    total: 'Total',
    balanced: 'Debits equal credits',
    unbalanced: 'Debits differ from credits (the filters cut some entries in part)',
    date: 'Date',
    voucher: 'Voucher',
    memo: 'Memo',
    unit: 'Unit',
    customer: 'Customer',
    lineDebit: 'Debit',
    lineCredit: 'Credit',
    balance: 'Balance',
    opening: 'Opening balance',
    closing: 'Closing balance',
    asOf: 'As of',
    owed: 'Owed',
    agreement: 'Agreement',
    seq: 'Instalment',
    dueOn: 'Due',
    amount: 'Amount',
    collected: 'Collected',
    days: 'Days past due',
    bucket: 'Age',
    detail: 'Detail',
    status: 'Status',
    startsOn: 'Starts',
    endsOn: 'Ends',
    recognised: 'Recognised',
    outstanding: 'Outstanding',
    month: 'Month',
    byMonthUnit: 'By month and unit',
    byCustomer: 'By customer',
    printed: 'Printed',
    range: 'Range',
  },
} as const;

/** Headers first, then the workbook written straight into the response. */
function streamed(res: Response, lang: Lang, title: string, fileName: string, asciiName: string): XlsxWorkbook {
  res.status(200);
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', contentDisposition(`${fileName}.xlsx`, `${asciiName}.xlsx`));
  return new XlsxWorkbook({ title, company: DOCUMENT_COMPANY[lang] }, res);
}

/** Between the parts of a subtitle line, as the other workbooks print it. */
const SEP = '　｜　';
const money = (header: string): SheetColumn => ({ header, width: 15, format: 'money' });
const month = (period: string) => period.slice(0, 7);

export async function trialBalanceXlsx(db: Knex, res: Response, user: SessionUser, lang: Lang, f: TrialBalanceQuery): Promise<void> {
  const t = TEXT[lang];
  const tb = await reports.trialBalance(db, user, f);
  const wb = streamed(res, lang, t.trialBalance, `${t.trialBalance}-${month(tb.period)}`, `trial-balance-${month(tb.period)}`);
  const columns: SheetColumn[] = [
    { header: t.code, width: 14 },
    { header: t.account, width: 28 },
    money(t.openingDebit),
    money(t.openingCredit),
    money(t.debit),
    money(t.credit),
    money(t.closingDebit),
    money(t.closingCredit),
  ];
  const ws = wb.sheet(t.trialBalance, { columns, frozenRows: 3, orientation: 'landscape' });
  ws.title(`${DOCUMENT_COMPANY[lang]}  ${t.trialBalance}`, 14);
  ws.title(`${t.period}：${month(tb.period)}${SEP}${t.printed}：${displayTime(new Date())}`, 10, false);
  ws.header();
  for (const l of tb.lines) {
    const name = lang === 'en' ? l.nameEn || l.name : l.name;
    ws.row([l.code, `${'  '.repeat(l.level - 1)}${name}`, l.openingDebitFen, l.openingCreditFen, l.debitFen, l.creditFen, l.closingDebitFen, l.closingCreditFen]);
  }
  const s = tb.totals;
  const total = ws.row(['', t.total, s.openingDebitFen, s.openingCreditFen, s.debitFen, s.creditFen, s.closingDebitFen, s.closingCreditFen]);
  total.font = { bold: true };
  ws.blank();
  ws.text(s.balanced ? t.balanced : t.unbalanced, { font: { bold: true, color: { argb: s.balanced ? 'FF1E7B34' : 'FFC0392B' } } });
  await wb.finish();
}

/** Lines read this many at a time into the sheet. */
const CHUNK = 2000;

export async function generalLedgerXlsx(db: Knex, res: Response, user: SessionUser, lang: Lang, f: GeneralLedgerQuery): Promise<void> {
  const t = TEXT[lang];
  const range = await reports.ledgerRange(db, user, f);
  const a = range.account;
  const wb = streamed(res, lang, t.generalLedger, `${t.generalLedger}-${a.code}-${f.from}-${f.to}`, `general-ledger-${a.code}-${f.from}-${f.to}`);
  const columns: SheetColumn[] = [
    { header: t.date, width: 12, format: 'date' },
    { header: t.voucher, width: 18 },
    { header: t.code, width: 12 },
    { header: t.memo, width: 30, wrap: true },
    { header: t.customer, width: 20 },
    money(t.lineDebit),
    money(t.lineCredit),
    money(t.balance),
  ];
  const ws = wb.sheet(t.generalLedger, { columns, frozenRows: 3, orientation: 'landscape' });
  ws.title(`${t.generalLedger}  ${a.code} ${lang === 'en' ? a.nameEn || a.name : a.name}`, 14);
  ws.title(`${t.range}：${f.from} – ${f.to}${SEP}${t.printed}：${displayTime(new Date())}`, 10, false);
  ws.header();
  ws.row([f.from, '', '', t.opening, '', null, null, range.openingFen]);
  let debit = 0;
  let credit = 0;
  for (let offset = 0; ; offset += CHUNK) {
    const rows = await repo.ledgerLines(db, range.filter, { offset, limit: CHUNK });
    for (const r of rows) {
      const l = reports.toLedgerLine(r, range, lang);
      debit += l.debitFen;
      credit += l.creditFen;
      ws.row([l.entryDate, l.entryNumber, l.accountCode, l.memo, l.customer?.name ?? '', l.debitFen || null, l.creditFen || null, l.balanceFen]);
    }
    if (rows.length < CHUNK) break;
  }
  const closing = ws.row([f.to, '', '', t.closing, '', debit, credit, range.openingFen + range.sign * (debit - credit)]);
  closing.font = { bold: true };
  await wb.finish();
}

export async function receivablesXlsx(db: Knex, res: Response, user: SessionUser, lang: Lang, f: ReceivablesQuery): Promise<void> {
  const t = TEXT[lang];
  const r = await reports.receivables(db, user, f);
  const wb = streamed(res, lang, t.receivables, `${t.receivables}-${r.asOf}`, `receivables-${r.asOf}`);
  const bucketColumns = AGEING_BUCKETS.map((b) => money(AGEING_BUCKET_LABELS[b][lang]));
  const ws = wb.sheet(t.receivables, { columns: [{ header: t.customer, width: 26 }, money(t.owed), ...bucketColumns], frozenRows: 3, orientation: 'landscape' });
  ws.title(`${DOCUMENT_COMPANY[lang]}  ${t.receivables}`, 14);
  ws.title(`${t.asOf}：${r.asOf}${SEP}${t.printed}：${displayTime(new Date())}`, 10, false);
  ws.header();
  for (const c of r.customers) ws.row([c.customer.name, c.owedFen, ...AGEING_BUCKETS.map((b) => c.buckets[b])]);
  ws.row([t.total, r.totals.owedFen, ...AGEING_BUCKETS.map((b) => r.totals.buckets[b])]).font = { bold: true };

  const detail = wb.sheet(t.detail, {
    columns: [
      { header: t.customer, width: 24 },
      { header: t.agreement, width: 20 },
      { header: t.seq, width: 8 },
      { header: t.dueOn, width: 12, format: 'date' },
      money(t.amount),
      money(t.collected),
      money(t.owed),
      { header: t.days, width: 10 },
      { header: t.bucket, width: 14 },
    ],
    frozenRows: 1,
  });
  const head = detail.header();
  for (const c of r.customers) {
    for (const i of c.instalments) {
      detail.row([c.customer.name, i.agreementNumber, i.seq, i.dueOn, i.amountFen, i.collectedFen, i.owedFen, i.daysPastDue, AGEING_BUCKET_LABELS[i.bucket][lang]]);
    }
  }
  detail.filter(head);
  await wb.finish();
}

export async function agreementsXlsx(db: Knex, res: Response, user: SessionUser, lang: Lang, f: AgreementsQuery): Promise<void> {
  const t = TEXT[lang];
  const wb = streamed(res, lang, t.agreements, t.agreements, 'ad-agreements');
  const ws = wb.sheet(t.agreements, {
    columns: [
      { header: t.agreement, width: 20 },
      { header: t.status, width: 10 },
      { header: t.unit, width: 16 },
      { header: t.customer, width: 24 },
      { header: t.startsOn, width: 12, format: 'date' },
      { header: t.endsOn, width: 12, format: 'date' },
      money(t.amount),
      money(t.recognised),
      money(t.collected),
      money(t.outstanding),
    ],
    frozenRows: 2,
    orientation: 'landscape',
  });
  ws.title(`${DOCUMENT_COMPANY[lang]}  ${t.agreements}${SEP}${t.printed}：${displayTime(new Date())}`, 12);
  const head = ws.header();
  let totals = null;
  for (let offset = 0; ; offset += CHUNK) {
    const page = await reports.agreements(db, user, lang, f, { offset, limit: CHUNK });
    totals = page.totals;
    for (const a of page.items) ws.row([a.number, a.status, a.unit.name, a.customer.name, a.startsOn, a.endsOn, a.amountFen, a.recognisedFen, a.collectedFen, a.outstandingFen]);
    if (page.items.length < CHUNK) break;
  }
  if (totals) ws.row([t.total, '', '', '', null, null, totals.amountFen, totals.recognisedFen, totals.collectedFen, totals.outstandingFen]).font = { bold: true };
  ws.filter(head);
  await wb.finish();
}

export async function incomeXlsx(db: Knex, res: Response, user: SessionUser, lang: Lang, f: IncomeQuery): Promise<void> {
  const t = TEXT[lang];
  const r = await reports.income(db, user, lang, f);
  const wb = streamed(res, lang, t.income, `${t.income}-${month(r.from)}-${month(r.to)}`, `income-${month(r.from)}-${month(r.to)}`);
  const ws = wb.sheet(t.byMonthUnit, { columns: [{ header: t.month, width: 10 }, ...r.units.map((u) => money(u.name)), money(t.total)], frozenRows: 3, orientation: 'landscape' });
  ws.title(`${DOCUMENT_COMPANY[lang]}  ${t.income}`, 14);
  ws.title(`${t.range}：${month(r.from)} – ${month(r.to)}${SEP}${t.printed}：${displayTime(new Date())}`, 10, false);
  ws.header();
  const cell = new Map(r.byMonthUnit.map((c) => [`${c.period}|${c.unitId}`, c.netFen]));
  for (const m of r.months) {
    const values = r.units.map((u) => cell.get(`${m}|${u.id}`) ?? 0);
    ws.row([month(m), ...values, values.reduce((a, b) => a + b, 0)]);
  }
  const unitTotals = r.units.map((u) => r.byMonthUnit.filter((c) => c.unitId === u.id).reduce((a, c) => a + c.netFen, 0));
  ws.row([t.total, ...unitTotals, r.totalFen]).font = { bold: true };

  const byCustomer = wb.sheet(t.byCustomer, { columns: [{ header: t.customer, width: 28 }, money(t.amount)], frozenRows: 1 });
  byCustomer.header();
  for (const c of r.byCustomer) byCustomer.row([c.customer.name, c.netFen]);
  await wb.finish();
}
