import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromMilli, lineAmountFen, quantityProblem, toMilli } from './quantities';

describe('quantities', () => {
  it('counted units take whole numbers only', () => {
    assert.equal(quantityProblem('个', 3), null);
    assert.equal(quantityProblem('个', 2.5), 'notWhole');
    assert.equal(quantityProblem(' 盒 ', 1.5), 'notWhole');
  });
  it('measured units take up to three decimals', () => {
    assert.equal(quantityProblem('米', 2.5), null);
    assert.equal(quantityProblem('千克', 0.125), null);
    assert.equal(quantityProblem('米', 0.0001), 'tooPrecise');
  });
  it('refuses zero, negative, non-finite and huge quantities unless asked', () => {
    assert.equal(quantityProblem('个', 0), 'notPositive');
    assert.equal(quantityProblem('个', -1), 'notPositive');
    assert.equal(quantityProblem('个', Number.NaN), 'notPositive');
    assert.equal(quantityProblem('个', 1_000_001), 'tooLarge');
    assert.equal(quantityProblem('个', 0, { allowZero: true }), null);
    assert.equal(quantityProblem('个', -2, { allowNegative: true }), null);
  });
  it('line amounts round half up to the fen, exactly', () => {
    assert.equal(lineAmountFen(3, 1850), 5550);
    assert.equal(lineAmountFen(0.333, 1000), 333);
    assert.equal(lineAmountFen(1.5, 333), 500); // 499.5 → 500
    assert.equal(lineAmountFen(0.1, 15), 2); // 1.5 → 2
    assert.equal(toMilli(0.1 + 0.2), 300);
    assert.equal(fromMilli(2500), 2.5);
  });
});
