import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consolidate, decisionNeedsReason, formatPlanNumber, isPlanEditable, overBudgetBy, submitProblems, type SourceLine } from './purchasing-plans';

const line = (requestLineId: number, departmentId: number, itemId: number | null, quantity: number, price: number | null, extra: Partial<SourceLine> = {}): SourceLine => ({
  requestLineId,
  departmentId,
  itemId,
  quantity,
  estUnitPriceFen: price,
  estSupplierId: price === null ? null : price,
  decision: 'included',
  ...extra,
});

// Hand-computed: item 1 (个) 5 + 2 from dept 10 and 3 from dept 20 = 10, stock 4 → buy 6 at the lowest estimate ¥9.00 = ¥54.00;
// item 2 (米) 0.1 + 0.2 = 0.3, stock 1 → buy 0; item 3: 2 asked, stock −1 counts as 0, the clerk proposes 1 at ¥50.00 = ¥50.00.
const fixture: SourceLine[] = [
  line(1, 10, 1, 5, 1000),
  line(2, 20, 1, 3, 900),
  line(3, 10, 1, 2, null),
  line(4, 20, 2, 0.1, 250),
  line(5, 20, 2, 0.2, 250),
  line(6, 10, 3, 2, 5000),
  line(7, 10, null, 4, null),
  line(8, 20, 1, 50, 800, { decision: 'pending' }),
  line(9, 10, 1, 100, 700, { decision: 'cut' }),
  line(10, 20, 3, 9, 100, { decision: 'deferred' }),
];
const stock = new Map([[1, 4], [2, 1], [3, -1]]);

describe('purchase plan consolidation', () => {
  const c = consolidate(fixture, stock, new Map([[3, { proposedQty: 1, reason: '库房另有备用' }]]));

  it('sums the included lines per item and department, leaving cut, deferred and pending lines out', () => {
    assert.deepEqual(c.lines.map((l) => [l.itemId, l.requestedQty]), [[1, 10], [2, 0.3], [3, 2]]);
    assert.deepEqual(c.lines[0].byDepartment, [{ departmentId: 10, quantity: 7 }, { departmentId: 20, quantity: 3 }]);
    assert.deepEqual(c.lines[0].requestLineIds, [1, 2, 3]);
  });

  it('nets against stock on hand, never below zero, and negative stock counts as none', () => {
    assert.deepEqual(c.lines.map((l) => [l.stockQty, l.nettedQty]), [[4, 6], [1, 0], [0, 2]]);
  });

  it("prices each item at its lines' lowest estimate and keeps the clerk's own figure with its reason", () => {
    assert.deepEqual(c.lines.map((l) => [l.estUnitPriceFen, l.estSupplierId, l.proposedQty, l.amountFen]), [[900, 900, 6, 5400], [250, 250, 0, 0], [5000, 5000, 1, 5000]]);
    assert.equal(c.lines[2].proposedReason, '库房另有备用');
    assert.equal(c.lines[0].proposedReason, null);
    assert.equal(c.totalFen, 10400);
  });

  it("drops the reason when the clerk's figure is the netted one again", () => {
    const same = consolidate(fixture, stock, new Map([[3, { proposedQty: 2, reason: '旧原因' }]]));
    assert.equal(same.lines[2].proposedReason, null);
  });

  it("gives each department's requests at the plan's prices, and lists unmapped and pending lines", () => {
    assert.deepEqual(c.departmentFen, [{ departmentId: 10, amountFen: 7 * 900 + 2 * 5000 }, { departmentId: 20, amountFen: 3 * 900 + 75 }]);
    assert.deepEqual(c.unmapped, [7]);
    assert.deepEqual(c.pending, [8]);
    assert.deepEqual(submitProblems(c), ['unmapped', 'pending']);
    assert.deepEqual(submitProblems(consolidate([], new Map())), ['noLines']);
  });
});

describe('purchase plan rules', () => {
  it('numbers a plan by unit and month', () => assert.equal(formatPlanNumber('OFFICE', '2026-11', 1), 'PP-OFFICE-202611-01'));
  it('keeps a plan with leadership read-only; any other may change', () => {
    assert.equal(isPlanEditable('submitted'), false);
    assert.equal(isPlanEditable('approved'), true);
  });
  it('asks a reason for cutting and deferring, not for including', () => {
    assert.deepEqual([decisionNeedsReason('cut'), decisionNeedsReason('deferred'), decisionNeedsReason('included')], [true, true, false]);
  });
  it('is over budget only once the remaining goes below zero', () => {
    assert.equal(overBudgetBy(null), null);
    assert.equal(overBudgetBy({ remainingFen: 0 }), null);
    assert.equal(overBudgetBy({ remainingFen: -150 }), 150);
  });
});
