import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adQuoterRoles } from './ad-roles';

const BJ = { kind: 'branch', id: 10 };
const SH = { kind: 'branch', id: 20 };
const HQ = { kind: 'hq', id: 1 };

describe('who quotes for which unit', () => {
  it('lets a branch clerk and GM quote for their own branch only', () => {
    const grants = [
      { role: 'branch_ecommerce_clerk' as const, branchId: 10 },
      { role: 'branch_gm' as const, branchId: 10 },
    ];
    assert.deepEqual(adQuoterRoles(grants, BJ), ['branch_ecommerce_clerk', 'branch_gm']);
    assert.deepEqual(adQuoterRoles(grants, SH), []);
    assert.deepEqual(adQuoterRoles(grants, HQ), []);
  });
  it('lets HQ E-commerce quote for HQ, and the HQ centre GM for HQ and every branch', () => {
    assert.deepEqual(adQuoterRoles([{ role: 'ecommerce_staff', branchId: null }], HQ), ['ecommerce_staff']);
    assert.deepEqual(adQuoterRoles([{ role: 'ecommerce_staff', branchId: null }], BJ), []);
    assert.deepEqual(adQuoterRoles([{ role: 'hq_center_gm', branchId: null }], HQ), ['hq_center_gm']);
    assert.deepEqual(adQuoterRoles([{ role: 'hq_center_gm', branchId: null }], SH), ['hq_center_gm']);
  });
  it('ignores roles that do not quote, grants on unknown units, and owners that are neither HQ nor a branch', () => {
    assert.deepEqual(adQuoterRoles([{ role: 'branch_marketer', branchId: 10 }, { role: 'finance', branchId: null }], BJ), []);
    assert.deepEqual(adQuoterRoles([{ role: 'hq_center_gm', branchId: undefined }], HQ), []);
    assert.deepEqual(adQuoterRoles([{ role: 'ecommerce_staff', branchId: null }], { kind: 'department', id: 5 }), []);
  });
});
