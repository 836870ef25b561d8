import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { periodOf } from './journal';
import { addPeriods, ageingBucket, daysPastDue, monthEnd, trialBalance, type TrialAccount } from './ledger-reports';

describe('ledger reports', () => {
  it('ages an instalment by the days past its due date: the due day is not yet overdue', () => {
    const due = '2026-01-31';
    const at = (days: number) => new Date(Date.UTC(2026, 0, 31) + days * 86_400_000).toISOString().slice(0, 10);
    const cases: [number, string][] = [
      [-5, 'current'],
      [0, 'current'],
      [1, 'd1_30'],
      [30, 'd1_30'],
      [31, 'd31_60'],
      [60, 'd31_60'],
      [61, 'd61_90'],
      [90, 'd61_90'],
      [91, 'over90'],
      [400, 'over90'],
    ];
    for (const [days, bucket] of cases) {
      assert.equal(daysPastDue(due, at(days)), days, `${days}`);
      assert.equal(ageingBucket(daysPastDue(due, at(days))), bucket, `${days} days`);
    }
    // Across a leap day and a year end.
    assert.equal(daysPastDue('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysPastDue('2026-12-31', '2027-01-01'), 1);
  });

  it('keeps periods as the first day of a month', () => {
    assert.equal(periodOf('2026-11'), '2026-11-01');
    assert.equal(periodOf('2026-11-17'), '2026-11-01');
    assert.equal(addPeriods('2026-11-01', 2), '2027-01-01');
    assert.equal(addPeriods('2026-01-01', -1), '2025-12-01');
    assert.equal(monthEnd('2028-02-01'), '2028-02-29');
    assert.equal(monthEnd('2026-12-01'), '2026-12-31');
  });

  const chart: TrialAccount[] = [
    { code: '1122', parentCode: null, name: '应收账款', nameEn: 'Receivables', normalSide: 'debit' },
    { code: '1002', parentCode: null, name: '银行存款', nameEn: 'Bank', normalSide: 'debit' },
    { code: '6051', parentCode: null, name: '其他业务收入', nameEn: null, normalSide: 'credit' },
    { code: '6051.01', parentCode: '6051', name: '市场推广费收入', nameEn: null, normalSide: 'credit' },
    { code: '6051.01.01', parentCode: '6051.01', name: '网络广告收入', nameEn: null, normalSide: 'credit' },
    { code: '6051.01.02', parentCode: '6051.01', name: '广告位收入', nameEn: null, normalSide: 'credit' },
  ];

  it('rolls leaves up into their parents, shows each balance on its side, and proves debits equal credits', () => {
    const leaves = new Map([
      ['1122', { openingFen: 10_600, debitFen: 5_300, creditFen: 4_000 }],
      ['1002', { openingFen: 0, debitFen: 4_000, creditFen: 0 }],
      ['6051.01.01', { openingFen: -10_000, debitFen: 0, creditFen: 5_000 }],
      ['6051.01.02', { openingFen: -600, debitFen: 0, creditFen: 300 }],
    ]);
    const { lines, totals } = trialBalance(chart, leaves);
    assert.deepEqual(lines.map((l) => [l.code, l.level, l.leaf]), [
      ['1002', 1, true],
      ['1122', 1, true],
      ['6051', 1, false],
      ['6051.01', 2, false],
      ['6051.01.01', 3, true],
      ['6051.01.02', 3, true],
    ]);
    const income = lines.find((l) => l.code === '6051')!;
    assert.deepEqual(
      [income.openingDebitFen, income.openingCreditFen, income.debitFen, income.creditFen, income.closingDebitFen, income.closingCreditFen],
      [0, 10_600, 0, 5_300, 0, 15_900],
    );
    const receivable = lines.find((l) => l.code === '1122')!;
    assert.deepEqual([receivable.openingDebitFen, receivable.closingDebitFen, receivable.closingCreditFen], [10_600, 11_900, 0]);
    assert.deepEqual(totals, {
      openingDebitFen: 10_600,
      openingCreditFen: 10_600,
      debitFen: 9_300,
      creditFen: 9_300,
      closingDebitFen: 15_900,
      closingCreditFen: 15_900,
      balanced: true,
    });
  });

  it('says so when the figures do not balance (a filter that cuts an entry in two)', () => {
    const { totals } = trialBalance(chart, new Map([['1122', { openingFen: 0, debitFen: 100, creditFen: 0 }]]));
    assert.equal(totals.balanced, false);
    assert.equal(totals.debitFen, 100);
    assert.equal(totals.creditFen, 0);
  });
});
