import { fenToInput, nextCell, readCell, summarize } from './price-grid';

describe('price grid: yuan in the cells, fen on the wire', () => {
  it('shows fen as plain yuan with two decimals, ready to edit', () => {
    expect(fenToInput(1280000)).toBe('12800.00');
    expect(fenToInput(7)).toBe('0.07');
    expect(fenToInput(123456789)).toBe('1234567.89');
    expect(fenToInput(null)).toBe('');
  });

  it('reads what a clerk types into exact fen, no floating point', () => {
    expect(readCell('12800')).toEqual({ ok: true, fen: 1280000 });
    expect(readCell('12,800.5')).toEqual({ ok: true, fen: 1280050 });
    expect(readCell('¥0.07')).toEqual({ ok: true, fen: 7 });
    // 0.1 + 0.2 style trouble cannot happen: 19.99 is 1999 fen, not 1998.9999.
    expect(readCell('19.99')).toEqual({ ok: true, fen: 1999 });
    expect(readCell('  ')).toEqual({ ok: true, fen: null });
  });

  it('refuses what is not a price, saying why', () => {
    expect(readCell('12.345')).toEqual({ ok: false, reason: 'format' });
    expect(readCell('1万')).toEqual({ ok: false, reason: 'format' });
    expect(readCell('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(readCell('1000000001')).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('round-trips every cent of a price through the input and back', () => {
    for (const fen of [0, 1, 99, 100, 1999, 1280050, 99999999]) expect(readCell(fenToInput(fen))).toEqual({ ok: true, fen });
  });

  it('sums up the grid: prices to send, bad cells, blanks, and what changed', () => {
    const s = summarize([
      { slotId: 1, savedFen: 100000, text: '1000.00' },
      { slotId: 2, savedFen: 100000, text: '1200' },
      { slotId: 3, savedFen: null, text: '' },
      { slotId: 4, savedFen: 5000, text: 'abc' },
    ]);
    expect(s.prices).toEqual([
      { slotId: 1, priceFen: 100000 },
      { slotId: 2, priceFen: 120000 },
    ]);
    expect(s.invalid).toEqual([4]);
    expect(s.blank).toEqual([3]);
    expect(s.changed).toEqual([2, 4]);
  });

  it('moves down with Enter and ↓, up with Shift+Enter and ↑, and stops at the edges', () => {
    expect(nextCell(0, 3, 'Enter', false)).toBe(1);
    expect(nextCell(1, 3, 'ArrowDown', false)).toBe(2);
    expect(nextCell(2, 3, 'Enter', false)).toBeNull();
    expect(nextCell(2, 3, 'Enter', true)).toBe(1);
    expect(nextCell(0, 3, 'ArrowUp', false)).toBeNull();
    expect(nextCell(1, 3, 'Tab', false)).toBeNull();
  });
});
