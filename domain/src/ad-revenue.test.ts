import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  shiftPeriod,
  allocateByWeight,
  allocateCollection,
  earnedThrough,
  grossToRecognise,
  isPeriod,
  periodEnd,
  recognitionSchedule,
  splitVat,
  type RecognitionBasis,
} from './ad-revenue';

describe('VAT split at 6%', () => {
  it('takes net = round(gross ÷ 1.06) and VAT as the rest, exact to the fen', () => {
    assert.deepEqual(splitVat(106_00), { netFen: 100_00, vatFen: 6_00 });
    // 1.00 ÷ 1.06 = 0.9433… → 0.94, VAT 0.06
    assert.deepEqual(splitVat(100), { netFen: 94, vatFen: 6 });
    // 1.59 ÷ 1.06 = 1.5 exactly: half rounds up (a float gives 1.4999…)
    assert.deepEqual(splitVat(159), { netFen: 150, vatFen: 9 });
    // 10,000.01 ÷ 1.06 = 9,433.9717 → 9,433.97
    assert.deepEqual(splitVat(1_000_001), { netFen: 943_397, vatFen: 56_604 });
    assert.deepEqual(splitVat(0), { netFen: 0, vatFen: 0 });
  });
  it('always adds back to the gross, for every amount in a range that does not divide evenly', () => {
    for (let g = 1; g < 5000; g += 7) {
      const { netFen, vatFen } = splitVat(g);
      assert.equal(netFen + vatFen, g);
      // net is the nearest fen to g / 1.06
      assert.ok(Math.abs(netFen * 106 - g * 100) <= 53, String(g));
    }
  });
  it('mirrors a negative amount', () => {
    assert.deepEqual(splitVat(-159), { netFen: -150, vatFen: -9 });
  });
});

describe('periods', () => {
  it('knows month ends and steps across years', () => {
    assert.equal(periodEnd('2026-02-01'), '2026-02-28');
    assert.equal(periodEnd('2028-02-01'), '2028-02-29');
    assert.equal(periodEnd('2026-12-01'), '2026-12-31');
    assert.equal(shiftPeriod('2026-12-01', 1), '2027-01-01');
    assert.equal(shiftPeriod('2026-01-01', -1), '2025-12-01');
    assert.ok(isPeriod('2026-11-01'));
    assert.ok(!isPeriod('2026-11-02'));
    assert.ok(!isPeriod('2026-13-01'));
  });
});

