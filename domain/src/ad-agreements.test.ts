import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agreementActions, agreementRoles, allocateFen, effectiveAgreementStatus, formatAgreementNumber, instalmentsRemaining } from './ad-agreements';

describe('ad agreements', () => {
  it('runs a signed agreement from its first flight day and completes it after the last', () => {
    assert.equal(effectiveAgreementStatus('signed', '2026-11-15', '2027-01-14', '2026-11-14'), 'signed');
    assert.equal(effectiveAgreementStatus('signed', '2026-11-15', '2027-01-14', '2026-11-15'), 'running');
    assert.equal(effectiveAgreementStatus('signed', '2026-11-15', '2027-01-14', '2027-01-14'), 'running');
    assert.equal(effectiveAgreementStatus('signed', '2026-11-15', '2027-01-14', '2027-01-15'), 'completed');
    assert.equal(effectiveAgreementStatus('draft', '2026-11-15', '2027-01-14', '2027-01-15'), 'draft');
    assert.equal(effectiveAgreementStatus('terminated', '2026-11-15', '2027-01-14', '2026-12-01'), 'terminated');
  });

  it('has a branch agreement drafted by its clerk, signed by its GM and received by HQ e-commerce', () => {
    const bj = { kind: 'branch', id: 7 };
    assert.deepEqual(agreementRoles([{ role: 'branch_ecommerce_clerk', branchId: 7 }], bj), { draft: true, sign: false, receive: false });
    assert.deepEqual(agreementRoles([{ role: 'branch_gm', branchId: 7 }], bj), { draft: false, sign: true, receive: false });
    assert.deepEqual(agreementRoles([{ role: 'branch_gm', branchId: 8 }], bj), { draft: false, sign: false, receive: false });
    assert.deepEqual(agreementRoles([{ role: 'ecommerce_staff', branchId: null }], bj), { draft: false, sign: false, receive: true });
  });

  it('has an HQ agreement drafted and signed by 电子商务部, and nobody else', () => {
    const hq = { kind: 'hq', id: 1 };
    assert.deepEqual(agreementRoles([{ role: 'ecommerce_staff', branchId: null }], hq), { draft: true, sign: true, receive: false });
    assert.deepEqual(agreementRoles([{ role: 'hq_center_gm', branchId: null }, { role: 'branch_gm', branchId: 7 }], hq), { draft: false, sign: false, receive: false });
  });

  it('offers edit and sign on a draft, terminate while signed or running, the checklist only on a branch agreement', () => {
    const all = { draft: true, sign: true, receive: true };
    assert.deepEqual(agreementActions('draft', all, true), ['edit', 'sign', 'attach', 'receive']);
    assert.deepEqual(agreementActions('running', all, false), ['terminate']);
    assert.deepEqual(agreementActions('completed', all, true), ['attach', 'receive']);
    assert.deepEqual(agreementActions('terminated', all, true), ['receive']);
  });

  it('numbers 协-BJ-202611-0001', () => assert.equal(formatAgreementNumber('BJ', '2026-11', 1), '协-BJ-202611-0001'));

  it('says what is left to schedule', () => {
    assert.equal(instalmentsRemaining(10000, [{ amountFen: 3000 }, { amountFen: 3000 }]), 4000);
    assert.equal(instalmentsRemaining(10000, [{ amountFen: 6000 }, { amountFen: 6000 }]), -2000);
  });

  it('splits a total over weights to the fen, the shares summing to the total', () => {
    assert.deepEqual(allocateFen(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(allocateFen(99_999_99, [123457, 0, 876543]), [1234570, 0, 8765429]);
    assert.deepEqual(allocateFen(5, [0, 0]), [3, 2]);
    for (const total of [1, 7, 1001, 123456789]) {
      const shares = allocateFen(total, [3, 5, 11, 13]);
      assert.equal(shares.reduce((s, x) => s + x, 0), total);
    }
  });
});
