import { amountLimitParams, isAmountInRange, quoteBoundsProblems } from '@portal/domain';
import { loadConfig } from '../../config';
import { Invalid } from '../../http/errors';
import { registerMessages } from '../../http/messages';

registerMessages({
  'adQuotes.flightTooLong': { zh: '投放期最长 {max} 天', en: 'A flight can be at most {max} days long' },
  'adQuotes.flightStartsInPast': { zh: '新报价的投放不能早于今天（{today}）开始', en: 'A new quote cannot have a flight that starts before today ({today})' },
  'adQuotes.amountTooLarge': { zh: '金额 ¥{amount} 超过上限 ¥{max}', en: 'The amount ¥{amount} is above the limit of ¥{max}' },
  'adQuotes.validUntilTooFar': { zh: '有效期最晚到 {max}（一年内）', en: 'A quote can be valid until {max} at the latest (one year ahead)' },
});

let maxFlightDays: number | undefined;

/** Refuses a quotation whose dates reach too far (domain/src/ad-quote-bounds.ts), naming each field. */
export function assertQuoteBounds(
  quote: { validUntil: string; lines: readonly { startsOn: string; endsOn: string }[] },
  today: string,
  isNew: boolean,
): void {
  maxFlightDays ??= loadConfig().AD_MAX_FLIGHT_DAYS;
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
