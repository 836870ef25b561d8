import { calendarDay } from '@portal/domain';
import type { RateCardSummary } from './ad-rate-cards.api';

export interface RevisionEntry {
  card: RateCardSummary;
  /** The revision that replaced this one when it was published; null for the current one and drafts. */
  supersededBy: RateCardSummary | null;
  /** The revision this one replaced. */
  supersedes: RateCardSummary | null;
  current: boolean;
}

/**
 * A month's cards, newest revision first, each with what replaced it. A published card is never
 * edited; a correction is the next revision, and the chain r1 → r2 → r3 stays readable.
 */
export function revisionHistory(cards: readonly RateCardSummary[]): RevisionEntry[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const replacedBy = new Map<number, RateCardSummary>();
  for (const c of cards) if (c.supersedesId !== null && c.status !== 'draft') replacedBy.set(c.supersedesId, c);
  return [...cards]
    .sort((a, b) => b.revision - a.revision)
    .map((card) => ({
      card,
      supersededBy: replacedBy.get(card.id) ?? null,
      supersedes: card.supersedesId === null ? null : (byId.get(card.supersedesId) ?? null),
      current: card.status === 'published',
    }));
}

/** The card a reader sees first: the month's published card; a keeper with no published card sees the draft. */
export function defaultCard(cards: readonly RateCardSummary[]): RateCardSummary | null {
  return cards.find((c) => c.status === 'published') ?? cards.find((c) => c.status === 'draft') ?? [...cards].sort((a, b) => b.revision - a.revision)[0] ?? null;
}

/** 'YYYY-MM' moved by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** This month in the business's calendar (Beijing time, as the API counts), 'YYYY-MM'. */
export function thisMonth(now = new Date()): string {
  return calendarDay(now).slice(0, 7);
}
