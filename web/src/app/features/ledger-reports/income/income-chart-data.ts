import type { IncomeReport } from '@portal/domain/contracts';

/** A bar chart's data in yuan, as Chart.js takes it. */
export interface BarData {
  labels: string[];
  datasets: { label: string; data: number[]; backgroundColor: string; stack?: string }[];
}

export const UNIT_COLORS = ['#1f4e79', '#c0392b', '#2e8b57', '#d68910', '#7d3c98', '#17a589', '#5d6d7e', '#a04000'];

const yuan = (fen: number) => fen / 100;

/** Month labels as the screen shows them: 2026年11月 / Nov 2026. */
export function monthLabel(period: string, lang: 'zh' | 'en'): string {
  const [y, m] = period.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m}月`;
  return `${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${y}`;
}

/** Income by month, one stacked series per unit (HQ and each branch), months with nothing shown as 0. */
export function monthUnitChart(r: IncomeReport, lang: 'zh' | 'en'): BarData {
  const cell = new Map(r.byMonthUnit.map((c) => [`${c.period}|${c.unitId}`, c.netFen]));
  return {
    labels: r.months.map((m) => monthLabel(m, lang)),
    datasets: r.units.map((u, i) => ({
      label: u.name,
      data: r.months.map((m) => yuan(cell.get(`${m}|${u.id}`) ?? 0)),
      backgroundColor: UNIT_COLORS[i % UNIT_COLORS.length],
      stack: 'income',
    })),
  };
}

/** The customers with the most income, the rest summed as one bar so the chart stays readable. */
export function customerChart(r: IncomeReport, label: string, others: string, top = 10): BarData {
  const shown = r.byCustomer.slice(0, top);
  const rest = r.byCustomer.slice(top).reduce((n, c) => n + c.netFen, 0);
  const labels = shown.map((c) => c.customer.name);
  const data = shown.map((c) => yuan(c.netFen));
  if (r.byCustomer.length > top) {
    labels.push(others);
    data.push(yuan(rest));
  }
  return { labels, datasets: [{ label, data, backgroundColor: UNIT_COLORS[0] }] };
}
