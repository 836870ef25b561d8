import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAmountInRange, MAX_AMOUNT_FEN, sumFen } from './money-bounds';
import { quoteTotals } from './ad-discounts';

describe('money stays within exact integers', () => {
  it('takes amounts up to ¥100 billion, refuses beyond and any fraction of a fen', () => {
    assert.ok(isAmountInRange(MAX_AMOUNT_FEN));
    assert.ok(isAmountInRange(-MAX_AMOUNT_FEN));
    assert.ok(!isAmountInRange(MAX_AMOUNT_FEN + 1));
    assert.ok(!isAmountInRange(290_818_200_000_000_000));
    assert.ok(!isAmountInRange(1.5));
  });
  it('900 of the largest amounts still add up exactly', () => {
    assert.equal(sumFen(Array(900).fill(MAX_AMOUNT_FEN)), 900 * MAX_AMOUNT_FEN);
  });
  it('a sum that would leave the exact range is stopped, not rounded', () => {
    assert.throws(() => sumFen([Number.MAX_SAFE_INTEGER, 1]), RangeError);
    assert.throws(() => sumFen([290_818_200_000_000_000]), RangeError);
  });
  it('quote totals refuse to add lines whose sum cannot be exact', () => {
    assert.throws(() => quoteTotals([{ listFen: 2 ** 53 - 1, shareBp: 10000 }, { listFen: 2 ** 53 - 1, shareBp: 10000 }]), RangeError);
  });
});
