import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsRequests, cutoffProblem, defaultCutoff, isLate, monthsOfYear, parseMonth } from './purchasing-calendar';

describe('planning calendar rules', () => {
  it('puts the default cut-off on the 20th of the month before, across a year end', () => {
    assert.equal(defaultCutoff('2026-12'), '2026-11-20');
    assert.equal(defaultCutoff('2027-01'), '2026-12-20');
  });
  it('counts a request submitted on the cut-off day in time, the day after late', () => {
    assert.equal(isLate('2026-11-20', '2026-11-20'), false);
    assert.equal(isLate('2026-11-19', '2026-11-20'), false);
    assert.equal(isLate('2026-11-21', '2026-11-20'), true);
    assert.equal(isLate('2027-01-02', '2026-12-20'), true);
  });
  it('reads a month only when it is one: 2026-13, 2026-00 and 26-11 are refused', () => {
    assert.equal(parseMonth('2026-11'), '2026-11');
    assert.equal(parseMonth(' 2026-01 '), '2026-01');
    for (const bad of ['2026-13', '2026-00', '26-11', '2026-1', '2026-11-01', '1999-12', '']) assert.equal(parseMonth(bad), null, bad);
  });
  it('takes requests only while the month is open', () => {
    assert.equal(acceptsRequests('open'), true);
    assert.equal(acceptsRequests('consolidating'), false);
    assert.equal(acceptsRequests('closed'), false);
  });
  it('keeps a cut-off within the month and at most three months before it', () => {
    assert.equal(cutoffProblem('2026-12', '2026-12-31'), null);
    assert.equal(cutoffProblem('2026-12', '2027-01-01'), 'afterMonth');
    assert.equal(cutoffProblem('2026-12', '2026-09-01'), null);
    assert.equal(cutoffProblem('2026-12', '2026-08-31'), 'tooEarly');
    assert.equal(cutoffProblem('2026-02', '2026-02-28'), null);
    assert.equal(cutoffProblem('2026-02', '2026-03-01'), 'afterMonth');
  });
  it('lists the twelve months of a year', () => {
    assert.deepEqual(monthsOfYear(2026).slice(0, 2), ['2026-01', '2026-02']);
    assert.equal(monthsOfYear(2026)[11], '2026-12');
  });
});
