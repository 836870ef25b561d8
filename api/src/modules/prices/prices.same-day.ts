import { Conflict } from '../../http/errors';

/** The constraint (migration 20261126_01) that keeps one current observation per item, supplier and day. */
const ONE_CURRENT_PER_DAY = 'price_observations_one_current_per_day';

/**
 * For `.catch` on a price-writing transaction: the constraint is checked at
 * commit, so a request that lost a race learns it there; it gets the same 409
 * as one the service's own check refused. Any other error passes on.
 */
export function sameDayConflict(err: unknown): never {
  const e = err as { code?: string; constraint?: string; detail?: string };
  if (e?.code === '23P01' && e.constraint === ONE_CURRENT_PER_DAY) {
    // detail: Key (item_id, supplier_id, observed_on)=(1, 2, 2026-11-26) conflicts with …
    throw new Conflict('prices.sameDay', { date: /\d{4}-\d{2}-\d{2}/.exec(e.detail ?? '')?.[0] ?? '' });
  }
  throw err;
}
