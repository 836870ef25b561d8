import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dueFen, matchOrder, MATCH_STATUSES, worthFen, type MatchFigures } from '@portal/domain';
import { createTestContext, type TestContext } from '../../test/support';
import { matchStatusSql } from './purchase-ledgers.orders.repo';

/**
 * The three-way match is one rule (domain matchOrder); the ledger filters by status in SQL, with
 * an expression that follows it. Every case of a grid over the figures goes through both, on the
 * database the suite runs on (PostgreSQL or PGlite), and the answers must be equal: were either
 * changed alone, this fails on the first case where they part.
 */
function grid(): MatchFigures[] {
  const cases: MatchFigures[] = [];
  const goods = 10_000;
  for (const [freightFen, discountFen] of [[0, 0], [1000, 0], [1000, 500], [0, 300]])
    for (const acceptedFen of [0, 4000, goods])
      for (const refundFen of [0, 2000, goods])
        for (const fullyDelivered of [false, true])
          for (const cancelled of [false, true]) {
            const f = { totalFen: goods + freightFen - discountFen, freightFen, discountFen, acceptedFen, refundFen, fullyDelivered, invoicedFen: 0, paidFen: 0, cancelled };
            // Around each threshold the rule compares with: what is due so far, and what the order is worth.
            const marks = [...new Set([0, 1, dueFen(f) - 1, dueFen(f), dueFen(f) + 1, worthFen(f), worthFen(f) + 1].filter((n) => n >= 0))];
            for (const invoicedFen of marks) for (const paidFen of marks) cases.push({ ...f, invoicedFen, paidFen });
          }
  return cases;
}

describe('three-way match: the ledger’s SQL filter and the domain rule agree', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext({ seed: false });
  });
  after(() => ctx.close());

  it('gives every case of the grid the same status in SQL as matchOrder does', async () => {
    const cases = grid();
    const values = cases
      .map((c, i) => `(${i}, ${c.totalFen}, ${c.freightFen}, ${c.discountFen}, ${c.acceptedFen}, ${c.refundFen}, ${c.fullyDelivered}, ${c.invoicedFen}, ${c.paidFen}, ${c.cancelled})`)
      .join(',\n');
    const sql = matchStatusSql({
      total: 'c.total::bigint',
      freight: 'c.freight::bigint',
      discount: 'c.discount::bigint',
      accepted: 'c.accepted::bigint',
      refund: 'c.refund::bigint',
      fully: 'c.fully',
      invoiced: 'c.invoiced::bigint',
      paid: 'c.paid::bigint',
      cancelled: 'c.cancelled',
    });
    const { rows } = await ctx.db.raw(
      `select c.i, ${sql} as status from (values ${values}) as c(i, total, freight, discount, accepted, refund, fully, invoiced, paid, cancelled) order by c.i`,
    );
    assert.equal(rows.length, cases.length);
    const seen = new Set<string>();
    for (const [i, c] of cases.entries()) {
      const expected = matchOrder(c).status;
      assert.equal(rows[i].status, expected, `case ${i}: ${JSON.stringify(c)}`);
      seen.add(expected);
    }
    // The grid reaches every status, so no branch of either side goes untried.
    assert.deepEqual([...seen].sort(), [...MATCH_STATUSES].sort());
    assert.ok(cases.length > 1000, `${cases.length} cases`);
  });
});
