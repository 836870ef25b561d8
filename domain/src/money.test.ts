import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyBasisPoints, formatFen, formatYuan, parseYuan } from './money';

describe('money in fen', () => {
  it('parses yuan text exactly', () => {
    assert.equal(parseYuan('12.34'), 1234);
    assert.equal(parseYuan('¥1,234.5'), 123450);
    assert.equal(parseYuan('0.07'), 7);
    assert.equal(parseYuan('100'), 10000);
    assert.equal(parseYuan(' 0.1 '), 10);
    assert.equal(parseYuan('-3.00'), -300);
  });
  it('refuses what is not money', () => {
    for (const bad of ['', 'abc', '1.234', '1e3', '12.3.4', '--1', '¥']) assert.equal(parseYuan(bad), null, bad);
  });
  it('formats fen with thousands separators and two decimals', () => {
    assert.equal(formatFen(123456789), '1,234,567.89');
    assert.equal(formatFen(5), '0.05');
    assert.equal(formatFen(-100), '-1.00');
  });
  it('says money with its sign before the ¥, as messages read: ¥1,234.50 and -¥0.05', () => {
    assert.equal(formatYuan(123450), '¥1,234.50');
    assert.equal(formatYuan(0), '¥0.00');
    assert.equal(formatYuan(-5), '-¥0.05');
  });
  it('applies a share in basis points, rounding half up to the fen', () => {
    assert.equal(applyBasisPoints(10000, 4500), 4500);
    assert.equal(applyBasisPoints(333, 5000), 167);
    assert.equal(applyBasisPoints(1, 4999), 0);
    assert.equal(applyBasisPoints(9_000_000_000_000, 9999), 8_999_100_000_000);
  });
});
