import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { currentPlanSource, formatRequestNumber, isRequestDeletable, requestActionsFor, requestLineStatus, type LinePlanSource } from './purchasing-requests';

const source = (o: Partial<LinePlanSource>): LinePlanSource => ({ planId: 1, planStatus: 'draft', planMonth: '2026-12-01', decision: 'included', reason: null, ...o });

describe('department request rules', () => {
  it('gives a line its request’s state until the department approves it', () => {
    for (const s of ['draft', 'submitted', 'returned', 'rejected'] as const) assert.equal(requestLineStatus(s, [source({})]), s);
    assert.equal(requestLineStatus('approved', []), 'dept_approved');
  });
  it('then what the plan did with it: in the plan, cut, deferred, plan approved', () => {
    assert.equal(requestLineStatus('approved', [source({})]), 'in_plan');
    assert.equal(requestLineStatus('approved', [source({ planStatus: 'submitted' })]), 'in_plan');
    assert.equal(requestLineStatus('approved', [source({ planStatus: 'approved' })]), 'plan_approved');
    assert.equal(requestLineStatus('approved', [source({ decision: 'cut', reason: '库存充足' })]), 'cut');
    assert.equal(requestLineStatus('approved', [source({ decision: 'deferred', reason: '预算不足' })]), 'deferred');
  });
  it('lets a later plan that takes up a deferred line speak for it', () => {
    const deferred = source({ planId: 1, decision: 'deferred', reason: '下月再买' });
    const taken = source({ planId: 2, planMonth: '2027-01-01', planStatus: 'approved' });
    assert.equal(requestLineStatus('approved', [deferred, taken]), 'plan_approved');
    assert.equal(requestLineStatus('approved', [taken, deferred]), 'plan_approved');
    assert.equal(currentPlanSource([deferred, source({ planId: 3, planMonth: '2027-02-01', decision: 'deferred', reason: '再顺延' })])!.planId, 3);
    assert.equal(currentPlanSource([]), null);
  });
  it('lets the requester edit draft, returned and rejected requests and delete only a draft', () => {
    assert.deepEqual(requestActionsFor('draft'), ['edit', 'submit', 'delete']);
    assert.deepEqual(requestActionsFor('returned'), ['edit', 'submit']);
    assert.deepEqual(requestActionsFor('rejected'), ['edit', 'submit']);
    assert.deepEqual(requestActionsFor('submitted'), []);
    assert.deepEqual(requestActionsFor('approved'), []);
    assert.equal(isRequestDeletable('returned'), false);
  });
  it('numbers a request by buying unit and month', () => {
    assert.equal(formatRequestNumber('OFFICE', '2026-12', 7), 'PR-OFFICE-202612-0007');
  });
});
