import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueFen, matchOrder, type MatchFigures } from './purchasing-match';

describe('three-way match: one rule for the order and the ledger', () => {
  const base: MatchFigures = { totalFen: 10_500, acceptedFen: 0, refundFen: 0, freightFen: 1000, discountFen: 500, fullyDelivered: false, invoicedFen: 0, paidFen: 0, cancelled: false };
  it('waits for goods until something is accepted', () => {
    assert.equal(matchOrder(base).status, 'awaiting_goods');
  });
  it('waits for goods after a prepayment, which is no mismatch', () => {
    assert.deepEqual(matchOrder({ ...base, paidFen: 10_500 }).status, 'awaiting_goods');
  });
  it('waits for the invoice, then the payment, of what has arrived; complete for the delivered part', () => {
    const part = { ...base, acceptedFen: 4000 };
    assert.equal(matchOrder(part).status, 'awaiting_invoice');
    assert.equal(matchOrder({ ...part, invoicedFen: 4000 }).status, 'awaiting_payment');
    const done = matchOrder({ ...part, invoicedFen: 4000, paidFen: 4000 });
    assert.deepEqual([done.status, done.partial, done.dueFen], ['complete', true, 4000]);
  });
  it('owes the freight less the discount once everything has arrived, less refunds of rejected goods', () => {
    const all = { ...base, acceptedFen: 8000, refundFen: 2000, fullyDelivered: true };
    assert.equal(dueFen(all), 8500);
    assert.equal(matchOrder({ ...all, invoicedFen: 8500, paidFen: 8500 }).status, 'complete');
    assert.equal(matchOrder({ ...all, invoicedFen: 8500, paidFen: 8000 }).status, 'awaiting_payment');
    assert.equal(matchOrder({ ...all, invoicedFen: 8500, paidFen: 8500 }).partial, false);
  });
  it('calls invoicing or paying beyond what the order owes a mismatch, naming which', () => {
    const m = matchOrder({ ...base, acceptedFen: 8000, refundFen: 2000, fullyDelivered: true, invoicedFen: 10_500, paidFen: 10_500 });
    assert.equal(m.status, 'mismatch');
    assert.deepEqual(m.mismatches, ['over_invoiced', 'over_paid']);
  });
  it('calls a payment for goods that were all rejected a mismatch', () => {
    const m = matchOrder({ ...base, freightFen: 0, discountFen: 0, totalFen: 10_000, refundFen: 10_000, fullyDelivered: true, paidFen: 1 });
    assert.deepEqual([m.status, m.mismatches], ['mismatch', ['over_paid', 'paid_nothing_accepted']]);
  });
  it('shows a cancelled order as cancelled, whatever its figures', () => {
    assert.equal(matchOrder({ ...base, cancelled: true }).status, 'cancelled');
  });
});
