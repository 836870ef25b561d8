import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fillCounts } from './counts';

describe('English counts (fillCounts)', () => {
  it('says "1 entry" and "2 entries", "0 entries"', () => {
    const text = '{total|entry|entries}';
    assert.equal(fillCounts(text, { total: 1 }), '1 entry');
    assert.equal(fillCounts(text, { total: 2 }), '2 entries');
    assert.equal(fillCounts(text, { total: 0 }), '0 entries');
  });
  it('reads a formatted count, and lets a verb agree with it', () => {
    assert.equal(fillCounts('{count|price needs|prices need} fixing', { count: '1' }), '1 price needs fixing');
    assert.equal(fillCounts('{count|price needs|prices need} fixing', { count: '1,024' }), '1,024 prices need fixing');
  });
  it('leaves plain placeholders, Chinese texts and a missing count alone', () => {
    assert.equal(fillCounts('{from}–{to} of {total|order|orders}', { from: 1, to: 20, total: 41 }), '{from}–{to} of 41 orders');
    assert.equal(fillCounts('共 {total} 张订单', { total: 1 }), '共 {total} 张订单');
    assert.equal(fillCounts('{total|order|orders}', {}), '{total|order|orders}');
    assert.equal(fillCounts('{total|order|orders}', undefined), '{total|order|orders}');
  });
});