describe('day-proportional recognition', () => {
  const flight15NovTo14Jan: RecognitionBasis = {
    amountFen: 1_000_000_01,
    startsOn: '2026-11-15',
    endsOn: '2027-01-14',
    flights: [{ startsOn: '2026-11-15', endsOn: '2027-01-14', amountFen: 1_000_000_01 }],
  };

  it('splits a flight of 15 Nov – 14 Jan by its days (16 + 31 + 14 of 61) and sums to the fen', () => {
    const s = recognitionSchedule(flight15NovTo14Jan);
    assert.deepEqual(
      s.map((m) => m.period),
      ['2026-11-01', '2026-12-01', '2027-01-01'],
    );
    const total = 1_000_000_01;
    // each month within a fen of its exact share of days
    const exact = [16, 31, 14].map((d) => (total * d) / 61);
    s.forEach((m, i) => assert.ok(Math.abs(m.grossFen - exact[i]) <= 1, `${m.period}: ${m.grossFen} vs ${exact[i]}`));
    assert.equal(
      s.reduce((a, m) => a + m.grossFen, 0),
      total,
    );
  });

  it('sums to the amount for awkward amounts and several flights of different weight', () => {
    for (const amount of [1, 7, 99, 100_003, 3_333_333_33]) {
      const basis: RecognitionBasis = {
        amountFen: amount,
        startsOn: '2026-10-03',
        endsOn: '2027-03-09',
        flights: [
          { startsOn: '2026-10-03', endsOn: '2026-12-17', amountFen: 300 },
          { startsOn: '2026-11-15', endsOn: '2027-01-14', amountFen: 700 },
          { startsOn: '2027-02-01', endsOn: '2027-03-09', amountFen: 1 },
        ],
      };
      const total = recognitionSchedule(basis).reduce((a, m) => a + m.grossFen, 0);
      assert.equal(total, amount, String(amount));
    }
  });

  it('catches up a skipped month and leaves nothing once a later month was booked', () => {
    const nov = grossToRecognise(flight15NovTo14Jan, '2026-11-01', 0);
    const novDec = grossToRecognise(flight15NovTo14Jan, '2026-12-01', 0);
    assert.equal(novDec, earnedThrough(flight15NovTo14Jan, '2026-12-31'));
    assert.ok(novDec > nov);
    assert.equal(grossToRecognise(flight15NovTo14Jan, '2026-11-01', novDec), 0);
    assert.equal(grossToRecognise(flight15NovTo14Jan, '2026-10-01', 0), 0);
  });

  it('recognises nothing after a termination day', () => {
    const terminated = { ...flight15NovTo14Jan, terminatedOn: '2026-12-10' };
    const s = recognitionSchedule(terminated);
    assert.deepEqual(
      s.map((m) => m.period),
      ['2026-11-01', '2026-12-01'],
    );
    const earned = s.reduce((a, m) => a + m.grossFen, 0);
    // 16 + 10 days of 61
    assert.ok(Math.abs(earned - (1_000_000_01 * 26) / 61) <= 1);
    assert.equal(grossToRecognise(terminated, '2027-01-01', earned), 0);
  });

  it('shares an amount by weight exactly', () => {
    assert.deepEqual(allocateByWeight(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(allocateByWeight(10, [0, 0]), [5, 5]);
    assert.equal(
      allocateByWeight(1_000_003, [3, 7, 11]).reduce((a, b) => a + b, 0),
      1_000_003,
    );
  });
});

describe('allocating a collection to instalments', () => {
  const open = [
    { id: 3, dueOn: '2026-12-31', seq: 2, owedFen: 5000 },
    { id: 1, dueOn: '2026-11-30', seq: 1, owedFen: 3000 },
    { id: 9, dueOn: '2026-12-31', seq: 1, owedFen: 1000 },
  ];
  it('settles the oldest due first', () => {
    assert.deepEqual(allocateCollection(4500, open), {
      allocations: [
        { instalmentId: 1, amountFen: 3000 },
        { instalmentId: 9, amountFen: 1000 },
        { instalmentId: 3, amountFen: 500 },
      ],
      advanceFen: 0,
    });
  });
  it('sends more than is owed to 预收账款 as an advance', () => {
    const r = allocateCollection(10_000, open);
    assert.ok('allocations' in r);
    assert.equal(r.advanceFen, 1000);
    assert.equal(
      r.allocations.reduce((a, x) => a + x.amountFen, 0),
      9000,
    );
    assert.deepEqual(allocateCollection(700, []), { allocations: [], advanceFen: 700 });
  });
  it('takes an allocation by hand, the rest as an advance', () => {
    assert.deepEqual(allocateCollection(6000, open, [{ instalmentId: 3, amountFen: 5000 }]), {
      allocations: [{ instalmentId: 3, amountFen: 5000 }],
      advanceFen: 1000,
    });
  });
  it('refuses a hand allocation beyond what an instalment owes or the collection holds', () => {
    assert.deepEqual(allocateCollection(9000, open, [{ instalmentId: 1, amountFen: 3001 }]), { problem: { kind: 'overInstalment', index: 0, owedFen: 3000 } });
    assert.deepEqual(allocateCollection(2000, open, [{ instalmentId: 1, amountFen: 3000 }]), { problem: { kind: 'overAmount', allocatedFen: 3000 } });
    assert.deepEqual(allocateCollection(2000, open, [{ instalmentId: 77, amountFen: 10 }]), { problem: { kind: 'unknownInstalment', index: 0 } });
    assert.deepEqual(
      allocateCollection(9000, open, [
        { instalmentId: 1, amountFen: 10 },
        { instalmentId: 1, amountFen: 10 },
      ]),
      { problem: { kind: 'duplicate', index: 1 } },
    );
  });
});
