import type { RateCardPrice } from './ad-rate-cards.api';

export interface PageGroup<T> {
  page: string;
  rows: T[];
  exclusiveCount: number;
}

/**
 * The card as printed: slots grouped under their page or channel (商城首页, 冰箱频道…), pages in
 * the order their first slot was set up (the keeper's order: the home page before the channels),
 * slots by code within a page.
 */
export function groupByPage<T extends Pick<RateCardPrice, 'slotId' | 'page' | 'code' | 'exclusive'>>(rows: readonly T[]): PageGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.page.trim();
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const first = (list: T[]) => Math.min(...list.map((r) => r.slotId));
  return [...groups]
    .sort(([, a], [, b]) => first(a) - first(b))
    .map(([page, list]) => {
      const sorted = [...list].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
      return { page, rows: sorted, exclusiveCount: sorted.filter((r) => r.exclusive).length };
    });
}
