import { defaultEntryDay } from './collection-page';

describe('price entry default day', () => {
  it('is today while collecting the current month', () => {
    expect(defaultEntryDay('2026-11', '2026-11-23')).toBe('2026-11-23');
  });
  it('is the last day of an earlier month being caught up', () => {
    expect(defaultEntryDay('2026-10', '2026-11-23')).toBe('2026-10-31');
    expect(defaultEntryDay('2024-02', '2026-11-23')).toBe('2024-02-29');
  });
});
