import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  afterAction,
  allowedActions,
  canTakeAction,
  commentRequired,
  conditionHolds,
  isDocumentEditable,
  nextStepPosition,
  policyProblems,
  selectChain,
  type PolicyStep,
} from './approvals';

// The ad-quote policy as seeded: branch GM below 5折 for branch quotes, HQ centre GM below 4折
// for branch quotes and below 5折 for HQ quotes.
const AD_QUOTE: PolicyStep[] = [
  { role: 'branch_gm', unit: 'branch', origin: 'branch', condition: { kind: 'paidShareBelow', paidShareBp: 5000 } },
  { role: 'hq_center_gm', unit: 'hq', origin: 'branch', condition: { kind: 'paidShareBelow', paidShareBp: 4000 } },
  { role: 'hq_center_gm', unit: 'hq', origin: 'hq', condition: { kind: 'paidShareBelow', paidShareBp: 5000 } },
];
const applied = (steps: PolicyStep[], facts: Parameters<typeof selectChain>[1]) =>
  selectChain(steps, facts).filter((s) => !s.skipped).map((s) => s.position);

describe('approval chain selection', () => {
  it('sends a 4.5折 branch quote to the branch GM only', () => {
    assert.deepEqual(applied(AD_QUOTE, { origin: 'branch', paidShareBp: 4500 }), [1]);
  });
  it('sends a 3.5折 branch quote to the branch GM, then the HQ centre GM', () => {
    assert.deepEqual(applied(AD_QUOTE, { origin: 'branch', paidShareBp: 3500 }), [1, 2]);
  });
  it('sends a 4.5折 HQ quote straight to the HQ centre GM', () => {
    assert.deepEqual(applied(AD_QUOTE, { origin: 'hq', paidShareBp: 4500 }), [3]);
  });
  it('skips every step for a quote at 5折 or above', () => {
    assert.deepEqual(applied(AD_QUOTE, { origin: 'branch', paidShareBp: 5000 }), []);
    assert.deepEqual(applied(AD_QUOTE, { origin: 'hq', paidShareBp: 10000 }), []);
  });
  it('keeps skipped steps in the chain, marked, with their policy positions', () => {
    const chain = selectChain(AD_QUOTE, { origin: 'hq', paidShareBp: 4500 });
    assert.deepEqual(chain.map((s) => [s.position, s.skipped]), [[1, true], [2, true], [3, false]]);
  });
  it('counts "amount ≥ X" inclusively and "paid share below Y" exclusively', () => {
    assert.equal(conditionHolds({ kind: 'amountAtLeast', amountFen: 1_000_000 }, { origin: 'hq', amountFen: 1_000_000 }), true);
    assert.equal(conditionHolds({ kind: 'amountAtLeast', amountFen: 1_000_000 }, { origin: 'hq', amountFen: 999_999 }), false);
    assert.equal(conditionHolds({ kind: 'paidShareBelow', paidShareBp: 4000 }, { origin: 'hq', paidShareBp: 4000 }), false);
    assert.equal(conditionHolds({ kind: 'paidShareBelow', paidShareBp: 4000 }, { origin: 'hq', paidShareBp: 3999 }), true);
  });
  it('never skips a step because the document did not state the fact', () => {
    assert.equal(conditionHolds({ kind: 'amountAtLeast', amountFen: 1 }, { origin: 'hq' }), true);
    assert.equal(conditionHolds({ kind: 'paidShareBelow', paidShareBp: 5000 }, { origin: 'hq', paidShareBp: null }), true);
  });
  it('walks to the next step that applies, and ends after the last', () => {
    const chain = [{ position: 1, skipped: false }, { position: 2, skipped: true }, { position: 3, skipped: false }];
    assert.equal(nextStepPosition(chain, null), 1);
    assert.equal(nextStepPosition(chain, 1), 3);
    assert.equal(nextStepPosition(chain, 3), null);
    assert.equal(nextStepPosition([{ position: 1, skipped: true }], null), null);
  });
});

describe('approval policy checks', () => {
  it('accepts the seeded ad-quote policy for a type that states its paid share', () => {
    assert.deepEqual(policyProblems(AD_QUOTE, ['paidShare', 'amount']), []);
  });
  it('refuses a branch approver on a step that also applies to head-office documents', () => {
    const step: PolicyStep = { role: 'branch_gm', unit: 'branch', origin: 'any', condition: { kind: 'always' } };
    assert.deepEqual(policyProblems([step], []), [{ path: 'steps.0.origin', problem: 'branchScopeNeedsBranchOrigin' }]);
  });
  it('refuses a condition on a fact the document type does not state', () => {
    const step: PolicyStep = { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'paidShareBelow', paidShareBp: 5000 } };
    assert.deepEqual(policyProblems([step], ['amount']), [{ path: 'steps.0.condition', problem: 'factNotStated' }]);
  });
  it('refuses more than ten steps', () => {
    const step: PolicyStep = { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'always' } };
    assert.deepEqual(policyProblems(Array(11).fill(step), []).map((p) => p.problem), ['tooManySteps']);
  });
});

describe('approval request states', () => {
  it('approves at the last step only', () => {
    assert.deepEqual(afterAction('pending', 'approve', 4), { status: 'pending', currentStep: 4 });
    assert.deepEqual(afterAction('pending', 'approve', null), { status: 'approved', currentStep: null });
  });
  it('approves at once a submission no step applies to', () => {
    assert.deepEqual(afterAction(null, 'submit', null), { status: 'approved', currentStep: null });
    assert.deepEqual(afterAction(null, 'submit', 2), { status: 'pending', currentStep: 2 });
  });
  it('lets a returned or withdrawn document be submitted again, but nothing decided', () => {
    assert.equal(canTakeAction('returned', 'submit'), true);
    assert.equal(canTakeAction('withdrawn', 'submit'), true);
    assert.equal(canTakeAction('rejected', 'submit'), false);
    assert.equal(canTakeAction('approved', 'submit'), false);
    assert.equal(canTakeAction('pending', 'submit'), false);
    assert.throws(() => afterAction('rejected', 'approve', null));
  });
  it('offers approvers approve, reject and return, and the submitter withdraw, only while pending', () => {
    assert.deepEqual(allowedActions('pending', { submitter: false, currentApprover: true }), ['approve', 'reject', 'return']);
    assert.deepEqual(allowedActions('pending', { submitter: true, currentApprover: false }), ['withdraw']);
    assert.deepEqual(allowedActions('returned', { submitter: true, currentApprover: false }), ['submit']);
    assert.deepEqual(allowedActions('approved', { submitter: true, currentApprover: true }), []);
  });
  it('needs a reason to reject or return, not to approve', () => {
    assert.deepEqual([commentRequired('reject'), commentRequired('return'), commentRequired('approve')], [true, true, false]);
  });
  it('keeps a document read-only while pending and once decided', () => {
    assert.deepEqual(
      ([null, 'returned', 'withdrawn', 'pending', 'approved', 'rejected'] as const).map(isDocumentEditable),
      [true, true, true, false, false, false],
    );
  });
});
