import type { RateCardSummary } from './ad-rate-cards.api';
import { addMonths, defaultCard, revisionHistory, thisMonth } from './revision-history';

const card = (id: number, revision: number, status: RateCardSummary['status'], supersedesId: number | null = null): RateCardSummary => ({
  id,
  month: '2026-12',
  revision,
  status,
  note: '',
  publishedAt: status === 'draft' ? null : '2026-11-20T08:00:00Z',
  publishedBy: status === 'draft' ? null : { id: 5, name: '赵敏' },
  supersedesId,
  slotCount: 12,
  version: 1,
});

describe('rate card revision history', () => {
  it('lists newest first, r1 superseded by r2, r2 the current card', () => {
    const h = revisionHistory([card(10, 1, 'superseded'), card(11, 2, 'published', 10)]);
    expect(h.map((e) => e.card.revision)).toEqual([2, 1]);
    expect(h[1].supersededBy?.revision).toBe(2);
    expect(h[0].supersedes?.revision).toBe(1);
    expect(h[0].current).toBeTrue();
    expect(h[1].current).toBeFalse();
  });

  it('does not call a card superseded by a draft that has not been published yet', () => {
    const h = revisionHistory([card(10, 1, 'published'), card(11, 2, 'draft', 10)]);
    expect(h.find((e) => e.card.id === 10)!.supersededBy).toBeNull();
    expect(h.find((e) => e.card.id === 11)!.supersedes?.id).toBe(10);
  });

  it('keeps a three-link chain readable', () => {
    const h = revisionHistory([card(1, 1, 'superseded'), card(2, 2, 'superseded', 1), card(3, 3, 'published', 2)]);
    expect(h.map((e) => [e.card.revision, e.supersededBy?.revision ?? null])).toEqual([
      [3, null],
      [2, 3],
      [1, 2],
    ]);
  });

  it('opens on the published card, else the draft, else the newest', () => {
    expect(defaultCard([card(10, 1, 'published'), card(11, 2, 'draft', 10)])?.id).toBe(10);
    expect(defaultCard([card(11, 1, 'draft')])?.id).toBe(11);
    expect(defaultCard([])).toBeNull();
  });

  it('steps months across the year end', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(thisMonth(new Date(Date.UTC(2026, 10, 23, 4)))).toBe('2026-11');
    // 30 Nov 17:00 UTC is already 1 December in Beijing, where the business keeps its calendar.
    expect(thisMonth(new Date(Date.UTC(2026, 10, 30, 17)))).toBe('2026-12');
  });
});
