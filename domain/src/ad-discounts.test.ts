import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from './roles';
import { decideDiscount, explainZhe, formatSharePercent, formatZhe, quoteTotals, zheTenths, type QuoteScope } from './ad-discounts';

// The authority table of the Ad sales issue, at 5.0, 4.9, 4.0, 3.9, 3.0 and 2.9折.
const SHARES = [5000, 4900, 4000, 3900, 3000, 2900];
type Expect = 'ok' | 'refused' | string;
const TABLE: { who: string; roles: Role[]; scope: QuoteScope; expect: Expect[] }[] = [
  { who: 'branch e-commerce clerk', roles: ['branch_ecommerce_clerk'], scope: 'branch',
    expect: ['ok', 'branch_gm', 'branch_gm', 'branch_gm>hq_center_gm', 'branch_gm>hq_center_gm', 'refused'] },
  { who: 'branch GM', roles: ['branch_gm'], scope: 'branch',
    expect: ['ok', 'ok', 'ok', 'hq_center_gm', 'hq_center_gm', 'refused'] },
  { who: 'HQ e-commerce staff', roles: ['ecommerce_staff'], scope: 'hq',
    expect: ['ok', 'hq_center_gm', 'hq_center_gm', 'hq_center_gm', 'hq_center_gm', 'refused'] },
  { who: 'HQ centre GM', roles: ['hq_center_gm'], scope: 'hq',
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'refused'] },
  { who: 'HQ centre GM quoting for a branch', roles: ['hq_center_gm'], scope: 'branch',
    expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'refused'] },
];

describe('discount authority', () => {
  for (const row of TABLE) {
    for (const [i, share] of SHARES.entries()) {
      const expected = row.expect[i];
      it(`${row.who} at ${formatZhe(share)}: ${expected === 'ok' ? 'approved at once' : expected}`, () => {
        const d = decideDiscount({ scope: row.scope, paidShareBp: share, quoterRoles: row.roles });
        if (expected === 'ok') assert.equal(d.outcome, 'approved');
        else if (expected === 'refused') {
          assert.equal(d.outcome, 'refused');
          assert.equal(d.outcome === 'refused' && d.floorBp, 3000);
        } else {
          assert.equal(d.outcome, 'needs_approval');
          assert.equal(d.steps.map((s) => s.role).join('>'), expected);
        }
      });
    }
  }

  it('sends the branch GM step to the branch and the centre GM step to HQ', () => {
    const d = decideDiscount({ scope: 'branch', paidShareBp: 3500, quoterRoles: ['branch_ecommerce_clerk'] });
    assert.deepEqual(d.steps, [{ role: 'branch_gm', unit: 'branch' }, { role: 'hq_center_gm', unit: 'hq' }]);
  });

  it('follows an authority table the admin changed', () => {
    const d = decideDiscount({
      scope: 'branch',
      paidShareBp: 4500,
      quoterRoles: ['branch_ecommerce_clerk'],
      authority: { branch_ecommerce_clerk: 4500, branch_gm: 4000, hq_center_gm: 3000 },
    });
    assert.equal(d.outcome, 'approved');
  });

  it('does not let a role without quoting authority quote', () => {
    assert.equal(decideDiscount({ scope: 'branch', paidShareBp: 9000, quoterRoles: ['branch_marketer'] }).outcome, 'not_allowed');
  });
});

describe('quote totals', () => {
  it('applies line discounts, then the bundle discount once on their sum', () => {
    const t = quoteTotals(
      [
        { listFen: 1_000_000, shareBp: 8000 }, // ¥10,000 at 8折 → ¥8,000
        { listFen: 500_000, shareBp: 10000 }, // ¥5,000 undiscounted
      ],
      9000, // bundle 9折 on ¥13,000 → ¥11,700
    );
    assert.deepEqual(t.lineNetFen, [800_000, 500_000]);
    assert.equal(t.subtotalFen, 1_300_000);
    assert.equal(t.netFen, 1_170_000);
    assert.equal(t.paidShareBp, 7800);
    assert.equal(formatZhe(t.paidShareBp), '7.8折');
    assert.equal(formatSharePercent(t.paidShareBp), '78.0%');
  });

  // Issue 11 replaced truncation with rounding to the nearest tenth: 49.99% of list now reads 5.0折
  // (the percent beside it, 49.9%, and the approver named on the quote still show it needs the GM).
  it('rounds each line to the fen and shows 折 to the nearest tenth', () => {
    const t = quoteTotals([{ listFen: 333, shareBp: 4999 }]);
    assert.equal(t.netFen, 166);
    assert.equal(t.paidShareBp, 4984);
    assert.equal(formatZhe(4999), '5.0折');
    assert.equal(formatZhe(4600), '4.6折');
  });

  it('treats an empty quote as full price rather than dividing by zero', () => {
    assert.equal(quoteTotals([]).paidShareBp, 10000);
  });
});

describe('折 as shown: to the nearest tenth, half up', () => {
  it('shows 63.8% of list as 6.4折, not 6.3折', () => {
    assert.equal(formatZhe(6380), '6.4折');
  });
  it('shows 63.75% as 6.4折 (6.375折 is nearer 6.4 than 6.3)', () => {
    assert.equal(formatZhe(6375), '6.4折');
    assert.equal(zheTenths(6375), 64);
  });
  it('rounds the half up: 63.5% is 6.4折, 63.49% is 6.3折', () => {
    assert.equal(formatZhe(6350), '6.4折');
    assert.equal(formatZhe(6349), '6.3折');
  });
  it('shows whole tenths as they are: 45% is 4.5折, 30% is 3.0折', () => {
    assert.equal(formatZhe(4500), '4.5折');
    assert.equal(formatZhe(3000), '3.0折');
    assert.equal(formatZhe(10000), '10.0折');
  });
});

describe('explainZhe', () => {
  it('says 4.5折 in Chinese and explains it in English', () => {
    assert.equal(explainZhe(4500, 'zh'), '4.5折');
    assert.equal(explainZhe(4500, 'en'), '4.5折 — pays 45% of list');
  });
  it('rounds the 折 as formatZhe does and keeps the exact share paid', () => {
    assert.equal(explainZhe(6380, 'en'), '6.4折 — pays 63.8% of list');
    assert.equal(explainZhe(3000, 'en'), '3.0折 — pays 30% of list');
  });
});
