import type { Knex } from 'knex';
import { BUYING_UNIT_LABELS, lineAmountFen, MAX_QUANTITY, quantityProblem, type BuyingUnit, type QuantityProblem } from '@portal/domain';
import { Invalid, type FieldError } from '../../http/errors';
import { lowestCurrentPrices } from '../prices/prices.history';
import * as repo from './purchase-requests.repo';
import type { LineInput } from './purchase-requests.schema';

const QUANTITY_MESSAGES: Record<QuantityProblem, string> = {
  notPositive: 'purchaseRequests.quantityNotPositive',
  notWhole: 'purchaseRequests.quantityNotWhole',
  tooPrecise: 'purchaseRequests.quantityTooPrecise',
  tooLarge: 'purchaseRequests.quantityTooLarge',
};

/**
 * A request's lines as stored: each catalogue item checked to be an active item of
 * the buying unit, each quantity checked against its unit of measure, and each
 * catalogue line priced at the lowest eligible current price of today (the prices
 * module's rule), kept on the line with its shop and day so the estimate does not
 * move under the approver. Every bad field is reported at once (lines.2.quantity).
 */
export async function priceLines(trx: Knex, unit: BuyingUnit, inputs: readonly LineInput[]): Promise<{ lines: repo.LineValues[]; totalFen: number }> {
  const itemIds = inputs.flatMap((l) => (l.itemId != null ? [l.itemId] : []));
  const items = new Map((await repo.itemsByIds(trx, itemIds)).filter((i) => i.buying_unit === unit && i.active).map((i) => [i.id, i]));
  const errors: FieldError[] = [];
  inputs.forEach((l, i) => {
    const item = l.itemId != null ? items.get(l.itemId) : undefined;
    if (l.itemId != null && !item) {
      errors.push({ path: `lines.${i}.itemId`, message: 'purchaseRequests.unknownItem', params: { unit: BUYING_UNIT_LABELS[unit] } });
      return;
    }
    const uom = item?.uom ?? l.newItem?.uom ?? '';
    const problem = quantityProblem(uom, l.quantity);
    if (problem) errors.push({ path: `lines.${i}.quantity`, message: QUANTITY_MESSAGES[problem], params: { uom, max: MAX_QUANTITY } });
  });
  if (errors.length) throw new Invalid(errors);

  const prices = await lowestCurrentPrices(trx, [...items.keys()]);
  const lines = inputs.map((l, i): repo.LineValues => {
    const estimate = l.itemId != null ? prices.get(l.itemId) : undefined;
    return {
      line_no: i + 1,
      item_id: l.itemId ?? null,
      new_item_name: l.newItem?.name ?? null,
      new_item_spec: l.newItem?.spec ?? '',
      new_item_uom: l.newItem?.uom ?? null,
      quantity: l.quantity,
      needed_by: l.neededBy ?? null,
      purpose: l.purpose,
      est_unit_price_fen: estimate?.unitPriceFen ?? null,
      est_supplier_id: estimate?.supplierId ?? null,
      est_observed_on: estimate?.observedOn ?? null,
      est_amount_fen: estimate ? lineAmountFen(l.quantity, estimate.unitPriceFen) : 0,
    };
  });
  return { lines, totalFen: lines.reduce((s, l) => s + l.est_amount_fen, 0) };
}
