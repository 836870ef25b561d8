import { amountLimitParams, isAmountInRange, quoteBoundsProblems } from '@portal/domain';
import { Invalid } from '../../http/errors';

/**
 * Refuses a quotation whose dates reach too far (domain/src/ad-quote-bounds.ts), naming each field.
 * `maxFlightDays` is the app's setting (config AD_MAX_FLIGHT_DAYS), handed down by the route.
 */
export function assertQuoteBounds(
  quote: { validUntil: string; lines: readonly { startsOn: string; endsOn: string }[] },
  today: string,
  { isNew, maxFlightDays }: { isNew: boolean; maxFlightDays: number },
): void {
  const problems = quoteBoundsProblems(quote, today, { isNew, maxFlightDays });
  if (problems.length) throw new Invalid(problems.map((p) => ({ path: p.path, message: p.key, params: p.params })));
}

/**
 * Every line's list amount, then the quote's totals, within MAX_AMOUNT_FEN
 * (domain/src/money-bounds.ts): checked line by line first, so the totals are
 * only ever summed from amounts whose sum is exact.
 */
export function assertLineAmounts(lines: readonly { list_fen: number }[]): void {
  const errors = lines.flatMap((l, i) =>
    isAmountInRange(l.list_fen) ? [] : [{ path: `lines.${i}.endsOn`, message: 'adQuotes.amountTooLarge', params: amountLimitParams(l.list_fen) }],
  );
  if (errors.length) throw new Invalid(errors);
}

export function assertTotalAmounts(totals: { listFen: number; netFen: number }): void {
  for (const fen of [totals.listFen, totals.netFen]) {
    if (!isAmountInRange(fen)) throw Invalid.field('lines', 'adQuotes.amountTooLarge', amountLimitParams(fen));
  }
}
