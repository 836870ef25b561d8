import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fenInChineseWords } from './amount-in-words';

describe('amount in Chinese capitals', () => {
  const cases: [number, string][] = [
    [0, '零元整'],
    [1, '壹分'],
    [10, '壹角整'],
    [100, '壹元整'],
    [1_234_560, '壹万贰仟叁佰肆拾伍元陆角整'],
    [100_005, '壹仟元零伍分'],
    [1_000_100, '壹万零壹元整'],
    [10_010_000, '壹拾万零壹佰元整'],
    [10_000_000_000, '壹亿元整'],
    [10_000_010_000, '壹亿零壹佰元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [48_495_600, '肆拾捌万肆仟玖佰伍拾陆元整'],
    [-250, '负贰元伍角整'],
  ];
  for (const [fen, words] of cases) {
    it(`writes ${fen} fen as ${words}`, () => assert.equal(fenInChineseWords(fen), words));
  }

  it('refuses what is not a whole number of fen', () => {
    assert.throws(() => fenInChineseWords(1.5), RangeError);
    assert.throws(() => fenInChineseWords(Number.NaN), RangeError);
  });
});
