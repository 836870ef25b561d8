import type { Knex } from 'knex';
import { decideDiscount, explainZhe, flightUnits, formatSharePercent, quoteMonth, quoteTotals, type DiscountDecision, type Role } from '@portal/domain';
import { Conflict, Invalid, type FieldError } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { currentAuthority } from '../ad-discount-authority/ad-discount-authority.service';
import { publishedPrices } from '../ad-rate-cards/ad-rate-cards.service';
import { slotsByIds } from '../ad-slots/ad-slots.service';
import type { Place } from '../units/units.scope';
import * as repo from './ad-quotes.repo';
import { assertLineAmounts, assertTotalAmounts } from './ad-quotes.bounds';
import { quotingUnit, unitName, visibleQuote } from './ad-quotes.scope';
import type { LineInput, PreviewInput, QuoteInput } from './ad-quotes.schema';
import { today } from './ad-quotes.today';

// Pricing: list prices from the published card of the month each flight starts; who must approve; slot conflicts.

export interface PricedLine extends repo.LineValues {
  slotCode: string;
  slotName: string;
  exclusive: boolean;
}

/**
 * Prices lines as of now: the slot's pricing unit gives the units, the published
 * card of the flight's start month gives the unit price (its current revision),
 * quoteTotals the line and whole-quote nets (the bundle discount once).
 */
export async function priceLines(db: Knex, lines: readonly LineInput[], bundleShareBp: number) {
  const slotIds = [...new Set(lines.map((l) => l.slotId))];
  const months = [...new Set(lines.map((l) => quoteMonth(l.startsOn)))];
  const [slots, prices] = await Promise.all([slotsByIds(db, slotIds), publishedPrices(db, months, slotIds)]);
  const cardOf = new Map<string, { card_id: number; revision: number }>();
  const priceOf = new Map<string, { card_id: number; revision: number; price_fen: number }>();
  for (const p of prices) {
    cardOf.set(p.month, { card_id: p.card_id, revision: p.revision });
    priceOf.set(`${p.month}/${p.slot_id}`, p);
  }
  const errors: FieldError[] = [];
  const partial = lines.map((l, i) => {
    const slot = slots.get(l.slotId);
    const month = quoteMonth(l.startsOn);
    if (!slot) {
      errors.push({ path: `lines.${i}.slotId`, message: 'adQuotes.unknownSlot' });
      return null;
    }
    if (!slot.active) {
      errors.push({ path: `lines.${i}.slotId`, message: 'adQuotes.slotInactive', params: { slot: slot.name } });
      return null;
    }
    const price = priceOf.get(`${month}/${slot.id}`);
    if (!price) {
      const card = cardOf.get(month);
      errors.push(
        card
          ? { path: `lines.${i}.slotId`, message: 'adQuotes.slotNotOnCard', params: { slot: slot.name, month, revision: card.revision } }
          : { path: `lines.${i}.startsOn`, message: 'adQuotes.noCard', params: { month } },
      );
      return null;
    }
    const units = flightUnits(l.startsOn, l.endsOn, slot.pricing_unit);
    return {
      slot_id: slot.id,
      starts_on: l.startsOn,
      ends_on: l.endsOn,
      units,
      card_id: price.card_id,
      card_revision: price.revision,
      unit_price_fen: price.price_fen,
      list_fen: price.price_fen * units,
      share_bp: l.shareBp,
      net_fen: 0,
      slotCode: slot.code,
      slotName: slot.name,
      exclusive: slot.exclusive,
    };
  });
  if (errors.length) throw new Invalid(errors);
  const priced = partial as PricedLine[];
  assertLineAmounts(priced);
  const totals = quoteTotals(priced.map((l) => ({ listFen: l.list_fen, shareBp: l.share_bp })), bundleShareBp);
  assertTotalAmounts(totals);
  priced.forEach((l, i) => (l.net_fen = totals.lineNetFen[i]));
  return { lines: priced, totals };
}

