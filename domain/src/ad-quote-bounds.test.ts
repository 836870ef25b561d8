import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quoteBoundsProblems } from './ad-quote-bounds';

const today = '2026-11-26';
const paths = (p: { path: string }[]) => p.map((x) => x.path);

describe('how far a quotation may reach', () => {
  it('allows a year-long flight and an offer open one year', () => {
    assert.deepEqual(quoteBoundsProblems({ validUntil: '2027-11-26', lines: [{ startsOn: '2027-01-01', endsOn: '2027-12-31' }] }, today, { isNew: true }), []);
    assert.deepEqual(quoteBoundsProblems({ validUntil: today, lines: [{ startsOn: '2028-01-01', endsOn: '2028-12-31' }] }, today, { isNew: true }), [], 'a leap year is 366 days');
  });
  it('refuses a flight to 9999-12-31 and an offer valid until then', () => {
    const p = quoteBoundsProblems({ validUntil: '9999-12-31', lines: [{ startsOn: '2027-01-01', endsOn: '9999-12-31' }] }, today, { isNew: true });
    assert.deepEqual(paths(p), ['validUntil', 'lines.0.endsOn']);
    assert.equal(p[0].params.max, '2027-11-26');
  });
  it('refuses a 367-day flight, or a longer one than configured', () => {
    assert.deepEqual(paths(quoteBoundsProblems({ validUntil: today, lines: [{ startsOn: '2027-01-01', endsOn: '2028-01-02' }] }, today, { isNew: true })), ['lines.0.endsOn']);
    assert.deepEqual(paths(quoteBoundsProblems({ validUntil: today, lines: [{ startsOn: '2027-01-01', endsOn: '2027-01-31' }] }, today, { isNew: true, maxFlightDays: 30 })), ['lines.0.endsOn']);
  });
  it('refuses a flight already begun on a new quote, not on an edited one', () => {
    const q = { validUntil: today, lines: [{ startsOn: '2026-12-01', endsOn: '2026-12-02' }, { startsOn: '2026-11-25', endsOn: '2026-12-05' }] };
    assert.deepEqual(paths(quoteBoundsProblems(q, today, { isNew: true })), ['lines.1.startsOn']);
    assert.deepEqual(quoteBoundsProblems(q, today, { isNew: false }), []);
  });
});
