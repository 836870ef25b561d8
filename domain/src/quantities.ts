/**
 * Quantities of materials (purchase requests, plans, stock moves, orders).
 *
 * Most materials are counted (个, 包, 盒 …): a request for 2.5 个 is a typing
 * mistake, not a need. Some are measured (米 of cable, 千克 of solder): those
 * take up to three decimals. The unit of measure (items.uom, or the free-text
 * unit of a new item) decides which; a unit the table does not know counts as
 * measured, so a clerk is never stopped from buying 1.5 of something new.
 * In PostgreSQL quantities are numeric(14,3); in JSON plain numbers.
 */

/** Units of measure that are counted in whole numbers. */
export const WHOLE_UOMS: readonly string[] = [
  '个', '件', '台', '只', '支', '把', '本', '册', '张', '包', '盒', '箱', '袋', '瓶', '桶', '卷', '套', '副', '双', '块', '条', '根', '组', '对', '片', '部', '令',
];

/** The largest quantity one line, move or order may carry. */
export const MAX_QUANTITY = 1_000_000;

export type QuantityProblem = 'notPositive' | 'notWhole' | 'tooPrecise' | 'tooLarge';

export function isWholeUom(uom: string): boolean {
  return WHOLE_UOMS.includes(uom.trim());
}

/**
 * What is wrong with a quantity of `uom`, or null. `allowZero` is for stock-take
 * counts and "received 0 of this line"; `allowNegative` is for counter-moves.
 */
export function quantityProblem(
  uom: string,
  quantity: number,
  opts: { allowZero?: boolean; allowNegative?: boolean } = {},
): QuantityProblem | null {
  if (!Number.isFinite(quantity)) return 'notPositive';
  if (quantity < 0 && !opts.allowNegative) return 'notPositive';
  if (quantity === 0 && !opts.allowZero) return 'notPositive';
  if (Math.abs(quantity) > MAX_QUANTITY) return 'tooLarge';
  if (isWholeUom(uom) && !Number.isInteger(quantity)) return 'notWhole';
  if (Math.abs(Math.round(quantity * 1000) - quantity * 1000) > 1e-6) return 'tooPrecise';
  return null;
}

/** Thousandths of a unit, the exact integer form of a quantity (numeric(14,3)). */
export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** A quantity from its thousandths. */
export function fromMilli(milli: number): number {
  return milli / 1000;
}

/** Amount of a line in fen: quantity × unit price, rounded half up to the fen, computed exactly in thousandths. */
export function lineAmountFen(quantity: number, unitPriceFen: number): number {
  const milliFen = toMilli(quantity) * unitPriceFen;
  return Math.sign(milliFen) * Math.floor((Math.abs(milliFen) + 500) / 1000);
}
