import { formatFen } from './money';

/**
 * The largest single amount the portal takes or computes: ¥100,000,000,000.00
 * (10^13 fen), far above any ad quotation or purchase, and small enough that
 * 900 of them still add up exactly in a JavaScript number (2^53 − 1 ≈ 9.007 ×
 * 10^15). Without it a line of 100,000,000,000 fen over eight thousand years
 * came to 290,818,200,000,000,000 fen, a sum a double can no longer hold to
 * the fen. Prices, lines and totals are checked against it before they are
 * stored; sums (the ledger's) go through sumFen, which asserts exactness.
 */
export const MAX_AMOUNT_FEN = 10_000_000_000_000;

/** An integer amount of fen no larger in size than MAX_AMOUNT_FEN. */
export function isAmountInRange(fen: number): boolean {
  return Number.isSafeInteger(fen) && Math.abs(fen) <= MAX_AMOUNT_FEN;
}

/** The parameters a "too large" message shows: the amount and the limit, both as ¥ text. */
export function amountLimitParams(fen: number): { amount: string; max: string } {
  return { amount: Number.isSafeInteger(fen) ? formatFen(fen) : '∞', max: formatFen(MAX_AMOUNT_FEN) };
}

/**
 * Adds amounts of fen, asserting that every term and every partial sum is an
 * exact integer: a total that has left the safe range is a bug to stop on,
 * never a figure to print or post.
 */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0;
  for (const fen of amounts) {
    if (!Number.isSafeInteger(fen)) throw new RangeError(`not an exact amount of fen: ${fen}`);
    total += fen;
    if (!Number.isSafeInteger(total)) throw new RangeError('a sum of fen left the exact integer range');
  }
  return total;
}
