import type { IncomeReport } from '@portal/domain/contracts';
import { customerChart, monthLabel, monthUnitChart } from './income-chart-data';

const report: IncomeReport = {
  from: '2026-10-01',
  to: '2026-12-31',
  months: ['2026-10-01', '2026-11-01', '2026-12-01'],
  units: [
    { id: 1, name: '总部' },
    { id: 7, name: '北京分部' },
  ],
  byMonthUnit: [
    { period: '2026-10-01', unitId: 1, netFen: 100_000 },
    { period: '2026-11-01', unitId: 7, netFen: 55_050 },
    { period: '2026-11-01', unitId: 1, netFen: -20_000 },
  ],
  byCustomer: [
    { customer: { id: 3, name: '甲' }, netFen: 80_000 },
    { customer: { id: 4, name: '乙' }, netFen: 40_000 },
    { customer: { id: 5, name: '丙' }, netFen: 15_050 },
  ],
  totalFen: 135_050,
};

describe('income chart data', () => {
  it('stacks a series per unit over every month, in yuan, a month with nothing as 0', () => {
    const d = monthUnitChart(report, 'zh');
    expect(d.labels).toEqual(['2026年10月', '2026年11月', '2026年12月']);
    expect(d.datasets.map((s) => s.label)).toEqual(['总部', '北京分部']);
    expect(d.datasets[0].data).toEqual([1000, -200, 0]);
    expect(d.datasets[1].data).toEqual([0, 550.5, 0]);
    expect(d.datasets.every((s) => s.stack === 'income')).toBeTrue();
  });

  it('labels months in English on the English screen', () => {
    expect(monthLabel('2026-11-01', 'en')).toBe('Nov 2026');
    expect(monthUnitChart(report, 'en').labels[2]).toBe('Dec 2026');
  });

  it('shows the top customers and sums the rest as one bar', () => {
    const d = customerChart(report, '收入', '其他', 2);
    expect(d.labels).toEqual(['甲', '乙', '其他']);
    expect(d.datasets[0].data).toEqual([800, 400, 150.5]);
    expect(customerChart(report, '收入', '其他').labels).toEqual(['甲', '乙', '丙']);
  });
});
