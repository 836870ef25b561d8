import {
  FULL_PRICE_BP,
  decideDiscount,
  flightUnits,
  explainZhe,
  isAmountInRange,
  quoteTotals,
  type DiscountAuthority,
  type DiscountDecision,
  type QuoteScope,
  type QuoteTotals,
  type Role,
  type RoleGrant,
  type UnitKind,
  unitTree,
} from '@portal/domain';
import type { Text } from '../../core/i18n/text';
import type { Conflict, PreviewDecision, PreviewStep, PricingUnit } from './ad-quotes.api';

/**
 * The quote editor's rules, kept out of the component so they can be proven alone:
 * 折 typed by people ↔ basis points the API stores, live totals and the approvers
 * the domain's discount rule asks for, and how slot conflicts read.
 */

/**
 * What a clerk types as a discount, in 折: '8.5' (or '8.5折') is 8500 bp, '10' and an
 * empty field mean no discount. Up to two decimals ('8.25'), nothing above 10折 or at/below 0.
 * Returns null for anything else, so the field can say so instead of guessing.
 */
export function parseZhe(input: string | number | null | undefined): number | null {
  const s = String(input ?? '')
    .trim()
    .replace(/折$/, '')
    .trim();
  if (s === '') return FULL_PRICE_BP;
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  // Integer arithmetic on the digits: 8.55 must be 8550, not 8549.999….
  const bp = Number(whole) * 1000 + Number((frac + '00').slice(0, 2)) * 10;
  return bp > 0 && bp <= FULL_PRICE_BP ? bp : null;
}

/** The editable form of a stored share: 8500 → '8.5', 8550 → '8.55', no discount → ''. */
export function zheInput(bp: number | null | undefined): string {
  if (bp === null || bp === undefined || bp >= FULL_PRICE_BP) return '';
  const whole = Math.floor(bp / 1000);
  const frac = String(Math.floor((bp % 1000) / 10)).padStart(2, '0').replace(/0$/, '');
  return frac === '' || frac === '0' ? `${whole}` : `${whole}.${frac}`;
}

/** Where a unit sits, enough to tell an HQ quote from a branch quote. */
export interface UnitRef {
  id: number;
  kind: UnitKind;
  parentId: number | null;
}

/** The tree rules live in the domain (scope.ts), shared with the API; re-exported for the editor's imports. */
export { quoteScope } from '@portal/domain';

/** The quoting roles this user holds for a quote owned by that unit, by the domain's rule the API applies too. */
export function quoterRolesIn(grants: readonly RoleGrant[], unitId: number, units: readonly UnitRef[]): Role[] {
  return unitTree(units).quoterRoles(grants, unitId);
}

/**
 * The units a user may quote for (quotes are owned by HQ or a branch): where their
 * quoting roles count, HQ first, then branches in the tree's order.
 */
export function quotingUnits(grants: readonly RoleGrant[], units: readonly UnitRef[]): UnitRef[] {
  return unitTree(units).quotingUnits(grants);
}

/** One line as the editor holds it: the form's values, already parsed. */
export interface EditorLine {
  slotId: number | null;
  pricingUnit: PricingUnit | null;
  startsOn: string;
  endsOn: string;
  /** null while the typed 折 is not a valid one */
  shareBp: number | null;
}

/** A line the API can price: a slot and a flight whose end is not before its start. */
export function lineComplete(l: EditorLine): boolean {
  return l.slotId !== null && isDay(l.startsOn) && isDay(l.endsOn) && l.endsOn >= l.startsOn && l.shareBp !== null;
}

export function isDay(s: string | null | undefined): s is string {
  return !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
}

/** How many pricing units the flight takes, by the domain's rule; null until the line has a slot and dates. */
export function lineUnits(l: EditorLine): number | null {
  if (!l.pricingUnit || !isDay(l.startsOn) || !isDay(l.endsOn) || l.endsOn < l.startsOn) return null;
  return flightUnits(l.startsOn, l.endsOn, l.pricingUnit);
}

/**
 * Card prices are those of the month the flight starts (the issue: "list price snapshotted
 * from the published card of the month the flight starts"), so that is the cache key.
 */
export function priceKey(slotId: number, startsOn: string): string {
  return `${slotId}@${startsOn.slice(0, 7)}`;
}

export interface LiveTotals extends QuoteTotals {
  /** Per line: units, card price per unit (null until the preview told us), line list. */
  lines: { units: number | null; unitPriceFen: number | null; listFen: number | null }[];
  /** Every complete line has a card price, so the totals are the whole quote's. */
  priced: boolean;
}

/**
 * Totals as they stand while typing: units by the domain's flight rule, card prices the
 * preview endpoint reported for that slot and month, discounts by the domain's quoteTotals
 * (line discounts first, the bundle once over their sum). Lines not yet priced count nothing.
 */