/** Exclusive slots only: a booked (accepted) overlap blocks, an open quote's overlap warns. */
export async function conflictsOf(db: Knex, lines: readonly PricedLine[], exceptQuoteId: number | null, day: string) {
  const exclusive = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.exclusive);
  const found = await repo.overlaps(
    db,
    exclusive.map(({ l }) => ({ slotId: l.slot_id, startsOn: l.starts_on, endsOn: l.ends_on })),
    exceptQuoteId,
    day,
  );
  return exclusive.flatMap(({ l, i }) =>
    found
      .filter((o) => o.slot_id === l.slot_id && o.starts_on <= l.ends_on && l.starts_on <= o.ends_on)
      .map((o) => ({
        lineIndex: i,
        quoteId: o.quote_id,
        quoteNumber: o.number,
        startsOn: o.starts_on,
        endsOn: o.ends_on,
        severity: o.booked ? ('block' as const) : ('warn' as const),
      })),
  );
}

type Conflicts = Awaited<ReturnType<typeof conflictsOf>>;

export function assertNoBlock(conflicts: Conflicts, lines: readonly PricedLine[]) {
  const block = conflicts.find((c) => c.severity === 'block');
  if (!block) return;
  const l = lines[block.lineIndex];
  const params = { slot: l.slotName, startsOn: block.startsOn, endsOn: block.endsOn, number: block.quoteNumber };
  throw new Conflict('adQuotes.slotTaken', params, [{ path: `lines.${block.lineIndex}.startsOn`, message: 'adQuotes.slotTaken', params }]);
}

/** decideDiscount with the admin's authority table, its steps named with the units they fall to. */
export function decisionView(d: DiscountDecision, place: Place, lang: Lang) {
  return {
    outcome: d.outcome,
    steps: d.steps.map((s) => ({
      role: s.role,
      unit: s.unit,
      unitName: s.unit === 'branch' && place.branch ? unitName(place.branch, lang) : unitName(place.root, lang),
    })),
    ...(d.outcome === 'refused' ? { floorBp: d.floorBp } : {}),
  };
}

type Authority = Awaited<ReturnType<typeof currentAuthority>>;

export async function decide(db: Knex, place: Place, roles: readonly Role[], paidShareBp: number, known?: Authority) {
  const { authority, floorBp } = known ?? (await currentAuthority(db));
  return decideDiscount({ scope: place.unit.kind === 'branch' ? 'branch' : 'hq', paidShareBp, quoterRoles: roles, authority, floorBp });
}

/** Totals, paid share, who must approve and conflicts for the form, live; writes nothing. */
export async function previewQuote(db: Knex, viewer: SessionUser, lang: Lang, input: PreviewInput) {
  const day = today();
  if (input.quoteId) await visibleQuote(db, viewer, input.quoteId);
  // Independent reads side by side: the form calls this on every keystroke.
  const [{ place, roles }, { lines, totals }, authority] = await Promise.all([
    quotingUnit(db, viewer, input.unitId, lang),
    priceLines(db, input.lines, input.bundleShareBp),
    currentAuthority(db),
  ]);
  const [decision, conflicts] = await Promise.all([decide(db, place, roles, totals.paidShareBp, authority), conflictsOf(db, lines, input.quoteId ?? null, day)]);
  return {
    lines: lines.map(linePricing),
    listFen: totals.listFen,
    subtotalFen: totals.subtotalFen,
    netFen: totals.netFen,
    paidShareBp: totals.paidShareBp,
    zhe: explainZhe(totals.paidShareBp, lang),
    percent: formatSharePercent(totals.paidShareBp),
    decision: decisionView(decision, place, lang),
    conflicts,
  };
}

export const lineValues = ({ slotCode: _c, slotName: _n, exclusive: _e, ...v }: PricedLine): repo.LineValues => v;

/** A priced line as the API shows it, in the preview and on the saved quote alike. */
export const linePricing = (l: repo.LineValues) => ({
  slotId: l.slot_id,
  units: l.units,
  cardId: l.card_id,
  cardRevision: l.card_revision,
  unitPriceFen: l.unit_price_fen,
  listFen: l.list_fen,
  shareBp: l.share_bp,
  netFen: l.net_fen,
});

/** The quote's terms and totals as stored, for a new quote and a changed one alike. */
export const quoteTerms = (
  input: Pick<QuoteInput, 'customerId' | 'validUntil' | 'bundleShareBp' | 'note'>,
  totals: { listFen: number; netFen: number; paidShareBp: number },
) => ({
  customer_id: input.customerId,
  valid_until: input.validUntil,
  bundle_share_bp: input.bundleShareBp,
  list_fen: totals.listFen,
  net_fen: totals.netFen,
  paid_share_bp: totals.paidShareBp,
  note: input.note,
});
