import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsFor } from './sections';
import { canNest } from './units';

describe('sections', () => {
  it('shows every signed-in user the home page and nothing else without a role', () => {
    assert.deepEqual(sectionsFor([]).map((s) => s.key), ['home']);
  });
  it('shows the auditor the audit log but not user administration', () => {
    assert.deepEqual(sectionsFor(['auditor']).map((s) => s.key), ['home', 'audit']);
  });
  it('shows the admin users, units and the audit log', () => {
    assert.deepEqual(sectionsFor(['admin']).map((s) => s.key), ['home', 'users', 'units', 'audit']);
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