export function liveTotals(lines: readonly EditorLine[], bundleShareBp: number | null, prices: ReadonlyMap<string, number>): LiveTotals {
  const perLine = lines.map((l) => {
    const units = lineUnits(l);
    const unitPriceFen = l.slotId !== null && isDay(l.startsOn) ? (prices.get(priceKey(l.slotId, l.startsOn)) ?? null) : null;
    const amount = units !== null && unitPriceFen !== null ? units * unitPriceFen : null;
    // A line beyond the money bound (domain MAX_AMOUNT_FEN) is left unpriced here; the API names it on save.
    const listFen = amount !== null && isAmountInRange(amount) ? amount : null;
    return { units, unitPriceFen, listFen };
  });
  const counted = lines
    .map((l, i) => ({ listFen: perLine[i].listFen ?? 0, shareBp: l.shareBp ?? FULL_PRICE_BP }))
    .filter((_, i) => perLine[i].listFen !== null);
  const totals = quoteTotals(counted, bundleShareBp ?? FULL_PRICE_BP);
  const priced = lines.length > 0 && lines.every((l, i) => lineComplete(l) && perLine[i].listFen !== null);
  // quoteTotals gives the net of counted lines only; spread back over all lines for the table.
  let k = 0;
  const lineNetFen = perLine.map((p) => (p.listFen !== null ? totals.lineNetFen[k++] : 0));
  return { ...totals, lineNetFen, lines: perLine, priced };
}

/** Who must approve, by the one rule the API applies too (domain decideDiscount). */
export function liveDecision(input: {
  scope: QuoteScope | null;
  paidShareBp: number;
  quoterRoles: readonly Role[];
  authority: { authority: DiscountAuthority; floorBp: number } | null;
}): DiscountDecision | null {
  if (!input.scope || !input.authority) return null;
  return decideDiscount({
    scope: input.scope,
    paidShareBp: input.paidShareBp,
    quoterRoles: input.quoterRoles,
    authority: input.authority.authority,
    floorBp: input.authority.floorBp,
  });
}

export const DECISION_TEXT = {
  needs: { zh: '需 {who} 审批', en: 'Needs approval by {who}' },
  branchGm: { zh: '{unit} 总经理', en: '{unit} GM' },
  hqGm: { zh: '总部售后服务中心 总经理', en: 'HQ After-sales Service Centre GM' },
  approved: { zh: '在您的折扣权限内，提交即批准', en: 'Within your discount authority: approved on submit' },
  refused: { zh: '低于折扣底线：最低只能给到{floor}', en: 'Below the discount floor: the lowest possible is {floor}' },
  notAllowed: { zh: '您无权以此单位报价', en: 'You may not quote for this unit' },
  separator: { zh: '、', en: ', then ' },
} satisfies Record<string, Text>;

/** 折 in both languages as domain explainZhe says it, for code that renders through `t` alone. */
export const zheText = (bp: number): Text => ({ zh: explainZhe(bp, 'zh'), en: explainZhe(bp, 'en') });

/** One approver as the screen names it: '北京分部 总经理', '总部售后服务中心 总经理'. */
export function stepLabel(step: PreviewStep, branchName: string, t: (text: Text, p?: Record<string, unknown>) => string): string {
  if (step.role === 'hq_center_gm') return t(DECISION_TEXT.hqGm);
  return t(DECISION_TEXT.branchGm, { unit: step.unitName ?? branchName });
}

/**
 * The sentence under the totals: who must approve ('需 北京分部 总经理 审批'), that it is
 * within the quoter's own authority, or the floor it may not go below ('最低只能给到3.0折').
 */
export function decisionText(
  decision: PreviewDecision | DiscountDecision,
  branchName: string,
  t: (text: Text, p?: Record<string, unknown>) => string,
): string {
  switch (decision.outcome) {
    case 'approved':
      return t(DECISION_TEXT.approved);
    case 'needs_approval':
      return t(DECISION_TEXT.needs, { who: decision.steps.map((s) => stepLabel(s, branchName, t)).join(t(DECISION_TEXT.separator)) });
    case 'refused':
      return t(DECISION_TEXT.refused, { floor: t(zheText(decision.floorBp ?? 0)) });
    default:
      return t(DECISION_TEXT.notAllowed);
  }
}

/** The preview's conflicts by line, worst first; `blocked` when any would stop saving. */
export function conflictsByLine(conflicts: readonly Conflict[]): { byLine: Map<number, Conflict[]>; blocked: boolean } {
  const byLine = new Map<number, Conflict[]>();
  for (const c of conflicts) byLine.set(c.lineIndex, [...(byLine.get(c.lineIndex) ?? []), c]);
  for (const list of byLine.values()) list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1));
  return { byLine, blocked: conflicts.some((c) => c.severity === 'block') };
}
