import { PLATFORM_LABELS } from '@portal/domain';
import type { Lang } from '../../../core/i18n/text';
import type { History } from '../prices.api';

/** Distinct, print-safe line colours; more suppliers than colours reuse them with dashes. */
export const SERIES_COLORS = ['#1565c0', '#c62828', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#558b2f', '#283593'];

export interface LineDataset {
  label: string;
  data: (number | null)[];
  borderColor: string;
  backgroundColor: string;
  borderDash?: number[];
  borderWidth: number;
  spanGaps: boolean;
  pointRadius: number;
  tension: number;
}

export interface LineData {
  labels: string[];
  datasets: LineDataset[];
}

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/**
 * Chart.js data for an item's history: one line per supplier in yuan, aligned
 * to the months (a month without a price stays a gap the line bridges), and
 * the month's lowest in-stock price as a dashed grey line on top.
 */
export function historyChartData(h: History, lang: Lang, lowestLabel: string): LineData {
  // Months before the first price would only squeeze the lines to the right.
  const firstIdx = h.months.findIndex((_, m) => h.series.some((s) => s.prices[m] !== null));
  const from = firstIdx < 0 ? 0 : firstIdx;
  const yuanFrom = (prices: (number | null)[]) => prices.slice(from).map(yuan);
  const datasets: LineDataset[] = h.series.map((s, i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    return {
      label: `${PLATFORM_LABELS[s.platform][lang]} · ${s.shopName}`,
      data: yuanFrom(s.prices),
      borderColor: color,
      backgroundColor: color,
      ...(i >= SERIES_COLORS.length ? { borderDash: [6, 3] } : {}),
      borderWidth: 2,
      spanGaps: true,
      pointRadius: 2,
      tension: 0,
    };
  });
  if (h.series.length > 1) {
    datasets.push({
      label: lowestLabel,
      data: yuanFrom(h.lowest),
      borderColor: '#757575',
      backgroundColor: '#757575',
      borderDash: [2, 3],
      borderWidth: 3,
      spanGaps: true,
      pointRadius: 0,
      tension: 0,
    });
  }
  return { labels: h.months.slice(from), datasets };
}

/** The table under the chart: newest month first, one cell per supplier (fen or null), and the month's lowest. */
export function historyTable(h: History): { month: string; prices: (number | null)[]; lowest: number | null }[] {
  return h.months
    .map((month, m) => ({ month, prices: h.series.map((s) => s.prices[m]), lowest: h.lowest[m] }))
    .filter((r) => r.prices.some((p) => p !== null))
    .reverse();
}
