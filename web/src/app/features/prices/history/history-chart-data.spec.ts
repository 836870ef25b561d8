import type { History } from '../prices.api';
import { historyChartData, historyTable, SERIES_COLORS } from './history-chart-data';

const history = (series: { platform: 'jd' | 'tmall'; shopName: string; prices: (number | null)[] }[], lowest: (number | null)[]): History => ({
  item: {} as History['item'],
  months: ['2026-09', '2026-10', '2026-11'],
  suppliers: [],
  series: series.map((s, i) => ({ supplierId: i + 1, ...s })),
  lowest,
  rows: [],
});

describe('item price history chart data', () => {
  const h = history(
    [
      { platform: 'jd', shopName: '京东自营', prices: [2490, null, 2590] },
      { platform: 'tmall', shopName: '得力旗舰店', prices: [2550, 2450, null] },
    ],
    [2490, 2450, 2590],
  );

  it('draws one line per supplier in yuan, aligned to the months, gaps kept as null', () => {
    const d = historyChartData(h, 'zh', '最低价');
    expect(d.labels).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(d.datasets[0].label).toBe('京东 · 京东自营');
    expect(d.datasets[0].data).toEqual([24.9, null, 25.9]);
    expect(d.datasets[0].spanGaps).toBeTrue();
    expect(d.datasets[1].data).toEqual([25.5, 24.5, null]);
    expect(d.datasets[0].borderColor).not.toBe(d.datasets[1].borderColor);
  });

  it('adds the lowest line last, and names platforms in the reader’s language', () => {
    const d = historyChartData(h, 'en', 'Lowest');
    expect(d.datasets.length).toBe(3);
    expect(d.datasets[2].label).toBe('Lowest');
    expect(d.datasets[2].data).toEqual([24.9, 24.5, 25.9]);
    expect(d.datasets[1].label).toBe('Tmall · 得力旗舰店');
  });

  it('has no lowest line for a single supplier, and dashes lines once colours run out', () => {
    expect(historyChartData(history([{ platform: 'jd', shopName: 'a', prices: [1, 2, 3] }], [1, 2, 3]), 'zh', 'x').datasets.length).toBe(1);
    const many = history(
      Array.from({ length: SERIES_COLORS.length + 1 }, (_, i) => ({ platform: 'jd' as const, shopName: `s${i}`, prices: [100, 100, 100] })),
      [100, 100, 100],
    );
    const d = historyChartData(many, 'zh', 'x');
    expect(d.datasets[SERIES_COLORS.length].borderDash).toEqual([6, 3]);
    expect(d.datasets[0].borderDash).toBeUndefined();
  });

  it('starts the chart at the first month with a price', () => {
    const d = historyChartData(history([{ platform: 'jd', shopName: 'a', prices: [null, 200, 300] }], [null, 200, 300]), 'zh', 'x');
    expect(d.labels).toEqual(['2026-10', '2026-11']);
    expect(d.datasets[0].data).toEqual([2, 3]);
  });

  it('lists the table newest month first, leaving out months without any price', () => {
    const t = historyTable(history([{ platform: 'jd', shopName: 'a', prices: [100, null, 300] }], [100, null, 300]));
    expect(t.map((r) => r.month)).toEqual(['2026-11', '2026-09']);
    expect(t[0]).toEqual({ month: '2026-11', prices: [300], lowest: 300 });
  });
});
