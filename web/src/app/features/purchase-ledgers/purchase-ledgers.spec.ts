import type { OrderLedgerRow, PurchaseSpend } from '@portal/domain/contracts';
import { LEDGER_COLUMNS, LEDGER_STATUS_OPTIONS } from './ledger-columns';
import { ledgerMonths } from './ledger-tab';
import { spendSeries } from './spend-tab';

const order: OrderLedgerRow = {
  id: 1,
  number: 'PO-1',
  unit: { id: 1, name: '办公室' },
  platform: 'other',
  platformName: '得力官方商城',
  shop: '得力旗舰店',
  supplier: { id: 2, name: '得力' },
  platformOrderNo: 'X-1',
  contract: null,
  orderedOn: '2026-10-05',
  orderStatus: 'open',
  totalFen: 123456,
  refundFen: 0,
  acceptedFen: 100000,
  invoicedFen: 130000,
  paidFen: 0,
  requestedFen: 0,
  delivery: 'partial',
  vcNumber: 'VC-1',
  vcStatus: 'submitted',
  match: 'mismatch',
  mismatch: 'over_invoiced',
  aboveLowestLines: 1,
  priceReasons: '唯一现货',
};

describe('purchase ledgers', () => {
  const cell = (key: string, lang: 'zh' | 'en') => {
    const c = LEDGER_COLUMNS.orders.find((x) => x.key === key)!;
    return { text: c.cell(order as never, lang), sub: c.sub?.(order as never, lang) ?? '', tone: c.tone?.(order as never) };
  };

  it('shows an order’s money in yuan, its named platform for 其他, and the match with its reason in either language', () => {
    expect(cell('total', 'zh').text).toBe('¥1,234.56');
    expect(cell('platform', 'en')).toEqual({ text: '得力官方商城', sub: '得力旗舰店', tone: undefined });
    expect(cell('match', 'zh')).toEqual({ text: '不符', sub: '开票金额超过订单应付金额', tone: 'mismatch' });
    expect(cell('match', 'en').text).toBe('Mismatch');
    expect(cell('accepted', 'en').sub).toBe('Partly delivered');
    expect(cell('vc', 'zh')).toEqual({ text: '待确认', sub: 'VC-1', tone: undefined });
  });

  it('shows a contract order as 合同采购 with its signed e-contract in place of the virtual contract', () => {
    const row = { ...order, platform: null, platformName: null, shop: '', platformOrderNo: 'HT-SUPPLY-202611-0001', contract: { id: 3, number: 'HT-SUPPLY-202611-0001' }, vcNumber: null, vcStatus: null };
    const of = (key: string, lang: 'zh' | 'en') => {
      const c = LEDGER_COLUMNS.orders.find((x) => x.key === key)!;
      return [c.cell(row as never, lang), c.sub?.(row as never, lang) ?? ''];
    };
    expect(of('platform', 'zh')).toEqual(['合同采购', '']);
    expect(of('platform', 'en')[0]).toBe('Contract');
    expect(of('vc', 'zh')).toEqual(['电子合同', 'HT-SUPPLY-202611-0001']);
  });

  it('shows a partly delivered order whose delivered part is invoiced and paid as complete for that part', () => {
    const c = LEDGER_COLUMNS.orders.find((x) => x.key === 'match')!;
    const done = { ...order, match: 'complete', mismatch: null, invoicedFen: 100000, paidFen: 100000 };
    expect([c.cell(done as never, 'zh'), c.sub?.(done as never, 'zh')]).toEqual(['已完成', '按已到货部分']);
    expect(c.sub?.({ ...done, delivery: 'full' } as never, 'en')).toBe('');
  });

  it('offers each ledger its own states to filter by', () => {
    expect(Object.keys(LEDGER_STATUS_OPTIONS.orders)).toEqual(['awaiting_goods', 'awaiting_invoice', 'awaiting_payment', 'complete', 'mismatch', 'cancelled']);
    expect(Object.keys(LEDGER_STATUS_OPTIONS.payments)).toEqual(['payment', 'reversal']);
  });

  it('offers this month and the 24 before it, newest first', () => {
    const months = ledgerMonths('2026-01-15');
    expect(months.length).toBe(25);
    expect(months[0]).toBe('2026-01');
    expect(months[1]).toBe('2025-12');
    expect(months[24]).toBe('2024-01');
  });

  it('plots the spend in yuan with names in the screen’s language, unassigned goods named', () => {
    const spend: PurchaseSpend = {
      month: '2026-10',
      totalFen: 150000,
      byPlatform: [
        { platform: 'jd', platformName: null, orders: 2, amountFen: 100000 },
        { platform: 'tmall', platformName: null, orders: 1, amountFen: 50000 },
      ],
      byDepartment: [
        { department: { id: 5, name: 'IT' }, amountFen: 90000 },
        { department: null, amountFen: 10050 },
      ],
      byCategory: [{ category: 'office_supplies', amountFen: 100050 }],
    };
    const zh = spendSeries(spend, 'zh', '未分摊');
    expect(zh.platform).toEqual({ labels: ['京东', '天猫'], yuan: [1000, 500] });
    expect(zh.department).toEqual({ labels: ['IT', '未分摊'], yuan: [900, 100.5] });
    expect(zh.category.labels).toEqual(['办公用品']);
    expect(spendSeries(spend, 'en', 'Unassigned').category.labels).toEqual(['Office supplies']);
  });
});
