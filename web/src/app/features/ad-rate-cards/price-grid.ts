import { formatFen, parseYuan } from '@portal/domain';

/** What a price cell says about its text: a price in fen, nothing yet, or why it is not money. */
export type CellValue = { ok: true; fen: number | null } | { ok: false; reason: 'format' | 'negative' | 'tooLarge' };

/** Highest list price the API takes (ad-rate-cards.schema.ts): ¥1,000,000,000.00. */
export const MAX_PRICE_FEN = 100_000_000_000;

/** Fen as the clerk edits it: '12800.00', no ¥ and no thousands separators to trip over. */
export function fenToInput(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatFen(fen).replace(/,/g, '');
}

/** The yuan a clerk typed ('12,800', '¥99.5', '0.07') as integer fen, exactly (domain parseYuan). */
export function readCell(text: string): CellValue {
  if (!text.trim()) return { ok: true, fen: null };
  const fen = parseYuan(text);
  if (fen === null) return { ok: false, reason: 'format' };
  if (fen < 0) return { ok: false, reason: 'negative' };
  if (fen > MAX_PRICE_FEN) return { ok: false, reason: 'tooLarge' };
  return { ok: true, fen };
}

export interface GridRow {
  slotId: number;
  /** The price the card had when read, to tell edited cells from untouched ones. */
  savedFen: number | null;
  text: string;
}

export interface GridSummary {
  /** Ready to send: every valid cell that has a price. */
  prices: { slotId: number; priceFen: number }[];
  invalid: number[];
  blank: number[];
  changed: number[];
}

/** Reads the whole grid at once: what PUT would send, and which cells stop it. */
export function summarize(rows: readonly GridRow[]): GridSummary {
  const out: GridSummary = { prices: [], invalid: [], blank: [], changed: [] };
  for (const row of rows) {
    const cell = readCell(row.text);
    if (!cell.ok) {
      out.invalid.push(row.slotId);
      out.changed.push(row.slotId);
      continue;
    }
    if (cell.fen !== row.savedFen) out.changed.push(row.slotId);
    if (cell.fen === null) out.blank.push(row.slotId);
    else out.prices.push({ slotId: row.slotId, priceFen: cell.fen });
  }
  return out;
}

/**
 * Where a key press in a price cell moves the focus, spreadsheet-style:
 * Enter and ↓ go down, Shift+Enter and ↑ go up; null stays put. Wraps nowhere.
 */
export function nextCell(index: number, count: number, key: string, shift: boolean): number | null {
  const down = key === 'ArrowDown' || (key === 'Enter' && !shift);
  const up = key === 'ArrowUp' || (key === 'Enter' && shift);
  if (down && index < count - 1) return index + 1;
  if (up && index > 0) return index - 1;
  return null;
}
