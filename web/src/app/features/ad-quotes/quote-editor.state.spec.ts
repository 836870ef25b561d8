import { DEFAULT_DISCOUNT_AUTHORITY, type RoleGrant } from '@portal/domain';
import type { Text } from '../../core/i18n/text';
import type { Conflict } from './ad-quotes.api';
import {
  conflictsByLine,
  decisionText,
  lineComplete,
  lineUnits,
  liveDecision,
  liveTotals,
  parseZhe,
  priceKey,
  quoteScope,
  quoterRolesIn,
  quotingUnits,
  zheInput,
  type EditorLine,
  type UnitRef,
} from './quote-editor.state';

const zh = (t: Text, p?: Record<string, unknown>) => t.zh.replace(/\{(\w+)\}/g, (_, k: string) => String(p?.[k] ?? ''));
const en = (t: Text, p?: Record<string, unknown>) => t.en.replace(/\{(\w+)\}/g, (_, k: string) => String(p?.[k] ?? ''));

const UNITS: UnitRef[] = [
  { id: 1, kind: 'hq', parentId: null },
  { id: 2, kind: 'centre', parentId: 1 },
  { id: 3, kind: 'department', parentId: 2 },
  { id: 10, kind: 'branch', parentId: 1 },
  { id: 11, kind: 'branch_department', parentId: 10 },
];
const AUTHORITY = { authority: DEFAULT_DISCOUNT_AUTHORITY, floorBp: 3000 };

const line = (over: Partial<EditorLine> = {}): EditorLine => ({
  slotId: 7,
  pricingUnit: 'day',
  startsOn: '2026-12-01',
  endsOn: '2026-12-10',
  shareBp: 10000,
  ...over,
});

describe('quote editor: 折 typed ↔ basis points', () => {
  it('reads 8.5 as 8500 bp, with or without 折, and empty or 10 as no discount', () => {
    expect(parseZhe('8.5')).toBe(8500);
    expect(parseZhe(' 8.5折 ')).toBe(8500);
    expect(parseZhe('4.5')).toBe(4500);
    expect(parseZhe('8.55')).toBe(8550);
    expect(parseZhe('3')).toBe(3000);
    expect(parseZhe('')).toBe(10000);
    expect(parseZhe('10')).toBe(10000);
  });

  it('refuses what is not a discount instead of guessing', () => {
    for (const bad of ['0', '11', '85%', '8.555', 'abc', '-5', '8,5']) expect(parseZhe(bad)).withContext(bad).toBeNull();
  });

  it('shows a stored share back as the clerk would type it', () => {
    expect(zheInput(8500)).toBe('8.5');
    expect(zheInput(4500)).toBe('4.5');
    expect(zheInput(8550)).toBe('8.55');
    expect(zheInput(3000)).toBe('3');
    expect(zheInput(10000)).toBe('');
    for (const bp of [4500, 8550, 3000, 9990, 100]) expect(parseZhe(zheInput(bp))).toBe(bp);
  });
});

describe('quote editor: who quotes where', () => {
  // 1 HQ > 2 售后服务中心 > 3 电子商务部; 10 北京分部 > 11 北京电子商务; 20 上海分部
  const units: UnitRef[] = [...UNITS, { id: 20, kind: 'branch', parentId: 1 }];
  const g = (role: RoleGrant['role'], unitId: number): RoleGrant => ({ role, unitId, unitName: '', unitNameEn: '' });

  it('lets a branch clerk and GM quote for their own branch only', () => {
    const grants = [g('branch_ecommerce_clerk', 10), g('branch_gm', 10), g('finance', 2)];
    expect(quotingUnits(grants, units).map((u) => u.id)).toEqual([10]);
    expect(quoterRolesIn(grants, 10, units)).toEqual(['branch_ecommerce_clerk', 'branch_gm']);
    expect(quoterRolesIn(grants, 20, units)).toEqual([]);
  });

  it('has E-commerce quote for HQ, though its role sits in 电子商务部', () => {
    expect(quotingUnits([g('ecommerce_staff', 3)], units).map((u) => u.id)).toEqual([1]);
  });

  it('lets the HQ centre GM quote for HQ and for every branch', () => {
    expect(quotingUnits([g('hq_center_gm', 2)], units).map((u) => u.id)).toEqual([1, 10, 20]);
  });

  it('gives readers nowhere to quote', () => {
    expect(quotingUnits([g('branch_marketer', 10), g('auditor', 1)], units)).toEqual([]);
  });

  it('treats a unit inside a branch as the branch, anything else as HQ', () => {
    expect(quoteScope(10, UNITS)).toBe('branch');
    expect(quoteScope(11, UNITS)).toBe('branch');
    expect(quoteScope(3, UNITS)).toBe('hq');
    expect(quoteScope(99, UNITS)).toBeNull();
  });
});

