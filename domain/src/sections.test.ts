import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsFor } from './sections';
import { canNest } from './units';

describe('sections', () => {
  it('shows every signed-in user the home page and the approvals inbox, nothing else without a role', () => {
    assert.deepEqual(sectionsFor([]).map((s) => s.key), ['home', 'approvals']);
  });
  it('shows the auditor every register to read but not user administration', () => {
    assert.deepEqual(sectionsFor(['auditor']).map((s) => s.key), [
      'home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-quotes', 'ad-rate-cards', 'ad-slots', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports', 'approval-policies', 'audit',
    ]);
  });
  it('shows a supplier contact only its B2B sections: no home, no approvals, nothing internal', () => {
    assert.deepEqual(sectionsFor(['supplier_contact']).map((s) => s.key), ['home', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify']);
  });
  it('shows the admin users, units, approval policies and the audit log', () => {
    assert.deepEqual(sectionsFor(['admin']).map((s) => s.key), ['home', 'approvals', 'users', 'units', 'approval-policies', 'audit']);
  });
  it('shows a requester its requests and the calendar, nothing of prices or ad sales', () => {
    assert.deepEqual(sectionsFor(['requester']).map((s) => s.key), ['home', 'approvals', 'purchase-requests', 'planning-calendar']);
  });
  it('shows finance collections and month-end; a branch clerk collections only', () => {
    const finance = sectionsFor(['finance']).map((s) => s.key);
    assert.ok(finance.includes('collections') && finance.includes('income-recognition'));
    const clerk = sectionsFor(['branch_ecommerce_clerk']).map((s) => s.key);
    assert.ok(clerk.includes('collections') && !clerk.includes('income-recognition'));
  });
  it('shows a branch marketer the cards and quotes to download and the agreements to read, not customers or slots', () => {
    assert.deepEqual(sectionsFor(['branch_marketer']).map((s) => s.key), ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'ad-agreements', 'journal', 'ledger-reports']);
  });
});

describe('unit tree', () => {
  it('puts only HQ at the root', () => {
    assert.equal(canNest('hq', null), true);
    assert.equal(canNest('branch', null), false);
  });
  it('keeps branch departments under branches', () => {
    assert.equal(canNest('branch_department', 'branch'), true);
    assert.equal(canNest('branch_department', 'hq'), false);
  });
});
