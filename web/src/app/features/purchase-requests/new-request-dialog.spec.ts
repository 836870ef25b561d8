import { defaultMonth } from './new-request-dialog';

describe('defaultMonth', () => {
  const month = (m: string, status: 'open' | 'consolidating' | 'closed') => ({ month: m, status });

  it('suggests the first open month after this one: the month departments are asking for now', () => {
    expect(defaultMonth([month('2026-11', 'open'), month('2026-12', 'open'), month('2027-01', 'open')], '2026-11')).toBe('2026-12');
  });

  it('skips months the clerk is consolidating or has closed', () => {
    expect(defaultMonth([month('2026-11', 'closed'), month('2026-12', 'consolidating'), month('2027-01', 'open')], '2026-11')).toBe('2027-01');
  });

  it('falls back to this month while it is still open, and to nothing when no month is', () => {
    expect(defaultMonth([month('2026-11', 'open'), month('2026-12', 'closed')], '2026-11')).toBe('2026-11');
    expect(defaultMonth([month('2026-11', 'closed')], '2026-11')).toBeNull();
  });
});