describe('quote editor: live totals', () => {
  const prices = new Map([[priceKey(7, '2026-12-01'), 100_000]]); // ¥1,000.00 a day on the December card

  it('counts units by the domain rule and prices them from the card of the month the flight starts', () => {
    expect(lineUnits(line())).toBe(10);
    expect(lineUnits(line({ pricingUnit: 'week' }))).toBe(2);
    expect(lineUnits(line({ pricingUnit: 'placement' }))).toBe(1);
    expect(lineUnits(line({ endsOn: '2026-11-30' }))).toBeNull();
    const t = liveTotals([line()], 10000, prices);
    expect(t.lines[0]).toEqual({ units: 10, unitPriceFen: 100_000, listFen: 1_000_000 });
    expect(t.priced).toBeTrue();
    expect(t.netFen).toBe(1_000_000);
    expect(t.paidShareBp).toBe(10000);
  });

  it('applies line discounts, then the bundle once over their sum (8折 × 9折 = 7.2折)', () => {
    const t = liveTotals([line({ shareBp: 8000 }), line({ shareBp: 10000 })], 9000, prices);
    expect(t.listFen).toBe(2_000_000);
    expect(t.lineNetFen).toEqual([800_000, 1_000_000]);
    expect(t.subtotalFen).toBe(1_800_000);
    expect(t.netFen).toBe(1_620_000);
    expect(t.paidShareBp).toBe(8100);
  });

  it('leaves an unpriced line out of the sums and says the quote is not fully priced', () => {
    const t = liveTotals([line({ shareBp: 4500 }), line({ startsOn: '2027-01-01', endsOn: '2027-01-03' })], 10000, prices);
    expect(t.lines[1].unitPriceFen).toBeNull();
    expect(t.listFen).toBe(1_000_000);
    expect(t.netFen).toBe(450_000);
    expect(t.priced).toBeFalse();
  });

  it('leaves a line beyond the money bound unpriced instead of summing an inexact amount', () => {
    const dear = new Map([[priceKey(7, '2026-12-01'), 100_000_000_000]]);
    const t = liveTotals([line({ endsOn: '9999-12-31' }), line()], 10000, dear);
    expect(t.lines[0].listFen).toBeNull();
    expect(t.listFen).toBe(1_000_000_000_000);
    expect(t.priced).toBeFalse();
  });

  it('needs a slot, ordered dates and a valid 折 before a line is sent for pricing', () => {
    expect(lineComplete(line())).toBeTrue();
    expect(lineComplete(line({ slotId: null }))).toBeFalse();
    expect(lineComplete(line({ startsOn: '' }))).toBeFalse();
    expect(lineComplete(line({ endsOn: '2026-11-01' }))).toBeFalse();
    expect(lineComplete(line({ shareBp: null }))).toBeFalse();
  });
});

describe('quote editor: who must approve, by the domain rule', () => {
  const decide = (scope: 'hq' | 'branch', bp: number, roles: Parameters<typeof liveDecision>[0]['quoterRoles']) =>
    liveDecision({ scope, paidShareBp: bp, quoterRoles: roles, authority: AUTHORITY })!;

  it('sends a 4.5折 branch quote to that branch GM', () => {
    const d = decide('branch', 4500, ['branch_ecommerce_clerk']);
    expect(d.outcome).toBe('needs_approval');
    expect(decisionText(d, '北京分部', zh)).toBe('需 北京分部 总经理 审批');
    expect(decisionText(d, 'Beijing Branch', en)).toBe('Needs approval by Beijing Branch GM');
  });

  it('sends a 3.5折 branch quote to the branch GM and then the HQ centre GM', () => {
    expect(decisionText(decide('branch', 3500, ['branch_ecommerce_clerk']), '北京分部', zh)).toBe(
      '需 北京分部 总经理、总部售后服务中心 总经理 审批',
    );
  });

  it('approves within the quoter’s own authority, and a branch GM’s 4.5折 at once', () => {
    expect(decide('branch', 5000, ['branch_ecommerce_clerk']).outcome).toBe('approved');
    expect(decide('branch', 4500, ['branch_gm']).outcome).toBe('approved');
    expect(decisionText(decide('hq', 6000, ['ecommerce_staff']), '', zh)).toBe('在您的折扣权限内，提交即批准');
  });

  it('names the floor below 3折', () => {
    const d = decide('branch', 2900, ['branch_ecommerce_clerk']);
    expect(d.outcome).toBe('refused');
    expect(decisionText(d, '北京分部', zh)).toBe('低于折扣底线：最低只能给到3.0折');
  });

  it('follows the authority the admin set, not the seeded one', () => {
    const d = liveDecision({
      scope: 'branch',
      paidShareBp: 4500,
      quoterRoles: ['branch_ecommerce_clerk'],
      authority: { authority: { ...DEFAULT_DISCOUNT_AUTHORITY, branch_ecommerce_clerk: 4000 }, floorBp: 3000 },
    });
    expect(d?.outcome).toBe('approved');
  });

  it('decides nothing until the unit tree and the authority have arrived', () => {
    expect(liveDecision({ scope: null, paidShareBp: 4500, quoterRoles: ['branch_gm'], authority: AUTHORITY })).toBeNull();
    expect(liveDecision({ scope: 'hq', paidShareBp: 4500, quoterRoles: ['branch_gm'], authority: null })).toBeNull();
  });

  it('uses the unit name the server gave a step', () => {
    expect(decisionText({ outcome: 'needs_approval', steps: [{ role: 'branch_gm', unit: 'branch', unitName: '上海分部' }] }, '北京分部', zh)).toBe(
      '需 上海分部 总经理 审批',
    );
  });
});

describe('quote editor: slot conflicts', () => {
  const c = (lineIndex: number, severity: 'block' | 'warn', quoteNumber = 'BJ-202612-0001'): Conflict => ({
    lineIndex,
    quoteId: 1,
    quoteNumber,
    startsOn: '2026-12-01',
    endsOn: '2026-12-05',
    severity,
  });

  it('blocks saving when any line clashes with an accepted quote, listing the block first', () => {
    const { byLine, blocked } = conflictsByLine([c(1, 'warn', 'A'), c(1, 'block', 'B'), c(0, 'warn')]);
    expect(blocked).toBeTrue();
    expect(byLine.get(1)!.map((x) => x.quoteNumber)).toEqual(['B', 'A']);
    expect(byLine.get(0)!.length).toBe(1);
  });

  it('only warns about overlaps with open quotes', () => {
    expect(conflictsByLine([c(0, 'warn')]).blocked).toBeFalse();
    expect(conflictsByLine([]).blocked).toBeFalse();
  });
});
