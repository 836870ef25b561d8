import { addMonthsToDay, flightDays } from './ad-quotes';

/**
 * How far a quotation may reach. Without bounds one quote with a flight to
 * 9999-12-31 held an exclusive slot for eight thousand years. A rate card is
 * monthly and priced a year at a time, so a flight is at most a leap year long
 * (366 days, configurable), and a quotation's offer is open at most one year.
 */
export const AD_MAX_FLIGHT_DAYS = 366;
export const AD_MAX_VALID_MONTHS = 12;

export interface QuoteBoundsProblem {
  path: string;
  /** A message key (adQuotes.*), with its parameters. */
  key: 'adQuotes.flightTooLong' | 'adQuotes.flightStartsInPast' | 'adQuotes.validUntilTooFar';
  params: Record<string, string | number>;
}

/**
 * What in a quotation's dates reaches too far: a flight longer than
 * maxFlightDays, an offer valid beyond a year from today, and — for a new
 * quotation only (`isNew`) — a flight that has already begun; an existing
 * quote may keep a running flight while it is edited.
 */
export function quoteBoundsProblems(
  quote: { validUntil: string; lines: readonly { startsOn: string; endsOn: string }[] },
  today: string,
  opts: { isNew: boolean; maxFlightDays?: number },
): QuoteBoundsProblem[] {
  const maxDays = opts.maxFlightDays ?? AD_MAX_FLIGHT_DAYS;
  const problems: QuoteBoundsProblem[] = [];
  const lastValid = addMonthsToDay(today, AD_MAX_VALID_MONTHS);
  if (quote.validUntil > lastValid) problems.push({ path: 'validUntil', key: 'adQuotes.validUntilTooFar', params: { max: lastValid } });
  quote.lines.forEach((l, i) => {
    if (opts.isNew && l.startsOn < today) problems.push({ path: `lines.${i}.startsOn`, key: 'adQuotes.flightStartsInPast', params: { today } });
    if (flightDays(l.startsOn, l.endsOn) > maxDays) problems.push({ path: `lines.${i}.endsOn`, key: 'adQuotes.flightTooLong', params: { max: maxDays } });
  });
  return problems;
}
