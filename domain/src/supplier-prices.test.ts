import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  dayIn,
  calendarDay,
  canBuyFrom,
  categoriesOf,
  categoryBelongsTo,
  matchImportHeaders,
  monthRange,
  movedMoreThan,
  parseImportDate,
  parseImportPrice,
  parseInStock,
  penaltyEventProblem,
  platformFromText,
  pointsAfter,
  priceChangeBp,
  priceSpread,
  supplierStanding,
  type PenaltyEvent,
} from './supplier-prices';

const v = (occurredOn: string, points: number, rectifyBy?: string): PenaltyEvent => ({ occurredOn, kind: 'violation', points, rectifyBy });

describe('supplier price database: categories and platforms', () => {
  it('gives the General Office its four categories and the Supply Dept its two', () => {
    assert.deepEqual(categoriesOf('OFFICE'), ['office_supplies', 'consumables', 'low_value_consumables', 'logistics_supplies']);
    assert.deepEqual(categoriesOf('SUPPLY'), ['production_auxiliaries', 'electrical_hardware']);
    assert.equal(categoryBelongsTo('electrical_hardware', 'OFFICE'), false);
  });
  it('reads a platform as clerks type it', () => {
    assert.equal(platformFromText('京东'), 'jd');
    assert.equal(platformFromText(' JD '), 'jd');
    assert.equal(platformFromText('1688'), 'alibaba');
    assert.equal(platformFromText('１号店'), 'yhd');
    assert.equal(platformFromText('拼多多'), null);
  });
});

describe('supplier penalty points', () => {
  const today = '2026-06-30';
  it('stays active below 50 points', () => {
    const s = supplierStanding([v('2026-02-01', 20), v('2026-03-01', 29)], today);
    assert.deepEqual([s.status, s.points], ['active', 49]);
    assert.equal(canBuyFrom(s, true), true);
  });
  it('suspends at 50 points with the rectification deadline', () => {
    const s = supplierStanding([v('2026-02-01', 20), v('2026-03-01', 30, '2026-03-31')], today);
    assert.deepEqual([s.status, s.points, s.rectifyBy, s.awaitingRectification, s.rectificationOverdue], ['suspended', 50, '2026-03-31', true, true]);
    assert.equal(canBuyFrom(s, true), false);
  });
  it('lifts the suspension when rectification brings the total under 50', () => {
    const s = supplierStanding([v('2026-02-01', 55, '2026-03-01'), { occurredOn: '2026-02-20', kind: 'rectified', points: 10 }], today);
    assert.deepEqual([s.status, s.points, s.awaitingRectification], ['active', 45, false]);
  });
  it('adds points when the deadline is ignored, and terminates at 100', () => {
    const events: PenaltyEvent[] = [v('2026-01-10', 90, '2026-02-10'), { occurredOn: '2026-02-11', kind: 'rectification_ignored', points: 10 }];
    const s = supplierStanding(events, today);
    assert.deepEqual([s.status, s.points, s.terminatedOn], ['terminated', 100, '2026-02-11']);
    assert.equal(canBuyFrom(s, true), false);
  });
  it('resets the total on 1 January, without any job', () => {
    const events = [v('2025-11-01', 60, '2025-12-01')];
    assert.equal(supplierStanding(events, '2025-12-31').status, 'suspended');
    const jan = supplierStanding(events, '2026-01-01');
    assert.deepEqual([jan.status, jan.points, jan.year, jan.rectifyBy], ['active', 0, 2026, null]);
  });
  it('keeps a terminated supplier terminated in the new year', () => {
    assert.equal(supplierStanding([v('2025-05-01', 100)], '2026-03-01').status, 'terminated');
  });
  it('never lets rectification take the total below zero', () => {
    assert.equal(pointsAfter([v('2026-01-01', 5)], { occurredOn: '2026-01-02', kind: 'rectified', points: 30 }), 0);
    assert.equal(pointsAfter([v('2025-12-01', 40)], v('2026-01-02', 20)), 20);
  });
  it('ignores events dated after today', () => {
    assert.equal(supplierStanding([v('2026-07-01', 60)], today).points, 0);
  });
  it('accepts outcomes only inside their point ranges and for an open rectification', () => {
    const active = supplierStanding([v('2026-02-01', 10)], today);
    assert.equal(penaltyEventProblem(active, { occurredOn: today, kind: 'rectified', points: 20 }, today), 'suppliers.noOpenRectification');
    const suspended = supplierStanding([v('2026-02-01', 60, '2026-07-15')], today);
    assert.equal(penaltyEventProblem(suspended, { occurredOn: today, kind: 'rectified', points: 35 }, today), 'suppliers.points.rectified');
    assert.equal(penaltyEventProblem(suspended, { occurredOn: today, kind: 'rectified', points: 30 }, today), null);
    assert.equal(penaltyEventProblem(suspended, { occurredOn: today, kind: 'rectification_ignored', points: 25 }, today), 'suppliers.points.rectification_ignored');
    assert.equal(penaltyEventProblem(suspended, { occurredOn: today, kind: 'rectification_ignored', points: 15 }, today), 'suppliers.deadlineNotPassed');
    assert.equal(penaltyEventProblem(suspended, { occurredOn: '2026-07-01', kind: 'violation', points: 5 }, today), 'suppliers.eventInFuture');
    assert.equal(penaltyEventProblem(suspended, { occurredOn: today, kind: 'violation', points: 0 }, today), 'suppliers.points.violation');
  });
});

