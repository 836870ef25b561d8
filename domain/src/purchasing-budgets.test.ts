import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUDGET_IMPORT_COLUMNS,
  BUDGET_IMPORT_HEADERS,
  budgetRemaining,
  budgetStanding,
  budgetUsedBp,
  budgetVerdict,
  nearBudgetLimit,
  parseBudgetAmount,
  parseBudgetControl,
} from './purchasing-budgets';
import { matchHeaders } from './supplier-prices';

const none = { included: false, dropped: false };

describe('office-supplies budget', () => {
  it('counts a submitted request as pending, before its department head decides', () => {
    assert.equal(budgetStanding('submitted', none), 'pending');
  });
  it('counts an approved request as committed, awaiting the plan or included in it', () => {
    assert.equal(budgetStanding('approved', none), 'committed');
    assert.equal(budgetStanding('approved', { included: true, dropped: false }), 'committed');
  });
  it('drops lines the plan cut or deferred, unless a later plan took them up', () => {
    assert.equal(budgetStanding('approved', { included: false, dropped: true }), null);
    assert.equal(budgetStanding('approved', { included: true, dropped: true }), 'committed');
  });
  it('does not count drafts, rejected or returned requests', () => {
    for (const s of ['draft', 'rejected', 'returned']) assert.equal(budgetStanding(s, none), null);
  });

  it('leaves amount − committed − pending − spent', () => {
    const f = { amountFen: 1_000_000, committedFen: 300_000, pendingFen: 150_000, spentFen: 0 };
    assert.equal(budgetRemaining(f), 550_000);
    assert.equal(budgetUsedBp(f), 4500);
    assert.equal(budgetRemaining({ ...f, committedFen: 900_000 }), -50_000);
  });
  it('warns the clerk when a department is over or within 10% of its budget', () => {
    const f = { amountFen: 1_000_000, committedFen: 0, pendingFen: 0, spentFen: 0 };
    assert.equal(nearBudgetLimit({ ...f, committedFen: 899_999 }), false);
    assert.equal(nearBudgetLimit({ ...f, committedFen: 900_000 }), true);
    assert.equal(nearBudgetLimit({ ...f, committedFen: 1_200_000 }), true);
    assert.equal(budgetUsedBp({ ...f, amountFen: 0, committedFen: 1 }), 10000);
  });

  it('lets a request that reaches the amount exactly through', () => {
    assert.deepEqual(budgetVerdict({ control: 'stop', amountFen: 500_000, usedFen: 400_000 }, 100_000), { kind: 'within', remainingFen: 0 });
  });
  it('says by how much a request is over: a warning under warn, a refusal under stop', () => {
    assert.deepEqual(budgetVerdict({ control: 'warn', amountFen: 500_000, usedFen: 400_000 }, 100_001), { kind: 'warn', overByFen: 1 });
    assert.deepEqual(budgetVerdict({ control: 'stop', amountFen: 500_000, usedFen: 450_000 }, 100_000), { kind: 'stop', overByFen: 50_000 });
  });

  it('reads controls and amounts as a clerk types them', () => {
    assert.equal(parseBudgetControl(''), 'warn');
    assert.equal(parseBudgetControl('禁止'), 'stop');
    assert.equal(parseBudgetControl(' Stop '), 'stop');
    assert.equal(parseBudgetControl('超支提醒'), 'warn');
    assert.equal(parseBudgetControl('maybe'), null);
    assert.equal(parseBudgetAmount('12,000.50'), 1_200_050);
    assert.equal(parseBudgetAmount('0'), 0);
    assert.equal(parseBudgetAmount('-1'), null);
    assert.equal(parseBudgetAmount('1.234'), null);
  });
  it('finds the import columns by their zh or en headers', () => {
    assert.deepEqual(matchHeaders(BUDGET_IMPORT_COLUMNS, BUDGET_IMPORT_HEADERS, ['部门', '预算金额（元）', '控制方式']), { department: 0, amount: 1, control: 2 });
    assert.deepEqual(matchHeaders(BUDGET_IMPORT_COLUMNS, BUDGET_IMPORT_HEADERS, ['Budget (yuan)', 'Department']), { department: 1, amount: 0 });
  });
});
