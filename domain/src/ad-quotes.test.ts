import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonthsToDay,
  canDoQuoteAction,
  effectiveQuoteStatus,
  flightDays,
  flightsOverlap,
  flightUnits,
  formatQuoteNumber,
  isMonth,
  quoteActionsFor,
  quoteMonth,
} from './ad-quotes';

describe('flight units', () => {
  it('counts every day of a per-day slot, both ends included', () => {
    assert.equal(flightDays('2026-12-01', '2026-12-01'), 1);
    assert.equal(flightUnits('2026-12-01', '2026-12-31', 'day'), 31);
    assert.equal(flightUnits('2026-12-31', '2027-01-02', 'day'), 3);
    assert.equal(flightUnits('2026-12-02', '2026-12-01', 'day'), 0);
  });

  it('counts started weeks for a per-week slot', () => {
    assert.equal(flightUnits('2026-12-01', '2026-12-07', 'week'), 1);
    assert.equal(flightUnits('2026-12-01', '2026-12-08', 'week'), 2);
    assert.equal(flightUnits('2026-12-01', '2026-12-01', 'week'), 1);
  });

  it('counts started calendar months from the start day for a per-month slot', () => {
    assert.equal(flightUnits('2026-12-01', '2026-12-31', 'month'), 1);
    assert.equal(flightUnits('2026-12-15', '2027-01-14', 'month'), 1);
    assert.equal(flightUnits('2026-12-15', '2027-01-15', 'month'), 2);
    assert.equal(flightUnits('2026-12-01', '2027-01-05', 'month'), 2);
    assert.equal(flightUnits('2027-02-01', '2027-02-28', 'month'), 1);
    assert.equal(flightUnits('2026-12-01', '2027-02-28', 'month'), 3);
    assert.equal(flightUnits('2026-12-10', '2026-12-10', 'month'), 1);
  });

  it('charges a placement once, whatever its length', () => {
    assert.equal(flightUnits('2026-12-01', '2027-03-31', 'placement'), 1);
    assert.equal(flightUnits('2026-12-02', '2026-12-01', 'placement'), 0);
  });

  it('clamps month arithmetic to the month end', () => {
    assert.equal(addMonthsToDay('2027-01-31', 1), '2027-02-28');
    assert.equal(addMonthsToDay('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonthsToDay('2026-11-30', 2), '2027-01-30');
  });

  it('prices a line from the month its flight starts', () => {
    assert.equal(quoteMonth('2026-12-28'), '2026-12');
    assert.equal(isMonth('2026-12'), true);
    assert.equal(isMonth('2026-13'), false);
  });

  it('sees overlap when the flights share a day', () => {
    const a = { startsOn: '2026-12-01', endsOn: '2026-12-10' };
    assert.equal(flightsOverlap(a, { startsOn: '2026-12-10', endsOn: '2026-12-20' }), true);
    assert.equal(flightsOverlap(a, { startsOn: '2026-12-11', endsOn: '2026-12-20' }), false);
    assert.equal(flightsOverlap(a, { startsOn: '2026-11-01', endsOn: '2026-12-31' }), true);
  });
});

describe('quote states', () => {
  it('lets a draft be edited, submitted or cancelled, and nothing else', () => {
    assert.deepEqual(quoteActionsFor('draft'), ['edit', 'submit', 'cancel']);
  });

  it('keeps a quote waiting for approval read-only', () => {
    assert.deepEqual(quoteActionsFor('pending_approval'), []);
  });

  it('sends an approved quote; the customer accepts or declines a sent one', () => {
    assert.deepEqual(quoteActionsFor('approved'), ['edit', 'send', 'cancel']);
    assert.deepEqual(quoteActionsFor('sent'), ['edit', 'accept', 'decline', 'cancel']);
    for (const end of ['accepted', 'declined', 'cancelled'] as const) assert.deepEqual(quoteActionsFor(end), []);
    assert.equal(canDoQuoteAction('expired', 'accept'), false);
  });

  it('derives expired from the valid-until day for approved and sent quotes only', () => {
    assert.equal(effectiveQuoteStatus('sent', '2026-11-30', '2026-12-01'), 'expired');
    assert.equal(effectiveQuoteStatus('approved', '2026-11-30', '2026-12-01'), 'expired');
    assert.equal(effectiveQuoteStatus('sent', '2026-12-01', '2026-12-01'), 'sent');
    assert.equal(effectiveQuoteStatus('draft', '2026-11-30', '2026-12-01'), 'draft');
    assert.equal(effectiveQuoteStatus('accepted', '2026-11-30', '2026-12-01'), 'accepted');
  });

  it('numbers quotes per unit and month', () => {
    assert.equal(formatQuoteNumber('BJ', '2026-11', 7), 'BJ-202611-0007');
    assert.equal(formatQuoteNumber('HQ', '2026-11', 1), 'HQ-202611-0001');
  });
});