describe('price movement', () => {
  it('measures change in basis points, rounding half away from zero', () => {
    assert.equal(priceChangeBp(1000, 1125), 1250);
    assert.equal(priceChangeBp(300, 299), -33);
    assert.equal(priceChangeBp(3, 2), -3333);
    assert.equal(priceChangeBp(8, 9), 1250);
  });
  it('decides a move past the threshold exactly', () => {
    assert.equal(movedMoreThan(1000, 1100, 1000), false);
    assert.equal(movedMoreThan(1000, 1101, 1000), true);
    assert.equal(movedMoreThan(1000, 899, 1000), true);
  });
  it('gives a row spread as highest over lowest', () => {
    assert.deepEqual(priceSpread([1200, 1000, 1500]), { lowestFen: 1000, highestFen: 1500, spreadFen: 500, spreadBp: 5000 });
    assert.equal(priceSpread([]), null);
  });
});

describe('calendar', () => {
  it('counts days in China time', () => {
    assert.equal(calendarDay(new Date('2025-12-31T16:30:00Z')), '2026-01-01');
  });
  it('steps months across years', () => {
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2025-12', 1), '2026-01');
    assert.deepEqual(monthRange('2026-12'), { from: '2026-12-01', until: '2027-01-01' });
  });
});

describe('import rows', () => {
  it('matches Chinese headers, English headers and full-width brackets', () => {
    assert.deepEqual(matchImportHeaders(['物资编码', '平台', '店铺', '单价（元）', '日期']), { itemCode: 0, platform: 1, shop: 2, price: 3, observedOn: 4 });
    assert.deepEqual(matchImportHeaders(['Item code', 'Platform', 'Shop', 'Unit price (yuan)', 'Date', 'Link', 'In stock', 'Note']).note, 7);
  });
  it('turns yuan into fen exactly and refuses what is not a price', () => {
    assert.equal(parseImportPrice('12.34'), 1234);
    assert.equal(parseImportPrice('0.1'), 10);
    assert.equal(parseImportPrice('¥1,299'), 129900);
    for (const bad of ['0', '-1', '1.234', 'abc', '', '1000000.01']) assert.equal(parseImportPrice(bad), null, bad);
  });
  it('reads the date forms Excel users type', () => {
    assert.equal(parseImportDate('2026/3/5'), '2026-03-05');
    assert.equal(parseImportDate('2026年3月5日'), '2026-03-05');
    assert.equal(parseImportDate('2026-02-30'), null);
    assert.equal(parseImportDate('3/5/2026'), null);
  });
  it('reads 有货 as yes/no and treats an empty cell as in stock', () => {
    assert.equal(parseInStock('是'), true);
    assert.equal(parseInStock('无货'), false);
    assert.equal(parseInStock(''), true);
    assert.equal(parseInStock('maybe'), null);
  });
});

describe('dayIn: a day in the reader’s language', () => {
  it('writes 2026-12-04 in Chinese and 4 Dec 2026 in English', () => {
    assert.equal(dayIn('2026-12-04', 'zh'), '2026-12-04');
    assert.equal(dayIn('2026-12-04', 'en'), '4 Dec 2026');
  });
});
