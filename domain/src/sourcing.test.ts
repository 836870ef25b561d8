import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineProblem, lowestPerLine, quotesOpen } from './sourcing';

describe('sealed quotes and comparison', () => {
  it('opens the quotes at the deadline, not a moment before', () => {
    assert.equal(quotesOpen('2026-11-30T10:00:00Z', '2026-11-30T09:59:59Z'), false);
    assert.equal(quotesOpen('2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z'), true);
  });

  it('wants at least ten minutes between sending and the deadline', () => {
    assert.equal(deadlineProblem('2026-11-30T10:05:00Z', '2026-11-30T10:00:00Z'), 'deadlineTooSoon');
    assert.equal(deadlineProblem('2026-11-30T10:10:00Z', '2026-11-30T10:00:00Z'), null);
    // A deployment may set a shorter window (the e2e server: a few seconds).
    assert.equal(deadlineProblem('2026-11-30T10:00:05Z', '2026-11-30T10:00:00Z', 5), null);
    assert.equal(deadlineProblem('2026-11-30T10:00:04Z', '2026-11-30T10:00:00Z', 5), 'deadlineTooSoon');
  });

  it('flags the lowest price per line, ties included', () => {
    const lowest = lowestPerLine([
      { supplierId: 1, lines: [{ inquiryLineId: 10, unitPriceFen: 500 }, { inquiryLineId: 11, unitPriceFen: 90 }] },
      { supplierId: 2, lines: [{ inquiryLineId: 10, unitPriceFen: 480 }, { inquiryLineId: 11, unitPriceFen: 90 }] },
    ]);
    assert.deepEqual(lowest.get(10), [2]);
    assert.deepEqual(lowest.get(11), [1, 2]);
  });
});
